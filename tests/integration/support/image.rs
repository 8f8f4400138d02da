//! kubectl-etcd's container image, built as the release builds it: a static musl binary
//! (in its own target directory under target/, since `cargo test` holds the main one) and
//! scripts/oci_image.py. Built once per test run; cargo makes later runs incremental.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The image reference `backup schedule` uses by default for this version.
pub fn default_reference() -> String {
    format!(
        "ghcr.io/kubectl-etcd/kubectl-etcd:{}",
        env!("CARGO_PKG_VERSION")
    )
}

/// The image tarball (an OCI archive, as `ctr images import` takes).
pub fn tarball() -> &'static Path {
    static TAR: OnceLock<PathBuf> = OnceLock::new();
    TAR.get_or_init(build)
}

fn build() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target_dir = root.join("target/musl-image");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // The release's target and linking (static musl, C parts by musl-gcc), in the fast
    // release-check profile, stripped: what matters here is that the image runs.
    let st = Command::new("nice")
        .args(["-n", "10"])
        .arg(&cargo)
        .args([
            "build",
            "--locked",
            "--profile",
            "release-check",
            "--target",
            "x86_64-unknown-linux-musl",
            "--bin",
            "kubectl-etcd",
        ])
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", &target_dir)
        .env("CC_x86_64_unknown_linux_musl", "musl-gcc")
        .env("CARGO_PROFILE_RELEASE_CHECK_STRIP", "true")
        .status()
        .expect("cargo");
    assert!(
        st.success(),
        "the static musl build failed (scripts/install-test-deps.sh installs musl-tools and the rustup target)"
    );
    let bin = target_dir.join("x86_64-unknown-linux-musl/release-check/kubectl-etcd");
    let out = target_dir.join("kubectl-etcd-image.tar");
    let st = Command::new("python3")
        .arg(root.join("scripts/oci_image.py"))
        .args(["--binary"])
        .arg(&bin)
        .args(["--arch", "amd64", "--tag", &default_reference(), "--out"])
        .arg(&out)
        .status()
        .expect("python3");
    assert!(st.success(), "scripts/oci_image.py failed");
    out
}
