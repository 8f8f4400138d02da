//! Editing etcd's static-pod manifest for a restore, without I/O: change the `hostPath.path`
//! of the volume that holds etcd's data (kubeadm: `etcd-data`) and nothing else.
//!
//! The edit is textual, so every other byte (comments, key order, quoting, line endings)
//! stays as it was; both texts are then parsed again and compared as YAML documents, which
//! proves the only difference is that one value (and so that `--data-dir` and the container
//! side of the mount are unchanged). Manifests this cannot prove are refused.

use serde_yaml::Value;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ManifestError {
    #[error("the manifest is not valid YAML: {0}")]
    Parse(String),
    #[error("the manifest is not a single Pod (kind: {0})")]
    NotAPod(String),
    #[error("the manifest has no etcd container with a --data-dir flag")]
    NoDataDir,
    #[error("no hostPath volume is mounted at etcd's --data-dir {0}")]
    NoDataVolume(String),
    #[error("the {volume} hostPath ({path}) is not written as a plain `path: VALUE` line, so it cannot be changed without rewriting the file")]
    NotEditable { volume: String, path: String },
    #[error("the new data dir {0:?} must be an absolute path without quotes, spaces or control characters")]
    BadPath(String),
    #[error("the new data dir is the current one ({0})")]
    SamePath(String),
}

/// What etcd's manifest says about its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataVolume {
    /// The volume's name (`etcd-data` with kubeadm).
    pub volume: String,
    /// Its `hostPath.path`: the data dir on the node.
    pub host_path: String,
    /// `--data-dir` inside the container.
    pub data_dir: String,
}

/// A manifest with its data volume's host path changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Patched {
    pub text: String,
    pub volume: DataVolume,
    /// 1-based number of the changed line.
    pub line: usize,
}

fn parse(text: &str) -> Result<Value, ManifestError> {
    serde_yaml::from_str::<Value>(text).map_err(|e| ManifestError::Parse(e.to_string()))
}

fn container_argv(c: &Value) -> Vec<String> {
    ["command", "args"]
        .iter()
        .filter_map(|k| c.get(*k)?.as_sequence())
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// Index (in `spec.volumes`) and description of the hostPath volume holding etcd's data.
fn find_data_volume(doc: &Value) -> Result<(usize, DataVolume), ManifestError> {
    let kind = doc.get("kind").and_then(Value::as_str).unwrap_or("");
    if kind != "Pod" {
        return Err(ManifestError::NotAPod(kind.to_string()));
    }
    let spec = doc.get("spec").ok_or(ManifestError::NoDataDir)?;
    let containers = spec
        .get("containers")
        .and_then(Value::as_sequence)
        .ok_or(ManifestError::NoDataDir)?;
    let (container, data_dir) = containers
        .iter()
        .find_map(|c| {
            let argv = container_argv(c);
            let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
            Some((c, crate::cluster::member::flag_value(&argv, "--data-dir")?))
        })
        .ok_or(ManifestError::NoDataDir)?;
    // The deepest mount that contains --data-dir.
    let dd = std::path::Path::new(&data_dir);
    let mount = container
        .get("volumeMounts")
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
        .filter_map(|m| {
            Some((
                m.get("name")?.as_str()?,
                std::path::Path::new(m.get("mountPath")?.as_str()?),
            ))
        })
        .filter(|(_, p)| dd.starts_with(p))
        .max_by_key(|(_, p)| p.components().count())
        .map(|(n, _)| n.to_string())
        .ok_or_else(|| ManifestError::NoDataVolume(data_dir.clone()))?;
    let volumes = spec
        .get("volumes")
        .and_then(Value::as_sequence)
        .ok_or_else(|| ManifestError::NoDataVolume(data_dir.clone()))?;
    volumes
        .iter()
        .enumerate()
        .find_map(|(i, v)| {
            if v.get("name")?.as_str()? != mount {
                return None;
            }
            let path = v.get("hostPath")?.get("path")?.as_str()?;
            Some((
                i,
                DataVolume {
                    volume: mount.clone(),
                    host_path: path.to_string(),
                    data_dir: data_dir.clone(),
                },
            ))
        })
        .ok_or(ManifestError::NoDataVolume(data_dir))
}

/// A path we can write as a plain YAML scalar without any doubt.
fn plain_safe(path: &str) -> bool {
    path.starts_with('/')
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-+@=,:".contains(c))
        && !path.contains(": ")
        && !path.ends_with(':')
}

/// Splits a line into (before value, value token, after value) when it is `path: VALUE`
/// (optionally as a `- ` list item, optionally with a trailing comment).
fn split_path_line(line: &str) -> Option<(&str, &str, &str)> {
    let body = line.trim_end_matches(['\r', '\n']);
    let indent = body.len() - body.trim_start().len();
    let mut rest = &body[indent..];
    let mut key_at = indent;
    if let Some(r) = rest.strip_prefix("- ") {
        let extra = r.len() - r.trim_start().len();
        key_at += 2 + extra;
        rest = r.trim_start();
    }
    let after_key = rest.strip_prefix("path:")?;
    if !after_key.starts_with(' ') {
        return None;
    }
    let spaces = after_key.len() - after_key.trim_start().len();
    let value_at = key_at + "path:".len() + spaces;
    let value_part = &body[value_at..];
    let value_len = match value_part.find(" #") {
        Some(i) => value_part[..i].trim_end().len(),
        None => value_part.trim_end().len(),
    };
    if value_len == 0 {
        return None;
    }
    Some((
        &line[..value_at],
        &line[value_at..value_at + value_len],
        &line[value_at + value_len..],
    ))
}

/// The scalar a value token stands for, if it is a simple one.
fn unquote(token: &str) -> Option<String> {
    if let Some(inner) = token.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        return (!inner.contains(['\\', '"'])).then(|| inner.to_string());
    }
    if let Some(inner) = token.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
        return (!inner.contains('\'')).then(|| inner.to_string());
    }
    (!token.contains(['"', '\'', '{', '[', '&', '*', '!', '|', '>'])).then(|| token.to_string())
}

/// Changes the host path of etcd's data volume to `new_path`, touching only that value, and
/// proves it by parsing both texts.
pub fn patch_data_dir(text: &str, new_path: &str) -> Result<Patched, ManifestError> {
    let doc = parse(text)?;
    let (index, volume) = find_data_volume(&doc)?;
    if !plain_safe(new_path) {
        return Err(ManifestError::BadPath(new_path.to_string()));
    }
    if new_path.trim_end_matches('/') == volume.host_path.trim_end_matches('/') {
        return Err(ManifestError::SamePath(volume.host_path.clone()));
    }
    let mut expected = doc.clone();
    set_host_path(&mut expected, index, new_path);
    // Every `path: <old value>` line is a candidate; exactly one must give the expected
    // document (the others are other volumes with the same path, or not volumes at all).
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut found: Vec<(String, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some((before, token, after)) = split_path_line(line) else {
            continue;
        };
        if unquote(token).as_deref() != Some(volume.host_path.as_str()) {
            continue;
        }
        let replacement = match token.chars().next() {
            Some(q @ ('"' | '\'')) => format!("{q}{new_path}{q}"),
            _ => new_path.to_string(),
        };
        let mut candidate = String::with_capacity(text.len() + new_path.len());
        for (j, l) in lines.iter().enumerate() {
            if j == i {
                candidate.push_str(before);
                candidate.push_str(&replacement);
                candidate.push_str(after);
            } else {
                candidate.push_str(l);
            }
        }
        if parse(&candidate).ok().as_ref() == Some(&expected) {
            found.push((candidate, i + 1));
        }
    }
    match found.len() {
        1 => {
            let (text, line) = found.remove(0);
            Ok(Patched { text, volume, line })
        }
        _ => Err(ManifestError::NotEditable {
            volume: volume.volume,
            path: volume.host_path,
        }),
    }
}

/// Sets `spec.volumes[index].hostPath.path` (a volume [`find_data_volume`] found).
fn set_host_path(doc: &mut Value, index: usize, path: &str) {
    if let Some(p) = doc
        .get_mut("spec")
        .and_then(|s| s.get_mut("volumes"))
        .and_then(|v| v.get_mut(index))
        .and_then(|v| v.get_mut("hostPath"))
        .and_then(|h| h.get_mut("path"))
    {
        *p = Value::String(path.to_string());
    }
}

/// Whether `new` is `old` with only the data volume's host path changed (either way):
/// what a rollback puts back must be that kind of change too.
pub fn only_data_path_differs(old: &str, new: &str) -> Result<bool, ManifestError> {
    let (a, b) = (parse(old)?, parse(new)?);
    let (ia, va) = find_data_volume(&a)?;
    let (ib, vb) = find_data_volume(&b)?;
    if ia != ib || va.volume != vb.volume || va.data_dir != vb.data_dir {
        return Ok(false);
    }
    let mut b2 = b.clone();
    set_host_path(&mut b2, ib, &va.host_path);
    Ok(a == b2)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KUBEADM: &str = "apiVersion: v1
kind: Pod
metadata:
  name: etcd
  namespace: kube-system
spec:
  containers:
  - command:
    - etcd
    - --data-dir=/var/lib/etcd
    - --name=cp-0
    image: registry.k8s.io/etcd:3.5.16-0
    volumeMounts:
    - mountPath: /var/lib/etcd
      name: etcd-data
    - mountPath: /etc/kubernetes/pki/etcd
      name: etcd-certs
  hostNetwork: true
  volumes:
  - hostPath:
      path: /etc/kubernetes/pki/etcd
      type: DirectoryOrCreate
    name: etcd-certs
  - hostPath:
      path: /var/lib/etcd
      type: DirectoryOrCreate
    name: etcd-data
status: {}
";

    #[test]
    fn changes_only_the_data_host_path() {
        let p = patch_data_dir(KUBEADM, "/var/lib/etcd-restore-20260101T000000Z").unwrap();
        assert_eq!(
            p.text,
            KUBEADM.replace(
                "      path: /var/lib/etcd\n",
                "      path: /var/lib/etcd-restore-20260101T000000Z\n"
            )
        );
        assert_eq!(p.line, 25);
        assert_eq!(p.volume.volume, "etcd-data");
        assert_eq!(p.volume.host_path, "/var/lib/etcd");
        assert_eq!(p.volume.data_dir, "/var/lib/etcd");
        assert!(only_data_path_differs(KUBEADM, &p.text).unwrap());
        // --data-dir and the mount stay.
        assert!(p.text.contains("--data-dir=/var/lib/etcd\n"));
        assert!(p.text.contains("- mountPath: /var/lib/etcd\n"));
    }

    #[test]
    fn keeps_quotes_comments_and_crlf() {
        let text = KUBEADM
            .replace(
                "      path: /var/lib/etcd\n",
                "      path: \"/var/lib/etcd\"   # data\n",
            )
            .replace('\n', "\r\n");
        let p = patch_data_dir(&text, "/data/etcd-new").unwrap();
        assert_eq!(
            p.text,
            text.replace(
                "path: \"/var/lib/etcd\"   # data",
                "path: \"/data/etcd-new\"   # data"
            )
        );
    }

    #[test]
    fn same_path_elsewhere_is_not_touched() {
        // Another volume with the same host path comes first: only etcd-data's line changes.
        let text = KUBEADM.replace(
            "  volumes:\n",
            "  volumes:\n  - hostPath:\n      path: /var/lib/etcd\n    name: other\n",
        );
        let p = patch_data_dir(&text, "/var/lib/etcd-new");
        // Both lines give different documents; only the etcd-data one is expected.
        let p = p.unwrap();
        assert!(p
            .text
            .contains("      path: /var/lib/etcd\n    name: other\n"));
        assert!(p.text.contains("      path: /var/lib/etcd-new\n      type"));
    }

    #[test]
    fn refuses_what_it_does_not_understand() {
        assert!(matches!(
            patch_data_dir("kind: Deployment\n", "/x"),
            Err(ManifestError::NotAPod(_))
        ));
        assert!(matches!(
            patch_data_dir(": : :\n- [", "/x"),
            Err(ManifestError::Parse(_))
        ));
        let flow = KUBEADM.replace(
            "  - hostPath:\n      path: /var/lib/etcd\n      type: DirectoryOrCreate\n",
            "  - hostPath: {path: /var/lib/etcd, type: DirectoryOrCreate}\n",
        );
        assert!(matches!(
            patch_data_dir(&flow, "/x/y"),
            Err(ManifestError::NotEditable { .. })
        ));
        let no_flag = KUBEADM.replace("    - --data-dir=/var/lib/etcd\n", "");
        assert_eq!(
            patch_data_dir(&no_flag, "/x"),
            Err(ManifestError::NoDataDir)
        );
        assert!(matches!(
            patch_data_dir(KUBEADM, "relative/dir"),
            Err(ManifestError::BadPath(_))
        ));
        assert!(matches!(
            patch_data_dir(KUBEADM, "/var/lib/etcd"),
            Err(ManifestError::SamePath(_))
        ));
        let no_volume = KUBEADM.replace("      name: etcd-data\n", "      name: elsewhere\n");
        assert!(matches!(
            patch_data_dir(&no_volume, "/x"),
            Err(ManifestError::NoDataVolume(_))
        ));
    }

    #[test]
    fn diff_shows_the_one_line() {
        let p = patch_data_dir(KUBEADM, "/var/lib/etcd-new").unwrap();
        let d = crate::output::diff::unified("a", "b", KUBEADM, &p.text);
        assert_eq!(
            d,
            "--- a\n+++ b\n@@ -22,7 +22,7 @@\n       type: DirectoryOrCreate\n     name: etcd-certs\n   - hostPath:\n-      path: /var/lib/etcd\n+      path: /var/lib/etcd-new\n       type: DirectoryOrCreate\n     name: etcd-data\n status: {}\n"
        );
    }

    #[test]
    fn rollback_check_rejects_other_changes() {
        let p = patch_data_dir(KUBEADM, "/var/lib/etcd-new").unwrap();
        assert!(only_data_path_differs(&p.text, KUBEADM).unwrap());
        let other = KUBEADM.replace("--name=cp-0", "--name=cp-1");
        assert!(!only_data_path_differs(KUBEADM, &other).unwrap());
    }
}

/// Points a member's manifest at an existing cluster: `--initial-cluster=VALUE` and
/// `--initial-cluster-state=existing` (inserted after `--initial-cluster` when absent, as on
/// the first kubeadm control-plane node). Textual like [`patch_data_dir`], and proven the same
/// way: the result parses to the original document with exactly those arguments changed.
pub fn patch_initial_cluster(text: &str, initial_cluster: &str) -> Result<String, ManifestError> {
    let doc = parse(text)?;
    if initial_cluster.is_empty()
        || initial_cluster
            .chars()
            .any(|c| c.is_whitespace() || "#'\"{}&*!|>%@`".contains(c))
    {
        return Err(ManifestError::BadPath(initial_cluster.to_string()));
    }
    let mut expected = doc.clone();
    let argv = etcd_argv_mut(&mut expected).ok_or(ManifestError::NoDataDir)?;
    let cluster_at = argv
        .iter()
        .position(|a| {
            a.as_str()
                .is_some_and(|s| s.starts_with("--initial-cluster="))
        })
        .ok_or(ManifestError::NotEditable {
            volume: "--initial-cluster".into(),
            path: "(absent)".into(),
        })?;
    argv[cluster_at] = Value::String(format!("--initial-cluster={initial_cluster}"));
    let state = Value::String("--initial-cluster-state=existing".into());
    match argv.iter().position(|a| {
        a.as_str()
            .is_some_and(|s| s.starts_with("--initial-cluster-state="))
    }) {
        Some(i) => argv[i] = state,
        None => argv.insert(cluster_at + 1, state),
    }
    let mut out = String::with_capacity(text.len() + initial_cluster.len() + 40);
    let mut saw_state = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\r', '\n']);
        let eol = &line[body.len()..];
        let indent = &body[..body.len() - body.trim_start().len()];
        match body.trim_start() {
            l if l.starts_with("- --initial-cluster=") => {
                out.push_str(&format!(
                    "{indent}- --initial-cluster={initial_cluster}{eol}"
                ));
                if !text.contains("- --initial-cluster-state=") {
                    out.push_str(&format!("{indent}- --initial-cluster-state=existing{eol}"));
                }
            }
            l if l.starts_with("- --initial-cluster-state=") && !saw_state => {
                saw_state = true;
                out.push_str(&format!("{indent}- --initial-cluster-state=existing{eol}"));
            }
            _ => out.push_str(line),
        }
    }
    if parse(&out).ok().as_ref() != Some(&expected) {
        return Err(ManifestError::NotEditable {
            volume: "--initial-cluster".into(),
            path: "a plain `- --initial-cluster=VALUE` list item".into(),
        });
    }
    Ok(out)
}

/// The etcd container's `command` list (the container with `--initial-cluster` or
/// `--data-dir`).
fn etcd_argv_mut(doc: &mut Value) -> Option<&mut Vec<Value>> {
    let containers = doc
        .get_mut("spec")?
        .get_mut("containers")?
        .as_sequence_mut()?;
    containers
        .iter_mut()
        .filter_map(|c| c.get_mut("command")?.as_sequence_mut())
        .find(|argv| {
            argv.iter().any(|a| {
                a.as_str().is_some_and(|s| {
                    s.starts_with("--initial-cluster=") || s.starts_with("--data-dir=")
                })
            })
        })
}

#[cfg(test)]
mod initial_cluster_tests {
    use super::*;

    const JOINED: &str = "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - command:\n    - etcd\n    - --data-dir=/var/lib/etcd\n    - --initial-cluster=cp-0=https://10.0.0.10:2380\n    - --name=cp-0\n    image: registry.k8s.io/etcd:3.5.16-0\n    name: etcd\n";

    #[test]
    fn inserts_the_state_after_the_cluster_and_changes_nothing_else() {
        let out = patch_initial_cluster(
            JOINED,
            "cp-0=https://10.0.0.10:2380,cp-1=https://10.0.0.11:2380",
        )
        .unwrap();
        assert_eq!(
            out,
            JOINED.replace(
                "    - --initial-cluster=cp-0=https://10.0.0.10:2380\n",
                "    - --initial-cluster=cp-0=https://10.0.0.10:2380,cp-1=https://10.0.0.11:2380\n    - --initial-cluster-state=existing\n"
            )
        );
        // Already `existing` (a joined node): replaced in place, not duplicated.
        let again = patch_initial_cluster(&out, "cp-1=https://10.0.0.11:2380").unwrap();
        assert_eq!(again.matches("--initial-cluster-state=existing").count(), 1);
        let new_state = out.replace("state=existing", "state=new");
        assert!(patch_initial_cluster(&new_state, "a=https://h:2380")
            .unwrap()
            .contains("state=existing"));
    }

    #[test]
    fn refuses_what_it_cannot_prove() {
        assert!(patch_initial_cluster(JOINED, "a b").is_err());
        let flow = JOINED.replace(
            "  - command:\n    - etcd\n    - --data-dir=/var/lib/etcd\n    - --initial-cluster=cp-0=https://10.0.0.10:2380\n    - --name=cp-0\n",
            "  - command: [etcd, --data-dir=/var/lib/etcd, --initial-cluster=cp-0=https://10.0.0.10:2380]\n",
        );
        assert!(patch_initial_cluster(&flow, "a=https://h:2380").is_err());
    }
}
