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

# One node: etcd on kubeadm's ports (2379 client) as on a real node, when they are free, so
# the port-forward below is the one you would type against a real cluster.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
case " ${args[*]-} " in
  *" --nodes 3 "*|*" --nodes=3 "*) ;;
  *) if port_free 2379 && port_free 2380 && port_free 2381; then args+=(--kubeadm-ports); fi ;;
esac

dir=$(mktemp -d /tmp/kubectl-etcd-try.XXXXXX)
export KUBECONFIG=$dir/kubeconfig PATH=$bin:$PATH
"$bin/kubectl-etcd-testcluster" up --kubeconfig "$KUBECONFIG" --dir "$dir/cluster" ${args[@]+"${args[@]}"} >"$dir/control-plane.log" 2>&1 &
cp_pid=$!
pf_pid=""
trap 'kill $pf_pid $cp_pid 2>/dev/null; wait $cp_pid 2>/dev/null; rm -rf "$dir"' EXIT
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

# The everyday kubectl works too: a ConfigMap (sent as protobuf, as kubectl does), read back
# from etcd; and a port-forward to the etcd pod, as on a kubeadm node.
run kubectl create configmap demo --from-literal=greeting=hello
run kubectl etcd get /registry/configmaps/default/demo -o yaml
node_dir=$dir/cluster/nodes/cp-0
etcd_port=$(grep -o -- '--listen-client-urls=https://127.0.0.1:[0-9]*' "$node_dir/etc/kubernetes/manifests/etcd.yaml" | grep -o '[0-9]*$')
local_port=12379
port_free $local_port || local_port=$((20000 + RANDOM % 20000))
printf '\n$ %s &\n' "kubectl -n kube-system port-forward pod/etcd-cp-0 $local_port:$etcd_port"
kubectl -n kube-system port-forward pod/etcd-cp-0 "$local_port:$etcd_port" >"$dir/port-forward.log" 2>&1 &
pf_pid=$!
for _ in $(seq 100); do grep -q Forwarding "$dir/port-forward.log" && break; sleep 0.1; done
pki=$node_dir/etc/kubernetes/pki/etcd
run etcdctl --endpoints "https://127.0.0.1:$local_port" --cacert "$pki/ca.crt" --cert "$pki/server.crt" --key "$pki/server.key" endpoint health

if [ $wait_at_end = 1 ]; then
  printf '\nThe control plane keeps running (and the port-forward to 127.0.0.1:%s). In another shell:\n  export KUBECONFIG=%s PATH=%s:$PATH\n  kubectl etcd status\nCtrl-C here stops it and deletes %s.\n' "$local_port" "$KUBECONFIG" "$bin" "$dir"
  wait $cp_pid
fi
