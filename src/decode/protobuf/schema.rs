//! The shape of the generated schema table (`schema_table.rs`) and lookups into it.
//!
//! Protobuf alone cannot reproduce the API server's JSON: Go's encoding/json decides
//! which empty fields appear, and that depends on the Go field (pointer or value,
//! `omitempty` or not), which the .proto files do not record. Each field therefore
//! carries flags for those Go facts.

use super::schema_table::{KINDS, MESSAGES};

/// A field's scalar or message type on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Str,
    Bytes,
    Bool,
    I32,
    I64,
    F64,
    /// Index into [`MESSAGES`].
    Msg(u16),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Card {
    One,
    Many,
    /// `map<string, ty>`, encoded as repeated entries {1: key, 2: value}.
    Map,
}

/// Go types whose JSON form is not "an object of their fields".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    None,
    /// metav1.Time: RFC 3339, whole seconds, `null` when zero.
    Time,
    /// metav1.MicroTime: RFC 3339 with 6 fractional digits, `null` when zero.
    MicroTime,
    /// metav1.Duration: Go duration string ("1h0m0s").
    Duration,
    /// Bytes that already are JSON (RawExtension, FieldsV1, apiextensions JSON).
    RawJson,
    /// resource.Quantity: canonical string form.
    Quantity,
    /// intstr.IntOrString: bare number or bare string.
    IntOrString,
    /// A Go named slice (`type ExtraValue []string`): the bare array.
    ItemsSlice,
    /// apiextensions JSONSchemaPropsOrArray / OrBool / OrStringArray unions.
    SchemaOrArray,
    SchemaOrBool,
    SchemaOrStringArray,
}

/// Go field without `omitempty` (OpenAPI "required", or listed in go_overrides.txt):
/// rendered even when empty (zero scalar, `null` slice or map).
pub const KEEP: u8 = 1;
/// Go pointer: present on the wire exactly when non-nil, so rendered whenever present,
/// even if zero (`"automountServiceAccountToken": false`).
pub const PTR: u8 = 2;
/// Embedded with `json:",inline"`: its fields belong to the parent object.
pub const INLINE: u8 = 4;
/// Go `omitzero`: a zero struct (a zero Time) is left out instead of printed as
/// `null`/`{}`.
pub const OMITZERO: u8 = 8;

#[derive(Debug)]
pub struct Field {
    pub num: u32,
    pub json: &'static str,
    pub ty: Ty,
    pub card: Card,
    pub flags: u8,
}

#[derive(Debug)]
pub struct Message {
    /// Package path as in k8s-pb, e.g. "api.core.v1.Pod".
    pub name: &'static str,
    pub special: Special,
    /// Sorted by `num`.
    pub fields: &'static [Field],
}

/// A kind kube-apiserver may store, with the message its protobuf `raw` holds.
#[derive(Debug)]
pub struct Kind {
    pub api_version: &'static str,
    pub kind: &'static str,
    pub resource: &'static str,
    pub message: u16,
}

impl Message {
    pub fn field(&self, num: u32) -> Option<&'static Field> {
        let fields = self.fields;
        fields
            .binary_search_by_key(&num, |f| f.num)
            .ok()
            .map(|i| &fields[i])
    }
}

pub fn message(index: u16) -> Option<&'static Message> {
    MESSAGES.get(usize::from(index))
}

/// The message stored for `apiVersion`/`kind`, if this build knows the kind.
pub fn kind(api_version: &str, kind: &str) -> Option<&'static Kind> {
    KINDS
        .binary_search_by(|k| (k.api_version, k.kind).cmp(&(api_version, kind)))
        .ok()
        .map(|i| &KINDS[i])
}

/// Every kind in the table (for listings and tests).
pub fn kinds() -> &'static [Kind] {
    KINDS
}
