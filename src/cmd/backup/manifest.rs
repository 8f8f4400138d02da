//! The objects a schedule is made of, as typed Kubernetes objects: the CronJob that runs
//! kubectl-etcd on a control-plane node, and the Secret with the destination's credentials.

use std::collections::BTreeMap;
use std::path::PathBuf;

use k8s_openapi::api::batch::v1::{CronJob, CronJobSpec, JobSpec, JobTemplateSpec};
use k8s_openapi::api::core::v1::{
    Affinity, Capabilities, Container, EmptyDirVolumeSource, EnvFromSource, HostPathVolumeSource,
    NodeAffinity, NodeSelector, NodeSelectorRequirement, NodeSelectorTerm, PodSecurityContext,
    PodSpec, PodTemplateSpec, ResourceRequirements, SeccompProfile, Secret, SecretEnvSource,
    SecurityContext, Toleration, Volume, VolumeMount,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use k8s_openapi::ByteString;

use super::{
    ANN_DESTINATION, ANN_EVERY, ANN_SECRET, LABEL_COMPONENT, LABEL_MANAGED, LABEL_SCHEDULE,
};

/// Everything `backup schedule` decided, from which the objects follow.
#[derive(Debug, Clone)]
pub struct Schedule {
    pub name: String,
    pub namespace: String,
    /// The CronJob's schedule, and what the user typed.
    pub cron: String,
    pub every: String,
    pub image: String,
    pub destination: String,
    /// Arguments of `backup run` after `--to URL` (cluster name, --keep-*, --compress, …).
    pub run_args: Vec<String>,
    /// The local member's client URL as seen from the node (host network).
    pub endpoint: String,
    /// Host paths of the etcd CA, client certificate and key.
    pub cacert: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
    /// Nodes the job may run on (those with an etcd member); empty = any control-plane node.
    pub nodes: Vec<String>,
    /// The Secret the job's environment comes from.
    pub secret: Option<String>,
    pub secret_owned: bool,
    pub deadline_seconds: i64,
}

pub fn labels(name: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        (LABEL_MANAGED.0.to_string(), LABEL_MANAGED.1.to_string()),
        (LABEL_COMPONENT.0.to_string(), LABEL_COMPONENT.1.to_string()),
        (LABEL_SCHEDULE.to_string(), name.to_string()),
    ])
}

fn quantities(pairs: &[(&str, &str)]) -> BTreeMap<String, Quantity> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), Quantity(v.to_string())))
        .collect()
}

/// The directories holding the certificate files, each mounted read-only at the same path.
fn cert_dirs(s: &Schedule) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = [&s.cacert, &s.cert, &s.key]
        .iter()
        .filter_map(|p| p.parent().map(|d| d.to_path_buf()))
        .collect();
    dirs.sort();
    dirs.dedup();
    // A directory inside another is already mounted with it.
    let all = dirs.clone();
    dirs.retain(|d| !all.iter().any(|o| o != d && d.starts_with(o)));
    dirs
}

pub fn cron_job(s: &Schedule) -> CronJob {
    let labels = labels(&s.name);
    let mut args: Vec<String> = vec![
        "--endpoints".into(),
        s.endpoint.clone(),
        "--cacert".into(),
        s.cacert.display().to_string(),
        "--cert".into(),
        s.cert.display().to_string(),
        "--key".into(),
        s.key.display().to_string(),
        "backup".into(),
        "run".into(),
        "--to".into(),
        s.destination.clone(),
    ];
    args.extend(s.run_args.iter().cloned());
    let mut volumes = vec![Volume {
        name: "tmp".into(),
        empty_dir: Some(EmptyDirVolumeSource::default()),
        ..Default::default()
    }];
    let mut mounts = vec![VolumeMount {
        name: "tmp".into(),
        mount_path: "/tmp".into(),
        ..Default::default()
    }];
    for (i, dir) in cert_dirs(s).iter().enumerate() {
        let vname = format!("etcd-certs-{i}");
        volumes.push(Volume {
            name: vname.clone(),
            host_path: Some(HostPathVolumeSource {
                path: dir.display().to_string(),
                type_: Some("Directory".into()),
            }),
            ..Default::default()
        });
        mounts.push(VolumeMount {
            name: vname,
            mount_path: dir.display().to_string(),
            read_only: Some(true),
            ..Default::default()
        });
    }
    let mut requirements = vec![NodeSelectorRequirement {
        key: "node-role.kubernetes.io/control-plane".into(),
        operator: "Exists".into(),
        values: None,
    }];
    if !s.nodes.is_empty() {
        requirements.push(NodeSelectorRequirement {
            key: "kubernetes.io/hostname".into(),
            operator: "In".into(),
            values: Some(s.nodes.clone()),
        });
    }
    let container = Container {
        name: "backup".into(),
        image: Some(s.image.clone()),
        image_pull_policy: Some("IfNotPresent".into()),
        args: Some(args),
        env_from: s.secret.as_ref().map(|name| {
            vec![EnvFromSource {
                secret_ref: Some(SecretEnvSource {
                    name: name.clone(),
                    optional: Some(false),
                }),
                ..Default::default()
            }]
        }),
        volume_mounts: Some(mounts),
        resources: Some(ResourceRequirements {
            requests: Some(quantities(&[("cpu", "100m"), ("memory", "128Mi")])),
            limits: Some(quantities(&[("memory", "512Mi")])),
            ..Default::default()
        }),
        // Root without any capability: enough to read kubeadm's root-owned 0600 keys (the
        // owner's bits apply), nothing more (see README, "The backup image").
        security_context: Some(SecurityContext {
            run_as_user: Some(0),
            run_as_group: Some(0),
            run_as_non_root: Some(false),
            allow_privilege_escalation: Some(false),
            read_only_root_filesystem: Some(true),
            capabilities: Some(Capabilities {
                drop: Some(vec!["ALL".into()]),
                add: None,
            }),
            ..Default::default()
        }),
        termination_message_path: Some("/dev/termination-log".into()),
        termination_message_policy: Some("FallbackToLogsOnError".into()),
        ..Default::default()
    };
    let pod = PodSpec {
        containers: vec![container],
        restart_policy: Some("Never".into()),
        host_network: Some(true),
        // The node's resolver: the cluster's DNS may be what is broken when a backup matters.
        dns_policy: Some("Default".into()),
        automount_service_account_token: Some(false),
        enable_service_links: Some(false),
        affinity: Some(Affinity {
            node_affinity: Some(NodeAffinity {
                required_during_scheduling_ignored_during_execution: Some(NodeSelector {
                    node_selector_terms: vec![NodeSelectorTerm {
                        match_expressions: Some(requirements),
                        match_fields: None,
                    }],
                }),
                ..Default::default()
            }),
            ..Default::default()
        }),
        tolerations: Some(
            [
                "node-role.kubernetes.io/control-plane",
                "node-role.kubernetes.io/master",
            ]
            .iter()
            .map(|k| Toleration {
                key: Some(k.to_string()),
                operator: Some("Exists".into()),
                effect: Some("NoSchedule".into()),
                ..Default::default()
            })
            .collect(),
        ),
        security_context: Some(PodSecurityContext {
            seccomp_profile: Some(SeccompProfile {
                type_: "RuntimeDefault".into(),
                localhost_profile: None,
            }),
            ..Default::default()
        }),
        volumes: Some(volumes),
        termination_grace_period_seconds: Some(30),
        ..Default::default()
    };
    let mut annotations = BTreeMap::from([
        (ANN_DESTINATION.to_string(), s.destination.clone()),
        (ANN_EVERY.to_string(), s.every.clone()),
    ]);
    if let Some(secret) = &s.secret {
        annotations.insert(
            ANN_SECRET.to_string(),
            format!("{secret}{}", if s.secret_owned { " (owned)" } else { "" }),
        );
    }
    CronJob {
        metadata: ObjectMeta {
            name: Some(s.name.clone()),
            namespace: Some(s.namespace.clone()),
            labels: Some(labels.clone()),
            annotations: Some(annotations),
            ..Default::default()
        },
        spec: CronJobSpec {
            schedule: s.cron.clone(),
            concurrency_policy: Some("Forbid".into()),
            // A run missed by more than this (controller down) is skipped, not run late.
            starting_deadline_seconds: Some(600),
            successful_jobs_history_limit: Some(3),
            failed_jobs_history_limit: Some(3),
            suspend: Some(false),
            job_template: JobTemplateSpec {
                metadata: Some(ObjectMeta {
                    labels: Some(labels.clone()),
                    ..Default::default()
                }),
                spec: Some(JobSpec {
                    backoff_limit: Some(1),
                    active_deadline_seconds: Some(s.deadline_seconds),
                    template: PodTemplateSpec {
                        metadata: Some(ObjectMeta {
                            labels: Some(labels),
                            ..Default::default()
                        }),
                        spec: Some(pod),
                    },
                    ..Default::default()
                }),
            },
            ..Default::default()
        },
        status: None,
    }
}

/// The Secret `--credentials-from-env` creates.
pub fn secret(
    name: &str,
    namespace: &str,
    schedule: &str,
    data: &BTreeMap<String, String>,
) -> Secret {
    let mut labels = labels(schedule);
    labels.insert(super::LABEL_OWNED_SECRET.to_string(), "true".to_string());
    Secret {
        metadata: ObjectMeta {
            name: Some(name.to_string()),
            namespace: Some(namespace.to_string()),
            labels: Some(labels),
            ..Default::default()
        },
        type_: Some("Opaque".into()),
        data: Some(
            data.iter()
                .map(|(k, v)| (k.clone(), ByteString(v.clone().into_bytes())))
                .collect(),
        ),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule() -> Schedule {
        Schedule {
            name: "etcd-backup".into(),
            namespace: "kube-system".into(),
            cron: "0 */12 * * *".into(),
            every: "12h".into(),
            image: "registry.local/kubectl-etcd:0.1.0".into(),
            destination: "s3://b/etcd/".into(),
            run_args: vec!["--cluster-name".into(), "prod".into()],
            endpoint: "https://127.0.0.1:2379".into(),
            cacert: "/etc/kubernetes/pki/etcd/ca.crt".into(),
            cert: "/etc/kubernetes/pki/etcd/server.crt".into(),
            key: "/etc/kubernetes/pki/etcd/server.key".into(),
            nodes: vec!["cp-0".into(), "cp-1".into()],
            secret: Some("etcd-backup-credentials".into()),
            secret_owned: true,
            deadline_seconds: 1800,
        }
    }

    #[test]
    fn one_read_only_mount_for_the_certificate_directory() {
        let cj = cron_job(&schedule());
        let pod = cj.spec.job_template.spec.unwrap().template.spec.unwrap();
        let c = &pod.containers[0];
        let mounts = c.volume_mounts.clone().unwrap();
        let certs: Vec<_> = mounts
            .iter()
            .filter(|m| m.name.starts_with("etcd-certs"))
            .collect();
        assert_eq!(certs.len(), 1);
        assert_eq!(certs[0].mount_path, "/etc/kubernetes/pki/etcd");
        assert_eq!(certs[0].read_only, Some(true));
        let args = c.args.clone().unwrap();
        assert_eq!(&args[..2], ["--endpoints", "https://127.0.0.1:2379"]);
        assert!(args.windows(2).any(|w| w == ["--to", "s3://b/etcd/"]));
        assert_eq!(pod.host_network, Some(true));
        assert_eq!(pod.restart_policy.as_deref(), Some("Never"));
        let sc = c.security_context.clone().unwrap();
        assert_eq!(sc.run_as_user, Some(0));
        assert_eq!(sc.capabilities.unwrap().drop.unwrap(), ["ALL"]);
        assert_eq!(
            c.env_from.clone().unwrap()[0]
                .secret_ref
                .as_ref()
                .unwrap()
                .name,
            "etcd-backup-credentials"
        );
    }
}
