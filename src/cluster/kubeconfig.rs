//! A Kubernetes client from kubectl's flags: `--kubeconfig` (only that file), else the
//! `KUBECONFIG` list (first file to set a value wins), else `~/.kube/config`; `--context`,
//! `--cluster`, `--user` override the current context's choices.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use kube::config::{KubeConfigOptions, Kubeconfig};

#[derive(Debug, Clone, Default)]
pub struct KubeOptions {
    pub kubeconfig: Option<PathBuf>,
    pub context: Option<String>,
    pub cluster: Option<String>,
    pub user: Option<String>,
    /// How long each API request may wait for the server's answer (None: forever).
    pub request_timeout: Option<Duration>,
}

/// The limit when `--request-timeout` is not given. kubectl's default is none, but it notices a
/// dead connection by HTTP/2 pings; kube's client has neither, so a restore whose API server
/// went away mid-request would wait forever. A minute is more than any ordinary request takes.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// The kubeconfig kubectl would use: `--kubeconfig`, else `KUBECONFIG` (a list, merged), else
/// `~/.kube/config`.
pub fn read(opts: &KubeOptions) -> Result<Kubeconfig> {
    Ok(match &opts.kubeconfig {
        Some(path) => Kubeconfig::read_from(path)
            .with_context(|| format!("cannot read --kubeconfig {}", path.display()))?,
        None => Kubeconfig::read()
            .context("cannot read the kubeconfig (KUBECONFIG or ~/.kube/config)")?,
    })
}

pub async fn client(opts: &KubeOptions) -> Result<kube::Client> {
    let kubeconfig = read(opts)?;
    let options = KubeConfigOptions {
        context: opts.context.clone(),
        cluster: opts.cluster.clone(),
        user: opts.user.clone(),
    };
    let mut config = kube::Config::from_custom_kubeconfig(kubeconfig, &options)
        .await
        .context("the kubeconfig does not describe a usable cluster and user")?;
    let Some(limit) = opts.request_timeout else {
        return kube::Client::try_from(config)
            .context("cannot build a Kubernetes client from the kubeconfig");
    };
    config.connect_timeout = Some(config.connect_timeout.map_or(limit, |c| c.min(limit)));
    let builder = kube::client::ClientBuilder::try_from(config)
        .context("cannot build a Kubernetes client from the kubeconfig")?;
    // Until the response's headers: a watch, an exec or a port-forward answers at once and
    // then streams for as long as it needs.
    Ok(builder
        .with_layer(&tower::timeout::TimeoutLayer::new(limit))
        .build())
}

/// kubectl's `--request-timeout`: `0` = none, a bare number = seconds, or a Go duration.
pub fn parse_request_timeout(s: &str) -> Result<Option<Duration>, String> {
    if s == "0" {
        return Ok(None);
    }
    if let Ok(secs) = s.parse::<u64>() {
        return Ok(Some(Duration::from_secs(secs)));
    }
    humantime::parse_duration(s)
        .map(Some)
        .map_err(|e| format!("{e} (examples: 0, 30, 30s, 1m)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_timeout_like_kubectl() {
        assert_eq!(parse_request_timeout("0"), Ok(None));
        assert_eq!(parse_request_timeout("5"), Ok(Some(Duration::from_secs(5))));
        assert_eq!(
            parse_request_timeout("1m"),
            Ok(Some(Duration::from_secs(60)))
        );
        assert!(parse_request_timeout("soon").is_err());
    }
}
