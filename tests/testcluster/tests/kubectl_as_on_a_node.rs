//! What a new user types first, with the real kubectl, against a control plane on kubeadm's
//! etcd ports: `kubectl create configmap|secret` (which send protobuf bodies), `kubectl run`,
//! and
//! `kubectl -n kube-system port-forward pod/etcd-<node> LOCAL:2379` (which dials localhost:2379
//! inside the node, where kubeadm's etcd listens).
//!
//! Needs 127.0.0.1 and 127.0.1.1 ports 2379-2381 free (no other etcd on kubeadm's ports).

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::*;
use kubectl_etcd_testcluster::{EtcdVersion, Options, TestCluster};
use serde_json::Value;

fn get_json(tc: &TestCluster, args: &[&str]) -> Value {
    let mut a = vec!["get"];
    a.extend_from_slice(args);
    a.extend_from_slice(&["-o", "json"]);
    serde_json::from_str(&kubectl_ok(tc, &a)).unwrap()
}

/// Runs `kubectl <args> -v=8` and returns its stderr after checking the request body went out
/// as protobuf (otherwise this test would prove nothing about protobuf).
fn kubectl_protobuf(tc: &TestCluster, args: &[&str]) {
    // before the arguments: `kubectl run ... -- CMD` passes everything after `--` to the pod
    let mut a = vec!["-v=8"];
    a.extend_from_slice(args);
    let o = kubectl(tc, &a);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "kubectl {args:?}: {err}");
    assert!(
        err.contains("Content-Type: application/vnd.kubernetes.protobuf"),
        "kubectl {args:?} did not send protobuf: {err}"
    );
}

#[test]
fn kubectl_create_run_and_port_forward_as_on_a_kubeadm_node() {
    let tc = TestCluster::start(Options {
        nodes: 1,
        etcd_version: EtcdVersion::V35,
        kubeadm_ports: true,
        ..Default::default()
    })
    .expect("start a control plane on kubeadm's etcd ports (are 2379-2381 free?)");
    assert_eq!(tc.etcd_client_port(0), 2379);

    // ConfigMap: text and binary data, a multi-line value.
    let dir = tempfile_dir();
    let bin: Vec<u8> = (0u8..=255).collect();
    std::fs::write(dir.join("blob"), &bin).unwrap();
    kubectl_protobuf(
        &tc,
        &[
            "create",
            "configmap",
            "app-config",
            "--from-literal=mode=fast",
            "--from-literal=motd=line one\nline two",
            &format!("--from-file={}", dir.join("blob").display()),
        ],
    );
    let cm = get_json(&tc, &["configmap", "app-config"]);
    assert_eq!(cm["data"]["mode"], "fast");
    assert_eq!(cm["data"]["motd"], "line one\nline two");
    use base64::Engine as _;
    assert_eq!(
        cm["binaryData"]["blob"],
        base64::engine::general_purpose::STANDARD.encode(&bin)
    );

    // Secret: the bytes come back exactly.
    kubectl_protobuf(
        &tc,
        &[
            "create",
            "secret",
            "generic",
            "db",
            "--from-literal=password=hunter2",
        ],
    );
    let s = get_json(&tc, &["secret", "db"]);
    assert_eq!(s["type"], "Opaque");
    assert_eq!(
        s["data"]["password"],
        base64::engine::general_purpose::STANDARD.encode("hunter2")
    );

    // Pod: what `kubectl run` puts in it survives the trip. (This kubectl sends `run`'s pod as
    // JSON, measured with -v=8; the protobuf path is the one above.)
    kubectl_ok(
        &tc,
        &[
            "run",
            "web",
            "--image=busybox",
            "--restart=Never",
            "--labels=app=web,tier=front",
            "--env=GREETING=hello",
            "--port=8080",
            "--",
            "sleep",
            "3600",
        ],
    );
    let p = get_json(&tc, &["pod", "web"]);
    assert_eq!(p["metadata"]["labels"]["tier"], "front");
    let c = &p["spec"]["containers"][0];
    assert_eq!(c["image"], "busybox");
    assert_eq!(c["args"], serde_json::json!(["sleep", "3600"]));
    assert_eq!(
        c["env"][0],
        serde_json::json!({"name": "GREETING", "value": "hello"})
    );
    assert_eq!(c["ports"][0]["containerPort"], 8080);
    assert_eq!(p["spec"]["restartPolicy"], "Never");

    // A name the real API server refuses is refused from a protobuf body too.
    let o = kubectl(&tc, &["create", "configmap", "Bad_Name"]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("Invalid value: \"Bad_Name\""),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    // port-forward to 2379 reaches the node's loopback-bound etcd, and what kubectl created is
    // there under its /registry key.
    let mut pf = Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(tc.kubeconfig())
        .args([
            "-n",
            "kube-system",
            "port-forward",
            &format!("pod/{}", tc.etcd_pod_name(0)),
            ":2379",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(pf.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    // "Forwarding from 127.0.0.1:NNNNN -> 2379"
    assert!(line.trim_end().ends_with("-> 2379"), "{line}");
    let local = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or_else(|| panic!("{line}"))
        .to_string();
    let ep = format!("https://127.0.0.1:{local}");
    let o = etcdctl(&tc, 0, &ep, &["endpoint", "health"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = etcdctl(
        &tc,
        0,
        &ep,
        &[
            "get",
            "/registry/configmaps/default/",
            "--prefix",
            "--keys-only",
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        "/registry/configmaps/default/app-config"
    );
    let _ = pf.kill();
    let _ = pf.wait();
    let _ = std::fs::remove_dir_all(dir);
}

fn tempfile_dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("kubectl-as-on-a-node-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}
