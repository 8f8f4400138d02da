//! `member remove --node` on the 3-node test control plane: a node whose power was cut
//! (etcd gone, Node NotReady, its mirror pod left behind) is removed from etcd and the API;
//! a Ready node is refused.

use kubectl_etcd_testcluster::EtcdVersion;

use crate::support::controlplane::{etcdctl, kubectl, ours, start};

fn member_names(tc: &kubectl_etcd_testcluster::TestCluster) -> Vec<String> {
    let list = etcdctl(tc, 0, &["member", "list", "-w", "json"])
        .ok()
        .json();
    list["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn member_remove_node_removes_a_dead_control_plane_node() {
    let tc = start(3, EtcdVersion::V35);
    let (dead, alive) = (tc.node_name(2), tc.node_name(1));
    tc.power_off_node(2).unwrap();
    assert_eq!(member_names(&tc).len(), 3);

    // A Ready node is refused, and nothing changes.
    let refused = ours(&tc, &["member", "remove", "--node", &alive, "--yes"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stderr.contains("is Ready"), "{}", refused.stderr);
    assert_eq!(member_names(&tc).len(), 3);

    // The dead one: member removed (etcdctl agrees), mirror pod gone (kubectl agrees).
    let out = ours(&tc, &["member", "remove", "--node", &dead, "--yes"]).ok();
    assert!(out.text().starts_with("Member "), "{}", out.text());
    assert!(out.stderr.contains("Ready=Unknown"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("kubeadm token create --print-join-command"),
        "{}",
        out.stderr
    );
    let names = member_names(&tc);
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(!names.contains(&dead), "{names:?}");
    let pod = kubectl(
        &tc,
        &[
            "get",
            "pod",
            "-n",
            "kube-system",
            &tc.etcd_pod_name(2),
            "-o",
            "name",
        ],
        None,
    );
    assert_ne!(pod.code, 0);
    assert!(pod.stderr.contains("NotFound"), "{}", pod.stderr);

    // Again: nothing left to do, and it says so.
    let again = ours(&tc, &["member", "remove", "--node", &dead, "--yes"]).ok();
    assert!(
        again.stderr.contains("nothing to remove"),
        "{}",
        again.stderr
    );
    assert!(again.text().is_empty());
    // Members by name in cluster mode: the same answer as etcdctl by ID.
    let list = etcdctl(&tc, 0, &["member", "list", "-w", "json"])
        .ok()
        .json();
    let cp0 = list["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == tc.node_name(0).as_str())
        .unwrap()
        .clone();
    let peer = format!("--peer-urls={}", cp0["peerURLs"][0].as_str().unwrap());
    let id = format!("{:x}", cp0["ID"].as_u64().unwrap());
    assert_eq!(
        ours(&tc, &["member", "update", &tc.node_name(0), &peer])
            .ok()
            .text(),
        etcdctl(&tc, 0, &["member", "update", &id, &peer])
            .ok()
            .text()
    );
    // The remaining two are healthy.
    ours(&tc, &["endpoint", "health"]).ok();
}
