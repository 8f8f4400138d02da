//! exec and port-forward over WebSocket, framed as kubelet/kube-apiserver do
//! (`v5.channel.k8s.io` / `v4.channel.k8s.io`).

use std::net::Ipv4Addr;
use std::sync::Arc;

use futures_util::{SinkExt, StreamExt};
use http::{header, Request, Response};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::protocol::{frame::coding::CloseCode, CloseFrame, Role};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;
use tokio_util::task::AbortOnDropHandle;

use crate::api::{error_response, full, Body, Query};
use crate::objects::ApiError;
use crate::runtime::{self, ExecIo};
use crate::state::{ContainerHandle, Shared};
use crate::{spdy, util};

pub const V5: &str = "v5.channel.k8s.io";
pub const V4: &str = "v4.channel.k8s.io";

/// Subprotocols the client offered, in its order.
pub fn offered(req: &Request<Incoming>) -> Vec<String> {
    req.headers()
        .get_all(header::SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(',').map(|s| s.trim().to_string()))
        .filter(|s| !s.is_empty())
        .collect()
}

pub fn offers(req: &Request<Incoming>, proto: &str) -> bool {
    offered(req).iter().any(|p| p == proto)
}

fn is_websocket(req: &Request<Incoming>) -> bool {
    req.headers()
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.eq_ignore_ascii_case("websocket"))
        .unwrap_or(false)
}

/// The 101 answer; `None` if the request is not a WebSocket upgrade.
fn switching(req: &Request<Incoming>, proto: Option<&str>) -> Option<Response<Body>> {
    if !is_websocket(req) {
        return None;
    }
    let key = req.headers().get(header::SEC_WEBSOCKET_KEY)?.as_bytes();
    let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(key);
    let mut b = Response::builder()
        .status(101)
        .header(header::UPGRADE, "websocket")
        .header(header::CONNECTION, "Upgrade")
        .header(header::SEC_WEBSOCKET_ACCEPT, accept);
    if let Some(p) = proto {
        b = b.header(header::SEC_WEBSOCKET_PROTOCOL, p);
    }
    Some(b.body(full("")).unwrap())
}

type Ws = WebSocketStream<TokioIo<hyper::upgrade::Upgraded>>;

async fn upgraded(on: hyper::upgrade::OnUpgrade) -> Option<Ws> {
    let up = on.await.ok()?;
    Some(WebSocketStream::from_raw_socket(TokioIo::new(up), Role::Server, None).await)
}

fn close_frame() -> Message {
    Message::Close(Some(CloseFrame {
        code: CloseCode::Normal,
        reason: "".into(),
    }))
}

fn bin(ch: u8, data: &[u8]) -> Message {
    let mut v = Vec::with_capacity(data.len() + 1);
    v.push(ch);
    v.extend_from_slice(data);
    Message::Binary(v.into())
}

fn success_status() -> String {
    r#"{"metadata":{},"status":"Success"}"#.to_string()
}

fn exit_status(code: i32) -> String {
    serde_json::json!({
        "metadata": {}, "status": "Failure",
        "message": format!("command terminated with non-zero exit code: command terminated with exit code {code}"),
        "reason": "NonZeroExitCode",
        "details": {"causes": [{"reason": "ExitCode", "message": code.to_string()}]}
    })
    .to_string()
}

fn exec_failed_status(cmd: &str, err: &std::io::Error) -> String {
    let id = util::sha256_hex(util::new_uid().as_bytes());
    let why = if err.kind() == std::io::ErrorKind::NotFound {
        format!("exec: \"{cmd}\": executable file not found in $PATH")
    } else {
        format!("exec: \"{cmd}\": {err}")
    };
    let inner = format!(
        "Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \"{id}\": OCI runtime exec failed: exec failed: unable to start container process: {why}: unknown"
    );
    serde_json::json!({
        "metadata": {}, "status": "Failure",
        "message": format!("Internal error occurred: {inner}"),
        "reason": "InternalError",
        "details": {"causes": [{"message": inner}]},
        "code": 500
    })
    .to_string()
}

/// Answers an exec request with a WebSocket session running `command` in the container.
pub fn exec_upgrade(
    mut req: Request<Incoming>,
    shared: Arc<Shared>,
    q: Query,
    target: ContainerHandle,
    node: &str,
) -> Response<Body> {
    let offered = offered(&req);
    let proto = [
        V5,
        V4,
        "v3.channel.k8s.io",
        "v2.channel.k8s.io",
        "channel.k8s.io",
    ]
    .into_iter()
    .find(|p| offered.iter().any(|o| o == p));
    let Some(resp) = switching(&req, proto) else {
        return error_response(&ApiError::bad_request("Upgrade request required"));
    };
    let v5 = proto == Some(V5);
    let on = hyper::upgrade::on(&mut req);
    shared.spawn_stream(node, async move {
        if let Some(ws) = upgraded(on).await {
            run_exec(ws, v5, q, target).await;
        }
    });
    resp
}

async fn run_exec(ws: Ws, v5: bool, q: Query, target: ContainerHandle) {
    let (mut sink, mut stream) = ws.split();
    let want_in = q.flag("stdin");
    let want_out = q.flag("stdout");
    let want_err = q.flag("stderr") && !q.flag("tty");
    let first = if want_out {
        1
    } else if want_err {
        2
    } else {
        3
    };
    if sink.send(bin(first, &[])).await.is_err() {
        return;
    }
    let command = q.all("command");
    let io = ExecIo {
        stdin: want_in,
        stdout: want_out,
        stderr: want_err,
    };
    let pid = target.pid.unwrap_or(-1);
    let mut child = match runtime::exec_in(pid, &command, &target.env, &target.workdir, &io) {
        Ok(c) => c,
        Err(e) => {
            let _ = sink
                .send(bin(3, exec_failed_status(&command[0], &e).as_bytes()))
                .await;
            let _ = sink.send(close_frame()).await;
            return;
        }
    };
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Message>(32);
    // Every helper task ends with this future: when the API server "restarts" it drops the
    // stream's future, and a task still holding half of the WebSocket would keep the client's
    // connection open (answering its pings) long after the stream is gone.
    let mut tasks = Vec::new();
    if let Some(mut out) = child.stdout.take() {
        let tx = tx.clone();
        tasks.push(AbortOnDropHandle::new(tokio::spawn(async move {
            let mut buf = vec![0u8; 32 * 1024];
            while let Ok(n) = out.read(&mut buf).await {
                if n == 0 || tx.send(bin(1, &buf[..n])).await.is_err() {
                    break;
                }
            }
        })));
    }
    if let Some(mut errp) = child.stderr.take() {
        let tx = tx.clone();
        tasks.push(AbortOnDropHandle::new(tokio::spawn(async move {
            let mut buf = vec![0u8; 32 * 1024];
            while let Ok(n) = errp.read(&mut buf).await {
                if n == 0 || tx.send(bin(2, &buf[..n])).await.is_err() {
                    break;
                }
            }
        })));
    }
    drop(tx);
    // client → stdin
    let mut stdin = child.stdin.take();
    let (gone_tx, mut gone_rx) = tokio::sync::watch::channel(false);
    let _reader = AbortOnDropHandle::new(tokio::spawn(async move {
        while let Some(msg) = stream.next().await {
            match msg {
                Ok(Message::Binary(b)) if !b.is_empty() => match b[0] {
                    0 => {
                        if let Some(s) = stdin.as_mut() {
                            if s.write_all(&b[1..]).await.is_err() {
                                stdin = None;
                            }
                        }
                    }
                    255 if v5 && b.len() >= 2 && b[1] == 0 => {
                        stdin = None; // CLOSE signal for stdin
                    }
                    _ => {}
                },
                Ok(Message::Close(_)) | Err(_) => break,
                _ => {}
            }
        }
        drop(stdin);
        let _ = gone_tx.send(true);
    }));
    let mut client_gone = false;
    loop {
        tokio::select! {
            m = rx.recv() => match m {
                Some(m) => { if sink.send(m).await.is_err() { client_gone = true; break; } }
                None => break,
            },
            _ = gone_rx.changed(), if !client_gone => {
                // v4 clients close the socket to end stdin; keep streaming output if we can.
                client_gone = true;
            }
        }
    }
    let status = if client_gone && sink.send(Message::Ping(Vec::new().into())).await.is_err() {
        let _ = child.start_kill();
        let _ = child.wait().await;
        return;
    } else {
        child.wait().await
    };
    let code = status
        .map(|s| {
            use std::os::unix::process::ExitStatusExt;
            s.code().unwrap_or_else(|| 128 + s.signal().unwrap_or(9))
        })
        .unwrap_or(1);
    let st = if code == 0 {
        success_status()
    } else {
        exit_status(code)
    };
    let _ = sink.send(bin(3, st.as_bytes())).await;
    let _ = sink.send(close_frame()).await;
    let _ = sink.close().await;
}

/// Where a port-forward connects.
#[derive(Clone, Debug)]
pub struct PfTarget {
    /// The node whose kubelet serves it.
    pub node: String,
    pub node_ip: Ipv4Addr,
    pub pod_name: String,
    pub sandbox_id: String,
    pub uid: String,
}

/// Connects to `port` on localhost in the pod's network namespace, as containerd's
/// port-forward does (it dials localhost only: a process listening on the node IP alone is not
/// reachable). The simulated nodes' pods are hostNetwork pods on the host's loopback.
pub async fn pf_connect(t: &PfTarget, port: u16) -> Result<tokio::net::TcpStream, String> {
    match tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
        Ok(s) => {
            let _ = s.set_nodelay(true);
            Ok(s)
        }
        Err(e4) => {
            let e4 = e4.to_string().to_lowercase();
            let e4 = e4.split(" (os error").next().unwrap_or(&e4).to_string();
            Err(format!(
                "error forwarding port {port} to pod {sid}, uid {uid}: failed to execute portforward in network namespace \"host\": failed to connect to localhost:{port} inside namespace \"{sid}\", IPv4: dial tcp4 127.0.0.1:{port}: connect: {e4} IPv6 dial tcp6 [::1]:{port}: connect: {e4} ",
                sid = t.sandbox_id,
                uid = t.uid
            ))
        }
    }
}

/// Answers a port-forward WebSocket request: `v4.channel.k8s.io` (even when v5 is offered),
/// or kubectl's SPDY tunnel (`SPDY/3.1+portforward.k8s.io`).
pub fn portforward_upgrade(
    mut req: Request<Incoming>,
    shared: Arc<Shared>,
    ports: Vec<u16>,
    target: PfTarget,
) -> Response<Body> {
    let offered = offered(&req);
    if offered.iter().any(|p| p == spdy::TUNNEL_PROTOCOL) {
        let Some(resp) = switching(&req, Some(spdy::TUNNEL_PROTOCOL)) else {
            return error_response(&ApiError::bad_request("Upgrade request required"));
        };
        let on = hyper::upgrade::on(&mut req);
        shared.spawn_stream(&target.node.clone(), async move {
            if let Some(ws) = upgraded(on).await {
                spdy::run_tunnel(ws, target).await;
            }
        });
        return resp;
    }
    let proto = if offered.iter().any(|p| p == V4) {
        Some(V4)
    } else {
        None
    };
    let Some(resp) = switching(&req, proto) else {
        return error_response(&ApiError::bad_request("Upgrade request required"));
    };
    let on = hyper::upgrade::on(&mut req);
    shared.spawn_stream(&target.node.clone(), async move {
        if let Some(ws) = upgraded(on).await {
            run_portforward(ws, ports, target).await;
        }
    });
    resp
}

async fn run_portforward(ws: Ws, ports: Vec<u16>, target: PfTarget) {
    let (mut sink, mut stream) = ws.split();
    for (i, p) in ports.iter().enumerate() {
        let le = p.to_le_bytes();
        if sink.send(bin((2 * i) as u8, &le)).await.is_err()
            || sink.send(bin((2 * i + 1) as u8, &le)).await.is_err()
        {
            return;
        }
    }
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Option<Message>>(64);
    let mut writers: Vec<Option<tokio::net::tcp::OwnedWriteHalf>> = vec![];
    // Readers end with this stream (see run_exec), and with them their pod connections.
    let mut tasks = Vec::new();
    let mut open = 0usize;
    for (i, p) in ports.iter().enumerate() {
        match pf_connect(&target, *p).await {
            Ok(s) => {
                let (mut r, w) = s.into_split();
                writers.push(Some(w));
                open += 1;
                let tx = tx.clone();
                let ch = (2 * i) as u8;
                tasks.push(AbortOnDropHandle::new(tokio::spawn(async move {
                    let mut buf = vec![0u8; 64 * 1024];
                    loop {
                        match r.read(&mut buf).await {
                            Ok(0) | Err(_) => {
                                let _ = tx.send(None).await;
                                break;
                            }
                            Ok(n) => {
                                if tx.send(Some(bin(ch, &buf[..n]))).await.is_err() {
                                    break;
                                }
                            }
                        }
                    }
                })));
            }
            Err(msg) => {
                writers.push(None);
                let _ = sink.send(bin((2 * i + 1) as u8, msg.as_bytes())).await;
            }
        }
    }
    drop(tx);
    if open == 0 {
        let _ = sink.send(close_frame()).await;
        return;
    }
    loop {
        tokio::select! {
            m = rx.recv() => match m {
                Some(Some(msg)) => { if sink.send(msg).await.is_err() { break; } }
                Some(None) => {
                    open -= 1;
                    if open == 0 { let _ = sink.send(close_frame()).await; break; }
                }
                None => break,
            },
            m = stream.next() => match m {
                Some(Ok(Message::Binary(b))) if b.len() > 1 => {
                    let ch = b[0] as usize;
                    if ch.is_multiple_of(2) {
                        if let Some(Some(w)) = writers.get_mut(ch / 2) {
                            if w.write_all(&b[1..]).await.is_err() {
                                writers[ch / 2] = None;
                            }
                        }
                    }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                _ => {}
            }
        }
    }
    for w in writers.iter_mut().flatten() {
        let _ = w.shutdown().await;
    }
}
