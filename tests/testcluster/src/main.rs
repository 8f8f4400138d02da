//! `kubectl-etcd-testcluster up --kubeconfig FILE [--nodes 1|3] [--etcd-bin DIR] [--dir DIR]`

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use kubectl_etcd_testcluster::{Cluster, EtcdVersion, Options};

#[derive(Parser)]
#[command(
    name = "kubectl-etcd-testcluster",
    about = "A local test control plane with real etcd static pods"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Start a cluster, write FILE once the etcd pods are Running, run until SIGINT/SIGTERM.
    Up {
        /// Where to write the admin kubeconfig.
        #[arg(long)]
        kubeconfig: PathBuf,
        /// 1, or 3 control-plane nodes (3-member etcd cluster).
        #[arg(long, default_value_t = 1)]
        nodes: usize,
        /// Directory with the etcd binaries to run (their version picks the image tag).
        #[arg(long, env = "KUBECTL_ETCD_TEST_ETCD_BIN")]
        etcd_bin: Option<PathBuf>,
        /// etcd version to run when --etcd-bin is not given: 3.4 or 3.5.
        #[arg(long, default_value = "3.5")]
        etcd_version: String,
        /// Working directory (node roots); a temporary one, removed at exit, if not given.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Run etcd on kubeadm's ports 2379/2380/2381 as on a real node (one node only), so
        /// `kubectl -n kube-system port-forward pod/etcd-cp-0 12379:2379` works as documented.
        #[arg(long)]
        kubeadm_ports: bool,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Up {
            kubeconfig,
            nodes,
            etcd_bin,
            etcd_version,
            dir,
            kubeadm_ports,
        } => {
            let mut version = if etcd_version.starts_with("3.4") || etcd_version.starts_with("v3.4")
            {
                EtcdVersion::V34
            } else {
                EtcdVersion::V35
            };
            if let Some(b) = &etcd_bin {
                let v = kubectl_etcd_testcluster::cluster::etcd_binary_version(b)?;
                version = if v.starts_with("3.4.") {
                    EtcdVersion::V34
                } else {
                    EtcdVersion::V35
                };
            }
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()?;
            rt.block_on(async move {
                let opts = Options {
                    nodes,
                    etcd_version: version,
                    etcd_bin,
                    dir,
                    kubeadm_ports,
                    ..Default::default()
                };
                let cluster = tokio::spawn(Cluster::start(opts)).await??;
                let src = std::fs::read(cluster_kubeconfig(&cluster))?;
                if let Some(p) = kubeconfig.parent() {
                    if !p.as_os_str().is_empty() {
                        std::fs::create_dir_all(p)?;
                    }
                }
                std::fs::write(&kubeconfig, src)
                    .with_context(|| format!("writing {}", kubeconfig.display()))?;
                let abs = kubeconfig.canonicalize()?;
                println!("export KUBECONFIG={}", abs.display());
                eprintln!(
                    "control plane ready at {} ({} node(s)); Ctrl-C to stop",
                    cluster.api_url(),
                    nodes
                );
                let mut term =
                    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
                eprintln!("stopping...");
                cluster.stop().await;
                let _ = std::fs::remove_file(&kubeconfig);
                anyhow::Ok(())
            })
        }
    }
}

fn cluster_kubeconfig(c: &Cluster) -> PathBuf {
    c.kubeconfig_path().to_path_buf()
}
