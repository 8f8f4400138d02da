//! Go time formats as Kubernetes' JSON uses them, without a date-time crate:
//! only formatting from Unix seconds is needed, and it must never panic.

/// RFC 3339 in UTC: `2024-10-12T12:53:31Z` (metav1.Time) or, with `micros`,
/// `2024-10-12T12:53:27.751706Z` (metav1.MicroTime; Go's format truncates).
pub fn rfc3339(seconds: i64, nanos: i32, micros: bool) -> String {
    // time.Unix normalizes nanos outside [0, 1e9) into the seconds.
    let total_nanos = i128::from(seconds) * 1_000_000_000 + i128::from(nanos);
    let secs = total_nanos.div_euclid(1_000_000_000);
    let frac = total_nanos.rem_euclid(1_000_000_000);
    let secs = i64::try_from(secs).unwrap_or(if secs < 0 { i64::MIN } else { i64::MAX });
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let (hh, mm, ss) = (rem / 3600, rem % 3600 / 60, rem % 60);
    if (0..=9999).contains(&y) {
        // The usual case, without the formatting machinery (every object has several).
        let mut out = String::with_capacity(27);
        push2(&mut out, (y / 100) as u32);
        push2(&mut out, (y % 100) as u32);
        for (sep, n) in [
            ('-', m),
            ('-', d),
            ('T', hh as u32),
            (':', mm as u32),
            (':', ss as u32),
        ] {
            out.push(sep);
            push2(&mut out, n);
        }
        if micros {
            let micro = (frac / 1000) as u32;
            out.push('.');
            push2(&mut out, micro / 10_000);
            push2(&mut out, micro / 100 % 100);
            push2(&mut out, micro % 100);
        }
        out.push('Z');
        return out;
    }
    let year = y.to_string();
    if micros {
        format!(
            "{year}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}.{:06}Z",
            frac / 1000
        )
    } else {
        format!("{year}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}Z")
    }
}

/// Two decimal digits of `n` (< 100).
fn push2(out: &mut String, n: u32) {
    out.push(char::from(b'0' + (n / 10 % 10) as u8));
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe.saturating_add(era.saturating_mul(400)) + i64::from(m <= 2);
    (y, m, d)
}

/// Go's `time.Duration.String()`: "1h0m0s", "30s", "1.5s", "100ms", "0s".
pub fn go_duration(nanos: i64) -> String {
    if nanos == 0 {
        return "0s".to_string();
    }
    let neg = nanos < 0;
    let u = nanos.unsigned_abs();
    let mut out = String::new();
    if u < 1_000_000_000 {
        // Sub-second: one unit with a fraction, e.g. "1.5ms".
        let (unit, scale) = if u < 1_000 {
            ("ns", 1u64)
        } else if u < 1_000_000 {
            ("µs", 1_000)
        } else {
            ("ms", 1_000_000)
        };
        out.push_str(&fraction(u, scale));
        out.push_str(unit);
    } else {
        let secs = u / 1_000_000_000;
        let (h, m) = (secs / 3600, secs % 3600 / 60);
        if h > 0 {
            out.push_str(&format!("{h}h"));
        }
        if h > 0 || m > 0 {
            out.push_str(&format!("{m}m"));
        }
        out.push_str(&fraction(u % 60_000_000_000, 1_000_000_000));
        out.push('s');
    }
    if neg {
        out.insert(0, '-');
    }
    out
}

/// `value / scale` with the fraction's trailing zeros (and a bare dot) removed.
fn fraction(value: u64, scale: u64) -> String {
    let whole = value / scale;
    let frac = value % scale;
    if frac == 0 {
        return whole.to_string();
    }
    let digits = scale.to_string().len() - 1;
    let f = format!("{frac:0digits$}");
    format!("{whole}.{}", f.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(rfc3339(0, 0, false), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_728_737_611, 999, false), "2024-10-12T12:53:31Z");
        assert_eq!(
            rfc3339(1_728_737_607, 751_706_999, true),
            "2024-10-12T12:53:27.751706Z"
        );
        assert_eq!(rfc3339(-62_135_596_800, 0, false), "0001-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400, 0, false), "2000-02-29T00:00:00Z");
        let _ = rfc3339(i64::MIN, i32::MIN, true);
        let _ = rfc3339(i64::MAX, i32::MAX, true);
        assert_eq!(go_duration(3_600_000_000_000), "1h0m0s");
        assert_eq!(go_duration(30_000_000_000), "30s");
        assert_eq!(go_duration(1_500_000_000), "1.5s");
        assert_eq!(go_duration(100_000_000), "100ms");
        assert_eq!(go_duration(1_500), "1.5µs");
        assert_eq!(go_duration(-90_000_000_000), "-1m30s");
        let _ = go_duration(i64::MIN);
    }
}
