//! Turning an object read from a backup into one `kubectl apply` accepts: the fields the API
//! server sets (identity, timestamps, revision, status, bookkeeping) are removed, and so are
//! owner references — their UIDs belong to objects that are gone or were re-created, and the
//! garbage collector would delete an object whose owner UID does not exist.

use serde_json::Value;

const METADATA: [&str; 9] = [
    "resourceVersion",
    "uid",
    "creationTimestamp",
    "managedFields",
    "generation",
    "selfLink",
    "deletionTimestamp",
    "deletionGracePeriodSeconds",
    "ownerReferences",
];

/// Annotations the controllers write.
const ANNOTATIONS: [&str; 2] = [
    "deployment.kubernetes.io/revision",
    "kubectl.kubernetes.io/restartedAt",
];

/// The object ready to apply, and what was removed (dotted paths).
pub fn apply_ready(object: &Value) -> (Value, Vec<String>) {
    let mut o = object.clone();
    let mut dropped = Vec::new();
    if let Some(meta) = o.get_mut("metadata").and_then(Value::as_object_mut) {
        for f in METADATA {
            if meta.remove(f).is_some() {
                dropped.push(format!("metadata.{f}"));
            }
        }
        if let Some(ann) = meta.get_mut("annotations").and_then(Value::as_object_mut) {
            for a in ANNOTATIONS {
                if ann.remove(a).is_some() {
                    dropped.push(format!("metadata.annotations[{a}]"));
                }
            }
            if ann.is_empty() {
                meta.remove("annotations");
            }
        }
    }
    if let Some(obj) = o.as_object_mut() {
        if obj.remove("status").is_some() {
            dropped.push("status".into());
        }
    }
    let kind = o["kind"].as_str().unwrap_or_default().to_string();
    if let Some(spec) = o.get_mut("spec").and_then(Value::as_object_mut) {
        match kind.as_str() {
            // Allocated by the API server; a re-created Service gets a new one (headless keeps None).
            "Service" if spec.get("clusterIP").and_then(Value::as_str) != Some("None") => {
                for f in ["clusterIP", "clusterIPs"] {
                    if spec.remove(f).is_some() {
                        dropped.push(format!("spec.{f}"));
                    }
                }
            }
            // Chosen by the scheduler.
            "Pod" if spec.remove("nodeName").is_some() => dropped.push("spec.nodeName".into()),
            _ => {}
        }
    }
    (o, dropped)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn server_fields_go_spec_stays() {
        let svc = json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "web", "namespace": "p", "uid": "u", "resourceVersion": "5", "creationTimestamp": "t",
                         "managedFields": [], "ownerReferences": [{"uid": "x"}], "labels": {"a": "b"}},
            "spec": {"clusterIP": "10.0.0.1", "clusterIPs": ["10.0.0.1"], "ports": [{"port": 80}]},
            "status": {"loadBalancer": {}}});
        let (clean, dropped) = super::apply_ready(&svc);
        assert_eq!(
            clean,
            json!({"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "web", "namespace": "p", "labels": {"a": "b"}}, "spec": {"ports": [{"port": 80}]}})
        );
        assert!(
            dropped.contains(&"metadata.ownerReferences".to_string())
                && dropped.contains(&"spec.clusterIP".to_string())
        );
        let headless = json!({"kind": "Service", "spec": {"clusterIP": "None"}});
        assert_eq!(super::apply_ready(&headless).0, headless);
    }
}
