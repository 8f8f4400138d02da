//! `simple` and `table` renderings of the [`model`](super::model) types, as etcdctl prints them.

use super::model::{
    Alarms, Delete, EndpointHashKv, EndpointHealth, EndpointStatus, Kv, MemberList, Put, Range,
    WatchEvent,
};
use super::table;
use super::units::humanize_bytes;

/// etcdctl's `printKV`: the key line (unless value-only), then the value line.
fn kv(out: &mut Vec<u8>, kv: &Kv, value_only: bool) {
    if !value_only {
        out.extend_from_slice(&kv.key);
        out.push(b'\n');
    }
    out.extend_from_slice(&kv.value);
    out.push(b'\n');
}

pub fn range(r: &Range, value_only: bool) -> Vec<u8> {
    // Sized at once: growing a buffer of a whole backup's values by doubling copies it
    // several times and, at the last step, holds the old and the new copy together.
    let size: usize = r
        .kvs
        .iter()
        .map(|k| k.value.len() + 1 + if value_only { 0 } else { k.key.len() + 1 })
        .sum();
    let mut out = Vec::with_capacity(size);
    for k in &r.kvs {
        kv(&mut out, k, value_only);
    }
    out
}

pub fn put(r: &Put) -> Vec<u8> {
    let mut out = b"OK\n".to_vec();
    if let Some(prev) = &r.prev_kv {
        kv(&mut out, prev, false);
    }
    out
}

pub fn delete(r: &Delete) -> Vec<u8> {
    let mut out = format!("{}\n", r.deleted).into_bytes();
    for prev in &r.prev_kvs {
        kv(&mut out, prev, false);
    }
    out
}

pub fn watch_event(ev: &WatchEvent) -> Vec<u8> {
    let mut out = if ev.kind == 1 {
        b"DELETE\n".to_vec()
    } else {
        b"PUT\n".to_vec()
    };
    if let Some(prev) = &ev.prev_kv {
        kv(&mut out, prev, false);
    }
    kv(&mut out, &ev.kv, false);
    out
}

const MEMBER_HEADERS: [&str; 6] = [
    "ID",
    "STATUS",
    "NAME",
    "PEER ADDRS",
    "CLIENT ADDRS",
    "IS LEARNER",
];

fn member_rows(m: &MemberList) -> Vec<Vec<String>> {
    m.members
        .iter()
        .map(|m| {
            let status = if m.name.is_empty() {
                "unstarted"
            } else {
                "started"
            };
            vec![
                format!("{:x}", m.id),
                status.to_string(),
                m.name.clone(),
                m.peer_urls.join(","),
                m.client_urls.join(","),
                m.is_learner.to_string(),
            ]
        })
        .collect()
}

pub fn member_list(m: &MemberList, as_table: bool) -> String {
    rows_or_table(&MEMBER_HEADERS, member_rows(m), as_table)
}

const STATUS_HEADERS: [&str; 10] = [
    "ENDPOINT",
    "ID",
    "VERSION",
    "DB SIZE",
    "IS LEADER",
    "IS LEARNER",
    "RAFT TERM",
    "RAFT INDEX",
    "RAFT APPLIED INDEX",
    "ERRORS",
];

pub fn endpoint_status(list: &[EndpointStatus], as_table: bool) -> String {
    let rows = list
        .iter()
        .map(|e| {
            let s = &e.status;
            let member = s.header.as_ref().map(|h| h.member_id).unwrap_or_default();
            vec![
                e.endpoint.clone(),
                format!("{member:x}"),
                s.version.clone(),
                humanize_bytes(s.db_size.max(0) as u64),
                (s.leader == member).to_string(),
                s.is_learner.to_string(),
                s.raft_term.to_string(),
                s.raft_index.to_string(),
                s.raft_applied_index.to_string(),
                s.errors.join(", "),
            ]
        })
        .collect();
    rows_or_table(&STATUS_HEADERS, rows, as_table)
}

pub fn endpoint_health_table(list: &[EndpointHealth]) -> String {
    let rows = list
        .iter()
        .map(|h| {
            vec![
                h.endpoint.clone(),
                h.health.to_string(),
                h.took_human.clone(),
                h.error.clone(),
            ]
        })
        .collect::<Vec<_>>();
    table::render(&["ENDPOINT", "HEALTH", "TOOK", "ERROR"], &rows)
}

/// etcdctl prints each alarm in protobuf text form.
pub fn alarms(a: &Alarms) -> String {
    a.alarms
        .iter()
        .map(|a| format!("memberID:{} alarm:{} \n", a.member_id, a.name()))
        .collect()
}

fn rows_or_table(headers: &[&str], rows: Vec<Vec<String>>, as_table: bool) -> String {
    if as_table {
        return table::render(headers, &rows);
    }
    rows.iter().map(|r| format!("{}\n", r.join(", "))).collect()
}

/// `endpoint hashkv` (etcd 3.4/3.5 columns: ENDPOINT, HASH; the hash in decimal).
pub fn endpoint_hashkv(list: &[EndpointHashKv], as_table: bool) -> String {
    let rows = list
        .iter()
        .map(|e| vec![e.endpoint.clone(), e.hash_kv.hash.to_string()])
        .collect();
    rows_or_table(&["ENDPOINT", "HASH"], rows, as_table)
}
