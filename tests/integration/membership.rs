//! Membership and leadership (`member add|remove|update|promote`, `move-leader`,
//! `endpoint hashkv`) on real three-member etcd 3.4 and 3.5 clusters over mutual TLS,
//! side by side with the installed etcdctl of the same version.

use std::time::{Duration, Instant};

use crate::support::etcd::{free_port, Cluster, Version};
use crate::support::run::{clean, etcdctl, ours, ours_path, run, same, Out};

/// etcdctl's `member list -w json`.
fn members(c: &Cluster) -> serde_json::Value {
    etcdctl(c, &["member", "list", "-w", "json"]).ok().json()
}

fn member_id(c: &Cluster, peer_url: &str) -> u64 {
    members(c)["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["peerURLs"][0] == peer_url)
        .unwrap_or_else(|| panic!("no member with {peer_url}"))["ID"]
        .as_u64()
        .unwrap()
}

/// What etcdctl prints for `member add NAME --peer-urls URL`, built from etcdctl's own member
/// list after the add (members in list order, the new one under its given name).
fn expected_add(c: &Cluster, name: &str, url: &str) -> String {
    let list = members(c);
    let cluster = list["header"]["cluster_id"].as_u64().unwrap();
    let id = member_id(c, url);
    let initial: Vec<String> = list["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let n = if m["ID"].as_u64() == Some(id) {
                name
            } else {
                m["name"].as_str().unwrap_or("")
            };
            format!("{n}={}", m["peerURLs"][0].as_str().unwrap())
        })
        .collect();
    format!(
        "Member {id:16x} added to cluster {cluster:16x}\n\nETCD_NAME=\"{name}\"\nETCD_INITIAL_CLUSTER=\"{}\"\nETCD_INITIAL_ADVERTISE_PEER_URLS=\"{url}\"\nETCD_INITIAL_CLUSTER_STATE=\"existing\"\n",
        initial.join(",")
    )
}

fn leader(c: &Cluster) -> u64 {
    let st = etcdctl(c, &["endpoint", "status", "-w", "json"])
        .ok()
        .json();
    st[0]["Status"]["leader"].as_u64().unwrap()
}

/// etcd refuses membership changes until the leader has been connected to every member for
/// 5 s (its HealthInterval); a fresh cluster has to wait that long once.
fn wait_reconfigurable(c: &Cluster) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let out = etcdctl(
            c,
            &[
                "member",
                "update",
                &format!("{:x}", member_id(c, &c.members[0].peer_url)),
                &format!("--peer-urls={}", c.members[0].peer_url),
            ],
        );
        if out.code == 0 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "cluster never accepted a member update: {}",
            out.stderr
        );
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// Runs a membership change again while etcd refuses it as "unhealthy cluster": after a
/// member's peer URLs change or a member is added, etcd waits until the leader has been
/// connected to every member for 5 s. A refused change changed nothing.
fn retried(f: impl Fn() -> Out) -> Out {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let out = f();
        if out.code == 0 || !out.stderr.contains("unhealthy cluster") || Instant::now() > deadline {
            return out;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

#[test]
fn membership_commands_match_etcdctl() {
    for v in Version::all() {
        let mut c = Cluster::start_n(v, 3, &[]);
        wait_reconfigurable(&c);
        same(&c, &["member", "list"]);
        let id0 = format!("{:x}", member_id(&c, &c.members[0].peer_url));
        let peer0 = format!("--peer-urls={}", c.members[0].peer_url);

        // update: byte for byte, simple and JSON; by name too.
        same(&c, &["member", "update", &id0, &peer0]);
        // JSON: the same document; only which member answered may differ (etcdctl balances).
        let args = ["member", "update", &id0, &peer0, "-w", "json"];
        let (mut want, mut got) = (etcdctl(&c, &args).ok().json(), ours(&c, &args).ok().json());
        want["header"]["member_id"].take();
        got["header"]["member_id"].take();
        assert_eq!(got, want);
        let by_name = ours(&c, &["member", "update", "node-0", &peer0]).ok();
        assert_eq!(
            by_name.text(),
            etcdctl(&c, &["member", "update", &id0, &peer0]).ok().text()
        );

        // Errors: the same exit codes; ours says what happened and what to do.
        let missing = same(&c, &["member", "remove", "ffff"]);
        assert_eq!(missing.code, 1);
        assert!(
            missing.stderr.contains("found no member with that ID"),
            "{}",
            missing.stderr
        );
        let bad = same(&c, &["member", "remove", "zz"]);
        assert_eq!(bad.code, 128);
        assert!(bad.stderr.contains("node-0 ("), "{}", bad.stderr);
        let voting = same(&c, &["member", "promote", &id0]);
        assert_eq!(voting.code, 1);
        assert!(
            voting.stderr.contains("already a voting member"),
            "{}",
            voting.stderr
        );
        // No table for changes (etcdctl exits 4 after making the change; we refuse before).
        let before = members(&c)["members"].as_array().unwrap().len();
        let table = ours(
            &c,
            &[
                "member",
                "add",
                "t",
                "--peer-urls=https://127.0.0.1:1",
                "-w",
                "table",
            ],
        );
        assert_eq!(table.code, 4, "{}", table.stderr);
        assert_eq!(members(&c)["members"].as_array().unwrap().len(), before);

        // -w fields: etcdctl 3.4 and 3.5 have no fields printer for membership changes or
        // move-leader; they make the change, then exit 4 (promote crashes instead). `update`
        // to the same peer URL is a no-op, so etcdctl's exit code can be checked on it; ours
        // exits 4 too but before any request, so nothing changes.
        let theirs = etcdctl(&c, &["member", "update", &id0, &peer0, "-w", "fields"]);
        assert_eq!(theirs.code, 4, "{}", theirs.stderr);
        assert!(
            theirs
                .stderr
                .contains("fields not supported as output format"),
            "{}",
            theirs.stderr
        );
        let list_before = members(&c)["members"].clone();
        let leader_before = leader(&c);
        let other = c
            .members
            .iter()
            .map(|m| member_id(&c, &m.peer_url))
            .find(|&id| id != leader_before)
            .map(|id| format!("{id:x}"))
            .unwrap();
        let add_url = format!("--peer-urls=https://127.0.0.1:{}", free_port());
        for args in [
            &["member", "add", "f", &add_url, "--learner"][..],
            &["member", "update", &id0, "--peer-urls=https://127.0.0.1:1"],
            &["member", "remove", &id0, "--yes"],
            &["member", "promote", &id0],
            &["move-leader", &other],
        ] {
            let got = ours(&c, &[args, &["-w", "fields"][..]].concat());
            assert_eq!(got.code, 4, "{args:?}: {}", got.stderr);
            assert!(got.stdout.is_empty(), "{args:?}: {}", got.text());
        }
        assert_eq!(members(&c)["members"], list_before);
        assert_eq!(leader(&c), leader_before);

        // add: etcdctl's and ours print the same thing about their own add.
        let url = format!("https://127.0.0.1:{}", free_port());
        let want = retried(|| {
            etcdctl(
                &c,
                &[
                    "member",
                    "add",
                    "node-3",
                    &format!("--peer-urls={url}"),
                    "--learner",
                ],
            )
        })
        .ok();
        assert_eq!(want.text(), expected_add(&c, "node-3", &url));
        let id = format!("{:x}", member_id(&c, &url));
        retried(|| etcdctl(&c, &["member", "remove", &id])).ok();
        // etcd 3.4 refuses ("member not found") an add right after a member with the same
        // peer URL was removed: ours adds under a fresh URL.
        let url = format!("https://127.0.0.1:{}", free_port());
        let got = retried(|| {
            ours(
                &c,
                &[
                    "member",
                    "add",
                    "node-3",
                    &format!("--peer-urls={url}"),
                    "--learner",
                ],
            )
        })
        .ok();
        let initial = got
            .text()
            .lines()
            .find_map(|l| l.strip_prefix("ETCD_INITIAL_CLUSTER=\""))
            .unwrap()
            .trim_end_matches('"')
            .to_string();
        assert_eq!(got.text(), expected_add(&c, "node-3", &url));
        let learner = member_id(&c, &url);
        assert_eq!(
            members(&c)["members"]
                .as_array()
                .unwrap()
                .iter()
                .find(|m| m["ID"].as_u64() == Some(learner))
                .unwrap()["isLearner"],
            true
        );

        // A second learner, a retried add: both refused the same way, ours with a next step.
        let url2 = format!("https://127.0.0.1:{}", free_port());
        let two = same(
            &c,
            &[
                "member",
                "add",
                "node-4",
                &format!("--peer-urls={url2}"),
                "--learner",
            ],
        );
        assert_eq!(two.code, 1);
        assert!(two.stderr.contains("only one learner"), "{}", two.stderr);
        let again = same(
            &c,
            &["member", "add", "node-3", &format!("--peer-urls={url}")],
        );
        assert_eq!(again.code, 1);
        assert!(
            again.stderr.contains("already in the cluster")
                || again.stderr.contains("was just added"),
            "{}",
            again.stderr
        );

        // Start the learner; promote it by name once it has caught up.
        c.start_member("node-3", &url, &initial);
        let deadline = Instant::now() + Duration::from_secs(60);
        let promoted = loop {
            let out = ours(&c, &["member", "promote", "node-3"]);
            if out.code == 0 {
                break out;
            }
            assert!(
                out.stderr.contains("not caught up")
                    || out.stderr.contains("no member has the ID or name"),
                "{}",
                out.stderr
            );
            assert!(Instant::now() < deadline, "never promoted: {}", out.stderr);
            std::thread::sleep(Duration::from_millis(300));
        };
        let cluster = members(&c)["header"]["cluster_id"].as_u64().unwrap();
        assert_eq!(
            promoted.text(),
            format!("Member {learner:16x} promoted in cluster {cluster:16x}\n")
        );
        assert!(members(&c)["members"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["isLearner"] != true));

        // move-leader by name, through whichever endpoint leads; etcdctl prints the same line
        // for its own transfer.
        let from = leader(&c);
        let to_name = if from == learner { "node-0" } else { "node-3" };
        let to = if from == learner {
            member_id(&c, &c.members[0].peer_url)
        } else {
            learner
        };
        let moved = ours(&c, &["move-leader", to_name]).ok();
        assert_eq!(
            moved.text(),
            format!("Leadership transferred from {from:x} to {to:x}\n")
        );
        assert_eq!(leader(&c), to);
        let back = etcdctl(&c, &["move-leader", &format!("{from:x}")]).ok();
        assert_eq!(
            back.text(),
            format!("Leadership transferred from {to:x} to {from:x}\n")
        );
        // Given only a follower, etcdctl gives up (exit 128); we find the leader's URL.
        let follower = c
            .members
            .iter()
            .find(|m| member_id(&c, &m.peer_url) != from)
            .unwrap()
            .client_url
            .clone();
        let mut cmd = clean(c.version.etcdctl());
        cmd.arg(format!("--endpoints={follower}"))
            .args(c.tls_args())
            .args(["move-leader", &format!("{to:x}")]);
        let theirs = run(cmd, None);
        assert_eq!(theirs.code, 128, "{}", theirs.stderr);
        let mut cmd = clean(ours_path());
        cmd.arg(format!("--endpoints={follower}"))
            .args(c.tls_args())
            .args(["move-leader", &format!("{to:x}")]);
        run(cmd, None).ok();
        assert_eq!(leader(&c), to);

        // remove by name: gone from etcdctl's list.
        let removed = retried(|| ours(&c, &["member", "remove", "node-3"])).ok();
        assert_eq!(
            removed.text(),
            format!("Member {learner:16x} removed from cluster {cluster:16x}\n")
        );
        assert!(members(&c)["members"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["ID"].as_u64() != Some(learner)));
        c.stop_member(3);
    }
}

#[test]
fn hashkv_matches_etcdctl() {
    for v in Version::all() {
        let c = Cluster::start_n(v, 3, &[]);
        etcdctl(&c, &["put", "a", "1"]).ok();
        etcdctl(&c, &["put", "a", "2"]).ok();
        let rev = etcdctl(&c, &["get", "a", "-w", "json"]).ok().json()["header"]["revision"]
            .as_i64()
            .unwrap();
        let old = (rev - 1).to_string();
        for args in [
            &["endpoint", "hashkv"][..],
            &["endpoint", "hashkv", "-w", "json"],
            &["endpoint", "hashkv", "-w", "table"],
            &["endpoint", "hashkv", "--rev", &old],
            &["endpoint", "hashkv", "--rev", &old, "-w", "json"],
            // Byte for byte, headers included: each endpoint's hash comes from that endpoint
            // itself, so the answering member is the same for both tools.
            &["endpoint", "hashkv", "-w", "fields"],
            &["endpoint", "hashkv", "--rev", &old, "-w", "fields"],
        ] {
            same(&c, args);
        }
        // --cluster: every member's client URL, in member-list order.
        let mut cmd = clean(c.version.etcdctl());
        cmd.arg(format!("--endpoints={}", c.endpoint()))
            .args(c.tls_args())
            .args(["endpoint", "hashkv", "--cluster"]);
        let want = run(cmd, None).ok();
        let mut cmd = clean(ours_path());
        cmd.arg(format!("--endpoints={}", c.endpoint()))
            .args(c.tls_args())
            .args(["endpoint", "hashkv", "--cluster"]);
        assert_eq!(run(cmd, None).ok().text(), want.text());
        // --cluster -w fields: every member's hash, each header from that member.
        let cluster_fields = |program: &std::path::Path| {
            let mut cmd = clean(program);
            cmd.arg(format!("--endpoints={}", c.endpoint()))
                .args(c.tls_args())
                .args(["endpoint", "hashkv", "--cluster", "-w", "fields"]);
            run(cmd, None).ok().text()
        };
        let want = cluster_fields(&c.version.etcdctl());
        assert_eq!(want.matches("\"Hash\" : ").count(), 3, "{want}");
        assert_eq!(cluster_fields(&ours_path()), want);
        // A future revision: the same exit code, each endpoint named.
        let future = same(&c, &["endpoint", "hashkv", "--rev", "100000"]);
        assert_eq!(future.code, 1);
        assert!(
            future.stderr.contains("Failed to get the hash of endpoint"),
            "{}",
            future.stderr
        );
    }
}

/// Real divergence: one member's stored value is changed on disk while it is stopped (bbolt
/// has no checksums on data pages, and etcd's corruption checks are off by default, as in
/// kubeadm before 1.24), so it restarts serving different data than the others.
#[test]
fn a_member_whose_data_differs_is_flagged() {
    for v in Version::all() {
        let mut c = Cluster::start_n(v, 3, &[]);
        etcdctl(&c, &["put", "k", "divergent-AAAA"]).ok();
        for m in &c.members {
            // A linearizable read on each member: each has applied the put.
            let mut cmd = clean(c.version.etcdctl());
            cmd.arg(format!("--endpoints={}", m.client_url))
                .args(c.tls_args())
                .args(["get", "k"]);
            run(cmd, None).ok();
        }
        ours(&c, &["endpoint", "hashkv"]).ok();
        ours(&c, &["status"]).ok();
        c.stop_member(2);
        let db = c.members[2].data_dir.join("member/snap/db");
        let bytes = std::fs::read(&db).unwrap();
        let (from, to) = (b"divergent-AAAA", b"divergent-BBBB");
        let mut patched = bytes.clone();
        let mut n = 0;
        for i in 0..bytes.len().saturating_sub(from.len()) {
            if &bytes[i..i + from.len()] == from {
                patched[i..i + to.len()].copy_from_slice(to);
                n += 1;
            }
        }
        assert!(n > 0, "value not found in {}", db.display());
        std::fs::write(&db, patched).unwrap();
        c.restart_member(2);

        // etcdctl shows the differing hash but exits 0; we print the same and fail, naming it.
        let want = etcdctl(&c, &["endpoint", "hashkv"]).ok();
        let hashes: Vec<String> = want
            .text()
            .lines()
            .map(|l| l.rsplit(", ").next().unwrap().to_string())
            .collect();
        assert!(
            hashes[0] == hashes[1] && hashes[2] != hashes[0],
            "{}",
            want.text()
        );
        let got = ours(&c, &["endpoint", "hashkv"]);
        assert_eq!(got.text(), want.text());
        assert_eq!(got.code, 1, "{}", got.stderr);
        let bad = &c.members[2].client_url;
        assert!(
            got.stderr
                .contains(&format!("key-value store of {bad} differs")),
            "{}",
            got.stderr
        );
        // `status` marks that member, and only it.
        let st = ours(&c, &["status", "-w", "json"]);
        assert_eq!(st.code, 1, "{}", st.stderr);
        for row in st.json().as_array().unwrap() {
            let differs = row["endpoint"] == bad.as_str();
            assert_eq!(row["healthy"], !differs, "{row}");
            assert_eq!(
                row["error"].as_str().unwrap_or("").contains("differs"),
                differs,
                "{row}"
            );
        }
    }
}
