//! Object storage in etcd, as kube-apiserver does it: JSON values under
//! `/registry/<resource>/<namespace>/<name>`, no resourceVersion stored, resourceVersion =
//! the key's mod_revision when read.

use std::time::Duration;

use anyhow::Result;
use etcd_client::{
    Certificate, Client, Compare, CompareOp, ConnectOptions, DeleteOptions, EventType, GetOptions,
    Identity, PutOptions, TlsOptions, Txn, TxnOp, TxnOpResponse, WatchOptions,
};
use serde_json::Value;

/// Why a storage operation failed.
#[derive(Debug)]
pub enum StoreError {
    /// The key exists already (create).
    Exists,
    /// The key does not exist (update/get).
    NotFound,
    /// The object changed since the given resourceVersion (update).
    Conflict,
    /// etcd did not answer in time.
    Timeout,
    /// Any other etcd error.
    Etcd(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Exists => write!(f, "already exists"),
            StoreError::NotFound => write!(f, "not found"),
            StoreError::Conflict => write!(f, "conflict"),
            StoreError::Timeout => write!(f, "etcd request timed out"),
            StoreError::Etcd(e) => write!(f, "{e}"),
        }
    }
}
impl std::error::Error for StoreError {}

pub type SResult<T> = std::result::Result<T, StoreError>;

/// A stored object and its resourceVersion (the key's mod_revision).
#[derive(Clone, Debug)]
pub struct Stored {
    pub key: String,
    pub obj: Value,
    pub rev: i64,
}

/// One change seen by a watch.
#[derive(Clone, Debug)]
pub enum Change {
    Put {
        key: String,
        obj: Value,
        rev: i64,
        prev: Option<Value>,
    },
    Delete {
        key: String,
        rev: i64,
        prev: Option<Value>,
    },
}

#[derive(Clone)]
pub struct Store {
    client: Client,
    timeout: Duration,
}

fn decode(v: &[u8]) -> Value {
    serde_json::from_slice(v).unwrap_or(Value::Null)
}

/// Sets `metadata.resourceVersion` on an object (string, as the API shows it).
pub fn set_rv(obj: &mut Value, rev: i64) {
    if let Some(m) = obj.get_mut("metadata").and_then(|m| m.as_object_mut()) {
        m.insert("resourceVersion".into(), Value::String(rev.to_string()));
    }
}

/// The object as stored: without metadata.resourceVersion.
fn encode(obj: &Value) -> Vec<u8> {
    let mut o = obj.clone();
    if let Some(m) = o.get_mut("metadata").and_then(|m| m.as_object_mut()) {
        m.remove("resourceVersion");
    }
    crate::go_json::to_vec(&o)
}

fn is_transient(e: &etcd_client::Error) -> bool {
    match e {
        // tonic codes: 2 Unknown, 4 DeadlineExceeded, 14 Unavailable.
        etcd_client::Error::GRpcStatus(s) => {
            matches!(s.code() as i32, 2 | 4 | 14)
                || s.message().contains("leader")
                || s.message().contains("timed out")
        }
        etcd_client::Error::TransportError(_) | etcd_client::Error::IoError(_) => true,
        _ => false,
    }
}

impl Store {
    /// Connects (lazily) to the etcd endpoints with a client certificate, like kube-apiserver's
    /// `--etcd-servers/--etcd-cafile/--etcd-certfile/--etcd-keyfile`.
    pub async fn connect(
        endpoints: &[String],
        ca_pem: &str,
        cert_pem: &str,
        key_pem: &str,
        timeout: Duration,
    ) -> Result<Store> {
        let tls = TlsOptions::new()
            .ca_certificate(Certificate::from_pem(ca_pem))
            .identity(Identity::from_pem(cert_pem, key_pem));
        let opts = ConnectOptions::new()
            .with_tls(tls)
            .with_connect_timeout(Duration::from_secs(2))
            .with_keep_alive(Duration::from_secs(5), Duration::from_secs(5));
        let client = Client::connect(endpoints, Some(opts)).await?;
        Ok(Store { client, timeout })
    }

    /// The same store with another per-operation timeout.
    pub fn with_timeout(&self, timeout: Duration) -> Store {
        Store {
            client: self.client.clone(),
            timeout,
        }
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Runs `op` until it succeeds, fails for good, or the timeout elapses; transient errors
    /// (etcd down, restarting, no leader) are retried as kube-apiserver's etcd client does.
    async fn run<T, F, Fut>(&self, mut op: F) -> SResult<T>
    where
        F: FnMut(Client) -> Fut,
        Fut: std::future::Future<Output = std::result::Result<T, etcd_client::Error>>,
    {
        let deadline = tokio::time::Instant::now() + self.timeout;
        loop {
            let remaining = deadline.saturating_duration_since(tokio::time::Instant::now());
            if remaining.is_zero() {
                return Err(StoreError::Timeout);
            }
            match tokio::time::timeout(remaining, op(self.client.clone())).await {
                Err(_) => return Err(StoreError::Timeout),
                Ok(Ok(v)) => return Ok(v),
                Ok(Err(e)) if is_transient(&e) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
                Ok(Err(e)) => return Err(StoreError::Etcd(e.to_string())),
            }
        }
    }

    pub async fn get(&self, key: &str) -> SResult<Option<Stored>> {
        let k = key.to_string();
        let resp = self
            .run(|mut c| {
                let k = k.clone();
                async move { c.get(k, None).await }
            })
            .await?;
        Ok(resp.kvs().first().map(|kv| {
            let mut obj = decode(kv.value());
            set_rv(&mut obj, kv.mod_revision());
            Stored {
                key: key.to_string(),
                obj,
                rev: kv.mod_revision(),
            }
        }))
    }

    /// All objects under `prefix` and the store revision of the read.
    pub async fn list(&self, prefix: &str) -> SResult<(Vec<Stored>, i64)> {
        let p = prefix.to_string();
        let resp = self
            .run(|mut c| {
                let p = p.clone();
                async move { c.get(p, Some(GetOptions::new().with_prefix())).await }
            })
            .await?;
        let rev = resp.header().map(|h| h.revision()).unwrap_or(0);
        let items = resp
            .kvs()
            .iter()
            .map(|kv| {
                let mut obj = decode(kv.value());
                set_rv(&mut obj, kv.mod_revision());
                Stored {
                    key: String::from_utf8_lossy(kv.key()).into_owned(),
                    obj,
                    rev: kv.mod_revision(),
                }
            })
            .collect();
        Ok((items, rev))
    }

    /// Current revision of the store.
    pub async fn revision(&self) -> SResult<i64> {
        let resp = self
            .run(|mut c| async move {
                c.get(
                    "/registry/",
                    Some(
                        GetOptions::new()
                            .with_prefix()
                            .with_keys_only()
                            .with_limit(1),
                    ),
                )
                .await
            })
            .await?;
        Ok(resp.header().map(|h| h.revision()).unwrap_or(0))
    }

    /// Creates `key`; fails with `Exists` if it is there already.
    pub async fn create(&self, key: &str, obj: &Value) -> SResult<Value> {
        let k = key.to_string();
        let val = encode(obj);
        let resp = self
            .run(|mut c| {
                let txn = Txn::new()
                    .when([Compare::create_revision(k.clone(), CompareOp::Equal, 0)])
                    .and_then([TxnOp::put(k.clone(), val.clone(), None)]);
                async move { c.txn(txn).await }
            })
            .await?;
        if !resp.succeeded() {
            return Err(StoreError::Exists);
        }
        let rev = resp.header().map(|h| h.revision()).unwrap_or(0);
        let mut out = obj.clone();
        set_rv(&mut out, rev);
        Ok(out)
    }

    /// Replaces `key` if its mod_revision is `expect_rev` (any revision if `None`); the key must
    /// exist.
    pub async fn update(&self, key: &str, obj: &Value, expect_rev: Option<i64>) -> SResult<Value> {
        let k = key.to_string();
        let val = encode(obj);
        let resp = self
            .run(|mut c| {
                let cmp = match expect_rev {
                    Some(r) => Compare::mod_revision(k.clone(), CompareOp::Equal, r),
                    None => Compare::create_revision(k.clone(), CompareOp::Greater, 0),
                };
                let txn = Txn::new()
                    .when([cmp])
                    .and_then([TxnOp::put(k.clone(), val.clone(), Some(PutOptions::new()))])
                    .or_else([TxnOp::get(k.clone(), None)]);
                async move { c.txn(txn).await }
            })
            .await?;
        if !resp.succeeded() {
            let exists = resp.op_responses().iter().any(|r| match r {
                TxnOpResponse::Get(g) => !g.kvs().is_empty(),
                _ => false,
            });
            return Err(if exists {
                StoreError::Conflict
            } else {
                StoreError::NotFound
            });
        }
        let rev = resp.header().map(|h| h.revision()).unwrap_or(0);
        let mut out = obj.clone();
        set_rv(&mut out, rev);
        Ok(out)
    }

    /// Deletes `key`, returning the object as it was (resourceVersion = the deletion revision).
    pub async fn delete(&self, key: &str) -> SResult<Option<Value>> {
        let k = key.to_string();
        let resp = self
            .run(|mut c| {
                let k = k.clone();
                async move {
                    c.delete(k, Some(DeleteOptions::new().with_prev_key()))
                        .await
                }
            })
            .await?;
        let rev = resp.header().map(|h| h.revision()).unwrap_or(0);
        Ok(resp.prev_kvs().first().map(|kv| {
            let mut obj = decode(kv.value());
            set_rv(&mut obj, rev);
            obj
        }))
    }

    /// Deletes every key under `prefix`.
    pub async fn delete_prefix(&self, prefix: &str) -> SResult<()> {
        let p = prefix.to_string();
        self.run(|mut c| {
            let p = p.clone();
            async move { c.delete(p, Some(DeleteOptions::new().with_prefix())).await }
        })
        .await?;
        Ok(())
    }

    /// Watches `prefix` from revision `from` (inclusive). Changes arrive on the returned
    /// channel; the channel closes when the watch breaks (etcd restart, compaction...).
    pub async fn watch(
        &self,
        prefix: &str,
        from: i64,
    ) -> SResult<tokio::sync::mpsc::Receiver<Change>> {
        let p = prefix.to_string();
        let mut stream = self
            .run(|mut c| {
                let p = p.clone();
                async move {
                    c.watch(
                        p,
                        Some(
                            WatchOptions::new()
                                .with_prefix()
                                .with_start_revision(from)
                                .with_prev_key(),
                        ),
                    )
                    .await
                }
            })
            .await?;
        let (tx, rx) = tokio::sync::mpsc::channel(256);
        tokio::spawn(async move {
            loop {
                let msg = tokio::select! {
                    m = stream.message() => m,
                    _ = tx.closed() => break,
                };
                let resp = match msg {
                    Ok(Some(r)) => r,
                    _ => break,
                };
                if resp.canceled() || resp.compact_revision() != 0 {
                    break;
                }
                for ev in resp.events() {
                    let Some(kv) = ev.kv() else { continue };
                    let key = String::from_utf8_lossy(kv.key()).into_owned();
                    let prev = ev.prev_kv().map(|p| {
                        let mut o = decode(p.value());
                        set_rv(&mut o, p.mod_revision());
                        o
                    });
                    let ch = match ev.event_type() {
                        EventType::Put => {
                            let mut obj = decode(kv.value());
                            set_rv(&mut obj, kv.mod_revision());
                            Change::Put {
                                key,
                                obj,
                                rev: kv.mod_revision(),
                                prev,
                            }
                        }
                        EventType::Delete => Change::Delete {
                            key,
                            rev: kv.mod_revision(),
                            prev,
                        },
                    };
                    if tx.send(ch).await.is_err() {
                        return;
                    }
                }
            }
        });
        Ok(rx)
    }
}
