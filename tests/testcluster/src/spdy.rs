//! Port-forward over SPDY/3.1, the protocol the real kubectl speaks for port-forward: directly
//! (`Upgrade: SPDY/3.1`, `X-Stream-Protocol-Version: portforward.k8s.io`) or tunnelled in a
//! WebSocket (`SPDY/3.1+portforward.k8s.io`, kubectl >= 1.31). Only what kubelet's
//! port-forward server needs is implemented: streams paired by `requestid`, data copied to a
//! TCP connection, errors on the error stream, PING echo. Flow control is not enforced
//! (kubectl's spdystream does not send WINDOW_UPDATE either).

use std::collections::HashMap;
use std::sync::Arc;

use futures_util::{SinkExt, StreamExt};
use http::{header, Request, Response};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;
use tokio_util::task::AbortOnDropHandle;

use crate::api::{error_response, full, Body};
use crate::objects::ApiError;
use crate::state::Shared;
use crate::ws::{pf_connect, PfTarget};

pub const TUNNEL_PROTOCOL: &str = "SPDY/3.1+portforward.k8s.io";
const PF_PROTOCOL: &str = "portforward.k8s.io";

/// The SPDY/3 header compression dictionary (draft-mbelshe-httpbis-spdy-00, 2.6.10.1).
fn dictionary() -> &'static [u8] {
    static D: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    D.get_or_init(|| {
        let words = [
            "options", "head", "post", "put", "delete", "trace", "accept", "accept-charset", "accept-encoding",
            "accept-language", "accept-ranges", "age", "allow", "authorization", "cache-control", "connection",
            "content-base", "content-encoding", "content-language", "content-length", "content-location",
            "content-md5", "content-range", "content-type", "date", "etag", "expect", "expires", "from", "host",
            "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "last-modified",
            "location", "max-forwards", "pragma", "proxy-authenticate", "proxy-authorization", "range", "referer",
            "retry-after", "server", "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "vary", "via",
            "warning", "www-authenticate", "method", "get", "status", "200 OK", "version", "HTTP/1.1", "url",
            "public", "set-cookie", "keep-alive", "origin",
        ];
        let mut d = Vec::new();
        for w in words {
            d.extend_from_slice(&(w.len() as u32).to_be_bytes());
            d.extend_from_slice(w.as_bytes());
        }
        d.extend_from_slice(b"100101201202205206300302303304305306307402405406407408409410411412413414415416417502504505203 Non-Authoritative Information204 No Content301 Moved Permanently400 Bad Request401 Unauthorized403 Forbidden404 Not Found500 Internal Server Error501 Not Implemented503 Service UnavailableJan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec 00:00:00 Mon, Tue, Wed, Thu, Fri, Sat, Sun, GMTchunked,text/html,image/png,image/jpg,image/gif,application/xml,application/xhtml+xml,text/plain,text/javascript,publicprivatemax-age=gzip,deflate,sdchcharset=utf-8charset=iso-8859-1,utf-,*,enq=0.");
        d
    })
}

const SYN_STREAM: u16 = 1;
const SYN_REPLY: u16 = 2;
const RST_STREAM: u16 = 3;
const PING: u16 = 6;
const GOAWAY: u16 = 7;
const FLAG_FIN: u8 = 1;

fn control_frame(ty: u16, flags: u8, payload: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(8 + payload.len());
    f.extend_from_slice(&(0x8000u16 | 3).to_be_bytes());
    f.extend_from_slice(&ty.to_be_bytes());
    f.push(flags);
    f.extend_from_slice(&(payload.len() as u32).to_be_bytes()[1..]);
    f.extend_from_slice(payload);
    f
}

fn data_frame(sid: u32, flags: u8, data: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(8 + data.len());
    f.extend_from_slice(&(sid & 0x7fff_ffff).to_be_bytes());
    f.push(flags);
    f.extend_from_slice(&(data.len() as u32).to_be_bytes()[1..]);
    f.extend_from_slice(data);
    f
}

struct HeaderCodec {
    comp: flate2::Compress,
    decomp: flate2::Decompress,
}

impl HeaderCodec {
    fn new() -> HeaderCodec {
        let mut comp = flate2::Compress::new(flate2::Compression::best(), true);
        let _ = comp.set_dictionary(dictionary());
        HeaderCodec {
            comp,
            decomp: flate2::Decompress::new(true),
        }
    }

    fn encode(&mut self, headers: &[(&str, &str)]) -> Vec<u8> {
        let mut raw = Vec::new();
        raw.extend_from_slice(&(headers.len() as u32).to_be_bytes());
        for (k, v) in headers {
            raw.extend_from_slice(&(k.len() as u32).to_be_bytes());
            raw.extend_from_slice(k.as_bytes());
            raw.extend_from_slice(&(v.len() as u32).to_be_bytes());
            raw.extend_from_slice(v.as_bytes());
        }
        let mut out = Vec::with_capacity(raw.len() + 128);
        let _ = self
            .comp
            .compress_vec(&raw, &mut out, flate2::FlushCompress::Sync);
        out
    }

    fn decode(&mut self, block: &[u8]) -> Option<HashMap<String, String>> {
        let mut out = Vec::with_capacity(4096);
        let mut input = block;
        loop {
            let before = self.decomp.total_in();
            if out.capacity() - out.len() < 1024 {
                out.reserve(4096);
            }
            let r = self
                .decomp
                .decompress_vec(input, &mut out, flate2::FlushDecompress::Sync);
            let used = (self.decomp.total_in() - before) as usize;
            input = &input[used..];
            match r {
                Ok(_) => {
                    if input.is_empty() && out.capacity() > out.len() {
                        break;
                    }
                }
                Err(e) if e.needs_dictionary().is_some() => {
                    self.decomp.set_dictionary(dictionary()).ok()?;
                }
                Err(_) => return None,
            }
        }
        let mut h = HashMap::new();
        let rd = |b: &[u8], i: usize| -> Option<usize> {
            Some(u32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?) as usize)
        };
        let n = rd(&out, 0)?;
        let mut i = 4;
        for _ in 0..n {
            let kl = rd(&out, i)?;
            let k = String::from_utf8_lossy(out.get(i + 4..i + 4 + kl)?).to_lowercase();
            i += 4 + kl;
            let vl = rd(&out, i)?;
            let v = String::from_utf8_lossy(out.get(i + 4..i + 4 + vl)?).to_string();
            i += 4 + vl;
            h.insert(k, v);
        }
        Some(h)
    }
}

/// Answers `Upgrade: SPDY/3.1` for port-forward.
pub fn spdy_upgrade(
    mut req: Request<Incoming>,
    shared: Arc<Shared>,
    target: PfTarget,
) -> Response<Body> {
    let ok = req
        .headers()
        .get_all("X-Stream-Protocol-Version")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.split(',').any(|p| p.trim() == PF_PROTOCOL));
    if !ok {
        return error_response(&ApiError::bad_request(format!("unable to upgrade: unable to negotiate protocol: client supports {:?}, server supports [\"{PF_PROTOCOL}\"]", req.headers().get("X-Stream-Protocol-Version"))));
    }
    let on = hyper::upgrade::on(&mut req);
    shared.spawn_stream(&target.node.clone(), async move {
        if let Ok(up) = on.await {
            run_spdy(TokioIo::new(up), target).await;
        }
    });
    Response::builder()
        .status(101)
        .header(header::CONNECTION, "Upgrade")
        .header(header::UPGRADE, "SPDY/3.1")
        .header("X-Stream-Protocol-Version", PF_PROTOCOL)
        .body(full(""))
        .unwrap()
}

/// SPDY tunnelled in WebSocket binary messages (kubectl's PortForwardWebsockets).
pub async fn run_tunnel<S>(ws: tokio_tungstenite::WebSocketStream<S>, target: PfTarget)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (a, b) = tokio::io::duplex(256 * 1024);
    let (mut sink, mut stream) = ws.split();
    let (mut br, mut bw) = tokio::io::split(b);
    // Both directions end with this future (see ws::run_exec): a half of the WebSocket left
    // in a task would keep the client's connection open after the stream was dropped.
    let _up = AbortOnDropHandle::new(tokio::spawn(async move {
        while let Some(Ok(m)) = stream.next().await {
            match m {
                Message::Binary(d) if bw.write_all(&d).await.is_err() => {
                    break;
                }
                Message::Close(_) => break,
                _ => {}
            }
        }
        let _ = bw.shutdown().await;
    }));
    let down = AbortOnDropHandle::new(tokio::spawn(async move {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            match br.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if sink
                        .send(Message::Binary(buf[..n].to_vec().into()))
                        .await
                        .is_err()
                    {
                        break;
                    }
                }
            }
        }
        let _ = sink.send(Message::Close(None)).await;
    }));
    run_spdy(a, target).await;
    let _ = down.await;
}

#[derive(Default)]
struct Pair {
    data: Option<u32>,
    error: Option<u32>,
    port: u16,
}

/// The SPDY session of one port-forward connection.
pub async fn run_spdy<IO>(io: IO, target: PfTarget)
where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut rd, mut wr) = tokio::io::split(io);
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<u8>>(128);
    // The writer and the readers end with this future too (see run_tunnel).
    let writer = AbortOnDropHandle::new(tokio::spawn(async move {
        while let Some(f) = rx.recv().await {
            if wr.write_all(&f).await.is_err() {
                break;
            }
            if rx.is_empty() && wr.flush().await.is_err() {
                break;
            }
        }
        let _ = wr.shutdown().await;
    }));
    let mut codec = HeaderCodec::new();
    let mut pairs: HashMap<String, Pair> = HashMap::new();
    let mut tcp: HashMap<u32, tokio::net::tcp::OwnedWriteHalf> = HashMap::new();
    let mut readers: Vec<AbortOnDropHandle<()>> = vec![];
    loop {
        let mut hdr = [0u8; 8];
        if rd.read_exact(&mut hdr).await.is_err() {
            break;
        }
        let len = u32::from_be_bytes([0, hdr[5], hdr[6], hdr[7]]) as usize;
        let flags = hdr[4];
        let mut payload = vec![0u8; len];
        if rd.read_exact(&mut payload).await.is_err() {
            break;
        }
        if hdr[0] & 0x80 != 0 {
            let ty = u16::from_be_bytes([hdr[2], hdr[3]]);
            match ty {
                SYN_STREAM if payload.len() >= 10 => {
                    let sid = u32::from_be_bytes(payload[0..4].try_into().unwrap()) & 0x7fff_ffff;
                    let Some(h) = codec.decode(&payload[10..]) else {
                        break;
                    };
                    let block = codec.encode(&[]);
                    let mut p = sid.to_be_bytes().to_vec();
                    p.extend_from_slice(&block);
                    if tx.send(control_frame(SYN_REPLY, 0, &p)).await.is_err() {
                        break;
                    }
                    let kind = h.get("streamtype").cloned().unwrap_or_default();
                    let port: u16 = h.get("port").and_then(|p| p.parse().ok()).unwrap_or(0);
                    // Old clients without requestid: the data stream is the error stream + 2.
                    let rid = h.get("requestid").cloned().unwrap_or_else(|| {
                        if kind == "error" {
                            sid.to_string()
                        } else {
                            sid.saturating_sub(2).to_string()
                        }
                    });
                    let pair = pairs.entry(rid.clone()).or_default();
                    pair.port = port;
                    match kind.as_str() {
                        "data" => pair.data = Some(sid),
                        "error" => pair.error = Some(sid),
                        _ => {}
                    }
                    if let (Some(d), Some(e)) = (pair.data, pair.error) {
                        let port = pair.port;
                        pairs.remove(&rid);
                        match pf_connect(&target, port).await {
                            Ok(s) => {
                                let (mut r, w) = s.into_split();
                                tcp.insert(d, w);
                                let tx = tx.clone();
                                readers.push(AbortOnDropHandle::new(tokio::spawn(async move {
                                    let mut buf = vec![0u8; 32 * 1024];
                                    loop {
                                        match r.read(&mut buf).await {
                                            Ok(0) | Err(_) => break,
                                            Ok(n) => {
                                                if tx
                                                    .send(data_frame(d, 0, &buf[..n]))
                                                    .await
                                                    .is_err()
                                                {
                                                    return;
                                                }
                                            }
                                        }
                                    }
                                    let _ = tx.send(data_frame(d, FLAG_FIN, &[])).await;
                                    let _ = tx.send(data_frame(e, FLAG_FIN, &[])).await;
                                })));
                            }
                            Err(msg) => {
                                let _ = tx.send(data_frame(e, 0, msg.as_bytes())).await;
                                let _ = tx.send(data_frame(e, FLAG_FIN, &[])).await;
                                let _ = tx.send(data_frame(d, FLAG_FIN, &[])).await;
                            }
                        }
                    }
                }
                RST_STREAM if payload.len() >= 4 => {
                    let sid = u32::from_be_bytes(payload[0..4].try_into().unwrap()) & 0x7fff_ffff;
                    if let Some(mut w) = tcp.remove(&sid) {
                        let _ = w.shutdown().await;
                    }
                }
                PING if tx.send(control_frame(PING, 0, &payload)).await.is_err() => {
                    break;
                }
                GOAWAY => break,
                _ => {} // SETTINGS, WINDOW_UPDATE, HEADERS: nothing to do
            }
        } else {
            let sid = u32::from_be_bytes(hdr[0..4].try_into().unwrap()) & 0x7fff_ffff;
            if let Some(w) = tcp.get_mut(&sid) {
                if !payload.is_empty() && w.write_all(&payload).await.is_err() {
                    tcp.remove(&sid);
                }
            }
            if flags & FLAG_FIN != 0 {
                if let Some(mut w) = tcp.remove(&sid) {
                    let _ = w.shutdown().await;
                }
            }
        }
    }
    // The readers hold senders: the writer ends once they are gone.
    drop(readers);
    drop(tx);
    let _ = writer.await;
}

#[cfg(test)]
mod tests {
    #[test]
    fn dictionary_is_spdy3() {
        let d = super::dictionary();
        assert_eq!(d.len(), 1423);
    }
}
