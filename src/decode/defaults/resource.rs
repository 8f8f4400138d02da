//! resource.k8s.io (Dynamic Resource Allocation): pkg/apis/resource/{v1,v1beta2,v1beta1}/
//! defaults.go and zz_generated.defaults.go (kubernetes v1.36).
//!
//! SetDefaults_DeviceTaint (a taint's `timeAdded` defaults to the time of the read) is not
//! mirrored: the output would change on every read.

use super::{default_ptr, default_value, each, ensure, get, path, text, Obj};

/// v1 and v1beta2: requests are `exactly` or `firstAvailable`.
pub(super) fn apply(kind: &str, o: &mut Obj) {
    match kind {
        "ResourceClaim" => {
            if let Some(devices) = path(o, &["spec", "devices"]) {
                for request in each(devices, "requests") {
                    if let Some(exactly) = get(request, "exactly") {
                        device_request(exactly);
                    }
                    for sub in each(request, "firstAvailable") {
                        device_request(sub);
                    }
                }
            }
            allocation_tolerations(o);
        }
        "ResourceClaimTemplate" => {
            if let Some(devices) = path(o, &["spec", "spec", "devices"]) {
                for request in each(devices, "requests") {
                    if let Some(exactly) = get(request, "exactly") {
                        device_request(exactly);
                    }
                    for sub in each(request, "firstAvailable") {
                        device_request(sub);
                    }
                }
            }
        }
        "ResourceSlice" => {
            for device in each(ensure(o, "spec"), "devices") {
                device_v1(device);
            }
        }
        _ => {}
    }
}

/// v1beta1: a request holds the exact-request fields itself.
pub(super) fn apply_v1beta1(kind: &str, o: &mut Obj) {
    let devices = match kind {
        "ResourceClaim" => path(o, &["spec", "devices"]),
        "ResourceClaimTemplate" => path(o, &["spec", "spec", "devices"]),
        _ => None,
    };
    if let Some(devices) = devices {
        for request in each(devices, "requests") {
            // SetDefaults_DeviceRequest: a request without a device class has subrequests
            // instead, and gets no mode or count.
            if !text(request, "deviceClassName").is_empty() {
                device_request(request);
            }
            for sub in each(request, "firstAvailable") {
                device_request(sub);
            }
        }
    }
    if kind == "ResourceClaim" {
        allocation_tolerations(o);
    }
}

/// SetDefaults_ExactDeviceRequest / SetDefaults_DeviceSubRequest, and the declarative
/// `operator: Equal` of each toleration.
fn device_request(r: &mut Obj) {
    default_value(r, "allocationMode", "ExactCount");
    if text(r, "allocationMode") == "ExactCount" {
        default_value(r, "count", 1);
    }
    tolerations(r);
}

fn allocation_tolerations(o: &mut Obj) {
    if let Some(devices) = path(o, &["status", "allocation", "devices"]) {
        for result in each(devices, "results") {
            tolerations(result);
        }
    }
}

fn tolerations(m: &mut Obj) {
    for t in each(m, "tolerations") {
        default_value(t, "operator", "Equal");
    }
}

/// SetDefaults_Device: each node-allocatable resource mapping's multiplier defaults to 1.
fn device_v1(device: &mut Obj) {
    if let Some(mappings) = get(device, "nodeAllocatableResourceMappings") {
        for mapping in mappings.values_mut().filter_map(|v| v.as_object_mut()) {
            default_ptr(mapping, "allocationMultiplier", "1");
        }
    }
}
