#!/usr/bin/env python3
"""Throughput of `snapshot save` to an S3-compatible server against saving to a local file,
side by side in one run (alternating), plus the cost of --compress and --encrypt-to.

Run it through scripts/dev-etcd.sh (etcd with mutual TLS, ETCDCTL_* set); it starts moto's
S3 server (installed by scripts/install-test-deps.sh) on a free loopback port:

    cargo build --release --locked
    scripts/dev-etcd.sh python3 benches/backup.py [--keys 100000] [--runs 5]

moto is a Python server on the same 2 cores, so the S3 numbers are a floor: a real
object store on its own machines takes the upload's CPU cost off this one.
"""
import argparse, os, socket, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import OURS, load, timed  # noqa: E402

MOTO = os.environ.get("MOTO_VENV", "/opt/kubectl-etcd-test/moto")


def bech32(hrp: str, data: bytes) -> str:
    """BIP-173 bech32, as age spells X25519 recipients."""
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    acc, bits, five = 0, 0, []
    for b in data:
        acc, bits = (acc << 8) | b, bits + 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    def polymod(values):
        gen, chk = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3], 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1ffffff) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (top >> i) & 1 else 0
        return chk
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = polymod(expanded + five + [0] * 6) ^ 1
    checksum = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(charset[d] for d in five + checksum)


def age_recipient() -> str:
    """A fresh X25519 recipient (the private key is thrown away: nothing is decrypted here)."""
    code = ("from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey\n"
            "from cryptography.hazmat.primitives import serialization as s\n"
            "k = X25519PrivateKey.generate().public_key()\n"
            "print(k.public_bytes(s.Encoding.Raw, s.PublicFormat.Raw).hex())")
    raw = subprocess.run([os.path.join(MOTO, "bin", "python"), "-c", code], check=True,
                         capture_output=True, text=True).stdout.strip()
    return bech32("age", bytes.fromhex(raw))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    port = free_port()
    moto = subprocess.Popen([os.path.join(MOTO, "bin", "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 1).close()
                break
            except OSError:
                if time.time() > deadline:
                    raise SystemExit("moto did not start")
                time.sleep(0.1)
        endpoint = f"http://127.0.0.1:{port}"
        os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench",
                          AWS_REGION="us-east-1", AWS_ENDPOINT_URL=endpoint)
        subprocess.run([os.path.join(MOTO, "bin", "python"), "-c",
                        f"import boto3; boto3.client('s3', endpoint_url='{endpoint}').create_bucket(Bucket='bench')"],
                       check=True)
        print(f"loading {args.keys} keys x 1 KiB ...", file=sys.stderr)
        load(args.keys)
        work = tempfile.mkdtemp()
        ref = os.path.join(work, "ref.db")
        subprocess.run([OURS, "snapshot", "save", ref], check=True, stdout=subprocess.DEVNULL)
        size = os.path.getsize(ref)
        cases = [
            ("file", [OURS, "snapshot", "save", os.path.join(work, "f.db"), "--force"]),
            ("s3 (moto)", [OURS, "snapshot", "save", "s3://bench/f.db", "--force"]),
            ("file --compress", [OURS, "snapshot", "save", os.path.join(work, "f.db.zst"), "--force", "--compress"]),
            ("s3 --compress --encrypt-to", [OURS, "snapshot", "save", "s3://bench/f.db.zst.age", "--force",
                                            "--compress", "--encrypt-to", age_recipient()]),
        ]
        times = {name: [] for name, _ in cases}
        for _ in range(args.runs):
            for name, cmd in cases:
                times[name].append(timed(cmd))
        base = statistics.median(times["file"])
        print(f"\nsnapshot {size / 1e6:.0f} MB, {os.cpu_count()} cores; median (min) of {args.runs} alternating runs\n")
        print("| `snapshot save` to | time | MB/s | relative to a file |")
        print("|---|---|---|---|")
        for name, _ in cases:
            m = statistics.median(times[name])
            print(f"| {name} | {m:.3f} s ({min(times[name]):.3f}) | {size / 1e6 / m:.0f} | {base / m:.2f}x |")
    finally:
        moto.kill()
        moto.wait()


if __name__ == "__main__":
    main()
