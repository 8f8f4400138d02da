//! `backup run`: what the schedule's pod executes. Saves from the member named by
//! `--endpoints` to the destination folder, prunes, and leaves a one-line result in the
//! termination log, which Kubernetes shows as the container's termination message and
//! `backup status` reports: JSON on success, the error (with its cause) on failure.

use anyhow::Result;

use super::{keep_policy, Ctx};
use crate::cli::{SnapshotPruneArgs, SnapshotSaveArgs};
use crate::cli_backup::BackupRunArgs;
use crate::exit::Code;

pub async fn run(ctx: &Ctx, args: BackupRunArgs) -> Result<Code> {
    let log = args.termination_log.clone();
    match save_and_prune(ctx, args).await {
        Ok(line) => {
            write_log(&log, &line);
            Ok(Code::Success)
        }
        Err(e) => {
            write_log(&log, &one_line(&e));
            Err(e)
        }
    }
}

async fn save_and_prune(ctx: &Ctx, args: BackupRunArgs) -> Result<String> {
    let mut to = args.to.clone();
    if !to.ends_with('/') {
        to.push('/');
    }
    let save = SnapshotSaveArgs {
        file: to.clone().into(),
        force: false,
        compress: args.compress,
        encrypt_to: args.encrypt_to.clone(),
        recipients_file: vec![],
        name: Some(args.cluster_name.clone()),
    };
    crate::cmd::snapshot_save::save(ctx, save).await?;
    let policy = keep_policy(&args.keep);
    let prune = SnapshotPruneArgs {
        location: to.clone(),
        keep_last: policy.last,
        keep_hourly: policy.hourly,
        keep_daily: policy.daily,
        keep_weekly: policy.weekly,
        keep_monthly: policy.monthly,
    };
    // The job has no terminal to confirm on: its schedule is the confirmation.
    let mut global = ctx.global.clone();
    global.yes = true;
    let prune_ctx = Ctx { global };
    crate::cmd::snapshot_catalog::prune(&prune_ctx, prune).await?;
    let loc = crate::storage::location::parse(&to)?;
    let newest = crate::storage::catalog::list(&loc)
        .await?
        .into_iter()
        .next();
    let line = match newest {
        Some(e) => {
            serde_json::json!({"saved": e.url, "time": e.time_rfc3339, "revision": e.revision, "size": e.size})
        }
        None => serde_json::json!({"saved": null}),
    };
    Ok(line.to_string())
}

/// The error and its causes on one line (a termination message is at most 4096 bytes; the
/// cause, e.g. "certificate expired" or "InvalidAccessKeyId", is what matters).
pub fn one_line(e: &anyhow::Error) -> String {
    let mut s = format!("{e:#}").replace(['\n', '\r'], " ");
    if let Some(h) = crate::exit::hint_for(e) {
        s.push_str(" (hint: ");
        s.push_str(&h.replace('\n', " "));
        s.push(')');
    }
    if s.len() > 2000 {
        let mut cut = 2000;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push('…');
    }
    s
}

fn write_log(path: &std::path::Path, line: &str) {
    // Outside a pod the file may not exist or be writable: the result is on stdout/stderr too.
    if let Err(e) = std::fs::write(path, format!("{line}\n")) {
        if path.parent().is_some_and(|p| p.exists()) {
            eprintln!("cannot write the termination log {}: {e}", path.display());
        }
    }
}
