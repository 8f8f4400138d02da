//! After etcd's revision goes backwards, the API server's watches and the kubelet learn
//! nothing new until they are restarted, as real ones do (kube-apiserver's watch cache and
//! the kubelet's pod watch resume from a revision etcd has not reached) — and a restart from
//! the node, the way kubectl-etcd's watchdog does it, brings them back.

mod common;

use std::io::BufRead;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use kubectl_etcd_testcluster::EtcdVersion;

fn phase(tc: &kubectl_etcd_testcluster::TestCluster, name: &str) -> String {
    tc.get_object(&format!("/api/v1/namespaces/kube-system/pods/{name}"))
        .ok()
        .flatten()
        .map(|p| {
            p["status"]["phase"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .unwrap_or_default()
}

#[test]
fn watches_stay_stale_after_the_revision_goes_back_until_restarted() {
    let tc = start(1, EtcdVersion::V34);
    let root = tc.node_root(0);
    let ep = tc.etcd_client_endpoint(0);
    // Revisions the API server and the kubelet have seen …
    for i in 0..60 {
        let o = etcdctl(&tc, 0, &ep, &["put", &format!("/registry/demo/{i}"), "x"]);
        assert!(o.status.success());
    }
    // … and then etcd starts again from an empty data dir: revision 1.
    let path = tc.etcd_manifest(0);
    let m = std::fs::read_to_string(&path).unwrap();
    let edited = m.replace(
        "      path: /var/lib/etcd\n",
        "      path: /var/lib/etcd-empty\n",
    );
    assert_ne!(m, edited);
    std::fs::write(&path, &edited).unwrap();
    assert!(
        wait_until(Duration::from_secs(60), || {
            let o = etcdctl(&tc, 0, &ep, &["get", "/registry/demo/1"]);
            o.status.success() && o.stdout.is_empty()
        }),
        "etcd did not come back on the empty data dir: {:?}",
        etcdctl(&tc, 0, &ep, &["get", "/registry/demo/1"])
    );

    // A watch on pods, started now: it lists (nothing: the stale kubelet does not even
    // recreate etcd's mirror pod in the empty data), then hears nothing.
    let mut watch = Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(tc.kubeconfig())
        .args([
            "get",
            "pods",
            "-n",
            "kube-system",
            "-w",
            "--output-watch-events",
            "-o",
            "name",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let lines = std::io::BufReader::new(watch.stdout.take().unwrap()).lines();
    std::thread::sleep(Duration::from_secs(2)); // let it list and start watching
    let heard = std::thread::spawn(move || lines.map_while(Result::ok).collect::<Vec<_>>());

    let pod = helper_pod(
        "after-the-switch",
        &tc.node_name(0),
        &["sleep", "300"],
        serde_json::json!({}),
    );
    let o = create_from_json(&tc, &pod);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // Stored (a GET reads etcd), but the kubelet never hears of it.
    assert_eq!(phase(&tc, "after-the-switch"), "Pending");
    assert!(
        !wait_until(Duration::from_secs(8), || phase(&tc, "after-the-switch")
            == "Running"),
        "a stale kubelet started a pod it cannot have heard of"
    );

    // Restart from the node, as kubectl-etcd's watchdog does (privileged pod, chroot /host).
    restart_from_node(&root);
    assert!(
        wait_until(Duration::from_secs(30), || phase(&tc, "after-the-switch")
            == "Running"),
        "the restarted kubelet did not start the pod"
    );
    let _ = watch.kill();
    let _ = watch.wait();
    let heard = heard.join().unwrap();
    assert!(
        !heard.iter().any(|l| l.contains("after-the-switch")),
        "the stale watch delivered {heard:?}"
    );
    // Clean up.
    let o = kubectl(
        &tc,
        &[
            "delete",
            "pod",
            "-n",
            "kube-system",
            "after-the-switch",
            "--wait=false",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}
