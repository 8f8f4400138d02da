//! Decoding against what a real kube-apiserver (v1.36) wrote: every held-in object of
//! shared/fixtures/real-apiserver must come out as the API server's own JSON, from the
//! snapshot file and from a live etcd loaded with it.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::etcd::{Cluster, Version};
use crate::support::run::{ours, ours_raw, Out};

/// The real-apiserver fixtures (beside the checkout, or where KUBECTL_ETCD_FIXTURES says).
fn fixtures() -> PathBuf {
    std::env::var_os("KUBECTL_ETCD_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/real-apiserver")
        })
}

struct Fixture {
    key: String,
    object: Value,
}

fn index() -> Vec<Fixture> {
    let dir = fixtures();
    let index: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    let entries = index
        .as_array()
        .cloned()
        .or_else(|| index["objects"].as_array().cloned())
        .unwrap();
    entries
        .iter()
        .map(|e| Fixture {
            key: e["key"].as_str().unwrap().to_string(),
            object: serde_json::from_str(
                &std::fs::read_to_string(dir.join(e["file"].as_str().unwrap())).unwrap(),
            )
            .unwrap(),
        })
        .collect()
}

/// Runs `get KEY -o json --show-managed-fields` for every fixture on 4 threads; returns mismatches.
fn check_all(run_get: impl Fn(&str) -> Out + Sync) -> Vec<String> {
    let all = index();
    assert_eq!(all.len(), 263, "the fixture set changed");
    let chunks: Vec<&[Fixture]> = all.chunks(all.len().div_ceil(4)).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                let run_get = &run_get;
                s.spawn(move || {
                    let mut bad = Vec::new();
                    for f in chunk.iter() {
                        let out = run_get(&f.key);
                        if out.code != 0 {
                            bad.push(format!("{}: exit {}: {}", f.key, out.code, out.stderr));
                        } else if out.json() != f.object {
                            bad.push(format!(
                                "{}: differs\n got: {}\nwant: {}",
                                f.key,
                                out.text(),
                                f.object
                            ));
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
    })
}

#[test]
fn every_object_decodes_from_the_snapshot() {
    let dir = fixtures();
    let (snap, enc) = (dir.join("snapshot.db"), dir.join("encryption-config.yaml"));
    let bad = check_all(|key| {
        ours_raw(&[
            "get",
            "--snapshot",
            snap.to_str().unwrap(),
            key,
            "-o",
            "json",
            "--show-managed-fields",
            "--encryption-config",
            enc.to_str().unwrap(),
        ])
    });
    assert!(
        bad.is_empty(),
        "{} of 263 differ:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn every_object_decodes_from_a_live_etcd_loaded_with_the_snapshot() {
    let dir = fixtures();
    let c = Cluster::start_from_snapshot(Version::V35, &dir.join("snapshot.db"));
    let enc = dir.join("encryption-config.yaml");
    let bad = check_all(|key| {
        ours(
            &c,
            &[
                "get",
                key,
                "-o",
                "json",
                "--show-managed-fields",
                "--encryption-config",
                enc.to_str().unwrap(),
            ],
        )
    });
    assert!(
        bad.is_empty(),
        "{} of 263 differ:\n{}",
        bad.len(),
        bad.join("\n")
    );
    // And secrets-audit reads the same storage online as offline.
    let online = ours(&c, &["secrets-audit", "-o", "json"]);
    let offline = ours_raw(&[
        "secrets-audit",
        "--snapshot",
        dir.join("snapshot.db").to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(online.json(), offline.json());
}

#[test]
fn yaml_and_terminal_output_show_objects_pipes_keep_bytes() {
    let dir = fixtures();
    let snap = dir.join("snapshot.db");
    let s = snap.to_str().unwrap();
    let key = "/registry/deployments/fixtures/web";
    // -o yaml is kubectl's: the object alone (byte-compared with kubectl in kubectl_output.rs).
    let yaml = ours_raw(&["get", "--snapshot", s, key, "-o", "yaml"])
        .ok()
        .text();
    assert!(
        yaml.starts_with("apiVersion: apps/v1\nkind: Deployment\n"),
        "{yaml}"
    );
    let doc: Value = serde_yaml::from_str(&yaml).unwrap();
    let mut want = index().into_iter().find(|f| f.key == key).unwrap().object;
    want["metadata"]
        .as_object_mut()
        .unwrap()
        .remove("managedFields");
    assert_eq!(serde_json::to_value(doc).unwrap(), want);
    // Piped simple output is etcdctl's: the stored protobuf, untouched.
    let raw = ours_raw(&["get", "--snapshot", s, key, "--print-value-only"])
        .ok()
        .stdout;
    assert!(raw.starts_with(b"k8s\0"), "{:?}", &raw[..8]);
    // -w is etcdctl's: the stored bytes in base64, --decode or not; -o with --raw is refused.
    let raw_json = ours_raw(&["get", "--snapshot", s, key, "-w", "json"])
        .ok()
        .json();
    assert!(raw_json["kvs"][0]["value"].is_string(), "{raw_json}");
    let out = ours_raw(&["get", "--snapshot", s, key, "-o", "yaml", "--raw"]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(out.stderr.contains("-w"), "{}", out.stderr);
}

#[test]
fn encrypted_secrets_need_the_right_config() {
    let dir = fixtures();
    let snap = dir.join("snapshot.db");
    let s = snap.to_str().unwrap();
    let key = "/registry/secrets/fixtures/gcm-opaque";
    // Without a config: shown as encrypted, naming provider and key.
    let out = ours_raw(&["get", "--snapshot", s, key, "--decode"])
        .ok()
        .text();
    assert!(
        out.contains("encrypted at rest with aesgcm key \"key2\""),
        "{out}"
    );
    assert!(out.contains("pass --encryption-config"), "{out}");
    // A config whose key2 is wrong: a decryption error, not garbage.
    let text = std::fs::read_to_string(dir.join("encryption-config.yaml")).unwrap();
    let wrong = tempfile::NamedTempFile::new().unwrap();
    let mut changed = false;
    let patched: Vec<String> = text
        .lines()
        .map(|l| {
            if !changed
                && l.trim_start().starts_with("secret:")
                && text[..text.find(l).unwrap()].contains("key2")
            {
                changed = true;
                let indent = &l[..l.len() - l.trim_start().len()];
                format!("{indent}secret: {}", base64_of(&[7u8; 32]))
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(
        changed,
        "could not find key2's secret in the fixture config"
    );
    std::fs::write(wrong.path(), patched.join("\n")).unwrap();
    let out = ours_raw(&[
        "get",
        "--snapshot",
        s,
        key,
        "--decode",
        "--encryption-config",
        wrong.path().to_str().unwrap(),
    ])
    .ok()
    .text();
    assert!(
        out.contains("cannot decrypt with aesgcm key \"key2\""),
        "{out}"
    );
    // A file that is not an EncryptionConfiguration.
    let out = ours_raw(&[
        "get",
        "--snapshot",
        s,
        key,
        "--decode",
        "--encryption-config",
        snap.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(out.stderr.contains("--encryption-config"), "{}", out.stderr);
}

fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[test]
fn secrets_audit_and_usage_on_a_real_snapshot() {
    let snap = fixtures().join("snapshot.db");
    let s = snap.to_str().unwrap();
    let out = ours_raw(&["secrets-audit", "--snapshot", s, "-o", "json"]);
    assert_eq!(
        out.code, 1,
        "plaintext Secrets fail the audit: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains("of 16 Secrets are stored in plaintext"),
        "{}",
        out.stderr
    );
    let rows = out.json();
    let fixture_rows: Vec<&Value> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["namespace"] == "fixtures")
        .collect();
    let count = |storage: &str, key: &str| {
        fixture_rows
            .iter()
            .filter(|r| r["storage"] == storage && r["key"].as_str().unwrap_or("") == key)
            .count()
    };
    assert_eq!(count("plaintext", ""), 4);
    assert_eq!(count("aescbc", "key1"), 4);
    assert_eq!(count("aesgcm", "key2"), 4);
    assert_eq!(count("secretbox", "key3"), 4);

    let usage = ours_raw(&["usage", "--snapshot", s, "-o", "json"])
        .ok()
        .json();
    let keys: u64 = usage
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["keys"].as_u64().unwrap())
        .sum();
    let all = ours_raw(&[
        "get",
        "--snapshot",
        s,
        "/registry/",
        "--prefix",
        "--count-only",
    ])
    .ok()
    .text();
    assert_eq!(format!("{keys}\n"), all);
    let events = usage
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["resource"] == "events")
        .unwrap();
    assert!(events["largestKey"]
        .as_str()
        .unwrap()
        .starts_with("/registry/events/"));
}
