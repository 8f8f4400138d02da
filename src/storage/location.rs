//! A backup destination or source, from what the user typed: a plain path, `file://PATH`,
//! or an object-store URL. A trailing `/` means "a folder": the caller picks the name.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, RetryConfig};

/// Where a backup is (or goes).
pub enum Location {
    Local { path: PathBuf, dir: bool },
    Remote(Remote),
}

/// An object (or a prefix, when `dir`) in a bucket or container.
#[derive(Clone)]
pub struct Remote {
    /// `scheme://bucket` as the user wrote it, to print names the user recognises.
    pub base: String,
    pub store: Arc<dyn ObjectStore>,
    pub key: ObjectPath,
    pub dir: bool,
}

const SCHEMES: &str = "s3://BUCKET/PREFIX/, gs://BUCKET/PREFIX/, azblob://CONTAINER/PREFIX/ (also az://), file:///PATH, or a plain path";

/// Whether `s` is a URL rather than a file name (`scheme://…`).
pub fn is_url(s: &str) -> bool {
    s.split_once("://").is_some_and(|(scheme, _)| {
        !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

pub fn parse(s: &str) -> Result<Location> {
    let dir = s.ends_with('/');
    if !is_url(s) {
        return Ok(Location::Local {
            path: PathBuf::from(s),
            dir,
        });
    }
    let (scheme, rest) = s.split_once("://").unwrap_or_default();
    let scheme = scheme.to_ascii_lowercase();
    if scheme == "file" {
        return Ok(Location::Local {
            path: PathBuf::from(rest),
            dir,
        });
    }
    let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
    if bucket.is_empty() {
        return Err(anyhow!("{s}: no bucket in the URL (expected {SCHEMES})"));
    }
    let key = key.trim_matches('/');
    let key = ObjectPath::parse(key).with_context(|| format!("{s}: not a valid object name"))?;
    let store: Arc<dyn ObjectStore> = match scheme.as_str() {
        "s3" | "s3a" => Arc::new(s3(bucket)?),
        "gs" => Arc::new(
            object_store::gcp::GoogleCloudStorageBuilder::from_env()
                .with_bucket_name(bucket)
                .with_retry(retry())
                .build()
                .with_context(|| format!("cannot use {s}: Google Cloud Storage settings (GOOGLE_SERVICE_ACCOUNT, GOOGLE_APPLICATION_CREDENTIALS)"))?,
        ),
        "azblob" | "az" | "azure" => Arc::new(
            object_store::azure::MicrosoftAzureBuilder::from_env()
                .with_container_name(bucket)
                .with_retry(retry())
                .build()
                .with_context(|| format!("cannot use {s}: Azure settings (AZURE_STORAGE_ACCOUNT_NAME and AZURE_STORAGE_ACCOUNT_KEY, or a SAS/identity)"))?,
        ),
        other => {
            return Err(anyhow!(
                "{s}: unsupported scheme {other}:// (use {SCHEMES})"
            ))
        }
    };
    Ok(Location::Remote(Remote {
        base: format!("{scheme}://{bucket}"),
        store,
        key,
        dir,
    }))
}

/// An S3 client configured as the AWS CLI would be: AWS_* variables first, then the
/// profile (AWS_PROFILE, ~/.aws/credentials and ~/.aws/config). A custom endpoint
/// (AWS_ENDPOINT_URL, for MinIO, Ceph, R2…) uses path-style requests, as those servers
/// expect; an `http://` endpoint is allowed because the user named it.
fn s3(bucket: &str) -> Result<object_store::aws::AmazonS3> {
    let mut builder = object_store::aws::AmazonS3Builder::from_env()
        .with_bucket_name(bucket)
        .with_retry(retry());
    let profile = super::aws_profile::load();
    if std::env::var_os("AWS_ACCESS_KEY_ID").is_none() {
        if let Some(creds) = &profile.credentials {
            builder = builder
                .with_access_key_id(&creds.access_key_id)
                .with_secret_access_key(&creds.secret_access_key);
            if let Some(token) = &creds.session_token {
                builder = builder.with_token(token);
            }
        }
    }
    if std::env::var_os("AWS_REGION").is_none() && std::env::var_os("AWS_DEFAULT_REGION").is_none()
    {
        if let Some(region) = &profile.region {
            builder = builder.with_region(region);
        }
    }
    let endpoint = std::env::var("AWS_ENDPOINT_URL_S3")
        .or_else(|_| std::env::var("AWS_ENDPOINT_URL"))
        .or_else(|_| std::env::var("AWS_ENDPOINT"))
        .ok()
        .or(profile.endpoint_url);
    if let Some(endpoint) = endpoint {
        builder = builder
            .with_endpoint(&endpoint)
            .with_allow_http(endpoint.starts_with("http://"));
    }
    builder
        .build()
        .context("invalid S3 settings (AWS_* variables or the AWS profile)")
}

/// A few quick retries: a backup job should fail clearly rather than hang for minutes.
fn retry() -> RetryConfig {
    RetryConfig {
        max_retries: 3,
        retry_timeout: Duration::from_secs(30),
        ..RetryConfig::default()
    }
}

impl Remote {
    /// The object `name` under this prefix.
    pub fn child(&self, name: &str) -> Remote {
        Remote {
            key: self.key.clone().join(name),
            dir: false,
            ..self.clone()
        }
    }

    /// The URL of this object, as the user would type it.
    pub fn url(&self) -> String {
        let key = self.key.as_ref();
        match (key.is_empty(), self.dir) {
            (true, _) => format!("{}/", self.base),
            (false, true) => format!("{}/{key}/", self.base),
            (false, false) => format!("{}/{key}", self.base),
        }
    }
}

/// An object-store error in one line: the server's own code and message when it sent an
/// S3/Azure-style XML error (`NoSuchBucket: The specified bucket does not exist`), else
/// the innermost cause (object_store repeats the response at every level).
pub fn describe(e: &object_store::Error) -> String {
    let text = e.to_string();
    let tag = |name: &str| {
        let open = format!("<{name}>");
        let start = text.find(&open)? + open.len();
        let end = text[start..].find(&format!("</{name}>"))? + start;
        Some(text[start..end].to_string())
    };
    if let Some(code) = tag("Code") {
        let status = text
            .find("status code: ")
            .map(|i| {
                text[i + 13..]
                    .split(':')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_string()
            })
            .unwrap_or_default();
        let msg = tag("Message").unwrap_or_default();
        return format!("the server answered {status} {code}: {msg}").replace("  ", " ");
    }
    if matches!(
        e,
        object_store::Error::PermissionDenied { .. } | object_store::Error::Unauthenticated { .. }
    ) {
        return format!(
            "access denied: the server refused these credentials ({})",
            text.rsplit(": ")
                .find(|p| !p.trim().is_empty())
                .unwrap_or("403")
                .trim()
        );
    }
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

/// What the user should do about an object-store error.
pub fn hint(e: &object_store::Error) -> &'static str {
    let text = e.to_string();
    if text.contains("NoSuchBucket") || text.contains("ContainerNotFound") {
        return "the bucket does not exist (the container, for azblob://): create it (`aws s3 mb s3://BUCKET`, `gcloud storage buckets create gs://BUCKET`, `az storage container create --name CONTAINER`) or fix its name in the URL";
    }
    if [
        "InvalidAccessKeyId",
        "SignatureDoesNotMatch",
        "AccessDenied",
        "AuthenticationFailed",
        // Azure (and Azurite) for a request whose signature does not match the account key.
        "AuthorizationFailure",
        "ExpiredToken",
    ]
    .iter()
    .any(|c| text.contains(c))
    {
        return "check the credentials: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE (S3), GOOGLE_APPLICATION_CREDENTIALS (gs), AZURE_STORAGE_ACCOUNT_KEY (azblob), and that they may write to the bucket";
    }
    match e {
        object_store::Error::NotFound { .. } => {
            "check the bucket and object name (`kubectl etcd snapshot list URL/` shows what is there)"
        }
        object_store::Error::PermissionDenied { .. } | object_store::Error::Unauthenticated { .. } => {
            "check the credentials: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE (S3), GOOGLE_APPLICATION_CREDENTIALS (gs), AZURE_STORAGE_ACCOUNT_KEY (azblob), and that they may write to the bucket"
        }
        _ => "check the URL, the endpoint (AWS_ENDPOINT_URL for S3-compatible servers, gcs_base_url in GOOGLE_SERVICE_ACCOUNT's file for GCS emulators, AZURITE_BLOB_STORAGE_URL for Azurite) and the network",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_paths() {
        assert!(is_url("s3://b/k"));
        assert!(!is_url("backup.db"));
        assert!(!is_url("./weird://name"));
        match parse("backups/").unwrap() {
            Location::Local { path, dir } => {
                assert!(dir && path == std::path::Path::new("backups/"))
            }
            _ => panic!(),
        }
        match parse("file:///var/b.db").unwrap() {
            Location::Local { path, dir } => {
                assert!(!dir && path == std::path::Path::new("/var/b.db"))
            }
            _ => panic!(),
        }
        std::env::set_var("AWS_REGION", "us-east-1");
        match parse("s3://bucket/etcd/prod/").unwrap() {
            Location::Remote(r) => {
                assert!(r.dir);
                assert_eq!(r.key.as_ref(), "etcd/prod");
                assert_eq!(r.url(), "s3://bucket/etcd/prod/");
                assert_eq!(r.child("a.db").url(), "s3://bucket/etcd/prod/a.db");
            }
            _ => panic!(),
        }
        assert!(parse("ftp://host/x")
            .err()
            .is_some_and(|e| e.to_string().contains("unsupported scheme")));
        assert!(parse("s3:///x").is_err());
    }
}
