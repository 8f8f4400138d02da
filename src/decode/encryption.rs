//! Encryption at rest: the apiserver's EncryptionConfiguration and offline
//! decryption of `k8s:enc:…` values (aescbc, aesgcm, secretbox). KMS values need
//! the external KMS plugin and are reported as such.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use base64::Engine as _;
use cbc::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};
use serde::Deserialize;

use super::envelope::encrypted_prefix;
use super::DecodeError;

/// A parsed `apiserver.config.k8s.io/v1` EncryptionConfiguration.
#[derive(Clone)]
pub struct EncryptionConfig {
    rules: Vec<Rule>,
}

impl std::fmt::Debug for EncryptionConfig {
    // Never print key material.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let keys: Vec<String> = self
            .rules
            .iter()
            .flat_map(|r| {
                r.keys
                    .iter()
                    .map(|k| format!("{}:{}", k.provider.name(), k.name))
            })
            .collect();
        f.debug_struct("EncryptionConfig")
            .field("keys", &keys)
            .finish()
    }
}

#[derive(Clone)]
struct Rule {
    /// As written: "secrets", "widgets.example.com", "*.apps", "*.*", "*.".
    resources: Vec<String>,
    keys: Vec<Key>,
    kms: Vec<String>,
}

#[derive(Clone)]
struct Key {
    provider: Provider,
    name: String,
    secret: Vec<u8>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Provider {
    AesCbc,
    AesGcm,
    Secretbox,
}

impl Provider {
    fn name(self) -> &'static str {
        match self {
            Provider::AesCbc => "aescbc",
            Provider::AesGcm => "aesgcm",
            Provider::Secretbox => "secretbox",
        }
    }

    fn from_name(name: &[u8]) -> Option<Self> {
        match name {
            b"aescbc" => Some(Provider::AesCbc),
            b"aesgcm" => Some(Provider::AesGcm),
            b"secretbox" => Some(Provider::Secretbox),
            _ => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EncryptionConfigError {
    #[error("not valid YAML for an EncryptionConfiguration: {0}")]
    Yaml(#[from] serde_yaml::Error),
    #[error("kind is {0:?}, expected EncryptionConfiguration (apiserver.config.k8s.io/v1)")]
    WrongKind(String),
    #[error("{provider} key {name:?}: secret is not valid base64")]
    Base64 {
        provider: &'static str,
        name: String,
    },
    #[error("{provider} key {name:?}: the secret is {len} bytes, expected {expected}")]
    KeyLength {
        provider: &'static str,
        name: String,
        len: usize,
        expected: &'static str,
    },
    #[error("providers[{index}] of resources[{rule}] sets {count} providers; each list item must set exactly one")]
    ProviderCount {
        rule: usize,
        index: usize,
        count: usize,
    },
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawConfig {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    resources: Vec<RawRule>,
}

#[derive(Deserialize)]
struct RawRule {
    #[serde(default)]
    resources: Vec<String>,
    #[serde(default)]
    providers: Vec<RawProvider>,
}

#[derive(Deserialize)]
struct RawProvider {
    aescbc: Option<RawKeys>,
    aesgcm: Option<RawKeys>,
    secretbox: Option<RawKeys>,
    kms: Option<RawKms>,
    identity: Option<serde_yaml::Value>,
}

#[derive(Deserialize)]
struct RawKeys {
    #[serde(default)]
    keys: Vec<RawKey>,
}

#[derive(Deserialize)]
struct RawKey {
    name: String,
    secret: String,
}

#[derive(Deserialize)]
struct RawKms {
    name: String,
}

impl EncryptionConfig {
    /// Parses the file given to kube-apiserver's `--encryption-provider-config`
    /// (also the legacy `kind: EncryptionConfig`).
    pub fn from_yaml(bytes: &[u8]) -> Result<Self, EncryptionConfigError> {
        let raw: RawConfig = serde_yaml::from_slice(bytes)?;
        if !matches!(
            raw.kind.as_str(),
            "EncryptionConfiguration" | "EncryptionConfig"
        ) {
            return Err(EncryptionConfigError::WrongKind(raw.kind));
        }
        let mut rules = Vec::new();
        for (rule_index, r) in raw.resources.into_iter().enumerate() {
            let mut rule = Rule {
                resources: r.resources,
                keys: Vec::new(),
                kms: Vec::new(),
            };
            for (index, p) in r.providers.into_iter().enumerate() {
                let count = [
                    p.aescbc.is_some(),
                    p.aesgcm.is_some(),
                    p.secretbox.is_some(),
                    p.kms.is_some(),
                    p.identity.is_some(),
                ]
                .iter()
                .filter(|x| **x)
                .count();
                if count != 1 {
                    return Err(EncryptionConfigError::ProviderCount {
                        rule: rule_index,
                        index,
                        count,
                    });
                }
                for (provider, keys) in [
                    (Provider::AesCbc, p.aescbc),
                    (Provider::AesGcm, p.aesgcm),
                    (Provider::Secretbox, p.secretbox),
                ] {
                    for k in keys.map(|k| k.keys).unwrap_or_default() {
                        rule.keys.push(Key::new(provider, k)?);
                    }
                }
                if let Some(kms) = p.kms {
                    rule.kms.push(kms.name);
                }
            }
            rules.push(rule);
        }
        Ok(EncryptionConfig { rules })
    }

    /// Decrypts a `k8s:enc:…` value stored under the etcd `key` (aesgcm
    /// authenticates the key, so a value copied to another key does not decrypt).
    /// Returns the plaintext: a `k8s\0` protobuf envelope or JSON.
    pub fn decrypt(&self, key: &[u8], value: &[u8]) -> Result<Vec<u8>, DecodeError> {
        let p = encrypted_prefix(value).ok_or_else(|| DecodeError::Envelope {
            detail: "value starts with k8s:enc: but has no <provider>:<version>:<key name>: prefix"
                .into(),
        })?;
        let provider_name = String::from_utf8_lossy(p.provider).into_owned();
        let key_name = String::from_utf8_lossy(p.key_name).into_owned();
        if p.provider == b"kms" {
            return Err(DecodeError::NeedsKms {
                name: key_name,
                version: String::from_utf8_lossy(p.version).into_owned(),
            });
        }
        let provider =
            Provider::from_name(p.provider).ok_or_else(|| DecodeError::UnsupportedProvider {
                provider: provider_name.clone(),
            })?;
        if p.version != b"v1" {
            return Err(DecodeError::UnsupportedProvider {
                provider: format!("{provider_name}:{}", String::from_utf8_lossy(p.version)),
            });
        }
        // The same key name may exist in several resource rules; the rule for this
        // etcd key's resource is the one kube-apiserver used, so try it first.
        let resource = resource_of(key);
        let mut candidates: Vec<(bool, &Key)> = self
            .rules
            .iter()
            .flat_map(|r| {
                let preferred = r.matches(resource);
                r.keys.iter().map(move |k| (preferred, k))
            })
            .filter(|(_, k)| k.provider == provider && k.name.as_bytes() == p.key_name)
            .collect();
        candidates.sort_by_key(|(preferred, _)| !preferred);
        let mut last_error = None;
        for (_, k) in &candidates {
            match k.decrypt(key, p.payload) {
                Ok(plain) => return Ok(plain),
                Err(reason) => last_error = Some(reason),
            }
        }
        Err(match last_error {
            None => DecodeError::UnknownKey {
                provider: provider_name,
                key_name,
            },
            Some(reason) => DecodeError::Decrypt {
                provider: provider_name,
                key_name,
                reason,
            },
        })
    }

    /// The KMS provider names configured (they cannot be used offline).
    pub fn kms_names(&self) -> Vec<&str> {
        self.rules
            .iter()
            .flat_map(|r| r.kms.iter().map(String::as_str))
            .collect()
    }
}

impl Rule {
    /// Whether this rule names the resource of an etcd key ("secrets", "*.*", …).
    fn matches(&self, resource: Option<&str>) -> bool {
        let Some(resource) = resource else {
            return false;
        };
        self.resources
            .iter()
            .any(|r| r == resource || r == "*.*" || (r == "*." && !resource.contains('.')))
    }
}

/// The resource part of `/registry/<resource>/…` (e.g. "secrets"); a guess for
/// custom prefixes, used only to order candidate keys.
fn resource_of(key: &[u8]) -> Option<&str> {
    let s = std::str::from_utf8(key).ok()?;
    let mut parts = s.trim_start_matches('/').split('/');
    parts.next()?;
    parts.next()
}

impl Key {
    fn new(provider: Provider, raw: RawKey) -> Result<Key, EncryptionConfigError> {
        let secret = base64::engine::general_purpose::STANDARD
            .decode(raw.secret.trim())
            .map_err(|_| EncryptionConfigError::Base64 {
                provider: provider.name(),
                name: raw.name.clone(),
            })?;
        let ok = match provider {
            Provider::AesCbc | Provider::AesGcm => matches!(secret.len(), 16 | 24 | 32),
            Provider::Secretbox => secret.len() == 32,
        };
        if !ok {
            return Err(EncryptionConfigError::KeyLength {
                provider: provider.name(),
                name: raw.name,
                len: secret.len(),
                expected: if provider == Provider::Secretbox {
                    "32"
                } else {
                    "16, 24 or 32"
                },
            });
        }
        Ok(Key {
            provider,
            name: raw.name,
            secret,
        })
    }

    fn decrypt(&self, etcd_key: &[u8], payload: &[u8]) -> Result<Vec<u8>, String> {
        match self.provider {
            Provider::AesCbc => aescbc(&self.secret, payload),
            Provider::AesGcm => aesgcm(&self.secret, etcd_key, payload),
            Provider::Secretbox => secretbox(&self.secret, payload),
        }
    }
}

fn aescbc(secret: &[u8], payload: &[u8]) -> Result<Vec<u8>, String> {
    const IV: usize = 16;
    if payload.len() < 2 * IV || !payload.len().is_multiple_of(IV) {
        return Err(format!(
            "ciphertext is {} bytes; aescbc needs a 16-byte IV plus a non-empty multiple of 16 (value truncated?)",
            payload.len()
        ));
    }
    let (iv, ciphertext) = payload.split_at(IV);
    let bad_key = |_| "the key is not a valid AES key".to_string();
    let plain = match secret.len() {
        16 => cbc::Decryptor::<aes::Aes128>::new_from_slices(secret, iv)
            .map_err(bad_key)?
            .decrypt_padded_vec_mut::<Pkcs7>(ciphertext),
        24 => cbc::Decryptor::<aes::Aes192>::new_from_slices(secret, iv)
            .map_err(bad_key)?
            .decrypt_padded_vec_mut::<Pkcs7>(ciphertext),
        _ => cbc::Decryptor::<aes::Aes256>::new_from_slices(secret, iv)
            .map_err(bad_key)?
            .decrypt_padded_vec_mut::<Pkcs7>(ciphertext),
    }
    .map_err(|_| "bad padding after decryption (wrong key?)".to_string())?;
    // CBC is not authenticated: a wrong key usually fails the padding check, and
    // otherwise yields noise, which is caught here.
    if !(plain.starts_with(super::envelope::PROTOBUF_MAGIC) || plain.first() == Some(&b'{')) {
        return Err("decrypted bytes are not a Kubernetes object (wrong key?)".into());
    }
    Ok(plain)
}

fn aesgcm(secret: &[u8], etcd_key: &[u8], payload: &[u8]) -> Result<Vec<u8>, String> {
    const NONCE: usize = 12;
    const TAG: usize = 16;
    if payload.len() < NONCE + TAG {
        return Err(format!(
            "ciphertext is {} bytes, shorter than nonce and tag (value truncated?)",
            payload.len()
        ));
    }
    let (nonce, ciphertext) = payload.split_at(NONCE);
    let msg = Payload {
        msg: ciphertext,
        aad: etcd_key,
    };
    let nonce = aes_gcm::Nonce::from_slice(nonce);
    let bad_key = |_| "the key is not a valid AES key".to_string();
    let result = match secret.len() {
        16 => aes_gcm::Aes128Gcm::new_from_slice(secret)
            .map_err(bad_key)?
            .decrypt(nonce, msg),
        24 => aes_gcm::AesGcm::<aes::Aes192, aes_gcm::aead::consts::U12>::new_from_slice(secret)
            .map_err(bad_key)?
            .decrypt(nonce, msg),
        _ => aes_gcm::Aes256Gcm::new_from_slice(secret)
            .map_err(bad_key)?
            .decrypt(nonce, msg),
    };
    result.map_err(|_| {
        "authentication failed (wrong key, or the value was moved from another etcd key: aesgcm binds it to its key)"
            .to_string()
    })
}

fn secretbox(secret: &[u8], payload: &[u8]) -> Result<Vec<u8>, String> {
    use crypto_secretbox::{Nonce, XSalsa20Poly1305};
    const NONCE: usize = 24;
    const TAG: usize = 16;
    if payload.len() < NONCE + TAG {
        return Err(format!(
            "ciphertext is {} bytes, shorter than nonce and tag (value truncated?)",
            payload.len()
        ));
    }
    let (nonce, ciphertext) = payload.split_at(NONCE);
    let cipher = XSalsa20Poly1305::new_from_slice(secret)
        .map_err(|_| "the key is not 32 bytes".to_string())?;
    cipher
        .decrypt(Nonce::from_slice(nonce), ciphertext)
        .map_err(|_| "authentication failed (wrong key?)".to_string())
}
