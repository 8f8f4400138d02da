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
    assert_eq!(
        values,
        ["simple", "json", "table", "yaml", "fields", ":4"],
        "{out}"
    );
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

/// What `kubectl etcd … <TAB>` offers for the words given (values only, directive last).
fn completions(dir: &Path, words: &[String]) -> Vec<String> {
    let mut args = vec!["__complete".to_string(), "etcd".to_string()];
    args.extend(words.iter().cloned());
    kubectl(dir, &args)
        .ok()
        .text()
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

/// The next path segment of each key under `prefix`, computed from etcdctl's key list.
fn segments(keys: &str, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = keys
        .lines()
        .filter(|k| k.starts_with(prefix))
        .map(|k| match k[prefix.len()..].find('/') {
            Some(i) => k[..prefix.len() + i + 1].to_string(),
            None => k.to_string(),
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn kubectl_completes_contexts_and_keys() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(ours_path(), dir.path().join("kubectl-etcd")).unwrap();
    std::os::unix::fs::symlink(ours_path(), dir.path().join("kubectl_complete-etcd")).unwrap();
    let w = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();

    // Kubeconfig names, from the file --kubeconfig names.
    let kc = dir.path().join("kubeconfig");
    std::fs::write(
        &kc,
        "apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster: {server: 'https://127.0.0.1:1'}\n- name: lab\n  cluster: {server: 'https://127.0.0.1:2'}\nusers:\n- name: admin\n  user: {token: t}\ncontexts:\n- name: prod-admin\n  context: {cluster: prod, user: admin}\n- name: lab-admin\n  context: {cluster: lab, user: admin}\ncurrent-context: prod-admin\n",
    )
    .unwrap();
    let kc = format!("--kubeconfig={}", kc.display());
    assert_eq!(
        completions(dir.path(), &w(&[&kc, "status", "--context", ""])),
        ["lab-admin", "prod-admin", ":4"]
    );
    assert_eq!(
        completions(dir.path(), &w(&[&kc, "get", "--cluster", "p"])),
        ["prod", ":4"]
    );
    assert_eq!(
        completions(dir.path(), &w(&[&kc, "--user", ""])),
        ["admin", ":4"]
    );

    // Keys, online (direct mode) and from a snapshot, against etcdctl's list of the same keys.
    let c = Cluster::start(Version::V35);
    for k in [
        "/registry/pods/a/p1",
        "/registry/pods/b/p2",
        "/registry/secrets/a/s",
        "/other",
    ] {
        etcdctl(&c, &["put", k, "v"]).ok();
    }
    let keys: String = etcdctl(&c, &["get", "", "--prefix", "--keys-only"])
        .ok()
        .text()
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let mut online = vec![format!("--endpoints={}", c.endpoint())];
    online.extend(c.tls_args());
    let snap = dir.path().join("backup.db");
    etcdctl(&c, &["snapshot", "save", snap.to_str().unwrap()]).ok();
    let offline = vec![format!("--snapshot={}", snap.display())];
    for flags in [online, offline] {
        for prefix in ["/", "/registry/", "/registry/pods/", "/registry/s"] {
            let mut words = flags.clone();
            words.extend(w(&["get", prefix]));
            let mut want = segments(&keys, prefix);
            want.push(":6".into());
            assert_eq!(completions(dir.path(), &words), want, "{flags:?} {prefix}");
        }
    }
}
