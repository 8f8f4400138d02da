//! Kubernetes object rules the API server applies: Status errors, validation, defaulting,
//! label/field selectors, Table output.

use serde_json::{json, Map, Value};

use crate::util;

/// An API error, rendered as a `Status` object.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: u16,
    pub reason: &'static str,
    pub message: String,
    pub details: Option<Value>,
}

impl ApiError {
    pub fn status_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("kind".into(), json!("Status"));
        m.insert("apiVersion".into(), json!("v1"));
        m.insert("metadata".into(), json!({}));
        m.insert("status".into(), json!("Failure"));
        m.insert("message".into(), json!(self.message));
        if !self.reason.is_empty() {
            m.insert("reason".into(), json!(self.reason));
        }
        if let Some(d) = &self.details {
            m.insert("details".into(), d.clone());
        }
        m.insert("code".into(), json!(self.code));
        Value::Object(m)
    }

    fn details(name: &str, group: &str, kind: &str) -> Value {
        let mut d = Map::new();
        if !name.is_empty() {
            d.insert("name".into(), json!(name));
        }
        if !group.is_empty() {
            d.insert("group".into(), json!(group));
        }
        d.insert("kind".into(), json!(kind));
        Value::Object(d)
    }

    pub fn not_found(resource: &str, name: &str) -> ApiError {
        ApiError {
            code: 404,
            reason: "NotFound",
            message: format!("{resource} \"{name}\" not found"),
            details: Some(Self::details(name, "", resource)),
        }
    }
    pub fn already_exists(resource: &str, name: &str) -> ApiError {
        ApiError {
            code: 409,
            reason: "AlreadyExists",
            message: format!("{resource} \"{name}\" already exists"),
            details: Some(Self::details(name, "", resource)),
        }
    }
    pub fn conflict(resource: &str, name: &str) -> ApiError {
        ApiError {
            code: 409,
            reason: "Conflict",
            message: format!(
                "Operation cannot be fulfilled on {resource} \"{name}\": the object has been modified; please apply your changes to the latest version and try again"
            ),
            details: Some(Self::details(name, "", resource)),
        }
    }
    /// 403 as the RBAC authorizer words it.
    pub fn forbidden(
        user: &str,
        verb: &str,
        resource: &str,
        sub: Option<&str>,
        ns: Option<&str>,
        name: &str,
    ) -> ApiError {
        let full = match sub {
            Some(s) => format!("{resource}/{s}"),
            None => resource.to_string(),
        };
        let what = if name.is_empty() {
            full.clone()
        } else {
            format!("{full} \"{name}\"")
        };
        let scope = match ns {
            Some(ns) => format!(" in the namespace \"{ns}\""),
            None => " at the cluster scope".to_string(),
        };
        ApiError {
            code: 403,
            reason: "Forbidden",
            message: format!(
                "{what} is forbidden: User \"{user}\" cannot {verb} resource \"{full}\" in API group \"\"{scope}"
            ),
            details: Some(Self::details(name, "", resource)),
        }
    }
    pub fn bad_request(msg: impl Into<String>) -> ApiError {
        ApiError {
            code: 400,
            reason: "BadRequest",
            message: msg.into(),
            details: None,
        }
    }
    pub fn method_not_allowed() -> ApiError {
        ApiError {
            code: 405,
            reason: "MethodNotAllowed",
            message: "the server does not allow this method on the requested resource".into(),
            details: None,
        }
    }
    pub fn not_found_path() -> ApiError {
        ApiError {
            code: 404,
            reason: "NotFound",
            message: "the server could not find the requested resource".into(),
            details: Some(json!({})),
        }
    }
    pub fn unsupported_media(ct: &str) -> ApiError {
        ApiError {
            code: 415,
            reason: "UnsupportedMediaType",
            message: format!("the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml (got {ct})"),
            details: None,
        }
    }
    pub fn unauthorized() -> ApiError {
        ApiError {
            code: 401,
            reason: "Unauthorized",
            message: "Unauthorized".into(),
            details: None,
        }
    }
    pub fn internal(msg: impl std::fmt::Display) -> ApiError {
        let m = msg.to_string();
        ApiError {
            code: 500,
            reason: "InternalError",
            message: format!("Internal error occurred: {m}"),
            details: Some(json!({"causes": [{"message": m}]})),
        }
    }
    pub fn timeout() -> ApiError {
        ApiError {
            code: 504,
            reason: "Timeout",
            message: "Timeout: request did not complete within requested timeout - context deadline exceeded".into(),
            details: Some(json!({})),
        }
    }
    pub fn service_unavailable(msg: impl Into<String>) -> ApiError {
        ApiError {
            code: 503,
            reason: "ServiceUnavailable",
            message: msg.into(),
            details: None,
        }
    }
    /// 422 Invalid from field errors.
    pub fn invalid(kind: &str, name: &str, errs: Vec<FieldError>) -> ApiError {
        let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        let agg = if msgs.len() == 1 {
            msgs[0].clone()
        } else {
            format!("[{}]", msgs.join(", "))
        };
        let causes: Vec<Value> = errs
            .iter()
            .map(|e| json!({"reason": e.reason, "message": e.detail_message(), "field": e.field}))
            .collect();
        let mut d = Map::new();
        d.insert("name".into(), json!(name));
        d.insert("kind".into(), json!(kind));
        d.insert("causes".into(), json!(causes));
        ApiError {
            code: 422,
            reason: "Invalid",
            message: format!("{kind} \"{name}\" is invalid: {agg}"),
            details: Some(Value::Object(d)),
        }
    }
}

/// One field validation error (k8s.io/apimachinery/pkg/util/validation/field).
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: String,
    pub reason: &'static str,
    pub value: Option<String>,
    pub detail: String,
}

impl FieldError {
    pub fn required(field: impl Into<String>, detail: &str) -> FieldError {
        FieldError {
            field: field.into(),
            reason: "FieldValueRequired",
            value: None,
            detail: detail.into(),
        }
    }
    pub fn invalid(field: impl Into<String>, value: &str, detail: &str) -> FieldError {
        FieldError {
            field: field.into(),
            reason: "FieldValueInvalid",
            value: Some(value.into()),
            detail: detail.into(),
        }
    }
    pub fn not_found(field: impl Into<String>, value: &str) -> FieldError {
        FieldError {
            field: field.into(),
            reason: "FieldValueNotFound",
            value: Some(value.into()),
            detail: String::new(),
        }
    }
    pub fn not_supported(field: impl Into<String>, value: &str, supported: &[&str]) -> FieldError {
        let s: Vec<String> = supported.iter().map(|x| format!("\"{x}\"")).collect();
        FieldError {
            field: field.into(),
            reason: "FieldValueNotSupported",
            value: Some(value.into()),
            detail: format!("supported values: {}", s.join(", ")),
        }
    }
    pub fn duplicate(field: impl Into<String>, value: &str) -> FieldError {
        FieldError {
            field: field.into(),
            reason: "FieldValueDuplicate",
            value: Some(value.into()),
            detail: String::new(),
        }
    }
    fn type_str(&self) -> &'static str {
        match self.reason {
            "FieldValueRequired" => "Required value",
            "FieldValueNotFound" => "Not found",
            "FieldValueNotSupported" => "Unsupported value",
            "FieldValueDuplicate" => "Duplicate value",
            _ => "Invalid value",
        }
    }
    /// The cause message: `Invalid value: "x": detail`.
    pub fn detail_message(&self) -> String {
        let mut s = self.type_str().to_string();
        if let Some(v) = &self.value {
            s.push_str(&format!(": \"{v}\""));
        }
        if !self.detail.is_empty() {
            s.push_str(&format!(": {}", self.detail));
        }
        s
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.detail_message())
    }
}

const SUBDOMAIN_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG: &str = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

fn is_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}
fn is_subdomain(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(is_label)
}

/// Errors for a DNS-1123 subdomain name (pods, configmaps, secrets, nodes).
pub fn check_subdomain(field: &str, name: &str) -> Vec<FieldError> {
    if is_subdomain(name) {
        vec![]
    } else if name.len() > 253 {
        vec![FieldError::invalid(
            field,
            name,
            "must be no more than 253 characters",
        )]
    } else {
        vec![FieldError::invalid(field, name, SUBDOMAIN_MSG)]
    }
}
/// Errors for a DNS-1123 label (namespaces, container and volume names).
pub fn check_label(field: &str, name: &str) -> Vec<FieldError> {
    if is_label(name) {
        vec![]
    } else if name.len() > 63 {
        vec![FieldError::invalid(
            field,
            name,
            "must be no more than 63 characters",
        )]
    } else {
        vec![FieldError::invalid(field, name, LABEL_MSG)]
    }
}

fn s<'a>(v: &'a Value, ptr: &str) -> Option<&'a str> {
    v.pointer(ptr).and_then(|x| x.as_str())
}

/// Validates a Pod as kube-apiserver does for the fields this harness relies on.
pub fn validate_pod(pod: &Value) -> Vec<FieldError> {
    let mut errs = vec![];
    let spec = pod.get("spec").cloned().unwrap_or(json!({}));
    let vols: Vec<Value> = spec
        .get("volumes")
        .and_then(|v| v.as_array())
        .cloned()
        .unwrap_or_default();
    let mut vol_names = std::collections::HashSet::new();
    for (i, v) in vols.iter().enumerate() {
        let name = v.get("name").and_then(|n| n.as_str()).unwrap_or("");
        let f = format!("spec.volumes[{i}].name");
        if name.is_empty() {
            errs.push(FieldError::required(&f, ""));
        } else {
            errs.extend(check_label(&f, name));
            if !vol_names.insert(name.to_string()) {
                errs.push(FieldError::duplicate(&f, name));
            }
        }
        if let Some(hp) = v.get("hostPath") {
            let p = hp.get("path").and_then(|p| p.as_str()).unwrap_or("");
            if p.is_empty() {
                errs.push(FieldError::required(
                    format!("spec.volumes[{i}].hostPath.path"),
                    "",
                ));
            }
            if let Some(t) = hp.get("type").and_then(|t| t.as_str()) {
                let ok = [
                    "",
                    "DirectoryOrCreate",
                    "Directory",
                    "FileOrCreate",
                    "File",
                    "Socket",
                    "CharDevice",
                    "BlockDevice",
                ];
                if !ok.contains(&t) {
                    errs.push(FieldError::not_supported(
                        format!("spec.volumes[{i}].hostPath.type"),
                        t,
                        &ok[1..],
                    ));
                }
            }
        }
    }
    let containers = spec
        .get("containers")
        .and_then(|c| c.as_array())
        .cloned()
        .unwrap_or_default();
    if containers.is_empty() {
        errs.push(FieldError::required("spec.containers", ""));
    }
    let mut cnames = std::collections::HashSet::new();
    for (i, c) in containers.iter().enumerate() {
        let name = c.get("name").and_then(|n| n.as_str()).unwrap_or("");
        let f = format!("spec.containers[{i}].name");
        if name.is_empty() {
            errs.push(FieldError::required(&f, ""));
        } else {
            errs.extend(check_label(&f, name));
            if !cnames.insert(name.to_string()) {
                errs.push(FieldError::duplicate(&f, name));
            }
        }
        if c.get("image")
            .and_then(|n| n.as_str())
            .unwrap_or("")
            .is_empty()
        {
            errs.push(FieldError::required(
                format!("spec.containers[{i}].image"),
                "",
            ));
        }
        for (j, m) in c
            .get("volumeMounts")
            .and_then(|m| m.as_array())
            .cloned()
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            let mn = m.get("name").and_then(|n| n.as_str()).unwrap_or("");
            if !vol_names.contains(mn) {
                errs.push(FieldError::not_found(
                    format!("spec.containers[{i}].volumeMounts[{j}].name"),
                    mn,
                ));
            }
            if m.get("mountPath")
                .and_then(|n| n.as_str())
                .unwrap_or("")
                .is_empty()
            {
                errs.push(FieldError::required(
                    format!("spec.containers[{i}].volumeMounts[{j}].mountPath"),
                    "",
                ));
            }
        }
    }
    if let Some(rp) = s(&spec, "/restartPolicy") {
        if !["Always", "OnFailure", "Never"].contains(&rp) {
            errs.push(FieldError::not_supported(
                "spec.restartPolicy",
                rp,
                &["Always", "OnFailure", "Never"],
            ));
        }
    }
    if let Some(ad) = spec.get("activeDeadlineSeconds") {
        if ad.as_i64().map(|v| v <= 0).unwrap_or(true) {
            errs.push(FieldError::invalid(
                "spec.activeDeadlineSeconds",
                &ad.to_string(),
                "must be between 1 and 2147483647, inclusive",
            ));
        }
    }
    errs
}

fn image_pull_policy(image: &str) -> &'static str {
    let img = image.split('@').next().unwrap_or(image);
    let tagged = img
        .rfind(':')
        .map(|i| !img[i..].contains('/'))
        .unwrap_or(false);
    if image.contains('@') {
        "IfNotPresent"
    } else if !tagged || img.ends_with(":latest") {
        "Always"
    } else {
        "IfNotPresent"
    }
}

fn set_default(m: &mut Map<String, Value>, k: &str, v: Value) {
    if !m.contains_key(k) || m.get(k) == Some(&Value::Null) {
        m.insert(k.into(), v);
    }
}

/// Applies the API server's defaults to a new Pod's spec (and `mirror` = a kubelet mirror pod).
pub fn default_pod_spec(pod: &mut Value, mirror: bool) {
    let Some(spec) = pod.get_mut("spec").and_then(|s| s.as_object_mut()) else {
        return;
    };
    for key in ["containers", "initContainers"] {
        if let Some(cs) = spec.get_mut(key).and_then(|c| c.as_array_mut()) {
            for c in cs.iter_mut().filter_map(|c| c.as_object_mut()) {
                let image = c
                    .get("image")
                    .and_then(|i| i.as_str())
                    .unwrap_or("")
                    .to_string();
                set_default(c, "imagePullPolicy", json!(image_pull_policy(&image)));
                set_default(c, "resources", json!({}));
                set_default(c, "terminationMessagePath", json!("/dev/termination-log"));
                set_default(c, "terminationMessagePolicy", json!("File"));
            }
        }
    }
    if let Some(vs) = spec.get_mut("volumes").and_then(|c| c.as_array_mut()) {
        for v in vs.iter_mut() {
            if let Some(hp) = v.get_mut("hostPath").and_then(|h| h.as_object_mut()) {
                set_default(hp, "type", json!(""));
            }
        }
    }
    set_default(spec, "dnsPolicy", json!("ClusterFirst"));
    set_default(spec, "enableServiceLinks", json!(true));
    set_default(spec, "preemptionPolicy", json!("PreemptLowerPriority"));
    set_default(spec, "priority", json!(0));
    set_default(spec, "restartPolicy", json!("Always"));
    set_default(spec, "schedulerName", json!("default-scheduler"));
    set_default(spec, "securityContext", json!({}));
    if !mirror {
        set_default(spec, "serviceAccount", json!("default"));
        set_default(spec, "serviceAccountName", json!("default"));
    }
    set_default(spec, "terminationGracePeriodSeconds", json!(30));
    if mirror {
        set_default(
            spec,
            "tolerations",
            json!([{"effect": "NoExecute", "operator": "Exists"}]),
        );
    }
}

/// QoS class from container resources.
pub fn qos_class(pod: &Value) -> &'static str {
    let cs = pod
        .pointer("/spec/containers")
        .and_then(|c| c.as_array())
        .cloned()
        .unwrap_or_default();
    let any = cs.iter().any(|c| {
        c.pointer("/resources/requests")
            .map(|r| r.as_object().map(|o| !o.is_empty()).unwrap_or(false))
            .unwrap_or(false)
            || c.pointer("/resources/limits")
                .map(|r| r.as_object().map(|o| !o.is_empty()).unwrap_or(false))
                .unwrap_or(false)
    });
    if any {
        "Burstable"
    } else {
        "BestEffort"
    }
}

/// Fills server-set metadata for a new object.
pub fn new_metadata(obj: &mut Value, namespace: Option<&str>) {
    let m = obj
        .as_object_mut()
        .unwrap()
        .entry("metadata")
        .or_insert_with(|| json!({}));
    let m = m.as_object_mut().unwrap();
    m.insert("uid".into(), json!(util::new_uid()));
    m.insert("creationTimestamp".into(), json!(util::now_rfc3339()));
    m.remove("resourceVersion");
    m.remove("deletionTimestamp");
    m.remove("selfLink");
    if let Some(ns) = namespace {
        m.insert("namespace".into(), json!(ns));
    }
}

/// `generateName` + 5 random characters, as the API server does.
pub fn generate_name(prefix: &str) -> String {
    const ALPHA: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let u = uuid::Uuid::new_v4();
    let b = u.as_bytes();
    let suffix: String = (0..5)
        .map(|i| ALPHA[b[i] as usize % ALPHA.len()] as char)
        .collect();
    format!("{prefix}{suffix}")
}

// ---------------------------------------------------------------------------------------
// Selectors

#[derive(Debug, Clone)]
enum Req {
    Eq(String, String),
    Ne(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

/// A parsed label selector.
#[derive(Debug, Clone, Default)]
pub struct LabelSelector(Vec<Req>);

fn split_top(s: &str) -> Vec<String> {
    let mut out = vec![];
    let mut depth = 0;
    let mut cur = String::new();
    for ch in s.chars() {
        match ch {
            '(' => {
                depth += 1;
                cur.push(ch)
            }
            ')' => {
                depth -= 1;
                cur.push(ch)
            }
            ',' if depth == 0 => out.push(std::mem::take(&mut cur)),
            _ => cur.push(ch),
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

impl LabelSelector {
    pub fn parse(s: &str) -> Result<LabelSelector, String> {
        let mut reqs = vec![];
        for part in split_top(s) {
            let set = |rest: &str| -> Result<Vec<String>, String> {
                let r = rest.trim();
                if !r.starts_with('(') || !r.ends_with(')') {
                    return Err(format!("unable to parse requirement: {part}"));
                }
                Ok(r[1..r.len() - 1]
                    .split(',')
                    .map(|x| x.trim().to_string())
                    .filter(|x| !x.is_empty())
                    .collect())
            };
            if let Some(k) = part.strip_prefix('!') {
                reqs.push(Req::NotExists(k.trim().to_string()));
            } else if let Some(i) = part.find(" notin ") {
                reqs.push(Req::NotIn(part[..i].trim().into(), set(&part[i + 7..])?));
            } else if let Some(i) = part.find(" in ") {
                reqs.push(Req::In(part[..i].trim().into(), set(&part[i + 4..])?));
            } else if let Some(i) = part.find("!=") {
                reqs.push(Req::Ne(
                    part[..i].trim().into(),
                    part[i + 2..].trim().into(),
                ));
            } else if let Some(i) = part.find("==") {
                reqs.push(Req::Eq(
                    part[..i].trim().into(),
                    part[i + 2..].trim().into(),
                ));
            } else if let Some(i) = part.find('=') {
                reqs.push(Req::Eq(
                    part[..i].trim().into(),
                    part[i + 1..].trim().into(),
                ));
            } else {
                reqs.push(Req::Exists(part.trim().to_string()));
            }
        }
        Ok(LabelSelector(reqs))
    }

    /// Matches against a lookup of key → value.
    pub fn matches_with(&self, get: impl Fn(&str) -> Option<String>) -> bool {
        self.0.iter().all(|r| match r {
            Req::Eq(k, v) => get(k).as_deref() == Some(v.as_str()),
            Req::Ne(k, v) => get(k).as_deref() != Some(v.as_str()),
            Req::In(k, vs) => get(k).map(|x| vs.contains(&x)).unwrap_or(false),
            Req::NotIn(k, vs) => get(k).map(|x| !vs.contains(&x)).unwrap_or(true),
            Req::Exists(k) => get(k).is_some(),
            Req::NotExists(k) => get(k).is_none(),
        })
    }

    pub fn matches(&self, obj: &Value) -> bool {
        let labels = obj
            .pointer("/metadata/labels")
            .cloned()
            .unwrap_or(json!({}));
        self.matches_with(|k| {
            labels
                .get(k)
                .and_then(|v| v.as_str())
                .map(|s| s.to_string())
        })
    }

    /// Field names used (for field-selector validation).
    fn keys(&self) -> Vec<&str> {
        self.0
            .iter()
            .map(|r| match r {
                Req::Eq(k, _)
                | Req::Ne(k, _)
                | Req::In(k, _)
                | Req::NotIn(k, _)
                | Req::Exists(k)
                | Req::NotExists(k) => k.as_str(),
            })
            .collect()
    }
}

/// A field selector for `resource` (only `=`, `==`, `!=` and the fields the API supports).
#[derive(Debug, Clone, Default)]
pub struct FieldSelector(LabelSelector);

fn field_value(resource: &str, obj: &Value, field: &str) -> Option<String> {
    let ptr = match field {
        "metadata.name" => "/metadata/name",
        "metadata.namespace" => "/metadata/namespace",
        "spec.nodeName" => "/spec/nodeName",
        "spec.restartPolicy" => "/spec/restartPolicy",
        "spec.schedulerName" => "/spec/schedulerName",
        "spec.serviceAccountName" => "/spec/serviceAccountName",
        "status.phase" => "/status/phase",
        "status.podIP" => "/status/podIP",
        "status.nominatedNodeName" => "/status/nominatedNodeName",
        "spec.unschedulable" => "/spec/unschedulable",
        "type" => "/type",
        "spec.hostNetwork" => {
            return Some(
                obj.pointer("/spec/hostNetwork")
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false)
                    .to_string(),
            )
        }
        _ => return None,
    };
    let _ = resource;
    // Missing string fields compare as "".
    Some(match obj.pointer(ptr) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    })
}

fn supported_fields(resource: &str) -> &'static [&'static str] {
    match resource {
        "pods" => &[
            "metadata.name",
            "metadata.namespace",
            "spec.nodeName",
            "spec.restartPolicy",
            "spec.schedulerName",
            "spec.serviceAccountName",
            "spec.hostNetwork",
            "status.phase",
            "status.podIP",
            "status.nominatedNodeName",
        ],
        "nodes" => &["metadata.name", "spec.unschedulable"],
        "secrets" => &["metadata.name", "metadata.namespace", "type"],
        _ => &["metadata.name", "metadata.namespace"],
    }
}

impl FieldSelector {
    pub fn parse(resource: &str, s: &str) -> Result<FieldSelector, String> {
        let sel = LabelSelector::parse(s)?;
        for r in &sel.0 {
            if !matches!(r, Req::Eq(..) | Req::Ne(..)) {
                return Err(format!("invalid selector: '{s}'; can't understand '{s}'"));
            }
        }
        for k in sel.keys() {
            if !supported_fields(resource).contains(&k) {
                return Err(format!("field label not supported: {k}"));
            }
        }
        Ok(FieldSelector(sel))
    }
    pub fn matches(&self, resource: &str, obj: &Value) -> bool {
        self.0.matches_with(|k| field_value(resource, obj, k))
    }
}

// ---------------------------------------------------------------------------------------
// Table output (`kubectl get` without -o asks for meta.k8s.io/v1 Table)

/// kubectl's HumanDuration.
pub fn human_age(created: &str) -> String {
    let Ok(t) = created.parse::<jiff::Timestamp>() else {
        return "<unknown>".into();
    };
    let secs = (jiff::Timestamp::now().as_second() - t.as_second()).max(0);
    let (m, h, d) = (secs / 60, secs / 3600, secs / 86400);
    if secs < 120 {
        format!("{secs}s")
    } else if m < 10 {
        if secs % 60 == 0 {
            format!("{m}m")
        } else {
            format!("{m}m{}s", secs % 60)
        }
    } else if m < 180 {
        format!("{m}m")
    } else if h < 8 {
        if m % 60 == 0 {
            format!("{h}h")
        } else {
            format!("{h}h{}m", m % 60)
        }
    } else if h < 48 {
        format!("{h}h")
    } else if h < 192 {
        if h % 24 == 0 {
            format!("{d}d")
        } else {
            format!("{d}d{}h", h % 24)
        }
    } else {
        format!("{d}d")
    }
}

fn col(name: &str, ty: &str, fmt: &str, prio: i32, desc: &str) -> Value {
    json!({"name": name, "type": ty, "format": fmt, "description": desc, "priority": prio})
}

fn pod_row(p: &Value) -> Vec<Value> {
    let cs = p
        .pointer("/status/containerStatuses")
        .and_then(|c| c.as_array())
        .cloned()
        .unwrap_or_default();
    let total = p
        .pointer("/spec/containers")
        .and_then(|c| c.as_array())
        .map(|c| c.len())
        .unwrap_or(0);
    let ready = cs
        .iter()
        .filter(|c| c.get("ready").and_then(|r| r.as_bool()).unwrap_or(false))
        .count();
    let restarts: i64 = cs
        .iter()
        .map(|c| c.get("restartCount").and_then(|r| r.as_i64()).unwrap_or(0))
        .sum();
    let mut status = p
        .pointer("/status/reason")
        .and_then(|r| r.as_str())
        .map(String::from)
        .unwrap_or_else(|| {
            p.pointer("/status/phase")
                .and_then(|r| r.as_str())
                .unwrap_or("Pending")
                .to_string()
        });
    for c in &cs {
        if let Some(r) = c.pointer("/state/waiting/reason").and_then(|r| r.as_str()) {
            status = r.to_string();
        } else if let Some(r) = c
            .pointer("/state/terminated/reason")
            .and_then(|r| r.as_str())
        {
            if status != "Running" {
                status = r.to_string();
            }
        }
    }
    if p.pointer("/metadata/deletionTimestamp").is_some() {
        status = "Terminating".into();
    }
    vec![
        json!(p
            .pointer("/metadata/name")
            .and_then(|v| v.as_str())
            .unwrap_or("")),
        json!(format!("{ready}/{total}")),
        json!(status),
        json!(restarts.to_string()),
        json!(human_age(
            p.pointer("/metadata/creationTimestamp")
                .and_then(|v| v.as_str())
                .unwrap_or("")
        )),
        json!(p
            .pointer("/status/podIP")
            .and_then(|v| v.as_str())
            .unwrap_or("<none>")),
        json!(p
            .pointer("/spec/nodeName")
            .and_then(|v| v.as_str())
            .unwrap_or("<none>")),
        json!("<none>"),
        json!("<none>"),
    ]
}

/// A Table for `items` of `resource`.
pub fn table(resource: &str, items: &[Value], rv: &str) -> Value {
    let name_col = col(
        "Name",
        "string",
        "name",
        0,
        "Name must be unique within a namespace.",
    );
    let age_col = col("Age", "string", "", 0, "CreationTimestamp is a timestamp representing the server time when this object was created.");
    let (cols, rows): (Vec<Value>, Vec<Vec<Value>>) = match resource {
        "pods" => (
            vec![
                name_col,
                col("Ready", "string", "", 0, "The aggregate readiness state of this pod for accepting traffic."),
                col("Status", "string", "", 0, "The aggregate status of the containers in this pod."),
                col("Restarts", "string", "", 0, "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
                age_col,
                col("IP", "string", "", 1, "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated."),
                col("Node", "string", "", 1, "NodeName is a request to schedule this pod onto a specific node."),
                col("Nominated Node", "string", "", 1, "nominatedNodeName is set only when this pod preempts other pods on the node."),
                col("Readiness Gates", "string", "", 1, "If specified, all readiness gates will be evaluated for pod readiness."),
            ],
            items.iter().map(pod_row).collect(),
        ),
        "nodes" => (
            vec![
                name_col,
                col("Status", "string", "", 0, "The status of the node"),
                col("Roles", "string", "", 0, "The roles of the node"),
                age_col,
                col("Version", "string", "", 0, "Kubelet Version reported by the node."),
            ],
            items
                .iter()
                .map(|n| {
                    vec![
                        json!(n.pointer("/metadata/name").and_then(|v| v.as_str()).unwrap_or("")),
                        json!("Ready"),
                        json!("control-plane"),
                        json!(human_age(n.pointer("/metadata/creationTimestamp").and_then(|v| v.as_str()).unwrap_or(""))),
                        json!(n.pointer("/status/nodeInfo/kubeletVersion").and_then(|v| v.as_str()).unwrap_or("")),
                    ]
                })
                .collect(),
        ),
        "namespaces" => (
            vec![name_col, col("Status", "string", "", 0, "The status of the namespace"), age_col],
            items
                .iter()
                .map(|n| {
                    vec![
                        json!(n.pointer("/metadata/name").and_then(|v| v.as_str()).unwrap_or("")),
                        json!(n.pointer("/status/phase").and_then(|v| v.as_str()).unwrap_or("Active")),
                        json!(human_age(n.pointer("/metadata/creationTimestamp").and_then(|v| v.as_str()).unwrap_or(""))),
                    ]
                })
                .collect(),
        ),
        _ => (
            vec![name_col, age_col],
            items
                .iter()
                .map(|n| {
                    vec![
                        json!(n.pointer("/metadata/name").and_then(|v| v.as_str()).unwrap_or("")),
                        json!(human_age(n.pointer("/metadata/creationTimestamp").and_then(|v| v.as_str()).unwrap_or(""))),
                    ]
                })
                .collect(),
        ),
    };
    let rows: Vec<Value> = rows
        .into_iter()
        .zip(items)
        .map(|(cells, obj)| {
            json!({"cells": cells, "object": {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": obj.get("metadata").cloned().unwrap_or(json!({}))}})
        })
        .collect();
    json!({"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": {"resourceVersion": rv}, "columnDefinitions": cols, "rows": rows})
}

/// RFC 7386 JSON merge patch.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(p) => {
            if !target.is_object() {
                *target = json!({});
            }
            let t = target.as_object_mut().unwrap();
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        _ => *target = patch.clone(),
    }
}
