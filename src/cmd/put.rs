//! `put`: write one key (value from the argument or stdin).

use std::io::Read;

use anyhow::{Context, Result};
use etcd_client::PutOptions;

use super::{emit, emit_doc, unsupported, Ctx};
use crate::cli::PutArgs;
use crate::confirm::confirm;
use crate::exit::{Code, Failure};
use crate::output::model::{Header, Kv, Put};
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, args: PutArgs) -> Result<Code> {
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, "put", "-w simple or -w json"));
    }
    let value = match (&args.value, args.ignore_value) {
        (Some(_), true) => {
            return Err(Failure::new(
                Code::BadArgs,
                "value is given, but --ignore-value keeps the current one",
            )
            .into())
        }
        (Some(v), false) => v.clone().into_bytes(),
        (None, true) => Vec::new(),
        (None, false) => {
            let mut v = Vec::new();
            std::io::stdin()
                .read_to_end(&mut v)
                .context("cannot read the value from stdin")?;
            v
        }
    };
    let mut opts = PutOptions::new();
    if let Some(lease) = &args.lease {
        let id = i64::from_str_radix(lease.trim_start_matches("0x"), 16).map_err(|_| {
            Failure::new(
                Code::BadArgs,
                format!("bad lease ID {lease:?}, expecting ID in Hex"),
            )
        })?;
        opts = opts.with_lease(id);
    }
    if args.prev_kv {
        opts = opts.with_prev_key();
    }
    if args.ignore_value {
        opts = opts.with_ignore_value();
    }
    if args.ignore_lease {
        opts = opts.with_ignore_lease();
    }
    let target = ctx.target().await?;
    confirm(
        &format!(
            "Write key {:?} to etcd at {}?",
            args.key,
            endpoints(&target)
        ),
        ctx.global.yes,
    )?;
    let mut client = target.client().await?;
    let resp = target
        .request("put", client.put(args.key.as_bytes(), value, Some(opts)))
        .await?;
    let out = Put {
        header: Header::from(resp.header()),
        prev_kv: resp.prev_key().map(Kv::from),
    };
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &out)?,
        Format::Fields => emit(crate::output::fields::put(&out))?,
        _ => emit(render::put(&out))?,
    }
    Ok(Code::Success)
}

pub(super) fn endpoints(t: &crate::etcd::Target) -> String {
    t.endpoints
        .iter()
        .map(|e| e.original.as_str())
        .collect::<Vec<_>>()
        .join(",")
}
