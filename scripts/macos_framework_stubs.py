#!/usr/bin/env python3
"""Writes link stubs (.tbd) for the macOS frameworks kubectl-etcd links, for cross-linking.

    scripts/macos_framework_stubs.py OUTDIR    # then link with -F OUTDIR

kube's TLS stack verifies certificates with the platform verifier, which on macOS calls the
Security and CoreFoundation frameworks. zig links Mach-O binaries without a macOS SDK (it ships
libSystem's stub) but has no framework stubs, and the SDK cannot be fetched from the package
registries. A .tbd file is what the SDK itself holds for each framework: its install name and
the symbols it exports, in Apple's text-based stub format. Linking against it records the same
load command (/System/Library/Frameworks/X.framework/Versions/A/X) and two-level-namespace
bindings as linking against the SDK does; nothing of the framework is copied.

The exported symbols listed are every function and static the Rust bindings declare
(security-framework-sys, core-foundation-sys, at the versions in Cargo.lock): a superset of
what the binary uses, which is harmless (dyld binds only the symbols the binary references).
"""

import os
import re
import subprocess
import sys
import tarfile

FRAMEWORKS = {
    # framework: binding crates that declare its symbols
    "Security": ["security-framework-sys"],
    "CoreFoundation": ["core-foundation-sys"],
}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def locked_versions():
    """name -> [versions] from Cargo.lock."""
    out, name = {}, None
    with open(os.path.join(ROOT, "Cargo.lock")) as f:
        for line in f:
            m = re.match(r'name = "(.+)"', line)
            if m:
                name = m.group(1)
            m = re.match(r'version = "(.+)"', line)
            if m and name:
                out.setdefault(name, []).append(m.group(1))
                name = None
    return out


def crate_sources(crate, versions):
    """The .rs files of the crate at the locked versions: unpacked in the registry, or read
    from the downloaded .crate (a crate only ever built for macOS is not unpacked on Linux)."""
    registry = os.path.join(os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo")), "registry")
    for attempt in range(2):
        texts = []
        for v in versions:
            for index in sorted(os.listdir(os.path.join(registry, "src"))) if os.path.isdir(os.path.join(registry, "src")) else []:
                d = os.path.join(registry, "src", index, f"{crate}-{v}", "src")
                for top, _, files in os.walk(d):
                    for name in files:
                        if name.endswith(".rs"):
                            with open(os.path.join(top, name), encoding="utf-8") as f:
                                texts.append(f.read())
            if texts:
                continue
            for index in sorted(os.listdir(os.path.join(registry, "cache"))) if os.path.isdir(os.path.join(registry, "cache")) else []:
                path = os.path.join(registry, "cache", index, f"{crate}-{v}.crate")
                if os.path.isfile(path):
                    with tarfile.open(path) as t:
                        for m in t.getmembers():
                            if m.isfile() and m.name.endswith(".rs") and "/src/" in m.name:
                                texts.append(t.extractfile(m).read().decode("utf-8"))
                    break
        if texts:
            return texts
        if attempt == 0:
            # Not downloaded yet: fetch what the macOS build needs (from crates.io, as cargo does).
            subprocess.run(
                ["cargo", "fetch", "--locked", "--target", "aarch64-apple-darwin"],
                cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
            )
    sys.exit(f"{crate} {versions}: sources not found in {registry} even after cargo fetch")


def symbols(texts):
    pattern = re.compile(r"\bpub\s+(?:fn|static(?:\s+mut)?)\s+([A-Za-z_][A-Za-z0-9_]*)")
    found = set()
    for text in texts:
        found.update(pattern.findall(text))
    return sorted("_" + s for s in found)


def tbd(framework, syms):
    install = f"/System/Library/Frameworks/{framework}.framework/Versions/A/{framework}"
    lines = [
        "--- !tapi-tbd",
        "tbd-version:     4",
        "targets:         [ x86_64-macos, arm64-macos ]",
        f"install-name:    '{install}'",
        "exports:",
        "  - targets:         [ x86_64-macos, arm64-macos ]",
        "    symbols:         [ " + ",\n                       ".join(syms) + " ]",
        "...",
    ]
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.splitlines()[2].strip())
    out = sys.argv[1]
    versions = locked_versions()
    for framework, crates in FRAMEWORKS.items():
        texts = [t for c in crates for t in crate_sources(c, versions.get(c, []))]
        fw = os.path.join(out, f"{framework}.framework")
        os.makedirs(fw, exist_ok=True)
        with open(os.path.join(fw, f"{framework}.tbd"), "w") as f:
            f.write(tbd(framework, symbols(texts)))


if __name__ == "__main__":
    main()
