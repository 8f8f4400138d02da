//! `move-leader ID|NAME`: etcd only accepts the transfer from the current leader, so the
//! request goes to whichever endpoint is the leader. Unlike etcdctl, when no given endpoint
//! is the leader we also try the leader's own advertised client URLs before giving up.

use anyhow::Result;

use super::member::list;
use super::{emit, emit_doc, unsupported, Ctx};
use crate::cli::MemberRefArgs;
use crate::etcd::membership::{explain, resolve};
use crate::etcd::{Endpoint, Target};
use crate::exit::{Code, Failure};
use crate::output::model::{Header, HeaderOnly};
use crate::output::Format;

pub async fn run(ctx: &Ctx, args: MemberRefArgs) -> Result<Code> {
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, "move-leader", "-w simple or -w json"));
    }
    let target = ctx.target().await?;
    let members = list(&target).await?;
    let transferee = resolve(&members, &args.member)?;
    let (leader_target, leader_ep, leader_id) = match find_leader(&target).await {
        Some((ep, id)) => (target.clone(), ep, id),
        None => {
            // The leader's ID is in every member's status; its URLs in the member list.
            let leader_id = leader_id(&target).await;
            let urls: Vec<String> = members
                .members
                .iter()
                .filter(|m| Some(m.id) == leader_id)
                .flat_map(|m| m.client_urls.clone())
                .collect();
            let found = match target.with_endpoints(&urls) {
                Ok(other) if !urls.is_empty() => {
                    find_leader(&other).await.map(|(ep, id)| (other, ep, id))
                }
                _ => None,
            };
            found.ok_or_else(|| {
                let given: Vec<&str> =
                    target.endpoints.iter().map(|e| e.original.as_str()).collect();
                Failure::new(
                    Code::BadArgs,
                    format!("no leader endpoint given at [{}]", given.join(" ")),
                )
                .hint("etcd accepts move-leader only from the current leader: add the leader's client URL to --endpoints (`kubectl etcd endpoint status --cluster` shows which member leads)")
            })?
        }
    };
    let mut client = leader_target.client_for(&leader_ep).await?;
    let resp = leader_target
        .request("move-leader", client.move_leader(transferee))
        .await
        .map_err(explain)?;
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(
            ctx,
            &HeaderOnly {
                header: Header::from(resp.header()),
            },
        )?,
        _ => emit(format!(
            "Leadership transferred from {leader_id:x} to {transferee:x}\n"
        ))?,
    }
    Ok(Code::Success)
}

/// The endpoint that is the leader, and its member ID.
async fn find_leader(target: &Target) -> Option<(Endpoint, u64)> {
    for ep in &target.endpoints {
        let Ok(status) = super::endpoint::endpoint_status(target, ep).await else {
            continue;
        };
        let me = status
            .header
            .as_ref()
            .map(|h| h.member_id)
            .unwrap_or_default();
        if me != 0 && status.leader == me {
            return Some((ep.clone(), me));
        }
    }
    None
}

/// The leader's member ID, as the first answering endpoint knows it.
async fn leader_id(target: &Target) -> Option<u64> {
    for ep in &target.endpoints {
        if let Ok(status) = super::endpoint::endpoint_status(target, ep).await {
            if status.leader != 0 {
                return Some(status.leader);
            }
        }
    }
    None
}
