#!/usr/bin/env python3
"""Throughput of `snapshot save` to an S3-compatible server against saving to a local file,
side by side in one run (alternating), plus the cost of --compress and --encrypt-to.

Run it through scripts/dev-etcd.sh (etcd with mutual TLS, ETCDCTL_* set); it starts moto's
S3 server (installed by scripts/install-test-deps.sh) on a free loopback port:

    cargo build --release --locked
    scripts/dev-etcd.sh python3 benches/backup.py [--keys 100000] [--runs 5]

moto is a Python server on the same 2 cores, so the S3 numbers are a floor: a real
object store on its own machines takes the upload's CPU cost off this one. To tell the
server's cost from ours, each row also reports the CPU seconds our process and the server
used, and two rows measure the servers alone: the same snapshot bytes uploaded by their own
SDKs (boto3 for moto, azure-storage-blob for Azurite: 8 MiB parts, two in flight). When
Azurite is installed (scripts/install-test-deps.sh) the save to Azure Blob is measured too.
The environment is passed to our runs, e.g. AWS_UNSIGNED_PAYLOAD=true (object_store's
setting: no SHA-256 of each part for the request signature).
"""
import argparse, os, socket, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import OURS, load  # noqa: E402

MOTO = os.environ.get("MOTO_VENV", "/opt/kubectl-etcd-test/moto")
EMU = os.environ.get("EMU_DIR", "/opt/kubectl-etcd-test")
AZURITE = os.path.join(EMU, "azurite", "node_modules", ".bin", "azurite-blob")
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu(pid: int) -> float:
    """CPU time of `pid` and its descendants (azurite-blob is node under a shell wrapper)."""
    total = 0.0
    try:
        children = [int(c) for c in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except OSError:
        children = []
    for p in [pid] + children:
        try:
            total += cpu_seconds(p)
        except OSError:
            pass
    return total


def timed_cpu(cmd: list, server: int) -> tuple:
    """Wall time, our CPU time (user + system) and the server's CPU time of one run."""
    before = children_cpu(server)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed")
    server_cpu = children_cpu(server) - before
    if out.startswith(b"upload "):
        # An SDK run timed itself: the upload only, not the interpreter's start.
        _, wall, cpu = out.split()
        return float(wall), float(cpu), server_cpu
    return wall, usage.ru_utime + usage.ru_stime, server_cpu


# An SDK upload timed from inside its interpreter: wall and CPU seconds of the upload alone.
SELF_TIMED = ("import time\nw, c = time.perf_counter(), time.process_time()\n{}\n"
              "print('upload', time.perf_counter() - w, time.process_time() - c)\n")


def wait_port(port: int, what: str) -> None:
    deadline = time.time() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            if time.time() > deadline:
                raise SystemExit(f"{what} did not start")
            time.sleep(0.1)


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
    servers = []
    try:
        port = free_port()
        moto = subprocess.Popen([os.path.join(MOTO, "bin", "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        servers.append(moto)
        wait_port(port, "moto")
        endpoint = f"http://127.0.0.1:{port}"
        os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench",
                          AWS_REGION="us-east-1", AWS_ENDPOINT_URL=endpoint)
        subprocess.run([os.path.join(MOTO, "bin", "python"), "-c",
                        f"import boto3; boto3.client('s3', endpoint_url='{endpoint}').create_bucket(Bucket='bench')"],
                       check=True)
        azurite = None
        if os.access(AZURITE, os.X_OK):
            az_port = free_port()
            azurite = subprocess.Popen([AZURITE, "--blobHost", "127.0.0.1", "--blobPort", str(az_port),
                                        "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck",
                                        "--silent"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            servers.append(azurite)
            wait_port(az_port, "azurite")
            az_url = f"http://127.0.0.1:{az_port}"
            os.environ.update(AZURE_STORAGE_USE_EMULATOR="true", AZURITE_BLOB_STORAGE_URL=az_url)
            az_python = os.path.join(EMU, "emulators", "bin", "python")
            az_client = (f"from azure.storage.blob import BlobServiceClient\n"
                         f"svc = BlobServiceClient(account_url='{az_url}/devstoreaccount1', credential="
                         f"{{'account_name': 'devstoreaccount1', 'account_key': '{AZURITE_KEY}'}}, "
                         "max_block_size=8 << 20, max_single_put_size=8 << 20)\n")
            subprocess.run([az_python, "-c", az_client + "svc.create_container('bench')"], check=True)
        print(f"loading {args.keys} keys x 1 KiB ...", file=sys.stderr)
        load(args.keys)
        work = tempfile.mkdtemp()
        ref = os.path.join(work, "ref.db")
        subprocess.run([OURS, "snapshot", "save", ref], check=True, stdout=subprocess.DEVNULL)
        size = os.path.getsize(ref)
        # (name, command, server whose CPU is counted)
        cases = [
            ("a file", [OURS, "snapshot", "save", os.path.join(work, "f.db"), "--force"], moto.pid),
            ("S3 (moto)", [OURS, "snapshot", "save", "s3://bench/f.db", "--force"], moto.pid),
            ("the same bytes from a file to moto by boto3 (the server's ceiling)",
             [os.path.join(MOTO, "bin", "python"), "-c",
              "import boto3; from boto3.s3.transfer import TransferConfig as T\n"
              f"s3 = boto3.client('s3', endpoint_url='{endpoint}')\n" + SELF_TIMED.format(
                  f"s3.upload_file('{ref}', 'bench', 'b.db', Config=T(multipart_threshold=1, "
                  "multipart_chunksize=8 << 20, max_concurrency=2))")], moto.pid),
            ("a file, `--compress`", [OURS, "snapshot", "save", os.path.join(work, "f.db.zst"), "--force",
                                     "--compress"], moto.pid),
            ("S3, `--compress --encrypt-to`", [OURS, "snapshot", "save", "s3://bench/f.db.zst.age", "--force",
                                               "--compress", "--encrypt-to", age_recipient()], moto.pid),
        ]
        if azurite:
            cases += [
                ("Azure Blob (Azurite)", [OURS, "snapshot", "save", "azblob://bench/f.db", "--force"], azurite.pid),
                ("the same bytes from a file to Azurite by azure-storage-blob (the server's ceiling)",
                 [az_python, "-c", az_client + SELF_TIMED.format(
                     f"svc.get_blob_client('bench', 'b.db').upload_blob(open('{ref}', 'rb'), overwrite=True, "
                     "max_concurrency=2)")], azurite.pid),
            ]
        times = {name: [] for name, _, _ in cases}
        for _ in range(args.runs):
            for name, cmd, server in cases:
                times[name].append(timed_cpu(cmd, server))
        base = statistics.median(t for t, _, _ in times["a file"])
        print(f"\nsnapshot {size / 1e6:.0f} MB, {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f}; median (min) of {args.runs} alternating runs\n")
        print("| `snapshot save` to | time | MB/s | relative to a file | CPU s: client | CPU s: server |")
        print("|---|---|---|---|---|---|")
        for name, _, _ in cases:
            walls = [t for t, _, _ in times[name]]
            m = statistics.median(walls)
            ours = statistics.median(c for _, c, _ in times[name])
            server = statistics.median(c for _, _, c in times[name])
            server_text = "-" if name.startswith("a file") else f"{server:.2f}"
            print(f"| {name} | {m:.3f} s ({min(walls):.3f}) | {size / 1e6 / m:.0f} | {base / m:.2f}x "
                  f"| {ours:.2f} | {server_text} |")
    finally:
        for server in servers:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
