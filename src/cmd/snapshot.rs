//! `snapshot save|status|verify` and the offline side of `get --snapshot`.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

use super::{emit, emit_json, Ctx};
use crate::cli::{GetArgs, SnapshotCommand, SnapshotSaveArgs};
use crate::exit::{Code, Failure};
use crate::output::model::{Range, SnapshotSaved};
use crate::output::progress::Transfer;
use crate::output::units::{go_duration, humanize_bytes};
use crate::output::Format;
use crate::snapshot::write::{PartFile, TrailerHasher};

pub async fn run(ctx: &Ctx, cmd: SnapshotCommand) -> Result<Code> {
    match cmd {
        SnapshotCommand::Save(args) => save(ctx, args).await,
        SnapshotCommand::Status(args) => status(ctx, &args.file),
        SnapshotCommand::Verify(args) => verify(ctx, &args.file, args.skip_hash_check),
    }
}

async fn save(ctx: &Ctx, args: SnapshotSaveArgs) -> Result<Code> {
    let target = ctx.target()?;
    let [ep] = target.endpoints.as_slice() else {
        return Err(Failure::new(
            Code::BadArgs,
            format!("a snapshot must come from one member, not {} endpoints", target.endpoints.len()),
        )
        .hint("pass a single --endpoints URL (the healthiest member, see `kubectl etcd endpoint status`)")
        .into());
    };
    let to_stdout = args.file.as_os_str() == "-";
    // Refuse an existing file before touching etcd.
    let mut part = if to_stdout {
        None
    } else {
        Some(PartFile::create(&args.file, args.force)?)
    };
    let start = Instant::now();
    let mut client = target.client_for(ep).await?;
    let progress = Transfer::new("snapshot");
    let mut hasher = TrailerHasher::default();
    let fail = |e: anyhow::Error| {
        e.context(Failure::new(
            Code::SnapshotFailed,
            format!("snapshot save from {ep} failed"),
        ))
    };

    let opened = match target.command_timeout {
        Some(limit) => tokio::time::timeout(limit, client.snapshot())
            .await
            .map_err(|_| anyhow::anyhow!("timed out"))?,
        None => client.snapshot().await,
    };
    let mut stream = opened.map_err(|e| fail(crate::etcd::RequestError::from(e).into()))?;
    let mut stdout = std::io::stdout().lock();
    loop {
        let msg = tokio::select! {
            _ = tokio::signal::ctrl_c() => {
                progress.finish();
                return Err(Failure::new(Code::Interrupted, "interrupted: no snapshot was saved").into());
            }
            msg = stream.message() => msg,
        };
        let Some(msg) = msg.map_err(|e| fail(crate::etcd::RequestError::from(e).into()))? else {
            break;
        };
        let blob = msg.blob();
        hasher.update(blob);
        match part.as_mut() {
            Some(p) => p.write(blob).map_err(|e| fail(e.into()))?,
            None => stdout
                .write_all(blob)
                .context("cannot write to stdout")
                .map_err(fail)?,
        }
        progress.update(hasher.total(), hasher.total() + msg.remaining_bytes());
    }
    progress.finish();
    let size = hasher.total();
    let sha256 = hasher.finish().map_err(|e| fail(e.into()))?;
    let path = match part {
        Some(p) => p
            .commit()
            .map_err(|e| fail(e.into()))?
            .display()
            .to_string(),
        None => {
            stdout.flush().context("cannot write to stdout")?;
            "-".to_string()
        }
    };
    let took = start.elapsed();
    let summary = SnapshotSaved {
        path: path.clone(),
        endpoint: ep.original.clone(),
        size,
        sha256,
        duration_seconds: took.as_secs_f64(),
    };
    if ctx.format() == Format::Json && !to_stdout {
        return emit_json(&summary).map(|_| Code::Success);
    }
    let line = format!(
        "Snapshot saved at {path} ({}, sha256 {}, took {})\n",
        humanize_bytes(size),
        &summary.sha256[..12],
        go_duration(took)
    );
    if to_stdout {
        eprint!("{line}");
        Ok(Code::Success)
    } else {
        emit(line).map(|_| Code::Success)
    }
}

fn status(_ctx: &Ctx, _file: &Path) -> Result<Code> {
    Err(Failure::new(Code::Error, "snapshot status: not wired yet").into())
}

fn verify(_ctx: &Ctx, _file: &Path, _skip: bool) -> Result<Code> {
    Err(Failure::new(Code::Error, "snapshot verify: not wired yet").into())
}

pub fn offline_range(_file: &Path, _key: &[u8], _end: &[u8], _args: &GetArgs) -> Result<Range> {
    Err(Failure::new(Code::Error, "get --snapshot: not wired yet").into())
}
