//! The steps of `member resync`, in order. Each checks what is already done, so running the
//! command again continues an interrupted resync; each failure says how to continue or undo.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use etcd_client::MemberAddOptions;

use super::plan::{check_quorum, initial_cluster};
use crate::cluster::node::{Input, Mount, NodePods, PodRequest};
use crate::cluster::{Cluster, Member};
use crate::cmd::endpoint::{check_health, endpoint_status};
use crate::cmd::member::list;
use crate::cmd::{emit, Ctx};
use crate::etcd::hashkv::{check, hash_all, Verdict};
use crate::etcd::membership::explain;
use crate::etcd::Target;
use crate::exit::{Code, Failure};
use crate::output::model::MemberList;

/// kubeadm's layout: the manifests folder and its parent (backups go there, outside the
/// folder kubelet reads).
const K8S_DIR: &str = "/etc/kubernetes";
const MANIFEST: &str = "/etc/kubernetes/manifests/etcd.yaml";
/// Where the node pod sees [`K8S_DIR`] and the data dir's parent.
const K8S: &str = "/host/k8s";
const DATA: &str = "/host/data";

pub struct Session {
    cluster: Cluster,
    pod: Member,
    others: Vec<Member>,
    ts: String,
    timeout: Duration,
    target: Target,
    node: NodePods,
    helper: Option<String>,
    data_dir: PathBuf,
    /// How to continue or undo from the step under way (said on Ctrl-C).
    pub resume: std::sync::Arc<std::sync::Mutex<String>>,
}

fn say(msg: impl AsRef<str>) {
    eprintln!("{}", msg.as_ref());
}

/// A failed step, with the way forward and back.
fn failed(step: &str, e: anyhow::Error, next: String) -> anyhow::Error {
    e.context(Failure::new(Code::Error, format!("member resync stopped at: {step}")).hint(next))
}

impl Session {
    pub async fn open(
        ctx: &Ctx,
        cluster: Cluster,
        pod: Member,
        others: Vec<Member>,
        ts: String,
        timeout: Duration,
    ) -> Result<Session> {
        let data_dir = pod.data_dir.on_host.clone().ok_or_else(|| {
            Failure::new(
                Code::Error,
                format!(
                    "etcd's --data-dir {} is not on a hostPath volume of pod {}",
                    pod.data_dir.in_container.display(),
                    pod.pod
                ),
            )
        })?;
        if data_dir.parent().is_none() || data_dir == Path::new("/") {
            return Err(Failure::new(
                Code::Error,
                format!("cannot move the data dir {} aside", data_dir.display()),
            )
            .into());
        }
        let target = crate::cmd::member_remove_node::target(ctx, &cluster, &others).await?;
        let node = NodePods {
            pods: cluster.pods.clone(),
            namespace: cluster.opts.namespace.clone(),
            node: pod.node.clone(),
            wait: cluster.opts.helper_timeout,
            run: format!("resync-{ts}").to_lowercase(),
        };
        Ok(Session {
            cluster,
            pod,
            others,
            ts,
            timeout,
            target,
            node,
            helper: None,
            data_dir,
            resume: Default::default(),
        })
    }

    /// Deletes the node pod (in every outcome).
    pub async fn cleanup(&self) {
        if let Some(name) = &self.helper {
            let _ = self.node.delete(name).await;
        }
        let _ = self.node.delete_run().await;
    }

    fn at(&self, next: String) {
        if let Ok(mut r) = self.resume.lock() {
            *r = next;
        }
    }

    fn backup(&self) -> String {
        format!("{K8S_DIR}/etcd.yaml.kubectl-etcd-resync-{}", self.ts)
    }

    fn aside(&self) -> String {
        format!("{}-removed-{}", self.data_dir.display(), self.ts)
    }

    /// A host path as the node pod sees it.
    fn in_pod(&self, host: &str) -> String {
        if let Some(rest) = host.strip_prefix(K8S_DIR) {
            return format!("{K8S}{rest}");
        }
        let parent = self.data_dir.parent().unwrap_or(Path::new("/"));
        match Path::new(host).strip_prefix(parent) {
            Ok(rel) => format!("{DATA}/{}", rel.display()),
            Err(_) => host.to_string(),
        }
    }

    pub async fn run(&mut self, ctx: &Ctx, dry_run: bool) -> Result<Code> {
        // What is there now.
        let list = list(&self.target).await?;
        let peer_urls = self.pod.initial_advertise_peer_urls.clone();
        if peer_urls.is_empty() {
            return Err(Failure::new(
                Code::Error,
                format!("pod {} has no --initial-advertise-peer-urls", self.pod.pod),
            )
            .into());
        }
        let name = self.pod.name.clone();
        let old = list
            .members
            .iter()
            .find(|m| m.peer_urls == peer_urls || (!m.name.is_empty() && m.name == name))
            .cloned();
        let (mut healthy, mut down, mut version) = (Vec::new(), Vec::new(), String::new());
        for (m, ep) in self.others.iter().zip(&self.target.endpoints) {
            let health = check_health(&self.target, ep).await;
            match endpoint_status(&self.target, ep).await {
                Ok(s) if health.health && !s.is_learner => {
                    version = s.version.clone();
                    healthy.push(m.name.clone());
                }
                _ => down.push(m.name.clone()),
            }
        }
        // Voting members that have no running pod at all count as down too.
        for m in list.members.iter().filter(|m| !m.is_learner) {
            let is_old = old.as_ref().is_some_and(|o| o.id == m.id);
            if !is_old && !healthy.contains(&m.name) && !down.contains(&m.name) {
                down.push(if m.name.is_empty() {
                    format!("{:x}", m.id)
                } else {
                    m.name.clone()
                });
            }
        }
        let voters = list.members.iter().filter(|m| !m.is_learner).count();
        let old_votes = old.as_ref().is_some_and(|o| !o.is_learner);
        let arithmetic = check_quorum(voters, old_votes, &healthy, &down)?;
        let learner = !version.starts_with("3.4");

        // The node pod does every change on the node; read the manifest through it.
        let pod = self.start_pod().await?;
        self.helper = Some(pod.clone());
        let (source, text) = self.read_manifest(&pod).await?;
        let initial = initial_cluster(&list, old.as_ref().map(|m| m.id), &name, &peer_urls);
        let patched = crate::manifest::patch_initial_cluster(&text, &initial).map_err(|e| {
            Failure::new(Code::Error, format!("cannot change {MANIFEST}: {e}"))
                .hint("resync by hand: see README, \"Replace a failed member\"")
        })?;
        let diff = crate::output::diff::unified(&source, MANIFEST, &text, &patched);

        say(format!(
            "Resync plan for member {name} on node {} (etcd {version}):",
            self.pod.node
        ));
        say(format!("  quorum: {arithmetic}"));
        if source == MANIFEST {
            say(format!(
                "  1. stop etcd on {}: move {MANIFEST} to {} (kept)",
                self.pod.node,
                self.backup()
            ));
        } else {
            say(format!(
                "  1. etcd on {} is already stopped; its manifest is {source}",
                self.pod.node
            ));
        }
        match &old {
            Some(m) => say(format!(
                "  2. member remove {} ({:x})",
                if m.name.is_empty() {
                    "(unstarted)"
                } else {
                    &m.name
                },
                m.id
            )),
            None => say("  2. the member is not in the cluster any more: nothing to remove"),
        }
        say(format!(
            "  3. move the data dir {} aside to {} (kept, never deleted)",
            self.data_dir.display(),
            self.aside()
        ));
        say(format!(
            "  4. member add {name} --peer-urls {}{}",
            peer_urls.join(","),
            if learner {
                " --learner"
            } else {
                " (etcd 3.4: as a voting member)"
            }
        ));
        say(format!(
            "  5. write {MANIFEST} with this change; kubelet starts etcd on the empty data dir:"
        ));
        for l in diff.lines() {
            say(format!("     {l}"));
        }
        say(format!(
            "  6. wait (up to {}) until it has caught up{}, then until every member is healthy and their hashes agree",
            humantime::format_duration(self.timeout),
            if learner { ", member promote" } else { "" }
        ));
        if dry_run {
            say("Dry run: nothing was changed.");
            return Ok(Code::Success);
        }
        crate::confirm::confirm(
            &format!("Resync member {name} on node {}?", self.pod.node),
            ctx.global.yes,
        )?;

        let again = format!(
            "run `kubectl etcd member resync {}` again: it continues from here",
            self.pod.node
        );
        // 1. stop
        self.at(format!("etcd on {} may be stopped: to undo, move {} back to {MANIFEST} there if it is not in place; to continue: {again}", self.pod.node, self.backup()));
        if source == MANIFEST {
            say(format!("Stopping etcd on {}…", self.pod.node));
            self.node
                .sh(
                    &pod,
                    "mv \"$1\" \"$2\"",
                    &[&self.in_pod(MANIFEST), &self.in_pod(&self.backup())],
                )
                .await
                .map_err(|e| {
                    failed(
                        "stopping etcd (moving its manifest out)",
                        e,
                        format!("nothing was changed; {again}"),
                    )
                })?;
            self.wait_pod_gone().await.map_err(|e| {
                failed(
                    "waiting for etcd to stop",
                    e,
                    format!(
                        "to undo: move {} back to {MANIFEST} on {}; to continue: {again}",
                        self.backup(),
                        self.pod.node
                    ),
                )
            })?;
        }
        let undo_start = format!(
            "to go back to the old member (only if it was not removed yet): move the backup manifest back to {MANIFEST} on {}",
            self.pod.node
        );
        // 2. remove
        self.at(format!(
            "the member may be removed already; {undo_start}; to continue: {again}"
        ));
        if let Some(m) = &old {
            say(format!("Removing member {:x}…", m.id));
            let (t, id) = (&self.target, m.id);
            settled("member remove", || async move {
                let mut client = t.client().await?;
                t.request("member remove", client.member_remove(id)).await
            })
            .await
            .map_err(explain)
            .map_err(|e| {
                failed(
                    "member remove",
                    e,
                    format!("{undo_start}; to continue: {again}"),
                )
            })?;
        }
        // 3. data dir aside
        self.at(format!(
            "the member is removed; its data dir may be moved aside to {}; to continue: {again}",
            self.aside()
        ));
        say(format!(
            "Moving {} to {}…",
            self.data_dir.display(),
            self.aside()
        ));
        self.node
            .sh(
                &pod,
                "if [ -d \"$1\" ] && [ -n \"$(ls -A \"$1\")\" ]; then mv \"$1\" \"$2\" && mkdir -m 700 \"$1\"; fi",
                &[&self.in_pod(&self.data_dir.display().to_string()), &self.in_pod(&self.aside())],
            )
            .await
            .map_err(|e| failed("moving the data dir aside", e, format!("the member is removed; {again}")))?;
        // 4. add
        self.at(format!("the member is removed and its data dir moved aside; it may be added already; to continue: {again}"));
        let now = list_retry(&self.target).await?;
        let existing = now
            .members
            .iter()
            .find(|m| m.peer_urls == peer_urls)
            .cloned();
        let new_id = match existing {
            Some(m) => m.id,
            None => {
                say(format!(
                    "Adding member {name}{}…",
                    if learner { " as a learner" } else { "" }
                ));
                let (t, urls) = (&self.target, &peer_urls);
                let resp = settled("member add", || async move {
                    let mut client = t.client().await?;
                    let options = learner.then(|| MemberAddOptions::new().with_is_learner());
                    t.request("member add", client.member_add(urls.clone(), options))
                        .await
                })
                .await
                .map_err(explain)
                .map_err(|e| {
                    failed(
                        "member add",
                        e,
                        format!("the member is removed and its data dir moved aside; {again}"),
                    )
                })?;
                resp.member()
                    .map(|m| m.id())
                    .ok_or_else(|| anyhow!("etcd did not return the added member"))?
            }
        };
        // 5. manifest back, patched
        self.at(format!(
            "the member is added; its manifest may be back already; to continue: {again}"
        ));
        say(format!("Writing {MANIFEST}…"));
        let tmp = format!("{K8S_DIR}/manifests/.etcd.yaml.kubectl-etcd-{}", self.ts);
        self.node
            .sh_with_input(
                &pod,
                "head -c \"$1\" > \"$2\" && mv \"$2\" \"$3\"",
                &[
                    &patched.len().to_string(),
                    &self.in_pod(&tmp),
                    &self.in_pod(MANIFEST),
                ],
                Input::Bytes(patched.as_bytes()),
            )
            .await
            .map_err(|e| {
                failed(
                    "writing the manifest",
                    e,
                    format!("the member {new_id:x} is added but not started; {again}"),
                )
            })?;
        // 6. catch up, promote, health
        self.at(format!("etcd on {} runs from the new manifest; to continue waiting for catch-up, promotion and health: {again}", self.pod.node));
        let deadline = Instant::now() + self.timeout;
        let waiting = format!(
            "etcd on {} runs from the new manifest; see its log (`kubectl logs -n {} {}`); to continue waiting: {again}",
            self.pod.node, self.pod.namespace, self.pod.pod
        );
        self.wait_promoted(new_id, learner, deadline)
            .await
            .map_err(|e| failed("waiting for the new member to catch up", e, waiting.clone()))?;
        let (revision, hash, members) = self.wait_healthy(deadline).await.map_err(|e| {
            failed(
                "waiting for every member to be healthy with equal hashes",
                e,
                waiting.clone(),
            )
        })?;
        emit(format!(
            "Member {name} on {} resynced: new ID {new_id:x}{}; all {members} members healthy, hashes agree at revision {revision} ({hash}).\nOld data kept at {} on {}; old manifest at {}.\n",
            self.pod.node,
            old.map(|m| format!(" (was {:x})", m.id)).unwrap_or_default(),
            self.aside(),
            self.pod.node,
            if source == MANIFEST { self.backup() } else { source },
        ))?;
        Ok(Code::Success)
    }

    async fn start_pod(&self) -> Result<String> {
        let parent = self.data_dir.parent().unwrap_or(Path::new("/"));
        let req = PodRequest::sleeper(
            "resync",
            self.cluster.opts.helper_image.clone(),
            vec![Mount::rw(Path::new(K8S_DIR), K8S), Mount::rw(parent, DATA)],
            self.timeout + Duration::from_secs(900),
        );
        let name = self.node.create(&req).await?;
        self.node.wait_running(&name).await?;
        Ok(name)
    }

    /// The manifest, or — when an interrupted resync moved it out — its newest backup.
    async fn read_manifest(&self, pod: &str) -> Result<(String, String)> {
        let out = self
            .node
            .sh(
                pod,
                "if [ -f \"$1\" ]; then echo \"$3\"; cat \"$1\"; else b=$(ls -1 \"$2\"/etcd.yaml.kubectl-etcd-resync-* 2>/dev/null | tail -n 1); if [ -n \"$b\" ]; then echo \"$b\"; cat \"$b\"; fi; fi",
                &[&self.in_pod(MANIFEST), K8S, MANIFEST],
            )
            .await
            .context("cannot read etcd's manifest")?;
        let text = out.text();
        let (first, rest) = text.split_once('\n').unwrap_or(("", ""));
        if first.is_empty() {
            return Err(Failure::new(
                Code::Error,
                format!(
                    "{MANIFEST} is missing on {} and there is no backup of a resync",
                    self.pod.node
                ),
            )
            .into());
        }
        let source = match first.strip_prefix(K8S) {
            Some(rest) => format!("{K8S_DIR}{rest}"),
            None => first.to_string(),
        };
        Ok((source, rest.to_string()))
    }

    /// kubelet removes the mirror pod once etcd is stopped.
    async fn wait_pod_gone(&self) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            match self.cluster.pods.get_opt(&self.pod.pod).await {
                Ok(None) => return Ok(()),
                Ok(Some(_)) if Instant::now() > deadline => {
                    return Err(anyhow!("pod {} is still there after 120 s", self.pod.pod))
                }
                Err(e) if Instant::now() > deadline => return Err(e.into()),
                _ => tokio::time::sleep(Duration::from_millis(300)).await,
            }
        }
    }

    async fn wait_promoted(&self, id: u64, learner: bool, deadline: Instant) -> Result<()> {
        say("Waiting for the new member to start and catch up…");
        loop {
            let started = list(&self.target)
                .await
                .ok()
                .and_then(|l| l.members.into_iter().find(|m| m.id == id))
                .is_some_and(|m| !m.name.is_empty());
            if started {
                if !learner {
                    return Ok(());
                }
                let mut client = self.target.client().await?;
                match self
                    .target
                    .request("member promote", client.member_promote(id))
                    .await
                {
                    Ok(_) => {
                        say(format!("Promoted {id:x}."));
                        return Ok(());
                    }
                    Err(e)
                        if format!("{e:#}")
                            .contains("can only promote a learner member which is in sync") => {}
                    // Promoted by an earlier run that was interrupted.
                    Err(e) if format!("{e:#}").contains("can only promote a learner member") => {
                        return Ok(())
                    }
                    Err(e) => return Err(explain(e)),
                }
            }
            if Instant::now() > deadline {
                return Err(anyhow!(
                    "member {id:x} has not {} in time (--timeout)",
                    if started { "caught up" } else { "started" }
                ));
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }

    /// Every member's pod Running, every endpoint healthy, and equal hashes at one revision.
    async fn wait_healthy(&self, deadline: Instant) -> Result<(i64, u32, usize)> {
        say("Waiting until every member is healthy and their hashes agree…");
        loop {
            let last = match self.all_healthy().await {
                Ok(done) => return Ok(done),
                Err(e) => format!("{e:#}"),
            };
            if Instant::now() > deadline {
                return Err(anyhow!("not healthy in time (--timeout): {last}"));
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }

    async fn all_healthy(&self) -> Result<(i64, u32, usize)> {
        let pods = self.cluster.members().await?;
        let running: Vec<Member> = pods.into_iter().filter(|m| m.phase == "Running").collect();
        let target = self.target_for(&running)?;
        let members: MemberList = list(&target).await?;
        if members.members.len() != running.len()
            || members
                .members
                .iter()
                .any(|m| m.is_learner || m.name.is_empty())
        {
            return Err(anyhow!(
                "{} members, {} etcd pods running",
                members.members.len(),
                running.len()
            ));
        }
        for ep in &target.endpoints {
            let h = check_health(&target, ep).await;
            if !h.health {
                return Err(anyhow!("{} is unhealthy: {}", h.endpoint, h.error));
            }
        }
        let hashed = hash_all(&target, 0).await;
        match check(&target, 0, &hashed).await? {
            Verdict::Agree { revision, hash } => Ok((revision, hash, running.len())),
            other => Err(anyhow!("hashes: {other:?}")),
        }
    }

    /// The same connection settings, over other members' pods.
    fn target_for(&self, members: &[Member]) -> Result<Target> {
        let mut t = self.target.clone();
        t.endpoints = self.cluster.endpoints(members)?;
        Ok(t)
    }
}

/// The member an interrupted resync left without a pod: read from the newest manifest backup
/// on `node` (None when there is none).
pub async fn member_from_backup(cluster: &Cluster, node: &str, ts: &str) -> Result<Option<Member>> {
    let pods = NodePods {
        pods: cluster.pods.clone(),
        namespace: cluster.opts.namespace.clone(),
        node: node.to_string(),
        wait: cluster.opts.helper_timeout,
        run: format!("resync-read-{ts}").to_lowercase(),
    };
    let req = PodRequest::sleeper(
        "resync-read",
        cluster.opts.helper_image.clone(),
        vec![Mount::ro(Path::new(K8S_DIR), K8S)],
        Duration::from_secs(600),
    );
    let read = async {
        let name = pods.create(&req).await?;
        pods.wait_running(&name).await?;
        pods.sh(
            &name,
            "b=$(ls -1 \"$1\"/etcd.yaml.kubectl-etcd-resync-* 2>/dev/null | tail -n 1); [ -z \"$b\" ] || cat \"$b\"",
            &[K8S],
        )
        .await
    }
    .await;
    let _ = pods.delete_run().await;
    let text = read?.text();
    if text.trim().is_empty() {
        return Ok(None);
    }
    let mut pod: k8s_openapi::api::core::v1::Pod = serde_yaml::from_str(&text)
        .context("the manifest backup of an earlier resync is not a Pod")?;
    let spec = pod.spec.get_or_insert_with(Default::default);
    spec.node_name = Some(node.to_string());
    pod.metadata.name = Some(format!("etcd-{node}"));
    pod.metadata.namespace = Some(cluster.opts.namespace.clone());
    Ok(Some(Member::from_pod(&pod)?))
}

/// Runs a membership change again while etcd refuses it as "unhealthy cluster" (for 5 s
/// after a member (re)connects, etcd accepts no change); a refused change changed nothing.
async fn settled<T, F, Fut>(what: &str, mut change: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match change().await {
            Err(e)
                if format!("{e:#}").contains("unhealthy cluster") && Instant::now() < deadline =>
            {
                say(format!("etcd refuses {what} for a moment (a member reconnected in the last 5 s); retrying…"));
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            other => return other,
        }
    }
}

/// `member list`, retried briefly: right after a removal the member that answered may be the
/// one being removed.
async fn list_retry(target: &Target) -> Result<MemberList> {
    let mut last = None;
    for _ in 0..10 {
        match list(target).await {
            Ok(l) => return Ok(l),
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    Err(last.unwrap_or_else(|| anyhow!("member list failed")))
}
