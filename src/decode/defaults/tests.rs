//! One test per read-time default of kubernetes v1.36 that a stored object can lack: the
//! stored object (as the decoder renders it) without the field, and the value the Go
//! defaulter named in the test gives it. Expected values are copied from the Go source,
//! not from this module's output. End-to-end cases through the protobuf decoder are in
//! `decode/defaults_tests.rs`.

use serde_json::{json, Value};

use super::apply;

fn served(api_version: &str, kind: &str, stored: Value) -> Value {
    let Value::Object(mut object) = stored else {
        panic!("test objects are JSON objects");
    };
    apply(api_version, kind, &mut object);
    Value::Object(object)
}

/// The PodSpec defaults every template gets (SetDefaults_PodSpec, SetDefaults_Container).
fn defaulted_pod_spec(containers: Value) -> Value {
    json!({
        "containers": containers,
        "dnsPolicy": "ClusterFirst",
        "restartPolicy": "Always",
        "securityContext": {},
        "terminationGracePeriodSeconds": 30,
        "schedulerName": "default-scheduler",
    })
}

fn defaulted_container(name: &str, image: &str, pull: &str) -> Value {
    json!({
        "name": name, "image": image, "imagePullPolicy": pull,
        "terminationMessagePath": "/dev/termination-log",
        "terminationMessagePolicy": "File",
    })
}

// ---- core/v1 ----

#[test]
fn pod_spec_defaults_set_defaults_pod_spec() {
    let pod = served(
        "v1",
        "Pod",
        json!({"spec": {"containers": [{"name": "a", "image": "nginx:1.27"}]}}),
    );
    let mut expected = defaulted_pod_spec(json!([defaulted_container(
        "a",
        "nginx:1.27",
        "IfNotPresent"
    )]));
    expected["enableServiceLinks"] = json!(true);
    assert_eq!(pod["spec"], expected);
}

#[test]
fn pod_spec_values_that_are_set_stay() {
    let spec = json!({
        "containers": [{"name": "a", "image": "x", "imagePullPolicy": "Never",
            "terminationMessagePath": "/tmp/t", "terminationMessagePolicy": "FallbackToLogsOnError"}],
        "dnsPolicy": "Default", "restartPolicy": "Never", "securityContext": {"runAsUser": 1},
        "terminationGracePeriodSeconds": 0, "schedulerName": "mine", "enableServiceLinks": false,
    });
    let pod = served("v1", "Pod", json!({"spec": spec.clone()}));
    assert_eq!(pod["spec"], spec);
}

#[test]
fn container_image_pull_policy_follows_the_tag() {
    // SetDefaults_Container with parsers.ParseImageName: no tag and no digest means
    // "latest".
    let cases = [
        ("nginx", "Always"),
        ("nginx:latest", "Always"),
        ("registry.example.com:5000/team/app", "Always"),
        ("registry.example.com:5000/team/app:v2", "IfNotPresent"),
        (
            "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "IfNotPresent",
        ),
        ("nginx:1.27", "IfNotPresent"),
        ("", "IfNotPresent"),
        ("Upper/Case", "IfNotPresent"),
    ];
    for (image, policy) in cases {
        let pod = served(
            "v1",
            "Pod",
            json!({"spec": {"containers": [{"name": "a", "image": image}]}}),
        );
        assert_eq!(
            pod["spec"]["containers"][0]["imagePullPolicy"],
            json!(policy),
            "{image}"
        );
    }
}

#[test]
fn pod_requests_default_to_limits() {
    // SetDefaults_Pod: for containers and init containers, not ephemeral ones.
    let resources = json!({"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "500m"}});
    let pod = served(
        "v1",
        "Pod",
        json!({"spec": {
            "containers": [{"name": "a", "image": "x:1", "resources": resources}],
            "initContainers": [{"name": "i", "image": "x:1", "resources": {"limits": {"cpu": "2"}}}],
        }}),
    );
    assert_eq!(
        pod["spec"]["containers"][0]["resources"]["requests"],
        json!({"cpu": "500m", "memory": "1Gi"})
    );
    assert_eq!(
        pod["spec"]["initContainers"][0]["resources"]["requests"],
        json!({"cpu": "2"})
    );
}

#[test]
fn templates_get_no_pod_only_defaults() {
    // SetDefaults_Pod (enableServiceLinks, requests from limits) is for Pods only.
    let template = json!({"spec": {"containers": [
        {"name": "a", "image": "x:1", "resources": {"limits": {"cpu": "1"}}}]}});
    let pt = served("v1", "PodTemplate", json!({"template": template}));
    assert!(
        pt["template"]["spec"].get("enableServiceLinks").is_none(),
        "{pt}"
    );
    assert!(
        pt["template"]["spec"]["containers"][0]["resources"]
            .get("requests")
            .is_none(),
        "{pt}"
    );
    assert_eq!(pt["template"]["spec"]["dnsPolicy"], json!("ClusterFirst"));
}

#[test]
fn host_network_pods_default_host_ports() {
    // defaultHostNetworkPorts.
    let pod = served(
        "v1",
        "Pod",
        json!({"spec": {"hostNetwork": true, "containers": [{"name": "a", "image": "x:1",
            "ports": [{"containerPort": 8080}, {"containerPort": 9090, "hostPort": 9091}]}]}}),
    );
    assert_eq!(
        pod["spec"]["containers"][0]["ports"],
        json!([
            {"containerPort": 8080, "hostPort": 8080, "protocol": "TCP"},
            {"containerPort": 9090, "hostPort": 9091, "protocol": "TCP"},
        ])
    );
    // Without host networking a port keeps no host port.
    let pod = served(
        "v1",
        "Pod",
        json!({"spec": {"containers": [{"name": "a", "image": "x:1",
            "ports": [{"containerPort": 8080}]}]}}),
    );
    assert!(pod["spec"]["containers"][0]["ports"][0]
        .get("hostPort")
        .is_none());
}

#[test]
fn container_port_protocol_and_env_field_ref_api_version() {
    let pod = served(
        "v1",
        "Pod",
        json!({"spec": {"containers": [{"name": "a", "image": "x:1",
            "ports": [{"containerPort": 53}],
            "env": [{"name": "N", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}]}]}}),
    );
    let c = &pod["spec"]["containers"][0];
    assert_eq!(c["ports"][0]["protocol"], json!("TCP"));
    assert_eq!(
        c["env"][0]["valueFrom"]["fieldRef"],
        json!({"apiVersion": "v1", "fieldPath": "metadata.name"})
    );
}

#[test]
fn probes_and_http_get_actions() {
    // SetDefaults_Probe, SetDefaults_HTTPGetAction, GRPCAction's `service: ""`.
    let pod = served(
        "v1",
        "Pod",
        json!({"spec": {"ephemeralContainers": [], "containers": [{"name": "a", "image": "x:1",
            "livenessProbe": {"httpGet": {"port": 8080}},
            "readinessProbe": {"grpc": {"port": 9000}, "periodSeconds": 5},
            "startupProbe": {"tcpSocket": {"port": 1}},
            "lifecycle": {"preStop": {"httpGet": {"port": 80}}, "postStart": {"httpGet": {"port": 81, "path": "/x"}}}}]}}),
    );
    let c = &pod["spec"]["containers"][0];
    let times = |extra: Value, period: i64| {
        let mut p = json!({"timeoutSeconds": 1, "periodSeconds": period,
            "successThreshold": 1, "failureThreshold": 3});
        p.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        p
    };
    assert_eq!(
        c["livenessProbe"],
        times(
            json!({"httpGet": {"port": 8080, "path": "/", "scheme": "HTTP"}}),
            10
        )
    );
    assert_eq!(
        c["readinessProbe"],
        times(json!({"grpc": {"port": 9000, "service": ""}}), 5)
    );
    assert_eq!(
        c["startupProbe"],
        times(json!({"tcpSocket": {"port": 1}}), 10)
    );
    assert_eq!(
        c["lifecycle"],
        json!({"preStop": {"httpGet": {"port": 80, "path": "/", "scheme": "HTTP"}},
               "postStart": {"httpGet": {"port": 81, "path": "/x", "scheme": "HTTP"}}})
    );
}

#[test]
fn ephemeral_and_init_containers_get_container_defaults() {
    let pod = served(
        "v1",
        "Pod",
        json!({"spec": {"containers": [],
            "initContainers": [{"name": "i", "image": "busybox"}],
            "ephemeralContainers": [{"name": "e", "image": "busybox:1.36"}]}}),
    );
    assert_eq!(
        pod["spec"]["initContainers"][0],
        defaulted_container("i", "busybox", "Always")
    );
    assert_eq!(
        pod["spec"]["ephemeralContainers"][0],
        defaulted_container("e", "busybox:1.36", "IfNotPresent")
    );
}

#[test]
fn volume_sources_and_modes() {
    let volumes = json!([
        {"name": "bare"},
        {"name": "s", "secret": {"secretName": "x"}},
        {"name": "c", "configMap": {"name": "x"}},
        {"name": "d", "downwardAPI": {"items": [{"path": "n", "fieldRef": {"fieldPath": "metadata.name"}}]}},
        {"name": "p", "projected": {"sources": [
            {"serviceAccountToken": {"path": "token"}},
            {"downwardAPI": {"items": [{"path": "n", "fieldRef": {"fieldPath": "metadata.name"}}]}}]}},
        {"name": "h", "hostPath": {"path": "/data"}},
        {"name": "e", "ephemeral": {"volumeClaimTemplate": {"spec": {"accessModes": ["ReadWriteOnce"]}}}},
        {"name": "img", "image": {"reference": "quay.io/x/y"}},
        {"name": "img2", "image": {"reference": "quay.io/x/y:v1"}},
        {"name": "secret-mode-kept", "secret": {"secretName": "x", "defaultMode": 256}},
    ]);
    let pod = served(
        "v1",
        "Pod",
        json!({"spec": {"containers": [], "volumes": volumes}}),
    );
    let field_ref = json!({"apiVersion": "v1", "fieldPath": "metadata.name"});
    assert_eq!(
        pod["spec"]["volumes"],
        json!([
            {"name": "bare", "emptyDir": {}},
            {"name": "s", "secret": {"secretName": "x", "defaultMode": 420}},
            {"name": "c", "configMap": {"name": "x", "defaultMode": 420}},
            {"name": "d", "downwardAPI": {"defaultMode": 420, "items": [{"path": "n", "fieldRef": field_ref}]}},
            {"name": "p", "projected": {"defaultMode": 420, "sources": [
                {"serviceAccountToken": {"path": "token", "expirationSeconds": 3600}},
                {"downwardAPI": {"items": [{"path": "n", "fieldRef": field_ref}]}}]}},
            {"name": "h", "hostPath": {"path": "/data", "type": ""}},
            {"name": "e", "ephemeral": {"volumeClaimTemplate": {"spec":
                {"accessModes": ["ReadWriteOnce"], "volumeMode": "Filesystem"}}}},
            {"name": "img", "image": {"reference": "quay.io/x/y", "pullPolicy": "Always"}},
            {"name": "img2", "image": {"reference": "quay.io/x/y:v1", "pullPolicy": "IfNotPresent"}},
            {"name": "secret-mode-kept", "secret": {"secretName": "x", "defaultMode": 256}},
        ])
    );
}

#[test]
fn legacy_volume_sources_declarative_defaults() {
    // ISCSI, RBD, ScaleIO (declarative) and SetDefaults_AzureDiskVolumeSource, in a Pod
    // and in a PersistentVolume.
    let sources = json!({
        "iscsi": {"targetPortal": "10.0.0.1:3260", "iqn": "iqn.x", "lun": 0},
        "rbd": {"monitors": ["m"], "image": "i"},
        "scaleIO": {"gateway": "g", "system": "s", "secretRef": {"name": "x"}},
        "azureDisk": {"diskName": "d", "diskURI": "u"},
    });
    let expected = json!({
        "iscsi": {"targetPortal": "10.0.0.1:3260", "iqn": "iqn.x", "lun": 0, "iscsiInterface": "default"},
        "rbd": {"monitors": ["m"], "image": "i", "pool": "rbd", "user": "admin", "keyring": "/etc/ceph/keyring"},
        "scaleIO": {"gateway": "g", "system": "s", "secretRef": {"name": "x"},
            "storageMode": "ThinProvisioned", "fsType": "xfs"},
        "azureDisk": {"diskName": "d", "diskURI": "u", "cachingMode": "ReadWrite",
            "fsType": "ext4", "readOnly": false, "kind": "Shared"},
    });
    for (name, source) in sources.as_object().unwrap() {
        let pod = served(
            "v1",
            "Pod",
            json!({"spec": {"containers": [], "volumes": [{"name": "v", name: source}]}}),
        );
        assert_eq!(
            pod["spec"]["volumes"][0][name], expected[name],
            "pod {name}"
        );
        let pv = served("v1", "PersistentVolume", json!({"spec": {name: source}}));
        assert_eq!(pv["spec"][name], expected[name], "pv {name}");
    }
}

#[test]
fn replication_controller_selector_labels_replicas() {
    // SetDefaults_ReplicationController and the declarative `replicas: 1`.
    let rc = served(
        "v1",
        "ReplicationController",
        json!({"metadata": {"name": "rc"}, "spec": {"template": {
            "metadata": {"labels": {"app": "x"}},
            "spec": {"containers": [{"name": "a", "image": "x:1"}]}}}}),
    );
    assert_eq!(rc["metadata"]["labels"], json!({"app": "x"}));
    assert_eq!(rc["spec"]["selector"], json!({"app": "x"}));
    assert_eq!(rc["spec"]["replicas"], json!(1));
    assert_eq!(
        rc["spec"]["template"]["spec"]["restartPolicy"],
        json!("Always")
    );
    // Set values stay.
    let rc = served(
        "v1",
        "ReplicationController",
        json!({"metadata": {"labels": {"own": "1"}}, "spec": {"replicas": 0,
            "selector": {"app": "y"}, "template": {"metadata": {"labels": {"app": "x"}}}}}),
    );
    assert_eq!(rc["metadata"]["labels"], json!({"own": "1"}));
    assert_eq!(rc["spec"]["selector"], json!({"app": "y"}));
    assert_eq!(rc["spec"]["replicas"], json!(0));
}

#[test]
fn service_client_ip_affinity_gets_its_timeout() {
    let svc = served(
        "v1",
        "Service",
        json!({"spec": {"type": "ClusterIP", "sessionAffinity": "ClientIP"}}),
    );
    assert_eq!(
        svc["spec"]["sessionAffinityConfig"],
        json!({"clientIP": {"timeoutSeconds": 10800}})
    );
    let set = json!({"clientIP": {"timeoutSeconds": 60}});
    let svc = served(
        "v1",
        "Service",
        json!({"spec": {"sessionAffinity": "ClientIP", "sessionAffinityConfig": set}}),
    );
    assert_eq!(svc["spec"]["sessionAffinityConfig"], set);
}

#[test]
fn service_external_traffic_policy_for_externally_accessible_services() {
    // service.ExternallyAccessible: NodePort, LoadBalancer, or ClusterIP with externalIPs.
    for (spec, external) in [
        (json!({"type": "NodePort"}), true),
        (
            json!({"type": "ClusterIP", "externalIPs": ["192.0.2.1"]}),
            true,
        ),
        (json!({"type": "ClusterIP"}), false),
        (
            json!({"type": "ExternalName", "externalName": "example.org"}),
            false,
        ),
    ] {
        let svc = served("v1", "Service", json!({"spec": spec.clone()}));
        let policy = svc["spec"].get("externalTrafficPolicy");
        assert_eq!(policy.is_some(), external, "{spec}");
        if external {
            assert_eq!(policy, Some(&json!("Cluster")));
        }
    }
    let svc = served("v1", "Service", json!({"spec": {"type": "ExternalName"}}));
    assert!(svc["spec"].get("internalTrafficPolicy").is_none(), "{svc}");
}

#[test]
fn load_balancer_node_ports_and_ingress_ip_mode() {
    let svc = served(
        "v1",
        "Service",
        json!({"spec": {"type": "LoadBalancer", "ports": [{"port": 80, "targetPort": "http"}]},
            "status": {"loadBalancer": {"ingress": [{"ip": "192.0.2.10"}, {"hostname": "lb.example.org"},
                {"ip": "192.0.2.11", "ipMode": "Proxy"}]}}}),
    );
    assert_eq!(svc["spec"]["allocateLoadBalancerNodePorts"], json!(true));
    assert_eq!(svc["spec"]["externalTrafficPolicy"], json!("Cluster"));
    assert_eq!(svc["spec"]["internalTrafficPolicy"], json!("Cluster"));
    assert_eq!(
        svc["spec"]["ports"],
        json!([{"port": 80, "targetPort": "http", "protocol": "TCP"}])
    );
    assert_eq!(
        svc["status"]["loadBalancer"]["ingress"],
        json!([{"ip": "192.0.2.10", "ipMode": "VIP"}, {"hostname": "lb.example.org"},
            {"ip": "192.0.2.11", "ipMode": "Proxy"}])
    );
}

#[test]
fn limit_range_container_defaults_from_max_and_min() {
    // SetDefaults_LimitRangeItem: default ← max; defaultRequest ← default, then min.
    let lr = served(
        "v1",
        "LimitRange",
        json!({"spec": {"limits": [
            {"type": "Container", "max": {"cpu": "2", "memory": "1Gi"}, "min": {"cpu": "100m", "ephemeral-storage": "1Gi"},
             "default": {"memory": "512Mi"}},
            {"type": "Pod", "max": {"cpu": "4"}},
        ]}}),
    );
    assert_eq!(
        lr["spec"]["limits"][0]["default"],
        json!({"cpu": "2", "memory": "512Mi"})
    );
    assert_eq!(
        lr["spec"]["limits"][0]["defaultRequest"],
        json!({"cpu": "2", "memory": "512Mi", "ephemeral-storage": "1Gi"})
    );
    assert_eq!(
        lr["spec"]["limits"][1],
        json!({"type": "Pod", "max": {"cpu": "4"}})
    );
}

#[test]
fn node_allocatable_only_when_missing() {
    let node = served(
        "v1",
        "Node",
        json!({"status": {"capacity": {"cpu": "4"}, "allocatable": {"cpu": "3900m"}}}),
    );
    assert_eq!(node["status"]["allocatable"], json!({"cpu": "3900m"}));
}

// ---- apps/v1 ----

#[test]
fn deployment_set_defaults_deployment() {
    let d = served(
        "apps/v1",
        "Deployment",
        json!({"spec": {"template": {"spec": {"containers": [{"name": "a", "image": "x:1"}]}}}}),
    );
    let spec = &d["spec"];
    assert_eq!(spec["replicas"], json!(1));
    assert_eq!(
        spec["strategy"],
        json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}})
    );
    assert_eq!(spec["revisionHistoryLimit"], json!(10));
    assert_eq!(spec["progressDeadlineSeconds"], json!(600));
    assert_eq!(
        spec["template"]["spec"],
        defaulted_pod_spec(json!([defaulted_container("a", "x:1", "IfNotPresent")]))
    );
    // Recreate gets no rolling update parameters.
    let d = served(
        "apps/v1",
        "Deployment",
        json!({"spec": {"strategy": {"type": "Recreate"}}}),
    );
    assert_eq!(d["spec"]["strategy"], json!({"type": "Recreate"}));
}

#[test]
fn daemon_set_set_defaults_daemon_set() {
    let ds = served("apps/v1", "DaemonSet", json!({"spec": {}}));
    assert_eq!(
        ds["spec"]["updateStrategy"],
        json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1, "maxSurge": 0}})
    );
    assert_eq!(ds["spec"]["revisionHistoryLimit"], json!(10));
    assert_eq!(
        ds["spec"]["template"]["spec"]["dnsPolicy"],
        json!("ClusterFirst")
    );
    let ds = served(
        "apps/v1",
        "DaemonSet",
        json!({"spec": {"updateStrategy": {"type": "OnDelete"}}}),
    );
    assert_eq!(ds["spec"]["updateStrategy"], json!({"type": "OnDelete"}));
}

#[test]
fn stateful_set_set_defaults_stateful_set() {
    let sts = served(
        "apps/v1",
        "StatefulSet",
        json!({"spec": {"volumeClaimTemplates": [{"metadata": {"name": "data"}, "spec": {}}]}}),
    );
    let spec = &sts["spec"];
    assert_eq!(spec["podManagementPolicy"], json!("OrderedReady"));
    assert_eq!(
        spec["updateStrategy"],
        json!({"type": "RollingUpdate", "rollingUpdate": {"partition": 0}})
    );
    assert_eq!(
        spec["persistentVolumeClaimRetentionPolicy"],
        json!({"whenDeleted": "Retain", "whenScaled": "Retain"})
    );
    assert_eq!(spec["replicas"], json!(1));
    assert_eq!(spec["revisionHistoryLimit"], json!(10));
    assert_eq!(
        spec["volumeClaimTemplates"][0],
        json!({"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "data"},
            "spec": {"volumeMode": "Filesystem"}, "status": {"phase": "Pending"}})
    );
    // A set RollingUpdate without parameters gets none; OnDelete keeps none.
    for strategy in [
        json!({"type": "RollingUpdate"}),
        json!({"type": "OnDelete"}),
    ] {
        let sts = served(
            "apps/v1",
            "StatefulSet",
            json!({"spec": {"updateStrategy": strategy.clone()}}),
        );
        assert_eq!(sts["spec"]["updateStrategy"], strategy);
    }
}

#[test]
fn replica_set_replicas() {
    let rs = served("apps/v1", "ReplicaSet", json!({"spec": {}}));
    assert_eq!(rs["spec"]["replicas"], json!(1));
    assert_eq!(
        rs["spec"]["template"]["spec"]["schedulerName"],
        json!("default-scheduler")
    );
}

// ---- batch/v1 ----

#[test]
fn job_set_defaults_job() {
    let job = served(
        "batch/v1",
        "Job",
        json!({"spec": {"template": {"metadata": {"labels": {"app": "j"}},
            "spec": {"restartPolicy": "Never", "containers": []}}}}),
    );
    let spec = &job["spec"];
    assert_eq!(job["metadata"]["labels"], json!({"app": "j"}));
    assert_eq!(spec["completions"], json!(1));
    assert_eq!(spec["parallelism"], json!(1));
    assert_eq!(spec["backoffLimit"], json!(6));
    assert_eq!(spec["completionMode"], json!("NonIndexed"));
    assert_eq!(spec["suspend"], json!(false));
    assert_eq!(spec["podReplacementPolicy"], json!("TerminatingOrFailed"));
    assert_eq!(spec["template"]["spec"]["restartPolicy"], json!("Never"));
    assert_eq!(spec["template"]["spec"]["dnsPolicy"], json!("ClusterFirst"));
}

#[test]
fn job_parallel_per_index_and_failure_policy_defaults() {
    let job = served(
        "batch/v1",
        "Job",
        json!({"spec": {"completions": 5, "backoffLimitPerIndex": 1,
            "podFailurePolicy": {"rules": [{"action": "Ignore",
                "onPodConditions": [{"type": "DisruptionTarget"}, {"type": "X", "status": "False"}]}]}}}),
    );
    let spec = &job["spec"];
    assert_eq!(spec["completions"], json!(5));
    assert_eq!(spec["parallelism"], json!(1));
    assert_eq!(spec["backoffLimit"], json!(2147483647));
    assert_eq!(spec["podReplacementPolicy"], json!("Failed"));
    assert_eq!(
        spec["podFailurePolicy"]["rules"][0]["onPodConditions"],
        json!([{"type": "DisruptionTarget", "status": "True"}, {"type": "X", "status": "False"}])
    );
}

#[test]
fn cron_job_set_defaults_cron_job() {
    let cj = served(
        "batch/v1",
        "CronJob",
        json!({"spec": {"schedule": "* * * * *", "jobTemplate": {"spec": {"template": {"spec": {"containers": []}}}}}}),
    );
    let spec = &cj["spec"];
    assert_eq!(spec["concurrencyPolicy"], json!("Allow"));
    assert_eq!(spec["suspend"], json!(false));
    assert_eq!(spec["successfulJobsHistoryLimit"], json!(3));
    assert_eq!(spec["failedJobsHistoryLimit"], json!(1));
    // The job template gets the PodSpec defaults but not SetDefaults_Job.
    let job = &spec["jobTemplate"]["spec"];
    assert_eq!(job["template"]["spec"]["restartPolicy"], json!("Always"));
    assert!(job.get("backoffLimit").is_none(), "{cj}");
}

// ---- autoscaling ----

#[test]
fn hpa_v2_min_replicas_and_cpu_metric() {
    let hpa = served(
        "autoscaling/v2",
        "HorizontalPodAutoscaler",
        json!({"spec": {"maxReplicas": 3}}),
    );
    assert_eq!(hpa["spec"]["minReplicas"], json!(1));
    assert_eq!(
        hpa["spec"]["metrics"],
        json!([{"type": "Resource", "resource": {"name": "cpu",
            "target": {"type": "Utilization", "averageUtilization": 80}}}])
    );
    assert!(hpa["spec"].get("behavior").is_none(), "{hpa}");
}

#[test]
fn hpa_v2_behavior_rules_fill_in() {
    // SetDefaults_HorizontalPodAutoscalerBehavior with copyHPAScalingRules.
    let hpa = served(
        "autoscaling/v2",
        "HorizontalPodAutoscaler",
        json!({"spec": {"behavior": {"scaleDown": {"stabilizationWindowSeconds": 60}}}}),
    );
    assert_eq!(
        hpa["spec"]["behavior"],
        json!({
            "scaleUp": {"stabilizationWindowSeconds": 0, "selectPolicy": "Max", "policies": [
                {"type": "Pods", "value": 4, "periodSeconds": 15},
                {"type": "Percent", "value": 100, "periodSeconds": 15}]},
            "scaleDown": {"stabilizationWindowSeconds": 60, "selectPolicy": "Max", "policies": [
                {"type": "Percent", "value": 100, "periodSeconds": 15}]},
        })
    );
}

#[test]
fn hpa_v1_min_replicas() {
    let hpa = served(
        "autoscaling/v1",
        "HorizontalPodAutoscaler",
        json!({"spec": {"maxReplicas": 3}}),
    );
    assert_eq!(hpa["spec"], json!({"maxReplicas": 3, "minReplicas": 1}));
}

// ---- networking.k8s.io/v1 ----

#[test]
fn network_policy_types_and_port_protocol() {
    let np = served(
        "networking.k8s.io/v1",
        "NetworkPolicy",
        json!({"spec": {"podSelector": {}, "egress": [{"ports": [{"port": 53}]}],
            "ingress": [{"ports": [{"port": 80, "protocol": "UDP"}]}]}}),
    );
    assert_eq!(np["spec"]["policyTypes"], json!(["Ingress", "Egress"]));
    assert_eq!(
        np["spec"]["egress"][0]["ports"][0]["protocol"],
        json!("TCP")
    );
    assert_eq!(
        np["spec"]["ingress"][0]["ports"][0]["protocol"],
        json!("UDP")
    );
    let np = served(
        "networking.k8s.io/v1",
        "NetworkPolicy",
        json!({"spec": {"podSelector": {}}}),
    );
    assert_eq!(np["spec"]["policyTypes"], json!(["Ingress"]));
}

#[test]
fn ingress_class_parameters_scope() {
    let ic = served(
        "networking.k8s.io/v1",
        "IngressClass",
        json!({"spec": {"controller": "c", "parameters": {"kind": "K", "name": "n"}}}),
    );
    assert_eq!(ic["spec"]["parameters"]["scope"], json!("Cluster"));
    let ic = served(
        "networking.k8s.io/v1",
        "IngressClass",
        json!({"spec": {"controller": "c"}}),
    );
    assert!(ic["spec"].get("parameters").is_none());
}

// ---- rbac.authorization.k8s.io/v1 ----

#[test]
fn role_binding_role_ref_and_subject_api_groups() {
    for kind in ["RoleBinding", "ClusterRoleBinding"] {
        let rb = served(
            "rbac.authorization.k8s.io/v1",
            kind,
            json!({"roleRef": {"kind": "Role", "name": "r"}, "subjects": [
                {"kind": "User", "name": "u"}, {"kind": "Group", "name": "g"},
                {"kind": "ServiceAccount", "name": "s", "namespace": "n"}]}),
        );
        assert_eq!(
            rb["roleRef"]["apiGroup"],
            json!("rbac.authorization.k8s.io")
        );
        assert_eq!(
            rb["subjects"],
            json!([
                {"kind": "User", "name": "u", "apiGroup": "rbac.authorization.k8s.io"},
                {"kind": "Group", "name": "g", "apiGroup": "rbac.authorization.k8s.io"},
                {"kind": "ServiceAccount", "name": "s", "namespace": "n"},
            ])
        );
    }
}

// ---- storage.k8s.io/v1 ----

#[test]
fn storage_class_reclaim_policy_and_binding_mode() {
    let sc = served(
        "storage.k8s.io/v1",
        "StorageClass",
        json!({"provisioner": "p"}),
    );
    assert_eq!(
        sc,
        json!({"provisioner": "p", "reclaimPolicy": "Delete", "volumeBindingMode": "Immediate"})
    );
}

#[test]
fn csi_driver_spec_defaults() {
    let d = served("storage.k8s.io/v1", "CSIDriver", json!({"spec": {}}));
    assert_eq!(
        d["spec"],
        json!({"attachRequired": true, "podInfoOnMount": false, "storageCapacity": false,
            "fsGroupPolicy": "ReadWriteOnceWithFSType", "volumeLifecycleModes": ["Persistent"],
            "requiresRepublish": false, "seLinuxMount": false})
    );
}

#[test]
fn volume_attachment_inline_spec_sources() {
    let va = served(
        "storage.k8s.io/v1",
        "VolumeAttachment",
        json!({"spec": {"source": {"inlineVolumeSpec": {"hostPath": {"path": "/x"}}}}}),
    );
    assert_eq!(
        va["spec"]["source"]["inlineVolumeSpec"]["hostPath"],
        json!({"path": "/x", "type": ""})
    );
}

// ---- discovery, scheduling, flowcontrol ----

#[test]
fn endpoint_slice_port_name_and_protocol() {
    let es = served(
        "discovery.k8s.io/v1",
        "EndpointSlice",
        json!({"addressType": "IPv4", "ports": [{"port": 80}, {"name": "dns", "port": 53, "protocol": "UDP"}]}),
    );
    assert_eq!(
        es["ports"],
        json!([{"name": "", "port": 80, "protocol": "TCP"},
            {"name": "dns", "port": 53, "protocol": "UDP"}])
    );
}

#[test]
fn priority_class_preemption_policy() {
    let pc = served("scheduling.k8s.io/v1", "PriorityClass", json!({"value": 5}));
    assert_eq!(pc["preemptionPolicy"], json!("PreemptLowerPriority"));
}

#[test]
fn flow_schema_matching_precedence() {
    let fs = served(
        "flowcontrol.apiserver.k8s.io/v1",
        "FlowSchema",
        json!({"spec": {"matchingPrecedence": 0}}),
    );
    assert_eq!(fs["spec"]["matchingPrecedence"], json!(1000));
}

#[test]
fn priority_level_limited_queuing_and_exempt() {
    let plc = served(
        "flowcontrol.apiserver.k8s.io/v1",
        "PriorityLevelConfiguration",
        json!({"spec": {"type": "Limited", "limited": {"limitResponse": {"type": "Queue",
            "queuing": {"handSize": 0, "queues": 0, "queueLengthLimit": 0}}}}}),
    );
    assert_eq!(
        plc["spec"]["limited"],
        json!({"nominalConcurrencyShares": 30, "lendablePercent": 0,
            "limitResponse": {"type": "Queue", "queuing": {"handSize": 8, "queues": 64, "queueLengthLimit": 50}}})
    );
    // nominalConcurrencyShares is a pointer in v1: an explicit 0 stays.
    let plc = served(
        "flowcontrol.apiserver.k8s.io/v1",
        "PriorityLevelConfiguration",
        json!({"spec": {"type": "Limited", "limited": {"nominalConcurrencyShares": 0,
            "limitResponse": {"type": "Reject"}}}}),
    );
    assert_eq!(plc["spec"]["limited"]["nominalConcurrencyShares"], json!(0));
    let plc = served(
        "flowcontrol.apiserver.k8s.io/v1",
        "PriorityLevelConfiguration",
        json!({"spec": {"type": "Exempt", "exempt": {}}}),
    );
    assert_eq!(
        plc["spec"]["exempt"],
        json!({"nominalConcurrencyShares": 0, "lendablePercent": 0})
    );
}

// ---- admissionregistration.k8s.io ----

#[test]
fn webhook_defaults_v1() {
    let webhook = json!({"name": "w", "clientConfig": {"service": {"namespace": "n", "name": "s"}},
        "rules": [{"operations": ["CREATE"], "apiGroups": [""], "apiVersions": ["v1"], "resources": ["pods"]}],
        "sideEffects": "None", "admissionReviewVersions": ["v1"]});
    let expected = |mutating: bool| {
        let mut w = json!({"name": "w",
            "clientConfig": {"service": {"namespace": "n", "name": "s", "port": 443}},
            "rules": [{"operations": ["CREATE"], "apiGroups": [""], "apiVersions": ["v1"],
                "resources": ["pods"], "scope": "*"}],
            "sideEffects": "None", "admissionReviewVersions": ["v1"],
            "failurePolicy": "Fail", "matchPolicy": "Equivalent",
            "namespaceSelector": {}, "objectSelector": {}, "timeoutSeconds": 10});
        if mutating {
            w["reinvocationPolicy"] = json!("Never");
        }
        w
    };
    for (kind, mutating) in [
        ("ValidatingWebhookConfiguration", false),
        ("MutatingWebhookConfiguration", true),
    ] {
        let c = served(
            "admissionregistration.k8s.io/v1",
            kind,
            json!({"webhooks": [webhook.clone()]}),
        );
        assert_eq!(c["webhooks"][0], expected(mutating), "{kind}");
    }
}

#[test]
fn admission_policy_and_binding_match_resources() {
    let match_resources = json!({"resourceRules": [{"operations": ["CREATE"], "apiGroups": ["apps"],
        "apiVersions": ["v1"], "resources": ["deployments"]}],
        "excludeResourceRules": [{"apiGroups": [""], "apiVersions": ["v1"], "resources": ["pods"]}]});
    let expected = json!({"resourceRules": [{"operations": ["CREATE"], "apiGroups": ["apps"],
        "apiVersions": ["v1"], "resources": ["deployments"], "scope": "*"}],
        "excludeResourceRules": [{"apiGroups": [""], "apiVersions": ["v1"], "resources": ["pods"], "scope": "*"}],
        "matchPolicy": "Equivalent", "namespaceSelector": {}, "objectSelector": {}});
    for version in ["v1", "v1beta1", "v1alpha1"] {
        let api_version = format!("admissionregistration.k8s.io/{version}");
        let p = served(
            &api_version,
            "ValidatingAdmissionPolicy",
            json!({"spec": {"matchConstraints": match_resources.clone()}}),
        );
        assert_eq!(p["spec"]["failurePolicy"], json!("Fail"), "{version}");
        assert_eq!(p["spec"]["matchConstraints"], expected, "{version}");
        let b = served(
            &api_version,
            "ValidatingAdmissionPolicyBinding",
            json!({"spec": {"policyName": "p", "matchResources": match_resources.clone()}}),
        );
        assert_eq!(b["spec"]["matchResources"], expected, "{version}");
        let b = served(
            &api_version,
            "ValidatingAdmissionPolicyBinding",
            json!({"spec": {"policyName": "p", "paramRef": {"name": "limits"}}}),
        );
        assert_eq!(
            b["spec"]["paramRef"],
            json!({"name": "limits", "parameterNotFoundAction": "Deny"}),
            "{version}"
        );
    }
    let p = served(
        "admissionregistration.k8s.io/v1beta1",
        "MutatingAdmissionPolicy",
        json!({"spec": {}}),
    );
    assert_eq!(p["spec"], json!({"failurePolicy": "Fail"}));
}

// ---- resource.k8s.io ----

#[test]
fn resource_claim_requests_and_tolerations() {
    for version in ["v1", "v1beta2"] {
        let api_version = format!("resource.k8s.io/{version}");
        let claim = served(
            &api_version,
            "ResourceClaim",
            json!({"spec": {"devices": {"requests": [
                {"name": "a", "exactly": {"deviceClassName": "gpu", "tolerations": [{"key": "k"}]}},
                {"name": "b", "exactly": {"deviceClassName": "gpu", "allocationMode": "All"}},
                {"name": "c", "firstAvailable": [{"name": "x", "deviceClassName": "gpu"}]},
            ]}}, "status": {"allocation": {"devices": {"results": [
                {"request": "a", "driver": "d", "pool": "p", "device": "g", "tolerations": [{"key": "k"}]}]}}}}),
        );
        let requests = &claim["spec"]["devices"]["requests"];
        assert_eq!(
            requests[0]["exactly"],
            json!({"deviceClassName": "gpu", "allocationMode": "ExactCount", "count": 1,
                "tolerations": [{"key": "k", "operator": "Equal"}]}),
            "{version}"
        );
        assert_eq!(
            requests[1]["exactly"],
            json!({"deviceClassName": "gpu", "allocationMode": "All"})
        );
        assert_eq!(
            requests[2]["firstAvailable"][0],
            json!({"name": "x", "deviceClassName": "gpu", "allocationMode": "ExactCount", "count": 1})
        );
        assert_eq!(
            claim["status"]["allocation"]["devices"]["results"][0]["tolerations"],
            json!([{"key": "k", "operator": "Equal"}])
        );
        let template = served(
            &api_version,
            "ResourceClaimTemplate",
            json!({"spec": {"spec": {"devices": {"requests": [{"name": "a", "exactly": {"deviceClassName": "gpu"}}]}}}}),
        );
        assert_eq!(
            template["spec"]["spec"]["devices"]["requests"][0]["exactly"]["count"],
            json!(1)
        );
    }
}

#[test]
fn resource_claim_v1beta1_requests() {
    let claim = served(
        "resource.k8s.io/v1beta1",
        "ResourceClaim",
        json!({"spec": {"devices": {"requests": [
            {"name": "a", "deviceClassName": "gpu"},
            {"name": "b", "firstAvailable": [{"name": "x", "deviceClassName": "gpu"}]},
        ]}}}),
    );
    let requests = &claim["spec"]["devices"]["requests"];
    assert_eq!(
        requests[0],
        json!({"name": "a", "deviceClassName": "gpu", "allocationMode": "ExactCount", "count": 1})
    );
    assert_eq!(
        requests[1],
        json!({"name": "b", "firstAvailable": [{"name": "x", "deviceClassName": "gpu",
            "allocationMode": "ExactCount", "count": 1}]})
    );
}

#[test]
fn resource_slice_device_allocation_multiplier() {
    let slice = served(
        "resource.k8s.io/v1",
        "ResourceSlice",
        json!({"spec": {"devices": [{"name": "d", "nodeAllocatableResourceMappings": {
            "memory": {"capacityKey": "mem"}, "cpu": {"allocationMultiplier": "2"}}}]}}),
    );
    assert_eq!(
        slice["spec"]["devices"][0]["nodeAllocatableResourceMappings"],
        json!({"memory": {"capacityKey": "mem", "allocationMultiplier": "1"},
            "cpu": {"allocationMultiplier": "2"}})
    );
}

// ---- dispatch ----

#[test]
fn group_versions_without_defaulters_are_left_alone() {
    for (api_version, kind) in [
        ("policy/v1", "PodDisruptionBudget"),
        ("coordination.k8s.io/v1", "Lease"),
        ("certificates.k8s.io/v1", "CertificateSigningRequest"),
        ("node.k8s.io/v1", "RuntimeClass"),
        ("fixtures.example.com/v1", "Widget"),
        ("apps/v1", "ControllerRevision"),
        ("v1", "ConfigMap"),
    ] {
        let object = json!({"metadata": {"name": "x"}, "spec": {}});
        assert_eq!(served(api_version, kind, object.clone()), object, "{kind}");
    }
}

// ---- JSON-stored: apiextensions.k8s.io/v1, apiregistration.k8s.io/v1 ----

#[test]
fn custom_resource_definition_names_conversion_stored_versions() {
    let crd = served(
        "apiextensions.k8s.io/v1",
        "CustomResourceDefinition",
        json!({"spec": {"group": "example.org", "scope": "Namespaced",
            "names": {"kind": "Widget", "plural": "widgets"},
            "versions": [{"name": "v1beta1", "served": true, "storage": false},
                {"name": "v1", "served": true, "storage": true}]}}),
    );
    assert_eq!(
        crd["spec"]["names"],
        json!({"kind": "Widget", "plural": "widgets", "singular": "widget", "listKind": "WidgetList"})
    );
    assert_eq!(crd["spec"]["conversion"], json!({"strategy": "None"}));
    assert_eq!(crd["status"]["storedVersions"], json!(["v1"]));
    let crd = served(
        "apiextensions.k8s.io/v1",
        "CustomResourceDefinition",
        json!({"spec": {"conversion": {"strategy": "Webhook", "webhook": {"conversionReviewVersions": ["v1"],
            "clientConfig": {"service": {"namespace": "n", "name": "s"}}}}}}),
    );
    assert_eq!(
        crd["spec"]["conversion"]["webhook"]["clientConfig"]["service"]["port"],
        json!(443)
    );
}

#[test]
fn api_service_service_port() {
    let api = served(
        "apiregistration.k8s.io/v1",
        "APIService",
        json!({"spec": {"group": "metrics.k8s.io", "version": "v1beta1",
            "service": {"namespace": "kube-system", "name": "metrics-server"}}}),
    );
    assert_eq!(api["spec"]["service"]["port"], json!(443));
    // A local APIService (no service) stays without one.
    let api = served(
        "apiregistration.k8s.io/v1",
        "APIService",
        json!({"spec": {"group": "apps", "version": "v1"}}),
    );
    assert!(api["spec"].get("service").is_none());
}
