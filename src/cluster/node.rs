//! Operations on a node's files through short-lived pods: pinned to the node, tolerating
//! every taint, no service-account token, only the host directories they need mounted (each
//! read-only unless it must be written), `activeDeadlineSeconds` so they die even if we are
//! killed. The caller deletes them ([`NodePods::delete`]) in every outcome.
//!
//! Unlike [`super::helper`], these pods may write (restore needs to), run a command of their
//! own (the etcd image has no shell, so `etcdutl` is the pod's command), and receive files
//! through exec's stdin.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use k8s_openapi::api::core::v1::{
    Container, EnvVar, HostPathVolumeSource, Pod, PodSpec, Toleration, Volume, VolumeMount,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::api::{AttachParams, DeleteParams, LogParams, PostParams};
use kube::Api;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{api_failure, MANAGED_BY};
use crate::exit::{Code, Failure};
use crate::output::progress::Transfer;

/// The container name in every pod made here.
const CONTAINER: &str = "helper";

/// A host directory mounted into a node pod.
#[derive(Debug, Clone)]
pub struct Mount {
    pub host: PathBuf,
    /// Where the pod sees it.
    pub at: String,
    pub read_only: bool,
    /// `DirectoryOrCreate` (else `Directory`: it must exist).
    pub create: bool,
}

impl Mount {
    pub fn ro(host: &Path, at: &str) -> Self {
        Self {
            host: host.to_path_buf(),
            at: at.into(),
            read_only: true,
            create: false,
        }
    }
    pub fn rw(host: &Path, at: &str) -> Self {
        Self {
            host: host.to_path_buf(),
            at: at.into(),
            read_only: false,
            create: false,
        }
    }
}

/// What a node pod runs.
#[derive(Debug, Clone)]
pub struct PodRequest {
    /// `app.kubernetes.io/component` label, and part of the name.
    pub purpose: String,
    pub image: String,
    pub command: Vec<String>,
    pub env: Vec<(String, String)>,
    pub mounts: Vec<Mount>,
    pub deadline: Duration,
    pub host_network: bool,
}

impl PodRequest {
    /// A pod that only sleeps for `lifetime`, for commands exec'd into it; the same bound is
    /// its `activeDeadlineSeconds`, so a pod we lose track of still goes away.
    pub fn sleeper(purpose: &str, image: String, mounts: Vec<Mount>, lifetime: Duration) -> Self {
        PodRequest {
            purpose: purpose.to_string(),
            image,
            command: vec!["sleep".into(), lifetime.as_secs().to_string()],
            env: Vec::new(),
            mounts,
            deadline: lifetime,
            host_network: false,
        }
    }
}

/// Pods on one node.
#[derive(Clone)]
pub struct NodePods {
    pub pods: Api<Pod>,
    pub namespace: String,
    pub node: String,
    /// How long a pod may take to start (`--helper-timeout`).
    pub wait: Duration,
    /// `app.kubernetes.io/instance` of every pod of one command run, so that
    /// [`NodePods::delete_run`] also finds a pod whose creation was cut short by Ctrl-C.
    pub run: String,
}

/// What an exec printed.
#[derive(Debug, Default)]
pub struct ExecOutput {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl ExecOutput {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

impl NodePods {
    /// Creates the pod; returns its name.
    pub async fn create(&self, req: &PodRequest) -> Result<String> {
        let pod = self.pod_for(req);
        let created = self
            .pods
            .create(&PostParams::default(), &pod)
            .await
            .map_err(|e| {
                api_failure(
                    e,
                    &format!("create the {} pod on node {}", req.purpose, self.node),
                    &self.namespace,
                )
            })?;
        created.metadata.name.ok_or_else(|| {
            anyhow!(
                "the API server returned the {} pod without a name",
                req.purpose
            )
        })
    }

    pub(crate) fn pod_for(&self, req: &PodRequest) -> Pod {
        let volumes = req
            .mounts
            .iter()
            .enumerate()
            .map(|(i, m)| Volume {
                name: format!("host-{i}"),
                host_path: Some(HostPathVolumeSource {
                    path: m.host.display().to_string(),
                    type_: Some(
                        if m.create {
                            "DirectoryOrCreate"
                        } else {
                            "Directory"
                        }
                        .into(),
                    ),
                }),
                ..Default::default()
            })
            .collect();
        let mounts = req
            .mounts
            .iter()
            .enumerate()
            .map(|(i, m)| VolumeMount {
                name: format!("host-{i}"),
                mount_path: m.at.clone(),
                read_only: Some(m.read_only),
                ..Default::default()
            })
            .collect();
        let labels = BTreeMap::from([
            (
                "app.kubernetes.io/managed-by".to_string(),
                MANAGED_BY.to_string(),
            ),
            (
                "app.kubernetes.io/component".to_string(),
                req.purpose.clone(),
            ),
            ("app.kubernetes.io/instance".to_string(), self.run.clone()),
        ]);
        Pod {
            metadata: ObjectMeta {
                generate_name: Some(format!("kubectl-etcd-{}-", req.purpose)),
                namespace: Some(self.namespace.clone()),
                labels: Some(labels),
                ..Default::default()
            },
            spec: Some(PodSpec {
                node_name: Some(self.node.clone()),
                restart_policy: Some("Never".into()),
                active_deadline_seconds: Some(req.deadline.as_secs().max(1) as i64),
                automount_service_account_token: Some(false),
                enable_service_links: Some(false),
                termination_grace_period_seconds: Some(0),
                host_network: req.host_network.then_some(true),
                tolerations: Some(vec![Toleration {
                    operator: Some("Exists".into()),
                    ..Default::default()
                }]),
                containers: vec![Container {
                    name: CONTAINER.into(),
                    image: Some(req.image.clone()),
                    command: Some(req.command.clone()),
                    env: (!req.env.is_empty()).then(|| {
                        req.env
                            .iter()
                            .map(|(k, v)| EnvVar {
                                name: k.clone(),
                                value: Some(v.clone()),
                                ..Default::default()
                            })
                            .collect()
                    }),
                    volume_mounts: Some(mounts),
                    ..Default::default()
                }],
                volumes: Some(volumes),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    /// Waits until the pod runs (or has already finished, when `done_ok`).
    pub async fn wait_running(&self, name: &str) -> Result<()> {
        let start = Instant::now();
        loop {
            let status = self.status(name).await?;
            match status.phase.as_deref() {
                Some("Running") => return Ok(()),
                Some(phase @ ("Failed" | "Succeeded")) => {
                    let logs = self.logs(name).await;
                    bail!(
                        "helper pod {name} on node {} ended ({phase}) before it could be used: {} {}",
                        self.node,
                        status.message.unwrap_or_default(),
                        logs.trim()
                    )
                }
                _ => {}
            }
            self.check_pull(name, &status)?;
            if start.elapsed() > self.wait {
                return Err(Failure::new(
                    Code::Error,
                    format!(
                        "pod {name} on node {} is not Running after {}s (phase {})",
                        self.node,
                        self.wait.as_secs(),
                        status.phase.unwrap_or_default()
                    ),
                )
                .hint("`kubectl describe pod` shows why; raise --helper-timeout on a slow node")
                .into());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    async fn status(&self, name: &str) -> Result<k8s_openapi::api::core::v1::PodStatus> {
        let pod = self
            .pods
            .get(name)
            .await
            .map_err(|e| api_failure(e, "watch a helper pod", &self.namespace))?;
        Ok(pod.status.unwrap_or_default())
    }

    fn check_pull(&self, name: &str, status: &k8s_openapi::api::core::v1::PodStatus) -> Result<()> {
        let waiting = status
            .container_statuses
            .iter()
            .flatten()
            .filter_map(|c| Some((c.image.clone(), c.state.as_ref()?.waiting.as_ref()?)))
            .find(|(_, w)| {
                matches!(
                    w.reason.as_deref(),
                    Some(
                        "ErrImagePull"
                            | "ImagePullBackOff"
                            | "InvalidImageName"
                            | "ErrImageNeverPull"
                    )
                )
            });
        if let Some((image, w)) = waiting {
            return Err(Failure::new(
                Code::Error,
                format!(
                    "image {image} cannot be pulled on node {} (pod {name}): {} {}",
                    self.node,
                    w.reason.clone().unwrap_or_default(),
                    w.message.clone().unwrap_or_default()
                ),
            )
            .hint("pass --helper-image with a small image that has a shell (`sh`, `cat`) and is available on the node (air-gapped clusters: one from your registry)")
            .into());
        }
        Ok(())
    }

    /// Waits until the pod has finished; returns its phase (`Succeeded` or `Failed`).
    pub async fn wait_done(&self, name: &str, limit: Duration) -> Result<String> {
        let start = Instant::now();
        loop {
            let status = self.status(name).await?;
            if let Some(phase @ ("Failed" | "Succeeded")) = status.phase.as_deref() {
                return Ok(phase.to_string());
            }
            self.check_pull(name, &status)?;
            if start.elapsed() > limit {
                bail!(
                    "pod {name} on node {} has not finished after {}s (phase {})",
                    self.node,
                    limit.as_secs(),
                    status.phase.unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    }

    /// The pod's output so far (empty when it cannot be read).
    pub async fn logs(&self, name: &str) -> String {
        self.pods
            .logs(
                name,
                &LogParams {
                    container: Some(CONTAINER.into()),
                    ..Default::default()
                },
            )
            .await
            .unwrap_or_default()
    }

    /// Deletes the pod now; a pod that is already gone is fine.
    pub async fn delete(&self, name: &str) -> Result<()> {
        match self
            .pods
            .delete(
                name,
                &DeleteParams {
                    grace_period_seconds: Some(0),
                    ..Default::default()
                },
            )
            .await
        {
            Ok(_) => Ok(()),
            Err(kube::Error::Api(s)) if s.code == 404 => Ok(()),
            Err(e) => Err(anyhow::Error::new(e).context(format!(
                "cannot delete pod {}/{name}; it stops by itself at its deadline, or run: kubectl delete pod -n {} -l app.kubernetes.io/managed-by={MANAGED_BY}",
                self.namespace, self.namespace
            ))),
        }
    }

    /// Deletes every pod of this run, on any node: the ones we know by name are deleted by
    /// the caller; this catches one created by a request that Ctrl-C cut short.
    pub async fn delete_run(&self) -> Result<()> {
        self.delete_labelled(&format!("app.kubernetes.io/instance={}", self.run))
            .await
    }

    /// Deletes every pod of ours (on any node) that also matches `selector`.
    pub async fn delete_labelled(&self, selector: &str) -> Result<()> {
        let selector = format!("app.kubernetes.io/managed-by={MANAGED_BY},{selector}");
        let list = self
            .pods
            .list(&kube::api::ListParams::default().labels(&selector))
            .await
            .map_err(|e| api_failure(e, "list kubectl-etcd's helper pods", &self.namespace))?;
        for pod in list.items {
            if let Some(name) = pod.metadata.name {
                self.delete(&name).await?;
            }
        }
        Ok(())
    }

    /// Runs `sh -c SCRIPT sh ARGS…` in the pod; fails with its stderr when it exits non-zero.
    pub async fn sh(&self, pod: &str, script: &str, args: &[&str]) -> Result<ExecOutput> {
        let mut argv = vec!["sh".to_string(), "-c".into(), script.into(), "sh".into()];
        argv.extend(args.iter().map(|a| a.to_string()));
        self.exec(pod, argv, None).await
    }

    /// [`Self::sh`] that gives up after `limit`. For short scripts run while the API server or
    /// the node's kubelet may restart (around a restore's switch): an exec whose connection
    /// went away with them may never end.
    pub async fn sh_within(
        &self,
        pod: &str,
        script: &str,
        args: &[&str],
        limit: Duration,
    ) -> Result<ExecOutput> {
        tokio::time::timeout(limit, self.sh(pod, script, args))
            .await
            .map_err(|_| {
                anyhow!(
                    "pod {pod} on node {} did not answer within {}s (the API server or its kubelet may have restarted)",
                    self.node,
                    limit.as_secs()
                )
            })?
    }

    /// Sends exactly `bytes.len()` bytes to `sh -c SCRIPT` on stdin (the script must stop by
    /// count, e.g. `head -c N`: exec has no reliable end-of-input).
    pub async fn sh_with_input(
        &self,
        pod: &str,
        script: &str,
        args: &[&str],
        input: Input<'_>,
    ) -> Result<ExecOutput> {
        let mut argv = vec!["sh".to_string(), "-c".into(), script.into(), "sh".into()];
        argv.extend(args.iter().map(|a| a.to_string()));
        self.exec(pod, argv, Some(input)).await
    }

    async fn exec(
        &self,
        pod: &str,
        argv: Vec<String>,
        input: Option<Input<'_>>,
    ) -> Result<ExecOutput> {
        let params = AttachParams::default()
            .container(CONTAINER)
            .stdin(input.is_some())
            .stdout(true)
            .stderr(true);
        let mut proc = self
            .pods
            .exec(pod, argv, &params)
            .await
            .map_err(|e| api_failure(e, &format!("exec into pod {pod}"), &self.namespace))?;
        let mut stdout = proc
            .stdout()
            .ok_or_else(|| anyhow!("exec gave no stdout"))?;
        let mut stderr = proc
            .stderr()
            .ok_or_else(|| anyhow!("exec gave no stderr"))?;
        let status = proc
            .take_status()
            .ok_or_else(|| anyhow!("exec gave no status"))?;
        let stdin = if input.is_some() { proc.stdin() } else { None };
        let send = async {
            let (Some(mut w), Some(input)) = (stdin, input) else {
                return Ok::<_, anyhow::Error>(());
            };
            match input {
                Input::Bytes(b) => w.write_all(b).await.context("sending to the pod")?,
                Input::File { path, size, bar } => {
                    let mut f = tokio::fs::File::open(path)
                        .await
                        .with_context(|| format!("cannot open {}", path.display()))?;
                    let mut buf = vec![0u8; 256 * 1024];
                    let mut sent = 0u64;
                    while sent < size {
                        let n = f.read(&mut buf).await.context("reading the snapshot")?;
                        if n == 0 {
                            bail!("{} became shorter while it was sent", path.display());
                        }
                        let n = n.min((size - sent) as usize);
                        w.write_all(&buf[..n]).await.context("sending to the pod")?;
                        sent += n as u64;
                        bar.update(sent, size);
                    }
                    bar.finish();
                }
            }
            w.flush().await.context("sending to the pod")?;
            Ok(())
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let (r0, r1, r2) = tokio::join!(
            send,
            stdout.read_to_end(&mut out),
            stderr.read_to_end(&mut err)
        );
        r0?;
        r1.context("reading the pod's stdout")?;
        r2.context("reading the pod's stderr")?;
        let status = status.await;
        let _ = proc.join().await;
        let output = ExecOutput {
            stdout: out,
            stderr: err,
        };
        match status {
            Some(s) if s.status.as_deref() == Some("Success") => Ok(output),
            Some(s) => bail!(
                "{} {}",
                String::from_utf8_lossy(&output.stderr).trim(),
                s.message.unwrap_or_default()
            ),
            None => bail!(
                "the exec ended without a status: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        }
    }
}

/// What goes to an exec's stdin.
pub enum Input<'a> {
    Bytes(&'a [u8]),
    File {
        path: &'a Path,
        size: u64,
        bar: &'a Transfer,
    },
}
