//! Running kubectl-etcd, etcdctl and kubectl against the project's test control plane.

use std::path::PathBuf;

use kubectl_etcd_testcluster::{EtcdVersion, Options, TestCluster};

use super::run::{clean, ours_path, run, Out};

pub fn start(nodes: usize, v: EtcdVersion) -> TestCluster {
    super::hang_guard::arm();
    TestCluster::start(Options {
        nodes,
        etcd_version: v,
        ..Default::default()
    })
    .expect("test control plane")
}

/// kubectl-etcd with only a kubeconfig.
pub fn ours(tc: &TestCluster, args: &[&str]) -> Out {
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
        .args(args);
    run(cmd, None)
}

/// `--cacert/--cert/--key` for node `i`'s etcd (its CA and healthcheck client pair).
pub fn cert_args(tc: &TestCluster, i: usize) -> Vec<String> {
    let pki = tc.etcd_pki(i);
    vec![
        format!("--cacert={}", pki.join("ca.crt").display()),
        format!("--cert={}", pki.join("healthcheck-client.crt").display()),
        format!("--key={}", pki.join("healthcheck-client.key").display()),
    ]
}

/// etcdctl straight at node `i`'s etcd with that node's certificates (what a user would do
/// over ssh on the control plane).
pub fn etcdctl(tc: &TestCluster, i: usize, args: &[&str]) -> Out {
    etcdctl_with_stdin(tc, i, args, None)
}

/// [`etcdctl`], with `stdin` (e.g. a value for `put KEY`).
pub fn etcdctl_with_stdin(tc: &TestCluster, i: usize, args: &[&str], stdin: Option<&[u8]>) -> Out {
    let bin = match tc.etcd_version() {
        EtcdVersion::V34 => PathBuf::from("/usr/bin/etcdctl"),
        _ => std::env::var_os("KUBECTL_ETCD_TEST_ETCD35")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("/opt/kubectl-etcd-test/etcd-3.5/usr/bin"))
            .join("etcdctl"),
    };
    let mut cmd = clean(bin);
    cmd.arg(format!("--endpoints={}", tc.etcd_client_endpoint(i)))
        .args(cert_args(tc, i))
        .arg("--command-timeout=3s")
        .args(args);
    run(cmd, stdin)
}

/// The real kubectl against the control plane, bounded like every command ([`run`]) and each
/// of its requests by `--request-timeout` (tests poll with it while the API restarts).
pub fn kubectl(tc: &TestCluster, args: &[&str], stdin: Option<&[u8]>) -> Out {
    let mut cmd = clean("kubectl");
    cmd.arg(format!("--kubeconfig={}", tc.kubeconfig().display()))
        .arg("--request-timeout=60s")
        .args(args);
    run(cmd, stdin)
}

/// The names (`pod/…`) of every pod kubectl-etcd made, as the real kubectl lists them.
pub fn helper_pods(tc: &TestCluster) -> Vec<String> {
    let out = kubectl(
        tc,
        &[
            "get",
            "pods",
            "-A",
            "-l",
            "app.kubernetes.io/managed-by=kubectl-etcd",
            "-o",
            "name",
        ],
        None,
    )
    .ok();
    out.text().lines().map(String::from).collect()
}
