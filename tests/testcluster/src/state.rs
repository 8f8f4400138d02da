//! State shared by the API server and the kubelets.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::node::NodeInfo;
use crate::runtime::ImageConfig;
use crate::store::Store;

/// A container of a running pod, as exec needs it.
#[derive(Clone, Debug)]
pub struct ContainerHandle {
    pub name: String,
    pub env: Vec<(String, String)>,
    pub workdir: String,
    /// pid of the container's main process while it runs.
    pub pid: Option<i32>,
}

/// A pod a kubelet is running.
#[derive(Debug)]
pub struct PodHandle {
    pub namespace: String,
    pub name: String,
    pub node: usize,
    /// Looks like a containerd sandbox id (used in port-forward errors).
    pub sandbox_id: String,
    /// `<node>/var/log/pods/<ns>_<name>_<uid>`: `<container>/<restart>.log` files.
    pub log_dir: PathBuf,
    pub containers: Mutex<Vec<ContainerHandle>>,
}

/// What a fault rule does to a matching request.
#[derive(Clone, Debug, PartialEq)]
pub enum FaultAction {
    /// Answer with this HTTP status (a kube-style Status body).
    Status(u16),
    /// Close the connection without answering.
    Drop,
    /// Wait this long before handling the request.
    Delay(std::time::Duration),
}

/// A request fault: requests whose method matches (if set) and whose path contains
/// `path_contains` get `action`, `times` times (forever if `None`).
#[derive(Clone, Debug)]
pub struct FaultRule {
    pub method: Option<String>,
    pub path_contains: String,
    pub action: FaultAction,
    pub times: Option<u32>,
}

#[derive(Default, Debug)]
pub struct Policy {
    /// (verb, resource) pairs to deny; `*` matches any verb; resource may be `pods/exec`.
    pub denies: Vec<(String, String)>,
    pub faults: Vec<FaultRule>,
}

pub struct Shared {
    pub store: Store,
    pub images: ImageConfig,
    pub nodes: Vec<NodeInfo>,
    /// (namespace, pod name) → running pod.
    pub registry: Mutex<HashMap<(String, String), Arc<PodHandle>>>,
    pub policy: Mutex<Policy>,
    /// Bumped to drop every open API connection (including exec/port-forward streams).
    pub drop_tx: tokio::sync::watch::Sender<u64>,
    /// The name of a node whose kubelet just restarted: the exec and port-forward streams
    /// through it end, as the API server's connections to a real kubelet do.
    pub kubelet_restarted: tokio::sync::broadcast::Sender<String>,
    /// Scratch space for pod runtime files.
    pub run_dir: PathBuf,
    /// kube-apiserver version reported by /version.
    pub server_version: serde_json::Value,
    /// Nodes whose power was cut ([`crate::TestCluster::power_off_node`]): their kubelet
    /// and every process on them are gone.
    pub powered_off: Mutex<std::collections::HashSet<String>>,
    /// The API server's watch cache: stuck after etcd's revision went backwards.
    pub api_cache: crate::freshness::Freshness,
    /// "resource/namespace/name" → uid of the object just deleted (for orphaning its
    /// dependents).
    pub deleted_uids: Mutex<HashMap<String, String>>,
}

impl Shared {
    pub fn remember_deleted_uid(&self, key: &str, uid: &str) {
        self.deleted_uids
            .lock()
            .unwrap()
            .insert(key.to_string(), uid.to_string());
    }

    pub fn recently_deleted_uid(&self, key: &str) -> Option<String> {
        self.deleted_uids.lock().unwrap().remove(key)
    }

    /// Serves an upgraded exec or port-forward stream through `node`'s kubelet on its own
    /// task. The upgraded connection outlives hyper's, so [`crate::TestCluster::drop_connections`]
    /// (an API server restart) must end it here, and so must a restart of that kubelet.
    pub fn spawn_stream(
        &self,
        node: &str,
        fut: impl std::future::Future<Output = ()> + Send + 'static,
    ) {
        let mut drop_rx = self.drop_tx.subscribe();
        let mut restarts = self.kubelet_restarted.subscribe();
        let node = node.to_string();
        let kubelet_gone = async move {
            loop {
                match restarts.recv().await {
                    Ok(n) if n == node => return,
                    Ok(_) => {}
                    // Missed some: one of them may have been this node's.
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => return,
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => {
                        std::future::pending::<()>().await
                    }
                }
            }
        };
        tokio::spawn(async move {
            tokio::select! {
                _ = fut => {}
                _ = drop_rx.changed() => {}
                _ = kubelet_gone => {}
            }
        });
    }

    pub fn node_by_name(&self, name: &str) -> Option<&NodeInfo> {
        self.nodes.iter().find(|n| n.name == name)
    }
    pub fn pod_handle(&self, ns: &str, name: &str) -> Option<Arc<PodHandle>> {
        self.registry
            .lock()
            .unwrap()
            .get(&(ns.to_string(), name.to_string()))
            .cloned()
    }
}
