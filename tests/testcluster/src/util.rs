//! Small helpers: free ports, timestamps, ids, child-process hygiene.

use std::net::TcpListener;

use anyhow::Result;

/// A TCP port that was free on every address a moment ago, never handed out before in this
/// process, and *below the kernel's ephemeral range*.
///
/// Why below: the kernel gives a port from the ephemeral range to every outgoing connection
/// (kubectl, etcd clients, the tests themselves). One that lands on a port a server was given
/// but has not bound yet — or is restarting on, as etcd does after every manifest change —
/// holds it for the connection's life, and the server crash-loops on `bind: address already
/// in use` (seen: a one-node control plane that never became ready, its etcd restarted 16
/// times). Ports below the range are taken only by explicit binds. Tests start servers in
/// parallel, so each port is handed out once per process.
pub fn free_port() -> Result<u16> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let (low, high) = quiet_port_range();
    if high <= low {
        return ephemeral_free_port();
    }
    let span = u32::from(high - low);
    // Processes that run one after another (test binaries) start at different places.
    let start = std::process::id().wrapping_mul(2_654_435_761) % span;
    for _ in 0..span {
        let i = NEXT.fetch_add(1, Ordering::Relaxed);
        let port = low + ((start + i) % span) as u16;
        if TcpListener::bind(("0.0.0.0", port)).is_ok() {
            return Ok(port);
        }
    }
    ephemeral_free_port()
}

/// Ports no outgoing connection is given: from 20000 up to where the kernel's ephemeral range
/// (`net.ipv4.ip_local_port_range`, 32768 by default) begins.
fn quiet_port_range() -> (u16, u16) {
    static RANGE: std::sync::OnceLock<(u16, u16)> = std::sync::OnceLock::new();
    *RANGE.get_or_init(|| {
        let ephemeral_low = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<u16>().ok())
            .unwrap_or(32768);
        (20000, ephemeral_low)
    })
}

/// The fallback where the ephemeral range leaves no room below it: a port the kernel offered.
fn ephemeral_free_port() -> Result<u16> {
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
