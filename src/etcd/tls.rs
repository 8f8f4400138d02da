//! TLS client configuration for etcd's mutual TLS, built from PEM bytes held in memory.
//!
//! The bytes come from files (direct mode) or, later, from a helper pod: that is why this
//! takes bytes and never paths, so private keys need never be written to disk.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use thiserror::Error;

/// PEM material for one connection. `Debug` never prints the key.
#[derive(Clone, Default)]
pub struct TlsMaterial {
    /// CA bundle that must have signed the server certificate; None = system roots are not
    /// used either (etcd CAs are private), so verification needs this or `insecure`.
    pub ca: Option<Source>,
    pub cert: Option<Source>,
    pub key: Option<Source>,
    pub insecure_skip_verify: bool,
}

/// PEM bytes and where they came from, for error messages.
#[derive(Clone)]
pub struct Source {
    pub origin: String,
    pub pem: Vec<u8>,
}

impl std::fmt::Debug for TlsMaterial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsMaterial")
            .field("ca", &self.ca.as_ref().map(|s| &s.origin))
            .field("cert", &self.cert.as_ref().map(|s| &s.origin))
            .field("key", &self.key.as_ref().map(|_| "<redacted>"))
            .field("insecure_skip_verify", &self.insecure_skip_verify)
            .finish()
    }
}

#[derive(Debug, Error)]
pub enum TlsError {
    #[error("{origin} holds no PEM certificate (expected a -----BEGIN CERTIFICATE----- block)")]
    NoCertificate { origin: String },
    #[error("{origin} is not a valid PEM certificate: {reason}")]
    BadCertificate { origin: String, reason: String },
    #[error("{origin} holds no PEM private key (expected -----BEGIN ... PRIVATE KEY-----)")]
    NoKey { origin: String },
    #[error("--cert was given without --key (or the other way round); etcd needs both for a client certificate")]
    HalfClientCert,
    #[error("client certificate {cert} does not match private key {key}")]
    KeyMismatch { cert: String, key: String },
    #[error("client certificate {cert} with key {key} was refused: {reason}")]
    ClientAuth {
        cert: String,
        key: String,
        reason: String,
    },
    #[error("no CA to verify the etcd server: pass --cacert (kubeadm: /etc/kubernetes/pki/etcd/ca.crt) or --insecure-skip-tls-verify")]
    NoCa,
}

pub fn client_config(m: &TlsMaterial) -> Result<ClientConfig, TlsError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::BadCertificate {
            origin: "TLS provider".into(),
            reason: e.to_string(),
        })?;

    let builder = if m.insecure_skip_verify {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerify(provider)))
    } else {
        let ca = m.ca.as_ref().ok_or(TlsError::NoCa)?;
        let mut roots = RootCertStore::empty();
        for cert in certificates(ca)? {
            roots.add(cert).map_err(|e| TlsError::BadCertificate {
                origin: ca.origin.clone(),
                reason: e.to_string(),
            })?;
        }
        builder.with_root_certificates(roots)
    };

    let mut config = match (&m.cert, &m.key) {
        (Some(cert), Some(key)) => {
            let chain = certificates(cert)?;
            let der = PrivateKeyDer::from_pem_slice(&key.pem).map_err(|_| TlsError::NoKey {
                origin: key.origin.clone(),
            })?;
            builder
                .with_client_auth_cert(chain, der)
                .map_err(|e| match e {
                    rustls::Error::InconsistentKeys(_) => TlsError::KeyMismatch {
                        cert: cert.origin.clone(),
                        key: key.origin.clone(),
                    },
                    other => TlsError::ClientAuth {
                        cert: cert.origin.clone(),
                        key: key.origin.clone(),
                        reason: other.to_string(),
                    },
                })?
        }
        (None, None) => builder.with_no_client_auth(),
        _ => return Err(TlsError::HalfClientCert),
    };
    // etcd serves gRPC over HTTP/2 and newer grpc-go servers insist on ALPN.
    config.alpn_protocols = vec![b"h2".to_vec()];
    Ok(config)
}

fn certificates(src: &Source) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let certs = CertificateDer::pem_slice_iter(&src.pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| TlsError::BadCertificate {
            origin: src.origin.clone(),
            reason: e.to_string(),
        })?;
    if certs.is_empty() {
        return Err(TlsError::NoCertificate {
            origin: src.origin.clone(),
        });
    }
    Ok(certs)
}

/// `--insecure-skip-tls-verify`: accept any server certificate but still check signatures,
/// so the session stays encrypted (as etcdctl does).
#[derive(Debug)]
struct NoVerify(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(origin: &str, pem: &str) -> Option<Source> {
        Some(Source {
            origin: origin.into(),
            pem: pem.as_bytes().to_vec(),
        })
    }

    #[test]
    fn missing_ca_is_explained() {
        let err = client_config(&TlsMaterial::default()).unwrap_err();
        assert!(matches!(err, TlsError::NoCa));
        assert!(err.to_string().contains("--cacert"));
    }

    #[test]
    fn non_pem_ca_is_rejected_with_its_origin() {
        let m = TlsMaterial {
            ca: src("--cacert /x", "hello"),
            ..Default::default()
        };
        let err = client_config(&m).unwrap_err().to_string();
        assert!(
            err.contains("--cacert /x") && err.contains("no PEM certificate"),
            "{err}"
        );
    }

    #[test]
    fn cert_without_key_is_rejected() {
        let m = TlsMaterial {
            cert: src("--cert c", "x"),
            insecure_skip_verify: true,
            ..Default::default()
        };
        assert!(matches!(
            client_config(&m).unwrap_err(),
            TlsError::HalfClientCert
        ));
    }

    #[test]
    fn debug_never_prints_key() {
        let m = TlsMaterial {
            key: src("--key k", "-----BEGIN PRIVATE KEY-----SECRET"),
            ..Default::default()
        };
        assert!(!format!("{m:?}").contains("SECRET"));
    }
}
