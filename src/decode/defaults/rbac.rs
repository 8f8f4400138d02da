//! rbac.authorization.k8s.io/v1: pkg/apis/rbac/v1/defaults.go (kubernetes v1.36).

use super::{default_value, each, ensure, text, Obj};

const GROUP: &str = "rbac.authorization.k8s.io";

pub(super) fn apply(kind: &str, o: &mut Obj) {
    if !matches!(kind, "RoleBinding" | "ClusterRoleBinding") {
        return;
    }
    // SetDefaults_RoleBinding / SetDefaults_ClusterRoleBinding.
    default_value(ensure(o, "roleRef"), "apiGroup", GROUP);
    // SetDefaults_Subject.
    for subject in each(o, "subjects") {
        if super::is_zero(subject.get("apiGroup")) {
            match text(subject, "kind") {
                "User" | "Group" => {
                    subject.insert("apiGroup".into(), GROUP.into());
                }
                // ServiceAccount: the core group, "" (left out by omitempty).
                _ => {}
            }
        }
    }
}
