#![allow(dead_code)]
use std::process::{Command, Output};
use std::time::Duration;

use kubectl_etcd_testcluster::{EtcdVersion, Options, TestCluster};

pub fn start(nodes: usize, v: EtcdVersion) -> TestCluster {
    TestCluster::start(Options {
        nodes,
        etcd_version: v,
        ..Default::default()
    })
    .expect("start test cluster")
}

pub fn kubectl(tc: &TestCluster, args: &[&str]) -> Output {
    Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(tc.kubeconfig())
        .args(args)
        .output()
        .expect("run kubectl")
}

pub fn kubectl_ok(tc: &TestCluster, args: &[&str]) -> String {
    let o = kubectl(tc, args);
    assert!(
        o.status.success(),
        "kubectl {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

pub fn kubectl_stdin(tc: &TestCluster, args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut c = Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(tc.kubeconfig())
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(input).unwrap();
    c.wait_with_output().unwrap()
}

/// A helper pod manifest (busybox, hostPath / at /host, pinned to `node`).
pub fn helper_pod(
    name: &str,
    node: &str,
    command: &[&str],
    extra_spec: serde_json::Value,
) -> serde_json::Value {
    let mut p = serde_json::json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": "kube-system", "labels": {"app": "helper"}},
        "spec": {
            "nodeName": node, "restartPolicy": "Never", "tolerations": [{"operator": "Exists"}],
            "containers": [{"name": "sh", "image": "docker.io/library/busybox:1.36", "command": command,
                            "volumeMounts": [{"name": "host", "mountPath": "/host"}]}],
            "volumes": [{"name": "host", "hostPath": {"path": "/", "type": "Directory"}}]
        }
    });
    if let (Some(s), Some(e)) = (p["spec"].as_object_mut(), extra_spec.as_object()) {
        for (k, v) in e {
            s.insert(k.clone(), v.clone());
        }
    }
    p
}

pub fn create_from_json(tc: &TestCluster, obj: &serde_json::Value) -> Output {
    kubectl_stdin(
        tc,
        &["create", "-f", "-"],
        serde_json::to_string(obj).unwrap().as_bytes(),
    )
}

pub fn versions() -> Vec<EtcdVersion> {
    vec![EtcdVersion::V34, EtcdVersion::V35]
}

pub fn wait_until(timeout: Duration, mut f: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + timeout;
    while std::time::Instant::now() < deadline {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// etcdctl (the machine's, 3.4) against `endpoint` with the node's server cert.
pub fn etcdctl(tc: &TestCluster, node: usize, endpoint: &str, args: &[&str]) -> Output {
    let pki = tc.etcd_pki(node);
    Command::new("etcdctl")
        .env("ETCDCTL_API", "3")
        .arg(format!("--endpoints={endpoint}"))
        .arg(format!("--cacert={}", pki.join("ca.crt").display()))
        .arg(format!("--cert={}", pki.join("server.crt").display()))
        .arg(format!("--key={}", pki.join("server.key").display()))
        .arg("--dial-timeout=5s")
        .args(args)
        .output()
        .unwrap()
}

/// Restarts the API server and the node's kubelet the way a privileged pod on a real node
/// does (`chroot /host crictl stop …`, `chroot /host systemctl restart kubelet`): what cures
/// their stale watches after etcd's revision went backwards.
pub fn restart_from_node(root: &std::path::Path) {
    for argv in [
        &["/usr/bin/crictl", "stop", "kube-apiserver"][..],
        &["/usr/bin/systemctl", "restart", "kubelet"][..],
    ] {
        let o = Command::new("chroot")
            .arg(root)
            .args(argv)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{argv:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}
