//! Opens gRPC channels to etcd over our own TCP + rustls connector.
//!
//! We do TLS ourselves instead of using tonic's: it lets us (1) honour
//! `--insecure-skip-tls-verify`, (2) later carry the same TLS over a Kubernetes
//! port-forward instead of TCP, and (3) remember *why* a connection failed (which
//! certificate was refused, by whom) so the user gets a precise message instead of
//! tonic's "transport error".

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use etcd_client::{Channel, Client, ConnectOptions};
use hyper_util::rt::TokioIo;
use rustls::pki_types::ServerName;
use rustls::ClientConfig;
use thiserror::Error;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

use super::endpoint::Endpoint;

/// Why the link to an endpoint failed, classified so that callers can give a next step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkFailure {
    Refused,
    Timeout,
    Resolve,
    /// We rejected the server's certificate.
    ServerCertRejected(String),
    /// The server rejected us (no client certificate, or one it does not trust).
    ClientCertRejected(String),
    /// The server speaks TLS but we tried plaintext, or the other way round.
    ProtocolMismatch(String),
    Other(String),
}

#[derive(Debug, Error)]
pub enum ConnectError {
    #[error("cannot connect to {endpoints}: {}", describe(.failure))]
    Link {
        endpoints: String,
        failure: LinkFailure,
    },
    #[error("cannot connect to {endpoints}: {detail}")]
    Transport { endpoints: String, detail: String },
}

impl ConnectError {
    /// The next step for the user.
    pub fn hint(&self) -> &'static str {
        match self {
            ConnectError::Link { failure, .. } => match failure {
                LinkFailure::Refused => "is etcd running and listening there? kubeadm's etcd listens on https://127.0.0.1:2379 of each control-plane node",
                LinkFailure::Timeout => "the endpoint did not answer within --dial-timeout: check the address, firewalls, or raise --dial-timeout",
                LinkFailure::Resolve => "check the host name in --endpoints",
                LinkFailure::ServerCertRejected(_) => "pass the CA that signed the etcd server certificate with --cacert (kubeadm: /etc/kubernetes/pki/etcd/ca.crt), and use a host name or IP that the certificate lists (kubeadm: localhost, 127.0.0.1, the node name and IP)",
                LinkFailure::ClientCertRejected(_) => "etcd requires a client certificate signed by its CA: pass --cert and --key (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt and .key, or etcd/healthcheck-client.*)",
                LinkFailure::ProtocolMismatch(_) => "use https:// for an etcd with TLS (kubeadm) and http:// for a plaintext one",
                LinkFailure::Other(_) => "check --endpoints and the TLS flags",
            },
            ConnectError::Transport { .. } => "check --endpoints and the TLS flags",
        }
    }
}

fn describe(f: &LinkFailure) -> String {
    match f {
        LinkFailure::Refused => "connection refused".into(),
        LinkFailure::Timeout => "timed out".into(),
        LinkFailure::Resolve => "host name does not resolve".into(),
        LinkFailure::ServerCertRejected(d) => {
            format!("the server's TLS certificate was rejected: {d}")
        }
        LinkFailure::ClientCertRejected(d) => {
            format!("the server rejected our client certificate: {d}")
        }
        LinkFailure::ProtocolMismatch(d) => d.clone(),
        LinkFailure::Other(d) => d.clone(),
    }
}

/// Everything needed to open channels; cheap to clone.
#[derive(Clone)]
pub struct Dialer {
    pub tls: Option<Arc<ClientConfig>>,
    pub dial_timeout: Duration,
    /// The leaf certificate each endpoint presented (DER), for expiry reports.
    pub seen_certs: Arc<Mutex<std::collections::HashMap<String, Vec<u8>>>>,
}

type LastFailure = Arc<Mutex<Option<LinkFailure>>>;

impl Dialer {
    /// Connects (eagerly, within the dial timeout) to the first reachable endpoint of `endpoints`;
    /// later reconnects fail over in the same order, as etcdctl's balancer does.
    pub async fn connect(&self, endpoints: &[Endpoint]) -> Result<Client, ConnectError> {
        let names = endpoints
            .iter()
            .map(|e| e.original.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let last: LastFailure = Arc::default();
        let connector = {
            let endpoints = endpoints.to_vec();
            let dialer = self.clone();
            let last = last.clone();
            tower::service_fn(move |_uri: http::Uri| {
                let endpoints = endpoints.clone();
                let dialer = dialer.clone();
                let last = last.clone();
                async move {
                    let mut err = io::Error::other("no endpoints");
                    for ep in &endpoints {
                        match dialer.open(ep, last.clone()).await {
                            Ok(stream) => return Ok(TokioIo::new(stream)),
                            Err(e) => {
                                record(&last, classify(&e));
                                err = e;
                            }
                        }
                    }
                    Err(err)
                }
            })
        };
        // The URI only names the HTTP/2 authority; our connector decides where bytes go.
        // Each endpoint gets --dial-timeout inside the connector; this outer limit is only a
        // safety net in case the HTTP/2 handshake itself stalls.
        let endpoint = tonic::transport::Endpoint::from_static("http://etcd");
        let channel = endpoint.connect_with_connector(connector);
        let limit = self.dial_timeout * (endpoints.len() as u32 + 1);
        let channel = tokio::time::timeout(limit, channel).await;
        let failure = || last.lock().ok().and_then(|mut g| g.take());
        let channel = match channel {
            Ok(Ok(ch)) => ch,
            Ok(Err(e)) => {
                return Err(match failure() {
                    Some(failure) => ConnectError::Link {
                        endpoints: names,
                        failure,
                    },
                    None => ConnectError::Transport {
                        endpoints: names,
                        detail: error_chain(&e),
                    },
                })
            }
            Err(_) => {
                let failure = failure().unwrap_or(LinkFailure::Timeout);
                return Err(ConnectError::Link {
                    endpoints: names,
                    failure,
                });
            }
        };
        let client = Client::from_channel(Channel::Tonic(channel), Some(ConnectOptions::new()))
            .await
            .map_err(|e| ConnectError::Transport {
                endpoints: names.clone(),
                detail: e.to_string(),
            })?;
        // A TLS 1.3 server rejects a client certificate only after our side of the handshake
        // is done, so the refusal shows up on the first request: make one now, cheaply, so
        // that every command fails here with the precise reason.
        let mut probe = client.maintenance_client();
        match tokio::time::timeout(self.dial_timeout, probe.status()).await {
            Ok(Ok(_)) => Ok(client),
            Ok(Err(e)) => match failure() {
                Some(failure) => Err(ConnectError::Link {
                    endpoints: names,
                    failure,
                }),
                // The server answered: the link works, the request did not (e.g. auth). Let the
                // command's own request report it.
                None if matches!(e, etcd_client::Error::GRpcStatus(ref s) if s.code() != tonic::Code::Unavailable && s.code() != tonic::Code::Unknown) => {
                    Ok(client)
                }
                None => Err(ConnectError::Transport {
                    endpoints: names,
                    detail: e.to_string(),
                }),
            },
            Err(_) => Err(ConnectError::Link {
                endpoints: names,
                failure: failure().unwrap_or(LinkFailure::Timeout),
            }),
        }
    }

    /// TCP connect and TLS handshake, together bounded by --dial-timeout.
    async fn open(&self, ep: &Endpoint, last: LastFailure) -> io::Result<Box<dyn Io>> {
        tokio::time::timeout(self.dial_timeout, self.open_unbounded(ep, last))
            .await
            .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "dial timeout"))?
    }

    async fn open_unbounded(&self, ep: &Endpoint, last: LastFailure) -> io::Result<Box<dyn Io>> {
        let tcp: Box<dyn Io> = match &ep.via {
            Some(via) => (via.open)()
                .await
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", via.name)))?,
            None => {
                let tcp = TcpStream::connect(ep.authority()).await?;
                tcp.set_nodelay(true)?;
                Box::new(tcp)
            }
        };
        if !ep.tls {
            return Ok(Box::new(Recorded {
                inner: tcp,
                last,
                tls: false,
                received: false,
            }));
        }
        let config = self.tls.clone().ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{ep} needs TLS options (--cacert …)"),
            )
        })?;
        let name = ServerName::try_from(ep.host.clone()).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("bad host name {:?}: {e}", ep.host),
            )
        })?;
        let tls = TlsConnector::from(config).connect(name, tcp).await?;
        if let Some(leaf) = tls.get_ref().1.peer_certificates().and_then(|c| c.first()) {
            if let Ok(mut seen) = self.seen_certs.lock() {
                seen.insert(ep.original.clone(), leaf.to_vec());
            }
        }
        Ok(Box::new(Recorded {
            inner: tls,
            last,
            tls: true,
            received: false,
        }))
    }
}

pub trait Io: AsyncRead + AsyncWrite + Send + Unpin {}
impl<T: AsyncRead + AsyncWrite + Send + Unpin> Io for T {}

/// Remembers the first I/O error seen on the stream (TLS alerts from the server arrive here).
struct Recorded<S> {
    inner: S,
    last: LastFailure,
    tls: bool,
    /// Whether any application data arrived yet.
    received: bool,
}

fn record(last: &LastFailure, f: LinkFailure) {
    if let Ok(mut g) = last.lock() {
        if g.is_none() || matches!(*g, Some(LinkFailure::Other(_))) {
            *g = Some(f);
        }
    }
}

impl<S> Recorded<S> {
    /// Classifies an I/O error; before any data arrived, a dropped connection says more about
    /// the handshake than about the network.
    fn note(&self, e: &io::Error) {
        let dropped = matches!(
            e.kind(),
            io::ErrorKind::ConnectionReset
                | io::ErrorKind::UnexpectedEof
                | io::ErrorKind::BrokenPipe
        );
        let failure = match (self.received, self.tls, dropped) {
            // A TLS 1.3 server that refuses our client certificate sends an alert and closes;
            // the alert is often lost to the TCP reset, leaving only a reset or EOF.
            (false, true, true) => closed_after_handshake(),
            (false, false, true) => plaintext_refused(e),
            _ => classify(e),
        };
        record(&self.last, failure);
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Recorded<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.inner).poll_read(cx, buf);
        match &r {
            Poll::Ready(Ok(())) if buf.filled().len() > before => self.received = true,
            Poll::Ready(Ok(())) => self.note(&io::Error::from(io::ErrorKind::UnexpectedEof)),
            Poll::Ready(Err(e)) => self.note(e),
            Poll::Pending => {}
        }
        r
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Recorded<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let r = Pin::new(&mut self.inner).poll_write(cx, buf);
        if let Poll::Ready(Err(e)) = &r {
            self.note(e);
        }
        r
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let r = Pin::new(&mut self.inner).poll_flush(cx);
        if let Poll::Ready(Err(e)) = &r {
            self.note(e);
        }
        r
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

fn closed_after_handshake() -> LinkFailure {
    LinkFailure::ClientCertRejected(
        "the server closed the connection right after the TLS handshake (no client certificate, or one not signed by its CA)".into(),
    )
}

/// A TLS-only server drops a plaintext HTTP/2 client without a word.
fn plaintext_refused(e: &io::Error) -> LinkFailure {
    match e.kind() {
        io::ErrorKind::BrokenPipe
        | io::ErrorKind::ConnectionReset
        | io::ErrorKind::UnexpectedEof => LinkFailure::ProtocolMismatch(format!(
            "the server dropped our plaintext connection ({e}); it probably requires TLS"
        )),
        _ => classify(e),
    }
}

fn classify(e: &io::Error) -> LinkFailure {
    if let Some(tls) = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
        return match tls {
            rustls::Error::InvalidCertificate(c) => {
                LinkFailure::ServerCertRejected(format!("{c:?}"))
            }
            rustls::Error::AlertReceived(alert) => {
                use rustls::AlertDescription as A;
                match alert {
                    A::CertificateRequired
                    | A::BadCertificate
                    | A::UnknownCA
                    | A::CertificateUnknown
                    | A::UnsupportedCertificate
                    | A::CertificateExpired
                    | A::AccessDenied
                    | A::DecryptError => LinkFailure::ClientCertRejected(format!(
                        "TLS alert {alert:?} from the server"
                    )),
                    other => LinkFailure::Other(format!("TLS alert {other:?} from the server")),
                }
            }
            rustls::Error::InvalidMessage(m) => LinkFailure::ProtocolMismatch(format!(
                "the server did not answer with TLS ({m:?}); is it plaintext (http://)?"
            )),
            other => LinkFailure::Other(format!("TLS: {other}")),
        };
    }
    match e.kind() {
        io::ErrorKind::ConnectionRefused => LinkFailure::Refused,
        io::ErrorKind::TimedOut => LinkFailure::Timeout,
        io::ErrorKind::InvalidInput => LinkFailure::Other(e.to_string()),
        _ if e.to_string().contains("failed to lookup address") => LinkFailure::Resolve,
        _ => LinkFailure::Other(e.to_string()),
    }
}

fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}
