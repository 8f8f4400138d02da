//! `-o yaml|json` byte for byte as the real kubectl prints the same objects (from a snapshot
//! and online), and `-w fields`
//! byte for byte as etcdctl prints it.
//!
//! kubectl formats on the client (sigs.k8s.io/yaml, encoding/json): the server only supplies
//! the JSON. Two ways to hand kubectl that JSON:
//! * every real-apiserver fixture through `kubectl patch --local -f OBJECT.json -p {}`, which
//!   prints the unchanged object with the same printer as `kubectl get` (no server needed,
//!   and no server of ours could serve all 60 types);
//! * ConfigMaps full of tricky strings served by the test control plane and read with
//!   `kubectl get` itself, one object and as a `List`.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::support::controlplane::{self, etcdctl_with_stdin};
use crate::support::etcd::{Cluster, Version};
use crate::support::run::{clean, etcdctl, ours, ours_raw, run, Out};

/// The real-apiserver fixtures (beside the checkout, or where KUBECTL_ETCD_FIXTURES says).
fn fixtures() -> PathBuf {
    std::env::var_os("KUBECTL_ETCD_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/real-apiserver")
        })
}

fn kubectl_local(file: &Path, format: &str) -> Out {
    let mut cmd = clean("kubectl");
    cmd.env("KUBECONFIG", "/dev/null").args([
        "patch",
        "--local",
        "-f",
        file.to_str().unwrap(),
        "-p",
        "{}",
        "--type",
        "merge",
        "-o",
        format,
    ]);
    run(cmd, None)
}

#[test]
fn every_fixture_prints_as_kubectl_prints_it() {
    let dir = fixtures();
    let index: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    assert_eq!(index.len(), 263, "the fixture set changed");
    let snap = dir.join("snapshot.db");
    let enc = dir.join("encryption-config.yaml");
    // Online too: an etcd loaded with the same snapshot.
    let live = Cluster::start_from_snapshot(Version::V35, &snap);
    let live = &live;
    let chunks: Vec<&[Value]> = index.chunks(index.len().div_ceil(4)).collect();
    let bad: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                let (dir, snap, enc) = (&dir, &snap, &enc);
                s.spawn(move || {
                    let mut bad = Vec::new();
                    for e in chunk.iter() {
                        let key = e["key"].as_str().unwrap();
                        let file = dir.join(e["file"].as_str().unwrap());
                        for format in ["yaml", "json"] {
                            let want = kubectl_local(&file, format).ok();
                            let got = ours_raw(&[
                                "get",
                                "--snapshot",
                                snap.to_str().unwrap(),
                                key,
                                "-o",
                                format,
                                "--encryption-config",
                                enc.to_str().unwrap(),
                            ]);
                            let online = ours(
                                live,
                                &[
                                    "get",
                                    key,
                                    "-o",
                                    format,
                                    "--encryption-config",
                                    enc.to_str().unwrap(),
                                ],
                            );
                            for (mode, got) in [("snapshot", got), ("online", online)] {
                                if got.code != 0 || got.stdout != want.stdout {
                                    bad.push(format!(
                                        "{key} -o {format} ({mode}): exit {} {}\n{}",
                                        got.code,
                                        got.stderr,
                                        first_difference(&want.text(), &got.text())
                                    ));
                                }
                            }
                        }
                    }
                    bad
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(bad.is_empty(), "{} differ:\n{}", bad.len(), bad.join("\n"));
}

fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n kubectl: {w}\n    ours: {g}", i + 1);
        }
    }
    format!(
        "lengths differ: kubectl {} lines, ours {}",
        want.lines().count(),
        got.lines().count()
    )
}

/// Strings that YAML 1.1 readers would take for something else, or that need quotes,
/// escapes, block scalars or folding; then random mixtures of their pieces.
fn tricky_strings() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        " ",
        "  lead",
        "trail ",
        "true",
        "False",
        "yes",
        "No",
        "on",
        "OFF",
        "y",
        "n",
        "~",
        "null",
        "Null",
        "NULL",
        "0",
        "-1",
        "+1",
        "007",
        "08",
        "0x1F",
        "0o17",
        "0b101",
        "1_000",
        "1e3",
        "1E-3",
        ".5",
        "-.5",
        ".inf",
        "-.Inf",
        ".NaN",
        "1.",
        "3.14",
        "1:20",
        "190:20:30",
        "12:30:45.5",
        "2026-11-22T06:08:31Z",
        "2025-03-01",
        "2025-3-1",
        "2025-02-30",
        "2001-12-14t21:59:43.10-05:00",
        "2001-12-14 21:59:43.10",
        "2001-12-15 2:59:43.10",
        "99999999999999999999",
        "18446744073709551615",
        "-9223372036854775808",
        "*",
        "&a",
        "!tag",
        "|",
        ">",
        "%",
        "@x",
        "`x",
        "#c",
        "a #c",
        "a#c",
        "key: v",
        "a:b",
        ":a",
        "? x",
        "?x",
        "- x",
        "-x",
        "-",
        "--",
        "---",
        "...",
        "[a]",
        "{a}",
        "a, b",
        "a]",
        "'q'",
        "\"q\"",
        "it's",
        "tab\there",
        "nl\n",
        "a\nb",
        "a\nb\n",
        "a\n\n",
        "\nlead",
        " a\nb",
        "a \nb",
        "a\n b",
        "cr\r\nlf",
        "nel\u{85}x",
        "nel \u{85}\u{85} x\u{85}",
        "nbsp\u{a0}x",
        // Line and paragraph separators: the API server's JSON escapes them (\u2028), so
        // kubectl's YAML reader sees the characters, not line breaks.
        "ls\u{2028}x",
        "ps\u{2029}x",
        "ls \u{2028}\u{2028} x\u{2029}",
        "\u{2028}",
        "é ü ß",
        "日本語",
        "emoji 😀",
        "bom\u{feff}x",
        "bell\u{7}",
        "esc\u{1b}",
        "nul\u{0}x",
        "<&>",
        "back\\slash",
        "=",
        "<<",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let long = "The quick brown fox jumps over the lazy dog and keeps running far beyond the \
                eightieth column of the line so that it must be folded somewhere";
    v.push(long.into());
    v.push(format!("'{long}'"));
    v.push(format!("{long}: yes"));
    v.push(format!("\t{long}"));
    v.push(format!(
        "{long}  two  spaces  between   words   and more words to fold here"
    ));
    v.push(format!("{long}\n{long}\n"));
    v.push("x".repeat(150));
    let pieces = [
        " ",
        "  ",
        "a",
        "1",
        "0",
        ":",
        "#",
        "-",
        "'",
        "\"",
        "\n",
        "\t",
        "é",
        "true",
        ".",
        "e5",
        "2026-01-02",
        "x y",
        "\\",
        "😀",
        "{",
        ",",
        "?",
    ];
    // A fixed linear congruential generator: the same strings on every run.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..400 {
        let mut s = String::new();
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let n = 1 + (seed >> 60) as usize;
        for _ in 0..n {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        v.push(s);
    }
    v
}

#[test]
fn tricky_strings_print_as_kubectl_get_prints_them() {
    let tc = controlplane::start(1, kubectl_etcd_testcluster::EtcdVersion::V35);
    let strings = tricky_strings();
    // Keys that sort differently in go-yaml's natural order than in byte order, or need quotes.
    let keys = [
        "a10", "a9", "a09", "_x", "B", "true", "1", "0x1F", ".5", "on", "-", "a.b", "a-1", "a_2",
    ];
    let mut names = Vec::new();
    for (n, chunk) in strings.chunks(60).enumerate() {
        let mut data = serde_json::Map::new();
        for (i, s) in chunk.iter().enumerate() {
            data.insert(format!("k{i}"), json!(s));
        }
        for (i, k) in keys.iter().enumerate() {
            data.insert(k.to_string(), json!(chunk[i % chunk.len()]));
        }
        let name = format!("tricky-{n}");
        let cm = json!({
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {
                "name": name,
                "namespace": "default",
                "uid": "8f7ab0f5-6f1e-4c53-9f0e-3d5bb7f1c0d2",
                "creationTimestamp": "2026-11-22T06:08:31Z",
                "labels": {"app": "tricky", "n": n.to_string()},
                "annotations": {"example.org/restartedAt": "2025-03-01T00:00:00Z", "note": chunk[0]},
            },
            "data": data,
        });
        let value = serde_json::to_vec(&cm).unwrap();
        etcdctl_with_stdin(
            &tc,
            0,
            &["put", &format!("/registry/configmaps/default/{name}")],
            Some(&value),
        )
        .ok();
        names.push(name);
    }
    let kubectl = |args: &[&str]| {
        let mut cmd = clean("kubectl");
        cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
            .args(args);
        run(cmd, None).ok()
    };
    for format in ["yaml", "json"] {
        for name in &names {
            let want = kubectl(&["get", "configmap", name, "-n", "default", "-o", format]);
            let got = controlplane::ours(
                &tc,
                &["get", "configmap", name, "-n", "default", "-o", format],
            )
            .ok();
            assert!(
                got.stdout == want.stdout,
                "{name} -o {format}: {}",
                first_difference(&want.text(), &got.text())
            );
        }
        // A list: kubectl prints a `List` with the items.
        let want = kubectl(&[
            "get",
            "configmaps",
            "-n",
            "default",
            "-l",
            "app=tricky",
            "-o",
            format,
        ]);
        let got = controlplane::ours(
            &tc,
            &[
                "get",
                "configmaps",
                "-n",
                "default",
                "-l",
                "app=tricky",
                "-o",
                format,
            ],
        )
        .ok();
        assert!(
            got.stdout == want.stdout,
            "list -o {format}: {}",
            first_difference(&want.text(), &got.text())
        );
    }
}

#[test]
fn managed_fields_hidden_unless_asked_and_bad_values_reported_per_key() {
    let dir = fixtures();
    let snap = dir.join("snapshot.db");
    let s = snap.to_str().unwrap();
    let key = "/registry/deployments/fixtures/web";
    let hidden = ours_raw(&["get", "--snapshot", s, key, "-o", "json"])
        .ok()
        .json();
    assert!(hidden["metadata"].get("managedFields").is_none());
    let shown = ours_raw(&[
        "get",
        "--snapshot",
        s,
        key,
        "-o",
        "json",
        "--show-managed-fields",
    ])
    .ok()
    .json();
    let want: Value = serde_json::from_str(
        &std::fs::read_to_string(
            dir.join(
                serde_json::from_str::<Vec<Value>>(
                    &std::fs::read_to_string(dir.join("index.json")).unwrap(),
                )
                .unwrap()
                .iter()
                .find(|e| e["key"] == key)
                .unwrap()["file"]
                    .as_str()
                    .unwrap(),
            ),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(shown, want);
    assert!(shown["metadata"]["managedFields"].is_array());

    // A prefix with values that are no objects: the objects are printed, each bad key is
    // named with its reason, the exit code is 1.
    let c = Cluster::start(Version::V35);
    let index: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    let cm = index
        .iter()
        .find(|e| {
            e["kind"] == "ConfigMap" && e["encoding"] == "protobuf" && e["encrypted"] == false
        })
        .unwrap();
    let good = std::fs::read(dir.join(cm["value_file"].as_str().unwrap())).unwrap();
    let put = |k: &str, v: &[u8]| {
        let mut cmd = clean(Version::V35.etcdctl());
        cmd.arg(format!("--endpoints={}", c.endpoint()))
            .args(c.tls_args())
            .args(["put", k]);
        run(cmd, Some(v)).ok();
    };
    put("/registry/configmaps/x/good", &good);
    put("/registry/configmaps/x/truncated", &good[..good.len() / 2]);
    put(
        "/registry/configmaps/x/notjson",
        b"{\"apiVersion\": \"v1\", ",
    );
    put("/registry/configmaps/x/plain", b"hello");
    for format in ["json", "yaml"] {
        let out = ours(
            &c,
            &["get", "/registry/configmaps/x/", "--prefix", "-o", format],
        );
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        for bad in ["truncated", "notjson", "plain"] {
            assert!(
                out.stderr
                    .contains(&format!("/registry/configmaps/x/{bad}: ")),
                "{format}: {}",
                out.stderr
            );
        }
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
        let text = out.text();
        assert!(
            text.contains("kind: List") || text.contains("\"kind\": \"List\""),
            "{text}"
        );
        assert_eq!(
            text.matches("resourceVersion").count(),
            2,
            "one object and the List: {text}"
        );
    }
}

#[test]
fn fields_output_as_etcdctl_prints_it() {
    for v in Version::all() {
        let c = Cluster::start(v);
        etcdctl(&c, &["put", "/f/a", "1"]).ok();
        etcdctl(&c, &["put", "/f/b", "tab\there \"q\" é \u{1}"]).ok();
        let mut cases = vec![
            &["get", "/f/", "--prefix", "-w", "fields"][..],
            &["get", "/f/", "--prefix", "--keys-only", "-w", "fields"],
            &["get", "/f/a", "-w", "fields"],
            &["get", "/f/", "--prefix", "--limit", "1", "-w", "fields"],
        ];
        if v != Version::V34 {
            // etcdctl 3.4 has no --count-only.
            cases.push(&["get", "/f/", "--prefix", "--count-only", "-w", "fields"]);
        }
        for args in cases {
            let want = etcdctl(&c, args).ok();
            let got = ours(&c, args).ok();
            assert_eq!(got.text(), want.text(), "{v:?} {args:?}");
        }
    }
}
