//! apps/v1: pkg/apis/apps/v1/defaults.go and zz_generated.defaults.go (kubernetes v1.36).
//! Every workload's pod template gets the core/v1 PodSpec defaults.

use serde_json::json;

use super::{core, default_ptr, default_value, each, ensure, get, text, Obj};

pub(super) fn apply(kind: &str, o: &mut Obj) {
    match kind {
        "Deployment" => deployment(ensure(o, "spec")),
        "DaemonSet" => daemon_set(ensure(o, "spec")),
        "StatefulSet" => stateful_set(ensure(o, "spec")),
        // SetDefaults_ReplicaSet.
        "ReplicaSet" => {
            let spec = ensure(o, "spec");
            default_ptr(spec, "replicas", 1);
            core::pod_template(ensure(spec, "template"));
        }
        _ => {}
    }
}

/// SetDefaults_Deployment.
fn deployment(spec: &mut Obj) {
    default_ptr(spec, "replicas", 1);
    let strategy = ensure(spec, "strategy");
    default_value(strategy, "type", "RollingUpdate");
    if text(strategy, "type") == "RollingUpdate" {
        let rolling = ensure(strategy, "rollingUpdate");
        default_ptr(rolling, "maxUnavailable", "25%");
        default_ptr(rolling, "maxSurge", "25%");
    }
    default_ptr(spec, "revisionHistoryLimit", 10);
    default_ptr(spec, "progressDeadlineSeconds", 600);
    core::pod_template(ensure(spec, "template"));
}

/// SetDefaults_DaemonSet.
fn daemon_set(spec: &mut Obj) {
    let strategy = ensure(spec, "updateStrategy");
    default_value(strategy, "type", "RollingUpdate");
    if text(strategy, "type") == "RollingUpdate" {
        let rolling = ensure(strategy, "rollingUpdate");
        default_ptr(rolling, "maxUnavailable", 1);
        default_ptr(rolling, "maxSurge", 0);
    }
    default_ptr(spec, "revisionHistoryLimit", 10);
    core::pod_template(ensure(spec, "template"));
}

/// SetDefaults_StatefulSet, and the PersistentVolumeClaim defaults the generated code runs
/// on each volume claim template.
fn stateful_set(spec: &mut Obj) {
    default_value(spec, "podManagementPolicy", "OrderedReady");
    let strategy = ensure(spec, "updateStrategy");
    if super::is_zero(strategy.get("type")) {
        strategy.insert("type".into(), "RollingUpdate".into());
        default_ptr(strategy, "rollingUpdate", json!({}));
    }
    if text(strategy, "type") == "RollingUpdate" {
        if let Some(rolling) = get(strategy, "rollingUpdate") {
            default_ptr(rolling, "partition", 0);
            // No `maxUnavailable` default: the v1.36 API server of the fixtures wrote a
            // RollingUpdate StatefulSet with `partition: 0` alone (MaxUnavailableStatefulSet
            // adds none while its gate is at its 1.36 default).
        }
    }
    // StatefulSetAutoDeletePVC is GA (always on) in 1.36.
    let retention = ensure(spec, "persistentVolumeClaimRetentionPolicy");
    default_value(retention, "whenDeleted", "Retain");
    default_value(retention, "whenScaled", "Retain");
    default_ptr(spec, "replicas", 1);
    default_ptr(spec, "revisionHistoryLimit", 10);
    core::pod_template(ensure(spec, "template"));
    for claim in each(spec, "volumeClaimTemplates") {
        core::claim_template(claim);
        // The stored templates carry their TypeMeta, and the API server serves it.
        default_value(claim, "apiVersion", "v1");
        default_value(claim, "kind", "PersistentVolumeClaim");
    }
}
