//! Number and duration formats of the Go libraries etcdctl prints with, reproduced exactly
//! so that output compares equal with etcdctl's.

use std::time::Duration;

/// go-humanize `Bytes` (`2.1 MB`, `94 MB`), implemented next to the snapshot status that
/// etcdutl prints with it.
pub use crate::snapshot::status::humanize_bytes;

/// Go's `time.Duration.String()` (`1.234567ms`, `2.5s`, `1m30s`, `850µs`).
pub fn go_duration(d: Duration) -> String {
    let ns = d.as_nanos();
    if ns == 0 {
        return "0s".into();
    }
    if ns < 1_000 {
        return format!("{ns}ns");
    }
    if ns < 1_000_000 {
        return format!("{}µs", trim_fraction(ns, 1_000));
    }
    if ns < 1_000_000_000 {
        return format!("{}ms", trim_fraction(ns, 1_000_000));
    }
    let total_s = ns / 1_000_000_000;
    let (h, m) = (total_s / 3600, (total_s / 60) % 60);
    let s = trim_fraction(ns % 60_000_000_000, 1_000_000_000);
    match (h, m) {
        (0, 0) => format!("{s}s"),
        (0, m) => format!("{m}m{s}s"),
        (h, m) => format!("{h}h{m}m{s}s"),
    }
}

/// `value / unit` with the fraction's trailing zeros removed, as Go prints it.
fn trim_fraction(value: u128, unit: u128) -> String {
    let whole = value / unit;
    let frac = value % unit;
    if frac == 0 {
        return whole.to_string();
    }
    let digits = unit.ilog10() as usize;
    let frac = format!("{frac:0digits$}");
    format!("{whole}.{}", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn humanize_matches_go_humanize() {
        // Expected values are go-humanize's documented outputs.
        assert_eq!(humanize_bytes(0), "0 B");
        assert_eq!(humanize_bytes(9), "9 B");
        assert_eq!(humanize_bytes(10), "10 B");
        assert_eq!(humanize_bytes(999), "999 B");
        assert_eq!(humanize_bytes(1000), "1.0 kB");
        assert_eq!(humanize_bytes(25_000), "25 kB");
        assert_eq!(humanize_bytes(82_854_982), "83 MB");
        assert_eq!(humanize_bytes(2_100_000), "2.1 MB");
        assert_eq!(humanize_bytes(9_999_999), "10 MB");
        assert_eq!(humanize_bytes(94_208_000), "94 MB");
    }

    #[test]
    fn durations_like_go() {
        assert_eq!(go_duration(Duration::from_nanos(2_345_678)), "2.345678ms");
        assert_eq!(go_duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(go_duration(Duration::from_secs(90)), "1m30s");
        assert_eq!(go_duration(Duration::from_micros(850)), "850µs");
        assert_eq!(go_duration(Duration::from_nanos(12)), "12ns");
        assert_eq!(go_duration(Duration::from_secs(3600)), "1h0m0s");
    }
}
