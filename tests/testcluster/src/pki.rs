//! A kubeadm-like PKI generated with rcgen: one cluster CA (API server + admin client),
//! one etcd CA shared by all control-plane nodes, and per-node etcd server/peer/client certs.

use std::net::IpAddr;
use std::path::Path;

use anyhow::{Context, Result};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};

/// A certificate and its private key, both PEM.
#[derive(Clone, Debug)]
pub struct CertKey {
    pub cert_pem: String,
    pub key_pem: String,
}

/// A certificate authority that can sign leaves.
pub struct Ca {
    pub pair: CertKey,
    issuer: Issuer<'static, KeyPair>,
}

impl Ca {
    pub fn new(cn: &str) -> Result<Ca> {
        let key = KeyPair::generate()?;
        let mut params = CertificateParams::new(Vec::<String>::new())?;
        params.distinguished_name = dn(cn, None);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        // kubeadm: CAs for 10 years.
        validity(&mut params, 3650);
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        let cert = params.self_signed(&key)?;
        let pair = CertKey {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        };
        Ok(Ca {
            pair,
            issuer: Issuer::new(params, key),
        })
    }

    /// Signs a leaf certificate. `server` adds serverAuth, `client` adds clientAuth.
    pub fn leaf(
        &self,
        cn: &str,
        org: Option<&str>,
        dns: &[&str],
        ips: &[IpAddr],
        server: bool,
        client: bool,
    ) -> Result<CertKey> {
        let key = KeyPair::generate()?;
        let mut params = CertificateParams::new(Vec::<String>::new())?;
        params.distinguished_name = dn(cn, org);
        for d in dns {
            params
                .subject_alt_names
                .push(SanType::DnsName((*d).try_into()?));
        }
        for ip in ips {
            params.subject_alt_names.push(SanType::IpAddress(*ip));
        }
        params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        // kubeadm: leaf certificates for one year (what `kubectl etcd status` reports).
        validity(&mut params, 365);
        if server {
            params
                .extended_key_usages
                .push(ExtendedKeyUsagePurpose::ServerAuth);
        }
        if client {
            params
                .extended_key_usages
                .push(ExtendedKeyUsagePurpose::ClientAuth);
        }
        params.use_authority_key_identifier_extension = true;
        let cert = params.signed_by(&key, &self.issuer)?;
        Ok(CertKey {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        })
    }
}

fn dn(cn: &str, org: Option<&str>) -> DistinguishedName {
    let mut dn = DistinguishedName::new();
    if let Some(o) = org {
        dn.push(DnType::OrganizationName, o);
    }
    dn.push(DnType::CommonName, cn);
    dn
}

/// Writes `<base>.crt` and `<base>.key` (key mode 0600), creating the parent directory.
pub fn write_pair(dir: &Path, base: &str, pair: &CertKey) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    std::fs::write(dir.join(format!("{base}.crt")), &pair.cert_pem)?;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(dir.join(format!("{base}.key")))?;
    f.write_all(pair.key_pem.as_bytes())?;
    Ok(())
}

/// Writes a node's `etc/kubernetes/pki` as kubeadm does for a stacked-etcd control plane node.
pub fn write_node_pki(etcd_ca: &Ca, node_root: &Path, node: &str, node_ip: IpAddr) -> Result<()> {
    let pki = node_root.join("etc/kubernetes/pki");
    let etcd_dir = pki.join("etcd");
    let ips: Vec<IpAddr> = vec![node_ip, "127.0.0.1".parse()?, "::1".parse()?];
    write_pair(&etcd_dir, "ca", &etcd_ca.pair)?;
    let server = etcd_ca.leaf(node, None, &["localhost", node], &ips, true, true)?;
    write_pair(&etcd_dir, "server", &server)?;
    let peer = etcd_ca.leaf(node, None, &["localhost", node], &ips, true, true)?;
    write_pair(&etcd_dir, "peer", &peer)?;
    let hc = etcd_ca.leaf("kube-etcd-healthcheck-client", None, &[], &[], false, true)?;
    write_pair(&etcd_dir, "healthcheck-client", &hc)?;
    let apic = etcd_ca.leaf("kube-apiserver-etcd-client", None, &[], &[], false, true)?;
    write_pair(&pki, "apiserver-etcd-client", &apic)?;
    Ok(())
}

/// Valid from an hour ago (clock skew) for `days` days, as kubeadm issues them.
fn validity(params: &mut CertificateParams, days: i64) {
    let now = time::OffsetDateTime::now_utc();
    params.not_before = now - time::Duration::hours(1);
    params.not_after = now + time::Duration::days(days);
}
