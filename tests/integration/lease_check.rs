//! `lease list`, `lease timetolive` and `check perf` next to etcdctl 3.4 and 3.5 on the same
//! data.

use crate::support::etcd::{Cluster, Version};
use crate::support::run::{etcdctl, ours};

/// Remaining TTLs tick between two calls: mask them. etcd 3.5 lists a lease's keys in Go map
/// order (different on every call): compare them as sets.
fn mask_ttl(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in s.lines() {
        let line = match line.find("remaining(") {
            Some(i) => {
                let end = line[i..].find(')').map(|e| i + e).unwrap_or(line.len());
                format!("{}remaining(N){}", &line[..i], &line[end + 1..])
            }
            None if line.starts_with("\"TTL\" : ") => "\"TTL\" : N".to_string(),
            None => line.to_string(),
        };
        let line = match line.find("attached keys([") {
            Some(i) => {
                let inner = &line[i + 15..line.len() - 2];
                let mut keys: Vec<&str> = inner.split(' ').collect();
                keys.sort();
                format!("{}attached keys([{}])", &line[..i], keys.join(" "))
            }
            None => line,
        };
        out.push(line);
    }
    out.sort();
    out
}

#[test]
fn lease_commands_match_etcdctl() {
    for v in Version::all() {
        let c = Cluster::start(v);
        let mut ids = Vec::new();
        for ttl in ["600", "900"] {
            let out = etcdctl(&c, &["lease", "grant", ttl]).ok().text();
            // "lease 694d7a1b2c3d4e5f granted with TTL(600s)"
            ids.push(out.split_whitespace().nth(1).unwrap().to_string());
        }
        for key in ["/registry/events/default/a", "/registry/events/default/b"] {
            etcdctl(&c, &["put", key, "x", "--lease", &ids[0]]).ok();
        }
        for args in [&["lease", "list"][..], &["lease", "list", "-w", "fields"]] {
            let want = etcdctl(&c, args).ok().text();
            let got = ours(&c, args).ok().text();
            assert_eq!(got, want, "{v:?} {args:?}");
        }
        // JSON: the same document (lease order as the server returns it).
        let args = ["lease", "list", "-w", "json"];
        assert_eq!(
            ours(&c, &args).ok().json(),
            etcdctl(&c, &args).ok().json(),
            "{v:?}"
        );
        for id in &ids {
            for extra in [
                &[][..],
                &["--keys"],
                &["--keys", "-w", "fields"],
                &["-w", "fields"],
            ] {
                let mut args = vec!["lease", "timetolive", id.as_str()];
                args.extend_from_slice(extra);
                let want = etcdctl(&c, &args).ok().text();
                let got = ours(&c, &args).ok().text();
                assert_eq!(mask_ttl(&got), mask_ttl(&want), "{v:?} {args:?}");
            }
            let args = ["lease", "timetolive", id.as_str(), "--keys", "-w", "json"];
            let (mut want, mut got) = (etcdctl(&c, &args).ok().json(), ours(&c, &args).ok().json());
            want["ttl"] = 0.into();
            got["ttl"] = 0.into();
            for doc in [&mut want, &mut got] {
                if let Some(keys) = doc["keys"].as_array_mut() {
                    keys.sort_by_key(|k| k.to_string());
                }
            }
            assert_eq!(got, want, "{v:?}");
        }
        // A revoked lease: etcdctl's "already expired".
        etcdctl(&c, &["lease", "revoke", &ids[1]]).ok();
        let args = ["lease", "timetolive", ids[1].as_str()];
        assert_eq!(ours(&c, &args).ok().text(), etcdctl(&c, &args).ok().text());
        // A bad ID is refused like etcdctl does (exit 128).
        let bad = ours(&c, &["lease", "timetolive", "zz"]);
        assert_eq!(bad.code, 128, "{}", bad.stderr);
        assert!(bad.stderr.contains("expecting ID in Hex"), "{}", bad.stderr);
        // -w fields where we do not print it is refused, not passed off as simple output.
        assert_eq!(ours(&c, &["status", "-w", "fields"]).code, 4);
    }
}

#[test]
fn check_perf_prints_etcdctl_verdicts_and_cleans_up() {
    let c = Cluster::start(Version::V35);
    // A non-empty prefix: both refuse with exit 3 before writing anything.
    etcdctl(&c, &["put", "/etcdctl-check-perf/x", "1"]).ok();
    let want = etcdctl(&c, &["check", "perf"]);
    let got = ours(&c, &["check", "perf"]);
    assert_eq!(
        (got.code, want.code),
        (3, 3),
        "{}\n{}",
        got.stderr,
        want.stderr
    );
    assert!(got.stderr.contains("has keys"), "{}", got.stderr);
    etcdctl(&c, &["del", "/etcdctl-check-perf/", "--prefix"]).ok();

    let rev = |c: &Cluster| {
        etcdctl(c, &["get", "x", "-w", "json"]).ok().json()["header"]["revision"]
            .as_i64()
            .unwrap()
    };
    let before = rev(&c);
    // Our only addition: --duration (etcdctl always runs 60 s).
    let out = ours(&c, &["check", "perf", "--duration", "2s", "--auto-compact"]);
    let text = out.text();
    let lines: Vec<&str> = text.lines().collect();
    // etcdctl's lines, in its order; PASS or FAIL depends on this shared machine.
    assert_eq!(lines.len(), 4, "{text}{}", out.stderr);
    assert!(
        lines[0].starts_with("PASS: Throughput is ")
            || lines[0].starts_with("FAIL: Throughput too low: "),
        "{text}"
    );
    assert!(lines[0].ends_with(" writes/s"), "{text}");
    assert!(
        lines[1].starts_with("PASS: Slowest request took ")
            || lines[1].starts_with("FAIL: Slowest request took too long: "),
        "{text}"
    );
    assert!(
        lines[2].starts_with("PASS: Stddev is ") || lines[2].starts_with("FAIL: Stddev too high: "),
        "{text}"
    );
    let pass = lines[..3].iter().all(|l| l.starts_with("PASS"));
    assert_eq!(lines[3], if pass { "PASS" } else { "FAIL" }, "{text}");
    assert_eq!(out.code, if pass { 0 } else { 1 }, "{}", out.stderr);
    // It wrote (each write is a revision), deleted everything, and compacted there.
    assert!(rev(&c) > before + 1);
    assert_eq!(
        etcdctl(
            &c,
            &[
                "get",
                "/etcdctl-check-perf/",
                "--prefix",
                "--count-only",
                "-w",
                "fields"
            ]
        )
        .ok()
        .text()
        .lines()
        .last()
        .unwrap(),
        "\"Count\" : 0"
    );
    let old = etcdctl(&c, &["get", "x", "--rev", &before.to_string()]);
    assert!(old.stderr.contains("compacted"), "{}", old.stderr);
}

/// Revisions move with every write and `took` with every check: mask both.
fn mask_moving(s: &str) -> String {
    s.lines()
        .map(|l| match l.split_once(" : ") {
            Some((name, _)) if name.ends_with("Revision\"") || name == "\"Took\"" => {
                format!("{name} : N")
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn fields_output_matches_etcdctl() {
    for v in Version::all() {
        let c = Cluster::start(v);
        for k in ["/f/a", "/f/b", "/f/c"] {
            etcdctl(&c, &["put", k, "va\"l\\ue"]).ok();
        }
        // Reads: byte for byte.
        for args in [
            &["get", "/f/a", "-w", "fields"][..],
            &["get", "/f/", "--prefix", "--keys-only", "-w", "fields"],
            &["get", "/f/", "--prefix", "--limit", "2", "-w", "fields"],
            &["get", "/nothing", "-w", "fields"],
            &["member", "list", "-w", "fields"],
            &["endpoint", "status", "-w", "fields"],
        ] {
            let want = etcdctl(&c, args).ok().text();
            assert_eq!(ours(&c, args).ok().text(), want, "{v:?} {args:?}");
        }
        if v == Version::V35 {
            // etcdctl 3.4 has no --count-only.
            let args = ["get", "/f/", "--prefix", "--count-only", "-w", "fields"];
            assert_eq!(ours(&c, &args).ok().text(), etcdctl(&c, &args).ok().text());
        }
        let args = ["endpoint", "health", "-w", "fields"];
        assert_eq!(
            mask_moving(&ours(&c, &args).ok().text()),
            mask_moving(&etcdctl(&c, &args).ok().text()),
            "{v:?}"
        );
        if v == Version::V35 {
            // etcdctl 3.5 crashes on a 3.4 server's header-less alarm list.
            let args = ["alarm", "list", "-w", "fields"];
            assert_eq!(ours(&c, &args).ok().text(), etcdctl(&c, &args).ok().text());
        }
        // Offline: snapshot status, next to etcdctl 3.4 / etcdutl 3.5.
        let db = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/small.db");
        let (tool, _) = v.snapshot_tool();
        let mut cmd = crate::support::run::clean(tool);
        cmd.args(["snapshot", "status", db, "-w", "fields"]);
        let want = crate::support::run::run(cmd, None).ok().text();
        let got = crate::support::run::ours_raw(&["snapshot", "status", db, "-w", "fields"]);
        assert_eq!(got.ok().text(), want, "{v:?}");
        // No fields printer in etcdctl: its simple output.
        let rev = etcdctl(&c, &["get", "x", "-w", "json"]).ok().json()["header"]["revision"]
            .as_i64()
            .unwrap();
        for (tool, at) in [(0, rev - 1), (1, rev)] {
            let at = at.to_string();
            let args = ["compaction", at.as_str(), "-w", "fields"];
            let out = if tool == 0 {
                ours(&c, &args)
            } else {
                etcdctl(&c, &args)
            };
            assert_eq!(out.ok().text(), format!("compacted revision {at}\n"));
        }
        // Writes: the same change done by each, revisions masked.
        let ours_put = ours(&c, &["put", "/f/a", "x", "--prev-kv", "-w", "fields"]).ok();
        let want_put = etcdctl(&c, &["put", "/f/b", "x", "--prev-kv", "-w", "fields"]).ok();
        assert_eq!(
            mask_moving(&ours_put.text()).replace("/f/a", "/f/b"),
            mask_moving(&want_put.text()),
            "{v:?}"
        );
        let ours_del = ours(&c, &["del", "/f/a", "--prev-kv", "-w", "fields"]).ok();
        let want_del = etcdctl(&c, &["del", "/f/b", "--prev-kv", "-w", "fields"]).ok();
        assert_eq!(
            mask_moving(&ours_del.text()).replace("/f/a", "/f/b"),
            mask_moving(&want_del.text()),
            "{v:?}"
        );
    }
}

#[test]
fn watch_fields_match_etcdctl() {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    for v in Version::all() {
        let c = Cluster::start(v);
        let rev = etcdctl(&c, &["put", "/w/start", "0", "-w", "json"])
            .ok()
            .json()["header"]["revision"]
            .as_i64()
            .unwrap();
        etcdctl(&c, &["put", "/w/a", "1"]).ok();
        etcdctl(&c, &["put", "/w/a", "2"]).ok();
        etcdctl(&c, &["del", "/w/a"]).ok();
        // Both replay the same history, written before either starts: one response each.
        let from = (rev + 1).to_string();
        let spawn = |program: std::path::PathBuf| {
            let mut cmd = crate::support::run::clean(program);
            cmd.arg(format!("--endpoints={}", c.endpoints()))
                .args(c.tls_args())
                .args(["watch", "/w/", "--prefix", "--prev-kv", "--rev", &from])
                .args(["-w", "fields"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            cmd.spawn().unwrap()
        };
        let theirs = spawn(c.version.etcdctl());
        let mine = spawn(crate::support::run::ours_path());
        std::thread::sleep(Duration::from_millis(500));
        let stop = |mut child: std::process::Child| {
            unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
            let deadline = Instant::now() + Duration::from_secs(10);
            while child.try_wait().unwrap().is_none() {
                assert!(Instant::now() < deadline, "watch did not stop on SIGINT");
                std::thread::sleep(Duration::from_millis(20));
            }
            String::from_utf8_lossy(&child.wait_with_output().unwrap().stdout).into_owned()
        };
        let want = stop(theirs);
        let got = stop(mine);
        assert!(
            want.contains("\"Type\" : DELETE\n\"PrevKey\" : \"/w/a\""),
            "{want}"
        );
        assert_eq!(got, want, "{v:?}");
    }
}
