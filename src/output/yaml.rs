//! YAML the way kubectl prints it ([`super::goyaml`]): one entry point for every command that
//! prints YAML (get, snapshot extract, snapshot diff, documents with `-o yaml`).

use serde_json::Value;

/// `v` as `kubectl get -o yaml` prints it.
pub fn to_yaml(v: &Value) -> Result<String, serde_yaml::Error> {
    Ok(super::goyaml::to_string(v))
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_sorted_like_kubectl() {
        let v = serde_json::json!({"kind": "Pod", "apiVersion": "v1", "metadata": {"name": "x", "labels": {"b": "1", "a": "2"}}});
        assert_eq!(
            super::to_yaml(&v).unwrap(),
            "apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    a: \"2\"\n    b: \"1\"\n  name: x\n"
        );
    }
}
