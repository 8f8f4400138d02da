//! Running `kubectl-etcd` and the reference `etcdctl` with the same arguments.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::etcd::Cluster;

#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Out {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    #[track_caller]
    pub fn ok(self) -> Self {
        assert_eq!(
            self.code,
            0,
            "exit {}: stderr: {}\nstdout: {}",
            self.code,
            self.stderr,
            self.text()
        );
        self
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", self.text(), self.stderr))
    }
}

pub fn ours_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_kubectl-etcd"))
}

/// A command with no ETCDCTL_* variables inherited, so tests are independent of the shell.
pub fn clean(program: impl AsRef<OsStr>) -> Command {
    let mut cmd = Command::new(program);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("ETCDCTL_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("ETCDCTL_API", "3");
    // A shell without job control starts `cmd &` with SIGINT ignored, and an ignored signal
    // stays ignored across exec: etcdctl would then never stop on the SIGINT a test sends.
    // The tests must not depend on how `cargo test` was started.
    // SAFETY: signal() is async-signal-safe.
    unsafe {
        use std::os::unix::process::CommandExt;
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::signal(libc::SIGTERM, libc::SIG_DFL);
            Ok(())
        });
    }
    cmd
}

pub fn run(mut cmd: Command, stdin: Option<&[u8]>) -> Out {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let what = format!("{cmd:?}");
    super::hang_guard::arm();
    let mut child = cmd.spawn().unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    let out = wait_bounded(child, &what);
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// How long one command of a test may run before the test fails instead of hanging CI:
/// `KUBECTL_ETCD_TEST_COMMAND_LIMIT` seconds, 600 by default. The slowest command the tests
/// run (a 3-node restore with its rollback on a loaded 2-core machine) takes about 2 minutes.
pub fn command_limit() -> Duration {
    super::limit_from_env("KUBECTL_ETCD_TEST_COMMAND_LIMIT", 600)
}

/// `child.wait_with_output()`, bounded by [`command_limit`]: a command that does not finish
/// in time is killed and the test panics with what it printed so far, so a hang is a failure
/// that says where, never a CI run that times out without a word.
#[track_caller]
pub fn wait_bounded(mut child: Child, what: &str) -> Output {
    // Each pipe is drained on its own thread (a full pipe would block the child), and the
    // bytes come back over a channel so a pipe held open by a grandchild cannot block us.
    fn drain(pipe: Option<impl Read + Send + 'static>) -> mpsc::Receiver<Vec<u8>> {
        let (tx, rx) = mpsc::channel();
        if let Some(mut p) = pipe {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = p.read_to_end(&mut buf);
                let _ = tx.send(buf);
            });
        }
        rx
    }
    let (stdout, stderr) = (drain(child.stdout.take()), drain(child.stderr.take()));
    let limit = command_limit();
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let grace = Duration::from_secs(5);
    let stdout = stdout.recv_timeout(grace).unwrap_or_default();
    let stderr = stderr.recv_timeout(grace).unwrap_or_default();
    match status {
        Some(status) => Output {
            status,
            stdout,
            stderr,
        },
        None => panic!(
            "still running after {} s, killed: {what}\nstderr so far:\n{}\nstdout so far:\n{}",
            limit.as_secs(),
            String::from_utf8_lossy(&stderr),
            String::from_utf8_lossy(&stdout)
        ),
    }
}

/// kubectl-etcd against `cluster` (all its endpoints), no confirmation prompts.
pub fn ours(cluster: &Cluster, args: &[&str]) -> Out {
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--endpoints={}", cluster.endpoints()))
        .args(cluster.tls_args())
        .args(args);
    run(cmd, None)
}

/// The installed etcdctl of the cluster's version, same flags.
pub fn etcdctl(cluster: &Cluster, args: &[&str]) -> Out {
    let mut cmd = clean(cluster.version.etcdctl());
    cmd.arg(format!("--endpoints={}", cluster.endpoints()))
        .args(cluster.tls_args())
        .args(args);
    run(cmd, None)
}

/// Runs etcdctl and kubectl-etcd with the same arguments on the same cluster and asserts the
/// same stdout and exit code; returns ours.
#[track_caller]
pub fn same(c: &Cluster, args: &[&str]) -> Out {
    let want = etcdctl(c, args);
    let got = ours(c, args);
    assert_eq!(
        got.text(),
        want.text(),
        "{:?} {args:?}: stdout differs\nours stderr: {}\netcdctl stderr: {}",
        c.version,
        got.stderr,
        want.stderr
    );
    assert_eq!(
        got.code, want.code,
        "{:?} {args:?}: exit code; ours stderr: {}",
        c.version, got.stderr
    );
    got
}

/// kubectl-etcd with only the arguments given (for error cases).
pub fn ours_raw(args: &[&str]) -> Out {
    let mut cmd = clean(ours_path());
    cmd.args(args);
    run(cmd, None)
}
