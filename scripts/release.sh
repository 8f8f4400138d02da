#!/usr/bin/env bash
# Builds the release archives for every platform Krew users have, checks each binary, and writes
# the Krew manifest from the archives.
#
#   scripts/release.sh                       # all five platforms into dist/, dist/etcd.yaml
#   scripts/release.sh --write-krew          # ... and copy the manifest to krew/etcd.yaml
#   scripts/release.sh --profile release-check --platforms "linux/arm64 windows/amd64"
#   scripts/release.sh --binary PATH --os linux --arch amd64 --out DIR   # package a built binary
#                                            # (manifest of that platform only: a local install)
#   scripts/release.sh --image-tag registry.example/kubectl-etcd:0.1.0   # another image name
#
# Platforms: linux/amd64, linux/arm64 (musl, static), darwin/amd64, darwin/arm64,
# windows/amd64. Cross toolchain: cargo-zigbuild with zig, both from PyPI (its wheel; ziglang) —
# scripts/install-release-deps.sh installs them, the Rust targets, `file`, qemu-user-static and
# wine. All platforms build in one `cargo zigbuild` under `nice -n 19` (CPU-heavy), in
# CARGO_TARGET_DIR if set.
#
# Checks, for every binary: `file` says the expected format and architecture (static ELF for
# linux); then `kubectl-etcd version` runs natively (linux/amd64), under qemu-aarch64-static
# (linux/arm64) and under wine (windows/amd64). darwin binaries cannot be run on Linux: they are
# linked (against framework stubs, scripts/macos_framework_stubs.py) and checked for their
# Mach-O architecture only. Wine before 9.0 (Debian 12 has 8.0) lacks bcryptprimitives.dll,
# whose ProcessPrng every Rust program since 1.78 imports: the check then runs the same .exe
# from a throwaway directory beside a test-only bcryptprimitives.dll (scripts/wine/, built with
# zig), which is never packaged.
#
# Archives: kubectl-etcd_<os>_<arch>.tar.gz (zip for windows) holding the binary and LICENSE,
# reproducible: sorted entries, fixed owner, mode and mtime, no gzip timestamp.
# Images (linux only): kubectl-etcd_linux_<arch>.oci.tar, the container image the in-cluster
# backup schedule runs (scripts/oci_image.py; tag ghcr.io/kubectl-etcd/kubectl-etcd:<version>
# unless --image-tag), one tarball that `docker load`, `ctr images import` and
# `skopeo copy oci-archive:` accept. Checked with skopeo as both an OCI and a docker archive
# (architecture, tag, non-root user, entrypoint, the layer's binary is the checked one).
# Every archive and image is built twice and must come out byte-identical; dist/SHA256SUMS
# lists them all.
#
# --profile release-check (Cargo.toml: no LTO, no optimization) makes the same binaries faster, for
# checking the toolchain; releases use the default `release`.
set -euo pipefail
shopt -s inherit_errexit # a failing step inside $(…) fails the release too
# The whole script is one block, so bash reads it before running it: editing this file while a
# long release runs cannot change what that run does.
{
cd "$(dirname "$0")/.."

# Checked in this order after the one build: those that run here first, darwin (only linked) last.
all_platforms="linux/amd64 windows/amd64 linux/arm64 darwin/amd64 darwin/arm64"
out=dist profile=release platforms=$all_platforms
binary="" os="" arch="" write_krew=0 allow_dynamic=0 image_tag=""
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    --platforms) platforms=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --os) os=$2; shift 2 ;;
    --arch) arch=$2; shift 2 ;;
    --write-krew) write_krew=1; shift ;;
    --image-tag) image_tag=$2; shift 2 ;;
    --allow-dynamic) allow_dynamic=1; shift ;; # with --binary: a dynamically linked test build
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $1 (see scripts/release.sh --help)" >&2; exit 2 ;;
  esac
done
# Where cargo builds: target/, or CARGO_TARGET_DIR (the cross-run test uses its own).
target_dir=${CARGO_TARGET_DIR:-target}
mkdir -p "$target_dir"
target_dir=$(cd "$target_dir" && pwd)
export CARGO_TARGET_DIR=$target_dir
version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
[ -n "$image_tag" ] || image_tag=ghcr.io/kubectl-etcd/kubectl-etcd:$version
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

# Every platform in ONE cargo invocation (`cargo zigbuild --target a --target b …`): the host's
# build scripts and proc-macros are compiled once instead of once per platform, and cargo
# interleaves the targets' crates on the cores it has.
build_all() { # platforms...
  local args=() platform target rustflags
  rustflags=${RUSTFLAGS:-}
  for platform in "$@"; do
    target=$(rust_target "$platform")
    args+=(--target "$target")
    # Per-target flags, since one invocation builds them all: cargo ignores
    # CARGO_TARGET_<triple>_RUSTFLAGS when RUSTFLAGS is set, so the caller's RUSTFLAGS are
    # carried into each target's variable instead.
    local extra=""
    if [ "${platform%/*}" = darwin ]; then
      # zig links Mach-O without an SDK but has no framework stubs: write the two the TLS stack
      # needs (Security, CoreFoundation) and point the linker at them.
      local stubs=$target_dir/macos-framework-stubs
      python3 scripts/macos_framework_stubs.py "$stubs"
      extra="-C link-arg=-F$stubs"
    fi
    local var
    var=CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$target")_RUSTFLAGS
    export "$var=$rustflags $extra"
  done
  echo "== building $* (profile $profile) in $target_dir" >&2
  env -u RUSTFLAGS nice -n 19 cargo zigbuild --locked --profile "$profile" "${args[@]}" --bin kubectl-etcd >&2 \
    || { echo "the build of $* failed" >&2; return 1; }
}

built() { # platform -> path of the built binary
  local target exe="" dir=$profile
  target=$(rust_target "$1")
  [ "${1%/*}" = windows ] && exe=.exe
  [ "$profile" = dev ] && dir=debug
  echo "$target_dir/$target/$dir/kubectl-etcd$exe"
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
    windows/amd64) tool=wine; run=(wine_run "$bin") ;;
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
  local said errors note="" shimdir="" ran=1
  errors=$(mktemp)
  said=$("${run[@]}" version 2>"$errors" | tr -d '\r') || ran=0
  if [ $ran = 0 ] && [ "$tool" = wine ] && grep -q 'bcryptprimitives' "$errors"; then
    # Wine < 9.0 has no bcryptprimitives.dll, so its loader refuses every Rust program
    # (std >= 1.78 imports ProcessPrng from it). Run the same, unmodified .exe from a
    # throwaway directory beside the test-only DLL of scripts/wine/bcryptprimitives.c;
    # Windows searches the program's directory first. Nothing of this is packaged.
    shimdir=$(mktemp -d)
    wine_shim "$shimdir/bcryptprimitives.dll" || { rm -rf "$shimdir" "$errors"; return 1; }
    cp "$bin" "$shimdir/kubectl-etcd.exe"
    note=" ($(wine --version 2>/dev/null) lacks bcryptprimitives.dll: run beside the test-only ProcessPrng DLL of scripts/wine/)"
    ran=1
    said=$(wine_run "$shimdir/kubectl-etcd.exe" version 2>"$errors" | tr -d '\r') || ran=0
    rm -rf "$shimdir"
  fi
  if [ $ran = 0 ]; then
    echo "the $platform binary failed to run: $said $(tail -5 "$errors")" >&2
    rm -f "$errors"
    return 1
  fi
  rm -f "$errors"
  if ! grep -q "$version" <<<"$said"; then
    echo "$platform binary ran but did not print version $version: $said" >&2
    return 1
  fi
  echo "   runs: $(head -1 <<<"$said")$note" >&2
}

# wine with a prefix of our own, without the Mono/Gecko installers a new prefix offers, bounded.
wine_run() {
  WINEPREFIX="${WINEPREFIX:-$HOME/.wine-kubectl-etcd}" WINEDLLOVERRIDES="mscoree,mshtml=" \
    WINEDEBUG="${WINEDEBUG:--fixme}" timeout 300 wine "$@"
}

wine_shim() { # out.dll: scripts/wine/bcryptprimitives.c built for Windows with zig
  local work
  work=$(mktemp -d)
  python3 -m ziglang cc -target x86_64-windows-gnu -shared -O2 -o "$work/bcryptprimitives.dll" \
    scripts/wine/bcryptprimitives.c -lbcrypt >&2 \
    || { echo "could not build the Wine test DLL scripts/wine/bcryptprimitives.c (zig: scripts/install-release-deps.sh)" >&2; rm -rf "$work"; return 1; }
  cp "$work/bcryptprimitives.dll" "$1"
  rm -rf "$work"
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

image() { # platform binary -> image tarball path (linux only)
  local arch=${1#*/} bin=$2 img again
  img=$out/kubectl-etcd_linux_${arch}.oci.tar
  command -v skopeo >/dev/null || { echo "skopeo is not installed: run scripts/install-release-deps.sh" >&2; return 1; }
  python3 scripts/oci_image.py --binary "$bin" --arch "$arch" --tag "$image_tag" --version "$version" --out "$img" >&2 \
    || { echo "could not write the linux/$arch image" >&2; return 1; }
  check_image "$arch" "$bin" "$img" || return 1
  again=$(mktemp -d)
  python3 scripts/oci_image.py --binary "$bin" --arch "$arch" --tag "$image_tag" --version "$version" --out "$again/image.tar" >/dev/null
  if ! cmp -s "$img" "$again/image.tar"; then
    echo "the linux/$arch image is not reproducible: two builds from the same binary differ" >&2
    rm -rf "$again"; return 1
  fi
  rm -rf "$again"
  echo "   image: $image_tag ($arch), reproducible" >&2
  echo "$img"
}

# The image as skopeo (containers/image, the library podman and CRI-O use) reads it, once as an
# OCI archive and once as the docker archive `docker load` reads, each selected by its tag.
check_image() { # arch binary image.tar
  local arch=$1 bin=$2 img=$3 ref name inspected config layer blobs
  name=${image_tag##*/}
  [[ $name == *:* ]] && name=${name##*:} || name=latest
  for ref in "oci-archive:$img:$name" "docker-archive:$img:$image_tag"; do
    inspected=$(skopeo inspect "$ref" 2>&1) || { echo "skopeo cannot read $ref: $inspected" >&2; return 1; }
    config=$(skopeo inspect --config "$ref" 2>&1) || { echo "skopeo cannot read the config of $ref: $config" >&2; return 1; }
    python3 - "$ref" "$arch" "$inspected" "$config" <<'PY' || return 1
import json, sys
ref, arch, inspected, config = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
c = config.get("config", {})
problems = []
if (inspected.get("Os"), inspected.get("Architecture")) != ("linux", arch):
    problems.append(f"platform {inspected.get('Os')}/{inspected.get('Architecture')}, not linux/{arch}")
if c.get("User", "").split(":")[0] in ("", "0", "root"):
    problems.append(f"runs as {c.get('User')!r}, not a non-root user")
if c.get("Entrypoint") != ["/kubectl-etcd"]:
    problems.append(f"entrypoint {c.get('Entrypoint')}, not /kubectl-etcd")
if len(inspected.get("Layers", [])) != 1:
    problems.append(f"{len(inspected.get('Layers', []))} layers, not 1")
if problems:
    sys.exit(f"{ref}: " + "; ".join(problems))
PY
  done
  # The layer holds exactly the binary that was checked above, and no shell.
  blobs=$(mktemp -d)
  skopeo copy --quiet "oci-archive:$img:$name" "dir:$blobs" >&2 || { rm -rf "$blobs"; echo "skopeo cannot copy $img" >&2; return 1; }
  layer=$(skopeo inspect "oci-archive:$img:$name" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Layers"][0].split(":")[1])')
  if ! tar -xzOf "$blobs/$layer" kubectl-etcd | cmp -s - "$bin"; then
    echo "$img: /kubectl-etcd in the image is not the checked binary $bin" >&2
    rm -rf "$blobs"; return 1
  fi
  if tar -tzf "$blobs/$layer" | grep -qE '^(\./)?(bin|usr/bin|sbin)/'; then
    echo "$img: the image has a bin directory (it must hold no shell): $(tar -tzf "$blobs/$layer" | tr '\n' ' ')" >&2
    rm -rf "$blobs"; return 1
  fi
  rm -rf "$blobs"
  echo "   image checked: skopeo reads it as OCI and docker archive, linux/$arch, non-root, /kubectl-etcd is this binary" >&2
}

# The archive packaged a second time elsewhere must be byte-identical.
reproducible() { # platform binary archive
  local again second
  again=$(mktemp -d)
  second=$(out=$again package "$1" "$2")
  if ! cmp -s "$3" "$second"; then
    echo "$3 is not reproducible: packaging the same binary again gave different bytes" >&2
    rm -rf "$again"; return 1
  fi
  rm -rf "$again"
}

if [ -n "$binary" ]; then
  # Package one binary built elsewhere (the tests do this with the test build).
  [ -n "$os" ] && [ -n "$arch" ] || { echo "--binary needs --os and --arch" >&2; exit 2; }
  rust_target "$os/$arch" >/dev/null
  check "$os/$arch" "$binary"
  archive=$(package "$os/$arch" "$binary")
  reproducible "$os/$arch" "$binary" "$archive"
  echo "$archive $(sha256sum "$archive" | cut -d' ' -f1)"
  if [ "$os" = linux ]; then
    img=$(image "$os/$arch" "$binary")
    echo "$img $(sha256sum "$img" | cut -d' ' -f1)"
  fi
  python3 scripts/krew_manifest.py --version "$version" --dist "$out" --allow-missing > "$out/etcd.yaml"
  exit 0
fi

command -v cargo-zigbuild >/dev/null || { echo "cargo-zigbuild is not installed: run scripts/install-release-deps.sh" >&2; exit 1; }
for platform in $platforms; do
  rust_target "$platform" >/dev/null
done
build_all $platforms
produced=()
for platform in $platforms; do
  echo "== checking $platform" >&2
  bin=$(built "$platform")
  check "$platform" "$bin"
  archive=$(package "$platform" "$bin")
  reproducible "$platform" "$bin" "$archive"
  echo "$archive $(sha256sum "$archive" | cut -d' ' -f1)"
  produced+=("${archive##*/}")
  if [ "${platform%/*}" = linux ]; then
    img=$(image "$platform" "$bin")
    echo "$img $(sha256sum "$img" | cut -d' ' -f1)"
    produced+=("${img##*/}")
  fi
done
allow=""
[ "$(tr ' ' '\n' <<<"$platforms" | sort -u)" = "$(tr ' ' '\n' <<<"$all_platforms" | sort -u)" ] || allow=--allow-missing
python3 scripts/krew_manifest.py --version "$version" --dist "$out" $allow > "$out/etcd.yaml"
echo "$out/etcd.yaml"
# What this run produced, for the release page and for checking a download.
(cd "$out" && sha256sum -- "${produced[@]}" > SHA256SUMS)
echo "$out/SHA256SUMS"
if [ $write_krew = 1 ]; then
  [ -z "$allow" ] || { echo "--write-krew needs all five platforms" >&2; exit 2; }
  cp "$out/etcd.yaml" krew/etcd.yaml
  echo "krew/etcd.yaml updated"
fi
exit 0
}
