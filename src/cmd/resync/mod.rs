//! `member resync NODE`: rebuild a stacked etcd member from the others. The steps, each
//! safe to run again (a second `member resync` picks up where an interrupted one stopped):
//!
//! 1. stop the member: its manifest moves out of the manifests folder (kept as a backup);
//! 2. `member remove`;
//! 3. its data dir moves aside (`…-removed-<UTC>`, never deleted);
//! 4. `member add` as a learner (a plain member on etcd 3.4) with the same peer URL;
//! 5. the manifest goes back with `--initial-cluster` = the members and
//!    `--initial-cluster-state=existing`, so kubelet starts it on an empty data dir;
//! 6. once it has caught up, `member promote`; then wait until every member is healthy and
//!    their key-value hashes agree at one revision.
//!
//! Plan, quorum arithmetic and manifest diff come first ([`plan`]); the node is changed only
//! through a short-lived pod ([`crate::cluster::node`]) and the manifest only through
//! [`crate::manifest`].

mod plan;
mod steps;

use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Result;

use super::Ctx;
use crate::cli::MemberResyncArgs;
use crate::cluster::{Cluster, Member};
use crate::exit::{Code, Failure};

pub async fn run(ctx: &Ctx, args: MemberResyncArgs) -> Result<Code> {
    let mut opts = ctx.cluster_options();
    opts.only.clear();
    let cluster = Cluster::connect(opts).await.map_err(|e| {
        e.context(
            Failure::new(Code::BadConnection, "no usable kubeconfig")
                .hint("member resync works in cluster mode: pass --kubeconfig or set KUBECONFIG"),
        )
    })?;
    let pods = cluster.members().await?;
    let ts = utc_stamp();
    let found = match pods.iter().find(|m| m.node == args.node) {
        Some(p) => Some(p.clone()),
        // An interrupted resync moved the manifest out: the member is described by its backup.
        None => steps::member_from_backup(&cluster, &args.node, &ts).await?,
    };
    let Some(pod) = found else {
        let known: Vec<String> = pods
            .iter()
            .map(|m| format!("{} (node {})", m.name, m.node))
            .collect();
        return Err(Failure::new(Code::BadArgs, format!("no etcd pod runs on node {}", args.node))
            .hint(format!("members are: {}; for a node that is gone for good use `kubectl etcd member remove --node NODE`", known.join(", ")))
            .into());
    };
    let others: Vec<Member> = pods
        .iter()
        .filter(|m| m.node != args.node && m.phase == "Running")
        .cloned()
        .collect();
    if others.is_empty() {
        return Err(Failure::new(Code::Error, "no other etcd member is running: there is nothing to resync from")
            .hint("a single member (or one with all others down) cannot be rebuilt from its peers: restore a snapshot (`kubectl etcd snapshot restore`)")
            .into());
    }
    let mut session = steps::Session::open(ctx, cluster, pod, others, ts, args.timeout).await?;
    let resume = session.resume.clone();
    let outcome = tokio::select! {
        r = session.run(ctx, args.dry_run) => r,
        _ = crate::interrupt::interrupted() => {
            let next = resume.lock().map(|r| r.clone()).unwrap_or_default();
            Err(Failure::new(Code::Interrupted, "member resync interrupted by Ctrl-C")
                .hint(if next.is_empty() { "nothing was changed yet".to_string() } else { next })
                .into())
        }
    };
    session.cleanup().await;
    outcome
}

/// `YYYYmmddTHHMMSSZ` (UTC), sortable and fit for a path.
fn utc_stamp() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0) as i64;
    crate::decode::time::rfc3339(secs, 0, false).replace(['-', ':'], "")
}
