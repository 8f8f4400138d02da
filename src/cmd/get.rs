//! `get`: a key or range, online or from a snapshot file (`--snapshot`).

use anyhow::{Context, Result};
use etcd_client::{GetOptions, SortOrder as EtcdOrder, SortTarget};

use super::{emit, emit_json, unsupported, Ctx};
use crate::cli::{GetArgs, SortBy, SortOrder};
use crate::etcd::keyrange;
use crate::exit::{Code, Failure};
use crate::output::model::{Header, Kv, Range};
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, args: GetArgs) -> Result<Code> {
    if args.print_value_only && ctx.format() != Format::Simple {
        return Err(Failure::new(
            Code::BadArgs,
            "--print-value-only is only for simple output",
        )
        .into());
    }
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, "get", "-w simple or -w json"));
    }
    let (key, end) = keyrange::range(
        args.key.as_bytes(),
        args.range_end.as_deref().map(str::as_bytes),
        args.prefix,
        args.from_key,
    );
    let result = match &args.snapshot {
        Some(path) => super::snapshot::offline_range(path, &key, &end, &args)?,
        None => online(ctx, &args, key, end).await?,
    };
    print(ctx, &args, &result)?;
    Ok(Code::Success)
}

async fn online(ctx: &Ctx, args: &GetArgs, key: Vec<u8>, end: Vec<u8>) -> Result<Range> {
    let target = ctx.target().await?;
    let mut opts = GetOptions::new()
        .with_revision(args.rev)
        .with_limit(args.limit);
    if !end.is_empty() {
        opts = opts.with_range(end);
    }
    if args.keys_only {
        opts = opts.with_keys_only();
    }
    if args.count_only {
        opts = opts.with_count_only();
    }
    if args.sort_by.is_some() || args.order.is_some() {
        opts = opts.with_sort(sort_target(args.sort_by), sort_order(args.order));
    }
    let mut client = target.client().await?;
    let resp = target.request("get", client.get(key, Some(opts))).await?;
    Ok(Range {
        header: Header::from(resp.header()),
        kvs: resp.kvs().iter().map(Kv::from).collect(),
        more: resp.more(),
        count: resp.count(),
    })
}

/// etcdctl sorts by key when only `--order` is given, and leaves the order to the server
/// when only `--sort-by` is given.
fn sort_target(by: Option<SortBy>) -> SortTarget {
    match by {
        None | Some(SortBy::Key) => SortTarget::Key,
        Some(SortBy::Create) => SortTarget::Create,
        Some(SortBy::Modify) => SortTarget::Mod,
        Some(SortBy::Value) => SortTarget::Value,
        Some(SortBy::Version) => SortTarget::Version,
    }
}

fn sort_order(order: Option<SortOrder>) -> EtcdOrder {
    match order {
        None => EtcdOrder::None,
        Some(SortOrder::Ascend) => EtcdOrder::Ascend,
        Some(SortOrder::Descend) => EtcdOrder::Descend,
    }
}

fn print(ctx: &Ctx, args: &GetArgs, r: &Range) -> Result<()> {
    match ctx.format() {
        Format::Json => emit_json(r),
        // etcdctl needs `-w fields` for a count; plain text is friendlier and unambiguous.
        Format::Simple if args.count_only => emit(format!("{}\n", r.count)),
        Format::Simple => emit(render::range(r, args.print_value_only)),
        Format::Table => Err(unsupported(ctx, "get", "-w simple or -w json")),
    }
    .context("cannot write the output")
}
