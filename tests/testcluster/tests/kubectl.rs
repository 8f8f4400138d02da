//! The real kubectl against the test control plane.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use kubectl_etcd_testcluster::EtcdVersion;
use serde_json::{json, Value};

fn kubectl_sees_etcd_and_execs(v: EtcdVersion) {
    let tc = start(1, v);
    let node = tc.node_name(0);
    // the mirror pod, as kubeadm's tooling looks for it
    let out = kubectl_ok(
        &tc,
        &[
            "get",
            "pods",
            "-n",
            "kube-system",
            "-l",
            "component=etcd",
            "-o",
            "json",
        ],
    );
    let list: Value = serde_json::from_str(&out).unwrap();
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    let p = &items[0];
    assert_eq!(p["metadata"]["name"], format!("etcd-{node}"));
    assert_eq!(p["metadata"]["labels"]["tier"], "control-plane");
    assert_eq!(
        p["metadata"]["annotations"]["kubeadm.kubernetes.io/etcd.advertise-client-urls"],
        tc.etcd_client_endpoint(0)
    );
    assert_eq!(
        p["metadata"]["annotations"]["kubernetes.io/config.source"],
        "file"
    );
    assert_eq!(p["metadata"]["ownerReferences"][0]["kind"], "Node");
    assert_eq!(p["spec"]["hostNetwork"], true);
    assert_eq!(p["spec"]["nodeName"], node);
    assert_eq!(p["status"]["phase"], "Running");
    assert_eq!(p["status"]["podIP"], tc.node_ip(0).to_string());
    assert_eq!(p["status"]["containerStatuses"][0]["restartCount"], 0);
    assert_eq!(p["spec"]["containers"][0]["image"], tc.etcd_image());
    let table = kubectl_ok(&tc, &["get", "pods", "-n", "kube-system"]);
    assert!(
        table.contains("Running") && table.contains("1/1"),
        "{table}"
    );

    // the etcd image is distroless: etcdctl works, sh does not exist
    let o = kubectl(
        &tc,
        &[
            "exec",
            "-n",
            "kube-system",
            &format!("etcd-{node}"),
            "--",
            "etcdctl",
            "version",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("etcdctl version"));
    let o = kubectl(
        &tc,
        &[
            "exec",
            "-n",
            "kube-system",
            &format!("etcd-{node}"),
            "--",
            "sh",
            "-c",
            "true",
        ],
    );
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("executable file not found in $PATH"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    // a helper pod runs for real, with the node's / at /host
    let pod = helper_pod("helper", &node, &["sleep", "3600"], json!({}));
    let o = create_from_json(&tc, &pod);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    tc.wait_pod_phase("kube-system", "helper", "Running", Duration::from_secs(20))
        .unwrap();
    let o = kubectl(
        &tc,
        &[
            "exec",
            "-n",
            "kube-system",
            "helper",
            "--",
            "sh",
            "-c",
            "cat /host/etc/kubernetes/manifests/etcd.yaml | head -2; echo to-stderr >&2; exit 7",
        ],
    );
    assert_eq!(o.status.code(), Some(7));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "apiVersion: v1\nkind: Pod\n"
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).starts_with("to-stderr\n"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = kubectl_stdin(
        &tc,
        &[
            "exec",
            "-i",
            "-n",
            "kube-system",
            "helper",
            "--",
            "sh",
            "-c",
            "cat > /tmp/x; sha256sum /tmp/x",
        ],
        b"hello",
    );
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout)
        .starts_with("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
    // exec shares the container's mount namespace (its /tmp)
    let o = kubectl(
        &tc,
        &["exec", "-n", "kube-system", "helper", "--", "cat", "/tmp/x"],
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout), "hello");
    kubectl_ok(
        &tc,
        &[
            "delete",
            "pod",
            "-n",
            "kube-system",
            "helper",
            "--wait=true",
        ],
    );
    assert!(tc
        .get_object("/api/v1/namespaces/kube-system/pods/helper")
        .unwrap()
        .is_none());
}

#[test]
fn kubectl_etcd34() {
    kubectl_sees_etcd_and_execs(EtcdVersion::V34);
}

#[test]
fn kubectl_etcd35() {
    kubectl_sees_etcd_and_execs(EtcdVersion::V35);
}

/// `kubectl port-forward` to the etcd pod, then the machine's etcdctl through it with the
/// node's certificates.
#[test]
fn kubectl_port_forward_reaches_etcd() {
    // kubectl >= 1.31 tunnels SPDY in a WebSocket; KUBECTL_PORT_FORWARD_WEBSOCKETS=false makes
    // it upgrade to SPDY/3.1 directly (what older kubectl does).
    for (v, websockets) in [
        (EtcdVersion::V34, "true"),
        (EtcdVersion::V35, "true"),
        (EtcdVersion::V35, "false"),
    ] {
        let tc = start(1, v);
        let port = tc.etcd_client_port(0).to_string();
        let mut pf = Command::new("kubectl")
            .env("KUBECTL_PORT_FORWARD_WEBSOCKETS", websockets)
            .arg("--kubeconfig")
            .arg(tc.kubeconfig())
            .args([
                "port-forward",
                "-n",
                "kube-system",
                &tc.etcd_pod_name(0),
                &format!(":{port}"),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        let mut out = BufReader::new(pf.stdout.take().unwrap());
        out.read_line(&mut line).unwrap();
        // keep draining: kubectl logs "Handling connection for ..." there
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        // "Forwarding from 127.0.0.1:NNNNN -> PPPP"
        let local = line
            .split("127.0.0.1:")
            .nth(1)
            .and_then(|s| s.split_whitespace().next())
            .expect(&line)
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
                "/registry/pods/kube-system/",
                "--prefix",
                "--keys-only",
            ],
        );
        assert!(String::from_utf8_lossy(&o.stdout).contains(&format!(
            "/registry/pods/kube-system/{}",
            tc.etcd_pod_name(0)
        )));
        let _ = pf.kill();
        let _ = pf.wait();
    }
}

/// Rejections a real apiserver makes, as kubectl prints them.
#[test]
fn kubectl_rejections() {
    let tc = start(1, EtcdVersion::V35);
    let o = kubectl(&tc, &["get", "pod", "-n", "kube-system", "nope"]);
    assert_eq!(
        String::from_utf8_lossy(&o.stderr).trim(),
        "Error from server (NotFound): pods \"nope\" not found"
    );
    let o = kubectl(&tc, &["exec", "-n", "kube-system", "nope", "--", "true"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("pods \"nope\" not found"));
    tc.deny("list", "pods");
    let o = kubectl(&tc, &["get", "pods", "-n", "kube-system"]);
    assert_eq!(
        String::from_utf8_lossy(&o.stderr).trim(),
        "Error from server (Forbidden): pods is forbidden: User \"kubernetes-admin\" cannot list resource \"pods\" in API group \"\" in the namespace \"kube-system\""
    );
    tc.allow_all();
    let bad = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "Bad_Name", "namespace": "default"}, "spec": {"containers": []}});
    let o = create_from_json(&tc, &bad);
    let err = String::from_utf8_lossy(&o.stderr);
    // kubectl prints the Status causes one per line
    assert!(err.contains("The Pod \"Bad_Name\" is invalid: \n* metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain"), "{err}");
    assert!(err.contains("\n* spec.containers: Required value"), "{err}");
}
