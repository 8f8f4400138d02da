//! One test per read-time default (SetObjectDefaults_* of kubernetes v1.36.2) that a stored
//! object can lack, on protobuf values built by hand.

use serde_json::json;

use super::go_rules_tests::{decoded, field, metadata, number, varint_field};

#[test]
fn persistent_volume_claim_phase_pending_and_volume_mode() {
    let pvc = decoded(
        "v1",
        "PersistentVolumeClaim",
        metadata("v1", "PersistentVolumeClaim"),
    );
    assert_eq!(pvc["status"], json!({"phase": "Pending"}), "{pvc}");
    assert_eq!(pvc["spec"]["volumeMode"], json!("Filesystem"), "{pvc}");
    // A phase that is set stays.
    let n = number("v1", "PersistentVolumeClaim", &["status", "phase"]);
    let raw = [
        metadata("v1", "PersistentVolumeClaim"),
        field(n[0], &field(n[1], b"Bound")),
    ]
    .concat();
    let pvc = decoded("v1", "PersistentVolumeClaim", raw);
    assert_eq!(pvc["status"]["phase"], json!("Bound"));
}

#[test]
fn persistent_volume_phase_reclaim_policy_and_volume_mode() {
    let pv = decoded("v1", "PersistentVolume", metadata("v1", "PersistentVolume"));
    assert_eq!(pv["status"]["phase"], json!("Pending"), "{pv}");
    assert_eq!(pv["spec"]["persistentVolumeReclaimPolicy"], json!("Retain"));
    assert_eq!(pv["spec"]["volumeMode"], json!("Filesystem"));
}

#[test]
fn namespace_phase_active_and_name_label() {
    let ns = decoded("v1", "Namespace", metadata("v1", "Namespace"));
    assert_eq!(ns["status"]["phase"], json!("Active"), "{ns}");
    assert_eq!(
        ns["metadata"]["labels"]["kubernetes.io/metadata.name"],
        json!("x")
    );
}

#[test]
fn node_allocatable_defaults_to_capacity() {
    let n = number("v1", "Node", &["status", "capacity"]);
    let quantity = field(1, b"2");
    let entry = [field(1, b"cpu"), field(2, &quantity)].concat();
    let raw = [metadata("v1", "Node"), field(n[0], &field(n[1], &entry))].concat();
    let node = decoded("v1", "Node", raw);
    assert_eq!(node["status"]["capacity"], json!({"cpu": "2"}), "{node}");
    assert_eq!(node["status"]["allocatable"], json!({"cpu": "2"}), "{node}");
}

#[test]
fn secret_type_opaque() {
    let secret = decoded("v1", "Secret", metadata("v1", "Secret"));
    assert_eq!(secret["type"], json!("Opaque"), "{secret}");
}

#[test]
fn service_affinity_type_ports_and_traffic_policy() {
    let n = number("v1", "Service", &["spec", "ports", "port"]);
    let port = varint_field(n[2], 8080);
    let raw = [metadata("v1", "Service"), field(n[0], &field(n[1], &port))].concat();
    let svc = decoded("v1", "Service", raw);
    let spec = &svc["spec"];
    assert_eq!(spec["sessionAffinity"], json!("None"), "{svc}");
    assert_eq!(spec["type"], json!("ClusterIP"));
    assert_eq!(spec["internalTrafficPolicy"], json!("Cluster"));
    assert_eq!(
        spec["ports"],
        json!([{"port": 8080, "protocol": "TCP", "targetPort": 8080}])
    );
    assert!(spec.get("externalTrafficPolicy").is_none(), "{svc}");
}

#[test]
fn pod_enable_service_links() {
    let n = number("v1", "Pod", &["spec", "nodeName"]);
    let raw = [metadata("v1", "Pod"), field(n[0], &field(n[1], b"node-1"))].concat();
    let pod = decoded("v1", "Pod", raw);
    assert_eq!(pod["spec"]["enableServiceLinks"], json!(true), "{pod}");
}

#[test]
fn endpoints_port_protocol_tcp() {
    let n = number("v1", "Endpoints", &["subsets", "ports", "port"]);
    let port = varint_field(n[2], 443);
    let raw = [
        metadata("v1", "Endpoints"),
        field(n[0], &field(n[1], &port)),
    ]
    .concat();
    let ep = decoded("v1", "Endpoints", raw);
    assert_eq!(
        ep["subsets"][0]["ports"][0]["protocol"],
        json!("TCP"),
        "{ep}"
    );
}

#[test]
fn stateful_set_claim_templates_volume_mode() {
    let n = number(
        "apps/v1",
        "StatefulSet",
        &["spec", "volumeClaimTemplates", "metadata", "name"],
    );
    let template = field(n[2], &field(n[3], b"data"));
    let raw = [
        metadata("apps/v1", "StatefulSet"),
        field(n[0], &field(n[1], &template)),
    ]
    .concat();
    let sts = decoded("apps/v1", "StatefulSet", raw);
    let t = &sts["spec"]["volumeClaimTemplates"][0];
    assert_eq!(t["spec"]["volumeMode"], json!("Filesystem"), "{sts}");
    assert_eq!(t["kind"], json!("PersistentVolumeClaim"));
}

#[test]
fn deployment_defaults_through_the_decoder() {
    // A Deployment stored with nothing but its name: the renderer prints the zero-valued
    // value structs Go always prints, and the apps/v1 and core/v1 defaulters fill them.
    let d = decoded("apps/v1", "Deployment", metadata("apps/v1", "Deployment"));
    let spec = &d["spec"];
    assert_eq!(spec["replicas"], json!(1), "{d}");
    assert_eq!(
        spec["strategy"],
        json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}})
    );
    assert_eq!(spec["revisionHistoryLimit"], json!(10));
    assert_eq!(spec["progressDeadlineSeconds"], json!(600));
    let pod = &spec["template"]["spec"];
    assert_eq!(pod["dnsPolicy"], json!("ClusterFirst"), "{d}");
    assert_eq!(pod["restartPolicy"], json!("Always"));
    assert_eq!(pod["securityContext"], json!({}));
    assert_eq!(pod["terminationGracePeriodSeconds"], json!(30));
    assert_eq!(pod["schedulerName"], json!("default-scheduler"));
}

#[test]
fn flow_schema_matching_precedence_through_the_decoder() {
    // matchingPrecedence has no omitempty: the renderer prints 0, which Go defaults to 1000.
    let fs = decoded(
        "flowcontrol.apiserver.k8s.io/v1",
        "FlowSchema",
        metadata("flowcontrol.apiserver.k8s.io/v1", "FlowSchema"),
    );
    assert_eq!(fs["spec"]["matchingPrecedence"], json!(1000), "{fs}");
}

#[test]
fn job_defaults_through_the_decoder() {
    let job = decoded("batch/v1", "Job", metadata("batch/v1", "Job"));
    let spec = &job["spec"];
    assert_eq!(spec["completions"], json!(1), "{job}");
    assert_eq!(spec["parallelism"], json!(1));
    assert_eq!(spec["backoffLimit"], json!(6));
    assert_eq!(spec["completionMode"], json!("NonIndexed"));
    assert_eq!(spec["suspend"], json!(false));
    assert_eq!(spec["podReplacementPolicy"], json!("TerminatingOrFailed"));
}
