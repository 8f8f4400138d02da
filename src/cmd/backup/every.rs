//! `--every`: what the user typed → the CronJob's `schedule` (standard five-field cron, as
//! the CronJob controller parses it), validated with croner before anything is created.
//! Accepts cron (`0 */6 * * *`), macros (`@daily`, `@hourly`, …) and a readable shorthand
//! (`30m`, `6h`, `1d`) that becomes the cron expression it means.

use anyhow::{bail, Result};
use croner::parser::{CronParser, Seconds, Year};
use croner::Cron;

/// A schedule the CronJob controller accepts, and how it was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Every {
    /// The CronJob's `spec.schedule`.
    pub cron: String,
}

const HELP: &str = "use cron syntax (\"0 */12 * * *\": minute hour day-of-month month day-of-week, UTC), a macro (@hourly, @daily, @weekly, @monthly, @yearly) or a shorthand (30m, 6h, 1d)";

fn parser() -> CronParser {
    // Five fields exactly, no seconds, no years: what robfig/cron's standard parser (used by
    // the CronJob controller) accepts.
    CronParser::builder()
        .seconds(Seconds::Disallowed)
        .year(Year::Disallowed)
        .build()
}

/// Parses `--every`.
pub fn parse(s: &str) -> Result<Every> {
    let s = s.trim();
    if s.is_empty() {
        bail!("the schedule is empty: {HELP}");
    }
    if let Some(cron) = shorthand(s)? {
        return Ok(Every { cron });
    }
    if s.contains("TZ=") {
        bail!("{s:?}: a time zone inside the schedule is refused by Kubernetes (CronJobs run in the controller's zone, UTC on kubeadm)");
    }
    if s.starts_with("@every") {
        bail!("{s:?}: write the interval as a shorthand instead (--every 6h), which becomes a cron expression");
    }
    if s.starts_with('@') {
        const MACROS: [&str; 7] = [
            "@yearly",
            "@annually",
            "@monthly",
            "@weekly",
            "@daily",
            "@midnight",
            "@hourly",
        ];
        let lower = s.to_ascii_lowercase();
        if !MACROS.contains(&lower.as_str()) {
            bail!("{s:?} is not a schedule macro: {HELP}");
        }
        return Ok(Every { cron: lower });
    }
    let fields: Vec<&str> = s.split_whitespace().collect();
    if fields.len() != 5 {
        bail!(
            "{s:?} has {} fields, a schedule has 5: {HELP}",
            fields.len()
        );
    }
    // croner also knows Quartz's L, W and #; the CronJob controller does not.
    let names = [
        "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "JAN", "FEB", "MAR", "APR", "MAY", "JUN",
        "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ];
    for f in &fields {
        let mut rest = f.to_ascii_uppercase();
        for n in names {
            rest = rest.replace(n, "");
        }
        if rest.contains(['L', 'W', '#']) {
            bail!("{s:?}: L, W and # are not understood by Kubernetes CronJobs: {HELP}");
        }
    }
    let cron = fields.join(" ");
    compile(&cron).map_err(|e| anyhow::anyhow!("{s:?} is not a valid schedule ({e}): {HELP}"))?;
    Ok(Every { cron })
}

/// `30m`, `6h`, `1d` → the cron expression running at that interval from midnight UTC.
fn shorthand(s: &str) -> Result<Option<String>> {
    let Some(unit) = s.chars().last().filter(|c| c.is_ascii_alphabetic()) else {
        return Ok(None);
    };
    let num = &s[..s.len() - 1];
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let n: u32 = num.parse().unwrap_or(0);
    let cron = match (unit, n) {
        (_, 0) => bail!("{s:?}: the interval must be more than zero"),
        ('m', n) if n < 60 && 60 % n == 0 => format!("*/{n} * * * *"),
        ('m', n) if n % 60 == 0 && n <= 1440 => return shorthand(&format!("{}h", n / 60)),
        ('h', 1) => "0 * * * *".to_string(),
        ('h', n) if n < 24 && 24 % n == 0 => format!("0 */{n} * * *"),
        ('h', 24) | ('d', 1) => "0 0 * * *".to_string(),
        ('d', 7) | ('w', 1) => "0 0 * * 0".to_string(),
        ('m' | 'h' | 'd' | 'w', _) => bail!(
            "{s:?} does not divide the {} evenly, so cron cannot express it: use {}",
            match unit {
                'm' => "hour",
                _ => "day",
            },
            match unit {
                'm' => "1m, 2m, 5m, 10m, 15m, 20m, 30m or whole hours",
                _ => "1h, 2h, 3h, 4h, 6h, 8h, 12h, 1d or 1w, or cron syntax",
            }
        ),
        _ => return Ok(None),
    };
    Ok(Some(cron))
}

fn compile(cron: &str) -> Result<Cron, croner::errors::CronError> {
    let expanded = match cron {
        "@midnight" => "@daily",
        c => c,
    };
    parser().parse(expanded)
}

/// The longest gap between runs over the next few, in seconds (a schedule like
/// "0 2 * * 1-5" has gaps of one and three days: "late" means later than the longest).
pub fn interval_seconds(cron: &str) -> Option<i64> {
    let c = compile(cron).ok()?;
    let mut t = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC);
    let mut longest = 0i64;
    let mut prev: Option<jiff::Timestamp> = None;
    for _ in 0..16 {
        t = c.find_next_occurrence(&t, false).ok()?;
        let ts = t.timestamp();
        if let Some(p) = prev {
            longest = longest.max(ts.as_second() - p.as_second());
        }
        prev = Some(ts);
    }
    (longest > 0).then_some(longest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorthands_become_cron() {
        assert_eq!(parse("12h").unwrap().cron, "0 */12 * * *");
        assert_eq!(parse("1h").unwrap().cron, "0 * * * *");
        assert_eq!(parse("15m").unwrap().cron, "*/15 * * * *");
        assert_eq!(parse("120m").unwrap().cron, "0 */2 * * *");
        assert_eq!(parse("1d").unwrap().cron, "0 0 * * *");
        assert!(parse("7h").unwrap_err().to_string().contains("evenly"));
        assert!(parse("0h").is_err());
    }

    #[test]
    fn cron_and_macros() {
        assert_eq!(parse(" 0  */6 * * * ").unwrap().cron, "0 */6 * * *");
        assert_eq!(parse("@Daily").unwrap().cron, "@daily");
        assert_eq!(parse("30 2 * * MON-FRI").unwrap().cron, "30 2 * * MON-FRI");
        for bad in [
            "61 * * * *",
            "* * *",
            "0 0 L * *",
            "0 0 * * 5#2",
            "@sometimes",
            "TZ=UTC 0 0 * * *",
            "0 0 * * * *",
        ] {
            assert!(parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn intervals() {
        assert_eq!(interval_seconds("0 */12 * * *"), Some(12 * 3600));
        assert_eq!(interval_seconds("@daily"), Some(86400));
        assert_eq!(interval_seconds("@midnight"), Some(86400));
        assert_eq!(interval_seconds("0 2 * * 1-5"), Some(3 * 86400));
    }
}
