//! `member resync` on the 3-node test control plane: a member whose data dir is corrupted is
//! rebuilt from the others (new member ID, equal hashes, old dir kept aside); refused when a
//! second member is down.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use kubectl_etcd_testcluster::{EtcdVersion, TestCluster};

use crate::support::controlplane::{etcdctl, helper_pods, ours, start};
use crate::support::run::{clean, ours_path};

/// Stops node `i`'s etcd (manifest out, as an operator would), overwrites its bbolt file
/// with garbage, and starts it again: it can no longer open its data.
fn corrupt(tc: &TestCluster, i: usize) {
    let manifest = tc.etcd_manifest(i);
    let stash = tc.node_root(i).join("etc/kubernetes/etcd.yaml.test-stash");
    std::fs::rename(&manifest, &stash).unwrap();
    let path = format!(
        "/api/v1/namespaces/kube-system/pods/{}",
        tc.etcd_pod_name(i)
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    while tc.get_object(&path).unwrap().is_some() {
        assert!(Instant::now() < deadline, "etcd on node {i} did not stop");
        std::thread::sleep(Duration::from_millis(100));
    }
    let db = tc.node_root(i).join("var/lib/etcd/member/snap/db");
    std::fs::write(&db, b"this is not a bbolt database").unwrap();
    std::fs::rename(&stash, &manifest).unwrap();
    // kubelet brings the (now failing) pod back.
    while tc.get_object(&path).unwrap().is_none() {
        assert!(
            Instant::now() < deadline,
            "etcd on node {i} did not come back"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn members(tc: &TestCluster) -> Vec<serde_json::Value> {
    etcdctl(tc, 0, &["member", "list", "-w", "json"])
        .ok()
        .json()["members"]
        .as_array()
        .unwrap()
        .clone()
}

fn id_of(tc: &TestCluster, name: &str) -> u64 {
    members(tc)
        .iter()
        .find(|m| m["name"] == name)
        .unwrap_or_else(|| panic!("no member {name}"))["ID"]
        .as_u64()
        .unwrap()
}

fn entries(dir: PathBuf, prefix: &str) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect()
}

/// Corrupts cp-2's data, resyncs it, and checks the result against etcdctl; returns the
/// command's stderr.
fn resync_corrupted(tc: &TestCluster) -> String {
    let node = tc.node_name(2);
    etcdctl(tc, 0, &["put", "/registry/demo/resync", "kept"]).ok();
    let old_id = id_of(tc, &node);
    corrupt(tc, 2);

    // --dry-run: the plan with the manifest diff, and nothing changed.
    let before = std::fs::read(tc.etcd_manifest(2)).unwrap();
    let dry = ours(tc, &["member", "resync", &node, "--dry-run"]).ok();
    for needle in [
        "whose quorum is 2; 2 of them healthy",
        "+    - --initial-cluster-state=existing",
        "-removed-",
    ] {
        assert!(
            dry.stderr.contains(needle),
            "{needle:?} in:\n{}",
            dry.stderr
        );
    }
    assert_eq!(std::fs::read(tc.etcd_manifest(2)).unwrap(), before);
    assert_eq!(id_of(tc, &node), old_id);

    let out = ours(tc, &["member", "resync", &node, "--yes", "--timeout", "3m"]).ok();
    assert!(
        out.text().contains("resynced: new ID"),
        "{}\n{}",
        out.text(),
        out.stderr
    );

    // etcdctl: three started voting members, cp-2 under a new ID.
    let list = members(tc);
    assert_eq!(list.len(), 3, "{list:?}");
    assert!(
        list.iter()
            .all(|m| m["isLearner"] != true && m["name"] != ""),
        "{list:?}"
    );
    assert_ne!(id_of(tc, &node), old_id);
    // Equal hashes at one revision on every member, and the data is on the rebuilt one.
    let rev = etcdctl(tc, 0, &["get", "/registry/demo/resync", "-w", "json"])
        .ok()
        .json()["header"]["revision"]
        .as_i64()
        .unwrap()
        .to_string();
    let hashes: Vec<u64> = (0..3)
        .map(|i| {
            etcdctl(tc, i, &["endpoint", "hashkv", "--rev", &rev, "-w", "json"])
                .ok()
                .json()[0]["HashKV"]["hash"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert!(hashes.iter().all(|h| *h == hashes[0]), "{hashes:?}");
    let value = etcdctl(
        tc,
        2,
        &[
            "get",
            "/registry/demo/resync",
            "--print-value-only",
            "--consistency=s",
        ],
    )
    .ok();
    assert_eq!(value.text(), "kept\n");
    // The old data dir is kept aside, the old manifest outside the manifests folder.
    let aside = entries(tc.node_root(2).join("var/lib"), "etcd-removed-");
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read(aside[0].join("member/snap/db")).unwrap(),
        b"this is not a bbolt database"
    );
    assert_eq!(
        entries(
            tc.node_root(2).join("etc/kubernetes"),
            "etcd.yaml.kubectl-etcd-resync-"
        )
        .len(),
        1
    );
    let manifests: Vec<PathBuf> = entries(tc.node_root(2).join("etc/kubernetes/manifests"), "");
    assert!(
        manifests
            .iter()
            .all(|p| p.file_name().unwrap() == "etcd.yaml"),
        "{manifests:?}"
    );
    assert!(std::fs::read_to_string(tc.etcd_manifest(2))
        .unwrap()
        .contains("--initial-cluster-state=existing"));
    ours(tc, &["status"]).ok();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !helper_pods(tc).is_empty() {
        assert!(Instant::now() < deadline, "{:?}", helper_pods(tc));
        std::thread::sleep(Duration::from_millis(300));
    }

    out.stderr
}

#[test]
fn resync_on_etcd_34_adds_a_voting_member() {
    let tc = start(3, EtcdVersion::V34);
    let stderr = resync_corrupted(&tc);
    assert!(
        stderr.contains("(etcd 3.4: as a voting member)"),
        "{stderr}"
    );
}

#[test]
fn resync_rebuilds_a_corrupted_member_and_refuses_without_quorum() {
    let tc = start(3, EtcdVersion::V35);
    let node = tc.node_name(2);
    let stderr = resync_corrupted(&tc);
    assert!(
        stderr.contains("--learner") && stderr.contains("Promoted"),
        "{stderr}"
    );
    // Interrupted between `member remove` and `member add` (the state Ctrl-C leaves there:
    // manifest moved out to its backup, member removed): running it again finishes the job.
    let manifest = tc.etcd_manifest(2);
    std::fs::rename(
        &manifest,
        tc.node_root(2)
            .join("etc/kubernetes/etcd.yaml.kubectl-etcd-resync-20000101T000000Z"),
    )
    .unwrap();
    let pod_path = format!(
        "/api/v1/namespaces/kube-system/pods/{}",
        tc.etcd_pod_name(2)
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    while tc.get_object(&pod_path).unwrap().is_some() {
        assert!(Instant::now() < deadline, "etcd on cp-2 did not stop");
        std::thread::sleep(Duration::from_millis(100));
    }
    let second_id = id_of(&tc, &node);
    etcdctl(&tc, 0, &["member", "remove", &format!("{second_id:x}")]).ok();
    let resumed = ours(
        &tc,
        &["member", "resync", &node, "--yes", "--timeout", "3m"],
    )
    .ok();
    assert!(
        resumed.stderr.contains("already stopped") && resumed.stderr.contains("nothing to remove"),
        "{}",
        resumed.stderr
    );
    let list = members(&tc);
    assert_eq!(list.len(), 3, "{list:?}");
    assert!(
        list.iter()
            .all(|m| m["isLearner"] != true && m["name"] != ""),
        "{list:?}"
    );
    assert!(manifest.exists());
    assert_eq!(
        etcdctl(
            &tc,
            2,
            &[
                "get",
                "/registry/demo/resync",
                "--print-value-only",
                "--consistency=s"
            ]
        )
        .ok()
        .text(),
        "kept\n"
    );

    // A real Ctrl-C between `member remove` and `member add`: the exec that moves the data dir
    // aside is held back by the API server, and the signal comes while it waits. The command
    // says how to go on, and running it again finishes the job.
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
        .args(["member", "resync", &node, "--yes"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = String::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        seen.push_str(&line);
        seen.push('\n');
        if line.starts_with("Removing member") {
            tc.delay_requests("/exec", Duration::from_secs(3), Some(1));
        }
        if line.starts_with("Moving ") {
            std::thread::sleep(Duration::from_millis(300));
            unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
            break;
        }
    }
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    let status = child.wait().unwrap();
    let rest = rest.join("\n");
    assert_eq!(status.code(), Some(130), "{seen}{rest}");
    assert!(
        rest.contains("interrupted by Ctrl-C") && rest.contains("member resync cp-2` again"),
        "{rest}"
    );
    // Whatever the held-back exec does, it is done before we go on.
    std::thread::sleep(Duration::from_secs(4));
    tc.clear_faults();
    ours(
        &tc,
        &["member", "resync", &node, "--yes", "--timeout", "3m"],
    )
    .ok();
    let list = members(&tc);
    assert_eq!(list.len(), 3, "{list:?}");
    assert!(
        list.iter()
            .all(|m| m["isLearner"] != true && m["name"] != ""),
        "{list:?}"
    );

    // A second member down: removing cp-2 would leave 2 voters with 1 healthy. Refused.
    tc.power_off_node(1).unwrap();
    let refused = ours(&tc, &["member", "resync", &node, "--yes"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("no healthy quorum")
            && refused.stderr.contains("1 of them healthy"),
        "{}",
        refused.stderr
    );
    assert_eq!(members(&tc).len(), 3);
    assert!(tc.etcd_manifest(2).exists());
}
