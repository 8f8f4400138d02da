//! Recovering objects from backups: kubectl-style addressing mapped to kube-apiserver's real
//! key layout, apply-ready extraction, and diffs between backups and the live cluster.

use std::path::{Path, PathBuf};

use kubectl_etcd_testcluster::{EtcdVersion, Options, TestCluster};
use serde_json::Value;

use crate::support::controlplane::kubectl;
use crate::support::run::{clean, ours_path, ours_raw, run, Out};

/// The real-apiserver fixtures (beside the checkout, or where KUBECTL_ETCD_FIXTURES says).
fn fixtures() -> PathBuf {
    std::env::var_os("KUBECTL_ETCD_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/real-apiserver")
        })
}

/// Fields the API server sets; an extracted object must carry none of them.
const SERVER_SET: [&str; 6] = [
    "resourceVersion",
    "uid",
    "creationTimestamp",
    "managedFields",
    "generation",
    "ownerReferences",
];

/// Every field of `part` is in `whole` with the same value.
fn is_subset(part: &Value, whole: &Value) -> bool {
    match (part, whole) {
        (Value::Object(p), Value::Object(w)) => p
            .iter()
            .all(|(k, v)| w.get(k).is_some_and(|wv| is_subset(v, wv))),
        _ => part == whole,
    }
}

#[test]
fn every_real_object_is_addressable_and_extracts_apply_ready() {
    let dir = fixtures();
    let snap = dir.join("snapshot.db");
    let enc = dir.join("encryption-config.yaml");
    let index: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    let mut failures = Vec::new();
    for e in index.as_array().unwrap() {
        let key = e["key"].as_str().unwrap();
        let resource = e["resource"].as_str().unwrap();
        let group_dir = key.split('/').nth(2).unwrap_or_default();
        // Custom resources are addressed as <plural>.<group>, like kubectl.
        let word = if group_dir.contains('.')
            && group_dir != "apiextensions.k8s.io"
            && group_dir != "apiregistration.k8s.io"
        {
            format!("{resource}.{group_dir}")
        } else {
            resource.to_string()
        };
        let name = e["name"].as_str().unwrap();
        let mut args = vec![
            "snapshot".to_string(),
            "extract".into(),
            snap.display().to_string(),
            format!("{word}/{name}"),
            "-o".into(),
            "json".into(),
        ];
        args.push(format!("--encryption-config={}", enc.display()));
        if let Some(ns) = e["namespace"].as_str().filter(|n| !n.is_empty()) {
            args.push(format!("--namespace={ns}"));
        }
        let out = ours_raw(&args.iter().map(String::as_str).collect::<Vec<_>>());
        if out.code != 0 {
            failures.push(format!("{key} as {word}/{name}: {}", out.stderr));
            continue;
        }
        let list = out.json();
        let object = &list["items"][0];
        let original: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(e["file"].as_str().unwrap())).unwrap(),
        )
        .unwrap();
        let meta = &object["metadata"];
        if SERVER_SET.iter().any(|f| meta.get(*f).is_some()) || object.get("status").is_some() {
            failures.push(format!("{key}: server-set fields left: {meta}"));
        }
        if !is_subset(object, &original)
            || object["metadata"]["name"] != original["metadata"]["name"]
        {
            failures.push(format!(
                "{key}: extracted object is not the original minus server fields:\n{object}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn ours(tc: &TestCluster, args: &[&str]) -> Out {
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
        .args(args);
    run(cmd, None)
}

fn changes(out: &Out, namespace: &str) -> Vec<(String, String, String)> {
    let mut v: Vec<(String, String, String)> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| {
            c["name"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{namespace}/"))
        })
        .map(|c| {
            (
                c["resource"].as_str().unwrap().into(),
                c["name"].as_str().unwrap().into(),
                c["change"].as_str().unwrap().into(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn diff_then_extract_brings_deleted_objects_back() {
    let tc = TestCluster::start(Options {
        nodes: 1,
        etcd_version: EtcdVersion::V35,
        ..Default::default()
    })
    .unwrap();
    // kubectl create sends protobuf, which the test control plane does not speak: apply JSON.
    let apply =
        |doc: Value| kubectl(&tc, &["apply", "-f", "-"], Some(doc.to_string().as_bytes())).ok();
    let cm = |name: &str, data: Value| serde_json::json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": "shop"}, "data": data});
    apply(
        serde_json::json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}}),
    );
    apply(cm("cfg", serde_json::json!({"color": "blue"})));
    apply(cm("gone", serde_json::json!({"a": "1"})));
    apply(
        serde_json::json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s", "namespace": "shop"}, "data": {"password": "aHVudGVyMg=="}}),
    );
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.db");
    ours(&tc, &["snapshot", "save", a.to_str().unwrap()]).ok();
    // The object as the API server shows it at each backup: the truth the diff must match.
    let cfg = || {
        kubectl(&tc, &["-n", "shop", "get", "cm", "cfg", "-o", "json"], None)
            .ok()
            .json()
    };
    let cfg_a = cfg();

    // Change, add, delete.
    kubectl(
        &tc,
        &["replace", "-f", "-"],
        Some(
            cm("cfg", serde_json::json!({"color": "red"}))
                .to_string()
                .as_bytes(),
        ),
    )
    .ok();
    let cfg_b = cfg();
    apply(cm("new", serde_json::json!({"b": "2"})));
    kubectl(&tc, &["-n", "shop", "delete", "configmap", "gone"], None).ok();
    kubectl(&tc, &["-n", "shop", "delete", "secret", "s"], None).ok();
    let b = dir.path().join("b.db");
    ours(&tc, &["snapshot", "save", b.to_str().unwrap()]).ok();

    let expected = vec![
        (
            "configmaps".to_string(),
            "shop/cfg".to_string(),
            "modified".to_string(),
        ),
        ("configmaps".into(), "shop/gone".into(), "deleted".into()),
        ("configmaps".into(), "shop/new".into(), "added".into()),
        ("secrets".into(), "shop/s".into(), "deleted".into()),
    ];
    let between = ours_raw(&[
        "snapshot",
        "diff",
        a.to_str().unwrap(),
        "--against",
        b.to_str().unwrap(),
        "-o",
        "json",
    ])
    .ok();
    assert_eq!(changes(&between, "shop"), expected);

    // One object, field by field: exactly what kubectl saw change, nothing else.
    let one = ours_raw(&[
        "snapshot",
        "diff",
        a.to_str().unwrap(),
        "--against",
        b.to_str().unwrap(),
        "configmap/cfg",
        "-n",
        "shop",
    ])
    .ok()
    .text();
    let mut changed: Vec<&str> = one
        .lines()
        .filter(|l| {
            (l.starts_with('-') || l.starts_with('+'))
                && !l.starts_with("---")
                && !l.starts_with("+++")
        })
        .collect();
    changed.sort();
    // kubectl replace changed the data, dropped apply's annotation, and got a new
    // resourceVersion.
    let rv = |o: &Value| {
        o["metadata"]["resourceVersion"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let applied = cfg_a["metadata"]["annotations"]
        ["kubectl.kubernetes.io/last-applied-configuration"]
        .as_str()
        .unwrap()
        .trim_end()
        .to_string();
    assert!(cfg_b["metadata"].get("annotations").is_none());
    assert_eq!(
        (&cfg_a["data"]["color"], &cfg_b["data"]["color"]),
        (&"blue".into(), &"red".into())
    );
    let lines = [
        "-  annotations:".to_string(),
        "-    kubectl.kubernetes.io/last-applied-configuration: |".into(),
        format!("-      {applied}"),
        "-  color: blue".into(),
        "+  color: red".into(),
        format!("-  resourceVersion: \"{}\"", rv(&cfg_a)),
        format!("+  resourceVersion: \"{}\"", rv(&cfg_b)),
    ];
    let mut want: Vec<&str> = lines.iter().map(String::as_str).collect();
    want.sort();
    assert_eq!(changed, want, "{one}");
    assert!(
        one.starts_with("--- /registry/configmaps/shop/cfg ("),
        "{one}"
    );
    // A deleted object: every line removed; -o json carries the same diff.
    let gone = ours_raw(&[
        "snapshot",
        "diff",
        a.to_str().unwrap(),
        "--against",
        b.to_str().unwrap(),
        "cm",
        "gone",
        "-n",
        "shop",
        "-o",
        "json",
    ])
    .ok()
    .json();
    let d = gone[0]["diff"].as_str().unwrap();
    assert_eq!(gone[0]["change"], "deleted");
    assert!(d.contains("\n-  a: \"1\"\n") && d.contains("\n+++ "), "{d}");
    assert!(!d.lines().skip(2).any(|l| l.starts_with('+')), "{d}");
    let missing = ours_raw(&[
        "snapshot",
        "diff",
        a.to_str().unwrap(),
        "--against",
        b.to_str().unwrap(),
        "cm/never",
        "-n",
        "shop",
    ]);
    assert_ne!(missing.code, 0);
    assert!(
        missing
            .stderr
            .contains("/registry/configmaps/shop/never is neither in"),
        "{}",
        missing.stderr
    );
    let live = ours(
        &tc,
        &["snapshot", "diff", a.to_str().unwrap(), "-o", "json"],
    )
    .ok();
    assert_eq!(changes(&live, "shop"), expected);

    // Bring the deleted ones back exactly as they were.
    let yaml = ours_raw(&[
        "snapshot",
        "extract",
        a.to_str().unwrap(),
        "configmap/gone",
        "secret/s",
        "-n",
        "shop",
    ])
    .ok()
    .stdout;
    assert!(String::from_utf8_lossy(&yaml)
        .contains("# dropped (set by the API server): metadata.resourceVersion"));
    kubectl(&tc, &["apply", "-f", "-"], Some(&yaml)).ok();
    let gone = kubectl(
        &tc,
        &["-n", "shop", "get", "configmap", "gone", "-o", "json"],
        None,
    )
    .ok()
    .json();
    assert_eq!(gone["data"]["a"], "1");
    let s = kubectl(
        &tc,
        &["-n", "shop", "get", "secret", "s", "-o", "json"],
        None,
    )
    .ok()
    .json();
    assert_eq!(s["data"]["password"], "aHVudGVyMg==");
    // After the recovery only the intended differences remain.
    let after = ours(
        &tc,
        &["snapshot", "diff", a.to_str().unwrap(), "-o", "json"],
    )
    .ok();
    let names: Vec<String> = changes(&after, "shop")
        .into_iter()
        .map(|c| format!("{} {}", c.1, c.2))
        .collect();
    assert!(
        names.contains(&"shop/cfg modified".to_string())
            && names.contains(&"shop/new added".to_string()),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.contains("deleted")), "{names:?}");
}

#[test]
fn kubectl_style_addressing_in_get() {
    let snap = fixtures().join("snapshot.db");
    let s = snap.to_str().unwrap();
    let keys = |args: &[&str]| {
        let mut all = vec!["get", "--snapshot", s];
        all.extend(args);
        all.push("--keys-only");
        ours_raw(&all)
            .ok()
            .text()
            .lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keys(&["deploy", "web", "-n", "fixtures"]),
        ["/registry/deployments/fixtures/web"]
    );
    assert_eq!(
        keys(&["deployment/web", "-n", "fixtures"]),
        ["/registry/deployments/fixtures/web"]
    );
    assert_eq!(keys(&["deploy", "-n", "fixtures"]).len(), 2);
    assert!(keys(&["svc", "-A"])
        .iter()
        .all(|k| k.starts_with("/registry/services/specs/")));
    assert_eq!(keys(&["nodes"]), ["/registry/minions/vm"]);
    let labelled = keys(&["pods", "-A", "-l", "app=web"]);
    assert!(
        !labelled.is_empty() && labelled.iter().all(|k| k.contains("/web-")),
        "{labelled:?}"
    );
    // Raw keys keep working, and an unknown type with -n is an error, not a silent key.
    assert_eq!(
        keys(&["/registry/deployments/fixtures/web"]),
        ["/registry/deployments/fixtures/web"]
    );
    let out = ours_raw(&["get", "--snapshot", s, "deploymentz", "-n", "x"]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(
        out.stderr.contains("is not a resource type"),
        "{}",
        out.stderr
    );
}
