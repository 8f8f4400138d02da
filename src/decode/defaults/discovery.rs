//! discovery.k8s.io/v1: pkg/apis/discovery/v1/defaults.go (kubernetes v1.36).

use super::{default_ptr, each, Obj};

pub(super) fn apply(kind: &str, o: &mut Obj) {
    if kind == "EndpointSlice" {
        // SetDefaults_EndpointPort: `name` is a pointer, so its default "" is printed.
        for port in each(o, "ports") {
            default_ptr(port, "name", "");
            default_ptr(port, "protocol", "TCP");
        }
    }
}
