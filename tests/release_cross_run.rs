//! The cross-run checks of a release, in CI: `scripts/release.sh` cross-builds linux/arm64
//! (static musl) and windows/amd64 with cargo-zigbuild, checks each binary as a release does
//! (`file`, `version` under qemu-aarch64-static and under Wine), packages them and writes the
//! manifest; then the binaries from those archives talk to a real etcd 3.5 over mutual TLS —
//! under qemu and under Wine — and must print what etcdctl prints and save a snapshot etcdutl
//! accepts. darwin is only checked by `scripts/release.sh` (README, "Releasing").
//!
//! Its own test binary, so that `cargo test` runs it after the integration tests, never beside
//! them: a cold build is about 500 CPU-seconds (under `nice -n 19`, in target/cross-check with
//! the `cross-check` profile). Without the toolchain (scripts/install-test-deps.sh) it skips
//! with a message, except with CI=true, where it fails.

#[path = "integration/support/mod.rs"]
mod support;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_yaml::Value;
use sha2::{Digest, Sha256};

use support::etcd::{Cluster, Version};
use support::run::{clean, etcdctl, run, Out};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn sha256_file(p: &Path) -> String {
    let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    format!("{:x}", Sha256::digest(bytes))
}

fn have(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// What the cross-run checks need that is not here (scripts/install-test-deps.sh installs all).
fn missing_tools() -> Vec<&'static str> {
    let mut missing = Vec::new();
    if !have("cargo", &["zigbuild", "--help"]) {
        missing.push("cargo-zigbuild (crates.io)");
    }
    if !have("python3", &["-m", "ziglang", "version"]) {
        missing.push("zig (PyPI: ziglang)");
    }
    if !have("qemu-aarch64-static", &["--version"]) {
        missing.push("qemu-aarch64-static (Debian: qemu-user-static)");
    }
    if !have("wine", &["--version"]) {
        missing.push("wine (Debian: wine, wine64)");
    }
    if !have("file", &["--version"]) {
        missing.push("file (Debian)");
    }
    if !have("skopeo", &["--version"]) {
        missing.push("skopeo (Debian)");
    }
    if let Ok(o) = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
    {
        let installed = String::from_utf8_lossy(&o.stdout);
        for t in ["aarch64-unknown-linux-musl", "x86_64-pc-windows-gnu"] {
            if !installed.lines().any(|l| l == t) {
                missing.push(if t.starts_with("aarch64") {
                    "rustup target aarch64-unknown-linux-musl"
                } else {
                    "rustup target x86_64-pc-windows-gnu"
                });
            }
        }
    }
    missing
}

fn text(o: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// How a cross binary is run here: `command…` before its arguments, with `env`.
struct Runner {
    command: Vec<OsString>,
    env: Vec<(&'static str, OsString)>,
}

impl Runner {
    fn qemu(bin: &Path) -> Runner {
        Runner {
            command: vec!["qemu-aarch64-static".into(), bin.into()],
            env: vec![],
        }
    }

    /// Wine as release.sh runs it: its prefix, without the Mono/Gecko installers.
    fn wine(exe: &Path) -> Runner {
        let prefix = std::env::var_os("WINEPREFIX").unwrap_or_else(|| {
            let home = std::env::var_os("HOME").unwrap_or_else(|| "/root".into());
            PathBuf::from(home).join(".wine-kubectl-etcd").into()
        });
        Runner {
            command: vec!["wine".into(), exe.into()],
            env: vec![
                ("WINEPREFIX", prefix),
                ("WINEDLLOVERRIDES", "mscoree,mshtml=".into()),
                ("WINEDEBUG", "-all".into()),
            ],
        }
    }

    /// `args` through the runner, bounded, with no ETCDCTL_* variables inherited.
    fn run(&self, args: &[String]) -> Out {
        let mut cmd = clean("timeout");
        cmd.arg("300").args(&self.command).args(args);
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        run(cmd, None)
    }
}

/// Wine before 9.0 (Debian 12 has 8.0) has no bcryptprimitives.dll, which every Rust program
/// since 1.78 imports: put the unchanged .exe beside the test-only DLL of scripts/wine/, as
/// release.sh's check does (Windows loads DLLs from the program's directory first).
fn beside_wine_shim(exe: &Path, dir: &Path) -> PathBuf {
    let version = Command::new("wine").arg("--version").output().unwrap();
    let version = String::from_utf8_lossy(&version.stdout);
    let major: u32 = version
        .trim()
        .trim_start_matches("wine-")
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    std::fs::create_dir_all(dir).unwrap();
    let placed = dir.join("kubectl-etcd.exe");
    std::fs::copy(exe, &placed).unwrap();
    if major < 9 {
        let out = Command::new("python3")
            .args([
                "-m",
                "ziglang",
                "cc",
                "-target",
                "x86_64-windows-gnu",
                "-shared",
                "-O2",
                "-o",
            ])
            .arg(dir.join("bcryptprimitives.dll"))
            .arg(root().join("scripts/wine/bcryptprimitives.c"))
            .arg("-lbcrypt")
            .output()
            .unwrap();
        assert!(out.status.success(), "zig cc: {}", text(&out));
    }
    placed
}

fn unpack(archive: &Path, into: &Path) {
    std::fs::create_dir_all(into).unwrap();
    let out = if archive.extension().is_some_and(|e| e == "zip") {
        Command::new("python3")
            .args([
                "-c",
                "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
            ])
            .arg(archive)
            .arg(into)
            .output()
            .unwrap()
    } else {
        Command::new("tar")
            .arg("xzf")
            .arg(archive)
            .arg("-C")
            .arg(into)
            .output()
            .unwrap()
    };
    assert!(
        out.status.success(),
        "{}: {}",
        archive.display(),
        text(&out)
    );
}

/// The same talk with etcd that etcdctl has, from a cross binary under its runner.
fn talks_to_etcd(platform: &str, c: &Cluster, runner: &Runner, work: &Path) {
    let as_cross = |args: &[&str]| -> Out {
        let mut all = vec![format!("--endpoints={}", c.endpoints())];
        all.extend(c.tls_args());
        all.extend(args.iter().map(|a| a.to_string()));
        runner.run(&all)
    };

    // Reading: byte for byte what etcdctl prints.
    for args in [
        &["get", "/cross/", "--prefix"][..],
        &["get", "/cross/", "--prefix", "--keys-only"][..],
        &["endpoint", "health"][..],
    ] {
        let want = etcdctl(c, args).ok();
        let got = as_cross(args);
        assert_eq!(got.code, 0, "{platform} {args:?}: {}", got.stderr);
        // the health line ends with the time the proposal took, which differs run to run
        let until_took = |s: String| s.split("took = ").next().unwrap_or_default().to_string();
        assert_eq!(
            until_took(got.text()),
            until_took(want.text()),
            "{platform} {args:?}"
        );
    }
    // Writing: a put through the cross binary is what etcdctl then reads.
    let put = as_cross(&["put", &format!("/cross/written-by/{platform}"), "yes"]);
    assert_eq!(put.code, 0, "{platform} put: {}", put.stderr);
    assert_eq!(put.text(), "OK\n", "{platform} put");
    let read = etcdctl(
        c,
        &[
            "get",
            &format!("/cross/written-by/{platform}"),
            "--print-value-only",
        ],
    )
    .ok();
    assert_eq!(read.text(), "yes\n");

    // A snapshot file written by the cross binary (the .part, fsync, rename path of each OS)
    // that etcdutl accepts, at the revision etcd is at.
    let snap = work.join(format!("{}.db", platform.replace('/', "-")));
    let saved = as_cross(&["snapshot", "save", snap.to_str().unwrap()]);
    assert_eq!(saved.code, 0, "{platform} snapshot save: {}", saved.stderr);
    let (etcdutl, _) = Version::V35.snapshot_tool();
    let status = Command::new(etcdutl)
        .args(["snapshot", "status", "-w", "json"])
        .arg(&snap)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{platform}: etcdutl: {}",
        text(&status)
    );
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let revision = etcdctl(c, &["get", "/cross/", "--prefix", "-w", "json"])
        .ok()
        .json()["header"]["revision"]
        .clone();
    assert_eq!(status["revision"], revision, "{platform}: {status}");
}

#[test]
fn linux_arm64_and_windows_amd64_release_binaries_run_and_talk_to_etcd() {
    support::hang_guard::arm();
    let missing = missing_tools();
    if !missing.is_empty() {
        let msg = format!(
            "cross-run checks need {}: run scripts/install-test-deps.sh as root",
            missing.join(", ")
        );
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{msg} (CI=true: not skipped)");
        }
        eprintln!("SKIPPED cross-run checks: {msg}");
        return;
    }

    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    let release = Command::new("bash")
        .arg(root().join("scripts/release.sh"))
        .args([
            "--profile",
            "cross-check",
            "--platforms",
            "linux/arm64 windows/amd64",
            "--out",
        ])
        .arg(&dist)
        // its own directory: `cargo test` holds target/'s lock while tests run
        .env("CARGO_TARGET_DIR", root().join("target/cross-check"))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&release.stderr).into_owned();
    // cargo's progress is long; keep what the checks said, and the end on failure
    let checks: Vec<&str> = said
        .lines()
        .filter(|l| l.starts_with("== ") || l.starts_with("   "))
        .collect();
    eprintln!("{}", checks.join("\n"));
    assert!(
        release.status.success(),
        "scripts/release.sh failed:\n{}",
        said.lines()
            .rev()
            .take(60)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // Each platform's checks ran (not skipped): file type, then `version` under its runner.
    let section = |platform: &str| -> String {
        said.split(&format!("== checking {platform}\n"))
            .nth(1)
            .unwrap_or_else(|| panic!("release.sh did not check {platform}:\n{said}"))
            .split("\n== ")
            .next()
            .unwrap()
            .to_string()
    };
    let arm = section("linux/arm64");
    assert!(
        arm.contains("ELF 64-bit LSB") && arm.contains("ARM aarch64") && arm.contains("static"),
        "{arm}"
    );
    let win = section("windows/amd64");
    assert!(win.contains("PE32+ executable (console) x86-64"), "{win}");
    for s in [&arm, &win] {
        assert!(
            s.contains(&format!(
                "   runs: kubectl-etcd version: {}",
                env!("CARGO_PKG_VERSION")
            )),
            "{s}"
        );
    }

    // The manifest names exactly these archives, with their real SHA-256s.
    let manifest: Value =
        serde_yaml::from_str(&std::fs::read_to_string(dist.join("etcd.yaml")).unwrap()).unwrap();
    let mut listed = Vec::new();
    for p in manifest["spec"]["platforms"].as_sequence().unwrap() {
        let name = p["uri"].as_str().unwrap().rsplit('/').next().unwrap();
        assert_eq!(
            sha256_file(&dist.join(name)),
            p["sha256"].as_str().unwrap(),
            "{name}"
        );
        listed.push(name.to_string());
    }
    listed.sort();
    assert_eq!(
        listed,
        [
            "kubectl-etcd_linux_arm64.tar.gz",
            "kubectl-etcd_windows_amd64.zip"
        ]
    );

    // The binaries users get, from the archives, against a real etcd over mutual TLS.
    let arm_dir = dir.path().join("linux-arm64");
    unpack(&dist.join("kubectl-etcd_linux_arm64.tar.gz"), &arm_dir);
    let win_dir = dir.path().join("windows-amd64");
    unpack(&dist.join("kubectl-etcd_windows_amd64.zip"), &win_dir);
    let exe = beside_wine_shim(&win_dir.join("kubectl-etcd.exe"), &dir.path().join("wine"));

    let c = Cluster::start(Version::V35);
    for (k, v) in [
        ("/cross/a", "1"),
        ("/cross/b", "two words"),
        ("/cross/c/d", ""),
    ] {
        etcdctl(&c, &["put", k, v]).ok();
    }
    talks_to_etcd(
        "linux/arm64",
        &c,
        &Runner::qemu(&arm_dir.join("kubectl-etcd")),
        dir.path(),
    );
    talks_to_etcd("windows/amd64", &c, &Runner::wine(&exe), dir.path());
}
