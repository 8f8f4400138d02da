//! `defrag`: in cluster mode (or in direct mode with a plan flag) a plan — survey, health
//! check, optional compaction, followers first, leadership moved off the leader before its
//! turn, a summary; otherwise etcdctl's loop over the endpoints.
//!
//! Files follow the steps: [`plan`] decides from one survey, [`execute`] carries it out,
//! [`rule`] is `--rule`.

mod execute;
mod plan;
mod rule;

use std::time::Instant;

use anyhow::Result;

use super::{emit, endpoint::scope, put::endpoints, Ctx};
use crate::cli::DefragArgs;
use crate::confirm::confirm;
use crate::etcd::{Endpoint, Target};
use crate::exit::{Code, Failure};
use crate::output::human_duration::human_duration;

pub async fn run(ctx: &Ctx, args: DefragArgs) -> Result<Code> {
    // Parse the rule before connecting: a typo should cost nothing.
    let rule = args
        .rule
        .as_deref()
        .map(rule::Rule::parse)
        .transpose()
        .map_err(|e| {
            Failure::new(Code::BadArgs, e.to_string()).hint(format!(
                "variables: {}; example: --rule 'dbQuotaUsage > 0.8 || dbSizeFree > 200*1024*1024'",
                rule::VARIABLES.join(", ")
            ))
        })?;
    if !ctx.global.endpoints.iter().all(|e| e.trim().is_empty()) && !args.wants_plan() {
        return etcdctl_loop(ctx, &scope(ctx).await?).await;
    }
    let (target, members) = if ctx.global.endpoints.iter().all(|e| e.trim().is_empty()) {
        let plan = ctx.plan().await?;
        (plan.target, plan.members)
    } else {
        (scope(ctx).await?, Vec::new())
    };
    execute::run(ctx, &target, &members, &args, rule.as_ref()).await
}

/// etcdctl's `defrag`: each endpoint in turn, one line each.
async fn etcdctl_loop(ctx: &Ctx, target: &Target) -> Result<Code> {
    confirm(
        &format!(
            "Defragment {} (each member stops serving while it runs)?",
            endpoints(target)
        ),
        ctx.global.yes,
    )?;
    let mut failed = 0;
    for ep in &target.endpoints {
        let start = Instant::now();
        let result = defragment(target, ep).await;
        let took = human_duration(start.elapsed());
        match result {
            Ok(()) => emit(format!(
                "Finished defragmenting etcd member[{ep}]. took {took}\n"
            ))?,
            Err(e) => {
                failed += 1;
                eprintln!("Failed to defragment etcd member[{ep}]. took {took}. ({e:#})");
            }
        }
    }
    if failed > 0 {
        return Err(Failure::new(
            Code::Error,
            format!("defragmentation failed on {failed} endpoint(s)"),
        )
        .into());
    }
    Ok(Code::Success)
}

/// One Defragment RPC. Defragmenting a large database takes long: no --command-timeout
/// unless the user gave one.
pub(super) async fn defragment(target: &Target, ep: &Endpoint) -> Result<()> {
    let mut client = target.client_for(ep).await?;
    match target.command_timeout {
        Some(_) => target
            .request("defragment", client.defragment())
            .await
            .map(drop),
        None => client
            .defragment()
            .await
            .map(drop)
            .map_err(|e| crate::etcd::RequestError::from(e).into()),
    }
}
