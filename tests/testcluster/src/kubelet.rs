//! Per-node kubelet: runs static pods from the node's manifests folder (publishing mirror
//! pods) and the API pods bound to the node (helper pods), as real processes.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tokio::sync::watch;

use crate::container_config;
use crate::node::NodeInfo;
use crate::objects;
use crate::runtime::{self, ContainerSpec, ImageConfig, ImageRoot, Mount};
use crate::state::{ContainerHandle, PodHandle, Shared};
use crate::store::StoreError;
use crate::util;

const TICK: Duration = Duration::from_millis(100);

/// A pod being run by a worker task.
struct Worker {
    status: watch::Receiver<Value>,
    stop: watch::Sender<bool>,
    join: tokio::task::JoinHandle<()>,
    /// What was last written to the API (to publish only changes).
    published: Option<Value>,
}

impl Worker {
    async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.join.await;
    }
}

struct StaticPod {
    hash: String,
    pod: Value,
    worker: Worker,
    mirror_checked: Option<Instant>,
}

pub struct Kubelet {
    shared: Arc<Shared>,
    node: NodeInfo,
    /// This kubelet's pod watch (through the API server): stuck after etcd's revision went
    /// backwards, until the revision passes what it had seen or the kubelet restarts.
    fresh: crate::freshness::Freshness,
}

impl Kubelet {
    pub fn new(shared: Arc<Shared>, node: NodeInfo) -> Kubelet {
        Kubelet {
            shared,
            node,
            fresh: Default::default(),
        }
    }

    /// Nothing new reaches this kubelet: its own watch or the API server's cache is stuck.
    fn stale(&self) -> bool {
        self.fresh.stuck().is_some() || self.shared.api_cache.stuck().is_some()
    }

    /// Restarts requested from the node (`systemctl restart kubelet`, `crictl stop` of the
    /// kube-apiserver container; see [`crate::freshness`]).
    fn take_restart_requests(&self) {
        let dir = self.node.root.join("run/testcluster");
        if std::fs::remove_file(dir.join("restart-kube-apiserver")).is_ok() {
            // A restarted API server has a fresh cache and none of the old connections.
            self.shared.api_cache.restart();
            self.shared.drop_tx.send_modify(|g| *g += 1);
        }
        if std::fs::remove_file(dir.join("restart-kubelet")).is_ok() {
            self.fresh.restart();
            let _ = self.shared.kubelet_restarted.send(self.node.name.clone());
        }
    }

    /// Reads the manifests folder: every regular file whose name doesn't start with a dot,
    /// in name order; a later file with the same pod name replaces an earlier one.
    fn scan_manifests(&self) -> BTreeMap<String, (String, Value)> {
        let dir = self.node.manifests_dir();
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .map(|rd| rd.filter_map(|e| e.ok()).collect())
            .unwrap_or_default();
        names.sort_by_key(|e| e.file_name());
        let mut out = BTreeMap::new();
        for e in names {
            let fname = e.file_name().to_string_lossy().into_owned();
            if fname.starts_with('.') || !e.file_type().map(|t| t.is_file()).unwrap_or(false) {
                continue;
            }
            let Ok(content) = std::fs::read(e.path()) else {
                continue;
            };
            let Ok(pod) = serde_yaml::from_slice::<Value>(&content) else {
                continue;
            };
            let Some(name) = pod.pointer("/metadata/name").and_then(|n| n.as_str()) else {
                continue;
            };
            let full = format!("{}-{}", name, self.node.name);
            let mut h = content.clone();
            h.extend_from_slice(self.node.name.as_bytes());
            h.extend_from_slice(e.path().to_string_lossy().as_bytes());
            let hash = util::sha256_hex(&h)[..32].to_string();
            out.insert(full, (hash, pod));
        }
        out
    }

    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let mut statics: HashMap<String, StaticPod> = HashMap::new();
        let mut helpers: HashMap<String, (String, String, Worker)> = HashMap::new(); // uid -> (ns, name, worker)
        let mut node_checked: Option<Instant> = None;
        let fast = self.shared.store.with_timeout(Duration::from_millis(1500));
        loop {
            if *stop.borrow() {
                break;
            }
            // 0. power cut: every process on the node dies and nothing is reported any more;
            // the mirror pods and the Node stay in the API as they were last written.
            if self
                .shared
                .powered_off
                .lock()
                .unwrap()
                .contains(&self.node.name)
            {
                for (_, sp) in statics.drain() {
                    sp.worker.stop().await;
                }
                for (_, (_, _, w)) in helpers.drain() {
                    w.stop().await;
                }
                tokio::select! {
                    _ = tokio::time::sleep(TICK) => {}
                    _ = stop.changed() => {}
                }
                continue;
            }
            // 1. static pods
            let desired = self.scan_manifests();
            let gone: Vec<String> = statics
                .iter()
                .filter(|(k, sp)| desired.get(*k).map(|(h, _)| h != &sp.hash).unwrap_or(true))
                .map(|(k, _)| k.clone())
                .collect();
            for k in gone {
                let sp = statics.remove(&k).unwrap();
                sp.worker.stop().await;
                if !desired.contains_key(&k) {
                    let ns = sp
                        .pod
                        .pointer("/metadata/namespace")
                        .and_then(|v| v.as_str())
                        .unwrap_or("default");
                    let _ = fast.delete(&format!("/registry/pods/{ns}/{k}")).await;
                }
            }
            for (k, (hash, pod)) in &desired {
                if statics.contains_key(k) {
                    continue;
                }
                let mirror = self.mirror_pod(k, hash, pod);
                let worker = spawn_worker(
                    self.shared.clone(),
                    self.node.clone(),
                    mirror.clone(),
                    hash.clone(),
                );
                statics.insert(
                    k.clone(),
                    StaticPod {
                        hash: hash.clone(),
                        pod: mirror,
                        worker,
                        mirror_checked: None,
                    },
                );
            }

            // 2. node registration (re-registers after the store lost it)
            if node_checked
                .map(|t| t.elapsed() > Duration::from_secs(1))
                .unwrap_or(true)
                && self.ensure_node(&fast).await.is_ok()
            {
                node_checked = Some(Instant::now());
            }

            // 3. API pods bound to this node (as far as this kubelet's watch tells it)
            self.take_restart_requests();
            let listed = fast.list("/registry/pods/").await;
            if let Ok((_, rev)) = &listed {
                self.fresh.observe(*rev);
            }
            if let (Ok((pods, _)), false) = (listed, self.stale()) {
                let mut seen = std::collections::HashSet::new();
                for p in pods {
                    let o = &p.obj;
                    if o.pointer("/spec/nodeName").and_then(|v| v.as_str())
                        != Some(self.node.name.as_str())
                    {
                        continue;
                    }
                    if o.pointer("/metadata/annotations/kubernetes.io~1config.mirror")
                        .is_some()
                    {
                        continue;
                    }
                    let uid = o
                        .pointer("/metadata/uid")
                        .and_then(|v| v.as_str())
                        .unwrap_or("")
                        .to_string();
                    seen.insert(uid.clone());
                    if helpers.contains_key(&uid) {
                        continue;
                    }
                    let phase = o
                        .pointer("/status/phase")
                        .and_then(|v| v.as_str())
                        .unwrap_or("Pending");
                    if phase == "Succeeded" || phase == "Failed" {
                        continue;
                    }
                    let ns = o
                        .pointer("/metadata/namespace")
                        .and_then(|v| v.as_str())
                        .unwrap_or("default")
                        .to_string();
                    let name = o
                        .pointer("/metadata/name")
                        .and_then(|v| v.as_str())
                        .unwrap_or("")
                        .to_string();
                    let w = spawn_worker(
                        self.shared.clone(),
                        self.node.clone(),
                        o.clone(),
                        uid.clone(),
                    );
                    helpers.insert(uid, (ns, name, w));
                }
                let deleted: Vec<String> = helpers
                    .keys()
                    .filter(|u| !seen.contains(*u))
                    .cloned()
                    .collect();
                for uid in deleted {
                    let (_, _, w) = helpers.remove(&uid).unwrap();
                    // Deletion: kill without waiting for the grace period.
                    tokio::spawn(w.stop());
                }
            }

            // 4. publish statuses
            for (k, sp) in statics.iter_mut() {
                let st = sp.worker.status.borrow().clone();
                let changed = sp.worker.published.as_ref() != Some(&st);
                let recheck = sp
                    .mirror_checked
                    .map(|t| t.elapsed() > Duration::from_secs(1))
                    .unwrap_or(true);
                if (changed || recheck) && self.publish_mirror(&fast, k, sp, &st).await.is_ok() {
                    sp.worker.published = Some(st);
                    sp.mirror_checked = Some(Instant::now());
                }
            }
            for (_uid, (ns, name, w)) in helpers.iter_mut() {
                let st = w.status.borrow().clone();
                if w.published.as_ref() == Some(&st) {
                    continue;
                }
                let key = format!("/registry/pods/{ns}/{name}");
                if let Ok(Some(cur)) = fast.get(&key).await {
                    let mut obj = cur.obj.clone();
                    obj["status"] = st.clone();
                    if fast.update(&key, &obj, Some(cur.rev)).await.is_ok() {
                        w.published = Some(st)
                    }
                }
            }

            tokio::select! {
                _ = tokio::time::sleep(TICK) => {}
                _ = stop.changed() => {}
            }
        }
        // Shutdown: stop everything in parallel.
        let mut joins = vec![];
        for (_, sp) in statics.drain() {
            joins.push(tokio::spawn(sp.worker.stop()));
        }
        for (_, (_, _, w)) in helpers.drain() {
            joins.push(tokio::spawn(w.stop()));
        }
        for j in joins {
            let _ = j.await;
        }
    }

    async fn ensure_node(&self, store: &crate::store::Store) -> Result<(), StoreError> {
        let key = format!("/registry/minions/{}", self.node.name);
        if store.get(&key).await?.is_some() {
            return Ok(());
        }
        let obj = node_object(&self.node, &self.shared);
        match store.create(&key, &obj).await {
            Ok(_) | Err(StoreError::Exists) => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn mirror_pod(&self, full: &str, hash: &str, manifest: &Value) -> Value {
        let mut pod = manifest.clone();
        pod["apiVersion"] = json!("v1");
        pod["kind"] = json!("Pod");
        let ns = pod
            .pointer("/metadata/namespace")
            .and_then(|v| v.as_str())
            .unwrap_or("default")
            .to_string();
        {
            let m = pod["metadata"].as_object_mut().unwrap();
            m.insert("name".into(), json!(full));
            m.insert("namespace".into(), json!(ns));
            m.remove("creationTimestamp");
            let ann = m.entry("annotations").or_insert_with(|| json!({}));
            if !ann.is_object() {
                *ann = json!({});
            }
            let ann = ann.as_object_mut().unwrap();
            ann.insert("kubernetes.io/config.hash".into(), json!(hash));
            ann.insert("kubernetes.io/config.mirror".into(), json!(hash));
            ann.insert(
                "kubernetes.io/config.seen".into(),
                json!(util::now_rfc3339_nanos()),
            );
            ann.insert("kubernetes.io/config.source".into(), json!("file"));
            m.insert("generation".into(), json!(1));
        }
        pod["spec"]["nodeName"] = json!(self.node.name);
        objects::default_pod_spec(&mut pod, true);
        if let Some(o) = pod.as_object_mut() {
            o.remove("status");
        }
        pod
    }

    async fn publish_mirror(
        &self,
        store: &crate::store::Store,
        full: &str,
        sp: &mut StaticPod,
        status: &Value,
    ) -> Result<(), StoreError> {
        let ns = sp
            .pod
            .pointer("/metadata/namespace")
            .and_then(|v| v.as_str())
            .unwrap_or("default")
            .to_string();
        let key = format!("/registry/pods/{ns}/{full}");
        let cur = store.get(&key).await?;
        let cur_hash = cur
            .as_ref()
            .and_then(|c| {
                c.obj
                    .pointer("/metadata/annotations/kubernetes.io~1config.mirror")
            })
            .and_then(|v| v.as_str())
            .map(String::from);
        match cur {
            Some(c) if cur_hash.as_deref() == Some(sp.hash.as_str()) => {
                if c.obj.get("status") == Some(status) {
                    return Ok(());
                }
                let mut obj = c.obj.clone();
                obj["status"] = status.clone();
                store.update(&key, &obj, Some(c.rev)).await.map(|_| ())
            }
            // A stale kubelet believes the mirror pod it saw last is still there.
            _ if self.stale() => Ok(()),
            other => {
                if other.is_some() {
                    store.delete(&key).await?;
                }
                // The mirror pod is owned by the Node: (re-)register it first if it is missing.
                self.ensure_node(store).await?;
                let node_uid = store
                    .get(&format!("/registry/minions/{}", self.node.name))
                    .await?
                    .and_then(|n| {
                        n.obj
                            .pointer("/metadata/uid")
                            .and_then(|u| u.as_str())
                            .map(String::from)
                    })
                    .unwrap_or_default();
                let mut obj = sp.pod.clone();
                objects::new_metadata(&mut obj, Some(&ns));
                obj["metadata"]["ownerReferences"] = json!([{
                    "apiVersion": "v1", "controller": true, "kind": "Node", "name": self.node.name, "uid": node_uid
                }]);
                obj["status"] = status.clone();
                match store.create(&key, &obj).await {
                    Ok(_) | Err(StoreError::Exists) => Ok(()),
                    Err(e) => Err(e),
                }
            }
        }
    }
}

/// The Node object a kubelet registers (shaped like a kubeadm control-plane node).
pub fn node_object(node: &NodeInfo, shared: &Shared) -> Value {
    let now = util::now_rfc3339();
    let git = shared
        .server_version
        .get("gitVersion")
        .and_then(|v| v.as_str())
        .unwrap_or("v1.36.2");
    let cond = |t: &str, st: &str, reason: &str, msg: &str| json!({"lastHeartbeatTime": now, "lastTransitionTime": now, "message": msg, "reason": reason, "status": st, "type": t});
    json!({
        "kind": "Node",
        "apiVersion": "v1",
        "metadata": {
            "annotations": {
                "node.alpha.kubernetes.io/ttl": "0",
                "volumes.kubernetes.io/controller-managed-attach-detach": "true"
            },
            "creationTimestamp": now,
            "labels": {
                "beta.kubernetes.io/arch": "amd64",
                "beta.kubernetes.io/os": "linux",
                "kubernetes.io/arch": "amd64",
                "kubernetes.io/hostname": node.name,
                "kubernetes.io/os": "linux",
                "node-role.kubernetes.io/control-plane": "",
                "node.kubernetes.io/exclude-from-external-load-balancers": ""
            },
            "name": node.name,
            "uid": util::new_uid()
        },
        "spec": {"taints": [{"effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane"}]},
        "status": {
            "addresses": [{"address": node.ip.to_string(), "type": "InternalIP"}, {"address": node.name, "type": "Hostname"}],
            "allocatable": {"cpu": "2", "ephemeral-storage": "257025515114", "hugepages-1Gi": "0", "hugepages-2Mi": "0", "memory": "24581692Ki", "pods": "110"},
            "capacity": {"cpu": "2", "ephemeral-storage": "264212084Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0", "memory": "24684092Ki", "pods": "110"},
            "conditions": [
                cond("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                cond("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                cond("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                cond("Ready", "True", "KubeletReady", "kubelet is posting ready status")
            ],
            "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}},
            "nodeInfo": {
                "architecture": "amd64", "bootID": util::new_uid(), "containerRuntimeVersion": "containerd://1.6.20",
                "kernelVersion": "6.1.0", "kubeProxyVersion": "", "kubeletVersion": git, "machineID": util::new_uid().replace('-', ""),
                "operatingSystem": "linux", "osImage": "Debian GNU/Linux 12 (bookworm)", "systemUUID": util::new_uid().replace('-', "")
            }
        }
    })
}

// -----------------------------------------------------------------------------------------
// Pod worker

struct CState {
    name: String,
    image: String,
    root: Option<ImageRoot>,
    spec: Option<ContainerSpec>,
    running: Option<runtime::Running>,
    started_at: Option<String>,
    restart_count: i64,
    last_state: Value,
    state: Value,
    ready: bool,
    started: bool,
    container_id: String,
    probe: Option<(String, u16, String)>, // (host, port, path)
    next_probe: Instant,
    restart_at: Option<Instant>,
    done: bool,
    /// Why the container cannot be configured (CreateContainerConfigError).
    config_error: Option<String>,
    term_file: PathBuf,
    term_policy: String,
}

fn spawn_worker(shared: Arc<Shared>, node: NodeInfo, pod: Value, id: String) -> Worker {
    let (status_tx, status_rx) = watch::channel(initial_status(&pod, &node));
    let (stop_tx, stop_rx) = watch::channel(false);
    let join = tokio::spawn(run_pod(shared, node, pod, id, status_tx, stop_rx));
    Worker {
        status: status_rx,
        stop: stop_tx,
        join,
        published: None,
    }
}

fn initial_status(pod: &Value, node: &NodeInfo) -> Value {
    let _ = node;
    json!({"phase": "Pending", "qosClass": objects::qos_class(pod)})
}

fn str_at<'a>(v: &'a Value, p: &str) -> &'a str {
    v.pointer(p).and_then(|x| x.as_str()).unwrap_or("")
}

/// Resolves the pod's volumes to host paths on the node (creating DirectoryOrCreate dirs).
fn volume_sources(
    node: &NodeInfo,
    pod: &Value,
    pod_dir: &std::path::Path,
) -> Result<HashMap<String, PathBuf>, String> {
    let mut out = HashMap::new();
    for v in pod
        .pointer("/spec/volumes")
        .and_then(|v| v.as_array())
        .cloned()
        .unwrap_or_default()
    {
        let name = str_at(&v, "/name").to_string();
        if let Some(hp) = v.get("hostPath") {
            let path = str_at(hp, "/path");
            let host = node.root.join(path.trim_start_matches('/'));
            let ty = str_at(hp, "/type");
            match ty {
                "DirectoryOrCreate" => {
                    std::fs::create_dir_all(&host).map_err(|e| e.to_string())?;
                }
                "Directory" if !host.is_dir() => {
                    return Err(format!(
                        "hostPath type check failed: {path} is not a directory"
                    ));
                }
                "File" if !host.is_file() => {
                    return Err(format!("hostPath type check failed: {path} is not a file"))
                }
                "FileOrCreate" if !host.exists() => {
                    if let Some(p) = host.parent() {
                        let _ = std::fs::create_dir_all(p);
                    }
                    std::fs::write(&host, b"").map_err(|e| e.to_string())?;
                }
                _ => {
                    if !host.exists() {
                        std::fs::create_dir_all(&host).map_err(|e| e.to_string())?;
                    }
                }
            }
            out.insert(name, host);
        } else {
            // emptyDir and anything else: a per-pod directory.
            let d = pod_dir.join("volumes").join(&name);
            std::fs::create_dir_all(&d).map_err(|e| e.to_string())?;
            // As the kubelet makes an emptyDir: writable by any container user.
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o777));
            out.insert(name, d);
        }
    }
    Ok(out)
}

fn container_env(c: &Value, pod: &Value, node: &NodeInfo, pod_ip: &str) -> Vec<(String, String)> {
    let host_network = pod
        .pointer("/spec/hostNetwork")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let hostname = if host_network {
        node.name.clone()
    } else {
        str_at(pod, "/metadata/name").to_string()
    };
    let mut env = vec![
        ("PATH".to_string(), runtime::DEFAULT_PATH.to_string()),
        ("HOSTNAME".to_string(), hostname),
        ("HOME".to_string(), "/root".to_string()),
    ];
    for e in c
        .get("env")
        .and_then(|e| e.as_array())
        .cloned()
        .unwrap_or_default()
    {
        let name = str_at(&e, "/name").to_string();
        let val = if let Some(v) = e.get("value").and_then(|v| v.as_str()) {
            v.to_string()
        } else if let Some(fp) = e
            .pointer("/valueFrom/fieldRef/fieldPath")
            .and_then(|v| v.as_str())
        {
            match fp {
                "metadata.name" => str_at(pod, "/metadata/name").to_string(),
                "metadata.namespace" => str_at(pod, "/metadata/namespace").to_string(),
                "spec.nodeName" => node.name.clone(),
                "status.podIP" => pod_ip.to_string(),
                "status.hostIP" => node.ip.to_string(),
                _ => String::new(),
            }
        } else {
            String::new()
        };
        env.retain(|(k, _)| k != &name);
        env.push((name, val));
    }
    env
}

fn probe_of(c: &Value) -> Option<(String, u16, String)> {
    let p = c.get("readinessProbe").or_else(|| c.get("startupProbe"))?;
    let hg = p.get("httpGet")?;
    let port = hg.get("port").and_then(|p| p.as_u64())? as u16;
    let host = hg
        .get("host")
        .and_then(|h| h.as_str())
        .unwrap_or("127.0.0.1")
        .to_string();
    let path = hg
        .get("path")
        .and_then(|h| h.as_str())
        .unwrap_or("/")
        .to_string();
    Some((host, port, path))
}

/// One HTTP GET probe: success on 2xx/3xx.
async fn http_probe(host: &str, port: u16, path: &str) -> bool {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let fut = async {
        let mut s = tokio::net::TcpStream::connect((host, port)).await.ok()?;
        let req = format!("GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: kube-probe/1.36\r\nConnection: close\r\n\r\n");
        s.write_all(req.as_bytes()).await.ok()?;
        let mut buf = vec![0u8; 64];
        let n = s.read(&mut buf).await.ok()?;
        let line = String::from_utf8_lossy(&buf[..n]).to_string();
        let code: u16 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some((200..400).contains(&code))
    };
    tokio::time::timeout(Duration::from_secs(1), fut)
        .await
        .ok()
        .flatten()
        .unwrap_or(false)
}

fn pod_ip_for(pod: &Value, node: &NodeInfo, id: &str) -> String {
    if pod
        .pointer("/spec/hostNetwork")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
    {
        node.ip.to_string()
    } else {
        let h = util::sha256_hex(id.as_bytes());
        let b = u8::from_str_radix(&h[..2], 16).unwrap_or(2).max(2);
        format!("10.244.{}.{}", node.index, b)
    }
}

async fn run_pod(
    shared: Arc<Shared>,
    node: NodeInfo,
    pod: Value,
    id: String,
    status_tx: watch::Sender<Value>,
    mut stop_rx: watch::Receiver<bool>,
) {
    let ns = str_at(&pod, "/metadata/namespace").to_string();
    let name = str_at(&pod, "/metadata/name").to_string();
    let uid = str_at(&pod, "/metadata/uid").to_string();
    let restart_policy = pod
        .pointer("/spec/restartPolicy")
        .and_then(|v| v.as_str())
        .unwrap_or("Always")
        .to_string();
    let grace = pod
        .pointer("/spec/terminationGracePeriodSeconds")
        .and_then(|v| v.as_u64())
        .unwrap_or(30);
    let grace = Duration::from_secs(grace.min(3)).max(Duration::from_millis(500));
    let deadline = pod
        .pointer("/spec/activeDeadlineSeconds")
        .and_then(|v| v.as_u64())
        .map(Duration::from_secs);
    let pod_ip = pod_ip_for(&pod, &node, &id);
    let sandbox_id = util::sha256_hex(format!("sandbox-{id}").as_bytes());
    let pod_dir =
        shared
            .run_dir
            .join("pods")
            .join(format!("{}_{}_{}", ns, name, &id[..id.len().min(12)]));
    let _ = std::fs::create_dir_all(&pod_dir);
    let log_dir = node.root.join("var/log/pods").join(format!(
        "{ns}_{name}_{}",
        if uid.is_empty() { &id } else { &uid }
    ));
    let hostname_file = pod_dir.join("hostname");
    let host_network = pod
        .pointer("/spec/hostNetwork")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let _ = std::fs::write(
        &hostname_file,
        format!("{}\n", if host_network { &node.name } else { &name }),
    );

    let start_instant = Instant::now();
    let start_time = util::now_rfc3339();
    let mut conds: BTreeMap<&'static str, Condition> = BTreeMap::new();
    let scheduled_at = util::now_rfc3339();

    let handle = Arc::new(PodHandle {
        namespace: ns.clone(),
        name: name.clone(),
        node: node.index,
        sandbox_id: sandbox_id.clone(),
        log_dir: log_dir.clone(),
        containers: Mutex::new(vec![]),
    });
    shared
        .registry
        .lock()
        .unwrap()
        .insert((ns.clone(), name.clone()), handle.clone());

    let vols = volume_sources(&node, &pod, &pod_dir);
    let mut cs: Vec<CState> = vec![];
    for (i, c) in pod
        .pointer("/spec/containers")
        .and_then(|c| c.as_array())
        .cloned()
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let cname = str_at(c, "/name").to_string();
        let image = str_at(c, "/image").to_string();
        let root = shared.images.resolve_on(&node.name, &image);
        let term_file = pod_dir.join(format!("termination-log-{cname}"));
        let term_policy = str_at(c, "/terminationMessagePolicy").to_string();
        let mut config_error: Option<String> = None;
        let env_from = match container_config::env_from(&shared, &ns, c).await {
            Ok(e) => e,
            Err(e) => {
                config_error = Some(e);
                vec![]
            }
        };
        let user = match root.as_ref().map(|r| container_config::run_as(&pod, c, r)) {
            Some(Ok(u)) => u,
            Some(Err(e)) => {
                config_error = Some(e);
                None
            }
            None => None,
        };
        let spec = match (&root, &vols) {
            (Some(root), Ok(vols)) if config_error.is_none() => {
                let mut argv: Vec<String> = c
                    .get("command")
                    .and_then(|v| v.as_array())
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default();
                let args: Vec<String> = c
                    .get("args")
                    .and_then(|v| v.as_array())
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default();
                if let ImageRoot::Oci(img) = root {
                    argv = container_config::oci_argv(img, &argv, &args);
                } else {
                    if argv.is_empty() {
                        argv = ImageConfig::default_command(root);
                    }
                    argv.extend(args);
                }
                let mut mounts: Vec<Mount> = c
                    .get("volumeMounts")
                    .and_then(|m| m.as_array())
                    .cloned()
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|m| {
                        let src = vols.get(str_at(m, "/name"))?.clone();
                        Some(Mount {
                            src,
                            dst: str_at(m, "/mountPath").to_string(),
                            read_only: m.get("readOnly").and_then(|r| r.as_bool()).unwrap_or(false),
                        })
                    })
                    .collect();
                let image_workdir = match root {
                    ImageRoot::Oci(img) => img.working_dir.as_str(),
                    _ => "/",
                };
                let workdir = c
                    .get("workingDir")
                    .and_then(|w| w.as_str())
                    .unwrap_or(image_workdir)
                    .to_string();
                let _ = std::fs::create_dir_all(log_dir.join(&cname));
                // The termination-message file, writable by whatever user the container is.
                let tm_path = c
                    .get("terminationMessagePath")
                    .and_then(|p| p.as_str())
                    .unwrap_or("/dev/termination-log")
                    .to_string();
                mounts.push(Mount {
                    src: term_file.clone(),
                    dst: tm_path,
                    read_only: false,
                });
                let mut explicit: Vec<String> = c
                    .get("env")
                    .and_then(|e| e.as_array())
                    .map(|a| a.iter().map(|e| str_at(e, "/name").to_string()).collect())
                    .unwrap_or_default();
                explicit.extend(env_from.iter().map(|(k, _)| k.clone()));
                let mut env = container_env(c, &pod, &node, &pod_ip);
                // envFrom first, explicit `env` over it.
                for (k, v) in env_from.iter().rev() {
                    if !env.iter().any(|(x, _)| x == k) {
                        env.insert(3.min(env.len()), (k.clone(), v.clone()));
                    }
                }
                let rootfs = match root {
                    ImageRoot::Oci(img) => {
                        env = container_config::with_image_env(env, &explicit, img);
                        Some(pod_dir.join(format!("rootfs-{cname}")))
                    }
                    _ => None,
                };
                Some(ContainerSpec {
                    argv,
                    env,
                    workdir,
                    root: root.clone(),
                    mounts,
                    hostname_file: hostname_file.clone(),
                    log_file: log_dir.join(&cname).join("0.log"),
                    stdin_open: c.get("stdin").and_then(|s| s.as_bool()).unwrap_or(false),
                    user,
                    rootfs,
                    read_only_root: container_config::read_only_root(&pod, c),
                })
            }
            _ => None,
        };
        let _ = i;
        cs.push(CState {
            name: cname,
            image,
            root,
            spec,
            running: None,
            started_at: None,
            restart_count: 0,
            last_state: json!({}),
            state: json!({"waiting": {"reason": "ContainerCreating"}}),
            ready: false,
            started: false,
            container_id: String::new(),
            probe: probe_of(c),
            next_probe: Instant::now(),
            restart_at: Some(Instant::now()),
            done: false,
            config_error,
            term_file,
            term_policy,
        });
    }

    let mut phase = "Pending";
    let mut reason: Option<&str> = None;
    let mut message: Option<String> = None;
    let mut pull_fail_since: Option<Instant> = None;
    let mut volume_error = vols.as_ref().err().cloned();
    let mut backoff: HashMap<String, Duration> = HashMap::new();

    loop {
        if *stop_rx.borrow() {
            break;
        }
        let now = Instant::now();
        // activeDeadlineSeconds
        if let Some(d) = deadline {
            if phase != "Failed" && phase != "Succeeded" && now.duration_since(start_instant) >= d {
                for c in cs.iter_mut() {
                    if let Some(r) = c.running.as_mut() {
                        r.stop(grace).await;
                    }
                }
                phase = "Failed";
                reason = Some("DeadlineExceeded");
                message =
                    Some("Pod was active on the node longer than the specified deadline".into());
            }
        }
        if phase != "Failed" && phase != "Succeeded" {
            for c in cs.iter_mut() {
                if c.done {
                    continue;
                }
                // image / volumes
                if c.root.is_none() {
                    let since = *pull_fail_since.get_or_insert(now);
                    let img = c.image.clone();
                    c.state = if now.duration_since(since) < Duration::from_secs(1) {
                        json!({"waiting": {"reason": "ErrImagePull", "message": format!("rpc error: code = NotFound desc = failed to pull and unpack image \"{img}\": failed to resolve reference \"{img}\": {img}: not found")}})
                    } else {
                        json!({"waiting": {"reason": "ImagePullBackOff", "message": format!("Back-off pulling image \"{img}\"")}})
                    };
                    continue;
                }
                if let Some(e) = &volume_error {
                    c.state = json!({"waiting": {"reason": "ContainerCreating"}});
                    message = Some(e.clone());
                    continue;
                }
                if let Some(e) = &c.config_error {
                    c.state =
                        json!({"waiting": {"reason": "CreateContainerConfigError", "message": e}});
                    continue;
                }
                // exited?
                if let Some(code) = c.running.as_ref().and_then(|r| r.exit_code()) {
                    let finished = util::now_rfc3339();
                    let mut term = json!({"terminated": {
                        "containerID": format!("containerd://{}", c.container_id),
                        "exitCode": code,
                        "finishedAt": finished,
                        "reason": if code == 0 { "Completed" } else { "Error" },
                        "startedAt": c.started_at.clone().unwrap_or_default()
                    }});
                    let log = c
                        .spec
                        .as_ref()
                        .map(|s| {
                            s.log_file
                                .with_file_name(format!("{}.log", c.restart_count))
                        })
                        .unwrap_or_default();
                    if let Some(m) = container_config::termination_message(
                        &c.term_file,
                        &c.term_policy,
                        &log,
                        code,
                    ) {
                        term["terminated"]["message"] = json!(m);
                    }
                    c.running = None;
                    c.ready = false;
                    c.started = false;
                    set_container_pid(&handle, &c.name, None);
                    let restart =
                        restart_policy == "Always" || (restart_policy == "OnFailure" && code != 0);
                    if restart {
                        let b = backoff
                            .entry(c.name.clone())
                            .or_insert(Duration::from_millis(250));
                        c.restart_at = Some(now + *b);
                        *b = (*b * 2).min(Duration::from_secs(5));
                        c.last_state = term;
                        c.state = json!({"waiting": {"reason": "CrashLoopBackOff", "message": format!("back-off restarting failed container={} pod={}_{}({})", c.name, name, ns, uid)}});
                    } else {
                        c.state = term;
                        c.done = true;
                    }
                }
                // (re)start
                if c.running.is_none() && !c.done && c.restart_at.map(|t| now >= t).unwrap_or(false)
                {
                    let mut spec = c.spec.clone().unwrap();
                    if c.started_at.is_some() {
                        c.restart_count += 1;
                    }
                    spec.log_file = spec
                        .log_file
                        .with_file_name(format!("{}.log", c.restart_count));
                    let prepared = prepare_container(&spec, &c.term_file);
                    let started = match prepared {
                        Ok(()) => runtime::start(&shared.images, &spec).await,
                        Err(e) => Err(e),
                    };
                    match started {
                        Ok(r) => {
                            c.container_id = util::sha256_hex(
                                format!("{id}/{}/{}", c.name, c.restart_count).as_bytes(),
                            );
                            set_container_pid(
                                &handle,
                                &c.name,
                                Some((r.child_pid, spec.env.clone(), spec.workdir.clone())),
                            );
                            c.running = Some(r);
                            c.started_at = Some(util::now_rfc3339());
                            c.started = true;
                            c.state =
                                json!({"running": {"startedAt": c.started_at.clone().unwrap()}});
                            c.restart_at = None;
                            c.next_probe = now;
                            if c.probe.is_none() {
                                c.ready = true;
                            }
                        }
                        Err(e) => {
                            c.state = json!({"waiting": {"reason": "RunContainerError", "message": e.to_string()}});
                            c.restart_at = Some(now + Duration::from_secs(1));
                        }
                    }
                }
                // readiness
                if c.running.is_some() {
                    if let Some((h, p, path)) = c.probe.clone() {
                        if now >= c.next_probe {
                            c.ready = http_probe(&h, p, &path).await;
                            c.next_probe = now
                                + if c.ready {
                                    Duration::from_secs(1)
                                } else {
                                    Duration::from_millis(100)
                                };
                        }
                    }
                }
            }
            // phase
            let all_done = cs.iter().all(|c| c.done);
            if cs.iter().any(|c| c.started_at.is_some()) && phase == "Pending" {
                phase = "Running";
            }
            if all_done && !cs.is_empty() {
                let ok = cs.iter().all(|c| {
                    c.state
                        .pointer("/terminated/exitCode")
                        .and_then(|e| e.as_i64())
                        == Some(0)
                });
                phase = if ok { "Succeeded" } else { "Failed" };
            }
        }
        // status
        let terminal = phase == "Succeeded" || phase == "Failed";
        let all_ready = !cs.is_empty() && cs.iter().all(|c| c.ready) && !terminal;
        let unready: Vec<String> = cs
            .iter()
            .filter(|c| !c.ready)
            .map(|c| c.name.clone())
            .collect();
        let not_ready_reason = if terminal {
            ("PodCompleted", String::new())
        } else {
            (
                "ContainersNotReady",
                format!("containers with unready status: [{}]", unready.join(" ")),
            )
        };
        let sandbox_ready = !terminal && volume_error.is_none();
        let mut set = |t: &'static str, v: bool, why: Option<(&'static str, String)>| {
            let e = conds
                .entry(t)
                .or_insert((v, util::now_rfc3339(), why.clone()));
            if e.0 != v {
                *e = (v, util::now_rfc3339(), why);
            } else {
                e.2 = why;
            }
        };
        set("PodReadyToStartContainers", sandbox_ready, None);
        set("Initialized", true, None);
        set(
            "Ready",
            all_ready,
            if all_ready {
                None
            } else {
                Some(not_ready_reason.clone())
            },
        );
        set(
            "ContainersReady",
            all_ready,
            if all_ready {
                None
            } else {
                Some(not_ready_reason.clone())
            },
        );
        let order = [
            "PodReadyToStartContainers",
            "Initialized",
            "Ready",
            "ContainersReady",
        ];
        let mut conditions: Vec<Value> = order
            .iter()
            .map(|t| {
                let (v, ts, why) = conds.get(t).cloned().unwrap();
                let mut o = json!({"lastProbeTime": null, "lastTransitionTime": ts, "status": if v { "True" } else { "False" }, "type": t});
                if let Some((r, m)) = why {
                    if !m.is_empty() {
                        o["message"] = json!(m);
                    }
                    o["reason"] = json!(r);
                }
                o
            })
            .collect();
        conditions.push(json!({"lastProbeTime": null, "lastTransitionTime": scheduled_at, "status": "True", "type": "PodScheduled"}));
        let statuses: Vec<Value> = cs
            .iter()
            .map(|c| {
                let mut o = serde_json::Map::new();
                if !c.container_id.is_empty() {
                    o.insert(
                        "containerID".into(),
                        json!(format!("containerd://{}", c.container_id)),
                    );
                }
                o.insert("image".into(), json!(c.image));
                o.insert(
                    "imageID".into(),
                    json!(if c.root.is_some() {
                        format!(
                            "{}@sha256:{}",
                            c.image.split(':').next().unwrap_or(""),
                            util::sha256_hex(c.image.as_bytes())
                        )
                    } else {
                        String::new()
                    }),
                );
                o.insert("lastState".into(), c.last_state.clone());
                o.insert("name".into(), json!(c.name));
                o.insert("ready".into(), json!(c.ready));
                o.insert("restartCount".into(), json!(c.restart_count));
                o.insert("started".into(), json!(c.started));
                o.insert("state".into(), c.state.clone());
                Value::Object(o)
            })
            .collect();
        let mut st = serde_json::Map::new();
        st.insert("conditions".into(), json!(conditions));
        st.insert("containerStatuses".into(), json!(statuses));
        st.insert("hostIP".into(), json!(node.ip.to_string()));
        st.insert("hostIPs".into(), json!([{"ip": node.ip.to_string()}]));
        if let Some(m) = &message {
            st.insert("message".into(), json!(m));
        }
        st.insert("phase".into(), json!(phase));
        if phase != "Pending" || cs.iter().any(|c| c.started_at.is_some()) || sandbox_ready {
            st.insert("podIP".into(), json!(pod_ip));
            st.insert("podIPs".into(), json!([{"ip": pod_ip}]));
        }
        st.insert("qosClass".into(), json!(objects::qos_class(&pod)));
        if let Some(r) = reason {
            st.insert("reason".into(), json!(r));
        }
        st.insert("startTime".into(), json!(start_time));
        let st = Value::Object(st);
        status_tx.send_if_modified(|old| {
            if *old != st {
                *old = st.clone();
                true
            } else {
                false
            }
        });
        volume_error = volume_error.take();

        tokio::select! {
            _ = tokio::time::sleep(TICK) => {}
            _ = stop_rx.changed() => {}
        }
    }
    // stop all containers
    for c in cs.iter_mut() {
        if let Some(r) = c.running.as_mut() {
            r.stop(grace).await;
        }
    }
    {
        let mut reg = shared.registry.lock().unwrap();
        if let Some(h) = reg.get(&(ns.clone(), name.clone())) {
            if Arc::ptr_eq(h, &handle) {
                reg.remove(&(ns, name));
            }
        }
    }
}

/// Before each start: a fresh termination-message file (mode 0666: any container user may
/// write it), the image's root filesystem copied for this container, and for an
/// unprivileged user every directory on the way to what it mounts made searchable.
fn prepare_container(spec: &ContainerSpec, term_file: &std::path::Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(term_file, b"")?;
    std::fs::set_permissions(term_file, std::fs::Permissions::from_mode(0o666))?;
    if let (ImageRoot::Oci(img), Some(rootfs)) = (&spec.root, &spec.rootfs) {
        runtime::prepare_rootfs(img, rootfs, &spec.mounts)?;
    }
    if spec.user.is_some() {
        for p in spec
            .mounts
            .iter()
            .map(|m| m.src.as_path())
            .chain(spec.rootfs.as_deref())
            .chain([spec.hostname_file.as_path()])
        {
            runtime::make_reachable(p);
        }
    }
    Ok(())
}

fn set_container_pid(handle: &PodHandle, name: &str, run: Option<RunConfig>) {
    let mut cs = handle.containers.lock().unwrap();
    let idx = cs.iter().position(|c| c.name == name);
    match (idx, run) {
        (Some(i), Some((pid, env, wd))) => {
            cs[i].pid = Some(pid);
            cs[i].env = env;
            cs[i].workdir = wd;
        }
        (Some(i), None) => cs[i].pid = None,
        (None, Some((pid, env, workdir))) => cs.push(ContainerHandle {
            name: name.to_string(),
            env,
            workdir,
            pid: Some(pid),
        }),
        (None, None) => {}
    }
}

/// A pod condition: (status, lastTransitionTime, optional (reason, message)).
type Condition = (bool, String, Option<(&'static str, String)>);

/// A running container: (pid, environment, working directory), for exec to join.
type RunConfig = (i32, Vec<(String, String)>, String);
