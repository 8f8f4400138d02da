//! Step 3: the switch. A watchdog static pod per node, started and armed while the API still
//! works; at one agreed moment every watchdog renames the staged manifest over `etcd.yaml`
//! (all members at once, so a multi-member cluster never needs the API in between). From
//! then on the watchdog decides on its own evidence (see `watchdog.sh`).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};

use super::plan::Plan;
use super::session::{delete_pods, Session};
use super::{on_host_root, sha256_hex, Paths};
use crate::cluster::member::Member;
use crate::cluster::node::{Input, Mount, NodePods, PodRequest};

/// The watchdog's script (busybox sh).
const WATCHDOG: &str = include_str!("watchdog.sh");
/// The watchdog's static pod name (the mirror pod is `kubectl-etcd-watchdog-<node>`).
const WATCHDOG_POD: &str = "kubectl-etcd-watchdog";
/// How long the watchdogs wait to be armed before they give up (nothing changed then).
const ARM_WAIT: Duration = Duration::from_secs(120);
/// The watchdog removes its own manifest this long before its activeDeadlineSeconds.
const LIFETIME_MARGIN: Duration = Duration::from_secs(30);

/// Removes a watchdog manifest whose run is over (final state) or past its
/// activeDeadlineSeconds (the pod was killed, the manifest stayed: kubelet would keep a dead
/// static pod and every later run would refuse to start), and records that in the run's state
/// file and log. `$1` the watchdog manifest, `$2` the folder with the state files. Prints what
/// it did.
const SWEEP_STALE: &str = r#"w="$1"; [ -e "$w" ] || exit 0
ts=$(grep -o '[0-9]\{8\}T[0-9]\{6\}Z' "$w" | head -n 1)
s="$2/kubectl-etcd-$ts.state"; l="$2/kubectl-etcd-$ts.log"
st=$(head -n 1 "$s" 2>/dev/null)
limit=$(sed -n 's/.*activeDeadlineSeconds: *\([0-9]*\).*/\1/p' "$w" | head -n 1)
age=$(( $(date +%s) - $(stat -c %Y "$w") ))
case "$st" in
  ""|waiting|armed|switched|*-restarting) [ "$age" -gt "${limit:-86400}" ] || exit 0
    why="removed the watchdog manifest of run $ts left at state ${st:-?} ${age}s after it was installed (its pod's limit is ${limit}s)"
    printf 'expired\n' > "$s.tmp" && mv -f "$s.tmp" "$s"
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) state: expired ($why)" >> "$l" ;;
  *) why="removed the watchdog manifest of run $ts, which had finished ($st)"
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $why" >> "$l" ;;
esac
rm -f "$w" && echo "$why""#;

/// Runs [`SWEEP_STALE`] on a node through a helper that mounts the Kubernetes folder
/// read-write; says what it removed.
pub(super) async fn sweep_stale(pods: &NodePods, helper: &str, paths: &Paths) -> Result<()> {
    let out = pods
        .sh(
            helper,
            SWEEP_STALE,
            &[&paths.in_pod(&paths.watchdog()), super::K8S],
        )
        .await
        .with_context(|| format!("checking for a stale watchdog on node {}", pods.node))?
        .text();
    if !out.trim().is_empty() {
        super::say(format!("  {}: {}", pods.node, out.trim()));
    }
    Ok(())
}

/// How the watchdogs judge and what they do afterwards.
pub(super) struct WatchdogOpts {
    /// `restore` (reverts when not healthy) or `rollback` (never reverts).
    pub mode: &'static str,
    pub expect_rev: i64,
    /// The live keys the restored member must hold (-1: no check).
    pub expect_keys: i64,
    /// The state word for a switch the watchdog keeps (`confirmed`, `rolled-back-copy`).
    pub kept: &'static str,
    /// Peers each member must be connected to.
    pub peers: usize,
    /// After this long without a healthy member, revert.
    pub revert: Duration,
    /// Healthy this long = keep, without our word.
    pub settle: Duration,
    /// What to restart on the node after keeping / after reverting (space-separated).
    pub restart_keep: String,
    pub restart_revert: String,
}

/// One node's part of a switch.
pub(super) struct Switch {
    pub member: Member,
    pub pods: NodePods,
    pub paths: Paths,
    /// Manifest bytes now, and after the switch.
    pub before: String,
    pub after: String,
    /// The backup (on the host) a restore's watchdog reverts to.
    pub backup: PathBuf,
    pub metrics: Option<String>,
    pub ts: String,
}

pub(super) fn for_restore(sess: &Session, plan: &Plan) -> Vec<Switch> {
    plan.nodes
        .iter()
        .map(|p| Switch {
            member: p.member.clone(),
            pods: sess.node_pods(&p.member),
            paths: plan.paths.clone(),
            before: p.original.clone(),
            after: p.patched.clone(),
            backup: p.backup.clone(),
            metrics: p.metrics.clone(),
            ts: sess.ts.clone(),
        })
        .collect()
}

impl Switch {
    fn watchdog_request(&self, image: &str, o: &WatchdogOpts) -> PodRequest {
        let p = &self.paths;
        // Armed, switched, judged, restarts done — and a margin.
        let deadline = ARM_WAIT + o.revert + Duration::from_secs(600);
        let env = [
            ("M", on_host_root(&p.manifest)),
            ("N", on_host_root(&p.staged(&self.ts))),
            ("B", on_host_root(&self.backup)),
            ("R", on_host_root(&p.rollback_tmp(&self.ts))),
            ("C", on_host_root(&p.control(&self.ts))),
            ("S", on_host_root(&p.state(&self.ts))),
            ("L", on_host_root(&p.log(&self.ts))),
            ("W", on_host_root(&p.watchdog())),
            ("TS", self.ts.clone()),
            ("MODE", o.mode.into()),
            ("BEFORE_SHA", sha256_hex(self.before.as_bytes())),
            ("AFTER_SHA", sha256_hex(self.after.as_bytes())),
            ("METRICS", self.metrics.clone().unwrap_or_default()),
            ("EXPECT_REV", o.expect_rev.to_string()),
            ("EXPECT_KEYS", o.expect_keys.to_string()),
            ("KEPT", o.kept.into()),
            (
                "LIFETIME",
                (deadline - LIFETIME_MARGIN).as_secs().to_string(),
            ),
            ("PEERS", o.peers.to_string()),
            ("REVERT", o.revert.as_secs().to_string()),
            ("SETTLE", o.settle.as_secs().to_string()),
            ("ARM_WAIT", ARM_WAIT.as_secs().to_string()),
            ("RESTART_KEEP", o.restart_keep.clone()),
            ("RESTART_REVERT", o.restart_revert.clone()),
        ];
        PodRequest {
            purpose: "watchdog".into(),
            image: image.into(),
            command: vec!["sh".into(), "-c".into(), WATCHDOG.into()],
            env: env.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            mounts: vec![Mount::rw(std::path::Path::new("/"), "/host")],
            deadline,
            host_network: true,
        }
    }
}

/// Installs a watchdog on every node through the running helpers and waits until each has
/// started. On error the watchdogs are cancelled and their manifests removed: no node
/// changed.
pub(super) async fn install(
    sess: &Session,
    switches: &[Switch],
    helpers: &[(NodePods, String)],
    opts: &WatchdogOpts,
) -> Result<()> {
    let image = sess.helper_image();
    let work = async {
        for (s, (pods, helper)) in switches.iter().zip(helpers) {
            let yaml = pods.static_manifest(&s.watchdog_request(&image, opts), WATCHDOG_POD)?;
            let path = s.paths.in_pod(&s.paths.watchdog());
            let part = s.paths.in_pod(
                &s.paths
                    .manifests_dir()
                    .join(format!(".kubectl-etcd-watchdog-{}.part", s.ts)),
            );
            pods.sh_with_input(
                helper,
                r#"head -c "$3" > "$2" && mv -f "$2" "$1""#,
                &[&path, &part, &yaml.len().to_string()],
                Input::Bytes(yaml.as_bytes()),
            )
            .await
            .with_context(|| format!("installing the watchdog on node {}", s.member.node))?;
        }
        let limit = sess.cluster.opts.helper_timeout + Duration::from_secs(30);
        for (s, (pods, helper)) in switches.iter().zip(helpers) {
            let start = Instant::now();
            let state = s.paths.in_pod(&s.paths.state(&s.ts));
            loop {
                let st = pods
                    .sh(helper, r#"head -n 1 "$1" 2>/dev/null; :"#, &[&state])
                    .await?
                    .text();
                if st.trim() == "waiting" {
                    break;
                }
                if start.elapsed() > limit {
                    bail!(
                        "the watchdog on node {} did not start within {}s (kubelet runs it from {}; check the node's kubelet log and that the image {image} is available there)",
                        s.member.node,
                        limit.as_secs(),
                        s.paths.watchdog().display()
                    );
                }
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
        }
        Ok::<_, anyhow::Error>(())
    };
    let result = tokio::select! {
        r = work => r,
        _ = crate::interrupt::interrupted() => Err(crate::exit::Failure::new(crate::exit::Code::Interrupted, "interrupted while starting the watchdogs").into()),
    };
    if result.is_err() {
        cancel(switches, helpers).await;
    }
    result
}

/// Tells every watchdog that has not switched to stop, and removes its manifest.
async fn cancel(switches: &[Switch], helpers: &[(NodePods, String)]) {
    for (s, (pods, helper)) in switches.iter().zip(helpers) {
        let _ = pods
            .sh_within(
                helper,
                r#"printf 'cancel\n' > "$1.tmp" && mv -f "$1.tmp" "$1"; grep -q "$3" "$2" 2>/dev/null && rm -f "$2"; :"#,
                &[
                    &s.paths.in_pod(&s.paths.control(&s.ts)),
                    &s.paths.in_pod(&s.paths.watchdog()),
                    &s.ts,
                ],
                super::EXEC_LIMIT,
            )
            .await;
    }
}

/// Arms every watchdog for one moment (on the first node's clock: etcd needs synchronised
/// clocks anyway), far enough ahead for every node to receive it, and waits until it has
/// passed. Deletes the helpers. On error some nodes may have switched: the caller asks for
/// a revert and reads the outcomes.
pub(super) async fn arm(switches: &[Switch], helpers: &[(NodePods, String)]) -> Result<()> {
    let work = async {
        let (pods0, pod0) = helpers.first().ok_or_else(|| anyhow!("no helper pod"))?;
        let now: u64 = pods0
            .sh(pod0, "date +%s", &[])
            .await?
            .text()
            .trim()
            .parse()
            .context("reading the node's clock")?;
        let at = now + 2 + switches.len() as u64;
        for (s, (pods, pod)) in switches.iter().zip(helpers) {
            pods.sh(
                pod,
                r#"printf 'arm %s\n' "$1" > "$2.tmp" && mv -f "$2.tmp" "$2""#,
                &[&at.to_string(), &s.paths.in_pod(&s.paths.control(&s.ts))],
            )
            .await
            .with_context(|| format!("cannot arm the switch on node {}", s.member.node))?;
        }
        let wait = at.saturating_sub(now) + 1;
        tokio::time::sleep(Duration::from_secs(wait)).await;
        Ok::<_, anyhow::Error>(())
    };
    let result = tokio::select! {
        r = work => r,
        _ = crate::interrupt::interrupted() => Err(crate::exit::Failure::new(crate::exit::Code::Interrupted, "interrupted while arming the switch").into()),
    };
    if result.is_err() {
        // Before the moment, `rollback` cancels; after it, it reverts.
        for (s, (pods, helper)) in switches.iter().zip(helpers) {
            let _ = pods
                .sh_within(
                    helper,
                    r#"printf 'rollback\n' > "$1.tmp" && mv -f "$1.tmp" "$1""#,
                    &[&s.paths.in_pod(&s.paths.control(&s.ts))],
                    super::EXEC_LIMIT,
                )
                .await;
        }
    }
    delete_pods(helpers).await;
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The watchdog script itself under busybox (the shell of its image): never armed and
    /// with a 1 s lifetime, its guard records the run as expired and removes its manifest
    /// before a pod deadline could leave it behind.
    #[test]
    fn the_watchdog_removes_its_own_manifest_at_the_end_of_its_lifetime() {
        let dir = tempfile::tempdir().unwrap();
        let ts = "20260101T000000Z";
        let w = dir.path().join("kubectl-etcd-watchdog.yaml");
        std::fs::write(&w, format!("    - name: TS\n      value: {ts}\n")).unwrap();
        let f = |name: &str| dir.path().join(name);
        let mut child = std::process::Command::new("busybox")
            .args(["sh", "-c", WATCHDOG])
            .env("W", &w)
            .env("S", f("run.state"))
            .env("L", f("run.log"))
            .env("C", f("run.control"))
            .env("TS", ts)
            .env("LIFETIME", "1")
            .env("ARM_WAIT", "60")
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("busybox (scripts/install-test-deps.sh installs busybox-static)");
        let deadline = Instant::now() + Duration::from_secs(30);
        while w.exists() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = child.kill();
        let _ = child.wait();
        assert!(!w.exists(), "the watchdog left its manifest");
        assert_eq!(
            std::fs::read_to_string(f("run.state")).unwrap(),
            "expired\n"
        );
        let log = std::fs::read_to_string(f("run.log")).unwrap();
        assert!(
            log.contains("state: expired (the watchdog ran out of its 1s at state waiting)"),
            "{log}"
        );
        assert!(log.contains("lifetime over: removed"), "{log}");
    }
}
