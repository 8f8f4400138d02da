//! `endpoint health` and `endpoint status`, per endpoint (or per member with `--cluster`).

use std::time::Instant;

use anyhow::{Context, Result};
use etcd_client::{AlarmAction, AlarmType, GetOptions};

use super::{emit, emit_doc, Ctx};
use crate::cli::EndpointCommand;
use crate::etcd::{Endpoint, RequestError, Target};
use crate::exit::{Code, Failure};
use crate::output::human_duration::human_duration;
use crate::output::model::{Alarms, EndpointHealth, EndpointStatus, MemberList, Status};
use crate::output::units::go_duration;
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, cmd: EndpointCommand) -> Result<Code> {
    match cmd {
        EndpointCommand::Health => health(ctx, &scope(ctx).await?).await,
        EndpointCommand::Status => status(ctx, &scope(ctx).await?).await,
        EndpointCommand::Hashkv(args) => super::hashkv::run(ctx, args).await,
    }
}

/// The endpoints a per-member command visits: every member in cluster mode; in direct mode
/// `--endpoints`, or with a bare `--cluster` (etcdctl's flag) every member's client URLs.
pub(super) async fn scope(ctx: &Ctx) -> Result<Target> {
    let target = ctx.target().await?;
    if target.cluster_mode || ctx.global.cluster != Some(None) {
        return Ok(target);
    }
    let mut client = target.client().await?;
    let members = target.request("member list", client.member_list()).await?;
    let mut urls: Vec<String> = MemberList::from(&members)
        .members
        .into_iter()
        .flat_map(|m| m.client_urls)
        .collect();
    urls.dedup();
    target.with_endpoints(&urls)
}

async fn health(ctx: &Ctx, target: &Target) -> Result<Code> {
    let checks = target.endpoints.iter().map(|ep| check_health(target, ep));
    // Concurrent like etcdctl, but printed in --endpoints order so output is stable.
    let results = futures_util::future::join_all(checks).await;
    let unhealthy = results.iter().filter(|h| !h.health).count();
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &results)?,
        Format::Table => emit(render::endpoint_health_table(&results))?,
        Format::Fields => emit(crate::output::fields::endpoint_health(&results))?,
        Format::Simple => {
            for h in &results {
                if h.health {
                    emit(format!(
                        "{} is healthy: successfully committed proposal: took = {}\n",
                        h.endpoint, h.took_human
                    ))?;
                } else {
                    eprintln!(
                        "{} is unhealthy: failed to commit proposal: {}",
                        h.endpoint, h.error
                    );
                }
            }
        }
    }
    if unhealthy > 0 {
        return Err(Failure::new(Code::Error, "unhealthy cluster").into());
    }
    Ok(Code::Success)
}

/// etcdctl's check: a linearizable read of key "health" must commit through raft; then no
/// alarm may be active.
pub(super) async fn check_health(target: &Target, ep: &Endpoint) -> EndpointHealth {
    let start = Instant::now();
    let result = async {
        let mut client = target.client_for(ep).await?;
        let read = target.request("health check", client.get("health", Some(GetOptions::new()))).await;
        if let Err(e) = read {
            // Permission denied still proves the request went through raft.
            let denied = e.chain().any(|c| matches!(c.downcast_ref::<RequestError>(), Some(RequestError::Server(m)) if m.contains("permission denied")));
            if !denied {
                return Err(e);
            }
        }
        let took = start.elapsed();
        let alarms = target
            .request("alarm list", client.alarm(AlarmAction::Get, AlarmType::None, None))
            .await
            .map_err(|_| anyhow::anyhow!("Unable to fetch the alarm list"))?;
        let alarms = Alarms::from(&alarms);
        if !alarms.alarms.is_empty() {
            let names: String = alarms.alarms.iter().map(|a| format!("{} ", a.name())).collect();
            anyhow::bail!("Active Alarm(s): {names}");
        }
        Ok::<_, anyhow::Error>(took)
    }
    .await;
    match result {
        Ok(took) => EndpointHealth {
            endpoint: ep.original.clone(),
            health: true,
            took: go_duration(took),
            took_human: human_duration(took),
            error: String::new(),
        },
        Err(e) => EndpointHealth {
            endpoint: ep.original.clone(),
            health: false,
            took: go_duration(start.elapsed()),
            took_human: human_duration(start.elapsed()),
            error: format!("{e:#}"),
        },
    }
}

async fn status(ctx: &Ctx, target: &Target) -> Result<Code> {
    let mut list = Vec::new();
    let mut failed = 0;
    for ep in &target.endpoints {
        match endpoint_status(target, ep).await {
            Ok(s) => list.push(EndpointStatus {
                endpoint: ep.original.clone(),
                status: s,
            }),
            Err(e) => {
                failed += 1;
                eprintln!("Failed to get the status of endpoint {ep} ({e:#})");
            }
        }
    }
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &list)?,
        Format::Table => emit(render::endpoint_status(&list, true))?,
        Format::Fields => emit(crate::output::fields::endpoint_status(&list))?,
        Format::Simple => emit(render::endpoint_status(&list, false))?,
    }
    if failed > 0 {
        return Err(Failure::new(
            Code::Error,
            format!(
                "{failed} of {} endpoints did not answer",
                target.endpoints.len()
            ),
        )
        .into());
    }
    Ok(Code::Success)
}

pub(super) async fn endpoint_status(target: &Target, ep: &Endpoint) -> Result<Status> {
    let mut client = target.client_for(ep).await?;
    let resp = target
        .request("status", client.status())
        .await
        .with_context(|| format!("endpoint {ep}"))?;
    Ok(Status::from(&resp))
}
