//! Small helpers: free ports, timestamps, ids, child-process hygiene.

use std::net::TcpListener;

use anyhow::Result;

/// A TCP port that was free on 127.0.0.1 a moment ago (bound to port 0 and released), and
/// never handed out before in this process: tests start servers in parallel, and a port
/// released by one can be the next one the kernel offers another before either server binds.
pub fn free_port() -> Result<u16> {
    static GIVEN: std::sync::Mutex<std::collections::BTreeSet<u16>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    loop {
        let l = TcpListener::bind("127.0.0.1:0")?;
        let port = l.local_addr()?.port();
        let mut given = GIVEN.lock().unwrap_or_else(|e| e.into_inner());
        if given.insert(port) {
            return Ok(port);
        }
    }
}

/// `n` distinct free ports.
pub fn free_ports(n: usize) -> Result<Vec<u16>> {
    (0..n).map(|_| free_port()).collect()
}

/// kubeadm's etcd ports (client, peer, metrics) for a one-node cluster, checked free on every
/// address the node's etcd binds (the loopback and the node IP 127.0.1.1).
pub fn kubeadm_etcd_ports(nodes: usize) -> Result<Vec<u16>> {
    if nodes != 1 {
        anyhow::bail!(
            "kubeadm's etcd ports (2379-2381) work with one node only: the simulated nodes share \
             the host's loopback, where only one etcd can listen on 127.0.0.1:2379"
        );
    }
    let ports = vec![2379, 2380, 2381];
    for p in &ports {
        for ip in ["127.0.0.1", "127.0.1.1"] {
            TcpListener::bind((ip, *p)).map_err(|e| {
                anyhow::anyhow!(
                    "{ip}:{p} is taken ({e}); stop what listens there (`ss -ltnp 'sport = :{p}'`) \
                     or run without --kubeadm-ports"
                )
            })?;
        }
    }
    Ok(ports)
}

/// RFC 3339 UTC with second precision, as metav1.Time serializes.
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// RFC 3339 UTC with nanoseconds (kubelet's `kubernetes.io/config.seen`).
pub fn now_rfc3339_nanos() -> String {
    jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        .to_string()
}

pub fn new_uid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Hex SHA-256 of `data`.
pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    let d = sha2::Sha256::digest(data);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Makes a child receive SIGKILL when the thread that spawned it dies (use from `pre_exec`).
pub fn set_pdeathsig() -> std::io::Result<()> {
    // SAFETY: prctl with PR_SET_PDEATHSIG is async-signal-safe.
    let r = unsafe {
        libc::prctl(
            libc::PR_SET_PDEATHSIG,
            libc::SIGKILL as libc::c_ulong,
            0,
            0,
            0,
        )
    };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Sends `sig` to `pid` (ignores errors: the process may be gone).
/// Signals every process of the process group `pgid` (no-op for pgid ≤ 1).
pub fn kill_group(pgid: i32, sig: i32) {
    if pgid > 1 {
        // SAFETY: plain syscall.
        unsafe {
            libc::kill(-pgid, sig);
        }
    }
}

pub fn kill(pid: i32, sig: i32) {
    if pid > 0 {
        // SAFETY: plain syscall.
        unsafe {
            libc::kill(pid, sig);
        }
    }
}

pub fn pid_alive(pid: i32) -> bool {
    // SAFETY: signal 0 only checks existence.
    pid > 0 && unsafe { libc::kill(pid, 0) } == 0
}
