//! A node pod as a static pod manifest: for work on a node that must go on whatever the API
//! server says meanwhile. kubelet runs it from a file in its manifests folder, so neither an
//! etcd data switch (the pod object may not exist in the other data), nor a stale watch, nor
//! an unreachable API server can stop it; it ends when its file is removed (by itself, when
//! done) or at its activeDeadlineSeconds.

use anyhow::{Context, Result};
use k8s_openapi::api::core::v1::SecurityContext;

use super::node::{NodePods, PodRequest};

impl NodePods {
    /// The manifest for `req` as a static pod named `name` (kubelet adds `-<node>` to the
    /// mirror pod's name). Privileged: it may restart the node's services through
    /// `chroot /host`.
    pub fn static_manifest(&self, req: &PodRequest, name: &str) -> Result<String> {
        let mut pod = self.pod_for(req);
        pod.metadata.generate_name = None;
        pod.metadata.name = Some(name.to_string());
        if let Some(spec) = pod.spec.as_mut() {
            // A static pod belongs to the node whose folder holds it.
            spec.node_name = None;
            for c in &mut spec.containers {
                c.security_context = Some(SecurityContext {
                    privileged: Some(true),
                    ..Default::default()
                });
            }
        }
        serde_yaml::to_string(&pod).context("writing a static pod manifest")
    }
}
