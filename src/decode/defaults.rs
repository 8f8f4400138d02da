//! Defaulting kube-apiserver applies when it reads an object from etcd (the registered
//! `SetObjectDefaults_*` of kubernetes v1.36.2, pkg/apis/<group>/<version>), for fields the
//! stored bytes leave unset. Most defaults were applied when the object was written, so they
//! show only for what the write path cleared afterwards (a new PersistentVolumeClaim's or
//! PersistentVolume's status: `phase: Pending`) and for objects an older release wrote before
//! a default existed (a Service's `internalTrafficPolicy`, a Pod's `enableServiceLinks`).

use serde_json::{Map, Value};

pub fn apply(api_version: &str, kind: &str, object: &mut Map<String, Value>) {
    if api_version == "v1" {
        core_v1(kind, object);
    }
    if kind == "StatefulSet" && api_version.starts_with("apps/") {
        // apps/v1 defaulting fills in the TypeMeta of each claim template.
        let templates = object
            .get_mut("spec")
            .and_then(|s| s.get_mut("volumeClaimTemplates"))
            .and_then(Value::as_array_mut);
        for t in templates.into_iter().flatten() {
            if let Value::Object(t) = t {
                if let Some(spec) = t.get_mut("spec").and_then(Value::as_object_mut) {
                    pvc_spec(spec);
                }
                t.entry("apiVersion")
                    .or_insert_with(|| Value::String("v1".into()));
                t.entry("kind")
                    .or_insert_with(|| Value::String("PersistentVolumeClaim".into()));
            }
        }
    }
}

/// The `string` field `key` of `map`, set to `value` when missing or empty (Go's `== ""`).
fn default_str(map: &mut Map<String, Value>, key: &str, value: &str) {
    let empty = match map.get(key) {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        Some(_) => false,
    };
    if empty {
        map.insert(key.into(), Value::String(value.into()));
    }
}

/// The object field `key` of `map`, created empty when missing.
fn object_field<'a>(
    map: &'a mut Map<String, Value>,
    key: &str,
) -> Option<&'a mut Map<String, Value>> {
    if !matches!(map.get(key), Some(Value::Object(_))) {
        map.insert(key.into(), Value::Object(Map::new()));
    }
    map.get_mut(key).and_then(Value::as_object_mut)
}

/// SetDefaults_PersistentVolumeClaimSpec.
fn pvc_spec(spec: &mut Map<String, Value>) {
    default_str(spec, "volumeMode", "Filesystem");
}

/// pkg/apis/core/v1/defaults.go.
fn core_v1(kind: &str, object: &mut Map<String, Value>) {
    match kind {
        "PersistentVolumeClaim" => {
            if let Some(spec) = object.get_mut("spec").and_then(Value::as_object_mut) {
                pvc_spec(spec);
            }
            if let Some(status) = object_field(object, "status") {
                default_str(status, "phase", "Pending");
            }
        }
        "PersistentVolume" => {
            if let Some(spec) = object.get_mut("spec").and_then(Value::as_object_mut) {
                default_str(spec, "persistentVolumeReclaimPolicy", "Retain");
                default_str(spec, "volumeMode", "Filesystem");
            }
            if let Some(status) = object_field(object, "status") {
                default_str(status, "phase", "Pending");
            }
        }
        "Namespace" => {
            let name = object["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            if !name.is_empty() {
                if let Some(labels) = object
                    .get_mut("metadata")
                    .and_then(Value::as_object_mut)
                    .and_then(|m| object_field(m, "labels"))
                {
                    labels.insert("kubernetes.io/metadata.name".into(), Value::String(name));
                }
            }
            if let Some(status) = object_field(object, "status") {
                default_str(status, "phase", "Active");
            }
        }
        "Node" => {
            if let Some(status) = object.get_mut("status").and_then(Value::as_object_mut) {
                if !status.contains_key("allocatable") {
                    if let Some(capacity) = status.get("capacity").cloned() {
                        status.insert("allocatable".into(), capacity);
                    }
                }
            }
        }
        "Secret" => default_str(object, "type", "Opaque"),
        "Service" => {
            let Some(spec) = object.get_mut("spec").and_then(Value::as_object_mut) else {
                return;
            };
            default_str(spec, "sessionAffinity", "None");
            if spec["sessionAffinity"] == "None" {
                spec.remove("sessionAffinityConfig");
            }
            default_str(spec, "type", "ClusterIP");
            if let Some(ports) = spec.get_mut("ports").and_then(Value::as_array_mut) {
                for port in ports.iter_mut().filter_map(Value::as_object_mut) {
                    default_str(port, "protocol", "TCP");
                    let unset = match port.get("targetPort") {
                        None | Some(Value::Null) => true,
                        Some(Value::Number(n)) => n.as_i64() == Some(0),
                        Some(Value::String(s)) => s.is_empty(),
                        Some(_) => false,
                    };
                    if unset {
                        let p = port.get("port").cloned().unwrap_or(Value::from(0));
                        port.insert("targetPort".into(), p);
                    }
                }
            }
            let kind = spec["type"].as_str().unwrap_or_default().to_string();
            if matches!(kind.as_str(), "ClusterIP" | "NodePort" | "LoadBalancer") {
                default_str(spec, "internalTrafficPolicy", "Cluster");
            }
            if matches!(kind.as_str(), "NodePort" | "LoadBalancer") {
                default_str(spec, "externalTrafficPolicy", "Cluster");
            }
            if kind == "LoadBalancer" && !spec.contains_key("allocateLoadBalancerNodePorts") {
                spec.insert("allocateLoadBalancerNodePorts".into(), Value::Bool(true));
            }
        }
        "Pod" => {
            if let Some(spec) = object.get_mut("spec").and_then(Value::as_object_mut) {
                if !spec.contains_key("enableServiceLinks") {
                    spec.insert("enableServiceLinks".into(), Value::Bool(true));
                }
            }
        }
        "Endpoints" => {
            let subsets = object.get_mut("subsets").and_then(Value::as_array_mut);
            for subset in subsets.into_iter().flatten() {
                let ports = subset.get_mut("ports").and_then(Value::as_array_mut);
                for port in ports.into_iter().flatten().filter_map(Value::as_object_mut) {
                    default_str(port, "protocol", "TCP");
                }
            }
        }
        _ => {}
    }
}
