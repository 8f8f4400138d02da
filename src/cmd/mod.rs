//! One module per command group; each `run` resolves its inputs, calls `etcd` or
//! `snapshot`, and hands plain data to `output`. Find a command's code by its name here.

mod alarm;
mod audit;
mod backup;
mod check;
mod compaction;
pub mod complete;
mod defrag;
mod del;
mod endpoint;
mod get;
mod hashkv;
mod lease;
mod member;
mod member_remove_node;
mod move_leader;
mod put;
mod recover;
mod restore;
mod resync;
mod snapshot;
mod snapshot_catalog;
mod snapshot_save;
mod snapshot_source;
mod space;
mod status;
mod usage;
mod version;
mod watch;

use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::{Cli, Command, GlobalArgs};
use crate::cluster::{Cluster, ClusterOptions, KubeOptions};
use crate::etcd::tls::{Source, TlsMaterial};
use crate::etcd::Target;
use crate::exit::{Code, Failure};
use crate::output::Format;

pub async fn run(cli: Cli) -> Result<Code> {
    snapshot_source::set_identities(cli.global.identity.clone());
    let ctx = Ctx { global: cli.global };
    // `-w fields` is etcdctl's; only the commands below print it so far, and the others
    // must not pass it off as their simple output.
    let fields = matches!(
        cli.command,
        Command::Lease(_)
            | Command::Get(_)
            | Command::Put(_)
            | Command::Del(_)
            | Command::Member(crate::cli::MemberCommand::List)
            | Command::Endpoint(crate::cli::EndpointCommand::Health | crate::cli::EndpointCommand::Status)
            | Command::Endpoint(crate::cli::EndpointCommand::Hashkv(_))
            | Command::Alarm(_)
            | Command::Watch(_)
            | Command::Snapshot(crate::cli::SnapshotCommand::Status(_))
            // etcdctl has no fields printer for these and prints its simple output.
            | Command::Compaction(_)
            | Command::Defrag(_)
            | Command::Version
    );
    // Not `member add|remove|update|promote` nor `move-leader`: etcdctl 3.4 and 3.5 make the
    // change and then exit 4 ("fields not supported as output format"), or crash (promote);
    // refusing before any request keeps the exit code without the surprise change.
    if ctx.format() == Format::Fields && !fields {
        return Err(unsupported(
            &ctx,
            "this command",
            "-w simple, json or yaml (-w fields: get, put, del, member list, endpoint health|status|hashkv, alarm, lease, watch, snapshot status; etcdctl has none for membership changes or move-leader)",
        ));
    }
    match cli.command {
        Command::Get(args) => get::run(&ctx, args).await,
        Command::Put(args) => put::run(&ctx, args).await,
        Command::Del(args) => del::run(&ctx, args).await,
        Command::Watch(args) => watch::run(&ctx, args).await,
        Command::Endpoint(cmd) => endpoint::run(&ctx, cmd).await,
        Command::Member(cmd) => member::run(&ctx, cmd).await,
        Command::MoveLeader(args) => move_leader::run(&ctx, args).await,
        Command::Defrag(args) => defrag::run(&ctx, args).await,
        Command::Alarm(cmd) => alarm::run(&ctx, cmd).await,
        Command::Compaction(args) => compaction::run(&ctx, args).await,
        Command::Lease(cmd) => lease::run(&ctx, cmd).await,
        Command::Check(cmd) => check::run(&ctx, cmd).await,
        Command::Snapshot(cmd) => snapshot::run(&ctx, cmd).await,
        Command::Backup(cmd) => backup::run(&ctx, cmd).await,
        Command::Version => version::run(&ctx).await,
        Command::Status => status::run(&ctx).await,
        Command::SecretsAudit(args) => audit::run(&ctx, args).await,
        Command::Usage(args) => usage::run(&ctx, args).await,
        Command::Completion { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cmd, "kubectl-etcd", &mut out);
            emit(out)?;
            Ok(Code::Success)
        }
    }
}

/// Where the commands go: the connection, and in cluster mode the members behind it (in
/// endpoint order; empty in direct mode).
pub struct Plan {
    pub target: Target,
    pub members: Vec<crate::cluster::Member>,
}

/// What every command may need: the global flags, resolved lazily.
pub struct Ctx {
    pub global: GlobalArgs,
}

impl Ctx {
    /// The format of a command's own document: `-w`, or `-o json|yaml` as kubectl users type
    /// it (`get` reads `-o` itself: there it means the objects).
    pub fn format(&self) -> Format {
        match self.global.output {
            Some(crate::cli::ObjectFormat::Json) => Format::Json,
            Some(crate::cli::ObjectFormat::Yaml) => Format::Yaml,
            None => self.global.write_out,
        }
    }

    /// The etcd to talk to.
    pub async fn target(&self) -> Result<Target> {
        Ok(self.plan().await?.target)
    }

    /// The etcd to talk to: `--endpoints` (direct mode), else the members found through the
    /// kubeconfig (cluster mode), with what their pods say about them.
    pub async fn plan(&self) -> Result<Plan> {
        let g = &self.global;
        let material = TlsMaterial {
            ca: read_pem("--cacert", g.cacert.as_deref())?,
            cert: read_pem("--cert", g.cert.as_deref())?,
            key: read_pem("--key", g.key.as_deref())?,
            insecure_skip_verify: g.insecure_skip_tls_verify,
        };
        if !g.endpoints.iter().all(|e| e.trim().is_empty()) {
            let endpoints = crate::etcd::parse_endpoints(&g.endpoints, &material)?;
            let target = Target::new(
                endpoints,
                &material,
                g.dial_timeout,
                g.command_timeout,
                false,
            )
            .context("invalid connection settings")?;
            return Ok(Plan {
                target,
                members: Vec::new(),
            });
        }
        let cluster = Cluster::connect(self.cluster_options()).await.map_err(|e| {
            e.context(
                Failure::new(Code::BadConnection, "no etcd endpoint given and no usable kubeconfig")
                    .hint("pass --endpoints https://HOST:2379 with --cacert, --cert and --key, or a kubeconfig (--kubeconfig, KUBECONFIG) for a cluster with etcd static pods"),
            )
        })?;
        let members = cluster.members().await?;
        let running: Vec<_> = members
            .iter()
            .filter(|m| m.phase == "Running")
            .cloned()
            .collect();
        if running.is_empty() {
            let states: Vec<String> = members
                .iter()
                .map(|m| {
                    format!(
                        "{} ({})",
                        m.pod,
                        if m.phase.is_empty() {
                            "unknown"
                        } else {
                            &m.phase
                        }
                    )
                })
                .collect();
            return Err(Failure::new(Code::Error, format!("no etcd pod is Running: {}", states.join(", ")))
                .hint("check the pods with `kubectl get pods -n kube-system -l component=etcd` and the kubelet on their nodes")
                .into());
        }
        let material = cluster.credentials(material, &running[0]).await?;
        let endpoints = cluster.endpoints(&running)?;
        let target = Target::new(
            endpoints,
            &material,
            g.dial_timeout,
            g.command_timeout,
            true,
        )
        .context("invalid connection settings")?;
        Ok(Plan {
            target,
            members: running,
        })
    }

    pub(crate) fn cluster_options(&self) -> ClusterOptions {
        let g = &self.global;
        ClusterOptions {
            kube: KubeOptions {
                kubeconfig: g.kubeconfig.clone(),
                context: g.context.clone(),
                cluster: g.cluster.clone().flatten(),
                user: g.user.clone(),
                request_timeout: match g.request_timeout {
                    Some(t) => t.0,
                    None => Some(crate::cluster::kubeconfig::DEFAULT_REQUEST_TIMEOUT),
                },
            },
            namespace: g.etcd_namespace.clone(),
            selector: g.etcd_selector.clone(),
            helper_image: g.helper_image.clone(),
            helper_timeout: g.helper_timeout,
            only: g.member.iter().chain(&g.node).cloned().collect(),
            direct: g.direct,
        }
    }
}

impl Ctx {
    /// `--encryption-config`, parsed.
    pub fn encryption(&self) -> Result<Option<crate::decode::EncryptionConfig>> {
        let Some(path) = &self.global.encryption_config else {
            return Ok(None);
        };
        let bytes = std::fs::read(path).map_err(|e| {
            Failure::new(
                Code::BadArgs,
                format!("cannot read --encryption-config {}: {e}", path.display()),
            )
        })?;
        let config = crate::decode::EncryptionConfig::from_yaml(&bytes).map_err(|e| {
            Failure::new(Code::BadArgs, format!("--encryption-config {}: {e}", path.display()))
                .hint("pass kube-apiserver's --encryption-provider-config file (kind: EncryptionConfiguration)")
        })?;
        Ok(Some(config))
    }
}

/// Reads a PEM file named by a flag into memory.
fn read_pem(flag: &str, path: Option<&Path>) -> Result<Option<Source>> {
    let Some(path) = path else { return Ok(None) };
    if path.as_os_str().is_empty() {
        return Err(Failure::new(
            Code::BadArgs,
            format!("empty string is passed to {flag} option"),
        )
        .into());
    }
    let pem = std::fs::read(path).map_err(|e| {
        Failure::new(Code::BadConnection, format!("cannot read {flag} {}: {e}", path.display())).hint(
            "check the path and that you may read it (kubeadm keeps etcd's certificates in /etc/kubernetes/pki/etcd/, readable by root only)",
        )
    })?;
    Ok(Some(Source {
        origin: format!("{flag} {}", path.display()),
        pem,
    }))
}

/// Writes a document for scripts: etcdctl's one-line JSON, or the same as YAML.
pub fn emit_doc<T: serde::Serialize>(ctx: &Ctx, value: &T) -> Result<()> {
    let bytes = match ctx.format() {
        Format::Yaml => crate::output::yaml::to_yaml(&serde_json::to_value(value)?)?.into_bytes(),
        _ => {
            let mut bytes = serde_json::to_vec(value)?;
            bytes.push(b'\n');
            bytes
        }
    };
    crate::output::emit(&bytes)?;
    Ok(())
}

pub fn emit(bytes: impl AsRef<[u8]>) -> Result<()> {
    crate::output::emit(bytes.as_ref())?;
    Ok(())
}

/// `--table` for commands without a table, as etcdctl refuses it (exit 4).
pub fn unsupported(ctx: &Ctx, command: &'static str, supported: &'static str) -> anyhow::Error {
    crate::output::Unsupported {
        format: ctx.format(),
        command,
        supported,
    }
    .into()
}
