//! A bound on the whole test binary. Every command a test runs is bounded on its own
//! ([`super::run::wait_bounded`]), but a wait inside the test process itself could still
//! hang, and CI would then spend its whole time limit saying nothing. Past the limit this
//! prints what is still running (the process tree: which kubectl-etcd, kubectl or etcdctl
//! command, which test control plane) and ends the binary with a failure.

use std::io::Write;
use std::sync::OnceLock;
use std::time::Duration;

/// `KUBECTL_ETCD_TEST_BINARY_LIMIT` seconds, 45 minutes by default: the integration tests
/// take about 13 minutes on a busy 2-core machine.
fn limit() -> Duration {
    super::limit_from_env("KUBECTL_ETCD_TEST_BINARY_LIMIT", 45 * 60)
}

/// Arms the guard once per test binary (every runner and cluster start calls this).
pub fn arm() {
    static ARMED: OnceLock<()> = OnceLock::new();
    ARMED.get_or_init(|| {
        let limit = limit();
        std::thread::spawn(move || {
            std::thread::sleep(limit);
            let tree = std::process::Command::new("ps")
                .args(["-eo", "pid,ppid,etimes,args", "--forest"])
                .output()
                // (a watchdog's whole script is its command line: keep the start of each)
                .map(|o| {
                    String::from_utf8_lossy(&o.stdout)
                        .lines()
                        .map(|l| l.chars().take(300).collect::<String>() + "\n")
                        .collect::<String>()
                })
                .unwrap_or_else(|e| format!("(ps: {e})"));
            let msg = format!(
                "\nHANG: this test binary is still running after {} s (KUBECTL_ETCD_TEST_BINARY_LIMIT); \
                 the tests not reported as finished above hung. Processes now:\n{tree}\n",
                limit.as_secs()
            );
            // Straight to the file descriptor: the test harness captures eprintln! output,
            // and the exit below would drop it.
            let _ = std::io::stderr().write_all(msg.as_bytes());
            std::process::exit(101);
        });
    });
}
