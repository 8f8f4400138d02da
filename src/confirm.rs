//! Confirmation before writes to a live etcd: asked on a terminal unless `--yes`.
//! Without a terminal we proceed, so etcdctl scripts keep working unchanged.

use std::io::{BufRead, IsTerminal, Write};

use crate::exit::{Code, Failure};

pub fn confirm(question: &str, yes: bool) -> anyhow::Result<()> {
    if yes || !std::io::stdin().is_terminal() {
        return Ok(());
    }
    let mut err = std::io::stderr().lock();
    write!(err, "{question} [y/N] ")?;
    err.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    match answer.trim() {
        "y" | "Y" | "yes" | "YES" | "Yes" => Ok(()),
        _ => Err(Failure::new(Code::Error, "aborted: not confirmed")
            .hint("pass --yes to skip this question")
            .into()),
    }
}
