//! Reading files on a node through a short-lived helper pod: pinned to the node, tolerating
//! every taint, no service-account token, only the needed host directories mounted
//! read-only, deleted on success, error and Ctrl-C — and `activeDeadlineSeconds` so it dies
//! even if we are killed. The bytes travel through exec into memory and nowhere else.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use k8s_openapi::api::core::v1::{
    Container, HostPathVolumeSource, Pod, PodSpec, Toleration, Volume, VolumeMount,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::api::{AttachParams, DeleteParams, PostParams};
use kube::Api;
use tokio::io::AsyncReadExt;

use super::{api_failure, MANAGED_BY};
use crate::exit::{Code, Failure};

/// How long the helper may live, whatever happens to us.
const DEADLINE_SECONDS: i64 = 300;

pub struct Helper<'a> {
    pub pods: &'a Api<Pod>,
    pub namespace: &'a str,
    pub node: &'a str,
    pub image: &'a str,
    pub wait: Duration,
}

impl Helper<'_> {
    /// Reads each host file; the pod is deleted before this returns, whatever the outcome.
    pub async fn read_files(&self, files: &[PathBuf]) -> Result<Vec<Vec<u8>>> {
        let (pod, mounts) = self.pod_for(files);
        let created = self
            .pods
            .create(&PostParams::default(), &pod)
            .await
            .map_err(|e| api_failure(e, "create the helper pod", self.namespace))?;
        let name = created.metadata.name.clone().unwrap_or_default();
        let work = async {
            self.wait_running(&name).await?;
            let mut out = Vec::with_capacity(files.len());
            for (file, in_pod) in files.iter().zip(&mounts) {
                out.push(self.cat(&name, in_pod).await.with_context(|| {
                    format!("cannot read {} on node {}", file.display(), self.node)
                })?);
            }
            Ok::<_, anyhow::Error>(out)
        };
        let result = tokio::select! {
            r = work => r,
            _ = tokio::signal::ctrl_c() => Err(Failure::new(Code::Interrupted, "interrupted").into()),
        };
        let deleted = self
            .pods
            .delete(
                &name,
                &DeleteParams {
                    grace_period_seconds: Some(0),
                    ..Default::default()
                },
            )
            .await;
        if let Err(e) = &deleted {
            if !matches!(e, kube::Error::Api(s) if s.code == 404) {
                eprintln!(
                    "warning: could not delete helper pod {}/{name} ({e}); it stops by itself within {DEADLINE_SECONDS}s, or run: kubectl delete pod -n {} -l app.kubernetes.io/managed-by={MANAGED_BY}",
                    self.namespace, self.namespace
                );
            }
        }
        result
    }

    /// The pod, and where each file appears inside it.
    fn pod_for(&self, files: &[PathBuf]) -> (Pod, Vec<PathBuf>) {
        let mut dirs: Vec<&Path> = files.iter().filter_map(|f| f.parent()).collect();
        dirs.sort();
        dirs.dedup();
        let mount_of =
            |dir: &Path| format!("/host/{}", dirs.iter().position(|d| *d == dir).unwrap_or(0));
        let in_pod = files
            .iter()
            .map(|f| {
                let dir = f.parent().unwrap_or(Path::new("/"));
                Path::new(&mount_of(dir)).join(f.file_name().unwrap_or_default())
            })
            .collect();
        let volumes = dirs
            .iter()
            .enumerate()
            .map(|(i, d)| Volume {
                name: format!("host-{i}"),
                host_path: Some(HostPathVolumeSource {
                    path: d.display().to_string(),
                    type_: Some("Directory".into()),
                }),
                ..Default::default()
            })
            .collect();
        let volume_mounts = dirs
            .iter()
            .enumerate()
            .map(|(i, d)| VolumeMount {
                name: format!("host-{i}"),
                mount_path: mount_of(d),
                read_only: Some(true),
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
                "file-reader".to_string(),
            ),
        ]);
        let pod = Pod {
            metadata: ObjectMeta {
                generate_name: Some("kubectl-etcd-helper-".into()),
                namespace: Some(self.namespace.to_string()),
                labels: Some(labels),
                ..Default::default()
            },
            spec: Some(PodSpec {
                node_name: Some(self.node.to_string()),
                restart_policy: Some("Never".into()),
                active_deadline_seconds: Some(DEADLINE_SECONDS),
                automount_service_account_token: Some(false),
                enable_service_links: Some(false),
                termination_grace_period_seconds: Some(0),
                tolerations: Some(vec![Toleration {
                    operator: Some("Exists".into()),
                    ..Default::default()
                }]),
                containers: vec![Container {
                    name: "reader".into(),
                    image: Some(self.image.to_string()),
                    command: Some(vec!["sleep".into(), DEADLINE_SECONDS.to_string()]),
                    volume_mounts: Some(volume_mounts),
                    ..Default::default()
                }],
                volumes: Some(volumes),
                ..Default::default()
            }),
            ..Default::default()
        };
        (pod, in_pod)
    }

    async fn wait_running(&self, name: &str) -> Result<()> {
        let start = Instant::now();
        loop {
            let pod = self
                .pods
                .get(name)
                .await
                .map_err(|e| api_failure(e, "watch the helper pod", self.namespace))?;
            let status = pod.status.unwrap_or_default();
            match status.phase.as_deref() {
                Some("Running") => return Ok(()),
                Some(phase @ ("Failed" | "Succeeded")) => {
                    bail!(
                        "helper pod {name} on node {} ended ({phase}) before it could be used: {}",
                        self.node,
                        status.message.unwrap_or_default()
                    )
                }
                _ => {}
            }
            let waiting = status
                .container_statuses
                .iter()
                .flatten()
                .filter_map(|c| c.state.as_ref()?.waiting.as_ref())
                .find(|w| {
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
            if let Some(w) = waiting {
                return Err(Failure::new(
                    Code::Error,
                    format!("helper image {} cannot be pulled on node {}: {} {}", self.image, self.node, w.reason.clone().unwrap_or_default(), w.message.clone().unwrap_or_default()),
                )
                .hint("pass --helper-image with a small image that has `cat` and is available on the node (air-gapped clusters: one from your registry, e.g. the pause-free busybox your nodes already have)")
                .into());
            }
            if start.elapsed() > self.wait {
                return Err(Failure::new(Code::Error, format!("helper pod {name} on node {} is not Running after {}s (phase {})", self.node, self.wait.as_secs(), status.phase.unwrap_or_default()))
                    .hint("check the node (`kubectl describe pod` shows why); raise --helper-timeout on a slow node")
                    .into());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    async fn cat(&self, pod: &str, path: &Path) -> Result<Vec<u8>> {
        let params = AttachParams::default()
            .container("reader")
            .stdout(true)
            .stderr(true);
        let mut proc = self
            .pods
            .exec(
                pod,
                vec!["cat".to_string(), path.display().to_string()],
                &params,
            )
            .await
            .map_err(|e| api_failure(e, "exec into the helper pod", self.namespace))?;
        let mut stdout = proc
            .stdout()
            .ok_or_else(|| anyhow!("exec gave no stdout"))?;
        let mut stderr = proc
            .stderr()
            .ok_or_else(|| anyhow!("exec gave no stderr"))?;
        let status = proc
            .take_status()
            .ok_or_else(|| anyhow!("exec gave no status"))?;
        // Read both at once: an unread stream stalls the whole session.
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let (r1, r2) = tokio::join!(stdout.read_to_end(&mut out), stderr.read_to_end(&mut err));
        r1.context("reading the helper's stdout")?;
        r2.context("reading the helper's stderr")?;
        let status = status.await;
        let _ = proc.join().await;
        match status {
            Some(s) if s.status.as_deref() == Some("Success") => Ok(out),
            Some(s) => bail!(
                "{} {}",
                s.message.unwrap_or_default(),
                String::from_utf8_lossy(&err).trim()
            ),
            None => bail!(
                "the exec ended without a status: {}",
                String::from_utf8_lossy(&err).trim()
            ),
        }
    }
}
