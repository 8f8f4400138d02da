//! `kubectl etcd backup …`: the flags of the in-cluster backup schedule.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Back up etcd on a schedule from inside the cluster: a CronJob in the etcd namespace
    /// that runs kubectl-etcd on a control-plane node, saves from the local member to URL and
    /// prunes. Running it again with the same --name updates the schedule.
    #[command(
        after_help = "Examples:\n  kubectl etcd backup schedule --to s3://backups/etcd/ --every 12h --credentials-from-env\n  kubectl etcd backup schedule --to s3://backups/etcd/ --every '30 2 * * *' --keep-daily 7 --keep-weekly 4 --compress --encrypt-to age1… --credentials-secret s3-creds\n  kubectl etcd backup schedule --to gs://backups/etcd/ --every @daily --dry-run"
    )]
    Schedule(BackupScheduleArgs),
    /// Each schedule: when it last succeeded and failed (with the reason), and how old the
    /// newest backup at its destination is.
    Status(BackupStatusArgs),
    /// Remove a schedule: its CronJob, Jobs and pods, and the credentials Secret if
    /// `backup schedule --credentials-from-env` created it.
    Unschedule(BackupUnscheduleArgs),
    /// What the schedule's pod runs: save from the member given by --endpoints to URL, then
    /// prune; writes a one-line result to the termination log.
    #[command(hide = true)]
    Run(BackupRunArgs),
}

/// What to keep when pruning (grandfather-father-son), shared by schedule and run.
#[derive(Debug, Args, Clone, Default)]
pub struct KeepArgs {
    /// Keep the N newest backups.
    #[arg(long, value_name = "N")]
    pub keep_last: Option<usize>,
    /// Keep the newest backup of each of the last N hours that have one.
    #[arg(long, value_name = "N")]
    pub keep_hourly: Option<usize>,
    /// Keep the newest backup of each of the last N days that have one.
    #[arg(long, value_name = "N")]
    pub keep_daily: Option<usize>,
    /// Keep the newest backup of each of the last N weeks that have one.
    #[arg(long, value_name = "N")]
    pub keep_weekly: Option<usize>,
    /// Keep the newest backup of each of the last N months that have one.
    #[arg(long, value_name = "N")]
    pub keep_monthly: Option<usize>,
}

#[derive(Debug, Args, Clone)]
pub struct BackupScheduleArgs {
    /// Destination folder: s3://BUCKET/PREFIX/, gs://…, azblob://CONTAINER/…
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// When: a shorthand (30m, 6h, 12h, 1d), a macro (@hourly, @daily, @weekly) or cron
    /// syntax ("0 */12 * * *", UTC on kubeadm).
    #[arg(long, value_name = "SCHEDULE")]
    pub every: String,
    #[command(flatten)]
    pub keep: KeepArgs,
    /// Compress with zstd.
    #[arg(long)]
    pub compress: bool,
    /// Encrypt to this age recipient (age1…; repeatable). Only public keys go into the cluster.
    #[arg(long, value_name = "RECIPIENT")]
    pub encrypt_to: Vec<String>,
    /// Encrypt to the recipients in this file (one age1… per line).
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub recipients_file: Vec<PathBuf>,
    /// Put the destination credentials found in this shell (AWS_*, GOOGLE_*, AZURE_*) into a
    /// Secret that the schedule owns.
    #[arg(long, conflicts_with = "credentials_secret")]
    pub credentials_from_env: bool,
    /// Use an existing Secret in the etcd namespace; its keys become the job's environment
    /// (e.g. AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION).
    #[arg(long, value_name = "NAME")]
    pub credentials_secret: Option<String>,
    /// Image to run (default: this release's image; set it for a mirror or an air-gapped
    /// registry).
    #[arg(long, value_name = "REF")]
    pub image: Option<String>,
    /// Name of the schedule (the CronJob's name).
    #[arg(long, default_value = "etcd-backup", value_name = "NAME")]
    pub name: String,
    /// Cluster name in backup file names (default: the kubeconfig's cluster).
    #[arg(long, value_name = "NAME")]
    pub cluster_name: Option<String>,
    /// How long one backup may run before it is stopped.
    #[arg(long, default_value = "30m", value_parser = crate::cli::parse_duration, value_name = "DURATION")]
    pub deadline: std::time::Duration,
    /// Print the objects that would be created (Secret values redacted) and create nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args, Clone)]
pub struct BackupStatusArgs {
    /// One schedule (default: all).
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct BackupUnscheduleArgs {
    /// The schedule to remove.
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args, Clone)]
pub struct BackupRunArgs {
    /// Destination folder.
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// Cluster name in backup file names.
    #[arg(long, value_name = "NAME")]
    pub cluster_name: String,
    #[command(flatten)]
    pub keep: KeepArgs,
    #[arg(long)]
    pub compress: bool,
    #[arg(long, value_name = "RECIPIENT")]
    pub encrypt_to: Vec<String>,
    /// Where the one-line result goes (Kubernetes shows it as the container's termination
    /// message).
    #[arg(long, default_value = "/dev/termination-log", value_name = "FILE")]
    pub termination_log: PathBuf,
}
