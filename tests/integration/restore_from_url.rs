//! `snapshot restore s3://…` through the whole restore on the test control plane: a
//! compressed, age-encrypted backup saved through the API server to a real S3-compatible
//! server (moto), restored onto the node, etcd restarted by the kubelet, and the restored
//! data read back with etcdctl.

use std::process::Command;

use kubectl_etcd_testcluster::{EtcdVersion, TestCluster};

use crate::support::controlplane::{etcdctl, start};
use crate::support::moto::Moto;
use crate::support::run::{clean, ours_path, run, Out};

const SECRET: &str = "s3cr3t-before-the-disaster";

/// kubectl-etcd with only the kubeconfig, plus `env` (the AWS variables, TMPDIR).
fn ours_env(tc: &TestCluster, env: &[(&str, String)], args: &[&str]) -> Out {
    let mut cmd: Command = clean(ours_path());
    cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
        .args(args)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())));
    run(cmd, None)
}

/// The keys and values this test writes, as etcd serves them now (etcdctl, base64 as in its
/// JSON): what a restore must bring back, whatever the revisions. (Objects the control plane
/// itself keeps writing, such as the etcd mirror pod after a restart, are left out.)
fn registry(tc: &TestCluster) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for prefix in ["/registry/demo/", "/registry/secrets/"] {
        let out = etcdctl(tc, 0, &["get", prefix, "--prefix", "-w", "json"])
            .ok()
            .json();
        for kv in out["kvs"].as_array().into_iter().flatten() {
            all.push((
                kv["key"].as_str().unwrap().to_string(),
                kv["value"].as_str().unwrap().to_string(),
            ));
        }
    }
    all
}

fn write_identity(path: &std::path::Path, key: &age::x25519::Identity) {
    use age::secrecy::ExposeSecret;
    std::fs::write(path, format!("{}\n", key.to_string().expose_secret())).unwrap();
}

#[test]
fn restore_a_compressed_encrypted_backup_from_a_bucket_end_to_end() {
    let tc = start(1, EtcdVersion::V35);
    let moto = Moto::start(false);
    moto.create_bucket("dr-backups");
    let tmp = tempfile::tempdir().unwrap();
    let key = age::x25519::Identity::generate();
    let identity = tmp.path().join("key.txt");
    write_identity(&identity, &key);
    let wrong = tmp.path().join("wrong.txt");
    write_identity(&wrong, &age::x25519::Identity::generate());
    // The restore's private copy of the backup goes under TMPDIR: it must be gone afterwards.
    let scratch = tempfile::tempdir().unwrap();
    let mut env = moto.env();
    env.push(("TMPDIR", scratch.path().display().to_string()));

    etcdctl(&tc, 0, &["put", "/registry/demo/a", "A"]).ok();
    etcdctl(&tc, 0, &["put", "/registry/secrets/default/db", SECRET]).ok();
    let before = registry(&tc);
    let recipient = key.to_public().to_string();
    let saved = ours_env(
        &tc,
        &env,
        &[
            "snapshot",
            "save",
            "s3://dr-backups/prod/",
            "--compress",
            "--encrypt-to",
            &recipient,
            "-w",
            "json",
        ],
    )
    .ok()
    .json();
    let url = saved["path"].as_str().unwrap().to_string();
    assert!(url.ends_with(".db.zst.age"), "{url}");
    let stored = moto.object("dr-backups", url.strip_prefix("s3://dr-backups/").unwrap());
    assert!(stored.starts_with(b"age-encryption.org/v1\n"));
    assert!(!stored.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()));

    // After the backup: a new key, a changed Secret.
    etcdctl(&tc, 0, &["put", "/registry/demo/b", "B"]).ok();
    etcdctl(&tc, 0, &["put", "/registry/secrets/default/db", "rotated"]).ok();
    let after_backup = registry(&tc);
    assert_ne!(after_backup, before);
    let manifest = std::fs::read_to_string(tc.etcd_manifest(0)).unwrap();

    // The wrong key: refused before anything on the node changes.
    let out = ours_env(
        &tc,
        &env,
        &[
            "snapshot",
            "restore",
            &url,
            "--identity",
            wrong.to_str().unwrap(),
            "--yes",
        ],
    );
    assert_ne!(out.code, 0, "{}", out.text());
    assert!(out.stderr.contains("identity"), "{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(tc.etcd_manifest(0)).unwrap(),
        manifest
    );
    assert_eq!(registry(&tc), after_backup);

    // The restore, straight from the bucket.
    let out = ours_env(
        &tc,
        &env,
        &[
            "snapshot",
            "restore",
            &url,
            "--identity",
            identity.to_str().unwrap(),
            "--yes",
            "--timeout",
            "60s",
        ],
    );
    eprintln!("--- restore from {url}:\n{}{}", out.stderr, out.text());
    assert_eq!(out.code, 0, "{}\n{}", out.text(), out.stderr);
    assert!(
        out.text().contains("cp-0: restored and confirmed"),
        "{}",
        out.text()
    );
    // etcd serves exactly what it had when the backup was taken.
    assert_eq!(registry(&tc), before);
    assert_ne!(
        std::fs::read_to_string(tc.etcd_manifest(0)).unwrap(),
        manifest
    );
    let left: Vec<_> = std::fs::read_dir(scratch.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        left.is_empty(),
        "the decrypted copy was left behind: {left:?}"
    );
    // The backup in the bucket is untouched and still the only object.
    assert_eq!(moto.keys("dr-backups", "prod/").len(), 1);
    assert_eq!(moto.pending_uploads("dr-backups"), 0);
}
