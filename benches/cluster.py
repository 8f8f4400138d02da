#!/usr/bin/env python3
"""Cluster mode against direct mode on the same etcd, in one run: how much the API-server
port-forward (and finding etcd and its certificates through the API) costs.

Starts the project's local control plane (tests/testcluster), loads --keys keys of 1 KiB into
its etcd, then reports median (min) of --runs alternating runs of:
  * `get` of one key: cluster mode (discovery + helper pod for the certificates +
    port-forward), cluster mode with the certificate flags given (discovery + port-forward),
    direct mode (--endpoints), and etcdctl;
  * `snapshot save`: cluster mode with certificate flags vs direct mode, with MB/s.

    cargo build --release --locked --workspace
    python3 benches/cluster.py [--keys 20000] [--runs 5]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the loader and tool paths)

BIN = os.path.join(bench.ROOT, "target", "release")


def median_min(cmd, runs, env):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    work = tempfile.mkdtemp()
    kubeconfig = os.path.join(work, "kubeconfig")
    cp = subprocess.Popen([os.path.join(BIN, "kubectl-etcd-testcluster"), "up", "--kubeconfig", kubeconfig,
                           "--dir", os.path.join(work, "cluster")], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            if os.path.exists(kubeconfig) and os.path.getsize(kubeconfig) > 0:
                break
            time.sleep(0.1)
        pki = os.path.join(work, "cluster", "nodes", "cp-0", "etc", "kubernetes", "pki", "etcd")
        manifest = open(os.path.join(work, "cluster", "nodes", "cp-0", "etc", "kubernetes", "manifests", "etcd.yaml")).read()
        endpoint = next(l.split("=", 1)[1] for l in manifest.splitlines() if "--advertise-client-urls=" in l)
        certs = [f"--cacert={pki}/ca.crt", f"--cert={pki}/healthcheck-client.crt", f"--key={pki}/healthcheck-client.key"]
        os.environ.update(ETCDCTL_ENDPOINTS=endpoint, ETCDCTL_CACERT=f"{pki}/ca.crt",
                          ETCDCTL_CERT=f"{pki}/healthcheck-client.crt", ETCDCTL_KEY=f"{pki}/healthcheck-client.key")
        bench.load(args.keys)
        # The loader needs ETCDCTL_*; the timed commands must not see them (ours would take
        # ETCDCTL_ENDPOINTS as direct mode).
        env_free = {k: v for k, v in os.environ.items() if not k.startswith("ETCDCTL_")}
        ours = os.path.join(BIN, "kubectl-etcd")
        key = "/registry/bench/00000042"
        cases = [
            ("get one key: cluster mode (kubeconfig only: discovery, helper pod, port-forward)",
             [ours, "--kubeconfig", kubeconfig, "get", key]),
            ("get one key: cluster mode with certificate flags (discovery, port-forward)",
             [ours, "--kubeconfig", kubeconfig, *certs, "get", key]),
            ("get one key: direct mode (--endpoints)", [ours, f"--endpoints={endpoint}", *certs, "get", key]),
            ("get one key: etcdctl", [bench.ETCDCTL, f"--endpoints={endpoint}", *certs, "get", key]),
        ]
        print(f"\n{args.keys} keys x 1 KiB in the local control plane's etcd, median (min) of {args.runs} runs\n")
        print("| operation | time |")
        print("|---|---|")
        for name, cmd in cases:
            m, n = median_min(cmd, args.runs, env_free)
            print(f"| {name} | {m * 1000:.0f} ms ({n * 1000:.0f}) |")
        snap = os.path.join(work, "s.db")
        for name, cmd in [
            ("snapshot save: cluster mode with certificate flags (port-forward)",
             [ours, "--kubeconfig", kubeconfig, *certs, "snapshot", "save", snap, "--force"]),
            ("snapshot save: direct mode", [ours, f"--endpoints={endpoint}", *certs, "snapshot", "save", snap, "--force"]),
            ("snapshot save: etcdctl", ["sh", "-c", f'rm -f "$0" && exec "$@"', snap, bench.ETCDCTL,
                                        f"--endpoints={endpoint}", *certs, "snapshot", "save", snap]),
        ]:
            m, n = median_min(cmd, args.runs, env_free)
            size = os.path.getsize(snap) / 1e6
            print(f"| {name} | {m:.2f} s ({n:.2f}), {size / m:.0f} MB/s |")
    finally:
        cp.terminate()
        cp.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
