//! The Krew manifest passes the rules `krew install` and krew-index's CI apply
//! (krew's pkg/index/validation and cmd/validate-krew-manifest), and the release script
//! builds the archive it describes.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use serde_yaml::Value;

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

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

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
    let reserved = ["CON", "PRN", "AUX", "NUL", "COM1", "LPT1"];
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
        spec["description"]
            .as_str()
            .is_some_and(|d| !d.trim().is_empty()),
        "description",
    );
    let platforms = spec["platforms"].as_sequence().cloned().unwrap_or_default();
    check(!platforms.is_empty(), "at least one platform");
    let mut matched = HashSet::new();
    for p in &platforms {
        check(
            p["uri"]
                .as_str()
                .is_some_and(|u| u.starts_with("https://") && u.ends_with(".tar.gz")),
            "uri",
        );
        let sha = p["sha256"].as_str().unwrap_or_default();
        check(
            sha.len() == 64 && sha.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')),
            "sha256 ^[a-f0-9]{64}$",
        );
        check(p["bin"].as_str().is_some_and(|b| !b.is_empty()), "bin");
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
        let labels = p["selector"]["matchLabels"]
            .as_mapping()
            .cloned()
            .unwrap_or_default();
        check(!labels.is_empty(), "selector non-empty");
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

#[test]
fn manifest_follows_krew_rules_and_cargo_version() {
    let path = root().join("krew/etcd.yaml");
    assert_eq!(violations(&path), Vec::<String>::new());
    let m: Value = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        m["spec"]["version"].as_str().unwrap(),
        format!("v{}", env!("CARGO_PKG_VERSION"))
    );
    for p in m["spec"]["platforms"].as_sequence().unwrap() {
        let uri = p["uri"].as_str().unwrap();
        assert!(
            uri.contains(&format!("/v{}/", env!("CARGO_PKG_VERSION"))),
            "{uri}"
        );
    }
}

#[test]
fn validator_rejects_what_krew_rejects() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(root().join("krew/etcd.yaml")).unwrap();
    for (from, to, rule) in [
        ("version: v0.", "version: 0.", "version is v + semver"),
        ("sha256: ", "sha256: ABC", "sha256 ^[a-f0-9]{64}$"),
        ("arch: arm64\n", "arch: amd64\n", "no os/arch matched twice"),
        ("kind: Plugin", "kind: Plugins", "kind"),
    ] {
        let path = dir.path().join("etcd.yaml");
        std::fs::write(&path, good.replacen(from, to, 1)).unwrap();
        assert!(
            violations(&path).iter().any(|v| v == rule),
            "{rule}: {:?}",
            violations(&path)
        );
    }
}

#[test]
fn release_script_builds_the_archive_the_manifest_describes() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("etcd.yaml");
    std::fs::copy(root().join("krew/etcd.yaml"), &manifest).unwrap();
    let out = Command::new("bash")
        .arg(root().join("scripts/release.sh"))
        .args([
            "--binary",
            env!("CARGO_BIN_EXE_kubectl-etcd"),
            "--os",
            "linux",
            "--arch",
            "amd64",
            "--out",
        ])
        .arg(dir.path())
        .arg("--manifest")
        .arg(&manifest)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let archive = dir.path().join("kubectl-etcd_linux_amd64.tar.gz");
    let list = Command::new("tar")
        .arg("tzf")
        .arg(&archive)
        .output()
        .unwrap();
    let mut files: Vec<String> = String::from_utf8_lossy(&list.stdout)
        .lines()
        .map(String::from)
        .collect();
    files.sort();
    assert_eq!(files, ["LICENSE", "kubectl-etcd"]);
    let sha = Command::new("sha256sum").arg(&archive).output().unwrap();
    let sha = String::from_utf8_lossy(&sha.stdout)
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    let m: Value = serde_yaml::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
    let linux = m["spec"]["platforms"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|p| {
            p["selector"]["matchLabels"]["os"] == "linux"
                && p["selector"]["matchLabels"]["arch"] == "amd64"
        })
        .unwrap();
    assert_eq!(linux["sha256"].as_str().unwrap(), sha);
    assert_eq!(violations(&manifest), Vec::<String>::new());
    // The packaged binary runs.
    let x = dir.path().join("x");
    std::fs::create_dir(&x).unwrap();
    assert!(Command::new("tar")
        .arg("xzf")
        .arg(&archive)
        .arg("-C")
        .arg(&x)
        .status()
        .unwrap()
        .success());
    let v = Command::new(x.join("kubectl-etcd"))
        .arg("version")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&v.stdout).contains(env!("CARGO_PKG_VERSION")));
}
