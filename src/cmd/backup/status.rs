//! `backup status [NAME]`: for each schedule, its last success and last failure (with the
//! one-line reason its pod left as termination message), and the age of the newest backup
//! at the destination (listed with this shell's credentials), flagged when it is older than
//! twice the schedule's interval.

use anyhow::Result;
use k8s_openapi::api::batch::v1::{CronJob, Job};
use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, ListParams};
use serde::Serialize;

use super::{every, Ctx, ANN_DESTINATION, ANN_EVERY, LABEL_SCHEDULE};
use crate::cli_backup::BackupStatusArgs;
use crate::exit::{Code, Failure};
use crate::output::Format;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ScheduleStatus {
    name: String,
    namespace: String,
    schedule: String,
    every: String,
    destination: String,
    image: String,
    suspended: bool,
    interval_seconds: Option<i64>,
    last_schedule_time: Option<String>,
    last_success: Option<Run>,
    last_failure: Option<Run>,
    active_jobs: usize,
    newest_backup: Option<Backup>,
    /// Why the destination could not be listed (then `newestBackup` comes from the last
    /// successful job's report).
    destination_error: Option<String>,
    warnings: Vec<String>,
}

#[derive(Debug, Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct Run {
    job: String,
    time: String,
    /// The pod's termination message (the saved backup, or why it failed).
    message: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Backup {
    url: String,
    time: String,
    age_seconds: i64,
    source: &'static str,
}

pub async fn run(ctx: &Ctx, args: BackupStatusArgs) -> Result<Code> {
    let ns = ctx.global.etcd_namespace.clone();
    let client = super::client(ctx).await?;
    let cron_jobs: Api<CronJob> = Api::namespaced(client.clone(), &ns);
    let jobs: Api<Job> = Api::namespaced(client.clone(), &ns);
    let pods: Api<Pod> = Api::namespaced(client, &ns);
    let fail = |e, what| super::api_failure(e, what, &ns);
    let mut list = cron_jobs
        .list(&ListParams::default().labels(LABEL_SCHEDULE))
        .await
        .map_err(|e| fail(e, "list cronjobs"))?
        .items;
    if let Some(name) = &args.name {
        list.retain(|c| c.metadata.name.as_deref() == Some(name.as_str()));
        if list.is_empty() {
            return Err(Failure::new(
                Code::Error,
                format!("no backup schedule {name} in {ns}"),
            )
            .hint("list them with `kubectl etcd backup status`; create one with `kubectl etcd backup schedule`")
            .into());
        }
    }
    list.sort_by(|a, b| a.metadata.name.cmp(&b.metadata.name));
    let mut out = vec![];
    for cj in &list {
        let name = cj.metadata.name.clone().unwrap_or_default();
        let sel = format!("{LABEL_SCHEDULE}={name}");
        let js = jobs
            .list(&ListParams::default().labels(&sel))
            .await
            .map_err(|e| fail(e, "list jobs"))?
            .items;
        let ps = pods
            .list(&ListParams::default().labels(&sel))
            .await
            .map_err(|e| fail(e, "list pods"))?
            .items;
        out.push(status_of(cj, &js, &ps).await);
    }
    let warned = out.iter().any(|s| !s.warnings.is_empty());
    match ctx.format() {
        Format::Json | Format::Yaml => {
            super::super::emit_doc(ctx, &serde_json::json!({ "schedules": out }))?
        }
        _ => print_human(&out, &ns)?,
    }
    Ok(if warned { Code::Error } else { Code::Success })
}

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

fn seconds(t: &str) -> Option<i64> {
    t.parse::<jiff::Timestamp>().ok().map(|t| t.as_second())
}

fn ago(t: &str) -> String {
    match seconds(t) {
        Some(s) => format!("{} ago", human_age((now() - s).max(0))),
        None => t.to_string(),
    }
}

/// 45s, 12m, 5h, 3d — as kubectl's AGE column.
fn human_age(s: i64) -> String {
    match s {
        s if s < 120 => format!("{s}s"),
        s if s < 7200 => format!("{}m", s / 60),
        s if s < 172800 => format!("{}h", s / 3600),
        s => format!("{}d", s / 86400),
    }
}

/// The job's finishing condition (type, time, reason, message) if it finished.
fn finished(j: &Job) -> Option<(String, String, String)> {
    let conds = j.status.as_ref()?.conditions.as_ref()?;
    conds
        .iter()
        .find(|c| (c.type_ == "Complete" || c.type_ == "Failed") && c.status == "True")
        .map(|c| {
            let time = c
                .last_transition_time
                .as_ref()
                .map(|t| t.0.to_string())
                .unwrap_or_default();
            let why = [c.reason.clone(), c.message.clone()]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(": ");
            (c.type_.clone(), time, why)
        })
}

/// The newest termination message among the job's pods.
fn pod_message(job: &Job, pods: &[Pod]) -> Option<String> {
    let uid = job.metadata.uid.as_deref()?;
    let mut msgs: Vec<(String, String)> = pods
        .iter()
        .filter(|p| {
            p.metadata
                .owner_references
                .iter()
                .flatten()
                .any(|o| o.uid == uid)
        })
        .filter_map(|p| {
            let cs = p.status.as_ref()?.container_statuses.as_ref()?;
            cs.iter().find_map(|c| {
                let t = c.state.as_ref()?.terminated.as_ref()?;
                let m = t.message.as_ref()?.trim().to_string();
                let at = t
                    .finished_at
                    .as_ref()
                    .map(|f| f.0.to_string())
                    .unwrap_or_default();
                (!m.is_empty()).then_some((at, m))
            })
        })
        .collect();
    msgs.sort();
    msgs.pop().map(|(_, m)| m)
}

async fn status_of(cj: &CronJob, jobs: &[Job], pods: &[Pod]) -> ScheduleStatus {
    let ann = |k: &str| {
        cj.metadata
            .annotations
            .as_ref()
            .and_then(|a| a.get(k))
            .cloned()
            .unwrap_or_default()
    };
    let spec = cj.spec.clone();
    let image = spec
        .job_template
        .spec
        .as_ref()
        .and_then(|s| s.template.spec.as_ref())
        .and_then(|s| s.containers.first())
        .and_then(|c| c.image.clone())
        .unwrap_or_default();
    let mut last_success: Option<Run> = None;
    let mut last_failure: Option<Run> = None;
    let mut active = 0;
    for j in jobs {
        let name = j.metadata.name.clone().unwrap_or_default();
        match finished(j) {
            None => active += 1,
            Some((kind, time, why)) => {
                let message = pod_message(j, pods).or((!why.is_empty()).then_some(why));
                let run = Run {
                    job: name,
                    time,
                    message,
                };
                let slot = if kind == "Complete" {
                    &mut last_success
                } else {
                    &mut last_failure
                };
                if slot
                    .as_ref()
                    .is_none_or(|r| seconds(&r.time) < seconds(&run.time))
                {
                    *slot = Some(run);
                }
            }
        }
    }
    // Jobs beyond the history limit are gone; the CronJob still remembers its last success.
    if last_success.is_none() {
        if let Some(t) = cj
            .status
            .as_ref()
            .and_then(|s| s.last_successful_time.as_ref())
        {
            last_success = Some(Run {
                job: String::new(),
                time: t.0.to_string(),
                message: None,
            });
        }
    }
    let destination = ann(ANN_DESTINATION);
    let (newest_backup, destination_error) = newest(&destination, last_success.as_ref()).await;
    let interval = every::interval_seconds(&spec.schedule);
    let mut warnings = vec![];
    if let Some(iv) = interval {
        let created = cj
            .metadata
            .creation_timestamp
            .as_ref()
            .map(|t| t.0.as_second())
            .unwrap_or(now());
        match &newest_backup {
            Some(b) if b.age_seconds > 2 * iv => warnings.push(format!(
                "the newest backup is {} old, more than twice the schedule's interval ({})",
                human_age(b.age_seconds),
                human_age(iv)
            )),
            None if now() - created > 2 * iv => warnings.push(format!(
                "no backup at the destination, {} after the schedule was created",
                human_age(now() - created)
            )),
            _ => {}
        }
    }
    if let (Some(f), s) = (&last_failure, &last_success) {
        if s.as_ref()
            .is_none_or(|s| seconds(&s.time) < seconds(&f.time))
        {
            warnings.push(format!("the last run failed ({})", f.job));
        }
    }
    ScheduleStatus {
        name: cj.metadata.name.clone().unwrap_or_default(),
        namespace: cj.metadata.namespace.clone().unwrap_or_default(),
        schedule: spec.schedule.clone(),
        every: ann(ANN_EVERY),
        destination,
        image,
        suspended: spec.suspend.unwrap_or(false),
        interval_seconds: interval,
        last_schedule_time: cj
            .status
            .as_ref()
            .and_then(|s| s.last_schedule_time.as_ref())
            .map(|t| t.0.to_string()),
        last_success,
        last_failure,
        active_jobs: active,
        newest_backup,
        destination_error,
        warnings,
    }
}

/// The newest backup at the destination, or (when it cannot be listed from here) what the
/// last successful job said it saved.
async fn newest(destination: &str, success: Option<&Run>) -> (Option<Backup>, Option<String>) {
    let listed = async {
        let loc = crate::storage::location::parse(destination)?;
        crate::storage::catalog::list(&loc).await
    }
    .await;
    match listed {
        Ok(entries) => (
            entries.into_iter().next().map(|e| Backup {
                age_seconds: seconds(&e.time_rfc3339).map(|s| now() - s).unwrap_or(0),
                url: e.url,
                time: e.time_rfc3339,
                source: "destination",
            }),
            None,
        ),
        Err(e) => {
            let reported = success
                .and_then(|r| r.message.as_deref())
                .and_then(|m| serde_json::from_str::<serde_json::Value>(m).ok())
                .and_then(|v| {
                    let url = v.get("saved")?.as_str()?.to_string();
                    let time = v.get("time")?.as_str()?.to_string();
                    Some(Backup {
                        age_seconds: seconds(&time).map(|s| now() - s).unwrap_or(0),
                        url,
                        time,
                        source: "last successful job",
                    })
                });
            (reported, Some(super::run::one_line(&e)))
        }
    }
}

fn print_human(list: &[ScheduleStatus], ns: &str) -> Result<()> {
    if list.is_empty() {
        eprintln!("No backup schedules in {ns}. Create one: kubectl etcd backup schedule --to s3://BUCKET/PREFIX/ --every 12h --credentials-from-env");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|s| {
            vec![
                s.name.clone(),
                if s.suspended {
                    format!("{} (suspended)", s.schedule)
                } else {
                    s.schedule.clone()
                },
                s.last_success
                    .as_ref()
                    .map(|r| ago(&r.time))
                    .unwrap_or_else(|| "never".into()),
                s.last_failure
                    .as_ref()
                    .map(|r| ago(&r.time))
                    .unwrap_or_else(|| "-".into()),
                s.newest_backup
                    .as_ref()
                    .map(|b| human_age(b.age_seconds))
                    .unwrap_or_else(|| "-".into()),
                s.destination.clone(),
            ]
        })
        .collect();
    let mut out = crate::output::table::render_left(
        &[
            "NAME",
            "SCHEDULE",
            "LAST SUCCESS",
            "LAST FAILURE",
            "NEWEST BACKUP AGE",
            "DESTINATION",
        ],
        &rows,
    );
    for s in list {
        if let Some(f) = &s.last_failure {
            out.push_str(&format!(
                "{}: last failure ({}, job {}): {}\n",
                s.name,
                ago(&f.time),
                f.job,
                f.message.as_deref().unwrap_or("no reason recorded")
            ));
        }
        if let Some(b) = &s.newest_backup {
            out.push_str(&format!(
                "{}: newest backup {} ({})\n",
                s.name, b.url, b.time
            ));
        }
        if let Some(e) = &s.destination_error {
            out.push_str(&format!(
                "{}: cannot list {} from here: {e}\n",
                s.name, s.destination
            ));
        }
        for w in &s.warnings {
            out.push_str(&format!("{}: WARNING: {w}\n", s.name));
        }
    }
    super::super::emit(out)?;
    Ok(())
}
