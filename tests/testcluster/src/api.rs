//! The API server: HTTPS (HTTP/1.1) with client-certificate authentication, serving the
//! kube-apiserver subset the plugin needs, with objects stored in etcd.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{header, Method, Request, Response};
use http_body_util::{combinators::BoxBody, BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::objects::{self, ApiError, FieldError, FieldSelector, LabelSelector};
use crate::state::{FaultAction, Shared};
use crate::store::{Change, StoreError};
use crate::{spdy, ws};

pub type Body = BoxBody<Bytes, std::io::Error>;

/// Returned by a handler to drop the connection without an answer.
#[derive(Debug)]
pub struct DropConnection;
impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "connection dropped on purpose")
    }
}
impl std::error::Error for DropConnection {}

pub fn full(b: impl Into<Bytes>) -> Body {
    Full::new(b.into())
        .map_err(|e: Infallible| match e {})
        .boxed()
}

pub fn json_response(code: u16, v: &Value) -> Response<Body> {
    let mut body = crate::go_json::to_vec(v);
    body.push(b'\n');
    Response::builder()
        .status(code)
        .header(header::CONTENT_TYPE, "application/json")
        .header("Cache-Control", "no-cache, private")
        .body(full(body))
        .unwrap()
}

pub fn error_response(e: &ApiError) -> Response<Body> {
    json_response(e.code, &e.status_json())
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Timeout => ApiError::timeout(),
            other => ApiError::internal(other),
        }
    }
}

/// A resource the server knows.
#[derive(Clone, Copy, Debug)]
pub struct Res {
    pub name: &'static str,
    pub kind: &'static str,
    pub singular: &'static str,
    pub namespaced: bool,
    pub key: &'static str,
    pub short: &'static [&'static str],
    /// API group: "" (core, /api/v1) or "batch" (/apis/batch/v1).
    pub group: &'static str,
}

impl Res {
    pub fn api_version(&self) -> &'static str {
        if self.group.is_empty() {
            "v1"
        } else {
            "batch/v1"
        }
    }
}

/// batch/v1 (see [`crate::batch`] and [`crate::controllers`]).
pub const BATCH_RESOURCES: &[Res] = &[
    Res {
        name: "cronjobs",
        kind: "CronJob",
        singular: "cronjob",
        namespaced: true,
        key: "cronjobs",
        short: &["cj"],
        group: "batch",
    },
    Res {
        name: "jobs",
        kind: "Job",
        singular: "job",
        namespaced: true,
        key: "jobs",
        short: &[],
        group: "batch",
    },
];

/// Every resource of every group.
pub fn all_resources() -> impl Iterator<Item = &'static Res> {
    RESOURCES.iter().chain(BATCH_RESOURCES)
}

pub const RESOURCES: &[Res] = &[
    Res {
        name: "configmaps",
        kind: "ConfigMap",
        singular: "configmap",
        namespaced: true,
        key: "configmaps",
        short: &["cm"],
        group: "",
    },
    Res {
        name: "namespaces",
        kind: "Namespace",
        singular: "namespace",
        namespaced: false,
        key: "namespaces",
        short: &["ns"],
        group: "",
    },
    Res {
        name: "nodes",
        kind: "Node",
        singular: "node",
        namespaced: false,
        key: "minions",
        short: &["no"],
        group: "",
    },
    Res {
        name: "pods",
        kind: "Pod",
        singular: "pod",
        namespaced: true,
        key: "pods",
        short: &["po"],
        group: "",
    },
    Res {
        name: "secrets",
        kind: "Secret",
        singular: "secret",
        namespaced: true,
        key: "secrets",
        short: &[],
        group: "",
    },
];

/// 422 Invalid, naming the kind as kube-apiserver does (`CronJob.batch "x" is invalid`).
fn invalid(r: &Res, name: &str, errs: Vec<FieldError>) -> ApiError {
    let mut e = ApiError::invalid(r.kind, name, errs);
    if !r.group.is_empty() {
        e.message = e
            .message
            .replacen(r.kind, &format!("{}.{}", r.kind, r.group), 1);
        if let Some(d) = e.details.as_mut() {
            d["group"] = json!(r.group);
        }
    }
    e
}

fn res(group: &str, name: &str) -> Option<Res> {
    all_resources()
        .find(|r| r.group == group && r.name == name)
        .copied()
}

fn key_for(r: &Res, ns: Option<&str>, name: &str) -> String {
    match (r.namespaced, ns) {
        (true, Some(ns)) => format!("/registry/{}/{}/{}", r.key, ns, name),
        _ => format!("/registry/{}/{}", r.key, name),
    }
}

fn prefix_for(r: &Res, ns: Option<&str>) -> String {
    match (r.namespaced, ns) {
        (true, Some(ns)) => format!("/registry/{}/{}/", r.key, ns),
        _ => format!("/registry/{}/", r.key),
    }
}

/// The parsed request target.
#[derive(Debug, Clone)]
pub struct Target {
    pub res: Res,
    pub ns: Option<String>,
    pub name: Option<String>,
    pub sub: Option<String>,
}

fn parse_target(path: &str) -> Option<Target> {
    let (group, rest) = match path.strip_prefix("/api/v1/") {
        Some(rest) => ("", rest),
        None => ("batch", path.strip_prefix("/apis/batch/v1/")?),
    };
    let segs: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    let t = |r: &str, ns: Option<&str>, name: Option<&str>, sub: Option<&str>| -> Option<Target> {
        Some(Target {
            res: res(group, r)?,
            ns: ns.map(String::from),
            name: name.map(String::from),
            sub: sub.map(String::from),
        })
    };
    match segs.as_slice() {
        ["namespaces", ns, r] => t(r, Some(ns), None, None),
        ["namespaces", ns, r, name] => t(r, Some(ns), Some(name), None),
        ["namespaces", ns, r, name, sub] => t(r, Some(ns), Some(name), Some(sub)),
        [r] => t(r, None, None, None),
        [r, name] => t(r, None, Some(name), None),
        [r, name, sub] => t(r, None, Some(name), Some(sub)),
        _ => None,
    }
    .filter(|t| t.res.namespaced || t.ns.is_none())
}

/// Query parameters (repeated keys kept in order).
#[derive(Debug, Default, Clone)]
pub struct Query(pub Vec<(String, String)>);
impl Query {
    pub fn parse(q: Option<&str>) -> Query {
        Query(
            form_urlencoded::parse(q.unwrap_or("").as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }
    pub fn get(&self, k: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(kk, _)| kk == k)
            .map(|(_, v)| v.as_str())
    }
    pub fn all(&self, k: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(kk, _)| kk == k)
            .map(|(_, v)| v.clone())
            .collect()
    }
    pub fn flag(&self, k: &str) -> bool {
        matches!(self.get(k), Some("true") | Some("1") | Some(""))
    }
}

/// Serves HTTPS on `listener` until `stop` turns true.
pub async fn serve(
    listener: TcpListener,
    tls: Arc<rustls::ServerConfig>,
    shared: Arc<Shared>,
    mut stop: watch::Receiver<bool>,
) {
    let acceptor = tokio_rustls::TlsAcceptor::from(tls);
    loop {
        let (tcp, _) = tokio::select! {
            r = listener.accept() => match r { Ok(x) => x, Err(_) => continue },
            _ = stop.changed() => return,
        };
        let _ = tcp.set_nodelay(true);
        let acceptor = acceptor.clone();
        let shared = shared.clone();
        let mut stop = stop.clone();
        tokio::spawn(async move {
            let mut drop_rx = shared.drop_tx.subscribe();
            let Ok(Ok(tls)) =
                tokio::time::timeout(Duration::from_secs(10), acceptor.accept(tcp)).await
            else {
                return;
            };
            let user = tls
                .get_ref()
                .1
                .peer_certificates()
                .and_then(|c| c.first())
                .and_then(|c| user_of(c.as_ref()));
            let svc_shared = shared.clone();
            let svc = hyper::service::service_fn(move |req: Request<Incoming>| {
                let shared = svc_shared.clone();
                let user = user.clone();
                async move { handle(shared, user, req).await }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(tls), svc)
                .with_upgrades();
            tokio::select! {
                _ = conn => {}
                _ = drop_rx.changed() => {}
                _ = stop.changed() => {}
            }
        });
    }
}

/// The user name (certificate CN) and groups (O) of a client certificate.
fn user_of(der: &[u8]) -> Option<String> {
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    let cn = cert
        .subject()
        .iter_common_name()
        .next()?
        .as_str()
        .ok()?
        .to_string();
    Some(cn)
}

fn verb_of(method: &Method, t: &Target, q: &Query) -> &'static str {
    match (method.as_str(), &t.name) {
        ("GET", Some(_)) => "get",
        ("GET", None) if q.flag("watch") => "watch",
        ("GET", None) => "list",
        ("POST", _) => "create",
        ("PUT", _) => "update",
        ("PATCH", _) => "patch",
        ("DELETE", Some(_)) => "delete",
        ("DELETE", None) => "deletecollection",
        _ => "get",
    }
}

/// Applies the configured faults; `Err` drops the connection.
async fn apply_faults(
    shared: &Shared,
    method: &Method,
    path: &str,
) -> Result<Option<ApiError>, DropConnection> {
    let action = {
        let mut p = shared.policy.lock().unwrap();
        let mut hit = None;
        for f in p.faults.iter_mut() {
            let m_ok = f
                .method
                .as_deref()
                .map(|m| m.eq_ignore_ascii_case(method.as_str()))
                .unwrap_or(true);
            if m_ok && path.contains(&f.path_contains) && f.times != Some(0) {
                if let Some(t) = f.times.as_mut() {
                    *t -= 1;
                }
                hit = Some(f.action.clone());
                break;
            }
        }
        hit
    };
    match action {
        None => Ok(None),
        Some(FaultAction::Drop) => Err(DropConnection),
        Some(FaultAction::Delay(d)) => {
            tokio::time::sleep(d).await;
            Ok(None)
        }
        Some(FaultAction::Status(code)) => Ok(Some(match code {
            504 => ApiError::timeout(),
            503 => ApiError::service_unavailable(
                "the server is currently unable to handle the request",
            ),
            429 => ApiError {
                code: 429,
                reason: "TooManyRequests",
                message: "Too many requests, please try again later.".into(),
                details: Some(json!({"retryAfterSeconds": 1})),
            },
            500 => ApiError::internal("injected fault"),
            c => ApiError {
                code: c,
                reason: "InternalError",
                message: format!("injected fault {c}"),
                details: None,
            },
        })),
    }
}

pub async fn handle(
    shared: Arc<Shared>,
    user: Option<String>,
    req: Request<Incoming>,
) -> Result<Response<Body>, DropConnection> {
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    if let Some(e) = apply_faults(
        &shared,
        &method,
        req.uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or(&path),
    )
    .await?
    {
        return Ok(error_response(&e));
    }
    let Some(user) = user else {
        return Ok(error_response(&ApiError::unauthorized()));
    };
    let q = Query::parse(req.uri().query());
    match (method.as_str(), path.trim_end_matches('/')) {
        ("GET", "/version") => {
            // kube-apiserver writes /version indented
            let body = serde_json::to_string_pretty(&shared.server_version).unwrap();
            return Ok(Response::builder()
                .status(200)
                .header(header::CONTENT_TYPE, "application/json")
                .body(full(body))
                .unwrap());
        }
        ("GET", "/healthz") | ("GET", "/livez") => return Ok(text(200, "ok")),
        ("GET", "/readyz") => {
            let ok = shared
                .store
                .with_timeout(Duration::from_secs(2))
                .revision()
                .await
                .is_ok();
            return Ok(if ok {
                text(200, "ok")
            } else {
                text(500, "[-]etcd failed: reason withheld\nreadyz check failed")
            });
        }
        ("GET", "/api") => {
            return Ok(json_response(
                200,
                &json!({"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"}]}),
            ))
        }
        ("GET", "/apis") => {
            return Ok(json_response(
                200,
                &json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": [batch_group()]}),
            ))
        }
        ("GET", "/apis/batch") => {
            let mut g = batch_group();
            g["kind"] = json!("APIGroup");
            g["apiVersion"] = json!("v1");
            return Ok(json_response(200, &g));
        }
        ("GET", "/apis/batch/v1") => return Ok(json_response(200, &discovery_batch_v1())),
        ("GET", "/openapi/v3/apis/batch/v1") => {
            return Ok(json_response(
                200,
                &openapi_v3_for("batch", BATCH_RESOURCES),
            ))
        }
        ("GET", "/api/v1") => return Ok(json_response(200, &discovery_v1())),
        ("GET", "/openapi/v3") => {
            return Ok(json_response(
                200,
                &json!({"paths": {"api/v1": {"serverRelativeURL": "/openapi/v3/api/v1?hash=0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
                                  "apis/batch/v1": {"serverRelativeURL": "/openapi/v3/apis/batch/v1?hash=0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"}}}),
            ))
        }
        ("GET", "/openapi/v3/api/v1") => return Ok(json_response(200, &openapi_v3())),
        _ => {}
    }
    let Some(t) = parse_target(&path) else {
        return Ok(error_response(&ApiError::not_found_path()));
    };
    let verb = match t.sub.as_deref() {
        Some("exec") | Some("portforward") | Some("attach") => "create",
        Some("log") => "get",
        _ => verb_of(&method, &t, &q),
    };
    // RBAC-like denial
    let denied = {
        let p = shared.policy.lock().unwrap();
        let full = match &t.sub {
            Some(s) => format!("{}/{}", t.res.name, s),
            None => t.res.name.to_string(),
        };
        p.denies
            .iter()
            .any(|(v, r)| (v == verb || v == "*") && (r == &full || r == "*"))
    };
    if denied {
        let e = ApiError::forbidden(
            &user,
            verb,
            t.res.name,
            t.sub.as_deref(),
            t.ns.as_deref(),
            t.name.as_deref().unwrap_or(""),
        );
        return Ok(error_response(&e));
    }
    let r = match t.sub.as_deref() {
        Some("exec") | Some("portforward") => return Ok(connect(shared, t, q, req).await),
        Some("log") => pod_log(&shared, &t, &q).await,
        Some("status") => status_sub(&shared, &t, &method, req).await,
        Some(_) => Err(ApiError::not_found_path()),
        None => resource(shared.clone(), &t, &q, &method, req).await,
    };
    Ok(match r {
        Ok(resp) => resp,
        Err(e) => error_response(&e),
    })
}

fn text(code: u16, s: &str) -> Response<Body> {
    Response::builder()
        .status(code)
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(full(s.to_string()))
        .unwrap()
}

fn batch_group() -> Value {
    json!({"name": "batch", "versions": [{"groupVersion": "batch/v1", "version": "v1"}],
           "preferredVersion": {"groupVersion": "batch/v1", "version": "v1"}})
}

fn discovery_batch_v1() -> Value {
    let all = [
        "create",
        "delete",
        "deletecollection",
        "get",
        "list",
        "patch",
        "update",
        "watch",
    ];
    let mut out = vec![];
    for r in BATCH_RESOURCES {
        let mut o = json!({"name": r.name, "singularName": r.singular, "namespaced": true, "kind": r.kind, "verbs": all, "categories": ["all"]});
        if !r.short.is_empty() {
            o["shortNames"] = json!(r.short);
        }
        out.push(o);
        out.push(json!({"name": format!("{}/status", r.name), "singularName": "", "namespaced": true, "kind": r.kind, "verbs": ["get", "patch", "update"]}));
    }
    json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "batch/v1", "resources": out})
}

/// A minimal OpenAPI v3 document: the paths and their `fieldValidation` parameter, which is
/// what kubectl reads to choose server-side field validation (no schemas).
fn openapi_v3() -> Value {
    openapi_v3_for("", RESOURCES)
}

fn openapi_v3_for(group: &str, resources: &[Res]) -> Value {
    let fv = json!([{"name": "fieldValidation", "in": "query", "schema": {"type": "string", "uniqueItems": true}},
                    {"name": "dryRun", "in": "query", "schema": {"type": "string", "uniqueItems": true}}]);
    let op = |id: &str, action: &str, kind: &str| {
        json!({"operationId": id, "parameters": fv.clone(), "responses": {"200": {"description": "OK"}},
               "x-kubernetes-action": action, "x-kubernetes-group-version-kind": {"group": group, "version": "v1", "kind": kind}})
    };
    let base = if group.is_empty() {
        "/api/v1".to_string()
    } else {
        format!("/apis/{group}/v1")
    };
    let mut paths = serde_json::Map::new();
    for r in resources {
        let (coll, item) = if r.namespaced {
            (
                format!("{base}/namespaces/{{namespace}}/{}", r.name),
                format!("{base}/namespaces/{{namespace}}/{}/{{name}}", r.name),
            )
        } else {
            (
                format!("{base}/{}", r.name),
                format!("{base}/{}/{{name}}", r.name),
            )
        };
        let k = r.kind;
        paths.insert(coll, json!({"get": op(&format!("list{k}"), "list", k), "post": op(&format!("create{k}"), "post", k)}));
        paths.insert(item, json!({"get": op(&format!("read{k}"), "get", k), "put": op(&format!("replace{k}"), "put", k), "patch": op(&format!("patch{k}"), "patch", k), "delete": op(&format!("delete{k}"), "delete", k)}));
    }
    json!({"openapi": "3.0.0", "info": {"title": "Kubernetes", "version": "v1.36.2"}, "paths": paths, "components": {"schemas": {}}})
}

fn discovery_v1() -> Value {
    let all = [
        "create",
        "delete",
        "deletecollection",
        "get",
        "list",
        "patch",
        "update",
        "watch",
    ];
    let mut out = vec![];
    for r in RESOURCES {
        let mut o = json!({"name": r.name, "singularName": r.singular, "namespaced": r.namespaced, "kind": r.kind, "verbs": all});
        if !r.short.is_empty() {
            o["shortNames"] = json!(r.short);
        }
        if r.name == "pods" {
            o["categories"] = json!(["all"]);
        }
        out.push(o);
        if r.name == "pods" {
            out.push(json!({"name": "pods/exec", "singularName": "", "namespaced": true, "kind": "PodExecOptions", "verbs": ["create", "get"]}));
            out.push(json!({"name": "pods/log", "singularName": "", "namespaced": true, "kind": "Pod", "verbs": ["get"]}));
            out.push(json!({"name": "pods/portforward", "singularName": "", "namespaced": true, "kind": "PodPortForwardOptions", "verbs": ["create", "get"]}));
        }
        if r.name == "pods" || r.name == "nodes" || r.name == "namespaces" {
            out.push(json!({"name": format!("{}/status", r.name), "singularName": "", "namespaced": r.namespaced, "kind": r.kind, "verbs": ["get", "patch", "update"]}));
        }
    }
    json!({"kind": "APIResourceList", "groupVersion": "v1", "resources": out})
}

async fn read_body(req: Request<Incoming>) -> Result<(Value, String), ApiError> {
    let ct = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/json")
        .to_string();
    let bytes = req
        .into_body()
        .collect()
        .await
        .map_err(|e| ApiError::bad_request(e.to_string()))?
        .to_bytes();
    let v: Value = if ct.starts_with(crate::protobuf_body::PROTOBUF) {
        crate::protobuf_body::decode(&bytes).map_err(ApiError::bad_request)?
    } else if ct.contains("yaml") {
        serde_yaml::from_slice(&bytes)
            .map_err(|e| ApiError::bad_request(format!("error decoding YAML: {e}")))?
    } else {
        serde_json::from_slice(&bytes).map_err(|e| ApiError::bad_request(format!("json: {e}")))?
    };
    Ok((v, ct))
}

fn with_type(r: &Res, mut obj: Value) -> Value {
    if let Some(o) = obj.as_object_mut() {
        let mut n = serde_json::Map::new();
        n.insert("kind".into(), json!(r.kind));
        n.insert("apiVersion".into(), json!(r.api_version()));
        for (k, v) in o.iter() {
            if k != "kind" && k != "apiVersion" {
                n.insert(k.clone(), v.clone());
            }
        }
        return Value::Object(n);
    }
    obj
}

fn without_type(mut obj: Value) -> Value {
    if let Some(o) = obj.as_object_mut() {
        o.shift_remove("kind");
        o.shift_remove("apiVersion");
    }
    obj
}

fn wants_table(req_accept: &str) -> bool {
    req_accept.contains("as=Table")
}

/// Checks the body decodes as the typed Kubernetes object (wrong types ⇒ 400, as the real
/// decoder answers).
fn typed_check(r: &Res, v: &Value) -> Result<(), ApiError> {
    let res: Result<(), serde_json::Error> = match r.kind {
        "Pod" => serde_json::from_value::<k8s_openapi::api::core::v1::Pod>(v.clone()).map(|_| ()),
        "ConfigMap" => {
            serde_json::from_value::<k8s_openapi::api::core::v1::ConfigMap>(v.clone()).map(|_| ())
        }
        "Secret" => {
            serde_json::from_value::<k8s_openapi::api::core::v1::Secret>(v.clone()).map(|_| ())
        }
        "Namespace" => {
            serde_json::from_value::<k8s_openapi::api::core::v1::Namespace>(v.clone()).map(|_| ())
        }
        "Node" => serde_json::from_value::<k8s_openapi::api::core::v1::Node>(v.clone()).map(|_| ()),
        "CronJob" => {
            serde_json::from_value::<k8s_openapi::api::batch::v1::CronJob>(v.clone()).map(|_| ())
        }
        "Job" => serde_json::from_value::<k8s_openapi::api::batch::v1::Job>(v.clone()).map(|_| ()),
        _ => Ok(()),
    };
    res.map_err(|e| {
        ApiError::bad_request(format!(
            "{} in version \"v1\" cannot be handled as a {}: {e}",
            r.kind, r.kind
        ))
    })
}

async fn resource(
    shared: Arc<Shared>,
    t: &Target,
    q: &Query,
    method: &Method,
    req: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
    let store = &shared.store;
    let r = t.res;
    let accept = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    match (method.as_str(), &t.name) {
        ("GET", Some(name)) => {
            let key = key_for(&r, t.ns.as_deref(), name);
            let s = store
                .get(&key)
                .await?
                .ok_or_else(|| ApiError::not_found(r.name, name))?;
            if wants_table(&accept) {
                let rv = s.rev.to_string();
                return Ok(json_response(200, &objects::table(r.name, &[s.obj], &rv)));
            }
            Ok(json_response(200, &with_type(&r, s.obj)))
        }
        ("GET", None) => {
            let ls = match q.get("labelSelector") {
                Some(s) if !s.is_empty() => {
                    Some(LabelSelector::parse(s).map_err(ApiError::bad_request)?)
                }
                _ => None,
            };
            let fs = match q.get("fieldSelector") {
                Some(s) if !s.is_empty() => {
                    Some(FieldSelector::parse(r.name, s).map_err(ApiError::bad_request)?)
                }
                _ => None,
            };
            let matches = move |o: &Value| {
                ls.as_ref().map(|l| l.matches(o)).unwrap_or(true)
                    && fs.as_ref().map(|f| f.matches(r.name, o)).unwrap_or(true)
            };
            let prefix = prefix_for(&r, t.ns.as_deref());
            if q.flag("watch") {
                return watch(shared.clone(), r, prefix, q.clone(), Box::new(matches)).await;
            }
            let (items, rev) = store.list(&prefix).await?;
            let items: Vec<Value> = items
                .into_iter()
                .map(|s| s.obj)
                .filter(|o| matches(o))
                .collect();
            if wants_table(&accept) {
                return Ok(json_response(
                    200,
                    &objects::table(r.name, &items, &rev.to_string()),
                ));
            }
            let items: Vec<Value> = items.into_iter().map(without_type).collect();
            Ok(json_response(
                200,
                &json!({"kind": format!("{}List", r.kind), "apiVersion": r.api_version(), "metadata": {"resourceVersion": rev.to_string()}, "items": items}),
            ))
        }
        ("POST", None) => create(&shared, t, q, req).await,
        ("PUT", Some(name)) => {
            let name = name.clone();
            let (body, _) = read_body(req).await?;
            update(&shared, t, &name, body, false).await
        }
        ("PATCH", Some(name)) => {
            let name = name.clone();
            let (patch, ct) = read_body(req).await?;
            patch_obj(&shared, t, &name, patch, &ct, false).await
        }
        ("DELETE", Some(name)) => {
            let name = name.clone();
            // propagationPolicy: a query parameter, or DeleteOptions in the body.
            let mut policy = q.get("propagationPolicy").map(String::from);
            if policy.is_none() {
                if let Ok((body, _)) = read_body(req).await {
                    policy = body
                        .get("propagationPolicy")
                        .and_then(|p| p.as_str())
                        .map(String::from);
                    if body.get("orphanDependents").and_then(|o| o.as_bool()) == Some(true) {
                        policy = Some("Orphan".into());
                    }
                }
            }
            let r = delete(&shared, t, &name).await;
            if let Ok(resp) = &r {
                let _ = resp;
                orphan_dependents(&shared, t, &name, policy.as_deref()).await?;
            }
            r
        }
        _ => Err(ApiError::method_not_allowed()),
    }
}

async fn ns_exists(shared: &Shared, ns: &str) -> Result<(), ApiError> {
    if shared
        .store
        .get(&format!("/registry/namespaces/{ns}"))
        .await?
        .is_none()
    {
        return Err(ApiError::not_found("namespaces", ns));
    }
    Ok(())
}

async fn create(
    shared: &Shared,
    t: &Target,
    q: &Query,
    req: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
    let r = t.res;
    let (mut obj, _) = read_body(req).await?;
    if !obj.is_object() {
        return Err(ApiError::bad_request(
            "the body of the request was not a JSON object",
        ));
    }
    if let Some(k) = obj.get("kind").and_then(|k| k.as_str()) {
        if k != r.kind {
            return Err(ApiError::bad_request(format!("the API version in the data (v1) does not match the expected API version (v1) or kind {k} does not match {}", r.kind)));
        }
    }
    typed_check(&r, &obj)?;
    let meta_ns = obj
        .pointer("/metadata/namespace")
        .and_then(|v| v.as_str())
        .map(String::from);
    if r.namespaced {
        if let (Some(a), Some(b)) = (&meta_ns, &t.ns) {
            if !a.is_empty() && a != b {
                return Err(ApiError::bad_request("the namespace of the provided object does not match the namespace sent on the request"));
            }
        }
    }
    if obj.get("metadata").map(|m| !m.is_object()).unwrap_or(true) {
        obj["metadata"] = json!({});
    }
    let mut name = obj
        .pointer("/metadata/name")
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_string();
    if name.is_empty() {
        if let Some(g) = obj
            .pointer("/metadata/generateName")
            .and_then(|v| v.as_str())
            .filter(|g| !g.is_empty())
        {
            name = objects::generate_name(g);
            obj["metadata"]["name"] = json!(name);
        }
    }
    // admission: the namespace must exist
    if r.namespaced {
        ns_exists(shared, t.ns.as_deref().unwrap_or("default")).await?;
    }
    // validation
    let mut errs: Vec<FieldError> = vec![];
    if name.is_empty() {
        errs.push(FieldError::required(
            "metadata.name",
            "name or generateName is required",
        ));
    } else if r.name == "namespaces" {
        errs.extend(objects::check_label("metadata.name", &name));
    } else {
        errs.extend(objects::check_subdomain("metadata.name", &name));
    }
    if r.name == "pods" {
        errs.extend(objects::validate_pod(&obj));
    }
    if r.group == "batch" {
        // The batch strategies default (and give a Job its selector from its uid) first.
        objects::new_metadata(&mut obj, t.ns.as_deref());
        obj["metadata"]["generation"] = json!(1);
        crate::batch::prepare_create(r.name, &mut obj);
        errs.extend(crate::batch::validate(r.name, &obj));
    }
    if r.name == "configmaps" || r.name == "secrets" {
        for field in ["data", "binaryData", "stringData"] {
            if let Some(m) = obj.get(field).and_then(|d| d.as_object()) {
                for k in m.keys() {
                    let ok = !k.is_empty()
                        && k.len() <= 253
                        && k.chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.');
                    if !ok {
                        errs.push(FieldError::invalid(format!("{field}[{k}]"), k, "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"));
                    }
                }
            }
        }
    }
    if !errs.is_empty() {
        return Err(invalid(&r, &name, errs));
    }
    // defaults and server-set fields
    if r.group != "batch" {
        objects::new_metadata(&mut obj, if r.namespaced { t.ns.as_deref() } else { None });
    }
    match r.name {
        "pods" => {
            obj["metadata"]["generation"] = json!(1);
            objects::default_pod_spec(&mut obj, false);
            let qos = objects::qos_class(&obj);
            obj["status"] = json!({"phase": "Pending", "qosClass": qos});
        }
        "namespaces" => {
            let labels = obj["metadata"]
                .as_object_mut()
                .unwrap()
                .entry("labels")
                .or_insert_with(|| json!({}));
            labels["kubernetes.io/metadata.name"] = json!(name);
            obj["spec"] = json!({"finalizers": ["kubernetes"]});
            obj["status"] = json!({"phase": "Active"});
        }
        "secrets" => {
            if obj.get("type").is_none() {
                obj["type"] = json!("Opaque");
            }
            if let Some(sd) = obj.as_object_mut().unwrap().shift_remove("stringData") {
                use base64::Engine;
                let data = obj
                    .as_object_mut()
                    .unwrap()
                    .entry("data")
                    .or_insert_with(|| json!({}));
                for (k, v) in sd.as_object().cloned().unwrap_or_default() {
                    data[k] =
                        json!(base64::engine::general_purpose::STANDARD
                            .encode(v.as_str().unwrap_or("")));
                }
            }
        }
        _ => {}
    }
    let obj = with_type(&r, obj);
    let key = key_for(&r, t.ns.as_deref(), &name);
    if q.get("dryRun").is_some() {
        if shared.store.get(&key).await?.is_some() {
            return Err(ApiError::already_exists(r.name, &name));
        }
        return Ok(json_response(201, &obj));
    }
    match shared.store.create(&key, &obj).await {
        Ok(created) => Ok(json_response(201, &created)),
        Err(StoreError::Exists) => Err(ApiError::already_exists(r.name, &name)),
        Err(e) => Err(e.into()),
    }
}

async fn update(
    shared: &Shared,
    t: &Target,
    name: &str,
    body: Value,
    status_only: bool,
) -> Result<Response<Body>, ApiError> {
    let r = t.res;
    typed_check(&r, &body)?;
    let key = key_for(&r, t.ns.as_deref(), name);
    let cur = shared
        .store
        .get(&key)
        .await?
        .ok_or_else(|| ApiError::not_found(r.name, name))?;
    if let Some(n) = body.pointer("/metadata/name").and_then(|v| v.as_str()) {
        if n != name {
            return Err(ApiError::bad_request(format!(
                "the name of the object ({n}) does not match the name on the URL ({name})"
            )));
        }
    }
    if let Some(rv) = body
        .pointer("/metadata/resourceVersion")
        .and_then(|v| v.as_str())
    {
        if !rv.is_empty() && rv != cur.rev.to_string() {
            return Err(ApiError::conflict(r.name, name));
        }
    }
    let mut obj = if status_only {
        let mut o = cur.obj.clone();
        o["status"] = body.get("status").cloned().unwrap_or(json!({}));
        o
    } else {
        let mut o = body.clone();
        for k in ["uid", "creationTimestamp", "namespace", "name"] {
            if let Some(v) = cur.obj.pointer(&format!("/metadata/{k}")) {
                o["metadata"][k] = v.clone();
            }
        }
        if r.name == "pods" || r.name == "nodes" || r.name == "namespaces" || r.group == "batch" {
            o["status"] = cur.obj.get("status").cloned().unwrap_or(json!({}));
        }
        o
    };
    if r.group == "batch" && !status_only {
        let mut errs = crate::batch::validate_update(r.name, &obj, &cur.obj);
        if r.name == "cronjobs" {
            // An update is defaulted as a create is (kubectl edit may drop defaulted fields).
            let mut o = obj.clone();
            crate::batch::prepare_create(r.name, &mut o);
            o["status"] = obj.get("status").cloned().unwrap_or(json!({}));
            obj = o;
            errs = crate::batch::validate_update(r.name, &obj, &cur.obj);
        }
        if !errs.is_empty() {
            return Err(invalid(&r, name, errs));
        }
        if obj.get("spec") != cur.obj.get("spec") {
            let g = cur
                .obj
                .pointer("/metadata/generation")
                .and_then(|g| g.as_i64())
                .unwrap_or(1);
            obj["metadata"]["generation"] = json!(g + 1);
        }
    }
    if r.name == "pods" && !status_only {
        let mut errs = objects::validate_pod(&obj);
        let mut new_spec = obj.get("spec").cloned().unwrap_or(json!({}));
        let mut probe = json!({"spec": new_spec.clone()});
        objects::default_pod_spec(
            &mut probe,
            cur.obj
                .pointer("/metadata/annotations/kubernetes.io~1config.mirror")
                .is_some(),
        );
        new_spec = probe["spec"].clone();
        obj["spec"] = new_spec.clone();
        let strip = |mut s: Value| {
            if let Some(cs) = s.get_mut("containers").and_then(|c| c.as_array_mut()) {
                for c in cs {
                    c.as_object_mut().map(|o| o.shift_remove("image"));
                }
            }
            if let Some(o) = s.as_object_mut() {
                o.shift_remove("activeDeadlineSeconds");
                o.shift_remove("tolerations");
            }
            s
        };
        if strip(new_spec) != strip(cur.obj.get("spec").cloned().unwrap_or(json!({}))) {
            errs.push(FieldError::invalid("spec", "", "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"));
            let e = errs.pop().unwrap();
            return Err(ApiError::invalid(
                r.kind,
                name,
                vec![FieldError {
                    reason: "FieldValueForbidden",
                    value: None,
                    detail: e.detail,
                    field: e.field,
                }],
            ));
        }
        if !errs.is_empty() {
            return Err(invalid(&r, name, errs));
        }
    }
    let obj2 = with_type(&r, std::mem::take(&mut obj));
    match shared.store.update(&key, &obj2, Some(cur.rev)).await {
        Ok(v) => Ok(json_response(200, &v)),
        Err(StoreError::Conflict) => Err(ApiError::conflict(r.name, name)),
        Err(StoreError::NotFound) => Err(ApiError::not_found(r.name, name)),
        Err(e) => Err(e.into()),
    }
}

async fn patch_obj(
    shared: &Shared,
    t: &Target,
    name: &str,
    patch: Value,
    ct: &str,
    status_only: bool,
) -> Result<Response<Body>, ApiError> {
    if !(ct.contains("merge-patch") || ct.contains("strategic-merge-patch")) {
        return Err(ApiError::unsupported_media(ct));
    }
    let key = key_for(&t.res, t.ns.as_deref(), name);
    let cur = shared
        .store
        .get(&key)
        .await?
        .ok_or_else(|| ApiError::not_found(t.res.name, name))?;
    let mut obj = cur.obj.clone();
    objects::merge_patch(&mut obj, &patch);
    obj["metadata"]["resourceVersion"] = json!(cur.rev.to_string());
    update(shared, t, name, obj, status_only).await
}

/// Deleting with propagationPolicy Orphan (a Job's default, for compatibility): the
/// dependents lose their ownerReference instead of being collected by the garbage collector
/// ([`crate::controllers`]). Background and Foreground leave them to it.
async fn orphan_dependents(
    shared: &Shared,
    t: &Target,
    _name: &str,
    policy: Option<&str>,
) -> Result<(), ApiError> {
    let orphan = match policy {
        Some(p) => p == "Orphan",
        None => t.res.name == "jobs",
    };
    if !orphan || t.res.group != "batch" {
        return Ok(());
    }
    let ns = t.ns.clone().unwrap_or_default();
    let Some(uid) = shared.recently_deleted_uid(&format!("{}/{ns}/{_name}", t.res.name)) else {
        return Ok(());
    };
    for key in ["pods", "jobs"] {
        let (items, _) = shared.store.list(&format!("/registry/{key}/{ns}/")).await?;
        for it in items {
            let refs = it
                .obj
                .pointer("/metadata/ownerReferences")
                .and_then(|o| o.as_array())
                .cloned()
                .unwrap_or_default();
            if !refs
                .iter()
                .any(|r| r.get("uid").and_then(|u| u.as_str()) == Some(uid.as_str()))
            {
                continue;
            }
            let mut o = it.obj.clone();
            let kept: Vec<Value> = refs
                .into_iter()
                .filter(|r| r.get("uid").and_then(|u| u.as_str()) != Some(uid.as_str()))
                .collect();
            o["metadata"]["ownerReferences"] = json!(kept);
            let name = o
                .pointer("/metadata/name")
                .and_then(|n| n.as_str())
                .unwrap_or("")
                .to_string();
            let _ = shared
                .store
                .update(&format!("/registry/{key}/{ns}/{name}"), &o, Some(it.rev))
                .await;
        }
    }
    Ok(())
}

async fn delete(shared: &Shared, t: &Target, name: &str) -> Result<Response<Body>, ApiError> {
    let r = t.res;
    let key = key_for(&r, t.ns.as_deref(), name);
    if r.name == "namespaces" {
        if ["default", "kube-system", "kube-public"].contains(&name) {
            return Err(ApiError {
                code: 403,
                reason: "Forbidden",
                message: format!(
                    "namespaces \"{name}\" is forbidden: this namespace may not be deleted"
                ),
                details: Some(json!({"name": name, "kind": "namespaces"})),
            });
        }
        let cur = shared
            .store
            .get(&key)
            .await?
            .ok_or_else(|| ApiError::not_found(r.name, name))?;
        for rr in all_resources().filter(|x| x.namespaced) {
            shared
                .store
                .delete_prefix(&format!("/registry/{}/{}/", rr.key, name))
                .await?;
        }
        shared.store.delete(&key).await?;
        let mut o = cur.obj;
        o["metadata"]["deletionTimestamp"] = json!(crate::util::now_rfc3339());
        o["status"] = json!({"phase": "Terminating"});
        return Ok(json_response(200, &with_type(&r, o)));
    }
    let prev = shared
        .store
        .delete(&key)
        .await?
        .ok_or_else(|| ApiError::not_found(r.name, name))?;
    if let Some(uid) = prev.pointer("/metadata/uid").and_then(|u| u.as_str()) {
        shared.remember_deleted_uid(
            &format!("{}/{}/{name}", r.name, t.ns.as_deref().unwrap_or("")),
            uid,
        );
    }
    if r.name == "pods" {
        let mut o = prev;
        o["metadata"]["deletionTimestamp"] = json!(crate::util::now_rfc3339());
        o["metadata"]["deletionGracePeriodSeconds"] = json!(0);
        return Ok(json_response(200, &with_type(&r, o)));
    }
    let uid = prev.pointer("/metadata/uid").cloned().unwrap_or(json!(""));
    Ok(json_response(
        200,
        &json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "details": {"name": name, "kind": r.name, "uid": uid}}),
    ))
}

async fn status_sub(
    shared: &Shared,
    t: &Target,
    method: &Method,
    req: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
    let name = t.name.clone().ok_or_else(ApiError::not_found_path)?;
    match method.as_str() {
        "GET" => {
            let s = shared
                .store
                .get(&key_for(&t.res, t.ns.as_deref(), &name))
                .await?
                .ok_or_else(|| ApiError::not_found(t.res.name, &name))?;
            Ok(json_response(200, &with_type(&t.res, s.obj)))
        }
        "PUT" => {
            let (body, _) = read_body(req).await?;
            update(shared, t, &name, body, true).await
        }
        "PATCH" => {
            let (p, ct) = read_body(req).await?;
            patch_obj(shared, t, &name, p, &ct, true).await
        }
        _ => Err(ApiError::method_not_allowed()),
    }
}

async fn pod_log(shared: &Shared, t: &Target, q: &Query) -> Result<Response<Body>, ApiError> {
    let name = t.name.clone().unwrap_or_default();
    let ns = t.ns.clone().unwrap_or_default();
    let pod = shared
        .store
        .get(&key_for(&t.res, Some(&ns), &name))
        .await?
        .ok_or_else(|| ApiError::not_found("pods", &name))?;
    let containers: Vec<String> = pod
        .obj
        .pointer("/spec/containers")
        .and_then(|c| c.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|c| c.get("name").and_then(|n| n.as_str()).map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let c = match q.get("container") {
        Some(c) => c.to_string(),
        None if containers.len() == 1 => containers[0].clone(),
        None => {
            return Err(ApiError::bad_request(format!(
                "a container name must be specified for pod {name}, choose one of: [{}]",
                containers.join(" ")
            )))
        }
    };
    let Some(h) = shared.pod_handle(&ns, &name) else {
        return Err(ApiError::bad_request(format!(
            "container \"{c}\" in pod \"{name}\" is waiting to start: ContainerCreating"
        )));
    };
    let dir = h.log_dir.join(&c);
    let mut files: Vec<(u64, std::path::PathBuf)> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| {
                    let n = e
                        .file_name()
                        .to_string_lossy()
                        .trim_end_matches(".log")
                        .parse::<u64>()
                        .ok()?;
                    Some((n, e.path()))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let idx = if q.flag("previous") {
        files.len().checked_sub(2)
    } else {
        files.len().checked_sub(1)
    };
    let data = idx
        .and_then(|i| std::fs::read(&files[i].1).ok())
        .unwrap_or_default();
    Ok(Response::builder()
        .status(200)
        .header(header::CONTENT_TYPE, "text/plain")
        .body(full(data))
        .unwrap())
}

/// The watch cache's own watch on etcd: follows the store's revision (as kubeadm's
/// `--watch-progress-notify-interval` keeps it informed) so that it notices when the
/// revision goes backwards.
pub async fn follow_revision(shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    let store = shared.store.with_timeout(Duration::from_millis(1500));
    loop {
        if *stop.borrow() {
            return;
        }
        if let Ok(rev) = store.revision().await {
            shared.api_cache.observe(rev);
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(200)) => {}
            _ = stop.changed() => {}
        }
    }
}

/// The body of a watch: one JSON event per line. While the watch cache is stuck (see
/// [`crate::freshness`]) nothing at or below its old high-water mark reaches a watcher.
async fn watch(
    shared: Arc<Shared>,
    r: Res,
    prefix: String,
    q: Query,
    matches: Box<dyn Fn(&Value) -> bool + Send + Sync>,
) -> Result<Response<Body>, ApiError> {
    let store = shared.store.clone();
    let rv = q.get("resourceVersion").unwrap_or("").to_string();
    let mut initial = vec![];
    let start: i64 = if rv.is_empty() || rv == "0" || q.flag("sendInitialEvents") {
        let (items, rev) = store.list(&prefix).await?;
        for s in items {
            if matches(&s.obj) {
                initial.push(json!({"type": "ADDED", "object": with_type(&r, s.obj)}));
            }
        }
        rev + 1
    } else {
        rv.parse::<i64>()
            .map_err(|_| ApiError::bad_request(format!("invalid resource version: {rv}")))?
            + 1
    };
    let mut rx = store.watch(&prefix, start).await?;
    let timeout = q
        .get("timeoutSeconds")
        .and_then(|t| t.parse::<u64>().ok())
        .unwrap_or(1800);
    let (tx, brx) = tokio::sync::mpsc::channel::<Bytes>(64);
    tokio::spawn(async move {
        let line = |v: Value| {
            let mut b = crate::go_json::to_vec(&v);
            b.push(b'\n');
            Bytes::from(b)
        };
        for ev in initial {
            if tx.send(line(ev)).await.is_err() {
                return;
            }
        }
        let deadline = tokio::time::sleep(Duration::from_secs(timeout));
        tokio::pin!(deadline);
        loop {
            let ch = tokio::select! {
                c = rx.recv() => match c { Some(c) => c, None => return },
                _ = &mut deadline => return,
                _ = tx.closed() => return,
            };
            let rev = match &ch {
                Change::Put { rev, .. } | Change::Delete { rev, .. } => *rev,
            };
            if shared.api_cache.stuck().is_some_and(|until| rev <= until) {
                continue;
            }
            let ev = match ch {
                Change::Put { obj, prev, .. } => {
                    let now = matches(&obj);
                    let before = prev.as_ref().map(&matches).unwrap_or(false);
                    match (before, now) {
                        (true, true) => Some(("MODIFIED", obj)),
                        (false, true) => Some(("ADDED", obj)),
                        (true, false) => Some(("DELETED", obj)),
                        _ => None,
                    }
                }
                Change::Delete { rev, prev, .. } => prev.filter(|p| matches(p)).map(|mut p| {
                    crate::store::set_rv(&mut p, rev);
                    ("DELETED", p)
                }),
            };
            if let Some((ty, obj)) = ev {
                if tx
                    .send(line(json!({"type": ty, "object": with_type(&r, obj)})))
                    .await
                    .is_err()
                {
                    return;
                }
            }
        }
    });
    let stream = futures_util::stream::unfold(brx, |mut rx| async move {
        rx.recv()
            .await
            .map(|b| (Ok::<_, std::io::Error>(Frame::data(b)), rx))
    });
    Ok(Response::builder()
        .status(200)
        .header(header::CONTENT_TYPE, "application/json")
        .header("Transfer-Encoding", "chunked")
        .body(BodyExt::boxed(StreamBody::new(stream)))
        .unwrap())
}

/// exec and portforward: checks, then the WebSocket (or SPDY) upgrade.
async fn connect(
    shared: Arc<Shared>,
    t: Target,
    q: Query,
    req: Request<Incoming>,
) -> Response<Body> {
    let name = t.name.clone().unwrap_or_default();
    let ns = t.ns.clone().unwrap_or_default();
    let pod = match shared.store.get(&key_for(&t.res, Some(&ns), &name)).await {
        Ok(Some(p)) => p.obj,
        Ok(None) => return error_response(&ApiError::not_found("pods", &name)),
        Err(e) => return error_response(&e.into()),
    };
    let node_name = pod
        .pointer("/spec/nodeName")
        .and_then(|v| v.as_str())
        .unwrap_or("");
    if node_name.is_empty() {
        return error_response(&ApiError::bad_request(format!(
            "pod {name} does not have a host assigned"
        )));
    }
    let Some(node) = shared.node_by_name(node_name).cloned() else {
        return error_response(&ApiError::internal(format!(
            "error dialing backend: dial tcp: lookup {node_name}: no such host"
        )));
    };
    let sub = t.sub.as_deref().unwrap_or("");
    if sub == "exec" {
        let phase = pod
            .pointer("/status/phase")
            .and_then(|v| v.as_str())
            .unwrap_or("");
        if phase == "Succeeded" || phase == "Failed" {
            return error_response(&ApiError::bad_request(format!(
                "cannot exec into a container in a completed pod; current phase is {phase}"
            )));
        }
        let containers: Vec<String> = pod
            .pointer("/spec/containers")
            .and_then(|c| c.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|c| c.get("name").and_then(|n| n.as_str()).map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let cname = match q.get("container") {
            Some(c) if !c.is_empty() => c.to_string(),
            _ if containers.len() == 1 => containers[0].clone(),
            _ => {
                return error_response(&ApiError::bad_request(format!(
                    "a container name must be specified for pod {name}, choose one of: [{}]",
                    containers.join(" ")
                )))
            }
        };
        if !containers.contains(&cname) {
            return error_response(&ApiError::bad_request(format!(
                "container {cname} is not valid for pod {name}"
            )));
        }
        let command = q.all("command");
        if command.is_empty() {
            return error_response(&ApiError::bad_request(
                "you must specify at least 1 command",
            ));
        }
        let handle = shared.pod_handle(&ns, &name);
        let target = handle
            .as_ref()
            .and_then(|h| {
                h.containers
                    .lock()
                    .unwrap()
                    .iter()
                    .find(|c| c.name == cname)
                    .cloned()
            })
            .filter(|c| c.pid.is_some());
        let Some(target) = target else {
            return error_response(&ApiError::bad_request(format!(
                "unable to upgrade connection: container not found (\"{cname}\")"
            )));
        };
        return ws::exec_upgrade(req, shared, q, target, &node.name);
    }
    // portforward
    let mut ports: Vec<u16> = vec![];
    for p in q.all("ports") {
        for x in p.split(',').filter(|x| !x.is_empty()) {
            match x.trim().parse::<u16>() {
                Ok(v) if v > 0 => ports.push(v),
                _ => return error_response(&ApiError::bad_request(format!("invalid port: {x}"))),
            }
        }
    }
    let Some(handle) = shared.pod_handle(&ns, &name) else {
        return error_response(&ApiError::bad_request(
            "unable to upgrade connection: pod does not exist",
        ));
    };
    let target = ws::PfTarget {
        node: node.name.clone(),
        node_ip: node.ip,
        pod_name: name.clone(),
        sandbox_id: handle.sandbox_id.clone(),
        uid: String::new(),
    };
    let is_spdy = req
        .headers()
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.to_ascii_lowercase().starts_with("spdy/"))
        .unwrap_or(false);
    if is_spdy {
        return spdy::spdy_upgrade(req, shared, target);
    }
    if ports.is_empty() && !ws::offers(&req, spdy::TUNNEL_PROTOCOL) {
        return error_response(&ApiError::bad_request(
            "query parameter \"port\" is required",
        ));
    }
    ws::portforward_upgrade(req, shared, ports, target)
}
