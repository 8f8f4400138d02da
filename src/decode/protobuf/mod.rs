//! Kubernetes protobuf (`raw` of the storage envelope) → the API server's JSON.
//!
//! A generic walker over the wire format, driven by the generated schema table
//! (field numbers, JSON names, Go JSON rules). No per-type code: every message in
//! Kubernetes' generated.proto files is covered by the same ~300 lines.

pub mod schema;
#[rustfmt::skip]
mod schema_table;

use base64::Engine as _;
use prost::encoding::{decode_key, decode_varint, WireType};
use serde_json::{Map, Number, Value};

use self::schema::{Card, Field, Message, Special, Ty, INLINE, KEEP, OMITZERO, PTR};
use super::{quantity, time};

/// Deeper nesting than any real object (JSONSchemaProps included) is treated as an
/// attack on the stack, not as data.
const MAX_DEPTH: u32 = 100;

/// What went wrong, and where in the object (`spec.containers[0].ports`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtoError {
    pub path: String,
    pub detail: String,
}

impl std::fmt::Display for ProtoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.detail)
        } else {
            write!(f, "at {}: {}", self.path, self.detail)
        }
    }
}

impl ProtoError {
    fn new(detail: impl Into<String>) -> Self {
        ProtoError {
            path: String::new(),
            detail: detail.into(),
        }
    }

    /// Prefixes the path while the error travels up through the fields.
    fn within(mut self, segment: &str) -> Self {
        if self.path.is_empty() {
            self.path = segment.to_string();
        } else if self.path.starts_with('[') {
            self.path = format!("{segment}{}", self.path);
        } else {
            self.path = format!("{segment}.{}", self.path);
        }
        self
    }
}

type Result<T> = std::result::Result<T, ProtoError>;

/// Renders the protobuf bytes of a stored object (without its TypeMeta, which the
/// caller adds from the envelope).
pub fn render_object(message: u16, raw: &[u8]) -> Result<Map<String, Value>> {
    render_object_with(message, raw, true)
}

/// [`render_object`], leaving out `metadata.managedFields` unless `managed_fields`: they are
/// often half of an object, and kubectl hides them by default, so they are not even parsed.
pub fn render_object_with(
    message: u16,
    raw: &[u8],
    managed_fields: bool,
) -> Result<Map<String, Value>> {
    let msg = schema::message(message)
        .ok_or_else(|| ProtoError::new("schema table has no such message"))?;
    let omit = if managed_fields {
        Omit::Nothing
    } else {
        Omit::ManagedFields
    };
    match render_message(msg, raw, 0, omit)? {
        Value::Object(map) => Ok(map),
        _ => Err(ProtoError::new(format!(
            "{} is not an object type",
            msg.name
        ))),
    }
}

/// A field of the top-level object left out on request.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Omit {
    Nothing,
    /// `metadata.managedFields` (passed to the top level).
    ManagedFields,
    /// `managedFields` of this ObjectMeta (passed to `metadata`).
    ManagedFieldsHere,
}

/// One field occurrence as it appears on the wire.
#[derive(Clone, Copy)]
enum Raw<'a> {
    Varint(u64),
    Fixed64(u64),
    Fixed32(u32),
    Bytes(&'a [u8]),
}

/// Splits a message into its field occurrences, in wire order.
fn fields_of(buf: &[u8]) -> Result<Vec<(u32, Raw<'_>)>> {
    Fields(buf).collect()
}

/// The field occurrences of a message, one at a time (no allocation).
struct Fields<'a>(&'a [u8]);

impl<'a> Iterator for Fields<'a> {
    type Item = Result<(u32, Raw<'a>)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.0.is_empty() {
            return None;
        }
        let item = next_field(&mut self.0);
        if item.is_err() {
            self.0 = &[]; // no resynchronising after garbage
        }
        Some(item)
    }
}

fn next_field<'a>(buf: &mut &'a [u8]) -> Result<(u32, Raw<'a>)> {
    // Fast path: a one-byte key (field numbers below 16) of a string or message whose length
    // fits one byte, as most fields of Kubernetes objects are.
    if let [key, len, rest @ ..] = *buf {
        if key & 0x80 == 0 && key & 7 == 2 && key >> 3 != 0 && len & 0x80 == 0 {
            let len = usize::from(*len);
            if len <= rest.len() {
                let (head, tail) = rest.split_at(len);
                *buf = tail;
                return Ok((u32::from(key >> 3), Raw::Bytes(head)));
            }
        }
    }
    let (num, wire) =
        decode_key(buf).map_err(|e| ProtoError::new(format!("bad field key: {e}")))?;
    let raw = match wire {
        WireType::Varint => Raw::Varint(
            decode_varint(buf)
                .map_err(|e| ProtoError::new(format!("field {num}: bad varint: {e}")))?,
        ),
        WireType::SixtyFourBit => {
            let (head, rest) = split(buf, 8).ok_or_else(|| truncated(num, 8, buf.len()))?;
            *buf = rest;
            Raw::Fixed64(u64::from_le_bytes(
                head.try_into().map_err(|_| truncated(num, 8, 0))?,
            ))
        }
        WireType::ThirtyTwoBit => {
            let (head, rest) = split(buf, 4).ok_or_else(|| truncated(num, 4, buf.len()))?;
            *buf = rest;
            Raw::Fixed32(u32::from_le_bytes(
                head.try_into().map_err(|_| truncated(num, 4, 0))?,
            ))
        }
        WireType::LengthDelimited => {
            let len = decode_varint(buf)
                .map_err(|e| ProtoError::new(format!("field {num}: bad length: {e}")))?;
            let len = usize::try_from(len).unwrap_or(usize::MAX);
            let (head, rest) = split(buf, len).ok_or_else(|| truncated(num, len, buf.len()))?;
            *buf = rest;
            Raw::Bytes(head)
        }
        WireType::StartGroup | WireType::EndGroup => {
            return Err(ProtoError::new(format!(
                "field {num} uses the protobuf group encoding, which Kubernetes never writes"
            )))
        }
    };
    Ok((num, raw))
}

fn split(buf: &[u8], len: usize) -> Option<(&[u8], &[u8])> {
    (len <= buf.len()).then(|| buf.split_at(len))
}

fn truncated(num: u32, want: usize, have: usize) -> ProtoError {
    ProtoError::new(format!(
        "field {num} needs {want} bytes but only {have} remain (value truncated?)"
    ))
}

fn render_message(msg: &'static Message, bytes: &[u8], depth: u32, omit: Omit) -> Result<Value> {
    if depth > MAX_DEPTH {
        return Err(ProtoError::new(format!(
            "objects nested more than {MAX_DEPTH} levels deep"
        )));
    }
    match msg.special {
        Special::None => {}
        special => return render_special(msg, special, &fields_of(bytes)?, depth),
    }
    // Occurrences as (index in the table, value), grouped by field: one allocation per
    // message, whatever its number of fields. Unknown field numbers (a newer Kubernetes than
    // the table) are skipped, as Go's decoder would if the field did not exist. The sort is
    // stable (repeated fields keep their order) and nearly free: Go writes fields in order.
    let mut wire: Vec<Occurrence<'_>> = Vec::with_capacity(msg.fields.len());
    for field in Fields(bytes) {
        let (num, raw) = field?;
        if let Ok(i) = msg.fields.binary_search_by_key(&num, |f| f.num) {
            wire.push((i, raw));
        }
    }
    if !wire.is_sorted_by_key(|(i, _)| *i) {
        wire.sort_by_key(|(i, _)| *i);
    }
    let mut out = Map::new();
    let mut rest = &wire[..];
    for (i, field) in msg.fields.iter().enumerate() {
        let n = rest.iter().take_while(|(j, _)| *j == i).count();
        // Absent fields without a Go zero value to print are most of a message's table.
        if n == 0 && field.flags & KEEP == 0 {
            continue;
        }
        let (mine, tail) = rest.split_at(n);
        rest = tail;
        if omit == Omit::ManagedFieldsHere && field.json == "managedFields" {
            continue;
        }
        let value = if omit == Omit::ManagedFields && field.json == "metadata" {
            render_metadata(field, mine, depth)
        } else {
            render_field(field, mine, depth)
        }
        .map_err(|e| e.within(field.json))?;
        let Some(value) = value else { continue };
        if field.flags & INLINE != 0 {
            if let Value::Object(inner) = value {
                out.extend(inner);
            }
        } else {
            out.insert(field.json.to_string(), value);
        }
    }
    Ok(Value::Object(out))
}

/// The object's `metadata` without its `managedFields`.
fn render_metadata(
    field: &Field,
    occurrences: &[Occurrence<'_>],
    depth: u32,
) -> Result<Option<Value>> {
    match (field.ty, field.card, occurrences.last()) {
        (Ty::Msg(index), Card::One, Some((_, Raw::Bytes(b)))) => {
            let msg = schema::message(index)
                .ok_or_else(|| ProtoError::new("schema table has no such message"))?;
            render_message(msg, b, depth + 1, Omit::ManagedFieldsHere).map(Some)
        }
        _ => render_field(field, occurrences, depth),
    }
}

/// `None` means "omitted from the JSON", as Go's `omitempty` does.
/// A field's occurrence: its index in the message's table, and its value on the wire.
type Occurrence<'a> = (usize, Raw<'a>);

fn render_field(
    field: &Field,
    occurrences: &[Occurrence<'_>],
    depth: u32,
) -> Result<Option<Value>> {
    let keep = field.flags & KEEP != 0;
    match field.card {
        Card::One => match occurrences.last() {
            Some((_, raw)) => {
                let value = render_value(field.ty, *raw, depth)?;
                let omit = (field.flags & (KEEP | PTR) == 0 && is_zero(field.ty, &value))
                    || (field.flags & OMITZERO != 0 && is_zero_struct(&value));
                Ok((!omit).then_some(value))
            }
            None if !keep => Ok(None),
            None if field.flags & PTR != 0 => Ok(Some(Value::Null)),
            // A value field older data never wrote: Go's zero value.
            None => zero_value(field.ty, depth).map(Some),
        },
        Card::Many => {
            let mut items = Vec::with_capacity(occurrences.len());
            for (i, (_, raw)) in occurrences.iter().enumerate() {
                match (field.ty, raw) {
                    // Packed repeated scalars: one length-delimited run of values.
                    (Ty::Bool | Ty::I32 | Ty::I64, Raw::Bytes(mut run)) => {
                        while !run.is_empty() {
                            let v = decode_varint(&mut run).map_err(|e| {
                                ProtoError::new(format!("bad packed varint: {e}"))
                                    .within(&format!("[{i}]"))
                            })?;
                            items.push(render_value(field.ty, Raw::Varint(v), depth)?);
                        }
                    }
                    (Ty::F64, Raw::Bytes(run)) => {
                        for chunk in run.chunks(8) {
                            let bytes: [u8; 8] = chunk.try_into().map_err(|_| {
                                ProtoError::new("packed doubles not a multiple of 8 bytes")
                            })?;
                            items.push(render_value(
                                field.ty,
                                Raw::Fixed64(u64::from_le_bytes(bytes)),
                                depth,
                            )?);
                        }
                    }
                    _ => items.push(
                        render_value(field.ty, *raw, depth)
                            .map_err(|e| e.within(&format!("[{i}]")))?,
                    ),
                }
            }
            Ok(nil_or(items.is_empty(), keep, Value::Array(items)))
        }
        Card::Map => {
            let mut map = Map::new();
            for (_, raw) in occurrences {
                let Raw::Bytes(entry) = raw else {
                    return Err(ProtoError::new("map entry is not length-delimited"));
                };
                let (key, value) = map_entry(field.ty, entry, depth)?;
                map.insert(key, value);
            }
            Ok(nil_or(map.is_empty(), keep, Value::Object(map)))
        }
    }
}

/// An empty Go slice or map: omitted with `omitempty`, else `null` (proto cannot
/// tell nil from empty, and Go's decoder leaves them nil).
fn nil_or(empty: bool, keep: bool, value: Value) -> Option<Value> {
    match (empty, keep) {
        (false, _) => Some(value),
        (true, true) => Some(Value::Null),
        (true, false) => None,
    }
}

fn map_entry(ty: Ty, entry: &[u8], depth: u32) -> Result<(String, Value)> {
    let mut key = String::new();
    let mut value = None;
    for field in Fields(entry) {
        match field? {
            (1, Raw::Bytes(k)) => key = text(k),
            (2, raw) => value = Some(raw),
            _ => {}
        }
    }
    let value = match value {
        Some(raw) => render_value(ty, raw, depth).map_err(|e| e.within(&key))?,
        None => zero_value(ty, depth)?,
    };
    Ok((key, value))
}

/// A protobuf string as Go reads it (invalid UTF-8 becomes U+FFFD when printed); valid UTF-8,
/// the usual case, is checked by the faster `from_utf8`.
fn text(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) => s.to_owned(),
        Err(_) => String::from_utf8_lossy(b).into_owned(),
    }
}

fn render_value(ty: Ty, raw: Raw<'_>, depth: u32) -> Result<Value> {
    Ok(match (ty, raw) {
        (Ty::Str, Raw::Bytes(b)) => Value::String(text(b)),
        (Ty::Bytes, Raw::Bytes(b)) => {
            Value::String(base64::engine::general_purpose::STANDARD.encode(b))
        }
        (Ty::Bool, Raw::Varint(v)) => Value::Bool(v != 0),
        // Protobuf int32 is sign-extended to 64 bits on the wire; truncation is the spec.
        (Ty::I32, Raw::Varint(v)) => Value::from(v as i32),
        (Ty::I64, Raw::Varint(v)) => Value::from(v as i64),
        (Ty::F64, Raw::Fixed64(v)) => {
            Number::from_f64(f64::from_bits(v)).map_or(Value::Null, Value::Number)
        }
        (Ty::Msg(index), Raw::Bytes(b)) => {
            let msg = schema::message(index)
                .ok_or_else(|| ProtoError::new("schema table has no such message"))?;
            render_message(msg, b, depth + 1, Omit::Nothing)?
        }
        (ty, raw) => {
            let got = match raw {
                Raw::Varint(_) => "varint",
                Raw::Fixed64(_) => "64-bit",
                Raw::Fixed32(_) => "32-bit",
                Raw::Bytes(_) => "length-delimited",
            };
            return Err(ProtoError::new(format!(
                "expected {ty:?} but the wire has a {got} value"
            )));
        }
    })
}

fn zero_value(ty: Ty, depth: u32) -> Result<Value> {
    Ok(match ty {
        Ty::Str => Value::String(String::new()),
        Ty::Bytes => Value::Null,
        Ty::Bool => Value::Bool(false),
        Ty::I32 | Ty::I64 => Value::from(0),
        Ty::F64 => Value::from(0.0),
        Ty::Msg(_) => render_value(ty, Raw::Bytes(&[]), depth)?,
    })
}

/// Go's `omitempty` test for a value field.
fn is_zero(ty: Ty, value: &Value) -> bool {
    match (ty, value) {
        // Structs are never empty to encoding/json.
        (Ty::Msg(_), _) => false,
        (_, Value::String(s)) => s.is_empty(),
        (_, Value::Bool(b)) => !b,
        (_, Value::Number(n)) => n.as_f64() == Some(0.0),
        (_, Value::Null) => true,
        _ => false,
    }
}

/// Go's `omitzero` test for a struct field, on its rendering.
fn is_zero_struct(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Object(map) => map.is_empty(),
        _ => false,
    }
}

fn render_special(
    msg: &'static Message,
    special: Special,
    wire: &[(u32, Raw<'_>)],
    depth: u32,
) -> Result<Value> {
    let varint = |n: u32| {
        wire.iter().rev().find_map(|(num, raw)| match raw {
            Raw::Varint(v) if *num == n => Some(*v),
            _ => None,
        })
    };
    let bytes = |n: u32| {
        wire.iter().rev().find_map(|(num, raw)| match raw {
            Raw::Bytes(b) if *num == n => Some(*b),
            _ => None,
        })
    };
    Ok(match special {
        Special::None => Value::Null,
        // Go writes a zero time as an empty message and reads it back as zero: `null`.
        Special::Time | Special::MicroTime if wire.is_empty() => Value::Null,
        Special::Time => {
            // metav1.Time keeps whole seconds only (its Unmarshal drops nanos).
            Value::String(time::rfc3339(varint(1).unwrap_or(0) as i64, 0, false))
        }
        Special::MicroTime => Value::String(time::rfc3339(
            varint(1).unwrap_or(0) as i64,
            varint(2).unwrap_or(0) as i32,
            true,
        )),
        Special::Duration => Value::String(time::go_duration(varint(1).unwrap_or(0) as i64)),
        Special::Quantity => {
            let s = bytes(1).map(String::from_utf8_lossy).unwrap_or_default();
            Value::String(quantity::canonical(&s))
        }
        Special::IntOrString => {
            if varint(1) == Some(1) {
                Value::String(
                    bytes(3)
                        .map(|b| String::from_utf8_lossy(b).into_owned())
                        .unwrap_or_default(),
                )
            } else {
                Value::from(varint(2).unwrap_or(0) as i32)
            }
        }
        Special::RawJson => match bytes(1) {
            None | Some([]) => Value::Null,
            Some(raw) => serde_json::from_slice(raw)
                .map_err(|e| ProtoError::new(format!("embedded raw object is not JSON ({e})")))?,
        },
        Special::ItemsSlice => {
            let items: Vec<Value> = wire
                .iter()
                .filter_map(|(num, raw)| match raw {
                    Raw::Bytes(b) if *num == 1 => {
                        Some(Value::String(String::from_utf8_lossy(b).into_owned()))
                    }
                    _ => None,
                })
                .collect();
            if items.is_empty() {
                Value::Null
            } else {
                Value::Array(items)
            }
        }
        Special::SchemaOrArray | Special::SchemaOrBool | Special::SchemaOrStringArray => {
            render_schema_union(msg, special, wire, depth)?
        }
    })
}

/// The apiextensions unions marshal as whichever member is set (their MarshalJSON).
fn render_schema_union(
    msg: &'static Message,
    special: Special,
    wire: &[(u32, Raw<'_>)],
    depth: u32,
) -> Result<Value> {
    let schema_ty = |num: u32| msg.field(num).map(|f| f.ty).unwrap_or(Ty::Str);
    let all = |num: u32| -> Result<Vec<Value>> {
        wire.iter()
            .filter(|(n, _)| *n == num)
            .map(|(_, raw)| render_value(schema_ty(num), *raw, depth))
            .collect()
    };
    let last = |num: u32| {
        wire.iter()
            .rev()
            .find(|(n, _)| *n == num)
            .map(|(_, raw)| *raw)
    };
    Ok(match special {
        Special::SchemaOrArray => {
            let array = all(2)?;
            if !array.is_empty() {
                Value::Array(array)
            } else if let Some(raw) = last(1) {
                render_value(schema_ty(1), raw, depth)?
            } else {
                Value::Null
            }
        }
        Special::SchemaOrBool => match last(2) {
            Some(raw) => render_value(schema_ty(2), raw, depth)?,
            None => Value::Bool(matches!(last(1), Some(Raw::Varint(v)) if v != 0)),
        },
        _ => {
            let array = all(2)?;
            if !array.is_empty() {
                Value::Array(array)
            } else if let Some(raw) = last(1) {
                render_value(schema_ty(1), raw, depth)?
            } else {
                Value::Null
            }
        }
    })
}
