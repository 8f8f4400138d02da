//! Durations as people read them in human output (`took 54ms`, `1.3s`, `2m05s`); machine
//! output (`-w json`) keeps full precision. Two or three significant digits are all a
//! reader uses: `53.66519ms` says nothing `54ms` does not.

use std::time::Duration;

/// `850µs`, `54ms`, `1.3s`, `42s`, `2m05s`, `1h02m`. Rounded to the nearest unit shown, and
/// the unit chosen after rounding, so 999.7ms reads `1.0s`, not `1000ms`.
pub fn human_duration(d: Duration) -> String {
    let us = (d.as_nanos() + 500) / 1_000;
    if us < 1_000 {
        return format!("{us}µs");
    }
    let ms = (d.as_nanos() + 500_000) / 1_000_000;
    if ms < 1_000 {
        return format!("{ms}ms");
    }
    let tenths = (d.as_nanos() + 50_000_000) / 100_000_000;
    if tenths < 100 {
        return format!("{}.{}s", tenths / 10, tenths % 10);
    }
    let s = (d.as_nanos() + 500_000_000) / 1_000_000_000;
    if s < 60 {
        return format!("{s}s");
    }
    if s < 3_600 {
        return format!("{}m{:02}s", s / 60, s % 60);
    }
    let m = (s + 30) / 60;
    format!("{}h{:02}m", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::human_duration;
    use std::time::Duration;

    fn ns(n: u64) -> String {
        human_duration(Duration::from_nanos(n))
    }

    #[test]
    fn rounds_as_people_read() {
        assert_eq!(ns(0), "0µs");
        assert_eq!(ns(849_600), "850µs");
        assert_eq!(ns(999_499), "999µs");
        assert_eq!(ns(999_500), "1ms");
        assert_eq!(ns(53_665_190), "54ms");
        assert_eq!(ns(999_499_999), "999ms");
        assert_eq!(ns(999_500_000), "1.0s");
        assert_eq!(ns(1_250_000_000), "1.3s");
        assert_eq!(ns(9_949_999_999), "9.9s");
        assert_eq!(ns(9_950_000_000), "10s");
        assert_eq!(ns(59_499_999_999), "59s");
        assert_eq!(ns(59_500_000_000), "1m00s");
        assert_eq!(ns(125_000_000_000), "2m05s");
        assert_eq!(ns(3_599_400_000_000), "59m59s");
        assert_eq!(ns(3_599_500_000_000), "1h00m");
        assert_eq!(ns(3_720_000_000_000), "1h02m");
        assert_eq!(ns(90_000_000_000_000), "25h00m");
    }
}
