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
    // kubectl passes our exit code through (2: no endpoint and no kubeconfig here).
    let bad = kubectl(dir.path(), &["etcd".into(), "get".into(), "k".into()]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
}

#[test]
fn kubectl_completes_through_kubectl_complete_etcd() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(ours_path(), dir.path().join("kubectl-etcd")).unwrap();
    std::os::unix::fs::symlink(ours_path(), dir.path().join("kubectl_complete-etcd")).unwrap();
    let complete = |words: &[&str]| {
        let mut args = vec!["__complete".to_string(), "etcd".to_string()];
        args.extend(words.iter().map(|w| w.to_string()));
        kubectl(dir.path(), &args).ok().text()
    };
    let out = complete(&["snap"]);
    assert!(
        out.starts_with("snapshot\tSave, check and look inside snapshots"),
        "{out}"
    );
    assert!(out.trim_end().ends_with(":4"), "{out}");
    let out = complete(&["snapshot", ""]);
    for sub in ["save\t", "status\t", "verify\t"] {
        assert!(out.contains(sub), "{out}");
    }
    let out = complete(&["endpoint", "status", "-w", ""]);
    let values: Vec<&str> = out
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default())
        .collect();
    assert_eq!(values, ["simple", "json", "table", "yaml", ":4"], "{out}");
    assert!(complete(&["get", "k", "--pre"]).starts_with("--prefix\t"));
}

/// The checked-in completion scripts are what the current binary generates.
#[test]
fn completion_scripts_are_current() {
    for (shell, file) in [
        ("bash", "bash"),
        ("zsh", "zsh"),
        ("fish", "fish"),
        ("powershell", "ps1"),
    ] {
        let mut cmd = clean(ours_path());
        cmd.args(["completion", shell]);
        let generated = run(cmd, None).ok().stdout;
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("completions/kubectl-etcd.{file}"));
        let checked_in = std::fs::read(&path).unwrap_or_default();
        assert!(
            generated == checked_in,
            "{} is stale: regenerate with `cargo run -- completion {shell} > {}`",
            path.display(),
            path.display()
        );
    }
}
