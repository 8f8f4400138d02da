//! core/v1: pkg/apis/core/v1/defaults.go and zz_generated.defaults.go (kubernetes v1.36).
//!
//! The PodSpec defaults are shared with every group that embeds a PodTemplateSpec (apps,
//! batch): the generated defaulters of those groups call the same core/v1 functions.

use serde_json::{json, Value};

use super::{default_ptr, default_value, each, ensure, get, path, text, Obj};

pub(super) fn apply(kind: &str, o: &mut Obj) {
    match kind {
        "Pod" => {
            let spec = ensure(o, "spec");
            pod(spec);
            pod_spec(spec);
        }
        "PodTemplate" => pod_template(ensure(o, "template")),
        "ReplicationController" => replication_controller(o),
        "Service" => service(o),
        "PersistentVolume" => {
            persistent_volume(o);
            pv_sources(ensure(o, "spec"));
        }
        "PersistentVolumeClaim" => {
            persistent_volume_claim(o);
            pvc_spec(ensure(o, "spec"));
        }
        "Namespace" => namespace(o),
        "Node" => {
            if let Some(status) = get(o, "status") {
                node_status(status);
            }
        }
        "Secret" => default_value(o, "type", "Opaque"),
        "Endpoints" => {
            // SetDefaults_Endpoints.
            for subset in each(o, "subsets") {
                for port in each(subset, "ports") {
                    default_value(port, "protocol", "TCP");
                }
            }
        }
        "LimitRange" => {
            for item in each(ensure(o, "spec"), "limits") {
                limit_range_item(item);
            }
        }
        _ => {}
    }
}

/// The generated defaulting of an embedded PodTemplateSpec (`template.spec`): what
/// SetObjectDefaults_PodTemplate and the apps/batch defaulters run on it.
pub(super) fn pod_template(template: &mut Obj) {
    pod_spec(ensure(template, "spec"));
}

/// A PersistentVolumeClaim embedded in a StatefulSet's volumeClaimTemplates: the generated
/// apps/v1 code runs SetDefaults_PersistentVolumeClaim and SetDefaults_PersistentVolumeClaimSpec
/// on it, so each template is served with `status.phase: Pending`.
pub(super) fn claim_template(claim: &mut Obj) {
    persistent_volume_claim(claim);
    pvc_spec(ensure(claim, "spec"));
}

/// SetDefaults_Pod: only for Pods, not for templates.
fn pod(spec: &mut Obj) {
    // Requests default to limits for containers and init containers.
    for key in ["containers", "initContainers"] {
        for c in each(spec, key) {
            requests_from_limits(c);
        }
    }
    // The pod-level defaults of PodLevelResources (beta, on by default in 1.36) are not
    // mirrored: see README.
    default_ptr(spec, "enableServiceLinks", true);
    if spec.get("hostNetwork") == Some(&Value::Bool(true)) {
        // defaultHostNetworkPorts.
        for key in ["containers", "initContainers"] {
            for c in each(spec, key) {
                for port in each(c, "ports") {
                    if super::is_zero(port.get("hostPort")) {
                        let p = port.get("containerPort").cloned().unwrap_or(json!(0));
                        port.insert("hostPort".into(), p);
                    }
                }
            }
        }
    }
}

fn requests_from_limits(container: &mut Obj) {
    let Some(resources) = get(container, "resources") else {
        return;
    };
    let Some(Value::Object(limits)) = resources.get("limits") else {
        return;
    };
    let requests = resources.get("requests").and_then(Value::as_object);
    let missing: Vec<(String, Value)> = limits
        .iter()
        .filter(|(name, _)| !requests.is_some_and(|r| r.contains_key(*name)))
        .map(|(name, quantity)| (name.clone(), quantity.clone()))
        .collect();
    if missing.is_empty() {
        return;
    }
    ensure(resources, "requests").extend(missing);
}

/// SetDefaults_PodSpec plus the defaulters SetObjectDefaults_* runs on the spec's volumes
/// and containers.
fn pod_spec(spec: &mut Obj) {
    default_value(spec, "dnsPolicy", "ClusterFirst");
    default_value(spec, "restartPolicy", "Always");
    default_ptr(spec, "securityContext", json!({}));
    default_ptr(spec, "terminationGracePeriodSeconds", 30);
    default_value(spec, "schedulerName", "default-scheduler");
    for v in each(spec, "volumes") {
        volume(v);
    }
    for key in ["initContainers", "containers", "ephemeralContainers"] {
        for c in each(spec, key) {
            container(c);
        }
    }
}

/// SetDefaults_Volume and the defaulters of each volume source.
fn volume(v: &mut Obj) {
    // ptr.AllPtrFieldsNil(&obj.VolumeSource): a volume with nothing but its name.
    if v.keys().all(|k| k == "name") {
        v.insert("emptyDir".into(), json!({}));
    }
    // ImageVolume (beta, on by default in 1.36; the field is dropped on write while the gate
    // is off, so a stored image volume was written with it on).
    if let Some(image) = get(v, "image") {
        if super::is_zero(image.get("pullPolicy")) {
            let policy = pull_policy(text(image, "reference"));
            image.insert("pullPolicy".into(), policy.into());
        }
    }
    if let Some(h) = get(v, "hostPath") {
        default_ptr(h, "type", ""); // SetDefaults_HostPathVolumeSource: HostPathUnset
    }
    for source in ["secret", "configMap"] {
        if let Some(s) = get(v, source) {
            default_ptr(s, "defaultMode", 0o644); // Secret/ConfigMapVolumeSourceDefaultMode
        }
    }
    if let Some(d) = get(v, "downwardAPI") {
        default_ptr(d, "defaultMode", 0o644);
        downward_api_items(d);
    }
    if let Some(p) = get(v, "projected") {
        default_ptr(p, "defaultMode", 0o644);
        for source in each(p, "sources") {
            if let Some(d) = get(source, "downwardAPI") {
                downward_api_items(d);
            }
            if let Some(t) = get(source, "serviceAccountToken") {
                default_ptr(t, "expirationSeconds", 3600);
            }
        }
    }
    pv_sources(v);
    if let Some(spec) = path(v, &["ephemeral", "volumeClaimTemplate"]) {
        pvc_spec(ensure(spec, "spec"));
    }
}

fn downward_api_items(d: &mut Obj) {
    for item in each(d, "items") {
        if let Some(f) = get(item, "fieldRef") {
            default_value(f, "apiVersion", "v1"); // SetDefaults_ObjectFieldSelector
        }
    }
}

/// The volume sources a PersistentVolumeSpec shares with a pod's VolumeSource (and a
/// VolumeAttachment's inline spec): declarative defaults of ISCSI, RBD, ScaleIO and
/// SetDefaults_AzureDiskVolumeSource / SetDefaults_HostPathVolumeSource.
pub(super) fn pv_sources(source: &mut Obj) {
    if let Some(h) = get(source, "hostPath") {
        default_ptr(h, "type", "");
    }
    if let Some(i) = get(source, "iscsi") {
        default_value(i, "iscsiInterface", "default");
    }
    if let Some(r) = get(source, "rbd") {
        default_value(r, "pool", "rbd");
        default_value(r, "user", "admin");
        default_value(r, "keyring", "/etc/ceph/keyring");
    }
    if let Some(a) = get(source, "azureDisk") {
        default_ptr(a, "cachingMode", "ReadWrite");
        default_ptr(a, "fsType", "ext4");
        default_ptr(a, "readOnly", false);
        default_ptr(a, "kind", "Shared");
    }
    if let Some(s) = get(source, "scaleIO") {
        default_value(s, "storageMode", "ThinProvisioned");
        default_value(s, "fsType", "xfs");
    }
}

/// SetDefaults_Container (also EphemeralContainer) and what the generated code runs on
/// its ports, env, probes and lifecycle handlers.
fn container(c: &mut Obj) {
    if super::is_zero(c.get("imagePullPolicy")) {
        let policy = pull_policy(text(c, "image"));
        c.insert("imagePullPolicy".into(), policy.into());
    }
    default_value(c, "terminationMessagePath", "/dev/termination-log");
    default_value(c, "terminationMessagePolicy", "File");
    for port in each(c, "ports") {
        default_value(port, "protocol", "TCP");
    }
    for env in each(c, "env") {
        if let Some(f) = path(env, &["valueFrom", "fieldRef"]) {
            default_value(f, "apiVersion", "v1");
        }
    }
    for key in ["livenessProbe", "readinessProbe", "startupProbe"] {
        if let Some(p) = get(c, key) {
            probe(p);
        }
    }
    for key in ["postStart", "preStop"] {
        if let Some(h) = path(c, &["lifecycle", key, "httpGet"]) {
            http_get(h);
        }
    }
}

/// SetDefaults_Probe, SetDefaults_HTTPGetAction on its handler, and GRPCAction's
/// declarative `service: ""`.
fn probe(p: &mut Obj) {
    default_value(p, "timeoutSeconds", 1);
    default_value(p, "periodSeconds", 10);
    default_value(p, "successThreshold", 1);
    default_value(p, "failureThreshold", 3);
    if let Some(h) = get(p, "httpGet") {
        http_get(h);
    }
    if let Some(g) = get(p, "grpc") {
        default_ptr(g, "service", "");
    }
}

fn http_get(h: &mut Obj) {
    default_value(h, "path", "/");
    default_value(h, "scheme", "HTTP");
}

/// SetDefaults_Container's image pull policy: `Always` for the `latest` tag (which
/// parsers.ParseImageName also returns for a name with neither tag nor digest),
/// `IfNotPresent` otherwise, including names that do not parse.
fn pull_policy(image: &str) -> &'static str {
    let (name, digest) = match image.split_once('@') {
        Some((name, _)) => (name, true),
        None => (image, false),
    };
    let last = name.rsplit('/').next().unwrap_or(name);
    let (repo_last, tag) = match last.split_once(':') {
        Some((r, t)) => (r, Some(t)),
        None => (last, None),
    };
    // Docker references are lower case; ParseImageName fails (empty tag) otherwise.
    let parses = !name.is_empty() && !repo_last.is_empty() && !name.contains(char::is_uppercase);
    let latest = match tag {
        Some(t) => t == "latest",
        None => !digest,
    };
    if parses && latest {
        "Always"
    } else {
        "IfNotPresent"
    }
}

/// SetDefaults_ReplicationController, the declarative `replicas: 1`, and the template.
fn replication_controller(o: &mut Obj) {
    let labels = path(o, &["spec", "template", "metadata"])
        .and_then(|m| m.get("labels"))
        .filter(|l| l.is_object())
        .cloned();
    if let Some(labels) = labels {
        default_value(ensure(o, "spec"), "selector", labels.clone());
        default_value(ensure(o, "metadata"), "labels", labels);
    }
    let spec = ensure(o, "spec");
    default_ptr(spec, "replicas", 1);
    if let Some(template) = get(spec, "template") {
        pod_template(template);
    }
}

/// SetDefaults_Service.
fn service(o: &mut Obj) {
    let spec = ensure(o, "spec");
    default_value(spec, "sessionAffinity", "None");
    match text(spec, "sessionAffinity") {
        "None" => {
            spec.remove("sessionAffinityConfig");
        }
        "ClientIP" => {
            let timeout = path(spec, &["sessionAffinityConfig", "clientIP"])
                .and_then(|c| c.get("timeoutSeconds"))
                .filter(|t| !t.is_null());
            if timeout.is_none() {
                // DefaultClientIPServiceAffinitySeconds: three hours.
                spec.insert(
                    "sessionAffinityConfig".into(),
                    json!({"clientIP": {"timeoutSeconds": 10800}}),
                );
            }
        }
        _ => {}
    }
    default_value(spec, "type", "ClusterIP");
    for port in each(spec, "ports") {
        default_value(port, "protocol", "TCP");
        // `TargetPort == intstr.FromInt32(0) || TargetPort == intstr.FromString("")`.
        if super::is_zero(port.get("targetPort")) {
            let p = port.get("port").cloned().unwrap_or(json!(0));
            port.insert("targetPort".into(), p);
        }
    }
    let kind = text(spec, "type").to_string();
    // service.ExternallyAccessible.
    let external = matches!(kind.as_str(), "LoadBalancer" | "NodePort")
        || (kind == "ClusterIP" && !super::is_zero(spec.get("externalIPs")));
    if external {
        default_value(spec, "externalTrafficPolicy", "Cluster");
    }
    if matches!(kind.as_str(), "ClusterIP" | "NodePort" | "LoadBalancer") {
        default_ptr(spec, "internalTrafficPolicy", "Cluster");
    }
    if kind == "LoadBalancer" {
        default_ptr(spec, "allocateLoadBalancerNodePorts", true);
        if let Some(lb) = path(o, &["status", "loadBalancer"]) {
            for ingress in each(lb, "ingress") {
                if !text(ingress, "ip").is_empty() {
                    default_ptr(ingress, "ipMode", "VIP");
                }
            }
        }
    }
}

/// SetDefaults_PersistentVolume.
fn persistent_volume(o: &mut Obj) {
    default_value(ensure(o, "status"), "phase", "Pending");
    let spec = ensure(o, "spec");
    default_value(spec, "persistentVolumeReclaimPolicy", "Retain");
    default_ptr(spec, "volumeMode", "Filesystem");
}

/// SetDefaults_PersistentVolumeClaim.
fn persistent_volume_claim(o: &mut Obj) {
    default_value(ensure(o, "status"), "phase", "Pending");
}

/// SetDefaults_PersistentVolumeClaimSpec.
fn pvc_spec(spec: &mut Obj) {
    default_ptr(spec, "volumeMode", "Filesystem");
}

/// SetDefaults_Namespace and SetDefaults_NamespaceStatus.
fn namespace(o: &mut Obj) {
    let name = path(o, &["metadata"])
        .map(|m| text(m, "name").to_string())
        .unwrap_or_default();
    if !name.is_empty() {
        let metadata = ensure(o, "metadata");
        ensure(metadata, "labels").insert("kubernetes.io/metadata.name".into(), name.into());
    }
    default_value(ensure(o, "status"), "phase", "Active");
}

/// SetDefaults_NodeStatus: allocatable defaults to capacity.
fn node_status(status: &mut Obj) {
    let capacity = status.get("capacity").filter(|c| c.is_object()).cloned();
    if let Some(capacity) = capacity {
        default_ptr(status, "allocatable", capacity);
    }
}

/// SetDefaults_LimitRangeItem: for `type: Container`, `default` from `max`, then
/// `defaultRequest` from `default` and `min`. (Go allocates both maps; an empty one is
/// left out by `omitempty`, so only a filled one is added here.)
fn limit_range_item(item: &mut Obj) {
    if text(item, "type") != "Container" {
        return;
    }
    let map = |item: &Obj, key: &str| {
        item.get(key)
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default()
    };
    let mut default = map(item, "default");
    for (k, v) in map(item, "max") {
        default.entry(k).or_insert(v);
    }
    let mut request = map(item, "defaultRequest");
    for (k, v) in default.iter().chain(map(item, "min").iter()) {
        request.entry(k.clone()).or_insert(v.clone());
    }
    if !default.is_empty() {
        item.insert("default".into(), Value::Object(default));
    }
    if !request.is_empty() {
        item.insert("defaultRequest".into(), Value::Object(request));
    }
}
