//! Rendering Kubernetes objects decoded from etcd values (`get` with decoding on).

use serde_json::{json, Value};

use super::yaml::{sorted, to_yaml, to_yaml_sorted};

/// What could be made of one stored value.
pub enum Shown {
    /// The object, as the API server would return it, keys sorted as kubectl prints them
    /// ([`super::yaml::sort_keys`]).
    Object(Value),
    /// Not readable as an object; `note` says why (encrypted, unknown schema, not Kubernetes).
    Raw {
        value: Vec<u8>,
        note: String,
        type_meta: Option<(String, String)>,
    },
}

pub struct Item {
    pub key: Vec<u8>,
    pub mod_revision: i64,
    pub shown: Shown,
}

/// simple: the key line, then the object as YAML (or the raw value, with a note on stderr's
/// behalf as a `#` line, so a terminal reader sees why).
pub fn simple(items: &[Item], value_only: bool) -> Result<Vec<u8>, serde_yaml::Error> {
    let mut out = Vec::new();
    for item in items {
        if !value_only {
            out.extend_from_slice(&item.key);
            out.push(b'\n');
        }
        match &item.shown {
            Shown::Object(o) => out.extend_from_slice(to_yaml_sorted(o)?.as_bytes()),
            Shown::Raw {
                value,
                note,
                type_meta,
            } => {
                if let Some((api_version, kind)) = type_meta {
                    out.extend_from_slice(
                        format!("apiVersion: {api_version}\nkind: {kind}\n").as_bytes(),
                    );
                }
                out.extend_from_slice(format!("# {note}\n").as_bytes());
                if type_meta.is_none() && !value.starts_with(b"k8s:enc:") {
                    out.extend_from_slice(value);
                    out.push(b'\n');
                }
            }
        }
    }
    Ok(out)
}

/// yaml: one document per key, objects as kubectl prints them; unreadable values as a
/// small document saying why, so the stream always parses.
pub fn yaml(items: &[Item]) -> Result<String, serde_yaml::Error> {
    // Emitting YAML is most of the cost of a large listing: one chunk per core.
    let parts = parallel_chunks(items, |chunk| {
        let mut out = String::new();
        for item in chunk {
            out.push_str("---\n");
            out.push_str(&format!(
                "# {} (mod revision {})\n",
                String::from_utf8_lossy(&item.key),
                item.mod_revision
            ));
            match &item.shown {
                Shown::Object(o) => out.push_str(&to_yaml_sorted(o)?),
                Shown::Raw { .. } => out.push_str(&to_yaml(&document(item))?),
            }
        }
        Ok(out)
    });
    parts.into_iter().collect()
}

/// Runs `f` over contiguous chunks of `items` on every core, results in order.
pub fn parallel_chunks<T: Sync, R: Send>(items: &[T], f: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    if cores < 2 || items.len() < 256 {
        return vec![f(items)];
    }
    let size = items.len().div_ceil(cores);
    std::thread::scope(|s| {
        let handles: Vec<_> = items.chunks(size).map(|c| s.spawn(|| f(c))).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

/// json: kubectl's shape — the object for one key, a `List` for several.
pub fn json(items: &[Item], single: bool) -> Value {
    let docs: Vec<Value> = items.iter().map(|i| sorted(&document(i))).collect();
    match docs.as_slice() {
        [one] if single => one.clone(),
        _ => {
            json!({"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""}, "items": docs})
        }
    }
}

fn document(item: &Item) -> Value {
    match &item.shown {
        Shown::Object(o) => o.clone(),
        Shown::Raw {
            value,
            note,
            type_meta,
        } => {
            let mut doc = json!({"key": String::from_utf8_lossy(&item.key), "error": note});
            if let Some((api_version, kind)) = type_meta {
                doc["apiVersion"] = json!(api_version);
                doc["kind"] = json!(kind);
            } else if let Ok(text) = std::str::from_utf8(value) {
                doc["value"] = json!(text);
            }
            doc
        }
    }
}
