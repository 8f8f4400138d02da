//! Starting and stopping a whole control plane.

use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use base64::Engine;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use serde_json::{json, Value};
use tokio::sync::watch;

use crate::kubelet::Kubelet;
use crate::node::{self, NodeInfo};
use crate::pki::{self, Ca};
use crate::runtime::ImageConfig;
use crate::state::{FaultAction, FaultRule, Policy, Shared};
use crate::store::{Store, StoreError};
use crate::{api, util};

/// Which etcd the static pods run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EtcdVersion {
    /// etcd 3.4 (Debian bookworm's `/usr/bin/etcd`).
    V34,
    /// etcd 3.5 (`/opt/kubectl-etcd-test/etcd-3.5/usr/bin`).
    V35,
}

impl EtcdVersion {
    /// From `KUBECTL_ETCD_TEST_ETCD_VERSION` (`3.4` or `3.5`), default 3.5.
    pub fn from_env() -> EtcdVersion {
        match std::env::var("KUBECTL_ETCD_TEST_ETCD_VERSION").as_deref() {
            Ok("3.4") | Ok("v3.4") | Ok("34") => EtcdVersion::V34,
            _ => EtcdVersion::V35,
        }
    }
}

/// How to start a cluster.
#[derive(Clone, Debug)]
pub struct Options {
    /// Number of control-plane nodes: 1, or 3 for a 3-member etcd cluster.
    pub nodes: usize,
    pub etcd_version: EtcdVersion,
    /// Directory holding the etcd binaries to run for `etcd_version` (overrides the default).
    pub etcd_bin: Option<PathBuf>,
    /// Working directory (node roots, kubeconfig); a fresh temporary one if `None`.
    pub dir: Option<PathBuf>,
    /// Keep the working directory after stop (always kept if `dir` was given).
    pub keep_dir: bool,
    /// How long the API server waits for etcd before answering 504 Timeout.
    pub storage_timeout: Duration,
    /// How long `start` waits for the etcd mirror pods to be Running and Ready.
    pub ready_timeout: Duration,
    /// Image configuration (binary locations).
    pub images: ImageConfig,
    /// Extra etcd flags for every static pod (e.g. `--quota-backend-bytes=...`), placed among
    /// kubeadm's sorted flags.
    pub etcd_extra_args: Vec<String>,
    /// Run etcd on kubeadm's ports (client 2379, peer 2380, metrics 2381) instead of free
    /// ones, so that what works on a real node (`kubectl port-forward pod/etcd-<node> 12379:2379`)
    /// works here. The simulated nodes share the host's loopback, so this is for one node
    /// (`up`, scripts/try-it.sh) and fails with a clear error when a port is taken; tests keep
    /// free ports to run side by side.
    pub kubeadm_ports: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            nodes: 1,
            etcd_version: EtcdVersion::from_env(),
            etcd_bin: None,
            dir: None,
            keep_dir: false,
            storage_timeout: Duration::from_secs(5),
            ready_timeout: Duration::from_secs(60),
            images: ImageConfig::default(),
            etcd_extra_args: Vec::new(),
            kubeadm_ports: false,
        }
    }
}

/// Reads `etcd --version` (e.g. `3.5.16`).
pub fn etcd_binary_version(dir: &Path) -> Result<String> {
    let out = std::process::Command::new(dir.join("etcd"))
        .arg("--version")
        .output()
        .with_context(|| format!("running {}/etcd --version", dir.display()))?;
    let s = String::from_utf8_lossy(&out.stdout);
    s.lines()
        .find_map(|l| {
            l.strip_prefix("etcd Version: ")
                .map(|v| v.trim().to_string())
        })
        .ok_or_else(|| anyhow!("cannot parse etcd version from {s:?}"))
}

/// The asynchronous control plane. Most users want [`crate::TestCluster`].
pub struct Cluster {
    pub(crate) shared: Arc<Shared>,
    pub(crate) dir: PathBuf,
    pub(crate) remove_dir: bool,
    pub(crate) kubeconfig: PathBuf,
    pub(crate) api_port: u16,
    pub(crate) version: EtcdVersion,
    pub(crate) image: String,
    stop_tx: watch::Sender<bool>,
    tasks: Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

fn server_version() -> Value {
    json!({
        "major": "1", "minor": "36", "emulationMajor": "1", "emulationMinor": "36",
        "minCompatibilityMajor": "1", "minCompatibilityMinor": "35",
        "gitVersion": "v1.36.2", "gitCommit": "98b35193b2ac7a23a673325f5e9b830ecd5ba406",
        "gitTreeState": "clean", "buildDate": "2026-11-22T05:08:13Z", "goVersion": "go1.26.6",
        "compiler": "gc", "platform": "linux/amd64"
    })
}

fn tls_config(ca: &Ca, server: &pki::CertKey) -> Result<Arc<rustls::ServerConfig>> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots.add(CertificateDer::from_pem_slice(ca.pair.cert_pem.as_bytes())?)?;
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        provider.clone(),
    )
    .allow_unauthenticated()
    .build()?;
    let chain = vec![CertificateDer::from_pem_slice(server.cert_pem.as_bytes())?];
    let key = PrivateKeyDer::from_pem_slice(server.key_pem.as_bytes())?;
    let mut cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, key)?;
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(cfg))
}

fn kubeconfig_yaml(server: &str, ca: &str, cert: &str, key: &str) -> String {
    let b = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    format!(
        "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: {}\n    server: {server}\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n    user: kubernetes-admin\n  name: kubernetes-admin@kubernetes\ncurrent-context: kubernetes-admin@kubernetes\nkind: Config\npreferences: {{}}\nusers:\n- name: kubernetes-admin\n  user:\n    client-certificate-data: {}\n    client-key-data: {}\n",
        b(ca),
        b(cert),
        b(key)
    )
}

impl Cluster {
    /// Starts everything and waits until the etcd mirror pods are Running and Ready.
    /// Must run inside a multi-threaded tokio runtime that outlives the cluster.
    pub async fn start(opts: Options) -> Result<Cluster> {
        if opts.nodes == 0 || opts.nodes > 9 {
            bail!("nodes must be between 1 and 9");
        }
        let t0 = Instant::now();
        let (dir, remove_dir) = match &opts.dir {
            Some(d) => (d.clone(), false),
            None => (
                std::env::temp_dir().join(format!(
                    "kubectl-etcd-testcluster-{}",
                    &util::new_uid()[..8]
                )),
                !opts.keep_dir,
            ),
        };
        std::fs::create_dir_all(&dir)?;
        let dir = dir.canonicalize()?;
        let mut images = opts.images.clone();
        if let Some(b) = &opts.etcd_bin {
            match opts.etcd_version {
                EtcdVersion::V34 => images.etcd34_dir = b.clone(),
                EtcdVersion::V35 => images.etcd35_dir = b.clone(),
            }
        }
        let bin_dir = match opts.etcd_version {
            EtcdVersion::V34 => images.etcd34_dir.clone(),
            EtcdVersion::V35 => images.etcd35_dir.clone(),
        };
        let ver = etcd_binary_version(&bin_dir)?;
        let expect = match opts.etcd_version {
            EtcdVersion::V34 => "3.4.",
            EtcdVersion::V35 => "3.5.",
        };
        if !ver.starts_with(expect) {
            bail!(
                "{}/etcd is version {ver}, expected {expect}x",
                bin_dir.display()
            );
        }
        let image = format!("registry.k8s.io/etcd:{ver}-0");

        // PKI
        let cluster_ca = Ca::new("kubernetes")?;
        let etcd_ca = Ca::new("etcd-ca")?;
        let apiserver_cert = cluster_ca.leaf(
            "kube-apiserver",
            None,
            &[
                "localhost",
                "kubernetes",
                "kubernetes.default",
                "kubernetes.default.svc",
            ],
            &["127.0.0.1".parse()?, "::1".parse()?],
            true,
            false,
        )?;
        let admin = cluster_ca.leaf(
            "kubernetes-admin",
            Some("system:masters"),
            &[],
            &[],
            false,
            true,
        )?;
        let pki_dir = dir.join("pki");
        pki::write_pair(&pki_dir, "ca", &cluster_ca.pair)?;
        pki::write_pair(&pki_dir, "apiserver", &apiserver_cert)?;
        pki::write_pair(&pki_dir, "admin", &admin)?;

        // nodes
        let ports = if opts.kubeadm_ports {
            util::kubeadm_etcd_ports(opts.nodes)?
        } else {
            util::free_ports(opts.nodes * 3)?
        };
        let mut nodes = vec![];
        for i in 0..opts.nodes {
            let name = format!("cp-{i}");
            nodes.push(NodeInfo {
                name: name.clone(),
                index: i,
                ip: Ipv4Addr::new(127, 0, 1, (i + 1) as u8),
                root: dir.join("nodes").join(&name),
                client_port: ports[3 * i],
                peer_port: ports[3 * i + 1],
                metrics_port: ports[3 * i + 2],
            });
        }
        let initial_cluster: Vec<String> = nodes
            .iter()
            .map(|n| format!("{}={}", n.name, n.peer_url()))
            .collect();
        let initial_cluster = initial_cluster.join(",");
        for n in &nodes {
            node::prepare_node(n, &etcd_ca)?;
            node::install_host_tools(n, &images.busybox)?;
            let m = node::etcd_manifest(n, opts.etcd_version, &image, &initial_cluster, false);
            let m = node::with_extra_flags(&m, &opts.etcd_extra_args);
            node::write_atomic(&n.etcd_manifest(), &m)?;
        }

        // storage: kube-apiserver's etcd client (apiserver-etcd-client cert)
        let endpoints: Vec<String> = nodes.iter().map(|n| n.advertise_client_url()).collect();
        let p0 = nodes[0].pki_dir();
        let store = Store::connect(
            &endpoints,
            &std::fs::read_to_string(p0.join("etcd/ca.crt"))?,
            &std::fs::read_to_string(p0.join("apiserver-etcd-client.crt"))?,
            &std::fs::read_to_string(p0.join("apiserver-etcd-client.key"))?,
            opts.storage_timeout,
        )
        .await?;

        let (drop_tx, _) = watch::channel(0u64);
        let run_dir = dir.join("run");
        std::fs::create_dir_all(&run_dir)?;
        let shared = Arc::new(Shared {
            store,
            images,
            nodes: nodes.clone(),
            registry: Mutex::new(Default::default()),
            policy: Mutex::new(Policy::default()),
            drop_tx,
            kubelet_restarted: tokio::sync::broadcast::channel(64).0,
            run_dir,
            server_version: server_version(),
            powered_off: Default::default(),
            api_cache: Default::default(),
            deleted_uids: Default::default(),
        });
        let (stop_tx, stop_rx) = watch::channel(false);
        let mut tasks = vec![];
        tasks.push(tokio::spawn(crate::api::follow_revision(
            shared.clone(),
            stop_rx.clone(),
        )));
        for n in &nodes {
            let k = Kubelet::new(shared.clone(), n.clone());
            tasks.push(tokio::spawn(k.run(stop_rx.clone())));
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let api_port = listener.local_addr()?.port();
        tasks.push(tokio::spawn(api::serve(
            listener,
            tls_config(&cluster_ca, &apiserver_cert)?,
            shared.clone(),
            stop_rx.clone(),
        )));
        tasks.push(tokio::spawn(crate::controllers::run(
            shared.clone(),
            stop_rx.clone(),
        )));
        tasks.push(tokio::spawn(system_namespaces(
            shared.clone(),
            stop_rx.clone(),
        )));

        let kubeconfig = dir.join("kubeconfig");
        let mut cluster = Cluster {
            shared,
            dir: dir.clone(),
            remove_dir,
            kubeconfig: kubeconfig.clone(),
            api_port,
            version: opts.etcd_version,
            image,
            stop_tx,
            tasks: Mutex::new(tasks),
        };
        if let Err(e) = cluster.wait_ready(opts.ready_timeout).await {
            // The message points at the logs: keep them.
            cluster.remove_dir = false;
            cluster.stop().await;
            return Err(e.context(format!(
                "cluster did not become ready (logs under {}; API server's watch cache stuck below revision {:?})",
                dir.display(),
                cluster.shared.api_cache.stuck()
            )));
        }
        let kc = kubeconfig_yaml(
            &cluster.api_url(),
            &cluster_ca.pair.cert_pem,
            &admin.cert_pem,
            &admin.key_pem,
        );
        write_private(&kubeconfig, &kc)?;
        let _ = t0;
        Ok(cluster)
    }

    pub fn api_url(&self) -> String {
        format!("https://127.0.0.1:{}", self.api_port)
    }

    /// Waits until every node's etcd mirror pod is Running with all containers ready.
    pub async fn wait_ready(&self, timeout: Duration) -> Result<()> {
        let deadline = Instant::now() + timeout;
        let store = self.shared.store.with_timeout(Duration::from_secs(1));
        loop {
            let mut ok = true;
            for n in &self.shared.nodes {
                let key = format!("/registry/pods/kube-system/etcd-{}", n.name);
                let ready = match store.get(&key).await {
                    Ok(Some(p)) => {
                        p.obj.pointer("/status/phase").and_then(|v| v.as_str()) == Some("Running")
                            && p.obj
                                .pointer("/status/conditions")
                                .and_then(|c| c.as_array())
                                .map(|cs| {
                                    cs.iter()
                                        .any(|c| c["type"] == "Ready" && c["status"] == "True")
                                })
                                .unwrap_or(false)
                    }
                    _ => false,
                };
                ok &= ready;
            }
            // Like kube-apiserver, not ready before its system namespaces exist.
            for ns in ["default", "kube-system"] {
                ok &= matches!(
                    store.get(&format!("/registry/namespaces/{ns}")).await,
                    Ok(Some(_))
                );
            }
            if ok {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("timed out after {timeout:?} waiting for the etcd mirror pods to be Running and Ready and the system namespaces to exist");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Stops every process and task the cluster started.
    pub async fn stop(&self) {
        let _ = self.stop_tx.send(true);
        let tasks: Vec<_> = self.tasks.lock().unwrap().drain(..).collect();
        for t in tasks {
            let _ = tokio::time::timeout(Duration::from_secs(15), t).await;
        }
        if self.remove_dir {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    pub fn kubeconfig_path(&self) -> &Path {
        &self.kubeconfig
    }

    pub fn shared(&self) -> &Arc<Shared> {
        &self.shared
    }

    pub fn add_fault(&self, f: FaultRule) {
        self.shared.policy.lock().unwrap().faults.push(f);
    }

    pub fn set_fault_action(&self, path_contains: &str, action: FaultAction, times: Option<u32>) {
        self.add_fault(FaultRule {
            method: None,
            path_contains: path_contains.into(),
            action,
            times,
        });
    }
}

fn write_private(path: &Path, content: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = path.with_extension("tmp");
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)?;
    f.write_all(content.as_bytes())?;
    drop(f);
    std::fs::rename(tmp, path)?;
    Ok(())
}

/// kube-apiserver's system namespaces controller: default, kube-system, kube-public,
/// kube-node-lease always exist.
async fn system_namespaces(shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    let store = shared.store.with_timeout(Duration::from_secs(1));
    loop {
        for ns in ["default", "kube-system", "kube-public", "kube-node-lease"] {
            let key = format!("/registry/namespaces/{ns}");
            if let Ok(None) = store.get(&key).await {
                let obj = json!({
                    "kind": "Namespace", "apiVersion": "v1",
                    "metadata": {"name": ns, "uid": util::new_uid(), "creationTimestamp": util::now_rfc3339(), "labels": {"kubernetes.io/metadata.name": ns}},
                    "spec": {"finalizers": ["kubernetes"]},
                    "status": {"phase": "Active"}
                });
                match store.create(&key, &obj).await {
                    Ok(_) | Err(StoreError::Exists) => {}
                    Err(_) => break,
                }
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(500)) => {}
            _ = stop.changed() => return,
        }
    }
}
