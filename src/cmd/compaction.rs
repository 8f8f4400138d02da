//! `compaction`: drop history older than a revision.

use anyhow::Result;
use etcd_client::CompactionOptions;

use super::{emit, emit_doc, put::endpoints, unsupported, Ctx};
use crate::cli::CompactionArgs;
use crate::confirm::confirm;
use crate::exit::Code;
use crate::output::model::{Header, HeaderOnly};
use crate::output::Format;

pub async fn run(ctx: &Ctx, args: CompactionArgs) -> Result<Code> {
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, "compaction", "-w simple or -w json"));
    }
    let target = ctx.target().await?;
    confirm(
        &format!(
            "Compact etcd at {} up to revision {} (older revisions become unreadable)?",
            endpoints(&target),
            args.revision
        ),
        ctx.global.yes,
    )?;
    let mut opts = CompactionOptions::new();
    if args.physical {
        opts = opts.with_physical();
    }
    let mut client = target.client().await?;
    let resp = target
        .request("compaction", client.compact(args.revision, Some(opts)))
        .await?;
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(
            ctx,
            &HeaderOnly {
                header: Header::from(resp.header()),
            },
        )?,
        _ => emit(format!("compacted revision {}\n", args.revision))?,
    }
    Ok(Code::Success)
}
