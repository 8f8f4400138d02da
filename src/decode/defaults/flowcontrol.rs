//! flowcontrol.apiserver.k8s.io/v1: pkg/apis/flowcontrol/v1/defaults.go (kubernetes v1.36).

use super::{default_ptr, default_value, ensure, get, path, Obj};

pub(super) fn apply(kind: &str, o: &mut Obj) {
    match kind {
        // SetDefaults_FlowSchemaSpec.
        "FlowSchema" => default_value(ensure(o, "spec"), "matchingPrecedence", 1000),
        "PriorityLevelConfiguration" => {
            let spec = ensure(o, "spec");
            if let Some(limited) = get(spec, "limited") {
                // SetDefaults_LimitedPriorityLevelConfiguration: a pointer in v1, so an
                // explicit 0 stays.
                default_ptr(limited, "nominalConcurrencyShares", 30);
                default_ptr(limited, "lendablePercent", 0);
                // SetDefaults_QueuingConfiguration.
                if let Some(q) = path(limited, &["limitResponse", "queuing"]) {
                    default_value(q, "handSize", 8);
                    default_value(q, "queues", 64);
                    default_value(q, "queueLengthLimit", 50);
                }
            }
            // SetDefaults_ExemptPriorityLevelConfiguration.
            if let Some(exempt) = get(spec, "exempt") {
                default_ptr(exempt, "nominalConcurrencyShares", 0);
                default_ptr(exempt, "lendablePercent", 0);
            }
        }
        _ => {}
    }
}
