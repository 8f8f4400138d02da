//! Protobuf request bodies (`Content-Type: application/vnd.kubernetes.protobuf`), as the real
//! `kubectl create configmap|secret` and `kubectl run` send them: `k8s\0` + runtime.Unknown
//! {TypeMeta, raw}, `raw` being the typed object (core/v1 ConfigMap, Secret, Pod, ...).
//!
//! kube-apiserver decodes them with the generated Go protobuf code. Here the decoding is
//! kubectl-etcd's schema-driven decoder (src/decode/protobuf, generated from Kubernetes'
//! generated.proto through k8s-pb), compiled in from the product's source files: it is the only
//! protobuf decoder for these types in the dependency tree (k8s-openapi has JSON only), and
//! writing a second one by hand would be a second copy to keep in step with Kubernetes.
//! The decoded object then goes through the same typed check as a JSON body (k8s-openapi), so a
//! body the decoder got wrong is refused rather than stored.

#[allow(dead_code, unused_imports, clippy::all)]
#[path = "../../../src/decode/envelope.rs"]
mod envelope;
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "../../../src/decode/protobuf/mod.rs"]
mod protobuf;
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "../../../src/decode/quantity.rs"]
mod quantity;
#[allow(dead_code, unused_imports, clippy::all)]
#[path = "../../../src/decode/time.rs"]
mod time;

use serde_json::{Map, Value};

/// The media type kubectl sends protobuf bodies with.
pub const PROTOBUF: &str = "application/vnd.kubernetes.protobuf";

/// Decodes a protobuf request body into the object's JSON form (with apiVersion and kind),
/// or says why it is not one, in the words kube-apiserver uses where it has them.
pub fn decode(body: &[u8]) -> Result<Value, String> {
    let rest = body.strip_prefix(envelope::PROTOBUF_MAGIC).ok_or_else(|| {
        "provided object is not a protobuf-encoded Kubernetes object (no k8s\\0 prefix)".to_string()
    })?;
    let unknown = envelope::parse_unknown(rest)?;
    if !unknown.content_encoding.is_empty() {
        return Err(format!(
            "content encoding {:?} is not supported",
            String::from_utf8_lossy(unknown.content_encoding)
        ));
    }
    let api_version = String::from_utf8_lossy(unknown.api_version).into_owned();
    let kind = String::from_utf8_lossy(unknown.kind).into_owned();
    let k = protobuf::schema::kind(&api_version, &kind)
        .ok_or_else(|| format!("no kind {kind:?} is registered for version {api_version:?}"))?;
    let obj = protobuf::render_object(k.message, unknown.raw)
        .map_err(|e| format!("{api_version} {kind}: {e}"))?;
    let mut out = Map::new();
    out.insert("kind".into(), Value::String(kind));
    out.insert("apiVersion".into(), Value::String(api_version));
    out.extend(obj);
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn refuses_what_is_not_a_protobuf_object() {
        assert!(decode(b"{\"kind\":\"ConfigMap\"}")
            .unwrap_err()
            .contains("no k8s\\0 prefix"));
        // k8s\0 + Unknown without TypeMeta
        assert!(decode(b"k8s\x00\x12\x00").unwrap_err().contains("TypeMeta"));
        // TypeMeta {apiVersion: "v9", kind: "Nope"}
        let body = b"k8s\x00\x0a\x0a\x0a\x02v9\x12\x04Nope";
        assert_eq!(
            decode(body).unwrap_err(),
            "no kind \"Nope\" is registered for version \"v9\""
        );
    }
}
