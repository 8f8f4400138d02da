#!/usr/bin/env bash
# Builds the release archives Krew installs and writes their URIs and SHA-256s into the Krew
# manifest. One archive per os/arch: kubectl-etcd_<os>_<arch>.tar.gz holding the binary and
# LICENSE at its top level.
#
#   scripts/release.sh                         # host platform, into dist/, updates krew/etcd.yaml
#   scripts/release.sh --binary PATH --os linux --arch amd64 --manifest M --out DIR
#
# Only the host platform can be built on a machine without cross toolchains;
# .github/workflows/release.yml runs this once per platform on native runners and then once
# more to write every hash into the manifest (see README, "Releasing").
set -euo pipefail
cd "$(dirname "$0")/.."

out=dist manifest=krew/etcd.yaml binary="" os="" arch=""
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --manifest) manifest=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --os) os=$2; shift 2 ;;
    --arch) arch=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
version=v$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
os=${os:-$(uname -s | tr '[:upper:]' '[:lower:]')}
case ${arch:-$(uname -m)} in
  x86_64|amd64) arch=amd64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "unsupported architecture ${arch:-$(uname -m)}" >&2; exit 2 ;;
esac
exe=""; [ "$os" = windows ] && exe=.exe
if [ -z "$binary" ]; then
  cargo build --release --locked
  binary=target/release/kubectl-etcd$exe
fi

mkdir -p "$out"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
install -m 0755 "$binary" "$stage/kubectl-etcd$exe"
install -m 0644 LICENSE "$stage/LICENSE"
archive=$out/kubectl-etcd_${os}_${arch}.tar.gz
# Fixed order, owner and mtime: the same binary always gives the same archive and hash.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$stage" -cf - "kubectl-etcd$exe" LICENSE \
  | gzip -n > "$archive"
sha=$(sha256sum "$archive" | cut -d' ' -f1)

python3 - "$manifest" "$os" "$arch" "$version" "$sha" <<'PY'
import re, sys
path, os_, arch, version, sha = sys.argv[1:]
text = open(path).read()
text = re.sub(r"(?m)^(  version: ).*$", r"\g<1>" + version, text, count=1)
blocks = text.split("  - selector:")
for i, b in enumerate(blocks[1:], 1):
    if re.search(rf"\n\s+os: {os_}\n\s+arch: {arch}\n", b):
        b = re.sub(r"(?m)^(    sha256: ).*$", r"\g<1>" + sha, b)
        b = re.sub(r"(?m)^(    uri: .*/releases/download/)[^/]+/", r"\g<1>" + version + "/", b)
        blocks[i] = b
        break
else:
    sys.exit(f"no platform {os_}/{arch} in {path}")
open(path, "w").write("  - selector:".join(blocks))
PY
echo "$archive $sha"
