//! # kubectl-etcd-testcluster
//!
//! A small control plane for testing kubectl-etcd end to end: an API server that speaks
//! kube-apiserver's wire protocol (HTTPS/HTTP/1.1, client-certificate auth, JSON objects and
//! `Status` errors, watch, exec and port-forward over WebSocket, port-forward over SPDY for the
//! real `kubectl`), storing its objects in the etcd cluster it runs (`/registry/...`), and per
//! node a kubelet that runs real processes: the etcd static pod from
//! `<node>/etc/kubernetes/manifests/etcd.yaml` (kubeadm's manifest, restarted when the file
//! changes) and helper pods created through the API, each in a private mount namespace made by
//! bubblewrap, with hostPath volumes bind-mounted from the node's directory.
//!
//! Needs: `bwrap` (bubblewrap), a static `/bin/busybox` (busybox-static), etcd 3.4 in `/usr/bin`
//! and/or etcd 3.5 in `/opt/kubectl-etcd-test/etcd-3.5/usr/bin` (see
//! `scripts/install-test-deps.sh`), root.
//!
//! ## Library API (blocking; use from plain `#[test]` functions)
//!
//! ```no_run
//! use kubectl_etcd_testcluster::{EtcdVersion, Options, TestCluster};
//! let mut tc = TestCluster::start(Options { nodes: 1, etcd_version: EtcdVersion::V35, ..Default::default() })?;
//! let kubeconfig: &std::path::Path = tc.kubeconfig();       // admin kubeconfig (kube-rs, kubectl)
//! let root = tc.node_root(0);                               // the node's "/"
//! let manifest = tc.etcd_manifest(0);                       // <root>/etc/kubernetes/manifests/etcd.yaml
//! let ep = tc.etcd_client_endpoint(0);                      // https://127.0.1.1:<port>
//! tc.deny("create", "pods");                                // RBAC-like 403 for that verb/resource
//! tc.fail_requests("/pods", 500, Some(1));                  // next matching request gets a 500
//! tc.drop_connections();                                    // close every open API connection now
//! tc.stop();                                                // also done on Drop
//! # anyhow::Ok(())
//! ```
//!
//! Main items:
//! - [`TestCluster::start`]`(Options) -> anyhow::Result<TestCluster>`: starts in a few seconds on
//!   free ports (tests can run in parallel), returns once the etcd mirror pods are Running/Ready.
//! - [`Options`]: `nodes` (1 or 3), `etcd_version` ([`EtcdVersion::V34`]/[`EtcdVersion::V35`]),
//!   `etcd_bin`, `dir`, `keep_dir`, `storage_timeout`, `ready_timeout`, `images`,
//!   `etcd_extra_args` (more etcd flags in every static pod),
//!   `kubeadm_ports` (etcd on 2379/2380/2381 as on a kubeadm node; one node only).
//! - accessors: `kubeconfig()`, `api_url()`, `dir()`, `nodes()`, `node_name(i)`, `node_ip(i)`,
//!   `node_root(i)`, `etcd_manifest(i)`, `etcd_pod_name(i)`, `etcd_client_endpoint(i)`,
//!   `etcd_client_port(i)`, `etcd_metrics_port(i)`, `etcd_pki(i)`, `etcd_version()`, `etcd_image()`.
//! - waiting: `wait_etcd_ready(timeout)`, `wait_pod_phase(ns, name, phase, timeout)`,
//!   `get_object(path)` (an API GET answered from storage).
//! - faults: `deny(verb, resource)`, `allow_all()`, `fail_requests(path_substring, code, times)`,
//!   `drop_requests(path_substring, times)`, `delay_requests(path_substring, delay, times)`,
//!   `clear_faults()`, `drop_connections()`, `kill_etcd(i)` (kubelet restarts it).
//! - `stop()`; `Drop` stops everything. Every child process also carries PR_SET_PDEATHSIG, so a
//!   test process that dies takes its etcd and helper processes with it.
//!
//! Stale watches: when etcd's revision goes backwards, the API server's watch cache and each
//! kubelet's pod watch learn nothing new until the revision passes what they had seen, or
//! until they restart — as real ones do; see [`freshness`] (and how a node-side
//! `systemctl restart kubelet` / `crictl stop` maps to this control plane).
//!
//! Storage is etcd: objects live at `/registry/<resource>/<namespace>/<name>`
//! (`/registry/minions/<node>` for nodes) as JSON without resourceVersion; resourceVersion is
//! the key's mod_revision. While etcd is down the API answers 504 Timeout after
//! `storage_timeout` (as kube-apiserver does), never from a cache.
//!
//! Images: `registry.k8s.io/etcd:3.4.*` / `:3.5.*` map to the etcd binaries (a distroless
//! root: no shell); `busybox`, `alpine`, ... map to a busybox root; anything else fails to
//! pull (`ErrImagePull`, then `ImagePullBackOff`).
//! [`TestCluster::import_image`]`(node, tarball)` imports an OCI archive as `ctr images
//! import` does (e.g. kubectl-etcd's own image from scripts/oci_image.py): its containers run
//! in a copy of the image's root filesystem, with its entrypoint, environment, working
//! directory and user (a real unprivileged process unless the security context says
//! otherwise), and their termination message is read from `terminationMessagePath`.
//!
//! batch/v1: CronJobs and Jobs are stored, defaulted and validated as kube-apiserver does
//! ([`batch`]); a scheduler, the Job and CronJob controllers and the garbage collector run
//! ([`controllers`]), so `kubectl create job --from=cronjob/NAME` and schedules work.
//!
//! The binary `kubectl-etcd-testcluster up --kubeconfig FILE [--nodes 1|3] [--etcd-bin DIR]`
//! runs the same control plane until SIGINT/SIGTERM.

pub mod api;
pub mod batch;
pub mod cluster;
pub mod container_config;
pub mod controllers;
pub mod freshness;
pub mod go_json;
pub mod images;
pub mod kubelet;
pub mod node;
pub mod objects;
pub mod pki;
pub mod protobuf_body;
pub mod runtime;
pub mod spdy;
pub mod state;
pub mod store;
pub mod util;
pub mod ws;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Result};
use serde_json::Value;

pub use cluster::{Cluster, EtcdVersion, Options};
pub use runtime::ImageConfig;
pub use state::{FaultAction, FaultRule};

/// A running control plane with a blocking API (owns its tokio runtime).
pub struct TestCluster {
    rt: Option<tokio::runtime::Runtime>,
    cluster: Option<Cluster>,
}

impl TestCluster {
    /// Starts a control plane; returns once every etcd mirror pod is Running and Ready.
    pub fn start(opts: Options) -> Result<TestCluster> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .thread_name("testcluster")
            .build()?;
        // Start inside a runtime task so child processes are tied to a worker thread.
        let cluster = rt.block_on(async { tokio::spawn(Cluster::start(opts)).await })??;
        Ok(TestCluster {
            rt: Some(rt),
            cluster: Some(cluster),
        })
    }

    fn c(&self) -> &Cluster {
        self.cluster.as_ref().expect("cluster stopped")
    }

    fn block<F: std::future::Future>(&self, f: F) -> F::Output {
        self.rt.as_ref().expect("cluster stopped").block_on(f)
    }

    /// The admin kubeconfig (cluster CA, client cert CN=kubernetes-admin, O=system:masters).
    pub fn kubeconfig(&self) -> &Path {
        &self.c().kubeconfig
    }
    /// `https://127.0.0.1:<port>`.
    pub fn api_url(&self) -> String {
        self.c().api_url()
    }
    /// The working directory (node roots under `nodes/`, API PKI under `pki/`).
    pub fn dir(&self) -> &Path {
        &self.c().dir
    }
    /// Node names (`cp-0`, `cp-1`, ...).
    pub fn nodes(&self) -> Vec<String> {
        self.c()
            .shared
            .nodes
            .iter()
            .map(|n| n.name.clone())
            .collect()
    }
    pub fn node_name(&self, node: usize) -> String {
        self.c().shared.nodes[node].name.clone()
    }
    /// The node's distinct loopback address, `127.0.1.(node+1)`.
    pub fn node_ip(&self, node: usize) -> std::net::Ipv4Addr {
        self.c().shared.nodes[node].ip
    }
    /// The directory standing for the node's `/`.
    pub fn node_root(&self, node: usize) -> PathBuf {
        self.c().shared.nodes[node].root.clone()
    }
    /// `<node root>/etc/kubernetes/manifests/etcd.yaml`.
    pub fn etcd_manifest(&self, node: usize) -> PathBuf {
        self.c().shared.nodes[node].etcd_manifest()
    }
    /// `etcd-<node>`, in namespace kube-system.
    pub fn etcd_pod_name(&self, node: usize) -> String {
        format!("etcd-{}", self.node_name(node))
    }
    /// The etcd client URL the node advertises, `https://127.0.1.(node+1):<port>`.
    pub fn etcd_client_endpoint(&self, node: usize) -> String {
        self.c().shared.nodes[node].advertise_client_url()
    }
    /// etcd's plain-HTTP metrics/health port (`--listen-metrics-urls=http://127.0.0.1:<port>`).
    pub fn etcd_metrics_port(&self, node: usize) -> u16 {
        self.c().shared.nodes[node].metrics_port
    }
    pub fn etcd_client_port(&self, node: usize) -> u16 {
        self.c().shared.nodes[node].client_port
    }
    /// `<node root>/etc/kubernetes/pki/etcd` (ca.crt, server.crt/key, peer, healthcheck-client).
    pub fn etcd_pki(&self, node: usize) -> PathBuf {
        self.c().shared.nodes[node].pki_dir().join("etcd")
    }
    pub fn etcd_version(&self) -> EtcdVersion {
        self.c().version
    }
    /// The image in the manifests, e.g. `registry.k8s.io/etcd:3.5.16-0`.
    pub fn etcd_image(&self) -> String {
        self.c().image.clone()
    }

    /// `ctr -n k8s.io images import TARBALL` on the node: the OCI archive's images are
    /// checked, unpacked into `<node root>/var/lib/containerd`, and pods on that node can
    /// use them by reference. Returns the references imported.
    pub fn import_image(&self, node: usize, tarball: &Path) -> Result<Vec<String>> {
        let n = &self.c().shared.nodes[node];
        let images = images::import(tarball, &n.root.join("var/lib/containerd"))?;
        let mut store = self.c().shared.images.imported.lock().unwrap();
        let mut refs = vec![];
        for img in images {
            refs.push(img.reference.clone());
            store.insert((n.name.clone(), img.reference.clone()), img);
        }
        Ok(refs)
    }

    /// Waits until every etcd mirror pod is Running and Ready again.
    pub fn wait_etcd_ready(&self, timeout: Duration) -> Result<()> {
        self.block(self.c().wait_ready(timeout))
    }

    /// An object as the API would return it for `GET <api path>` (e.g.
    /// `/api/v1/namespaces/kube-system/pods/etcd-cp-0`), read from storage; `None` if absent.
    pub fn get_object(&self, api_path: &str) -> Result<Option<Value>> {
        let segs: Vec<&str> = api_path.trim_start_matches("/api/v1/").split('/').collect();
        let key = match segs.as_slice() {
            ["namespaces", ns, res, name] => {
                let r = api::RESOURCES
                    .iter()
                    .find(|r| r.name == *res)
                    .ok_or_else(|| anyhow::anyhow!("unknown resource {res}"))?;
                format!("/registry/{}/{}/{}", r.key, ns, name)
            }
            [res, name] => {
                let r = api::RESOURCES
                    .iter()
                    .find(|r| r.name == *res)
                    .ok_or_else(|| anyhow::anyhow!("unknown resource {res}"))?;
                format!("/registry/{}/{}", r.key, name)
            }
            _ => bail!("unsupported path {api_path}"),
        };
        Ok(self.block(self.c().shared.store.get(&key))?.map(|s| s.obj))
    }

    /// Waits until pod `ns/name` has `status.phase == phase`; returns the pod.
    pub fn wait_pod_phase(
        &self,
        ns: &str,
        name: &str,
        phase: &str,
        timeout: Duration,
    ) -> Result<Value> {
        let deadline = std::time::Instant::now() + timeout;
        loop {
            if let Ok(Some(p)) = self.get_object(&format!("/api/v1/namespaces/{ns}/pods/{name}")) {
                if p.pointer("/status/phase").and_then(|v| v.as_str()) == Some(phase) {
                    return Ok(p);
                }
                if std::time::Instant::now() > deadline {
                    bail!(
                        "pod {ns}/{name} not {phase} after {timeout:?}: status {}",
                        p["status"]
                    );
                }
            } else if std::time::Instant::now() > deadline {
                bail!("pod {ns}/{name} not found after {timeout:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Denies `verb` (`get`, `list`, `watch`, `create`, `update`, `patch`, `delete`, or `*`) on
    /// `resource` (`pods`, `pods/exec`, `pods/portforward`, `nodes`, ...) with an RBAC-style 403.
    pub fn deny(&self, verb: &str, resource: &str) {
        self.c()
            .shared
            .policy
            .lock()
            .unwrap()
            .denies
            .push((verb.to_string(), resource.to_string()));
    }
    /// Removes every denial.
    pub fn allow_all(&self) {
        self.c().shared.policy.lock().unwrap().denies.clear();
    }
    /// Requests whose path (with query) contains `path_contains` get HTTP `code` (a Status
    /// body), `times` times (forever if `None`).
    pub fn fail_requests(&self, path_contains: &str, code: u16, times: Option<u32>) {
        self.c()
            .set_fault_action(path_contains, FaultAction::Status(code), times);
    }
    /// Matching requests get their connection closed without an answer.
    pub fn drop_requests(&self, path_contains: &str, times: Option<u32>) {
        self.c()
            .set_fault_action(path_contains, FaultAction::Drop, times);
    }
    /// Matching requests are answered after `delay`.
    pub fn delay_requests(&self, path_contains: &str, delay: Duration, times: Option<u32>) {
        self.c()
            .set_fault_action(path_contains, FaultAction::Delay(delay), times);
    }
    /// Adds a fault rule (method filter, path substring, action, count).
    pub fn add_fault(&self, rule: FaultRule) {
        self.c().add_fault(rule);
    }
    pub fn clear_faults(&self) {
        self.c().shared.policy.lock().unwrap().faults.clear();
    }
    /// Closes every open API connection now (including exec and port-forward streams).
    pub fn drop_connections(&self) {
        self.c().shared.drop_tx.send_modify(|g| *g += 1);
    }
    /// SIGKILLs the node's etcd process (the kubelet restarts it, restartCount grows).
    pub fn kill_etcd(&self, node: usize) -> Result<()> {
        let name = self.etcd_pod_name(node);
        let h = self
            .c()
            .shared
            .pod_handle("kube-system", &name)
            .ok_or_else(|| anyhow::anyhow!("{name} is not running"))?;
        let pid = h
            .containers
            .lock()
            .unwrap()
            .first()
            .and_then(|c| c.pid)
            .ok_or_else(|| anyhow::anyhow!("{name} has no running container"))?;
        util::kill(pid, libc::SIGKILL);
        Ok(())
    }

    /// Cuts node `node`'s power: its kubelet stops and every process on it (etcd too) dies,
    /// its mirror pods stay in the API. Then does what kube-controller-manager's node
    /// lifecycle controller does once the node's status is older than its grace period
    /// (40 s; done at once here): the Node's Ready condition becomes Unknown and the Ready
    /// condition of the pods on it False (their phase stays Running, as in a real cluster).
    pub fn power_off_node(&self, node: usize) -> Result<()> {
        let name = self.node_name(node);
        self.c()
            .shared
            .powered_off
            .lock()
            .unwrap()
            .insert(name.clone());
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while self
            .c()
            .shared
            .pod_handle("kube-system", &self.etcd_pod_name(node))
            .is_some()
        {
            if std::time::Instant::now() > deadline {
                bail!("the processes of node {name} did not stop");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let store = &self.c().shared.store;
        let now = util::now_rfc3339();
        let node_key = format!("/registry/minions/{name}");
        if let Some(cur) = self.block(store.get(&node_key))? {
            let mut obj = cur.obj.clone();
            for c in obj["status"]["conditions"]
                .as_array_mut()
                .into_iter()
                .flatten()
            {
                c["status"] = "Unknown".into();
                c["reason"] = "NodeStatusUnknown".into();
                c["message"] = "Kubelet stopped posting node status.".into();
                c["lastTransitionTime"] = now.clone().into();
            }
            self.block(store.update(&node_key, &obj, Some(cur.rev)))?;
        }
        let (pods, _) = self.block(store.list("/registry/pods/"))?;
        for p in pods {
            if p.obj.pointer("/spec/nodeName").and_then(|v| v.as_str()) != Some(name.as_str()) {
                continue;
            }
            let mut obj = p.obj.clone();
            for c in obj["status"]["conditions"]
                .as_array_mut()
                .into_iter()
                .flatten()
            {
                if c["type"] == "Ready" || c["type"] == "ContainersReady" {
                    c["status"] = "False".into();
                    c["lastTransitionTime"] = now.clone().into();
                }
            }
            let key = format!(
                "/registry/pods/{}/{}",
                obj.pointer("/metadata/namespace")
                    .and_then(|v| v.as_str())
                    .unwrap_or("default"),
                obj.pointer("/metadata/name")
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
            );
            self.block(store.update(&key, &obj, Some(p.rev)))?;
        }
        Ok(())
    }

    /// Stops every process the cluster started (idempotent).
    pub fn stop(&mut self) {
        if let (Some(rt), Some(c)) = (self.rt.as_ref(), self.cluster.take()) {
            rt.block_on(async move { c.stop().await });
        }
        if let Some(rt) = self.rt.take() {
            rt.shutdown_timeout(Duration::from_secs(5));
        }
    }
}

impl Drop for TestCluster {
    fn drop(&mut self) {
        self.stop();
    }
}
