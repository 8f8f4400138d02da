//! Direct mode (`--endpoints`): every command against real etcd 3.4 and 3.5, compared
//! byte for byte with the installed etcdctl of the same version on the same server.

use std::io::Read;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::etcd::{Cluster, Version};
use crate::support::human;
use crate::support::run::{clean, etcdctl, ours, ours_path, run, same};

/// Puts a small but awkward data set: nested prefixes, binary values, a newline in a value,
/// several versions of one key, and a deleted key.
fn load(c: &Cluster) -> i64 {
    for (k, v) in [
        ("/registry/a", "1"),
        ("/registry/b", "two"),
        ("/registry/b", "two-v2"),
        ("/registry/c/d", "line1\nline2"),
        ("/registry/gone", "x"),
        ("/registry/z", "\u{1}\u{2}binary\u{7f}\u{ff}"),
        ("other", "o"),
    ] {
        etcdctl(c, &["put", k, v]).ok();
    }
    etcdctl(c, &["del", "/registry/gone"]).ok();
    let rev = etcdctl(c, &["get", "other", "-w", "json"]).ok().json()["header"]["revision"]
        .as_i64()
        .unwrap();
    etcdctl(c, &["put", "/registry/a", "1-v2"]).ok();
    rev
}

/// `dbSizeInUse` moves on its own (background compaction of freed pages): drop it.
fn without_in_use(mut v: serde_json::Value) -> serde_json::Value {
    for e in v.as_array_mut().into_iter().flatten() {
        e["Status"].as_object_mut().map(|s| s.remove("dbSizeInUse"));
    }
    v
}

#[test]
fn get_matches_etcdctl() {
    for v in Version::all() {
        let c = Cluster::start(v);
        let old = load(&c).to_string();
        for args in [
            &["get", "/registry/", "--prefix"][..],
            &["get", "/registry/", "--prefix", "-w", "json"],
            &["get", "/registry/", "--prefix", "--keys-only"],
            &["get", "/registry/", "--prefix", "--keys-only", "-w", "json"],
            &["get", "/registry/", "--prefix", "--print-value-only"],
            &[
                "get",
                "/registry/",
                "--prefix",
                "--limit",
                "2",
                "-w",
                "json",
            ],
            &["get", "/registry/", "--prefix", "--limit", "2"],
            &["get", "/registry/", "--prefix", "--rev", &old, "-w", "json"],
            &[
                "get",
                "/registry/",
                "--prefix",
                "--sort-by",
                "MODIFY",
                "--order",
                "DESCEND",
            ],
            &[
                "get",
                "/registry/",
                "--prefix",
                "--sort-by",
                "version",
                "--order",
                "ascend",
                "-w",
                "json",
            ],
            &[
                "get",
                "/registry/",
                "--prefix",
                "--order",
                "DESCEND",
                "--keys-only",
            ],
            &["get", "", "--prefix", "--keys-only"],
            &["get", "", "--from-key", "-w", "json"],
            &["get", "/registry/b", "--from-key"],
            &["get", "/registry/a", "/registry/c"],
            &["get", "/registry/b"],
            &["get", "/registry/b", "-w", "json"],
            &["get", "/registry/missing"],
            &["get", "/registry/missing", "-w", "json"],
        ] {
            same(&c, args);
        }
    }
}

#[test]
fn count_only_equals_etcdctl_count() {
    for v in Version::all() {
        let c = Cluster::start(v);
        load(&c);
        // etcdctl 3.4 has no --count-only: its JSON carries the count of every get.
        let count = etcdctl(
            &c,
            &["get", "/registry/", "--prefix", "--keys-only", "-w", "json"],
        )
        .ok()
        .json()["count"]
            .to_string();
        assert_eq!(
            ours(&c, &["get", "/registry/", "--prefix", "--count-only"])
                .ok()
                .text(),
            format!("{count}\n")
        );
        let json = ours(
            &c,
            &[
                "get",
                "/registry/",
                "--prefix",
                "--count-only",
                "-w",
                "json",
            ],
        )
        .ok()
        .json();
        assert_eq!(json["count"].to_string(), count);
        assert!(json.get("kvs").is_none());
    }
}

#[test]
fn cluster_commands_match_etcdctl() {
    for v in Version::all() {
        let c = Cluster::start(v);
        for args in [
            &["member", "list"][..],
            &["member", "list", "-w", "json"],
            &["member", "list", "-w", "table"],
            &["endpoint", "status"],
            &["endpoint", "status", "-w", "table"],
            &["alarm", "list"],
            &["alarm", "list", "-w", "json"],
        ] {
            same(&c, args);
        }
        let args = ["endpoint", "status", "-w", "json"];
        assert_eq!(
            without_in_use(ours(&c, &args).ok().json()),
            without_in_use(etcdctl(&c, &args).ok().json())
        );
    }
}

#[test]
fn three_member_cluster_status_with_cluster_flag() {
    let c = Cluster::start_n(Version::V35, 3, &[]);
    // etcdctl's --cluster order is member-list order; ours too.
    let args = ["endpoint", "status", "--cluster", "-w", "json"];
    assert_eq!(
        without_in_use(ours(&c, &args).ok().json()),
        without_in_use(etcdctl(&c, &args).ok().json())
    );
    same(&c, &["member", "list", "-w", "table"]);
    let status = ours(&c, &["endpoint", "status", "--cluster", "-w", "json"])
        .ok()
        .json();
    let leaders = status
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["Status"]["leader"] == s["Status"]["header"]["member_id"])
        .count();
    assert_eq!(leaders, 1, "exactly one member is leader: {status}");
}

/// Took times differ run to run: replace them before comparing.
fn mask_took(s: &str) -> String {
    let re_took = |line: &str| match line.find("took = ") {
        Some(i) => format!("{}took = <d>", &line[..i]),
        None => line.to_string(),
    };
    s.lines().map(re_took).collect::<Vec<_>>().join("\n")
}

#[test]
fn endpoint_health_matches_etcdctl() {
    for v in Version::all() {
        let c = Cluster::start(v);
        let want = etcdctl(&c, &["endpoint", "health"]).ok();
        // etcd 3.4 printed the healthy line on stderr; 3.5 moved it to stdout, as we do.
        let want_text = if v == Version::V34 {
            want.stderr.clone()
        } else {
            want.text()
        };
        let got = ours(&c, &["endpoint", "health"]).ok();
        assert_eq!(mask_took(&got.text()), mask_took(&want_text));
        let took = human::duration_after(&got.text(), "took = ").to_string();
        assert!(human::is_human_duration(&took), "{}", got.text());

        let want = etcdctl(&c, &["endpoint", "health", "-w", "json"])
            .ok()
            .json();
        let got = ours(&c, &["endpoint", "health", "-w", "json"]).ok().json();
        assert_eq!(got[0]["endpoint"], want[0]["endpoint"]);
        assert_eq!(got[0]["health"], want[0]["health"]);
        assert!(got[0]["took"].as_str().unwrap().ends_with('s'));
        // JSON keeps Go's full precision (etcdctl's), e.g. 1.234567ms.
        let took = got[0]["took"].as_str().unwrap();
        assert!(
            took.contains('.') || !human::is_human_duration(took),
            "{took}"
        );
        let table = ours(&c, &["endpoint", "health", "-w", "table"]).ok().text();
        assert!(
            table.contains("| ENDPOINT |") || table.contains("ENDPOINT"),
            "{table}"
        );
    }
}

#[test]
fn writes_match_etcdctl() {
    for v in Version::all() {
        let c = Cluster::start(v);
        // Same operation through each tool on its own keys, outputs compared.
        for (tool, p) in [("etcdctl", "/e/"), ("ours", "/o/")] {
            let run_tool = |args: &[&str]| {
                if tool == "etcdctl" {
                    etcdctl(&c, args)
                } else {
                    ours(&c, args)
                }
            };
            let k = format!("{p}k");
            assert_eq!(run_tool(&["put", &k, "v1"]).ok().text(), "OK\n");
            assert_eq!(
                run_tool(&["put", &k, "v2", "--prev-kv"]).ok().text(),
                format!("OK\n{k}\nv1\n")
            );
            run_tool(&["put", &format!("{p}j"), "w"]).ok();
            let del = run_tool(&["del", p, "--prefix", "--prev-kv"]).ok().text();
            assert_eq!(del, format!("2\n{p}j\nw\n{k}\nv2\n"), "{tool}");
            assert_eq!(run_tool(&["del", "/nothing"]).ok().text(), "0\n");
        }
        // JSON shape: same fields apart from the revision.
        let want = etcdctl(&c, &["put", "/e/x", "1", "-w", "json"]).ok().json();
        let got = ours(&c, &["put", "/o/x", "1", "-w", "json"]).ok().json();
        assert_eq!(got["header"]["cluster_id"], want["header"]["cluster_id"]);
        assert_eq!(
            got["header"]["revision"].as_i64().unwrap(),
            want["header"]["revision"].as_i64().unwrap() + 1
        );
        let want = etcdctl(&c, &["del", "/e/x", "--prev-kv", "-w", "json"])
            .ok()
            .json();
        let got = ours(&c, &["del", "/o/x", "--prev-kv", "-w", "json"])
            .ok()
            .json();
        assert_eq!(got["deleted"], want["deleted"]);
        assert_eq!(got["prev_kvs"][0]["value"], want["prev_kvs"][0]["value"]);
        assert_eq!(
            got.as_object().unwrap().keys().collect::<Vec<_>>(),
            want.as_object().unwrap().keys().collect::<Vec<_>>()
        );
        // Value from stdin, as etcdctl reads it.
        let mut cmd = clean(ours_path());
        cmd.arg(format!("--endpoints={}", c.endpoints()))
            .args(c.tls_args())
            .args(["put", "/stdin"]);
        run(cmd, Some(b"from stdin")).ok();
        assert_eq!(
            etcdctl(&c, &["get", "/stdin", "--print-value-only"])
                .ok()
                .text(),
            "from stdin\n"
        );
    }
}

#[test]
fn compaction_and_defrag() {
    for v in Version::all() {
        let c = Cluster::start(v);
        load(&c);
        let rev = etcdctl(&c, &["get", "x", "-w", "json"]).ok().json()["header"]["revision"]
            .as_i64()
            .unwrap();
        let out = ours(&c, &["compaction", &(rev - 1).to_string(), "--physical"]).ok();
        assert_eq!(out.text(), format!("compacted revision {}\n", rev - 1));
        // The compacted history is really gone: etcdctl agrees.
        let old = etcdctl(&c, &["get", "/registry/a", "--rev", "2"]);
        assert_ne!(old.code, 0);
        assert!(old.stderr.contains("compacted"), "{}", old.stderr);
        let ours_old = ours(&c, &["get", "/registry/a", "--rev", "2"]);
        assert_eq!(ours_old.code, 1);
        assert!(
            ours_old
                .stderr
                .contains("required revision has been compacted"),
            "{}",
            ours_old.stderr
        );
        assert!(ours_old.stderr.contains("hint:"), "{}", ours_old.stderr);

        let out = ours(&c, &["defrag"]).ok().text();
        assert!(
            out.starts_with(&format!(
                "Finished defragmenting etcd member[{}]",
                c.endpoint()
            )),
            "{out}"
        );
        let want = etcdctl(&c, &["defrag"]).ok().text();
        assert!(
            want.starts_with(&format!(
                "Finished defragmenting etcd member[{}]",
                c.endpoint()
            )),
            "{want}"
        );
    }
}

#[test]
fn nospace_alarm_list_health_and_disarm() {
    for v in Version::all() {
        // A tiny quota so that a few writes raise NOSPACE for real.
        let c = Cluster::start_n(v, 1, &["--quota-backend-bytes=262144"]);
        let big = "x".repeat(64 * 1024);
        for i in 0..40 {
            if etcdctl(&c, &["put", &format!("/big/{i}"), &big]).code != 0 {
                break;
            }
        }
        let want = etcdctl(&c, &["alarm", "list"]).ok();
        assert!(
            want.text().contains("alarm:NOSPACE"),
            "the quota did not trigger: {}",
            want.text()
        );
        same(&c, &["alarm", "list"]);
        same(&c, &["alarm", "list", "-w", "json"]);
        if v == Version::V35 {
            // 3.5 reports active alarms as unhealthy; so do we, whatever the version.
            let h = ours(&c, &["endpoint", "health"]);
            assert_eq!(h.code, 1);
            assert!(
                h.stderr.contains("Active Alarm(s): NOSPACE"),
                "{}",
                h.stderr
            );
        }
        // Free space, then disarm: our output lists what was disarmed, like etcdctl.
        etcdctl(&c, &["del", "/big/", "--prefix"]).ok();
        let rev = etcdctl(&c, &["get", "x", "-w", "json"]).ok().json()["header"]["revision"]
            .as_i64()
            .unwrap();
        etcdctl(&c, &["compaction", &rev.to_string(), "--physical"]).ok();
        etcdctl(&c, &["defrag"]).ok();
        let disarmed = ours(&c, &["alarm", "disarm", "--yes"]).ok().text();
        assert_eq!(disarmed, want.text());
        assert_eq!(etcdctl(&c, &["alarm", "list"]).ok().text(), "");
        ours(&c, &["endpoint", "health"]).ok();
    }
}

#[test]
fn watch_prints_what_etcdctl_prints() {
    for v in Version::all() {
        let c = Cluster::start(v);
        let rev = etcdctl(&c, &["put", "/w/start", "0", "-w", "json"])
            .ok()
            .json()["header"]["revision"]
            .as_i64()
            .unwrap();
        // Both watch from the same revision, so timing cannot change what they see.
        let from = (rev + 1).to_string();
        let spawn = |program: std::path::PathBuf| {
            let mut cmd = clean(program);
            cmd.arg(format!("--endpoints={}", c.endpoints()))
                .args(c.tls_args())
                .args(["watch", "/w/", "--prefix", "--prev-kv", "--rev", &from])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            cmd.spawn().unwrap()
        };
        let theirs = spawn(c.version.etcdctl());
        let mine = spawn(ours_path());
        etcdctl(&c, &["put", "/w/a", "1"]).ok();
        etcdctl(&c, &["put", "/w/a", "2"]).ok();
        etcdctl(&c, &["del", "/w/a"]).ok();
        etcdctl(&c, &["put", "/w/b", "multi\nline"]).ok();
        // SIGINT only once each has printed the last event: a signal sent after a fixed sleep
        // can reach a process still starting under load (before any handler exists), which
        // then dies of the signal instead of exiting 130; that is not what is under test.
        let stop = |mut child: std::process::Child| {
            let out = Arc::new(Mutex::new(Vec::new()));
            let mut pipe = child.stdout.take().unwrap();
            let reader = {
                let out = out.clone();
                std::thread::spawn(move || {
                    let mut buf = [0u8; 4096];
                    while let Ok(n) = pipe.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        out.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                })
            };
            let deadline = Instant::now() + Duration::from_secs(30);
            let printed =
                || String::from_utf8_lossy(&out.lock().unwrap()).contains("multi\nline\n");
            while !printed() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(20));
            }
            let printed_all = printed();
            unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
            let deadline = Instant::now() + Duration::from_secs(10);
            while child.try_wait().unwrap().is_none() {
                assert!(Instant::now() < deadline, "watch did not stop on SIGINT");
                std::thread::sleep(Duration::from_millis(20));
            }
            let status = child.wait().unwrap();
            reader.join().unwrap();
            let text = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
            assert!(printed_all, "the last event never came: {text}");
            (text, status)
        };
        let (want, _) = stop(theirs);
        let (got, status) = stop(mine);
        assert_eq!(got, want, "{v:?}");
        assert!(want.contains("DELETE\n/w/a\n2\n/w/a\n\n"), "{want}");
        assert_eq!(status.code(), Some(130));
    }
}

#[test]
fn environment_variables_and_flag_precedence() {
    let c = Cluster::start(Version::V35);
    etcdctl(&c, &["put", "k", "v"]).ok();
    let mut cmd = clean(ours_path());
    cmd.env("ETCDCTL_ENDPOINTS", c.endpoint())
        .env("ETCDCTL_CACERT", c.pki.ca())
        .env("ETCDCTL_CERT", c.pki.client_cert())
        .env("ETCDCTL_KEY", c.pki.client_key())
        .env("ETCDCTL_DIAL_TIMEOUT", "3s")
        .env("ETCDCTL_COMMAND_TIMEOUT", "4s")
        .args(["get", "k", "--print-value-only"]);
    assert_eq!(run(cmd, None).ok().text(), "v\n");
    // A flag overrides its variable (etcdctl would refuse the combination).
    let mut cmd = clean(ours_path());
    cmd.env("ETCDCTL_ENDPOINTS", "https://127.0.0.1:1")
        .env("ETCDCTL_CACERT", c.pki.other_ca())
        .env("ETCDCTL_CERT", c.pki.client_cert())
        .env("ETCDCTL_KEY", c.pki.client_key())
        .arg(format!("--endpoints={}", c.endpoint()))
        .arg(format!("--cacert={}", c.pki.ca().display()))
        .args(["get", "k", "--print-value-only"]);
    assert_eq!(run(cmd, None).ok().text(), "v\n");
}

#[test]
fn failover_to_the_next_endpoint() {
    let c = Cluster::start(Version::V35);
    etcdctl(&c, &["put", "k", "v"]).ok();
    let dead = format!("https://127.0.0.1:{}", crate::support::etcd::free_port());
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--endpoints={dead},{}", c.endpoint()))
        .args(c.tls_args())
        .args(["get", "k", "--print-value-only"]);
    assert_eq!(run(cmd, None).ok().text(), "v\n");
}

#[test]
fn insecure_skip_tls_verify_still_needs_a_client_cert() {
    let c = Cluster::start(Version::V35);
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--endpoints={}", c.endpoint()))
        .arg("--insecure-skip-tls-verify")
        .arg(format!("--cert={}", c.pki.client_cert().display()))
        .arg(format!("--key={}", c.pki.client_key().display()))
        .args(["member", "list"]);
    assert!(run(cmd, None).ok().text().contains("node-0"));
}

/// Ctrl-C stops a watch whose output nobody reads (a paused pager): the write it is blocked
/// in cannot see the signal, so the process must end without it.
#[test]
fn watch_stops_on_ctrl_c_while_its_output_is_blocked() {
    let c = Cluster::start(Version::V35);
    let mut cmd = clean(ours_path());
    cmd.arg(format!("--endpoints={}", c.endpoints()))
        .args(c.tls_args())
        .args(["watch", "/big/", "--prefix"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    // Far more than a pipe holds (64 KiB), never read: the watch blocks writing.
    let value = "v".repeat(8 * 1024);
    for i in 0..40 {
        etcdctl(&c, &["put", &format!("/big/{i}"), &value]).ok();
    }
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "watch blocked on its output did not stop on SIGINT"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(130));
}
