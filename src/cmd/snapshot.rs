//! `snapshot save|status|verify` and the offline side of `get --snapshot`.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

use super::{emit, emit_doc, Ctx};
use crate::cli::{GetArgs, SnapshotCommand, SnapshotSaveArgs, SortBy, SortOrder};
use crate::exit::{Code, Failure};
use crate::output::human_duration::human_duration;
use crate::output::model::{Header, Kv, Range, SnapshotSaved};
use crate::output::progress::Transfer;
use crate::output::units::humanize_bytes;
use crate::output::{table, Format};
use crate::snapshot::open::SnapshotFile;
use crate::snapshot::write::{Dest, PartFile, Sink};
use crate::snapshot::{mvcc, verify, Db};

pub async fn run(ctx: &Ctx, cmd: SnapshotCommand) -> Result<Code> {
    match cmd {
        SnapshotCommand::Save(args) => save(ctx, args).await,
        SnapshotCommand::Status(args) => status(ctx, &args.file),
        SnapshotCommand::Verify(args) => verify_file(ctx, &args.file, args.skip_hash_check),
        SnapshotCommand::Restore(args) => super::restore::run(ctx, args).await,
        SnapshotCommand::Extract(args) => super::recover::extract(ctx, args),
        SnapshotCommand::Diff(args) => super::recover::diff(ctx, args).await,
    }
}

async fn save(ctx: &Ctx, args: SnapshotSaveArgs) -> Result<Code> {
    let target = ctx.target().await?;
    let ep = &source(&target).await?;
    let to_stdout = args.file.as_os_str() == "-";
    // Refuse an existing file before touching etcd.
    let dest = if to_stdout {
        Dest::Stdout
    } else {
        Dest::File(PartFile::create(&args.file, args.force)?)
    };
    // Ctrl-C must work even while a write to a slow disk or a full pipe blocks: a separate
    // task removes the .part and exits.
    let part_path = match &dest {
        Dest::File(p) => Some(p.part_path().to_path_buf()),
        Dest::Stdout => None,
    };
    let interrupt = tokio::spawn(async move {
        crate::interrupt::interrupted().await;
        if let Some(p) = part_path {
            let _ = std::fs::remove_file(p);
        }
        eprintln!("\nError: interrupted: no snapshot was saved");
        std::process::exit(Code::Interrupted as i32);
    });
    let failed = |e: anyhow::Error| {
        e.context(Failure::new(
            Code::SnapshotFailed,
            format!("snapshot save from {ep} failed"),
        ))
    };
    let start = Instant::now();
    let (dest, size, sha256) = stream_snapshot(&target, ep, dest).await.map_err(|e| {
        // A broken stream says nothing about what to do; a more precise cause keeps its hint.
        let hint = crate::exit::hint_for(&e).unwrap_or_else(|| {
            "no snapshot was saved (the partial file was removed); run the command again. If the stream keeps breaking through the API server's port-forward, save with --direct or --endpoints from a machine that reaches etcd".into()
        });
        e.context(
            Failure::new(Code::SnapshotFailed, format!("snapshot save from {ep} failed"))
                .hint(hint),
        )
    })?;
    let took = start.elapsed();
    let mut summary = SnapshotSaved {
        path: "-".into(),
        endpoint: ep.original.clone(),
        size,
        sha256,
        revision: None,
        total_key: None,
        hash: None,
        duration_seconds: took.as_secs_f64(),
    };
    if let Dest::File(mut p) = dest {
        p.sync().map_err(|e| failed(e.into()))?;
        // Check what is on disk, not what we meant to write, before it gets the final name.
        // (The SHA-256 already proved the bytes; this proves the database is readable.)
        let status = {
            let file = SnapshotFile::open(p.part_path()).map_err(|e| failed(e.into()))?;
            let db = Db::open(file.bytes()).map_err(|e| failed(e.into()))?;
            crate::snapshot::status(&db).map_err(|e| failed(e.into()))?
        };
        summary.path = p
            .commit()
            .map_err(|e| failed(e.into()))?
            .display()
            .to_string();
        summary.revision = Some(status.revision);
        summary.total_key = Some(status.total_key);
        summary.hash = Some(status.hash);
    }
    interrupt.abort();
    if matches!(ctx.format(), Format::Json | Format::Yaml) && !to_stdout {
        emit_doc(ctx, &summary)?;
        return Ok(Code::Success);
    }
    let mut line = format!(
        "Snapshot saved at {} ({}, sha256 {}",
        summary.path,
        humanize_bytes(size),
        &summary.sha256[..12]
    );
    if let (Some(rev), Some(keys), Some(hash)) = (summary.revision, summary.total_key, summary.hash)
    {
        line.push_str(&format!(", revision {rev}, {keys} keys, hash {hash:x}"));
    }
    line.push_str(&format!(", took {})\n", human_duration(took)));
    if to_stdout {
        eprint!("{line}");
    } else {
        emit(line)?;
    }
    Ok(Code::Success)
}

/// The member to snapshot: the only endpoint; in cluster mode with several members, a
/// healthy one with the highest raft index (the most up to date).
async fn source(target: &crate::etcd::Target) -> Result<crate::etcd::Endpoint> {
    match target.endpoints.as_slice() {
        [ep] => return Ok(ep.clone()),
        _ if target.cluster_mode => {}
        eps => {
            return Err(Failure::new(
                Code::BadArgs,
                format!("a snapshot must come from one member, not {} endpoints", eps.len()),
            )
            .hint("pass a single --endpoints URL (the healthiest member, see `kubectl etcd endpoint status`)")
            .into())
        }
    }
    let mut best: Option<(u64, &crate::etcd::Endpoint)> = None;
    for ep in &target.endpoints {
        match super::endpoint::endpoint_status(target, ep).await {
            Ok(s) if s.errors.is_empty() && best.is_none_or(|(index, _)| s.raft_index > index) => {
                best = Some((s.raft_index, ep))
            }
            Ok(s) if !s.errors.is_empty() => {
                eprintln!("skipping member {ep}: {}", s.errors.join(", "))
            }
            Ok(_) => {}
            Err(e) => eprintln!("skipping member {ep}: {e:#}"),
        }
    }
    let (index, ep) = best.ok_or_else(|| {
        Failure::new(Code::SnapshotFailed, "no etcd member answered")
            .hint("check `kubectl etcd status`; pick one with --member")
    })?;
    eprintln!("Saving from member {ep} (raft index {index}, the most up to date); pick another with --member");
    Ok(ep.clone())
}

/// Streams Maintenance.Snapshot into `dest`, checking etcd's SHA-256 trailer.
async fn stream_snapshot(
    target: &crate::etcd::Target,
    ep: &crate::etcd::Endpoint,
    dest: Dest,
) -> Result<(Dest, u64, String)> {
    let mut client = target.client_for(ep).await?;
    // No --command-timeout unless given: a large database takes as long as it takes.
    let opened = match target.command_timeout {
        Some(limit) => tokio::time::timeout(limit, client.snapshot())
            .await
            .map_err(|_| crate::etcd::RequestError::Timeout(limit))?,
        None => client.snapshot().await,
    };
    let mut stream = opened.map_err(crate::etcd::RequestError::from)?;
    let progress = Transfer::new("snapshot");
    let sink = Sink::spawn(dest);
    let mut received = 0u64;
    let streamed = loop {
        match stream.message().await {
            Ok(Some(msg)) => {
                received += msg.blob().len() as u64;
                if !sink.send(msg.blob().to_vec()) {
                    break Ok(()); // the writer failed: finish() reports why
                }
                progress.update(received, received + msg.remaining_bytes());
            }
            Ok(None) => break Ok(()),
            Err(e) => break Err(crate::etcd::RequestError::from(e)),
        }
    };
    progress.finish();
    // Always join the writer, so its .part is removed before we return an error.
    let written = sink.finish();
    streamed?;
    Ok(written?)
}

fn status(ctx: &Ctx, path: &Path) -> Result<Code> {
    let file = SnapshotFile::open(path)?;
    let db = Db::open(file.bytes())
        .with_context(|| format!("{} is not a readable snapshot", path.display()))?;
    let status = crate::snapshot::status(&db).map_err(|e| {
        anyhow::Error::new(e).context(
            Failure::new(Code::Error, format!("snapshot file integrity check failed: {}", path.display()))
                .hint("run `kubectl etcd snapshot verify` on it for the details; take a new snapshot if you can"),
        )
    })?;
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &status)?,
        Format::Simple => emit(format!("{}\n", status.simple_line()))?,
        Format::Table => {
            let mut headers = vec!["HASH", "REVISION", "TOTAL KEYS", "TOTAL SIZE"];
            let mut row = vec![
                format!("{:x}", status.hash),
                status.revision.to_string(),
                status.total_key.to_string(),
                humanize_bytes(status.total_size),
            ];
            if let Some(v) = &status.version {
                headers.push("VERSION");
                row.push(v.clone());
            }
            emit(table::render(&headers, &[row]))?;
        }
    }
    Ok(Code::Success)
}

fn verify_file(ctx: &Ctx, path: &Path, skip_hash_check: bool) -> Result<Code> {
    let file = SnapshotFile::open(path)?;
    let report = verify::verify(file.bytes(), skip_hash_check).map_err(|e| {
        let hint = match e {
            verify::VerifyError::MissingTrailer { .. } => "a raw member/snap/db copy has no trailer: pass --skip-hash-check",
            _ => "this file cannot be trusted for a restore: take a new snapshot, or use an older backup",
        };
        anyhow::Error::new(e).context(Failure::new(Code::Error, format!("{} is not a valid snapshot", path.display())).hint(hint))
    })?;
    if matches!(ctx.format(), Format::Json | Format::Yaml) {
        emit_doc(ctx, &report)?;
        return Ok(Code::Success);
    }
    let hash = match &report.hash {
        verify::HashCheck::Verified { sha256 } => {
            format!("SHA-256 {} matches the trailer", &sha256[..16])
        }
        verify::HashCheck::Skipped {
            trailer_present: true,
        } => "SHA-256 trailer present, not checked (--skip-hash-check)".into(),
        verify::HashCheck::Skipped {
            trailer_present: false,
        } => "no SHA-256 trailer (--skip-hash-check)".into(),
    };
    emit(format!(
        "{}: OK\n  {hash}\n  bbolt: {} pages of {} bytes, {} reachable, {} buckets, tree depth {}\n  etcd: revision {}, compacted at {}, {} revisions ({} deletions), {} live keys\n",
        path.display(),
        report.bolt.pages,
        report.page_size,
        report.bolt.reachable_pages,
        report.buckets.len(),
        report.bolt.max_depth,
        report.revisions.current,
        report.revisions.compacted,
        report.key_bucket.entries,
        report.key_bucket.tombstones,
        report.key_bucket.live_keys,
    ))?;
    Ok(Code::Success)
}

/// `get --snapshot`: the same answer etcd would give after restoring the file.
pub fn offline_range(path: &Path, key: &[u8], end: &[u8], args: &GetArgs) -> Result<Range> {
    let file = SnapshotFile::open(path)?;
    let db = Db::open(file.bytes())
        .with_context(|| format!("{} is not a readable snapshot", path.display()))?;
    let fetch = match (args.count_only, args.keys_only) {
        (true, _) => mvcc::Fetch::CountOnly,
        (false, true) => mvcc::Fetch::KeysOnly,
        (false, false) => mvcc::Fetch::All,
    };
    let result = mvcc::range_with(&db, key, end, args.rev, fetch).map_err(|e| {
        let failure = match &e {
            mvcc::MvccError::Compacted { .. } => Failure::new(Code::Error, "the snapshot no longer has that revision")
                .hint("the snapshot was compacted past --rev; omit --rev for the state at the snapshot's revision"),
            mvcc::MvccError::FutureRevision { .. } => Failure::new(Code::Error, "the snapshot ends before that revision")
                .hint("omit --rev for the latest state in the snapshot"),
            _ => Failure::new(Code::Error, format!("cannot read {}", path.display()))
                .hint("run `kubectl etcd snapshot verify` on it for the details"),
        };
        anyhow::Error::new(e).context(failure)
    })?;
    let mut kvs: Vec<Kv> = result
        .kvs
        .into_iter()
        .map(|kv| Kv {
            key: kv.key,
            create_revision: kv.create_revision,
            mod_revision: kv.mod_revision,
            version: kv.version,
            value: kv.value,
            lease: kv.lease,
        })
        .collect();
    let count = result.count as i64;
    sort(&mut kvs, args.sort_by, args.order);
    // As etcd: sort the whole range, then cut at --limit.
    let more = args.limit > 0 && count > args.limit;
    if more {
        kvs.truncate(args.limit as usize);
    }
    Ok(Range {
        // The snapshot holds no cluster or member ID and no raft term: only the revision.
        header: Some(Header {
            revision: result.revisions.current,
            ..Header::default()
        }),
        kvs,
        more,
        count,
    })
}

/// etcd's server-side ordering: by the target, ties by key; `--order` alone sorts keys.
fn sort(kvs: &mut [Kv], by: Option<SortBy>, order: Option<SortOrder>) {
    if by.is_none() && order.is_none() {
        return;
    }
    kvs.sort_by(|a, b| {
        let primary = match by.unwrap_or(SortBy::Key) {
            SortBy::Key => a.key.cmp(&b.key),
            SortBy::Create => a.create_revision.cmp(&b.create_revision),
            SortBy::Modify => a.mod_revision.cmp(&b.mod_revision),
            SortBy::Value => a.value.cmp(&b.value),
            SortBy::Version => a.version.cmp(&b.version),
        };
        primary.then_with(|| a.key.cmp(&b.key))
    });
    if order == Some(SortOrder::Descend) {
        kvs.reverse();
    }
}
