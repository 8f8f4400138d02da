//! A kubeadm-like etcd PKI generated per test (see shared/reference/kubeadm-etcd.md):
//! an etcd CA; a server cert (CN = node name, SANs localhost/127.0.0.1/::1/node, serverAuth +
//! clientAuth, as kubeadm makes it); a client-only cert like apiserver-etcd-client; and, for
//! negative tests, a second unrelated CA with its own client cert.

use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};

pub struct Pki {
    pub dir: PathBuf,
}

impl Pki {
    pub fn ca(&self) -> PathBuf {
        self.dir.join("ca.crt")
    }
    pub fn server_cert(&self) -> PathBuf {
        self.dir.join("server.crt")
    }
    pub fn server_key(&self) -> PathBuf {
        self.dir.join("server.key")
    }
    pub fn client_cert(&self) -> PathBuf {
        self.dir.join("client.crt")
    }
    pub fn client_key(&self) -> PathBuf {
        self.dir.join("client.key")
    }
    pub fn other_ca(&self) -> PathBuf {
        self.dir.join("other-ca.crt")
    }
    pub fn other_client_cert(&self) -> PathBuf {
        self.dir.join("other-client.crt")
    }
    pub fn other_client_key(&self) -> PathBuf {
        self.dir.join("other-client.key")
    }

    /// Generates every file under `dir` (keys mode 0600).
    pub fn generate(dir: &Path, node: &str) -> Pki {
        std::fs::create_dir_all(dir).unwrap();
        let ca = make_ca("etcd-ca");
        write(dir, "ca", ca.0.pem(), None);
        let server = leaf(node, &[node, "localhost", "127.0.0.1", "::1"], true, &ca.0);
        write(dir, "server", server.0, Some(server.1));
        let client = leaf("kube-apiserver-etcd-client", &[], false, &ca.0);
        write(dir, "client", client.0, Some(client.1));
        let other = make_ca("unrelated-ca");
        write(dir, "other-ca", other.0.pem(), None);
        let oc = leaf("intruder", &[], false, &other.0);
        write(dir, "other-client", oc.0, Some(oc.1));
        Pki {
            dir: dir.to_path_buf(),
        }
    }
}

fn make_ca(cn: &str) -> (CertifiedIssuer<'static, KeyPair>,) {
    let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    p.distinguished_name.push(DnType::CommonName, cn);
    (CertifiedIssuer::self_signed(p, KeyPair::generate().unwrap()).unwrap(),)
}

fn leaf(
    cn: &str,
    sans: &[&str],
    server: bool,
    ca: &CertifiedIssuer<'static, KeyPair>,
) -> (String, String) {
    let mut p =
        CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
    p.distinguished_name.push(DnType::CommonName, cn);
    if !server {
        p.distinguished_name
            .push(DnType::OrganizationName, "system:masters");
    }
    p.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    p.extended_key_usages = if server {
        vec![
            ExtendedKeyUsagePurpose::ServerAuth,
            ExtendedKeyUsagePurpose::ClientAuth,
        ]
    } else {
        vec![ExtendedKeyUsagePurpose::ClientAuth]
    };
    let key = KeyPair::generate().unwrap();
    let cert = p.signed_by(&key, ca).unwrap();
    (cert.pem(), key.serialize_pem())
}

fn write(dir: &Path, name: &str, cert: String, key: Option<String>) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(dir.join(format!("{name}.crt")), cert).unwrap();
    if let Some(key) = key {
        let path = dir.join(format!("{name}.key"));
        std::fs::write(&path, key).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}
