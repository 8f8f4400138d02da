#!/usr/bin/env bash
# Starts a throw-away etcd with a kubeadm-like PKI (mutual TLS, client certs required) on a
# free loopback port, prints the environment to point kubectl-etcd (and etcdctl) at it, and
# runs until Ctrl-C, then removes everything it made. With a command, runs it against that etcd
# instead (environment set) and stops afterwards with the command's exit code.
#   scripts/dev-etcd.sh                                  # interactive: prints the exports
#   scripts/dev-etcd.sh kubectl etcd endpoint status     # one-shot
# etcd comes from $ETCD_BIN_DIR, else the 3.5 test install, else PATH.
set -euo pipefail

bin_dir=${ETCD_BIN_DIR:-/opt/kubectl-etcd-test/etcd-3.5/usr/bin}
etcd=$bin_dir/etcd
[ -x "$etcd" ] || etcd=$(command -v etcd || true)
[ -n "$etcd" ] || { echo "no etcd found: run 'sudo scripts/install-test-deps.sh' first" >&2; exit 1; }

dir=$(mktemp -d /tmp/kubectl-etcd-dev.XXXXXX)
pki=$dir/pki/etcd
mkdir -p "$pki"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT INT TERM

# Same layout and extensions as kubeadm (see shared/reference/kubeadm-etcd.md).
openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj /CN=etcd-ca \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,digitalSignature \
  -keyout "$pki/ca.key" -out "$pki/ca.crt" 2>/dev/null
leaf() { # name cn eku [sans]
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$2" -keyout "$pki/$1.key" -out "$dir/$1.csr" 2>/dev/null
  ext="basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=$3"
  [ -n "${4:-}" ] && ext="$ext\nsubjectAltName=$4"
  openssl x509 -req -in "$dir/$1.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial -days 365 \
    -extfile <(printf "$ext") -out "$pki/$1.crt" 2>/dev/null
}
leaf server dev-node serverAuth,clientAuth "DNS:localhost,DNS:dev-node,IP:127.0.0.1,IP:::1"
leaf healthcheck-client kube-etcd-healthcheck-client clientAuth
chmod 600 "$pki"/*.key

port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
client=https://127.0.0.1:$(port) peer=https://127.0.0.1:$(port)
"$etcd" --name dev-node --data-dir "$dir/data" \
  --listen-client-urls "$client" --advertise-client-urls "$client" \
  --listen-peer-urls "$peer" --initial-advertise-peer-urls "$peer" --initial-cluster "dev-node=$peer" \
  --client-cert-auth --trusted-ca-file "$pki/ca.crt" --cert-file "$pki/server.crt" --key-file "$pki/server.key" \
  --peer-client-cert-auth --peer-trusted-ca-file "$pki/ca.crt" --peer-cert-file "$pki/server.crt" --peer-key-file "$pki/server.key" \
  >"$dir/etcd.log" 2>&1 &
pid=$!

export ETCDCTL_ENDPOINTS=$client ETCDCTL_CACERT=$pki/ca.crt ETCDCTL_CERT=$pki/healthcheck-client.crt ETCDCTL_KEY=$pki/healthcheck-client.key
for _ in $(seq 100); do
  curl -sf --cacert "$ETCDCTL_CACERT" --cert "$ETCDCTL_CERT" --key "$ETCDCTL_KEY" "$client/health" >/dev/null 2>&1 && break
  sleep 0.1
done
if [ $# -gt 0 ]; then
  "$@"
  exit $?
fi

cat <<MSG
etcd $("$etcd" --version | head -1 | awk '{print $3}') is running at $client (log: $dir/etcd.log). In another shell:

  export ETCDCTL_ENDPOINTS=$client ETCDCTL_CACERT=$pki/ca.crt ETCDCTL_CERT=$pki/healthcheck-client.crt ETCDCTL_KEY=$pki/healthcheck-client.key
  kubectl etcd endpoint status -w table

Ctrl-C stops it and deletes $dir.
MSG
wait "$pid"
