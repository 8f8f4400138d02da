//! `version`: the plugin's version and commit, and each etcd server's when one is reachable
//! (`--endpoints`, or the cluster in the kubeconfig).

use anyhow::Result;

use super::{emit, Ctx};
use crate::exit::Code;

pub async fn run(ctx: &Ctx) -> Result<Code> {
    let commit = option_env!("KUBECTL_ETCD_GIT_COMMIT").unwrap_or("unknown");
    emit(format!(
        "kubectl-etcd version: {} (commit {commit})\nAPI version: 3\n",
        env!("CARGO_PKG_VERSION")
    ))?;
    // Without a reachable etcd the plugin's own version is still the answer.
    let plan = match ctx.plan().await {
        Ok(plan) => plan,
        Err(e) => {
            eprintln!("(no etcd server versions: {e:#})");
            return Ok(Code::Success);
        }
    };
    for ep in &plan.target.endpoints {
        match super::endpoint::endpoint_status(&plan.target, ep).await {
            Ok(s) => emit(format!("etcd server {ep}: {}\n", s.version))?,
            Err(e) => eprintln!("etcd server {ep}: unknown ({e:#})"),
        }
    }
    Ok(Code::Success)
}
