#!/usr/bin/env python3
"""Throughput of `snapshot save` to an S3-compatible server against saving to a local file,
side by side in one run (alternating), plus the cost of --compress and --encrypt-to.

Run it through scripts/dev-etcd.sh (etcd with mutual TLS, ETCDCTL_* set); it starts each
server below on a free loopback port:

    cargo build --release --locked
    scripts/dev-etcd.sh python3 benches/backup.py [--keys 100000] [--runs 5]

Servers, each measured when installed (a missing one is skipped with a note; `--skip NAME`
leaves one out):

* Garage (crates.io `garage`): a production S3-compatible object store written in Rust,
  run as a single node with its own defaults (LMDB metadata, zstd level 1 on data blocks;
  `garage server --single-node --default-bucket` makes the bucket and key);
* s3s-fs (crates.io `s3s-fs`): the s3s project's experimental filesystem-backed S3 server.
  Its CompleteMultipartUpload copies every part into the object, so a third of a
  multipart upload's time is spent after the last byte was sent, whoever the client is;
* moto (scripts/install-test-deps.sh), the tests' server: Python, a floor;
* Azurite (scripts/install-test-deps.sh), for `azblob://`.

Garage and s3s-fs are not needed by the tests, so the bench's setup installs them by hand
(into ~/.cargo/bin; GARAGE_BIN and S3S_FS_BIN point elsewhere), at the versions measured
(s3s-fs 0.14.1 is the newest that builds with Rust 1.95; a cold build of Garage takes about
20 minutes on 2 cores):

    cargo install garage@2.5.0 --locked
    cargo install s3s-fs@0.14.1 --features binary --locked

Every server runs on this machine's loopback over plain HTTP, its data in a temporary
directory on the same file system as the saved file. On 2 cores the server's CPU competes
with etcd's and ours (a real object store runs on other machines), so to tell the server's
cost from ours each row also reports the CPU seconds our process and the server used, and
a "ceiling" row per server measures the server alone: the same snapshot bytes uploaded from
a file by its own SDK (boto3 for the S3 servers, azure-storage-blob for Azurite: 8 MiB
parts, two in flight, as ours), with no etcd involved.
The environment is passed to our runs, e.g. AWS_UNSIGNED_PAYLOAD=true (object_store's
setting: no SHA-256 of each part for the request signature).
"""
import argparse, os, shutil, socket, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import OURS, load  # noqa: E402

MOTO = os.environ.get("MOTO_VENV", "/opt/kubectl-etcd-test/moto")
EMU = os.environ.get("EMU_DIR", "/opt/kubectl-etcd-test")
AZURITE = os.path.join(EMU, "azurite", "node_modules", ".bin", "azurite-blob")


def cargo_bin(name: str) -> str:
    """A server installed by `cargo install` ($NAME_BIN overrides, then PATH, then ~/.cargo/bin)."""
    return (os.environ.get(name.upper().replace("-", "_") + "_BIN") or shutil.which(name)
            or os.path.expanduser(f"~/.cargo/bin/{name}"))


S3S_FS = cargo_bin("s3s-fs")
GARAGE = cargo_bin("garage")
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


def timed_cpu(cmd: list, server: int, env: dict) -> tuple:
    """Wall time, our CPU time (user + system) and the server's CPU time of one run."""
    before = children_cpu(server)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env={**os.environ, **env})
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


def boto3_ceiling(endpoint: str, ref: str) -> list:
    """The same bytes from a file to an S3 server by boto3: 8 MiB parts, two in flight."""
    return [os.path.join(MOTO, "bin", "python"), "-c",
            "import boto3; from boto3.s3.transfer import TransferConfig as T\n"
            f"s3 = boto3.client('s3', endpoint_url='{endpoint}')\n" + SELF_TIMED.format(
                f"s3.upload_file('{ref}', 'bench', 'b.db', Config=T(multipart_threshold=1, "
                "multipart_chunksize=8 << 20, max_concurrency=2))")]


def create_bucket(env: dict) -> None:
    subprocess.run([os.path.join(MOTO, "bin", "python"), "-c",
                    "import boto3; boto3.client('s3', endpoint_url="
                    f"'{env['AWS_ENDPOINT_URL']}').create_bucket(Bucket='bench')"],
                   check=True, env={**os.environ, **env})


def start_moto(work: str) -> tuple:
    port = free_port()
    proc = subprocess.Popen([os.path.join(MOTO, "bin", "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, port, {}, True


def start_s3s_fs(work: str) -> tuple:
    port, root = free_port(), os.path.join(work, "s3s-fs")
    os.mkdir(root)
    proc = subprocess.Popen([S3S_FS, "--host", "127.0.0.1", "--port", str(port), "--access-key", "bench",
                             "--secret-key", "bench", root], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, port, {}, True


def start_garage(work: str) -> tuple:
    """A single-node Garage with its own defaults (LMDB metadata, zstd level 1 on data blocks),
    its bucket and key made by `--single-node --default-bucket`."""
    root, port, rpc = os.path.join(work, "garage"), free_port(), free_port()
    os.mkdir(root)
    config = os.path.join(root, "garage.toml")
    with open(config, "w") as f:
        f.write(f'''metadata_dir = "{root}/meta"
data_dir = "{root}/data"
replication_factor = 1
rpc_bind_addr = "127.0.0.1:{rpc}"
rpc_public_addr = "127.0.0.1:{rpc}"
rpc_secret = "{os.urandom(32).hex()}"
[s3_api]
s3_region = "us-east-1"
api_bind_addr = "127.0.0.1:{port}"
root_domain = ".s3.garage.localhost"
''')
    key = {"AWS_ACCESS_KEY_ID": "GK" + os.urandom(12).hex(), "AWS_SECRET_ACCESS_KEY": os.urandom(32).hex()}
    env = {**os.environ, "GARAGE_DEFAULT_ACCESS_KEY": key["AWS_ACCESS_KEY_ID"],
           "GARAGE_DEFAULT_SECRET_KEY": key["AWS_SECRET_ACCESS_KEY"], "GARAGE_DEFAULT_BUCKET": "bench",
           "RUST_LOG": "warn"}
    proc = subprocess.Popen([GARAGE, "-c", config, "server", "--single-node", "--default-bucket"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, port, key, False


# (name, binary, start(work) -> (process, S3 port, environment, whether the bench must create the bucket))
S3_SERVERS = [("Garage", GARAGE, start_garage), ("s3s-fs", S3S_FS, start_s3s_fs),
              ("moto", os.path.join(MOTO, "bin", "moto_server"), start_moto)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip", action="append", default=[], metavar="SERVER",
                    help="leave out a server's rows: s3s-fs, Garage, moto, Azurite (repeatable)")
    args = ap.parse_args()
    skip = {s.lower() for s in args.skip}
    servers = []
    work = tempfile.mkdtemp()
    try:
        os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_REGION="us-east-1")
        s3 = []  # (name, process, environment for our runs and boto3's)
        for name, binary, start in S3_SERVERS:
            if name.lower() in skip:
                continue
            if not os.access(binary, os.X_OK):
                print(f"{binary} not found: no {name} rows (see this script's docstring)", file=sys.stderr)
                continue
            proc, port, env, needs_bucket = start(work)
            servers.append(proc)
            wait_port(port, name)
            env["AWS_ENDPOINT_URL"] = f"http://127.0.0.1:{port}"
            if needs_bucket:
                create_bucket(env)
            s3.append((name, proc, env))
        azurite = None
        if os.access(AZURITE, os.X_OK) and "azurite" not in skip:
            az_port = free_port()
            azurite = subprocess.Popen([AZURITE, "--blobHost", "127.0.0.1", "--blobPort", str(az_port),
                                        "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck",
                                        "--silent"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            servers.append(azurite)
            wait_port(az_port, "azurite")
            az_url = f"http://127.0.0.1:{az_port}"
            az_env = {"AZURE_STORAGE_USE_EMULATOR": "true", "AZURITE_BLOB_STORAGE_URL": az_url}
            az_python = os.path.join(EMU, "emulators", "bin", "python")
            az_client = (f"from azure.storage.blob import BlobServiceClient\n"
                         f"svc = BlobServiceClient(account_url='{az_url}/devstoreaccount1', credential="
                         f"{{'account_name': 'devstoreaccount1', 'account_key': '{AZURITE_KEY}'}}, "
                         "max_block_size=8 << 20, max_single_put_size=8 << 20)\n")
            subprocess.run([az_python, "-c", az_client + "svc.create_container('bench')"], check=True)
        print(f"loading {args.keys} keys x 1 KiB ...", file=sys.stderr)
        load(args.keys)
        ref = os.path.join(work, "ref.db")
        subprocess.run([OURS, "snapshot", "save", ref], check=True, stdout=subprocess.DEVNULL)
        size = os.path.getsize(ref)
        # (name, command, server whose CPU is counted (none for a file), environment)
        cases = [
            ("a file", [OURS, "snapshot", "save", os.path.join(work, "f.db"), "--force"], None, {}),
        ]
        for name, proc, env in s3:
            cases += [
                (f"S3 ({name})", [OURS, "snapshot", "save", "s3://bench/f.db", "--force"], proc, env),
                (f"*{name}'s ceiling: the same bytes from a file, by boto3*",
                 boto3_ceiling(env["AWS_ENDPOINT_URL"], ref), proc, env),
            ]
        cases += [
            ("a file, `--compress`", [OURS, "snapshot", "save", os.path.join(work, "f.db.zst"), "--force",
                                     "--compress"], None, {}),
        ]
        if s3:
            name, proc, env = s3[0]
            cases += [
                (f"S3 ({name}), `--compress --encrypt-to`",
                 [OURS, "snapshot", "save", "s3://bench/f.db.zst.age", "--force",
                  "--compress", "--encrypt-to", age_recipient()], proc, env),
            ]
        if azurite:
            cases += [
                ("Azure Blob (Azurite)", [OURS, "snapshot", "save", "azblob://bench/f.db", "--force"], azurite,
                 az_env),
                ("*Azurite's ceiling: the same bytes from a file, by azure-storage-blob*",
                 [az_python, "-c", az_client + SELF_TIMED.format(
                     f"svc.get_blob_client('bench', 'b.db').upload_blob(open('{ref}', 'rb'), overwrite=True, "
                     "max_concurrency=2)")], azurite, {}),
            ]
        times = {name: [] for name, _, _, _ in cases}
        for _ in range(args.runs):
            for name, cmd, server, env in cases:
                # A file has no server (its column shows "-"); any pid does for the unused figure.
                times[name].append(timed_cpu(cmd, server.pid if server else os.getpid(), env))
        base = statistics.median(t for t, _, _ in times["a file"])
        print(f"\nsnapshot {size / 1e6:.0f} MB, {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f}; median (min) of {args.runs} alternating runs\n")
        print("| `snapshot save` to | time, median (min) | MB/s | relative to a file | CPU s: client | CPU s: server |")
        print("|---|---|---|---|---|---|")
        for name, _, server, _ in cases:
            walls = [t for t, _, _ in times[name]]
            m = statistics.median(walls)
            ours = statistics.median(c for _, c, _ in times[name])
            server_cpu = statistics.median(c for _, _, c in times[name])
            server_text = "-" if server is None else f"{server_cpu:.2f}"
            print(f"| {name} | {m:.3f} s ({min(walls):.3f}) | {size / 1e6 / m:.0f} | {base / m:.2f}x "
                  f"| {ours:.2f} | {server_text} |")
            print(f"  {name}: {', '.join(f'{w:.3f}' for w in walls)}", file=sys.stderr)
    finally:
        for server in servers:
            server.kill()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
