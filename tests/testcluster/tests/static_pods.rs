//! Kubelet behaviour: manifest edits restart etcd, 3-node quorum, etcd down ⇒ API errors.

mod common;

use std::time::Duration;

use common::*;
use kubectl_etcd_testcluster::EtcdVersion;

/// The mirror pod as stored; null while etcd restarts (reads then fail, as they should).
fn mirror(tc: &kubectl_etcd_testcluster::TestCluster, node: usize) -> serde_json::Value {
    tc.get_object(&format!(
        "/api/v1/namespaces/kube-system/pods/{}",
        tc.etcd_pod_name(node)
    ))
    .ok()
    .flatten()
    .unwrap_or_default()
}

/// Editing the etcd-data hostPath makes the kubelet restart etcd on the other data dir.
fn hostpath_edit_restarts_etcd(v: EtcdVersion) {
    let tc = start(1, v);
    let root = tc.node_root(0);
    let before = mirror(&tc, 0);
    let hash = before["metadata"]["annotations"]["kubernetes.io/config.hash"]
        .as_str()
        .unwrap()
        .to_string();
    let path = tc.etcd_manifest(0);
    let m = std::fs::read_to_string(&path).unwrap();
    let edited = m.replace(
        "      path: /var/lib/etcd\n",
        "      path: /var/lib/etcd-new\n",
    );
    assert_ne!(m, edited);
    // a backup as a dot-file is ignored by the kubelet
    std::fs::write(path.with_file_name(".etcd.yaml.bak"), &m).unwrap();
    std::fs::write(&path, &edited).unwrap();
    // The new etcd starts empty, so its revision is below what the API server's watch cache
    // and the kubelet have seen: as on a real node they hear nothing new (the mirror pod's
    // status is never updated) until restarted from the node (see tests/stale_watch.rs).
    assert!(wait_until(Duration::from_secs(30), || etcdctl(
        &tc,
        0,
        &tc.etcd_client_endpoint(0),
        &["endpoint", "health", "--command-timeout=1s"]
    )
    .status
    .success()
        && root.join("var/lib/etcd-new/member").is_dir()));
    restart_from_node(&root);
    assert!(
        wait_until(Duration::from_secs(30), || {
            let p = mirror(&tc, 0);
            p["metadata"]["annotations"]["kubernetes.io/config.hash"]
                .as_str()
                .map(|h| h != hash)
                .unwrap_or(false)
                && p["status"]["phase"] == "Running"
                && p["status"]["containerStatuses"][0]["ready"] == true
        }),
        "etcd did not come back: {}",
        mirror(&tc, 0)
    );
    assert!(root.join("var/lib/etcd-new/member").is_dir());
    let p = mirror(&tc, 0);
    assert!(p["spec"]["volumes"]
        .to_string()
        .contains("/var/lib/etcd-new"));
    // the new etcd is empty: only what was written since (mirror pod, node, namespaces)
    assert!(wait_until(Duration::from_secs(30), || {
        let o = etcdctl(
            &tc,
            0,
            &tc.etcd_client_endpoint(0),
            &["get", "/registry/", "--prefix", "--keys-only"],
        );
        let keys = String::from_utf8_lossy(&o.stdout).to_string();
        keys.contains("/registry/minions/cp-0")
            && keys.contains("/registry/namespaces/kube-system")
            && keys.contains("/registry/pods/kube-system/etcd-cp-0")
    }));
    // and removing the manifest stops etcd, putting it back starts it
    std::fs::rename(&path, root.join("etcd.yaml.moved")).unwrap();
    assert!(wait_until(Duration::from_secs(30), || !etcdctl(
        &tc,
        0,
        &tc.etcd_client_endpoint(0),
        &["endpoint", "health", "--command-timeout=1s"]
    )
    .status
    .success()));
    std::fs::rename(root.join("etcd.yaml.moved"), &path).unwrap();
    tc.wait_etcd_ready(Duration::from_secs(30)).unwrap();
}

#[test]
fn hostpath_edit_etcd34() {
    hostpath_edit_restarts_etcd(EtcdVersion::V34);
}

#[test]
fn hostpath_edit_etcd35() {
    hostpath_edit_restarts_etcd(EtcdVersion::V35);
}

#[test]
fn three_nodes_form_quorum() {
    let tc = start(3, EtcdVersion::V35);
    assert_eq!(tc.nodes(), vec!["cp-0", "cp-1", "cp-2"]);
    let eps: Vec<String> = (0..3).map(|i| tc.etcd_client_endpoint(i)).collect();
    let o = etcdctl(&tc, 0, &eps.join(","), &["member", "list"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        out.lines().filter(|l| l.contains("started")).count(),
        3,
        "{out}"
    );
    let o = etcdctl(
        &tc,
        1,
        &eps.join(","),
        &["endpoint", "status", "-w", "json"],
    );
    let st: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let leaders: std::collections::HashSet<u64> = st
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["Status"]["leader"].as_u64().unwrap())
        .collect();
    assert_eq!(leaders.len(), 1);
    for i in 0..3 {
        let p = mirror(&tc, i);
        assert_eq!(p["status"]["phase"], "Running");
        assert_eq!(p["status"]["hostIP"], format!("127.0.1.{}", i + 1));
        assert!(p["spec"]["containers"][0]["command"]
            .to_string()
            .contains(&eps.iter().map(|_| "").collect::<String>()));
    }
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
            "name",
        ],
    );
    assert_eq!(out.lines().count(), 3);
    // losing one member keeps quorum: the API still works; the kubelet restarts it
    tc.kill_etcd(2).unwrap();
    kubectl_ok(&tc, &["get", "nodes"]);
    assert!(wait_until(Duration::from_secs(20), || mirror(&tc, 2)
        ["status"]["containerStatuses"][0]["restartCount"]
        .as_i64()
        .unwrap_or(0)
        >= 1));
    tc.wait_etcd_ready(Duration::from_secs(30)).unwrap();
}

/// With etcd stopped the API answers errors (504 after the storage timeout), never stale data.
#[test]
fn etcd_down_means_api_errors() {
    let tc = kubectl_etcd_testcluster::TestCluster::start(kubectl_etcd_testcluster::Options {
        storage_timeout: Duration::from_secs(2),
        etcd_version: EtcdVersion::V35,
        ..Default::default()
    })
    .unwrap();
    kubectl_ok(&tc, &["get", "pods", "-n", "kube-system"]);
    let path = tc.etcd_manifest(0);
    let aside = tc.node_root(0).join("etcd.yaml");
    std::fs::rename(&path, &aside).unwrap();
    assert!(wait_until(Duration::from_secs(30), || !etcdctl(
        &tc,
        0,
        &tc.etcd_client_endpoint(0),
        &["endpoint", "health", "--command-timeout=1s"]
    )
    .status
    .success()));
    let o = kubectl(
        &tc,
        &["get", "pods", "-n", "kube-system", "--request-timeout=20s"],
    );
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("Timeout") || err.contains("timeout"), "{err}");
    std::fs::rename(&aside, &path).unwrap();
    tc.wait_etcd_ready(Duration::from_secs(30)).unwrap();
    kubectl_ok(&tc, &["get", "pods", "-n", "kube-system"]);
}
