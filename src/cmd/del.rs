//! `del`: delete a key or a range.

use anyhow::Result;
use etcd_client::DeleteOptions;

use super::{emit, emit_doc, put::endpoints, unsupported, Ctx};
use crate::cli::DelArgs;
use crate::confirm::confirm;
use crate::etcd::keyrange;
use crate::exit::Code;
use crate::output::model::{Delete, Header, Kv};
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, args: DelArgs) -> Result<Code> {
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, "del", "-w simple or -w json"));
    }
    let (key, end) = keyrange::range(
        args.key.as_bytes(),
        args.range_end.as_deref().map(str::as_bytes),
        args.prefix,
        args.from_key,
    );
    let mut opts = DeleteOptions::new();
    if !end.is_empty() {
        opts = opts.with_range(end);
    }
    if args.prev_kv {
        opts = opts.with_prev_key();
    }
    let target = ctx.target().await?;
    let what = if args.prefix || args.from_key || args.range_end.is_some() {
        "every key in range"
    } else {
        "key"
    };
    confirm(
        &format!(
            "Delete {what} {:?} from etcd at {}?",
            args.key,
            endpoints(&target)
        ),
        ctx.global.yes,
    )?;
    let mut client = target.client().await?;
    let resp = target
        .request("delete", client.delete(key, Some(opts)))
        .await?;
    let out = Delete {
        header: Header::from(resp.header()),
        deleted: resp.deleted(),
        prev_kvs: resp.prev_kvs().iter().map(Kv::from).collect(),
    };
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &out)?,
        Format::Fields => emit(crate::output::fields::delete(&out))?,
        _ => emit(render::delete(&out))?,
    }
    Ok(Code::Success)
}
