//! networking.k8s.io/v1: pkg/apis/networking/v1/defaults.go (kubernetes v1.36).

use serde_json::json;

use super::{default_ptr, each, ensure, path, Obj};

pub(super) fn apply(kind: &str, o: &mut Obj) {
    match kind {
        "NetworkPolicy" => {
            let spec = ensure(o, "spec");
            // SetDefaults_NetworkPolicy: no policyTypes means Ingress, plus Egress when
            // egress rules exist.
            if super::is_zero(spec.get("policyTypes")) {
                let mut types = vec![json!("Ingress")];
                if !super::is_zero(spec.get("egress")) {
                    types.push(json!("Egress"));
                }
                spec.insert("policyTypes".into(), types.into());
            }
            // SetDefaults_NetworkPolicyPort.
            for direction in ["ingress", "egress"] {
                for rule in each(spec, direction) {
                    for port in each(rule, "ports") {
                        default_ptr(port, "protocol", "TCP");
                    }
                }
            }
        }
        // SetDefaults_IngressClass.
        "IngressClass" => {
            if let Some(parameters) = path(o, &["spec", "parameters"]) {
                default_ptr(parameters, "scope", "Cluster");
            }
        }
        _ => {}
    }
}
