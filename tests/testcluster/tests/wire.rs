//! Byte-level checks of exec/port-forward against the real transcripts
//! (shared/fixtures/real-apiserver-wire).

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use futures_util::{SinkExt, StreamExt};
use kubectl_etcd_testcluster::{EtcdVersion, TestCluster};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use serde_json::json;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;

async fn tls(tc: &TestCluster) -> tokio_rustls::client::TlsStream<tokio::net::TcpStream> {
    let pki = tc.dir().join("pki");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_file(pki.join("ca.crt")).unwrap())
        .unwrap();
    let cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_client_auth_cert(
            vec![CertificateDer::from_pem_file(pki.join("admin.crt")).unwrap()],
            PrivateKeyDer::from_pem_file(pki.join("admin.key")).unwrap(),
        )
        .unwrap();
    let addr = tc.api_url().trim_start_matches("https://").to_string();
    let tcp = tokio::net::TcpStream::connect(&addr).await.unwrap();
    tokio_rustls::TlsConnector::from(Arc::new(cfg))
        .connect(ServerName::try_from("127.0.0.1").unwrap(), tcp)
        .await
        .unwrap()
}

type Frames = Vec<(String, Vec<u8>)>;

/// Opens a WebSocket on `path` offering `protos`; returns (negotiated protocol, frames until close).
async fn session(
    tc: &TestCluster,
    path: &str,
    protos: &str,
    send: Vec<Vec<u8>>,
) -> (String, Frames) {
    let mut req = format!("wss://127.0.0.1{path}")
        .into_client_request()
        .unwrap();
    req.headers_mut()
        .insert("Sec-WebSocket-Protocol", protos.parse().unwrap());
    let (mut ws, resp) = tokio_tungstenite::client_async(req, tls(tc).await)
        .await
        .unwrap();
    assert_eq!(resp.headers()["connection"], "Upgrade");
    let proto = resp
        .headers()
        .get("sec-websocket-protocol")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    for m in send {
        ws.send(Message::Binary(m.into())).await.unwrap();
    }
    let mut frames = vec![];
    while let Ok(Some(m)) = tokio::time::timeout(Duration::from_secs(10), ws.next()).await {
        match m.unwrap() {
            Message::Binary(b) => frames.push(("binary".to_string(), b.to_vec())),
            Message::Close(c) => {
                frames.push((
                    "close".to_string(),
                    c.map(|c| u16::from(c.code).to_be_bytes().to_vec())
                        .unwrap_or_default(),
                ));
                break;
            }
            _ => {}
        }
    }
    (proto, frames)
}

/// The frames of each channel in the order they came, channels apart.
fn by_channel(frames: &Frames) -> std::collections::BTreeMap<(String, u8), Vec<Vec<u8>>> {
    let mut out = std::collections::BTreeMap::<_, Vec<_>>::new();
    for (kind, bytes) in frames {
        let channel = bytes.first().copied().unwrap_or(0);
        out.entry((kind.clone(), channel))
            .or_default()
            .push(bytes.clone());
    }
    out
}

/// A one-node control plane with a running helper pod `name` (busybox, `sleep 3600`).
fn with_helper(name: &str) -> TestCluster {
    let tc = start(1, EtcdVersion::V35);
    let node = tc.node_name(0);
    let o = create_from_json(&tc, &helper_pod(name, &node, &["sleep", "3600"], json!({})));
    assert!(o.status.success());
    tc.wait_pod_phase("kube-system", name, "Running", Duration::from_secs(20))
        .unwrap();
    tc
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn exec_and_portforward_frames_match_transcripts() {
    let tc = with_helper("wscap-helper");
    let etcd = tc.etcd_pod_name(0);
    let port = tc.etcd_client_port(0);
    let rt = runtime();
    rt.block_on(async {
        // exec-stdin-echo
        let path = "/api/v1/namespaces/kube-system/pods/wscap-helper/exec?command=sh&command=-c&command=head%20-c%205%20%3E%2Ftmp%2Fx%3B%20cat%20%2Ftmp%2Fx%3B%20echo%20err%20%3E%262%3B%20exit%203&stdin=true&stdout=true&stderr=true";
        let (proto, f) = session(&tc, path, "v5.channel.k8s.io, v4.channel.k8s.io", vec![b"\x00hello".to_vec()]).await;
        assert_eq!(proto, "v5.channel.k8s.io");
        let want: Frames = vec![
            ("binary".into(), vec![1]),
            ("binary".into(), b"\x01hello".to_vec()),
            ("binary".into(), b"\x02err\n".to_vec()),
            ("binary".into(), [&[3u8][..], br#"{"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: command terminated with exit code 3","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}}"#].concat()),
            ("close".into(), vec![0x03, 0xe8]),
        ];
        // stdout and stderr are separate pipes on a real node too: the
        // kubelet forwards whichever it reads first, so only the order
        // within each channel (and the status frame after both) is fixed.
        assert_eq!(by_channel(&f), by_channel(&want));
        assert_eq!(f[0], want[0]);
        assert_eq!(f[f.len() - 2..], want[want.len() - 2..]);
        // exec-v4-only, success
        let path = format!("/api/v1/namespaces/kube-system/pods/{etcd}/exec?command=etcdctl&command=version&stdout=true&stderr=true");
        let (proto, f) = session(&tc, &path, "v4.channel.k8s.io", vec![]).await;
        assert_eq!(proto, "v4.channel.k8s.io");
        assert_eq!(f[0], ("binary".to_string(), vec![1]));
        assert!(f[1].1.starts_with(b"\x01etcdctl version: 3.5."));
        assert_eq!(f[f.len() - 2].1, [&[3u8][..], br#"{"metadata":{},"status":"Success"}"#].concat());
        assert_eq!(f[f.len() - 1], ("close".to_string(), vec![0x03, 0xe8]));
        // exec-missing-binary: no output, InternalError status
        let path = format!("/api/v1/namespaces/kube-system/pods/{etcd}/exec?command=sh&command=-c&command=true&stdout=true&stderr=true");
        let (_, f) = session(&tc, &path, "v5.channel.k8s.io, v4.channel.k8s.io", vec![]).await;
        assert_eq!(f.len(), 3);
        assert!(String::from_utf8_lossy(&f[1].1).starts_with("\u{3}{\"metadata\":{},\"status\":\"Failure\",\"message\":\"Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \\\""));
        // portforward negotiates v4 even when v5 is offered; initial port frames
        let path = format!("/api/v1/namespaces/kube-system/pods/{etcd}/portforward?ports={port}");
        let le = port.to_le_bytes();
        let mut req = format!("wss://127.0.0.1{path}").into_client_request().unwrap();
        req.headers_mut().insert("Sec-WebSocket-Protocol", "v5.channel.k8s.io, v4.channel.k8s.io".parse().unwrap());
        let (mut ws, resp) = tokio_tungstenite::client_async(req, tls(&tc).await).await.unwrap();
        assert_eq!(resp.headers()["sec-websocket-protocol"], "v4.channel.k8s.io");
        let a = ws.next().await.unwrap().unwrap().into_data();
        let b = ws.next().await.unwrap().unwrap().into_data();
        assert_eq!((a.to_vec(), b.to_vec()), (vec![0, le[0], le[1]], vec![1, le[0], le[1]]));
        // plaintext to a TLS port: etcd closes, so does the stream (Close 1000)
        ws.send(Message::Binary([&[0u8][..], b"GET / HTTP/1.1\r\n\r\n"].concat().into())).await.unwrap();
        let mut closed = false;
        while let Some(Ok(m)) = ws.next().await {
            if let Message::Close(c) = m {
                closed = c.map(|c| u16::from(c.code) == 1000).unwrap_or(false);
                break;
            }
        }
        assert!(closed);
        // closed port: error text on channel 1, then Close 1000
        let (_, f) = session(&tc, &format!("/api/v1/namespaces/kube-system/pods/{etcd}/portforward?ports=1"), "v4.channel.k8s.io", vec![]).await;
        assert_eq!(f.len(), 4);
        assert!(String::from_utf8_lossy(&f[2].1[1..]).starts_with("error forwarding port 1 to pod "));
        assert_eq!(f[2].1[0], 1);
        assert_eq!(f[3], ("close".to_string(), vec![0x03, 0xe8]));
        // missing pod: 404 with the exact Status body, no upgrade
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut s = tls(&tc).await;
        s.write_all(b"GET /api/v1/namespaces/kube-system/pods/no-such-pod/portforward?ports=2379 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: v4.channel.k8s.io\r\n\r\n").await.unwrap();
        let mut buf = vec![0u8; 4096];
        let n = s.read(&mut buf).await.unwrap();
        let resp = String::from_utf8_lossy(&buf[..n]).to_string();
        assert!(resp.starts_with("HTTP/1.1 404"), "{resp}");
        assert!(resp.ends_with("\r\n\r\n{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"pods \\\"no-such-pod\\\" not found\",\"reason\":\"NotFound\",\"details\":{\"name\":\"no-such-pod\",\"kind\":\"pods\"},\"code\":404}\n"), "{resp}");
    });
    // missing pod: 404 Status, no upgrade
    let o = kubectl(
        &tc,
        &[
            "get",
            "--raw",
            "/api/v1/namespaces/kube-system/pods/no-such-pod/exec",
        ],
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("pods \"no-such-pod\" not found"));
}

/// Opens a WebSocket on `path` (v4), leaving it open.
async fn open(
    tc: &TestCluster,
    path: &str,
) -> tokio_tungstenite::WebSocketStream<tokio_rustls::client::TlsStream<tokio::net::TcpStream>> {
    let mut req = format!("wss://127.0.0.1{path}")
        .into_client_request()
        .unwrap();
    req.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        "v4.channel.k8s.io".parse().unwrap(),
    );
    tokio_tungstenite::client_async(req, tls(tc).await)
        .await
        .unwrap()
        .0
}

/// Whether the server ends the stream within `limit`, pinging as kube-rs does meanwhile: a
/// stream left half-alive answers pings but never ends.
async fn ends_within(
    ws: &mut tokio_tungstenite::WebSocketStream<
        tokio_rustls::client::TlsStream<tokio::net::TcpStream>,
    >,
    limit: Duration,
) -> bool {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        let _ = ws.send(Message::Ping(Vec::new().into())).await;
        match tokio::time::timeout_at(
            deadline.min(tokio::time::Instant::now() + Duration::from_secs(1)),
            ws.next(),
        )
        .await
        {
            Ok(None | Some(Err(_)) | Some(Ok(Message::Close(_)))) => return true,
            Ok(Some(Ok(_))) | Err(_) if tokio::time::Instant::now() < deadline => {}
            _ => return false,
        }
    }
}

/// Exec and port-forward streams end when the API server restarts (every connection) or
/// when the kubelet of their node restarts, as on a real node: a client waiting on one is
/// never left with a connection that stays open with nothing behind it.
#[test]
fn streams_end_when_the_api_server_or_the_kubelet_restarts() {
    let tc = with_helper("restart-helper");
    let etcd = tc.etcd_pod_name(0);
    let port = tc.etcd_client_port(0);
    let root = tc.node_root(0);
    let rt = runtime();
    let exec = "/api/v1/namespaces/kube-system/pods/restart-helper/exec?command=sleep&command=600&stdout=true&stderr=true";
    let pf = format!("/api/v1/namespaces/kube-system/pods/{etcd}/portforward?ports={port}");
    let restart = |what: &str| {
        if what == "API server" {
            tc.drop_connections();
            return;
        }
        let o = std::process::Command::new("chroot")
            .arg(&root)
            .args(["/usr/bin/systemctl", "restart", "kubelet"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{o:?}");
    };
    rt.block_on(async {
        for what in ["API server", "kubelet"] {
            let mut e = open(&tc, exec).await;
            let mut p = open(&tc, &pf).await;
            // Both are up: the first frames arrived.
            assert!(e.next().await.unwrap().is_ok(), "{what}");
            assert!(p.next().await.unwrap().is_ok(), "{what}");
            assert!(
                !ends_within(&mut e, Duration::from_secs(2)).await,
                "{what}: exec ended by itself"
            );
            restart(what);
            // The exec runs `sleep 600`: only the restart can end it this soon.
            assert!(
                ends_within(&mut e, Duration::from_secs(60)).await,
                "{what}: the exec stream stayed open"
            );
            assert!(
                ends_within(&mut p, Duration::from_secs(60)).await,
                "{what}: the port-forward stayed open"
            );
        }
    });
}
