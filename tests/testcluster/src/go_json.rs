//! JSON as kube-apiserver writes it: Go's encoding/json (`json.NewEncoder(w).Encode(obj)` in
//! k8s.io/apimachinery/pkg/runtime/serializer/json, whose encoder keeps the default
//! `SetEscapeHTML(true)`). Compact like serde_json's, but Go also escapes `<`, `>` and `&` as
//! `\u003c`, `\u003e`, `\u0026`, and U+2028/U+2029 as `\u2028`/`\u2029` (always). Clients
//! see the difference: a YAML reader (kubectl's sigs.k8s.io/yaml, go-yaml) takes a raw U+2028
//! inside a quoted scalar for a line break, an escaped one for the character.
//! Control characters are escaped alike by both (`\n`, `\r`, `\t`, `\b`, `\f`, else
//! `\u00XX` in lower case).

use std::io;

use serde::Serialize;
use serde_json::ser::Formatter;

/// `json.Marshal(v)`'s bytes (without the encoder's trailing newline).
pub fn to_vec<T: Serialize + ?Sized>(v: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, GoFormatter);
    // Serializing a serde_json::Value or plain data into a Vec cannot fail.
    v.serialize(&mut ser).expect("JSON of a plain value");
    out
}

/// serde_json's compact layout (the trait's defaults) with Go's extra escapes.
struct GoFormatter;

impl Formatter for GoFormatter {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            let esc = match c {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u{2028}' => "\\u2028",
                '\u{2029}' => "\\u2029",
                _ => continue,
            };
            writer.write_all(&fragment.as_bytes()[start..i])?;
            writer.write_all(esc.as_bytes())?;
            start = i + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_go_encoding_json() {
        let v = serde_json::json!({"a": "<b>&\u{2028}\u{2029}\n\t\u{1b}\u{7f}é\"\\", "n": [1, true, null]});
        // What Go 1.22+ json.Marshal writes for the same map.
        assert_eq!(
            String::from_utf8(to_vec(&v)).unwrap(),
            r#"{"a":"\u003cb\u003e\u0026\u2028\u2029\n\t\u001b"#.to_string()
                + "\u{7f}é\\\"\\\\\",\"n\":[1,true,null]}"
        );
    }
}
