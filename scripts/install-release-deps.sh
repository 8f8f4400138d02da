#!/usr/bin/env bash
# What scripts/release.sh needs, from the package registries only (idempotent, as root):
# cargo-zigbuild (PyPI's wheel, else crates.io) with zig (PyPI: ziglang) as the cross linker for every target,
# the Rust standard libraries of the five targets (rustup), `file` to check the binaries,
# qemu-user-static to run the linux/arm64 binary, wine to run the windows one and skopeo to
# read the container images back as OCI and docker archives (Debian).
# wine is large (~600 MB installed); pass --no-wine to skip it (the windows binary is then
# built and checked with `file` but not run, and release.sh says so and fails).
set -euo pipefail
with_wine=1
[ "${1:-}" = --no-wine ] && with_wine=0

pkgs=(file qemu-user-static skopeo python3-pip)
[ $with_wine = 1 ] && pkgs+=(wine wine64)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
python3 -c 'import ziglang' 2>/dev/null \
  || pip install --quiet ziglang 2>/dev/null \
  || pip install --quiet --break-system-packages ziglang
# cargo-zigbuild, the version the release was checked with: the prebuilt wheel its project
# publishes on PyPI (a source build from crates.io costs a fresh CI machine ~100 CPU-seconds,
# and is the fallback). pip puts the program in Python's scripts folder; a link in cargo's
# own bin folder lets `cargo zigbuild` find it whatever PATH says.
if ! command -v cargo-zigbuild >/dev/null; then
  { pip install --quiet 'cargo-zigbuild==0.24.1' 2>/dev/null \
      || pip install --quiet --break-system-packages 'cargo-zigbuild==0.24.1'; } \
    && ln -sf "$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')/cargo-zigbuild" \
      "${CARGO_HOME:-$HOME/.cargo}/bin/cargo-zigbuild" \
    && cargo-zigbuild --version >/dev/null \
    || cargo install --locked cargo-zigbuild@0.24.1
fi
targets=()
for t in x86_64-unknown-linux-musl aarch64-unknown-linux-musl \
  x86_64-apple-darwin aarch64-apple-darwin x86_64-pc-windows-gnu; do
  rustup target list --installed | grep -qx "$t" || targets+=("$t")
done
[ ${#targets[@]} -eq 0 ] || rustup target add "${targets[@]}"
