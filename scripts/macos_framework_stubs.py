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
import sys

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


def crate_dirs(crate, versions):
    registry = os.path.join(os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo")), "registry", "src")
    dirs = []
    for index in sorted(os.listdir(registry)):
        for v in versions:
            d = os.path.join(registry, index, f"{crate}-{v}")
            if os.path.isdir(d):
                dirs.append(d)
    if not dirs:
        sys.exit(f"{crate} {versions} is not in {registry}: run `cargo fetch --locked` first")
    return dirs


def symbols(dirs):
    found = set()
    pattern = re.compile(r"\bpub\s+(?:fn|static(?:\s+mut)?)\s+([A-Za-z_][A-Za-z0-9_]*)")
    for d in dirs:
        for top, _, files in os.walk(os.path.join(d, "src")):
            for name in files:
                if name.endswith(".rs"):
                    with open(os.path.join(top, name), encoding="utf-8") as f:
                        found.update(pattern.findall(f.read()))
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
        dirs = [d for c in crates for d in crate_dirs(c, versions.get(c, []))]
        fw = os.path.join(out, f"{framework}.framework")
        os.makedirs(fw, exist_ok=True)
        with open(os.path.join(fw, f"{framework}.tbd"), "w") as f:
            f.write(tbd(framework, symbols(dirs)))


if __name__ == "__main__":
    main()
