//! `secrets-audit`: the CKS question "are my Secrets encrypted at rest?", answered from
//! etcd itself (what the API server shows is always decrypted, so it cannot tell).

use anyhow::Result;
use serde::Serialize;

use super::{emit, emit_doc, Ctx};
use crate::cli::AuditArgs;
use crate::decode::{classify, Envelope};
use crate::etcd::keyrange;
use crate::exit::{Code, Failure};
use crate::output::{table, Format};

#[derive(Debug, Serialize)]
struct SecretStorage {
    namespace: String,
    name: String,
    /// `plaintext`, or the provider (aescbc, aesgcm, secretbox, kms).
    storage: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    key: String,
}

pub async fn run(ctx: &Ctx, args: AuditArgs) -> Result<Code> {
    let (key, end) = keyrange::range(b"/registry/secrets/", None, true, false);
    let range = super::get::read_all(ctx, key, end, args.snapshot.as_deref()).await?;
    let rows: Vec<SecretStorage> = range
        .kvs
        .iter()
        .map(|kv| {
            let path = String::from_utf8_lossy(&kv.key);
            let mut parts = path.trim_start_matches("/registry/secrets/").splitn(2, '/');
            let namespace = parts.next().unwrap_or_default().to_string();
            let name = parts.next().unwrap_or_default().to_string();
            let (storage, key) = match classify(&kv.value) {
                Envelope::Encrypted {
                    provider,
                    version,
                    key_name,
                } if provider == "kms" => (format!("kms {version}"), key_name.to_string()),
                Envelope::Encrypted {
                    provider, key_name, ..
                } => (provider.to_string(), key_name.to_string()),
                _ => ("plaintext".to_string(), String::new()),
            };
            SecretStorage {
                namespace,
                name,
                storage,
                key,
            }
        })
        .collect();
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &rows)?,
        Format::Simple | Format::Table | Format::Fields => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.namespace.clone(),
                        r.name.clone(),
                        r.storage.clone(),
                        r.key.clone(),
                    ]
                })
                .collect();
            emit(table::render_left(
                &["NAMESPACE", "NAME", "STORAGE", "KEY"],
                &cells,
            ))?;
        }
    }
    let plaintext = rows.iter().filter(|r| r.storage == "plaintext").count();
    let mut by: std::collections::BTreeMap<String, usize> = Default::default();
    for r in &rows {
        *by.entry(if r.key.is_empty() {
            r.storage.clone()
        } else {
            format!("{} {}", r.storage, r.key)
        })
        .or_default() += 1;
    }
    let summary: Vec<String> = by.iter().map(|(k, n)| format!("{n} {k}")).collect();
    eprintln!("{} Secrets: {}", rows.len(), summary.join(", "));
    if plaintext > 0 {
        return Err(Failure::new(Code::Error, format!("{plaintext} of {} Secrets are stored in plaintext", rows.len()))
            .hint("enable encryption at rest (kube-apiserver --encryption-provider-config), then rewrite every Secret: kubectl get secrets -A -o json | kubectl replace -f -")
            .into());
    }
    Ok(Code::Success)
}
