//! The lookups behind `kubectl etcd <TAB>` ([`crate::completion::Dynamic`]): kubeconfig
//! names, the cluster's etcd members, and keys — only where that is cheap: keys come from a
//! `--snapshot` file, or online only when no helper pod would be needed (`--endpoints`, or
//! all of `--cacert/--cert/--key`). Failures answer nothing: a shell prompt is no place
//! for errors.

use std::path::PathBuf;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches};

use super::Ctx;
use crate::cli::{Cli, GlobalArgs};
use crate::completion::Dynamic;

/// How long a lookup may hold the prompt.
const LIMIT: Duration = Duration::from_secs(5);
/// At most this many keys are read to find the next path segments.
const MAX_KEYS: i64 = 20_000;

pub fn resolve(what: Dynamic, typed: &[String], current: &str) -> Vec<String> {
    let Some(global) = globals(typed) else {
        return Vec::new();
    };
    let ctx = Ctx { global };
    match what {
        Dynamic::Contexts | Dynamic::Clusters | Dynamic::Users => kubeconfig_names(&ctx, what),
        Dynamic::Members | Dynamic::Nodes => block_on(members(&ctx, what)),
        Dynamic::Keys => match snapshot_flag(typed) {
            Some(file) => snapshot_keys(&file, current),
            None => block_on(online_keys(&ctx, current)),
        },
    }
}

/// The global flags among the words typed so far (and their `ETCDCTL_*` variables).
fn globals(typed: &[String]) -> Option<GlobalArgs> {
    let args = std::iter::once("kubectl-etcd".to_string()).chain(typed.iter().cloned());
    let matches = Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(args)
        .ok()?;
    GlobalArgs::from_arg_matches(&matches).ok()
}

fn snapshot_flag(typed: &[String]) -> Option<PathBuf> {
    typed
        .iter()
        .enumerate()
        .find_map(|(i, w)| match w.strip_prefix("--snapshot") {
            Some("") => typed.get(i + 1).map(PathBuf::from),
            Some(v) => v.strip_prefix('=').map(PathBuf::from),
            None => None,
        })
}

fn block_on(fut: impl std::future::Future<Output = Vec<String>>) -> Vec<String> {
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    rt.block_on(async { tokio::time::timeout(LIMIT, fut).await.unwrap_or_default() })
}

fn kubeconfig_names(ctx: &Ctx, what: Dynamic) -> Vec<String> {
    let Ok(config) = crate::cluster::kubeconfig::read(&ctx.cluster_options().kube) else {
        return Vec::new();
    };
    match what {
        Dynamic::Contexts => config.contexts.into_iter().map(|c| c.name).collect(),
        Dynamic::Clusters => config.clusters.into_iter().map(|c| c.name).collect(),
        _ => config.auth_infos.into_iter().map(|u| u.name).collect(),
    }
}

async fn members(ctx: &Ctx, what: Dynamic) -> Vec<String> {
    let mut opts = ctx.cluster_options();
    // Every member, whatever --member/--node already narrowed.
    opts.only.clear();
    let Ok(cluster) = crate::cluster::Cluster::connect(opts).await else {
        return Vec::new();
    };
    let members = cluster.members().await.unwrap_or_default();
    members
        .into_iter()
        .map(|m| {
            if what == Dynamic::Nodes {
                m.node
            } else {
                m.name
            }
        })
        .collect()
}

/// The next path segment of every key under `current` (`/registry/` → `/registry/pods/`, …).
fn next_segments<'a>(current: &str, keys: impl Iterator<Item = &'a [u8]>) -> Vec<String> {
    let mut out: Vec<String> = keys
        .filter_map(|k| std::str::from_utf8(k).ok())
        .filter(|k| k.starts_with(current))
        .map(|k| match k[current.len()..].find('/') {
            Some(i) => k[..current.len() + i + 1].to_string(),
            None => k.to_string(),
        })
        .collect();
    out.dedup();
    out
}

fn snapshot_keys(file: &std::path::Path, current: &str) -> Vec<String> {
    let Ok(snap) = crate::snapshot::open::SnapshotFile::open(file) else {
        return Vec::new();
    };
    let Ok(db) = crate::snapshot::bolt::Db::open(snap.bytes()) else {
        return Vec::new();
    };
    let start = current.as_bytes();
    let end = crate::etcd::keyrange::prefix_end(start);
    let Ok(r) = crate::snapshot::mvcc::range_with(
        &db,
        start,
        &end,
        0,
        crate::snapshot::mvcc::Fetch::KeysOnly,
    ) else {
        return Vec::new();
    };
    next_segments(current, r.kvs.iter().map(|kv| kv.key.as_slice()))
}

async fn online_keys(ctx: &Ctx, current: &str) -> Vec<String> {
    let g = &ctx.global;
    let direct = !g.endpoints.iter().all(|e| e.trim().is_empty());
    let own_certs = g.cacert.is_some() && g.cert.is_some() && g.key.is_some();
    if !direct && !own_certs {
        return Vec::new();
    }
    let Ok(target) = ctx.target().await else {
        return Vec::new();
    };
    let Ok(mut client) = target.client().await else {
        return Vec::new();
    };
    let opts = etcd_client::GetOptions::new()
        .with_prefix()
        .with_keys_only()
        .with_limit(MAX_KEYS);
    match client.get(current, Some(opts)).await {
        Ok(resp) => next_segments(current, resp.kvs().iter().map(|kv| kv.key())),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_segments_stop_at_the_next_slash() {
        let keys: [&[u8]; 5] = [
            b"/registry/pods/a/x",
            b"/registry/pods/b/y",
            b"/registry/ranges/serviceips",
            b"/registry/secrets/a/s",
            b"compact_rev_key",
        ];
        assert_eq!(
            next_segments("/registry/", keys.into_iter()),
            ["/registry/pods/", "/registry/ranges/", "/registry/secrets/"]
        );
        assert_eq!(
            next_segments("/registry/ranges/s", keys.into_iter()),
            ["/registry/ranges/serviceips"]
        );
    }

    #[test]
    fn the_snapshot_flag_in_both_spellings() {
        let w = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            snapshot_flag(&w(&["get", "--snapshot", "b.db"])),
            Some(PathBuf::from("b.db"))
        );
        assert_eq!(
            snapshot_flag(&w(&["get", "--snapshot=b.db"])),
            Some(PathBuf::from("b.db"))
        );
        assert_eq!(snapshot_flag(&w(&["get", "--snapshots"])), None);
    }
}
