//! Defaulting kube-apiserver applies when it reads an object from etcd: the registered
//! `SetObjectDefaults_*` of kubernetes v1.36 (`pkg/apis/<group>/<version>/zz_generated.defaults.go`)
//! and the hand-written `SetDefaults_*` they call (`defaults.go` beside it), for fields the
//! stored bytes leave unset.
//!
//! Most defaults were applied when the object was written, so they show only for what the
//! write path cleared afterwards (a new PersistentVolumeClaim's status: `phase: Pending`) and
//! for objects an older release wrote before a default existed (a Service's
//! `internalTrafficPolicy`, a Job's `podReplacementPolicy`). The Go code runs them all on every
//! read, so this module does too.
//!
//! One module per API group, named after it; each mirrors the Go functions named in its
//! comments. The objects here are the decoder's JSON, so a Go check on a value field
//! (`== ""`, `== 0`) also matches a field that is absent, and a check on a pointer (`== nil`)
//! matches absent or `null`.

mod admissionregistration;
mod apiextensions;
mod apps;
mod autoscaling;
mod batch;
mod core;
mod discovery;
mod flowcontrol;
mod networking;
mod rbac;
mod resource;
mod scheduling;
mod storage;

#[cfg(test)]
mod tests;

use serde_json::{Map, Value};

type Obj = Map<String, Value>;

/// The defaulters of one group/version, given the object's kind.
type Defaulter = fn(&str, &mut Obj);

/// The defaulters of each stored group/version. Group/versions kube-apiserver registers no
/// visible defaulter for (policy/v1, certificates/v1, coordination/v1, node/v1, events/v1, …)
/// are absent: see README's decoding section.
const DEFAULTERS: &[(&str, Defaulter)] = &[
    ("v1", core::apply),
    ("apps/v1", apps::apply),
    ("batch/v1", batch::apply),
    ("autoscaling/v1", autoscaling::apply_v1),
    ("autoscaling/v2", autoscaling::apply_v2),
    ("networking.k8s.io/v1", networking::apply),
    ("rbac.authorization.k8s.io/v1", rbac::apply),
    ("storage.k8s.io/v1", storage::apply),
    ("discovery.k8s.io/v1", discovery::apply),
    ("scheduling.k8s.io/v1", scheduling::apply),
    ("flowcontrol.apiserver.k8s.io/v1", flowcontrol::apply),
    (
        "admissionregistration.k8s.io/v1",
        admissionregistration::apply_v1,
    ),
    (
        "admissionregistration.k8s.io/v1beta1",
        admissionregistration::apply_policies,
    ),
    (
        "admissionregistration.k8s.io/v1alpha1",
        admissionregistration::apply_policies,
    ),
    ("resource.k8s.io/v1", resource::apply),
    ("resource.k8s.io/v1beta2", resource::apply),
    ("resource.k8s.io/v1beta1", resource::apply_v1beta1),
    // Stored as JSON; decode_json applies these after converting a v1beta1 CRD to v1.
    ("apiextensions.k8s.io/v1", apiextensions::apply_crd),
    (
        "apiregistration.k8s.io/v1",
        apiextensions::apply_api_service,
    ),
];

/// Applies the read-time defaults of `api_version`/`kind` to a decoded object.
pub fn apply(api_version: &str, kind: &str, object: &mut Obj) {
    if let Some((_, defaulter)) = DEFAULTERS.iter().find(|(v, _)| *v == api_version) {
        defaulter(kind, object);
    }
}

// Field access in the shape of the Go checks. Absent and `null` are both Go's zero value.

fn is_zero(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        Some(Value::Number(n)) => n.as_f64() == Some(0.0),
        Some(Value::Bool(b)) => !b,
        Some(Value::Array(a)) => a.is_empty(),
        Some(Value::Object(o)) => o.is_empty(),
    }
}

/// A Go value field (`string`, `int32`, slice, map): set to `value` when zero or empty.
fn default_value(map: &mut Obj, key: &str, value: impl Into<Value>) {
    if is_zero(map.get(key)) {
        map.insert(key.into(), value.into());
    }
}

/// A Go pointer field: set to `value` when nil (absent or `null`); a pointer to a zero
/// value is kept.
fn default_ptr(map: &mut Obj, key: &str, value: impl Into<Value>) {
    if matches!(map.get(key), None | Some(Value::Null)) {
        map.insert(key.into(), value.into());
    }
}

/// The string field `key` (empty when absent).
fn text<'a>(map: &'a Obj, key: &str) -> &'a str {
    map.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// A struct behind a Go pointer, when it is set.
fn get<'a>(map: &'a mut Obj, key: &str) -> Option<&'a mut Obj> {
    map.get_mut(key).and_then(Value::as_object_mut)
}

/// A nested struct reached through value fields or set pointers (`spec.template.spec`).
fn path<'a>(map: &'a mut Obj, keys: &[&str]) -> Option<&'a mut Obj> {
    keys.iter().try_fold(map, |m, k| get(m, k))
}

/// A Go struct value field (or a pointer the Go code allocates): created empty when missing.
fn ensure<'a>(map: &'a mut Obj, key: &str) -> &'a mut Obj {
    // Looked up twice rather than through `entry`, which allocates the key on every call:
    // the struct is almost always there already.
    if !matches!(map.get(key), Some(Value::Object(_))) {
        map.insert(key.into(), Value::Object(Map::new()));
    }
    match map.get_mut(key) {
        Some(Value::Object(o)) => o,
        _ => unreachable!("the field was made an object just above"),
    }
}

/// The struct elements of the slice field `key` (Go's `for i := range obj.Key`).
fn each<'a>(map: &'a mut Obj, key: &str) -> impl Iterator<Item = &'a mut Obj> {
    map.get_mut(key)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object_mut)
}
