//! etcdctl's `-w fields` (printer_fields.go): one `"Name" : value` line per field, strings
//! quoted as Go's `%q` does. Scripts use it for `get --count-only -w fields`.

use std::fmt::Write as _;

use super::model::{Header, Range};

fn header(out: &mut String, h: Option<&Header>) {
    let h = h.cloned().unwrap_or_default();
    let _ = writeln!(out, "\"ClusterID\" : {}", h.cluster_id);
    let _ = writeln!(out, "\"MemberID\" : {}", h.member_id);
    let _ = writeln!(out, "\"Revision\" : {}", h.revision);
    let _ = writeln!(out, "\"RaftTerm\" : {}", h.raft_term);
}

/// `fieldsPrinter.Get`.
pub fn range(r: &Range) -> String {
    let mut out = String::new();
    header(&mut out, r.header.as_ref());
    for kv in &r.kvs {
        let _ = writeln!(out, "\"Key\" : {}", go_quote(&kv.key));
        let _ = writeln!(out, "\"CreateRevision\" : {}", kv.create_revision);
        let _ = writeln!(out, "\"ModRevision\" : {}", kv.mod_revision);
        let _ = writeln!(out, "\"Version\" : {}", kv.version);
        let _ = writeln!(out, "\"Value\" : {}", go_quote(&kv.value));
        let _ = writeln!(out, "\"Lease\" : {}", kv.lease);
    }
    let _ = writeln!(out, "\"More\" : {}", r.more);
    let _ = writeln!(out, "\"Count\" : {}", r.count);
    out
}

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

#[cfg(test)]
mod tests {
    #[test]
    fn go_quote_escapes_like_strconv() {
        assert_eq!(
            super::go_quote(b"k8s\x00\n\x1a\xff\"\\\xc3\xa9"),
            r#""k8s\x00\n\x1a\xff\"\\é""#
        );
    }
}
