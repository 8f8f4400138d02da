#!/usr/bin/env python3
"""Writes the Krew manifest (krew/etcd.yaml) from the release archives scripts/release.sh built.

    scripts/krew_manifest.py --version 0.1.0 --dist dist > dist/etcd.yaml

Each platform gets the URI of its archive on the tagged GitHub release
(https://github.com/kubectl-etcd/kubectl-etcd/releases/download/v<version>/<archive>) and the
SHA-256 of the archive in --dist: the archives are reproducible, so the ones built here are the
ones to upload. A platform whose archive is missing is an error, not a placeholder (a made-up
hash would make `kubectl krew install` fail for that platform's users), unless
--allow-missing asks for a manifest of the platforms built, to try one locally.

The text describes what the tool does today; tests/integration/krew.rs checks it against
krew-index's rules (validate-krew-manifest) and that it names what users must know.
"""

import argparse
import hashlib
import os
import sys

REPO = "https://github.com/kubectl-etcd/kubectl-etcd"

# (krew os, krew arch, archive extension, binary name)
PLATFORMS = [
    ("linux", "amd64", "tar.gz", "kubectl-etcd"),
    ("linux", "arm64", "tar.gz", "kubectl-etcd"),
    ("darwin", "amd64", "tar.gz", "kubectl-etcd"),
    ("darwin", "arm64", "tar.gz", "kubectl-etcd"),
    ("windows", "amd64", "zip", "kubectl-etcd.exe"),
]

SHORT = "Back up, restore and inspect a cluster's etcd"

DESCRIPTION = """\
Operate the etcd behind a kubeadm cluster with nothing but your kubeconfig.
kubectl etcd finds the etcd static pods through the API server, reads their
certificates through a short-lived helper pod (keys stay in memory) and reaches
etcd through a port-forward. With --endpoints and client certificates it talks
to etcd directly, like etcdctl.

- etcdctl's everyday commands with its flags and output formats: get, put,
  del, watch, status, endpoint health/status, member list, defrag, alarm,
  compaction.
- Backups you can trust: snapshot save writes FILE.part, checks etcd's SHA-256,
  syncs and renames it (mode 0600, never overwriting without --force);
  snapshot status and snapshot verify check a backup without etcdutl.
- Decoding: get prints Kubernetes objects as kubectl shows them (protobuf and
  encrypted values too), online or inside a backup with get --snapshot;
  secrets-audit and usage report encryption at rest and what fills the database.
- Recovery: snapshot diff and snapshot extract bring back single objects from a
  backup; snapshot restore restores the whole cluster on its nodes with a plan,
  a confirmation and a rollback.
"""

CAVEATS = """\
Cluster mode needs, in the etcd namespace (kube-system), RBAC to get and list
pods; create, get and delete pods and create pods/exec (the helper pod that
reads the etcd certificates, unless you pass --cacert/--cert/--key); and create
pods/portforward. cluster-admin has all of them. Anyone with these rights can
read every Secret, and so can anyone holding a backup: keep snapshots private.

snapshot restore changes the control-plane nodes: it prints its plan and asks
before doing anything (--yes skips the question).

For `kubectl etcd <TAB>` completion (kubectl 1.26 or later), link the binary
as kubectl_complete-etcd next to it (Krew does not):
  cd "$(dirname "$(command -v kubectl-etcd)")"
  ln -s kubectl-etcd kubectl_complete-etcd
"""


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def block(text, indent):
    pad = " " * indent
    return "".join(pad + line + "\n" if line else "\n" for line in text.splitlines())


def manifest(version, dist, allow_missing=False):
    tag = "v" + version
    out = [
        "apiVersion: krew.googlecontainertools.github.com/v1alpha2\n",
        "kind: Plugin\n",
        "metadata:\n",
        "  name: etcd\n",
        "spec:\n",
        f"  version: {tag}\n",
        f"  homepage: {REPO}\n",
        f"  shortDescription: {SHORT}\n",
        "  description: |\n",
        block(DESCRIPTION, 4),
        "  caveats: |\n",
        block(CAVEATS, 4),
        "  platforms:\n",
    ]
    missing = []
    for os_, arch, ext, binary in PLATFORMS:
        name = f"kubectl-etcd_{os_}_{arch}.{ext}"
        path = os.path.join(dist, name)
        if not os.path.isfile(path):
            missing.append(path)
            continue
        out += [
            "  - selector:\n",
            "      matchLabels:\n",
            f"        os: {os_}\n",
            f"        arch: {arch}\n",
            f"    uri: {REPO}/releases/download/{tag}/{name}\n",
            f"    sha256: {sha256(path)}\n",
            "    files:\n",
            f"      - from: {binary}\n",
            "        to: .\n",
            "      - from: LICENSE\n",
            "        to: .\n",
            f"    bin: {binary}\n",
        ]
    if len(missing) == len(PLATFORMS):
        sys.exit("no archive in " + dist + " (build them with scripts/release.sh)")
    if missing and not allow_missing:
        sys.exit("no archive for: " + ", ".join(missing) + " (build them with scripts/release.sh)")
    return "".join(out)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--version", required=True, help="the version in Cargo.toml, without v")
    p.add_argument("--dist", required=True, help="directory holding the five archives")
    p.add_argument(
        "--allow-missing",
        action="store_true",
        help="describe only the platforms built (a local test install), not all five",
    )
    a = p.parse_args()
    sys.stdout.write(manifest(a.version, a.dist, a.allow_missing))


if __name__ == "__main__":
    main()
