//! YAML the way kubectl prints it: keys sorted (kubectl goes through a Go map), block style.

use serde_json::Value;

/// Sorts every object's keys, recursively, whatever order the map type kept.
pub fn sorted(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted(&m[k])))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

pub fn to_yaml(v: &Value) -> Result<String, serde_yaml::Error> {
    serde_yaml::to_string(&sorted(v))
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_sorted_like_kubectl() {
        let v = serde_json::json!({"kind": "Pod", "apiVersion": "v1", "metadata": {"name": "x", "labels": {"b": "1", "a": "2"}}});
        assert_eq!(
            super::to_yaml(&v).unwrap(),
            "apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    a: '2'\n    b: '1'\n  name: x\n"
        );
    }
}
