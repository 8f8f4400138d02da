//! `snapshot restore`: restore etcd's static pod(s) from a snapshot, through the nodes. One
//! file per step:
//!
//! 1. [`plan`] (nothing changes): verify the file, discover the members, read each node's
//!    manifest, print the plan (new data dir, the manifest diff, the backup, what restarts and
//!    why) and ask.
//! 2. [`prepare`] each node through a helper pod while the API works and etcd still runs from
//!    its old data dir: upload and check the snapshot, run `etcdutl`/`etcdctl snapshot restore`
//!    with the node's own etcd image into a new directory, write the manifest backup (outside
//!    the manifests folder) and the new manifest as a dot-file kubelet ignores.
//! 3. [`switch`]: a *watchdog* static pod per node (started by kubelet from a file, so no API
//!    data switch can remove it) is armed; at one agreed moment every watchdog renames the new
//!    manifest over `etcd.yaml`. From then on **the node decides**: the watchdog judges its
//!    member itself (local `/health` and `/metrics`: new member ID, revision, peers), keeps the
//!    switch once healthy or puts its own backup back, restarts kube-apiserver, the other
//!    control-plane containers and the kubelet when revisions went backwards, and writes its
//!    outcome beside the backup.
//! 4. [`confirm`]: we watch the members through the port-forward; our verdict (keep or
//!    revert) is only a shortcut. Then we read every node's outcome from its file and report
//!    exactly that; [`status`] (`--status`) reads the same files later.
//!
//! [`rollback`] (`--rollback`) puts the newest backup back the same way; where every
//! member's etcd can bump revisions, [`rollback_copy`] instead re-creates the backed-up data
//! with its revision bumped above the current one and switches to it through steps 2 to 4.

mod confirm;
mod plan;
mod prepare;
mod rollback;
mod rollback_copy;
mod session;
mod status;
mod switch;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{anyhow, Result};
use sha2::{Digest, Sha256};

use super::{emit, Ctx};
use crate::cli::SnapshotRestoreArgs;
use crate::exit::{Code, Failure};

/// Where kubeadm (and the test control plane) keep etcd's static pod manifest.
const MANIFEST: &str = "/etc/kubernetes/manifests/etcd.yaml";
/// How far the revision jumps (etcd's recovery guide: about a week at 1,500 writes/s).
const BUMP: i64 = 1_000_000_000;
/// How long the watchdog waits, beyond --timeout, before it reverts on its own.
const WATCHDOG_GRACE: Duration = Duration::from_secs(20);
/// How long the member must stay healthy before the watchdog keeps it on its own evidence
/// (our confirmation, usually earlier, cuts this short; Ctrl-C in this window still reverts).
const SETTLE: Duration = Duration::from_secs(10);
/// What the watchdog restarts when revisions went backwards, in this order: the API server
/// first (its watch cache), then the others that watch through it, the kubelet last.
const RESTART_ALL: &str = "kube-apiserver kube-controller-manager kube-scheduler kubelet";
const RESTART_CONTROL_PLANE: &str = "kube-apiserver kube-controller-manager kube-scheduler";
/// Paths inside the helper pods (which mount the Kubernetes folder, the old and new dirs).
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
    if args.status {
        status::run(ctx, args).await
    } else if args.rollback {
        rollback::run(ctx, args).await
    } else {
        restore(ctx, args).await
    }
}

async fn restore(ctx: &Ctx, args: SnapshotRestoreArgs) -> Result<Code> {
    let file = args
        .file
        .clone()
        .ok_or_else(|| Failure::new(Code::BadArgs, "which snapshot? pass FILE"))?;
    // A URL or an encrypted backup becomes a private local copy, removed when the restore ends.
    let shown = file.display().to_string();
    let (file, _local_copy) = super::snapshot_source::local_path(&file).await?;
    let snap = plan::check_file(&file, &shown, args.skip_hash_check)?;
    let sess = session::open(ctx, args.force, "restore").await?;
    // The bump must clear what watchers have seen, not only the snapshot: after an earlier
    // bumped restore the cluster is already past snapshot + BUMP.
    let now = confirm::serving(&sess).await;
    let kind = plan::Kind::Restore {
        current_rev: now.revision,
    };
    let plan = plan::make(&sess, &args, &snap, kind).await?;
    if !show_and_ask(ctx, &plan, &args, "Restore etcd from this snapshot?")? {
        return Ok(Code::Success);
    }
    switch_to(&sess, &plan, &file, &snap, &args, now.cluster_id).await
}

/// Prints the plan and asks; false for a dry run (nothing more to do).
fn show_and_ask(
    ctx: &Ctx,
    plan: &plan::Plan,
    args: &SnapshotRestoreArgs,
    question: &str,
) -> Result<bool> {
    emit(plan.text(args))?;
    if args.dry_run {
        emit("Dry run: nothing was changed.\n")?;
        return Ok(false);
    }
    crate::confirm::confirm(
        &format!("{question} The API server is unavailable until etcd is back"),
        ctx.global.yes,
    )?;
    Ok(true)
}

/// Steps 2 to 4 of an approved plan: prepare every node, switch them together, confirm.
/// A bumped `--rollback` runs the same steps with the pre-restore member's database.
/// `old_cluster`: the cluster ID served before (see [`confirm::serving`]).
async fn switch_to(
    sess: &session::Session,
    plan: &plan::Plan,
    file: &Path,
    snap: &plan::Snap,
    args: &SnapshotRestoreArgs,
    old_cluster: Option<u64>,
) -> Result<Code> {
    let prepared = prepare::run(sess, plan, file, snap).await?;
    let switches = switch::for_restore(sess, plan);
    if let Err(e) = switch::install(sess, &switches, &prepared, &plan.watchdog(args)).await {
        prepare::abandon(sess, plan, &prepared).await;
        let code = interrupted_or_error(&e);
        return Err(e.context(Failure::new(
            code,
            "failed before the switch: no node was changed, etcd still runs from its current data dir",
        )));
    }
    let armed = switch::arm(&switches, &prepared).await;
    confirm::after_restore(sess, plan, &switches, old_cluster, args, armed.err()).await
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

/// How long a short script in a helper pod may take around the switch, when the API server
/// and kubelets restart (see `NodePods::sh_within`).
const EXEC_LIMIT: std::time::Duration = std::time::Duration::from_secs(20);

fn say(msg: impl AsRef<str>) {
    eprintln!("{}", msg.as_ref());
}

/// The layout around a node's manifest.
#[derive(Clone)]
struct Paths {
    manifest: PathBuf,
    /// Parent of the manifests folder (kubeadm: /etc/kubernetes): backups, the watchdog's
    /// state and log live here, outside the folder kubelet reads.
    k8s_dir: PathBuf,
}

impl Paths {
    fn new() -> Result<Paths> {
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

    fn manifests_dir(&self) -> &Path {
        self.manifest.parent().unwrap_or(&self.k8s_dir)
    }

    /// The watchdog's own static pod manifest.
    fn watchdog(&self) -> PathBuf {
        self.manifests_dir().join("kubectl-etcd-watchdog.yaml")
    }

    /// Where the watchdog records a run's outcome (first line) and its log.
    fn state(&self, ts: &str) -> PathBuf {
        self.k8s_dir.join(format!("kubectl-etcd-{ts}.state"))
    }
    fn log(&self, ts: &str) -> PathBuf {
        self.k8s_dir.join(format!("kubectl-etcd-{ts}.log"))
    }
    /// Where we send the watchdog our word (a dot-file: transient).
    fn control(&self, ts: &str) -> PathBuf {
        self.k8s_dir.join(format!(".kubectl-etcd-{ts}.control"))
    }
    /// The new manifest, staged as a dot-file in the manifests folder (kubelet ignores it; the
    /// rename over etcd.yaml is atomic).
    fn staged(&self, ts: &str) -> PathBuf {
        self.manifest
            .with_file_name(format!(".etcd.yaml.kubectl-etcd-{ts}"))
    }
    /// Where the backup is copied before it is renamed over the manifest.
    fn rollback_tmp(&self, ts: &str) -> PathBuf {
        self.manifest
            .with_file_name(format!(".etcd.yaml.kubectl-etcd-{ts}-rollback"))
    }

    /// A host path as the helper pods (the Kubernetes folder mounted at [`K8S`]) see it.
    fn in_pod(&self, host: &Path) -> String {
        match host.strip_prefix(&self.k8s_dir) {
            Ok(rel) => format!("{K8S}/{}", rel.display()),
            Err(_) => host.display().to_string(),
        }
    }
}

/// A host path as the watchdog (the node's `/` mounted at `/host`) sees it.
fn on_host_root(host: &Path) -> String {
    format!("/host{}", host.display())
}

/// Ctrl-C keeps its exit code through the context added on top of it; anything else is 1.
fn interrupted_or_error(e: &anyhow::Error) -> Code {
    match crate::exit::code_for(e) {
        Code::Interrupted => Code::Interrupted,
        _ => Code::Error,
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
    fn paths_stay_outside_the_manifests_folder() {
        let p = Paths::new().unwrap();
        let ts = "20260101T010102Z";
        assert_eq!(
            p.state(ts),
            Path::new("/etc/kubernetes/kubectl-etcd-20260101T010102Z.state")
        );
        assert_eq!(
            p.in_pod(&p.staged(ts)),
            "/host/k8s/manifests/.etcd.yaml.kubectl-etcd-20260101T010102Z"
        );
        assert_eq!(
            on_host_root(&p.watchdog()),
            "/host/etc/kubernetes/manifests/kubectl-etcd-watchdog.yaml"
        );
    }
}
