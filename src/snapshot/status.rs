//! `snapshot status`, computed exactly like `etcdutl snapshot status`
//! (etcd 3.5; identical to `etcdctl snapshot status` 3.4):
//!
//! * HASH: CRC-32C (Castagnoli) of a stream made of, for every top-level
//!   bucket in byte order, its name followed by key‖value of each entry in
//!   key order — no lengths or separators, all buckets included;
//! * REVISION: `main` of the last key of bucket `key`;
//! * TOTAL KEYS: number of entries in all buckets (3.4/3.5 semantics; 3.6
//!   counts live user keys instead);
//! * TOTAL SIZE: `pgid × page size` (the SHA-256 trailer is not counted);
//! * VERSION (3.6 snapshots only): `meta/storageVersion` as `X.Y.0`.

use super::bolt::{display_key, BoltError, CheckFailed, Db};
use super::mvcc::{KEY_BUCKET, META_BUCKET};

/// `meta` key holding the storage version (written by etcd ≥ 3.6).
pub const STORAGE_VERSION_KEY: &[u8] = b"storageVersion";

/// What `etcdutl snapshot status -w json` prints, same field names.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    pub hash: u32,
    pub revision: i64,
    pub total_key: u64,
    pub total_size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Status {
    /// The `-w simple` line: `7ef846e, 485261, 11642, 94 MB[, 3.6.0]`
    /// (hash in unpadded lowercase hex).
    pub fn simple_line(&self) -> String {
        let mut s = format!(
            "{:x}, {}, {}, {}",
            self.hash,
            self.revision,
            self.total_key,
            humanize_bytes(self.total_size)
        );
        if let Some(v) = &self.version {
            s.push_str(", ");
            s.push_str(v);
        }
        s
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    #[error(transparent)]
    Bolt(#[from] BoltError),

    /// etcdutl refuses to report status of a file failing `tx.Check()`.
    #[error("snapshot file integrity check failed")]
    Check(#[from] CheckFailed),

    /// etcd reads main from the first 8 bytes of each `key` key and would
    /// panic on a shorter one.
    #[error("bucket \"key\": key {key} is too short to hold a revision ({len} bytes)")]
    BadRevisionKey { key: String, len: usize },
}

/// Runs the bbolt consistency check (as etcdutl does first) and then
/// computes the status.
pub fn status(db: &Db<'_>) -> Result<Status, StatusError> {
    // Both walk the whole file and are independent: use two cores.
    let (checked, status) = std::thread::scope(|s| {
        let check = s.spawn(|| db.check());
        let status = compute_status(db);
        (check.join(), status)
    });
    match checked {
        Ok(result) => result?,
        Err(panic) => std::panic::resume_unwind(panic),
    };
    status
}

/// CRC-32C over a sequence of slices of the image. bbolt lays out a leaf's keys and values
/// back to back in key order, so consecutive slices are usually adjacent in the file: they
/// are merged into one span and hashed with one call (hardware CRC is fast on long inputs and
/// slow per call on etcd's 17-byte keys). The result is the same as hashing them one by one.
struct SpanCrc<'a> {
    image: &'a [u8],
    crc: u32,
    span: std::ops::Range<usize>,
}

impl<'a> SpanCrc<'a> {
    fn new(image: &'a [u8]) -> Self {
        Self {
            image,
            crc: 0,
            span: 0..0,
        }
    }

    fn feed(&mut self, s: &[u8]) {
        if s.is_empty() {
            return;
        }
        let base = self.image.as_ptr() as usize;
        let start = (s.as_ptr() as usize).wrapping_sub(base);
        let inside = start <= self.image.len() && s.len() <= self.image.len() - start;
        if inside && !self.span.is_empty() && start == self.span.end {
            self.span.end += s.len();
            return;
        }
        self.flush();
        if inside {
            self.span = start..start + s.len();
        } else {
            self.crc = crc32c::crc32c_append(self.crc, s);
        }
    }

    fn flush(&mut self) {
        if let Some(span) = self.image.get(self.span.clone()) {
            self.crc = crc32c::crc32c_append(self.crc, span);
        }
        self.span = 0..0;
    }

    fn finish(mut self) -> u32 {
        self.flush();
        self.crc
    }
}

/// Computes the status without the consistency check.
pub fn compute_status(db: &Db<'_>) -> Result<Status, StatusError> {
    let mut crc = SpanCrc::new(db.image());
    let mut total_key = 0u64;
    let mut revision = 0i64;
    for bucket in db.buckets()? {
        crc.feed(bucket.name());
        let is_key = bucket.name() == KEY_BUCKET;
        for entry in db.cursor(&bucket) {
            let entry = entry?;
            crc.feed(entry.key);
            // bbolt's ForEach passes a nil value for nested buckets.
            crc.feed(entry.user_value());
            if is_key {
                // etcd: BytesToRev(k).Main = big-endian u64 of bytes 0..8,
                // and it slices bytes[9:17], so it needs 17 bytes.
                match entry.key.get(..8) {
                    Some(m) if entry.key.len() >= 17 => {
                        let mut a = [0u8; 8];
                        a.copy_from_slice(m);
                        revision = i64::from_be_bytes(a);
                    }
                    _ => {
                        return Err(StatusError::BadRevisionKey {
                            key: display_key(entry.key),
                            len: entry.key.len(),
                        })
                    }
                }
            }
            total_key += 1;
        }
    }
    let version = match db.bucket(META_BUCKET)? {
        Some(meta) => db
            .get(&meta, STORAGE_VERSION_KEY)?
            .and_then(storage_version),
        None => None,
    };
    Ok(Status {
        hash: crc.finish(),
        revision,
        total_key,
        total_size: db.size(),
        version,
    })
}

/// etcd 3.6 parses `storageVersion` with semver and prints only
/// major.minor (`X.Y.0`); an unparsable value is treated as absent.
fn storage_version(raw: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(raw).ok()?;
    // Strip build metadata and pre-release, then require X.Y.Z numbers.
    let core = s.split('+').next()?.split('-').next()?;
    let mut parts = core.split('.');
    let num = |p: Option<&str>| -> Option<u64> {
        let p = p?;
        if p.is_empty()
            || !p.bytes().all(|b| b.is_ascii_digit())
            || (p.len() > 1 && p.starts_with('0'))
        {
            return None;
        }
        p.parse().ok()
    };
    let (major, minor, _patch) = (num(parts.next())?, num(parts.next())?, num(parts.next())?);
    if parts.next().is_some() {
        return None;
    }
    Some(format!("{major}.{minor}.0"))
}

/// go-humanize `Bytes`: SI units (base 1000), e.g. `94 MB`, `2.1 MB`,
/// `9 B`. Reproduces Go's arithmetic exactly, including its logarithm
/// (see [`go_log`]) so unit boundaries land where Go puts them.
pub fn humanize_bytes(s: u64) -> String {
    const SIZES: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    if s < 10 {
        return format!("{s} B");
    }
    let base = 1000f64;
    // e := math.Floor(logn(float64(s), base))
    let e = (go_log(s as f64) / go_log(base)).floor();
    let idx = (e as usize).min(SIZES.len() - 1);
    let suffix = SIZES[idx];
    // val := math.Floor(float64(s)/math.Pow(base, e)*10+0.5) / 10
    let val = (s as f64 / base.powi(e as i32) * 10.0 + 0.5).floor() / 10.0;
    if val < 10.0 {
        format!("{} {suffix}", format_fixed(val, 1))
    } else {
        format!("{} {suffix}", format_fixed(val, 0))
    }
}

/// Go's `%.Nf` for the values humanize produces (a whole number of
/// tenths): round half to even on the exact decimal, which for N = 0 and a
/// value of k/10 means ties only at .5 exactly.
fn format_fixed(val: f64, decimals: u32) -> String {
    let tenths = (val * 10.0).round() as u64;
    if decimals == 1 {
        format!("{}.{}", tenths / 10, tenths % 10)
    } else {
        let (q, r) = (tenths / 10, tenths % 10);
        let q = if r > 5 || (r == 5 && q % 2 == 1) {
            q + 1
        } else {
            q
        };
        q.to_string()
    }
}

/// Port of Go's `math.Log` (FreeBSD e_log.c algorithm, same constants and
/// operation order as Go's pure-Go and amd64 assembly versions), so that
/// `log(n)/log(1000)` rounds exactly as in go-humanize rather than as the
/// platform libm would. Only called with finite x ≥ 10.
fn go_log(x: f64) -> f64 {
    // The constants as exact bit patterns (the hex values in Go's source
    // comments), so no decimal-parsing question can arise.
    let ln2_hi = f64::from_bits(0x3fe6_2e42_fee0_0000);
    let ln2_lo = f64::from_bits(0x3dea_39ef_3579_3c76);
    let l1 = f64::from_bits(0x3fe5_5555_5555_5593);
    let l2 = f64::from_bits(0x3fd9_9999_9997_fa04);
    let l3 = f64::from_bits(0x3fd2_4924_9422_9359);
    let l4 = f64::from_bits(0x3fcc_71c5_1d8e_78af);
    let l5 = f64::from_bits(0x3fc7_4664_96cb_03de);
    let l6 = f64::from_bits(0x3fc3_9a09_d078_c69f);
    let l7 = f64::from_bits(0x3fc2_f112_df3e_5244);
    if x.is_nan() || x.is_infinite() || x <= 0.0 {
        return f64::NAN;
    }
    // frexp for normal numbers: x = f1 · 2^ki, f1 ∈ [0.5, 1).
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut ki = exp - 1022;
    let mut f1 = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    if f1 < std::f64::consts::SQRT_2 / 2.0 {
        f1 *= 2.0;
        ki -= 1;
    }
    let f = f1 - 1.0;
    let k = ki as f64;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (l1 + s4 * (l3 + s4 * (l5 + s4 * l7)));
    let t2 = s4 * (l2 + s4 * (l4 + s4 * l6));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * ln2_hi - ((hfsq - (s * (hfsq + r) + k * ln2_lo)) - f)
}

#[cfg(test)]
mod tests {
    use super::super::bolt::Db;
    use super::super::mvcc::tests::etcd_sample;
    use super::*;

    #[test]
    fn humanize_boundaries() {
        let cases: &[(u64, &str)] = &[
            (0, "0 B"),
            (9, "9 B"),
            (10, "10 B"),
            (999, "999 B"),
            (1000, "1.0 kB"),
            (1049, "1.0 kB"),
            (1050, "1.1 kB"), // 10.5 + .5 floors to 11 tenths
            (9949, "9.9 kB"),
            (9950, "10 kB"),
            (10_450, "10 kB"), // 10.5 → "%.0f" rounds half to even
            (10_500, "10 kB"),
            (11_500, "12 kB"),
            (999_949, "1000 kB"),
            (1_000_000, "1.0 MB"),
            (2_097_152, "2.1 MB"),
            (3_678_208, "3.7 MB"),
            (94_208_000, "94 MB"),
            (1_000_000_000, "1.0 GB"),
            (1_000_000_000_000, "1.0 TB"),
            (u64::MAX, "18 EB"),
        ];
        for (n, want) in cases {
            assert_eq!(humanize_bytes(*n), *want, "humanize_bytes({n})");
        }
    }

    #[test]
    fn go_log_constants_match_go_decimal_literals() {
        // Go's source gives each constant in decimal and hex; both agree.
        assert_eq!(
            f64::from_bits(0x3fe6_2e42_fee0_0000),
            6.931_471_803_691_238e-1
        );
        assert_eq!(
            f64::from_bits(0x3fe5_5555_5555_5593),
            6.666_666_666_666_735e-1
        );
        assert_eq!(
            f64::from_bits(0x3fc2_f112_df3e_5244),
            1.479_819_860_511_658_6e-1
        );
        // Exact powers of 1000 stay in their unit, as in go-humanize.
        for (n, e) in [
            (1e3, 1.0),
            (1e6, 2.0),
            (1e9, 3.0),
            (1e12, 4.0),
            (1e15, 5.0),
            (1e18, 6.0),
        ] {
            assert_eq!((go_log(n) / go_log(1000.0)).floor(), e, "{n}");
        }
    }

    #[test]
    fn go_log_matches_libm_closely() {
        for x in [10.0, 1000.0, 12345.678, 1e6, 1e15, 1.8e19] {
            assert!((go_log(x) - f64::ln(x)).abs() < 1e-12, "{x}");
        }
    }

    #[test]
    fn storage_version_parsing() {
        assert_eq!(storage_version(b"3.6.0").as_deref(), Some("3.6.0"));
        assert_eq!(storage_version(b"3.7.2").as_deref(), Some("3.7.0"));
        assert_eq!(storage_version(b"3.6.0-alpha.1").as_deref(), Some("3.6.0"));
        assert_eq!(storage_version(b"3.6"), None);
        assert_eq!(storage_version(b"\xff"), None);
    }

    #[test]
    fn status_of_sample() {
        let img = etcd_sample();
        let db = Db::open(&img).unwrap();
        let st = status(&db).unwrap();
        assert_eq!(st.revision, 6);
        assert_eq!(st.total_key, 6); // 5 in key + 1 in meta
        assert_eq!(st.total_size, 4 * 4096);
        assert_eq!(st.version, None);
        // Hash = CRC-32C of the concatenated stream.
        let mut stream = Vec::new();
        for b in db.buckets().unwrap() {
            stream.extend_from_slice(b.name());
            for e in db.entries(&b).unwrap() {
                stream.extend_from_slice(e.key);
                stream.extend_from_slice(e.value);
            }
        }
        assert_eq!(st.hash, crc32c::crc32c(&stream));
        let json = serde_json::to_string(&st).unwrap();
        assert!(json.starts_with("{\"hash\":"), "{json}");
        assert!(
            json.contains("\"totalKey\":6,\"totalSize\":16384}"),
            "{json}"
        );
        assert!(
            st.simple_line().ends_with(", 6, 6, 16 kB"),
            "{}",
            st.simple_line()
        );
    }
}
