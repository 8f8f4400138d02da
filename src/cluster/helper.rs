//! Reading files on a node through a short-lived helper pod ([`super::node`]): only the
//! needed host directories mounted, read-only; deleted on success, error and Ctrl-C, and
//! `activeDeadlineSeconds` so it dies even if we are killed. The bytes travel through exec
//! into memory and nowhere else.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use k8s_openapi::api::core::v1::Pod;
use kube::Api;

use super::node::{Mount, NodePods, PodRequest};
use crate::exit::{Code, Failure};

/// How long the helper may live, whatever happens to us.
const DEADLINE: Duration = Duration::from_secs(300);

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
        let pods = NodePods {
            pods: self.pods.clone(),
            namespace: self.namespace.to_string(),
            node: self.node.to_string(),
            wait: self.wait,
            run: format!("read-{}", std::process::id()),
        };
        let (mounts, in_pod) = mounts_for(files);
        let req = PodRequest::sleeper("helper", self.image.to_string(), mounts, DEADLINE);
        let name = pods.create(&req).await?;
        let work = async {
            pods.wait_running(&name).await?;
            let mut out = Vec::with_capacity(files.len());
            for (file, path) in files.iter().zip(&in_pod) {
                let read = pods.sh(&name, r#"cat "$1""#, &[path]).await;
                out.push(
                    read.with_context(|| {
                        format!("cannot read {} on node {}", file.display(), self.node)
                    })?
                    .stdout,
                );
            }
            Ok::<_, anyhow::Error>(out)
        };
        let result = tokio::select! {
            r = work => r,
            _ = crate::interrupt::interrupted() => Err(Failure::new(Code::Interrupted, "interrupted").into()),
        };
        if let Err(e) = pods.delete(&name).await {
            eprintln!("warning: {e:#}");
        }
        result
    }
}

/// One read-only mount per directory, and where each file appears inside the pod.
fn mounts_for(files: &[PathBuf]) -> (Vec<Mount>, Vec<String>) {
    let mut dirs: Vec<&Path> = files.iter().filter_map(|f| f.parent()).collect();
    dirs.sort();
    dirs.dedup();
    let at = |i: usize| format!("/host/{i}");
    let mounts = dirs
        .iter()
        .enumerate()
        .map(|(i, d)| Mount::ro(d, &at(i)))
        .collect();
    let in_pod = files
        .iter()
        .map(|f| {
            let dir = f.parent().unwrap_or(Path::new("/"));
            let i = dirs.iter().position(|d| *d == dir).unwrap_or(0);
            Path::new(&at(i))
                .join(f.file_name().unwrap_or_default())
                .display()
                .to_string()
        })
        .collect();
    (mounts, in_pod)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_in_one_directory_share_one_mount() {
        let files = [
            PathBuf::from("/etc/kubernetes/pki/etcd/ca.crt"),
            PathBuf::from("/etc/kubernetes/pki/etcd/server.key"),
            PathBuf::from("/etc/other/ca.crt"),
        ];
        let (mounts, in_pod) = mounts_for(&files);
        let hosts: Vec<_> = mounts.iter().map(|m| m.host.clone()).collect();
        assert_eq!(
            hosts,
            [
                PathBuf::from("/etc/kubernetes/pki/etcd"),
                PathBuf::from("/etc/other")
            ]
        );
        assert!(mounts.iter().all(|m| m.read_only && !m.create));
        assert_eq!(
            in_pod,
            ["/host/0/ca.crt", "/host/0/server.key", "/host/1/ca.crt"]
        );
    }
}
