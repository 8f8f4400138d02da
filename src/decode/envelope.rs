//! What a stored value is, from its first bytes — cheap enough for every key of a
//! large database (`secrets-audit`, `usage`): nothing of the object is decoded.

use std::borrow::Cow;

use prost::encoding::{decode_key, decode_varint, WireType};

/// kube-apiserver's protobuf storage prefix, before a runtime.Unknown message.
pub const PROTOBUF_MAGIC: &[u8] = b"k8s\x00";
/// Prefix of every value written by an encryption-at-rest provider.
pub const ENCRYPTED_PREFIX: &[u8] = b"k8s:enc:";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Envelope<'a> {
    /// `k8s\0` + runtime.Unknown; apiVersion/kind from its TypeMeta (empty if that
    /// part is unreadable).
    Protobuf {
        api_version: Cow<'a, str>,
        kind: Cow<'a, str>,
    },
    /// A JSON object (custom resources, CRDs, APIServices); apiVersion/kind empty when
    /// absent.
    Json {
        api_version: Cow<'a, str>,
        kind: Cow<'a, str>,
    },
    /// `k8s:enc:<provider>:<version>:<key name>:` + ciphertext. For KMS the key name is
    /// the KMS provider's name and `version` tells v1 from v2.
    Encrypted {
        provider: Cow<'a, str>,
        version: Cow<'a, str>,
        key_name: Cow<'a, str>,
    },
    Unknown,
}

/// Classifies a stored value without decoding the object.
pub fn classify(value: &[u8]) -> Envelope<'_> {
    if value.starts_with(ENCRYPTED_PREFIX) {
        return match encrypted_prefix(value) {
            Some(p) => Envelope::Encrypted {
                provider: String::from_utf8_lossy(p.provider),
                version: String::from_utf8_lossy(p.version),
                key_name: String::from_utf8_lossy(p.key_name),
            },
            None => Envelope::Unknown,
        };
    }
    if let Some(body) = value.strip_prefix(PROTOBUF_MAGIC) {
        let (api_version, kind) = type_meta(body).unwrap_or((b"", b""));
        return Envelope::Protobuf {
            api_version: String::from_utf8_lossy(api_version),
            kind: String::from_utf8_lossy(kind),
        };
    }
    if value.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        if let Ok(head) = serde_json::from_slice::<JsonHead<'_>>(value) {
            return Envelope::Json {
                api_version: head.api_version.unwrap_or_default(),
                kind: head.kind.unwrap_or_default(),
            };
        }
    }
    Envelope::Unknown
}

/// Just the TypeMeta of a JSON object; the rest is skipped without being built.
#[derive(serde::Deserialize)]
struct JsonHead<'a> {
    #[serde(rename = "apiVersion", borrow, default)]
    api_version: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    kind: Option<Cow<'a, str>>,
}

/// The parts of `k8s:enc:<provider>:<version>:<key name>:<payload>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EncryptedPrefix<'a> {
    pub provider: &'a [u8],
    pub version: &'a [u8],
    pub key_name: &'a [u8],
    pub payload: &'a [u8],
}

/// Splits an encrypted value; `None` unless it has all four `:`-terminated parts.
pub fn encrypted_prefix(value: &[u8]) -> Option<EncryptedPrefix<'_>> {
    let rest = value.strip_prefix(ENCRYPTED_PREFIX)?;
    // Names are short; bounding the scan keeps garbage from costing a full pass.
    let field = |buf: &'_ [u8]| -> Option<(usize, usize)> {
        let end = buf.iter().take(256).position(|&b| b == b':')?;
        (end > 0).then_some((end, end + 1))
    };
    let (p_end, p_next) = field(rest)?;
    let provider = &rest[..p_end];
    let rest = &rest[p_next..];
    let (v_end, v_next) = field(rest)?;
    let version = &rest[..v_end];
    let rest = &rest[v_next..];
    let (k_end, k_next) = field(rest)?;
    Some(EncryptedPrefix {
        provider,
        version,
        key_name: &rest[..k_end],
        payload: &rest[k_next..],
    })
}

/// The stored object of a protobuf envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown<'a> {
    pub api_version: &'a [u8],
    pub kind: &'a [u8],
    pub raw: &'a [u8],
    pub content_encoding: &'a [u8],
    pub content_type: &'a [u8],
}

/// Parses runtime.Unknown {1: TypeMeta{1: apiVersion, 2: kind}, 2: raw,
/// 3: contentEncoding, 4: contentType} (the bytes after `k8s\0`).
pub fn parse_unknown(body: &[u8]) -> Result<Unknown<'_>, String> {
    let mut out = Unknown {
        api_version: b"",
        kind: b"",
        raw: b"",
        content_encoding: b"",
        content_type: b"",
    };
    let mut saw_type_meta = false;
    for item in length_delimited_fields(body) {
        let (num, bytes) = item?;
        match num {
            1 => {
                saw_type_meta = true;
                for inner in length_delimited_fields(bytes) {
                    match inner.map_err(|e| format!("in TypeMeta: {e}"))? {
                        (1, v) => out.api_version = v,
                        (2, v) => out.kind = v,
                        _ => {}
                    }
                }
            }
            2 => out.raw = bytes,
            3 => out.content_encoding = bytes,
            4 => out.content_type = bytes,
            _ => {}
        }
    }
    if !saw_type_meta {
        return Err("the runtime.Unknown message has no TypeMeta (field 1)".into());
    }
    Ok(out)
}

/// TypeMeta only: stops at the first field, which is where kube-apiserver puts it.
fn type_meta(body: &[u8]) -> Option<(&[u8], &[u8])> {
    let (num, bytes) = length_delimited_fields(body).next()?.ok()?;
    if num != 1 {
        return None;
    }
    let (mut api_version, mut kind): (&[u8], &[u8]) = (b"", b"");
    for item in length_delimited_fields(bytes) {
        match item.ok()? {
            (1, v) => api_version = v,
            (2, v) => kind = v,
            _ => {}
        }
    }
    Some((api_version, kind))
}

/// Iterates the fields of a message whose fields are all strings/bytes/messages;
/// any other wire type is an error here.
fn length_delimited_fields(mut buf: &[u8]) -> impl Iterator<Item = Result<(u32, &[u8]), String>> {
    let mut failed = false;
    std::iter::from_fn(move || {
        if buf.is_empty() || failed {
            return None;
        }
        let step = (|| {
            let (num, wire) = decode_key(&mut buf).map_err(|e| format!("bad field key ({e})"))?;
            if wire != WireType::LengthDelimited {
                return Err(format!(
                    "field {num} has wire type {wire:?}, expected length-delimited"
                ));
            }
            let len =
                decode_varint(&mut buf).map_err(|e| format!("field {num}: bad length ({e})"))?;
            let len = usize::try_from(len).unwrap_or(usize::MAX);
            if len > buf.len() {
                return Err(format!(
                    "field {num} claims {len} bytes but only {} remain (value truncated?)",
                    buf.len()
                ));
            }
            let (head, rest) = buf.split_at(len);
            buf = rest;
            Ok((num, head))
        })();
        failed = step.is_err();
        Some(step)
    })
}
