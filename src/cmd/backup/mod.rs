//! `kubectl etcd backup schedule|status|unschedule` — backups that run inside the cluster,
//! as a CronJob on a control-plane node running this tool's image — and `backup run`, what
//! that CronJob's pod executes.

mod credentials;
mod every;
mod manifest;
mod run;
mod schedule;
mod status;
mod unschedule;

use anyhow::Result;

use super::Ctx;
use crate::cli_backup::{BackupCommand, KeepArgs};
use crate::exit::Code;

/// Labels on everything a schedule consists of (`kubectl get all,secrets -l …`).
pub const LABEL_MANAGED: (&str, &str) = ("app.kubernetes.io/managed-by", "kubectl-etcd");
pub const LABEL_COMPONENT: (&str, &str) = ("app.kubernetes.io/component", "etcd-backup");
pub const LABEL_SCHEDULE: &str = "kubectl-etcd.io/backup-schedule";
/// On a Secret that `--credentials-from-env` created, so that only it is ever deleted.
pub const LABEL_OWNED_SECRET: &str = "kubectl-etcd.io/created-by-schedule";
pub const ANN_DESTINATION: &str = "kubectl-etcd.io/destination";
pub const ANN_EVERY: &str = "kubectl-etcd.io/every";
pub const ANN_SECRET: &str = "kubectl-etcd.io/credentials-secret";

/// The image this release publishes (scripts/oci_image.py builds it; `--image` overrides).
pub fn default_image() -> String {
    format!(
        "ghcr.io/kubectl-etcd/kubectl-etcd:{}",
        env!("CARGO_PKG_VERSION")
    )
}

pub async fn run(ctx: &Ctx, cmd: BackupCommand) -> Result<Code> {
    match cmd {
        BackupCommand::Schedule(args) => schedule::run(ctx, args).await,
        BackupCommand::Status(args) => status::run(ctx, args).await,
        BackupCommand::Unschedule(args) => unschedule::run(ctx, args).await,
        BackupCommand::Run(args) => run::run(ctx, args).await,
    }
}

/// The retention policy the flags give, or the default when none is given.
pub fn keep_policy(k: &KeepArgs) -> crate::storage::catalog::Policy {
    let none = k.keep_last.is_none()
        && k.keep_hourly.is_none()
        && k.keep_daily.is_none()
        && k.keep_weekly.is_none()
        && k.keep_monthly.is_none();
    if none {
        // A week of dailies, a month of weeklies, half a year of monthlies, and the last 3.
        return crate::storage::catalog::Policy {
            last: 3,
            hourly: 0,
            daily: 7,
            weekly: 4,
            monthly: 6,
        };
    }
    crate::storage::catalog::Policy {
        last: k.keep_last.unwrap_or(0),
        hourly: k.keep_hourly.unwrap_or(0),
        daily: k.keep_daily.unwrap_or(0),
        weekly: k.keep_weekly.unwrap_or(0),
        monthly: k.keep_monthly.unwrap_or(0),
    }
}

/// The policy as flags (for the job's command line and for people).
pub fn keep_flags(p: &crate::storage::catalog::Policy) -> Vec<String> {
    let mut out = vec![];
    for (flag, n) in [
        ("--keep-last", p.last),
        ("--keep-hourly", p.hourly),
        ("--keep-daily", p.daily),
        ("--keep-weekly", p.weekly),
        ("--keep-monthly", p.monthly),
    ] {
        if n > 0 {
            out.push(flag.to_string());
            out.push(n.to_string());
        }
    }
    out
}

/// A kube client for the cluster the kubeconfig names.
async fn client(ctx: &Ctx) -> Result<kube::Client> {
    crate::cluster::kubeconfig::client(&ctx.cluster_options().kube).await
}

/// An API error of a backup command; a refusal names what the schedule needs (the pods-only
/// hint of the other commands would mislead here).
pub fn api_failure(e: kube::Error, action: &str, namespace: &str) -> anyhow::Error {
    match &e {
        kube::Error::Api(s) if s.code == 403 => crate::exit::Failure::new(
            Code::Error,
            format!("cannot {action} in {namespace}: {}", s.message),
        )
        .hint(format!(
            "backup schedules need, in namespace {namespace}: get/list/create/update/delete cronjobs and jobs (batch), secrets, and get/list/delete pods; cluster-admin has all of them"
        ))
        .into(),
        _ => crate::cluster::api_failure(e, action, namespace),
    }
}
