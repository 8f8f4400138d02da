//! The plan: which members, in which order, and why — decided from one survey, before
//! anything changes, so that `--dry-run` prints exactly what a run would do.

use serde::Serialize;

use super::rule::{Rule, Vars};
use crate::cmd::space::MemberState;
use crate::output::table;
use crate::output::units::humanize_bytes;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    #[serde(flatten)]
    pub member: MemberState,
    pub role: &'static str,
    /// The rule (or its absence) selects it.
    pub selected: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// Followers first, the leader last; members that did not answer at the end.
    pub members: Vec<Entry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    pub compact: bool,
    pub move_leader: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_between: Option<String>,
    /// Members that block the plan (unhealthy, or a CORRUPT alarm), with why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub blockers: Vec<String>,
}

pub struct Options<'a> {
    pub rule: Option<&'a Rule>,
    pub compact: bool,
    pub move_leader: bool,
    pub wait_between: Option<std::time::Duration>,
}

pub fn build(survey: Vec<MemberState>, opts: &Options) -> Plan {
    let mut blockers = Vec::new();
    let mut members: Vec<Entry> = survey
        .into_iter()
        .map(|m| {
            if !m.healthy {
                blockers.push(format!("{} is unhealthy: {}", m.endpoint, m.error));
            } else if let Some(a) = m.alarms.iter().find(|a| *a != "NOSPACE") {
                // NOSPACE is what defrag cures; anything else (CORRUPT) needs a person.
                blockers.push(format!("{} has an active {a} alarm", m.endpoint));
            }
            let selected = match (&m.space, opts.rule) {
                (None, _) => false,
                (Some(_), None) => true,
                (Some(s), Some(rule)) => rule.selects(&Vars {
                    db_size: s.db_size as f64,
                    db_size_in_use: s.db_size_in_use as f64,
                    db_quota: s.db_quota as f64,
                }),
            };
            let role = match (&m.space, m.is_leader) {
                (None, _) => "unknown",
                (Some(_), true) => "leader",
                (Some(_), false) => "follower",
            };
            Entry {
                member: m,
                role,
                selected,
            }
        })
        .collect();
    // Stable: followers in endpoint order, then the leader, then whoever did not answer.
    members.sort_by_key(|e| match e.role {
        "follower" => 0,
        "leader" => 1,
        _ => 2,
    });
    Plan {
        members,
        rule: opts.rule.map(|r| r.to_string()),
        compact: opts.compact,
        move_leader: opts.move_leader,
        wait_between: opts
            .wait_between
            .map(|d| humantime::format_duration(d).to_string()),
        blockers,
    }
}

impl Plan {
    pub fn selected(&self) -> impl Iterator<Item = &Entry> {
        self.members.iter().filter(|e| e.selected)
    }

    /// The member table and the numbered steps, as printed before a run and by `--dry-run`.
    pub fn render(&self) -> String {
        let headers = [
            "#",
            "MEMBER",
            "ENDPOINT",
            "ROLE",
            "DB SIZE",
            "IN USE",
            "RECLAIMABLE",
            "QUOTA",
            "ALARMS",
            "SELECTED",
        ];
        let mut n = 0;
        let rows: Vec<Vec<String>> = self
            .members
            .iter()
            .map(|e| {
                let order = if e.selected {
                    n += 1;
                    n.to_string()
                } else {
                    "-".into()
                };
                let s = e.member.space.as_ref();
                let bytes = |f: fn(&crate::cmd::space::Space) -> i64| {
                    s.map(|s| humanize_bytes(f(s) as u64))
                        .unwrap_or_else(|| "-".into())
                };
                vec![
                    order,
                    e.member.name.clone(),
                    e.member.endpoint.clone(),
                    e.role.to_string(),
                    bytes(|s| s.db_size),
                    bytes(|s| s.db_size_in_use),
                    bytes(|s| s.free()),
                    s.map(|s| s.quota_text()).unwrap_or_else(|| "-".into()),
                    if e.member.alarms.is_empty() {
                        "none".into()
                    } else {
                        e.member.alarms.join(",")
                    },
                    match (&self.rule, e.selected) {
                        (_, true) => "yes".into(),
                        (Some(_), false) if s.is_some() => "no (rule)".into(),
                        _ => "no (no answer)".into(),
                    },
                ]
            })
            .collect();
        let mut out = format!(
            "Defragmentation plan: {} of {} member(s), followers first, the leader last{}.\n",
            self.selected().count(),
            self.members.len(),
            match &self.rule {
                Some(r) => format!(", rule `{r}`"),
                None => String::new(),
            }
        );
        out.push_str(&table::render_left(&headers, &rows));
        out.push_str("Steps:\n");
        let mut step = 0;
        let mut line = |text: String| {
            step += 1;
            out.push_str(&format!("  {step}. {text}\n"));
        };
        line("check that every member is healthy (an active NOSPACE alarm is allowed)".into());
        if self.compact {
            line("compact the history at the current revision (kube-apiserver also compacts every 5 minutes)".into());
        }
        let selected: Vec<&Entry> = self.selected().collect();
        let others_healthy = |leader: &Entry| {
            self.members.iter().any(|e| {
                e.member.endpoint != leader.member.endpoint
                    && e.role == "follower"
                    && e.member.healthy
            })
        };
        for (i, e) in selected.iter().enumerate() {
            if i > 0 {
                if let Some(w) = &self.wait_between {
                    line(format!("wait {w}"));
                }
            }
            if e.role == "leader" {
                if self.move_leader && others_healthy(e) {
                    line(format!(
                        "move leadership from {} to a healthy{} follower",
                        e.member.name,
                        if selected.len() > 1 {
                            " defragmented"
                        } else {
                            ""
                        }
                    ));
                } else if self.move_leader {
                    line(format!(
                        "(no other healthy member to move leadership to: writes stall while {} is defragmented)",
                        e.member.name
                    ));
                }
            }
            line(format!(
                "defragment {} ({}; it serves nothing while this runs{})",
                e.member.name,
                e.role,
                if e.role == "leader" && !self.move_leader {
                    ", and the whole cluster stalls writes"
                } else {
                    ""
                }
            ));
        }
        if selected.is_empty() {
            line("nothing to defragment".into());
        }
        for b in &self.blockers {
            out.push_str(&format!(
                "Unhealthy (the plan stops unless --skip-health): {b}\n"
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmd::space::{QuotaSource, Space};
    use crate::etcd::Endpoint;

    fn member(name: &str, leader: bool, size: i64, in_use: i64) -> MemberState {
        MemberState {
            endpoint: format!("etcd-{name}"),
            name: name.into(),
            id: 1,
            is_leader: leader,
            leader: 0,
            space: Some(Space {
                db_size: size,
                db_size_in_use: in_use,
                db_quota: 1000,
                quota_source: QuotaSource::PodSpec,
            }),
            alarms: Vec::new(),
            healthy: true,
            error: String::new(),
            ep: Endpoint::parse("https://127.0.0.1:2379", true).unwrap(),
        }
    }

    fn opts(rule: Option<&Rule>) -> Options<'_> {
        Options {
            rule,
            compact: false,
            move_leader: true,
            wait_between: None,
        }
    }

    #[test]
    fn followers_first_leader_last_silent_members_at_the_end() {
        let mut silent = member("d", false, 0, 0);
        silent.space = None;
        silent.healthy = false;
        silent.error = "connection refused".into();
        let plan = build(
            vec![
                member("a", true, 100, 10),
                silent,
                member("b", false, 100, 10),
                member("c", false, 100, 10),
            ],
            &opts(None),
        );
        let order: Vec<&str> = plan
            .members
            .iter()
            .map(|e| e.member.name.as_str())
            .collect();
        assert_eq!(order, ["b", "c", "a", "d"]);
        let selected: Vec<&str> = plan.selected().map(|e| e.member.name.as_str()).collect();
        assert_eq!(selected, ["b", "c", "a"]);
        assert_eq!(plan.blockers, ["etcd-d is unhealthy: connection refused"]);
        let text = plan.render();
        let moved = text.find("move leadership from a").unwrap();
        assert!(text.find("defragment c").unwrap() < moved, "{text}");
        assert!(moved < text.find("defragment a").unwrap(), "{text}");
    }

    #[test]
    fn the_rule_selects_and_nospace_does_not_block() {
        let rule = Rule::parse("dbSizeFree > 50").unwrap();
        let mut full = member("b", false, 1000, 100);
        full.alarms = vec!["NOSPACE".into()];
        let mut corrupt = member("c", false, 100, 90);
        corrupt.alarms = vec!["CORRUPT".into()];
        let plan = build(
            vec![member("a", true, 100, 90), full, corrupt],
            &opts(Some(&rule)),
        );
        let selected: Vec<&str> = plan.selected().map(|e| e.member.name.as_str()).collect();
        assert_eq!(selected, ["b"]);
        assert_eq!(plan.blockers, ["etcd-c has an active CORRUPT alarm"]);
        let text = plan.render();
        assert!(text.contains("no (rule)"), "{text}");
        assert!(!text.contains("move leadership"), "{text}");
    }
}
