//! The container runtime: images map to local root filesystems, containers run as real
//! processes in a private mount namespace made by bubblewrap (`bwrap`), exec enters that
//! namespace with setns(2).

use std::ffi::OsString;
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use anyhow::{bail, Context, Result};

use crate::images::OciImage;
use crate::util;

/// Where the "images" come from.
#[derive(Clone, Debug)]
pub struct ImageConfig {
    /// Directory with etcd 3.4 binaries (`etcd`, `etcdctl`).
    pub etcd34_dir: PathBuf,
    /// Directory with etcd 3.5 binaries (`etcd`, `etcdctl`, `etcdutl`).
    pub etcd35_dir: PathBuf,
    /// A static busybox: the root of busybox-like images.
    pub busybox: PathBuf,
    /// Images imported into a node's store ([`crate::TestCluster::import_image`]):
    /// (node, normalized reference) → the unpacked image.
    pub imported: Arc<Mutex<HashMap<(String, String), OciImage>>>,
}

impl Default for ImageConfig {
    fn default() -> Self {
        let env =
            |k: &str, d: &str| PathBuf::from(std::env::var(k).unwrap_or_else(|_| d.to_string()));
        ImageConfig {
            etcd34_dir: env("KUBECTL_ETCD_TEST_ETCD34_DIR", "/usr/bin"),
            etcd35_dir: env(
                "KUBECTL_ETCD_TEST_ETCD35_DIR",
                "/opt/kubectl-etcd-test/etcd-3.5/usr/bin",
            ),
            busybox: env("KUBECTL_ETCD_TEST_BUSYBOX", "/bin/busybox"),
            imported: Arc::default(),
        }
    }
}

/// The root filesystem an image gives a container.
#[derive(Clone, Debug, PartialEq)]
pub enum ImageRoot {
    /// A distroless etcd image: `etcd`, `etcdctl`, `etcdutl` in /usr/local/bin, shared libraries,
    /// no shell.
    Etcd(PathBuf),
    /// A busybox image: /bin/busybox and its applets.
    Busybox,
    /// An image imported from an OCI tarball: its own root filesystem (a private copy per
    /// container, as containerd's snapshot), its own /etc.
    Oci(Box<OciImage>),
}

/// Splits `registry/repo:tag@digest` into (repository's last path component, tag).
fn image_name_tag(image: &str) -> (String, String) {
    let image = image.split('@').next().unwrap_or(image);
    let (repo, tag) = match image.rfind(':') {
        Some(i) if !image[i..].contains('/') => (&image[..i], &image[i + 1..]),
        _ => (image, "latest"),
    };
    let last = repo.rsplit('/').next().unwrap_or(repo);
    (last.to_string(), tag.to_string())
}

impl ImageConfig {
    /// Maps an image reference to a root on `node`: what was imported there first, as the
    /// node's containerd would find it, then the built-in images.
    pub fn resolve_on(&self, node: &str, image: &str) -> Option<ImageRoot> {
        let key = (node.to_string(), crate::images::normalize(image));
        if let Some(img) = self.imported.lock().unwrap().get(&key) {
            return Some(ImageRoot::Oci(Box::new(img.clone())));
        }
        self.resolve(image)
    }

    /// Maps an image reference to a root, or `None` if it can't be "pulled".
    pub fn resolve(&self, image: &str) -> Option<ImageRoot> {
        let (name, tag) = image_name_tag(image);
        let tag = tag.trim_start_matches('v');
        match name.as_str() {
            "etcd" => {
                if tag.starts_with("3.4") {
                    Some(ImageRoot::Etcd(self.etcd34_dir.clone()))
                } else if tag.starts_with("3.5") || tag.starts_with("3.6") || tag == "latest" {
                    Some(ImageRoot::Etcd(self.etcd35_dir.clone()))
                } else {
                    None
                }
            }
            "busybox" | "alpine" | "debian" | "ubuntu" | "bash" | "pause" => {
                Some(ImageRoot::Busybox)
            }
            _ => None,
        }
    }

    /// The image's default command (its ENTRYPOINT/CMD).
    pub fn default_command(root: &ImageRoot) -> Vec<String> {
        match root {
            ImageRoot::Etcd(_) => vec!["/usr/local/bin/etcd".into()],
            ImageRoot::Busybox => vec!["sh".into()],
            ImageRoot::Oci(img) => img.entrypoint.iter().chain(&img.cmd).cloned().collect(),
        }
    }
}

/// One bind mount into the container.
#[derive(Clone, Debug)]
pub struct Mount {
    pub src: PathBuf,
    pub dst: String,
    pub read_only: bool,
}

/// Everything needed to start a container process.
#[derive(Clone, Debug)]
pub struct ContainerSpec {
    pub argv: Vec<String>,
    pub env: Vec<(String, String)>,
    pub workdir: String,
    pub root: ImageRoot,
    pub mounts: Vec<Mount>,
    pub hostname_file: PathBuf,
    pub log_file: PathBuf,
    /// Pipe the container's stdin (kept open) instead of /dev/null.
    pub stdin_open: bool,
    /// Run as this (uid, gid) instead of root: a real unprivileged process (bwrap then runs
    /// as that user in a user namespace).
    pub user: Option<(u32, u32)>,
    /// For [`ImageRoot::Oci`]: the container's private copy of the image's root filesystem
    /// (made by [`prepare_rootfs`]), and whether it is mounted read-only.
    pub rootfs: Option<PathBuf>,
    pub read_only_root: bool,
}

/// The container's root filesystem: a copy of the image's, with the mount points its
/// mounts need (containerd creates them in the container's writable layer).
pub fn prepare_rootfs(image: &OciImage, dest: &Path, mounts: &[Mount]) -> Result<()> {
    if dest.exists() {
        std::fs::remove_dir_all(dest)?;
    }
    let st = std::process::Command::new("cp")
        .arg("-a")
        .arg(&image.rootfs)
        .arg(dest)
        .status()
        .context("cp")?;
    if !st.success() {
        bail!("copying the image's root filesystem failed");
    }
    for d in ["proc", "dev", "etc", "tmp"] {
        std::fs::create_dir_all(dest.join(d))?;
    }
    for f in ["etc/hosts", "etc/hostname", "etc/resolv.conf"] {
        if !dest.join(f).exists() {
            std::fs::write(dest.join(f), b"")?;
        }
    }
    for m in mounts {
        let at = dest.join(m.dst.trim_start_matches('/'));
        if m.dst.starts_with("/dev/") || at.exists() {
            continue;
        }
        if m.src.is_dir() {
            std::fs::create_dir_all(&at)?;
        } else {
            if let Some(p) = at.parent() {
                std::fs::create_dir_all(p)?;
            }
            std::fs::write(&at, b"")?;
        }
    }
    Ok(())
}

/// Lets an unprivileged container user reach `path`: adds search (x) permission for others
/// on each of its directories below `/` that lack it (test scratch directories are 0700).
pub fn make_reachable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for dir in path.ancestors().skip(1) {
        if dir == Path::new("/") {
            break;
        }
        if let Ok(md) = std::fs::metadata(dir) {
            let mode = md.permissions().mode();
            if mode & 0o001 == 0 {
                let _ =
                    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode | 0o001));
            }
        }
    }
}

pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

fn busybox_applets(busybox: &Path) -> Vec<String> {
    static CACHE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    CACHE
        .get_or_init(|| {
            std::process::Command::new(busybox)
                .arg("--list")
                .output()
                .map(|o| {
                    String::from_utf8_lossy(&o.stdout)
                        .lines()
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default()
        })
        .clone()
}

/// bwrap arguments building the container's view (everything before `--`).
pub fn bwrap_args(cfg: &ImageConfig, spec: &ContainerSpec) -> Vec<OsString> {
    let mut a: Vec<OsString> = Vec::new();
    let mut push = |s: &[&dyn AsRef<std::ffi::OsStr>]| {
        for x in s {
            a.push(x.as_ref().to_os_string());
        }
    };
    if let Some((uid, gid)) = spec.user {
        // bwrap runs as that user (see `start`): its own user and pid namespaces.
        let (u, g) = (uid.to_string(), gid.to_string());
        push(&[
            &"--unshare-user",
            &"--unshare-pid",
            &"--uid",
            &u,
            &"--gid",
            &g,
        ]);
    }
    if let (ImageRoot::Oci(_), Some(root)) = (&spec.root, &spec.rootfs) {
        // Bound first: everything after is mounted inside it.
        push(&[&"--bind", root, &"/"]);
    }
    push(&[&"--die-with-parent", &"--proc", &"/proc", &"--dev", &"/dev"]);
    if !matches!(spec.root, ImageRoot::Oci(_)) {
        // An image's own /tmp (kubectl-etcd's: mode 1777) stays; the built-in roots get one.
        push(&[&"--tmpfs", &"/tmp"]);
    }
    match &spec.root {
        ImageRoot::Etcd(dir) => {
            // Shared libraries for dynamically linked builds; no /usr/bin, so no shell.
            push(&[
                &"--ro-bind",
                &"/usr/lib",
                &"/usr/lib",
                &"--symlink",
                &"usr/lib",
                &"/lib",
            ]);
            if Path::new("/usr/lib64").exists() {
                push(&[
                    &"--ro-bind",
                    &"/usr/lib64",
                    &"/usr/lib64",
                    &"--symlink",
                    &"usr/lib64",
                    &"/lib64",
                ]);
            }
            for b in ["etcd", "etcdctl", "etcdutl"] {
                let p = dir.join(b);
                if p.exists() {
                    let dst = format!("/usr/local/bin/{b}");
                    push(&[&"--ro-bind", &p, &dst]);
                }
            }
        }
        ImageRoot::Busybox => {
            push(&[&"--ro-bind", &cfg.busybox, &"/bin/busybox"]);
            for app in busybox_applets(&cfg.busybox) {
                if app == "busybox" {
                    continue;
                }
                let dst = format!("/bin/{app}");
                push(&[&"--symlink", &"busybox", &dst]);
            }
        }
        ImageRoot::Oci(_) => {}
    }
    if let ImageRoot::Oci(_) = &spec.root {
        // The image's own /etc; the kubelet provides hosts, hostname (and resolv.conf).
        for f in ["/etc/hosts", "/etc/resolv.conf"] {
            if Path::new(f).exists() {
                push(&[&"--ro-bind", &f, &f]);
            }
        }
    } else {
        // A private /etc with just what name resolution needs, and a private /var.
        push(&[&"--tmpfs", &"/etc", &"--tmpfs", &"/var", &"--dir", &"/root"]);
        for f in [
            "/etc/hosts",
            "/etc/nsswitch.conf",
            "/etc/passwd",
            "/etc/group",
        ] {
            if Path::new(f).exists() {
                push(&[&"--ro-bind", &f, &f]);
            }
        }
    }
    push(&[&"--ro-bind", &spec.hostname_file, &"/etc/hostname"]);
    let mut mounts = spec.mounts.clone();
    mounts.sort_by_key(|m| m.dst.matches('/').count());
    for m in &mounts {
        let flag = if m.read_only { "--ro-bind" } else { "--bind" };
        push(&[&flag, &m.src, &m.dst]);
    }
    if spec.read_only_root && matches!(spec.root, ImageRoot::Oci(_)) {
        push(&[&"--remount-ro", &"/"]);
    }
    push(&[&"--clearenv"]);
    for (k, v) in &spec.env {
        push(&[&"--setenv", k, v]);
    }
    push(&[&"--chdir", &spec.workdir]);
    a
}

/// A running container process (the bwrap process and the process inside it).
pub struct Running {
    pub bwrap_pid: i32,
    pub child_pid: i32,
    /// Becomes `Some(exit code)` when the container exits (128+signal if killed).
    pub exit: tokio::sync::watch::Receiver<Option<i32>>,
    pub stdin: Option<tokio::process::ChildStdin>,
}

impl Running {
    pub fn exit_code(&self) -> Option<i32> {
        *self.exit.borrow()
    }

    /// SIGTERM, then SIGKILL after `grace`.
    pub async fn stop(&mut self, grace: Duration) {
        if self.exit_code().is_some() {
            return;
        }
        util::kill(self.child_pid, libc::SIGTERM);
        let mut rx = self.exit.clone();
        let timed_out = tokio::time::timeout(grace, rx.wait_for(|e| e.is_some()))
            .await
            .is_err();
        if timed_out {
            util::kill(self.child_pid, libc::SIGKILL);
            util::kill(self.bwrap_pid, libc::SIGKILL);
            let _ =
                tokio::time::timeout(Duration::from_secs(5), rx.wait_for(|e| e.is_some())).await;
        }
    }

    /// SIGKILL now, without waiting.
    pub fn kill_now(&self) {
        util::kill(self.child_pid, libc::SIGKILL);
        util::kill(self.bwrap_pid, libc::SIGKILL);
    }
}

/// Starts a container with bwrap. Must be called from a runtime worker thread (children get
/// PR_SET_PDEATHSIG tied to the spawning thread).
pub async fn start(cfg: &ImageConfig, spec: &ContainerSpec) -> Result<Running> {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&spec.log_file)
        .with_context(|| format!("opening {}", spec.log_file.display()))?;
    let (mut info_r, info_w) = std::io::pipe()?;
    let wfd = info_w.as_raw_fd();
    let user = spec.user;
    let mut cmd = tokio::process::Command::new("bwrap");
    cmd.args(bwrap_args(cfg, spec));
    cmd.arg("--info-fd").arg("3").arg("--");
    cmd.args(&spec.argv);
    cmd.stdin(if spec.stdin_open {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(log.try_clone()?);
    cmd.stderr(log);
    cmd.kill_on_drop(false);
    // SAFETY: only async-signal-safe calls (dup2, prctl) in the child.
    unsafe {
        cmd.pre_exec(move || {
            if wfd == 3 {
                // dup2(3, 3) is a no-op that keeps FD_CLOEXEC: clear it by hand.
                if libc::fcntl(3, libc::F_SETFD, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
            } else if libc::dup2(wfd, 3) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            // Its own process group (bwrap and everything the container starts), so that the
            // whole container can be ended at once, as a real runtime ends a container's pid
            // namespace when its first process exits.
            if libc::setpgid(0, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            if let Some((uid, gid)) = user {
                // A real unprivileged process: bwrap itself drops root here.
                if libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(gid) != 0
                    || libc::setuid(uid) != 0
                {
                    return Err(std::io::Error::last_os_error());
                }
            }
            util::set_pdeathsig()
        });
    }
    let mut child = cmd
        .spawn()
        .context("starting bwrap (is bubblewrap installed?)")?;
    drop(info_w);
    let bwrap_pid = child.id().map(|p| p as i32).unwrap_or(-1);
    let stdin = child.stdin.take();
    // bwrap writes {"child-pid": N, ...} to fd 3 once the sandboxed process exists.
    let info = tokio::task::spawn_blocking(move || {
        use std::io::Read;
        let mut buf = Vec::new();
        let mut chunk = [0u8; 256];
        loop {
            if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&buf) {
                return Some(v);
            }
            match info_r.read(&mut chunk) {
                Ok(0) | Err(_) => return serde_json::from_slice(&buf).ok(),
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
    })
    .await?;
    let (tx, rx) = tokio::sync::watch::channel(None);
    tokio::spawn(async move {
        let st = child.wait().await;
        // What the container's processes started (a shell's `sleep`, say) does not outlive it.
        util::kill_group(bwrap_pid, libc::SIGKILL);
        let code = match st {
            Ok(s) => {
                use std::os::unix::process::ExitStatusExt;
                s.code().unwrap_or_else(|| 128 + s.signal().unwrap_or(9))
            }
            Err(_) => 255,
        };
        let _ = tx.send(Some(code));
    });
    let child_pid = match info
        .as_ref()
        .and_then(|v| v.get("child-pid"))
        .and_then(|p| p.as_i64())
    {
        Some(p) => p as i32,
        None => {
            // bwrap failed before starting the process (bad mount...): report its exit.
            let mut rx2 = rx.clone();
            let _ =
                tokio::time::timeout(Duration::from_secs(2), rx2.wait_for(|e| e.is_some())).await;
            let log = std::fs::read_to_string(&spec.log_file).unwrap_or_default();
            bail!(
                "bwrap failed to start the container: {}",
                log.lines().last().unwrap_or("")
            );
        }
    };
    wait_until_execed(child_pid, bwrap_pid).await;
    Ok(Running {
        bwrap_pid,
        child_pid,
        exit: rx,
        stdin,
    })
}

/// bwrap reports the child's pid as soon as it has forked it, while the child is still
/// building the container's root in its new mount namespace; an exec entering that namespace
/// then finds a half-built root ("sh": executable file not found). A real runtime reports a
/// container only once its process runs, so wait (bounded) until the child has exec'd the
/// container's command — its /proc/PID/exe is no longer bwrap — or is gone.
async fn wait_until_execed(child_pid: i32, bwrap_pid: i32) {
    let bwrap_exe = std::fs::read_link(format!("/proc/{bwrap_pid}/exe")).ok();
    for _ in 0..2000 {
        match std::fs::read_link(format!("/proc/{child_pid}/exe")) {
            Ok(exe) if Some(&exe) != bwrap_exe.as_ref() => return,
            Ok(_) => tokio::time::sleep(Duration::from_millis(5)).await,
            Err(_) => return,
        }
    }
}

/// Where an exec'd process's standard streams go.
pub struct ExecIo {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
}

/// Starts `argv` inside the mount namespace of process `pid` (a running container), with the
/// container's environment and working directory.
pub fn exec_in(
    pid: i32,
    argv: &[String],
    env: &[(String, String)],
    workdir: &str,
    io: &ExecIo,
) -> std::io::Result<tokio::process::Child> {
    let ns = std::fs::File::open(format!("/proc/{pid}/ns/mnt"))?;
    let nsfd = ns.as_raw_fd();
    let wd =
        std::ffi::CString::new(workdir).unwrap_or_else(|_| std::ffi::CString::new("/").unwrap());
    let mut cmd = tokio::process::Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    cmd.env_clear();
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdin(if io.stdin {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(if io.stdout {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stderr(if io.stderr {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.kill_on_drop(true);
    // SAFETY: setns/chdir/prctl are async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            if libc::setns(nsfd, libc::CLONE_NEWNS) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            if libc::chdir(wd.as_ptr()) != 0 {
                libc::chdir(c"/".as_ptr());
            }
            util::set_pdeathsig()
        });
    }
    let child = cmd.spawn();
    drop(ns);
    child
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch directory (hostname file, log) and a busybox container spec running `argv`.
    fn busybox_container(name: &str, argv: Vec<String>) -> (PathBuf, ContainerSpec) {
        let dir = std::env::temp_dir().join(format!("testcluster-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let hostname = dir.join("hostname");
        std::fs::write(&hostname, "node\n").unwrap();
        let spec = ContainerSpec {
            argv,
            env: vec![("PATH".into(), DEFAULT_PATH.into())],
            workdir: "/".into(),
            root: ImageRoot::Busybox,
            mounts: vec![],
            hostname_file: hostname,
            log_file: dir.join("log"),
            stdin_open: false,
            user: None,
            rootfs: None,
            read_only_root: false,
        };
        (dir, spec)
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    /// A real runtime ends every process of a container when its first process exits; a shell's
    /// background child must not outlive the container here either.
    #[test]
    fn nothing_a_container_started_outlives_it() {
        // A marker no other process has in its command line.
        let marker = format!("{}", 300_000 + std::process::id() % 100_000);
        let (dir, spec) = busybox_container(
            "runtime",
            vec![
                "/bin/sh".into(),
                "-c".into(),
                format!("sleep {marker} & echo started"),
            ],
        );
        runtime().block_on(async {
            let running = start(&ImageConfig::default(), &spec).await.unwrap();
            let mut exit = running.exit.clone();
            tokio::time::timeout(Duration::from_secs(20), exit.wait_for(|e| e.is_some()))
                .await
                .expect("the container's shell exits at once")
                .unwrap();
        });
        let log = std::fs::read_to_string(dir.join("log")).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(log.contains("started"), "container log: {log}");
        let survivors = || -> Vec<String> {
            std::fs::read_dir("/proc")
                .unwrap()
                .filter_map(|e| std::fs::read(e.ok()?.path().join("cmdline")).ok())
                .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
                .filter(|c| c.contains(&marker) && c.contains("sleep"))
                .collect()
        };
        // SIGKILL is delivered asynchronously: give the kernel a bounded moment to finish it.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while !survivors().is_empty() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(survivors().is_empty(), "left running: {:?}", survivors());
    }

    /// An exec right after the container is reported started finds the container's own root
    /// (the kubelet marks a pod Running as soon as `start` returns).
    #[test]
    fn exec_right_after_start_sees_the_containers_root() {
        let (dir, spec) = busybox_container("exec", vec!["/bin/sleep".into(), "30".into()]);
        let failures = runtime().block_on(async {
            let mut failures = Vec::new();
            for _ in 0..20 {
                let running = start(&ImageConfig::default(), &spec).await.unwrap();
                let io = ExecIo {
                    stdin: false,
                    stdout: true,
                    stderr: true,
                };
                let argv = ["sh".to_string(), "-c".into(), "echo ok".into()];
                let env = [("PATH".to_string(), DEFAULT_PATH.to_string())];
                match exec_in(running.child_pid, &argv, &env, "/", &io) {
                    Ok(child) => {
                        let out = child.wait_with_output().await.unwrap();
                        if out.stdout != b"ok\n" {
                            failures.push(format!("{out:?}"));
                        }
                    }
                    Err(e) => failures.push(e.to_string()),
                }
                running.kill_now();
            }
            failures
        });
        let _ = std::fs::remove_dir_all(&dir);
        assert!(failures.is_empty(), "exec failed: {failures:?}");
    }
}
