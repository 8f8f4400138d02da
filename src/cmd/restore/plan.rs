//! Step 1: check the snapshot, read every member's manifest, and say what will happen.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};

use super::session::Session;
use super::switch::WatchdogOpts;
use super::{say, sha256_hex, Paths, BUMP, MANIFEST, RESTART_ALL, RESTART_CONTROL_PLANE};
use crate::cli::SnapshotRestoreArgs;
use crate::cluster::member::Member;
use crate::exit::{Code, Failure};
use crate::manifest;
use crate::snapshot::open::SnapshotFile;

/// What the snapshot file holds.
pub(super) struct Snap {
    pub size: u64,
    pub sha: String,
    pub revision: i64,
    pub keys: u64,
    pub skip_hash_check: bool,
}

/// Verifies the file with our own reader before anything else.
/// `shown` is the backup as the user typed it (a URL, or the file itself).
pub(super) fn check_file(file: &Path, shown: &str, skip_hash_check: bool) -> Result<Snap> {
    let snap = SnapshotFile::open(file)?;
    let report = crate::snapshot::verify(snap.bytes(), skip_hash_check).map_err(|e| {
        anyhow::Error::new(e).context(
            Failure::new(Code::Error, format!("{shown} is not a usable snapshot: nothing was changed"))
                .hint("run `kubectl etcd snapshot verify FILE` for details; take a new snapshot or use another backup"),
        )
    })?;
    let s = Snap {
        size: snap.bytes().len() as u64,
        sha: sha256_hex(snap.bytes()),
        revision: report.status.revision,
        keys: report.key_bucket.live_keys,
        skip_hash_check,
    };
    say(format!(
        "Snapshot {shown}: verified ({}, revision {}, {} live keys, sha256 {})",
        crate::output::units::humanize_bytes(s.size),
        s.revision,
        s.keys,
        &s.sha[..12]
    ));
    Ok(s)
}

/// How a member's etcd version restores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tool {
    pub bin: &'static str,
    pub etcdctl_api: bool,
    pub bump: bool,
}

/// etcdutl from 3.5; `--bump-revision`/`--mark-compacted` from etcdutl/etcdctl 3.5.10 and
/// etcdctl 3.4.27.
pub(super) fn tool_for(version: &str) -> Option<Tool> {
    let mut it = version.split('.').map(|p| p.parse::<u32>().ok());
    let (major, minor, patch) = (it.next()??, it.next()??, it.next().flatten().unwrap_or(0));
    match (major, minor) {
        (3, 4) => Some(Tool {
            bin: "/usr/local/bin/etcdctl",
            etcdctl_api: true,
            bump: patch >= 27,
        }),
        (3, 5) => Some(Tool {
            bin: "/usr/local/bin/etcdutl",
            etcdctl_api: false,
            bump: patch >= 10,
        }),
        (3, m) if m >= 6 => Some(Tool {
            bin: "/usr/local/bin/etcdutl",
            etcdctl_api: false,
            bump: true,
        }),
        _ => None,
    }
}

/// The plain-HTTP endpoint where the member serves `/health` and `/metrics` (kubeadm:
/// `--listen-metrics-urls=http://127.0.0.1:2381`), as the watchdog on the host network
/// reaches it.
pub(super) fn metrics_url(manifest_text: &str) -> Option<String> {
    let value = manifest_text.lines().find_map(|l| {
        let l = l.trim().trim_start_matches("- ").trim();
        l.strip_prefix("--listen-metrics-urls=")
    })?;
    value
        .split(',')
        .map(|u| u.trim().trim_matches('"').trim_end_matches('/'))
        .find(|u| u.starts_with("http://"))
        .map(|u| u.replace("://0.0.0.0:", "://127.0.0.1:"))
}

pub(super) struct NodePlan {
    pub member: Member,
    pub tool: Tool,
    pub old_dir: PathBuf,
    pub new_dir: PathBuf,
    pub original: String,
    pub patched: String,
    pub backup: PathBuf,
    pub metrics: Option<String>,
}

/// Where the data to switch to comes from.
pub(super) enum Kind {
    /// The snapshot the user gave; `current_rev`: the highest revision a member serves now
    /// (`None`: none answered).
    Restore { current_rev: Option<i64> },
    /// `--rollback` where every member's etcd can bump revisions: the pre-restore member's
    /// database (`source`, left untouched), re-created with its revision bumped above the
    /// one the cluster serves now (`current_rev`), so no watcher sees revisions go back.
    RollbackCopy { source: String, current_rev: i64 },
}

pub(super) struct Plan {
    pub kind: Kind,
    pub nodes: Vec<NodePlan>,
    pub paths: Paths,
    pub token: String,
    pub initial_cluster: String,
    /// Every member's tool can bump the revision.
    pub bumped: bool,
    pub revision: i64,
    pub keys: u64,
}

impl Plan {
    /// How far `--bump-revision` moves the revision: [`BUMP`] past the snapshot's or the
    /// revision the cluster serves now, whichever is higher. Past the snapshot's alone is not
    /// enough: restoring the same snapshot again after a bumped restore would land below what
    /// the API server and kubelets have seen.
    pub fn bump_by(&self) -> i64 {
        let current = match self.kind {
            Kind::Restore { current_rev } => current_rev.unwrap_or(0),
            Kind::RollbackCopy { current_rev, .. } => current_rev,
        };
        (current - self.revision).max(0) + BUMP
    }

    /// The revision the restored members must serve.
    pub fn expect_rev(&self) -> i64 {
        if self.bumped {
            self.revision + self.bump_by()
        } else {
            self.revision
        }
    }

    pub fn is_rollback(&self) -> bool {
        matches!(self.kind, Kind::RollbackCopy { .. })
    }

    /// What the watchdogs restart when they keep the restored data, and when they revert.
    /// Without a bump the revision goes back: everything that watches etcd would wait for
    /// revisions it has already seen. A revert after a bumped restore goes back from the
    /// bumped revision just the same.
    fn restarts(&self, args: &SnapshotRestoreArgs) -> (&'static str, &'static str) {
        match (self.bumped, args.restart_control_plane) {
            (false, _) => (RESTART_ALL, ""),
            (true, true) => (RESTART_CONTROL_PLANE, RESTART_ALL),
            (true, false) => ("", RESTART_ALL),
        }
    }

    pub fn watchdog(&self, args: &SnapshotRestoreArgs) -> WatchdogOpts {
        let (keep, revert) = self.restarts(args);
        WatchdogOpts {
            mode: "restore",
            expect_rev: self.expect_rev(),
            expect_keys: self.keys as i64,
            kept: if self.is_rollback() {
                "rolled-back-copy"
            } else {
                "confirmed"
            },
            peers: self.nodes.len().saturating_sub(1),
            revert: args.timeout + super::WATCHDOG_GRACE,
            settle: super::SETTLE,
            restart_keep: keep.into(),
            restart_revert: revert.into(),
        }
    }

    pub fn text(&self, args: &SnapshotRestoreArgs) -> String {
        let (keep, revert) = self.restarts(args);
        let mut text = match &self.kind {
            Kind::Restore { .. } => String::new(),
            Kind::RollbackCopy { source, current_rev } => format!(
                "Rollback: this etcd can bump revisions, so the pre-restore data is not put back as it is (its revision {} is below the {current_rev} the API server and kubelets have seen). Instead it is re-created from {source} (revision {}, {} live keys) in a new data dir on every node, with the revision bumped above {current_rev}: nothing watches stale revisions afterwards and that directory itself stays untouched.\n\n",
                self.revision, self.revision, self.keys
            ),
        };
        text.push_str(&format!(
            "{} plan ({} member{}, initial cluster {}, new cluster token {}):\n",
            if self.is_rollback() {
                "Rollback"
            } else {
                "Restore"
            },
            self.nodes.len(),
            if self.nodes.len() == 1 { "" } else { "s" },
            self.initial_cluster,
            self.token
        ));
        for p in &self.nodes {
            text.push_str(&format!(
                "\nnode {} (member {}, {}):\n  restore into   {} with {} from {} (the current {} is kept untouched)\n  manifest backup {}\n  watchdog       static pod {} (judges the member at {})\n",
                p.member.node,
                p.member.name,
                p.member.image,
                p.new_dir.display(),
                p.tool.bin.rsplit('/').next().unwrap_or(p.tool.bin),
                p.member.image,
                p.old_dir.display(),
                p.backup.display(),
                self.paths.watchdog().display(),
                p.metrics.as_deref().unwrap_or("nowhere: no plain-HTTP --listen-metrics-urls, so only our confirmation keeps the switch"),
            ));
            text.push_str(&crate::output::diff::unified(
                MANIFEST,
                &format!("{MANIFEST} (restored)"),
                &p.original,
                &p.patched,
            ));
        }
        let rev = if self.is_rollback() {
            format!(
                "revision {} (the old data's revision {} + {}, above the current one; marked compacted: watchers list afresh)",
                self.expect_rev(),
                self.revision,
                self.bump_by()
            )
        } else if self.bumped {
            let above = match self.kind {
                Kind::Restore {
                    current_rev: Some(c),
                } if c > self.revision => {
                    format!(", above the {c} the cluster serves now")
                }
                Kind::Restore { current_rev: None } => {
                    ", the current revision could not be read".to_string()
                }
                _ => String::new(),
            };
            format!(
                "revision {} (snapshot revision {} + {}{above}; marked compacted: watchers see their revisions compacted and list afresh)",
                self.expect_rev(),
                self.revision,
                self.bump_by()
            )
        } else {
            format!(
                "revision {} (this etcd cannot --bump-revision: the revision goes BACK from what the API server and kubelets have seen, so their watches would stay silent)",
                self.revision
            )
        };
        text.push_str(&format!(
            "\nAfter the switch each node's watchdog keeps the new member once it is healthy, has a new member ID, serves {rev} and holds the {} live keys, with every peer connected, for {}s (sooner when kubectl-etcd confirms the same); otherwise, after {}, it puts the current manifest back.\n",
            self.keys,
            super::SETTLE.as_secs(),
            humantime::format_duration(args.timeout + super::WATCHDOG_GRACE),
        ));
        text.push_str(&format!(
            "Then it restarts on its node: {}; if it reverts: {}.\n",
            describe_restarts(keep),
            describe_restarts(revert)
        ));
        text
    }
}

fn describe_restarts(list: &str) -> String {
    if list.is_empty() {
        "nothing else".into()
    } else {
        format!(
            "{} (crictl stop / systemctl restart, from the node)",
            list.replace(' ', ", ")
        )
    }
}

/// Reads every member's manifest and works out what changes on its node.
pub(super) async fn make(
    sess: &Session,
    args: &SnapshotRestoreArgs,
    snap: &Snap,
    kind: Kind,
) -> Result<Plan> {
    let paths = Paths::new()?;
    let token = format!("kubectl-etcd-restore-{}", sess.ts);
    let initial_cluster = sess
        .members
        .iter()
        .flat_map(|m| {
            m.initial_advertise_peer_urls
                .iter()
                .map(move |u| format!("{}={u}", m.name))
        })
        .collect::<Vec<_>>()
        .join(",");
    let mut nodes = Vec::new();
    let prefix = match kind {
        Kind::Restore { .. } => "etcd-restore",
        Kind::RollbackCopy { .. } => "etcd-rollback",
    };
    for m in &sess.members {
        nodes.push(node_plan(sess, args, &paths, m, prefix).await?);
    }
    Ok(Plan {
        kind,
        bumped: nodes.iter().all(|p| p.tool.bump),
        nodes,
        paths,
        token,
        initial_cluster,
        revision: snap.revision,
        keys: snap.keys,
    })
}

async fn node_plan(
    sess: &Session,
    args: &SnapshotRestoreArgs,
    paths: &Paths,
    m: &Member,
    prefix: &str,
) -> Result<NodePlan> {
    let version = m.image_version().ok_or_else(|| {
        Failure::new(
            Code::Error,
            format!(
                "cannot tell the etcd version of {} from its image {}",
                m.pod, m.image
            ),
        )
        .hint("restore by hand (README, \"Restore by hand\")")
    })?;
    let tool = tool_for(version).ok_or_else(|| {
        Failure::new(
            Code::Error,
            format!(
                "{} runs etcd {version}, which kubectl-etcd cannot restore",
                m.pod
            ),
        )
    })?;
    if m.initial_advertise_peer_urls.is_empty() {
        return Err(Failure::new(
            Code::Error,
            format!("pod {} has no --initial-advertise-peer-urls", m.pod),
        )
        .hint("restore by hand with the member's peer URL")
        .into());
    }
    let old_dir = m.data_dir.on_host.clone().ok_or_else(|| {
        Failure::new(
            Code::Error,
            format!(
                "etcd's --data-dir {} is not on a hostPath volume of pod {}",
                m.data_dir.in_container.display(),
                m.pod
            ),
        )
    })?;
    let new_dir = match &args.data_dir {
        Some(d) => d.clone(),
        None => old_dir
            .parent()
            .unwrap_or(Path::new("/"))
            .join(format!("{prefix}-{}", sess.ts)),
    };
    if !new_dir.is_absolute() || new_dir.starts_with(&old_dir) || old_dir.starts_with(&new_dir) {
        return Err(Failure::new(
            Code::BadArgs,
            format!(
                "--data-dir {} must be an absolute path outside {} (and not contain it)",
                new_dir.display(),
                old_dir.display()
            ),
        )
        .into());
    }
    let original = sess
        .read(m, std::slice::from_ref(&paths.manifest))
        .await
        .with_context(|| format!("cannot read {MANIFEST} on node {}", m.node))?
        .pop()
        .unwrap_or_default();
    let original = String::from_utf8(original)
        .map_err(|_| anyhow!("{MANIFEST} on node {} is not UTF-8 text", m.node))?;
    let patched =
        manifest::patch_data_dir(&original, &new_dir.display().to_string()).map_err(|e| {
            Failure::new(
                Code::Error,
                format!("cannot change {MANIFEST} on node {}: {e}", m.node),
            )
            .hint("nothing was changed; restore by hand (README, \"Restore by hand\")")
        })?;
    if Path::new(&patched.volume.host_path) != old_dir {
        bail!(Failure::new(
            Code::Error,
            format!(
                "{MANIFEST} on node {} mounts {} as etcd's data, but pod {} runs with {}: the manifest is not the one kubelet runs",
                m.node, patched.volume.host_path, m.pod, old_dir.display()
            ),
        )
        .hint("wait for kubelet to apply the manifest (or fix it), then retry"));
    }
    Ok(NodePlan {
        member: m.clone(),
        tool,
        old_dir,
        new_dir,
        metrics: metrics_url(&original),
        original,
        patched: patched.text,
        backup: paths
            .k8s_dir
            .join(format!("etcd.yaml.kubectl-etcd-{}", sess.ts)),
    })
}

/// How long the watchdog may need after the switch before its outcome is on disk.
pub(super) fn outcome_wait(opts: &WatchdogOpts) -> Duration {
    opts.revert + Duration::from_secs(120)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tools_by_version() {
        assert_eq!(
            tool_for("3.4.23").map(|t| (t.bin, t.bump)),
            Some(("/usr/local/bin/etcdctl", false))
        );
        assert_eq!(tool_for("3.4.27").map(|t| t.bump), Some(true));
        assert_eq!(
            tool_for("3.5.9").map(|t| (t.bin, t.bump)),
            Some(("/usr/local/bin/etcdutl", false))
        );
        assert_eq!(tool_for("3.5.16").map(|t| t.bump), Some(true));
        assert_eq!(tool_for("3.6.0").map(|t| t.bump), Some(true));
        assert_eq!(tool_for("3.3.10"), None);
        assert_eq!(tool_for("x"), None);
    }

    #[test]
    fn a_rollback_copy_lands_a_bump_above_the_current_revision() {
        let plan = |kind| Plan {
            kind,
            nodes: vec![],
            paths: Paths::new().unwrap(),
            token: String::new(),
            initial_cluster: String::new(),
            bumped: true,
            revision: 40,
            keys: 10,
        };
        let restore = |current_rev| plan(Kind::Restore { current_rev }).expect_rev();
        assert_eq!(restore(None), 40 + BUMP);
        assert_eq!(restore(Some(52)), 52 + BUMP);
        // The same snapshot again after a bumped restore: above what watchers have seen.
        assert_eq!(restore(Some(40 + BUMP + 7)), 40 + BUMP + 7 + BUMP);
        let copy = |current_rev| {
            plan(Kind::RollbackCopy {
                source: "cp-0:/var/lib/etcd/member/snap/db".into(),
                current_rev,
            })
            .expect_rev()
        };
        assert_eq!(copy(1_000_000_029), 1_000_000_029 + BUMP);
        // A current revision below the old data's (never after a restore) still moves up.
        assert_eq!(copy(7), 40 + BUMP);
    }

    #[test]
    fn metrics_url_from_a_kubeadm_manifest() {
        let m = "    - --listen-client-urls=https://127.0.0.1:2379\n    - --listen-metrics-urls=http://127.0.0.1:2381\n";
        assert_eq!(metrics_url(m).as_deref(), Some("http://127.0.0.1:2381"));
        let m = "    - --listen-metrics-urls=https://10.0.0.1:2381,http://0.0.0.0:2382/\n";
        assert_eq!(metrics_url(m).as_deref(), Some("http://127.0.0.1:2382"));
        assert_eq!(
            metrics_url("    - --listen-metrics-urls=https://x:1\n"),
            None
        );
        assert_eq!(metrics_url("    - --name=x\n"), None);
    }
}
