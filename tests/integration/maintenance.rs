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
