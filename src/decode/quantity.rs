//! `resource.Quantity` canonical form, as the API server prints it.
//!
//! The protobuf stores the string the client sent (`1.5Gi`); the API server parses
//! it and prints the canonical form (`1536Mi`). This follows apimachinery's
//! ParseQuantity + CanonicalizeBytes: values are rounded up to nano units and capped
//! at 2^63-1, BinarySI stays binary only for whole values of at least 1024, and
//! decimal forms use an exponent that is a multiple of 3.

const NANO: u128 = 1_000_000_000;
/// The largest quantity apimachinery keeps (int64 max), in nano units.
const MAX_NANO: u128 = i64::MAX as u128 * NANO;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    DecimalSI,
    BinarySI,
    DecimalExponent,
}

/// The canonical string for `s`; a string apimachinery would reject is returned
/// unchanged, so that one odd quantity does not hide the whole object.
pub fn canonical(s: &str) -> String {
    // Objects repeat a few quantities (`100m`, `128Mi`) endlessly, and the exact arithmetic
    // (u128 divisions) costs a hundred times a lookup: each decoding thread remembers the
    // short ones it has seen, up to a bound.
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<String, String>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    if s.len() > 32 {
        return compute(s);
    }
    SEEN.with(|seen| {
        if let Some(known) = seen.borrow().get(s) {
            return known.clone();
        }
        let canonical = compute(s);
        let mut seen = seen.borrow_mut();
        if seen.len() < 1024 {
            seen.insert(s.to_string(), canonical.clone());
        }
        canonical
    })
}

fn compute(s: &str) -> String {
    if s.is_empty() {
        return "0".to_string();
    }
    match parse(s) {
        Some((negative, nanos, format)) => format_canonical(negative, nanos, format),
        None => s.to_string(),
    }
}

/// (negative, magnitude in nano units rounded up, format).
fn parse(s: &str) -> Option<(bool, u128, Format)> {
    let b = s.as_bytes();
    let mut pos = 0;
    let mut negative = false;
    match b.first() {
        Some(b'-') => {
            negative = true;
            pos = 1
        }
        Some(b'+') => pos = 1,
        _ => {}
    }
    let digits = |from: usize| from + b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let num_end = digits(pos);
    let num = &s[pos..num_end];
    pos = num_end;
    let mut denom = "";
    if b.get(pos) == Some(&b'.') {
        let end = digits(pos + 1);
        denom = &s[pos + 1..end];
        pos = end;
    }
    let suffix = &s[pos..];
    let (base2, exponent, format) = match suffix {
        "" => (false, 0, Format::DecimalSI),
        "n" => (false, -9, Format::DecimalSI),
        "u" => (false, -6, Format::DecimalSI),
        "m" => (false, -3, Format::DecimalSI),
        "k" => (false, 3, Format::DecimalSI),
        "M" => (false, 6, Format::DecimalSI),
        "G" => (false, 9, Format::DecimalSI),
        "T" => (false, 12, Format::DecimalSI),
        "P" => (false, 15, Format::DecimalSI),
        "E" => (false, 18, Format::DecimalSI),
        "Ki" => (true, 10, Format::BinarySI),
        "Mi" => (true, 20, Format::BinarySI),
        "Gi" => (true, 30, Format::BinarySI),
        "Ti" => (true, 40, Format::BinarySI),
        "Pi" => (true, 50, Format::BinarySI),
        "Ei" => (true, 60, Format::BinarySI),
        _ => {
            let rest = suffix.strip_prefix(['e', 'E'])?;
            let digits_part = rest.strip_prefix(['+', '-']).unwrap_or(rest);
            if digits_part.is_empty() || !digits_part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            (false, rest.parse::<i32>().ok()?, Format::DecimalExponent)
        }
    };

    // Digits beyond what can matter are folded into a "sticky" bit: they can only
    // make the value round up to the next nano unit.
    let num = num.trim_start_matches('0');
    let kept = denom.len().min(30);
    let sticky = denom[kept..].bytes().any(|c| c != b'0');
    let denom = &denom[..kept];
    let digits = format!("{num}{denom}");
    let parsed = if digits.is_empty() {
        Some(0)
    } else {
        digits.parse::<u128>().ok()
    };
    let Some(mantissa) = parsed else {
        // More than 38 significant digits before the point: far above the cap.
        return Some((negative, MAX_NANO, format));
    };
    if mantissa == 0 && !sticky {
        return Some((false, 0, format));
    }
    // value = mantissa * base^exponent / 10^len(denom), in nano units, rounded up.
    let (mut numer, mut denomin) = (mantissa, 10u128.checked_pow(denom.len() as u32));
    let scaled = (|| {
        numer = numer.checked_mul(NANO)?;
        if base2 {
            numer = numer.checked_mul(1u128.checked_shl(exponent as u32)?)?;
        } else if exponent >= 0 {
            numer = numer.checked_mul(10u128.checked_pow(exponent as u32)?)?;
        } else {
            denomin =
                denomin.and_then(|d| d.checked_mul(10u128.checked_pow(exponent.unsigned_abs())?));
            if denomin.is_none() {
                // Smaller than a nano unit; a non-zero value rounds up to 1n.
                return Some(1);
            }
        }
        let d = denomin?;
        let q = numer / d;
        Some(if numer % d != 0 || sticky { q + 1 } else { q })
    })();
    let nanos = scaled.unwrap_or(MAX_NANO).min(MAX_NANO);
    Some((negative && nanos != 0, nanos, format))
}

fn format_canonical(negative: bool, nanos: u128, format: Format) -> String {
    if nanos == 0 {
        return "0".to_string();
    }
    let sign = if negative { "-" } else { "" };
    if format == Format::BinarySI && nanos >= 1024 * NANO && nanos.is_multiple_of(NANO) {
        let mut value = nanos / NANO;
        let mut power = 0;
        while value.is_multiple_of(1024) && power < 6 {
            value /= 1024;
            power += 1;
        }
        let suffix = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][power];
        return format!("{sign}{value}{suffix}");
    }
    let mut mantissa = nanos;
    let mut exponent: i32 = -9;
    while mantissa.is_multiple_of(10) {
        mantissa /= 10;
        exponent += 1;
    }
    while exponent % 3 != 0 {
        mantissa *= 10;
        exponent -= 1;
    }
    let suffix = if format == Format::DecimalExponent {
        if exponent == 0 {
            String::new()
        } else {
            format!("e{exponent}")
        }
    } else {
        match exponent {
            -9 => "n",
            -6 => "u",
            -3 => "m",
            0 => "",
            3 => "k",
            6 => "M",
            9 => "G",
            12 => "T",
            15 => "P",
            18 => "E",
            _ => return format!("{sign}{mantissa}e{exponent}"),
        }
        .to_string()
    };
    format!("{sign}{mantissa}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn canonical_forms() {
        for (input, want) in [
            ("1.5Gi", "1536Mi"),
            ("1Gi", "1Gi"),
            ("500Mi", "500Mi"),
            ("1024Mi", "1Gi"),
            ("100m", "100m"),
            ("0.1", "100m"),
            ("1000", "1k"),
            ("1024", "1024"),
            ("2Ki", "2Ki"),
            ("1536", "1536"),
            ("0.5Gi", "512Mi"),
            ("0.5Ki", "512"),
            ("1e3", "1e3"),
            ("1E3", "1e3"),
            ("12e2", "1200"),
            ("1.5", "1500m"),
            ("0", "0"),
            ("0Mi", "0"),
            ("-1", "-1"),
            ("-100m", "-100m"),
            ("1n", "1n"),
            ("0.1n", "1n"),
            ("1.0000000001", "1000000001n"),
            ("10Gi", "10Gi"),
            ("250m", "250m"),
            ("2", "2"),
            ("64Mi", "64Mi"),
            ("1.5k", "1500"),
            ("1E", "1E"),
            ("9999999999999999999999", "9223372036854775807"),
            ("junk", "junk"),
            ("1Qi", "1Qi"),
        ] {
            assert_eq!(canonical(input), want, "{input}");
        }
        for s in [
            "",
            "-",
            "+",
            ".",
            "1e",
            "1e+",
            "e5",
            "1.",
            ".5",
            "1e-99999999999",
            "1e99999",
            "9".repeat(100).as_str(),
        ] {
            let _ = canonical(s);
        }
    }
}
