//! Exit codes (etcdctl's, from pkg/cobrautl/error.go, plus 130 for Ctrl-C) and the
//! mapping from errors to codes and next-step hints.

use std::process::ExitCode;

use crate::etcd::endpoint::EndpointError;
use crate::etcd::tls::TlsError;
use crate::etcd::ConnectError;
use crate::output::Unsupported;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Success = 0,
    /// A request failed or a check found a problem.
    Error = 1,
    /// No connection could be made.
    BadConnection = 2,
    InvalidInput = 3,
    /// An output format the command does not support.
    BadFeature = 4,
    /// etcdctl's code for a failed snapshot save.
    SnapshotFailed = 5,
    Io = 6,
    /// Interrupted by Ctrl-C (128 + SIGINT, as a shell reports it).
    Interrupted = 130,
    BadArgs = 128,
}

impl From<Code> for ExitCode {
    fn from(c: Code) -> Self {
        ExitCode::from(c as u8)
    }
}

/// An error that carries its own exit code and next step.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Failure {
    pub code: Code,
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            hint: None,
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// The exit code for an error: the first cause in the chain that knows its code decides.
pub fn code_for(err: &anyhow::Error) -> Code {
    // `downcast_ref` also finds a Failure attached with `.context(…)`, which `chain()` hides.
    if let Some(f) = err.downcast_ref::<Failure>() {
        return f.code;
    }
    for cause in err.chain() {
        if let Some(f) = cause.downcast_ref::<Failure>() {
            return f.code;
        }
        if cause.is::<ConnectError>() || cause.is::<TlsError>() {
            return Code::BadConnection;
        }
        if cause.is::<EndpointError>() {
            return Code::BadArgs;
        }
        if cause.is::<Unsupported>() {
            return Code::BadFeature;
        }
    }
    Code::Error
}

/// The next step for the user, if any cause in the chain suggests one.
pub fn hint_for(err: &anyhow::Error) -> Option<String> {
    if let Some(hint) = err.downcast_ref::<Failure>().and_then(|f| f.hint.clone()) {
        return Some(hint);
    }
    err.chain().find_map(|cause| {
        if let Some(f) = cause.downcast_ref::<Failure>() {
            return f.hint.clone();
        }
        if let Some(o) = cause.downcast_ref::<crate::snapshot::open::OpenError>() {
            use crate::snapshot::open::OpenError as O;
            return Some(match o {
                O::Missing(_) | O::Directory(_) => "check the path of the snapshot file".into(),
                O::Empty(_) => "take a new snapshot with `kubectl etcd snapshot save`".into(),
                O::Io { .. } => "check that you may read the file".into(),
            });
        }
        if let Some(c) = cause.downcast_ref::<ConnectError>() {
            return Some(c.hint().to_string());
        }
        if let Some(t) = cause.downcast_ref::<TlsError>() {
            return match t {
                TlsError::KeyMismatch { .. } => Some("--cert and --key must be the two halves of one key pair (e.g. apiserver-etcd-client.crt with apiserver-etcd-client.key)".into()),
                _ => None,
            };
        }
        if let Some(r) = cause.downcast_ref::<crate::etcd::RequestError>() {
            return match r {
                crate::etcd::RequestError::Timeout(_) => Some("etcd may be overloaded or without quorum: check `kubectl etcd endpoint status`, or raise --command-timeout".into()),
                crate::etcd::RequestError::Server(m) if m.contains("compacted") => Some("that revision was compacted away; read a newer --rev, or an older snapshot with `get --snapshot`".into()),
                crate::etcd::RequestError::Server(m) if m.contains("future revision") => Some("--rev is newer than the store; omit --rev for the latest".into()),
                _ => None,
            };
        }
        None
    })
}
