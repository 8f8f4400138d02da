//! Everything that turns results into text: etcdctl's `simple`, `json` and `table` formats.
//!
//! Commands build the plain data types of [`model`]; the functions here render them. Only
//! `json` is promised stable for scripts (it is etcdctl's JSON, field for field).

pub mod diff;
pub mod fields;
pub mod human_duration;
pub mod model;
pub mod objects;
pub mod progress;
pub mod render;
pub mod table;
pub mod units;
pub mod yaml;

pub mod gojson;
pub mod goyaml;

/// The format of a command's own document: etcdctl's `-w`, or `-o json|yaml` mapped onto it
/// for commands without Kubernetes objects (see `cmd::Ctx::format`).
pub use crate::cli::OutputFormat as Format;

use std::io::{self, Write};

/// Writes a rendered document to stdout; a closed pipe (`| head`) is not an error.
pub fn emit(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// A format a command cannot print (etcdctl exits 4 for these).
#[derive(Debug, thiserror::Error)]
#[error("{format:?} output is not supported by `{command}`; use {supported}")]
pub struct Unsupported {
    pub format: Format,
    pub command: &'static str,
    pub supported: &'static str,
}
