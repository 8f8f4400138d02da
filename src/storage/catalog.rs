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
