//! JSON exactly as `kubectl get -o json` prints it: Go's `json.MarshalIndent(obj, "", "    ")`
//! of the object — keys in byte order (Go sorts map keys), four-space indentation, `{}`/`[]`
//! for empty collections, HTML-safe escapes (`<` → `\u003c`), floats as Go formats them.
//! serde_json's pretty printer differs in all but the first two, hence this writer.

use std::fmt::Write as _;

use serde_json::{Number, Value};

/// The document kubectl prints for `v` (with the trailing newline).
pub fn to_string(v: &Value) -> String {
    let mut out = String::with_capacity(1024);
    write_value(&mut out, v, 0);
    out.push('\n');
    out
}

/// Writes `v` as if it started at nesting `depth` (its closing bracket indented so).
pub fn write_value(out: &mut String, v: &Value, depth: usize) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => number(out, n),
        Value::String(s) => string(out, s),
        Value::Array(a) if a.is_empty() => out.push_str("[]"),
        Value::Object(m) if m.is_empty() => out.push_str("{}"),
        Value::Array(a) => {
            out.push('[');
            for (i, item) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_value(out, item, depth + 1);
            }
            newline(out, depth);
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            // serde_json's map is a BTreeMap (byte order, as Go sorts) unless some crate in
            // the build turns on `preserve_order`: sort only when needed.
            let sorted = maps_are_sorted() || m.keys().zip(m.keys().skip(1)).all(|(a, b)| a < b);
            let mut entry = |i: usize, k: &str, v: &Value| {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                string(out, k);
                out.push_str(": ");
                write_value(out, v, depth + 1);
            };
            if sorted {
                for (i, (k, v)) in m.iter().enumerate() {
                    entry(i, k, v);
                }
            } else {
                let mut entries: Vec<(&String, &Value)> = m.iter().collect();
                entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    entry(i, k, v);
                }
            }
            newline(out, depth);
            out.push('}');
        }
    }
}

/// Whether serde_json's maps iterate in byte order of their keys (a BTreeMap: no crate in the
/// build turned on `preserve_order`), found once by looking.
fn maps_are_sorted() -> bool {
    static SORTED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SORTED.get_or_init(|| {
        let mut m = serde_json::Map::new();
        m.insert("b".into(), Value::Null);
        m.insert("a".into(), Value::Null);
        m.keys().next().map(String::as_str) == Some("a")
    })
}

fn newline(out: &mut String, depth: usize) {
    // The indentation in one copy (as deep as objects go in practice), else four at a time.
    const SPACES: &str = "                                                                ";
    out.push('\n');
    match SPACES.get(..depth * 4) {
        Some(indent) => out.push_str(indent),
        None => {
            for _ in 0..depth {
                out.push_str("    ");
            }
        }
    }
}

/// encoding/json `appendString` with HTML escaping (Go 1.22+ also writes `\b` and `\f`).
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    // Bytes that need nothing are copied in runs; only the bytes of NEEDS_CARE are looked at.
    let b = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !NEEDS_CARE[usize::from(c)] {
            i += 1;
            continue;
        }
        let (esc, len): (&str, usize) = match c {
            b'"' => ("\\\"", 1),
            b'\\' => ("\\\\", 1),
            b'\n' => ("\\n", 1),
            b'\r' => ("\\r", 1),
            b'\t' => ("\\t", 1),
            0x08 => ("\\b", 1),
            0x0C => ("\\f", 1),
            b'<' => ("\\u003c", 1),
            b'>' => ("\\u003e", 1),
            b'&' => ("\\u0026", 1),
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other E2 characters stay.
            0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA8) => ("\\u2028", 3),
            0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA9) => ("\\u2029", 3),
            0xE2 => {
                i += 1;
                continue;
            }
            _ => ("", 1), // the other control characters: \u00XX below
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            let _ = write!(out, "\\u{:04x}", c);
        } else {
            out.push_str(esc);
        }
        i += len;
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Bytes that start something `string` may escape: controls, `"`, `\\`, `<`, `>`, `&`, and
/// 0xE2, the first byte of U+2028 and U+2029.
const NEEDS_CARE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'&' as usize] = true;
    t[0xE2] = true;
    t
};

/// Integers as they are; floats as Go's encoder writes a float64 (`'f'` format, `'e'` below
/// 1e-6 or from 1e21, exponent without leading zero).
fn number(out: &mut String, n: &Number) {
    if let Some(i) = n.as_i64() {
        let _ = write!(out, "{i}");
        return;
    }
    if let Some(u) = n.as_u64() {
        let _ = write!(out, "{u}");
        return;
    }
    let f = n.as_f64().unwrap_or(0.0);
    out.push_str(&go_float(f));
}

pub fn go_float(f: f64) -> String {
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        // Shortest round-trip digits, Go's `e` layout: 1e+21, 1.5e-7.
        let e = format!("{f:e}");
        let (m, exp) = e.split_once('e').unwrap_or((&e, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
            .replace("e-0", "e-");
    }
    // `{}` of an f64 is the shortest round-trip decimal; Go prints integral floats without
    // a fraction.
    let s = format!("{f}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn indented_sorted_and_html_safe() {
        let v = json!({"b": [1, {"z": "<a&b>"}], "a": {}, "c": [], "d": "é\u{2028}\n"});
        assert_eq!(
            to_string(&v),
            "{\n    \"a\": {},\n    \"b\": [\n        1,\n        {\n            \"z\": \"\\u003ca\\u0026b\\u003e\"\n        }\n    ],\n    \"c\": [],\n    \"d\": \"é\\u2028\\n\"\n}\n"
        );
    }

    #[test]
    fn escapes_like_go() {
        let mut out = String::new();
        string(
            &mut out,
            "\u{2029}\u{2027}\u{2030}€\u{1f}\u{0}\u{7f}\u{8}\u{c}\"\\x",
        );
        assert_eq!(
            out,
            "\"\\u2029\u{2027}\u{2030}€\\u001f\\u0000\u{7f}\\b\\f\\\"\\\\x\""
        );
    }

    #[test]
    fn floats_like_go() {
        assert_eq!(go_float(1.5), "1.5");
        assert_eq!(go_float(1e21), "1e+21");
        assert_eq!(go_float(1.5e-7), "1.5e-7");
        assert_eq!(go_float(100.0), "100");
        assert_eq!(go_float(0.000001), "0.000001");
    }
}
