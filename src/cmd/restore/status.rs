//! `--status`: what the last restore or rollback left on each node, read from the files its
//! watchdog wrote beside the manifest backup (through a read-only helper pod per node), and
//! a sweep of the pods such a run left behind once its outcome is known.

use std::time::Duration;

use anyhow::Result;

use super::confirm::{describe, is_final};
use super::session;
use super::{emit, Ctx, Paths, K8S};
use crate::cli::SnapshotRestoreArgs;
use crate::cluster::node::{Mount, PodRequest};
use crate::exit::Code;

/// Prints the newest run on every member's node; exits 0 once every node's outcome is final,
/// 1 while any is still undetermined.
pub(super) async fn run(ctx: &Ctx, _args: SnapshotRestoreArgs) -> Result<Code> {
    let sess = session::open(ctx, true, "read the restore status of").await?;
    let paths = Paths::new()?;
    let mut text = String::new();
    let mut settled = true;
    let mut finished_runs = Vec::new();
    for m in &sess.members {
        let pods = sess.node_pods(m);
        let req = PodRequest::sleeper(
            "status",
            sess.helper_image(),
            // Read-write: a watchdog manifest left behind is removed (and recorded).
            vec![Mount::rw(&paths.k8s_dir, K8S)],
            Duration::from_secs(120),
        );
        let name = pods.create(&req).await?;
        let read = async {
            pods.wait_running(&name).await?;
            super::switch::sweep_stale(&pods, &name, &paths).await?;
            pods.sh(
                &name,
                r#"cd "$1" || exit 1
f=$(ls -1 | grep '^kubectl-etcd-[0-9]*T[0-9]*Z\.state$' | sort | tail -n 1)
[ -n "$f" ] || { echo; exit 0; }
ts=${f#kubectl-etcd-}; echo "${ts%.state}"
head -n 1 "$f"
[ -e manifests/kubectl-etcd-watchdog.yaml ] && echo installed || echo gone
grep 'state: ' "${f%.state}.log" 2>/dev/null | tail -n 1"#,
                &[K8S],
            )
            .await
        }
        .await;
        let _ = pods.delete(&name).await;
        let out = read?.text();
        let mut lines = out.lines();
        let ts = lines.next().unwrap_or_default().trim().to_string();
        if ts.is_empty() {
            text.push_str(&format!(
                "{}: no restore or rollback by kubectl-etcd recorded in {}\n",
                m.node,
                paths.k8s_dir.display()
            ));
            continue;
        }
        let state = lines.next().unwrap_or_default().trim().to_string();
        let watchdog = lines.next().unwrap_or_default().trim().to_string();
        let last = lines.next().unwrap_or_default().trim().to_string();
        let final_ = is_final(&state);
        settled &= final_;
        if final_ {
            finished_runs.push(ts.clone());
        }
        text.push_str(&format!(
            "{}: run {ts}: {}\n  last: {last}\n  state file {}, log {}{}\n",
            m.node,
            describe(&state),
            paths.state(&ts).display(),
            paths.log(&ts).display(),
            if watchdog == "installed" {
                format!(
                    "; the watchdog {} is still installed",
                    paths.watchdog().display()
                )
            } else {
                String::new()
            }
        ));
    }
    // Pods of finished runs that came back with whichever data the API serves now.
    finished_runs.sort();
    finished_runs.dedup();
    if let Some(m) = sess.members.first() {
        let pods = sess.node_pods(m);
        for ts in &finished_runs {
            let _ = pods
                .delete_labelled(&format!("app.kubernetes.io/instance={ts}"))
                .await;
        }
    }
    emit(text)?;
    Ok(if settled { Code::Success } else { Code::Error })
}
