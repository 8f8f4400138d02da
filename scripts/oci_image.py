#!/usr/bin/env python3
"""Writes the kubectl-etcd container image as one tarball that `ctr images import`,
`docker load` (it carries docker's manifest.json beside the OCI layout) and
`skopeo copy oci-archive:…` accept.

    scripts/oci_image.py --binary target/x86_64-unknown-linux-musl/release/kubectl-etcd \
        --arch amd64 --tag ghcr.io/kubectl-etcd/kubectl-etcd:0.1.0 --out dist/image.tar

The image is minimal on purpose (it runs with the etcd client key mounted): one layer with the
static binary as /kubectl-etcd (the entrypoint), /etc/passwd and /etc/group naming the non-root
user 65532 it runs as, a CA bundle for object storage over HTTPS, and an empty /tmp (mode 1777).
No shell, no package manager.

Reproducible: the same inputs give the same bytes — sorted entries, owner 0:0, fixed modes,
every timestamp SOURCE_DATE_EPOCH (default 0), gzip without name or time. Only Python's
standard library is used, so the release needs nothing more to build it.
"""

import argparse
import datetime
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile

USER_ID = 65532
BINARY_NAME = "kubectl-etcd"
ARCHES = {"amd64", "arm64"}


def tar_bytes(entries, mtime):
    """A tar of (path, mode, bytes-or-None-for-directory) entries, sorted, owned by 0:0."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path, mode, data in sorted(entries, key=lambda e: e[0]):
            info = tarfile.TarInfo(path)
            info.mode = mode
            info.mtime = mtime
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            if data is None:
                info.type = tarfile.DIRTYPE
                tar.addfile(info)
            else:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def gzip_bytes(data):
    buf = io.BytesIO()
    # mtime=0 and no file name: gzip's header otherwise carries both.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return buf.getvalue()


def digest(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def ref_name(tag):
    """The tag part of an image reference (`latest` when it names none)."""
    last = tag.rsplit("/", 1)[-1]
    return last.rsplit(":", 1)[1] if ":" in last else "latest"


def canonical_json(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


def build(binary, arch, tag, ca_bundle, epoch, version):
    layer_entries = [
        ("etc", 0o755, None),
        ("etc/passwd", 0o644, f"nonroot:x:{USER_ID}:{USER_ID}:nonroot:/tmp:/sbin/nologin\n".encode()),
        ("etc/group", 0o644, f"nonroot:x:{USER_ID}:\n".encode()),
        ("tmp", 0o1777, None),
        (BINARY_NAME, 0o755, binary),
    ]
    if ca_bundle is not None:
        layer_entries += [
            ("etc/ssl", 0o755, None),
            ("etc/ssl/certs", 0o755, None),
            ("etc/ssl/certs/ca-certificates.crt", 0o644, ca_bundle),
        ]
    layer_tar = tar_bytes(layer_entries, epoch)
    layer = gzip_bytes(layer_tar)
    created = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    config = {
        "architecture": arch,
        "os": "linux",
        "created": created,
        "config": {
            "User": f"{USER_ID}:{USER_ID}",
            "Entrypoint": [f"/{BINARY_NAME}"],
            "Cmd": ["--help"],
            "Env": ["HOME=/tmp", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"],
            "WorkingDir": "/tmp",
            "Labels": {
                "org.opencontainers.image.title": "kubectl-etcd",
                "org.opencontainers.image.version": version,
                "org.opencontainers.image.source": "https://github.com/kubectl-etcd/kubectl-etcd",
                "org.opencontainers.image.licenses": "MIT",
            },
        },
        "rootfs": {"type": "layers", "diff_ids": [digest(layer_tar)]},
        "history": [{"created": created, "created_by": "scripts/oci_image.py"}],
    }
    config_blob = canonical_json(config)
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {
            "mediaType": "application/vnd.oci.image.config.v1+json",
            "digest": digest(config_blob),
            "size": len(config_blob),
        },
        "layers": [{
            "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
            "digest": digest(layer),
            "size": len(layer),
        }],
    }
    manifest_blob = canonical_json(manifest)
    index = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "digest": digest(manifest_blob),
            "size": len(manifest_blob),
            "platform": {"architecture": arch, "os": "linux"},
            "annotations": {
                # containerd's `ctr images import` names the image from this one…
                "io.containerd.image.name": tag,
                # …and OCI tools (skopeo, umoci) from this one: the tag after the last ':'.
                "org.opencontainers.image.ref.name": ref_name(tag),
            },
        }],
    }
    blob = lambda b: "blobs/sha256/" + hashlib.sha256(b).hexdigest()
    docker_manifest = [{
        "Config": blob(config_blob),
        "RepoTags": [tag],
        "Layers": [blob(layer)],
    }]
    files = [
        ("blobs", 0o755, None),
        ("blobs/sha256", 0o755, None),
        (blob(layer), 0o644, layer),
        (blob(config_blob), 0o644, config_blob),
        (blob(manifest_blob), 0o644, manifest_blob),
        ("oci-layout", 0o644, canonical_json({"imageLayoutVersion": "1.0.0"})),
        ("index.json", 0o644, canonical_json(index)),
        ("manifest.json", 0o644, canonical_json(docker_manifest)),
    ]
    return tar_bytes(files, epoch), digest(manifest_blob)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--binary", required=True, help="the static linux kubectl-etcd binary")
    p.add_argument("--arch", required=True, choices=sorted(ARCHES))
    p.add_argument("--tag", required=True, help="image reference, e.g. ghcr.io/kubectl-etcd/kubectl-etcd:0.1.0")
    p.add_argument("--out", required=True, help="the tarball to write")
    p.add_argument("--ca-bundle", default="/etc/ssl/certs/ca-certificates.crt",
                   help="PEM bundle for HTTPS to object storage ('' for none)")
    p.add_argument("--version", default="", help="for the image's version label")
    args = p.parse_args()

    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    try:
        with open(args.binary, "rb") as f:
            binary = f.read()
        ca = None
        if args.ca_bundle:
            with open(args.ca_bundle, "rb") as f:
                ca = f.read()
    except OSError as e:
        sys.exit(f"oci_image.py: cannot read {e.filename}: {e.strerror}")
    if binary[:4] != b"\x7fELF":
        sys.exit(f"oci_image.py: {args.binary} is not a Linux (ELF) binary")

    image, manifest_digest = build(binary, args.arch, args.tag, ca, epoch, args.version)
    part = args.out + ".part"
    with open(part, "wb") as f:
        f.write(image)
        f.flush()
        os.fsync(f.fileno())
    os.replace(part, args.out)
    print(f"{args.out}: {args.tag} ({args.arch}) {manifest_digest}")


if __name__ == "__main__":
    main()
