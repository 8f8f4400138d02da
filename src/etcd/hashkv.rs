//! Members' key-value hashes, and the divergence check built on them: etcd's HashKV hashes
//! every key revision from the compacted revision up to a given one, so two members that
//! applied the same history return the same hash *at the same revision*. A member whose
//! hash differs there holds different data — the silent inconsistency nothing else shows.

use anyhow::{Context, Result};

use super::{Endpoint, Target};
use crate::output::model::HashKv;

/// One endpoint's answer.
pub struct Hashed {
    pub endpoint: Endpoint,
    pub result: Result<HashKv>,
}

/// HashKV at `rev` (0 = latest) on each endpoint, in endpoint order.
pub async fn hash_all(target: &Target, rev: i64) -> Vec<Hashed> {
    let mut out = Vec::with_capacity(target.endpoints.len());
    for ep in &target.endpoints {
        let result = async {
            let mut client = target.client_for(ep).await?;
            let resp = target.request("hashkv", client.hash_kv(rev)).await?;
            Ok::<_, anyhow::Error>(HashKv::from(&resp))
        }
        .await
        .with_context(|| format!("endpoint {ep}"));
        out.push(Hashed {
            endpoint: ep.clone(),
            result,
        });
    }
    out
}

/// What comparing the members' hashes found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Fewer than two members answered: nothing to compare.
    Alone,
    /// All answering members agree at `revision`.
    Agree { revision: i64, hash: u32 },
    /// Members were compacted at different revisions (a compaction in flight): their hashes
    /// cannot be compared now.
    Incomparable { detail: String },
    /// These endpoints' hashes differ from the majority's at `revision` (all of them, when
    /// there is no majority).
    Differ {
        revision: i64,
        differing: Vec<String>,
        detail: String,
    },
}

/// Compares the hashes of `hashed` (taken at `rev`); when they differ and were taken at
/// each member's own latest revision, hashes everything again at one common revision first,
/// so that a write landing between two requests is not mistaken for divergence.
pub async fn check(target: &Target, rev: i64, hashed: &[Hashed]) -> Result<Verdict> {
    let ok: Vec<(&str, &HashKv)> = ok_results(hashed);
    if ok.len() < 2 {
        return Ok(Verdict::Alone);
    }
    let first = verdict(&ok, rev);
    if rev != 0 || !matches!(first, Verdict::Differ { .. }) {
        return Ok(first);
    }
    // The lowest revision every member has reached (and none has compacted past).
    let common = ok
        .iter()
        .map(|(_, h)| h.header.as_ref().map(|h| h.revision).unwrap_or_default())
        .min()
        .unwrap_or_default();
    let again = hash_all(target, common).await;
    let ok = ok_results(&again);
    if ok.len() < 2 {
        return Ok(Verdict::Alone);
    }
    Ok(verdict(&ok, common))
}

fn ok_results(hashed: &[Hashed]) -> Vec<(&str, &HashKv)> {
    hashed
        .iter()
        .filter_map(|h| Some((h.endpoint.original.as_str(), h.result.as_ref().ok()?)))
        .collect()
}

/// The verdict on hashes taken at one revision (`rev`; 0 = each member's latest).
pub fn verdict(ok: &[(&str, &HashKv)], rev: i64) -> Verdict {
    let revision = if rev != 0 {
        rev
    } else {
        ok.iter()
            .map(|(_, h)| h.header.as_ref().map(|h| h.revision).unwrap_or_default())
            .max()
            .unwrap_or_default()
    };
    let compacts: std::collections::BTreeSet<i64> =
        ok.iter().map(|(_, h)| h.compact_revision).collect();
    if compacts.len() > 1 {
        return Verdict::Incomparable {
            detail: ok
                .iter()
                .map(|(ep, h)| format!("{ep} compacted at {}", h.compact_revision))
                .collect::<Vec<_>>()
                .join(", "),
        };
    }
    // Count each hash; the one most members share is taken as right.
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for (_, h) in ok {
        match counts.iter_mut().find(|(hash, _)| *hash == h.hash) {
            Some((_, n)) => *n += 1,
            None => counts.push((h.hash, 1)),
        }
    }
    if counts.len() == 1 {
        return Verdict::Agree {
            revision,
            hash: counts[0].0,
        };
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let majority = (counts[0].1 > counts[1].1).then_some(counts[0].0);
    let differing = ok
        .iter()
        .filter(|(_, h)| Some(h.hash) != majority)
        .map(|(ep, _)| ep.to_string())
        .collect();
    let detail = ok
        .iter()
        .map(|(ep, h)| format!("{ep}: {}", h.hash))
        .collect::<Vec<_>>()
        .join(", ");
    Verdict::Differ {
        revision,
        differing,
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::model::Header;

    fn h(hash: u32, revision: i64, compact: i64) -> HashKv {
        HashKv {
            header: Some(Header {
                revision,
                ..Default::default()
            }),
            hash,
            compact_revision: compact,
            hash_revision: 0,
        }
    }

    #[test]
    fn the_minority_member_is_flagged() {
        let (a, b, c) = (h(1, 10, 5), h(1, 10, 5), h(2, 10, 5));
        let v = verdict(&[("a", &a), ("b", &b), ("c", &c)], 10);
        assert_eq!(
            v,
            Verdict::Differ {
                revision: 10,
                differing: vec!["c".into()],
                detail: "a: 1, b: 1, c: 2".into()
            }
        );
        assert_eq!(
            verdict(&[("a", &a), ("b", &b)], 0),
            Verdict::Agree {
                revision: 10,
                hash: 1
            }
        );
    }

    #[test]
    fn no_majority_flags_everyone_and_compaction_skew_is_not_divergence() {
        let (a, c) = (h(1, 10, 5), h(2, 10, 5));
        let Verdict::Differ { differing, .. } = verdict(&[("a", &a), ("c", &c)], 10) else {
            panic!()
        };
        assert_eq!(differing, ["a", "c"]);
        let skew = h(2, 10, 6);
        assert!(matches!(
            verdict(&[("a", &a), ("c", &skew)], 10),
            Verdict::Incomparable { .. }
        ));
    }
}
