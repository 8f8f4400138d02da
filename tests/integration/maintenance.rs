//! Maintenance without harm: the defrag plan (followers first, leader moved and defragmented
//! last, rule, dry run), NOSPACE recovery, and status warnings — on real etcd 3.4 and 3.5
//! clusters, with every effect checked through etcdctl.

use serde_json::Value;

use crate::support::etcd::{Cluster, Version};
use crate::support::run::{etcdctl, ours, Out};

/// etcdctl's `endpoint status -w json`, one entry per endpoint in `--endpoints` order.
fn statuses(c: &Cluster) -> Vec<Value> {
    let v = etcdctl(c, &["endpoint", "status", "-w", "json"])
        .ok()
        .json();
    v.as_array().unwrap().clone()
}

fn leader_endpoint(c: &Cluster) -> String {
    let all = statuses(c);
    all.iter()
        .find(|s| s["Status"]["leader"] == s["Status"]["header"]["member_id"])
        .map(|s| s["Endpoint"].as_str().unwrap().to_string())
        .expect("a leader")
}

/// Each member's file size, once it stops moving (members apply and commit their backend
/// in batches, so sizes settle a moment after the last write).
fn db_sizes(c: &Cluster) -> Vec<i64> {
    let mut last = raw_sizes(c);
    for _ in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(200));
        let now = raw_sizes(c);
        if now == last {
            return now;
        }
        last = now;
    }
    panic!("db sizes never settled: {last:?}");
}

fn raw_sizes(c: &Cluster) -> Vec<i64> {
    statuses(c)
        .iter()
        .map(|s| s["Status"]["dbSize"].as_i64().unwrap())
        .collect()
}

/// Writes then deletes ~3 MB, so that after a compaction most of each file is free pages.
fn fragment(c: &Cluster) {
    let value = "v".repeat(16 * 1024);
    for i in 0..200 {
        etcdctl(c, &["put", &format!("/frag/{i:04}"), &value]).ok();
    }
    etcdctl(c, &["del", "/frag/", "--prefix"]).ok();
}

/// The endpoints named by "Finished defragmenting etcd member[…]" lines, in order.
fn defragmented(out: &Out) -> Vec<String> {
    out.text()
        .lines()
        .filter_map(|l| l.strip_prefix("Finished defragmenting etcd member["))
        .map(|l| l.split(']').next().unwrap().to_string())
        .collect()
}

#[test]
fn defrag_plan_on_three_members() {
    for v in Version::all() {
        let c = Cluster::start_n(v, 3, &[]);
        fragment(&c);
        let leader = leader_endpoint(&c);
        let before = db_sizes(&c);

        // A dry run and a rule that selects nothing change nothing (etcdctl's view).
        let dry = ours(&c, &["defrag", "--compact", "--dry-run"]).ok();
        let text = dry.text();
        assert!(
            text.contains("Defragmentation plan: 3 of 3 member(s)"),
            "{text}"
        );
        assert!(text.contains("Dry run: nothing was changed."), "{text}");
        let none = ours(&c, &["defrag", "--rule", "dbSize < 0", "--yes"]).ok();
        assert!(none.text().contains("Nothing to do."), "{}", none.text());
        assert_eq!(db_sizes(&c), before, "{v:?}");
        assert_eq!(leader_endpoint(&c), leader, "{v:?}");
        // The plan lists the followers first and the leader last.
        let rows: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("| "))
            .skip(1)
            .collect();
        assert_eq!(rows.len(), 3, "{text}");
        assert!(
            rows[2].contains(&leader) && rows[2].contains("leader"),
            "{text}"
        );

        let out = ours(&c, &["defrag", "--compact", "--yes"]).ok();
        let order = defragmented(&out);
        assert_eq!(order.len(), 3, "{}", out.text());
        assert_eq!(order[2], leader, "the leader goes last: {}", out.text());
        let text = out.text();
        let moved = text.find("Moved leadership from").expect("a leader move");
        let leader_turn = text
            .find(&format!("Finished defragmenting etcd member[{leader}]"))
            .unwrap();
        assert!(moved < leader_turn, "moved before its turn: {text}");
        // etcdctl agrees: another member leads now, and every file shrank.
        assert_ne!(leader_endpoint(&c), leader, "{v:?}");
        let after = db_sizes(&c);
        for (b, a) in before.iter().zip(&after) {
            assert!(a < b, "{v:?}: db size {b} → {a}\n{text}");
        }
        assert!(text.contains("Summary:"), "{text}");
    }
}

#[test]
fn direct_mode_without_plan_flags_stays_etcdctl() {
    let c = Cluster::start_n(Version::V35, 1, &[]);
    let out = ours(&c, &["defrag"]).ok().text();
    assert!(
        out.starts_with(&format!(
            "Finished defragmenting etcd member[{}]. took ",
            c.endpoint()
        )) && out.lines().count() == 1,
        "{out}"
    );
    let bad = ours(&c, &["defrag", "--rule", "dbsize > 1"]);
    assert_eq!(bad.code, 128, "{}", bad.stderr);
    assert!(
        bad.stderr.contains("unknown variable `dbsize`"),
        "{}",
        bad.stderr
    );
}

#[test]
fn nospace_is_recovered_by_defrag_compact_disarm() {
    for v in Version::all() {
        // A tiny quota, filled for real until etcd raises NOSPACE.
        let quota = "--quota-backend-bytes=1048576";
        let c = Cluster::start_n(v, 1, &[quota]);
        let big = "x".repeat(64 * 1024);
        for i in 0..40 {
            if etcdctl(&c, &["put", &format!("/big/{i}"), &big]).code != 0 {
                break;
            }
        }
        let alarms = etcdctl(&c, &["alarm", "list"]).ok().text();
        assert!(alarms.contains("alarm:NOSPACE"), "{v:?}: {alarms}");
        let refused = etcdctl(&c, &["put", "/after", "1"]);
        assert!(
            refused.stderr.contains("database space exceeded"),
            "{}",
            refused.stderr
        );

        // Disarming while the file is still above the quota is refused, with the way out.
        let early = ours(&c, &["alarm", "disarm", "--yes", quota]);
        assert_eq!(early.code, 1, "{}", early.stderr);
        assert!(
            early.stderr.contains("not disarming NOSPACE")
                && early.stderr.contains("kubectl etcd defrag --compact")
                && early.stderr.contains("kubectl etcd usage"),
            "{}",
            early.stderr
        );
        assert!(etcdctl(&c, &["alarm", "list"])
            .ok()
            .text()
            .contains("NOSPACE"));

        // The documented recovery: delete what fills it, then compact + defrag + disarm.
        etcdctl(&c, &["del", "/big/", "--prefix"]).ok();
        let out = ours(&c, &["defrag", "--compact", "--disarm", "--yes", quota]).ok();
        let text = out.text();
        assert!(
            text.contains("Disarmed 1 NOSPACE alarm(s)"),
            "{v:?}: {text}"
        );
        assert_eq!(etcdctl(&c, &["alarm", "list"]).ok().text(), "", "{v:?}");
        etcdctl(&c, &["put", "/after", "1"]).ok();
        assert_eq!(
            etcdctl(&c, &["get", "/after", "--print-value-only"])
                .ok()
                .text(),
            "1\n"
        );
    }
}

mod control_plane {
    //! The same plan in cluster mode, on the 3-node test control plane: the quota comes from
    //! the pods' `--quota-backend-bytes`, endpoints are the pods.

    use kubectl_etcd_testcluster::{EtcdVersion, Options, TestCluster};
    use serde_json::Value;

    use crate::support::controlplane::{etcdctl, etcdctl_with_stdin, ours};

    const QUOTA: i64 = 16 * 1024 * 1024;

    /// Node i's own status, as etcdctl on that node sees it.
    fn status(tc: &TestCluster, i: usize) -> Value {
        etcdctl(tc, i, &["endpoint", "status", "-w", "json"])
            .ok()
            .json()[0]["Status"]
            .clone()
    }

    fn leader_node(tc: &TestCluster) -> usize {
        (0..3)
            .find(|&i| {
                let s = status(tc, i);
                s["leader"] == s["header"]["member_id"]
            })
            .expect("a leader")
    }

    fn size(tc: &TestCluster, i: usize) -> i64 {
        status(tc, i)["dbSize"].as_i64().unwrap()
    }

    #[test]
    fn defrag_plan_quota_from_the_pods_and_status_warnings() {
        let tc = TestCluster::start(Options {
            nodes: 3,
            etcd_version: EtcdVersion::V35,
            etcd_extra_args: vec![format!("--quota-backend-bytes={QUOTA}")],
            ..Default::default()
        })
        .expect("test control plane");
        // Fragment every member: ~3 MB written, deleted, compacted away.
        let value = "v".repeat(16 * 1024);
        for i in 0..200 {
            etcdctl(&tc, 0, &["put", &format!("/frag/{i:04}"), &value]).ok();
        }
        etcdctl(&tc, 0, &["del", "/frag/", "--prefix"]).ok();
        let rev = etcdctl(&tc, 0, &["get", "x", "-w", "json"]).ok().json()["header"]["revision"]
            .as_i64()
            .unwrap();
        etcdctl(&tc, 0, &["compaction", &rev.to_string(), "--physical"]).ok();

        // status: the quota read from the pod spec, and a free-space warning per member
        // where etcdctl's own numbers say more than half the file is free.
        let st = ours(&tc, &["status"]).ok();
        assert!(st.text().contains("% of 17 MB"), "{}", st.text());
        let mut warnings = 0;
        for i in 0..3 {
            let s = status(&tc, i);
            let (size, in_use) = (
                s["dbSize"].as_f64().unwrap(),
                s["dbSizeInUse"].as_f64().unwrap(),
            );
            let pod = tc.etcd_pod_name(i);
            let name = tc.node_name(i);
            let warned = st.stderr.lines().any(|l| {
                l.starts_with(&format!("warning: {name}: ")) && l.contains("kubectl etcd defrag")
            });
            assert_eq!(warned, (size - in_use) / size > 0.5, "{pod}: {}", st.stderr);
            warnings += usize::from(warned);
        }
        assert!(
            warnings > 0,
            "3 MB freed, yet no member is half free: {}",
            st.stderr
        );

        let leader = leader_node(&tc);
        let before: Vec<i64> = (0..3).map(|i| size(&tc, i)).collect();
        // Dry run (JSON: the plan) and a false rule change nothing.
        let plan = ours(&tc, &["defrag", "--dry-run", "-w", "json"])
            .ok()
            .json();
        let members = plan["members"].as_array().unwrap();
        assert_eq!(members.len(), 3);
        assert_eq!(members[2]["endpoint"], tc.etcd_pod_name(leader).as_str());
        assert_eq!(members[2]["role"], "leader");
        for m in members {
            assert_eq!(m["space"]["dbQuota"], QUOTA, "{m}");
            assert_eq!(m["space"]["quotaSource"], "podSpec", "{m}");
        }
        ours(&tc, &["defrag", "--rule", "dbQuotaUsage > 2", "--yes"]).ok();
        assert_eq!(leader_node(&tc), leader);
        for (i, before) in before.iter().enumerate() {
            // The API server keeps writing, so a file may grow; only a defrag shrinks it.
            assert!(size(&tc, i) >= *before, "node {i} shrank without a defrag");
        }

        let out = ours(&tc, &["defrag", "--yes"]).ok();
        let text = out.text();
        let order: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("Finished defragmenting etcd member["))
            .map(|l| l.split(']').next().unwrap())
            .collect();
        let leader_pod = tc.etcd_pod_name(leader);
        assert_eq!(order.len(), 3, "{text}");
        assert_eq!(order[2], leader_pod, "{text}");
        let moved = text.find("Moved leadership from").expect(&text);
        assert!(
            moved < text.find(&format!("member[{leader_pod}]")).unwrap(),
            "{text}"
        );
        assert_ne!(leader_node(&tc), leader, "etcdctl sees another leader");
        for (i, before) in before.iter().enumerate() {
            let after = size(&tc, i);
            assert!(after < *before, "node {i}: {before} → {after}\n{text}");
        }

        // Fill past 80% of the pods' quota: status warns, with the way out.
        let chunk = "q".repeat(256 * 1024);
        for i in 0..64 {
            if size(&tc, 0) as f64 > 0.85 * QUOTA as f64 {
                break;
            }
            let put = etcdctl_with_stdin(
                &tc,
                0,
                &["put", &format!("/fill/{i}")],
                Some(chunk.as_bytes()),
            );
            if put.code != 0 {
                break; // NOSPACE already: the warning must show all the same
            }
        }
        let st = ours(&tc, &["status"]).ok();
        for i in 0..3 {
            let s = status(&tc, i);
            let full = s["dbSize"].as_f64().unwrap() / QUOTA as f64 > 0.8;
            let warned = st.stderr.lines().any(|l| {
                l.starts_with(&format!("warning: {} uses ", tc.node_name(i)))
                    && l.contains("of its quota")
                    && l.contains("kubectl etcd defrag --compact")
            });
            assert_eq!(warned, full, "{}", st.stderr);
        }
        assert!(st.stderr.contains("of its quota"), "{}", st.stderr);

        // And out of it again in one command, once what filled it is deleted.
        etcdctl(&tc, 0, &["del", "/fill/", "--prefix"]).ok();
        ours(&tc, &["defrag", "--compact", "--disarm", "--yes"]).ok();
        assert_eq!(etcdctl(&tc, 0, &["alarm", "list"]).ok().text(), "");
        etcdctl(&tc, 0, &["put", "/after", "1"]).ok();
    }
}

#[test]
fn unhealthy_members_block_the_plan_unless_skip_health() {
    let c = Cluster::start_n(Version::V35, 3, &[]);
    let dead = format!("https://127.0.0.1:{}", crate::support::etcd::free_port());
    let endpoints = format!("--endpoints={},{dead}", c.endpoints());
    let run = |extra: &[&str]| {
        let mut cmd = crate::support::run::clean(crate::support::run::ours_path());
        cmd.arg(&endpoints)
            .args(c.tls_args())
            .arg("defrag")
            .args(extra);
        crate::support::run::run(cmd, None)
    };
    let leader = leader_endpoint(&c);
    for dry in [false, true] {
        let mut args = vec!["--yes", "--dial-timeout=500ms", "--wait-between=1s"];
        if dry {
            args.push("--dry-run");
        }
        let refused = run(&args);
        assert_eq!(refused.code, 1, "{}", refused.stderr);
        assert!(refused
            .text()
            .contains("Unhealthy (the plan stops unless --skip-health)"));
        assert!(
            refused.stderr.contains("not every member is healthy")
                && refused.stderr.contains(&dead)
                && refused.stderr.contains("--skip-health"),
            "{}",
            refused.stderr
        );
        assert!(defragmented(&refused).is_empty(), "{}", refused.text());
    }

    // --skip-health: the three live members, leader kept (--no-move-leader), as JSON.
    let out = run(&[
        "--yes",
        "--dial-timeout=500ms",
        "--skip-health",
        "--no-move-leader",
        "--wait-between=100ms",
        "-w",
        "json",
    ])
    .ok();
    let report = out.json();
    let results = report["results"].as_array().unwrap();
    let done: Vec<&str> = results
        .iter()
        .filter(|r| r["defragmented"] == true)
        .map(|r| r["endpoint"].as_str().unwrap())
        .collect();
    assert_eq!(done.len(), 3, "{report}");
    assert_eq!(done[2], leader, "{report}");
    assert!(results
        .iter()
        .any(|r| r["endpoint"] == dead.as_str() && r["defragmented"] == false));
    assert_eq!(
        leader_endpoint(&c),
        leader,
        "--no-move-leader keeps the leader"
    );
    assert_eq!(
        out.stderr.matches("Waiting 100ms.").count(),
        2,
        "{}",
        out.stderr
    );
}
