#!/usr/bin/env bash
# Builds the release archives for every platform Krew users have, checks each binary, and writes
# the Krew manifest from the archives.
#
#   scripts/release.sh                       # all five platforms into dist/, dist/etcd.yaml
#   scripts/release.sh --write-krew          # ... and copy the manifest to krew/etcd.yaml
#   scripts/release.sh --profile release-check --platforms "linux/arm64 windows/amd64"
#   scripts/release.sh --binary PATH --os linux --arch amd64 --out DIR   # package a built binary
#                                            # (manifest of that platform only: a local install)
#
# Platforms: linux/amd64, linux/arm64 (musl, static), darwin/amd64, darwin/arm64,
# windows/amd64. Cross toolchain: cargo-zigbuild (crates.io) with zig from PyPI (ziglang) —
# scripts/install-release-deps.sh installs them, the Rust targets, `file`, qemu-user-static and
# wine. Builds run one at a time under `nice -n 19` (they are CPU-heavy).
#
# Checks, for every binary: `file` says the expected format and architecture (static ELF for
# linux); then `kubectl-etcd version` runs natively (linux/amd64), under qemu-aarch64-static
# (linux/arm64) and under wine (windows/amd64). darwin binaries cannot be run on Linux: they are
# linked (against framework stubs, scripts/macos_framework_stubs.py) and checked for their
# Mach-O architecture only.
#
# Archives: kubectl-etcd_<os>_<arch>.tar.gz (zip for windows) holding the binary and LICENSE,
# reproducible: sorted entries, fixed owner, mode and mtime, no gzip timestamp.
#
# --profile release-check (Cargo.toml: no LTO, no optimization) makes the same binaries faster, for
# checking the toolchain; releases use the default `release`.
set -euo pipefail
cd "$(dirname "$0")/.."

out=dist profile=release platforms="linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64"
binary="" os="" arch="" write_krew=0 allow_dynamic=0
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    --platforms) platforms=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --os) os=$2; shift 2 ;;
    --arch) arch=$2; shift 2 ;;
    --write-krew) write_krew=1; shift ;;
    --allow-dynamic) allow_dynamic=1; shift ;; # with --binary: a dynamically linked test build
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $1 (see scripts/release.sh --help)" >&2; exit 2 ;;
  esac
done
version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
mkdir -p "$out"
out=$(cd "$out" && pwd)

rust_target() {
  case $1 in
    linux/amd64) echo x86_64-unknown-linux-musl ;;
    linux/arm64) echo aarch64-unknown-linux-musl ;;
    darwin/amd64) echo x86_64-apple-darwin ;;
    darwin/arm64) echo aarch64-apple-darwin ;;
    windows/amd64) echo x86_64-pc-windows-gnu ;;
    *) echo "unsupported platform $1 (one of: linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64)" >&2; return 2 ;;
  esac
}

# What `file -b` must say about each platform's binary.
expected_file_type() {
  case $1 in
    linux/amd64) echo 'ELF 64-bit LSB .*x86-64.*static' ;;
    linux/arm64) echo 'ELF 64-bit LSB .*ARM aarch64.*static' ;;
    darwin/amd64) echo 'Mach-O 64-bit x86_64 executable' ;;
    darwin/arm64) echo 'Mach-O 64-bit arm64 executable' ;;
    windows/amd64) echo 'PE32\+ executable \(console\) x86-64' ;;
  esac
}

build() { # platform -> path of the built binary
  local target exe=""
  target=$(rust_target "$1")
  [ "${1%/*}" = windows ] && exe=.exe
  echo "== building $1 ($target, profile $profile)" >&2
  local rustflags=${RUSTFLAGS:-}
  if [ "${1%/*}" = darwin ]; then
    # zig links Mach-O without an SDK but has no framework stubs: write the two the TLS stack
    # needs (Security, CoreFoundation) and point the linker at them.
    local stubs=$PWD/target/macos-framework-stubs
    python3 scripts/macos_framework_stubs.py "$stubs"
    rustflags="$rustflags -C link-arg=-F$stubs"
  fi
  RUSTFLAGS=$rustflags nice -n 19 cargo zigbuild --locked --profile "$profile" --target "$target" --bin kubectl-etcd >&2 \
    || { echo "the $1 build failed" >&2; return 1; }
  local dir=$profile
  [ "$profile" = dev ] && dir=debug
  echo "target/$target/$dir/kubectl-etcd$exe"
}

check() { # platform binary
  local platform=$1 bin=$2 type want
  type=$(file -b "$bin")
  want=$(expected_file_type "$platform")
  [ $allow_dynamic = 1 ] && want=${want%.\*static}
  if ! grep -Eq "$want" <<<"$type"; then
    echo "$bin is not a $platform binary: file says: $type" >&2
    return 1
  fi
  echo "   file: $type" >&2
  local run=() tool=""
  case $platform in
    linux/amd64) run=("$bin") ;;
    linux/arm64) tool=qemu-aarch64-static; run=(qemu-aarch64-static "$bin") ;;
    windows/amd64) tool=wine; run=(env WINEPREFIX="${WINEPREFIX:-$HOME/.wine-kubectl-etcd}" wine "$bin") ;;
    darwin/*)
      # What dyld will load: macOS's own /usr/lib libraries (libSystem, libiconv) and the two
      # frameworks the stubs name, nothing else.
      local dylibs
      dylibs=$(grep -aoE '/(System/Library/Frameworks|usr/lib)/[A-Za-z0-9_./-]+\.(dylib|framework/Versions/A/[A-Za-z]+)' "$bin" | sort -u | tr '\n' ' ')
      if ! grep -q /usr/lib/libSystem.B.dylib <<<"$dylibs" \
        || grep -qvE '^(/usr/lib/lib[A-Za-z0-9.]+\.dylib|/System/Library/Frameworks/(Security|CoreFoundation)\.framework/Versions/A/(Security|CoreFoundation))$' < <(tr ' ' '\n' <<<"$dylibs" | sed '/^$/d'); then
        echo "$bin links unexpected libraries: $dylibs" >&2
        return 1
      fi
      echo "   links: $dylibs" >&2
      echo "   not run: no macOS here (linked and checked as Mach-O only)" >&2; return 0 ;;
  esac
  if [ -n "$tool" ] && ! command -v "$tool" >/dev/null; then
    echo "cannot run the $platform binary: $tool is not installed (scripts/install-release-deps.sh)" >&2
    return 1
  fi
  local said
  said=$("${run[@]}" version 2>&1 | tr -d '\r') || {
    if [ "$tool" = wine ] && grep -q 'bcryptprimitives.dll.*not found' <<<"$said"; then
      # Rust's std (>= 1.78) takes randomness from ProcessPrng in bcryptprimitives.dll, which
      # Wine provides only from 9.0 on; Debian 12 has Wine 8.0.
      echo "   not run: $(wine --version) has no bcryptprimitives.dll, which Rust programs need (Wine >= 9.0)" >&2
      return 0
    fi
    echo "$platform binary failed to run: $said" >&2
    return 1
  }
  if ! grep -q "$version" <<<"$said"; then
    echo "$platform binary ran but did not print version $version: $said" >&2
    return 1
  fi
  echo "   runs: $(head -1 <<<"$said")" >&2
}

package() { # platform binary -> archive path
  local platform=$1 bin=$2 os=${1%/*} arch=${1#*/} exe="" stage archive
  [ "$os" = windows ] && exe=.exe
  stage=$(mktemp -d)
  install -m 0755 "$bin" "$stage/kubectl-etcd$exe"
  install -m 0644 LICENSE "$stage/LICENSE"
  touch -d @0 "$stage/kubectl-etcd$exe" "$stage/LICENSE"
  if [ "$os" = windows ]; then
    archive=$out/kubectl-etcd_${os}_${arch}.zip
    # zip(1) stores the local time zone and extra fields; Python's zipfile with a fixed
    # timestamp and no extras gives the same bytes everywhere.
    python3 - "$archive" "$stage" "kubectl-etcd$exe" LICENSE <<'PY'
import os, sys, zipfile
archive, stage, *names = sys.argv[1:]
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(names):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = (0o100755 if name.endswith(".exe") else 0o100644) << 16
        info.create_system = 3
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(os.path.join(stage, name), "rb") as f:
            z.writestr(info, f.read())
PY
  else
    archive=$out/kubectl-etcd_${os}_${arch}.tar.gz
    tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 --format=gnu \
      -C "$stage" -cf - LICENSE "kubectl-etcd$exe" | gzip -n -9 > "$archive" # names in byte order
  fi
  rm -rf "$stage"
  echo "$archive"
}

if [ -n "$binary" ]; then
  # Package one binary built elsewhere (the tests do this with the test build).
  [ -n "$os" ] && [ -n "$arch" ] || { echo "--binary needs --os and --arch" >&2; exit 2; }
  rust_target "$os/$arch" >/dev/null
  check "$os/$arch" "$binary"
  archive=$(package "$os/$arch" "$binary")
  echo "$archive $(sha256sum "$archive" | cut -d' ' -f1)"
  python3 scripts/krew_manifest.py --version "$version" --dist "$out" --allow-missing > "$out/etcd.yaml"
  exit 0
fi

command -v cargo-zigbuild >/dev/null || { echo "cargo-zigbuild is not installed: run scripts/install-release-deps.sh" >&2; exit 1; }
for platform in $platforms; do
  rust_target "$platform" >/dev/null
done
for platform in $platforms; do
  bin=$(build "$platform")
  check "$platform" "$bin"
  archive=$(package "$platform" "$bin")
  echo "$archive $(sha256sum "$archive" | cut -d' ' -f1)"
done
allow=""
[ "$platforms" = "linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64" ] || allow=--allow-missing
python3 scripts/krew_manifest.py --version "$version" --dist "$out" $allow > "$out/etcd.yaml"
echo "$out/etcd.yaml"
if [ $write_krew = 1 ]; then
  [ -z "$allow" ] || { echo "--write-krew needs all five platforms" >&2; exit 2; }
  cp "$out/etcd.yaml" krew/etcd.yaml
  echo "krew/etcd.yaml updated"
fi
