//! Backup names: `<cluster>-<YYYYMMDDTHHMMSSZ>-rev<revision>.db[.zst][.age]`, made and
//! read back, so that a listing needs no object metadata and sorts by time.

/// The default name of a backup.
pub fn backup_name(cluster: &str, stamp: &str, revision: i64, suffix: &str) -> String {
    format!("{cluster}-{stamp}-rev{revision}.db{suffix}")
}

/// What a backup's name says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameInfo {
    pub cluster: String,
    /// Seconds since the epoch (UTC).
    pub time: i64,
    pub revision: i64,
    pub compressed: bool,
    pub encrypted: bool,
}

/// Reads a name made by [`backup_name`]; `None` for anything else.
pub fn parse_name(name: &str) -> Option<NameInfo> {
    let (stem, encrypted) = match name.strip_suffix(".age") {
        Some(s) => (s, true),
        None => (name, false),
    };
    let (stem, compressed) = match stem.strip_suffix(".zst") {
        Some(s) => (s, true),
        None => (stem, false),
    };
    let stem = stem.strip_suffix(".db")?;
    let (rest, rev) = stem.rsplit_once("-rev")?;
    let revision = rev.parse().ok()?;
    let (cluster, stamp) = rest.rsplit_once('-')?;
    Some(NameInfo {
        cluster: cluster.to_string(),
        time: parse_stamp(stamp)?,
        revision,
        compressed,
        encrypted,
    })
}

/// `YYYYMMDDTHHMMSSZ` → seconds since the epoch.
fn parse_stamp(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (h, mi, se) = (num(9..11)?, num(11..13)?, num(13..15)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
        return None;
    }
    Some(days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se)
}

/// Howard Hinnant's days_from_civil (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        let n = backup_name("prod-eu", "20261202T010500Z", 4242, ".zst.age");
        assert_eq!(n, "prod-eu-20261202T010500Z-rev4242.db.zst.age");
        let info = parse_name(&n).unwrap();
        assert_eq!(info.cluster, "prod-eu");
        assert_eq!(info.revision, 4242);
        assert!(info.compressed && info.encrypted);
        // 2026-12-02T01:05:00Z, as `date -u -d 2026-12-02T01:05:00Z +%s` says.
        assert_eq!(info.time, 1_796_173_500);
        assert!(parse_name("backup.db").is_none());
        assert!(parse_name("x-2026120T010500Z-rev1.db").is_none());
    }
}

/// One backup found under a prefix or in a folder.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    pub name: String,
    /// Where it is, as the user would type it.
    pub url: String,
    /// Seconds since the epoch: from the name, else the object's modification time.
    #[serde(skip)]
    pub time: i64,
    #[serde(rename = "time")]
    pub time_rfc3339: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<i64>,
    pub size: u64,
    pub compressed: bool,
    pub encrypted: bool,
}

/// Whether a file name looks like a snapshot (ours or anyone's), not a leftover `.part`.
fn is_snapshot_name(name: &str) -> bool {
    let stem = name.strip_suffix(".age").unwrap_or(name);
    let stem = stem.strip_suffix(".zst").unwrap_or(stem);
    stem.ends_with(".db") && !stem.starts_with('.')
}

fn entry(name: String, url: String, modified: i64, size: u64) -> Entry {
    let info = parse_name(&name);
    let time = info.as_ref().map(|i| i.time).unwrap_or(modified);
    Entry {
        compressed: name.ends_with(".zst") || name.ends_with(".zst.age"),
        encrypted: name.ends_with(".age"),
        revision: info.map(|i| i.revision),
        time,
        time_rfc3339: crate::decode::time::rfc3339(time, 0, false),
        name,
        url,
        size,
    }
}

/// The backups directly under `loc` (a folder or prefix), newest first.
pub async fn list(loc: &super::location::Location) -> anyhow::Result<Vec<Entry>> {
    use anyhow::Context;
    use object_store::ObjectStore;
    let mut out = Vec::new();
    match loc {
        super::location::Location::Local { path, .. } => {
            let dir = std::fs::read_dir(path)
                .with_context(|| format!("cannot list {}", path.display()))?;
            for item in dir {
                let item = item.with_context(|| format!("cannot list {}", path.display()))?;
                let meta = item.metadata()?;
                let name = item.file_name().to_string_lossy().into_owned();
                if !meta.is_file() || !is_snapshot_name(&name) {
                    continue;
                }
                let modified = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or_default();
                let url = item.path().display().to_string();
                out.push(entry(name, url, modified, meta.len()));
            }
        }
        super::location::Location::Remote(remote) => {
            let prefix = (!remote.key.as_ref().is_empty()).then_some(&remote.key);
            let listing = remote
                .store
                .list_with_delimiter(prefix)
                .await
                .map_err(|e| {
                    let hint = super::location::hint(&e);
                    anyhow::anyhow!(super::location::describe(&e)).context(
                        crate::exit::Failure::new(
                            crate::exit::Code::Error,
                            format!("cannot list {}", remote.url()),
                        )
                        .hint(hint),
                    )
                })?;
            for meta in listing.objects {
                let Some(name) = meta.location.filename().map(str::to_string) else {
                    continue;
                };
                if !is_snapshot_name(&name) {
                    continue;
                }
                let url = remote.child(&name).url();
                out.push(entry(name, url, meta.last_modified.timestamp(), meta.size));
            }
        }
    }
    out.sort_by(|a, b| b.time.cmp(&a.time).then_with(|| b.name.cmp(&a.name)));
    Ok(out)
}

/// How many backups to keep, grandfather-father-son: the newest `last`, and the newest of
/// each of the latest `hourly` hours, `daily` days, `weekly` (Monday-based) weeks and
/// `monthly` months that have a backup. The newest backup is always kept.
#[derive(Debug, Default, Clone, Copy)]
pub struct Policy {
    pub last: usize,
    pub hourly: usize,
    pub daily: usize,
    pub weekly: usize,
    pub monthly: usize,
}

impl Policy {
    pub fn is_empty(&self) -> bool {
        self.last + self.hourly + self.daily + self.weekly + self.monthly == 0
    }
}

/// A retention rule: its label, how many periods, and the period a time falls in.
type Period = (&'static str, usize, fn(i64) -> i64);

/// For each entry (newest first, as [`list`] returns them), why it is kept; empty = delete.
pub fn retention(entries: &[Entry], policy: &Policy) -> Vec<Vec<&'static str>> {
    let mut reasons: Vec<Vec<&'static str>> = vec![Vec::new(); entries.len()];
    if let Some(first) = reasons.first_mut() {
        first.push("newest");
    }
    for r in reasons.iter_mut().take(policy.last) {
        r.push("last");
    }
    let periods: [Period; 4] = [
        ("hourly", policy.hourly, |t| t.div_euclid(3600)),
        ("daily", policy.daily, |t| t.div_euclid(86400)),
        // 1970-01-01 was a Thursday: +3 days makes weeks start on Monday.
        ("weekly", policy.weekly, |t| {
            (t.div_euclid(86400) + 3).div_euclid(7)
        }),
        ("monthly", policy.monthly, month_of),
    ];
    for (label, count, period) in periods {
        let mut seen: Vec<i64> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if seen.len() >= count {
                break;
            }
            let p = period(e.time);
            if !seen.contains(&p) {
                seen.push(p);
                reasons[i].push(label);
            }
        }
    }
    reasons
}

/// Months since year 0 of a UTC time (Hinnant's civil_from_days).
fn month_of(t: i64) -> i64 {
    let z = t.div_euclid(86400) + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    y * 12 + (m - 1)
}

/// Deletes one backup listed by [`list`] from `loc`.
pub async fn delete(loc: &super::location::Location, e: &Entry) -> anyhow::Result<()> {
    use anyhow::Context;
    use object_store::ObjectStoreExt;
    match loc {
        super::location::Location::Local { .. } => {
            std::fs::remove_file(&e.url).with_context(|| format!("cannot delete {}", e.url))
        }
        super::location::Location::Remote(remote) => {
            let child = remote.child(&e.name);
            child
                .store
                .delete(&child.key)
                .await
                .map_err(|err| anyhow::anyhow!(super::location::describe(&err)))
                .with_context(|| format!("cannot delete {}", e.url))
        }
    }
}

#[cfg(test)]
mod retention_tests {
    use super::*;

    fn at(stamp: &str) -> Entry {
        let name = backup_name("c", stamp, 1, "");
        entry(name.clone(), name, 0, 1)
    }

    fn kept(stamps: &[&str], policy: Policy) -> Vec<String> {
        let mut entries: Vec<Entry> = stamps.iter().map(|s| at(s)).collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.time));
        let reasons = retention(&entries, &policy);
        entries
            .iter()
            .zip(reasons)
            .filter(|(_, r)| !r.is_empty())
            .map(|(e, _)| e.name[2..18].to_string())
            .collect()
    }

    /// Every 6 hours for 70 days, as a synthetic history.
    fn history() -> Vec<String> {
        let start = parse_stamp("20260101T000000Z").unwrap();
        (0..70 * 4)
            .map(|i| {
                let t = start + i * 6 * 3600;
                crate::decode::time::rfc3339(t, 0, false).replace(['-', ':'], "")
            })
            .collect()
    }

    #[test]
    fn gfs_keeps_what_each_policy_says() {
        let h = history();
        let stamps: Vec<&str> = h.iter().map(String::as_str).collect();
        // Newest is 2026-03-11T18:00Z.
        assert_eq!(
            kept(
                &stamps,
                Policy {
                    last: 3,
                    ..Policy::default()
                }
            ),
            ["20260311T180000Z", "20260311T120000Z", "20260311T060000Z"]
        );
        // Daily: the last backup of each of the latest 3 days.
        assert_eq!(
            kept(
                &stamps,
                Policy {
                    daily: 3,
                    ..Policy::default()
                }
            ),
            ["20260311T180000Z", "20260310T180000Z", "20260309T180000Z"]
        );
        // Weekly: 2026-03-11 is a Wednesday; the previous weeks end on Sundays.
        assert_eq!(
            kept(
                &stamps,
                Policy {
                    weekly: 3,
                    ..Policy::default()
                }
            ),
            ["20260311T180000Z", "20260308T180000Z", "20260301T180000Z"]
        );
        // Monthly: March (newest), February's last, January's last.
        assert_eq!(
            kept(
                &stamps,
                Policy {
                    monthly: 5,
                    ..Policy::default()
                }
            ),
            ["20260311T180000Z", "20260228T180000Z", "20260131T180000Z"]
        );
        // Policies combine; the newest is kept even when nothing asks for it.
        let both = kept(
            &stamps,
            Policy {
                last: 2,
                monthly: 2,
                ..Policy::default()
            },
        );
        assert_eq!(
            both,
            ["20260311T180000Z", "20260311T120000Z", "20260228T180000Z"]
        );
        assert_eq!(
            kept(
                &stamps,
                Policy {
                    hourly: 0,
                    ..Policy::default()
                }
            ),
            ["20260311T180000Z"]
        );
    }
}
