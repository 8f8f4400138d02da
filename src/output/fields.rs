//! etcdctl's `-w fields`: one `"Name" : value` line per field, strings quoted as Go's `%q`,
//! numbers and booleans bare (etcdctl/ctlv3/command/printer_fields.go). Compared with etcdctl
//! 3.4 and 3.5 in the integration tests.

use std::fmt::Write as _;

use super::model::{
    Alarms, Delete, EndpointHashKv, EndpointHealth, EndpointStatus, Header, Kv, MemberList, Put,
    Range, WatchEvent,
};

/// Go's `strconv.Quote` of a byte string: printable characters as they are, `\a \b \f \n \r
/// \t \v \\ \"`, other control characters and invalid UTF-8 as `\xNN`, other non-printable
/// characters as `\uNNNN` / `\UNNNNNNNN`.
pub fn go_quote(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\u{7}' => out.push_str("\\a"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{b}' => out.push_str("\\v"),
                '\\' => out.push_str("\\\\"),
                '"' => out.push_str("\\\""),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                }
                c if is_go_printable(c) => out.push(c),
                c if (c as u32) < 0x10000 => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
                c => {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out.push('"');
    out
}

/// An approximation of Go's `unicode.IsPrint` (letters, marks, numbers, punctuation, symbols
/// and the ASCII space): control characters, other spaces and format characters are not.
fn is_go_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E
            | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
            | 0xD800..=0xDFFF | 0xE000..=0xF8FF | 0xFFFE | 0xFFFF))
}

pub fn header(h: Option<&Header>) -> String {
    let h = h.cloned().unwrap_or_default();
    format!(
        "\"ClusterID\" : {}\n\"MemberID\" : {}\n\"Revision\" : {}\n\"RaftTerm\" : {}\n",
        h.cluster_id, h.member_id, h.revision, h.raft_term
    )
}

fn kv(prefix: &str, kv: &Kv) -> String {
    format!(
        "\"{prefix}Key\" : {}\n\"{prefix}CreateRevision\" : {}\n\"{prefix}ModRevision\" : {}\n\"{prefix}Version\" : {}\n\"{prefix}Value\" : {}\n\"{prefix}Lease\" : {}\n",
        go_quote(&kv.key),
        kv.create_revision,
        kv.mod_revision,
        kv.version,
        go_quote(&kv.value),
        kv.lease
    )
}

pub fn range(r: &Range) -> String {
    let mut s = header(r.header.as_ref());
    for k in &r.kvs {
        s.push_str(&kv("", k));
    }
    s.push_str(&format!("\"More\" : {}\n\"Count\" : {}\n", r.more, r.count));
    s
}

pub fn put(p: &Put) -> String {
    let mut s = header(p.header.as_ref());
    if let Some(prev) = &p.prev_kv {
        s.push_str(&kv("Prev", prev));
    }
    s
}

pub fn delete(d: &Delete) -> String {
    let mut s = header(d.header.as_ref());
    s.push_str(&format!("\"Deleted\" : {}\n", d.deleted));
    for prev in &d.prev_kvs {
        s.push_str(&kv("Prev", prev));
    }
    s
}

pub fn member_list(l: &MemberList) -> String {
    let mut s = header(l.header.as_ref());
    for m in &l.members {
        s.push_str(&format!(
            "\"ID\" : {}\n\"Name\" : {}\n",
            m.id,
            go_quote(m.name.as_bytes())
        ));
        for u in &m.peer_urls {
            s.push_str(&format!("\"PeerURL\" : {}\n", go_quote(u.as_bytes())));
        }
        for u in &m.client_urls {
            s.push_str(&format!("\"ClientURL\" : {}\n", go_quote(u.as_bytes())));
        }
        s.push_str(&format!("\"IsLearner\" : {}\n\n", m.is_learner));
    }
    s
}

pub fn endpoint_status(list: &[EndpointStatus]) -> String {
    let mut s = String::new();
    for e in list {
        let st = &e.status;
        s.push_str(&header(st.header.as_ref()));
        s.push_str(&format!(
            "\"Version\" : {}\n\"DBSize\" : {}\n\"Leader\" : {}\n\"IsLearner\" : {}\n\"RaftIndex\" : {}\n\"RaftTerm\" : {}\n\"RaftAppliedIndex\" : {}\n\"Errors\" : [{}]\n\"Endpoint\" : {}\n\n",
            go_quote(st.version.as_bytes()),
            st.db_size,
            st.leader,
            st.is_learner,
            st.raft_index,
            st.raft_term,
            st.raft_applied_index,
            st.errors.join(" "),
            go_quote(e.endpoint.as_bytes()),
        ));
    }
    s
}

pub fn endpoint_health(list: &[EndpointHealth]) -> String {
    let mut s = String::new();
    for h in list {
        s.push_str(&format!(
            "\"Endpoint\" : {}\n\"Health\" : {}\n\"Took\" : {}\n\"Error\" : {}\n\n",
            go_quote(h.endpoint.as_bytes()),
            h.health,
            h.took,
            h.error
        ));
    }
    s
}

/// One watch response: the header, then per event its type, previous and current key-value.
pub fn watch(h: Option<&Header>, events: &[WatchEvent]) -> String {
    let mut s = header(h);
    for e in events {
        s.push_str(&format!(
            "\"Type\" : {}\n",
            if e.kind == 1 { "DELETE" } else { "PUT" }
        ));
        if let Some(prev) = &e.prev_kv {
            s.push_str(&kv("Prev", prev));
        }
        s.push_str(&kv("", &e.kv));
    }
    s
}

/// `endpoint hashkv`: per endpoint its header, endpoint and hash. etcdctl 3.4 and 3.5 print
/// neither the compact nor (3.5) the hash revision here, only in JSON.
pub fn endpoint_hashkv(list: &[EndpointHashKv]) -> String {
    let mut s = String::new();
    for e in list {
        s.push_str(&header(e.hash_kv.header.as_ref()));
        s.push_str(&format!(
            "\"Endpoint\" : {}\n\"Hash\" : {}\n\n",
            go_quote(e.endpoint.as_bytes()),
            e.hash_kv.hash
        ));
    }
    s
}

pub fn alarms(a: &Alarms) -> String {
    let mut s = header(a.header.as_ref());
    for al in &a.alarms {
        s.push_str(&format!(
            "\"MemberID\" : {}\n\"AlarmType\" : {}\n\n",
            al.member_id,
            al.name()
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_quote_escapes_like_percent_q() {
        assert_eq!(go_quote(b"/registry/events/a"), "\"/registry/events/a\"");
        assert_eq!(
            go_quote(b"a\"b\\c\n\x01\xff"),
            "\"a\\\"b\\\\c\\n\\x01\\xff\""
        );
    }

    #[test]
    fn go_quote_escapes_like_strconv() {
        assert_eq!(
            super::go_quote(b"k8s\x00\n\x1a\xff\"\\\xc3\xa9"),
            r#""k8s\x00\n\x1a\xff\"\\é""#
        );
    }
}
