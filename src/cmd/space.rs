//! How full each member is: its database file, the part in use, and the quota at which etcd
//! raises NOSPACE and turns read-only. Shared by `status` (warnings), `defrag` (the plan) and
//! `alarm disarm` (is it safe to disarm?).

use std::time::Instant;

use anyhow::Result;
use etcd_client::{AlarmAction, AlarmType, GetOptions};
use serde::Serialize;

use crate::cluster::Member;
use crate::etcd::{Endpoint, RequestError, Target};
use crate::output::model::{Alarms, MemberList, Status};
use crate::output::units::humanize_bytes;

/// etcd's `--quota-backend-bytes` when unset (or 0): 2 GiB.
pub const DEFAULT_QUOTA: i64 = 2 << 30;
/// Above this share of the quota, `status` warns.
pub const QUOTA_WARNING: f64 = 0.8;
/// Above this share of free pages in the file, `status` warns.
pub const FREE_WARNING: f64 = 0.5;

/// Where a member's quota came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum QuotaSource {
    /// `--quota-backend-bytes` given to kubectl-etcd.
    Flag,
    /// `--quota-backend-bytes` in the member's pod spec.
    PodSpec,
    /// Reported by etcd itself (3.6 and later).
    Server,
    /// Nothing says otherwise: etcd's default.
    Default,
}

/// The quota that applies to a member, from the most specific source that knows it.
pub fn quota(
    flag: Option<i64>,
    member: Option<&Member>,
    status: Option<&Status>,
) -> (i64, QuotaSource) {
    if let Some(q) = flag.filter(|q| *q > 0) {
        return (q, QuotaSource::Flag);
    }
    if let Some(q) = member.and_then(|m| m.quota_backend_bytes) {
        return (q, QuotaSource::PodSpec);
    }
    if let Some(q) = status.map(|s| s.db_size_quota).filter(|q| *q > 0) {
        return (q, QuotaSource::Server);
    }
    (DEFAULT_QUOTA, QuotaSource::Default)
}

/// A member's space, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Space {
    pub db_size: i64,
    pub db_size_in_use: i64,
    pub db_quota: i64,
    pub quota_source: QuotaSource,
}

impl Space {
    pub fn new(status: &Status, quota: (i64, QuotaSource)) -> Space {
        Space {
            db_size: status.db_size.max(0),
            db_size_in_use: status.db_size_in_use.max(0),
            db_quota: quota.0,
            quota_source: quota.1,
        }
    }

    /// Free pages inside the file: what a defrag gives back.
    pub fn free(&self) -> i64 {
        (self.db_size - self.db_size_in_use).max(0)
    }

    /// File size / quota (NOSPACE at 1.0).
    pub fn quota_usage(&self) -> f64 {
        if self.db_quota > 0 {
            self.db_size as f64 / self.db_quota as f64
        } else {
            0.0
        }
    }

    /// Free pages / file size.
    pub fn free_ratio(&self) -> f64 {
        if self.db_size > 0 {
            self.free() as f64 / self.db_size as f64
        } else {
            0.0
        }
    }

    /// `12% of 2.1 GB` (the quota named as etcd's default when it is one).
    pub fn quota_text(&self) -> String {
        format!(
            "{}% of {}{}",
            percent(self.quota_usage()),
            humanize_bytes(self.db_quota as u64),
            if self.quota_source == QuotaSource::Default {
                " (default)"
            } else {
                ""
            }
        )
    }

    /// What `status` warns about, each with the command that helps.
    pub fn warnings(&self, who: &str) -> Vec<String> {
        let mut out = Vec::new();
        if self.quota_usage() > QUOTA_WARNING {
            out.push(format!(
                "{who} uses {}% of its quota ({} of {}); at 100% etcd raises NOSPACE and refuses every write: run `kubectl etcd defrag --compact`, then find what fills it with `kubectl etcd usage`, or raise --quota-backend-bytes",
                percent(self.quota_usage()),
                humanize_bytes(self.db_size as u64),
                humanize_bytes(self.db_quota as u64),
            ));
        }
        if self.free_ratio() > FREE_WARNING {
            out.push(format!(
                "{who}: {}% of its {} database file is free space; `kubectl etcd defrag` gives back {}",
                percent(self.free_ratio()),
                humanize_bytes(self.db_size as u64),
                humanize_bytes(self.free() as u64),
            ));
        }
        out
    }
}

/// A whole percentage, rounded down so that 99.9% never shows as 100%.
pub fn percent(ratio: f64) -> u64 {
    (ratio * 100.0).floor().max(0.0) as u64
}

/// One member as a maintenance command sees it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberState {
    /// The endpoint (the pod's name in cluster mode).
    pub endpoint: String,
    /// etcd's member name.
    pub name: String,
    #[serde(serialize_with = "hex")]
    pub id: u64,
    pub is_leader: bool,
    #[serde(skip)]
    pub leader: u64,
    pub space: Option<Space>,
    /// Active alarms raised by this member (NOSPACE, CORRUPT).
    pub alarms: Vec<String>,
    /// A linearizable read went through raft.
    pub healthy: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub error: String,
    #[serde(skip)]
    pub ep: Endpoint,
}

fn hex<S: serde::Serializer>(id: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{id:x}"))
}

/// The member list, to name each endpoint's member; `None` when no member answers (each
/// endpoint's own status says why).
pub async fn member_names(target: &Target) -> Option<MemberList> {
    let mut c = target.client().await.ok()?;
    target
        .request("member list", c.member_list())
        .await
        .map(|r| MemberList::from(&r))
        .ok()
}

/// Status, alarms and a health read of every endpoint, concurrently, in endpoint order.
/// `members` are the pods behind the endpoints (cluster mode; empty in direct mode).
pub async fn survey(
    target: &Target,
    members: &[Member],
    quota_flag: Option<i64>,
) -> Vec<MemberState> {
    let names = member_names(target).await;
    let names = names.as_ref();
    let probes = target.endpoints.iter().enumerate().map(|(i, ep)| {
        let member = members.get(i);
        async move {
            let mut row = MemberState {
                endpoint: ep.original.clone(),
                name: member.map(|m| m.name.clone()).unwrap_or_default(),
                id: 0,
                is_leader: false,
                leader: 0,
                space: None,
                alarms: Vec::new(),
                healthy: false,
                error: String::new(),
                ep: ep.clone(),
            };
            match probe(target, ep).await {
                Ok((status, alarms, health)) => {
                    row.id = status.header.as_ref().map(|h| h.member_id).unwrap_or(0);
                    row.leader = status.leader;
                    row.is_leader = row.id != 0 && status.leader == row.id;
                    row.space = Some(Space::new(
                        &status,
                        quota(quota_flag, member, Some(&status)),
                    ));
                    row.alarms = alarms
                        .alarms
                        .iter()
                        .filter(|a| a.member_id == row.id || a.member_id == 0)
                        .map(|a| a.name().to_string())
                        .collect();
                    match health {
                        Ok(()) => row.healthy = true,
                        Err(e) => row.error = format!("{e:#}"),
                    }
                    if row.name.is_empty() {
                        row.name = names
                            .and_then(|n| n.members.iter().find(|m| m.id == row.id))
                            .map(|m| m.name.clone())
                            .unwrap_or_else(|| format!("{:x}", row.id));
                    }
                }
                Err(e) => row.error = format!("{e:#}"),
            }
            if row.name.is_empty() {
                row.name = ep.original.clone();
            }
            row
        }
    });
    futures_util::future::join_all(probes).await
}

async fn probe(target: &Target, ep: &Endpoint) -> Result<(Status, Alarms, Result<()>)> {
    let mut client = target.client_for(ep).await?;
    let status = Status::from(&target.request("status", client.status()).await?);
    let alarms = Alarms::from(
        &target
            .request(
                "alarm list",
                client.alarm(AlarmAction::Get, AlarmType::None, None),
            )
            .await?,
    );
    let start = Instant::now();
    // etcdctl's health check: a linearizable read commits through raft; "permission denied"
    // still proves it did.
    let health = match target
        .request(
            "health check",
            client.get("health", Some(GetOptions::new())),
        )
        .await
    {
        Ok(_) => Ok(()),
        Err(e)
            if e.chain().any(|c| {
                matches!(c.downcast_ref::<RequestError>(),
                    Some(RequestError::Server(m)) if m.contains("permission denied"))
            }) =>
        {
            Ok(())
        }
        Err(e) => Err(e.context(format!("no linearizable read within {:?}", start.elapsed()))),
    };
    Ok((status, alarms, health))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn space(size: i64, in_use: i64, quota: i64) -> Space {
        Space {
            db_size: size,
            db_size_in_use: in_use,
            db_quota: quota,
            quota_source: QuotaSource::PodSpec,
        }
    }

    #[test]
    fn quota_comes_from_the_most_specific_source() {
        let mut status = Status {
            header: None,
            version: String::new(),
            db_size: 0,
            leader: 0,
            raft_index: 0,
            raft_term: 0,
            raft_applied_index: 0,
            errors: Vec::new(),
            db_size_in_use: 0,
            is_learner: false,
            db_size_quota: 0,
        };
        assert_eq!(
            quota(None, None, Some(&status)),
            (2147483648, QuotaSource::Default)
        );
        status.db_size_quota = 100;
        assert_eq!(quota(None, None, Some(&status)), (100, QuotaSource::Server));
        assert_eq!(quota(Some(7), None, Some(&status)), (7, QuotaSource::Flag));
        assert_eq!(
            quota(Some(0), None, None),
            (DEFAULT_QUOTA, QuotaSource::Default)
        );
    }

    #[test]
    fn warnings_at_the_thresholds() {
        // 80% exactly is not above 80%; 50% free exactly is not above half.
        assert!(space(800, 400, 1000).warnings("m").is_empty());
        let w = space(801, 801, 1000).warnings("m");
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("80% of its quota"), "{w:?}");
        assert!(w[0].contains("kubectl etcd defrag --compact"), "{w:?}");
        let w = space(1000, 499, 1_000_000).warnings("m");
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("50% of its 1.0 kB"), "{w:?}");
        assert!(w[0].contains("gives back 501 B"), "{w:?}");
        assert_eq!(space(990, 10, 1000).warnings("m").len(), 2);
        // An empty member (no answer yet) warns about nothing.
        assert!(space(0, 0, 0).warnings("m").is_empty());
    }

    #[test]
    fn quota_text_names_the_default() {
        let mut s = space(214748364, 0, DEFAULT_QUOTA);
        assert_eq!(s.quota_text(), "9% of 2.1 GB");
        s.quota_source = QuotaSource::Default;
        assert_eq!(s.quota_text(), "9% of 2.1 GB (default)");
    }
}
