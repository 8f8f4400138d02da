//! `backup schedule`: check the input, find the etcd members and their certificates, build
//! the CronJob (and the credentials Secret), print them, then create or update them.

use std::path::PathBuf;

use anyhow::{Context, Result};
use k8s_openapi::api::batch::v1::CronJob;
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, PostParams};

use super::manifest::{self, Schedule};
use super::{credentials, every, keep_flags, keep_policy, Ctx};
use crate::cli_backup::BackupScheduleArgs;
use crate::cluster::{Cluster, Member};
use crate::exit::{Code, Failure};
use crate::storage::location::{self, Location};

fn bad(msg: impl Into<String>, hint: &str) -> anyhow::Error {
    Failure::new(Code::BadArgs, msg).hint(hint).into()
}

pub async fn run(ctx: &Ctx, args: BackupScheduleArgs) -> Result<Code> {
    let input = check_input(ctx, &args)?;
    let cluster = Cluster::connect(ctx.cluster_options()).await?;
    let members = cluster.members().await?;
    let local = local_member(&members)?;
    let namespace = ctx.global.etcd_namespace.clone();
    let secret_data = if args.credentials_from_env {
        Some(credentials::from_env(std::env::vars())?)
    } else {
        None
    };
    let secret_name = match (&args.credentials_secret, &secret_data) {
        (Some(n), _) => Some(n.clone()),
        (None, Some(_)) => Some(format!("{}-credentials", args.name)),
        (None, None) => None,
    };
    let sched = Schedule {
        name: args.name.clone(),
        namespace: namespace.clone(),
        cron: input.cron,
        every: args.every.clone(),
        image: args.image.clone().unwrap_or_else(super::default_image),
        destination: input.destination,
        run_args: input.run_args,
        endpoint: local.endpoint,
        cacert: local.cacert,
        cert: local.cert,
        key: local.key,
        nodes: local.nodes,
        secret: secret_name.clone(),
        secret_owned: secret_data.is_some(),
        deadline_seconds: args.deadline.as_secs().max(60) as i64,
    };
    let cron_job = manifest::cron_job(&sched);
    let secret = match (&secret_name, &secret_data) {
        (Some(n), Some(d)) => Some(manifest::secret(n, &namespace, &args.name, d)),
        _ => None,
    };
    if args.dry_run {
        print_objects(&cron_job, secret.as_ref())?;
        eprintln!("Dry run: nothing was created.");
        return Ok(Code::Success);
    }
    describe(&sched, &input.policy_text);
    let client = super::client(ctx).await?;
    let secrets: Api<Secret> = Api::namespaced(client.clone(), &namespace);
    match (&secret, &secret_name) {
        (Some(s), _) => apply_secret(&secrets, s, &args.name).await?,
        (None, Some(name)) => {
            let found = secrets
                .get_opt(name)
                .await
                .map_err(|e| super::api_failure(e, "get secrets", &namespace))?;
            if found.is_none() {
                return Err(bad(
                    format!("secret {name} does not exist in {namespace}"),
                    "create it first (kubectl -n kube-system create secret generic NAME --from-literal=AWS_ACCESS_KEY_ID=… --from-literal=AWS_SECRET_ACCESS_KEY=…), or pass --credentials-from-env",
                ));
            }
        }
        (None, None) => eprintln!(
            "No --credentials-from-env or --credentials-secret: the job has only what the node provides (instance profile, workload identity)."
        ),
    }
    let jobs: Api<CronJob> = Api::namespaced(client, &namespace);
    let verb = apply_cron_job(&jobs, cron_job, &namespace).await?;
    println!("cronjob.batch/{} {verb}", args.name);
    eprintln!(
        "Run one now: kubectl -n {namespace} create job --from=cronjob/{0} {0}-manual; then: kubectl etcd backup status {0}",
        args.name
    );
    Ok(Code::Success)
}

struct Input {
    cron: String,
    destination: String,
    run_args: Vec<String>,
    policy_text: String,
}

fn check_input(ctx: &Ctx, args: &BackupScheduleArgs) -> Result<Input> {
    let every = every::parse(&args.every)
        .map_err(|e| Failure::new(Code::BadArgs, format!("invalid --every: {e}")))?;
    if !is_name(&args.name) {
        return Err(bad(
            format!("invalid --name {:?}", args.name),
            "a schedule's name is a CronJob name: at most 52 lowercase letters, digits and '-', starting and ending with a letter or digit",
        ));
    }
    let mut destination = args.to.clone();
    match location::parse(&destination) {
        Ok(Location::Remote(_)) => {}
        Ok(Location::Local { .. }) => {
            return Err(bad(
                format!("--to {destination}: a backup schedule needs object storage"),
                "use s3://BUCKET/PREFIX/, gs://BUCKET/PREFIX/ or azblob://CONTAINER/PREFIX/ (a path would be on whichever control-plane node ran the job)",
            ))
        }
        Err(e) => {
            return Err(e.context(Failure::new(
                Code::BadArgs,
                format!("invalid --to {destination}"),
            )))
        }
    }
    if !destination.ends_with('/') {
        destination.push('/');
    }
    // Recipients are public keys: they go into the job's arguments; checked here.
    crate::storage::codec::Encoding::new(args.compress, &args.encrypt_to, &args.recipients_file)
        .map_err(|e| {
            e.context(Failure::new(
                Code::BadArgs,
                "invalid --encrypt-to / --recipients-file",
            ))
        })?;
    let mut recipients = args.encrypt_to.clone();
    for f in &args.recipients_file {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("cannot read --recipients-file {}", f.display()))?;
        recipients.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(String::from),
        );
    }
    let policy = keep_policy(&args.keep);
    if policy.is_empty() {
        return Err(bad(
            "the --keep-* flags keep nothing",
            "keep at least one backup, e.g. --keep-last 3 (default: --keep-last 3 --keep-daily 7 --keep-weekly 4 --keep-monthly 6)",
        ));
    }
    let cluster_name = args
        .cluster_name
        .clone()
        .or_else(|| crate::cmd::snapshot_save::kube_cluster_name(ctx))
        .unwrap_or_else(|| "etcd".into());
    let mut run_args = vec!["--cluster-name".to_string(), cluster_name];
    let flags = keep_flags(&policy);
    run_args.extend(flags.iter().cloned());
    if args.compress {
        run_args.push("--compress".into());
    }
    for r in recipients {
        run_args.push("--encrypt-to".into());
        run_args.push(r);
    }
    Ok(Input {
        cron: every.cron,
        destination,
        run_args,
        policy_text: flags.join(" "),
    })
}

/// A CronJob name: a DNS label short enough for the Job names the controller derives
/// (`<name>-<minutes since epoch>`, at most 63 characters).
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 52
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Where the job connects, what it mounts, where it may run.
struct Local {
    endpoint: String,
    cacert: PathBuf,
    cert: PathBuf,
    key: PathBuf,
    nodes: Vec<String>,
}

/// The URL a process on the member's node (host network) reaches it at: a loopback listen
/// URL as kubeadm configures (https://127.0.0.1:2379), else the advertised one.
fn local_url(m: &Member) -> Option<String> {
    m.listen_client_urls
        .iter()
        .find(|u| {
            crate::cluster::member::host_port(u).is_some_and(|(h, _)| {
                h == "127.0.0.1" || h == "localhost" || h == "[::1]" || h == "::1"
            })
        })
        .or(m.advertise_client_urls.first())
        .cloned()
}

fn local_member(members: &[Member]) -> Result<Local> {
    let Some(first) = members.first() else {
        return Err(Failure::new(Code::Error, "no etcd member found").into());
    };
    let host = |p: &crate::cluster::member::ContainerPath, flag: &str| {
        p.on_host.clone().ok_or_else(|| {
            anyhow::Error::from(
                Failure::new(
                    Code::Error,
                    format!("{flag} of {} is not on a hostPath volume", first.pod),
                )
                .hint("the backup job mounts the certificates from the node; this etcd keeps them elsewhere (use a CronJob of your own)"),
            )
        })
    };
    let cacert = host(&first.trusted_ca_file, "--trusted-ca-file")?;
    let cert = host(&first.cert_file, "--cert-file")?;
    let key = host(&first.key_file, "--key-file")?;
    let url = local_url(first)
        .ok_or_else(|| Failure::new(Code::Error, format!("{} has no client URL", first.pod)))?;
    // Every member alike (kubeadm): any of their nodes will do. Otherwise the job is
    // pinned to the first member's node, where its URL and files are right.
    let alike = members.iter().all(|m| {
        local_url(m).as_deref() == Some(url.as_str())
            && m.cert_file.on_host.as_ref() == Some(&cert)
            && m.key_file.on_host.as_ref() == Some(&key)
            && m.trusted_ca_file.on_host.as_ref() == Some(&cacert)
    });
    let mut nodes: Vec<String> = if alike {
        members.iter().map(|m| m.node.clone()).collect()
    } else {
        eprintln!(
            "The etcd members differ in client URL or certificate paths: the job runs on {} only.",
            first.node
        );
        vec![first.node.clone()]
    };
    nodes.sort();
    nodes.dedup();
    Ok(Local {
        endpoint: url,
        cacert,
        cert,
        key,
        nodes,
    })
}

fn describe(s: &Schedule, policy: &str) {
    eprintln!("Backup schedule {} in {}:", s.name, s.namespace);
    eprintln!("  every:       {} (schedule \"{}\")", s.every, s.cron);
    eprintln!("  to:          {}", s.destination);
    eprintln!("  keep:        {policy}");
    eprintln!(
        "  runs:        {} on {} (host network, {} → {})",
        s.image,
        s.nodes.join(", "),
        s.cert
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        s.endpoint
    );
    if let Some(secret) = &s.secret {
        eprintln!(
            "  credentials: secret {secret}{}",
            if s.secret_owned {
                " (created from this shell's environment)"
            } else {
                ""
            }
        );
    }
}

/// `--dry-run`: the objects as `kubectl create --dry-run=client -o yaml` prints them,
/// Secret values redacted (this output ends up in terminals and tickets).
fn print_objects(cron_job: &CronJob, secret: Option<&Secret>) -> Result<()> {
    let mut docs = vec![];
    if let Some(s) = secret {
        let mut v = serde_json::to_value(s)?;
        v["apiVersion"] = "v1".into();
        v["kind"] = "Secret".into();
        if let Some(data) = v.get_mut("data").and_then(|d| d.as_object_mut()) {
            for val in data.values_mut() {
                *val = "<redacted>".into();
            }
        }
        docs.push(v);
    }
    let mut v = serde_json::to_value(cron_job)?;
    v["apiVersion"] = "batch/v1".into();
    v["kind"] = "CronJob".into();
    docs.push(v);
    let mut out = String::new();
    for (i, d) in docs.iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        out.push_str(&crate::output::yaml::to_yaml(&reorder(d.clone()))?);
    }
    super::super::emit(out)?;
    Ok(())
}

/// apiVersion and kind first, as kubectl prints objects.
fn reorder(v: serde_json::Value) -> serde_json::Value {
    let serde_json::Value::Object(m) = v else {
        return v;
    };
    let mut out = serde_json::Map::new();
    for k in ["apiVersion", "kind"] {
        if let Some(x) = m.get(k) {
            out.insert(k.to_string(), x.clone());
        }
    }
    for (k, x) in m {
        if k != "apiVersion" && k != "kind" {
            out.insert(k, x);
        }
    }
    serde_json::Value::Object(out)
}

async fn apply_secret(api: &Api<Secret>, secret: &Secret, schedule: &str) -> Result<()> {
    let name = secret.metadata.name.clone().unwrap_or_default();
    let ns = secret.metadata.namespace.clone().unwrap_or_default();
    let current = api
        .get_opt(&name)
        .await
        .map_err(|e| super::api_failure(e, "get secrets", &ns))?;
    match current {
        None => {
            api.create(&PostParams::default(), secret)
                .await
                .map_err(|e| super::api_failure(e, "create secrets", &ns))?;
            println!("secret/{name} created");
        }
        Some(cur) => {
            let ours = cur
                .metadata
                .labels
                .as_ref()
                .and_then(|l| l.get(super::LABEL_OWNED_SECRET))
                .is_some()
                && cur
                    .metadata
                    .labels
                    .as_ref()
                    .and_then(|l| l.get(super::LABEL_SCHEDULE))
                    .map(String::as_str)
                    == Some(schedule);
            if !ours {
                return Err(Failure::new(
                    Code::Error,
                    format!(
                        "secret {name} already exists in {ns} and was not created by this schedule"
                    ),
                )
                .hint(format!(
                    "use it with --credentials-secret {name}, or choose another --name"
                ))
                .into());
            }
            let mut new = secret.clone();
            new.metadata.resource_version = cur.metadata.resource_version.clone();
            api.replace(&name, &PostParams::default(), &new)
                .await
                .map_err(|e| super::api_failure(e, "update secrets", &ns))?;
            println!("secret/{name} configured");
        }
    }
    Ok(())
}

async fn apply_cron_job(api: &Api<CronJob>, cj: CronJob, ns: &str) -> Result<&'static str> {
    let name = cj.metadata.name.clone().unwrap_or_default();
    let current = api
        .get_opt(&name)
        .await
        .map_err(|e| super::api_failure(e, "get cronjobs", ns))?;
    let result = match current {
        None => api
            .create(&PostParams::default(), &cj)
            .await
            .map(|_| "created"),
        Some(cur) => {
            let ours = cur
                .metadata
                .labels
                .as_ref()
                .and_then(|l| l.get(super::LABEL_SCHEDULE))
                .is_some();
            if !ours {
                return Err(Failure::new(
                    Code::Error,
                    format!("cronjob {name} already exists in {ns} and is not a kubectl-etcd backup schedule"),
                )
                .hint("choose another --name")
                .into());
            }
            let mut new = cj;
            new.metadata.resource_version = cur.metadata.resource_version.clone();
            api.replace(&name, &PostParams::default(), &new)
                .await
                .map(|_| "configured")
        }
    };
    result.map_err(|e| match e {
        kube::Error::Api(s) if s.code == 422 => Failure::new(
            Code::Error,
            format!("the API server refused cronjob {name}: {}", s.message),
        )
        .into(),
        e => super::api_failure(e, "create cronjobs", ns),
    })
}
