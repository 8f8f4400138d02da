//! kubectl-style addressing (`deployment/web -n default`, `pods -A`, `cm`) mapped to the
//! keys kube-apiserver uses in etcd, including its exceptions (services under
//! `services/specs`, nodes under `minions`, ingresses under `ingress`, custom resources and
//! some groups under `<group>/<plural>`).

/// One resource type: kubectl's names and its etcd layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    /// Plural, as kubectl prints it (`deployments`, `widgets.fixtures.example.com`).
    pub plural: String,
    /// The path under the prefix (`deployments`, `services/specs`, `fixtures.example.com/widgets`).
    pub key: String,
    pub namespaced: bool,
}

/// (plural, singular, short names, etcd path, namespaced)
const BUILTIN: &[(&str, &str, &[&str], &str, bool)] = &[
    ("pods", "pod", &["po"], "pods", true),
    ("services", "service", &["svc"], "services/specs", true),
    (
        "endpoints",
        "endpoints",
        &["ep"],
        "services/endpoints",
        true,
    ),
    ("configmaps", "configmap", &["cm"], "configmaps", true),
    ("secrets", "secret", &[], "secrets", true),
    (
        "serviceaccounts",
        "serviceaccount",
        &["sa"],
        "serviceaccounts",
        true,
    ),
    (
        "persistentvolumeclaims",
        "persistentvolumeclaim",
        &["pvc"],
        "persistentvolumeclaims",
        true,
    ),
    (
        "persistentvolumes",
        "persistentvolume",
        &["pv"],
        "persistentvolumes",
        false,
    ),
    ("nodes", "node", &["no"], "minions", false),
    ("namespaces", "namespace", &["ns"], "namespaces", false),
    ("events", "event", &["ev"], "events", true),
    (
        "limitranges",
        "limitrange",
        &["limits"],
        "limitranges",
        true,
    ),
    (
        "resourcequotas",
        "resourcequota",
        &["quota"],
        "resourcequotas",
        true,
    ),
    ("podtemplates", "podtemplate", &[], "podtemplates", true),
    (
        "replicationcontrollers",
        "replicationcontroller",
        &["rc"],
        "controllers",
        true,
    ),
    (
        "deployments",
        "deployment",
        &["deploy"],
        "deployments",
        true,
    ),
    ("replicasets", "replicaset", &["rs"], "replicasets", true),
    (
        "statefulsets",
        "statefulset",
        &["sts"],
        "statefulsets",
        true,
    ),
    ("daemonsets", "daemonset", &["ds"], "daemonsets", true),
    (
        "controllerrevisions",
        "controllerrevision",
        &[],
        "controllerrevisions",
        true,
    ),
    ("jobs", "job", &[], "jobs", true),
    ("cronjobs", "cronjob", &["cj"], "cronjobs", true),
    (
        "horizontalpodautoscalers",
        "horizontalpodautoscaler",
        &["hpa"],
        "horizontalpodautoscalers",
        true,
    ),
    (
        "poddisruptionbudgets",
        "poddisruptionbudget",
        &["pdb"],
        "poddisruptionbudgets",
        true,
    ),
    ("ingresses", "ingress", &["ing"], "ingress", true),
    (
        "ingressclasses",
        "ingressclass",
        &[],
        "ingressclasses",
        false,
    ),
    (
        "networkpolicies",
        "networkpolicy",
        &["netpol"],
        "networkpolicies",
        true,
    ),
    (
        "endpointslices",
        "endpointslice",
        &[],
        "endpointslices",
        true,
    ),
    ("ipaddresses", "ipaddress", &[], "ipaddresses", false),
    ("servicecidrs", "servicecidr", &[], "servicecidrs", false),
    ("roles", "role", &[], "roles", true),
    ("rolebindings", "rolebinding", &[], "rolebindings", true),
    ("clusterroles", "clusterrole", &[], "clusterroles", false),
    (
        "clusterrolebindings",
        "clusterrolebinding",
        &[],
        "clusterrolebindings",
        false,
    ),
    ("leases", "lease", &[], "leases", true),
    (
        "storageclasses",
        "storageclass",
        &["sc"],
        "storageclasses",
        false,
    ),
    (
        "volumeattachments",
        "volumeattachment",
        &[],
        "volumeattachments",
        false,
    ),
    ("csidrivers", "csidriver", &[], "csidrivers", false),
    ("csinodes", "csinode", &[], "csinodes", false),
    (
        "priorityclasses",
        "priorityclass",
        &["pc"],
        "priorityclasses",
        false,
    ),
    (
        "runtimeclasses",
        "runtimeclass",
        &[],
        "runtimeclasses",
        false,
    ),
    (
        "certificatesigningrequests",
        "certificatesigningrequest",
        &["csr"],
        "certificatesigningrequests",
        false,
    ),
    (
        "mutatingwebhookconfigurations",
        "mutatingwebhookconfiguration",
        &[],
        "mutatingwebhookconfigurations",
        false,
    ),
    (
        "validatingwebhookconfigurations",
        "validatingwebhookconfiguration",
        &[],
        "validatingwebhookconfigurations",
        false,
    ),
    (
        "validatingadmissionpolicies",
        "validatingadmissionpolicy",
        &[],
        "validatingadmissionpolicies",
        false,
    ),
    (
        "validatingadmissionpolicybindings",
        "validatingadmissionpolicybinding",
        &[],
        "validatingadmissionpolicybindings",
        false,
    ),
    (
        "mutatingadmissionpolicies",
        "mutatingadmissionpolicy",
        &[],
        "mutatingadmissionpolicies",
        false,
    ),
    (
        "mutatingadmissionpolicybindings",
        "mutatingadmissionpolicybinding",
        &[],
        "mutatingadmissionpolicybindings",
        false,
    ),
    (
        "csistoragecapacities",
        "csistoragecapacity",
        &[],
        "csistoragecapacities",
        true,
    ),
    (
        "volumeattributesclasses",
        "volumeattributesclass",
        &["vac"],
        "volumeattributesclasses",
        false,
    ),
    (
        "resourceclaims",
        "resourceclaim",
        &[],
        "resourceclaims",
        true,
    ),
    (
        "resourceclaimtemplates",
        "resourceclaimtemplate",
        &[],
        "resourceclaimtemplates",
        true,
    ),
    (
        "resourceslices",
        "resourceslice",
        &[],
        "resourceslices",
        false,
    ),
    ("deviceclasses", "deviceclass", &[], "deviceclasses", false),
    ("flowschemas", "flowschema", &[], "flowschemas", false),
    (
        "prioritylevelconfigurations",
        "prioritylevelconfiguration",
        &[],
        "prioritylevelconfigurations",
        false,
    ),
    (
        "customresourcedefinitions",
        "customresourcedefinition",
        &["crd", "crds"],
        "apiextensions.k8s.io/customresourcedefinitions",
        false,
    ),
    (
        "apiservices",
        "apiservice",
        &[],
        "apiregistration.k8s.io/apiservices",
        false,
    ),
];

/// The resource a kubectl word names: plural, singular, short name, or `<plural>.<group>` for
/// custom resources (always namespaced unless the user says otherwise; etcd layout is the same).
pub fn lookup(word: &str) -> Option<Resource> {
    let w = word.to_ascii_lowercase();
    if let Some((plural, _, _, key, namespaced)) = BUILTIN
        .iter()
        .find(|(p, s, short, _, _)| *p == w || *s == w || short.contains(&w.as_str()))
    {
        return Some(Resource {
            plural: plural.to_string(),
            key: key.to_string(),
            namespaced: *namespaced,
        });
    }
    // `widgets.fixtures.example.com`: kube-apiserver stores custom resources under
    // /registry/<group>/<plural>/.
    let (plural, group) = w.split_once('.')?;
    if plural.is_empty() || group.is_empty() || !group.contains('.') {
        return None;
    }
    Some(Resource {
        plural: w.clone(),
        key: format!("{group}/{plural}"),
        namespaced: true,
    })
}

/// kubectl's plural name of every built-in type (for completion).
pub fn plurals() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|b| b.0)
}

/// Every built-in namespaced type (for "everything in a namespace").
pub fn namespaced() -> Vec<Resource> {
    BUILTIN
        .iter()
        .filter(|b| b.4)
        .map(|(plural, _, _, key, namespaced)| Resource {
            plural: plural.to_string(),
            key: key.to_string(),
            namespaced: *namespaced,
        })
        .collect()
}

/// The etcd prefix for every object of `r` in `namespace` (None = all namespaces).
pub fn prefix(etcd_prefix: &str, r: &Resource, namespace: Option<&str>) -> String {
    let base = format!("{}/{}/", etcd_prefix.trim_end_matches('/'), r.key);
    match (r.namespaced, namespace) {
        (true, Some(ns)) => format!("{base}{ns}/"),
        _ => base,
    }
}

/// The etcd key of one object.
pub fn key(etcd_prefix: &str, r: &Resource, namespace: &str, name: &str) -> String {
    if r.namespaced {
        format!("{}{name}", prefix(etcd_prefix, r, Some(namespace)))
    } else {
        format!("{}{name}", prefix(etcd_prefix, r, None))
    }
}

/// The resource type of a stored key (for diff and usage): the longest known etcd path that
/// prefixes it, else its first one or two path elements.
pub fn of_key(etcd_prefix: &str, key: &str) -> (String, String) {
    let rest = key
        .strip_prefix(etcd_prefix.trim_end_matches('/'))
        .unwrap_or(key)
        .trim_start_matches('/');
    let known = BUILTIN
        .iter()
        .filter(|(_, _, _, k, _)| rest.starts_with(&format!("{k}/")))
        .max_by_key(|(_, _, _, k, _)| k.len());
    if let Some((plural, _, _, k, _)) = known {
        return (plural.to_string(), rest[k.len() + 1..].to_string());
    }
    let mut parts = rest.splitn(3, '/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(group), Some(plural), Some(name)) if group.contains('.') => {
            (format!("{plural}.{group}"), name.to_string())
        }
        (Some(first), Some(second), third) => (
            first.to_string(),
            third
                .map(|t| format!("{second}/{t}"))
                .unwrap_or_else(|| second.to_string()),
        ),
        _ => (rest.to_string(), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_exceptions() {
        let svc = lookup("svc").unwrap();
        assert_eq!(
            key("/registry", &svc, "default", "kubernetes"),
            "/registry/services/specs/default/kubernetes"
        );
        assert_eq!(
            key("/registry", &lookup("no").unwrap(), "", "cp-0"),
            "/registry/minions/cp-0"
        );
        assert_eq!(
            prefix(
                "/registry",
                &lookup("Deployment").unwrap(),
                Some("kube-system")
            ),
            "/registry/deployments/kube-system/"
        );
        assert_eq!(
            prefix("/registry/", &lookup("pods").unwrap(), None),
            "/registry/pods/"
        );
        assert_eq!(
            key("/registry", &lookup("ingress").unwrap(), "a", "b"),
            "/registry/ingress/a/b"
        );
        let cr = lookup("widgets.fixtures.example.com").unwrap();
        assert_eq!(
            key("/registry", &cr, "fixtures", "w1"),
            "/registry/fixtures.example.com/widgets/fixtures/w1"
        );
        assert_eq!(
            key("/custom", &lookup("crd").unwrap(), "", "x.y.z"),
            "/custom/apiextensions.k8s.io/customresourcedefinitions/x.y.z"
        );
        assert!(lookup("k").is_none() && lookup("health").is_none() && lookup("foo.bar").is_none());
    }

    #[test]
    fn keys_back_to_types() {
        assert_eq!(
            of_key("/registry", "/registry/services/specs/default/kubernetes"),
            ("services".into(), "default/kubernetes".into())
        );
        assert_eq!(
            of_key(
                "/registry",
                "/registry/services/endpoints/default/kubernetes"
            ),
            ("endpoints".into(), "default/kubernetes".into())
        );
        assert_eq!(
            of_key("/registry", "/registry/minions/cp-0"),
            ("nodes".into(), "cp-0".into())
        );
        assert_eq!(
            of_key("/registry", "/registry/fixtures.example.com/widgets/ns/w"),
            ("widgets.fixtures.example.com".into(), "ns/w".into())
        );
    }
}
