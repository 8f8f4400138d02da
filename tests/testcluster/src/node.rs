//! Simulated nodes: a directory per node standing for its `/`, with a kubeadm-style etcd
//! static pod manifest and PKI.

use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::pki::{self, Ca};
use crate::EtcdVersion;

/// What is fixed about a node once the cluster starts.
#[derive(Clone, Debug)]
pub struct NodeInfo {
    /// Node name, e.g. `cp-0`.
    pub name: String,
    pub index: usize,
    /// Distinct loopback address: `127.0.1.(index+1)`.
    pub ip: Ipv4Addr,
    /// The directory standing for the node's `/`.
    pub root: PathBuf,
    pub client_port: u16,
    pub peer_port: u16,
    pub metrics_port: u16,
}

impl NodeInfo {
    pub fn manifests_dir(&self) -> PathBuf {
        self.root.join("etc/kubernetes/manifests")
    }
    pub fn etcd_manifest(&self) -> PathBuf {
        self.manifests_dir().join("etcd.yaml")
    }
    pub fn pki_dir(&self) -> PathBuf {
        self.root.join("etc/kubernetes/pki")
    }
    /// `https://127.0.1.N:<client port>`: the URL etcd advertises to clients.
    pub fn advertise_client_url(&self) -> String {
        format!("https://{}:{}", self.ip, self.client_port)
    }
    pub fn peer_url(&self) -> String {
        format!("https://{}:{}", self.ip, self.peer_port)
    }
}

/// Creates the node's directory tree and PKI.
pub fn prepare_node(node: &NodeInfo, etcd_ca: &Ca) -> Result<()> {
    for d in [
        "etc/kubernetes/manifests",
        "etc/kubernetes/pki/etcd",
        "var/lib/etcd",
        "var/lib/kubelet",
        "tmp",
    ] {
        let p = node.root.join(d);
        std::fs::create_dir_all(&p).with_context(|| format!("creating {}", p.display()))?;
    }
    // kubeadm creates the data dir 0700.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        node.root.join("var/lib/etcd"),
        std::fs::Permissions::from_mode(0o700),
    )?;
    pki::write_node_pki(
        etcd_ca,
        &node.root,
        &node.name,
        std::net::IpAddr::V4(node.ip),
    )?;
    Ok(())
}

/// `manifest` with `extra` flags added to etcd's command, kept in kubeadm's sorted order.
pub fn with_extra_flags(manifest: &str, extra: &[String]) -> String {
    if extra.is_empty() {
        return manifest.to_string();
    }
    let lines: Vec<&str> = manifest.lines().collect();
    let Some(start) = lines.iter().position(|l| *l == "    - etcd") else {
        return manifest.to_string();
    };
    let end = lines[start + 1..]
        .iter()
        .position(|l| !l.starts_with("    - --"))
        .map_or(lines.len(), |p| start + 1 + p);
    let mut flags: Vec<String> = lines[start + 1..end]
        .iter()
        .map(|l| l.to_string())
        .collect();
    flags.extend(extra.iter().map(|f| format!("    - {f}")));
    flags.sort();
    let mut out: Vec<String> = lines[..=start].iter().map(|l| l.to_string()).collect();
    out.extend(flags);
    out.extend(lines[end..].iter().map(|l| l.to_string()));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// What a node-side tool needs on the node's `/` (see [`crate::freshness`]): a shell
/// (busybox) so that `chroot /host` works, and `systemctl`/`crictl` that pass "restart the
/// kubelet" / "stop the kube-apiserver container" to this control plane through request files
/// under `/run/testcluster/`.
pub fn install_host_tools(node: &NodeInfo, busybox: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    for d in ["bin", "usr/bin", "run/testcluster"] {
        std::fs::create_dir_all(node.root.join(d))?;
    }
    let bb = node.root.join("bin/busybox");
    if !bb.exists() {
        std::fs::copy(busybox, &bb)
            .with_context(|| format!("copying {} to {}", busybox.display(), bb.display()))?;
    }
    let sh = node.root.join("bin/sh");
    if !sh.exists() {
        std::os::unix::fs::symlink("busybox", &sh)?;
    }
    for (name, script) in [("usr/bin/systemctl", SYSTEMCTL), ("usr/bin/crictl", CRICTL)] {
        let p = node.root.join(name);
        std::fs::write(&p, script)?;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755))?;
    }
    Ok(())
}

/// The node's service manager, as far as the test control plane has services: the kubelet.
const SYSTEMCTL: &str = r#"#!/bin/sh
# Test control plane: only the kubelet is a service here. The node's kubelet picks the
# request up within a tick and restarts (lists afresh; running containers keep running).
case "$1 $2" in
  "restart kubelet"|"restart kubelet.service")
    : > /run/testcluster/restart-kubelet && echo "kubelet restarted" ;;
  "is-active kubelet"|"is-active kubelet.service") echo active ;;
  *) echo "systemctl (test control plane): only 'restart kubelet' is modelled" >&2; exit 1 ;;
esac
"#;

/// The container runtime's CLI, as far as the test control plane has control-plane
/// containers: the API server (kube-controller-manager and kube-scheduler do not exist here,
/// so `ps` finds none).
const CRICTL: &str = r#"#!/bin/sh
# Test control plane: `crictl ps -q --name NAME` and `crictl stop ID...` for the API server.
cmd=$1; shift
case "$cmd" in
  ps)
    name=""
    while [ $# -gt 0 ]; do
      case "$1" in --name) shift; name=$1 ;; --name=*) name=${1#--name=} ;; esac
      shift
    done
    case "$name" in *kube-apiserver*) echo kube-apiserver ;; esac ;;
  stop)
    for id in "$@"; do
      case "$id" in
        kube-apiserver) : > /run/testcluster/restart-kube-apiserver && echo "$id" ;;
        *) echo "crictl (test control plane): no container $id" >&2; exit 1 ;;
      esac
    done ;;
  *) echo "crictl (test control plane): only 'ps -q --name' and 'stop' are modelled" >&2; exit 1 ;;
esac
"#;

/// The etcd static pod manifest, as kubeadm writes it (flags sorted, sigs.k8s.io/yaml layout),
/// with free ports and fast raft timings (`--heartbeat-interval=10 --election-timeout=100`).
///
/// `initial_cluster` lists `name=peerURL` for all members (the node itself included);
/// `existing` adds `--initial-cluster-state=existing` (a joining member).
pub fn etcd_manifest(
    node: &NodeInfo,
    version: EtcdVersion,
    image: &str,
    initial_cluster: &str,
    existing: bool,
) -> String {
    let mut flags: Vec<String> = vec![
        format!("--advertise-client-urls={}", node.advertise_client_url()),
        "--cert-file=/etc/kubernetes/pki/etcd/server.crt".into(),
        "--client-cert-auth=true".into(),
        "--data-dir=/var/lib/etcd".into(),
        "--election-timeout=100".into(),
        "--experimental-initial-corrupt-check=true".into(),
        "--experimental-watch-progress-notify-interval=5s".into(),
        "--heartbeat-interval=10".into(),
        format!("--initial-advertise-peer-urls={}", node.peer_url()),
        format!("--initial-cluster={initial_cluster}"),
        "--key-file=/etc/kubernetes/pki/etcd/server.key".into(),
        format!(
            "--listen-client-urls=https://127.0.0.1:{},https://{}:{}",
            node.client_port, node.ip, node.client_port
        ),
        format!(
            "--listen-metrics-urls=http://127.0.0.1:{}",
            node.metrics_port
        ),
        format!("--listen-peer-urls={}", node.peer_url()),
        format!("--name={}", node.name),
        "--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt".into(),
        "--peer-client-cert-auth=true".into(),
        "--peer-key-file=/etc/kubernetes/pki/etcd/peer.key".into(),
        "--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt".into(),
        "--snapshot-count=10000".into(),
        "--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt".into(),
    ];
    if existing {
        flags.push("--initial-cluster-state=existing".into());
    }
    flags.sort();
    let mut cmd = String::from("    - etcd\n");
    for f in &flags {
        cmd.push_str(&format!("    - {f}\n"));
    }
    let m = node.metrics_port;
    // kubeadm >= 1.31 probes /livez and /readyz (etcd >= 3.5.11); older kubeadm (the one that
    // deploys etcd 3.4) probes /health.
    let probes = match version {
        EtcdVersion::V35 => format!(
            r#"    livenessProbe:
      failureThreshold: 8
      httpGet:
        host: 127.0.0.1
        path: /livez
        port: {m}
        scheme: HTTP
      initialDelaySeconds: 10
      periodSeconds: 10
      timeoutSeconds: 15
    name: etcd
    readinessProbe:
      failureThreshold: 3
      httpGet:
        host: 127.0.0.1
        path: /readyz
        port: {m}
        scheme: HTTP
      periodSeconds: 1
      timeoutSeconds: 15
    resources:
      requests:
        cpu: 100m
        memory: 100Mi
    startupProbe:
      failureThreshold: 24
      httpGet:
        host: 127.0.0.1
        path: /readyz
        port: {m}
        scheme: HTTP
      initialDelaySeconds: 10
      periodSeconds: 10
      timeoutSeconds: 15
"#
        ),
        EtcdVersion::V34 => format!(
            r#"    livenessProbe:
      failureThreshold: 8
      httpGet:
        host: 127.0.0.1
        path: /health?exclude=NOSPACE&serializable=true
        port: {m}
        scheme: HTTP
      initialDelaySeconds: 10
      periodSeconds: 10
      timeoutSeconds: 15
    name: etcd
    resources:
      requests:
        cpu: 100m
        memory: 100Mi
    startupProbe:
      failureThreshold: 24
      httpGet:
        host: 127.0.0.1
        path: /health?serializable=false
        port: {m}
        scheme: HTTP
      initialDelaySeconds: 10
      periodSeconds: 10
      timeoutSeconds: 15
"#
        ),
    };
    format!(
        r#"apiVersion: v1
kind: Pod
metadata:
  annotations:
    kubeadm.kubernetes.io/etcd.advertise-client-urls: {adv}
  creationTimestamp: null
  labels:
    component: etcd
    tier: control-plane
  name: etcd
  namespace: kube-system
spec:
  containers:
  - command:
{cmd}    image: {image}
    imagePullPolicy: IfNotPresent
{probes}    volumeMounts:
    - mountPath: /var/lib/etcd
      name: etcd-data
    - mountPath: /etc/kubernetes/pki/etcd
      name: etcd-certs
  hostNetwork: true
  priority: 2000001000
  priorityClassName: system-node-critical
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  volumes:
  - hostPath:
      path: /etc/kubernetes/pki/etcd
      type: DirectoryOrCreate
    name: etcd-certs
  - hostPath:
      path: /var/lib/etcd
      type: DirectoryOrCreate
    name: etcd-data
status: {{}}
"#,
        adv = node.advertise_client_url(),
    )
}

/// Writes `content` to `path` atomically (temp dot-file in the same dir, then rename), as a
/// careful tool would; kubelet ignores dot-files.
pub fn write_atomic(path: &Path, content: &str) -> Result<()> {
    let dir = path.parent().context("no parent")?;
    let tmp = dir.join(format!(
        ".{}.tmp",
        path.file_name().unwrap().to_string_lossy()
    ));
    std::fs::write(&tmp, content)?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

#[cfg(test)]
mod extra_flags_tests {
    #[test]
    fn extra_flags_join_the_sorted_command() {
        let manifest = "spec:\n  containers:\n  - command:\n    - etcd\n    - --a=1\n    - --z=2\n    image: x\n";
        let out = super::with_extra_flags(manifest, &["--quota-backend-bytes=5".into()]);
        assert_eq!(
            out,
            "spec:\n  containers:\n  - command:\n    - etcd\n    - --a=1\n    - --quota-backend-bytes=5\n    - --z=2\n    image: x\n"
        );
        assert_eq!(super::with_extra_flags(manifest, &[]), manifest);
    }
}
