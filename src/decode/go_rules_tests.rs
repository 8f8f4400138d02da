//! Go's JSON rules and kube-apiserver's read-time defaulting on hand-built protobuf values:
//! fields Go prints although they are zero (no `omitempty` in the Go struct tag), and the
//! defaults SetObjectDefaults_* applies to what older writers left unset.

use serde_json::{json, Value};

use super::protobuf::schema::{self, Ty};
use super::{decode, Storage};

/// A length-delimited protobuf field.
pub(super) fn field(num: u32, bytes: &[u8]) -> Vec<u8> {
    let mut out = varint(u64::from(num) << 3 | 2);
    out.extend(varint(bytes.len() as u64));
    out.extend_from_slice(bytes);
    out
}

pub(super) fn varint_field(num: u32, v: u64) -> Vec<u8> {
    let mut out = varint(u64::from(num) << 3);
    out.extend(varint(v));
    out
}

fn varint(mut v: u64) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        out.push(if v > 0 { b | 0x80 } else { b });
        if v == 0 {
            return out;
        }
    }
}

/// The field number of `path` (JSON names) inside the stored message of `kind`, and the
/// message index of its last step.
pub(super) fn number(api_version: &str, kind: &str, path: &[&str]) -> Vec<u32> {
    let mut msg = schema::kind(api_version, kind).unwrap().message;
    let mut nums = Vec::new();
    for name in path {
        let m = schema::message(msg).unwrap();
        let f = m
            .fields
            .iter()
            .find(|f| f.json == *name)
            .unwrap_or_else(|| {
                panic!("{} has no field {name}", m.name);
            });
        nums.push(f.num);
        if let Ty::Msg(i) = f.ty {
            msg = i;
        }
    }
    nums
}

/// `k8s\0` + runtime.Unknown{typeMeta, raw}.
fn envelope(api_version: &str, kind: &str, raw: &[u8]) -> Vec<u8> {
    let type_meta = [field(1, api_version.as_bytes()), field(2, kind.as_bytes())].concat();
    [b"k8s\x00".to_vec(), field(1, &type_meta), field(2, raw)].concat()
}

pub(super) fn metadata(api_version: &str, kind: &str) -> Vec<u8> {
    let meta = number(api_version, kind, &["metadata"])[0];
    let name = number(api_version, kind, &["metadata", "name"])[1];
    field(meta, &field(name, b"x"))
}

pub(super) fn decoded(api_version: &str, kind: &str, raw: Vec<u8>) -> Value {
    let value = envelope(api_version, kind, &raw);
    let d = decode(b"/registry/x/x", &value, 7, None).unwrap();
    assert_eq!(d.storage, Storage::Protobuf);
    d.object
}

#[test]
fn persistent_volume_iscsi_lun_is_printed_when_zero() {
    // ISCSIPersistentVolumeSource.Lun is `int32 json:"lun"`: no omitempty. The source is
    // embedded inline in the spec (a message of its own in the proto).
    let n = number(
        "v1",
        "PersistentVolume",
        &["spec", "persistentVolumeSource", "iscsi", "targetPortal"],
    );
    let portal = field(n[3], b"10.0.0.1:3260");
    let raw = [
        metadata("v1", "PersistentVolume"),
        field(n[0], &field(n[1], &field(n[2], &portal))),
    ]
    .concat();
    let spec = decoded("v1", "PersistentVolume", raw)["spec"].clone();
    assert_eq!(spec["iscsi"]["lun"], json!(0), "{spec}");
    assert_eq!(spec["iscsi"]["targetPortal"], json!("10.0.0.1:3260"));
}

#[test]
fn pod_disruption_budget_status_counts_are_printed_when_zero() {
    let n = number(
        "policy/v1",
        "PodDisruptionBudget",
        &["status", "observedGeneration"],
    );
    let raw = [
        metadata("policy/v1", "PodDisruptionBudget"),
        field(n[0], &varint_field(n[1], 3)),
    ]
    .concat();
    let status = decoded("policy/v1", "PodDisruptionBudget", raw)["status"].clone();
    for name in [
        "desiredHealthy",
        "currentHealthy",
        "disruptionsAllowed",
        "expectedPods",
    ] {
        assert_eq!(status[name], json!(0), "{name}: {status}");
    }
}

#[test]
fn stateful_set_available_replicas_is_printed_when_zero() {
    let n = number("apps/v1", "StatefulSet", &["status", "replicas"]);
    let raw = [
        metadata("apps/v1", "StatefulSet"),
        field(n[0], &varint_field(n[1], 2)),
    ]
    .concat();
    let status = decoded("apps/v1", "StatefulSet", raw)["status"].clone();
    assert_eq!(status["replicas"], json!(2), "{status}");
    assert_eq!(status["availableReplicas"], json!(0), "{status}");
}

#[test]
fn pointers_and_omitempty_fields_stay_out_when_unset() {
    let n = number("apps/v1", "StatefulSet", &["status", "replicas"]);
    let raw = [
        metadata("apps/v1", "StatefulSet"),
        field(n[0], &varint_field(n[1], 2)),
    ]
    .concat();
    let status = decoded("apps/v1", "StatefulSet", raw)["status"].clone();
    // `observedGeneration,omitempty`, `collisionCount *int32`, `conditions []…,omitempty`.
    for name in ["observedGeneration", "collisionCount", "conditions"] {
        assert!(status.get(name).is_none(), "{name}: {status}");
    }
}
