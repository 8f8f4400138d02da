//! Cluster mode end to end: nothing but a kubeconfig, against the project's test control
//! plane (tests/testcluster: kube-apiserver's wire protocol, etcd as a real static pod,
//! helper pods run for real), compared with etcdctl talking to the same etcd directly.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use kubectl_etcd_testcluster::EtcdVersion;

use crate::support::controlplane::{
    cert_args, etcdctl, etcdctl_with_stdin, helper_pods, ours, start,
};
use crate::support::run::{clean, ours_path, run, wait_bounded, Out};

fn versions() -> [EtcdVersion; 2] {
    [EtcdVersion::V34, EtcdVersion::V35]
}

#[track_caller]
fn fails(out: &Out, needles: &[&str]) {
    assert_ne!(out.code, 0, "expected a failure; stdout: {}", out.text());
    for n in needles {
        assert!(
            out.stderr.contains(n),
            "expected {n:?} in stderr:\n{}",
            out.stderr
        );
    }
}

#[test]
fn commands_work_with_nothing_but_a_kubeconfig() {
    for v in versions() {
        let tc = start(1, v);
        etcdctl(&tc, 0, &["put", "/registry/demo/a", "1"]).ok();
        etcdctl(&tc, 0, &["put", "/registry/demo/b", "2"]).ok();
        // The API server writes all the time (pod status, our own helper pod), so compare
        // what is stable: the demo keys, and the membership.
        for args in [
            &["get", "/registry/demo/", "--prefix"][..],
            &["get", "/registry/demo/", "--prefix", "--keys-only"],
            &["member", "list", "-w", "table"],
            &["alarm", "list"],
        ] {
            let want = etcdctl(&tc, 0, args).ok();
            let got = ours(&tc, args).ok();
            assert_eq!(got.text(), want.text(), "{v:?} {args:?}");
        }
        let args = ["get", "/registry/demo/", "--prefix", "-w", "json"];
        let (want, got) = (
            etcdctl(&tc, 0, &args).ok().json(),
            ours(&tc, &args).ok().json(),
        );
        assert_eq!(got["kvs"], want["kvs"]);
        assert_eq!(got["header"]["cluster_id"], want["header"]["cluster_id"]);
        // Endpoint status: the same numbers, with the pod's name as the endpoint.
        let want = etcdctl(&tc, 0, &["endpoint", "status", "-w", "json"])
            .ok()
            .json();
        let got = ours(&tc, &["endpoint", "status", "-w", "json"]).ok().json();
        assert_eq!(got[0]["Endpoint"], tc.etcd_pod_name(0).as_str());
        // dbSize moves: the API server keeps writing.
        for field in ["version", "leader", "raftTerm"] {
            assert_eq!(got[0]["Status"][field], want[0]["Status"][field], "{field}");
        }
        assert_eq!(
            got[0]["Status"]["header"]["member_id"],
            want[0]["Status"]["header"]["member_id"]
        );
        ours(&tc, &["endpoint", "health"]).ok();
        // `version` names the server's version as etcd itself reports it.
        let server = want[0]["Status"]["version"].as_str().unwrap().to_string();
        let version = ours(&tc, &["version"]).ok().text();
        assert!(
            version.contains(env!("CARGO_PKG_VERSION"))
                && version.contains(&format!(": {server}\n")),
            "{version}"
        );
        // Writes go through too.
        ours(&tc, &["put", "/registry/demo/c", "3"]).ok();
        assert_eq!(
            etcdctl(&tc, 0, &["get", "/registry/demo/c", "--print-value-only"])
                .ok()
                .text(),
            "3\n"
        );
        assert!(
            helper_pods(&tc).is_empty(),
            "helper pods left: {:?}",
            helper_pods(&tc)
        );
    }
}

#[test]
fn status_reports_every_member_of_a_three_node_cluster() {
    let tc = start(3, EtcdVersion::V35);
    let out = ours(&tc, &["status", "-o", "json"]).ok();
    let rows = out.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row["pod"], tc.etcd_pod_name(i).as_str());
        assert_eq!(row["node"], tc.node_name(i).as_str());
        assert_eq!(row["healthy"], true);
        // kubeadm (and the test control plane) issue server certificates for a year.
        let days = row["serverCertDaysLeft"].as_i64().unwrap();
        assert!((363..=365).contains(&days), "{days}");
    }
    assert_eq!(rows.iter().filter(|r| r["isLeader"] == true).count(), 1);
    let table = ours(&tc, &["status"]).ok().text();
    for i in 0..3 {
        assert!(table.contains(&tc.etcd_pod_name(i)), "{table}");
    }
    // One member by node or by name.
    let one = ours(
        &tc,
        &[
            "endpoint",
            "status",
            "--node",
            &tc.node_name(1),
            "-w",
            "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["Endpoint"], tc.etcd_pod_name(1).as_str());
    let bad = ours(&tc, &["endpoint", "status", "--member", "nope"]);
    fails(&bad, &["no etcd member matches nope", "members are:"]);
    // `kubectl etcd status --node <TAB>` / `--member <TAB>` through the real kubectl: the
    // names etcd itself reports (member list) and the nodes the pods run on.
    let dir = tempfile::tempdir().unwrap();
    for link in ["kubectl-etcd", "kubectl_complete-etcd"] {
        std::os::unix::fs::symlink(ours_path(), dir.path().join(link)).unwrap();
    }
    let complete = |flag: &str| -> Vec<String> {
        let out = std::process::Command::new("kubectl")
            .env("PATH", format!("{}:/usr/bin:/bin", dir.path().display()))
            .args(["__complete", "etcd"])
            .arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
            .args(["status", flag, ""])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(String::from)
            .collect()
    };
    let mut nodes: Vec<String> = (0..3).map(|i| tc.node_name(i)).collect();
    nodes.sort();
    nodes.push(":4".into());
    assert_eq!(complete("--node"), nodes);
    let listed = etcdctl(&tc, 0, &["member", "list", "-w", "json"])
        .ok()
        .json();
    let mut names: Vec<String> = listed["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names.push(":4".into());
    assert_eq!(complete("--member"), names);
    assert!(helper_pods(&tc).is_empty());
}

#[test]
fn snapshot_save_through_the_api_server() {
    for v in versions() {
        let tc = start(1, v);
        for i in 0..20 {
            etcdctl(
                &tc,
                0,
                &["put", &format!("/registry/configmaps/default/c{i}"), "x"],
            )
            .ok();
        }
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("backup.db");
        let out = ours(&tc, &["snapshot", "save", file.to_str().unwrap()]).ok();
        assert!(
            out.text().starts_with("Snapshot saved at"),
            "{}",
            out.text()
        );
        // The reference tool reads the same database.
        let (tool, dir35) = match v {
            EtcdVersion::V34 => (PathBuf::from("/usr/bin/etcdctl"), false),
            _ => (
                PathBuf::from("/opt/kubectl-etcd-test/etcd-3.5/usr/bin/etcdutl"),
                true,
            ),
        };
        let _ = dir35;
        let mut cmd = clean(tool);
        cmd.args(["snapshot", "status", "-w", "json"]).arg(&file);
        let want = run(cmd, None).ok().json();
        let got = crate::support::run::ours_raw(&[
            "snapshot",
            "status",
            file.to_str().unwrap(),
            "-w",
            "json",
        ])
        .ok()
        .json();
        assert_eq!(got, want);
        let keys = crate::support::run::ours_raw(&[
            "get",
            "--snapshot",
            file.to_str().unwrap(),
            "/registry/configmaps/",
            "--prefix",
            "--count-only",
        ])
        .ok();
        assert_eq!(keys.text(), "20\n");
        assert!(helper_pods(&tc).is_empty());
    }
}

#[test]
fn snapshot_save_picks_the_most_up_to_date_member() {
    let tc = start(3, EtcdVersion::V35);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("b.db");
    let out = ours(&tc, &["snapshot", "save", file.to_str().unwrap()]).ok();
    assert!(
        out.stderr.contains("Saving from member etcd-"),
        "{}",
        out.stderr
    );
    assert!(file.exists());
}

#[test]
fn private_keys_never_touch_the_disk() {
    let tc = start(1, EtcdVersion::V35);
    let key = std::fs::read_to_string(tc.etcd_pki(0).join("server.key")).unwrap();
    // The longest base64 line of the key: unique enough to find any copy.
    let needle = key.lines().max_by_key(|l| l.len()).unwrap().to_string();
    let cwd = tempfile::tempdir().unwrap();
    let mut cmd = clean(ours_path());
    cmd.current_dir(cwd.path())
        .arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
        .args(["status"]);
    run(cmd, None).ok();
    let node_pki = tc.etcd_pki(0);
    let mut copies = Vec::new();
    for root in [
        PathBuf::from("/tmp"),
        PathBuf::from("/var/tmp"),
        PathBuf::from("/dev/shm"),
        cwd.path().to_path_buf(),
        dirs_home(),
    ] {
        find(&root, &needle, &node_pki, tc.dir(), &mut copies, 0);
    }
    assert!(copies.is_empty(), "the key was found in {copies:?}");
}

fn dirs_home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/root"))
}

/// Files under `dir` containing `needle`, skipping the node's own PKI and other test clusters.
fn find(
    dir: &Path,
    needle: &str,
    own: &Path,
    cluster_dir: &Path,
    out: &mut Vec<PathBuf>,
    depth: usize,
) {
    if depth > 6 || dir.starts_with(own) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let Ok(meta) = e.metadata() else { continue };
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        // Other tests' clusters hold their own keys; ours only in its node's pki.
        if name.starts_with("kubectl-etcd-testcluster-") && !p.starts_with(cluster_dir) {
            continue;
        }
        if meta.is_dir()
            && !meta.file_type().is_symlink()
            && name != "target"
            && name != ".cargo"
            && name != ".rustup"
        {
            find(&p, needle, own, cluster_dir, out, depth + 1);
        } else if meta.is_file() && meta.len() < 1 << 20 {
            if let Ok(data) = std::fs::read(&p) {
                if data.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                    out.push(p);
                }
            }
        }
    }
}

#[test]
fn kubeconfig_flags_and_errors() {
    let tc = start(1, EtcdVersion::V35);
    // KUBECONFIG with a list, and --context.
    let mut cmd = clean(ours_path());
    cmd.env(
        "KUBECONFIG",
        format!(
            "{}:{}",
            tc.kubeconfig().display(),
            tc.kubeconfig().display()
        ),
    )
    .args(["member", "list", "--context", "kubernetes-admin@kubernetes"]);
    run(cmd, None).ok();
    let out = ours(&tc, &["member", "list", "--context", "no-such-context"]);
    fails(&out, &["no-such-context"]);
    let out = crate::support::run::ours_raw(&[
        "member",
        "list",
        "--kubeconfig",
        "/nonexistent/kubeconfig",
    ]);
    fails(
        &out,
        &[
            "cannot read --kubeconfig /nonexistent/kubeconfig",
            "hint: pass --endpoints",
        ],
    );
    // No etcd pod where we look (no pod at all: what a managed cluster looks like).
    let out = ours(&tc, &["member", "list", "--etcd-namespace", "default"]);
    fails(
        &out,
        &[
            "no etcd pod and no control-plane pods in default",
            "hint: on a managed cluster",
        ],
    );
}

#[test]
fn rbac_refusals_name_the_missing_permission() {
    let tc = start(1, EtcdVersion::V35);
    tc.deny("list", "pods");
    let out = ours(&tc, &["member", "list"]);
    fails(
        &out,
        &[
            "cannot list pods in kube-system",
            "forbidden",
            "hint: kubectl-etcd needs",
        ],
    );
    tc.allow_all();
    tc.deny("create", "pods");
    let out = ours(&tc, &["member", "list"]);
    fails(
        &out,
        &["cannot create the helper pod", "hint: kubectl-etcd needs"],
    );
    tc.allow_all();
    ours(&tc, &["member", "list"]).ok();
}

#[test]
fn an_unpullable_helper_image_is_explained_and_cleaned_up() {
    let tc = start(1, EtcdVersion::V35);
    let out = ours(
        &tc,
        &[
            "member",
            "list",
            "--helper-image",
            "registry.invalid/nothing:1",
        ],
    );
    fails(
        &out,
        &[
            "image registry.invalid/nothing:1 cannot be pulled",
            "hint: pass --helper-image",
        ],
    );
    assert!(helper_pods(&tc).is_empty(), "{:?}", helper_pods(&tc));
}

#[test]
fn ctrl_c_leaves_no_helper_pod() {
    let tc = start(1, EtcdVersion::V35);
    // Stall the exec so that the helper pod surely exists when the signal comes.
    tc.delay_requests("/exec", Duration::from_secs(20), Some(1));
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
        .args(["member", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = cmd.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while helper_pods(&tc).is_empty() {
        assert!(Instant::now() < deadline, "no helper pod appeared");
        std::thread::sleep(Duration::from_millis(50));
    }
    // At once: the Ctrl-C listener exists from the start, so a signal that comes before the
    // command waits for it is still heard (it once needed a sleep here).
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let out = wait_bounded(child, "kubectl-etcd after a signal");
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(helper_pods(&tc).is_empty(), "{:?}", helper_pods(&tc));
}

/// What users hit on clusters unlike kubeadm's, and when the API server drops the stream.
#[test]
fn direct_external_managed_and_a_dropped_port_forward() {
    let tc = start(1, EtcdVersion::V35);
    etcdctl(&tc, 0, &["put", "/registry/demo/a", "1"]).ok();

    // --direct: the member's advertised URL, no port-forward; same answer as etcdctl.
    let args = ["get", "/registry/demo/", "--prefix", "-w", "json"];
    let mut direct = vec!["--direct"];
    direct.extend(args);
    assert_eq!(
        ours(&tc, &direct).ok().json()["kvs"],
        etcdctl(&tc, 0, &args).ok().json()["kvs"]
    );

    // No etcd pod, but kube-apiserver names its --etcd-servers: an external etcd. (A
    // namespace of its own: kube-system has the real etcd, found by name as a fallback.)
    let apiserver = serde_json::json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "kube-apiserver-cp-0", "namespace": "cp",
                     "labels": {"component": "kube-apiserver", "tier": "control-plane"}},
        "spec": {"nodeName": tc.node_name(0), "containers": [{
            "name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.31.0",
            "command": ["kube-apiserver", "--etcd-servers=https://10.0.0.9:2379"]}]}
    });
    let kubectl = |args: &[&str], stdin: Option<&[u8]>| {
        let mut cmd = clean("kubectl");
        cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
            .args(args);
        run(cmd, stdin)
    };
    let ns =
        serde_json::json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "cp"}});
    for doc in [ns, apiserver] {
        kubectl(&["apply", "-f", "-"], Some(doc.to_string().as_bytes())).ok();
    }
    let out = ours(&tc, &["--etcd-namespace", "cp", "member", "list"]);
    fails(
        &out,
        &[
            "this cluster uses an external etcd at https://10.0.0.9:2379",
            "hint: reach it directly: kubectl etcd --endpoints https://10.0.0.9:2379",
        ],
    );
    // Neither etcd nor control-plane pods: a managed cluster.
    kubectl(
        &[
            "-n",
            "cp",
            "delete",
            "pod",
            "kube-apiserver-cp-0",
            "--wait=false",
        ],
        None,
    )
    .ok();
    let out = ours(&tc, &["--etcd-namespace", "cp", "member", "list"]);
    fails(
        &out,
        &[
            "no etcd pod and no control-plane pods",
            "on a managed cluster",
        ],
    );

    // The API server drops the port-forward in the middle of a snapshot: an error, and no
    // file, whole or partial.
    let value = vec![b'x'; 1 << 20];
    for i in 0..64 {
        etcdctl_with_stdin(&tc, 0, &["put", &format!("/big/{i}")], Some(&value)).ok();
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.db");
    let part = dir.path().join("backup.db.part");
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
        .args(cert_args(&tc, 0))
        .args(["snapshot", "save", file.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = cmd.spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::fs::metadata(&part).map(|m| m.len()).unwrap_or(0) == 0 {
        assert!(Instant::now() < deadline, "the snapshot never started");
        std::thread::sleep(Duration::from_millis(5));
    }
    tc.drop_connections();
    let out = wait_bounded(child, "kubectl-etcd after a signal");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{stderr}");
    assert!(
        stderr.contains("Error: snapshot save from etcd-cp-0 failed")
            && stderr.contains("hint: no snapshot was saved"),
        "{stderr}"
    );
    assert!(!file.exists(), "a snapshot was left under the final name");
    assert!(!part.exists(), "the .part file was left behind");
}
