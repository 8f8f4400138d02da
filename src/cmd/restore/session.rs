//! The cluster, the members to act on, and a connection to them; shared by every step.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use anyhow::{Context, Result};

use super::Ctx;
use crate::cluster::member::Member;
use crate::cluster::node::NodePods;
use crate::cluster::{helper, Cluster};
use crate::etcd::tls::TlsMaterial;
use crate::etcd::Target;
use crate::exit::{Code, Failure};

pub(super) struct Session {
    pub cluster: Cluster,
    pub members: Vec<Member>,
    pub target: Target,
    /// This run's UTC stamp: names the backup, the new data dir, the watchdog's files, and
    /// labels every pod of the run.
    pub ts: String,
}

pub(super) async fn open(ctx: &Ctx, force: bool, what: &str) -> Result<Session> {
    let mut opts = ctx.cluster_options();
    let only = std::mem::take(&mut opts.only);
    let cluster = Cluster::connect(opts).await.map_err(|e| {
        e.context(
            Failure::new(Code::BadConnection, "no usable kubeconfig").hint(
                "snapshot restore works in cluster mode: pass --kubeconfig or set KUBECONFIG",
            ),
        )
    })?;
    let all = cluster.members().await?;
    let members: Vec<Member> = if only.is_empty() {
        all.clone()
    } else {
        all.iter()
            .filter(|m| {
                only.iter()
                    .any(|o| *o == m.name || *o == m.pod || *o == m.node)
            })
            .cloned()
            .collect()
    };
    if members.is_empty() {
        let known: Vec<String> = all
            .iter()
            .map(|m| format!("{} (node {})", m.name, m.node))
            .collect();
        return Err(Failure::new(
            Code::BadArgs,
            format!("no etcd member matches {}", only.join(", ")),
        )
        .hint(format!("members are: {}", known.join(", ")))
        .into());
    }
    if members.len() < all.len() && !force {
        let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
        let others: Vec<&str> = all
            .iter()
            .filter(|m| !members.contains(m))
            .map(|m| m.name.as_str())
            .collect();
        return Err(Failure::new(
            Code::BadArgs,
            format!(
                "refusing to {what} only {} of a {}-member cluster",
                names.join(", "),
                all.len()
            ),
        )
        .hint(format!(
            "a restore makes a new cluster (new member and cluster IDs): a member restored alone cannot rejoin {} and the cluster loses that member; restore every member (drop --member/--node), or pass --force if you really mean to split it off",
            others.join(", ")
        ))
        .into());
    }
    let g = &ctx.global;
    let flags = TlsMaterial {
        ca: crate::cmd::read_pem("--cacert", g.cacert.as_deref())?,
        cert: crate::cmd::read_pem("--cert", g.cert.as_deref())?,
        key: crate::cmd::read_pem("--key", g.key.as_deref())?,
        insecure_skip_verify: g.insecure_skip_tls_verify,
    };
    let material = cluster.credentials(flags, &members[0]).await?;
    let target = Target::new(
        cluster.endpoints(&members)?,
        &material,
        g.dial_timeout,
        Some(g.command_timeout.unwrap_or(Duration::from_secs(5))),
        true,
    )
    .context("invalid connection settings")?;
    Ok(Session {
        cluster,
        members,
        target,
        ts: super::utc_stamp(SystemTime::now()),
    })
}

impl Session {
    pub fn node_pods(&self, m: &Member) -> NodePods {
        NodePods {
            pods: self.cluster.pods.clone(),
            namespace: self.cluster.opts.namespace.clone(),
            node: m.node.clone(),
            wait: self.cluster.opts.helper_timeout,
            run: self.ts.clone(),
        }
    }

    pub fn helper_image(&self) -> String {
        self.cluster.opts.helper_image.clone()
    }

    /// Reads files on a member's node through the read-only helper.
    pub async fn read(&self, m: &Member, files: &[PathBuf]) -> Result<Vec<Vec<u8>>> {
        helper::Helper {
            pods: &self.cluster.pods,
            namespace: &self.cluster.opts.namespace,
            node: &m.node,
            image: &self.cluster.opts.helper_image,
            wait: self.cluster.opts.helper_timeout,
        }
        .read_files(files)
        .await
    }
}

impl Session {
    /// Deletes every pod of this run still known to the API server. Pods are created and
    /// deleted while the API server stores into either the old or the restored etcd, so a pod
    /// deleted in one can still exist in the other once that one serves again: this runs
    /// before the switch and again once the outcome is known.
    pub async fn sweep(&self) {
        if let Some(m) = self.members.first() {
            if let Err(e) = self.node_pods(m).delete_run().await {
                super::say(format!("Warning: {e:#}"));
            }
        }
    }
}

/// Deletes pods we hold by name; one that cannot be deleted (the API is down) still ends at
/// its activeDeadlineSeconds.
pub(super) async fn delete_pods(pods: &[(NodePods, String)]) {
    for (pods, name) in pods {
        let _ = pods.delete(name).await;
    }
}
