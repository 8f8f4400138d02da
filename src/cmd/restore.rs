//! `snapshot restore`: restore etcd's static pod(s) from a snapshot, through the nodes.
//!
//! 1. **Check and plan** (nothing changes): verify the file with our reader, discover the
//!    members, read each node's manifest, print the plan (new data dir, the manifest diff,
//!    the backup path, what restarts) and ask.
//! 2. **Prepare** each node through a helper pod (the API is needed, etcd still runs from its
//!    old data dir): upload the snapshot and check its SHA-256 there, run `etcdutl`/`etcdctl
//!    snapshot restore` as the command of a pod with the node's own etcd image into a new
//!    directory, give it the old directory's owner and mode, write the manifest backup (outside
//!    the manifests folder) and the new manifest as a dot-file (which kubelet ignores).
//! 3. **Switch** with a *watchdog* pod per node, created and armed while the API still works:
//!    at one agreed time every watchdog renames the new manifest over `etcd.yaml` (all members
//!    at once, so a multi-member cluster never needs the API in between), then waits for us
//!    to confirm. Without confirmation in time it puts the backup back by itself: the node
//!    returns to its old etcd even when the restored etcd never comes up, which also takes
//!    the API server (and with it every way to reach the node) down.
//! 4. **Wait** through the port-forward until every member is healthy, is a new cluster, serves
//!    the snapshot's revision (bumped) and key count; then confirm (or roll back) through a
//!    fresh helper, and check the manifest on disk is what we meant.
//!
//! `--rollback` puts the newest backup back the same way (armed switch, no automatic revert).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{anyhow, bail, Context, Result};
use etcd_client::GetOptions;
use sha2::{Digest, Sha256};

use super::{emit, Ctx};
use crate::cli::SnapshotRestoreArgs;
use crate::cluster::member::Member;
use crate::cluster::node::{Input, Mount, NodePods, PodRequest};
use crate::cluster::{helper, Cluster};
use crate::etcd::tls::TlsMaterial;
use crate::etcd::{Endpoint, Target};
use crate::exit::{Code, Failure};
use crate::manifest;
use crate::output::human_duration::human_duration;
use crate::output::progress::Transfer;
use crate::snapshot::open::SnapshotFile;

/// Where kubeadm (and the test control plane) keep etcd's static pod manifest.
const MANIFEST: &str = "/etc/kubernetes/manifests/etcd.yaml";
/// How far the revision jumps (etcd's recovery guide: about a week at 1,500 writes/s).
const BUMP: i64 = 1_000_000_000;
/// How long the watchdog waits, beyond --timeout, for our verdict before it reverts.
const WATCHDOG_GRACE: Duration = Duration::from_secs(20);
/// Paths inside the helper pods.
const K8S: &str = "/host/k8s";
const OLD: &str = "/host/old";
const NEW: &str = "/host/new";

pub async fn run(ctx: &Ctx, args: SnapshotRestoreArgs) -> Result<Code> {
    if !ctx.global.endpoints.iter().all(|e| e.trim().is_empty()) {
        return Err(Failure::new(
            Code::BadArgs,
            "snapshot restore works in cluster mode only (it changes the etcd static pods on the nodes)",
        )
        .hint("drop --endpoints and pass a kubeconfig; for an etcd outside Kubernetes use `etcdutl snapshot restore` on its host")
        .into());
    }
    if args.rollback {
        rollback(ctx, args).await
    } else {
        restore(ctx, args).await
    }
}

// ---------------------------------------------------------------------------------------
// Shared setup
// ---------------------------------------------------------------------------------------

/// The cluster, the members to act on, and a connection to them.
struct Session {
    cluster: Cluster,
    members: Vec<Member>,
    target: Target,
    ts: String,
}

async fn session(ctx: &Ctx, force: bool, what: &str) -> Result<Session> {
    let mut opts = ctx.cluster_options();
    let only = std::mem::take(&mut opts.only);
    let cluster = Cluster::connect(opts).await.map_err(|e| {
        e.context(
            Failure::new(Code::BadConnection, "no usable kubeconfig").hint(
                "snapshot restore works in cluster mode: pass --kubeconfig or set KUBECONFIG",
            ),
        )
    })?;
    let all = cluster.members().await?;
    let members: Vec<Member> = if only.is_empty() {
        all.clone()
    } else {
        all.iter()
            .filter(|m| {
                only.iter()
                    .any(|o| *o == m.name || *o == m.pod || *o == m.node)
            })
            .cloned()
            .collect()
    };
    if members.is_empty() {
        let known: Vec<String> = all
            .iter()
            .map(|m| format!("{} (node {})", m.name, m.node))
            .collect();
        return Err(Failure::new(
            Code::BadArgs,
            format!("no etcd member matches {}", only.join(", ")),
        )
        .hint(format!("members are: {}", known.join(", ")))
        .into());
    }
    if members.len() < all.len() && !force {
        let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
        let others: Vec<&str> = all
            .iter()
            .filter(|m| !members.contains(m))
            .map(|m| m.name.as_str())
            .collect();
        return Err(Failure::new(
            Code::BadArgs,
            format!(
                "refusing to {what} only {} of a {}-member cluster",
                names.join(", "),
                all.len()
            ),
        )
        .hint(format!(
            "a restore makes a new cluster (new member and cluster IDs): a member restored alone cannot rejoin {} and the cluster loses that member; restore every member (drop --member/--node), or pass --force if you really mean to split it off",
            others.join(", ")
        ))
        .into());
    }
    let g = &ctx.global;
    let flags = TlsMaterial {
        ca: super::read_pem("--cacert", g.cacert.as_deref())?,
        cert: super::read_pem("--cert", g.cert.as_deref())?,
        key: super::read_pem("--key", g.key.as_deref())?,
        insecure_skip_verify: g.insecure_skip_tls_verify,
    };
    let material = cluster.credentials(flags, &members[0]).await?;
    let target = Target::new(
        cluster.endpoints(&members)?,
        &material,
        g.dial_timeout,
        Some(g.command_timeout.unwrap_or(Duration::from_secs(5))),
        true,
    )
    .context("invalid connection settings")?;
    Ok(Session {
        cluster,
        members,
        target,
        ts: utc_stamp(SystemTime::now()),
    })
}

impl Session {
    fn node_pods(&self, m: &Member) -> NodePods {
        NodePods {
            pods: self.cluster.pods.clone(),
            namespace: self.cluster.opts.namespace.clone(),
            node: m.node.clone(),
            wait: self.cluster.opts.helper_timeout,
            run: self.ts.clone(),
        }
    }

    fn helper_image(&self) -> String {
        self.cluster.opts.helper_image.clone()
    }

    /// Reads files on a member's node through the read-only helper.
    async fn read(&self, m: &Member, files: &[PathBuf]) -> Result<Vec<Vec<u8>>> {
        helper::Helper {
            pods: &self.cluster.pods,
            namespace: &self.cluster.opts.namespace,
            node: &m.node,
            image: &self.cluster.opts.helper_image,
            wait: self.cluster.opts.helper_timeout,
        }
        .read_files(files)
        .await
    }
}

/// `YYYYmmddTHHMMSSZ` in UTC: RFC 3339 without separators, so it sorts and fits a path.
fn utc_stamp(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0) as i64;
    crate::decode::time::rfc3339(secs, 0, false).replace(['-', ':'], "")
}

fn sha256_hex(bytes: &[u8]) -> String {
    crate::snapshot::verify::hex(&Sha256::digest(bytes))
}

fn say(msg: impl AsRef<str>) {
    eprintln!("{}", msg.as_ref());
}

/// The layout around a node's manifest.
#[derive(Clone)]
struct Paths {
    manifest: PathBuf,
    /// Parent of the manifests folder (kubeadm: /etc/kubernetes): backups and our control
    /// files live here, outside the folder kubelet reads.
    k8s_dir: PathBuf,
}

fn paths() -> Result<Paths> {
    let manifest = PathBuf::from(MANIFEST);
    let dir = manifest
        .parent()
        .ok_or_else(|| anyhow!("{MANIFEST} has no folder"))?;
    let k8s_dir = dir
        .parent()
        .ok_or_else(|| anyhow!("{} has no parent folder", dir.display()))?
        .to_path_buf();
    Ok(Paths { manifest, k8s_dir })
}

/// A host path under the Kubernetes folder, as the pods that mount it at [`K8S`] see it.
fn in_pod(paths: &Paths, host: &Path) -> String {
    match host.strip_prefix(&paths.k8s_dir) {
        Ok(rel) => format!("{K8S}/{}", rel.display()),
        Err(_) => host.display().to_string(),
    }
}

// ---------------------------------------------------------------------------------------
// The switch: watchdog pods, armed together
// ---------------------------------------------------------------------------------------

/// Runs in a busybox pod on the node. Control file $C: `arm <epoch>`, `cancel`, `commit`,
/// `rollback`. State file $S: what it did last (touched every second while it runs).
const WATCHDOG: &str = r#"
state() { echo "$1" > "$S.tmp" && mv -f "$S.tmp" "$S"; echo "$(date -u +%H:%M:%S) $1"; }
cmd() { c=""; t=""; [ -f "$C" ] && read -r c t < "$C"; }
give_up=$(( $(date +%s) + ARM_WAIT ))
state waiting
while :; do
  cmd
  [ "$c" = arm ] && break
  [ -n "$c" ] && { state cancelled; exit 0; }
  [ "$(date +%s)" -ge "$give_up" ] && { state not-armed; exit 0; }
  touch "$S"; sleep 0.2
done
state armed
while [ "$(date +%s)" -lt "$t" ]; do
  cmd
  [ "$c" = arm ] || { state cancelled; exit 0; }
  touch "$S"; sleep 0.1
done
mv -f "$N" "$M" || { state switch-failed; exit 1; }
state switched
[ "$REVERT" -gt 0 ] || { state committed; exit 0; }
end=$(( $(date +%s) + REVERT ))
while :; do
  cmd
  [ "$c" = commit ] && { state committed; exit 0; }
  [ "$c" = rollback ] && break
  [ "$(date +%s)" -ge "$end" ] && { echo "not confirmed within ${REVERT}s: putting the backup back"; break; }
  touch "$S"; sleep 1
done
if cp -p "$B" "$R" && mv -f "$R" "$M"; then state rolled-back; else state rollback-failed; exit 1; fi
"#;

/// Sends a verdict to the watchdog and reports what happened, and the manifest's SHA-256.
const VERDICT: &str = r#"
printf '%s\n' "$1" > "$C.tmp" && mv -f "$C.tmp" "$C" || exit 1
i=0; st=""
while [ $i -lt 50 ]; do
  st=$(cat "$S" 2>/dev/null)
  case "$st" in committed|rolled-back|cancelled|not-armed|switch-failed|rollback-failed) break;; esac
  age=$(( $(date +%s) - $(stat -c %Y "$S" 2>/dev/null || echo 0) ))
  [ "$age" -gt 4 ] && { st="gone"; break; }
  sleep 0.2; i=$((i+1))
done
echo "$st"
sha256sum "$M" | cut -d' ' -f1
"#;

/// One node's part of a switch.
struct Switch {
    member: Member,
    pods: NodePods,
    paths: Paths,
    /// Manifest bytes now, and after the switch.
    before: String,
    after: String,
    /// The backup (on the host) the watchdog reverts to.
    backup: PathBuf,
    /// The dot-file (on the host) holding `after`, already written.
    staged: PathBuf,
    ts: String,
    watchdog: Option<String>,
}

impl Switch {
    fn in_pod(&self, host: &Path) -> String {
        in_pod(&self.paths, host)
    }
    fn control(&self) -> String {
        format!("{K8S}/.kubectl-etcd-{}.control", self.ts)
    }
    fn state(&self) -> String {
        format!("{K8S}/.kubectl-etcd-{}.state", self.ts)
    }
    /// The manifest, as the pods see it.
    fn manifest(&self) -> String {
        self.in_pod(&self.paths.manifest)
    }
    /// Where the backup is copied before it is renamed over the manifest (a dot-file in the
    /// manifests folder, so the rename is atomic and kubelet ignores the copy).
    fn rollback_tmp(&self) -> String {
        self.in_pod(
            &self
                .paths
                .manifest
                .with_file_name(format!(".etcd.yaml.kubectl-etcd-{}-rollback", self.ts)),
        )
    }
    fn env(&self, revert: Duration, arm_wait: Duration) -> Vec<(String, String)> {
        vec![
            ("M".into(), self.manifest()),
            ("N".into(), self.in_pod(&self.staged)),
            ("B".into(), self.in_pod(&self.backup)),
            ("R".into(), self.rollback_tmp()),
            ("C".into(), self.control()),
            ("S".into(), self.state()),
            ("REVERT".into(), revert.as_secs().to_string()),
            ("ARM_WAIT".into(), arm_wait.as_secs().to_string()),
        ]
    }
    fn control_pod(&self, image: &str, purpose: &str, deadline: Duration) -> PodRequest {
        PodRequest {
            purpose: purpose.into(),
            image: image.into(),
            command: vec!["sleep".into(), deadline.as_secs().to_string()],
            env: self.env(Duration::ZERO, Duration::ZERO),
            mounts: vec![Mount::rw(&self.paths.k8s_dir, K8S)],
            deadline,
            host_network: false,
        }
    }
}

/// Creates and arms a watchdog on every node; they all switch at the same moment. Returns
/// that moment (node clock, epoch seconds) after it has passed. On error no node switched
/// unless the error says otherwise (the caller then checks and rolls back).
async fn arm_and_switch(
    switches: &mut [Switch],
    control: &[(NodePods, String)],
    image: &str,
    revert: Duration,
) -> Result<()> {
    let arm_wait = Duration::from_secs(120);
    for s in switches.iter_mut() {
        let req = PodRequest {
            purpose: "watchdog".into(),
            image: image.into(),
            command: vec!["sh".into(), "-c".into(), WATCHDOG.into()],
            env: s.env(revert, arm_wait),
            mounts: vec![Mount::rw(&s.paths.k8s_dir, K8S)],
            deadline: arm_wait + revert + Duration::from_secs(120),
            host_network: false,
        };
        let name = s.pods.create(&req).await?;
        s.watchdog = Some(name);
    }
    for s in switches.iter() {
        if let Some(w) = &s.watchdog {
            s.pods.wait_running(w).await?;
        }
    }
    // One moment for all nodes, on the first node's clock (etcd needs synchronised clocks
    // anyway), far enough ahead for every node to receive it.
    let (pods0, pod0) = control.first().ok_or_else(|| anyhow!("no control pod"))?;
    let now: u64 = pods0
        .sh(pod0, "date +%s", &[])
        .await?
        .text()
        .trim()
        .parse()
        .context("reading the node's clock")?;
    let at = now + 2 + switches.len() as u64;
    for (s, (pods, pod)) in switches.iter().zip(control) {
        pods.sh(
            pod,
            r#"printf 'arm %s\n' "$1" > "$2.tmp" && mv -f "$2.tmp" "$2""#,
            &[&at.to_string(), &s.control()],
        )
        .await
        .with_context(|| format!("cannot arm the switch on node {}", s.member.node))?;
    }
    Ok(())
}

/// What a node ended up with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NodeState {
    Old,
    New,
    Unknown,
}

/// Sends `commit` or `rollback` to a node's watchdog through a fresh helper (the API must
/// answer) and makes the manifest on disk match the verdict; returns what is on disk.
async fn verdict(s: &Switch, image: &str, commit: bool) -> Result<NodeState> {
    let req = s.control_pod(image, "control", Duration::from_secs(300));
    let name = s.pods.create(&req).await?;
    let result = async {
        s.pods.wait_running(&name).await?;
        let word = if commit { "commit" } else { "rollback" };
        let out = s
            .pods
            .sh(
                &name,
                &format!(
                    "C={} S={} M={}; {VERDICT}",
                    s.control(),
                    s.state(),
                    s.manifest()
                ),
                &[word],
            )
            .await?
            .text();
        let mut lines = out.lines();
        let watchdog = lines.next().unwrap_or_default().to_string();
        let mut sha = lines.next().unwrap_or_default().to_string();
        let (before, after) = (
            sha256_hex(s.before.as_bytes()),
            sha256_hex(s.after.as_bytes()),
        );
        if !commit && sha == after {
            // The watchdog is gone (killed with the API objects that the snapshot lacks):
            // put the backup back ourselves.
            say(format!(
                "  {}: watchdog {watchdog}; putting the backup back directly",
                s.member.node
            ));
            sha = s
                .pods
                .sh(
                    &name,
                    r#"cp -p "$1" "$2" && mv -f "$2" "$3" && sha256sum "$3" | cut -d' ' -f1"#,
                    &[&s.in_pod(&s.backup), &s.rollback_tmp(), &s.manifest()],
                )
                .await?
                .text()
                .trim()
                .to_string();
        }
        let state = if sha == after {
            NodeState::New
        } else if sha == before {
            NodeState::Old
        } else {
            NodeState::Unknown
        };
        if state != NodeState::Unknown {
            let _ = s
                .pods
                .sh(
                    &name,
                    r#"rm -f "$1" "$1.tmp" "$2" "$2.tmp""#,
                    &[&s.control(), &s.state()],
                )
                .await;
        }
        Ok::<_, anyhow::Error>(state)
    }
    .await;
    let _ = s.pods.delete(&name).await;
    if let Some(w) = &s.watchdog {
        if result.is_ok() {
            let _ = s.pods.delete(w).await;
        }
    }
    result
}

/// What each member answered.
#[derive(Debug, Clone, Default)]
struct Seen {
    cluster_id: u64,
    revision: i64,
    count: Option<i64>,
}

async fn probe(target: &Target, ep: &Endpoint, at: Option<i64>) -> Result<Seen> {
    let work = async {
        let mut c = target.client_for(ep).await?;
        let status = target.request("status", c.status()).await?;
        let header = status
            .header()
            .ok_or_else(|| anyhow!("status without header"))?;
        let mut seen = Seen {
            cluster_id: header.cluster_id(),
            revision: header.revision(),
            count: None,
        };
        // A linearizable read: answers only with a quorum.
        let opts = GetOptions::new().with_from_key().with_count_only();
        let opts = match at {
            Some(rev) => opts.with_revision(rev),
            None => opts,
        };
        let r = target
            .request("count keys", c.get(vec![0u8], Some(opts)))
            .await?;
        seen.count = Some(r.count());
        Ok::<_, anyhow::Error>(seen)
    };
    tokio::time::timeout(Duration::from_secs(8), work)
        .await
        .map_err(|_| anyhow!("no answer within 8s"))?
}

/// What "healthy" means after the switch.
struct Expect {
    /// Must differ from this cluster ID (the restored cluster is a new one) …
    not_cluster: Option<u64>,
    /// … or be exactly this one (rollback to the old cluster).
    cluster: Option<u64>,
    revision: Option<i64>,
    keys: Option<u64>,
}

/// Polls every member until all meet `expect`, or `limit` passes. Err = the last reason.
async fn wait_healthy(
    sess: &Session,
    expect: &Expect,
    limit: Duration,
    what: &str,
) -> Result<u64, String> {
    let bar = crate::output::progress::spinner(what);
    let start = Instant::now();
    loop {
        let mut ids = Vec::new();
        let mut problems = Vec::new();
        for (m, ep) in sess.members.iter().zip(&sess.target.endpoints) {
            match probe(&sess.target, ep, expect.revision).await {
                Ok(seen) => {
                    if expect.not_cluster == Some(seen.cluster_id) {
                        problems.push(format!("{}: still the old cluster", m.name));
                    } else if expect.cluster.is_some_and(|c| c != seen.cluster_id) {
                        problems.push(format!(
                            "{}: cluster {:x}, not the old one",
                            m.name, seen.cluster_id
                        ));
                    } else if expect.revision.is_some_and(|r| seen.revision < r) {
                        problems.push(format!("{}: revision {}", m.name, seen.revision));
                    } else if let (Some(k), Some(c)) = (expect.keys, seen.count) {
                        if c as u64 != k {
                            problems.push(format!("{}: {c} keys, expected {k}", m.name));
                        } else {
                            ids.push(seen.cluster_id);
                        }
                    } else {
                        ids.push(seen.cluster_id);
                    }
                }
                Err(e) => problems.push(format!("{}: {e:#}", m.name)),
            }
        }
        ids.dedup();
        if problems.is_empty() && ids.len() == 1 {
            bar.finish_and_clear();
            return Ok(ids[0]);
        }
        if problems.is_empty() {
            problems.push("members report different cluster IDs".into());
        }
        let last = problems.join("; ");
        bar.set_message(format!(
            "{what} ({}): {last}",
            human_duration(Duration::from_secs(start.elapsed().as_secs()))
        ));
        if start.elapsed() > limit {
            bar.finish_and_clear();
            return Err(last);
        }
        tokio::time::sleep(Duration::from_millis(700)).await;
    }
}

// ---------------------------------------------------------------------------------------
// restore
// ---------------------------------------------------------------------------------------

/// How a member's etcd version restores.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tool {
    bin: &'static str,
    etcdctl_api: bool,
    bump: bool,
}

/// etcdutl from 3.5; `--bump-revision`/`--mark-compacted` from etcdutl/etcdctl 3.5.10 and
/// etcdctl 3.4.27.
fn tool_for(version: &str) -> Option<Tool> {
    let mut it = version.split('.').map(|p| p.parse::<u32>().ok());
    let (major, minor, patch) = (it.next()??, it.next()??, it.next().flatten().unwrap_or(0));
    match (major, minor) {
        (3, 4) => Some(Tool {
            bin: "/usr/local/bin/etcdctl",
            etcdctl_api: true,
            bump: patch >= 27,
        }),
        (3, 5) => Some(Tool {
            bin: "/usr/local/bin/etcdutl",
            etcdctl_api: false,
            bump: patch >= 10,
        }),
        (3, m) if m >= 6 => Some(Tool {
            bin: "/usr/local/bin/etcdutl",
            etcdctl_api: false,
            bump: true,
        }),
        _ => None,
    }
}

struct NodePlan {
    member: Member,
    tool: Tool,
    old_dir: PathBuf,
    new_dir: PathBuf,
    original: String,
    patched: String,
    backup: PathBuf,
}

async fn restore(ctx: &Ctx, args: SnapshotRestoreArgs) -> Result<Code> {
    let file = args
        .file
        .clone()
        .ok_or_else(|| Failure::new(Code::BadArgs, "which snapshot? pass FILE"))?;
    // 1. The file, before anything else.
    let (size, sha, revision, keys) = {
        let snap = SnapshotFile::open(&file)?;
        let report = crate::snapshot::verify(snap.bytes(), args.skip_hash_check).map_err(|e| {
            anyhow::Error::new(e).context(
                Failure::new(Code::Error, format!("{} is not a usable snapshot: nothing was changed", file.display()))
                    .hint("run `kubectl etcd snapshot verify FILE` for details; take a new snapshot or use another backup"),
            )
        })?;
        (
            snap.bytes().len() as u64,
            sha256_hex(snap.bytes()),
            report.status.revision,
            report.key_bucket.live_keys,
        )
    };
    say(format!(
        "Snapshot {}: verified ({}, revision {revision}, {keys} live keys, sha256 {})",
        file.display(),
        crate::output::units::humanize_bytes(size),
        &sha[..12]
    ));

    // 2. The members and their manifests.
    let sess = session(ctx, args.force, "restore").await?;
    let paths = paths()?;
    let token = format!("kubectl-etcd-restore-{}", sess.ts);
    let initial_cluster = sess
        .members
        .iter()
        .flat_map(|m| {
            m.initial_advertise_peer_urls
                .iter()
                .map(move |u| format!("{}={u}", m.name))
        })
        .collect::<Vec<_>>()
        .join(",");
    let mut plans = Vec::new();
    for m in &sess.members {
        let version = m.image_version().ok_or_else(|| {
            Failure::new(
                Code::Error,
                format!(
                    "cannot tell the etcd version of {} from its image {}",
                    m.pod, m.image
                ),
            )
            .hint("restore by hand (README, \"Restore by hand\")")
        })?;
        let tool = tool_for(version).ok_or_else(|| {
            Failure::new(
                Code::Error,
                format!(
                    "{} runs etcd {version}, which kubectl-etcd cannot restore",
                    m.pod
                ),
            )
        })?;
        if m.initial_advertise_peer_urls.is_empty() {
            return Err(Failure::new(
                Code::Error,
                format!("pod {} has no --initial-advertise-peer-urls", m.pod),
            )
            .hint("restore by hand with the member's peer URL")
            .into());
        }
        let old_dir = m.data_dir.on_host.clone().ok_or_else(|| {
            Failure::new(
                Code::Error,
                format!(
                    "etcd's --data-dir {} is not on a hostPath volume of pod {}",
                    m.data_dir.in_container.display(),
                    m.pod
                ),
            )
        })?;
        let new_dir = match &args.data_dir {
            Some(d) => d.clone(),
            None => old_dir
                .parent()
                .unwrap_or(Path::new("/"))
                .join(format!("etcd-restore-{}", sess.ts)),
        };
        if !new_dir.is_absolute() || new_dir.starts_with(&old_dir) || old_dir.starts_with(&new_dir)
        {
            return Err(Failure::new(
                Code::BadArgs,
                format!(
                    "--data-dir {} must be an absolute path outside {} (and not contain it)",
                    new_dir.display(),
                    old_dir.display()
                ),
            )
            .into());
        }
        let original = sess
            .read(m, std::slice::from_ref(&paths.manifest))
            .await
            .with_context(|| format!("cannot read {MANIFEST} on node {}", m.node))?
            .pop()
            .unwrap_or_default();
        let original = String::from_utf8(original)
            .map_err(|_| anyhow!("{MANIFEST} on node {} is not UTF-8 text", m.node))?;
        let patched =
            manifest::patch_data_dir(&original, &new_dir.display().to_string()).map_err(|e| {
                Failure::new(
                    Code::Error,
                    format!("cannot change {MANIFEST} on node {}: {e}", m.node),
                )
                .hint("nothing was changed; restore by hand (README, \"Restore by hand\")")
            })?;
        if Path::new(&patched.volume.host_path) != old_dir {
            bail!(Failure::new(
                Code::Error,
                format!(
                    "{MANIFEST} on node {} mounts {} as etcd's data, but pod {} runs with {}: the manifest is not the one kubelet runs",
                    m.node, patched.volume.host_path, m.pod, old_dir.display()
                ),
            )
            .hint("wait for kubelet to apply the manifest (or fix it), then retry"));
        }
        plans.push(NodePlan {
            member: m.clone(),
            tool,
            old_dir,
            new_dir,
            original,
            patched: patched.text,
            backup: paths
                .k8s_dir
                .join(format!("etcd.yaml.kubectl-etcd-{}", sess.ts)),
        });
    }

    // 3. The plan.
    let bumped = plans.iter().all(|p| p.tool.bump);
    let expect_rev = if bumped { revision + BUMP } else { revision };
    let mut text = format!(
        "Restore plan ({} member{}, initial cluster {initial_cluster}, new cluster token {token}):\n",
        plans.len(),
        if plans.len() == 1 { "" } else { "s" }
    );
    for p in &plans {
        text.push_str(&format!(
            "\nnode {} (member {}, {}):\n  restore into   {} with {} from {} (the current {} is kept untouched)\n  manifest backup {}\n  restarts       etcd (kubelet sees the manifest change){}\n",
            p.member.node,
            p.member.name,
            p.member.image,
            p.new_dir.display(),
            p.tool.bin.rsplit('/').next().unwrap_or(p.tool.bin),
            p.member.image,
            p.old_dir.display(),
            p.backup.display(),
            if args.restart_control_plane {
                "; then kube-apiserver, kube-controller-manager, kube-scheduler"
            } else {
                ""
            }
        ));
        text.push_str(&crate::output::diff::unified(
            MANIFEST,
            &format!("{MANIFEST} (restored)"),
            &p.original,
            &p.patched,
        ));
    }
    text.push_str(&format!(
        "\nAfterwards every member must be healthy, serve revision {} and {keys} live keys within {}; otherwise the original manifests are put back.\n",
        if bumped {
            format!("{expect_rev} (snapshot revision {revision} + {BUMP}, marked compacted)")
        } else {
            format!("{revision} (no --bump-revision in this etcd version: clients' caches may see revisions go back)")
        },
        humantime::format_duration(args.timeout)
    ));
    emit(text)?;
    if args.dry_run {
        emit("Dry run: nothing was changed.\n")?;
        return Ok(Code::Success);
    }
    crate::confirm::confirm(
        "Restore etcd from this snapshot? The API server is unavailable until etcd is back",
        ctx.global.yes,
    )?;

    // The cluster as it is now, to tell the restored one (new cluster ID) from it.
    let old_cluster = match sess.target.endpoints.first() {
        Some(ep) => probe(&sess.target, ep, None)
            .await
            .ok()
            .map(|s| s.cluster_id),
        None => None,
    };

    // 4. Prepare every node (API needed; etcd unchanged).
    let mut prepared: Vec<(NodePods, String)> = Vec::new();
    let prep = async {
        for p in &plans {
            let pods = sess.node_pods(&p.member);
            let req = PodRequest {
                purpose: "restore-helper".into(),
                image: sess.helper_image(),
                command: vec!["sleep".into(), "3600".into()],
                env: vec![],
                mounts: vec![
                    Mount::rw(&paths.k8s_dir, K8S),
                    Mount::ro(&p.old_dir, OLD),
                    Mount {
                        create: true,
                        ..Mount::rw(&p.new_dir, NEW)
                    },
                ],
                deadline: Duration::from_secs(3600),
                host_network: false,
            };
            let name = pods.create(&req).await?;
            prepared.push((pods.clone(), name.clone()));
            pods.wait_running(&name).await?;
            prepare_node(
                &sess,
                &pods,
                &name,
                p,
                &paths,
                &file,
                size,
                &sha,
                &token,
                &initial_cluster,
                args.skip_hash_check,
            )
            .await
            .with_context(|| format!("preparing node {}", p.member.node))?;
        }
        Ok::<_, anyhow::Error>(())
    };
    let prep_result = tokio::select! {
        r = prep => r,
        _ = crate::interrupt::interrupted() => Err(Failure::new(Code::Interrupted, "interrupted while preparing").into()),
    };
    if let Err(e) = prep_result {
        abandon(&sess, &plans, &prepared, &paths).await;
        let code = interrupted_or_error(&e);
        return Err(e.context(Failure::new(
            code,
            "restore failed before the switch: no node was changed, etcd still runs from its old data dir",
        ).hint(format!("fix the cause and retry; helper pods were removed (check: kubectl get pods -n {} -l app.kubernetes.io/managed-by=kubectl-etcd)", sess.cluster.opts.namespace))));
    }

    // 5. Switch, all nodes at once.
    let revert = args.timeout + WATCHDOG_GRACE;
    let mut switches: Vec<Switch> = plans
        .iter()
        .map(|p| Switch {
            member: p.member.clone(),
            pods: sess.node_pods(&p.member),
            paths: paths.clone(),
            before: p.original.clone(),
            after: p.patched.clone(),
            backup: p.backup.clone(),
            staged: staged_path(&paths, &sess.ts),
            ts: sess.ts.clone(),
            watchdog: None,
        })
        .collect();
    let image = sess.helper_image();
    let armed = tokio::select! {
        r = arm_and_switch(&mut switches, &prepared, &image, revert) => r,
        _ = crate::interrupt::interrupted() => Err(Failure::new(Code::Interrupted, "interrupted while arming the switch").into()),
    };
    delete_pods(&prepared).await;
    if let Err(e) = armed {
        say(format!("Error: {e:#}; cancelling the switch"));
        let code = interrupted_or_error(&e);
        return finish_failed(
            &sess,
            &switches,
            old_cluster,
            args.timeout,
            "the switch could not be armed",
            code,
        )
        .await;
    }
    say(format!(
        "Switching {} to the restored data now; etcd and the API server restart (waiting up to {})",
        plans
            .iter()
            .map(|p| p.member.node.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        humantime::format_duration(args.timeout)
    ));

    // 6. Wait for the restored cluster.
    let expect = Expect {
        not_cluster: old_cluster,
        cluster: None,
        revision: Some(expect_rev),
        keys: Some(keys),
    };
    let waited = tokio::select! {
        r = wait_healthy(&sess, &expect, args.timeout, "waiting for the restored etcd") => r,
        _ = crate::interrupt::interrupted() => Err(INTERRUPTED.to_string()),
    };
    let cluster_id = match waited {
        Ok(id) => id,
        Err(why) => {
            say(format!(
                "The restored etcd is not healthy: {why}. Rolling back."
            ));
            let code = if why == INTERRUPTED {
                Code::Interrupted
            } else {
                Code::Error
            };
            return finish_failed(&sess, &switches, old_cluster, args.timeout, &why, code).await;
        }
    };

    // 7. Confirm on every node.
    let mut states = Vec::new();
    for s in &switches {
        let st = retry_verdict(s, &sess.helper_image(), true, Duration::from_secs(60)).await;
        states.push((s.member.node.clone(), st));
    }
    let not_new: Vec<String> = states
        .iter()
        .filter(|(_, st)| !matches!(st, Ok(NodeState::New)))
        .map(|(n, st)| format!("{n}: {}", describe(st)))
        .collect();
    if !not_new.is_empty() {
        return Err(Failure::new(
            Code::Error,
            format!("etcd came back restored, but confirming the switch failed: {}", not_new.join("; ")),
        )
        .hint(format!("check {MANIFEST} on those nodes against the backup {}; `kubectl etcd snapshot restore --rollback` puts the old one back", plans[0].backup.display()))
        .into());
    }
    if args.restart_control_plane {
        for p in &plans {
            restart_control_plane(&sess, &p.member, &paths).await?;
        }
    }
    sweep(&sess).await;
    let mut done =
        format!("Restored: cluster {cluster_id:x}, revision {expect_rev}, {keys} live keys.\n");
    for p in &plans {
        done.push_str(&format!(
            "  {}: etcd runs from {} (old data kept in {}, manifest backup {})\n",
            p.member.node,
            p.new_dir.display(),
            p.old_dir.display(),
            p.backup.display()
        ));
    }
    if !args.restart_control_plane {
        done.push_str("Consider restarting kube-apiserver, kube-controller-manager and kube-scheduler (--restart-control-plane) so that none keeps state from before the restore.\n");
    }
    done.push_str("Undo with: kubectl etcd snapshot restore --rollback\n");
    emit(done)?;
    Ok(Code::Success)
}

/// Deletes pods we hold by name; one that cannot be deleted (the API is down) still ends at
/// its activeDeadlineSeconds.
async fn delete_pods(pods: &[(NodePods, String)]) {
    for (pods, name) in pods {
        let _ = pods.delete(name).await;
    }
}

/// Deletes every pod of this run still known to the API server. Pods are created and
/// deleted while the API server stores into either the old or the restored etcd, so a pod
/// deleted in one can still exist in the other once that one is back.
async fn sweep(sess: &Session) {
    if let Some(m) = sess.members.first() {
        if let Err(e) = sess.node_pods(m).delete_run().await {
            say(format!("Warning: {e:#}"));
        }
    }
}

fn staged_path(paths: &Paths, ts: &str) -> PathBuf {
    paths
        .manifest
        .with_file_name(format!(".etcd.yaml.kubectl-etcd-{ts}"))
}

fn describe(st: &Result<NodeState>) -> String {
    match st {
        Ok(NodeState::Old) => "old state (original manifest and data dir)".into(),
        Ok(NodeState::New) => "new state (restored data dir)".into(),
        Ok(NodeState::Unknown) => {
            "the manifest is neither the original nor the restored one".into()
        }
        Err(e) => format!("unknown ({e:#})"),
    }
}

async fn retry_verdict(
    s: &Switch,
    image: &str,
    commit: bool,
    limit: Duration,
) -> Result<NodeState> {
    let start = Instant::now();
    loop {
        match verdict(s, image, commit).await {
            Ok(st) => return Ok(st),
            Err(e) if start.elapsed() > limit => return Err(e),
            Err(_) => tokio::time::sleep(Duration::from_secs(2)).await,
        }
    }
}

/// Ctrl-C keeps its exit code through the context added on top of it; anything else is 1.
fn interrupted_or_error(e: &anyhow::Error) -> Code {
    match crate::exit::code_for(e) {
        Code::Interrupted => Code::Interrupted,
        _ => Code::Error,
    }
}

/// Why the wait for the restored etcd ended when the user pressed Ctrl-C.
const INTERRUPTED: &str = "interrupted by Ctrl-C";

/// Puts every node back (through its watchdog, or directly), waits for the old etcd, reports.
async fn finish_failed(
    sess: &Session,
    switches: &[Switch],
    old_cluster: Option<u64>,
    timeout: Duration,
    why: &str,
    code: Code,
) -> Result<Code> {
    // While etcd is down the API is too; the watchdogs revert by themselves by then.
    let limit = timeout + WATCHDOG_GRACE + Duration::from_secs(90);
    let mut report = Vec::new();
    for s in switches {
        let st = retry_verdict(s, &sess.helper_image(), false, limit).await;
        report.push(format!("{}: {}", s.member.node, describe(&st)));
    }
    let back = wait_healthy(
        sess,
        &Expect {
            not_cluster: None,
            cluster: old_cluster,
            revision: None,
            keys: None,
        },
        timeout,
        "waiting for the original etcd",
    )
    .await;
    if back.is_ok() {
        sweep(sess).await;
    }
    let health = match back {
        Ok(id) => format!("the original etcd (cluster {id:x}) is healthy again"),
        Err(e) => format!("the original etcd is not healthy yet: {e}"),
    };
    Err(Failure::new(
        code,
        format!("restore rolled back ({why}); {health}; nodes: {}", report.join("; ")),
    )
    .hint(if code == Code::Interrupted {
        "the cluster runs on its original data again and nothing was deleted; the restored data dirs stay on the nodes. Run the restore again when you are ready"
    } else {
        "the cluster runs on its original data again and nothing was deleted: the restored data dirs stay on the nodes for inspection. Why the restored etcd failed is in its container log on the node (kubelet keeps the replaced pod's logs under /var/log/pods/kube-system_etcd-<node>_*/etcd/ for a while); fix the cause, then run the restore again"
    })
    .into())
}

/// After a failure before the switch: remove what we made on the nodes, delete the pods.
async fn abandon(
    sess: &Session,
    plans: &[NodePlan],
    prepared: &[(NodePods, String)],
    paths: &Paths,
) {
    for ((pods, name), p) in prepared.iter().zip(plans) {
        let _ = pods
            .sh(
                name,
                r#"rm -rf "$1/member" "$1/.out" "$1/.upload"; rm -f "$2" "$3""#,
                &[
                    NEW,
                    &in_pod(paths, &staged_path(paths, &sess.ts)),
                    &in_pod(paths, &p.backup),
                ],
            )
            .await;
        let _ = pods.delete(name).await;
        say(format!(
            "  {}: unchanged; the empty directory {} may remain (remove it with rmdir)",
            p.member.node,
            p.new_dir.display()
        ));
    }
    sweep(sess).await;
}

/// Upload, restore, ownership, manifest backup and staged manifest on one node.
#[allow(clippy::too_many_arguments)]
async fn prepare_node(
    sess: &Session,
    pods: &NodePods,
    helper: &str,
    p: &NodePlan,
    paths: &Paths,
    file: &Path,
    size: u64,
    sha: &str,
    token: &str,
    initial_cluster: &str,
    skip_hash_check: bool,
) -> Result<()> {
    let node = &p.member.node;
    let backup = in_pod(paths, &p.backup);
    let staged = in_pod(paths, &staged_path(paths, &sess.ts));
    let manifest_in_pod = in_pod(paths, &paths.manifest);
    // Checks, the old dir's owner and mode, the manifest's mode.
    let out = pods
        .sh(
            helper,
            r#"[ -z "$(ls -A "$1")" ] || { echo "$5 is not empty" >&2; exit 3; }
[ -f "$2" ] || { echo "no $2" >&2; exit 3; }
[ ! -e "$3" ] || { echo "$3 exists" >&2; exit 3; }
stat -c '%u %g %a' "$4"; stat -c '%a' "$2""#,
            &[
                NEW,
                &manifest_in_pod,
                &backup,
                OLD,
                &p.new_dir.display().to_string(),
            ],
        )
        .await
        .context("checking the node")?
        .text();
    let mut lines = out.lines();
    let owner: Vec<String> = lines
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let manifest_mode = lines.next().unwrap_or("600").trim().to_string();
    let [uid, gid, mode] = owner.as_slice() else {
        bail!("cannot read the owner and mode of {}", p.old_dir.display());
    };
    // The manifest must still be what the plan showed.
    let now = pods
        .sh(helper, r#"cat "$1""#, &[&manifest_in_pod])
        .await?
        .stdout;
    if now != p.original.as_bytes() {
        bail!(Failure::new(
            Code::Error,
            format!("{MANIFEST} on node {node} changed since the plan was made")
        )
        .hint("run the command again to see the new plan"));
    }
    // Upload.
    let bar = Transfer::new(&format!("uploading to {node}"));
    let got = pods
        .sh_with_input(
            helper,
            r#"mkdir -p "$1/.upload" && head -c "$2" > "$1/.upload/snapshot.db" && sha256sum "$1/.upload/snapshot.db" | cut -d' ' -f1"#,
            &[NEW, &size.to_string()],
            Input::File { path: file, size, bar: &bar },
        )
        .await
        .context("uploading the snapshot")?
        .text();
    if got.trim() != sha {
        bail!(
            "the snapshot arrived damaged on node {node}: sha256 {} instead of {sha}",
            got.trim()
        );
    }
    say(format!("  {node}: snapshot uploaded, sha256 checked"));
    // Restore with the node's own etcd image, as that pod's command (no shell there).
    let mut command = vec![
        p.tool.bin.to_string(),
        "snapshot".into(),
        "restore".into(),
        "/restore/.upload/snapshot.db".into(),
        "--data-dir=/restore/.out".into(),
        format!("--name={}", p.member.name),
        format!("--initial-cluster={initial_cluster}"),
        format!(
            "--initial-advertise-peer-urls={}",
            p.member.initial_advertise_peer_urls.join(",")
        ),
        format!("--initial-cluster-token={token}"),
    ];
    if skip_hash_check {
        command.push("--skip-hash-check".into());
    }
    if p.tool.bump {
        command.push(format!("--bump-revision={BUMP}"));
        command.push("--mark-compacted".into());
    }
    let req = PodRequest {
        purpose: "restore".into(),
        image: p.member.image.clone(),
        command,
        env: if p.tool.etcdctl_api {
            vec![("ETCDCTL_API".into(), "3".into())]
        } else {
            vec![]
        },
        mounts: vec![Mount::rw(&p.new_dir, "/restore")],
        deadline: Duration::from_secs(1800),
        host_network: true,
    };
    let name = pods.create(&req).await?;
    let done = pods.wait_done(&name, Duration::from_secs(1800)).await;
    let logs = pods.logs(&name).await;
    let _ = pods.delete(&name).await;
    match done?.as_str() {
        "Succeeded" => {}
        phase => bail!(
            "{} snapshot restore failed on node {node} ({phase}): {}",
            p.tool.bin,
            logs.lines()
                .rev()
                .take(5)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join(" | ")
        ),
    }
    // Into place, owned like the old dir.
    pods.sh(
        helper,
        r#"set -e
[ -f "$1/.out/member/snap/db" ] || { echo "the restore left no member/snap/db" >&2; exit 3; }
mv "$1/.out/member" "$1/member"; rmdir "$1/.out"; rm -rf "$1/.upload"
chown -R "$2:$3" "$1"; chmod "$4" "$1""#,
        &[NEW, uid, gid, mode],
    )
    .await
    .context("moving the restored data into place")?;
    say(format!(
        "  {node}: restored into {} (owner {uid}:{gid}, mode {mode})",
        p.new_dir.display()
    ));
    // Backup (outside the manifests folder) and the new manifest as a dot-file.
    for (path, content) in [(&backup, &p.original), (&staged, &p.patched)] {
        let got = pods
            .sh_with_input(
                helper,
                r#"head -c "$2" > "$1.part" && chmod "$3" "$1.part" && mv -f "$1.part" "$1" && sha256sum "$1" | cut -d' ' -f1"#,
                &[path, &content.len().to_string(), &manifest_mode],
                Input::Bytes(content.as_bytes()),
            )
            .await
            .with_context(|| format!("writing {path}"))?
            .text();
        if got.trim() != sha256_hex(content.as_bytes()) {
            bail!("{path} on node {node} does not hold what was written");
        }
    }
    Ok(())
}

/// Moves the control-plane manifests out of the folder and back (kubelet stops and starts
/// the pods), from a pod that does not need the API server meanwhile.
async fn restart_control_plane(sess: &Session, m: &Member, paths: &Paths) -> Result<()> {
    const SCRIPT: &str = r#"moved=""
for c in kube-apiserver kube-controller-manager kube-scheduler; do
  if [ -f "$D/$c.yaml" ]; then mkdir -p "$P"; mv "$D/$c.yaml" "$P/$c.yaml" && moved="$moved $c" && echo "stopped $c"
  else echo "skipped $c (no $c.yaml)"; fi
done
[ -n "$moved" ] || exit 0
sleep 25
for c in $moved; do mv "$P/$c.yaml" "$D/$c.yaml" && echo "started $c"; done
rmdir "$P""#;
    let pods = sess.node_pods(m);
    let req = PodRequest {
        purpose: "restart".into(),
        image: sess.helper_image(),
        command: vec!["sh".into(), "-c".into(), SCRIPT.into()],
        env: vec![
            (
                "D".into(),
                in_pod(paths, paths.manifest.parent().unwrap_or(&paths.k8s_dir)),
            ),
            ("P".into(), format!("{K8S}/.kubectl-etcd-parked")),
        ],
        mounts: vec![Mount::rw(&paths.k8s_dir, K8S)],
        deadline: Duration::from_secs(300),
        host_network: false,
    };
    let name = pods.create(&req).await?;
    let done = pods.wait_done(&name, Duration::from_secs(240)).await;
    let logs = pods.logs(&name).await;
    let _ = pods.delete(&name).await;
    for l in logs.lines() {
        say(format!("  {}: {l}", m.node));
    }
    match done?.as_str() {
        "Succeeded" => Ok(()),
        phase => bail!(
            "restarting the control plane on node {} failed ({phase}): {logs}",
            m.node
        ),
    }
}

// ---------------------------------------------------------------------------------------
// --rollback
// ---------------------------------------------------------------------------------------

async fn rollback(ctx: &Ctx, args: SnapshotRestoreArgs) -> Result<Code> {
    let sess = session(ctx, args.force, "roll back").await?;
    let paths = paths()?;
    let current_cluster = match sess.target.endpoints.first() {
        Some(ep) => probe(&sess.target, ep, None)
            .await
            .ok()
            .map(|s| s.cluster_id),
        None => None,
    };
    let mut switches = Vec::new();
    let mut control = Vec::new();
    let work = async {
        for m in &sess.members {
            let pods = sess.node_pods(m);
            let probe_switch = Switch {
                member: m.clone(),
                pods: pods.clone(),
                paths: paths.clone(),
                before: String::new(),
                after: String::new(),
                backup: PathBuf::new(),
                staged: staged_path(&paths, &sess.ts),
                ts: sess.ts.clone(),
                watchdog: None,
            };
            let req = probe_switch.control_pod(
                &sess.helper_image(),
                "rollback-helper",
                Duration::from_secs(600),
            );
            let name = pods.create(&req).await?;
            control.push((pods.clone(), name.clone()));
            pods.wait_running(&name).await?;
            let listing = pods
                .sh(
                    &name,
                    r#"ls -1 "$1" | grep '^etcd.yaml.kubectl-etcd-' | sort | tail -n 1"#,
                    &[K8S],
                )
                .await?
                .text();
            let latest = listing.trim().to_string();
            if latest.is_empty() {
                bail!(Failure::new(
                    Code::Error,
                    format!("no manifest backup on node {} ({}/etcd.yaml.kubectl-etcd-*)", m.node, paths.k8s_dir.display()),
                )
                .hint("nothing to roll back to: kubectl-etcd keeps a backup only from a restore it made"));
            }
            let current = pods
                .sh(&name, r#"cat "$1""#, &[&in_pod(&paths, &paths.manifest)])
                .await?
                .text();
            let backup = pods
                .sh(&name, r#"cat "$1""#, &[&format!("{K8S}/{latest}")])
                .await?
                .text();
            if !manifest::only_data_path_differs(&current, &backup).unwrap_or(false) {
                bail!(Failure::new(
                    Code::Error,
                    format!("{MANIFEST} on node {} differs from the backup {latest} in more than etcd's data hostPath", m.node),
                )
                .hint("compare them by hand; kubectl-etcd only puts back a backup whose only difference is the data dir"));
            }
            switches.push(Switch {
                before: current,
                after: backup,
                backup: paths.k8s_dir.join(&latest),
                ..probe_switch
            });
        }
        Ok::<_, anyhow::Error>(())
    };
    if let Err(e) = work.await {
        delete_pods(&control).await;
        return Err(e);
    }
    let mut text = String::from("Rollback plan:\n");
    let mut nothing = true;
    for s in &switches {
        if s.before == s.after {
            text.push_str(&format!(
                "\nnode {}: already runs the backed-up manifest {}\n",
                s.member.node,
                s.backup.display()
            ));
        } else {
            nothing = false;
            text.push_str(&format!(
                "\nnode {}: put back {} (etcd restarts)\n",
                s.member.node,
                s.backup.display()
            ));
            text.push_str(&crate::output::diff::unified(
                MANIFEST,
                &format!("{MANIFEST} (backup)"),
                &s.before,
                &s.after,
            ));
        }
    }
    emit(&text)?;
    if nothing || args.dry_run {
        delete_pods(&control).await;
        if args.dry_run {
            emit("Dry run: nothing was changed.\n")?;
        }
        return Ok(Code::Success);
    }
    if let Err(e) = crate::confirm::confirm(
        "Put the backed-up manifests back? etcd restarts",
        ctx.global.yes,
    ) {
        delete_pods(&control).await;
        return Err(e);
    }
    // Stage the backup content as a dot-file, then switch all nodes at once.
    let staged = async {
        for (s, (pods, name)) in switches.iter().zip(&control) {
            let path = s.in_pod(&s.staged);
            pods.sh_with_input(
                name,
                r#"head -c "$2" > "$1.part" && mv -f "$1.part" "$1""#,
                &[&path, &s.after.len().to_string()],
                Input::Bytes(s.after.as_bytes()),
            )
            .await?;
        }
        arm_and_switch(
            &mut switches,
            &control,
            &sess.helper_image(),
            Duration::ZERO,
        )
        .await
    }
    .await;
    delete_pods(&control).await;
    staged?;
    say("Switching back; etcd and the API server restart");
    let expect = Expect {
        not_cluster: current_cluster,
        cluster: None,
        revision: None,
        keys: None,
    };
    let waited = wait_healthy(&sess, &expect, args.timeout, "waiting for etcd").await;
    for s in &switches {
        if let Some(w) = &s.watchdog {
            let _ = s.pods.delete(w).await;
        }
    }
    if waited.is_ok() {
        remove_stale_watchdogs(&sess).await;
    }
    match waited {
        Ok(id) => {
            emit(format!(
                "Rolled back: etcd runs from the backed-up manifests again (cluster {id:x}).\n"
            ))?;
            Ok(Code::Success)
        }
        Err(why) => Err(Failure::new(
            Code::Error,
            format!("the manifests were put back, but etcd is not healthy: {why}"),
        )
        .hint("check the etcd pods' logs and `kubectl etcd status`")
        .into()),
    }
}

/// The old data's API objects include the watchdogs of the restore being undone (they were
/// created before its switch, so only the restored cluster never knew them): delete them.
async fn remove_stale_watchdogs(sess: &Session) {
    if let Some(m) = sess.members.first() {
        let _ = sess
            .node_pods(m)
            .delete_labelled("app.kubernetes.io/component=watchdog")
            .await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_utc() {
        let t = UNIX_EPOCH + Duration::from_secs(1_767_225_600 + 3_600 + 62);
        assert_eq!(utc_stamp(t), "20260101T010102Z");
        assert_eq!(
            utc_stamp(UNIX_EPOCH + Duration::from_secs(951_782_400)),
            "20000229T000000Z"
        );
    }

    #[test]
    fn tools_by_version() {
        assert_eq!(
            tool_for("3.4.23").map(|t| (t.bin, t.bump)),
            Some(("/usr/local/bin/etcdctl", false))
        );
        assert_eq!(tool_for("3.4.27").map(|t| t.bump), Some(true));
        assert_eq!(
            tool_for("3.5.9").map(|t| (t.bin, t.bump)),
            Some(("/usr/local/bin/etcdutl", false))
        );
        assert_eq!(tool_for("3.5.16").map(|t| t.bump), Some(true));
        assert_eq!(tool_for("3.6.0").map(|t| t.bump), Some(true));
        assert_eq!(tool_for("3.3.10"), None);
        assert_eq!(tool_for("x"), None);
    }
}
