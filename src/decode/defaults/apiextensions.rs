//! The two groups stored as JSON, served by the API server's own extension and aggregation
//! layers: apiextensions.k8s.io/v1 (staging/src/k8s.io/apiextensions-apiserver/pkg/apis/
//! apiextensions/v1/defaults.go) and apiregistration.k8s.io/v1 (staging/src/k8s.io/
//! kube-aggregator/pkg/apis/apiregistration/v1/defaults.go), kubernetes v1.36.

use serde_json::{json, Value};

use super::{default_ptr, default_value, ensure, get, path, text, Obj};

/// apiextensions.k8s.io/v1 SetDefaults_CustomResourceDefinition.
pub(super) fn apply_crd(kind: &str, o: &mut Obj) {
    if kind != "CustomResourceDefinition" {
        return;
    }
    let spec = ensure(o, "spec");
    // SetDefaults_CustomResourceDefinitionSpec.
    let names = ensure(spec, "names");
    let kind_name = text(names, "kind").to_string();
    default_value(names, "singular", kind_name.to_lowercase());
    if !kind_name.is_empty() {
        default_value(names, "listKind", format!("{kind_name}List"));
    }
    default_ptr(spec, "conversion", json!({"strategy": "None"}));
    if let Some(service) = path(spec, &["conversion", "webhook", "clientConfig", "service"]) {
        default_ptr(service, "port", 443); // SetDefaults_ServiceReference
    }
    // storedVersions: the storage version, when none is recorded.
    let storage = spec
        .get("versions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|v| v.get("storage") == Some(&Value::Bool(true)))
        .and_then(|v| v.get("name"))
        .cloned();
    if let Some(name) = storage {
        default_value(ensure(o, "status"), "storedVersions", json!([name]));
    }
}

/// apiregistration.k8s.io/v1 SetDefaults_ServiceReference.
pub(super) fn apply_api_service(kind: &str, o: &mut Obj) {
    if kind != "APIService" {
        return;
    }
    if let Some(service) = get(ensure(o, "spec"), "service") {
        default_ptr(service, "port", 443);
    }
}
