//! One module per command group; each `run` resolves its inputs, calls `etcd` or
//! `snapshot`, and hands plain data to `output`. Find a command's code by its name here.

mod alarm;
mod compaction;
mod defrag;
mod del;
mod endpoint;
mod get;
mod member;
mod put;
mod snapshot;
mod version;
mod watch;

use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::{Cli, Command, GlobalArgs};
use crate::etcd::tls::{Source, TlsMaterial};
use crate::etcd::Target;
use crate::exit::{Code, Failure};
use crate::output::Format;

pub async fn run(cli: Cli) -> Result<Code> {
    let ctx = Ctx { global: cli.global };
    match cli.command {
        Command::Get(args) => get::run(&ctx, args).await,
        Command::Put(args) => put::run(&ctx, args).await,
        Command::Del(args) => del::run(&ctx, args).await,
        Command::Watch(args) => watch::run(&ctx, args).await,
        Command::Endpoint(cmd) => endpoint::run(&ctx, cmd).await,
        Command::Member(cmd) => member::run(&ctx, cmd).await,
        Command::Defrag(args) => defrag::run(&ctx, args).await,
        Command::Alarm(cmd) => alarm::run(&ctx, cmd).await,
        Command::Compaction(args) => compaction::run(&ctx, args).await,
        Command::Snapshot(cmd) => snapshot::run(&ctx, cmd).await,
        Command::Version => version::run(&ctx).await,
        Command::Completion { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cmd, "kubectl-etcd", &mut out);
            emit(out)?;
            Ok(Code::Success)
        }
    }
}

/// What every command may need: the global flags, resolved lazily.
pub struct Ctx {
    pub global: GlobalArgs,
}

impl Ctx {
    pub fn format(&self) -> Format {
        self.global.write_out
    }

    /// The etcd to talk to. Only direct mode (`--endpoints`) exists so far.
    pub fn target(&self) -> Result<Target> {
        let g = &self.global;
        if g.endpoints.iter().all(|e| e.trim().is_empty()) {
            return Err(Failure::new(Code::BadArgs, "no etcd endpoint given")
                .hint("pass --endpoints https://HOST:2379 with --cacert, --cert and --key (or set ETCDCTL_ENDPOINTS)")
                .into());
        }
        let material = TlsMaterial {
            ca: read_pem("--cacert", g.cacert.as_deref())?,
            cert: read_pem("--cert", g.cert.as_deref())?,
            key: read_pem("--key", g.key.as_deref())?,
            insecure_skip_verify: g.insecure_skip_tls_verify,
        };
        Target::new(&g.endpoints, &material, g.dial_timeout, g.command_timeout)
            .context("invalid connection settings")
    }
}

/// Reads a PEM file named by a flag into memory.
fn read_pem(flag: &str, path: Option<&Path>) -> Result<Option<Source>> {
    let Some(path) = path else { return Ok(None) };
    if path.as_os_str().is_empty() {
        return Err(Failure::new(
            Code::BadArgs,
            format!("empty string is passed to {flag} option"),
        )
        .into());
    }
    let pem = std::fs::read(path).map_err(|e| {
        Failure::new(Code::BadConnection, format!("cannot read {flag} {}: {e}", path.display())).hint(
            "check the path and that you may read it (kubeadm keeps etcd's certificates in /etc/kubernetes/pki/etcd/, readable by root only)",
        )
    })?;
    Ok(Some(Source {
        origin: format!("{flag} {}", path.display()),
        pem,
    }))
}

/// Writes a JSON document followed by a newline.
pub fn emit_json<T: serde::Serialize>(value: &T) -> Result<()> {
    let mut bytes = serde_json::to_vec(value)?;
    bytes.push(b'\n');
    crate::output::emit(&bytes)?;
    Ok(())
}

pub fn emit(bytes: impl AsRef<[u8]>) -> Result<()> {
    crate::output::emit(bytes.as_ref())?;
    Ok(())
}

/// `--table` for commands without a table, as etcdctl refuses it (exit 4).
pub fn unsupported(ctx: &Ctx, command: &'static str, supported: &'static str) -> anyhow::Error {
    crate::output::Unsupported {
        format: ctx.format(),
        command,
        supported,
    }
    .into()
}
