//! What membership commands share: naming a member by its hex ID or by its name, and
//! etcd's membership errors explained — what happened, and the next step.

use crate::etcd::RequestError;
use crate::exit::{Code, Failure};
use crate::output::model::{Member, MemberList};

/// The member `arg` names: its ID in hex (as `member list` prints it), else its name. A hex
/// string that is no member's ID and no member's name is passed on as an ID, so that etcd
/// answers as it does to etcdctl ("member not found").
pub fn resolve(list: &MemberList, arg: &str) -> Result<u64, Failure> {
    let as_id = u64::from_str_radix(arg, 16).ok();
    if let Some(id) = as_id.filter(|id| list.members.iter().any(|m| m.id == *id)) {
        return Ok(id);
    }
    let named: Vec<&Member> = list.members.iter().filter(|m| m.name == arg).collect();
    match (named.as_slice(), as_id) {
        ([one], _) => Ok(one.id),
        ([], Some(id)) => Ok(id),
        ([], None) => Err(Failure::new(
            Code::BadArgs,
            format!(
                "no member has the ID or name {arg:?} (IDs are hex, as `member list` prints them)"
            ),
        )
        .hint(format!("members are: {}", describe(list)))),
        (many, _) => Err(Failure::new(
            Code::BadArgs,
            format!("{} members are named {arg:?}", many.len()),
        )
        .hint(format!(
            "name it by ID: {}",
            many.iter()
                .map(|m| format!("{:x}", m.id))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// `name (id)` for each member, for hints.
pub fn describe(list: &MemberList) -> String {
    list.members
        .iter()
        .map(|m| {
            let name = if m.name.is_empty() {
                "unstarted"
            } else {
                &m.name
            };
            format!("{name} ({:x})", m.id)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The error etcd gave a membership request, with what it means and what to do next; other
/// errors pass through unchanged.
pub fn explain(err: anyhow::Error) -> anyhow::Error {
    let server = err
        .chain()
        .find_map(|c| match c.downcast_ref::<RequestError>() {
            Some(RequestError::Server(m)) => Some(m.clone()),
            _ => None,
        });
    let Some(msg) = server else { return err };
    let Some((what, next)) = meaning(&msg) else {
        return err;
    };
    err.context(Failure::new(Code::Error, what).hint(next))
}

/// etcd's message (server/etcdserver/errors.go, membership/errors.go) → (what happened, next
/// step). Longer messages first: several start the same way.
fn meaning(msg: &str) -> Option<(&'static str, &'static str)> {
    const TABLE: &[(&str, &str, &str)] = &[
        (
            "can only promote a learner member which is in sync with leader",
            "the learner has not caught up with the leader yet, so etcd refused to promote it",
            "if `kubectl etcd member list` shows it unstarted, start it first (with the settings `member add` printed); then wait until its raft index in `kubectl etcd endpoint status --cluster` is close to the leader's and run `member promote` again (a large database takes a while)",
        ),
        (
            "can only promote a learner member",
            "that member is already a voting member: only learners can be promoted",
            "nothing to do; `kubectl etcd member list` shows IS LEARNER for each member",
        ),
        (
            "too many learner members in cluster",
            "etcd allows only one learner at a time, and the cluster already has one",
            "promote the existing learner (`kubectl etcd member promote ID`) once it has caught up, or remove it if it never started (`kubectl etcd member remove ID`), then add again",
        ),
        (
            "not enough started members",
            "etcd refused the change: afterwards fewer started members than a quorum would be left",
            "start the stopped members first (see `kubectl etcd status`), or remove members that never started before this one",
        ),
        (
            "unhealthy cluster",
            "etcd refused the change because the cluster is not healthy enough for it: a voting member that has not started (or is down) would break quorum, or the leader has not been connected to every member for the last 5 seconds",
            "check `kubectl etcd status` and `kubectl etcd member list`: start the unstarted member or remove it, wait a few seconds after members restart, then try again",
        ),
        (
            "peerURL exists",
            "a member with this peer URL is already in the cluster (a retried `member add`?)",
            "`kubectl etcd member list` shows it: if it is unstarted, start etcd with the ETCD_INITIAL_* settings of the first add, or remove it and add again",
        ),
        (
            "Peer URLs already exists",
            "a member with this peer URL is already in the cluster (a retried `member add`?)",
            "`kubectl etcd member list` shows it: if it is unstarted, start etcd with the ETCD_INITIAL_* settings of the first add, or remove it and add again",
        ),
        (
            "ID removed",
            "that member was already removed from the cluster",
            "a removed member can never rejoin with its old data: move its data dir aside and add it again (`member add`), or use `kubectl etcd member resync NODE` on kubeadm",
        ),
        (
            "permanently removed",
            "the member has been permanently removed from the cluster, and its data dir still belongs to the old membership",
            "move its data dir aside and add it again (`member add`, then start it with --initial-cluster-state=existing)",
        ),
        (
            "member not found",
            "etcd found no member with that ID (etcd 3.4 also answers this to a `member add` in the same second as the removal of a member with the same peer URL: the new ID is derived from the URL and the time, and equals the removed one)",
            "`kubectl etcd member list` shows the members' IDs (hex) and names; for an add, check that list, then try again",
        ),
        (
            "member ID already exist",
            "a member with this peer URL was just added (etcd 3.4 derives the ID from the peer URL and the time, so a retried add gets the same ID)",
            "`kubectl etcd member list` shows it: if it is unstarted, start etcd with the ETCD_INITIAL_* settings of the first add, or remove it and add again",
        ),
        (
            "ID exists",
            "a member with that ID already exists",
            "`kubectl etcd member list` shows the members",
        ),
        (
            "member count is unequal",
            "the member's --initial-cluster does not list the same members as the cluster",
            "set --initial-cluster to every current member (`name=peerURL`, from `kubectl etcd member list`) and --initial-cluster-state=existing",
        ),
        (
            "has already been bootstrapped",
            "the member was started with --initial-cluster-state=new on a cluster that already exists",
            "start it with --initial-cluster-state=existing and an empty data dir",
        ),
        (
            "leader changed",
            "the leader changed while the request was in flight",
            "run the command again",
        ),
    ];
    TABLE
        .iter()
        .find(|(needle, _, _)| msg.contains(needle))
        .map(|(_, what, next)| (*what, *next))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> MemberList {
        let m = |id, name: &str| Member {
            id,
            name: name.into(),
            ..Default::default()
        };
        MemberList {
            header: None,
            members: vec![m(0xabc, "cp-0"), m(0x8e9e05c52164694d, "abc"), m(7, "")],
        }
    }

    #[test]
    fn ids_win_over_names_and_unknown_hex_goes_to_etcd() {
        let l = list();
        assert_eq!(resolve(&l, "abc").unwrap(), 0xabc);
        assert_eq!(resolve(&l, "cp-0").unwrap(), 0xabc);
        assert_eq!(resolve(&l, "8e9e05c52164694d").unwrap(), 0x8e9e05c52164694d);
        assert_eq!(resolve(&l, "ff").unwrap(), 0xff);
        let e = resolve(&l, "cp-9").unwrap_err();
        assert_eq!(e.code, Code::BadArgs);
        assert!(e
            .hint
            .unwrap()
            .contains("cp-0 (abc), abc (8e9e05c52164694d), unstarted (7)"));
    }
}
