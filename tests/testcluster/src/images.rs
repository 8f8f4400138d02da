//! A node's image store, as `ctr -n k8s.io images import IMAGE.tar` fills containerd's: the
//! tarball's OCI layout (index.json → manifest → config + layers) is read, every blob's
//! digest checked, the layers unpacked in order into a root filesystem, and the image named
//! by its `io.containerd.image.name` annotation (else docker's manifest.json RepoTags).

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// An unpacked image: its root filesystem and the parts of its config a runtime uses.
#[derive(Clone, Debug, PartialEq)]
pub struct OciImage {
    pub reference: String,
    /// `sha256:…` of the manifest (what `crictl images --digests` shows).
    pub digest: String,
    pub rootfs: PathBuf,
    pub entrypoint: Vec<String>,
    pub cmd: Vec<String>,
    pub env: Vec<(String, String)>,
    pub working_dir: String,
    /// `User` from the config: "uid[:gid]" (names are looked up in the image's /etc/passwd).
    pub user: String,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// `docker.io/library/busybox:latest` for `busybox`, as containerd normalizes references.
pub fn normalize(reference: &str) -> String {
    let r = reference.split('@').next().unwrap_or(reference);
    let (name, tag) = match r.rfind(':') {
        Some(i) if !r[i..].contains('/') => (&r[..i], &r[i + 1..]),
        _ => (r, "latest"),
    };
    let first = name.split('/').next().unwrap_or("");
    let name = if !name.contains('/') {
        format!("docker.io/library/{name}")
    } else if !(first.contains('.') || first.contains(':') || first == "localhost") {
        format!("docker.io/{name}")
    } else {
        name.to_string()
    };
    format!("{name}:{tag}")
}

/// Imports every image of the tarball into `store` (a node's containerd directory).
pub fn import(tarball: &Path, store: &Path) -> Result<Vec<OciImage>> {
    let f =
        std::fs::File::open(tarball).with_context(|| format!("ctr: open {}", tarball.display()))?;
    let mut files: HashMap<String, Vec<u8>> = HashMap::new();
    let mut ar = tar::Archive::new(f);
    for e in ar.entries()? {
        let mut e = e?;
        if !e.header().entry_type().is_file() {
            continue;
        }
        let path = e
            .path()?
            .to_string_lossy()
            .trim_start_matches("./")
            .to_string();
        let mut buf = Vec::new();
        e.read_to_end(&mut buf)?;
        files.insert(path, buf);
    }
    let blob = |digest: &str| -> Result<&Vec<u8>> {
        let hex = digest
            .strip_prefix("sha256:")
            .ok_or_else(|| anyhow!("unsupported digest {digest}"))?;
        let b = files
            .get(&format!("blobs/sha256/{hex}"))
            .ok_or_else(|| anyhow!("ctr: content digest {digest}: not found"))?;
        let got = format!("{:x}", Sha256::digest(b));
        if got != hex {
            bail!("ctr: digest mismatch for {digest}: the blob hashes to sha256:{got}");
        }
        Ok(b)
    };
    let index: Value = serde_json::from_slice(files.get("index.json").ok_or_else(|| {
        anyhow!(
            "ctr: {} is not an OCI archive (no index.json)",
            tarball.display()
        )
    })?)?;
    let docker_tags: Vec<String> = files
        .get("manifest.json")
        .and_then(|m| serde_json::from_slice::<Value>(m).ok())
        .and_then(|m| m.get(0).map(|e| strings(e.get("RepoTags"))))
        .unwrap_or_default();
    let mut out = vec![];
    for desc in index
        .get("manifests")
        .and_then(|m| m.as_array())
        .cloned()
        .unwrap_or_default()
    {
        let digest = desc
            .get("digest")
            .and_then(|d| d.as_str())
            .unwrap_or("")
            .to_string();
        let name = desc
            .pointer("/annotations/io.containerd.image.name")
            .and_then(|n| n.as_str())
            .map(String::from)
            .or_else(|| docker_tags.first().cloned())
            .ok_or_else(|| {
                anyhow!("ctr: image {digest} has no name (io.containerd.image.name or RepoTags)")
            })?;
        let manifest: Value = serde_json::from_slice(blob(&digest)?)?;
        let config_digest = manifest
            .pointer("/config/digest")
            .and_then(|d| d.as_str())
            .unwrap_or("");
        let config: Value = serde_json::from_slice(blob(config_digest)?)?;
        if let Some(os) = config.get("os").and_then(|o| o.as_str()) {
            if os != "linux" {
                bail!("ctr: image {name} is for {os}");
            }
        }
        let hex = digest.trim_start_matches("sha256:");
        let rootfs = store.join("snapshots").join(hex).join("rootfs");
        if !rootfs.exists() {
            let tmp = rootfs.with_extension("part");
            let _ = std::fs::remove_dir_all(&tmp);
            std::fs::create_dir_all(&tmp)?;
            for layer in manifest
                .get("layers")
                .and_then(|l| l.as_array())
                .cloned()
                .unwrap_or_default()
            {
                let ld = layer.get("digest").and_then(|d| d.as_str()).unwrap_or("");
                let mt = layer
                    .get("mediaType")
                    .and_then(|d| d.as_str())
                    .unwrap_or("");
                let data = blob(ld)?;
                let reader: Box<dyn Read> = if mt.ends_with("+gzip") || mt.ends_with(".gzip") {
                    Box::new(flate2::read::GzDecoder::new(&data[..]))
                } else if mt.ends_with(".tar") || mt.ends_with("tar") {
                    Box::new(&data[..])
                } else {
                    bail!("ctr: layer {ld}: unsupported media type {mt}");
                };
                let mut ar = tar::Archive::new(reader);
                ar.set_preserve_permissions(true);
                ar.set_preserve_ownerships(true);
                ar.set_overwrite(true);
                ar.unpack(&tmp)
                    .with_context(|| format!("ctr: unpacking layer {ld}"))?;
            }
            std::fs::rename(&tmp, &rootfs)?;
        }
        let c = config.get("config").cloned().unwrap_or(Value::Null);
        out.push(OciImage {
            reference: normalize(&name),
            digest,
            rootfs,
            entrypoint: strings(c.get("Entrypoint")),
            cmd: strings(c.get("Cmd")),
            env: strings(c.get("Env"))
                .into_iter()
                .filter_map(|kv| {
                    kv.split_once('=')
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                })
                .collect(),
            working_dir: c
                .get("WorkingDir")
                .and_then(|w| w.as_str())
                .filter(|w| !w.is_empty())
                .unwrap_or("/")
                .to_string(),
            user: c
                .get("User")
                .and_then(|u| u.as_str())
                .unwrap_or("")
                .to_string(),
        });
    }
    Ok(out)
}

/// `User` ("1000", "1000:1000", "nonroot", "nonroot:nonroot") → (uid, gid), names looked up
/// in the image's own /etc/passwd and /etc/group, as containerd does.
pub fn resolve_user(image: &OciImage) -> Result<(u32, u32)> {
    if image.user.is_empty() {
        return Ok((0, 0));
    }
    let (u, g) = match image.user.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (image.user.as_str(), None),
    };
    let lookup = |file: &str, name: &str, field: usize| -> Option<(u32, Option<u32>)> {
        let text = std::fs::read_to_string(image.rootfs.join(file)).ok()?;
        text.lines().find_map(|l| {
            let parts: Vec<&str> = l.split(':').collect();
            (parts.first() == Some(&name)).then(|| {
                (
                    parts.get(2).and_then(|x| x.parse().ok()).unwrap_or(0),
                    parts.get(field).and_then(|x| x.parse().ok()),
                )
            })
        })
    };
    let (uid, primary) = match u.parse::<u32>() {
        Ok(n) => (n, None),
        Err(_) => lookup("etc/passwd", u, 3).ok_or_else(|| {
            anyhow!("unable to find user {u}: no matching entries in passwd file")
        })?,
    };
    let gid = match g {
        Some(g) => match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => lookup("etc/group", g, 99)
                .map(|(id, _)| id)
                .ok_or_else(|| {
                    anyhow!("unable to find group {g}: no matching entries in group file")
                })?,
        },
        None => primary.unwrap_or(uid),
    };
    Ok((uid, gid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_normalize_as_containerd() {
        assert_eq!(normalize("busybox"), "docker.io/library/busybox:latest");
        assert_eq!(normalize("me/tool:1"), "docker.io/me/tool:1");
        assert_eq!(
            normalize("ghcr.io/kubectl-etcd/kubectl-etcd:0.1.0"),
            "ghcr.io/kubectl-etcd/kubectl-etcd:0.1.0"
        );
        assert_eq!(normalize("localhost:5000/x"), "localhost:5000/x:latest");
    }
}
