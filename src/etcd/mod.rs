//! etcd access: endpoints, TLS, connections, and the requests the commands make.
//!
//! Nothing here prints. Commands get a [`Target`] (what to connect to and how) and ask it
//! for clients; responses go back to the command for the printer.

pub mod connect;
pub mod endpoint;
pub mod hashkv;
pub mod keyrange;
pub mod membership;
pub mod tls;

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use etcd_client::Client;

pub use connect::ConnectError;
pub use endpoint::Endpoint;

/// Where etcd is and how to talk to it.
#[derive(Clone)]
pub struct Target {
    pub endpoints: Vec<Endpoint>,
    /// Members found through the kubeconfig (vs. `--endpoints`).
    pub cluster_mode: bool,
    dialer: connect::Dialer,
    /// Per-request limit; `None` = etcdctl's 5 s default for unary requests.
    pub command_timeout: Option<Duration>,
}

/// etcdctl's default `--command-timeout`.
pub const DEFAULT_COMMAND_TIMEOUT: Duration = Duration::from_secs(5);

/// `--endpoints` values, with etcdctl's rule for bare `host:port` (TLS iff a TLS flag is set).
pub fn parse_endpoints(urls: &[String], material: &tls::TlsMaterial) -> Result<Vec<Endpoint>> {
    let tls_configured =
        material.ca.is_some() || material.cert.is_some() || material.insecure_skip_verify;
    Ok(urls
        .iter()
        .map(|e| Endpoint::parse(e, tls_configured))
        .collect::<Result<Vec<_>, _>>()?)
}

impl Target {
    pub fn new(
        endpoints: Vec<Endpoint>,
        material: &tls::TlsMaterial,
        dial_timeout: Duration,
        command_timeout: Option<Duration>,
        cluster_mode: bool,
    ) -> Result<Self> {
        let tls = if endpoints.iter().any(|e| e.tls) {
            Some(Arc::new(tls::client_config(material)?))
        } else {
            None
        };
        Ok(Self {
            endpoints,
            cluster_mode,
            dialer: connect::Dialer {
                tls,
                dial_timeout,
                seen_certs: Default::default(),
            },
            command_timeout,
        })
    }

    /// A client over all endpoints (for key-value requests; fails over in order).
    pub async fn client(&self) -> Result<Client, ConnectError> {
        self.dialer.connect(&self.endpoints).await
    }

    /// A client bound to exactly one endpoint (status, health, defrag, snapshot).
    pub async fn client_for(&self, ep: &Endpoint) -> Result<Client, ConnectError> {
        self.dialer.connect(std::slice::from_ref(ep)).await
    }

    /// The server certificate (DER) an endpoint presented, once connected.
    pub fn server_cert(&self, ep: &Endpoint) -> Option<Vec<u8>> {
        self.dialer
            .seen_certs
            .lock()
            .ok()?
            .get(&ep.original)
            .cloned()
    }

    /// The same connection settings for other endpoints (`--cluster` uses members' URLs).
    pub fn with_endpoints(&self, urls: &[String]) -> Result<Self> {
        let tls_configured = self.dialer.tls.is_some();
        let endpoints = urls
            .iter()
            .map(|e| Endpoint::parse(e, tls_configured))
            .collect::<Result<Vec<_>, _>>()
            .context("a member advertises an unusable client URL")?;
        Ok(Self {
            endpoints,
            ..self.clone()
        })
    }

    /// Runs one unary request under `--command-timeout`.
    pub async fn request<T, F>(&self, what: &str, fut: F) -> Result<T>
    where
        F: std::future::Future<Output = Result<T, etcd_client::Error>>,
    {
        let limit = self.command_timeout.unwrap_or(DEFAULT_COMMAND_TIMEOUT);
        match tokio::time::timeout(limit, fut).await {
            Ok(r) => r
                .map_err(|e| anyhow::Error::new(RequestError::from(e)))
                .with_context(|| format!("{what} failed")),
            Err(_) => Err(anyhow::Error::new(RequestError::Timeout(limit)))
                .with_context(|| format!("{what} failed")),
        }
    }
}

/// A request that reached etcd (or timed out) but did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    #[error("etcdserver: {0}")]
    Server(String),
    #[error("no answer within --command-timeout ({})", humantime::format_duration(*.0))]
    Timeout(Duration),
    #[error("{0}")]
    Client(String),
}

impl From<etcd_client::Error> for RequestError {
    fn from(e: etcd_client::Error) -> Self {
        match e {
            etcd_client::Error::GRpcStatus(s) => {
                let msg = s.message();
                RequestError::Server(msg.strip_prefix("etcdserver: ").unwrap_or(msg).to_string())
            }
            other => RequestError::Client(other.to_string()),
        }
    }
}
