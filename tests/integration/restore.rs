//! `snapshot restore` end to end on the test control plane: real etcd 3.4/3.5 static pods,
//! helper pods running for real, the manifest changed on the node and etcd restarted by the
//! kubelet.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kubectl_etcd_testcluster::{EtcdVersion, TestCluster};

use crate::support::controlplane::{etcdctl, helper_pods, ours, start};
use crate::support::run::{clean, ours_path, Out};

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

/// Writes A, saves a snapshot, writes B; returns the snapshot path.
fn a_snapshot_then_b(tc: &TestCluster, dir: &Path) -> PathBuf {
    etcdctl(tc, 0, &["put", "/registry/demo/a", "A"]).ok();
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
    assert_eq!(diff[0].0.trim(), "path: /var/lib/etcd");
    assert!(
        diff[0].1.trim().starts_with("path: /var/lib/etcd-restore-"),
        "{}",
        diff[0].1
    );
}

#[test]
fn restore_brings_back_the_snapshot_and_rollback_undoes_it() {
    for v in [EtcdVersion::V34, EtcdVersion::V35] {
        let tc = start(1, v);
        let tmp = tempfile::tempdir().unwrap();
        let file = a_snapshot_then_b(&tc, tmp.path());
        let original = std::fs::read_to_string(tc.etcd_manifest(0)).unwrap();
        let old_cluster = etcdctl(&tc, 0, &["endpoint", "status", "-w", "json"])
            .ok()
            .json()[0]["Status"]["header"]["cluster_id"]
            .clone();

        // --dry-run: the plan, and nothing changes.
        let dry = ours(
            &tc,
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
            original
        );
        assert!(backups(&tc, 0).is_empty());
        no_helper_pods(&tc);

        // The restore.
        let out = restore(&tc, &file, &["--timeout", "60s"]);
        eprintln!("--- {v:?} restore:\n{}{}", out.stderr, out.text());
        assert_eq!(out.code, 0, "{v:?}\n{}\n{}", out.text(), out.stderr);
        assert!(out.text().contains("Restored: cluster"), "{}", out.text());
        assert!(
            out.text().contains("cp-0: restored and confirmed"),
            "{}",
            out.text()
        );
        assert_eq!(demo_keys(&tc, 0), "/registry/demo/a\n\n", "{v:?}");
        let status = etcdctl(&tc, 0, &["endpoint", "status", "-w", "json"])
            .ok()
            .json();
        assert_ne!(status[0]["Status"]["header"]["cluster_id"], old_cluster);
        if v == EtcdVersion::V35 {
            let rev = status[0]["Status"]["header"]["revision"].as_i64().unwrap();
            assert!(rev > 1_000_000_000, "revision {rev} was not bumped");
        }
        let restored = std::fs::read_to_string(tc.etcd_manifest(0)).unwrap();
        only_host_path_changed(&original, &restored);
        let b = backups(&tc, 0);
        assert_eq!(b.len(), 1);
        assert_eq!(std::fs::read_to_string(&b[0]).unwrap(), original);
        manifests_clean(&tc, 0);
        // The new data dir belongs to etcd like the old one.
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
        no_helper_pods(&tc);
        // Nothing left in /etc/kubernetes but the backup.
        let dots: Vec<String> = std::fs::read_dir(tc.node_root(0).join("etc/kubernetes"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".kubectl-etcd"))
            .collect();
        assert!(dots.is_empty(), "{dots:?}");

        // --rollback: the original manifest, the old data (B is back).
        let out = ours(
            &tc,
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
        assert_eq!(
            std::fs::read_to_string(tc.etcd_manifest(0)).unwrap(),
            original
        );
        assert_eq!(
            demo_keys(&tc, 0),
            "/registry/demo/a\n\n/registry/demo/b\n\n",
            "{v:?}"
        );
        // The nodes say the same later; the status helper runs (the kubelet is not stale).
        let status = ours(&tc, &["snapshot", "restore", "--status"]);
        eprintln!("--- {v:?} --status:\n{}{}", status.stderr, status.text());
        assert_eq!(status.code, 0, "{}", status.stderr);
        assert!(
            status.text().contains("cp-0: run ") && status.text().contains("rolled back"),
            "{}",
            status.text()
        );
        let status = etcdctl(&tc, 0, &["endpoint", "status", "-w", "json"])
            .ok()
            .json();
        assert_eq!(status[0]["Status"]["header"]["cluster_id"], old_cluster);
        manifests_clean(&tc, 0);
        no_helper_pods(&tc);
    }
}

#[test]
fn a_damaged_snapshot_changes_nothing() {
    let tc = start(1, EtcdVersion::V35);
    let tmp = tempfile::tempdir().unwrap();
    let file = a_snapshot_then_b(&tc, tmp.path());
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
        let out = ours(
            &tc,
            &["snapshot", "restore", bad.to_str().unwrap(), "--yes"],
        );
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
    assert!(backups(&tc, 0).is_empty());
    let var_lib: Vec<String> = std::fs::read_dir(tc.node_root(0).join("var/lib"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("etcd-restore"))
        .collect();
    assert!(var_lib.is_empty(), "{var_lib:?}");
    assert_eq!(
        demo_keys(&tc, 0),
        "/registry/demo/a\n\n/registry/demo/b\n\n"
    );
    no_helper_pods(&tc);
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

#[test]
/// One member whose restored data is broken: with three members the other two start but
/// miss a peer, so every node reverts (never a mixed cluster).
fn an_etcd_that_cannot_start_is_rolled_back() {
    for (nodes, v) in [(1, EtcdVersion::V35), (3, EtcdVersion::V34)] {
        cannot_start(nodes, v);
    }
}

fn cannot_start(nodes: usize, v: EtcdVersion) {
    let tc = start(nodes, v);
    let originals: Vec<String> = (0..nodes)
        .map(|i| std::fs::read_to_string(tc.etcd_manifest(i)).unwrap())
        .collect();
    let tmp = tempfile::tempdir().unwrap();
    let file = a_snapshot_then_b(&tc, tmp.path());
    let original = std::fs::read_to_string(tc.etcd_manifest(0)).unwrap();
    let root = tc.node_root(0);
    let k8s = root.join("etc/kubernetes");
    let old_dir = root.join("var/lib/etcd");
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
    let out = restore(&tc, &file, &["--timeout", "10s"]);
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
        manifests_clean(&tc, i);
    }
    assert_eq!(
        std::fs::read_to_string(tc.etcd_manifest(0)).unwrap(),
        original
    );
    // The old data came back whole: B (written after the snapshot) is there.
    assert_eq!(
        demo_keys(&tc, 0),
        "/registry/demo/a\n\n/registry/demo/b\n\n"
    );
    // The old data dir lost nothing while the restored etcd ran: every file it had while its
    // etcd was stopped is still there. (Byte identity cannot be checked after the fact: the old
    // etcd writes to it again as soon as it is back. The restore mounts it read-only.)
    assert!(!quiet.is_empty());
    let now: Vec<String> = tree_hash(&old_dir).into_iter().map(|(p, _)| p).collect();
    for (p, _) in &quiet {
        assert!(now.contains(p), "{p} disappeared from the old data dir");
    }
    manifests_clean(&tc, 0);
    no_helper_pods(&tc);
}

#[test]
fn three_members_become_one_new_cluster() {
    let tc = start(3, EtcdVersion::V35);
    let tmp = tempfile::tempdir().unwrap();
    let file = a_snapshot_then_b(&tc, tmp.path());
    let originals: Vec<String> = (0..3)
        .map(|i| std::fs::read_to_string(tc.etcd_manifest(i)).unwrap())
        .collect();
    // One member alone is refused without --force.
    let out = restore(&tc, &file, &["--node", &tc.node_name(1)]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(
        out.stderr.contains("refusing to restore only"),
        "{}",
        out.stderr
    );
    let out = restore(&tc, &file, &["--timeout", "60s"]);
    assert_eq!(out.code, 0, "{}\n{}", out.text(), out.stderr);
    let mut ids = Vec::new();
    for (i, original) in originals.iter().enumerate() {
        only_host_path_changed(
            original,
            &std::fs::read_to_string(tc.etcd_manifest(i)).unwrap(),
        );
        let s = etcdctl(&tc, i, &["endpoint", "status", "-w", "json"])
            .ok()
            .json();
        ids.push(s[0]["Status"]["header"]["cluster_id"].clone());
        assert_eq!(demo_keys(&tc, i), "/registry/demo/a\n\n");
        manifests_clean(&tc, i);
        assert_eq!(backups(&tc, i).len(), 1);
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "{ids:?}");
    let members = etcdctl(&tc, 0, &["member", "list", "-w", "json"])
        .ok()
        .json();
    assert_eq!(members["members"].as_array().unwrap().len(), 3);
    no_helper_pods(&tc);
}

/// Ctrl-C while preparing (helper pod running) and while waiting for the switched etcd: each
/// leaves the node in the old state, says so, exits 130 and leaves no pod behind.
#[test]
fn ctrl_c_leaves_the_old_state_and_says_so() {
    let tc = start(1, EtcdVersion::V35);
    let tmp = tempfile::tempdir().unwrap();
    let file = a_snapshot_then_b(&tc, tmp.path());
    let original = std::fs::read_to_string(tc.etcd_manifest(0)).unwrap();
    let k8s = tc.node_root(0).join("etc/kubernetes");
    let old_cluster = etcdctl(&tc, 0, &["endpoint", "status", "-w", "json"])
        .ok()
        .json()[0]["Status"]["header"]["cluster_id"]
        .clone();
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
            Box::new(|| {
                helper_pods(&tc)
                    .iter()
                    .any(|p| p.contains("restore-helper"))
            }),
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
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        eprintln!("--- Ctrl-C while {when}:\n{stderr}");
        assert_eq!(out.status.code(), Some(130), "{when}: {stderr}");
        assert!(stderr.contains(says), "{when}: {stderr}");
        assert_eq!(
            std::fs::read_to_string(tc.etcd_manifest(0)).unwrap(),
            original,
            "{when}"
        );
        assert_eq!(
            demo_keys(&tc, 0),
            "/registry/demo/a\n\n/registry/demo/b\n\n",
            "{when}"
        );
        let status = etcdctl(&tc, 0, &["endpoint", "status", "-w", "json"])
            .ok()
            .json();
        assert_eq!(
            status[0]["Status"]["header"]["cluster_id"], old_cluster,
            "{when}"
        );
        manifests_clean(&tc, 0);
        no_helper_pods(&tc);
        if when == "preparing" {
            assert!(backups(&tc, 0).is_empty(), "{when}: a backup of nothing");
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
#[test]
fn killed_after_switching_each_node_finishes_on_its_own() {
    use std::io::BufRead;
    for (nodes, v) in [(1, EtcdVersion::V34), (3, EtcdVersion::V35)] {
        let tc = start(nodes, v);
        let tmp = tempfile::tempdir().unwrap();
        let file = a_snapshot_then_b(&tc, tmp.path());
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

        let states: Vec<String> = (0..nodes).map(|i| final_state(&tc, i)).collect();
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
        while demo_keys(&tc, 0) != expected {
            assert!(Instant::now() < deadline, "{v:?}: {}", demo_keys(&tc, 0));
            std::thread::sleep(Duration::from_millis(500));
        }

        // --status reads the outcome from the nodes and sweeps what the run left.
        let out = ours(&tc, &["snapshot", "restore", "--status"]);
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
            manifests_clean(&tc, i);
        }
        // (--status ran a helper pod on every node: the kubelets start new pods again.)
        no_helper_pods(&tc);
    }
}
