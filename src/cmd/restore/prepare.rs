//! Step 2: on every node, while the API works and etcd still runs from its old data dir,
//! through one helper pod per node: upload and check the snapshot, restore it with the
//! node's own etcd image into a new directory, write the manifest backup and the staged new
//! manifest. Nothing kubelet runs changes here.

use std::path::Path;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use super::plan::{NodePlan, Plan, Snap};
use super::session::Session;
use super::{interrupted_or_error, say, sha256_hex, Paths, K8S, MANIFEST, NEW, OLD};
use crate::cluster::node::{Input, Mount, NodePods, PodRequest};
use crate::exit::{Code, Failure};
use crate::output::progress::Transfer;

/// Prepares every node; returns the helper pods (still running: the switch arms through
/// them). On error or Ctrl-C nothing was changed and everything made is removed.
pub(super) async fn run(
    sess: &Session,
    plan: &Plan,
    file: &Path,
    snap: &Snap,
) -> Result<Vec<(NodePods, String)>> {
    let mut prepared: Vec<(NodePods, String)> = Vec::new();
    let work = async {
        for p in &plan.nodes {
            let pods = sess.node_pods(&p.member);
            let req = PodRequest::sleeper(
                "restore-helper",
                sess.helper_image(),
                vec![
                    Mount::rw(&plan.paths.k8s_dir, K8S),
                    Mount::ro(&p.old_dir, OLD),
                    Mount {
                        create: true,
                        ..Mount::rw(&p.new_dir, NEW)
                    },
                ],
                Duration::from_secs(3600),
            );
            let name = pods.create(&req).await?;
            prepared.push((pods.clone(), name.clone()));
            pods.wait_running(&name).await?;
            prepare_node(sess, &pods, &name, p, plan, file, snap)
                .await
                .with_context(|| format!("preparing node {}", p.member.node))?;
        }
        Ok::<_, anyhow::Error>(())
    };
    let result = tokio::select! {
        r = work => r,
        _ = crate::interrupt::interrupted() => Err(Failure::new(Code::Interrupted, "interrupted while preparing").into()),
    };
    match result {
        Ok(()) => Ok(prepared),
        Err(e) => {
            abandon(sess, plan, &prepared).await;
            let code = interrupted_or_error(&e);
            Err(e.context(Failure::new(
                code,
                "restore failed before the switch: no node was changed, etcd still runs from its old data dir",
            ).hint(format!("fix the cause and retry; helper pods were removed (check: kubectl get pods -n {} -l app.kubernetes.io/managed-by=kubectl-etcd)", sess.cluster.opts.namespace))))
        }
    }
}

/// After a failure before the switch: remove what we made on the nodes (the restored data,
/// the staged manifest, the backup, a watchdog), delete the pods.
pub(super) async fn abandon(sess: &Session, plan: &Plan, prepared: &[(NodePods, String)]) {
    let paths = &plan.paths;
    for ((pods, name), p) in prepared.iter().zip(&plan.nodes) {
        let _ = pods
            .sh(
                name,
                r#"rm -rf "$1/member" "$1/.out" "$1/.upload"; rm -f "$2" "$3"; grep -q "$5" "$4" 2>/dev/null && rm -f "$4"; :"#,
                &[
                    NEW,
                    &paths.in_pod(&paths.staged(&sess.ts)),
                    &paths.in_pod(&p.backup),
                    &paths.in_pod(&paths.watchdog()),
                    &sess.ts,
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
    sess.sweep().await;
}

/// Upload, restore, ownership, manifest backup and staged manifest on one node.
async fn prepare_node(
    sess: &Session,
    pods: &NodePods,
    helper: &str,
    p: &NodePlan,
    plan: &Plan,
    file: &Path,
    snap: &Snap,
) -> Result<()> {
    let paths: &Paths = &plan.paths;
    let (size, sha) = (snap.size, snap.sha.as_str());
    let (token, initial_cluster) = (&plan.token, &plan.initial_cluster);
    let node = &p.member.node;
    let backup = paths.in_pod(&p.backup);
    let staged = paths.in_pod(&paths.staged(&sess.ts));
    let manifest_in_pod = paths.in_pod(&paths.manifest);
    let watchdog = paths.in_pod(&paths.watchdog());
    super::switch::sweep_stale(pods, helper, paths).await?;
    // Checks, the old dir's owner and mode, the manifest's mode.
    let out = pods
        .sh(
            helper,
            r#"[ -z "$(ls -A "$1")" ] || { echo "$5 is not empty" >&2; exit 3; }
[ -f "$2" ] || { echo "no $2" >&2; exit 3; }
[ ! -e "$3" ] || { echo "$3 exists" >&2; exit 3; }
[ ! -e "$6" ] || { echo "$6 exists: another kubectl-etcd restore or rollback is running on this node (or was cut short: see kubectl etcd snapshot restore --status)" >&2; exit 3; }
stat -c '%u %g %a' "$4"; stat -c '%a' "$2""#,
            &[
                NEW,
                &manifest_in_pod,
                &backup,
                OLD,
                &p.new_dir.display().to_string(),
                &watchdog,
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
    if snap.skip_hash_check {
        command.push("--skip-hash-check".into());
    }
    if p.tool.bump {
        command.push(format!("--bump-revision={}", plan.bump_by()));
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
