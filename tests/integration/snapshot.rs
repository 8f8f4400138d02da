//! Snapshots: save (atomic, private, verified), status/verify with our own reader, and
//! offline `get --snapshot`, each compared with etcdctl/etcdutl on the same files.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::etcd::{Cluster, Version};
use crate::support::run::{clean, etcdctl, ours, ours_path, ours_raw, run, wait_bounded};

/// Keys with history: updates, deletions, a compaction, nested prefixes.
pub fn load_history(c: &Cluster) {
    for i in 0..30 {
        etcdctl(
            c,
            &[
                "put",
                &format!("/registry/pods/ns{}/p{i}", i % 3),
                &format!("v{i}"),
            ],
        )
        .ok();
    }
    for i in 0..10 {
        etcdctl(
            c,
            &[
                "put",
                &format!("/registry/pods/ns{}/p{i}", i % 3),
                &format!("updated{i}"),
            ],
        )
        .ok();
    }
    etcdctl(c, &["del", "/registry/pods/ns1/", "--prefix"]).ok();
    let rev = etcdctl(c, &["get", "x", "-w", "json"]).ok().json()["header"]["revision"]
        .as_i64()
        .unwrap();
    etcdctl(c, &["compaction", &(rev - 5).to_string()]).ok();
    for i in 0..5 {
        etcdctl(
            c,
            &["put", &format!("/registry/configmaps/default/c{i}"), "data"],
        )
        .ok();
    }
    etcdctl(c, &["put", "/registry/pods/ns0/p0", "latest"]).ok();
}

/// The reference tool's `snapshot status -w json` for a file.
pub fn reference_status(v: Version, file: &Path) -> serde_json::Value {
    let (tool, _) = v.snapshot_tool();
    let mut cmd = clean(tool);
    cmd.args(["snapshot", "status", "-w", "json"]).arg(file);
    let out = run(cmd, None).ok();
    out.json()
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn save_writes_a_private_verified_snapshot_like_etcdctls() {
    for v in Version::all() {
        let c = Cluster::start(v);
        load_history(&c);
        let dir = tempfile::tempdir().unwrap();
        let ours_file = dir.path().join("ours.db");
        let theirs = dir.path().join("theirs.db");
        let out = ours(&c, &["snapshot", "save", ours_file.to_str().unwrap()]).ok();
        assert!(
            out.text()
                .starts_with(&format!("Snapshot saved at {}", ours_file.display())),
            "{}",
            out.text()
        );
        let took = crate::support::human::duration_after(&out.text(), ", took ").to_string();
        assert!(
            crate::support::human::is_human_duration(&took),
            "{}",
            out.text()
        );
        etcdctl(&c, &["snapshot", "save", theirs.to_str().unwrap()]).ok();
        assert_eq!(mode(&ours_file), 0o600);
        assert!(!dir.path().join("ours.db.part").exists());
        let size = std::fs::metadata(&ours_file).unwrap().len();
        assert_eq!(size % 512, 32, "image + SHA-256 trailer");
        // Nothing changed in between, so the reference tool sees the same database.
        assert_eq!(
            reference_status(v, &ours_file),
            reference_status(v, &theirs)
        );

        // JSON summary for scripts.
        let again = dir.path().join("again.db");
        let json = ours(
            &c,
            &["snapshot", "save", again.to_str().unwrap(), "-w", "json"],
        )
        .ok()
        .json();
        assert_eq!(json["size"].as_u64().unwrap(), size);
        assert_eq!(json["path"], again.to_str().unwrap());
        assert_eq!(json["sha256"].as_str().unwrap().len(), 64);
    }
}

#[test]
fn save_to_stdout_streams_the_same_bytes() {
    let c = Cluster::start(Version::V35);
    load_history(&c);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("f.db");
    ours(&c, &["snapshot", "save", file.to_str().unwrap()]).ok();
    let piped = ours(&c, &["snapshot", "save", "-"]).ok();
    assert!(
        piped.stderr.contains("Snapshot saved at -"),
        "{}",
        piped.stderr
    );
    // Two saves differ in bbolt's transaction ID, not in content: compare what etcdutl sees.
    let from_pipe = dir.path().join("piped.db");
    std::fs::write(&from_pipe, &piped.stdout).unwrap();
    assert_eq!(piped.stdout.len() % 512, 32);
    assert_eq!(
        reference_status(Version::V35, &from_pipe),
        reference_status(Version::V35, &file)
    );
}

#[test]
fn save_never_overwrites_or_leaves_debris() {
    let c = Cluster::start(Version::V35);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("keep.db");
    std::fs::write(&file, b"precious").unwrap();
    let out = ours(&c, &["snapshot", "save", file.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("already exists; pass --force"),
        "{}",
        out.stderr
    );
    assert_eq!(std::fs::read(&file).unwrap(), b"precious");
    ours(&c, &["snapshot", "save", file.to_str().unwrap(), "--force"]).ok();
    assert_ne!(std::fs::read(&file).unwrap(), b"precious");

    // A directory, and a directory we may not write to.
    let out = ours(&c, &["snapshot", "save", dir.path().to_str().unwrap()]);
    assert!(out.stderr.contains("is a directory"), "{}", out.stderr);
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o500)).unwrap();
    let target = ro.join("x.db");
    // Root ignores directory permissions; use a path under a file instead, which fails for anyone.
    let under_file = file.join("x.db");
    for dest in [target.as_path(), under_file.as_path()] {
        let out = ours(&c, &["snapshot", "save", dest.to_str().unwrap()]);
        if out.code == 0 {
            continue; // running as root: permissions do not stop us
        }
        assert!(out.stderr.contains("cannot create"), "{}", out.stderr);
        assert!(!dest.exists());
    }
    // A server that is gone: no file under the name, no .part.
    let mut c = c;
    c.stop();
    let out = ours(
        &c,
        &[
            "snapshot",
            "save",
            dir.path().join("dead.db").to_str().unwrap(),
        ],
    );
    // etcdctl's code for any failed save, with the connection problem as the cause.
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert!(out.stderr.contains("connection refused"), "{}", out.stderr);
    assert!(!dir.path().join("dead.db").exists() && !dir.path().join("dead.db.part").exists());
}

/// A few MB, more than any pipe buffer.
fn load_bulk(c: &Cluster) {
    let value = vec![b'x'; 1024 * 1024];
    for i in 0..4 {
        let mut cmd = clean(c.version.etcdctl());
        cmd.arg(format!("--endpoints={}", c.endpoints()))
            .args(c.tls_args())
            .args(["put", &format!("/bulk/{i}")]);
        run(cmd, Some(&value)).ok();
    }
}

/// A save blocked on its output (a FIFO nobody reads, or a pipe nobody drains), so that a
/// signal surely arrives mid-stream however fast the machine is.
#[test]
fn interrupted_save_leaves_nothing_under_the_final_name() {
    let c = Cluster::start(Version::V35);
    load_bulk(&c);
    for (signal, part_remains) in [(libc::SIGINT, false), (libc::SIGKILL, true)] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("b.db");
        let part = dir.path().join("b.db.part");
        let cpath = std::ffi::CString::new(part.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(cpath.as_ptr(), 0o600) }, 0);
        let mut cmd = clean(ours_path());
        cmd.arg(format!("--endpoints={}", c.endpoint()))
            .args(c.tls_args())
            .args(["snapshot", "save", file.to_str().unwrap(), "--force"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let child = cmd.spawn().unwrap();
        // Read a little, then stop reading: the writer blocks with the snapshot half sent.
        let mut reader = std::fs::File::open(&part).unwrap();
        let mut buf = vec![0u8; 8192];
        std::io::Read::read_exact(&mut reader, &mut buf).unwrap();
        std::thread::sleep(Duration::from_millis(200));
        unsafe { libc::kill(child.id() as i32, signal) };
        let out = wait_bounded(child, "kubectl-etcd after a signal");
        drop(reader);
        assert!(
            !file.exists(),
            "no file under the final name after signal {signal}"
        );
        assert_eq!(part.exists(), part_remains, "signal {signal}");
        if signal == libc::SIGINT {
            assert_eq!(out.status.code(), Some(130));
            assert!(
                String::from_utf8_lossy(&out.stderr).contains("interrupted: no snapshot was saved")
            );
        }
    }
}

#[test]
fn interrupted_save_to_a_stalled_pipe_exits_130() {
    let c = Cluster::start(Version::V35);
    load_bulk(&c);
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--endpoints={}", c.endpoint()))
        .args(c.tls_args())
        .args(["snapshot", "save", "-"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = vec![0u8; 4096];
    std::io::Read::read_exact(&mut stdout, &mut buf).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "Ctrl-C did not stop a blocked save"
        );
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(status.code(), Some(130));
}

fn snapshot_of(c: &Cluster, dir: &Path, name: &str) -> std::path::PathBuf {
    let file = dir.join(name);
    etcdctl(c, &["snapshot", "save", file.to_str().unwrap()]).ok();
    file
}

#[test]
fn status_equals_the_reference_tool() {
    for v in Version::all() {
        let c = Cluster::start(v);
        load_history(&c);
        let dir = tempfile::tempdir().unwrap();
        let file = snapshot_of(&c, dir.path(), "s.db");
        let f = file.to_str().unwrap();
        assert_eq!(
            ours_raw(&["snapshot", "status", f, "-w", "json"])
                .ok()
                .json(),
            reference_status(v, &file)
        );
        let (tool, _) = v.snapshot_tool();
        for format in ["simple", "table"] {
            let mut cmd = clean(&tool);
            cmd.args(["snapshot", "status", "-w", format, f]);
            let want = run(cmd, None).ok().text();
            assert_eq!(
                ours_raw(&["snapshot", "status", f, "-w", format])
                    .ok()
                    .text(),
                want,
                "{v:?} -w {format}"
            );
        }
    }
    // The snapshot a real kube-apiserver's etcd wrote.
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/real-apiserver/snapshot.db");
    let got = ours_raw(&[
        "snapshot",
        "status",
        fixture.to_str().unwrap(),
        "-w",
        "json",
    ])
    .ok()
    .json();
    assert_eq!(got, reference_status(Version::V35, &fixture));
    assert_eq!(got["revision"], 2349);
}

#[test]
fn offline_get_equals_online_get_at_the_snapshot_revision() {
    for v in Version::all() {
        let c = Cluster::start(v);
        load_history(&c);
        let dir = tempfile::tempdir().unwrap();
        let file = snapshot_of(&c, dir.path(), "s.db");
        let f = file.to_str().unwrap();
        let rev = reference_status(v, &file)["revision"].as_i64().unwrap();
        // Changes after the snapshot must not show up offline.
        etcdctl(&c, &["put", "/registry/pods/ns0/after", "x"]).ok();
        etcdctl(&c, &["del", "/registry/configmaps/", "--prefix"]).ok();
        let at = rev.to_string();
        let older = (rev - 3).to_string();
        for args in [
            &["/registry/", "--prefix"][..],
            &["/registry/", "--prefix", "--keys-only"],
            &["/registry/pods/ns0/p0"],
            &["", "--from-key"],
            &["/registry/pods/", "/registry/pods/ns2"],
            &["/registry/", "--prefix", "--limit", "3"],
            &[
                "/registry/",
                "--prefix",
                "--sort-by",
                "MODIFY",
                "--order",
                "DESCEND",
            ],
            &["/registry/", "--prefix", "--rev", &older],
        ] {
            let online_rev = if args.contains(&"--rev") {
                vec![]
            } else {
                vec!["--rev", at.as_str()]
            };
            let mut online: Vec<&str> = vec!["get"];
            online.extend(args);
            online.extend(&online_rev);
            online.extend(["-w", "json"]);
            let want = etcdctl(&c, &online).ok().json();
            let mut offline: Vec<&str> = vec!["get", "--snapshot", f];
            offline.extend(args);
            offline.extend(["-w", "json"]);
            let got = ours_raw(&offline).ok().json();
            assert_eq!(got["kvs"], want["kvs"], "{v:?} {args:?}");
            assert_eq!(got["count"], want["count"], "{v:?} {args:?}");
            assert_eq!(got.get("more"), want.get("more"), "{v:?} {args:?}");
            // Simple output too.
            let mut simple: Vec<&str> = vec!["get", "--snapshot", f];
            simple.extend(args);
            let mut online_simple: Vec<&str> = vec!["get"];
            online_simple.extend(args);
            online_simple.extend(&online_rev);
            assert_eq!(
                ours_raw(&simple).ok().text(),
                etcdctl(&c, &online_simple).ok().text(),
                "{v:?} {args:?}"
            );
        }
        // Below the compaction, and past the end.
        let out = ours_raw(&[
            "get",
            "--snapshot",
            f,
            "/registry/",
            "--prefix",
            "--rev",
            "2",
        ]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(out.stderr.contains("compacted"), "{}", out.stderr);
        let out = ours_raw(&[
            "get",
            "--snapshot",
            f,
            "/registry/",
            "--prefix",
            "--rev",
            &(rev + 100).to_string(),
        ]);
        assert!(out.stderr.contains("future revision"), "{}", out.stderr);
    }
}

#[test]
fn corrupt_and_wrong_files_are_refused_precisely() {
    let c = Cluster::start(Version::V35);
    load_history(&c);
    let dir = tempfile::tempdir().unwrap();
    let good = snapshot_of(&c, dir.path(), "good.db");
    let bytes = std::fs::read(&good).unwrap();
    ours_raw(&["snapshot", "verify", good.to_str().unwrap()]).ok();

    let write = |name: &str, data: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, data).unwrap();
        p
    };
    let mut cases: Vec<(std::path::PathBuf, &str)> = vec![
        (write("empty.db", b""), "is empty"),
        (
            write("text.db", b"hello, this is not a database\n"),
            "not a",
        ),
        (dir.path().to_path_buf(), "is a directory"),
        (dir.path().join("missing.db"), "does not exist"),
    ];
    for cut in [
        100usize,
        4096,
        8192 + 7,
        bytes.len() / 2,
        bytes.len() - 33,
        bytes.len() - 1,
    ] {
        cases.push((write(&format!("cut{cut}.db"), &bytes[..cut]), ""));
    }
    let mut mid = bytes.clone();
    let m = mid.len() / 2;
    mid[m] ^= 0x40;
    cases.push((write("flip-mid.db", &mid), "SHA-256 mismatch"));
    let mut tail = bytes.clone();
    let t = tail.len() - 5;
    tail[t] ^= 1;
    cases.push((write("flip-trailer.db", &tail), "SHA-256 mismatch"));
    for (path, needle) in &cases {
        let out = ours_raw(&["snapshot", "verify", path.to_str().unwrap()]);
        assert_ne!(out.code, 0, "{} verified", path.display());
        assert!(
            out.stderr.contains(needle),
            "{}: {}",
            path.display(),
            out.stderr
        );
        assert!(
            out.stderr.contains("hint:"),
            "{}: {}",
            path.display(),
            out.stderr
        );
        assert!(out.stdout.is_empty());
    }
    // A raw db file (no trailer) passes only with --skip-hash-check.
    let raw = write("raw.db", &bytes[..bytes.len() - 32]);
    let out = ours_raw(&["snapshot", "verify", raw.to_str().unwrap()]);
    assert!(out.stderr.contains("--skip-hash-check"), "{}", out.stderr);
    ours_raw(&[
        "snapshot",
        "verify",
        raw.to_str().unwrap(),
        "--skip-hash-check",
    ])
    .ok();
    // Nothing was created or changed by any of this.
    assert_eq!(std::fs::read(&good).unwrap(), bytes);
}
