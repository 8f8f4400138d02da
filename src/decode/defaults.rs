//! Defaulting kube-apiserver applies when it reads an object from etcd, for fields
//! older writes left unset. Only the cases seen to differ from the stored bytes
//! are here; everything else a v1.36 apiserver defaults was already stored.

use serde_json::{Map, Value};

pub fn apply(api_version: &str, kind: &str, object: &mut Map<String, Value>) {
    if kind == "StatefulSet" && api_version.starts_with("apps/") {
        // apps/v1 defaulting fills in the TypeMeta of each claim template.
        let templates = object
            .get_mut("spec")
            .and_then(|s| s.get_mut("volumeClaimTemplates"))
            .and_then(Value::as_array_mut);
        for t in templates.into_iter().flatten() {
            if let Value::Object(t) = t {
                t.entry("apiVersion")
                    .or_insert_with(|| Value::String("v1".into()));
                t.entry("kind")
                    .or_insert_with(|| Value::String("PersistentVolumeClaim".into()));
            }
        }
    }
}
