//! autoscaling/v1 and autoscaling/v2: pkg/apis/autoscaling/{v1,v2}/defaults.go (kubernetes
//! v1.36).

use serde_json::{json, Value};

use super::{default_ptr, ensure, get, Obj};

/// autoscaling/v1 SetDefaults_HorizontalPodAutoscaler. (Its CPU target default lives in
/// the conversion to the internal type, which a read in v1 does not show.)
pub(super) fn apply_v1(kind: &str, o: &mut Obj) {
    if kind == "HorizontalPodAutoscaler" {
        default_ptr(ensure(o, "spec"), "minReplicas", 1);
    }
}

/// autoscaling/v2 SetDefaults_HorizontalPodAutoscaler and
/// SetDefaults_HorizontalPodAutoscalerBehavior.
pub(super) fn apply_v2(kind: &str, o: &mut Obj) {
    if kind != "HorizontalPodAutoscaler" {
        return;
    }
    let spec = ensure(o, "spec");
    default_ptr(spec, "minReplicas", 1);
    if super::is_zero(spec.get("metrics")) {
        // autoscaling.DefaultCPUUtilization.
        spec.insert(
            "metrics".into(),
            json!([{"type": "Resource", "resource": {"name": "cpu",
                "target": {"type": "Utilization", "averageUtilization": 80}}}]),
        );
    }
    if let Some(behavior) = get(spec, "behavior") {
        // GenerateHPAScaleUpRules / GenerateHPAScaleDownRules: the set fields of each rule
        // over the defaults (scale-down keeps no stabilization window: the controller's
        // flag decides it).
        let up = json!({"stabilizationWindowSeconds": 0, "selectPolicy": "Max", "policies": [
            {"type": "Pods", "value": 4, "periodSeconds": 15},
            {"type": "Percent", "value": 100, "periodSeconds": 15}]});
        let down = json!({"selectPolicy": "Max", "policies": [
            {"type": "Percent", "value": 100, "periodSeconds": 15}]});
        for (key, defaults) in [("scaleUp", up), ("scaleDown", down)] {
            let rules = scaling_rules(behavior.get(key), defaults);
            behavior.insert(key.into(), rules);
        }
    }
}

/// copyHPAScalingRules(from, defaults): every non-nil field of `from` wins.
fn scaling_rules(from: Option<&Value>, defaults: Value) -> Value {
    let (Some(Value::Object(from)), Value::Object(mut to)) = (from, defaults.clone()) else {
        return defaults;
    };
    for key in [
        "selectPolicy",
        "stabilizationWindowSeconds",
        "policies",
        "tolerance",
    ] {
        if let Some(v) = from.get(key).filter(|v| !v.is_null()) {
            to.insert(key.into(), v.clone());
        }
    }
    Value::Object(to)
}
