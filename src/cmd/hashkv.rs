//! `endpoint hashkv [--rev N] [--cluster]`: etcdctl's output, then the divergence check —
//! with two or more endpoints, a member whose hash differs from the others' at one revision
//! is named on stderr and the command exits 1.

use anyhow::Result;

use super::{emit, emit_doc, Ctx};
use crate::cli::HashkvArgs;
use crate::etcd::hashkv::{check, hash_all, Verdict};
use crate::exit::{Code, Failure};
use crate::output::model::EndpointHashKv;
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, args: HashkvArgs) -> Result<Code> {
    let target = super::endpoint::scope(ctx).await?;
    let hashed = hash_all(&target, args.rev).await;
    let mut list = Vec::new();
    let mut last_error = None;
    for h in &hashed {
        match &h.result {
            Ok(kv) => list.push(EndpointHashKv {
                endpoint: h.endpoint.original.clone(),
                hash_kv: kv.clone(),
            }),
            Err(e) => {
                eprintln!(
                    "Failed to get the hash of endpoint {} ({})",
                    h.endpoint,
                    e.root_cause()
                );
                last_error = Some(e.root_cause().to_string());
            }
        }
    }
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &list)?,
        Format::Table => emit(render::endpoint_hashkv(&list, true))?,
        Format::Simple => emit(render::endpoint_hashkv(&list, false))?,
        Format::Fields => emit(crate::output::fields::endpoint_hashkv(&list))?,
    }
    if let Some(e) = last_error {
        return Err(Failure::new(Code::Error, e).into());
    }
    divergence(check(&target, args.rev, &hashed).await?)?;
    Ok(Code::Success)
}

/// The next step for a member whose data diverged.
pub(super) const DIVERGED_HINT: &str = "rebuild the differing member from the others: take a snapshot from a member that agrees with the majority first (`kubectl etcd snapshot save --member NAME`), then on kubeadm `kubectl etcd member resync NODE`; elsewhere `member remove` it, move its data dir aside, `member add` it again and start it with an empty data dir and --initial-cluster-state=existing";

/// Turns a verdict into a warning (incomparable) or an error (a member differs).
pub(super) fn divergence(v: Verdict) -> Result<()> {
    match v {
        Verdict::Alone | Verdict::Agree { .. } => Ok(()),
        Verdict::Incomparable { detail } => {
            eprintln!("warning: the members' hashes cannot be compared now ({detail}): a compaction is in progress; run the command again");
            Ok(())
        }
        Verdict::Differ {
            revision,
            differing,
            detail,
        } => Err(Failure::new(
            Code::Error,
            format!(
                "the key-value store of {} differs from the other members' at revision {revision} ({detail})",
                differing.join(", ")
            ),
        )
        .hint(DIVERGED_HINT)
        .into()),
    }
}
