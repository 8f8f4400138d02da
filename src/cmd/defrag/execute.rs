//! Carrying out the plan: health gate, confirmation, compaction, each member in turn with
//! leadership moved away before the leader's turn, then sizes before → after.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use etcd_client::{CompactionOptions, GetOptions};
use serde::Serialize;

use super::plan::{self, Entry, Plan};
use super::rule::Rule;
use crate::cli::DefragArgs;
use crate::cluster::Member;
use crate::cmd::space::{survey, MemberState, Space};
use crate::cmd::{alarm, emit, emit_doc, Ctx};
use crate::confirm::confirm;
use crate::etcd::Target;
use crate::exit::{Code, Failure};
use crate::output::human_duration::human_duration;
use crate::output::units::{go_duration, humanize_bytes};
use crate::output::{table, Format};

/// How long a member may take to answer again after its defrag, and a new leader to be
/// elected after a move.
const SETTLE: Duration = Duration::from_secs(30);

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Outcome {
    endpoint: String,
    name: String,
    role: &'static str,
    defragmented: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    before: Option<Space>,
    #[serde(skip_serializing_if = "Option::is_none")]
    after: Option<Space>,
    /// How long the Defragment call blocked the member.
    #[serde(skip_serializing_if = "Option::is_none")]
    blocked: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    leadership_moved_to: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Report<'a> {
    plan: &'a Plan,
    #[serde(skip_serializing_if = "Option::is_none")]
    compacted_revision: Option<i64>,
    results: Vec<Outcome>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    disarmed: Vec<String>,
}

/// Progress lines: stdout for people, stderr when stdout carries a JSON document.
fn say(ctx: &Ctx, line: String) -> Result<()> {
    match ctx.format() {
        Format::Json | Format::Yaml => {
            eprintln!("{line}");
            Ok(())
        }
        _ => emit(format!("{line}\n")),
    }
}

pub async fn run(
    ctx: &Ctx,
    target: &Target,
    members: &[Member],
    args: &DefragArgs,
    rule: Option<&Rule>,
) -> Result<Code> {
    let before = survey(target, members, args.quota_backend_bytes).await;
    let plan = plan::build(
        before,
        &plan::Options {
            rule,
            compact: args.compact,
            move_leader: !args.no_move_leader,
            wait_between: args.wait_between,
        },
    );
    let json = matches!(ctx.format(), Format::Json | Format::Yaml);
    if args.dry_run {
        if json {
            emit_doc(ctx, &plan)?;
        } else {
            emit(plan.render())?;
            say(ctx, "Dry run: nothing was changed.".into())?;
        }
        return gate(&plan, args.skip_health);
    }
    if json {
        eprint!("{}", plan.render());
    } else {
        emit(plan.render())?;
    }
    gate(&plan, args.skip_health)?;
    if plan.selected().count() == 0 && !args.compact && !args.disarm {
        say(ctx, "Nothing to do.".into())?;
        return Ok(Code::Success);
    }
    confirm(
        "Run this plan? Each member serves nothing while it is defragmented",
        ctx.global.yes,
    )?;

    let compacted_revision = if args.compact {
        let rev = compact(target).await?;
        say(ctx, format!("Compacted the history at revision {rev}."))?;
        Some(rev)
    } else {
        None
    };

    let mut results = Vec::new();
    let mut done: Vec<&Entry> = Vec::new();
    let selected: Vec<&Entry> = plan.selected().collect();
    let mut failure = None;
    for (i, e) in selected.iter().enumerate() {
        if i > 0 {
            if let Some(w) = args.wait_between {
                say(ctx, format!("Waiting {}.", humantime::format_duration(w)))?;
                tokio::time::sleep(w).await;
            }
        }
        let mut moved = None;
        if e.role == "leader" && !args.no_move_leader {
            match transferee(&plan, e, &done) {
                Some(to) => {
                    move_leader(target, e, to).await?;
                    say(
                        ctx,
                        format!(
                            "Moved leadership from {} to {} before defragmenting {}.",
                            e.member.name, to.member.name, e.member.name
                        ),
                    )?;
                    moved = Some(to.member.name.clone());
                }
                None => say(
                    ctx,
                    format!(
                        "No other healthy member to take the leadership: writes stall while {} is defragmented.",
                        e.member.name
                    ),
                )?,
            }
        }
        let start = Instant::now();
        let result = super::defragment(target, &e.member.ep).await;
        let blocked = start.elapsed();
        let ep = &e.member.endpoint;
        let mut outcome = Outcome {
            endpoint: ep.clone(),
            name: e.member.name.clone(),
            role: e.role,
            defragmented: result.is_ok(),
            before: e.member.space,
            after: None,
            blocked: Some(go_duration(blocked)),
            leadership_moved_to: moved,
        };
        match result {
            Ok(()) => {
                say(
                    ctx,
                    format!(
                        "Finished defragmenting etcd member[{ep}]. took {}",
                        human_duration(blocked)
                    ),
                )?;
                done.push(e);
                results.push(outcome);
                if let Err(err) = settle(target, e).await {
                    failure = Some(err);
                    break;
                }
            }
            Err(err) => {
                eprintln!(
                    "Failed to defragment etcd member[{ep}]. took {}. ({err:#})",
                    human_duration(blocked)
                );
                outcome.blocked = None;
                results.push(outcome);
                failure = Some(
                    Failure::new(
                        Code::Error,
                        format!("defragmenting {} failed: {err:#}", e.member.name),
                    )
                    .hint("the remaining members were left alone; check the member (`kubectl etcd status`) and run defrag again")
                    .into(),
                );
                break;
            }
        }
    }

    // Sizes after, for every member of the plan (the unselected ones too: compaction and
    // other members' work move nothing there, which the table makes visible).
    let after = survey(target, members, args.quota_backend_bytes).await;
    for e in &plan.members {
        let now = after.iter().find(|m| m.endpoint == e.member.endpoint);
        match results.iter_mut().find(|o| o.endpoint == e.member.endpoint) {
            Some(o) => o.after = now.and_then(|m| m.space),
            None => results.push(Outcome {
                endpoint: e.member.endpoint.clone(),
                name: e.member.name.clone(),
                role: e.role,
                defragmented: false,
                before: e.member.space,
                after: now.and_then(|m| m.space),
                blocked: None,
                leadership_moved_to: None,
            }),
        }
    }
    let text = summary(&results, &after);
    if json {
        eprint!("{text}");
    } else {
        emit(text)?;
    }
    if let Some(err) = failure {
        return Err(err);
    }
    let disarmed = if args.disarm {
        alarm::disarm_nospace(ctx, target, &after, true).await?
    } else {
        Vec::new()
    };
    if json {
        emit_doc(
            ctx,
            &Report {
                plan: &plan,
                compacted_revision,
                results,
                disarmed,
            },
        )?;
    }
    Ok(Code::Success)
}

/// Refuses a plan with unhealthy members unless `--skip-health`.
fn gate(plan: &Plan, skip_health: bool) -> Result<Code> {
    if plan.blockers.is_empty() || skip_health {
        return Ok(Code::Success);
    }
    Err(Failure::new(
        Code::Error,
        format!("not every member is healthy: {}", plan.blockers.join("; ")),
    )
    .hint("defragmenting while a member is down can leave the cluster without quorum: fix it first (`kubectl etcd status`), or pass --skip-health to defragment the healthy ones anyway")
    .into())
}

/// The follower that takes the leadership: the last one defragmented (healthy and fast
/// now), else any healthy follower.
fn transferee<'a>(plan: &'a Plan, leader: &Entry, done: &[&'a Entry]) -> Option<&'a Entry> {
    let eligible = |e: &&Entry| {
        e.role == "follower"
            && e.member.healthy
            && e.member.id != 0
            && e.member.endpoint != leader.member.endpoint
    };
    done.iter()
        .rev()
        .copied()
        .find(eligible)
        .or_else(|| plan.members.iter().find(eligible))
}

/// MoveLeader goes to the leader; then we wait until the new leader says it leads.
async fn move_leader(target: &Target, leader: &Entry, to: &Entry) -> Result<()> {
    let mut client = target.client_for(&leader.member.ep).await?;
    target
        .request("move-leader", client.move_leader(to.member.id))
        .await
        .with_context(|| {
            format!(
                "cannot move the leadership from {} to {}",
                leader.member.name, to.member.name
            )
        })?;
    let deadline = Instant::now() + SETTLE;
    loop {
        let status = async {
            let mut c = target.client_for(&to.member.ep).await?;
            target.request("status", c.status()).await
        }
        .await;
        if let Ok(s) = status {
            if s.leader() == to.member.id {
                return Ok(());
            }
        }
        if Instant::now() > deadline {
            return Err(Failure::new(
                Code::Error,
                format!(
                    "{} did not become the leader within {}s after move-leader",
                    to.member.name,
                    SETTLE.as_secs()
                ),
            )
            .hint("nothing was defragmented on the old leader; check `kubectl etcd status` and run defrag again")
            .into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// After its defrag, a member must answer a linearizable read again before the next one
/// goes down, so that the cluster never loses two members at once.
async fn settle(target: &Target, e: &Entry) -> Result<()> {
    let deadline = Instant::now() + SETTLE;
    loop {
        let read = async {
            let mut c = target.client_for(&e.member.ep).await?;
            target
                .request("health check", c.get("health", Some(GetOptions::new())))
                .await
        }
        .await;
        match read {
            Ok(_) => return Ok(()),
            Err(err) if Instant::now() > deadline => {
                return Err(Failure::new(
                    Code::Error,
                    format!(
                        "{} did not answer within {}s after its defrag: {err:#}",
                        e.member.name,
                        SETTLE.as_secs()
                    ),
                )
                .hint("the remaining members were left alone; check `kubectl etcd status`")
                .into())
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// Compacts at the current revision, waiting for the physical removal (what defrag frees).
async fn compact(target: &Target) -> Result<i64> {
    let mut client = target.client().await?;
    let resp = target
        .request(
            "get",
            client.get("/", Some(GetOptions::new().with_keys_only().with_limit(1))),
        )
        .await?;
    let rev = resp.header().map(|h| h.revision()).unwrap_or(0);
    let done = target
        .request(
            "compaction",
            client.compact(rev, Some(CompactionOptions::new().with_physical())),
        )
        .await;
    match done {
        Ok(_) => Ok(rev),
        // kube-apiserver (or someone) compacted there already: just as good.
        Err(e) if format!("{e:#}").contains("required revision has been compacted") => Ok(rev),
        Err(e) => Err(e.context(format!("cannot compact at revision {rev}"))),
    }
}

fn summary(results: &[Outcome], after: &[MemberState]) -> String {
    let headers = ["MEMBER", "ROLE", "DB SIZE", "IN USE", "BLOCKED", "NOTE"];
    let size = |s: Option<Space>, f: fn(&Space) -> i64| {
        s.map(|s| humanize_bytes(f(&s) as u64))
            .unwrap_or_else(|| "?".into())
    };
    let rows: Vec<Vec<String>> = results
        .iter()
        .map(|o| {
            let now = after.iter().find(|m| m.endpoint == o.endpoint);
            let role_now = match now {
                Some(m) if m.space.is_some() && m.is_leader => "leader",
                Some(m) if m.space.is_some() => "follower",
                _ => "unknown",
            };
            vec![
                o.name.clone(),
                if role_now == o.role {
                    o.role.to_string()
                } else {
                    format!("{} → {role_now}", o.role)
                },
                format!(
                    "{} → {}",
                    size(o.before, |s| s.db_size),
                    size(o.after, |s| s.db_size)
                ),
                format!(
                    "{} → {}",
                    size(o.before, |s| s.db_size_in_use),
                    size(o.after, |s| s.db_size_in_use)
                ),
                o.blocked.clone().unwrap_or_else(|| "-".into()),
                match (&o.leadership_moved_to, o.defragmented) {
                    (Some(to), _) => format!("leadership moved to {to} first"),
                    (None, true) => String::new(),
                    (None, false) => "not defragmented".into(),
                },
            ]
        })
        .collect();
    format!("Summary:\n{}", table::render_left(&headers, &rows))
}
