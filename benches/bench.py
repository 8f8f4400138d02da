#!/usr/bin/env python3
"""Side-by-side timings of kubectl-etcd and etcdctl/etcdutl on the same etcd, in one run.

Run it through scripts/dev-etcd.sh, which starts a throw-away etcd with mutual TLS and sets
ETCDCTL_ENDPOINTS/CACERT/CERT/KEY:

    cargo build --release --locked
    scripts/dev-etcd.sh python3 benches/bench.py [--keys 100000] [--runs 5]

Loads --keys keys of 1 KiB random values (batched transactions through etcd's JSON gateway,
so loading is not what is measured), then reports the median and min of --runs alternating
runs for: snapshot save, snapshot status, and listing every key (offline from the snapshot
for kubectl-etcd, online for etcdctl, which cannot read snapshots). Prints a Markdown table.
"""
import argparse, base64, concurrent.futures, http.client, json, os, shutil, ssl, statistics
import subprocess, sys, tempfile, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OURS = os.path.join(ROOT, "target", "release", "kubectl-etcd")
ETCD_BIN = os.environ.get("ETCD_BIN_DIR", "/opt/kubectl-etcd-test/etcd-3.5/usr/bin")
ETCDCTL = os.path.join(ETCD_BIN, "etcdctl")
ETCDUTL = os.path.join(ETCD_BIN, "etcdutl")


def load(keys: int) -> None:
    url = urllib.parse.urlparse(os.environ["ETCDCTL_ENDPOINTS"].split(",")[0])
    ctx = ssl.create_default_context(cafile=os.environ["ETCDCTL_CACERT"])
    ctx.load_cert_chain(os.environ["ETCDCTL_CERT"], os.environ["ETCDCTL_KEY"])

    def batch(start: int) -> None:
        conn = http.client.HTTPSConnection(url.hostname, url.port, context=ctx)
        ops = [{"requestPut": {
            "key": base64.b64encode(f"/registry/bench/{i:08d}".encode()).decode(),
            "value": base64.b64encode(os.urandom(1024)).decode()}}
            for i in range(start, min(start + 100, keys))]
        conn.request("POST", "/v3/kv/txn", json.dumps({"success": ops}))
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise SystemExit(f"load failed: {resp.status} {body[:200]!r}")
        conn.close()

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(batch, range(0, keys, 100)))


def load_objects(count: int) -> int:
    """Loads `count` values a real kube-apiserver wrote (the plaintext ones of
    shared/fixtures/real-apiserver, cycled) under distinct keys; returns their total bytes."""
    fixtures = os.environ.get("KUBECTL_ETCD_FIXTURES") or os.path.join(
        ROOT, "..", "shared", "fixtures", "real-apiserver")
    index = json.load(open(os.path.join(fixtures, "index.json")))
    values = [(e["key"], open(os.path.join(fixtures, e["value_file"]), "rb").read())
              for e in index if not e.get("encrypted")]
    url = urllib.parse.urlparse(os.environ["ETCDCTL_ENDPOINTS"].split(",")[0])
    ctx = ssl.create_default_context(cafile=os.environ["ETCDCTL_CACERT"])
    ctx.load_cert_chain(os.environ["ETCDCTL_CERT"], os.environ["ETCDCTL_KEY"])

    def batch(start: int) -> int:
        conn = http.client.HTTPSConnection(url.hostname, url.port, context=ctx)
        ops, size = [], 0
        for i in range(start, min(start + 100, count)):
            key, value = values[i % len(values)]
            size += len(value)
            ops.append({"requestPut": {"key": base64.b64encode(f"{key}-{i}".encode()).decode(),
                                       "value": base64.b64encode(value).decode()}})
        conn.request("POST", "/v3/kv/txn", json.dumps({"success": ops}))
        resp = conn.getresponse()
        resp.read()
        if resp.status != 200:
            raise SystemExit(f"load failed: {resp.status}")
        conn.close()
        return size

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        return sum(pool.map(batch, range(0, count, 100)))


def timed(cmd: list) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def timed_rss(cmd: list) -> tuple:
    """Wall time and peak resident memory (KiB) of one run, output discarded."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    # Exit code 1: some values were no Kubernetes objects (the random values of the first
    # benchmark share the snapshot); they are reported on stderr, the rest is printed.
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd} failed with exit code {proc.returncode}")
    return time.perf_counter() - t, usage.ru_maxrss


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--objects", type=int, default=100_000,
                    help="Kubernetes objects to decode in the decode benchmark (0 = skip)")
    args = ap.parse_args()
    for tool in (OURS, ETCDCTL, ETCDUTL):
        if not os.access(tool, os.X_OK):
            raise SystemExit(f"missing {tool}: cargo build --release, scripts/install-test-deps.sh")
    env_ep = os.environ["ETCDCTL_ENDPOINTS"]
    print(f"loading {args.keys} keys x 1 KiB into {env_ep} ...", file=sys.stderr)
    t = time.perf_counter()
    load(args.keys)
    print(f"loaded in {time.perf_counter() - t:.1f}s", file=sys.stderr)

    work = tempfile.mkdtemp()
    snap = os.path.join(work, "ref.db")
    subprocess.run([ETCDCTL, "snapshot", "save", snap], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    size_mb = os.path.getsize(snap) / 1e6
    cases = [
        ("snapshot save", [OURS, "snapshot", "save", os.path.join(work, "o.db"), "--force"],
         ["sh", "-c", f"rm -f {work}/e.db && exec {ETCDCTL} snapshot save {work}/e.db"]),
        ("snapshot status", [OURS, "snapshot", "status", snap],
         [ETCDUTL, "snapshot", "status", snap]),
        ("list all keys (ours: offline from the snapshot; etcdctl: online)",
         [OURS, "get", "--snapshot", snap, "/registry/", "--prefix", "--keys-only"],
         [ETCDCTL, "get", "/registry/", "--prefix", "--keys-only"]),
        ("read all keys and values",
         [OURS, "get", "--snapshot", snap, "/registry/", "--prefix"],
         [ETCDCTL, "get", "/registry/", "--prefix"]),
    ]
    print(f"\n{args.keys} keys x 1 KiB, snapshot {size_mb:.0f} MB, etcd "
          f"{subprocess.run([os.path.join(ETCD_BIN, 'etcd'), '--version'], capture_output=True, text=True).stdout.split()[2]}, "
          f"{os.cpu_count()} cores; median (min) of {args.runs} alternating runs\n")
    print("| operation | kubectl-etcd | etcdctl/etcdutl | ratio |")
    print("|---|---|---|---|")
    for name, ours, theirs in cases:
        a, b = [], []
        for _ in range(args.runs):
            a.append(timed(ours))
            b.append(timed(theirs))
        ma, mb = statistics.median(a), statistics.median(b)
        print(f"| {name} | {ma:.3f} s ({min(a):.3f}) | {mb:.3f} s ({min(b):.3f}) | {mb / ma:.2f}x |")
    if args.objects:
        print(f"\nloading {args.objects} objects a real kube-apiserver wrote ...", file=sys.stderr)
        size = load_objects(args.objects)
        objs = os.path.join(work, "objects.db")
        subprocess.run([ETCDCTL, "snapshot", "save", objs], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        base = [OURS, "get", "--snapshot", objs, "/registry/", "--prefix"]
        cases = [("`get --snapshot … --prefix -o yaml` (decoded, as kubectl prints them)", base + ["-o", "yaml"]),
                 ("`get --snapshot … --prefix -o json` (decoded, as kubectl prints them)", base + ["-o", "json"]),
                 ("`get --snapshot … --prefix` (raw bytes, etcdctl's output)", base)]
        runs = {name: [] for name, _ in cases}
        for _ in range(args.runs):  # alternating, so that load on the machine hits all alike
            for name, cmd in cases:
                runs[name].append(timed_rss(cmd))
        raw = statistics.median(t for t, _ in runs[cases[-1][0]])
        print(f"\n| decoding {args.objects} objects ({size / 1e6:.0f} MB of values) from a snapshot, median of {args.runs} | time | objects/s | MB/s | × raw time | peak memory |")
        print("|---|---|---|---|---|---|")
        for name, _ in cases:
            t = statistics.median(x for x, _ in runs[name])
            rss = max(r for _, r in runs[name])
            print(f"| {name} | {t:.2f} s | {args.objects / t:,.0f} | {size / 1e6 / t:.0f} | {t / raw:.2f} | {rss / 1024:.0f} MB |")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
