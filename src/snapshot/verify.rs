//! `snapshot verify`: the SHA-256 trailer, bbolt structure and etcd-level
//! structure of a snapshot file.
//!
//! A saved snapshot is `image ‖ SHA-256(image)`. etcd decides whether the
//! trailer is there purely from the size: `size % 512 == 32` (512 divides
//! every page size, so a bare image is always a multiple of 512). A raw
//! `member/snap/db` copy has no trailer; like `etcdutl snapshot restore`,
//! verifying one needs `--skip-hash-check`.

use sha2::{Digest, Sha256};

use super::bolt::{display_key, BoltError, CheckFailed, CheckStats, Db};
use super::mvcc::{self, decode_key_value, MvccError, RevKey, Revisions, KEY_BUCKET, META_BUCKET};
use super::status::{compute_status, Status, StatusError};

/// Length of the SHA-256 trailer.
pub const TRAILER_LEN: usize = 32;

/// A snapshot file split into image and (optional) trailer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trailer<'a> {
    /// The bbolt image (the whole file when there is no trailer).
    pub image: &'a [u8],
    /// The stored SHA-256 digest, when `size % 512 == 32`.
    pub digest: Option<&'a [u8; TRAILER_LEN]>,
}

/// Applies etcd's `hasChecksum` rule (`size % 512 == 32`).
pub fn split_trailer(file: &[u8]) -> Trailer<'_> {
    if file.len() % 512 == TRAILER_LEN {
        let (image, tail) = file.split_at(file.len() - TRAILER_LEN);
        if let Ok(digest) = <&[u8; TRAILER_LEN]>::try_from(tail) {
            return Trailer {
                image,
                digest: Some(digest),
            };
        }
    }
    Trailer {
        image: file,
        digest: None,
    }
}

/// Lowercase hex of a byte string.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("file is empty")]
    Empty,

    #[error(
        "snapshot has no SHA-256 trailer (size {size} bytes is not 32 more than a multiple of 512); \
         a raw member/snap/db copy has none: pass --skip-hash-check to verify it anyway"
    )]
    MissingTrailer { size: u64 },

    #[error(
        "SHA-256 mismatch: the trailer at offset {offset} says {expected}, but the {image_len}-byte \
         image hashes to {actual}"
    )]
    HashMismatch {
        offset: u64,
        image_len: u64,
        expected: String,
        actual: String,
    },

    #[error("cannot open the bbolt image")]
    Open(#[from] BoltError),

    #[error(transparent)]
    Check(#[from] CheckFailed),

    #[error("{0}")]
    Etcd(String),
}

impl From<MvccError> for VerifyError {
    fn from(e: MvccError) -> Self {
        match e {
            MvccError::Bolt(b) => VerifyError::Open(b),
            other => VerifyError::Etcd(other.to_string()),
        }
    }
}

impl From<StatusError> for VerifyError {
    fn from(e: StatusError) -> Self {
        match e {
            StatusError::Bolt(b) => VerifyError::Open(b),
            StatusError::Check(c) => VerifyError::Check(c),
            other => VerifyError::Etcd(other.to_string()),
        }
    }
}

/// Checks the trailer: `Ok(digest)` when present and matching the image.
pub fn verify_hash(file: &[u8]) -> Result<[u8; TRAILER_LEN], VerifyError> {
    if file.is_empty() {
        return Err(VerifyError::Empty);
    }
    let t = split_trailer(file);
    let Some(expected) = t.digest else {
        return Err(VerifyError::MissingTrailer {
            size: file.len() as u64,
        });
    };
    let actual: [u8; TRAILER_LEN] = Sha256::digest(t.image).into();
    if &actual != expected {
        return Err(VerifyError::HashMismatch {
            offset: t.image.len() as u64,
            image_len: t.image.len() as u64,
            expected: hex(expected),
            actual: hex(&actual),
        });
    }
    Ok(actual)
}

/// How the trailer was handled.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase", tag = "result")]
pub enum HashCheck {
    /// The trailer matched; the hex SHA-256.
    Verified { sha256: String },
    /// `--skip-hash-check`: a trailer was (or was not) present and was not compared.
    Skipped { trailer_present: bool },
}

/// Counts over bucket `key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyBucketStats {
    /// All entries (revisions).
    pub entries: u64,
    /// Entries that are deletion markers.
    pub tombstones: u64,
    /// User keys alive at the current revision (what 3.6 calls TOTAL KEYS).
    pub live_keys: u64,
}

/// Everything `verify` established about a good snapshot.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyReport {
    pub file_size: u64,
    /// `pgid × page size`.
    pub image_size: u64,
    /// Bytes between the image end and the trailer/file end (0 for a
    /// snapshot; a raw db file may be preallocated past its image).
    pub slack_bytes: u64,
    pub hash: HashCheck,
    pub page_size: usize,
    /// Meta page in use (0 or 1) and why the other was rejected, if it was.
    pub meta_page: u8,
    pub other_meta_problem: Option<String>,
    pub txid: u64,
    pub bolt: CheckStats,
    /// Top-level bucket names (lossy UTF-8).
    pub buckets: Vec<String>,
    pub key_bucket: KeyBucketStats,
    pub revisions: Revisions,
    /// The same numbers `etcdutl snapshot status` would print.
    pub status: Status,
}

/// Full verification: the trailer (unless `skip_hash_check`), then bbolt's
/// structure, then etcd's: buckets `key` and `meta` exist, every key of
/// `key` is a 17/18-byte revision, every value decodes as `KeyValue`, and
/// the compaction marks in `meta` are valid revisions.
pub fn verify(file: &[u8], skip_hash_check: bool) -> Result<VerifyReport, VerifyError> {
    if file.is_empty() {
        return Err(VerifyError::Empty);
    }
    let trailer = split_trailer(file);
    if !skip_hash_check && trailer.digest.is_none() {
        // Only suggest --skip-hash-check for something that is a bbolt
        // database; for any other file the open error is the real news.
        Db::open(file)?;
    }
    let hash = if skip_hash_check {
        HashCheck::Skipped {
            trailer_present: trailer.digest.is_some(),
        }
    } else {
        HashCheck::Verified {
            sha256: hex(&verify_hash(file)?),
        }
    };

    let db = Db::open(trailer.image)?;
    let bolt = db.check()?;

    let buckets = db.buckets()?;
    for required in [KEY_BUCKET, META_BUCKET] {
        if !buckets.iter().any(|b| b.name() == required) {
            return Err(VerifyError::Etcd(format!(
                "the snapshot has no bucket {} (not an etcd v3 database?)",
                display_key(required)
            )));
        }
    }
    let key_bucket = check_key_bucket(&db)?;
    let revisions = mvcc::revisions(&db)?;
    let status = compute_status(&db)?;

    Ok(VerifyReport {
        file_size: file.len() as u64,
        image_size: db.size(),
        slack_bytes: (trailer.image.len() as u64).saturating_sub(db.size()),
        hash,
        page_size: db.page_size(),
        meta_page: db.meta_index(),
        other_meta_problem: db.other_meta_problem().map(str::to_string),
        txid: db.meta().txid,
        bolt,
        buckets: buckets
            .iter()
            .map(|b| String::from_utf8_lossy(b.name()).into_owned())
            .collect(),
        key_bucket,
        revisions,
        status,
    })
}

/// Validates every entry of bucket `key` and counts live keys.
fn check_key_bucket(db: &Db<'_>) -> Result<KeyBucketStats, VerifyError> {
    let bucket = db
        .bucket(KEY_BUCKET)?
        .ok_or_else(|| VerifyError::Etcd("the snapshot has no bucket \"key\"".into()))?;
    let mut stats = KeyBucketStats::default();
    let mut live = std::collections::HashSet::new();
    let mut cursor = db.cursor(&bucket);
    while let Some(entry) = cursor.next() {
        let entry = entry?;
        let at = match cursor.position() {
            Some((page, index)) => {
                format!(
                    "page {page} (offset {}), element {index}",
                    page.saturating_mul(db.page_size() as u64)
                )
            }
            None => "an inline page".to_string(),
        };
        if entry.is_bucket() {
            return Err(VerifyError::Etcd(format!(
                "bucket \"key\" at {at}: entry {} is a nested bucket, not a revision",
                display_key(entry.key)
            )));
        }
        let rk = RevKey::parse(entry.key).map_err(|reason| {
            VerifyError::Etcd(format!(
                "bucket \"key\" at {at}: key {} is not a revision: {reason}",
                display_key(entry.key)
            ))
        })?;
        let kv = decode_key_value(entry.value).map_err(|e| {
            VerifyError::Etcd(format!(
                "bucket \"key\" at {at}: the value at revision {} ({} bytes) is not a valid \
                 mvccpb.KeyValue: {e}",
                rk.rev,
                entry.value.len()
            ))
        })?;
        stats.entries += 1;
        if kv.key.is_empty() {
            // Not a key: `etcdutl snapshot restore --bump-revision` writes an entry with an
            // empty key at the bumped revision so that the revision survives (etcd refuses
            // empty keys, and a range never returns it).
            continue;
        }
        if rk.tombstone {
            stats.tombstones += 1;
            live.remove(&kv.key);
        } else {
            live.insert(kv.key);
        }
    }
    stats.live_keys = live.len() as u64;
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::super::bolt::tests::{leaf_page, Builder};
    use super::super::mvcc::tests::etcd_sample;
    use super::*;

    fn with_trailer(img: &[u8]) -> Vec<u8> {
        let mut f = img.to_vec();
        f.extend_from_slice(&Sha256::digest(img));
        f
    }

    #[test]
    fn trailer_rule() {
        assert!(split_trailer(&[0u8; 4096]).digest.is_none());
        let t = split_trailer(&[1u8; 4096 + 32]);
        assert_eq!(t.image.len(), 4096);
        assert!(t.digest.is_some());
        assert!(split_trailer(&[0u8; 31]).digest.is_none());
        assert_eq!(split_trailer(&[0u8; 32]).image.len(), 0);
    }

    #[test]
    fn verify_good_snapshot() {
        let f = with_trailer(&etcd_sample());
        let r = verify(&f, false).unwrap();
        assert!(matches!(r.hash, HashCheck::Verified { .. }));
        assert_eq!(
            r.key_bucket,
            KeyBucketStats {
                entries: 5,
                tombstones: 1,
                live_keys: 2
            }
        );
        assert_eq!(r.revisions.current, 6);
        assert_eq!(r.buckets, vec!["key", "meta"]);
        assert_eq!(r.slack_bytes, 0);
        // Raw db: trailer missing.
        let raw = etcd_sample();
        let e = verify(&raw, false).unwrap_err();
        assert!(e.to_string().contains("--skip-hash-check"), "{e}");
        assert!(matches!(
            verify(&raw, true).unwrap().hash,
            HashCheck::Skipped {
                trailer_present: false
            }
        ));
    }

    #[test]
    fn hash_mismatch() {
        let mut f = with_trailer(&etcd_sample());
        let n = f.len();
        f[n - 1] ^= 1;
        let e = verify(&f, false).unwrap_err();
        assert!(
            matches!(e, VerifyError::HashMismatch { offset: 16384, .. }),
            "{e}"
        );
        // Skipping the hash check lets a good image through.
        assert!(verify(&f, true).is_ok());
    }

    #[test]
    fn etcd_level_errors() {
        let e = verify(b"hello world", false).unwrap_err();
        assert_eq!(e.to_string(), "cannot open the bbolt image");
        let cause = std::error::Error::source(&e)
            .map(|c| c.to_string())
            .unwrap_or_default();
        assert!(cause.starts_with("not a bbolt database"), "{cause}");
        let root = leaf_page(2, &[]);
        let img = Builder::image(1024, 2, &[root]);
        let e = verify(&with_trailer(&img), false).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the snapshot has no bucket \"key\" (not an etcd v3 database?)"
        );
        assert_eq!(verify(&[], false).unwrap_err(), VerifyError::Empty);
    }
}
