//! Rendering Kubernetes objects decoded from etcd values (`get` with decoding on).

use serde_json::Value;

use super::{gojson, goyaml};

/// What could be made of one stored value.
pub enum Shown {
    /// The object, as the API server would return it.
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
    pub shown: Shown,
}

/// simple: the key line, then the object as YAML (or the raw value, with a note on stderr's
/// behalf as a `#` line, so a terminal reader sees why).
pub fn simple(items: &[Item], value_only: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for item in items {
        if !value_only {
            out.extend_from_slice(&item.key);
            out.push(b'\n');
        }
        match &item.shown {
            Shown::Object(o) => out.extend_from_slice(goyaml::to_string(o).as_bytes()),
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
    out
}

/// kubectl's `-o json|yaml`: one object alone, or several as the items of a `List`, written
/// a batch at a time ([`Items`], joined by [`ListWriter::separator`]) so that memory stays bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectFormat {
    Json,
    Yaml,
}

/// The object alone, as `kubectl get TYPE NAME -o json|yaml` prints it.
pub fn single(object: &Value, format: ObjectFormat) -> String {
    match format {
        ObjectFormat::Json => gojson::to_string(object),
        ObjectFormat::Yaml => goyaml::to_string(object),
    }
}

/// Streams `{"apiVersion":"v1","items":[…],"kind":"List","metadata":{"resourceVersion":""}}`
/// as kubectl prints it.
pub struct ListWriter {
    format: ObjectFormat,
    written: usize,
}

impl ListWriter {
    pub fn new(format: ObjectFormat) -> Self {
        ListWriter { format, written: 0 }
    }

    pub fn head(&self) -> &'static str {
        match self.format {
            ObjectFormat::Json => "{\n    \"apiVersion\": \"v1\",\n    \"items\": [",
            ObjectFormat::Yaml => "apiVersion: v1\nitems:",
        }
    }

    /// What goes before `items` in the document (the separator after the previous items, or
    /// the break after `items:`), counting them as written.
    pub fn separator(&mut self, items: &Items) -> &'static str {
        if items.count == 0 {
            return "";
        }
        let first = self.written == 0;
        self.written += items.count;
        match (self.format, first) {
            (ObjectFormat::Json, false) => ",",
            (ObjectFormat::Yaml, true) => "\n",
            _ => "",
        }
    }

    pub fn tail(&self) -> &'static str {
        match (self.format, self.written) {
            (ObjectFormat::Json, 0) => "],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n",
            (ObjectFormat::Json, _) => "\n    ],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n",
            (ObjectFormat::Yaml, 0) => " []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n",
            (ObjectFormat::Yaml, _) => "kind: List\nmetadata:\n  resourceVersion: \"\"\n",
        }
    }
}

/// A run of consecutive list items, rendered on one thread (so that each object is printed
/// while it is still in the cache, and freed right after); [`ListWriter::separator`] joins
/// runs in order.
pub struct Items {
    format: ObjectFormat,
    pub text: String,
    count: usize,
}

impl Items {
    pub fn new(format: ObjectFormat, capacity: usize) -> Self {
        Items {
            format,
            text: String::with_capacity(capacity),
            count: 0,
        }
    }

    pub fn push(&mut self, object: &Value) {
        match self.format {
            ObjectFormat::Json => {
                if self.count > 0 {
                    self.text.push(',');
                }
                self.text.push_str("\n        ");
                gojson::write_value(&mut self.text, object, 2);
            }
            ObjectFormat::Yaml => goyaml::write_list_item(&mut self.text, object),
        }
        self.count += 1;
    }
}

/// Runs `f` over contiguous chunks of `items` on every core, results in order.
///
/// The chunks are small and handed out as threads become free, so that a core another
/// process takes for a while (the machine is rarely idle) does not leave the others waiting
/// at the end of the batch with half of it still to do.
pub fn parallel_chunks<T: Sync, R: Send>(items: &[T], f: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    if cores < 2 || items.len() < 256 {
        return vec![f(items)];
    }
    let size = (items.len() / (cores * 8)).max(64);
    let chunks: Vec<&[T]> = items.chunks(size).collect();
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(chunk) = chunks.get(i) else {
                return done;
            };
            done.push((i, f(chunk)));
        }
    };
    let mut results: Vec<Option<R>> = chunks.iter().map(|_| None).collect();
    std::thread::scope(|s| {
        let helpers: Vec<_> = (1..cores).map(|_| s.spawn(work)).collect();
        // This thread works too rather than waiting.
        let mut all = work();
        for h in helpers {
            all.extend(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        }
        for (i, r) in all {
            results[i] = Some(r);
        }
    });
    results.into_iter().flatten().collect()
}
