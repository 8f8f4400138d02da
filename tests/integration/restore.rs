//! `snapshot restore` end to end on the test control plane: real etcd 3.4/3.5 static pods,
//! helper pods running for real, the manifest changed on the node and etcd restarted by the
//! kubelet.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kubectl_etcd_testcluster::{EtcdVersion, TestCluster};

use crate::support::controlplane::{etcdctl, helper_pods, kubectl, ours, start};
use crate::support::run::{clean, ours_path, wait_bounded, Out};

fn demo_keys(tc: &TestCluster, i: usize) -> String {
    etcdctl(
        tc,
        i,
        &["get", "/registry/demo/", "--prefix", "--keys-only"],
    )
    .ok()
    .text()
}

/// Helper pods may take a moment to disappear after deletion.
fn no_helper_pods(tc: &TestCluster) {
    let start = Instant::now();
    loop {
        let left = helper_pods(tc);
        if left.is_empty() {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "helper pods left: {left:?}"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
}

fn backups(tc: &TestCluster, i: usize) -> Vec<PathBuf> {
    let dir = tc.node_root(i).join("etc/kubernetes");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("etcd.yaml.kubectl-etcd-")
        })
        .collect();
    v.sort();
    v
}

/// The manifests folder holds etcd.yaml only (no backup or temp file kubelet could load).
fn manifests_clean(tc: &TestCluster, i: usize) {
    let dir = tc.node_root(i).join("etc/kubernetes/manifests");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["etcd.yaml"], "{}", dir.display());
}

/// Writes A (and removes a B left by an earlier scenario on the same control plane), saves a
/// snapshot, writes B; returns the snapshot path.
fn a_snapshot_then_b(tc: &TestCluster, dir: &Path) -> PathBuf {
    etcdctl(tc, 0, &["put", "/registry/demo/a", "A"]).ok();
    etcdctl(tc, 0, &["del", "/registry/demo/b"]).ok();
    let file = dir.join("backup.db");
    ours(tc, &["snapshot", "save", file.to_str().unwrap()]).ok();
    etcdctl(tc, 0, &["put", "/registry/demo/b", "B"]).ok();
    file
}

/// `snapshot restore FILE --yes EXTRA…`
fn restore(tc: &TestCluster, file: &Path, extra: &[&str]) -> Out {
    let mut args = vec!["snapshot", "restore", file.to_str().unwrap(), "--yes"];
    args.extend_from_slice(extra);
    ours(tc, &args)
}

fn only_host_path_changed(before: &str, after: &str) {
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    assert_eq!(a.len(), b.len());
    let diff: Vec<(&&str, &&str)> = a.iter().zip(&b).filter(|(x, y)| x != y).collect();
    assert_eq!(diff.len(), 1, "{diff:?}");
    assert!(
        diff[0].0.trim().starts_with("path: /var/lib/etcd"),
        "{}",
        diff[0].0
    );
    assert!(
        diff[0].1.trim().starts_with("path: /var/lib/etcd-restore-"),
        "{}",
        diff[0].1
    );
}

/// The matrix: every scenario on 1 and 3 nodes × etcd 3.4 (no revision bump) and
/// 3.5 (bump), the scenarios of a cell in sequence on one control plane.
fn cell(nodes: usize, v: EtcdVersion) {
    let tc = start(nodes, v);
    classic(&tc, nodes, v);
    cannot_start(&tc, nodes, v);
    killed_after_switching(&tc, nodes, v);
    ctrl_c(&tc, nodes);
    if nodes == 1 && v == EtcdVersion::V35 {
        a_damaged_snapshot_changes_nothing(&tc);
        a_watchdog_killed_at_its_deadline_is_swept(&tc);
    }
}

#[test]
fn restore_matrix_1_node_etcd_3_4() {
    cell(1, EtcdVersion::V34);
}

#[test]
fn restore_matrix_1_node_etcd_3_5() {
    cell(1, EtcdVersion::V35);
}

#[test]
fn restore_matrix_3_nodes_etcd_3_4() {
    cell(3, EtcdVersion::V34);
}

#[test]
fn restore_matrix_3_nodes_etcd_3_5() {
    cell(3, EtcdVersion::V35);
}

fn endpoint_status(tc: &TestCluster, i: usize) -> (serde_json::Value, i64) {
    let s = etcdctl(tc, i, &["endpoint", "status", "-w", "json"])
        .ok()
        .json();
    let header = &s[0]["Status"]["header"];
    (
        header["cluster_id"].clone(),
        header["revision"].as_i64().unwrap(),
    )
}

fn rollback(tc: &TestCluster, v: EtcdVersion) -> Out {
    let out = ours(
        tc,
        &[
            "snapshot",
            "restore",
            "--rollback",
            "--yes",
            "--timeout",
            "60s",
        ],
    );
    eprintln!("--- {v:?} rollback:\n{}{}", out.stderr, out.text());
    assert_eq!(out.code, 0, "{v:?}\n{}\n{}", out.text(), out.stderr);
    out
}

/// Restore, then `--rollback`. With etcd 3.5 the rollback re-creates the pre-restore data
/// with a higher revision (nothing goes back, nothing restarts, the old data dir stays
/// byte-identical, and the rollback can itself be rolled back); with 3.4 it puts the old
/// data back and the watchdogs restart the API server and kubelet.
fn classic(tc: &TestCluster, nodes: usize, v: EtcdVersion) {
    let tmp = tempfile::tempdir().unwrap();
    let file = a_snapshot_then_b(tc, tmp.path());
    let originals: Vec<String> = (0..nodes)
        .map(|i| std::fs::read_to_string(tc.etcd_manifest(i)).unwrap())
        .collect();
    let (old_cluster, _) = endpoint_status(tc, 0);
    let backups_before = backups(tc, 0).len();

    if nodes == 3 {
        // One member alone is refused without --force.
        let out = restore(tc, &file, &["--node", &tc.node_name(1)]);
        assert_eq!(out.code, 128, "{}", out.stderr);
        assert!(
            out.stderr.contains("refusing to restore only"),
            "{}",
            out.stderr
        );
    }

    // --dry-run: the plan, and nothing changes.
    let dry = ours(
        tc,
        &["snapshot", "restore", file.to_str().unwrap(), "--dry-run"],
    )
    .ok();
    let plan = dry.text();
    assert!(plan.contains("-      path: /var/lib/etcd\n"), "{plan}");
    assert!(
        plan.contains("+      path: /var/lib/etcd-restore-"),
        "{plan}"
    );
    assert!(
        plan.contains("/etc/kubernetes/etcd.yaml.kubectl-etcd-"),
        "{plan}"
    );
    assert!(plan.contains("Dry run: nothing was changed."), "{plan}");
    assert_eq!(
        std::fs::read_to_string(tc.etcd_manifest(0)).unwrap(),
        originals[0]
    );
    assert_eq!(backups(tc, 0).len(), backups_before);
    no_helper_pods(tc);

    // The restore.
    let out = restore(tc, &file, &["--timeout", "60s"]);
    eprintln!("--- {v:?} restore:\n{}{}", out.stderr, out.text());
    assert_eq!(out.code, 0, "{v:?}\n{}\n{}", out.text(), out.stderr);
    assert!(out.text().contains("Restored: cluster"), "{}", out.text());
    let mut ids = Vec::new();
    for (i, original) in originals.iter().enumerate() {
        assert!(
            out.text()
                .contains(&format!("{}: restored and confirmed", tc.node_name(i))),
            "{}",
            out.text()
        );
        assert_eq!(demo_keys(tc, i), "/registry/demo/a\n\n", "{v:?}");
        let restored = std::fs::read_to_string(tc.etcd_manifest(i)).unwrap();
        only_host_path_changed(original, &restored);
        let b = backups(tc, i);
        assert_eq!(b.len(), backups_before + 1);
        assert_eq!(
            &std::fs::read_to_string(b.last().unwrap()).unwrap(),
            original
        );
        manifests_clean(tc, i);
        ids.push(endpoint_status(tc, i).0);
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_ne!(ids[0], old_cluster);
    if nodes == 3 {
        let members = etcdctl(tc, 0, &["member", "list", "-w", "json"])
            .ok()
            .json();
        assert_eq!(members["members"].as_array().unwrap().len(), 3);
    }
    let (restored_cluster, restored_rev) = endpoint_status(tc, 0);
    if v == EtcdVersion::V35 {
        assert!(
            restored_rev > 1_000_000_000,
            "revision {restored_rev} was not bumped"
        );
    }
    // The new data dir belongs to etcd like the old one.
    let restored = std::fs::read_to_string(tc.etcd_manifest(0)).unwrap();
    let new_dir = restored
        .lines()
        .find_map(|l| l.trim().strip_prefix("path: /var/lib/etcd-restore-"))
        .unwrap();
    let new_dir = tc
        .node_root(0)
        .join(format!("var/lib/etcd-restore-{new_dir}"));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&new_dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert_eq!(
        std::fs::read_dir(&new_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect::<Vec<_>>(),
        ["member"]
    );
    no_helper_pods(tc);
    // Nothing left in /etc/kubernetes but the backup.
    let dots: Vec<String> = std::fs::read_dir(tc.node_root(0).join("etc/kubernetes"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".kubectl-etcd"))
        .collect();
    assert!(dots.is_empty(), "{dots:?}");

    // --rollback: the old data (B is back). Its etcd has been stopped since the switch.
    let old_dir = tc.node_root(0).join("var/lib/etcd");
    let quiet = tree_hash(&old_dir);
    let out = rollback(tc, v);
    let both = "/registry/demo/a\n\n/registry/demo/b\n\n";
    for i in 0..nodes {
        assert_eq!(demo_keys(tc, i), both, "{v:?}");
        manifests_clean(tc, i);
    }
    let (cluster, rev) = endpoint_status(tc, 0);
    if v == EtcdVersion::V35 {
        // A bumped copy of the old data: a new cluster whose revision went up, nothing
        // restarted, and the old data dir untouched.
        assert!(
            out.text()
                .contains("Rolled back to a bumped copy of the pre-restore data"),
            "{}",
            out.text()
        );
        assert!(!out.text().contains("restarted"), "{}", out.text());
        assert!(
            rev > restored_rev,
            "revision went back: {rev} <= {restored_rev}"
        );
        assert_ne!(cluster, restored_cluster);
        assert_ne!(cluster, old_cluster);
        assert_eq!(tree_hash(&old_dir), quiet, "the old data dir changed");
        for (i, original) in originals.iter().enumerate() {
            let now = std::fs::read_to_string(tc.etcd_manifest(i)).unwrap();
            assert!(now.contains("path: /var/lib/etcd-rollback-"), "{now}");
            assert!(manifest_only_path_differs(original, &now));
        }
    } else {
        // The old data as it was: the watchdog restarted what watched the newer revisions.
        assert!(out.text().contains("put back as it is"), "{}", out.text());
        assert!(out.text().contains("restarted kubelet"), "{}", out.text());
        assert_eq!(cluster, old_cluster);
        for (i, original) in originals.iter().enumerate() {
            assert_eq!(
                &std::fs::read_to_string(tc.etcd_manifest(i)).unwrap(),
                original
            );
        }
    }
    // The nodes say the same later; the status helper runs (the kubelet is not stale).
    let status = ours(tc, &["snapshot", "restore", "--status"]);
    eprintln!("--- {v:?} --status:\n{}{}", status.stderr, status.text());
    assert_eq!(status.code, 0, "{}", status.stderr);
    for i in 0..nodes {
        let line = status
            .text()
            .lines()
            .find(|l| l.starts_with(&format!("{}: run ", tc.node_name(i))))
            .unwrap_or_default()
            .to_string();
        assert!(line.contains("rolled back"), "{}", status.text());
    }
    no_helper_pods(tc);

    if v == EtcdVersion::V35 && nodes == 1 {
        // The undo can be undone: the restored data comes back, its revision bumped again.
        rollback(tc, v);
        assert_eq!(demo_keys(tc, 0), "/registry/demo/a\n\n");
        let (_, again) = endpoint_status(tc, 0);
        assert!(again > rev, "revision went back: {again} <= {rev}");
        assert_eq!(tree_hash(&old_dir), quiet, "the old data dir changed");
        manifests_clean(tc, 0);
        no_helper_pods(tc);
    }
}

/// Whether two manifests differ in etcd's data hostPath only.
fn manifest_only_path_differs(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    a.len() == b.len()
        && a.iter().zip(&b).filter(|(x, y)| x != y).all(|(x, y)| {
            x.trim().starts_with("path: /var/lib/etcd")
                && y.trim().starts_with("path: /var/lib/etcd")
        })
}

fn a_damaged_snapshot_changes_nothing(tc: &TestCluster) {
    let tmp = tempfile::tempdir().unwrap();
    let file = a_snapshot_then_b(tc, tmp.path());
    let backups_before = backups(tc, 0).len();
    let original = std::fs::read_to_string(tc.etcd_manifest(0)).unwrap();
    let bytes = std::fs::read(&file).unwrap();
    // Truncated, and one flipped byte (the trailer no longer matches).
    let truncated = tmp.path().join("truncated.db");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let flipped = tmp.path().join("flipped.db");
    let mut f = bytes.clone();
    f[5000] ^= 0xff;
    std::fs::write(&flipped, &f).unwrap();
    for bad in [&truncated, &flipped] {
        let out = ours(tc, &["snapshot", "restore", bad.to_str().unwrap(), "--yes"]);
        assert_ne!(out.code, 0);
        assert!(
            out.stderr
                .contains("is not a usable snapshot: nothing was changed"),
            "{}",
            out.stderr
        );
    }
    assert_eq!(
        std::fs::read_to_string(tc.etcd_manifest(0)).unwrap(),
        original
    );
    assert_eq!(backups(tc, 0).len(), backups_before);
    let var_lib = |tc: &TestCluster| -> Vec<String> {
        std::fs::read_dir(tc.node_root(0).join("var/lib"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("etcd-"))
            .collect()
    };
    let dirs = var_lib(tc);
    assert_eq!(var_lib(tc), dirs);
    assert_eq!(demo_keys(tc, 0), "/registry/demo/a\n\n/registry/demo/b\n\n");
    no_helper_pods(tc);
}

/// Hashes every file under `dir` (path → sha256 of content).
fn tree_hash(dir: &Path) -> Vec<(String, String)> {
    use sha2::Digest;
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let h = sha2::Sha256::digest(std::fs::read(&p).unwrap());
                out.push((
                    p.strip_prefix(dir).unwrap().display().to_string(),
                    format!("{h:x}"),
                ));
            }
        }
    }
    out.sort();
    out
}

/// One member whose restored data is broken: with three members the other two start but
/// miss a peer, so every node reverts (never a mixed cluster).
fn cannot_start(tc: &TestCluster, nodes: usize, v: EtcdVersion) {
    let originals: Vec<String> = (0..nodes)
        .map(|i| std::fs::read_to_string(tc.etcd_manifest(i)).unwrap())
        .collect();
    let tmp = tempfile::tempdir().unwrap();
    let file = a_snapshot_then_b(tc, tmp.path());
    let original = std::fs::read_to_string(tc.etcd_manifest(0)).unwrap();
    let root = tc.node_root(0);
    let k8s = root.join("etc/kubernetes");
    // The data dir etcd runs from now (a previous scenario may have switched it).
    let old_dir = root.join(
        original
            .lines()
            .find_map(|l| l.trim().strip_prefix("path: /var/lib/etcd"))
            .map(|rest| format!("var/lib/etcd{rest}"))
            .unwrap(),
    );
    // Break the restored database once it is in place and the switch is armed (before the
    // manifest changes), and record the old data dir while its etcd is stopped.
    let injector = {
        let (k8s, root, old_dir) = (k8s.clone(), root.clone(), old_dir.clone());
        std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(90);
            let control = loop {
                assert!(Instant::now() < deadline, "the switch was never armed");
                let found = std::fs::read_dir(&k8s).unwrap().find_map(|e| {
                    let p = e.ok()?.path();
                    let n = p.file_name()?.to_string_lossy().into_owned();
                    (n.starts_with(".kubectl-etcd-") && n.ends_with(".control")).then_some(p)
                });
                if let Some(p) = found {
                    if std::fs::read_to_string(&p)
                        .unwrap_or_default()
                        .starts_with("arm")
                    {
                        break p;
                    }
                }
                std::thread::sleep(Duration::from_millis(20));
            };
            let ts = control
                .file_name()
                .unwrap()
                .to_string_lossy()
                .trim_start_matches(".kubectl-etcd-")
                .trim_end_matches(".control")
                .to_string();
            let db = root.join(format!("var/lib/etcd-restore-{ts}/member/snap/db"));
            let mut bytes = std::fs::read(&db).unwrap();
            for b in bytes.iter_mut().take(16384) {
                *b = 0;
            }
            std::fs::write(&db, bytes).unwrap();
            // Once switched, the old etcd stops: its data dir is quiet until the rollback.
            let state = k8s.join(format!("kubectl-etcd-{ts}.state"));
            while std::fs::read_to_string(&state).unwrap_or_default().trim() != "switched" {
                assert!(Instant::now() < deadline, "never switched");
                std::thread::sleep(Duration::from_millis(20));
            }
            std::thread::sleep(Duration::from_secs(2));
            tree_hash(&old_dir)
        })
    };
    let out = restore(tc, &file, &["--timeout", "10s"]);
    let quiet = injector.join().unwrap();
    eprintln!(
        "--- {v:?}, {nodes} node(s), one cannot start:\n{}",
        out.stderr
    );
    assert_eq!(out.code, 1, "{}\n{}", out.text(), out.stderr);
    assert!(out.stderr.contains("restore rolled back"), "{}", out.stderr);
    for (i, original) in originals.iter().enumerate() {
        assert!(
            out.stderr
                .contains(&format!("  {}: reverted: old state", tc.node_name(i))),
            "{}",
            out.stderr
        );
        assert_eq!(
            &std::fs::read_to_string(tc.etcd_manifest(i)).unwrap(),
            original
        );
        manifests_clean(tc, i);
    }
    assert_eq!(
        std::fs::read_to_string(tc.etcd_manifest(0)).unwrap(),
        original
    );
    // The old data came back whole: B (written after the snapshot) is there.
    assert_eq!(demo_keys(tc, 0), "/registry/demo/a\n\n/registry/demo/b\n\n");
    // The old data dir lost nothing while the restored etcd ran: every file it had while its
    // etcd was stopped is still there. (Byte identity cannot be checked after the fact: the old
    // etcd writes to it again as soon as it is back. The restore mounts it read-only.)
    assert!(!quiet.is_empty());
    let now: Vec<String> = tree_hash(&old_dir).into_iter().map(|(p, _)| p).collect();
    for (p, _) in &quiet {
        assert!(now.contains(p), "{p} disappeared from the old data dir");
    }
    manifests_clean(tc, 0);
    no_helper_pods(tc);
}

/// Ctrl-C while preparing (helper pod running) and while waiting for the switched etcd: each
/// leaves the node in the old state, says so, exits 130 and leaves no pod behind.
fn ctrl_c(tc: &TestCluster, nodes: usize) {
    let tmp = tempfile::tempdir().unwrap();
    let file = a_snapshot_then_b(tc, tmp.path());
    let originals: Vec<String> = (0..nodes)
        .map(|i| std::fs::read_to_string(tc.etcd_manifest(i)).unwrap())
        .collect();
    let backups_before = backups(tc, 0).len();
    let k8s = tc.node_root(0).join("etc/kubernetes");
    let (old_cluster, _) = endpoint_status(tc, 0);
    let switched = |k8s: &Path| {
        std::fs::read_dir(k8s).unwrap().any(|e| {
            let p = e.unwrap().path();
            p.to_string_lossy().ends_with(".state")
                && std::fs::read_to_string(&p).unwrap_or_default().trim() == "switched"
        })
    };
    type Moment<'a> = Box<dyn Fn() -> bool + 'a>;
    let moments: [(&str, Moment, &str); 2] = [
        (
            "preparing",
            Box::new(|| helper_pods(tc).iter().any(|p| p.contains("restore-helper"))),
            "restore failed before the switch: no node was changed",
        ),
        (
            "switched",
            Box::new(|| switched(&k8s)),
            "restore rolled back (interrupted by Ctrl-C)",
        ),
    ];
    for (when, reached, says) in moments {
        let mut cmd = clean(ours_path());
        cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
            .args([
                "snapshot",
                "restore",
                file.to_str().unwrap(),
                "--yes",
                "--timeout",
                "60s",
            ])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let child = cmd.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(90);
        while !reached() {
            assert!(Instant::now() < deadline, "never reached {when}");
            std::thread::sleep(Duration::from_millis(50));
        }
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
        let out = wait_bounded(child, "kubectl-etcd after a signal");
        let stderr = String::from_utf8_lossy(&out.stderr);
        eprintln!("--- Ctrl-C while {when}:\n{stderr}");
        assert_eq!(out.status.code(), Some(130), "{when}: {stderr}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        if when == "switched"
            && stdout.contains("Restored: every watchdog found its member healthy")
        {
            // Our word comes through the API, which restarts with etcd: every watchdog may
            // have kept its healthy member first. Then all nodes are restored, and it says so.
            for (i, original) in originals.iter().enumerate() {
                let now = std::fs::read_to_string(tc.etcd_manifest(i)).unwrap();
                only_host_path_changed(original, &now);
                assert_eq!(demo_keys(tc, i), "/registry/demo/a\n\n", "{when}");
                manifests_clean(tc, i);
            }
            no_helper_pods(tc);
            continue;
        }
        assert!(stderr.contains(says), "{when}: {stderr}\n{stdout}");
        for (i, original) in originals.iter().enumerate() {
            assert_eq!(
                &std::fs::read_to_string(tc.etcd_manifest(i)).unwrap(),
                original,
                "{when}"
            );
            assert_eq!(
                demo_keys(tc, i),
                "/registry/demo/a\n\n/registry/demo/b\n\n",
                "{when}"
            );
            manifests_clean(tc, i);
        }
        assert_eq!(endpoint_status(tc, 0).0, old_cluster, "{when}");
        no_helper_pods(tc);
        if when == "preparing" {
            assert_eq!(
                backups(tc, 0).len(),
                backups_before,
                "{when}: a backup of nothing"
            );
        }
    }
}

/// The newest watchdog state file on node `i` and its first line.
fn watchdog_state(tc: &TestCluster, i: usize) -> Option<String> {
    let dir = tc.node_root(i).join("etc/kubernetes");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().into_owned();
            n.starts_with("kubectl-etcd-") && n.ends_with(".state")
        })
        .collect();
    files.sort();
    let text = std::fs::read_to_string(files.last()?).ok()?;
    Some(text.lines().next().unwrap_or_default().trim().to_string())
}

/// Waits (bounded) until node `i`'s watchdog has reached a final state and its pod is gone.
fn final_state(tc: &TestCluster, i: usize) -> String {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let st = watchdog_state(tc, i).unwrap_or_default();
        let running = tc
            .node_root(i)
            .join("etc/kubernetes/manifests/kubectl-etcd-watchdog.yaml")
            .exists();
        if !running
            && !st.is_empty()
            && !["waiting", "armed", "switched"].contains(&st.as_str())
            && !st.ends_with("-restarting")
        {
            return st;
        }
        assert!(
            Instant::now() < deadline,
            "node {i}: the watchdog never finished (state {st:?})"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
}

/// kubectl-etcd SIGKILLed right after "Switching …": every node ends restored-and-confirmed
/// or reverted on its own (the same on all nodes), `--status` says which, no pod is left,
/// and a new helper pod runs afterwards (no kubelet or API server left watching stale
/// revisions). etcd 3.4 cannot bump the revision (revisions go back); 3.5 bumps.
fn killed_after_switching(tc: &TestCluster, nodes: usize, v: EtcdVersion) {
    use std::io::BufRead;
    {
        let tmp = tempfile::tempdir().unwrap();
        let file = a_snapshot_then_b(tc, tmp.path());
        let originals: Vec<String> = (0..nodes)
            .map(|i| std::fs::read_to_string(tc.etcd_manifest(i)).unwrap())
            .collect();
        let mut cmd = clean(ours_path());
        cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
            .args([
                "snapshot",
                "restore",
                file.to_str().unwrap(),
                "--yes",
                "--timeout",
                "60s",
            ])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let mut seen = String::new();
        for line in std::io::BufReader::new(stderr).lines() {
            let line = line.unwrap();
            seen.push_str(&line);
            seen.push('\n');
            if line.starts_with("Switching ") {
                child.kill().unwrap(); // SIGKILL
                break;
            }
        }
        let status = child.wait().unwrap();
        assert!(seen.contains("Switching "), "{v:?}: {seen}");
        assert_eq!(status.code(), None, "{v:?}: not killed\n{seen}");

        let states: Vec<String> = (0..nodes).map(|i| final_state(tc, i)).collect();
        eprintln!("--- {v:?}, {nodes} node(s), killed after switching: {states:?}");
        assert!(
            states.iter().all(|s| s == &states[0]),
            "{v:?}: mixed outcome {states:?}"
        );
        let confirmed = match states[0].as_str() {
            "confirmed" => true,
            "reverted" => false,
            other => panic!("{v:?}: unexpected outcome {other}"),
        };
        for (i, original) in originals.iter().enumerate() {
            let now = std::fs::read_to_string(tc.etcd_manifest(i)).unwrap();
            if confirmed {
                only_host_path_changed(original, &now);
            } else {
                assert_eq!(&now, original, "{v:?}");
            }
        }
        // etcd (through etcdctl, not us) serves the data the outcome says.
        let expected = if confirmed {
            "/registry/demo/a\n\n"
        } else {
            "/registry/demo/a\n\n/registry/demo/b\n\n"
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        // (etcd may still be starting after a revert: etcdctl fails until it answers.)
        let keys_now = || {
            etcdctl(
                tc,
                0,
                &["get", "/registry/demo/", "--prefix", "--keys-only"],
            )
            .text()
        };
        while keys_now() != expected {
            assert!(Instant::now() < deadline, "{v:?}: {}", keys_now());
            std::thread::sleep(Duration::from_millis(500));
        }

        // --status reads the outcome from the nodes and sweeps what the run left.
        let out = ours(tc, &["snapshot", "restore", "--status"]);
        assert_eq!(out.code, 0, "{v:?}\n{}\n{}", out.text(), out.stderr);
        let says = if confirmed {
            "restored and confirmed"
        } else {
            "reverted"
        };
        for i in 0..nodes {
            let line = out
                .text()
                .lines()
                .find(|l| l.starts_with(&format!("{}: run ", tc.node_name(i))))
                .unwrap_or_default()
                .to_string();
            assert!(line.contains(says), "{v:?}: {}", out.text());
            manifests_clean(tc, i);
        }
        // (--status ran a helper pod on every node: the kubelets start new pods again.)
        no_helper_pods(tc);
    }
}

/// A watchdog whose pod hit its activeDeadlineSeconds (kubelet killed it wherever it was) has
/// left its manifest behind: kubelet keeps the dead static pod and every later run would
/// refuse to start. `--status` (like the next restore or rollback) removes it and records the
/// run as expired.
fn a_watchdog_killed_at_its_deadline_is_swept(tc: &TestCluster) {
    let ts = "20200101T000000Z";
    let k8s = tc.node_root(0).join("etc/kubernetes");
    let manifest = k8s.join("manifests/kubectl-etcd-watchdog.yaml");
    std::fs::write(
        &manifest,
        format!(
            "apiVersion: v1
kind: Pod
metadata:
  name: kubectl-etcd-watchdog
  namespace: kube-system
  labels:
    app.kubernetes.io/managed-by: kubectl-etcd
    app.kubernetes.io/component: watchdog
    app.kubernetes.io/instance: {ts}
spec:
  activeDeadlineSeconds: 2
  hostNetwork: true
  containers:
  - name: watchdog
    image: busybox
    command: [sleep, '3600']
    env:
    - name: TS
      value: {ts}
"
        ),
    )
    .unwrap();
    let state = k8s.join(format!("kubectl-etcd-{ts}.state"));
    std::fs::write(&state, "switched\n").unwrap();
    let mirror = format!("kubectl-etcd-watchdog-{}", tc.node_name(0));
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let out = kubectl(
            tc,
            &[
                "get",
                "pod",
                "-n",
                "kube-system",
                &mirror,
                "-o",
                "jsonpath={.status.reason}",
            ],
            None,
        );
        if out.text() == "DeadlineExceeded" {
            break;
        }
        assert!(Instant::now() < deadline, "kubelet never ended the pod");
        std::thread::sleep(Duration::from_millis(300));
    }
    std::thread::sleep(Duration::from_secs(1));
    assert!(manifest.exists(), "kubelet removed the manifest itself");

    let out = ours(tc, &["snapshot", "restore", "--status"]);
    eprintln!(
        "--- stale watchdog, --status:\n{}{}",
        out.stderr,
        out.text()
    );
    assert_eq!(out.code, 0, "{}\n{}", out.text(), out.stderr);
    assert!(
        out.stderr.contains(&format!(
            "removed the watchdog manifest of run {ts} left at state switched"
        )),
        "{}",
        out.stderr
    );
    assert!(!manifest.exists());
    assert_eq!(std::fs::read_to_string(&state).unwrap(), "expired\n");
    let log = std::fs::read_to_string(k8s.join(format!("kubectl-etcd-{ts}.log"))).unwrap();
    assert!(
        log.contains("state: expired (removed the watchdog manifest"),
        "{log}"
    );
    manifests_clean(tc, 0);
    no_helper_pods(tc);
    // Swept again: nothing left to do.
    let out = ours(tc, &["snapshot", "restore", "--status"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        !out.stderr.contains("removed the watchdog"),
        "{}",
        out.stderr
    );
}
