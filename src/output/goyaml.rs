//! YAML exactly as `kubectl get -o yaml` prints it, byte for byte.
//!
//! kubectl turns the object's JSON into YAML with sigs.k8s.io/yaml, which decodes the JSON
//! with go-yaml v2 (JSON numbers become ints or floats, strings stay strings) and encodes it
//! again with go-yaml v2's emitter (a port of libyaml). No maintained Rust crate reproduces
//! that emitter: serde_yaml/yaml-rust quote YAML 1.2 lookalikes only, single-quote numeric
//! strings, do not fold long lines at 80 columns and sort keys differently. So this module is
//! a direct transcription of the parts of go-yaml v2 that a JSON document reaches:
//!
//! * `resolve` + `isBase60Float` (resolve.go, encode.go `stringv`): a string that a YAML 1.1
//!   reader would take for a bool, null, int, float or timestamp is double-quoted;
//! * `yaml_emitter_analyze_scalar` / `select_scalar_style` (emitterc.go): plain, then single
//!   quotes, then double quotes, as indicators, spaces, breaks and special characters demand;
//!   strings with a newline are literal blocks (`|`, `|-`, `|+`, `|2-`) when allowed;
//! * the writers, with line folding at column 80 (`best_width`) of plain and quoted scalars;
//! * `keyList.Less` (sorter.go): map keys in go-yaml's "natural" order (`a2` before `a10`,
//!   non-letters before letters);
//! * `strconv.FormatFloat(f, 'g', -1, 64)` for floats.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde_json::{Map, Number, Value};

const BEST_WIDTH: usize = 80;
const BEST_INDENT: i64 = 2;

/// The YAML document kubectl prints for `v`.
pub fn to_string(v: &Value) -> String {
    let mut e = Emitter::new(String::with_capacity(1024));
    e.node(v, -1, Context::Root);
    e.finish();
    e.out
}

/// Appends `v` as one item of a block sequence at column 0 (`- ` then the object), as in the
/// `items:` of a `List` kubectl prints; lets callers stream a list without building it.
pub fn write_list_item(out: &mut String, v: &Value) {
    let mut e = Emitter::new(std::mem::take(out));
    e.write_indent(0);
    e.indicator("-", true, false, true);
    e.node(v, 0, Context::SequenceItem);
    e.finish();
    *out = e.out;
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    Root,
    /// The value of a mapping entry (a sequence there is "indentless").
    MappingValue,
    SequenceItem,
    /// A key too long or multi-line for `key: value` (written after `? `).
    ComplexKey,
}

/// go-yaml's emitter state that decides spaces, breaks and indentation.
struct Emitter {
    out: String,
    /// Characters (not bytes) on the current line.
    column: usize,
    whitespace: bool,
    indention: bool,
}

impl Emitter {
    fn new(out: String) -> Self {
        Emitter {
            out,
            column: 0,
            whitespace: true,
            indention: true,
        }
    }

    fn finish(&mut self) {
        // yaml_emitter_emit_document_end: write_indent ends the last line.
        self.write_indent(0);
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    fn indicator(
        &mut self,
        s: &str,
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        self.out.push_str(s);
        self.column += s.len(); // indicators are ASCII
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn write_indent(&mut self, indent: i64) {
        let indent = indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        if self.column < indent {
            // Indentation in one copy rather than a space at a time.
            let n = indent - self.column;
            let spaces = "                                                                ";
            let mut left = n;
            while left > 0 {
                let k = left.min(spaces.len());
                self.out.push_str(&spaces[..k]);
                left -= k;
            }
            self.column = indent;
        }
        self.whitespace = true;
        self.indention = true;
    }

    /// Emits a node whose parent collection has indent `parent`.
    fn node(&mut self, v: &Value, parent: i64, ctx: Context) {
        match v {
            Value::String(s) if is_plain_word(s) => self.word(s),
            Value::Object(m) if m.is_empty() => self.flow_empty("{", "}"),
            Value::Array(a) if a.is_empty() => self.flow_empty("[", "]"),
            Value::Object(m) => self.mapping(m, parent),
            Value::Array(a) => self.sequence(a, parent, ctx),
            Value::String(s) => self.string(&as_go_yaml_reads_it(s), parent, ctx),
            Value::Null => self.plain_scalar("null", parent, ctx),
            Value::Bool(b) => self.plain_scalar(if *b { "true" } else { "false" }, parent, ctx),
            Value::Number(n) => {
                let text = number(n);
                self.plain_scalar(&text, parent, ctx)
            }
        }
    }

    fn flow_empty(&mut self, open: &str, close: &str) {
        self.indicator(open, true, true, false);
        self.indicator(close, false, false, false);
    }

    fn mapping(&mut self, m: &Map<String, Value>, parent: i64) {
        let indent = if parent < 0 { 0 } else { parent + BEST_INDENT };
        // serde_json's byte order is nearly always go-yaml's order already (lowerCamelCase
        // keys): then no list to build and sort. (ipnsort leaves a sorted slice as it is, so
        // both ways give the same order.)
        let in_order = m.keys().all(|k| !has_nel(k))
            && m.keys().zip(m.keys().skip(1)).all(|(a, b)| precedes(a, b));
        if in_order {
            for (k, v) in m {
                self.entry(k, v, indent);
            }
            return;
        }
        let mut entries: Vec<(Cow<str>, &Value)> =
            m.iter().map(|(k, v)| (as_go_yaml_reads_it(k), v)).collect();
        entries.sort_unstable_by(|a, b| key_order(&a.0, &b.0));
        for (k, v) in entries {
            self.entry(&k, v, indent);
        }
    }

    fn entry(&mut self, k: &str, v: &Value, indent: i64) {
        self.write_indent(indent);
        if k.len() <= 128 && is_plain_word(k) {
            self.word(k);
            self.indicator(":", false, false, false);
            self.node(v, indent, Context::MappingValue);
            return;
        }
        let style = select_style(k, true);
        let simple = k.len() <= 128 && !has_break(k);
        if simple {
            self.scalar(k, style, indent, false);
            self.indicator(":", false, false, false);
        } else {
            self.indicator("?", true, false, true);
            self.string(k, indent, Context::ComplexKey);
            self.write_indent(indent);
            self.indicator(":", true, false, true);
        }
        self.node(v, indent, Context::MappingValue);
    }

    fn sequence(&mut self, a: &[Value], parent: i64, ctx: Context) {
        let indentless =
            matches!(ctx, Context::MappingValue | Context::ComplexKey) && !self.indention;
        let indent = if parent < 0 {
            0
        } else if indentless {
            parent
        } else {
            parent + BEST_INDENT
        };
        for item in a {
            self.write_indent(indent);
            self.indicator("-", true, false, true);
            self.node(item, indent, Context::SequenceItem);
        }
    }

    /// A plain scalar that [`is_plain_word`]: what `write_plain` does with it (no space
    /// where a line could fold, so no folding), without looking at its characters again.
    fn word(&mut self, s: &str) {
        if !self.whitespace {
            self.put(' ');
        }
        self.out.push_str(s);
        self.column += s.len();
        self.whitespace = false;
        self.indention = false;
    }

    fn string(&mut self, s: &str, parent: i64, ctx: Context) {
        let style = select_style(s, false);
        let _ = ctx;
        self.scalar(s, style, parent, true);
    }

    fn plain_scalar(&mut self, s: &str, parent: i64, _ctx: Context) {
        self.scalar(s, Style::Plain, parent, true);
    }

    /// `yaml_emitter_emit_scalar`: the scalar's own indent is its parent's plus two.
    fn scalar(&mut self, s: &str, style: Style, parent: i64, allow_breaks: bool) {
        let indent = if parent < 0 {
            BEST_INDENT
        } else {
            parent + BEST_INDENT
        };
        match style {
            Style::Plain => self.write_plain(s, indent, allow_breaks),
            Style::Single => self.write_single(s, indent, allow_breaks),
            Style::Double => self.write_double(s, indent, allow_breaks),
            Style::Literal => self.write_literal(s, indent),
        }
    }

    fn write_plain(&mut self, s: &str, indent: i64, allow_breaks: bool) {
        if !self.whitespace {
            self.put(' ');
        }
        // Fast path (most scalars): no space where the line could fold.
        let n = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        if !allow_breaks || self.column + n <= BEST_WIDTH + 1 || !s.contains(' ') {
            self.out.push_str(s);
            self.column += n;
            self.whitespace = false;
            self.indention = false;
            return;
        }
        let mut spaces = false;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && chars.peek() != Some(&' ')
                {
                    self.write_indent(indent);
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                // Plain scalars never hold breaks (analysis rules them out).
                self.put(c);
                self.indention = false;
                spaces = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single(&mut self, s: &str, indent: i64, allow_breaks: bool) {
        self.indicator("'", true, false, false);
        let mut spaces = false;
        let mut breaks = false;
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i > 0
                    && i < n - 1
                    && chars.get(i + 1) != Some(&' ')
                {
                    self.write_indent(indent);
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break_char(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent(indent);
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double(&mut self, s: &str, indent: i64, allow_breaks: bool) {
        self.indicator("\"", true, false, false);
        // Fast path (timestamps, numbers as strings): printable ASCII with nothing to escape,
        // ending before any space could fold.
        if s.bytes()
            .all(|b| (0x20..=0x7E).contains(&b) && b != b'"' && b != b'\\')
            && (!s.contains(' ') || self.column + s.len() <= BEST_WIDTH)
        {
            self.out.push_str(s);
            self.column += s.len();
            self.indicator("\"", false, false, false);
            self.whitespace = false;
            self.indention = false;
            return;
        }
        let mut spaces = false;
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        for (i, &c) in chars.iter().enumerate() {
            if !is_printable(c) || c == '\u{FEFF}' || is_break_char(c) || c == '"' || c == '\\' {
                self.put('\\');
                let esc = match c {
                    '\0' => Some('0'),
                    '\u{7}' => Some('a'),
                    '\u{8}' => Some('b'),
                    '\t' => Some('t'),
                    '\n' => Some('n'),
                    '\u{b}' => Some('v'),
                    '\u{c}' => Some('f'),
                    '\r' => Some('r'),
                    '\u{1b}' => Some('e'),
                    '"' => Some('"'),
                    '\\' => Some('\\'),
                    '\u{85}' => Some('N'),
                    '\u{a0}' => Some('_'),
                    '\u{2028}' => Some('L'),
                    '\u{2029}' => Some('P'),
                    _ => None,
                };
                match esc {
                    Some(e) => self.put(e),
                    None => {
                        let v = c as u32;
                        let text = if v <= 0xFF {
                            format!("x{v:02X}")
                        } else if v <= 0xFFFF {
                            format!("u{v:04X}")
                        } else {
                            format!("U{v:08X}")
                        };
                        self.out.push_str(&text);
                        self.column += text.len();
                    }
                }
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i != 0 && i != n - 1 {
                    self.write_indent(indent);
                    if chars.get(i + 1) == Some(&' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_literal(&mut self, s: &str, indent: i64) {
        self.indicator("|", true, false, false);
        // yaml_emitter_write_block_scalar_hints
        let first = s.chars().next();
        if first.is_some_and(|c| c == ' ' || is_break_char(c)) {
            self.indicator("2", false, false, false);
        }
        let mut rev = s.chars().rev();
        let chomp = match (rev.next(), rev.next()) {
            (None, _) => Some("-"),
            (Some(last), _) if !is_break_char(last) => Some("-"),
            (Some(_), None) => Some("+"),
            (Some(_), Some(prev)) if is_break_char(prev) => Some("+"),
            _ => None,
        };
        if let Some(ch) = chomp {
            self.indicator(ch, false, false, false);
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for c in s.chars() {
            if is_break_char(c) {
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent(indent);
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
    }

    fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.out.push(c);
            self.column = 0;
        }
    }
}

/// sigs.k8s.io/yaml reads the JSON with go-yaml's scanner, where a raw NEL (U+0085, which
/// Go's JSON encoder leaves unescaped) inside the double-quoted string is a line break:
/// spaces before it are dropped, spaces after it skipped, and a single break folds into a
/// space (several become newlines). kubectl prints what that reading produced.
fn as_go_yaml_reads_it(s: &str) -> Cow<'_, str> {
    if !has_nel(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while chars.peek().is_some() {
        while let Some(&c) = chars.peek() {
            if c == ' ' || c == '\u{85}' {
                break;
            }
            out.push(c);
            chars.next();
        }
        let (mut whitespace, mut leading_break, mut trailing) = (String::new(), false, 0);
        while let Some(&c) = chars.peek() {
            match c {
                ' ' if !leading_break => whitespace.push(' '),
                ' ' => {}
                '\u{85}' if !leading_break => {
                    whitespace.clear();
                    leading_break = true;
                }
                '\u{85}' => trailing += 1,
                _ => break,
            }
            chars.next();
        }
        if leading_break {
            if trailing == 0 {
                out.push(' ');
            } else {
                out.extend(std::iter::repeat_n('\n', trailing));
            }
        } else {
            out.push_str(&whitespace);
        }
    }
    Cow::Owned(out)
}

/// `key_order(a, b) == Less`, decided at once where the first byte that differs is a letter
/// in both (letters compare as they are, whatever came before): nearly every pair of keys.
fn precedes(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if let Some(i) = x.iter().zip(y).position(|(p, q)| p != q) {
        if x[i].is_ascii_alphabetic() && y[i].is_ascii_alphabetic() {
            return x[i] < y[i];
        }
    }
    key_order(a, b) == std::cmp::Ordering::Less
}

/// Contains a line break character; the non-ASCII ones (U+0085, U+2028, U+2029) are looked
/// for only in strings that have non-ASCII bytes.
fn has_break(s: &str) -> bool {
    s.bytes().any(|b| b == b'\n' || b == b'\r' || b >= 0x80) && s.contains(is_break_char)
}

/// Contains U+0085 (checking for ASCII first is much cheaper than a substring search).
fn has_nel(s: &str) -> bool {
    !s.is_ascii() && s.contains('\u{85}')
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

/// encode.go `stringv` and emitterc.go `yaml_emitter_select_scalar_style` for a string
/// (`simple_key`: a `key:` of a block mapping).
fn select_style(s: &str, simple_key: bool) -> Style {
    if is_plain_word(s) {
        return Style::Plain;
    }
    let can_use_plain = resolves_to_str(s) && !is_base60_float(s);
    let mut style = if s.contains('\n') {
        Style::Literal
    } else if can_use_plain {
        Style::Plain
    } else {
        // Nothing below turns a double-quoted scalar into another style: no analysis needed
        // (timestamps, numbers as strings).
        return Style::Double;
    };
    let a = analyze(s);
    if simple_key && a.multiline {
        style = Style::Double;
    }
    if style == Style::Plain && (!a.block_plain_allowed || (s.is_empty() && simple_key)) {
        style = Style::Single;
    }
    if style == Style::Single && !a.single_quoted_allowed {
        style = Style::Double;
    }
    if style == Style::Literal && (!a.block_allowed || simple_key) {
        style = Style::Double;
    }
    style
}

/// Fast path for most keys and many values (`apiVersion`, `nginx`, `kube-system`): a
/// letter, then bytes that analysis skips. Then no indicator, space, break or special
/// character, and `resolve` sees a string unless the letter starts a YAML 1.1 word
/// (`true`, `No`, `null`, …), which the full check handles. Such a string is plain, in a
/// key as in a value, and written as it is.
fn is_plain_word(s: &str) -> bool {
    let Some((&first, rest)) = s.as_bytes().split_first() else {
        return false;
    };
    first.is_ascii_alphabetic()
        && rest.iter().all(|&b| BORING[usize::from(b)])
        && (!matches!(
            first,
            b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O'
        ) || resolves_to_str(s))
}

#[derive(Debug, PartialEq, Eq)]
struct Analysis {
    multiline: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

fn is_break_char(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// emitterc.go `is_printable` (on the UTF-8 encoding; 4-byte characters are not).
fn is_printable(c: char) -> bool {
    let v = c as u32;
    v == 0x0A
        || (0x20..=0x7E).contains(&v)
        || (0xA0..=0xD7FF).contains(&v)
        || ((0xE000..=0xFFFD).contains(&v) && v != 0xFEFF)
}

/// `yaml_emitter_analyze_scalar`, for block context.
fn analyze(s: &str) -> Analysis {
    if s.is_empty() {
        return Analysis {
            multiline: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    if s.is_ascii() {
        return analyze_ascii(s.as_bytes());
    }
    analyze_chars(s)
}

/// The flags `yaml_emitter_analyze_scalar` gathers, fed one character at a time by both
/// loops below (on chars, and on ASCII bytes with runs skipped).
struct Scan {
    block_indicators: bool,
    line_breaks: bool,
    special: bool,
    leading_space: bool,
    leading_break: bool,
    trailing_space: bool,
    trailing_break: bool,
    break_space: bool,
    space_break: bool,
    previous_space: bool,
    previous_break: bool,
    preceded_by_whitespace: bool,
}

impl Scan {
    fn new(starts_with_document_marker: bool) -> Self {
        Scan {
            block_indicators: starts_with_document_marker,
            line_breaks: false,
            special: false,
            leading_space: false,
            leading_break: false,
            trailing_space: false,
            trailing_break: false,
            break_space: false,
            space_break: false,
            previous_space: false,
            previous_break: false,
            preceded_by_whitespace: true,
        }
    }

    /// One character: `ascii` is its byte when it is ASCII (every indicator, space and tab
    /// is); `line_break` and `printable` as emitterc.go classifies it.
    #[inline]
    fn character(
        &mut self,
        ascii: Option<u8>,
        line_break: bool,
        printable: bool,
        [first, last, followed_by_whitespace]: [bool; 3],
    ) {
        let indicator = if first {
            match ascii {
                Some(
                    b'#' | b',' | b'[' | b']' | b'{' | b'}' | b'&' | b'*' | b'!' | b'|' | b'>'
                    | b'\'' | b'"' | b'%' | b'@' | b'`',
                ) => true,
                Some(b'?' | b':' | b'-') => followed_by_whitespace,
                _ => false,
            }
        } else {
            match ascii {
                Some(b':') => followed_by_whitespace,
                Some(b'#') => self.preceded_by_whitespace,
                _ => false,
            }
        };
        self.block_indicators |= indicator;
        self.special |= !printable;
        if ascii == Some(b' ') {
            self.leading_space |= first;
            self.trailing_space |= last;
            self.break_space |= self.previous_break;
            self.previous_space = true;
            self.previous_break = false;
        } else if line_break {
            self.line_breaks = true;
            self.leading_break |= first;
            self.trailing_break |= last;
            self.space_break |= self.previous_space;
            self.previous_space = false;
            self.previous_break = true;
        } else {
            self.previous_space = false;
            self.previous_break = false;
        }
        self.preceded_by_whitespace = matches!(ascii, Some(b' ' | b'\t' | b'\0')) || line_break;
    }

    /// A character that is printable and neither space, break, tab, NUL, `:` nor `#`, after
    /// the first ([`BORING`]): it only clears the "previous" flags.
    #[inline]
    fn boring(&mut self) {
        self.previous_space = false;
        self.previous_break = false;
        self.preceded_by_whitespace = false;
    }

    /// The end of `yaml_emitter_analyze_scalar`: which styles the flags allow.
    fn verdict(self) -> Analysis {
        let mut a = Analysis {
            multiline: self.line_breaks,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: true,
        };
        if self.leading_space || self.leading_break || self.trailing_space || self.trailing_break {
            a.block_plain_allowed = false;
        }
        if self.trailing_space {
            a.block_allowed = false;
        }
        if self.break_space {
            a.block_plain_allowed = false;
            a.single_quoted_allowed = false;
        }
        if self.space_break || self.special {
            a.block_plain_allowed = false;
            a.single_quoted_allowed = false;
            a.block_allowed = false;
        }
        if self.line_breaks || self.block_indicators {
            a.block_plain_allowed = false;
        }
        a
    }
}

/// [`analyze`] character by character, as emitterc.go does it.
fn analyze_chars(s: &str) -> Analysis {
    let mut scan = Scan::new(s.starts_with("---") || s.starts_with("..."));
    let mut chars = s.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let followed_by_whitespace = matches!(next, None | Some(' ') | Some('\t'));
        let ascii = u8::try_from(c).ok().filter(u8::is_ascii);
        scan.character(
            ascii,
            is_break_char(c),
            is_printable(c),
            [first, next.is_none(), followed_by_whitespace],
        );
        first = false;
    }
    scan.verdict()
}

/// Bytes after the first that change nothing but "the previous character was no space,
/// break or whitespace": printable ASCII except space, `:` and `#`.
const BORING: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x21;
    while b <= 0x7E {
        t[b] = b != b':' as usize && b != b'#' as usize;
        b += 1;
    }
    t
};

/// [`analyze`] for ASCII (nearly every string): the same scan on bytes, skipping runs of
/// [`BORING`] bytes.
fn analyze_ascii(b: &[u8]) -> Analysis {
    let n = b.len();
    let mut scan = Scan::new(b.starts_with(b"---") || b.starts_with(b"..."));
    let mut i = 0;
    while i < n {
        let c = b[i];
        if i > 0 && BORING[usize::from(c)] {
            scan.boring();
            i += 1;
            while i < n && BORING[usize::from(b[i])] {
                i += 1;
            }
            continue;
        }
        let followed_by_whitespace = matches!(b.get(i + 1), None | Some(b' ') | Some(b'\t'));
        scan.character(
            Some(c),
            c == b'\r' || c == b'\n',
            c == b'\n' || (0x20..=0x7E).contains(&c),
            [i == 0, i + 1 == n, followed_by_whitespace],
        );
        i += 1;
    }
    scan.verdict()
}

/// resolve.go `resolve("", s)` == `!!str`: would a YAML 1.1 reader take the plain scalar
/// `s` for a string?
pub fn resolves_to_str(s: &str) -> bool {
    let Some(&first) = s.as_bytes().first() else {
        return false; // null
    };
    let hint = match first {
        b'+' | b'-' => b'S',
        b'0'..=b'9' => b'D',
        b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~' => b'M',
        b'.' => b'.',
        _ => return true,
    };
    if matches!(
        s,
        "y" | "Y"
            | "yes"
            | "Yes"
            | "YES"
            | "true"
            | "True"
            | "TRUE"
            | "on"
            | "On"
            | "ON"
            | "n"
            | "N"
            | "no"
            | "No"
            | "NO"
            | "false"
            | "False"
            | "FALSE"
            | "off"
            | "Off"
            | "OFF"
            | "~"
            | "null"
            | "Null"
            | "NULL"
            | ".nan"
            | ".NaN"
            | ".NAN"
            | ".inf"
            | ".Inf"
            | ".INF"
            | "+.inf"
            | "+.Inf"
            | "+.INF"
            | "-.inf"
            | "-.Inf"
            | "-.INF"
    ) {
        return false;
    }
    match hint {
        b'M' => true,
        b'.' => !go_parse_float_ok(s),
        _ => {
            if parse_timestamp(s) {
                return false;
            }
            let plain: Cow<str> = if s.contains('_') {
                Cow::Owned(s.chars().filter(|&c| c != '_').collect())
            } else {
                Cow::Borrowed(s)
            };
            if go_parse_int_ok(&plain) {
                return false;
            }
            if yaml_style_float(&plain) && go_parse_float_ok(&plain) {
                return false;
            }
            true
        }
    }
}

/// `strconv.ParseInt(s, 0, 64)` or `strconv.ParseUint(s, 0, 64)` succeeds.
fn go_parse_int_ok(s: &str) -> bool {
    let (sign, body) = match s.as_bytes().first() {
        Some(b'+') => (Some('+'), &s[1..]),
        Some(b'-') => (Some('-'), &s[1..]),
        _ => (None, s),
    };
    let b = body.as_bytes();
    let (radix, digits) = if b.len() >= 2 && b[0] == b'0' && matches!(b[1], b'x' | b'X') {
        (16, &body[2..])
    } else if b.len() >= 2 && b[0] == b'0' && matches!(b[1], b'o' | b'O') {
        (8, &body[2..])
    } else if b.len() >= 2 && b[0] == b'0' && matches!(b[1], b'b' | b'B') {
        (2, &body[2..])
    } else if b.first() == Some(&b'0') {
        (8, body)
    } else {
        (10, body)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return false;
    }
    let Ok(magnitude) = u64::from_str_radix(digits, radix) else {
        return false;
    };
    match sign {
        None => true,
        Some('+') => magnitude <= i64::MAX as u64,
        _ => magnitude <= 1u64 << 63,
    }
}

/// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
fn yaml_style_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            digits(&mut i);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// `strconv.ParseFloat(s, 64)` succeeds, for the decimal forms `resolve` passes it (Go
/// rejects overflow with ErrRange).
fn go_parse_float_ok(s: &str) -> bool {
    let body = s.trim_start_matches(['+', '-']);
    if body.len() + 1 < s.len() {
        return false;
    }
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" || lower == "nan" {
        return true;
    }
    if !yaml_style_float(s) {
        return false;
    }
    s.parse::<f64>().is_ok_and(f64::is_finite)
}

/// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
fn is_base60_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    if !b.get(i).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    let mut groups = 0;
    while b.get(i) == Some(&b':') {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() && i - start < 2 {
            i += 1;
        }
        match i - start {
            1 => {}
            2 if b[start] <= b'5' => {}
            _ => return false,
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

/// go-yaml's `parseTimestamp`: Go's `time.Parse` with the layouts
/// `2006-1-2T15:4:5.999999999Z07:00` (also with `t`), `2006-1-2 15:4:5.999999999` and
/// `2006-1-2`.
fn parse_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits != 4 || b.get(4) != Some(&b'-') {
        return false;
    }
    let year: u32 = s[..4].parse().unwrap_or(0);
    let mut p = Parser { b, i: 5 };
    let Some(month) = p.num() else { return false };
    if !p.lit(b'-') {
        return false;
    }
    let Some(day) = p.num() else { return false };
    if !(1..=12).contains(&month) || day < 1 || day > days_in(month, year) {
        return false;
    }
    if p.i == b.len() {
        return true; // 2006-1-2
    }
    let sep = b[p.i];
    if !matches!(sep, b'T' | b't' | b' ') {
        return false;
    }
    p.i += 1;
    let Some(hour) = p.num() else { return false };
    if !p.lit(b':') {
        return false;
    }
    let Some(min) = p.num() else { return false };
    if !p.lit(b':') {
        return false;
    }
    let Some(sec) = p.num() else { return false };
    if hour >= 24 || min >= 60 || sec >= 60 {
        return false;
    }
    if matches!(b.get(p.i), Some(b'.' | b',')) && b.get(p.i + 1).is_some_and(u8::is_ascii_digit) {
        p.i += 1;
        while p.i < b.len() && b[p.i].is_ascii_digit() {
            p.i += 1;
        }
    }
    if sep == b' ' {
        return p.i == b.len();
    }
    let rest = &b[p.i..];
    match rest.first() {
        Some(b'Z') => rest.len() == 1,
        Some(b'+' | b'-') => {
            rest.len() == 6
                && rest[1..3].iter().all(u8::is_ascii_digit)
                && rest[3] == b':'
                && rest[4..6].iter().all(u8::is_ascii_digit)
                && (rest[1] - b'0') * 10 + (rest[2] - b'0') <= 24
                && (rest[4] - b'0') * 10 + (rest[5] - b'0') <= 60
        }
        _ => false,
    }
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    /// Go's `getnum(s, false)`: one or two digits.
    fn num(&mut self) -> Option<u32> {
        let d = |i: usize| {
            self.b
                .get(i)
                .filter(|c| c.is_ascii_digit())
                .map(|c| (c - b'0') as u32)
        };
        let first = d(self.i)?;
        match d(self.i + 1) {
            Some(second) => {
                self.i += 2;
                Some(first * 10 + second)
            }
            None => {
                self.i += 1;
                Some(first)
            }
        }
    }

    fn lit(&mut self, c: u8) -> bool {
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
}

fn days_in(month: u32, year: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// go-yaml's `keyList.Less` for string keys: runs of digits compare as numbers, a
/// non-letter sorts before a letter.
pub fn key_order(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    if a.is_ascii() && b.is_ascii() {
        return natural(a.as_bytes(), b.as_bytes(), |c| c as char);
    }
    let (ar, br): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let r = natural(&ar, &br, |c| c);
    if r == Equal {
        return Equal;
    }
    r
}

fn natural<T: Copy + PartialEq + Ord>(
    ar: &[T],
    br: &[T],
    ch: impl Fn(T) -> char,
) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    let less = |x: bool| if x { Less } else { Greater };
    let digit = |c: char| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric());
    let val = |c: char| (c as i64) - ('0' as i64);
    for i in 0..ar.len().min(br.len()) {
        if ar[i] == br[i] {
            continue;
        }
        let (ac, bc) = (ch(ar[i]), ch(br[i]));
        let (al, bl) = (ac.is_alphabetic(), bc.is_alphabetic());
        if al && bl {
            return less(ac < bc);
        }
        if al || bl {
            return less(bl);
        }
        let (mut an, mut bn): (i64, i64) = (0, 0);
        if ac == '0' || bc == '0' {
            let mut j = i;
            while j > 0 && digit(ch(ar[j - 1])) {
                j -= 1;
                if ch(ar[j]) != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && digit(ch(ar[ai])) {
            an = an.wrapping_mul(10).wrapping_add(val(ch(ar[ai])));
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && digit(ch(br[bi])) {
            bn = bn.wrapping_mul(10).wrapping_add(val(ch(br[bi])));
            bi += 1;
        }
        if an != bn {
            return less(an < bn);
        }
        if ai != bi {
            return less(ai < bi);
        }
        return less(ac < bc);
    }
    ar.len().cmp(&br.len())
}

/// A JSON number as kubectl prints it: go-yaml reads integers as int64/uint64 and anything
/// else as float64, printed with `strconv.FormatFloat(f, 'g', -1, 64)`. A float that Go's
/// JSON prints without a fraction (the API server's own output) is an integer to go-yaml.
fn number(n: &Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    let f = n.as_f64().unwrap_or(0.0);
    if f.fract() == 0.0 && f.abs() < 1e21 {
        if (i64::MIN as f64..9.223_372_036_854_776e18).contains(&f) {
            return (f as i64).to_string();
        }
        if (0.0..1.844_674_407_370_955_2e19).contains(&f) {
            return (f as u64).to_string();
        }
    }
    format_g(f)
}

/// `strconv.FormatFloat(f, 'g', -1, 64)`.
pub fn format_g(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            ".inf".into()
        } else {
            "-.inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    // Rust's `{:e}` is the shortest representation that round-trips, as Go's -1 precision.
    let e = format!("{:e}", f.abs());
    let (mantissa, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let mut out = String::new();
    if f < 0.0 {
        out.push('-');
    }
    if !(-4..6).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(&digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn quoting_follows_yaml_1_1_resolution() {
        for (s, want) in [
            ("2026-11-22T06:08:31Z", "\"2026-11-22T06:08:31Z\""),
            ("2025-03-01", "\"2025-03-01\""),
            ("4", "\"4\""),
            ("on", "\"on\""),
            ("No", "\"No\""),
            ("0x1F", "\"0x1F\""),
            ("1e3", "\"1e3\""),
            ("~", "\"~\""),
            ("", "\"\""),
            ("1:20", "\"1:20\""),
            ("09", "\"09\""),
            ("*", "'*'"),
            (" x", "' x'"),
            ("a: b", "'a: b'"),
            ("a\tb", "\"a\\tb\""),
            ("plain text", "plain text"),
            ("-", "'-'"),
            ("-x", "-x"),
            ("1.2.3", "1.2.3"),
            ("yes please", "yes please"),
        ] {
            assert_eq!(
                to_string(&json!({ "k": s })),
                format!("k: {want}\n"),
                "{s:?}"
            );
        }
    }

    #[test]
    fn byte_analysis_equals_character_analysis() {
        let pieces = [
            "a", "Z", "0", " ", "  ", ":", "#", "-", "?", "\t", "\n", "\r", "'", "\"", ",", "[",
            "}", "&", "*", "!", "|", ">", "%", "@", "`", "---", "...", "\u{7f}", "\u{1}", "\0",
        ];
        let mut seed: u64 = 7;
        for _ in 0..20_000 {
            let mut s = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            for _ in 0..1 + (seed >> 61) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(analyze_ascii(s.as_bytes()), analyze_chars(&s), "{s:?}");
        }
    }

    #[test]
    fn fast_style_equals_full_style() {
        for s in [
            "apiVersion",
            "nginx",
            "kube-system",
            "a.b/c_d-1",
            "true",
            "True",
            "no",
            "No",
            "null",
            "Null",
            "on",
            "off",
            "y",
            "n",
            "yes",
            "f",
            "fals",
            "trueish",
            "Off",
            "o",
            "tRUE",
            "a:b",
            "a#b",
            "x-",
            "abc...",
            "Z9",
            "a\\b",
            "a'b",
            "a\"b",
            "a~",
            "a`",
        ] {
            for simple_key in [true, false] {
                let full = {
                    // The rules the fast path skips, applied in full.
                    let plain = resolves_to_str(s) && !is_base60_float(s);
                    let a = analyze(s);
                    match (plain, a.block_plain_allowed, a.single_quoted_allowed) {
                        (true, true, _) => Style::Plain,
                        (true, false, true) => Style::Single,
                        _ => Style::Double,
                    }
                };
                assert_eq!(select_style(s, simple_key), full, "{s:?}");
            }
        }
    }

    #[test]
    fn literal_blocks_and_chomping() {
        assert_eq!(to_string(&json!({"k": "a\nb\n"})), "k: |\n  a\n  b\n");
        assert_eq!(to_string(&json!({"k": "a\nb"})), "k: |-\n  a\n  b\n");
        assert_eq!(to_string(&json!({"k": "a\n\n"})), "k: |+\n  a\n\n");
        assert_eq!(to_string(&json!({"k": " a\nb"})), "k: |2-\n   a\n  b\n");
        assert_eq!(to_string(&json!({"k": "a \nb"})), "k: \"a \\nb\"\n");
    }

    #[test]
    fn natural_key_order() {
        let v = json!({"a10": 1, "a9": 2, "B": 3, "_x": 4, "a": 5});
        assert_eq!(to_string(&v), "_x: 4\nB: 3\na: 5\na9: 2\na10: 1\n");
    }

    #[test]
    fn indentless_sequences_and_empty_collections() {
        let v = json!({"a": [{"b": 1, "c": [1, [2, 3]]}], "d": {}, "e": [], "f": null});
        assert_eq!(
            to_string(&v),
            "a:\n- b: 1\n  c:\n  - 1\n  - - 2\n    - 3\nd: {}\ne: []\nf: null\n"
        );
    }

    #[test]
    fn floats_as_go_formats_them() {
        assert_eq!(format_g(1.5), "1.5");
        assert_eq!(format_g(1e6), "1e+06");
        assert_eq!(format_g(123456.5), "123456.5");
        assert_eq!(format_g(0.0001), "0.0001");
        assert_eq!(format_g(0.00001), "1e-05");
        assert_eq!(format_g(-2.5e-10), "-2.5e-10");
    }

    #[test]
    fn long_plain_strings_fold_at_80_columns() {
        let s = "word ".repeat(30);
        let s = s.trim_end();
        let out = to_string(&json!({ "message": s }));
        assert!(out.lines().count() > 1, "{out}");
        let back: serde_json::Value = serde_yaml::from_str(&out).unwrap();
        assert_eq!(back["message"], s);
    }
}
