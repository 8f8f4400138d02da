//! `snapshot save|status|verify` and the offline side of `get --snapshot`.

use std::path::Path;

use anyhow::{Context, Result};

use super::{emit, emit_doc, Ctx};
use crate::cli::{GetArgs, SnapshotCommand, SortBy, SortOrder};
use crate::exit::{Code, Failure};
use crate::output::model::{Header, Kv, Range};
use crate::output::units::humanize_bytes;
use crate::output::{table, Format};
use crate::snapshot::{mvcc, verify, Db};

pub async fn run(ctx: &Ctx, cmd: SnapshotCommand) -> Result<Code> {
    match cmd {
        SnapshotCommand::Save(args) => super::snapshot_save::save(ctx, args).await,
        SnapshotCommand::Status(args) => status(ctx, &args.file),
        SnapshotCommand::Verify(args) => verify_file(ctx, &args.file, args.skip_hash_check),
        SnapshotCommand::Restore(args) => super::restore::run(ctx, args).await,
        SnapshotCommand::Extract(args) => super::recover::extract(ctx, args),
        SnapshotCommand::Diff(args) => super::recover::diff(ctx, args).await,
        SnapshotCommand::List(args) => super::snapshot_catalog::list(ctx, args).await,
        SnapshotCommand::Prune(args) => super::snapshot_catalog::prune(ctx, args).await,
    }
}

fn status(ctx: &Ctx, path: &Path) -> Result<Code> {
    let file = super::snapshot_source::open(path)?;
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
        // etcdctl 3.4 and etcdutl 3.5 print these four, the version never.
        Format::Fields => emit(format!(
            "\"Hash\" : {}\n\"Revision\" : {}\n\"Keys\" : {}\n\"Size\" : {}\n",
            status.hash, status.revision, status.total_key, status.total_size
        ))?,
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
    let file = super::snapshot_source::open(path)?;
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
    let file = super::snapshot_source::open(path)?;
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
