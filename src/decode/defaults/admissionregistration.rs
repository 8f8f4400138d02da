//! admissionregistration.k8s.io: pkg/apis/admissionregistration/{v1,v1beta1,v1alpha1}/
//! defaults.go (kubernetes v1.36).

use serde_json::json;

use super::{default_ptr, each, ensure, get, path, Obj};

/// admissionregistration.k8s.io/v1: webhooks and validating admission policies.
pub(super) fn apply_v1(kind: &str, o: &mut Obj) {
    match kind {
        "ValidatingWebhookConfiguration" | "MutatingWebhookConfiguration" => {
            let mutating = kind == "MutatingWebhookConfiguration";
            for webhook in each(o, "webhooks") {
                webhook_v1(webhook, mutating);
            }
        }
        _ => apply_policies(kind, o),
    }
}

/// The admission policies and their bindings, the same in v1, v1beta1 and v1alpha1.
pub(super) fn apply_policies(kind: &str, o: &mut Obj) {
    match kind {
        // SetDefaults_ValidatingAdmissionPolicySpec / SetDefaults_MutatingAdmissionPolicySpec.
        "ValidatingAdmissionPolicy" | "MutatingAdmissionPolicy" => {
            let spec = ensure(o, "spec");
            default_ptr(spec, "failurePolicy", "Fail");
            if let Some(m) = get(spec, "matchConstraints") {
                match_resources(m);
            }
        }
        "ValidatingAdmissionPolicyBinding" | "MutatingAdmissionPolicyBinding" => {
            let spec = ensure(o, "spec");
            if let Some(m) = get(spec, "matchResources") {
                match_resources(m);
            }
            // SetDefaults_ParamRef.
            if let Some(param_ref) = get(spec, "paramRef") {
                default_ptr(param_ref, "parameterNotFoundAction", "Deny");
            }
        }
        _ => {}
    }
}

/// SetDefaults_ValidatingWebhook / SetDefaults_MutatingWebhook, and what the generated code
/// runs on the webhook's service reference and rules.
fn webhook_v1(w: &mut Obj, mutating: bool) {
    default_ptr(w, "failurePolicy", "Fail");
    default_ptr(w, "matchPolicy", "Equivalent");
    default_ptr(w, "namespaceSelector", json!({}));
    default_ptr(w, "objectSelector", json!({}));
    default_ptr(w, "timeoutSeconds", 10);
    if mutating {
        default_ptr(w, "reinvocationPolicy", "Never");
    }
    if let Some(service) = path(w, &["clientConfig", "service"]) {
        default_ptr(service, "port", 443); // SetDefaults_ServiceReference
    }
    for rule in each(w, "rules") {
        default_ptr(rule, "scope", "*"); // SetDefaults_Rule
    }
}

/// SetDefaults_MatchResources, and SetDefaults_Rule on its (exclude) resource rules.
fn match_resources(m: &mut Obj) {
    default_ptr(m, "matchPolicy", "Equivalent");
    default_ptr(m, "namespaceSelector", json!({}));
    default_ptr(m, "objectSelector", json!({}));
    for key in ["resourceRules", "excludeResourceRules"] {
        for rule in each(m, key) {
            default_ptr(rule, "scope", "*");
        }
    }
}
