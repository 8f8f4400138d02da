//! What human output must look like, checked independently of the product's formatter.

/// A duration as people read it: `850µs`, `54ms`, `1.3s`, `42s`, `2m05s`, `1h02m` — at
/// most three significant digits, never Go's `53.66519ms`.
pub fn is_human_duration(s: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    let two = |t: &str| t.len() == 2 && digits(t);
    if let Some(n) = s.strip_suffix("µs").or_else(|| s.strip_suffix("ms")) {
        return digits(n) && n.len() <= 3;
    }
    if let Some((m, sec)) = s.strip_suffix('s').and_then(|t| t.split_once('m')) {
        return digits(m) && two(sec);
    }
    if let Some((h, m)) = s.strip_suffix('m').and_then(|t| t.split_once('h')) {
        return digits(h) && two(m);
    }
    match s.strip_suffix('s') {
        Some(n) => match n.split_once('.') {
            Some((w, f)) => w.len() == 1 && digits(w) && f.len() == 1 && digits(f),
            None => digits(n) && n.len() <= 2,
        },
        None => false,
    }
}

/// The duration after `marker` on `line` (up to the next space, `)` or `.` that ends it).
pub fn duration_after<'a>(line: &'a str, marker: &str) -> &'a str {
    let rest = &line[line
        .find(marker)
        .map(|i| i + marker.len())
        .unwrap_or(line.len())..];
    let end = rest.find([' ', ')', '\n', ',']).unwrap_or(rest.len());
    rest[..end].trim_end_matches('.')
}

#[test]
fn recognizes_human_durations() {
    for ok in ["850µs", "54ms", "1.3s", "42s", "2m05s", "1h02m"] {
        assert!(is_human_duration(ok), "{ok}");
    }
    for bad in ["53.66519ms", "1.25s", "2m5s", "1000ms", "", "s"] {
        assert!(!is_human_duration(bad), "{bad}");
    }
}
