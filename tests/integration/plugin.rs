//! The real kubectl finds and runs the plugin (`kubectl etcd …`).

use std::path::Path;

use crate::support::etcd::{Cluster, Version};
use crate::support::run::{clean, etcdctl, ours_path, run};

fn kubectl(path_dir: &Path, args: &[String]) -> crate::support::run::Out {
    let mut cmd = clean("/usr/bin/kubectl");
    cmd.env("PATH", format!("{}:/usr/bin:/bin", path_dir.display()))
        .env("KUBECONFIG", "/nonexistent")
        .args(args);
    run(cmd, None)
}

#[test]
fn kubectl_finds_and_runs_the_plugin() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(ours_path(), dir.path().join("kubectl-etcd")).unwrap();
    let list = kubectl(dir.path(), &["plugin".into(), "list".into()]).ok();
    assert!(list.text().contains("kubectl-etcd"), "{}", list.text());

    let c = Cluster::start(Version::V35);
    etcdctl(&c, &["put", "/via/kubectl", "yes"]).ok();
    let mut args = vec!["etcd".to_string(), format!("--endpoints={}", c.endpoint())];
    args.extend(c.tls_args());
    args.extend([
        "get".into(),
        "/via/".into(),
        "--prefix".into(),
        "-w".into(),
        "json".into(),
    ]);
    let got = kubectl(dir.path(), &args).ok().json();
    let want = etcdctl(&c, &["get", "/via/", "--prefix", "-w", "json"])
        .ok()
        .json();
    assert_eq!(got, want);
    // kubectl passes our exit code through.
    let bad = kubectl(dir.path(), &["etcd".into(), "get".into(), "k".into()]);
    assert_eq!(bad.code, 128, "{}", bad.stderr);
}
