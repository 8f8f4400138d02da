//! `--rollback`: put the newest manifest backup back on every node, through the same
//! watchdog switch as a restore. Where every member's etcd can bump revisions,
//! [`super::rollback_copy`] re-creates the backed-up data with a higher revision instead;
//! otherwise (etcd 3.4 before 3.4.27, 3.5 before 3.5.10) the backed-up data is older than
//! what the API server and kubelets have seen (its revision is lower, often far lower after a bumped restore), so the
//! watchdogs always restart kube-apiserver, the other control-plane containers and the
//! kubelet on their node once etcd is healthy. A rollback is never reverted.

use std::time::Duration;

use anyhow::{bail, Result};

use super::confirm::{self, describe, node_line, wait_healthy, Expect};
use super::session::{self, delete_pods, Session};
use super::switch::{self, Switch, WatchdogOpts};
use super::{emit, say, Ctx, Paths, K8S, MANIFEST, RESTART_ALL, WATCHDOG_GRACE};
use crate::cli::SnapshotRestoreArgs;
use crate::cluster::node::{Input, Mount, NodePods, PodRequest};
use crate::exit::{Code, Failure};
use crate::manifest;

pub(super) async fn run(ctx: &Ctx, args: SnapshotRestoreArgs) -> Result<Code> {
    let sess = session::open(ctx, args.force, "roll back").await?;
    let paths = Paths::new()?;
    let now = confirm::serving(&sess).await;
    let current_cluster = now.cluster_id;
    let mut switches = Vec::new();
    let mut helpers = Vec::new();
    if let Err(e) = find_backups(&sess, &paths, &mut switches, &mut helpers).await {
        delete_pods(&helpers).await;
        return Err(e);
    }
    let unchanged = switches.iter().all(|s| s.before == s.after);
    let backwards = match super::rollback_copy::applies(&sess, now.revision) {
        Ok(current_rev) if !unchanged => {
            delete_pods(&helpers).await;
            return super::rollback_copy::run(
                ctx,
                &sess,
                &args,
                &switches,
                current_rev,
                now.cluster_id,
            )
            .await;
        }
        Ok(_) => String::new(),
        Err(why) => why,
    };
    let opts = WatchdogOpts {
        mode: "rollback",
        expect_rev: 0,
        expect_keys: -1,
        kept: "rolled-back",
        peers: switches.len().saturating_sub(1),
        revert: args.timeout + WATCHDOG_GRACE,
        settle: super::SETTLE,
        restart_keep: RESTART_ALL.into(),
        restart_revert: RESTART_ALL.into(),
    };
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
                "\nnode {}: put back {} (etcd restarts; watchdog {})\n",
                s.member.node,
                s.backup.display(),
                paths.watchdog().display()
            ));
            text.push_str(&crate::output::diff::unified(
                MANIFEST,
                &format!("{MANIFEST} (backup)"),
                &s.before,
                &s.after,
            ));
        }
    }
    if !nothing {
        text.push_str(&format!(
            "\nThe backed-up data is put back as it is ({backwards}, so it cannot be re-created with a higher revision): its revision is below what the API server and kubelets have seen, so once etcd is healthy each watchdog restarts on its node: {} (crictl stop / systemctl restart, from the node).\n",
            RESTART_ALL.replace(' ', ", ")
        ));
    }
    emit(&text)?;
    if nothing || args.dry_run {
        delete_pods(&helpers).await;
        if args.dry_run {
            emit("Dry run: nothing was changed.\n")?;
        }
        return Ok(Code::Success);
    }
    if let Err(e) = crate::confirm::confirm(
        "Put the backed-up manifests back? etcd restarts",
        ctx.global.yes,
    ) {
        delete_pods(&helpers).await;
        return Err(e);
    }
    // Stage the backup content as a dot-file, start the watchdogs, switch all nodes at once.
    let staged = async {
        for (s, (pods, name)) in switches.iter().zip(&helpers) {
            pods.sh_with_input(
                name,
                r#"head -c "$2" > "$1.part" && mv -f "$1.part" "$1""#,
                &[
                    &paths.in_pod(&paths.staged(&sess.ts)),
                    &s.after.len().to_string(),
                ],
                Input::Bytes(s.after.as_bytes()),
            )
            .await?;
        }
        Ok::<_, anyhow::Error>(())
    }
    .await;
    if let Err(e) = staged {
        delete_pods(&helpers).await;
        return Err(e);
    }
    if let Err(e) = switch::install(&sess, &switches, &helpers, &opts).await {
        delete_pods(&helpers).await;
        return Err(e.context("rollback failed before the switch: no node was changed"));
    }
    if let Err(e) = switch::arm(&switches, &helpers).await {
        say(format!("Error: {e:#}"));
    }
    say("Switching back; etcd and the API server restart");
    let expect = Expect {
        not_cluster: current_cluster,
        cluster: None,
        revision: None,
        keys: None,
    };
    let waited = wait_healthy(&sess, &expect, args.timeout, "waiting for etcd").await;
    let word = if waited.is_ok() { Some("commit") } else { None };
    let outcomes =
        confirm::outcomes(&sess, &switches, word, super::plan::outcome_wait(&opts)).await;
    // The old data's API objects include the pods of the restore being undone (created
    // before its switch): delete them, and this run's.
    remove_stale_pods(&sess).await;
    let lines: Vec<String> = switches
        .iter()
        .zip(&outcomes)
        .map(|(s, o)| node_line(s, o))
        .collect();
    if outcomes
        .iter()
        .all(|o| o.as_ref().is_ok_and(|o| o.state == "rolled-back"))
    {
        let id = waited
            .map(|id| format!(" (cluster {id:x})"))
            .unwrap_or_default();
        emit(format!(
            "Rolled back: etcd runs from the backed-up manifests again{id}.\n{}\n",
            lines.join("\n")
        ))?;
        return Ok(Code::Success);
    }
    Err(Failure::new(
        Code::Error,
        format!(
            "the manifests were put back, but not every node ended healthy{}; nodes:\n{}",
            waited.err().map(|w| format!(" ({w})")).unwrap_or_default(),
            lines.join("\n")
        ),
    )
    .hint(format!(
        "check the etcd pods' logs and `kubectl etcd status`; `kubectl etcd snapshot restore --status` reads each node's outcome again ({})",
        describe("rolled-back-unhealthy")
    ))
    .into())
}

/// On every node: a helper, the newest backup, the check that only the data path differs.
async fn find_backups(
    sess: &Session,
    paths: &Paths,
    switches: &mut Vec<Switch>,
    helpers: &mut Vec<(NodePods, String)>,
) -> Result<()> {
    for m in &sess.members {
        let pods = sess.node_pods(m);
        let req = PodRequest::sleeper(
            "rollback-helper",
            sess.helper_image(),
            vec![Mount::rw(&paths.k8s_dir, K8S)],
            Duration::from_secs(600),
        );
        let name = pods.create(&req).await?;
        helpers.push((pods.clone(), name.clone()));
        pods.wait_running(&name).await?;
        super::switch::sweep_stale(&pods, &name, paths).await?;
        let listing = pods
            .sh(
                &name,
                r#"ls -1 "$1" | grep '^etcd.yaml.kubectl-etcd-[0-9]*T[0-9]*Z$' | sort | tail -n 1; [ ! -e "$2" ] || echo "$2 exists" >&2"#,
                &[K8S, &paths.in_pod(&paths.watchdog())],
            )
            .await?;
        if !listing.stderr.is_empty() {
            bail!(Failure::new(
                Code::Error,
                format!("a kubectl-etcd watchdog is still installed on node {}", m.node),
            )
            .hint("another restore or rollback is running there (or was cut short): see `kubectl etcd snapshot restore --status`"));
        }
        let latest = listing.text().trim().to_string();
        if latest.is_empty() {
            bail!(Failure::new(
                Code::Error,
                format!(
                    "no manifest backup on node {} ({}/etcd.yaml.kubectl-etcd-*)",
                    m.node,
                    paths.k8s_dir.display()
                ),
            )
            .hint(
                "nothing to roll back to: kubectl-etcd keeps a backup only from a restore it made"
            ));
        }
        let current = pods
            .sh(&name, r#"cat "$1""#, &[&paths.in_pod(&paths.manifest)])
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
            member: m.clone(),
            pods: pods.clone(),
            paths: paths.clone(),
            metrics: super::plan::metrics_url(&current),
            before: current,
            after: backup,
            backup: paths.k8s_dir.join(&latest),
            ts: sess.ts.clone(),
        });
    }
    Ok(())
}

/// Deletes this run's pods and any watchdog mirror pods or helpers of earlier runs that came
/// back with the old data.
pub(super) async fn remove_stale_pods(sess: &Session) {
    sess.sweep().await;
    if let Some(m) = sess.members.first() {
        for component in [
            "watchdog",
            "control",
            "restore-helper",
            "restore",
            "rollback-helper",
            "rollback-fetch",
        ] {
            let _ = sess
                .node_pods(m)
                .delete_labelled(&format!("app.kubernetes.io/component={component}"))
                .await;
        }
    }
}
