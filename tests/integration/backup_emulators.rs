//! Backups to Azure Blob Storage and Google Cloud Storage, against real emulators started on
//! loopback: Azurite (Microsoft's) and fake-gcs-server. What is in the container or bucket is
//! checked with other clients (the Azure SDK for Python, the JSON API), never with the code
//! under test; what etcd serves is checked with etcdctl.
//!
//! fake-gcs-server has no XML multipart-upload API (fsouza/fake-gcs-server#852, open), which
//! object_store uses for every streamed upload to GCS, so `snapshot save gs://…` cannot
//! succeed against it: that test checks the failure is clear and leaves nothing, and tests
//! every reader and prune on backups placed in the bucket by the emulator's own upload.

use std::io::Read;

use sha2::Digest;

use crate::support::emulators::{Azurite, FakeGcs};
use crate::support::etcd::{Cluster, Version};
use crate::support::run::{clean, etcdctl, ours_path, run, Out};

const SECRET: &str = "azure-and-gcs-must-not-see-this";

fn ours_env(c: &Cluster, env: &[(&str, String)], args: &[&str]) -> Out {
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--endpoints={}", c.endpoints()))
        .args(c.tls_args())
        .args(args)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())));
    run(cmd, None)
}

fn cluster_with_secret() -> Cluster {
    let c = Cluster::start(Version::V35);
    etcdctl(&c, &["put", "/registry/demo/a", "A"]).ok();
    etcdctl(&c, &["put", "/registry/secrets/default/db", SECRET]).ok();
    c
}

/// An age key pair: the identity file, and the recipient.
fn age_key(dir: &std::path::Path) -> (age::x25519::Identity, String, String) {
    use age::secrecy::ExposeSecret;
    let key = age::x25519::Identity::generate();
    let file = dir.join("key.txt");
    std::fs::write(&file, format!("{}\n", key.to_string().expose_secret())).unwrap();
    let recipient = key.to_public().to_string();
    (key, file.display().to_string(), recipient)
}

/// Decrypts and decompresses with the reference libraries; checks etcd's SHA-256 trailer.
fn open_backup(stored: &[u8], key: &age::x25519::Identity) -> Vec<u8> {
    assert!(stored.starts_with(b"age-encryption.org/v1\n"));
    assert!(!stored.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()));
    let mut compressed = Vec::new();
    age::Decryptor::new(stored)
        .unwrap()
        .decrypt(std::iter::once(key as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut compressed)
        .unwrap();
    let image = zstd::decode_all(&compressed[..]).unwrap();
    let (body, trailer) = image.split_at(image.len() - 32);
    assert!(sha2::Sha256::digest(body)[..] == trailer[..]);
    image
}

/// `get --snapshot URL /registry/ --prefix -w json` answers as etcd does live.
fn same_as_live(c: &Cluster, env: &[(&str, String)], url: &str, identity: &str) {
    let live = etcdctl(c, &["get", "/registry/", "--prefix", "-w", "json"])
        .ok()
        .json();
    let offline = ours_env(
        c,
        env,
        &[
            "--identity",
            identity,
            "get",
            "--snapshot",
            url,
            "/registry/",
            "--prefix",
            "-w",
            "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(offline["kvs"], live["kvs"], "{url}");
}

#[test]
fn azure_blob_storage_with_azurite() {
    let c = cluster_with_secret();
    let az = Azurite::start();
    let env = az.env();
    az.create_container("backups");
    let dir = tempfile::tempdir().unwrap();
    let (key, identity, recipient) = age_key(dir.path());

    // Compressed and encrypted, into a folder: a name that sorts by time.
    let saved = ours_env(
        &c,
        &env,
        &[
            "snapshot",
            "save",
            "azblob://backups/prod/",
            "--compress",
            "--encrypt-to",
            &recipient,
            "-w",
            "json",
        ],
    )
    .ok()
    .json();
    let first = saved["path"].as_str().unwrap().to_string();
    let names = az.names("backups", "prod/");
    assert_eq!(names.len(), 1, "{names:?}");
    assert_eq!(first, format!("azblob://backups/{}", names[0]));
    assert!(first.ends_with(".db.zst.age"), "{first}");
    let image = open_backup(&az.object("backups", &names[0]), &key);
    assert_eq!(saved["size"].as_u64().unwrap(), image.len() as u64);
    assert_eq!(saved["sha256"].as_str().unwrap().len(), 64);
    same_as_live(&c, &env, &first, &identity);
    ours_env(
        &c,
        &env,
        &["--identity", &identity, "snapshot", "verify", &first],
    )
    .ok();

    // A later, plain backup (a second later: names and times differ).
    std::thread::sleep(std::time::Duration::from_millis(1100));
    etcdctl(&c, &["put", "/registry/demo/b", "B"]).ok();
    let second = ours_env(
        &c,
        &env,
        &["snapshot", "save", "azblob://backups/prod/", "-w", "json"],
    )
    .ok()
    .json()["path"]
        .as_str()
        .unwrap()
        .to_string();
    let plain = az.object("backups", second.strip_prefix("azblob://backups/").unwrap());
    let (body, trailer) = plain.split_at(plain.len() - 32);
    assert!(sha2::Sha256::digest(body)[..] == trailer[..]);
    same_as_live(&c, &env, &second, &identity);

    // list: both, newest first, as the SDK sees them.
    let listed = ours_env(
        &c,
        &env,
        &["snapshot", "list", "azblob://backups/prod/", "-o", "json"],
    )
    .ok()
    .json();
    let listed: Vec<String> = listed["backups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect();
    let mut expected = az.names("backups", "prod/");
    expected.sort();
    expected.reverse();
    assert_eq!(
        listed
            .iter()
            .map(|n| format!("prod/{n}"))
            .collect::<Vec<_>>(),
        expected
    );

    // prune --keep-last 1: the older one goes, in the container too.
    ours_env(
        &c,
        &env,
        &[
            "snapshot",
            "prune",
            "azblob://backups/prod/",
            "--keep-last",
            "1",
            "--yes",
        ],
    )
    .ok();
    assert_eq!(
        az.names("backups", "prod/"),
        [second.strip_prefix("azblob://backups/").unwrap()]
    );

    // A wrong account key: refused, said so, nothing written.
    let mut wrong = env.clone();
    wrong.push((
        "AZURE_STORAGE_ACCOUNT_KEY",
        "d3Jvbmcta2V5LXdyb25nLWtleQ==".into(),
    ));
    let out = ours_env(&c, &wrong, &["snapshot", "list", "azblob://backups/prod/"]);
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("403"), "{}", out.stderr);
    assert!(
        out.stderr.contains("hint: check the credentials"),
        "{}",
        out.stderr
    );
    let out = ours_env(&c, &wrong, &["snapshot", "save", "azblob://backups/prod/"]);
    assert_eq!(out.code, 5, "{}", out.stderr);
    // Before the stream, not after it.
    assert!(
        out.stderr.contains("cannot start the upload"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: check the credentials"),
        "{}",
        out.stderr
    );
    assert_eq!(az.names("backups", "prod/").len(), 1);

    // A missing container.
    let out = ours_env(&c, &env, &["snapshot", "save", "azblob://nowhere/etcd/"]);
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert!(out.stderr.contains("ContainerNotFound"), "{}", out.stderr);
    assert!(
        out.stderr.contains("cannot start the upload"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: the bucket does not exist"),
        "{}",
        out.stderr
    );
}

#[test]
fn google_cloud_storage_with_fake_gcs_server() {
    let c = cluster_with_secret();
    let gcs = FakeGcs::start();
    let env = gcs.env();
    gcs.create_bucket("backups");
    let dir = tempfile::tempdir().unwrap();
    let (key, identity, recipient) = age_key(dir.path());

    // The streamed upload needs the XML multipart API, which this emulator lacks: a clear
    // error naming the server's answer, and nothing in the bucket.
    let out = ours_env(
        &c,
        &env,
        &["snapshot", "save", "gs://backups/prod/", "--compress"],
    );
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("cannot start the upload to gs://backups/prod/etcd-"),
        "{}",
        out.stderr
    );
    assert!(gcs.names("backups", "").is_empty());

    // Backups placed by the emulator's own (JSON API) upload: saved here to local files, with
    // the names `snapshot save FOLDER/` gives.
    let local = dir.path().join("local");
    std::fs::create_dir(&local).unwrap();
    let enc = ours_env(
        &c,
        &env,
        &[
            "snapshot",
            "save",
            &format!("{}/", local.display()),
            "--compress",
            "--encrypt-to",
            &recipient,
            "-w",
            "json",
        ],
    )
    .ok()
    .json()["path"]
        .as_str()
        .unwrap()
        .to_string();
    let enc_name = format!(
        "prod/{}",
        std::path::Path::new(&enc)
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
    );
    open_backup(&std::fs::read(&enc).unwrap(), &key);
    gcs.put("backups", &enc_name, std::path::Path::new(&enc));
    // An older plain one (synthetic time in its name).
    let plain = local.join("plain.db");
    ours_env(&c, &env, &["snapshot", "save", plain.to_str().unwrap()]).ok();
    let old_name = "prod/etcd-20200101T000000Z-rev2.db";
    gcs.put("backups", old_name, &plain);

    let url = format!("gs://backups/{enc_name}");
    same_as_live(&c, &env, &url, &identity);
    same_as_live(&c, &env, &format!("gs://backups/{old_name}"), &identity);
    ours_env(
        &c,
        &env,
        &["--identity", &identity, "snapshot", "verify", &url],
    )
    .ok();
    let listed = ours_env(
        &c,
        &env,
        &["snapshot", "list", "gs://backups/prod/", "-o", "json"],
    )
    .ok()
    .json();
    let listed: Vec<String> = listed["backups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| format!("prod/{}", e["name"].as_str().unwrap()))
        .collect();
    assert_eq!(listed, [enc_name.clone(), old_name.to_string()]);
    ours_env(
        &c,
        &env,
        &[
            "snapshot",
            "prune",
            "gs://backups/prod/",
            "--keep-last",
            "1",
            "--yes",
        ],
    )
    .ok();
    assert_eq!(gcs.names("backups", "prod/"), [enc_name]);

    // A missing bucket, a missing service-account file: said so.
    let out = ours_env(&c, &env, &["snapshot", "list", "gs://nowhere/etcd/"]);
    assert_ne!(out.code, 0);
    assert!(
        out.stderr.contains("cannot list gs://nowhere/etcd/") && out.stderr.contains("nowhere"),
        "{}",
        out.stderr
    );
    let missing = dir.path().join("no-such-key.json");
    let out = ours_env(
        &c,
        &[("GOOGLE_SERVICE_ACCOUNT", missing.display().to_string())],
        &["snapshot", "list", "gs://backups/prod/"],
    );
    assert_ne!(out.code, 0);
    assert!(
        out.stderr.contains("GOOGLE_SERVICE_ACCOUNT"),
        "{}",
        out.stderr
    );
}
