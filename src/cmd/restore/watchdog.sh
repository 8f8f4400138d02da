# kubectl-etcd's watchdog: a static pod on the node (busybox sh), started before the switch.
# It needs nothing from the API server or from a pod created later: it switches the manifest,
# judges the member on this node itself, keeps or reverts, restarts what would otherwise
# watch stale revisions, and leaves its outcome in $S (first line) and its log in $L.
#
# (busybox wget -T crashes in some static builds: `timeout 3 wget` bounds each request.)
# Control file $C (written by kubectl-etcd through a helper pod): `arm <epoch>`, `commit`,
# `rollback`, anything else = cancel. The workstation's word is a shortcut: without it the
# watchdog decides on its own evidence.
log() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $*" | tee -a "$L"; }
state() { printf '%s\n' "$1" > "$S.tmp" && mv -f "$S.tmp" "$S"; log "state: $1${2:+ ($2)}"; }
cmd() { c=""; t=""; [ -f "$C" ] && read -r c t < "$C"; }
sha() { sha256sum "$1" 2>/dev/null | cut -d' ' -f1; }
metrics() { timeout 3 wget -q -O- "$METRICS/metrics" 2>/dev/null; }
member_id() { metrics | sed -n 's/^etcd_server_id{server_id="\([0-9a-f]*\)"}.*/\1/p'; }

# The local member on its own evidence: /health true, a member ID other than the one that
# ran before the switch, the expected revision, the expected key count, every peer
# connected. Sets $why.
healthy() {
  [ -n "$METRICS" ] || { why="no plain-HTTP --listen-metrics-urls to check"; return 1; }
  h=$(timeout 3 wget -q -O- "$METRICS/health" 2>/dev/null) || { why="no answer on $METRICS/health"; return 1; }
  case "$h" in *'"health":"true"'*) ;; *) why="health: $h"; return 1 ;; esac
  m=$(metrics) || { why="no answer on $METRICS/metrics"; return 1; }
  id=$(echo "$m" | sed -n 's/^etcd_server_id{server_id="\([0-9a-f]*\)"}.*/\1/p')
  rev=$(echo "$m" | awk '$1 == "etcd_debugging_mvcc_current_revision" { printf "%.0f", $2 }')
  keys=$(echo "$m" | awk '$1 == "etcd_debugging_mvcc_keys_total" { printf "%.0f", $2 }')
  peers=$(echo "$m" | awk '/^etcd_network_active_peers\{/ && $2 > 0 { n++ } END { print n + 0 }')
  [ -n "$id" ] && [ "$id" != "$OLD_ID" ] || { why="still member ${id:-?} (the one from before the switch)"; return 1; }
  [ "${rev:-0}" -ge "$EXPECT_REV" ] || { why="revision ${rev:-?} < $EXPECT_REV"; return 1; }
  keys_match || return 1
  [ "$peers" -ge "$PEERS" ] || { why="$peers of $PEERS peers connected"; return 1; }
  why="member $id healthy, revision $rev, $keys keys, $peers peers"
}

# The member's keys (etcd_debugging_mvcc_keys_total) against the snapshot's live keys: at
# least as many, less one per revision written since the restore (Kubernetes writes one key
# per revision). A lower bound: etcd also counts the entry with an empty key that
# `--bump-revision` writes, so one more is not a failure; missing data is.
# EXPECT_KEYS < 0: no check.
keys_match() {
  [ "$EXPECT_KEYS" -ge 0 ] || return 0
  [ -n "$keys" ] || { why="no etcd_debugging_mvcc_keys_total in $METRICS/metrics"; return 1; }
  written=$(( rev - EXPECT_REV ))
  [ $(( keys + written )) -ge "$EXPECT_KEYS" ] || { why="$keys keys, the snapshot holds $EXPECT_KEYS (revision $rev, $written written since)"; return 1; }
}

# Restarts what watches etcd on this node, from the node (its own service manager and
# container runtime), so that none keeps watching from a revision etcd no longer has.
restart() {
  [ -n "$1" ] || return 0
  i=0
  while [ -n "$METRICS" ] && [ $i -lt 60 ] && ! timeout 3 wget -q -O /dev/null "$METRICS/health" 2>/dev/null; do sleep 1; i=$((i+1)); done
  for c in $1; do
    if [ "$c" = kubelet ]; then
      chroot /host systemctl restart kubelet >> "$L" 2>&1 && log "restarted kubelet" || log "could not restart kubelet: run systemctl restart kubelet on this node"
      continue
    fi
    ids=$(chroot /host crictl ps -q --name "^$c\$" 2>> "$L")
    if [ -z "$ids" ]; then log "no $c container on this node"; continue; fi
    chroot /host crictl stop $ids >> "$L" 2>&1 && log "restarted $c (kubelet starts it again)" || log "could not stop the $c container: restart it by hand"
  done
}

# The end: outcome, restarts, then this pod's own manifest goes (kubelet stops the pod).
finish() {
  state "$1-restarting" "$2"
  restart "$3"
  state "$1" "$2"
  grep -q "$TS" "$W" 2>/dev/null && rm -f "$W"
  exec sleep 3600
}

# The pod's activeDeadlineSeconds would kill this script wherever it is and leave its manifest
# (kubelet would then keep a dead static pod). Shortly before, this guard records the run as
# expired unless it finished, and removes the manifest itself.
# It ends as soon as this run's manifest is gone (finished, or kubelet stopped the pod).
lifetime_end=$(( $(date +%s) + LIFETIME ))
( while [ "$(date +%s)" -lt "$lifetime_end" ]; do
    grep -q "$TS" "$W" 2>/dev/null || exit 0
    sleep 5
  done
  st=$(head -n 1 "$S" 2>/dev/null)
  case "$st" in ""|waiting|armed|switched|*-restarting) state expired "the watchdog ran out of its ${LIFETIME}s at state ${st:-?}" ;; esac
  grep -q "$TS" "$W" 2>/dev/null && rm -f "$W" && log "lifetime over: removed $W" ) &

give_up=$(( $(date +%s) + ARM_WAIT ))
state waiting
while :; do
  cmd
  [ "$c" = arm ] && break
  [ -n "$c" ] && finish cancelled "cancelled before the switch; nothing changed" ""
  [ "$(date +%s)" -ge "$give_up" ] && finish not-armed "not armed within ${ARM_WAIT}s; nothing changed" ""
  sleep 0.2
done
OLD_ID=$(member_id)
state armed "member ${OLD_ID:-?} runs now"
while [ "$(date +%s)" -lt "$t" ]; do
  cmd
  [ "$c" = arm ] || finish cancelled "cancelled before the switch; nothing changed" ""
  sleep 0.1
done
[ "$(sha "$M")" = "$BEFORE_SHA" ] || finish switch-refused "$M changed since the plan; not switched" ""
mv -f "$N" "$M" || finish switch-failed "could not rename $N over $M" ""
state switched
end=$(( $(date +%s) + REVERT ))
since=""
verdict=""
while :; do
  cmd
  [ "$c" = commit ] && { verdict=keep; because="kubectl-etcd confirmed"; break; }
  [ "$c" = rollback ] && { verdict=revert; because="kubectl-etcd asked to revert"; break; }
  if healthy; then
    [ -n "$since" ] || { since=$(date +%s); log "$why"; }
    [ $(( $(date +%s) - since )) -ge "$SETTLE" ] && { verdict=keep; because="$why for ${SETTLE}s"; break; }
  else
    [ -z "$since" ] || log "not healthy any more: $why"
    since=""
  fi
  [ "$(date +%s)" -ge "$end" ] && { verdict=revert; because="not healthy within ${REVERT}s: $why"; break; }
  sleep 1
done
if [ "$MODE" = rollback ]; then
  # A rollback is not reverted: the backup it put back is the state to return to.
  [ "$verdict" = keep ] && finish rolled-back "$because" "$RESTART_KEEP"
  finish rolled-back-unhealthy "$because" "$RESTART_KEEP"
fi
[ "$verdict" = keep ] && finish "$KEPT" "$because" "$RESTART_KEEP"
# Revert only the manifest this watchdog installed.
if [ "$(sha "$M")" != "$AFTER_SHA" ]; then
  finish left-alone "$because; but $M is no longer the one installed here, so it was not touched" ""
fi
if cp -p "$B" "$R" && mv -f "$R" "$M"; then
  finish reverted "$because" "$RESTART_REVERT"
fi
finish revert-failed "$because; putting $B back failed: copy it over $M by hand" ""
