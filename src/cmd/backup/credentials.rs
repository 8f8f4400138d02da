//! `--credentials-from-env`: the destination's credentials in this shell, as the Secret's
//! data. Only variables the object-store clients read (AWS_*, GOOGLE_*, AZURE_*), and
//! nothing that names a file on this machine (the pod could not read it) except Google's
//! service-account file, whose content is what the pod needs.

use std::collections::BTreeMap;

use anyhow::Result;

use crate::exit::{Code, Failure};

const PREFIXES: [&str; 3] = ["AWS_", "GOOGLE_", "AZURE_"];

/// Variables that point at files here; the pod has none of them.
const FILE_VARS: [&str; 4] = [
    "AWS_SHARED_CREDENTIALS_FILE",
    "AWS_CONFIG_FILE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AZURE_FEDERATED_TOKEN_FILE",
];

pub fn from_env(vars: impl Iterator<Item = (String, String)>) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let mut notes = vec![];
    for (k, v) in vars {
        if !PREFIXES.iter().any(|p| k.starts_with(p)) || v.is_empty() {
            continue;
        }
        if FILE_VARS.contains(&k.as_str()) {
            notes.push(k);
            continue;
        }
        match k.as_str() {
            "AWS_PROFILE" => {
                return Err(Failure::new(
                    Code::BadArgs,
                    "AWS_PROFILE names a profile in this machine's ~/.aws files, which the backup pod cannot read",
                )
                .hint("export the profile's keys instead (eval \"$(aws configure export-credentials --format env)\"), or use --credentials-secret")
                .into());
            }
            "GOOGLE_APPLICATION_CREDENTIALS"
            | "GOOGLE_SERVICE_ACCOUNT"
            | "GOOGLE_SERVICE_ACCOUNT_PATH" => {
                let json = std::fs::read_to_string(&v).map_err(|e| {
                    Failure::new(Code::BadArgs, format!("cannot read {k}={v}: {e}"))
                })?;
                out.insert("GOOGLE_SERVICE_ACCOUNT_KEY".to_string(), json);
            }
            _ => {
                out.insert(k, v);
            }
        }
    }
    if out.is_empty() {
        return Err(Failure::new(
            Code::BadArgs,
            "--credentials-from-env: no AWS_*, GOOGLE_* or AZURE_* variable is set",
        )
        .hint("export e.g. AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_REGION (and AWS_ENDPOINT_URL for S3-compatible servers), or name an existing Secret with --credentials-secret")
        .into());
    }
    if !notes.is_empty() {
        eprintln!(
            "Not copied into the Secret (they name files on this machine): {}",
            notes.join(", ")
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(v: &[(&str, &str)]) -> impl Iterator<Item = (String, String)> {
        v.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn takes_only_storage_variables() {
        let got = from_env(vars(&[
            ("AWS_ACCESS_KEY_ID", "AKIA"),
            ("AWS_SECRET_ACCESS_KEY", "s"),
            ("AWS_CONFIG_FILE", "/home/me/.aws/config"),
            ("HOME", "/home/me"),
            ("AZURE_STORAGE_ACCOUNT_NAME", ""),
        ]))
        .unwrap();
        assert_eq!(
            got.keys().collect::<Vec<_>>(),
            ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]
        );
        assert!(from_env(vars(&[("HOME", "/")])).is_err());
        assert!(from_env(vars(&[("AWS_PROFILE", "prod")])).is_err());
    }
}
