//! Cluster mode: find etcd from the kubeconfig and reach it through the API server.
//!
//! Discovery reads the etcd static pods (kube-system, `component=etcd`) into
//! [`member::Member`]s; credentials come from the flags, from the node's files when we run
//! on that node, or from a [`helper`] pod; bytes go through a [`portforward`]. Nothing here
//! speaks etcd: it hands the `etcd` module endpoints with a way to open streams to them.

pub mod helper;
pub mod kubeconfig;
pub mod member;
pub mod node;
pub mod portforward;
pub mod static_pod;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use k8s_openapi::api::core::v1::Pod;
use kube::api::ListParams;
use kube::Api;

use crate::etcd::endpoint::Endpoint;
use crate::etcd::tls::{Source, TlsMaterial};
use crate::exit::{Code, Failure};
pub use kubeconfig::KubeOptions;
pub use member::Member;

/// The label every helper pod carries.
pub const MANAGED_BY: &str = "kubectl-etcd";

/// What the user told us about where etcd runs and how to get at it.
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    pub kube: KubeOptions,
    pub namespace: String,
    pub selector: String,
    pub helper_image: String,
    pub helper_timeout: Duration,
    /// `--member`/`--node`: only these members (by etcd name, pod name or node).
    pub only: Vec<String>,
    /// `--direct`: connect to each member's advertised client URL instead of port-forwarding.
    pub direct: bool,
}

pub struct Cluster {
    pub pods: Api<Pod>,
    pub opts: ClusterOptions,
}

impl Cluster {
    pub async fn connect(opts: ClusterOptions) -> Result<Self> {
        let client = kubeconfig::client(&opts.kube).await?;
        Ok(Self {
            pods: Api::namespaced(client, &opts.namespace),
            opts,
        })
    }

    /// The etcd members, in pod-name order, narrowed by `--member`/`--node`.
    pub async fn members(&self) -> Result<Vec<Member>> {
        let ns = &self.opts.namespace;
        let list = self
            .pods
            .list(&ListParams::default().labels(&self.opts.selector))
            .await
            .map_err(|e| api_failure(e, "list pods", ns))?;
        let mut pods = list.items;
        if pods.is_empty() {
            // Some installers label differently; static pods are still named etcd-<node>.
            let all = self
                .pods
                .list(&ListParams::default())
                .await
                .map_err(|e| api_failure(e, "list pods", ns))?;
            pods = all
                .items
                .into_iter()
                .filter(|p| {
                    p.metadata
                        .name
                        .as_deref()
                        .is_some_and(|n| n.starts_with("etcd-"))
                })
                .collect();
            if pods.is_empty() {
                return Err(self.explain_missing_etcd().await);
            }
        }
        let mut members = pods
            .iter()
            .map(Member::from_pod)
            .collect::<Result<Vec<_>, _>>()?;
        members.sort_by(|a, b| a.pod.cmp(&b.pod));
        if self.opts.only.is_empty() {
            return Ok(members);
        }
        let wanted: Vec<Member> = members
            .iter()
            .filter(|m| {
                self.opts
                    .only
                    .iter()
                    .any(|o| *o == m.name || *o == m.pod || *o == m.node)
            })
            .cloned()
            .collect();
        if wanted.is_empty() {
            let known: Vec<String> = members
                .iter()
                .map(|m| format!("{} (node {})", m.name, m.node))
                .collect();
            return Err(Failure::new(
                Code::BadArgs,
                format!("no etcd member matches {}", self.opts.only.join(", ")),
            )
            .hint(format!("members are: {}", known.join(", ")))
            .into());
        }
        Ok(wanted)
    }

    /// No etcd pod: say whether etcd is external (kube-apiserver's --etcd-servers) or out of
    /// reach (a managed control plane), and what to do.
    async fn explain_missing_etcd(&self) -> anyhow::Error {
        let ns = &self.opts.namespace;
        let apiservers = self
            .pods
            .list(&ListParams::default().labels("component=kube-apiserver"))
            .await
            .map(|l| l.items)
            .unwrap_or_default();
        let servers = apiservers.iter().find_map(|p| {
            let c = p.spec.as_ref()?.containers.first()?;
            c.command
                .iter()
                .flatten()
                .chain(c.args.iter().flatten())
                .find_map(|a| a.strip_prefix("--etcd-servers=").map(str::to_string))
        });
        match servers {
            Some(servers) => Failure::new(Code::Error, format!("no etcd pod in {ns}: this cluster uses an external etcd at {servers}"))
                .hint(format!("reach it directly: kubectl etcd --endpoints {servers} --cacert … --cert … --key … (kube-apiserver's --etcd-cafile, --etcd-certfile, --etcd-keyfile)"))
                .into(),
            None if apiservers.is_empty() => Failure::new(Code::Error, format!("no etcd pod and no control-plane pods in {ns} ({})", self.opts.selector))
                .hint("on a managed cluster (EKS, GKE, AKS, …) etcd is run by the provider and cannot be reached; elsewhere check --etcd-namespace and --etcd-selector, or use --endpoints")
                .into(),
            None => Failure::new(Code::Error, format!("no etcd pod in {ns} matches {}", self.opts.selector))
                .hint("pass --etcd-selector / --etcd-namespace for your installer, or --endpoints for direct mode")
                .into(),
        }
    }

    /// TLS material for the members: the flags', else the node's own files when we run on
    /// that node, else read through a helper pod. All members share the etcd CA, so one
    /// member's server certificate (a client certificate too, in kubeadm) serves for all.
    pub async fn credentials(&self, flags: TlsMaterial, member: &Member) -> Result<TlsMaterial> {
        if flags.ca.is_some() && flags.cert.is_some() && flags.key.is_some() {
            return Ok(flags);
        }
        let paths: Vec<PathBuf> = [&member.trusted_ca_file, &member.cert_file, &member.key_file]
            .iter()
            .map(|p| {
                p.on_host.clone().ok_or_else(|| {
                    Failure::new(
                        Code::Error,
                        format!(
                            "{} is not on a hostPath volume of pod {}",
                            p.in_container.display(),
                            member.pod
                        ),
                    )
                    .hint("pass --cacert, --cert and --key")
                })
            })
            .collect::<Result<_, _>>()?;
        let contents = match read_local(member, &paths) {
            Some(contents) => contents,
            None => helper::Helper {
                pods: &self.pods,
                namespace: &self.opts.namespace,
                node: &member.node,
                image: &self.opts.helper_image,
                wait: self.opts.helper_timeout,
            }
            .read_files(&paths)
            .await
            .with_context(|| format!("cannot read etcd's certificates on node {}", member.node))?,
        };
        let mut it = contents.into_iter().zip(&paths).map(|(pem, path)| Source {
            origin: format!("{}:{}", member.node, path.display()),
            pem,
        });
        Ok(TlsMaterial {
            ca: flags.ca.or(it.next()),
            cert: flags.cert.or(it.next()),
            key: flags.key.or(it.next()),
            insecure_skip_verify: flags.insecure_skip_verify,
        })
    }

    /// One endpoint per member: through a port-forward to the pod (or, with --direct, its
    /// advertised client URL).
    pub fn endpoints(&self, members: &[Member]) -> Result<Vec<Endpoint>> {
        members
            .iter()
            .map(|m| {
                if self.opts.direct {
                    let url = m.advertise_client_urls.first().ok_or_else(|| {
                        Failure::new(
                            Code::Error,
                            format!("pod {} advertises no client URL", m.pod),
                        )
                        .hint("drop --direct")
                    })?;
                    let mut ep = Endpoint::parse(url, true)?;
                    ep.original = m.pod.clone();
                    return Ok(ep);
                }
                let (host, port) = m.forward_target().ok_or_else(|| {
                    Failure::new(
                        Code::Error,
                        format!(
                            "cannot tell etcd's client port from pod {} (--listen-client-urls)",
                            m.pod
                        ),
                    )
                })?;
                let tls = m
                    .listen_client_urls
                    .iter()
                    .any(|u| u.starts_with("https://"));
                Ok(Endpoint {
                    original: m.pod.clone(),
                    // The port-forward lands on the pod's loopback; kubeadm's server
                    // certificate lists 127.0.0.1 and localhost.
                    host: if host == "0.0.0.0" {
                        "127.0.0.1".into()
                    } else {
                        host
                    },
                    port,
                    tls,
                    via: Some(portforward::via(
                        self.pods.clone(),
                        &self.opts.namespace,
                        &m.pod,
                        port,
                    )),
                })
            })
            .collect()
    }
}

/// The files themselves, when this machine is that member's node and we may read them.
fn read_local(member: &Member, paths: &[PathBuf]) -> Option<Vec<Vec<u8>>> {
    let here = hostname::get().ok()?.to_string_lossy().to_string();
    if here != member.node && here.split('.').next() != Some(member.node.as_str()) {
        return None;
    }
    paths
        .iter()
        .map(|p: &PathBuf| std::fs::read(Path::new(p)).ok())
        .collect()
}

/// An API error as a user-facing failure: RBAC refusals name what is missing.
pub fn api_failure(e: kube::Error, action: &str, namespace: &str) -> anyhow::Error {
    match &e {
        kube::Error::Api(s) if s.code == 403 => Failure::new(Code::Error, format!("cannot {action} in {namespace}: {}", s.message))
            .hint(format!(
                "kubectl-etcd needs, in namespace {namespace}: get/list pods; create/get/delete pods, create pods/exec (helper pod); create pods/portforward. cluster-admin has all of them"
            ))
            .into(),
        kube::Error::Api(s) if s.code == 404 => {
            Failure::new(Code::Error, format!("cannot {action} in {namespace}: {}", s.message)).into()
        }
        kube::Error::Service(inner) if inner.is::<tower::timeout::error::Elapsed>() => Failure::new(
            Code::Error,
            format!("cannot {action} in {namespace}: the API server did not answer in time"),
        )
        .hint("check that the API server is up (`kubectl get --raw /readyz`); on a slow or busy cluster raise --request-timeout (0 = no limit)")
        .into(),
        _ => anyhow::Error::new(e).context(format!("cannot {action} in {namespace}: is the API server reachable?")),
    }
}
