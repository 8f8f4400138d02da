//! kubectl-etcd: operate the etcd behind a Kubernetes cluster.
//!
//! `main` only parses, runs the command and turns its error into an exit code and a
//! message that says what failed, why, and what to do next.

mod allocator;
mod cli;
mod cli_backup;
mod cluster;
mod cmd;
mod completion;
mod confirm;
mod decode;
mod etcd;
mod exit;
mod interrupt;
mod manifest;
mod output;
mod recover;
mod resources;
mod snapshot;
mod storage;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // kubectl runs `kubectl_complete-etcd WORDS…` for `kubectl etcd <TAB>` (a link to us).
    let args: Vec<String> = std::env::args().collect();
    let invoked_as = args
        .first()
        .and_then(|a| a.rsplit(['/', '\\']).next())
        .map(|a| a.strip_suffix(".exe").unwrap_or(a))
        .unwrap_or_default();
    if invoked_as == "kubectl_complete-etcd"
        || args.get(1).map(String::as_str) == Some("__complete")
    {
        let skip = if invoked_as == "kubectl_complete-etcd" {
            1
        } else {
            2
        };
        print!(
            "{}",
            completion::complete(
                <cli::Cli as clap::CommandFactory>::command(),
                &args[skip.min(args.len())..],
                cmd::complete::resolve,
            )
        );
        return ExitCode::SUCCESS;
    }
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // etcdctl exits 128 on bad arguments; help and version are not errors.
            return if e.use_stderr() {
                exit::Code::BadArgs.into()
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("Error: cannot start the async runtime: {e}");
            return exit::Code::Error.into();
        }
    };
    match runtime.block_on(async {
        interrupt::listen();
        cmd::run(cli).await
    }) {
        Ok(code) => code.into(),
        Err(err) => {
            report(&err);
            exit::code_for(&err).into()
        }
    }
}

/// `Error: <what failed>`, one `caused by:` line per cause, then a `hint:` with the next step.
fn report(err: &anyhow::Error) {
    let mut chain = err.chain();
    if let Some(top) = chain.next() {
        eprintln!("Error: {top}");
    }
    for cause in chain {
        eprintln!("  caused by: {cause}");
    }
    if let Some(hint) = exit::hint_for(err) {
        eprintln!("hint: {hint}");
    }
}
