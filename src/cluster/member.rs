//! What an etcd static pod says about its member: read from the pod spec alone (no I/O),
//! so it is tested on the pod JSON a real API server returned.
//!
//! The flags name paths *inside* the container; the files live on the node under the
//! hostPath volume mounted there, which kubeadm happens to make identical but other
//! installers do not. Both are kept.

use std::path::{Path, PathBuf};

use k8s_openapi::api::core::v1::Pod;
use thiserror::Error;

/// One etcd member as its static pod describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub pod: String,
    pub namespace: String,
    pub node: String,
    pub image: String,
    /// `--name`.
    pub name: String,
    pub phase: String,
    pub ready: bool,
    pub data_dir: ContainerPath,
    pub listen_client_urls: Vec<String>,
    pub advertise_client_urls: Vec<String>,
    pub initial_advertise_peer_urls: Vec<String>,
    pub initial_cluster: String,
    pub cert_file: ContainerPath,
    pub key_file: ContainerPath,
    pub trusted_ca_file: ContainerPath,
    /// `--quota-backend-bytes` when the pod sets it (None: etcd's default, 2 GiB).
    pub quota_backend_bytes: Option<i64>,
}

/// A path as the container sees it, and where it is on the node (None when no hostPath
/// volume covers it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerPath {
    pub in_container: PathBuf,
    pub on_host: Option<PathBuf>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum MemberError {
    #[error("pod {0} has no containers")]
    NoContainer(String),
    #[error("pod {pod} runs etcd without {flag}; kubectl-etcd needs it to reach the member")]
    MissingFlag { pod: String, flag: &'static str },
    #[error("pod {0} is not scheduled on a node")]
    NoNode(String),
}

impl Member {
    pub fn from_pod(pod: &Pod) -> Result<Self, MemberError> {
        let name = pod.metadata.name.clone().unwrap_or_default();
        let spec = pod
            .spec
            .as_ref()
            .ok_or_else(|| MemberError::NoContainer(name.clone()))?;
        let container = spec
            .containers
            .iter()
            .find(|c| c.name == "etcd")
            .or_else(|| spec.containers.first())
            .ok_or_else(|| MemberError::NoContainer(name.clone()))?;
        let argv: Vec<&str> = container
            .command
            .iter()
            .flatten()
            .chain(container.args.iter().flatten())
            .map(String::as_str)
            .collect();
        let flag = |f: &'static str| flag_value(&argv, f);
        let required = |f: &'static str| {
            flag(f).ok_or(MemberError::MissingFlag {
                pod: name.clone(),
                flag: f,
            })
        };
        let mounts: Vec<(PathBuf, PathBuf)> = container
            .volume_mounts
            .iter()
            .flatten()
            .filter_map(|m| {
                let volume = spec.volumes.iter().flatten().find(|v| v.name == m.name)?;
                let host = volume.host_path.as_ref()?;
                Some((PathBuf::from(&m.mount_path), PathBuf::from(&host.path)))
            })
            .collect();
        let path = |p: String| resolve(&mounts, Path::new(&p));
        let list = |v: Option<String>| {
            v.map(|s| s.split(',').map(str::to_string).collect())
                .unwrap_or_default()
        };
        let status = pod.status.as_ref();
        Ok(Member {
            pod: name.clone(),
            namespace: pod.metadata.namespace.clone().unwrap_or_default(),
            node: spec
                .node_name
                .clone()
                .ok_or_else(|| MemberError::NoNode(name.clone()))?,
            image: container.image.clone().unwrap_or_default(),
            name: flag("--name").unwrap_or_else(|| "default".into()),
            phase: status.and_then(|s| s.phase.clone()).unwrap_or_default(),
            ready: status
                .and_then(|s| s.conditions.as_ref())
                .is_some_and(|c| c.iter().any(|c| c.type_ == "Ready" && c.status == "True")),
            // etcd's default when the flag is absent.
            data_dir: path(flag("--data-dir").unwrap_or_else(|| {
                format!(
                    "{}.etcd",
                    flag("--name").unwrap_or_else(|| "default".into())
                )
            })),
            listen_client_urls: list(Some(required("--listen-client-urls")?)),
            advertise_client_urls: list(flag("--advertise-client-urls")),
            initial_advertise_peer_urls: list(flag("--initial-advertise-peer-urls")),
            initial_cluster: flag("--initial-cluster").unwrap_or_default(),
            cert_file: path(required("--cert-file")?),
            key_file: path(required("--key-file")?),
            trusted_ca_file: path(required("--trusted-ca-file")?),
            // etcd treats 0 (and a value it cannot parse fails to start) as "the default".
            quota_backend_bytes: flag("--quota-backend-bytes")
                .and_then(|v| v.parse::<i64>().ok())
                .filter(|q| *q > 0),
        })
    }

    /// The client URL to reach through a port-forward: a loopback one if etcd listens there
    /// (kubeadm: 127.0.0.1:2379), else the first. Port-forwarding connects inside the pod's
    /// network namespace, the node's for a hostNetwork pod.
    pub fn forward_target(&self) -> Option<(String, u16)> {
        let parsed: Vec<(String, u16)> = self
            .listen_client_urls
            .iter()
            .filter_map(|u| host_port(u))
            .collect();
        parsed
            .iter()
            .find(|(h, _)| h == "127.0.0.1" || h == "localhost" || h == "::1")
            .or_else(|| parsed.first())
            .cloned()
    }

    /// The version in the image tag (`registry.k8s.io/etcd:3.5.16-0` → `3.5.16`).
    pub fn image_version(&self) -> Option<&str> {
        let tag = self.image.rsplit_once(':')?.1;
        let version = tag.split('-').next()?.trim_start_matches('v');
        (!version.is_empty() && version.chars().next().is_some_and(|c| c.is_ascii_digit()))
            .then_some(version)
    }
}

/// `--flag=value` or `--flag value`; the last occurrence wins, as in Go's flag package.
pub fn flag_value(argv: &[&str], flag: &str) -> Option<String> {
    let mut found = None;
    let mut it = argv.iter().peekable();
    while let Some(arg) = it.next() {
        if let Some(v) = arg
            .strip_prefix(flag)
            .and_then(|rest| rest.strip_prefix('='))
        {
            found = Some(v.to_string());
        } else if *arg == flag {
            if let Some(v) = it.peek().filter(|v| !v.starts_with("--")) {
                found = Some(v.to_string());
            }
        }
    }
    found
}

/// Maps a container path to the node through the deepest hostPath mount that contains it.
fn resolve(mounts: &[(PathBuf, PathBuf)], p: &Path) -> ContainerPath {
    let on_host = mounts
        .iter()
        .filter(|(mount, _)| p.starts_with(mount))
        .max_by_key(|(mount, _)| mount.components().count())
        .and_then(|(mount, host)| {
            p.strip_prefix(mount).ok().map(|rest| {
                if rest.as_os_str().is_empty() {
                    host.clone()
                } else {
                    host.join(rest)
                }
            })
        });
    ContainerPath {
        in_container: p.to_path_buf(),
        on_host,
    }
}

pub fn host_port(url: &str) -> Option<(String, u16)> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let rest = rest.split('/').next()?;
    let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
        let (h, p) = v6.split_once("]:")?;
        (h, p)
    } else {
        rest.rsplit_once(':')?
    };
    Some((host.to_string(), port.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Pod {
        let path = format!(
            "{}/../shared/fixtures/real-apiserver-wire/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
    }

    #[test]
    fn reads_a_real_kubeadm_etcd_pod() {
        let m = Member::from_pod(&fixture("pod-etcd-vm.json")).unwrap();
        assert_eq!(m.pod, "etcd-vm");
        assert_eq!(m.node, "vm");
        assert_eq!(m.name, "vm");
        assert_eq!(m.phase, "Running");
        assert!(m.ready);
        assert_eq!(m.image_version(), Some("3.5.1"));
        assert_eq!(m.listen_client_urls, ["https://127.0.0.1:2379"]);
        assert_eq!(m.forward_target(), Some(("127.0.0.1".into(), 2379)));
        assert_eq!(m.initial_cluster, "vm=https://127.0.0.1:2380");
        assert_eq!(
            m.cert_file.on_host.as_deref(),
            Some(Path::new("/etc/kubernetes/pki/etcd/server.crt"))
        );
        assert_eq!(
            m.data_dir.on_host.as_deref(),
            Some(Path::new("/var/lib/etcd"))
        );
        // kubeadm sets no quota: etcd's default applies.
        assert_eq!(m.quota_backend_bytes, None);
    }

    #[test]
    fn quota_backend_bytes_from_the_pod_spec() {
        let mut pod = fixture("pod-etcd-vm.json");
        let c = &mut pod.spec.as_mut().unwrap().containers[0];
        c.command
            .as_mut()
            .unwrap()
            .push("--quota-backend-bytes=8589934592".into());
        assert_eq!(
            Member::from_pod(&pod).unwrap().quota_backend_bytes,
            Some(8 << 30)
        );
        let c = &mut pod.spec.as_mut().unwrap().containers[0];
        c.command
            .as_mut()
            .unwrap()
            .push("--quota-backend-bytes=0".into());
        assert_eq!(Member::from_pod(&pod).unwrap().quota_backend_bytes, None);
    }

    #[test]
    fn host_paths_follow_the_mounts_not_the_flags() {
        let mut pod = fixture("pod-etcd-vm.json");
        let spec = pod.spec.as_mut().unwrap();
        for v in spec.volumes.as_mut().unwrap() {
            if v.name == "etcd-data" {
                v.host_path.as_mut().unwrap().path = "/var/lib/etcd-restore-20260101".into();
            }
            if v.name == "etcd-certs" {
                v.host_path.as_mut().unwrap().path = "/srv/pki".into();
            }
        }
        let m = Member::from_pod(&pod).unwrap();
        assert_eq!(m.data_dir.in_container, Path::new("/var/lib/etcd"));
        assert_eq!(
            m.data_dir.on_host.as_deref(),
            Some(Path::new("/var/lib/etcd-restore-20260101"))
        );
        assert_eq!(
            m.key_file.on_host.as_deref(),
            Some(Path::new("/srv/pki/server.key"))
        );
    }

    #[test]
    fn flags_in_both_spellings_and_missing_ones() {
        assert_eq!(
            flag_value(&["etcd", "--name", "a", "--name=b"], "--name").as_deref(),
            Some("b")
        );
        assert_eq!(flag_value(&["etcd", "--name-x=1"], "--name"), None);
        let mut pod = fixture("pod-etcd-vm.json");
        let c = &mut pod.spec.as_mut().unwrap().containers[0];
        c.command
            .as_mut()
            .unwrap()
            .retain(|a| !a.starts_with("--cert-file"));
        let err = Member::from_pod(&pod).unwrap_err();
        assert!(err.to_string().contains("--cert-file"), "{err}");
    }

    #[test]
    fn forward_target_prefers_loopback() {
        let mut m = Member::from_pod(&fixture("pod-etcd-vm.json")).unwrap();
        m.listen_client_urls = vec![
            "https://10.0.0.5:2379".into(),
            "https://127.0.0.1:12379".into(),
        ];
        assert_eq!(m.forward_target(), Some(("127.0.0.1".into(), 12379)));
        assert_eq!(host_port("https://[::1]:2379"), Some(("::1".into(), 2379)));
    }
}
