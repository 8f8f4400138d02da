//! Read-time defaults checked against a real kube-apiserver (v1.36): a field whose value is
//! the Go default is cut out of an object's stored protobuf bytes, as an older writer would
//! have left it, and the object must still decode to exactly the JSON that API server served
//! for it (../shared/fixtures/real-apiserver). The expected output is the API server's, not
//! ours.

use std::path::PathBuf;

use prost::encoding::{decode_key, decode_varint, encode_key, encode_varint, WireType};
use serde_json::Value;

use super::protobuf::schema::{self, Ty, INLINE};
use super::{decode, envelope};

/// (kind, objects, JSON path of the field cut from the stored bytes), for objects that hold
/// the Go default there. Paths through lists cut the field from every element. A
/// ServiceAccount token's `expirationSeconds` is not here: the API server's admission sets
/// 3607, not the defaulter's 3600.
const CUTS: &[(&str, &str, &[&str])] = &[
    // core/v1
    ("Pod", "!web-hostnet", &["spec", "dnsPolicy"]),
    ("Pod", "*", &["spec", "schedulerName"]),
    ("Pod", "!busy-running", &["spec", "securityContext"]),
    ("Pod", "*", &["spec", "enableServiceLinks"]),
    (
        "Pod",
        "*",
        &["spec", "containers", "terminationMessagePath"],
    ),
    (
        "Pod",
        "*",
        &["spec", "containers", "terminationMessagePolicy"],
    ),
    ("Pod", "*", &["spec", "containers", "imagePullPolicy"]),
    (
        "Pod",
        "!web-6d4ff4686c-5hz55,web-6d4ff4686c-8mbvg",
        &["spec", "volumes", "projected", "defaultMode"],
    ),
    (
        "Pod",
        "!web-6d4ff4686c-5hz55,web-6d4ff4686c-8mbvg",
        &[
            "spec",
            "volumes",
            "projected",
            "sources",
            "downwardAPI",
            "items",
            "fieldRef",
            "apiVersion",
        ],
    ),
    ("PersistentVolumeClaim", "*", &["spec", "volumeMode"]),
    (
        "PersistentVolume",
        "!fixtures-pv-spare",
        &["spec", "volumeMode"],
    ),
    ("Service", "!web-nodeport", &["spec", "sessionAffinity"]),
    (
        "Service",
        "!external-db",
        &["spec", "internalTrafficPolicy"],
    ),
    ("Service", "!web-nodeport", &["spec", "ports", "protocol"]),
    ("Namespace", "*", &["status", "phase"]),
    (
        "ReplicationController",
        "*",
        &["spec", "template", "spec", "restartPolicy"],
    ),
    (
        "PodTemplate",
        "*",
        &["template", "spec", "terminationGracePeriodSeconds"],
    ),
    // apps/v1
    ("Deployment", "worker", &["spec", "revisionHistoryLimit"]),
    ("Deployment", "worker", &["spec", "progressDeadlineSeconds"]),
    (
        "Deployment",
        "*",
        &["spec", "template", "spec", "dnsPolicy"],
    ),
    ("DaemonSet", "*", &["spec", "revisionHistoryLimit"]),
    (
        "StatefulSet",
        "db",
        &["spec", "updateStrategy", "rollingUpdate", "partition"],
    ),
    (
        "StatefulSet",
        "db",
        &["spec", "volumeClaimTemplates", "spec", "volumeMode"],
    ),
    (
        "StatefulSet",
        "db",
        &["spec", "volumeClaimTemplates", "status"],
    ),
    (
        "ReplicaSet",
        "*",
        &["spec", "template", "spec", "schedulerName"],
    ),
    // batch/v1
    ("Job", "!indexed-sleep", &["spec", "completionMode"]),
    ("Job", "*", &["spec", "suspend"]),
    ("Job", "*", &["spec", "podReplacementPolicy"]),
    ("Job", "every-minute-29922115", &["spec", "backoffLimit"]),
    ("Job", "indexed-sleep", &["spec", "backoffLimit"]),
    (
        "Job",
        "indexed-sleep",
        &[
            "spec",
            "podFailurePolicy",
            "rules",
            "onPodConditions",
            "status",
        ],
    ),
    (
        "CronJob",
        "nightly-report",
        &["spec", "successfulJobsHistoryLimit"],
    ),
    ("CronJob", "*", &["spec", "failedJobsHistoryLimit"]),
    (
        "CronJob",
        "*",
        &[
            "spec",
            "jobTemplate",
            "spec",
            "template",
            "spec",
            "dnsPolicy",
        ],
    ),
    // others
    (
        "NetworkPolicy",
        "default-deny-ingress",
        &["spec", "policyTypes"],
    ),
    ("PriorityClass", "fixtures-high", &["preemptionPolicy"]),
    ("ClusterRoleBinding", "*", &["roleRef", "apiGroup"]),
    ("RoleBinding", "*", &["roleRef", "apiGroup"]),
    (
        "ValidatingWebhookConfiguration",
        "*",
        &["webhooks", "matchPolicy"],
    ),
    (
        "ValidatingWebhookConfiguration",
        "*",
        &["webhooks", "objectSelector"],
    ),
    (
        "ValidatingWebhookConfiguration",
        "*",
        &["webhooks", "clientConfig", "service", "port"],
    ),
    ("ValidatingAdmissionPolicy", "*", &["spec", "failurePolicy"]),
    (
        "ValidatingAdmissionPolicy",
        "*",
        &["spec", "matchConstraints", "matchPolicy"],
    ),
    (
        "ValidatingAdmissionPolicy",
        "*",
        &["spec", "matchConstraints", "resourceRules", "scope"],
    ),
    (
        "ValidatingAdmissionPolicyBinding",
        "*",
        &["spec", "matchResources", "objectSelector"],
    ),
    (
        "EndpointSlice",
        "!web-nodeport-fsb6t",
        &["ports", "protocol"],
    ),
    (
        "PriorityLevelConfiguration",
        "*",
        &[
            "spec",
            "limited",
            "limitResponse",
            "queuing",
            "queueLengthLimit",
        ],
    ),
    ("DaemonSet", "node-agent", &["spec", "updateStrategy", "rollingUpdate", "maxSurge"]),
    ("DaemonSet", "node-agent", &["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"]),
    ("Deployment", "web", &["spec", "strategy", "rollingUpdate", "maxSurge"]),
    ("StatefulSet", "cache", &["spec", "persistentVolumeClaimRetentionPolicy"]),
    ("StatefulSet", "cache", &["spec", "podManagementPolicy"]),
    ("StorageClass", "fixtures-wffc", &["reclaimPolicy"]),
    ("StorageClass", "fixtures-manual", &["volumeBindingMode"]),
    ("Secret", "plain-opaque", &["type"]),
    ("Pod", "busy-completed,busy-pending,every-minute-29922115-2c8jb,indexed-sleep-0-68w4v,indexed-sleep-1-mspm2,legacy-rc-gn8nc,migrate-29gsg,node-agent-mltkc,worker-7c4c67b498-8d7rj", &["spec", "terminationGracePeriodSeconds"]),
    ("Pod", "busy-pending,busy-running,cache-0,db-0,db-1,legacy-rc-gn8nc,node-agent-mltkc,web-6d4ff4686c-5hz55,web-6d4ff4686c-8mbvg,web-hostnet,worker-7c4c67b498-8d7rj", &["spec", "restartPolicy"]),
    ("Pod", "busy-running,cache-0,db-0,db-1,web-6d4ff4686c-5hz55,web-6d4ff4686c-8mbvg,web-hostnet", &["spec", "containers", "ports", "protocol"]),
    ("Pod", "busy-running,web-6d4ff4686c-5hz55,web-6d4ff4686c-8mbvg", &["spec", "containers", "readinessProbe", "timeoutSeconds"]),
    ("Pod", "busy-running,indexed-sleep-0-68w4v,indexed-sleep-1-mspm2,web-6d4ff4686c-5hz55,web-6d4ff4686c-8mbvg", &["spec", "containers", "env", "valueFrom", "fieldRef", "apiVersion"]),
    ("Pod", "busy-running,web-6d4ff4686c-5hz55,web-6d4ff4686c-8mbvg", &["spec", "volumes", "configMap", "defaultMode"]),
    ("Pod", "web-hostnet", &["spec", "containers", "ports", "hostPort"]),
    ( "Endpoints", "db-headless,legacy-backend,web", &["subsets", "ports", "protocol"]),
    ("HorizontalPodAutoscaler", "worker", &["spec", "minReplicas"]),
    ("ReplicationController", "*", &["spec", "replicas"]),
    ("PersistentVolume", "fixtures-pv-db-0,fixtures-pv-db-1", &["spec", "persistentVolumeReclaimPolicy"]),
    ("PersistentVolumeClaim", "scratch", &["status", "phase"]),
];

/// `*` is every object of the kind, `!a,b` every one but `a` and `b` (whose value is not
/// the default), `a,b` those named.
fn picked(pattern: &str, name: &str) -> bool {
    match pattern.strip_prefix('!') {
        Some(except) => !except.split(',').any(|n| n == name),
        None => pattern == "*" || pattern.split(',').any(|n| n == name),
    }
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/real-apiserver")
}

/// Rewrites every occurrence of field `num` in a protobuf message: `f` returns the new
/// bytes of a length-delimited value, or `None` to drop the field.
fn rewrite(mut buf: &[u8], num: u32, f: &dyn Fn(&[u8]) -> Option<Vec<u8>>) -> Vec<u8> {
    let mut out = Vec::new();
    while !buf.is_empty() {
        let start = buf;
        let (n, wire) = decode_key(&mut buf).expect("field key");
        let value_start = buf;
        match wire {
            WireType::Varint => {
                decode_varint(&mut buf).expect("varint");
            }
            WireType::SixtyFourBit => buf = &buf[8..],
            WireType::ThirtyTwoBit => buf = &buf[4..],
            WireType::LengthDelimited => {
                let len = decode_varint(&mut buf).expect("length") as usize;
                buf = &buf[len..];
            }
            _ => panic!("group encoding"),
        }
        let whole = &start[..start.len() - buf.len()];
        if n != num {
            out.extend_from_slice(whole);
            continue;
        }
        let payload = if wire == WireType::LengthDelimited {
            let mut v = &value_start[..value_start.len() - buf.len()];
            let len = decode_varint(&mut v).expect("length") as usize;
            &v[..len]
        } else {
            &[][..]
        };
        if let Some(new) = f(payload) {
            encode_key(n, WireType::LengthDelimited, &mut out);
            encode_varint(new.len() as u64, &mut out);
            out.extend_from_slice(&new);
        }
    }
    out
}

/// Whether the message has the JSON field `name`, itself or in a struct embedded inline.
fn has_field(message: u16, name: &str) -> bool {
    schema::message(message).is_some_and(|m| {
        m.fields.iter().any(|f| {
            f.json == name
                || (f.flags & INLINE != 0 && matches!(f.ty, Ty::Msg(i) if has_field(i, name)))
        })
    })
}

/// Cuts the field at `path` (JSON names) out of a message's bytes.
fn cut(message: u16, raw: &[u8], path: &[&str]) -> Vec<u8> {
    let m = schema::message(message).expect("message");
    let Some(field) = m.fields.iter().find(|f| f.json == path[0]) else {
        // A field of an embedded (`json:",inline"`) struct, such as Volume's VolumeSource.
        let inline = m
            .fields
            .iter()
            .find(|f| f.flags & INLINE != 0 && matches!(f.ty, Ty::Msg(i) if has_field(i, path[0])))
            .unwrap_or_else(|| panic!("{} has no field {}", m.name, path[0]));
        let Ty::Msg(inner) = inline.ty else {
            unreachable!("matched a message above");
        };
        return rewrite(raw, inline.num, &|bytes| Some(cut(inner, bytes, path)));
    };
    if path.len() == 1 {
        return rewrite(raw, field.num, &|_| None);
    }
    let Ty::Msg(inner) = field.ty else {
        panic!("{} is not a message", path[0]);
    };
    rewrite(raw, field.num, &|bytes| Some(cut(inner, bytes, &path[1..])))
}

#[test]
fn fields_cut_from_real_stored_objects_come_back_as_the_api_server_served_them() {
    let dir = fixtures();
    let index: Value =
        serde_json::from_slice(&std::fs::read(dir.join("index.json")).expect("index"))
            .expect("json");
    let entries = index.as_array().expect("list");
    let mut failures = Vec::new();
    for (kind, name, path) in CUTS {
        let matching: Vec<&Value> = entries
            .iter()
            .filter(|e| e["kind"] == *kind)
            // Plain protobuf (a Secret written before encryption was turned on included).
            .filter(|e| e["encoding"] == "protobuf" || e["encoding"] == "identity-protobuf")
            .filter(|e| picked(name, e["name"].as_str().unwrap_or_default()))
            .collect();
        assert!(!matching.is_empty(), "no fixture {kind} {name}");
        for e in matching {
            let value =
                std::fs::read(dir.join(e["value_file"].as_str().expect("file"))).expect("value");
            let served: Value = serde_json::from_slice(
                &std::fs::read(dir.join(e["file"].as_str().expect("file"))).expect("object"),
            )
            .expect("json");
            let api_version = e["apiVersion"].as_str().expect("apiVersion");
            let message = schema::kind(api_version, kind).expect("kind").message;
            let body = value
                .strip_prefix(envelope::PROTOBUF_MAGIC)
                .expect("protobuf");
            // runtime.Unknown field 2 holds the object.
            let cut_body = rewrite(body, 2, &|raw| Some(cut(message, raw, path)));
            if cut_body == body {
                failures.push(format!("{kind} {} has no {}", e["name"], path.join(".")));
                continue;
            }
            let stored = [envelope::PROTOBUF_MAGIC, &cut_body[..]].concat();
            let key = e["key"].as_str().expect("key");
            let rev = e["mod_revision"].as_i64().expect("rev");
            let got = decode(key.as_bytes(), &stored, rev, None)
                .expect("decodes")
                .object;
            if got != served {
                failures.push(format!("{kind} {} without {}", e["name"], path.join(".")));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "not restored:\n{}",
        failures.join("\n")
    );
}
