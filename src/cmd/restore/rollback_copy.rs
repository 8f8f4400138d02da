//! `--rollback` without going backwards. Putting the pre-restore data dir back as it is would
//! serve revisions below the ones the API servers and kubelets have seen (their watches stay
//! silent until restarted). Where every member's etcd image can `--bump-revision`, the
//! rollback instead re-creates that data from the old member's database, bumped above the
//! revision the cluster serves now, in a new directory, and switches to it through the
//! restore's own steps (prepare, switch, confirm). The old directory is only read; the
//! manifest backed up by this run points at the current data, so this undo can be undone.
//!
//! Every member must start from the same data (a `snapshot restore` makes members whose raft
//! logs begin at the same index): of the members' old databases, the one with the highest
//! revision (the most complete at the moment the restore stopped them) is used for all.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, Result};

use super::plan::{self, Kind};
use super::session::Session;
use super::switch::Switch;
use super::{say, show_and_ask, switch_to, OLD};
use crate::cli::SnapshotRestoreArgs;
use crate::cluster::node::{Mount, PodRequest};
use crate::exit::{Code, Failure};
use crate::manifest;

/// The revision the cluster serves now (`current_rev`, from [`super::confirm::serving`]), when
/// every member's image can bump revisions (the case this module handles); `Err` when the old
/// path must be taken, with the reason.
pub(super) fn applies(sess: &Session, current_rev: Option<i64>) -> Result<i64, String> {
    for m in &sess.members {
        let version = m.image_version().unwrap_or("unknown");
        if !plan::tool_for(version).is_some_and(|t| t.bump) {
            return Err(format!(
                "etcd {version} ({}) cannot --bump-revision",
                m.image
            ));
        }
    }
    current_rev
        .ok_or_else(|| "the current revision cannot be read (etcd does not answer)".to_string())
}

/// The old data dir a backed-up manifest runs etcd from.
fn old_dir(s: &Switch) -> Result<PathBuf> {
    let patched = manifest::patch_data_dir(&s.after, "/").map_err(|e| {
        anyhow!(
            "cannot read etcd's data dir from {}: {e}",
            s.backup.display()
        )
    })?;
    Ok(PathBuf::from(patched.volume.host_path))
}

/// Reads every node's old database (read-only) and keeps the one with the highest revision in
/// a private temporary file. Returns the file, its directory (removed on drop) and where it
/// came from.
async fn fetch(
    sess: &Session,
    switches: &[Switch],
) -> Result<(PathBuf, tempfile::TempDir, String)> {
    let mut best: Option<(i64, Vec<u8>, String)> = None;
    for s in switches {
        let dir = old_dir(s)?;
        let req = PodRequest::sleeper(
            "rollback-fetch",
            sess.helper_image(),
            vec![Mount::ro(&dir, OLD)],
            Duration::from_secs(600),
        );
        let name = s.pods.create(&req).await?;
        let read = async {
            s.pods.wait_running(&name).await?;
            s.pods.sh(&name, r#"cat "$1/member/snap/db""#, &[OLD]).await
        }
        .await;
        let _ = s.pods.delete(&name).await;
        let source = format!("{}:{}/member/snap/db", s.member.node, dir.display());
        // Every member starts from the one chosen database: one that cannot be read is only
        // a warning while another can.
        let db = match read {
            Ok(out) => out.stdout,
            Err(e) => {
                say(format!("  warning: cannot read {source}: {e:#}"));
                continue;
            }
        };
        let rev = match crate::snapshot::verify(&db, true) {
            Ok(report) => report.status.revision,
            Err(e) => {
                say(format!(
                    "  warning: {source} is not a usable etcd database: {e}"
                ));
                continue;
            }
        };
        say(format!(
            "  {}: pre-restore database {} at revision {rev}",
            s.member.node,
            dir.display()
        ));
        if best.as_ref().is_none_or(|(r, _, _)| rev > *r) {
            best = Some((rev, db, source));
        }
    }
    let (_, db, source) = best.ok_or_else(|| {
        Failure::new(
            Code::Error,
            "no node has a readable pre-restore database: nothing was changed",
        )
        .hint("see the warnings above; the backed-up manifests name the old data dirs")
    })?;
    let (path, tmp) = crate::cmd::snapshot_source::private_copy(&mut db.as_slice())?;
    Ok((path, tmp, source))
}

/// The bumped rollback: fetch, plan, ask, then the restore's steps.
pub(super) async fn run(
    ctx: &super::Ctx,
    sess: &Session,
    args: &SnapshotRestoreArgs,
    switches: &[Switch],
    current_rev: i64,
    old_cluster: Option<u64>,
) -> Result<Code> {
    let (file, _tmp, source) = fetch(sess, switches).await?;
    let snap = plan::check_file(&file, &source, true)?;
    let kind = Kind::RollbackCopy {
        source,
        current_rev,
    };
    let plan = plan::make(sess, args, &snap, kind).await?;
    if !show_and_ask(
        ctx,
        &plan,
        args,
        "Roll back to a bumped copy of the pre-restore data?",
    )? {
        return Ok(Code::Success);
    }
    let result = switch_to(sess, &plan, &file, &snap, args, old_cluster).await;
    // The pre-restore data holds the pods of the restore being undone (created before its
    // switch): they are back now.
    super::rollback::remove_stale_pods(sess).await;
    result
}
