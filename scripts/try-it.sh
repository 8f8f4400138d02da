#!/usr/bin/env bash
# Starts the project's local control plane (tests/testcluster: an API server speaking
# kube-apiserver's protocols, etcd as a real static pod on a simulated kubeadm node), then
# takes the tour with nothing but its kubeconfig: status, a backup, and a look inside it.
# The control plane keeps running afterwards for you to explore; Ctrl-C stops it.
#   scripts/try-it.sh [--nodes 3] [--etcd-version 3.4] [--no-wait]
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${KUBECTL_ETCD_BIN_DIR:-$PWD/target/release}
for b in kubectl-etcd kubectl-etcd-testcluster; do
  [ -x "$bin/$b" ] || { echo "missing $bin/$b: run 'cargo build --release --locked --workspace' first" >&2; exit 1; }
done
wait_at_end=1 args=()
for a in "$@"; do
  if [ "$a" = --no-wait ]; then wait_at_end=0; else args+=("$a"); fi
done

dir=$(mktemp -d /tmp/kubectl-etcd-try.XXXXXX)
export KUBECONFIG=$dir/kubeconfig PATH=$bin:$PATH
"$bin/kubectl-etcd-testcluster" up --kubeconfig "$KUBECONFIG" --dir "$dir/cluster" "${args[@]}" >"$dir/control-plane.log" 2>&1 &
cp_pid=$!
trap 'kill $cp_pid 2>/dev/null; wait $cp_pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 300); do [ -s "$KUBECONFIG" ] && break; kill -0 $cp_pid 2>/dev/null || { cat "$dir/control-plane.log"; exit 1; }; sleep 0.1; done
[ -s "$KUBECONFIG" ] || { echo "the control plane did not start; log: $dir/control-plane.log" >&2; exit 1; }

run() { printf '\n$ %s\n' "$*"; "$@"; }
run kubectl get pods -n kube-system -o wide
run kubectl etcd status
run kubectl etcd put /registry/demo/hello world --yes
run kubectl etcd snapshot save "$dir/backup.db"
run kubectl etcd snapshot status "$dir/backup.db" -w table
run kubectl etcd get --snapshot "$dir/backup.db" /registry/ --prefix --keys-only
run kubectl etcd get /registry/namespaces/kube-system -o yaml

if [ $wait_at_end = 1 ]; then
  printf '\nThe control plane keeps running. In another shell:\n  export KUBECONFIG=%s PATH=%s:$PATH\n  kubectl etcd status\nCtrl-C here stops it and deletes %s.\n' "$KUBECONFIG" "$bin" "$dir"
  wait $cp_pid
fi
