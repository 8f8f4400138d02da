//! `version`: the plugin's version and, with endpoints, each server's.

use anyhow::Result;

use super::{emit, Ctx};
use crate::exit::Code;

pub async fn run(ctx: &Ctx) -> Result<Code> {
    let commit = option_env!("KUBECTL_ETCD_GIT_COMMIT").unwrap_or("unknown");
    emit(format!(
        "kubectl-etcd version: {} (commit {commit})\nAPI version: 3\n",
        env!("CARGO_PKG_VERSION")
    ))?;
    if ctx.global.endpoints.is_empty() {
        return Ok(Code::Success);
    }
    let target = ctx.target().await?;
    for ep in &target.endpoints {
        match super::endpoint::endpoint_status(&target, ep).await {
            Ok(s) => emit(format!("etcd server {ep}: {}\n", s.version))?,
            Err(e) => eprintln!("etcd server {ep}: unknown ({e:#})"),
        }
    }
    Ok(Code::Success)
}
