//! Backups that leave the machine: `snapshot save` to a real S3-compatible server (moto),
//! compression and age encryption, and every reader taking the URL. What is in the bucket
//! is checked with boto3 and etcdutl, never with the code under test.

use std::io::{BufRead, BufReader, Read};

use sha2::Digest;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::snapshot::{load_history, reference_status};
use crate::support::etcd::{Cluster, Version};
use crate::support::moto::Moto;
use crate::support::run::{clean, etcdctl, ours_path, run, Out};

const SECRET: &str = "hunter2-very-secret-token";

/// kubectl-etcd against `c`, with `env` (the AWS variables) set.
fn ours_env(c: &Cluster, env: &[(&str, String)], args: &[&str]) -> Out {
    run(ours_cmd(c, env, args), None)
}

fn ours_cmd(c: &Cluster, env: &[(&str, String)], args: &[&str]) -> Command {
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--endpoints={}", c.endpoints()))
        .args(c.tls_args())
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

fn cluster_with_secret() -> Cluster {
    let c = Cluster::start(Version::V35);
    load_history(&c);
    etcdctl(&c, &["put", "/registry/secrets/default/db", SECRET]).ok();
    c
}

#[test]
fn save_to_s3_and_read_it_back_with_every_reader() {
    let c = cluster_with_secret();
    let moto = Moto::start(false);
    let env = moto.env();
    moto.create_bucket("backups");

    // A folder-like URL: the name says cluster, UTC time and revision.
    let saved = ours_env(
        &c,
        &env,
        &["snapshot", "save", "s3://backups/prod/", "-w", "json"],
    )
    .ok()
    .json();
    let url = saved["path"].as_str().unwrap().to_string();
    let keys = moto.keys("backups", "prod/");
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert_eq!(url, format!("s3://backups/{}", keys[0]));
    let name = keys[0].strip_prefix("prod/").unwrap();
    let rev = etcdctl(&c, &["get", "x", "-w", "json"]).ok().json()["header"]["revision"]
        .as_i64()
        .unwrap();
    assert!(
        name.starts_with("etcd-2") && name.ends_with(&format!("-rev{rev}.db")),
        "{name}"
    );
    assert_eq!(moto.pending_uploads("backups"), 0);

    // The object is the snapshot: etcdutl agrees with our status read from the URL.
    let dir = tempfile::tempdir().unwrap();
    let local = dir.path().join("dl.db");
    std::fs::write(&local, moto.object("backups", &keys[0])).unwrap();
    let reference = reference_status(Version::V35, &local);
    let status = ours_env(&c, &env, &["snapshot", "status", &url, "-w", "json"])
        .ok()
        .json();
    assert_eq!(status["hash"], reference["hash"]);
    assert_eq!(status["revision"], reference["revision"]);
    assert_eq!(status["totalKey"], reference["totalKey"]);
    assert_eq!(saved["sha256"].as_str().unwrap().len(), 64);
    ours_env(&c, &env, &["snapshot", "verify", &url]).ok();

    // get --snapshot URL answers as etcd does live.
    let live = etcdctl(&c, &["get", "/registry/", "--prefix", "-w", "json"])
        .ok()
        .json();
    let offline = ours_env(
        &c,
        &env,
        &[
            "get",
            "--snapshot",
            &url,
            "/registry/",
            "--prefix",
            "-w",
            "json",
        ],
    )
    .ok()
    .json();
    assert_eq!(offline["kvs"], live["kvs"]);
    assert_eq!(offline["count"], live["count"]);

    // The other readers: the URL reads exactly as the same bytes in a local file.
    let file = local.to_str().unwrap();
    for (from_url, from_file) in [
        (
            vec!["usage", "--snapshot", &url, "-w", "json"],
            vec!["usage", "--snapshot", file, "-w", "json"],
        ),
        (
            vec!["secrets-audit", "--snapshot", &url, "-w", "json"],
            vec!["secrets-audit", "--snapshot", file, "-w", "json"],
        ),
        (
            vec!["snapshot", "diff", &url, "--against", file],
            vec!["snapshot", "diff", file, "--against", file],
        ),
    ] {
        let a = ours_env(&c, &env, &from_url);
        let b = ours_env(&c, &env, &from_file);
        assert_eq!(
            (a.code, a.text()),
            (b.code, b.text()),
            "{from_url:?}: {}",
            a.stderr
        );
    }

    // restore checks the backup from the URL first (here it then stops: no cluster), using a
    // private copy that is gone afterwards.
    let tmp = tempfile::tempdir().unwrap();
    let mut renv = env.clone();
    renv.push(("TMPDIR", tmp.path().display().to_string()));
    renv.push(("KUBECONFIG", tmp.path().join("none").display().to_string()));
    let mut cmd = clean(ours_path());
    cmd.args(["snapshot", "restore", &url, "--dry-run"])
        .envs(renv);
    let out = run(cmd, None);
    assert_ne!(out.code, 0);
    assert!(
        out.stderr.contains(&format!("Snapshot {url}: verified")),
        "{}",
        out.stderr
    );
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "temporary copy left behind"
    );

    // An explicit object name is refused when taken, replaced with --force.
    let out = ours_env(&c, &env, &["snapshot", "save", &url]);
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert!(out.stderr.contains("--force"), "{}", out.stderr);
    ours_env(&c, &env, &["snapshot", "save", &url, "--force"]).ok();
    assert_eq!(moto.keys("backups", "prod/"), keys);

    // A folder is not a backup; a missing object says so.
    let out = ours_env(&c, &env, &["snapshot", "status", "s3://backups/prod/"]);
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("is a folder"), "{}", out.stderr);
    let out = ours_env(
        &c,
        &env,
        &["snapshot", "verify", "s3://backups/prod/nope.db"],
    );
    assert_ne!(out.code, 0);
    assert!(
        out.stderr
            .contains("cannot download s3://backups/prod/nope.db"),
        "{}",
        out.stderr
    );
}

#[test]
fn encrypted_backup_reveals_nothing_and_round_trips() {
    let c = cluster_with_secret();
    let moto = Moto::start(false);
    let env = moto.env();
    moto.create_bucket("vault");
    let dir = tempfile::tempdir().unwrap();
    let key = age::x25519::Identity::generate();
    let identity = dir.path().join("key.txt");
    {
        use age::secrecy::ExposeSecret;
        std::fs::write(&identity, format!("{}\n", key.to_string().expose_secret())).unwrap();
    }
    let recipients = dir.path().join("recipients.txt");
    std::fs::write(&recipients, format!("# ops team\n{}\n", key.to_public())).unwrap();
    let wrong = dir.path().join("wrong.txt");
    {
        use age::secrecy::ExposeSecret;
        let other = age::x25519::Identity::generate();
        std::fs::write(&wrong, format!("{}\n", other.to_string().expose_secret())).unwrap();
    }

    // The plain snapshot, for comparison (no write in between: etcd sends the same bytes).
    let plain = dir.path().join("plain.db");
    ours_env(&c, &env, &["snapshot", "save", plain.to_str().unwrap()]).ok();
    let saved = ours_env(
        &c,
        &env,
        &[
            "snapshot",
            "save",
            "s3://vault/etcd/",
            "--compress",
            "--recipients-file",
            recipients.to_str().unwrap(),
            "-w",
            "json",
        ],
    )
    .ok()
    .json();
    let url = saved["path"].as_str().unwrap().to_string();
    assert!(url.ends_with(".db.zst.age"), "{url}");
    assert_eq!(saved["compressed"], true);
    assert_eq!(saved["encrypted"], true);
    let key_name = url.strip_prefix("s3://vault/").unwrap();
    let stored = moto.object("vault", key_name);
    assert_eq!(saved["storedSize"].as_u64().unwrap(), stored.len() as u64);
    let plain_bytes = std::fs::read(&plain).unwrap();
    assert!(
        plain_bytes
            .windows(4)
            .any(|w| w == [0xed, 0xda, 0x0c, 0xed]),
        "the plain file has bbolt's magic"
    );
    assert!(
        !stored.windows(4).any(|w| w == [0xed, 0xda, 0x0c, 0xed]),
        "bbolt magic in the object"
    );
    assert!(
        !stored.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()),
        "a Secret in the object"
    );
    assert!(stored.starts_with(b"age-encryption.org/v1\n"));

    // Decrypted and decompressed by the reference libraries: exactly what etcd sent, as
    // etcd's own SHA-256 trailer at its end proves. (Two saves of the same data differ in
    // bbolt's transaction id, so the plain file is compared by content, through etcdutl.)
    let decryptor = age::Decryptor::new(&stored[..]).unwrap();
    let mut compressed = Vec::new();
    decryptor
        .decrypt(std::iter::once(&key as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut compressed)
        .unwrap();
    let image = zstd::decode_all(&compressed[..]).unwrap();
    let (body, trailer) = image.split_at(image.len() - 32);
    assert!(
        sha2::Sha256::digest(body)[..] == trailer[..],
        "round trip changed the bytes"
    );
    assert_eq!(saved["size"].as_u64().unwrap(), image.len() as u64);
    let decoded = dir.path().join("decoded.db");
    std::fs::write(&decoded, &image).unwrap();
    assert_eq!(
        reference_status(Version::V35, &decoded)["hash"],
        reference_status(Version::V35, &plain)["hash"]
    );

    // Readers decrypt with --identity; without it, or with the wrong key, a clear error.
    let id = identity.to_str().unwrap();
    let got = ours_env(
        &c,
        &env,
        &[
            "--identity",
            id,
            "get",
            "--snapshot",
            &url,
            "/registry/secrets/default/db",
            "--print-value-only",
        ],
    )
    .ok();
    assert_eq!(got.text().trim(), SECRET);
    ours_env(&c, &env, &["--identity", id, "snapshot", "verify", &url]).ok();
    let out = ours_env(&c, &env, &["snapshot", "status", &url]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(out.stderr.contains("--identity"), "{}", out.stderr);
    let out = ours_env(
        &c,
        &env,
        &[
            "--identity",
            wrong.to_str().unwrap(),
            "snapshot",
            "status",
            &url,
        ],
    );
    assert_ne!(out.code, 0);
    assert!(
        out.stderr.contains("cannot decrypt") && out.stderr.contains("not a recipient")
            || out.stderr.contains("none of the --identity keys"),
        "{}",
        out.stderr
    );

    // The same to a local folder: private, never plaintext, read back transparently.
    let local_dir = dir.path().join("local");
    std::fs::create_dir(&local_dir).unwrap();
    let dest = format!("{}/", local_dir.display());
    let saved = ours_env(
        &c,
        &env,
        &[
            "snapshot",
            "save",
            &dest,
            "--compress",
            "--encrypt-to",
            &key.to_public().to_string(),
            "-w",
            "json",
        ],
    )
    .ok()
    .json();
    let file = saved["path"].as_str().unwrap();
    let meta = std::fs::metadata(file).unwrap();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::read_dir(&local_dir).unwrap().count(),
        1,
        "no .part left"
    );
    let st = ours_env(
        &c,
        &env,
        &["--identity", id, "snapshot", "status", file, "-w", "json"],
    )
    .ok()
    .json();
    assert_eq!(st["hash"], reference_status(Version::V35, &plain)["hash"]);
}

#[test]
fn interrupted_upload_leaves_no_object_and_no_parts() {
    let c = Cluster::start(Version::V35);
    // ~40 MB: more than the parts an upload keeps in flight, so the save is surely
    // mid-stream while the server is paused.
    let value = vec![b'x'; 1024 * 1024];
    for i in 0..40 {
        let mut cmd = clean(c.version.etcdctl());
        cmd.arg(format!("--endpoints={}", c.endpoints()))
            .args(c.tls_args())
            .args(["put", &format!("/bulk/{i}")]);
        run(cmd, Some(&value)).ok();
    }
    let moto = Moto::start(false);
    moto.create_bucket("backups");
    let mut child = ours_cmd(
        &c,
        &moto.env(),
        &["snapshot", "save", "s3://backups/int/b.db"],
    )
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // Pause the server as soon as the upload exists: the save cannot complete now.
    moto.python(&format!(
        "import os, signal, time\nend = time.time() + 60\nwhile not s3.list_multipart_uploads(Bucket='backups').get('Uploads'):\n    assert time.time() < end, 'no upload started'\n    time.sleep(0.005)\nos.kill({}, signal.SIGSTOP)",
        moto.pid()
    ));
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    // Resume the server once the save has taken the interrupt.
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = Vec::new();
    while !seen
        .iter()
        .any(|l: &String| l.contains("aborting the upload"))
    {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) => seen.push(line),
            Err(_) => panic!("no interrupt message: {seen:?}"),
        }
    }
    unsafe { libc::kill(moto.pid() as i32, libc::SIGCONT) };
    let deadline = Instant::now() + Duration::from_secs(90);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "the save did not end after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    seen.extend(rx.try_iter());
    assert_eq!(status.code(), Some(130), "{seen:?}");
    assert!(moto.keys("backups", "").is_empty());
    assert_eq!(moto.pending_uploads("backups"), 0, "parts left behind");
}

#[test]
fn wrong_credentials_and_missing_bucket_are_explained() {
    let c = Cluster::start(Version::V35);
    let moto = Moto::start(false);
    let out = ours_env(
        &c,
        &moto.env(),
        &["snapshot", "save", "s3://no-such-bucket/etcd/"],
    );
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert!(out.stderr.contains("NoSuchBucket"), "{}", out.stderr);
    assert!(
        out.stderr.contains("hint: the bucket does not exist"),
        "{}",
        out.stderr
    );

    let strict = Moto::start(true);
    let out = ours_env(
        &c,
        &strict.env(),
        &["snapshot", "save", "s3://backups/etcd/"],
    );
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert!(
        out.stderr.contains("403 Forbidden InvalidAccessKeyId"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("hint: check the credentials"),
        "{}",
        out.stderr
    );
    let out = ours_env(
        &c,
        &strict.env(),
        &["snapshot", "status", "s3://backups/etcd/x.db"],
    );
    assert_ne!(out.code, 0);
    assert!(
        out.stderr.contains("check the credentials"),
        "{}",
        out.stderr
    );

    let out = ours_env(&c, &moto.env(), &["snapshot", "save", "ftp://host/x.db"]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(out.stderr.contains("unsupported scheme"), "{}", out.stderr);
}

/// Backups every 6 hours for 40 days, as `snapshot save DIR/` names them (synthetic
/// timestamps in the names; the bodies do not matter to list and prune).
fn synthetic_history() -> Vec<String> {
    let mut names = Vec::new();
    for day in 0..40u32 {
        // 2026-01-01 + day, at 00, 06, 12, 18 UTC.
        let (month, dom) = if day < 31 {
            (1, day + 1)
        } else {
            (2, day - 30)
        };
        for hour in [0, 6, 12, 18] {
            let rev = 1000 + day * 4 + hour / 6;
            names.push(format!(
                "prod-2026{month:02}{dom:02}T{hour:02}0000Z-rev{rev}.db.zst.age"
            ));
        }
    }
    names
}

#[test]
fn list_and_prune_keep_what_the_policy_says() {
    let moto = Moto::start(false);
    let env = moto.env();
    moto.create_bucket("gfs");
    let names = synthetic_history();
    let mut objects: Vec<(String, usize)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("etcd/{n}"), i + 1))
        .collect();
    // Not backups: a leftover, a note, and a deeper prefix.
    for other in [
        "etcd/prod.db.part",
        "etcd/README",
        "etcd/old/prod-20250101T000000Z-rev1.db",
    ] {
        objects.push((other.to_string(), 1));
    }
    moto.put_many("gfs", &objects);
    let ours = |args: &[&str]| {
        let mut cmd = clean(ours_path());
        cmd.args(args);
        for (k, v) in &env {
            cmd.env(k, v);
        }
        run(cmd, None)
    };

    let listed = ours(&["snapshot", "list", "s3://gfs/etcd/", "-w", "json"])
        .ok()
        .json();
    let backups = listed["backups"].as_array().unwrap();
    assert_eq!(backups.len(), names.len());
    let newest = &backups[0];
    assert_eq!(newest["name"], names[names.len() - 1].as_str());
    assert_eq!(newest["time"], "2026-02-09T18:00:00Z");
    assert_eq!(newest["revision"], 1000 + 39 * 4 + 3);
    assert_eq!(newest["size"], names.len() as u64, "sizes as stored");
    assert_eq!(newest["compressed"], true);
    assert_eq!(newest["encrypted"], true);

    // Dry run: a plan, nothing deleted.
    let args = [
        "snapshot",
        "prune",
        "s3://gfs/etcd",
        "--keep-last",
        "2",
        "--keep-daily",
        "3",
        "--keep-weekly",
        "2",
        "--keep-monthly",
        "2",
    ];
    let plan = ours(&args).ok();
    assert!(plan.stderr.contains("Dry run"), "{}", plan.stderr);
    assert_eq!(moto.keys("gfs", "etcd/").len(), names.len() + 3);

    let mut yes = args.to_vec();
    yes.push("--yes");
    ours(&yes).ok();
    let left: Vec<String> = moto
        .keys("gfs", "etcd/")
        .into_iter()
        .map(|k| k.trim_start_matches("etcd/").to_string())
        .collect();
    let stamps: Vec<&str> = left
        .iter()
        .filter(|k| k.starts_with("prod-2026"))
        .map(|k| &k[5..21])
        .collect();
    // Last 2: Feb 9 18:00 and 12:00. Daily 3: Feb 9, 8, 7 (each day's newest). Weekly 2:
    // this week's newest (Feb 9, a Monday) and last week's (Sunday Feb 8). Monthly 2:
    // February's newest and January's (Jan 31 18:00).
    assert_eq!(
        stamps,
        [
            "20260131T180000Z",
            "20260207T180000Z",
            "20260208T180000Z",
            "20260209T120000Z",
            "20260209T180000Z"
        ]
    );
    for other in [
        "prod.db.part",
        "README",
        "old/prod-20250101T000000Z-rev1.db",
    ] {
        assert!(
            left.iter().any(|k| k == other),
            "{other} was touched: {left:?}"
        );
    }

    // The newest is kept even by the smallest policy; no policy is refused.
    ours(&[
        "snapshot",
        "prune",
        "s3://gfs/etcd/",
        "--keep-hourly",
        "1",
        "--yes",
    ])
    .ok();
    let left = moto.keys("gfs", "etcd/prod-");
    assert_eq!(left, [format!("etcd/{}", names[names.len() - 1])]);
    let out = ours(&["snapshot", "prune", "s3://gfs/etcd/", "--yes"]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(out.stderr.contains("--keep-last"), "{}", out.stderr);
}
