//! `alarm list` and `alarm disarm`. Disarming NOSPACE first checks that every member is below
//! 80% of its quota: otherwise the next write raises it again, and the user has learnt nothing.

use anyhow::Result;
use etcd_client::{AlarmAction, AlarmOptions, AlarmType};

use super::space::{percent, survey, MemberState, QUOTA_WARNING};
use super::{emit, emit_doc, endpoint::scope, put::endpoints, unsupported, Ctx};
use crate::cli::AlarmCommand;
use crate::confirm::confirm;
use crate::etcd::Target;
use crate::exit::{Code, Failure};
use crate::output::model::Alarms;
use crate::output::units::humanize_bytes;
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, cmd: AlarmCommand) -> Result<Code> {
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, "alarm", "-w simple or -w json"));
    }
    let (target, members) = match &cmd {
        // Disarming NOSPACE looks at every member's size: in direct mode the endpoints (or
        // with --cluster every member's URLs).
        AlarmCommand::Disarm(_) if ctx.global.endpoints.iter().any(|e| !e.trim().is_empty()) => {
            (scope(ctx).await?, Vec::new())
        }
        _ => {
            let plan = ctx.plan().await?;
            (plan.target, plan.members)
        }
    };
    let alarms = list(&target).await?;
    if let AlarmCommand::Disarm(args) = &cmd {
        if !alarms.alarms.is_empty() {
            if alarms.alarms.iter().any(|a| a.name() == "NOSPACE") && !args.force {
                let states = survey(&target, &members, args.quota_backend_bytes).await;
                check_below_quota(&alarms, &states)?;
            }
            confirm(
                &format!("Disarm {} alarm(s) on {} (do it only after freeing space or fixing corruption)?", alarms.alarms.len(), endpoints(&target)),
                ctx.global.yes,
            )?;
        }
        deactivate(&target, &alarms).await?;
    }
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &alarms)?,
        Format::Fields => emit(crate::output::fields::alarms(&alarms))?,
        _ => emit(render::alarms(&alarms))?,
    }
    Ok(Code::Success)
}

async fn list(target: &Target) -> Result<Alarms> {
    let mut client = target.client().await?;
    let list = target
        .request(
            "alarm list",
            client.alarm(AlarmAction::Get, AlarmType::None, None),
        )
        .await?;
    Ok(Alarms::from(&list))
}

/// etcdctl deactivates each listed alarm, naming its member and type.
async fn deactivate(target: &Target, alarms: &Alarms) -> Result<()> {
    let mut client = target.client().await?;
    for a in &alarms.alarms {
        let mut opts = AlarmOptions::new();
        opts.with_member(a.member_id);
        let kind = AlarmType::try_from(a.alarm).unwrap_or(AlarmType::None);
        target
            .request(
                "alarm disarm",
                client.alarm(AlarmAction::Deactivate, kind, Some(opts)),
            )
            .await?;
    }
    Ok(())
}

/// Refuses when a member raised NOSPACE and is still at or above its quota, or cannot be
/// checked; says what to do.
fn check_below_quota(alarms: &Alarms, states: &[MemberState]) -> Result<()> {
    let mut problems = Vec::new();
    let raised: Vec<u64> = alarms
        .alarms
        .iter()
        .filter(|a| a.name() == "NOSPACE")
        .map(|a| a.member_id)
        .collect();
    for s in states {
        if let Some(space) = &s.space {
            // etcd refuses a write when size + the write's cost exceeds the quota, so a file
            // just under it raises NOSPACE again at once; status warns from the same mark.
            if space.quota_usage() > QUOTA_WARNING {
                problems.push(format!(
                    "{}'s database is {} of its {} quota ({}%, more than {}%)",
                    s.name,
                    humanize_bytes(space.db_size as u64),
                    humanize_bytes(space.db_quota as u64),
                    percent(space.quota_usage()),
                    percent(QUOTA_WARNING)
                ));
            }
        }
    }
    for id in raised {
        if !states.iter().any(|s| s.id == id && s.space.is_some()) {
            problems.push(format!(
                "member {id:x} raised NOSPACE but is not among the endpoints that answered, so its size is unknown"
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(Failure::new(
        Code::Error,
        format!(
            "not disarming NOSPACE: {} (etcd would raise it again within a few writes)",
            problems.join("; ")
        ),
    )
    .hint("free space first: `kubectl etcd defrag --compact` (compaction, then every member defragmented); if a member is still too big, find what fills it with `kubectl etcd usage` and delete it, or raise --quota-backend-bytes in the etcd manifest. In direct mode give every member's endpoint (or --cluster) and, for etcd < 3.6, the server's --quota-backend-bytes. --force disarms anyway")
    .into())
}

/// `defrag --disarm`: disarms NOSPACE (only) when every member is below its quota. Returns
/// what it disarmed, as `alarm list` prints it.
pub(super) async fn disarm_nospace(
    ctx: &Ctx,
    target: &Target,
    states: &[MemberState],
    say: bool,
) -> Result<Vec<String>> {
    let alarms = list(target).await?;
    let nospace = Alarms {
        header: None,
        alarms: alarms
            .alarms
            .into_iter()
            .filter(|a| a.name() == "NOSPACE")
            .collect(),
    };
    if nospace.alarms.is_empty() {
        if say {
            report(ctx, "No NOSPACE alarm to disarm.")?;
        }
        return Ok(Vec::new());
    }
    check_below_quota(&nospace, states)?;
    deactivate(target, &nospace).await?;
    let lines: Vec<String> = render::alarms(&nospace)
        .lines()
        .map(str::to_string)
        .collect();
    if say {
        report(
            ctx,
            &format!(
                "Disarmed {} NOSPACE alarm(s): etcd accepts writes again.",
                lines.len()
            ),
        )?;
    }
    Ok(lines)
}

fn report(ctx: &Ctx, line: &str) -> Result<()> {
    match ctx.format() {
        Format::Json | Format::Yaml => {
            eprintln!("{line}");
            Ok(())
        }
        _ => emit(format!("{line}\n")),
    }
}
