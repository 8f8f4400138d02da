//! `status`: one table that answers "how is my etcd?".

use std::time::Instant;

use anyhow::Result;
use etcd_client::{AlarmAction, AlarmType, GetOptions};
use serde::Serialize;

use super::space::{percent, quota, Space};
use super::{emit, emit_doc, Ctx};
use crate::etcd::hashkv::{check, hash_all, Verdict};
use crate::exit::{Code, Failure};
use crate::output::human_duration::human_duration;
use crate::output::model::{Alarms, Status};
use crate::output::units::humanize_bytes;
use crate::output::{table, Format};

/// Certificates closer to expiry than this are flagged.
const EXPIRY_WARNING_DAYS: i64 = 30;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct MemberStatus {
    endpoint: String,
    name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pod: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    node: String,
    /// From the pod's image tag: what runs there even when it does not answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    image_version: Option<String>,
    healthy: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<Status>,
    is_leader: bool,
    alarms: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    server_cert_not_after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    server_cert_days_left: Option<i64>,
    /// Size, in use and quota (pod spec, etcd >= 3.6, or the 2 GiB default).
    #[serde(skip_serializing_if = "Option::is_none")]
    space: Option<Space>,
}

pub async fn run(ctx: &Ctx) -> Result<Code> {
    let plan = ctx.plan().await?;
    let target = &plan.target;
    let names = super::space::member_names(target).await;
    let checks = target.endpoints.iter().enumerate().map(|(i, ep)| {
        let member = plan.members.get(i);
        let names = names.as_ref();
        async move {
            let start = Instant::now();
            let mut row = MemberStatus {
                endpoint: ep.original.clone(),
                name: member.map(|m| m.name.clone()).unwrap_or_default(),
                pod: member.map(|m| m.pod.clone()).unwrap_or_default(),
                node: member.map(|m| m.node.clone()).unwrap_or_default(),
                image_version: member.and_then(|m| m.image_version()).map(str::to_string),
                healthy: false,
                error: String::new(),
                status: None,
                is_leader: false,
                alarms: Vec::new(),
                server_cert_not_after: None,
                server_cert_days_left: None,
                space: None,
            };
            let probe = async {
                let mut client = target.client_for(ep).await?;
                let status = Status::from(&target.request("status", client.status()).await?);
                let member_id = status
                    .header
                    .as_ref()
                    .map(|h| h.member_id)
                    .unwrap_or_default();
                let alarms = Alarms::from(
                    &target
                        .request(
                            "alarm list",
                            client.alarm(AlarmAction::Get, AlarmType::None, None),
                        )
                        .await?,
                );
                let health = target
                    .request(
                        "health check",
                        client.get("health", Some(GetOptions::new())),
                    )
                    .await;
                Ok::<_, anyhow::Error>((status, member_id, alarms, health, start.elapsed()))
            };
            match probe.await {
                Ok((status, member_id, alarms, health, took)) => {
                    row.is_leader = status.leader == member_id && member_id != 0;
                    if row.name.is_empty() {
                        row.name = names
                            .and_then(|n| n.members.iter().find(|m| m.id == member_id))
                            .map(|m| m.name.clone())
                            .unwrap_or_else(|| format!("{member_id:x}"));
                    }
                    row.alarms = alarms
                        .alarms
                        .iter()
                        .filter(|a| a.member_id == member_id || a.member_id == 0)
                        .map(|a| a.name().to_string())
                        .collect();
                    row.healthy = health.is_ok() && row.alarms.is_empty();
                    row.error = match health {
                        Err(e) => format!("{e:#}"),
                        Ok(_) if !row.alarms.is_empty() => {
                            format!("active alarm(s): {}", row.alarms.join(", "))
                        }
                        Ok(_) => format!("took {}", human_duration(took)),
                    };
                    if row.healthy {
                        row.error.clear();
                    }
                    row.space = Some(Space::new(&status, quota(None, member, Some(&status))));
                    row.status = Some(status);
                }
                Err(e) => row.error = format!("{e:#}"),
            }
            if row.name.is_empty() {
                row.name = ep.original.clone();
            }
            if let Some((not_after, days)) = target.server_cert(ep).as_deref().and_then(expiry) {
                row.server_cert_not_after = Some(not_after);
                row.server_cert_days_left = Some(days);
            }
            row
        }
    });
    let mut rows = futures_util::future::join_all(checks).await;
    mark_divergent(target, &mut rows).await;
    for r in &rows {
        if let Some(days) = r.server_cert_days_left.filter(|d| *d < EXPIRY_WARNING_DAYS) {
            eprintln!(
                "warning: the server certificate of {} expires in {days} days: renew it (kubeadm: `kubeadm certs renew etcd-server` on {})",
                r.name,
                if r.node.is_empty() { "its node" } else { &r.node }
            );
        }
    }
    // Before etcd stops: a member near its quota (NOSPACE makes the cluster read-only), or
    // a file mostly made of free pages.
    for r in &rows {
        for w in r.space.iter().flat_map(|s| s.warnings(&r.name)) {
            eprintln!("warning: {w}");
        }
    }
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &rows)?,
        Format::Simple | Format::Table | Format::Fields => emit(render(&rows))?,
    }
    let unhealthy: Vec<&str> = rows
        .iter()
        .filter(|r| !r.healthy)
        .map(|r| r.name.as_str())
        .collect();
    if !unhealthy.is_empty() {
        let detail: Vec<String> = rows
            .iter()
            .filter(|r| !r.healthy)
            .map(|r| format!("{}: {}", r.endpoint, r.error))
            .collect();
        if rows
            .iter()
            .any(|r| r.error.contains("key-value store differs"))
        {
            return Err(Failure::new(
                Code::Error,
                format!("unhealthy member(s): {}", detail.join("; ")),
            )
            .hint(super::hashkv::DIVERGED_HINT)
            .into());
        }
        return Err(Failure::new(Code::Error, format!("unhealthy member(s): {}", detail.join("; ")))
            .hint("see `kubectl etcd endpoint health` and the etcd pod's logs (`kubectl logs -n kube-system <pod>`)")
            .into());
    }
    Ok(Code::Success)
}

/// The divergence check (see [`crate::etcd::hashkv`]): a member whose key-value hash differs
/// from the others' at one revision is marked unhealthy, with why.
async fn mark_divergent(target: &crate::etcd::Target, rows: &mut [MemberStatus]) {
    if rows.iter().filter(|r| r.status.is_some()).count() < 2 {
        return;
    }
    let hashed = hash_all(target, 0).await;
    match check(target, 0, &hashed).await {
        Ok(Verdict::Differ {
            revision,
            differing,
            ..
        }) => {
            for row in rows.iter_mut().filter(|r| differing.contains(&r.endpoint)) {
                row.healthy = false;
                row.error = format!(
                    "its key-value store differs from the other members' at revision {revision} (endpoint hashkv)"
                );
            }
        }
        Ok(Verdict::Incomparable { detail }) => {
            eprintln!("warning: the members' hashes cannot be compared now ({detail}); run again")
        }
        Ok(_) => {}
        Err(e) => eprintln!("warning: cannot compare the members' hashes: {e:#}"),
    }
}

fn render(rows: &[MemberStatus]) -> String {
    let headers = [
        "MEMBER",
        "POD",
        "NODE",
        "VERSION",
        "LEADER",
        "RAFT TERM",
        "RAFT INDEX",
        "DB SIZE",
        "IN USE",
        "QUOTA",
        "FREE",
        "ALARMS",
        "HEALTH",
        "CERT EXPIRES",
    ];
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let s = r.status.as_ref();
            let num =
                |f: fn(&Status) -> u64| s.map(|s| f(s).to_string()).unwrap_or_else(|| "-".into());
            vec![
                r.name.clone(),
                or_dash(&r.pod),
                or_dash(&r.node),
                s.map(|s| s.version.clone())
                    .or_else(|| r.image_version.clone())
                    .unwrap_or_else(|| "-".into()),
                r.is_leader.to_string(),
                num(|s| s.raft_term),
                num(|s| s.raft_index),
                s.map(|s| humanize_bytes(s.db_size.max(0) as u64))
                    .unwrap_or_else(|| "-".into()),
                s.map(|s| humanize_bytes(s.db_size_in_use.max(0) as u64))
                    .unwrap_or_else(|| "-".into()),
                r.space
                    .map(|s| s.quota_text())
                    .unwrap_or_else(|| "-".into()),
                r.space
                    .map(|s| format!("{}%", percent(s.free_ratio())))
                    .unwrap_or_else(|| "-".into()),
                if r.alarms.is_empty() {
                    "none".into()
                } else {
                    r.alarms.join(",")
                },
                if r.healthy {
                    "healthy".into()
                } else {
                    "UNHEALTHY".into()
                },
                match (&r.server_cert_not_after, r.server_cert_days_left) {
                    (Some(date), Some(days)) if days < EXPIRY_WARNING_DAYS => {
                        format!("{date} ({days}d!)")
                    }
                    (Some(date), Some(days)) => format!("{date} ({days}d)"),
                    _ => "-".into(),
                },
            ]
        })
        .collect();
    table::render_left(&headers, &rows)
}

fn or_dash(s: &str) -> String {
    if s.is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

/// The certificate's notAfter as a date, and whole days left from now.
fn expiry(der: &[u8]) -> Option<(String, i64)> {
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    let not_after = cert.validity().not_after;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs() as i64;
    let left = (not_after.timestamp() - now).div_euclid(86_400);
    let date = not_after.to_datetime().date();
    Some((format!("{date}"), left))
}
