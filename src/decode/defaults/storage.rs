//! storage.k8s.io/v1: pkg/apis/storage/v1/defaults.go and zz_generated.defaults.go
//! (kubernetes v1.36).

use serde_json::json;

use super::{core, default_ptr, ensure, path, Obj};

pub(super) fn apply(kind: &str, o: &mut Obj) {
    match kind {
        // SetDefaults_StorageClass.
        "StorageClass" => {
            default_ptr(o, "reclaimPolicy", "Delete");
            default_ptr(o, "volumeBindingMode", "Immediate");
        }
        // SetDefaults_CSIDriver.
        "CSIDriver" => {
            let spec = ensure(o, "spec");
            default_ptr(spec, "attachRequired", true);
            default_ptr(spec, "podInfoOnMount", false);
            default_ptr(spec, "storageCapacity", false);
            // CSIVolumeFSGroupPolicy and CSIInlineVolume are GA: their defaults always apply.
            default_ptr(spec, "fsGroupPolicy", "ReadWriteOnceWithFSType");
            if super::is_zero(spec.get("volumeLifecycleModes")) {
                spec.insert("volumeLifecycleModes".into(), json!(["Persistent"]));
            }
            default_ptr(spec, "requiresRepublish", false);
            // SELinuxMountReadWriteOncePod: on by default in 1.36.
            default_ptr(spec, "seLinuxMount", false);
        }
        // The core/v1 volume source defaults on an inline PersistentVolumeSpec.
        "VolumeAttachment" => {
            if let Some(spec) = path(o, &["spec", "source", "inlineVolumeSpec"]) {
                core::pv_sources(spec);
            }
        }
        _ => {}
    }
}
