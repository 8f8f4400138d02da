//! The kube-rs client (what the plugin uses) against the test control plane.

mod common;

use std::time::Duration;

use common::*;
use k8s_openapi::api::core::v1::{ConfigMap, Namespace, Node, Pod, Secret};
use kube::api::{Api, AttachParams, DeleteParams, ListParams, PostParams};
use kube::config::{KubeConfigOptions, Kubeconfig};
use kube::runtime::wait::{await_condition, conditions};
use kube::Client;
use kubectl_etcd_testcluster::{EtcdVersion, TestCluster};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

async fn client(tc: &TestCluster) -> Client {
    let kc = Kubeconfig::read_from(tc.kubeconfig()).unwrap();
    let cfg = kube::Config::from_custom_kubeconfig(kc, &KubeConfigOptions::default())
        .await
        .unwrap();
    Client::try_from(cfg).unwrap()
}

fn api_err(e: kube::Error) -> (u16, String, String) {
    match e {
        kube::Error::Api(s) => (s.code, format!("{:?}", s.reason), s.message.clone()),
        other => panic!("not an API error: {other:?}"),
    }
}

async fn exec_out(
    pods: &Api<Pod>,
    name: &str,
    cmd: Vec<&str>,
    stdin: Option<&[u8]>,
) -> (
    String,
    String,
    Option<k8s_openapi::apimachinery::pkg::apis::meta::v1::Status>,
) {
    let ap = AttachParams::default()
        .stdin(stdin.is_some())
        .stdout(true)
        .stderr(true);
    let mut p = pods.exec(name, cmd, &ap).await.unwrap();
    if let Some(data) = stdin {
        let mut w = p.stdin().unwrap();
        w.write_all(data).await.unwrap();
        drop(w);
    }
    let mut so = p.stdout().unwrap();
    let mut se = p.stderr().unwrap();
    let status = p.take_status().unwrap();
    let (mut o, mut e) = (String::new(), String::new());
    let (r1, r2) = tokio::join!(so.read_to_string(&mut o), se.read_to_string(&mut e));
    r1.unwrap();
    r2.unwrap();
    let st = status.await;
    (o, e, st)
}

fn exec_and_port_forward(v: EtcdVersion) {
    let tc = start(1, v);
    let node = tc.node_name(0);
    rt().block_on(async {
        let c = client(&tc).await;
        let pods: Api<Pod> = Api::namespaced(c.clone(), "kube-system");
        // list with the selectors the plugin uses
        let l = pods
            .list(
                &ListParams::default()
                    .labels("component=etcd,tier=control-plane")
                    .fields(&format!("spec.nodeName={node}")),
            )
            .await
            .unwrap();
        assert_eq!(l.items.len(), 1);
        let l = pods
            .list(&ListParams::default().fields("spec.nodeName=elsewhere"))
            .await
            .unwrap();
        assert!(l.items.is_empty());
        let nodes: Api<Node> = Api::all(c.clone());
        assert_eq!(
            nodes.get(&node).await.unwrap().metadata.name.as_deref(),
            Some(node.as_str())
        );

        // helper pod: create, wait Running through a watch, exec with stdout/stderr/exit code/stdin
        let pod: Pod = serde_json::from_value(helper_pod(
            "kr-helper",
            &node,
            &["sleep", "3600"],
            json!({}),
        ))
        .unwrap();
        pods.create(&PostParams::default(), &pod).await.unwrap();
        tokio::time::timeout(
            Duration::from_secs(20),
            await_condition(pods.clone(), "kr-helper", conditions::is_pod_running()),
        )
        .await
        .expect("pod running")
        .unwrap();
        let (o, e, st) = exec_out(
            &pods,
            "kr-helper",
            vec!["sh", "-c", "echo out; echo err >&2"],
            None,
        )
        .await;
        assert_eq!((o.as_str(), e.as_str()), ("out\n", "err\n"));
        assert_eq!(st.unwrap().status.as_deref(), Some("Success"));
        let (o, _, st) = exec_out(
            &pods,
            "kr-helper",
            vec!["sh", "-c", "head -c 5; exit 3"],
            Some(b"hello"),
        )
        .await;
        assert_eq!(o, "hello");
        let st = st.unwrap();
        assert_eq!(st.reason.as_deref(), Some("NonZeroExitCode"));
        assert_eq!(
            st.details.unwrap().causes.unwrap()[0].message.as_deref(),
            Some("3")
        );
        // etcd pod exec: etcdctl against its own endpoint with its mounted certs
        let ep = format!("--endpoints=https://127.0.0.1:{}", tc.etcd_client_port(0));
        let (o, e, st) = exec_out(
            &pods,
            &tc.etcd_pod_name(0),
            vec![
                "etcdctl",
                &ep,
                "--cacert=/etc/kubernetes/pki/etcd/ca.crt",
                "--cert=/etc/kubernetes/pki/etcd/server.crt",
                "--key=/etc/kubernetes/pki/etcd/server.key",
                "endpoint",
                "health",
            ],
            None,
        )
        .await;
        assert!(
            o.contains("is healthy") || e.contains("is healthy"),
            "{o} {e} {st:?}"
        );

        // port-forward to etcd's plain-HTTP metrics port and to its TLS client port
        let metrics = tc.etcd_metrics_port(0);
        let mut pf = pods
            .portforward(&tc.etcd_pod_name(0), &[metrics])
            .await
            .unwrap();
        let mut s = pf.take_stream(metrics).unwrap();
        s.write_all(b"GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut resp = String::new();
        s.read_to_string(&mut resp).await.unwrap();
        assert!(
            resp.starts_with("HTTP/1.1 200") && resp.contains("\"health\":\"true\""),
            "{resp}"
        );
        drop(s);
        let _ = pf.join().await;
        // a port nothing listens on: kubelet's error on the error channel
        let mut pf = pods.portforward(&tc.etcd_pod_name(0), &[1]).await.unwrap();
        let err = pf.take_error(1).unwrap().await;
        assert!(err.unwrap().starts_with("error forwarding port 1 to pod "));
        // missing pod: 404 without upgrade
        let e = pods.portforward("no-such-pod", &[80]).await.err().unwrap();
        assert!(
            format!("{e:?}").contains("404") || format!("{e:?}").contains("NotFound"),
            "{e:?}"
        );

        pods.delete("kr-helper", &DeleteParams::default())
            .await
            .unwrap();
        tokio::time::timeout(
            Duration::from_secs(10),
            await_condition(pods.clone(), "kr-helper", conditions::is_deleted("")),
        )
        .await
        .ok();
    });
}

#[test]
fn kube_rs_exec_and_port_forward_etcd34() {
    exec_and_port_forward(EtcdVersion::V34);
}

#[test]
fn kube_rs_exec_and_port_forward_etcd35() {
    exec_and_port_forward(EtcdVersion::V35);
}

/// Pod lifecycle: Succeeded/Failed, activeDeadlineSeconds, unpullable image, unknown node.
#[test]
fn helper_pod_lifecycle() {
    let tc = start(1, EtcdVersion::V35);
    let node = tc.node_name(0);
    rt().block_on(async {
        let c = client(&tc).await;
        let pods: Api<Pod> = Api::namespaced(c.clone(), "kube-system");
        let mk = |name: &str, cmd: &[&str], extra: serde_json::Value| -> Pod {
            serde_json::from_value(helper_pod(name, &node, cmd, extra)).unwrap()
        };
        pods.create(
            &PostParams::default(),
            &mk("ok", &["sh", "-c", "echo done > /host/tmp/ok"], json!({})),
        )
        .await
        .unwrap();
        pods.create(
            &PostParams::default(),
            &mk("fail", &["sh", "-c", "exit 4"], json!({})),
        )
        .await
        .unwrap();
        pods.create(
            &PostParams::default(),
            &mk(
                "slow",
                &["sleep", "600"],
                json!({"activeDeadlineSeconds": 1}),
            ),
        )
        .await
        .unwrap();
        let mut bad = mk("badimage", &["true"], json!({}));
        bad.spec.as_mut().unwrap().containers[0].image = Some("registry.invalid/nothing:1".into());
        pods.create(&PostParams::default(), &bad).await.unwrap();
        pods.create(
            &PostParams::default(),
            &mk("nowhere", &["true"], json!({"nodeName": "no-such-node"})),
        )
        .await
        .unwrap();
    });
    let p = tc
        .wait_pod_phase("kube-system", "ok", "Succeeded", Duration::from_secs(20))
        .unwrap();
    assert_eq!(
        p["status"]["containerStatuses"][0]["state"]["terminated"]["reason"],
        "Completed"
    );
    assert_eq!(
        std::fs::read_to_string(tc.node_root(0).join("tmp/ok")).unwrap(),
        "done\n"
    );
    let p = tc
        .wait_pod_phase("kube-system", "fail", "Failed", Duration::from_secs(20))
        .unwrap();
    assert_eq!(
        p["status"]["containerStatuses"][0]["state"]["terminated"]["exitCode"],
        4
    );
    let p = tc
        .wait_pod_phase("kube-system", "slow", "Failed", Duration::from_secs(20))
        .unwrap();
    assert_eq!(p["status"]["reason"], "DeadlineExceeded");
    assert!(wait_until(Duration::from_secs(10), || {
        let p = tc
            .get_object("/api/v1/namespaces/kube-system/pods/badimage")
            .unwrap()
            .unwrap();
        let r = p["status"]["containerStatuses"][0]["state"]["waiting"]["reason"]
            .as_str()
            .unwrap_or("")
            .to_string();
        r == "ErrImagePull" || r == "ImagePullBackOff"
    }));
    let p = tc
        .get_object("/api/v1/namespaces/kube-system/pods/nowhere")
        .unwrap()
        .unwrap();
    assert_eq!(p["status"]["phase"], "Pending");
    // exec into a completed pod is refused
    let o = kubectl(&tc, &["exec", "-n", "kube-system", "ok", "--", "true"]);
    assert!(String::from_utf8_lossy(&o.stderr)
        .contains("cannot exec into a container in a completed pod; current phase is Succeeded"));
}

/// The API's rejections (as kube-apiserver words them), and the other resources.
#[test]
fn rejections_and_resources() {
    let tc = start(1, EtcdVersion::V35);
    let node = tc.node_name(0);
    rt().block_on(async {
        let c = client(&tc).await;
        let pods: Api<Pod> = Api::namespaced(c.clone(), "kube-system");
        let (code, reason, msg) = api_err(pods.get("nope").await.unwrap_err());
        assert_eq!((code, msg.as_str()), (404, "pods \"nope\" not found"));
        assert!(reason.contains("NotFound"));
        let p: Pod = serde_json::from_value(helper_pod("dup", &node, &["sleep", "60"], json!({}))).unwrap();
        pods.create(&PostParams::default(), &p).await.unwrap();
        let (code, _, msg) = api_err(pods.create(&PostParams::default(), &p).await.unwrap_err());
        assert_eq!((code, msg.as_str()), (409, "pods \"dup\" already exists"));
        let mut empty = p.clone();
        empty.metadata.name = Some("empty".into());
        empty.spec.as_mut().unwrap().containers.clear();
        let (code, _, msg) = api_err(pods.create(&PostParams::default(), &empty).await.unwrap_err());
        assert_eq!((code, msg.as_str()), (422, "Pod \"empty\" is invalid: spec.containers: Required value"));
        let other: Api<Pod> = Api::namespaced(c.clone(), "no-such-ns");
        let mut p3 = p.clone();
        p3.metadata.namespace = None;
        let (code, _, msg) = api_err(other.create(&PostParams::default(), &p3).await.unwrap_err());
        assert_eq!((code, msg.as_str()), (404, "namespaces \"no-such-ns\" not found"));
        tc.deny("create", "pods");
        let mut p2 = p.clone();
        p2.metadata.name = Some("denied".into());
        let (code, _, msg) = api_err(pods.create(&PostParams::default(), &p2).await.unwrap_err());
        assert_eq!(code, 403);
        assert_eq!(msg, "pods is forbidden: User \"kubernetes-admin\" cannot create resource \"pods\" in API group \"\" in the namespace \"kube-system\"");
        tc.deny("create", "pods/exec");
        let e = pods.exec("dup", vec!["true"], &AttachParams::default()).await.err().unwrap();
        assert!(format!("{e:?}").contains("403") || format!("{e:?}").contains("Forbidden"), "{e:?}");
        tc.allow_all();

        // namespaces, configmaps, secrets, stored like kube-apiserver stores them
        let nss: Api<Namespace> = Api::all(c.clone());
        nss.create(&PostParams::default(), &serde_json::from_value(json!({"metadata": {"name": "restore-test"}})).unwrap()).await.unwrap();
        let cms: Api<ConfigMap> = Api::namespaced(c.clone(), "restore-test");
        cms.create(&PostParams::default(), &serde_json::from_value(json!({"metadata": {"name": "cm"}, "data": {"k": "v"}})).unwrap()).await.unwrap();
        let secs: Api<Secret> = Api::namespaced(c.clone(), "restore-test");
        secs.create(&PostParams::default(), &serde_json::from_value(json!({"metadata": {"name": "s"}, "stringData": {"p": "w"}})).unwrap()).await.unwrap();
        let s = secs.get("s").await.unwrap();
        assert_eq!(s.data.unwrap()["p"].0, b"w");
        assert_eq!(cms.list(&ListParams::default()).await.unwrap().items.len(), 1);
        let rv = cms.get("cm").await.unwrap().metadata.resource_version.unwrap();
        // the raw etcd key, no resourceVersion stored, revision = mod_revision
        let o = etcdctl(&tc, 0, &tc.etcd_client_endpoint(0), &["get", "/registry/configmaps/restore-test/cm", "-w", "json"]);
        let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(j["kvs"][0]["mod_revision"].as_i64().unwrap().to_string(), rv);
        let o = etcdctl(&tc, 0, &tc.etcd_client_endpoint(0), &["get", "/registry/configmaps/restore-test/cm", "--print-value-only"]);
        let stored: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(stored["kind"], "ConfigMap");
        assert!(stored["metadata"].get("resourceVersion").is_none());
        cms.delete("cm", &DeleteParams::default()).await.unwrap();
        let (code, _, _) = api_err(cms.get("cm").await.unwrap_err());
        assert_eq!(code, 404);

        // faults on cue
        tc.fail_requests("/api/v1/namespaces/kube-system/pods/dup", 500, Some(1));
        let (code, _, _) = api_err(pods.get("dup").await.unwrap_err());
        assert_eq!(code, 500);
        assert!(pods.get("dup").await.is_ok());
    });
}
