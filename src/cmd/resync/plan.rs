//! What `member resync` will do, decided before anything changes: the member, the quorum
//! arithmetic, the paths and the new manifest.

use crate::exit::{Code, Failure};
use crate::output::model::MemberList;

/// The quorum precondition: removing the member must leave a healthy quorum.
/// `voters`: voting members now (including the one to rebuild when it is still one);
/// `target_votes`: whether the member to rebuild is a voting member; `healthy_others`: the
/// names of the other voting members that answered.
pub fn check_quorum(
    voters: usize,
    target_votes: bool,
    healthy_others: &[String],
    down_others: &[String],
) -> Result<String, Failure> {
    let after = voters - usize::from(target_votes);
    let quorum = after / 2 + 1;
    let arithmetic = format!(
        "{voters} voting members; without this one {after} remain, whose quorum is {quorum}; {} of them healthy ({})",
        healthy_others.len(),
        if healthy_others.is_empty() { "none".to_string() } else { healthy_others.join(", ") }
    );
    if healthy_others.len() < quorum {
        return Err(Failure::new(
            Code::Error,
            format!("refusing to resync: the other members have no healthy quorum ({arithmetic}; down: {})", down_others.join(", ")),
        )
        .hint("bring the other members back first (`kubectl etcd status`); with quorum lost for good, restore a snapshot instead (`kubectl etcd snapshot restore`)"));
    }
    Ok(arithmetic)
}

/// `--initial-cluster` for the rebuilt member: every other member's `name=peerURL`, then its
/// own, in member-list order.
pub fn initial_cluster(
    list: &MemberList,
    removed_id: Option<u64>,
    name: &str,
    peer_urls: &[String],
) -> String {
    let mut parts: Vec<String> = list
        .members
        .iter()
        .filter(|m| Some(m.id) != removed_id && m.peer_urls != peer_urls)
        .flat_map(|m| m.peer_urls.iter().map(move |u| format!("{}={u}", m.name)))
        .collect();
    parts.extend(peer_urls.iter().map(|u| format!("{name}={u}")));
    parts.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::model::Member;

    #[test]
    fn quorum_arithmetic() {
        let ok = check_quorum(3, true, &["cp-0".into(), "cp-1".into()], &[]).unwrap();
        assert!(ok.contains("3 voting members; without this one 2 remain, whose quorum is 2"));
        let err = check_quorum(3, true, &["cp-0".into()], &["cp-1".into()]).unwrap_err();
        assert!(
            err.message.contains("1 of them healthy (cp-0); down: cp-1"),
            "{}",
            err.message
        );
        // Already removed (not voting): 2 voters, quorum 2.
        assert!(check_quorum(2, false, &["a".into()], &["b".into()]).is_err());
        assert!(check_quorum(
            5,
            true,
            &["a".into(), "b".into(), "c".into()],
            &["d".into()]
        )
        .is_ok());
    }

    #[test]
    fn initial_cluster_lists_the_others_then_the_member() {
        let m = |id, name: &str, url: &str| Member {
            id,
            name: name.into(),
            peer_urls: vec![url.into()],
            ..Default::default()
        };
        let list = MemberList {
            header: None,
            members: vec![
                m(1, "cp-0", "https://a:2380"),
                m(2, "cp-2", "https://c:2380"),
                m(3, "cp-1", "https://b:2380"),
            ],
        };
        assert_eq!(
            initial_cluster(&list, Some(2), "cp-2", &["https://c:2380".into()]),
            "cp-0=https://a:2380,cp-1=https://b:2380,cp-2=https://c:2380"
        );
    }
}
