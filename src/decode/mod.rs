//! Decoding the values kube-apiserver stores in etcd into exactly the JSON the API
//! server returns for the object.
//!
//! * [`envelope`] — [`classify`] a value cheaply (protobuf / JSON / encrypted);
//! * [`encryption`] — [`EncryptionConfig`] and offline decryption (aescbc, aesgcm,
//!   secretbox; KMS is reported as needing its plugin);
//! * [`protobuf`] — protobuf → JSON, driven by a schema table generated from the
//!   Kubernetes protos (k8s-pb) and JSON names (k8s-openapi) plus the Go JSON
//!   rules neither carries;
//! * [`quantity`], [`time`] — the Go value formats (canonical quantities, RFC 3339);
//! * [`json`] — JSON-stored objects (v1beta1 CRDs come out as v1).
//! * `defaults` — the defaulting kube-apiserver applies when it reads an object, one module
//!   per API group.
//!
//! Every entry point takes arbitrary bytes and returns errors, never panics.

// This is a library inside a binary crate (and compiled again by the fuzz crate):
// not every public helper is used by every includer.
#![allow(dead_code, unused_imports)]

mod defaults;
pub mod encryption;
pub mod envelope;
pub mod json;
pub mod protobuf;
pub mod quantity;
pub mod time;

#[cfg(test)]
mod defaults_fixture_tests;
#[cfg(test)]
mod defaults_tests;
#[cfg(test)]
mod go_rules_tests;
#[cfg(test)]
mod tests;

use serde_json::{Map, Value};

pub use encryption::{EncryptionConfig, EncryptionConfigError};
pub use envelope::{classify, Envelope};
pub use protobuf::ProtoError;

/// How the value was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Storage {
    Protobuf,
    Json,
    /// Encrypted at rest; the plaintext inside was protobuf or JSON.
    Encrypted {
        provider: String,
        key_name: String,
    },
}

/// A decoded object: `object` is what `kubectl get -o json` prints for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub object: Value,
    pub api_version: String,
    pub kind: String,
    pub storage: Storage,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("encrypted at rest with {provider} key {key_name:?}; the apiserver's encryption config is needed to read it")]
    Encrypted { provider: String, key_name: String },
    #[error("encrypted at rest by KMS {version} provider {name:?}: needs the KMS plugin {name} to decrypt, which is not possible offline")]
    NeedsKms { name: String, version: String },
    #[error("encrypted at rest with {provider} key {key_name:?}, but the encryption config has no {provider} key of that name")]
    UnknownKey { provider: String, key_name: String },
    #[error("cannot decrypt with {provider} key {key_name:?}: {reason}")]
    Decrypt {
        provider: String,
        key_name: String,
        reason: String,
    },
    #[error("encrypted with provider {provider:?}, which kube-apiserver does not have")]
    UnsupportedProvider { provider: String },
    /// The envelope is readable but this build has no schema for the kind; the
    /// caller can still show the TypeMeta.
    #[error("{api_version} {kind}: schema unknown to this build (it knows the built-in types of Kubernetes 1.36)")]
    SchemaUnknown {
        api_version: String,
        kind: String,
        storage: Storage,
    },
    #[error("malformed protobuf envelope: {detail}")]
    Envelope { detail: String },
    #[error("{api_version} {kind}: malformed protobuf object {error}")]
    Protobuf {
        api_version: String,
        kind: String,
        error: ProtoError,
    },
    #[error("invalid JSON value: {detail}")]
    Json { detail: String },
    #[error(
        "not a Kubernetes object: neither protobuf (k8s\\0…), JSON, nor encrypted (k8s:enc:…)"
    )]
    NotKubernetes,
}

/// Decodes the value stored under the etcd `key` at `mod_revision` (which becomes
/// `metadata.resourceVersion`, as kube-apiserver does when reading). `enc` is the
/// apiserver's EncryptionConfiguration, needed only for encrypted values.
pub fn decode(
    key: &[u8],
    value: &[u8],
    mod_revision: i64,
    enc: Option<&EncryptionConfig>,
) -> Result<Decoded, DecodeError> {
    decode_with(key, value, mod_revision, enc, true)
}

/// [`decode`]; without `managed_fields` the object comes without `metadata.managedFields`
/// (as kubectl shows it by default), which are then not even parsed.
pub fn decode_with(
    key: &[u8],
    value: &[u8],
    mod_revision: i64,
    enc: Option<&EncryptionConfig>,
    managed_fields: bool,
) -> Result<Decoded, DecodeError> {
    if value.starts_with(envelope::ENCRYPTED_PREFIX) {
        let p = envelope::encrypted_prefix(value).ok_or_else(|| DecodeError::Envelope {
            detail: "value starts with k8s:enc: but has no <provider>:<version>:<key name>: prefix"
                .into(),
        })?;
        let provider = String::from_utf8_lossy(p.provider).into_owned();
        let key_name = String::from_utf8_lossy(p.key_name).into_owned();
        if p.provider == b"kms" {
            return Err(DecodeError::NeedsKms {
                name: key_name,
                version: String::from_utf8_lossy(p.version).into_owned(),
            });
        }
        let Some(enc) = enc else {
            return Err(DecodeError::Encrypted { provider, key_name });
        };
        let plain = enc.decrypt(key, value)?;
        if plain.starts_with(envelope::ENCRYPTED_PREFIX) {
            return Err(DecodeError::Envelope {
                detail: "decrypted value is encrypted again".into(),
            });
        }
        return decode_plain(
            &plain,
            mod_revision,
            Storage::Encrypted { provider, key_name },
            managed_fields,
        );
    }
    decode_plain(value, mod_revision, Storage::Protobuf, managed_fields)
}

fn decode_plain(
    value: &[u8],
    mod_revision: i64,
    storage: Storage,
    managed_fields: bool,
) -> Result<Decoded, DecodeError> {
    if let Some(body) = value.strip_prefix(envelope::PROTOBUF_MAGIC) {
        let storage = match storage {
            Storage::Json => Storage::Protobuf,
            s => s,
        };
        return decode_protobuf(body, mod_revision, storage, managed_fields);
    }
    if value.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        let storage = match storage {
            Storage::Protobuf => Storage::Json,
            s => s,
        };
        return decode_json(value, mod_revision, storage);
    }
    Err(DecodeError::NotKubernetes)
}

fn decode_protobuf(
    body: &[u8],
    mod_revision: i64,
    storage: Storage,
    managed_fields: bool,
) -> Result<Decoded, DecodeError> {
    let unknown =
        envelope::parse_unknown(body).map_err(|detail| DecodeError::Envelope { detail })?;
    let api_version = String::from_utf8_lossy(unknown.api_version).into_owned();
    let kind = String::from_utf8_lossy(unknown.kind).into_owned();
    if !unknown.content_encoding.is_empty() {
        return Err(DecodeError::Envelope {
            detail: format!(
                "content encoding {:?} is not supported",
                String::from_utf8_lossy(unknown.content_encoding)
            ),
        });
    }
    if !unknown.content_type.is_empty()
        && unknown.content_type != b"application/vnd.kubernetes.protobuf"
    {
        if unknown.content_type == b"application/json" {
            let storage = match storage {
                Storage::Protobuf => Storage::Json,
                s => s,
            };
            return decode_json(unknown.raw, mod_revision, storage);
        }
        return Err(DecodeError::Envelope {
            detail: format!(
                "content type {:?} is not supported",
                String::from_utf8_lossy(unknown.content_type)
            ),
        });
    }
    let Some(k) = protobuf::schema::kind(&api_version, &kind) else {
        return Err(DecodeError::SchemaUnknown {
            api_version,
            kind,
            storage,
        });
    };
    let mut object =
        protobuf::render_object_with(k.message, unknown.raw, managed_fields).map_err(|error| {
            DecodeError::Protobuf {
                api_version: api_version.clone(),
                kind: kind.clone(),
                error,
            }
        })?;
    object.insert("kind".into(), Value::String(kind.clone()));
    object.insert("apiVersion".into(), Value::String(api_version.clone()));
    defaults::apply(&api_version, &kind, &mut object);
    set_resource_version(&mut object, mod_revision);
    Ok(Decoded {
        object: Value::Object(object),
        api_version,
        kind,
        storage,
    })
}

fn decode_json(value: &[u8], mod_revision: i64, storage: Storage) -> Result<Decoded, DecodeError> {
    let parsed: Value = serde_json::from_slice(value).map_err(|e| DecodeError::Json {
        detail: e.to_string(),
    })?;
    let Value::Object(mut object) = parsed else {
        return Err(DecodeError::Json {
            detail: "not a JSON object".into(),
        });
    };
    let text = |o: &Map<String, Value>, k: &str| {
        o.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    if text(&object, "apiVersion") == "apiextensions.k8s.io/v1beta1"
        && text(&object, "kind") == "CustomResourceDefinition"
    {
        json::crd_v1beta1_to_v1(&mut object);
    }
    let (api_version, kind) = (text(&object, "apiVersion"), text(&object, "kind"));
    defaults::apply(&api_version, &kind, &mut object);
    set_resource_version(&mut object, mod_revision);
    Ok(Decoded {
        object: Value::Object(object),
        api_version,
        kind,
        storage,
    })
}

/// Stored objects carry no resourceVersion: kube-apiserver fills in the key's
/// mod revision when it reads them.
fn set_resource_version(object: &mut Map<String, Value>, mod_revision: i64) {
    if mod_revision <= 0 {
        return;
    }
    let metadata = object
        .entry("metadata")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(metadata) = metadata {
        metadata.insert(
            "resourceVersion".into(),
            Value::String(mod_revision.to_string()),
        );
    }
}

/// Fuzzing entry point (also used by the mutation tests): every public function on
/// arbitrary bytes; the only requirement is "no panic, no hang".
pub fn exercise(data: &[u8]) {
    let _ = classify(data);
    let _ = decode(b"/registry/secrets/default/x", data, 7, None);
    let _ = envelope::encrypted_prefix(data);
    if let Some(body) = data.strip_prefix(envelope::PROTOBUF_MAGIC) {
        let _ = envelope::parse_unknown(body);
    }
    let _ = quantity::canonical(&String::from_utf8_lossy(data));
    // Every kind's schema on the same bytes reaches the renderer's deep paths that a
    // valid envelope would not.
    if let Some(first) = data.first() {
        let kinds = protobuf::schema::kinds();
        let k = &kinds[usize::from(*first) % kinds.len()];
        let _ = protobuf::render_object(k.message, &data[1..]);
    }
    if let Some(config) = fuzz_config() {
        let _ = decode(b"/registry/secrets/default/x", data, 7, Some(config));
        let _ = config.decrypt(b"/registry/secrets/default/x", data);
    }
    let _ = EncryptionConfig::from_yaml(data);
}

/// A fixed configuration with one key per provider, so fuzzed `k8s:enc:` values
/// reach the ciphers.
fn fuzz_config() -> Option<&'static EncryptionConfig> {
    static CONFIG: std::sync::OnceLock<Option<EncryptionConfig>> = std::sync::OnceLock::new();
    CONFIG
        .get_or_init(|| {
            EncryptionConfig::from_yaml(
                b"kind: EncryptionConfiguration\napiVersion: apiserver.config.k8s.io/v1\nresources:\n- resources: [secrets]\n  providers:\n  - secretbox: {keys: [{name: key3, secret: oYvofj/pwbYQUcsNhV2gAEN9JM1OR5iBEoJj9bP4Dlc=}]}\n  - aescbc: {keys: [{name: key1, secret: Ye9a9LUgVywLmoNIfYop+DJiJebh5Cw8SY2SrBx50Bg=}]}\n  - aesgcm: {keys: [{name: key2, secret: PUHOB4DqqbGEdBx0zfQjQTzAdelJ/6TIRk25F9ZbD2Q=}]}\n  - identity: {}\n",
            )
            .ok()
        })
        .as_ref()
}
