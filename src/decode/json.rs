//! JSON-stored objects (custom resources, CRDs, APIServices): parsed as they are,
//! except CRDs still stored as apiextensions.k8s.io/v1beta1, which the API server
//! (and kubectl) only serve as v1.

use serde_json::{Map, Value};

/// Converts a v1beta1 CustomResourceDefinition to the v1 form the API server
/// returns: top-level `version`/`validation`/`subresources`/
/// `additionalPrinterColumns` move into each version, `JSONPath` becomes
/// `jsonPath`, the conversion webhook settings move under `webhook`, and
/// `preserveUnknownFields: false` (the v1 default) is dropped.
pub fn crd_v1beta1_to_v1(object: &mut Map<String, Value>) {
    object.insert(
        "apiVersion".into(),
        Value::String("apiextensions.k8s.io/v1".into()),
    );
    let Some(Value::Object(spec)) = object.get_mut("spec") else {
        return;
    };

    let version = spec.remove("version");
    let validation = spec.remove("validation");
    let subresources = spec.remove("subresources");
    let columns = spec.remove("additionalPrinterColumns");

    let versions = spec
        .entry("versions")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(list) = versions {
        if list.is_empty() {
            if let Some(Value::String(name)) = &version {
                let mut v = Map::new();
                v.insert("name".into(), Value::String(name.clone()));
                v.insert("served".into(), Value::Bool(true));
                v.insert("storage".into(), Value::Bool(true));
                list.push(Value::Object(v));
            }
        }
        for v in list.iter_mut() {
            let Value::Object(v) = v else { continue };
            for (field, top) in [
                ("schema", &validation),
                ("subresources", &subresources),
                ("additionalPrinterColumns", &columns),
            ] {
                if let Some(top) = top {
                    if !v.contains_key(field) {
                        v.insert(field.into(), top.clone());
                    }
                }
            }
            if let Some(Value::Array(cols)) = v.get_mut("additionalPrinterColumns") {
                for col in cols.iter_mut() {
                    if let Value::Object(col) = col {
                        if let Some(path) = col.remove("JSONPath") {
                            col.insert("jsonPath".into(), path);
                        }
                    }
                }
            }
        }
    }

    if spec.get("preserveUnknownFields") == Some(&Value::Bool(false)) {
        spec.remove("preserveUnknownFields");
    }

    if let Some(Value::Object(conversion)) = spec.get_mut("conversion") {
        let client = conversion.remove("webhookClientConfig");
        let review = conversion.remove("conversionReviewVersions");
        if client.is_some() || review.is_some() {
            let mut webhook = Map::new();
            if let Some(c) = client {
                webhook.insert("clientConfig".into(), c);
            }
            if let Some(r) = review {
                webhook.insert("conversionReviewVersions".into(), r);
            }
            conversion.insert("webhook".into(), Value::Object(webhook));
        }
    }
}
