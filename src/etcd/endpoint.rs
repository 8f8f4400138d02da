//! Endpoint URLs, parsed with etcdctl's rules.
//!
//! etcdctl decides TLS from the scheme: `https://` always, `http://` never, and a bare
//! `host:port` uses TLS exactly when a TLS option was given.

use std::fmt;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;

use thiserror::Error;

use super::connect::Io;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// As the user wrote it (or the member's pod name in cluster mode): etcdctl prints
    /// endpoints this way in every output.
    pub original: String,
    /// The name the server certificate must carry (and the TCP host in direct mode).
    pub host: String,
    pub port: u16,
    pub tls: bool,
    /// How bytes get there when not by TCP to host:port (a port-forward in cluster mode).
    pub via: Option<Via>,
}

/// Opens a byte stream to an endpoint by other means than TCP.
pub type Opener =
    Arc<dyn Fn() -> Pin<Box<dyn Future<Output = io::Result<Box<dyn Io>>> + Send>> + Send + Sync>;

/// A named [`Opener`]; the name is for messages (`port-forward kube-system/etcd-cp1:2379`).
#[derive(Clone)]
pub struct Via {
    pub name: String,
    pub open: Opener,
}

impl fmt::Debug for Via {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

impl PartialEq for Via {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Via {}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum EndpointError {
    #[error("endpoint {0:?} is empty")]
    Empty(String),
    #[error("endpoint {endpoint:?} has unsupported scheme {scheme:?}; use https://host:port (or http:// for a plaintext etcd)")]
    Scheme { endpoint: String, scheme: String },
    #[error(
        "endpoint {0:?} has no port; etcd's client port is usually 2379 (https://127.0.0.1:2379)"
    )]
    NoPort(String),
    #[error("endpoint {endpoint:?} has an invalid port {port:?}")]
    BadPort { endpoint: String, port: String },
    #[error("endpoint {0:?} has a path; give only scheme://host:port")]
    Path(String),
}

impl Endpoint {
    /// `tls_configured`: whether --cacert/--cert/--key was given (decides bare `host:port`).
    pub fn parse(raw: &str, tls_configured: bool) -> Result<Self, EndpointError> {
        let original = raw.trim().to_string();
        if original.is_empty() {
            return Err(EndpointError::Empty(raw.to_string()));
        }
        let (tls, rest) = match original.split_once("://") {
            Some(("https", rest)) => (true, rest),
            Some(("http", rest)) => (false, rest),
            Some((scheme, _)) => {
                return Err(EndpointError::Scheme {
                    endpoint: original.clone(),
                    scheme: scheme.to_string(),
                })
            }
            None => (tls_configured, original.as_str()),
        };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.contains('/') {
            return Err(EndpointError::Path(original));
        }
        let (host, port) =
            split_host_port(rest).ok_or_else(|| EndpointError::NoPort(original.clone()))?;
        if host.is_empty() {
            return Err(EndpointError::Empty(original));
        }
        let port = port
            .parse::<u16>()
            .ok()
            .filter(|p| *p != 0)
            .ok_or_else(|| EndpointError::BadPort {
                endpoint: original.clone(),
                port: port.to_string(),
            })?;
        Ok(Self {
            host: host.to_string(),
            port,
            tls,
            original,
            via: None,
        })
    }

    /// `host:port` for a TCP connect (IPv6 literals keep their brackets).
    pub fn authority(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.original)
    }
}

/// Splits `host:port` and `[v6]:port`; None when there is no port.
fn split_host_port(s: &str) -> Option<(&str, &str)> {
    if let Some(rest) = s.strip_prefix('[') {
        let (host, after) = rest.split_once(']')?;
        return Some((host, after.strip_prefix(':')?));
    }
    let (host, port) = s.rsplit_once(':')?;
    if host.contains(':') {
        return None; // unbracketed IPv6 is ambiguous
    }
    Some((host, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_decides_tls() {
        let e = Endpoint::parse("https://127.0.0.1:2379", false).unwrap();
        assert!(e.tls);
        assert_eq!(e.authority(), "127.0.0.1:2379");
        assert!(!Endpoint::parse("http://localhost:2379", true).unwrap().tls);
        assert!(Endpoint::parse("10.0.0.1:2379", true).unwrap().tls);
        assert!(!Endpoint::parse("10.0.0.1:2379", false).unwrap().tls);
    }

    #[test]
    fn ipv6_and_trailing_slash() {
        let e = Endpoint::parse("https://[::1]:2379/", false).unwrap();
        assert_eq!(e.host, "::1");
        assert_eq!(e.authority(), "[::1]:2379");
    }

    #[test]
    fn malformed_endpoints_are_explained() {
        assert!(matches!(
            Endpoint::parse("https://127.0.0.1", false),
            Err(EndpointError::NoPort(_))
        ));
        assert!(matches!(
            Endpoint::parse("https://h:99999", false),
            Err(EndpointError::BadPort { .. })
        ));
        assert!(matches!(
            Endpoint::parse("unix://sock:1", false),
            Err(EndpointError::Scheme { .. })
        ));
        assert!(matches!(
            Endpoint::parse("https://h:1/v3", false),
            Err(EndpointError::Path(_))
        ));
        assert!(matches!(
            Endpoint::parse(" ", false),
            Err(EndpointError::Empty(_))
        ));
    }
}
