//! scheduling.k8s.io/v1: pkg/apis/scheduling/v1/defaults.go (kubernetes v1.36).

use super::{default_ptr, Obj};

pub(super) fn apply(kind: &str, o: &mut Obj) {
    if kind == "PriorityClass" {
        // SetDefaults_PriorityClass.
        default_ptr(o, "preemptionPolicy", "PreemptLowerPriority");
    }
}
