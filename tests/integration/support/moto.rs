//! A real S3-compatible server for the object-storage tests: moto's server mode (PyPI
//! `moto[server]`, installed in a venv by scripts/install-test-deps.sh) on a free loopback
//! port, inspected with boto3 from the same venv (never with the code under test).

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Moto {
    child: Child,
    pub endpoint: String,
}

fn venv() -> PathBuf {
    std::env::var_os("MOTO_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/opt/kubectl-etcd-test/moto"))
}

impl Moto {
    /// `auth`: moto checks every request's signature against its IAM users (none exist, so
    /// every key is wrong) instead of accepting anything.
    pub fn start(auth: bool) -> Moto {
        let port = super::etcd::free_port();
        let mut cmd = Command::new(venv().join("bin/moto_server"));
        cmd.args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if auth {
            cmd.env("INITIAL_NO_AUTH_ACTION_COUNT", "0");
        }
        let child = cmd
            .spawn()
            .expect("moto_server (run scripts/install-test-deps.sh)");
        let moto = Moto {
            child,
            endpoint: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "moto did not start in 60 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        moto
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The AWS variables a client needs for this server (any key works without `auth`).
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AWS_ACCESS_KEY_ID", "testing".into()),
            ("AWS_SECRET_ACCESS_KEY", "testing".into()),
            ("AWS_REGION", "us-east-1".into()),
            ("AWS_ENDPOINT_URL", self.endpoint.clone()),
        ]
    }

    /// Runs Python with `s3`, a boto3 client of this server; returns stdout.
    pub fn python(&self, code: &str) -> Vec<u8> {
        let prelude = format!(
            "import boto3, sys, json\ns3 = boto3.client('s3', endpoint_url='{}', region_name='us-east-1', aws_access_key_id='testing', aws_secret_access_key='testing')\n",
            self.endpoint
        );
        let out = Command::new(venv().join("bin/python"))
            .arg("-c")
            .arg(prelude + code)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "python failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    pub fn create_bucket(&self, bucket: &str) {
        self.python(&format!("s3.create_bucket(Bucket='{bucket}')"));
    }

    pub fn put(&self, bucket: &str, key: &str, body: &[u8]) {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("body");
        std::fs::write(&f, body).unwrap();
        self.python(&format!(
            "s3.upload_file('{}', '{bucket}', '{key}')",
            f.display()
        ));
    }

    /// Many small objects in one go: (name, size) each, filled with `x`.
    pub fn put_many(&self, bucket: &str, objects: &[(String, usize)]) {
        let list = serde_json::to_string(objects).unwrap();
        self.python(&format!(
            "for key, size in json.loads({list:?}):\n    s3.put_object(Bucket='{bucket}', Key=key, Body=b'x' * size)"
        ));
    }

    /// Object names under `prefix`, sorted.
    pub fn keys(&self, bucket: &str, prefix: &str) -> Vec<String> {
        let out = self.python(&format!(
            "r = s3.list_objects_v2(Bucket='{bucket}', Prefix='{prefix}')\nprint(json.dumps(sorted(o['Key'] for o in r.get('Contents', []))))"
        ));
        serde_json::from_slice(&out).unwrap()
    }

    pub fn object(&self, bucket: &str, key: &str) -> Vec<u8> {
        self.python(&format!(
            "sys.stdout.buffer.write(s3.get_object(Bucket='{bucket}', Key='{key}')['Body'].read())"
        ))
    }

    /// Multipart uploads started and neither completed nor aborted.
    pub fn pending_uploads(&self, bucket: &str) -> usize {
        let out = self.python(&format!(
            "print(len(s3.list_multipart_uploads(Bucket='{bucket}').get('Uploads', [])))"
        ));
        String::from_utf8_lossy(&out).trim().parse().unwrap()
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
