//! YAML the way kubectl prints it ([`super::goyaml`]), and key sorting for JSON documents.

use serde_json::Value;

/// Sorts every object's keys, recursively, whatever order the map type kept.
pub fn sorted(v: &Value) -> Value {
    let mut v = v.clone();
    sort_keys(&mut v);
    v
}

/// [`sorted`] in place: no copy of a large object.
pub fn sort_keys(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.sort_keys();
            m.values_mut().for_each(sort_keys);
        }
        Value::Array(a) => a.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

/// `v` as `kubectl get -o yaml` prints it (the same emitter for get, snapshot extract and
/// snapshot diff).
pub fn to_yaml(v: &Value) -> Result<String, serde_yaml::Error> {
    Ok(super::goyaml::to_string(v))
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorting_in_place_matches_sorting_a_copy() {
        let mut v = serde_json::json!({"z": [{"b": 1, "a": {"y": 1, "x": 2}}], "a": null});
        let copy = super::sorted(&v);
        super::sort_keys(&mut v);
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"a":null,"z":[{"a":{"x":2,"y":1},"b":1}]}"#
        );
        assert_eq!(
            serde_json::to_string(&copy).unwrap(),
            serde_json::to_string(&v).unwrap()
        );
    }

    #[test]
    fn keys_sorted_like_kubectl() {
        let v = serde_json::json!({"kind": "Pod", "apiVersion": "v1", "metadata": {"name": "x", "labels": {"b": "1", "a": "2"}}});
        assert_eq!(
            super::to_yaml(&v).unwrap(),
            "apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    a: \"2\"\n    b: \"1\"\n  name: x\n"
        );
    }
}
