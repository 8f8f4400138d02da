//! Real etcd servers (3.4 and 3.5) on free loopback ports, over mutual TLS, stopped on drop
//! and killed by the kernel if the test process dies (PR_SET_PDEATHSIG), so no test leaves
//! an orphan behind.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::pki::Pki;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V34,
    V35,
}

impl Version {
    pub fn all() -> [Version; 2] {
        [Version::V34, Version::V35]
    }

    /// Where the binaries are: installed by scripts/install-test-deps.sh (overridable).
    pub fn bin_dir(self) -> PathBuf {
        let (var, default) = match self {
            Version::V34 => ("KUBECTL_ETCD_TEST_ETCD34", "/usr/bin"),
            Version::V35 => (
                "KUBECTL_ETCD_TEST_ETCD35",
                "/opt/kubectl-etcd-test/etcd-3.5/usr/bin",
            ),
        };
        let dir = std::env::var_os(var)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(default));
        let etcd = dir.join("etcd");
        let out = Command::new(&etcd)
            .arg("--version")
            .output()
            .unwrap_or_else(|e| {
                panic!(
                    "{} not runnable ({e}): run scripts/install-test-deps.sh as root, or set {var}",
                    etcd.display()
                )
            });
        let want = match self {
            Version::V34 => "etcd Version: 3.4.",
            Version::V35 => "etcd Version: 3.5.",
        };
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains(want),
            "{} is not {want}: {text}",
            etcd.display()
        );
        dir
    }

    pub fn etcdctl(self) -> PathBuf {
        self.bin_dir().join("etcdctl")
    }

    /// The tool that reads snapshot files: etcdutl in 3.5, etcdctl in 3.4.
    pub fn snapshot_tool(self) -> (PathBuf, &'static str) {
        match self {
            Version::V34 => (self.bin_dir().join("etcdctl"), "etcdctl"),
            Version::V35 => (self.bin_dir().join("etcdutl"), "etcdutl"),
        }
    }
}

/// A free loopback port, distinct from every other one this test process was given (the
/// test control plane draws from the same pool).
pub fn free_port() -> u16 {
    kubectl_etcd_testcluster::util::free_port().expect("a free loopback port")
}

pub struct Member {
    pub name: String,
    pub client_url: String,
    pub peer_url: String,
    pub data_dir: PathBuf,
    child: Option<Child>,
}

/// One or more members forming one cluster, sharing one PKI.
pub struct Cluster {
    pub version: Version,
    pub pki: Pki,
    pub members: Vec<Member>,
    _dir: tempfile::TempDir,
}

impl Cluster {
    pub fn start(version: Version) -> Cluster {
        Cluster::start_n(version, 1, &[])
    }

    /// One member whose data is restored from `snapshot` first (with the reference tool).
    pub fn start_from_snapshot(version: Version, snapshot: &Path) -> Cluster {
        Cluster::start_inner(version, 1, &[], Some(snapshot))
    }

    /// `extra` flags go to every member (e.g. `--quota-backend-bytes`).
    pub fn start_n(version: Version, n: usize, extra: &[&str]) -> Cluster {
        Cluster::start_inner(version, n, extra, None)
    }

    fn start_inner(version: Version, n: usize, extra: &[&str], snapshot: Option<&Path>) -> Cluster {
        super::hang_guard::arm();
        let dir = tempfile::tempdir().unwrap();
        let pki = Pki::generate(&dir.path().join("pki"), "node-0");
        let mut members: Vec<Member> = (0..n)
            .map(|i| Member {
                name: format!("node-{i}"),
                client_url: format!("https://127.0.0.1:{}", free_port()),
                peer_url: format!("https://127.0.0.1:{}", free_port()),
                data_dir: dir.path().join(format!("data-{i}")),
                child: None,
            })
            .collect();
        let initial = members
            .iter()
            .map(|m| format!("{}={}", m.name, m.peer_url))
            .collect::<Vec<_>>()
            .join(",");
        if let Some(snapshot) = snapshot {
            let (tool, _) = version.snapshot_tool();
            let m = &members[0];
            let out = Command::new(tool)
                .env("ETCDCTL_API", "3")
                .args(["snapshot", "restore"])
                .arg(snapshot)
                .arg("--data-dir")
                .arg(&m.data_dir)
                .args([
                    "--name",
                    &m.name,
                    "--initial-cluster",
                    &initial,
                    "--initial-advertise-peer-urls",
                    &m.peer_url,
                ])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "restore failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        for m in &mut members {
            m.child = Some(spawn(version, &pki, dir.path(), m, &initial, "new", extra));
        }
        let cluster = Cluster {
            version,
            pki,
            members,
            _dir: dir,
        };
        cluster.wait_healthy();
        cluster
    }

    /// Starts one more member, already added to the cluster (`member add`), with
    /// `--initial-cluster-state=existing` and the `initial_cluster` that `member add` printed.
    pub fn start_member(&mut self, name: &str, peer_url: &str, initial_cluster: &str) {
        let mut m = Member {
            name: name.to_string(),
            client_url: format!("https://127.0.0.1:{}", free_port()),
            peer_url: peer_url.to_string(),
            data_dir: self._dir.path().join(format!("data-{name}")),
            child: None,
        };
        m.child = Some(spawn(
            self.version,
            &self.pki,
            self._dir.path(),
            &m,
            initial_cluster,
            "existing",
            &[],
        ));
        self.members.push(m);
    }

    /// Stops member `i` as a service manager would (SIGTERM, so it commits to disk; SIGKILL
    /// after 10 s). It stays in the membership.
    pub fn stop_member(&mut self, i: usize) {
        if let Some(mut c) = self.members[i].child.take() {
            unsafe {
                libc::kill(c.id() as i32, libc::SIGTERM);
            }
            let deadline = Instant::now() + Duration::from_secs(10);
            while c.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts stopped member `i` again on its data dir.
    pub fn restart_member(&mut self, i: usize) {
        let m = &self.members[i];
        let initial = format!("{}={}", m.name, m.peer_url);
        let child = spawn(
            self.version,
            &self.pki,
            self._dir.path(),
            m,
            &initial,
            "existing",
            &[],
        );
        self.members[i].child = Some(child);
        self.wait_healthy();
    }

    pub fn endpoint(&self) -> &str {
        &self.members[0].client_url
    }

    pub fn endpoints(&self) -> String {
        self.members
            .iter()
            .map(|m| m.client_url.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn log_dir(&self) -> &Path {
        self._dir.path()
    }

    /// TLS flags shared by etcdctl and kubectl-etcd.
    pub fn tls_args(&self) -> Vec<String> {
        vec![
            format!("--cacert={}", self.pki.ca().display()),
            format!("--cert={}", self.pki.client_cert().display()),
            format!("--key={}", self.pki.client_key().display()),
        ]
    }

    fn wait_healthy(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let out = Command::new(self.version.etcdctl())
                .env("ETCDCTL_API", "3")
                .arg(format!("--endpoints={}", self.endpoints()))
                .args(self.tls_args())
                .args([
                    "endpoint",
                    "health",
                    "--dial-timeout=1s",
                    "--command-timeout=2s",
                ])
                .output()
                .unwrap();
            if out.status.success() {
                return;
            }
            if Instant::now() > deadline {
                let logs: String = self
                    .members
                    .iter()
                    .map(|m| {
                        std::fs::read_to_string(self._dir.path().join(format!("{}.log", m.name)))
                            .unwrap_or_default()
                    })
                    .collect();
                panic!(
                    "etcd {:?} did not become healthy: {}\n{logs}",
                    self.version,
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn stop(&mut self) {
        for m in &mut self.members {
            if let Some(mut c) = m.child.take() {
                let _ = c.kill();
                let _ = c.wait();
            }
        }
    }
}

/// One etcd process for member `m`, logging to `<dir>/<name>.log`.
fn spawn(
    version: Version,
    pki: &Pki,
    dir: &Path,
    m: &Member,
    initial: &str,
    state: &str,
    extra: &[&str],
) -> Child {
    let log = std::fs::File::create(dir.join(format!("{}.log", m.name))).unwrap();
    let mut cmd = Command::new(version.bin_dir().join("etcd"));
    cmd.args(["--name", &m.name, "--data-dir"])
        .arg(&m.data_dir)
        .args([
            "--listen-client-urls",
            &m.client_url,
            "--advertise-client-urls",
            &m.client_url,
        ])
        .args([
            "--listen-peer-urls",
            &m.peer_url,
            "--initial-advertise-peer-urls",
            &m.peer_url,
        ])
        .args([
            "--initial-cluster",
            initial,
            "--initial-cluster-state",
            state,
        ])
        .args(["--initial-cluster-token", "kubectl-etcd-test"])
        .args(["--client-cert-auth=true", "--peer-client-cert-auth=true"])
        .arg(format!("--trusted-ca-file={}", pki.ca().display()))
        .arg(format!("--cert-file={}", pki.server_cert().display()))
        .arg(format!("--key-file={}", pki.server_key().display()))
        .arg(format!("--peer-trusted-ca-file={}", pki.ca().display()))
        .arg(format!("--peer-cert-file={}", pki.server_cert().display()))
        .arg(format!("--peer-key-file={}", pki.server_key().display()))
        .args([
            "--heartbeat-interval=10",
            "--election-timeout=100",
            "--snapshot-count=10000",
        ])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log);
    unsafe {
        cmd.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    cmd.spawn().unwrap()
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.stop();
    }
}
