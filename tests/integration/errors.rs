//! Bad input: each case names its cause and the next step, with etcdctl's exit codes.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use crate::support::etcd::{free_port, Cluster, Version};
use crate::support::run::{ours, ours_raw, Out};

fn with(
    c: &Cluster,
    ca: &std::path::Path,
    cert: Option<(&std::path::Path, &std::path::Path)>,
    args: &[&str],
) -> Out {
    let mut all = vec![
        format!("--endpoints={}", c.endpoint()),
        format!("--cacert={}", ca.display()),
    ];
    if let Some((cert, key)) = cert {
        all.push(format!("--cert={}", cert.display()));
        all.push(format!("--key={}", key.display()));
    }
    all.extend(args.iter().map(|s| s.to_string()));
    ours_raw(&all.iter().map(String::as_str).collect::<Vec<_>>())
}

#[track_caller]
fn fails(out: &Out, code: i32, needles: &[&str]) {
    assert_eq!(out.code, code, "stderr: {}", out.stderr);
    for n in needles {
        assert!(
            out.stderr.contains(n),
            "expected {n:?} in stderr:\n{}",
            out.stderr
        );
    }
    assert!(out.stdout.is_empty(), "nothing on stdout: {}", out.text());
}

#[test]
fn tls_misconfigurations_are_explained() {
    for v in Version::all() {
        let c = Cluster::start(v);
        let p = &c.pki;
        let client = Some((p.client_cert(), p.client_key()));
        let client = client.as_ref().map(|(a, b)| (a.as_path(), b.as_path()));

        // A CA that did not sign the server certificate.
        let out = with(&c, &p.other_ca(), client, &["get", "k"]);
        fails(
            &out,
            2,
            &[
                "server's TLS certificate was rejected",
                "UnknownIssuer",
                "hint: pass the CA",
            ],
        );

        // The server requires a client certificate and none is given.
        let out = with(&c, &p.ca(), None, &["get", "k"]);
        fails(
            &out,
            2,
            &[
                "rejected our client certificate",
                "hint: etcd requires a client certificate",
            ],
        );

        // A client certificate from another CA.
        let out = with(
            &c,
            &p.ca(),
            Some((&p.other_client_cert(), &p.other_client_key())),
            &["get", "k"],
        );
        fails(&out, 2, &["rejected our client certificate"]);

        // Certificate and key that are not a pair.
        let out = with(
            &c,
            &p.ca(),
            Some((&p.client_cert(), &p.server_key())),
            &["get", "k"],
        );
        fails(
            &out,
            2,
            &[
                "does not match private key",
                "hint: --cert and --key must be the two halves",
            ],
        );

        // Missing file.
        let out = with(
            &c,
            &p.ca(),
            Some((
                std::path::Path::new("/nonexistent/client.crt"),
                &p.client_key(),
            )),
            &["get", "k"],
        );
        fails(
            &out,
            2,
            &["cannot read --cert /nonexistent/client.crt", "No such file"],
        );

        // A key file that holds no key.
        let out = with(
            &c,
            &p.ca(),
            Some((&p.client_cert(), &p.client_cert())),
            &["get", "k"],
        );
        fails(&out, 2, &["holds no PEM private key"]);

        // Plain HTTP to a TLS server.
        let out = ours_raw(&[
            &format!(
                "--endpoints={}",
                c.endpoint().replace("https://", "http://")
            ),
            "get",
            "k",
        ]);
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(out.stderr.contains("hint: use https://"), "{}", out.stderr);
    }
}

#[test]
fn unreachable_endpoints_fail_fast() {
    // Nothing listens: refused at once.
    let port = free_port();
    let out = ours_raw(&[
        &format!("--endpoints=https://127.0.0.1:{port}"),
        "--insecure-skip-tls-verify",
        "get",
        "k",
    ]);
    fails(&out, 2, &["connection refused", "hint: is etcd running"]);

    // A listener that accepts and never answers: must give up after --dial-timeout, not hang.
    let hole = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = hole.local_addr().unwrap();
    let start = Instant::now();
    let out = ours_raw(&[
        &format!("--endpoints=https://{addr}"),
        "--insecure-skip-tls-verify",
        "--dial-timeout=300ms",
        "get",
        "k",
    ]);
    let took = start.elapsed();
    fails(&out, 2, &["timed out", "--dial-timeout"]);
    // Generous bound: this distinguishes "gave up" from "hung", not a performance check.
    assert!(took < Duration::from_secs(20), "took {took:?}");
    drop(hole);
}

/// An API server whose connection is open but silent (a half-dead connection, a hung server):
/// each request gives up after --request-timeout and says what to do, never waits forever.
#[test]
fn a_silent_api_server_is_given_up_on() {
    let hole = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = hole.local_addr().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let kubeconfig = dir.path().join("kubeconfig");
    std::fs::write(
        &kubeconfig,
        format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {{server: \"http://{addr}\"}}\n\
             users:\n- name: u\n  user: {{token: t}}\ncontexts:\n- name: x\n  context: {{cluster: c, user: u}}\n\
             current-context: x\n"
        ),
    )
    .unwrap();
    let out = ours_raw(&[
        &format!("--kubeconfig={}", kubeconfig.display()),
        "--request-timeout=2s",
        "member",
        "list",
    ]);
    fails(
        &out,
        1,
        &[
            "cannot list pods in kube-system: the API server did not answer in time",
            "raise --request-timeout",
        ],
    );
    drop(hole);
}

#[test]
fn malformed_input_is_rejected_before_connecting() {
    for (endpoint, needle) in [
        ("https://127.0.0.1", "has no port"),
        ("ftp://127.0.0.1:2379", "unsupported scheme"),
        ("https://127.0.0.1:99999", "invalid port"),
        ("https://127.0.0.1:2379/v3/kv", "has a path"),
    ] {
        let out = ours_raw(&[
            &format!("--endpoints={endpoint}"),
            "--insecure-skip-tls-verify",
            "get",
            "k",
        ]);
        fails(&out, 128, &[needle]);
    }
    // No endpoint and no kubeconfig: neither direct nor cluster mode is possible.
    let mut cmd = crate::support::run::clean(crate::support::run::ours_path());
    cmd.env("KUBECONFIG", "/nonexistent/kubeconfig")
        .args(["get", "k"]);
    fails(
        &crate::support::run::run(cmd, None),
        2,
        &[
            "no etcd endpoint given and no usable kubeconfig",
            "hint: pass --endpoints",
        ],
    );
    // Conflicting flags are clap errors, etcdctl's exit code for bad arguments.
    let out = ours_raw(&[
        "--endpoints=https://127.0.0.1:1",
        "get",
        "a",
        "b",
        "--prefix",
    ]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(out.stderr.contains("cannot be used with"), "{}", out.stderr);
    let out = ours_raw(&[
        "--endpoints=https://127.0.0.1:1",
        "get",
        "a",
        "--dial-timeout=soon",
    ]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(out.stderr.contains("examples: 2s"), "{}", out.stderr);
    let out = ours_raw(&[
        "--endpoints=https://127.0.0.1:1",
        "--cert=",
        "--key=x",
        "get",
        "a",
    ]);
    assert_eq!(out.code, 128, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("a value is required for '--cert <FILE>'"),
        "{}",
        out.stderr
    );
}

#[test]
fn unsupported_formats_and_flag_combinations() {
    let c = Cluster::start(Version::V35);
    fails(
        &ours(&c, &["get", "k", "-w", "table"]),
        4,
        &["not supported by `get`"],
    );
    // -w fields only where etcdctl has a fields printer (not move-leader: etcdctl moves the
    // leader, then exits 4); -o is kubectl's objects, not etcdctl's formats.
    fails(
        &ours(&c, &["move-leader", "8e9e05c52164694d", "-w", "fields"]),
        4,
        &["Fields"],
    );
    fails(
        &ours(&c, &["get", "k", "-o", "table"]),
        128,
        &["invalid value"],
    );
    fails(
        &ours(&c, &["get", "k", "-o", "yaml", "--keys-only"]),
        128,
        &["-w"],
    );
    fails(
        &ours(&c, &["get", "k", "--print-value-only", "-w", "json"]),
        128,
        &["only for simple output"],
    );
    fails(
        &ours(&c, &["get", "k", "--rev", "999999"]),
        1,
        &["future revision", "hint: --rev is newer"],
    );
    let out = ours(
        &c,
        &[
            "snapshot",
            "save",
            "x.db",
            "--endpoints",
            &format!("{0},{0}", c.endpoint()),
        ],
    );
    fails(&out, 128, &["a snapshot must come from one member"]);
}
