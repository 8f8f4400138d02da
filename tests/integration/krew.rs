//! The Krew manifest passes every rule krew-index's CI applies (krew's
//! internal/index/validation and cmd/validate-krew-manifest, plus the index's 50-character
//! shortDescription), says what the tool does today, and is what scripts/release.sh writes from
//! the archives it builds; the archives install the way `kubectl krew install --archive` does.
//!
//! The full five-platform build is the ignored test `release_builds_every_platform` (about
//! 45 minutes on 2 cores; README, "Releasing").

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_yaml::Value;
use sha2::{Digest, Sha256};

/// Every os/arch krew knows (validate-krew-manifest's allPlatforms).
const SUPPORTED: [(&str, &str); 11] = [
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm64"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "ppc64le"),
    ("darwin", "386"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
];

/// What this project ships (issue: every platform most Krew plugins ship).
const SHIPPED: [(&str, &str); 5] = [
    ("linux", "amd64"),
    ("linux", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("windows", "amd64"),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// krew's semver.Parse: a leading `v`, then major.minor.patch without leading zeros.
fn is_semver(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or_default();
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.chars().all(|c| c.is_ascii_digit())
                && (p == &"0" || !p.starts_with('0'))
        })
}

/// validate-krew-manifest's validateLineLength: no line longer than `max` unless it is one
/// word.
fn lines_fit(s: &str, max: usize) -> bool {
    s.lines()
        .all(|l| l.chars().count() <= max || !l.trim().contains(' '))
}

/// Every rule, as a list of violations (empty = valid).
fn violations(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let m: Value = serde_yaml::from_str(&text).unwrap();
    let mut bad = Vec::new();
    let mut check = |ok: bool, what: &str| {
        if !ok {
            bad.push(what.to_string())
        }
    };
    check(
        path.extension().is_some_and(|e| e == "yaml"),
        "file extension .yaml",
    );
    check(
        m["apiVersion"] == "krew.googlecontainertools.github.com/v1alpha2",
        "apiVersion",
    );
    check(m["kind"] == "Plugin", "kind");
    let name = m["metadata"]["name"].as_str().unwrap_or_default();
    check(
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-'),
        "name ^[\\w-]+$",
    );
    check(
        Some(name) == path.file_stem().and_then(|s| s.to_str()),
        "name equals the file name",
    );
    let reserved = (1..=9)
        .flat_map(|i| [format!("COM{i}"), format!("LPT{i}")])
        .chain(["CON", "PRN", "AUX", "NUL"].map(String::from))
        .collect::<Vec<_>>();
    check(
        !reserved.iter().any(|r| r.eq_ignore_ascii_case(name)),
        "name is not a Windows reserved name",
    );
    let spec = &m["spec"];
    let version = spec["version"].as_str().unwrap_or_default();
    check(
        version.strip_prefix('v').is_some_and(is_semver),
        "version is v + semver",
    );
    let short = spec["shortDescription"].as_str().unwrap_or_default();
    check(
        !short.is_empty() && !short.contains(['\n', '\r']),
        "shortDescription is one non-empty line",
    );
    check(
        short.chars().count() <= 50,
        "shortDescription at most 50 characters",
    );
    let description = spec["description"].as_str().unwrap_or_default();
    check(!description.trim().is_empty(), "description");
    check(
        lines_fit(description, 80),
        "description lines at most 80 characters",
    );
    check(
        lines_fit(spec["caveats"].as_str().unwrap_or_default(), 80),
        "caveats lines at most 80 characters",
    );
    check(
        spec["homepage"]
            .as_str()
            .is_some_and(|h| h.starts_with("https://")),
        "homepage",
    );
    let platforms = spec["platforms"].as_sequence().cloned().unwrap_or_default();
    check(!platforms.is_empty(), "at least one platform");
    let mut matched = HashSet::new();
    for p in &platforms {
        let uri = p["uri"].as_str().unwrap_or_default();
        check(
            uri.starts_with("https://") && (uri.ends_with(".tar.gz") || uri.ends_with(".zip")),
            "uri: https, .tar.gz or .zip",
        );
        let sha = p["sha256"].as_str().unwrap_or_default();
        check(
            sha.len() == 64 && sha.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')),
            "sha256 ^[a-f0-9]{64}$",
        );
        check(p["bin"].as_str().is_some_and(|b| !b.is_empty()), "bin");
        if !p["files"].is_null() {
            let files = p["files"].as_sequence().cloned().unwrap_or_default();
            check(!files.is_empty(), "files non-empty when given");
            for f in &files {
                check(
                    f["from"].as_str().is_some_and(|s| !s.is_empty())
                        && f["to"].as_str().is_some_and(|s| !s.is_empty()),
                    "files from/to",
                );
            }
            check(
                files.iter().any(|f| {
                    f["from"]
                        .as_str()
                        .is_some_and(|s| s.eq_ignore_ascii_case("license"))
                }),
                "a license file is installed",
            );
        }
        let selector = &p["selector"];
        check(selector.is_mapping(), "selector is set");
        check(
            selector
                .as_mapping()
                .is_some_and(|s| s.keys().all(|k| k == "matchLabels")),
            "selector uses matchLabels only",
        );
        let labels = selector["matchLabels"]
            .as_mapping()
            .cloned()
            .unwrap_or_default();
        check(!labels.is_empty(), "matchLabels non-empty");
        check(
            labels.keys().all(|k| k == "os" || k == "arch"),
            "selector keys only os/arch",
        );
        let os = labels.get("os").and_then(Value::as_str).unwrap_or_default();
        let arch = labels
            .get("arch")
            .and_then(Value::as_str)
            .unwrap_or_default();
        check(
            SUPPORTED.contains(&(os, arch)),
            "platform is one krew supports",
        );
        check(
            matched.insert((os.to_string(), arch.to_string())),
            "no os/arch matched twice",
        );
        if os == "windows" {
            check(
                p["bin"].as_str().is_some_and(|b| b.ends_with(".exe")),
                "windows bin ends in .exe",
            );
        }
    }
    bad
}

/// What a user must learn from the manifest before installing (issue 18): the text describes
/// today's tool, not the first version's.
fn missing_facts(m: &Value) -> Vec<&'static str> {
    let text = format!(
        "{}\n{}",
        m["spec"]["description"].as_str().unwrap_or_default(),
        m["spec"]["caveats"].as_str().unwrap_or_default()
    );
    [
        ("kubeconfig", "cluster mode through the kubeconfig"),
        ("snapshot save", "backups"),
        ("snapshot restore", "restore"),
        ("get --snapshot", "decoding a backup"),
        ("snapshot extract", "recovering single objects"),
        ("pods/exec", "RBAC: pods/exec"),
        ("pods/portforward", "RBAC: pods/portforward"),
        ("kubectl_complete-etcd", "how to enable kubectl etcd <TAB>"),
    ]
    .into_iter()
    .filter(|(needle, _)| !text.contains(needle))
    .map(|(_, fact)| fact)
    .collect()
}

fn sha256_file(p: &Path) -> String {
    Sha256::digest(std::fs::read(p).unwrap())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn platforms(m: &Value) -> Vec<(String, String)> {
    m["spec"]["platforms"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|p| {
            let l = &p["selector"]["matchLabels"];
            (
                l["os"].as_str().unwrap().to_string(),
                l["arch"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn manifest_follows_krew_rules_and_says_what_the_tool_does() {
    let path = root().join("krew/etcd.yaml");
    assert_eq!(violations(&path), Vec::<String>::new());
    let m: Value = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(missing_facts(&m), Vec::<&str>::new());
    assert_eq!(
        m["spec"]["version"].as_str().unwrap(),
        format!("v{}", env!("CARGO_PKG_VERSION"))
    );
    let mut got = platforms(&m);
    got.sort();
    let mut want: Vec<(String, String)> = SHIPPED
        .iter()
        .map(|(o, a)| (o.to_string(), a.to_string()))
        .collect();
    want.sort();
    assert_eq!(got, want);
    for p in m["spec"]["platforms"].as_sequence().unwrap() {
        let l = &p["selector"]["matchLabels"];
        let ext = if l["os"] == "windows" {
            "zip"
        } else {
            "tar.gz"
        };
        assert_eq!(
            p["uri"].as_str().unwrap(),
            format!(
                "https://github.com/kubectl-etcd/kubectl-etcd/releases/download/v{}/kubectl-etcd_{}_{}.{ext}",
                env!("CARGO_PKG_VERSION"),
                l["os"].as_str().unwrap(),
                l["arch"].as_str().unwrap()
            )
        );
    }
}

/// krew/etcd.yaml is the generator's output (scripts/krew_manifest.py), hashes aside: the
/// text cannot drift from what the release script writes.
#[test]
fn checked_in_manifest_is_what_the_release_script_writes() {
    let dir = tempfile::tempdir().unwrap();
    for (os, arch) in SHIPPED {
        let ext = if os == "windows" { "zip" } else { "tar.gz" };
        std::fs::write(
            dir.path().join(format!("kubectl-etcd_{os}_{arch}.{ext}")),
            "x",
        )
        .unwrap();
    }
    let out = Command::new("python3")
        .arg(root().join("scripts/krew_manifest.py"))
        .args(["--version", env!("CARGO_PKG_VERSION"), "--dist"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let no_hashes = |s: &str| {
        s.lines()
            .filter(|l| !l.trim_start().starts_with("sha256:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        no_hashes(&std::fs::read_to_string(root().join("krew/etcd.yaml")).unwrap()),
        no_hashes(&String::from_utf8_lossy(&out.stdout))
    );
    // A platform without its archive is an error, not a made-up hash.
    std::fs::remove_file(dir.path().join("kubectl-etcd_darwin_arm64.tar.gz")).unwrap();
    let out = Command::new("python3")
        .arg(root().join("scripts/krew_manifest.py"))
        .args(["--version", env!("CARGO_PKG_VERSION"), "--dist"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("kubectl-etcd_darwin_arm64.tar.gz"));
}

#[test]
fn validator_rejects_what_krew_rejects() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(root().join("krew/etcd.yaml")).unwrap();
    let long_line = format!("  description: |\n    {}\n", "word ".repeat(20));
    for (from, to, rule) in [
        ("version: v0.", "version: 0.", "version is v + semver"),
        ("sha256: ", "sha256: ABC", "sha256 ^[a-f0-9]{64}$"),
        ("arch: arm64\n", "arch: amd64\n", "no os/arch matched twice"),
        ("kind: Plugin", "kind: Plugins", "kind"),
        (
            "shortDescription: ",
            "shortDescription: Back up, check, restore and inspect the etcd of ",
            "shortDescription at most 50 characters",
        ),
        (
            "  description: |\n",
            long_line.as_str(),
            "description lines at most 80 characters",
        ),
        (
            "bin: kubectl-etcd.exe",
            "bin: kubectl-etcd",
            "windows bin ends in .exe",
        ),
        ("os: darwin", "os: plan9", "platform is one krew supports"),
        ("os: linux", "distro: linux", "selector keys only os/arch"),
        (
            "from: LICENSE",
            "from: README",
            "a license file is installed",
        ),
    ] {
        let path = dir.path().join("etcd.yaml");
        let text = good.replacen(from, to, 1);
        assert_ne!(text, good, "{rule}: nothing replaced");
        std::fs::write(&path, text).unwrap();
        assert!(
            violations(&path).iter().any(|v| v == rule),
            "{rule}: {:?}",
            violations(&path)
        );
    }
    let path = dir.path().join("kubectl-etcd.yaml");
    std::fs::write(&path, &good).unwrap();
    assert!(violations(&path).contains(&"name equals the file name".to_string()));
}

/// Installs `archive` as `kubectl krew install --manifest M --archive A` does when krew is
/// present; otherwise performs krew's steps for a local archive itself (hash check, unpack,
/// `files` operations, `bin` made executable) — krew cannot be built here (its Go modules are
/// not reachable). Returns the installed binary.
fn krew_install(manifest: &Path, archive: &Path, os: &str, arch: &str, root_dir: &Path) -> PathBuf {
    let m: Value = serde_yaml::from_str(&std::fs::read_to_string(manifest).unwrap()).unwrap();
    let p = m["spec"]["platforms"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|p| {
            p["selector"]["matchLabels"]["os"] == os && p["selector"]["matchLabels"]["arch"] == arch
        })
        .unwrap_or_else(|| panic!("no {os}/{arch} in the manifest"))
        .clone();
    let krew = Command::new("kubectl")
        .args(["krew", "version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if krew {
        let out = Command::new("kubectl")
            .env("KREW_ROOT", root_dir)
            .env("KREW_OS", os)
            .env("KREW_ARCH", arch)
            .args(["krew", "install", "--manifest"])
            .arg(manifest)
            .arg("--archive")
            .arg(archive)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        return root_dir.join("bin").join(if os == "windows" {
            "kubectl-etcd.exe"
        } else {
            "kubectl-etcd"
        });
    }
    assert_eq!(
        sha256_file(archive),
        p["sha256"].as_str().unwrap(),
        "krew refuses an archive whose SHA-256 differs from the manifest's"
    );
    let unpacked = root_dir.join("unpacked");
    std::fs::create_dir_all(&unpacked).unwrap();
    assert!(Command::new("tar")
        .arg("xzf")
        .arg(archive)
        .arg("-C")
        .arg(&unpacked)
        .status()
        .unwrap()
        .success());
    let installed = root_dir
        .join("store/etcd")
        .join(m["spec"]["version"].as_str().unwrap());
    std::fs::create_dir_all(&installed).unwrap();
    for f in p["files"].as_sequence().unwrap() {
        let from = unpacked.join(f["from"].as_str().unwrap());
        assert!(
            from.exists(),
            "files: {} is not in the archive",
            from.display()
        );
        let to = installed.join(f["to"].as_str().unwrap());
        std::fs::copy(&from, to.join(from.file_name().unwrap())).unwrap();
    }
    let bin = installed.join(p["bin"].as_str().unwrap());
    assert!(bin.exists(), "bin {} not installed", bin.display());
    bin
}

#[test]
fn release_script_packages_a_binary_reproducibly_and_it_installs() {
    let dir = tempfile::tempdir().unwrap();
    // The test build without its debug info (200+ MB would make packaging the slow part).
    let binary = dir.path().join("kubectl-etcd");
    std::fs::copy(env!("CARGO_BIN_EXE_kubectl-etcd"), &binary).unwrap();
    assert!(Command::new("strip")
        .arg(&binary)
        .status()
        .unwrap()
        .success());
    let package = |out: &Path, os: &str| {
        Command::new("bash")
            .arg(root().join("scripts/release.sh"))
            .arg("--binary")
            .arg(&binary)
            .args(["--os", os])
            // the test build is dynamically linked; release builds are checked static
            .args(["--arch", "amd64", "--allow-dynamic", "--out"])
            .arg(out)
            .output()
            .unwrap()
    };
    let first = dir.path().join("first");
    let out = package(&first, "linux");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let archive = first.join("kubectl-etcd_linux_amd64.tar.gz");
    // The same binary gives the same bytes: fixed order, owner, mode and mtime.
    let second = dir.path().join("second");
    assert!(package(&second, "linux").status.success());
    assert_eq!(
        sha256_file(&archive),
        sha256_file(&second.join("kubectl-etcd_linux_amd64.tar.gz"))
    );
    let list = Command::new("tar")
        .args(["tvzf"])
        .arg(&archive)
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 2, "{list}");
    assert!(
        lines[0].starts_with("-rw-r--r-- 0/0") && lines[0].ends_with(" LICENSE"),
        "{list}"
    );
    assert!(
        lines[1].starts_with("-rwxr-xr-x 0/0") && lines[1].ends_with(" kubectl-etcd"),
        "{list}"
    );
    assert!(
        lines.iter().all(|l| l.contains("1970-01-01 00:00")),
        "{list}"
    );

    // The manifest it writes describes that archive, passes every rule, and installs.
    let manifest = first.join("etcd.yaml");
    assert_eq!(violations(&manifest), Vec::<String>::new());
    let m: Value = serde_yaml::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
    assert_eq!(
        m["spec"]["platforms"][0]["sha256"].as_str().unwrap(),
        sha256_file(&archive)
    );
    let krew_root = dir.path().join("krew");
    let bin = krew_install(&manifest, &archive, "linux", "amd64", &krew_root);
    let v = Command::new(&bin).arg("version").output().unwrap();
    assert!(String::from_utf8_lossy(&v.stdout).contains(env!("CARGO_PKG_VERSION")));

    // The linux build is also the container image: both runs wrote the same bytes, and skopeo
    // (containers/image) reads it by its tag as the docker archive `docker load` takes and as
    // an OCI archive, for linux/amd64, running the binary as a non-root user.
    let image = first.join("kubectl-etcd_linux_amd64.oci.tar");
    assert_eq!(
        sha256_file(&image),
        sha256_file(&second.join("kubectl-etcd_linux_amd64.oci.tar"))
    );
    let tag = format!(
        "ghcr.io/kubectl-etcd/kubectl-etcd:{}",
        env!("CARGO_PKG_VERSION")
    );
    let skopeo = |args: &[&str], reference: String| -> serde_json::Value {
        let out = Command::new("skopeo")
            .args(args)
            .arg(&reference)
            .output()
            .expect("skopeo (scripts/install-test-deps.sh)");
        assert!(
            out.status.success(),
            "{reference}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let docker = skopeo(
        &["inspect"],
        format!("docker-archive:{}:{tag}", image.display()),
    );
    assert_eq!(
        (&docker["Os"], &docker["Architecture"]),
        (&"linux".into(), &"amd64".into())
    );
    let config = skopeo(
        &["inspect", "--config"],
        format!(
            "oci-archive:{}:{}",
            image.display(),
            env!("CARGO_PKG_VERSION")
        ),
    );
    assert_eq!(config["config"]["User"], "65532:65532");
    assert_eq!(config["config"]["Entrypoint"][0], "/kubectl-etcd");

    // A binary that is not what the platform says is refused before anything is packaged.
    let third = dir.path().join("third");
    let out = package(&third, "windows");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is not a windows/amd64 binary"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!third.join("kubectl-etcd_windows_amd64.zip").exists());
    assert!(!third.join("kubectl-etcd_windows_amd64.oci.tar").exists());
}

/// The release test: all five platforms cross-built, checked (`file`, qemu, wine), packaged
/// reproducibly, the linux images written and read back by skopeo, and described by a valid
/// manifest. Needs scripts/install-release-deps.sh and
/// about 45 minutes on 2 cores, so CI skips it:
/// `cargo test --test integration -- --ignored krew::release_builds_every_platform`.
#[test]
#[ignore]
fn release_builds_every_platform() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("bash")
        .arg(root().join("scripts/release.sh"))
        .args(["--profile", "release-check", "--out"])
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(out.success());
    let manifest = dir.path().join("etcd.yaml");
    assert_eq!(violations(&manifest), Vec::<String>::new());
    let m: Value = serde_yaml::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
    assert_eq!(missing_facts(&m), Vec::<&str>::new());
    for p in m["spec"]["platforms"].as_sequence().unwrap() {
        let name = p["uri"].as_str().unwrap().rsplit('/').next().unwrap();
        assert_eq!(
            sha256_file(&dir.path().join(name)),
            p["sha256"].as_str().unwrap(),
            "{name}"
        );
    }
    let zip = dir.path().join("kubectl-etcd_windows_amd64.zip");
    let list = Command::new("python3")
        .args([
            "-c",
            "import sys, zipfile; print(' '.join(zipfile.ZipFile(sys.argv[1]).namelist()))",
        ])
        .arg(&zip)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&list.stdout).trim(),
        "LICENSE kubectl-etcd.exe"
    );
    // SHA256SUMS names the five archives and the two linux images, with their hashes.
    let sums = std::fs::read_to_string(dir.path().join("SHA256SUMS")).unwrap();
    let mut names: Vec<&str> = sums
        .lines()
        .map(|l| l.split_once("  ").unwrap().1)
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "kubectl-etcd_darwin_amd64.tar.gz",
            "kubectl-etcd_darwin_arm64.tar.gz",
            "kubectl-etcd_linux_amd64.oci.tar",
            "kubectl-etcd_linux_amd64.tar.gz",
            "kubectl-etcd_linux_arm64.oci.tar",
            "kubectl-etcd_linux_arm64.tar.gz",
            "kubectl-etcd_windows_amd64.zip",
        ]
    );
    for line in sums.lines() {
        let (hash, name) = line.split_once("  ").unwrap();
        assert_eq!(sha256_file(&dir.path().join(name)), hash, "{name}");
    }
    let krew_root = dir.path().join("krew");
    let archive = dir.path().join("kubectl-etcd_linux_amd64.tar.gz");
    let bin = krew_install(&manifest, &archive, "linux", "amd64", &krew_root);
    let v = Command::new(&bin).arg("version").output().unwrap();
    assert!(String::from_utf8_lossy(&v.stdout).contains(env!("CARGO_PKG_VERSION")));
}

/// The macOS framework stubs the darwin builds link against name the frameworks' real install
/// paths and export what the TLS stack calls (certificate evaluation, CoreFoundation memory).
#[test]
fn macos_framework_stubs_name_the_real_frameworks() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("python3")
        .arg(root().join("scripts/macos_framework_stubs.py"))
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (fw, symbol) in [
        ("Security", "_SecTrustEvaluateWithError"),
        ("Security", "_SecTrustSetAnchorCertificates"),
        ("CoreFoundation", "_CFRelease"),
    ] {
        let tbd =
            std::fs::read_to_string(dir.path().join(format!("{fw}.framework/{fw}.tbd"))).unwrap();
        assert!(tbd.starts_with("--- !tapi-tbd\n"), "{fw}");
        assert!(
            tbd.contains(&format!(
                "install-name:    '/System/Library/Frameworks/{fw}.framework/Versions/A/{fw}'"
            )),
            "{fw}"
        );
        assert!(
            tbd.contains(&format!(" {symbol},")) || tbd.contains(&format!(" {symbol} ]")),
            "{fw} lacks {symbol}"
        );
    }
}
