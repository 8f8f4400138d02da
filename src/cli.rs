//! Command-line definitions (clap derive). Parsing only: no I/O happens here.
//!
//! Global flags are `global = true` because kubectl passes everything after the
//! plugin name to us, so `kubectl etcd get -w json /foo` and
//! `kubectl etcd -w json get /foo` must both work.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Operate the etcd behind a Kubernetes cluster: etcdctl-compatible commands and safe snapshots.
#[derive(Debug, Parser)]
#[command(
    name = "kubectl-etcd",
    bin_name = "kubectl etcd",
    version,
    max_term_width = 100,
    after_help = "Examples:\n  \
      kubectl etcd --endpoints https://127.0.0.1:2379 --cacert ca.crt --cert client.crt --key client.key get / --prefix --keys-only\n  \
      kubectl etcd endpoint status -w table\n  \
      kubectl etcd snapshot save backup.db\n\n\
      -o json|yaml prints Kubernetes objects as kubectl does; -w simple|json|table|fields prints etcdctl's formats."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags valid on every command. Each has an `ETCDCTL_*` environment variable, as in etcdctl;
/// unlike etcdctl, a flag given on the command line simply overrides its variable.
#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// Comma-separated etcd client URLs (https://host:port). Selects direct mode.
    #[arg(
        long,
        global = true,
        env = "ETCDCTL_ENDPOINTS",
        value_delimiter = ',',
        value_name = "URLS"
    )]
    pub endpoints: Vec<String>,

    /// CA bundle that signed the etcd server certificate (kubeadm: /etc/kubernetes/pki/etcd/ca.crt).
    #[arg(long, global = true, env = "ETCDCTL_CACERT", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub cacert: Option<PathBuf>,

    /// Client certificate (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt).
    #[arg(long, global = true, env = "ETCDCTL_CERT", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub cert: Option<PathBuf>,

    /// Private key of the client certificate.
    #[arg(long, global = true, env = "ETCDCTL_KEY", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub key: Option<PathBuf>,

    /// Do not verify the server certificate (encryption only; anyone in the middle can read everything).
    #[arg(long, global = true, env = "ETCDCTL_INSECURE_SKIP_TLS_VERIFY")]
    pub insecure_skip_tls_verify: bool,

    /// How long to wait for a connection to an endpoint (Go durations: 2s, 500ms, 1m).
    #[arg(long, global = true, env = "ETCDCTL_DIAL_TIMEOUT", default_value = "2s", value_parser = parse_duration, value_name = "DURATION")]
    pub dial_timeout: Duration,

    /// Time limit of each request (snapshot save and watch are exempt unless given explicitly).
    #[arg(long, global = true, env = "ETCDCTL_COMMAND_TIMEOUT", value_parser = parse_duration, value_name = "DURATION")]
    pub command_timeout: Option<Duration>,

    /// etcdctl's output format (simple, json, table, fields); `-o` is kubectl's.
    #[arg(short = 'w', long = "write-out", global = true, env = "ETCDCTL_WRITE_OUT", value_enum, default_value_t = OutputFormat::Simple)]
    pub write_out: OutputFormat,

    /// kubectl's output: the Kubernetes objects as `kubectl get -o json|yaml` prints them (one
    /// object, or a List). Commands without objects print their own document in this format.
    #[arg(
        short = 'o',
        long = "output",
        global = true,
        value_enum,
        value_name = "FORMAT"
    )]
    pub output: Option<ObjectFormat>,

    /// Answer yes to every confirmation (asked before writes when stdin is a terminal).
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,

    /// Kubeconfig file (cluster mode; default: KUBECONFIG, then ~/.kube/config).
    #[arg(long, global = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath, help_heading = "Cluster mode")]
    pub kubeconfig: Option<PathBuf>,

    /// Kubeconfig context to use.
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        help_heading = "Cluster mode"
    )]
    pub context: Option<String>,

    /// Kubeconfig cluster to use. Alone (no value), etcdctl's meaning: every member's URLs.
    #[arg(long, global = true, num_args = 0..=1, value_name = "NAME", help_heading = "Cluster mode")]
    pub cluster: Option<Option<String>>,

    /// Kubeconfig user to use.
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        help_heading = "Cluster mode"
    )]
    pub user: Option<String>,

    /// How long each Kubernetes API request may wait for the server's answer: 0 (no limit),
    /// seconds, or a duration (30s, 1m); 1m by default.
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_request_timeout, help_heading = "Cluster mode")]
    pub request_timeout: Option<RequestTimeout>,

    /// Namespace of the etcd static pods.
    #[arg(
        long,
        global = true,
        default_value = "kube-system",
        value_name = "NS",
        help_heading = "Cluster mode"
    )]
    pub etcd_namespace: String,

    /// Label selector of the etcd static pods.
    #[arg(
        long,
        global = true,
        default_value = "component=etcd",
        value_name = "SELECTOR",
        help_heading = "Cluster mode"
    )]
    pub etcd_selector: String,

    /// Only these members (etcd name or pod name; comma list).
    #[arg(
        long,
        global = true,
        value_delimiter = ',',
        value_name = "NAME",
        help_heading = "Cluster mode"
    )]
    pub member: Vec<String>,

    /// Only the members on these nodes (comma list).
    #[arg(
        long,
        global = true,
        value_delimiter = ',',
        value_name = "NODE",
        help_heading = "Cluster mode"
    )]
    pub node: Vec<String>,

    /// Image of the helper pod that reads etcd's certificates on its node (needs `cat`).
    #[arg(
        long,
        global = true,
        default_value = "busybox:1.36",
        value_name = "IMAGE",
        help_heading = "Cluster mode"
    )]
    pub helper_image: String,

    /// How long to wait for the helper pod to start.
    #[arg(long, global = true, default_value = "120s", value_parser = parse_duration, value_name = "DURATION", help_heading = "Cluster mode")]
    pub helper_timeout: Duration,

    /// Connect to each member's advertised client URL instead of through a port-forward.
    #[arg(long, global = true, help_heading = "Cluster mode")]
    pub direct: bool,

    /// kube-apiserver's EncryptionConfiguration, to read Secrets encrypted at rest (aescbc,
    /// aesgcm, secretbox).
    #[arg(long, global = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub encryption_config: Option<PathBuf>,

    /// age identity file (AGE-SECRET-KEY-1…) to read backups encrypted with --encrypt-to.
    #[arg(long, global = true, env = "KUBECTL_ETCD_IDENTITY", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub identity: Vec<PathBuf>,
}

/// `--request-timeout`, parsed (None inside = no limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestTimeout(pub Option<Duration>);

fn parse_request_timeout(s: &str) -> Result<RequestTimeout, String> {
    crate::cluster::kubeconfig::parse_request_timeout(s).map(RequestTimeout)
}

/// Output formats, as etcdctl names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Human-readable text, as etcdctl prints it.
    Simple,
    /// etcdctl's JSON (one document per line; keys and values base64).
    Json,
    /// ASCII table (endpoint, member and snapshot status commands).
    Table,
    /// The JSON document as YAML (not etcdctl's; kept for scripts that used it).
    Yaml,
    /// etcdctl's `"Name" : value` lines (get, put, del, watch, member list, endpoint, alarm,
    /// lease, snapshot status).
    Fields,
}

/// `-o`: kubectl's object formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ObjectFormat {
    /// As `kubectl get -o json`.
    Json,
    /// As `kubectl get -o yaml`.
    Yaml,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Get a key or a range of keys.
    #[command(
        after_help = "Examples:\n  kubectl etcd get /registry/pods/default/nginx\n  kubectl etcd get /registry/ --prefix --keys-only\n  kubectl etcd get /registry/ --prefix --count-only\n  kubectl etcd get --snapshot backup.db /registry/deployments/ --prefix --keys-only"
    )]
    Get(GetArgs),
    /// Put a key (the value is read from stdin when not given).
    Put(PutArgs),
    /// Delete a key or a range of keys.
    #[command(alias = "delete")]
    Del(DelArgs),
    /// Watch a key or prefix and print every change until Ctrl-C.
    Watch(WatchArgs),
    /// How is my etcd? One row per member: version, leader, raft, DB size, alarms, health,
    /// server certificate expiry.
    #[command(after_help = "Examples:\n  kubectl etcd status\n  kubectl etcd status -o json")]
    Status,
    /// Health and status of endpoints (every member in cluster mode).
    #[command(subcommand)]
    Endpoint(EndpointCommand),
    /// Cluster membership.
    #[command(subcommand)]
    Member(MemberCommand),
    /// Transfer leadership to another member (ID in hex, or its name); sent to the current
    /// leader.
    #[command(
        name = "move-leader",
        after_help = "Examples:\n  kubectl etcd move-leader 8e9e05c52164694d\n  kubectl etcd move-leader cp-2"
    )]
    MoveLeader(MemberRefArgs),
    /// Defragment each member, followers first and the leader last, after a health check
    /// (cluster mode; in direct mode with any of the plan flags); etcdctl's loop otherwise.
    #[command(
        after_help = "Examples:\n  kubectl etcd defrag --dry-run\n  kubectl etcd defrag --compact --rule 'dbQuotaUsage > 0.8 || dbSizeFree > 200*1024*1024'\n  kubectl etcd defrag --compact --disarm      # NOSPACE recovery"
    )]
    Defrag(DefragArgs),
    /// List or disarm alarms (NOSPACE, CORRUPT).
    #[command(subcommand)]
    Alarm(AlarmCommand),
    /// Compact the key history up to a revision (older revisions become unreadable).
    Compaction(CompactionArgs),
    /// Leases: list them, or what one holds and how long it lives (Kubernetes Events share
    /// leases).
    #[command(subcommand)]
    Lease(LeaseCommand),
    /// Check the cluster's performance (etcdctl's `check perf`: writes, then deletes them).
    #[command(subcommand)]
    Check(CheckCommand),
    /// Save, check and look inside snapshots (backups).
    #[command(subcommand)]
    Snapshot(SnapshotCommand),
    /// Back up from inside the cluster on a schedule (a CronJob on a control-plane node), and
    /// see how those backups are doing.
    #[command(subcommand)]
    Backup(crate::cli_backup::BackupCommand),
    /// Print the plugin version and, with endpoints, the servers' versions.
    Version,
    /// Is every Secret encrypted at rest? Lists each Secret's storage (plaintext, or provider
    /// and key), online or in a snapshot; exits 1 when any is plaintext.
    #[command(
        name = "secrets-audit",
        after_help = "Examples:\n  kubectl etcd secrets-audit\n  kubectl etcd secrets-audit --snapshot backup.db -o json"
    )]
    SecretsAudit(AuditArgs),
    /// What fills the database: keys, bytes and the largest object per resource type.
    #[command(
        after_help = "Examples:\n  kubectl etcd usage\n  kubectl etcd usage /registry/events/ --snapshot backup.db"
    )]
    Usage(UsageArgs),
    /// Print a shell completion script for `kubectl-etcd` (bash, zsh, fish, powershell).
    #[command(
        after_help = "Examples:\n  kubectl etcd completion bash > /etc/bash_completion.d/kubectl-etcd\n  \
      ln -s \"$(command -v kubectl-etcd)\" ~/.local/bin/kubectl_complete-etcd   # kubectl etcd <TAB>"
    )]
    Completion {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Clone, Args)]
pub struct GetArgs {
    /// Key (or start of the range), or a kubectl resource type (`deployment`, `deploy/web`).
    #[arg(id = "key_arg", value_name = "KEY|TYPE[/NAME]")]
    pub key: String,
    /// End of the range [key, range_end), or the object's name after a resource type.
    #[arg(value_name = "RANGE_END|NAME")]
    pub range_end: Option<String>,
    /// Get all keys with this prefix.
    #[arg(long, conflicts_with_all = ["from_key", "range_end"])]
    pub prefix: bool,
    /// Get keys that are greater than or equal to the key (byte order).
    #[arg(long, conflicts_with = "range_end")]
    pub from_key: bool,
    /// Print keys without values.
    #[arg(long, conflicts_with = "count_only")]
    pub keys_only: bool,
    /// Print only values (simple output).
    #[arg(long)]
    pub print_value_only: bool,
    /// Print only the number of keys.
    #[arg(long)]
    pub count_only: bool,
    /// Maximum number of results (0 = no limit).
    #[arg(long, default_value_t = 0)]
    pub limit: i64,
    /// Read at this revision (0 = latest).
    #[arg(long, default_value_t = 0)]
    pub rev: i64,
    /// Sort by this field.
    #[arg(long, value_enum, ignore_case = true)]
    pub sort_by: Option<SortBy>,
    /// Sort order (defaults to ascend when --sort-by is given).
    #[arg(long, value_enum, ignore_case = true)]
    pub order: Option<SortOrder>,
    /// Read from a snapshot file instead of a live server (offline; nothing is contacted).
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub snapshot: Option<PathBuf>,
    /// Show values as the Kubernetes objects kube-apiserver stored in simple output (the
    /// default on a terminal); `-o json|yaml` always shows objects.
    #[arg(long, conflicts_with = "raw")]
    pub decode: bool,
    /// Print stored bytes untouched, as etcdctl does (default when piped; not with -o).
    #[arg(long)]
    pub raw: bool,
    /// Namespace for kubectl-style addressing (`get deployment web -n prod`; default: default).
    #[arg(short = 'n', long, value_name = "NS")]
    pub namespace: Option<String>,
    /// Every namespace, for kubectl-style addressing (`get secrets -A`).
    #[arg(short = 'A', long, conflicts_with = "namespace")]
    pub all_namespaces: bool,
    /// Label selector (`app=web,tier!=db,env`); values are decoded to apply it.
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,
    /// Where kube-apiserver keeps its objects (its --etcd-prefix).
    #[arg(long, default_value = "/registry", value_name = "PREFIX")]
    pub etcd_prefix: String,
    /// Keep metadata.managedFields in decoded objects (hidden by default, as kubectl does).
    #[arg(long)]
    pub show_managed_fields: bool,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Audit a snapshot file instead of the live cluster.
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub snapshot: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct UsageArgs {
    /// Only keys under this prefix.
    #[arg(default_value = "/registry/")]
    pub prefix: String,
    /// Read a snapshot file instead of the live cluster.
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub snapshot: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "UPPER")]
pub enum SortBy {
    Create,
    Key,
    Modify,
    Value,
    Version,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "UPPER")]
pub enum SortOrder {
    Ascend,
    Descend,
}

#[derive(Debug, Args)]
pub struct PutArgs {
    #[arg(id = "key_arg", value_name = "KEY")]
    pub key: String,
    /// Value; read from stdin when omitted.
    pub value: Option<String>,
    /// Print the previous key-value.
    #[arg(long)]
    pub prev_kv: bool,
    /// Attach the key to this lease (hex ID).
    #[arg(long, value_name = "HEX_ID")]
    pub lease: Option<String>,
    /// Keep the current value (update the lease only).
    #[arg(long)]
    pub ignore_value: bool,
    /// Keep the current lease.
    #[arg(long)]
    pub ignore_lease: bool,
}

#[derive(Debug, Args)]
pub struct DelArgs {
    #[arg(id = "key_arg", value_name = "KEY")]
    pub key: String,
    pub range_end: Option<String>,
    /// Delete all keys with this prefix.
    #[arg(long, conflicts_with_all = ["from_key", "range_end"])]
    pub prefix: bool,
    /// Delete keys greater than or equal to the key.
    #[arg(long, conflicts_with = "range_end")]
    pub from_key: bool,
    /// Print the deleted key-values.
    #[arg(long)]
    pub prev_kv: bool,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[arg(id = "key_arg", value_name = "KEY")]
    pub key: String,
    pub range_end: Option<String>,
    /// Watch all keys with this prefix.
    #[arg(long, conflicts_with = "range_end")]
    pub prefix: bool,
    /// Start watching at this revision (replays history since then).
    #[arg(long, default_value_t = 0)]
    pub rev: i64,
    /// Print the previous key-value with each event.
    #[arg(long)]
    pub prev_kv: bool,
}

#[derive(Debug, Subcommand)]
pub enum EndpointCommand {
    /// Check that each endpoint commits a proposal (and has no alarm).
    Health,
    /// Version, DB size, leader and raft position of each endpoint.
    Status,
    /// Hash of each endpoint's key-value store at one revision; flags a member whose hash
    /// differs from the others'.
    Hashkv(HashkvArgs),
}

#[derive(Debug, Args)]
pub struct HashkvArgs {
    /// Revision to hash up to (0 = each endpoint's latest, as etcdctl; when hashes then
    /// differ, they are compared again at one common revision before a member is flagged).
    #[arg(long, default_value_t = 0)]
    pub rev: i64,
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// List the members of the cluster.
    List,
    /// Add a member (prints the ETCD_* settings to start it with).
    #[command(
        after_help = "Examples:\n  kubectl etcd member add cp-3 --peer-urls https://10.0.0.13:2380 --learner"
    )]
    Add(MemberAddArgs),
    /// Remove a member (ID in hex, or its name); with --node, the member of a control-plane
    /// node that is gone for good, and its stale etcd mirror pod.
    #[command(
        after_help = "Examples:\n  kubectl etcd member remove 8e9e05c52164694d\n  kubectl etcd member remove cp-2\n  kubectl etcd member remove --node cp-2"
    )]
    Remove(MemberRemoveArgs),
    /// Change a member's peer URLs.
    Update(MemberUpdateArgs),
    /// Promote a learner to a voting member (once it has caught up with the leader).
    Promote(MemberRefArgs),
    /// Rebuild the member on NODE (stacked etcd) from the others: its data dir is moved
    /// aside, it is removed, added again as a learner and promoted once it has caught up.
    #[command(
        after_help = "Examples:\n  kubectl etcd member resync cp-2 --dry-run\n  kubectl etcd member resync cp-2"
    )]
    Resync(MemberResyncArgs),
}

#[derive(Debug, Args)]
pub struct MemberResyncArgs {
    /// The node whose etcd member to rebuild.
    #[arg(id = "resync_node", value_name = "NODE")]
    pub node: String,
    /// Print the plan (steps, manifest diff) and stop.
    #[arg(long)]
    pub dry_run: bool,
    /// How long the rebuilt member may take to catch up and the cluster to become healthy.
    #[arg(long, default_value = "5m", value_parser = parse_duration, value_name = "DURATION")]
    pub timeout: Duration,
}

#[derive(Debug, Args)]
pub struct MemberAddArgs {
    /// The new member's name (its --name).
    pub name: String,
    /// The new member's peer URLs (comma list).
    #[arg(long, value_name = "URLS", required = true, value_delimiter = ',')]
    pub peer_urls: Vec<String>,
    /// Add as a learner (non-voting until promoted).
    #[arg(long)]
    pub learner: bool,
}

#[derive(Debug, Args)]
pub struct MemberRefArgs {
    /// Member ID (hex, as `member list` prints it) or name.
    #[arg(id = "member_ref", value_name = "ID|NAME")]
    pub member: String,
}

#[derive(Debug, Args)]
pub struct MemberRemoveArgs {
    /// Member ID (hex) or name; omit with --node.
    #[arg(id = "member_ref", value_name = "ID|NAME")]
    pub member: Option<String>,
    /// With --node: remove it even though the node is Ready.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct MemberUpdateArgs {
    /// Member ID (hex) or name.
    #[arg(id = "member_ref", value_name = "ID|NAME")]
    pub member: String,
    /// The member's new peer URLs (comma list).
    #[arg(long, value_name = "URLS", required = true, value_delimiter = ',')]
    pub peer_urls: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum AlarmCommand {
    /// List active alarms.
    List,
    /// Disarm every active alarm; NOSPACE only once every member is below 80% of its quota.
    Disarm(AlarmDisarmArgs),
}

#[derive(Debug, Args)]
pub struct AlarmDisarmArgs {
    /// The members' quota when neither their pod spec nor etcd (< 3.6) says it (default: etcd's
    /// 2 GiB).
    #[arg(long, value_name = "BYTES")]
    pub quota_backend_bytes: Option<i64>,
    /// Disarm NOSPACE even when a member is still above its quota (it comes back at the next
    /// write).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum LeaseCommand {
    /// List every lease (IDs in hex).
    List,
    /// Granted and remaining TTL of a lease, and with --keys the keys attached to it.
    Timetolive(LeaseTtlArgs),
}

#[derive(Debug, Args)]
pub struct LeaseTtlArgs {
    /// Lease ID in hex, as `lease list` prints it.
    #[arg(value_name = "LEASE_ID")]
    pub id: String,
    /// Also list the keys attached to the lease.
    #[arg(long)]
    pub keys: bool,
}

#[derive(Debug, Subcommand)]
pub enum CheckCommand {
    /// Write load for 60 s and judge it by etcdctl's criteria: throughput above 90% of the
    /// target, slowest write at most 0.5 s, standard deviation at most 0.1 s, no errors.
    Perf(CheckPerfArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PerfLoad {
    /// 150 writes/s, 50 clients.
    S,
    /// 1000 writes/s, 200 clients.
    M,
    /// 8000 writes/s, 500 clients.
    L,
    /// 15000 writes/s, 1000 clients.
    Xl,
}

#[derive(Debug, Args)]
pub struct CheckPerfArgs {
    /// Workload size.
    #[arg(long, value_enum, default_value_t = PerfLoad::S)]
    pub load: PerfLoad,
    /// Where the test keys go (must be empty).
    #[arg(long, default_value = "/etcdctl-check-perf/")]
    pub prefix: String,
    /// Compact after the run (at the revision of the deletion).
    #[arg(long)]
    pub auto_compact: bool,
    /// Defragment every endpoint after the run.
    #[arg(long)]
    pub auto_defrag: bool,
    /// How long to write (etcdctl: always 60s).
    #[arg(long, default_value = "60s", value_parser = parse_duration, value_name = "DURATION")]
    pub duration: Duration,
}

#[derive(Debug, Args)]
pub struct DefragArgs {
    /// Only members for which this is true. Variables: dbSize, dbSizeInUse, dbSizeFree (bytes),
    /// dbQuota (bytes), dbQuotaUsage (dbSize/dbQuota); operators + - * / % < <= > >= == != && || !
    #[arg(long, value_name = "EXPR")]
    pub rule: Option<String>,
    /// First compact the history at the current revision (kube-apiserver compacts every 5 minutes
    /// by itself, so this rarely frees more than a few minutes of history).
    #[arg(long)]
    pub compact: bool,
    /// Print the plan and stop.
    #[arg(long)]
    pub dry_run: bool,
    /// Go on even if a member is unhealthy (an active NOSPACE alarm never blocks: defrag is its cure).
    #[arg(long)]
    pub skip_health: bool,
    /// Defragment the leader without moving leadership to a defragmented follower first.
    #[arg(long)]
    pub no_move_leader: bool,
    /// Pause between members (Go durations: 10s, 1m).
    #[arg(long, value_parser = parse_duration, value_name = "DURATION")]
    pub wait_between: Option<Duration>,
    /// Afterwards, disarm NOSPACE if every member is below 80% of its quota.
    #[arg(long)]
    pub disarm: bool,
    /// The members' quota when neither their pod spec nor etcd (< 3.6) says it (default: etcd's
    /// 2 GiB).
    #[arg(long, value_name = "BYTES")]
    pub quota_backend_bytes: Option<i64>,
}

impl DefragArgs {
    /// Whether any flag asks for the plan (direct mode keeps etcdctl's loop otherwise).
    pub fn wants_plan(&self) -> bool {
        self.rule.is_some()
            || self.compact
            || self.dry_run
            || self.skip_health
            || self.no_move_leader
            || self.wait_between.is_some()
            || self.disarm
            || self.quota_backend_bytes.is_some()
    }
}

#[derive(Debug, Args)]
pub struct CompactionArgs {
    /// Revision to compact up to (exclusive of newer history).
    pub revision: i64,
    /// Wait until the compacted revisions are physically removed.
    #[arg(long)]
    pub physical: bool,
}

#[derive(Debug, Subcommand)]
pub enum SnapshotCommand {
    /// Stream a snapshot from one endpoint into FILE (`-` for stdout), verified, mode 0600.
    #[command(
        after_help = "Examples:\n  kubectl etcd snapshot save backup.db\n  kubectl etcd snapshot save s3://backups/etcd/ --compress --encrypt-to age1…\n  kubectl etcd snapshot save - | gzip > backup.db.gz"
    )]
    Save(SnapshotSaveArgs),
    /// Hash, revision, total keys and size of a snapshot file (read locally, like etcdutl).
    Status(SnapshotFileArgs),
    /// Check a snapshot's SHA-256 trailer and its bbolt and etcd structure.
    Verify(SnapshotVerifyArgs),
    /// Restore a snapshot onto the cluster's etcd node(s) through helper pods: new data dir,
    /// manifest patched (backup kept outside the manifests folder), wait for health, roll
    /// back on failure.
    #[command(
        after_help = "Examples:\n  kubectl etcd snapshot restore backup.db --dry-run\n  kubectl etcd snapshot restore backup.db\n  kubectl etcd snapshot restore --rollback"
    )]
    Restore(SnapshotRestoreArgs),
    /// Print objects from a backup as apply-ready YAML (server-set fields removed), to bring
    /// back what was deleted: `… | kubectl apply -f -`.
    #[command(
        after_help = "Examples:\n  kubectl etcd snapshot extract backup.db deployment/web -n prod | kubectl apply -f -\n  kubectl etcd snapshot extract backup.db --all -n prod\n  kubectl etcd snapshot extract backup.db cm -n prod -l app=web"
    )]
    Extract(SnapshotExtractArgs),
    /// What changed between a backup and the live cluster (or another backup), per resource.
    #[command(
        after_help = "Examples:\n  kubectl etcd snapshot diff backup.db\n  kubectl etcd snapshot diff old.db --against new.db -o json\n  kubectl etcd snapshot diff backup.db deployment/web -n prod"
    )]
    Diff(SnapshotDiffArgs),
    /// Backups in a folder or under a URL prefix, newest first: name, time, revision, size,
    /// compression and encryption (read from the names `snapshot save DIR/` gives).
    #[command(
        after_help = "Examples:\n  kubectl etcd snapshot list s3://backups/etcd/\n  kubectl etcd snapshot list /var/backups/etcd/ -w json"
    )]
    List(SnapshotListArgs),
    /// Delete old backups, keeping what the --keep-* flags say (grandfather-father-son) and
    /// always the newest. Prints the plan; deletes only with --yes.
    #[command(
        after_help = "Examples:\n  kubectl etcd snapshot prune s3://backups/etcd/ --keep-last 3 --keep-daily 7 --keep-weekly 4 --keep-monthly 6\n  kubectl etcd snapshot prune s3://backups/etcd/ --keep-daily 7 --yes"
    )]
    Prune(SnapshotPruneArgs),
}

#[derive(Debug, Args)]
pub struct SnapshotListArgs {
    /// A folder or URL prefix (s3://BUCKET/PREFIX/, gs://…, azblob://…, a local directory).
    #[arg(value_name = "DIR|URL", value_hint = clap::ValueHint::AnyPath)]
    pub location: String,
}

#[derive(Debug, Args)]
pub struct SnapshotPruneArgs {
    /// A folder or URL prefix, as for `snapshot list`.
    #[arg(value_name = "DIR|URL", value_hint = clap::ValueHint::AnyPath)]
    pub location: String,
    /// Keep the N newest backups.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub keep_last: usize,
    /// Keep the newest backup of each of the last N hours that have one.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub keep_hourly: usize,
    /// Keep the newest backup of each of the last N days that have one.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub keep_daily: usize,
    /// Keep the newest backup of each of the last N weeks (Monday to Sunday) that have one.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub keep_weekly: usize,
    /// Keep the newest backup of each of the last N months that have one.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub keep_monthly: usize,
}

#[derive(Debug, Args)]
pub struct SnapshotExtractArgs {
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// Objects: TYPE/NAME (several), TYPE NAME…, or TYPE (every object of that type).
    pub objects: Vec<String>,
    /// Namespace of the objects (default: default).
    #[arg(short = 'n', long, value_name = "NS")]
    pub namespace: Option<String>,
    /// Every object of the namespace (with -n), or of the whole backup.
    #[arg(long)]
    pub all: bool,
    /// Only objects with these labels.
    #[arg(short = 'l', long, value_name = "SELECTOR")]
    pub selector: Option<String>,
    /// kube-apiserver's --etcd-prefix.
    #[arg(long, default_value = "/registry", value_name = "PREFIX")]
    pub etcd_prefix: String,
}

#[derive(Debug, Args)]
pub struct SnapshotDiffArgs {
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// Only these objects (TYPE/NAME, TYPE NAME…, or TYPE), each with a field-level diff of
    /// its YAML.
    pub objects: Vec<String>,
    /// Namespace of the objects (default: default).
    #[arg(short = 'n', long, value_name = "NS")]
    pub namespace: Option<String>,
    /// Compare with this backup instead of the live cluster (FILE is the older one).
    #[arg(long, value_name = "FILE2", value_hint = clap::ValueHint::FilePath)]
    pub against: Option<PathBuf>,
    /// Include events and leases, which change all the time.
    #[arg(long)]
    pub all: bool,
    /// kube-apiserver's --etcd-prefix.
    #[arg(long, default_value = "/registry", value_name = "PREFIX")]
    pub etcd_prefix: String,
}

#[derive(Debug, Args)]
pub struct SnapshotRestoreArgs {
    /// The snapshot to restore (not needed with --rollback or --status).
    #[arg(value_hint = clap::ValueHint::FilePath, required_unless_present_any = ["rollback", "status"])]
    pub file: Option<PathBuf>,
    /// Data directory to restore into on each node (default: /var/lib/etcd-restore-<UTC time>
    /// beside the current one). Must not exist yet.
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Print the plan (nodes, data dir, manifest diff) and stop.
    #[arg(long)]
    pub dry_run: bool,
    /// Put back the manifest saved by the last restore (and wait for etcd).
    #[arg(long, conflicts_with_all = ["file", "data_dir"])]
    pub rollback: bool,
    /// How long etcd may take to become healthy before the restore is rolled back.
    #[arg(long, default_value = "5m", value_parser = parse_duration, value_name = "DURATION")]
    pub timeout: Duration,
    /// Afterwards, restart kube-apiserver, kube-controller-manager and kube-scheduler (static
    /// pods) so that none keeps state from before the restore.
    #[arg(long)]
    pub restart_control_plane: bool,
    /// Allow restoring only some members of a multi-member cluster (with --member/--node).
    #[arg(long)]
    pub force: bool,
    /// Restore a file without SHA-256 trailer (a member/snap/db copy).
    #[arg(long)]
    pub skip_hash_check: bool,
    /// Print what the last restore or rollback left on each node (read from the files its
    /// watchdog wrote beside the manifest backup) and remove the pods it left behind.
    #[arg(long, conflicts_with_all = ["file", "data_dir", "rollback", "dry_run"])]
    pub status: bool,
}

#[derive(Debug, Args)]
pub struct SnapshotSaveArgs {
    /// Destination: a file, `-` for stdout, a folder ending in `/`, or a URL (s3://BUCKET/PREFIX/,
    /// gs://…, azblob://CONTAINER/…, file://…). A folder gets a name
    /// `<cluster>-<UTC time>-rev<revision>.db[.zst][.age]`.
    #[arg(value_hint = clap::ValueHint::AnyPath, value_name = "FILE|DIR/|URL")]
    pub file: PathBuf,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
    /// Compress with zstd (adds `.zst` to default names).
    #[arg(long)]
    pub compress: bool,
    /// Encrypt to this age recipient (age1…; repeatable). Nothing unencrypted is written.
    #[arg(long, value_name = "RECIPIENT")]
    pub encrypt_to: Vec<String>,
    /// Encrypt to the recipients in this file (one age1… per line; repeatable).
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub recipients_file: Vec<PathBuf>,
    /// Cluster name in default file names (default: the kubeconfig's cluster, else `etcd`).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct SnapshotFileArgs {
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct SnapshotVerifyArgs {
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// Accept a file without the SHA-256 trailer (a `member/snap/db` copied from a data dir).
    #[arg(long)]
    pub skip_hash_check: bool,
}

/// Parses Go-style durations (`2s`, `500ms`, `1m30s`) as etcdctl accepts them.
pub(crate) fn parse_duration(s: &str) -> Result<Duration, String> {
    humantime::parse_duration(s).map_err(|e| format!("{e} (examples: 2s, 500ms, 1m)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn write_out_spellings() {
        for args in [
            &["kubectl-etcd", "-w", "json", "member", "list"][..],
            &["kubectl-etcd", "member", "list", "-w", "json"],
            &["kubectl-etcd", "member", "list", "--write-out=json"],
            &["kubectl-etcd", "member", "list", "-wjson"],
        ] {
            let cli = Cli::try_parse_from(args).unwrap();
            assert_eq!(cli.global.write_out, OutputFormat::Json, "{args:?}");
            assert_eq!(cli.global.output, None, "{args:?}");
        }
    }

    #[test]
    fn dash_o_is_kubectl_output_not_write_out() {
        for args in [
            &["kubectl-etcd", "get", "deploy/web", "-o", "yaml"][..],
            &["kubectl-etcd", "-oyaml", "get", "deploy/web"],
            &["kubectl-etcd", "get", "deploy/web", "--output=yaml"],
        ] {
            let cli = Cli::try_parse_from(args).unwrap();
            assert_eq!(cli.global.output, Some(ObjectFormat::Yaml), "{args:?}");
            assert_eq!(cli.global.write_out, OutputFormat::Simple, "{args:?}");
        }
        assert!(Cli::try_parse_from(["kubectl-etcd", "get", "k", "-o", "fields"]).is_err());
        let cli = Cli::try_parse_from(["kubectl-etcd", "get", "k", "-w", "fields"]).unwrap();
        assert_eq!(cli.global.write_out, OutputFormat::Fields);
    }

    #[test]
    fn endpoints_are_comma_separated_and_durations_go_style() {
        let cli = Cli::try_parse_from([
            "kubectl-etcd",
            "get",
            "k",
            "--endpoints",
            "https://a:1,https://b:2",
            "--dial-timeout",
            "1m30s",
        ])
        .unwrap();
        assert_eq!(cli.global.endpoints, ["https://a:1", "https://b:2"]);
        assert_eq!(cli.global.dial_timeout, Duration::from_secs(90));
    }

    #[test]
    fn sort_flags_are_case_insensitive() {
        let cli = Cli::try_parse_from([
            "kubectl-etcd",
            "get",
            "k",
            "--sort-by",
            "modify",
            "--order",
            "DESCEND",
        ])
        .unwrap();
        let Command::Get(get) = cli.command else {
            panic!()
        };
        assert_eq!(get.sort_by, Some(SortBy::Modify));
        assert_eq!(get.order, Some(SortOrder::Descend));
    }

    #[test]
    fn a_member_argument_is_not_the_global_member_filter() {
        let cli = Cli::try_parse_from(["kubectl-etcd", "member", "promote", "cp-1"]).unwrap();
        assert!(cli.global.member.is_empty());
        let Command::Member(MemberCommand::Promote(p)) = cli.command else {
            panic!()
        };
        assert_eq!(p.member, "cp-1");
    }

    #[test]
    fn prefix_conflicts_with_range_end() {
        assert!(Cli::try_parse_from(["kubectl-etcd", "get", "a", "b", "--prefix"]).is_err());
        assert!(
            Cli::try_parse_from(["kubectl-etcd", "get", "a", "--prefix", "--from-key"]).is_err()
        );
    }
}
