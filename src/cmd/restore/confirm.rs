//! Step 4: after the switch. We watch the members through the port-forward and send the
//! watchdogs our verdict (a shortcut: they decide on their own evidence without it), then
//! read every node's outcome from the file its watchdog wrote, sweep our pods, and report
//! exactly what the nodes are in.

use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use etcd_client::GetOptions;

use super::plan::{outcome_wait, Plan};
use super::session::Session;
use super::switch::Switch;
use super::{emit, say, sha256_hex, EXEC_LIMIT, K8S};
use crate::cli::SnapshotRestoreArgs;
use crate::cluster::node::{Mount, NodePods, PodRequest};
use crate::etcd::{Endpoint, Target};
use crate::exit::{Code, Failure};

/// What the cluster serves before a switch. `None` where no member answered.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Serving {
    /// The cluster ID of the first member (in endpoint order) that answers: to tell a restored
    /// cluster from it.
    pub cluster_id: Option<u64>,
    /// The highest revision any member serves: what a revision bump must clear.
    pub revision: Option<i64>,
}

/// One probe of every member, side by side: a member that is down costs its probe's 8 s
/// once, not once per question asked of the cluster.
pub(super) async fn serving(sess: &Session) -> Serving {
    let seen = futures_util::future::join_all(
        sess.target
            .endpoints
            .iter()
            .map(|ep| probe(&sess.target, ep, None)),
    )
    .await;
    let answered = || seen.iter().filter_map(|s| s.as_ref().ok());
    Serving {
        cluster_id: answered().next().map(|s| s.cluster_id),
        revision: answered().map(|s| s.revision).max(),
    }
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
pub(super) struct Expect {
    /// Must differ from this cluster ID (the restored cluster is a new one) …
    pub not_cluster: Option<u64>,
    /// … or be exactly this one (rollback to the old cluster).
    pub cluster: Option<u64>,
    pub revision: Option<i64>,
    pub keys: Option<u64>,
}

/// Polls every member until all meet `expect`, or `limit` passes. Err = the last reason.
pub(super) async fn wait_healthy(
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
            crate::output::human_duration::human_duration(Duration::from_secs(
                start.elapsed().as_secs()
            ))
        ));
        if start.elapsed() > limit {
            bar.finish_and_clear();
            return Err(last);
        }
        tokio::time::sleep(Duration::from_millis(700)).await;
    }
}

/// What a node's watchdog ended with: its state word and the reason it logged.
#[derive(Debug, Clone)]
pub(super) struct Outcome {
    pub state: String,
    pub detail: String,
    /// The manifest on disk is the one from before the switch / the switched one.
    pub manifest: Manifest,
    /// What the watchdog restarted on the node (or could not).
    pub restarts: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Manifest {
    Before,
    After,
    Other,
}

/// A state the watchdog does not leave any more.
pub(super) fn is_final(state: &str) -> bool {
    !(state.is_empty()
        || matches!(state, "waiting" | "armed" | "switched")
        || state.ends_with("-restarting"))
}

/// What a final state means for the node, in words.
pub(super) fn describe(state: &str) -> String {
    match state {
        "confirmed" => "restored and confirmed: etcd runs from the restored data".into(),
        "reverted" => "reverted: old state (original manifest and data dir)".into(),
        "rolled-back" => "rolled back: etcd runs from the backed-up manifest".into(),
        "rolled-back-copy" => "rolled back: etcd runs from a copy of the backed-up manifest's data with its revision bumped (that data dir itself untouched)".into(),
        "expired" => "undetermined: the watchdog ran out of time before it finished (its log beside the manifest backup says where it stopped); check the manifest and `kubectl etcd status`".into(),
        "rolled-back-unhealthy" => {
            "rolled back, but etcd was not healthy in time: check its pod and `kubectl etcd status`".into()
        }
        "cancelled" | "not-armed" | "switch-refused" | "switch-failed" => {
            format!("unchanged ({state}): old state (original manifest and data dir)")
        }
        "left-alone" => "left alone: the manifest had been changed by someone else after the switch, so the watchdog did not touch it".into(),
        "revert-failed" => "REVERT FAILED: put the manifest backup back by hand".into(),
        s => format!("undetermined (the watchdog is still at {:?})", s),
    }
}

/// Reads a node's outcome from its watchdog's state file through a helper pod (created anew
/// whenever one does not start or disappears: after a switch, the pod object lives in
/// whichever data the API server serves). Sends `word` first if the watchdog still waits
/// for one. Gives up after `limit`.
async fn outcome(
    sess: &Session,
    s: &Switch,
    word: Option<&str>,
    limit: Duration,
) -> Result<Outcome> {
    let start = Instant::now();
    let p = &s.paths;
    let (control, state, log, manifest) = (
        p.in_pod(&p.control(&s.ts)),
        p.in_pod(&p.state(&s.ts)),
        p.in_pod(&p.log(&s.ts)),
        p.in_pod(&p.manifest),
    );
    // A control pod that has not started soon is replaced rather than waited for: made while
    // the API server switched data or the kubelet was stale, it may never start, and a new
    // one made now will.
    let starting = NodePods {
        wait: s.pods.wait.min(CONTROL_START),
        ..s.pods.clone()
    };
    let mut last_err = anyhow!("no answer");
    while start.elapsed() < limit {
        let req = PodRequest::sleeper(
            "control",
            sess.helper_image(),
            vec![Mount::rw(&p.k8s_dir, K8S)],
            limit.max(Duration::from_secs(60)),
        );
        let name = match s.pods.create(&req).await {
            Ok(n) => n,
            Err(e) => {
                retrying(s, &e, start, limit);
                last_err = e;
                tokio::time::sleep(Duration::from_secs(2)).await;
                continue;
            }
        };
        let r = async {
            starting.wait_running(&name).await?;
            loop {
                // Bounded: the watchdog restarts this node's kubelet and the API server, and an
                // exec whose connection went with them may never end. Then a new control pod is
                // made.
                let args = [
                    control.as_str(),
                    &state,
                    &log,
                    &manifest,
                    word.unwrap_or(""),
                ];
                let out = s
                    .pods
                    .sh_within(
                        &name,
                        r#"st=$(head -n 1 "$2" 2>/dev/null)
case "$5:$st" in commit:switched|rollback:waiting|rollback:armed|rollback:switched)
  printf '%s\n' "$5" > "$1.tmp" && mv -f "$1.tmp" "$1" ;; esac
echo "$st"
sha256sum "$4" | cut -d' ' -f1
grep 'state: ' "$3" 2>/dev/null | tail -n 1
grep -E ' (restarted |could not |no [^ ]+ container)' "$3" 2>/dev/null | cut -d' ' -f2-"#,
                        &args,
                        EXEC_LIMIT,
                    )
                    .await?
                    .text();
                let mut lines = out.lines();
                let st = lines.next().unwrap_or_default().trim().to_string();
                let sha = lines.next().unwrap_or_default().trim().to_string();
                let detail = lines
                    .next()
                    .and_then(|l| l.split_once(" ("))
                    .map(|(_, d)| d.trim_end_matches(')').to_string())
                    .unwrap_or_default();
                if is_final(&st) {
                    let manifest = if sha == sha256_hex(s.after.as_bytes()) {
                        Manifest::After
                    } else if sha == sha256_hex(s.before.as_bytes()) {
                        Manifest::Before
                    } else {
                        Manifest::Other
                    };
                    let _ = s
                        .pods
                        .sh_within(&name, r#"rm -f "$1" "$1.tmp""#, &[&control], EXEC_LIMIT)
                        .await;
                    return Ok::<_, anyhow::Error>(Outcome {
                        state: st,
                        detail,
                        manifest,
                        restarts: lines.map(str::to_string).collect(),
                    });
                }
                if start.elapsed() > limit {
                    bail!("the watchdog is still at {st:?}");
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
        .await;
        let _ = s.pods.delete(&name).await;
        match r {
            Ok(o) => return Ok(o),
            Err(e) => {
                retrying(s, &e, start, limit);
                last_err = e
            }
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    Err(last_err.context(format!(
        "no outcome from the watchdog on node {} within {}s",
        s.member.node,
        limit.as_secs()
    )))
}

/// Says why a read of a node's outcome failed and that another follows: a wait of minutes
/// with nothing on the screen looks like a hang to someone restoring a broken cluster.
fn retrying(s: &Switch, e: &anyhow::Error, start: Instant, limit: Duration) {
    if start.elapsed() < limit {
        // What failed and the root cause: the layers between say little here, and the
        // final report prints the whole chain if it comes to that.
        let why = match e.chain().count() {
            1 => e.to_string(),
            _ => format!("{e}: {}", e.root_cause()),
        };
        say(format!(
            "  {}: outcome not read yet ({why}); trying again ({}s left)",
            s.member.node,
            limit.saturating_sub(start.elapsed()).as_secs()
        ));
    }
}

/// Every node's outcome, read side by side: a node that does not answer costs `limit` once,
/// not once per node after it.
pub(super) async fn outcomes(
    sess: &Session,
    switches: &[Switch],
    word: Option<&str>,
    limit: Duration,
) -> Vec<Result<Outcome>> {
    futures_util::future::join_all(switches.iter().map(|s| outcome(sess, s, word, limit))).await
}

/// How long a control pod may take to start before a new one is made (see `outcome`).
const CONTROL_START: Duration = Duration::from_secs(30);

/// Why the wait for the restored etcd ended when the user pressed Ctrl-C.
const INTERRUPTED: &str = "interrupted by Ctrl-C";

/// After the switch (or a failed arming): verdict, outcomes, sweep, report.
pub(super) async fn after_restore(
    sess: &Session,
    plan: &Plan,
    switches: &[Switch],
    old_cluster: Option<u64>,
    args: &SnapshotRestoreArgs,
    arm_error: Option<anyhow::Error>,
) -> Result<Code> {
    let opts = plan.watchdog(args);
    let waited = match &arm_error {
        Some(e) if super::interrupted_or_error(e) == Code::Interrupted => {
            Err(INTERRUPTED.to_string())
        }
        Some(e) => Err(format!("the switch could not be armed: {e:#}")),
        None => {
            say(format!(
                "Switching {} to the restored data now; etcd and the API server restart (waiting up to {})",
                switches
                    .iter()
                    .map(|s| s.member.node.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                humantime::format_duration(args.timeout)
            ));
            let expect = Expect {
                not_cluster: old_cluster,
                cluster: None,
                revision: Some(plan.expect_rev()),
                keys: Some(plan.keys),
            };
            tokio::select! {
                r = wait_healthy(sess, &expect, args.timeout, "waiting for the restored etcd") => r,
                _ = crate::interrupt::interrupted() => Err(INTERRUPTED.to_string()),
            }
        }
    };
    let word = match &waited {
        Ok(_) => "commit",
        Err(why) => {
            say(format!(
                "The restored etcd is not healthy: {why}. Asking the watchdogs to revert."
            ));
            "rollback"
        }
    };
    let outcomes = outcomes(sess, switches, Some(word), outcome_wait(&opts)).await;
    sess.sweep().await;
    let lines: Vec<String> = switches
        .iter()
        .zip(&outcomes)
        .map(|(s, o)| node_line(s, o))
        .collect();
    let all = |st: &[&str]| {
        outcomes
            .iter()
            .all(|o| o.as_ref().is_ok_and(|o| st.contains(&o.state.as_str())))
    };
    if all(&[opts.kept]) {
        let done_word = if plan.is_rollback() {
            "Rolled back to a bumped copy of the pre-restore data"
        } else {
            "Restored"
        };
        let mut done = match &waited {
            Ok(id) => format!(
                "{done_word}: cluster {id:x}, revision {}, {} live keys.\n",
                plan.expect_rev(),
                plan.keys
            ),
            Err(why) => format!("{done_word}: every watchdog found its member healthy and kept it (kubectl-etcd itself could not confirm: {why}).\n"),
        };
        for (l, p) in lines.iter().zip(&plan.nodes) {
            done.push_str(&format!(
                "{l}\n    etcd runs from {} (the previous data dir {} is kept, manifest backup {})\n",
                p.new_dir.display(),
                p.old_dir.display(),
                p.backup.display()
            ));
        }
        done.push_str("Undo with: kubectl etcd snapshot restore --rollback\n");
        emit(done)?;
        return Ok(
            if waited.as_ref().err().map(String::as_str) == Some(INTERRUPTED) {
                Code::Interrupted
            } else {
                Code::Success
            },
        );
    }
    let why = waited
        .err()
        .unwrap_or_else(|| "the watchdogs did not keep it".into());
    let code = if why == INTERRUPTED {
        Code::Interrupted
    } else {
        Code::Error
    };
    if all(&[
        "reverted",
        "cancelled",
        "not-armed",
        "switch-refused",
        "switch-failed",
    ]) {
        let back = wait_healthy(
            sess,
            &Expect {
                not_cluster: None,
                cluster: old_cluster,
                revision: None,
                keys: None,
            },
            args.timeout,
            "waiting for the original etcd",
        )
        .await;
        let health = match back {
            Ok(id) => format!("the original etcd (cluster {id:x}) is healthy again"),
            Err(e) => format!("the original etcd is not healthy yet: {e}"),
        };
        return Err(Failure::new(
            code,
            format!("restore rolled back ({why}); {health}; nodes:\n{}", lines.join("\n")),
        )
        .hint(if code == Code::Interrupted {
            "the cluster runs on its original data again and nothing was deleted; the restored data dirs stay on the nodes. Run the restore again when you are ready"
        } else {
            "the cluster runs on its original data again and nothing was deleted: the restored data dirs stay on the nodes for inspection. Why the restored etcd failed is in its container log on the node (kubelet keeps the replaced pod's logs under /var/log/pods/kube-system_etcd-<node>_*/etcd/ for a while) and in the watchdog's log beside the manifest backup; fix the cause, then run the restore again"
        })
        .into());
    }
    Err(Failure::new(
        Code::Error,
        format!(
            "the restore did not end the same on every node ({why}); nodes:\n{}",
            lines.join("\n")
        ),
    )
    .hint("run `kubectl etcd snapshot restore --status` to read each node's outcome again; `kubectl etcd snapshot restore --rollback` puts the original manifests back on every node")
    .into())
}

/// `  node: state (detail)`, or how to find out.
pub(super) fn node_line(s: &Switch, o: &Result<Outcome>) -> String {
    match o {
        Ok(o) => {
            let mut l = format!("  {}: {}", s.member.node, describe(&o.state));
            if !o.detail.is_empty() {
                l.push_str(&format!(" — {}", o.detail));
            }
            if o.manifest == Manifest::Other {
                l.push_str(" (the manifest is neither the original nor the restored one)");
            }
            if !o.restarts.is_empty() {
                l.push_str(&format!("; then {}", o.restarts.join(", ")));
            }
            l
        }
        Err(e) => format!(
            "  {}: undetermined ({e:#}); find out with: kubectl etcd snapshot restore --status --node {}",
            s.member.node, s.member.node
        ),
    }
}
