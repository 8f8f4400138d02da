//! `snapshot list` and `snapshot prune`: the backups under a folder or URL prefix, and
//! grandfather-father-son retention over them (a plan first; deletion only with --yes).

use anyhow::Result;

use super::{emit, emit_doc, Ctx};
use crate::cli::{SnapshotListArgs, SnapshotPruneArgs};
use crate::exit::{Code, Failure};
use crate::output::units::humanize_bytes;
use crate::output::{table, Format};
use crate::storage::catalog::{self, Entry, Policy};
use crate::storage::location::{self, Location};

fn folder(s: &str) -> Result<Location> {
    let loc = location::parse(s)
        .map_err(|e| e.context(Failure::new(Code::BadArgs, format!("invalid location {s}"))))?;
    Ok(match loc {
        // A prefix is a folder whether or not the user typed the trailing /.
        Location::Remote(mut r) => {
            r.dir = true;
            Location::Remote(r)
        }
        local => local,
    })
}

fn flags(e: &Entry) -> &'static str {
    match (e.compressed, e.encrypted) {
        (true, true) => "zstd+age",
        (true, false) => "zstd",
        (false, true) => "age",
        (false, false) => "-",
    }
}

fn row(e: &Entry) -> Vec<String> {
    vec![
        e.name.clone(),
        e.time_rfc3339.clone(),
        e.revision
            .map(|r| r.to_string())
            .unwrap_or_else(|| "-".into()),
        humanize_bytes(e.size),
        flags(e).into(),
    ]
}

const HEADERS: [&str; 5] = ["NAME", "TIME", "REVISION", "SIZE", "ENCODING"];

pub async fn list(ctx: &Ctx, args: SnapshotListArgs) -> Result<Code> {
    let loc = folder(&args.location)?;
    let entries = catalog::list(&loc).await?;
    match ctx.format() {
        Format::Json | Format::Yaml => {
            emit_doc(ctx, &serde_json::json!({ "backups": entries }))?;
        }
        Format::Table => emit(table::render_left(
            &HEADERS,
            &entries.iter().map(row).collect::<Vec<_>>(),
        ))?,
        Format::Simple => {
            let mut out = String::new();
            for e in &entries {
                out.push_str(&row(e).join(", "));
                out.push('\n');
            }
            emit(out)?;
        }
        // cmd::run refuses -w fields here before anything is listed (etcdctl has no such
        // command to copy a fields format from).
        Format::Fields => {
            return Err(super::unsupported(
                ctx,
                "snapshot list",
                "-w simple, table or json",
            ))
        }
    }
    if entries.is_empty() {
        eprintln!(
            "No backups in {} (names ending in .db, .db.zst, .db.age or .db.zst.age)",
            args.location
        );
    }
    Ok(Code::Success)
}

pub async fn prune(ctx: &Ctx, args: SnapshotPruneArgs) -> Result<Code> {
    let policy = Policy {
        last: args.keep_last,
        hourly: args.keep_hourly,
        daily: args.keep_daily,
        weekly: args.keep_weekly,
        monthly: args.keep_monthly,
    };
    if policy.is_empty() {
        return Err(Failure::new(Code::BadArgs, "say what to keep")
            .hint("e.g. --keep-last 3 --keep-daily 7 --keep-weekly 4 --keep-monthly 6")
            .into());
    }
    let loc = folder(&args.location)?;
    let entries = catalog::list(&loc).await?;
    let reasons = catalog::retention(&entries, &policy);
    let doomed: Vec<&Entry> = entries
        .iter()
        .zip(&reasons)
        .filter(|(_, r)| r.is_empty())
        .map(|(e, _)| e)
        .collect();
    let apply = ctx.global.yes;
    if matches!(ctx.format(), Format::Json | Format::Yaml) {
        let plan: Vec<_> = entries
            .iter()
            .zip(&reasons)
            .map(|(e, r)| serde_json::json!({ "name": e.name, "url": e.url, "time": e.time_rfc3339, "keep": !r.is_empty(), "reasons": r }))
            .collect();
        emit_doc(
            ctx,
            &serde_json::json!({ "applied": apply, "backups": plan }),
        )?;
    } else {
        let rows: Vec<Vec<String>> = entries
            .iter()
            .zip(&reasons)
            .map(|(e, r)| {
                let mut row = row(e);
                row.push(if r.is_empty() {
                    "delete".into()
                } else {
                    format!("keep ({})", r.join(", "))
                });
                row
            })
            .collect();
        let mut headers = HEADERS.to_vec();
        headers.push("ACTION");
        emit(table::render_left(&headers, &rows))?;
    }
    if !apply {
        eprintln!(
            "Dry run: {} of {} backups would be deleted. Run again with --yes to delete them.",
            doomed.len(),
            entries.len()
        );
        return Ok(Code::Success);
    }
    for e in &doomed {
        catalog::delete(&loc, e).await.map_err(|err| {
            err.context(Failure::new(Code::Error, format!("prune stopped at {}", e.url)).hint(
                "backups before it in the plan were deleted, the rest are untouched; fix the cause and run prune again",
            ))
        })?;
        eprintln!("deleted {}", e.url);
    }
    eprintln!("Pruned {} of {} backups.", doomed.len(), entries.len());
    Ok(Code::Success)
}
