//! etcd's MVCC layer on top of the bbolt image: revision keys, the
//! `mvccpb.KeyValue` values of bucket `key`, compaction marks in bucket
//! `meta`, and an offline range query equivalent to etcd's `Range` at a
//! revision.
//!
//! Bucket `key` maps a revision (`main` big-endian u64, `_`, `sub`
//! big-endian u64, plus a trailing `t` for deletions) to the full
//! `KeyValue` written at that revision. Byte order of those keys is
//! revision order, so one forward pass sees every user key's history in
//! order; the state of the store at revision R is "for each user key, the
//! newest entry with main ≤ R, unless that entry is a tombstone".

use std::collections::BTreeMap;
use std::fmt;

use prost::Message;

use super::bolt::{display_key, BoltError, Bucket, Db};

/// Name of the bucket holding revisions → KeyValue.
pub const KEY_BUCKET: &[u8] = b"key";
/// Name of the bucket holding consistent index, term, compaction marks….
pub const META_BUCKET: &[u8] = b"meta";
/// `meta` key: the compaction target of the last *finished* compaction.
pub const FINISHED_COMPACT_KEY: &[u8] = b"finishedCompactRev";
/// `meta` key: the target of the last *scheduled* compaction (may still be
/// running when the snapshot was taken; etcd finishes it on restore).
pub const SCHEDULED_COMPACT_KEY: &[u8] = b"scheduledCompactRev";

/// Length of a normal revision key.
pub const REV_KEY_LEN: usize = 17;
/// Length of a tombstone revision key (normal key + `t`).
pub const TOMBSTONE_KEY_LEN: usize = 18;

/// An etcd revision: `main` is the store revision of a transaction, `sub`
/// the index of the change within it. Ordering is (main, sub).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Revision {
    pub main: i64,
    pub sub: i64,
}

impl fmt::Display for Revision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}_{}", self.main, self.sub)
    }
}

/// A decoded key of bucket `key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RevKey {
    pub rev: Revision,
    /// 18-byte key ending in `t`: the user key was deleted at this revision.
    pub tombstone: bool,
}

/// Why a byte string is not a revision key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RevisionError {
    #[error("is {0} bytes long; a revision key is 17 bytes (18 for a tombstone)")]
    BadLength(usize),
    #[error("byte 8 is 0x{0:02x}, expected '_' (0x5f)")]
    BadSeparator(u8),
    #[error("byte 17 is 0x{0:02x}, expected the tombstone mark 't' (0x74)")]
    BadTombstoneMark(u8),
    #[error("main revision {0} is negative")]
    NegativeMain(i64),
    #[error("sub revision {0} is negative")]
    NegativeSub(i64),
}

fn be_i64(b: &[u8]) -> i64 {
    let mut a = [0u8; 8];
    if let Some(s) = b.get(..8) {
        a.copy_from_slice(s);
    }
    i64::from_be_bytes(a)
}

impl Revision {
    /// Parses a 17-byte revision (bucket `key` keys, `meta` compaction
    /// marks), rejecting what etcd would panic on.
    pub fn parse(b: &[u8]) -> Result<Revision, RevisionError> {
        if b.len() != REV_KEY_LEN {
            return Err(RevisionError::BadLength(b.len()));
        }
        Self::parse_prefix(b)
    }

    fn parse_prefix(b: &[u8]) -> Result<Revision, RevisionError> {
        if b.len() < REV_KEY_LEN {
            return Err(RevisionError::BadLength(b.len()));
        }
        if b[8] != b'_' {
            return Err(RevisionError::BadSeparator(b[8]));
        }
        let main = be_i64(&b[0..8]);
        let sub = be_i64(&b[9..17]);
        if main < 0 {
            return Err(RevisionError::NegativeMain(main));
        }
        if sub < 0 {
            return Err(RevisionError::NegativeSub(sub));
        }
        Ok(Revision { main, sub })
    }

    /// The 17-byte encoding.
    pub fn to_bytes(self) -> [u8; REV_KEY_LEN] {
        let mut out = [0u8; REV_KEY_LEN];
        out[0..8].copy_from_slice(&self.main.to_be_bytes());
        out[8] = b'_';
        out[9..17].copy_from_slice(&self.sub.to_be_bytes());
        out
    }
}

impl RevKey {
    /// Parses a key of bucket `key` (17 bytes, or 18 ending in `t`).
    pub fn parse(b: &[u8]) -> Result<RevKey, RevisionError> {
        match b.len() {
            REV_KEY_LEN => Ok(RevKey {
                rev: Revision::parse_prefix(b)?,
                tombstone: false,
            }),
            TOMBSTONE_KEY_LEN => {
                let rev = Revision::parse_prefix(b)?;
                if b[17] != b't' {
                    return Err(RevisionError::BadTombstoneMark(b[17]));
                }
                Ok(RevKey {
                    rev,
                    tombstone: true,
                })
            }
            n => Err(RevisionError::BadLength(n)),
        }
    }
}

/// `mvccpb.KeyValue` (etcd api/mvccpb/kv.proto).
#[derive(Clone, PartialEq, Eq, Message)]
pub struct KeyValue {
    /// The user key, e.g. `/registry/pods/default/x`.
    #[prost(bytes = "vec", tag = "1")]
    pub key: Vec<u8>,
    /// Revision of the last creation of this key.
    #[prost(int64, tag = "2")]
    pub create_revision: i64,
    /// Revision of the last modification.
    #[prost(int64, tag = "3")]
    pub mod_revision: i64,
    /// Per-key modification counter, reset to 0 by a delete.
    #[prost(int64, tag = "4")]
    pub version: i64,
    #[prost(bytes = "vec", tag = "5")]
    pub value: Vec<u8>,
    /// Lease id, 0 for none.
    #[prost(int64, tag = "6")]
    pub lease: i64,
}

/// Just field 1 of a `KeyValue`: range filtering only needs the user key,
/// and prost skips the (possibly large) value without copying it.
#[derive(Clone, PartialEq, Message)]
struct KeyOnly {
    #[prost(bytes = "vec", tag = "1")]
    key: Vec<u8>,
}

/// A `KeyValue` without field 5: for `--keys-only`, so values are never copied.
#[derive(Clone, PartialEq, Message)]
struct KeyValueNoValue {
    #[prost(bytes = "vec", tag = "1")]
    key: Vec<u8>,
    #[prost(int64, tag = "2")]
    create_revision: i64,
    #[prost(int64, tag = "3")]
    mod_revision: i64,
    #[prost(int64, tag = "4")]
    version: i64,
    #[prost(int64, tag = "6")]
    lease: i64,
}

/// The user key of a stored `KeyValue`, borrowed. etcd marshals field 1 first, so the
/// common case is a length-delimited field at offset 0 (read with prost's varint decoder);
/// anything else goes through a full prost decode of the key.
fn user_key(value: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, prost::DecodeError> {
    if let Some((&0x0a, mut rest)) = value.split_first() {
        let len = prost::encoding::decode_varint(&mut rest)?;
        if let Some(key) = usize::try_from(len).ok().and_then(|n| rest.get(..n)) {
            return Ok(std::borrow::Cow::Borrowed(key));
        }
    }
    KeyOnly::decode(value).map(|k| std::borrow::Cow::Owned(k.key))
}

/// The newest entry of a user key seen so far: (is tombstone, revision, raw value).
type Newest<'a> = (bool, Revision, &'a [u8]);

/// What a range returns of each live key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetch {
    /// Full key-values.
    All,
    /// Everything but the value (`--keys-only`).
    KeysOnly,
    /// Nothing but the count (`--count-only`): `kvs` stays empty.
    CountOnly,
}

/// Decodes a value of bucket `key`.
pub fn decode_key_value(bytes: &[u8]) -> Result<KeyValue, prost::DecodeError> {
    KeyValue::decode(bytes)
}

/// Everything that can go wrong reading etcd data from a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MvccError {
    #[error(transparent)]
    Bolt(#[from] BoltError),

    #[error("the snapshot has no bucket {} (not an etcd v3 database?)", display_key(.0))]
    MissingBucket(&'static [u8]),

    #[error("bucket \"key\": key {key}{} is not a revision: {reason}", at_page(*.page))]
    BadRevisionKey {
        key: String,
        page: Option<(u64, usize)>,
        reason: RevisionError,
    },

    #[error("bucket \"key\": the value at revision {rev}{} is not a valid mvccpb.KeyValue: {reason}", at_page(*.page))]
    BadKeyValue {
        rev: String,
        page: Option<(u64, usize)>,
        reason: String,
    },

    #[error("bucket \"meta\": {} is not a valid revision: {reason}", display_key(.name))]
    BadMetaRevision {
        name: &'static [u8],
        reason: RevisionError,
    },

    #[error("required revision has been compacted (requested {requested}, the snapshot is compacted at revision {compacted})")]
    Compacted { requested: i64, compacted: i64 },

    #[error("required revision is a future revision (requested {requested}, the snapshot's current revision is {current})")]
    FutureRevision { requested: i64, current: i64 },
}

fn at_page(p: Option<(u64, usize)>) -> String {
    match p {
        Some((page, index)) => format!(" (page {page}, element {index})"),
        None => String::new(),
    }
}

/// Revision bookkeeping of a snapshot, as etcd computes it on restore.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Revisions {
    /// Store revision etcd would serve after restoring this snapshot:
    /// `max(1, main of the last key in bucket key, finished compaction)`
    /// (a compaction can remove the newest revisions' keys if they were
    /// deletions, so etcd never lets the current revision fall below it).
    pub current: i64,
    /// `main` of the last key in bucket `key` (etcdutl's REVISION), 0 if
    /// the bucket is empty.
    pub last_key: i64,
    /// Effective compaction revision: `max(finished, scheduled)` (etcd
    /// completes a scheduled compaction on restore). Reads below it fail.
    pub compacted: i64,
    /// `meta/finishedCompactRev` main, if present.
    pub finished_compact: Option<i64>,
    /// `meta/scheduledCompactRev` main, if present.
    pub scheduled_compact: Option<i64>,
}

fn meta_revision(
    db: &Db<'_>,
    meta: Option<&Bucket<'_>>,
    name: &'static [u8],
) -> Result<Option<i64>, MvccError> {
    let Some(meta) = meta else { return Ok(None) };
    match db.get(meta, name)? {
        Some(v) => Revision::parse(v)
            .map(|r| Some(r.main))
            .map_err(|reason| MvccError::BadMetaRevision { name, reason }),
        None => Ok(None),
    }
}

/// Reads the current, last-key and compaction revisions. Cheap: one
/// descent of the `key` tree plus two `meta` lookups.
pub fn revisions(db: &Db<'_>) -> Result<Revisions, MvccError> {
    let key = db
        .bucket(KEY_BUCKET)?
        .ok_or(MvccError::MissingBucket(KEY_BUCKET))?;
    let meta = db.bucket(META_BUCKET)?;
    let last_key = match db.last_entry(&key)? {
        Some(e) => {
            RevKey::parse(e.key)
                .map_err(|reason| MvccError::BadRevisionKey {
                    key: display_key(e.key),
                    page: None,
                    reason,
                })?
                .rev
                .main
        }
        None => 0,
    };
    let finished_compact = meta_revision(db, meta.as_ref(), FINISHED_COMPACT_KEY)?;
    let scheduled_compact = meta_revision(db, meta.as_ref(), SCHEDULED_COMPACT_KEY)?;
    let finished = finished_compact.unwrap_or(0);
    Ok(Revisions {
        // A fresh etcd store starts at revision 1 (NewStore), so an empty
        // `key` bucket still reads at revision 1.
        current: last_key.max(finished).max(1),
        last_key,
        compacted: finished.max(scheduled_compact.unwrap_or(0)),
        finished_compact,
        scheduled_compact,
    })
}

/// Result of [`range`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeResult {
    /// Live key-values at the read revision, sorted by key.
    pub kvs: Vec<KeyValue>,
    /// Number of live keys in the range (also with [`Fetch::CountOnly`]).
    pub count: usize,
    /// The revision the read was served at (the requested one, or the
    /// current revision for `at_rev <= 0`).
    pub read_revision: i64,
    /// Revision bookkeeping of the snapshot; `revisions.current` is what
    /// etcd puts in the response header.
    pub revisions: Revisions,
}

/// Whether `k` lies in the etcd range `[key, range_end)`.
fn in_range(k: &[u8], key: &[u8], range_end: &[u8]) -> bool {
    match range_end {
        [] => k == key,
        [0] => k >= key,
        end => k >= key && k < end,
    }
}

/// Offline etcd `Range`: the key-values alive at revision `at_rev`
/// (`<= 0`: the current revision) with keys in `[key, range_end)`, using
/// etcd's conventions: empty `range_end` = exactly `key`, `"\0"` = every
/// key ≥ `key`. Like etcd, a revision below the compaction fails with
/// [`MvccError::Compacted`] and one above the current revision with
/// [`MvccError::FutureRevision`].
///
/// One forward pass over bucket `key` (stopping at the first revision past
/// the read revision), decoding only the user key of each entry; the full
/// values are decoded only for the winners. Memory is one map entry per
/// distinct user key in the range.
pub fn range(
    db: &Db<'_>,
    key: &[u8],
    range_end: &[u8],
    at_rev: i64,
) -> Result<RangeResult, MvccError> {
    range_with(db, key, range_end, at_rev, Fetch::All)
}

/// [`range`], fetching only what the caller needs (see [`Fetch`]); `count` is always the
/// number of live keys in the range.
pub fn range_with(
    db: &Db<'_>,
    key: &[u8],
    range_end: &[u8],
    at_rev: i64,
    fetch: Fetch,
) -> Result<RangeResult, MvccError> {
    let revs = revisions(db)?;
    let read_rev = if at_rev <= 0 { revs.current } else { at_rev };
    if at_rev > 0 && at_rev < revs.compacted {
        return Err(MvccError::Compacted {
            requested: at_rev,
            compacted: revs.compacted,
        });
    }
    if read_rev > revs.current {
        return Err(MvccError::FutureRevision {
            requested: read_rev,
            current: revs.current,
        });
    }
    let bucket = db
        .bucket(KEY_BUCKET)?
        .ok_or(MvccError::MissingBucket(KEY_BUCKET))?;

    // user key → (is tombstone, revision, raw value) of the newest entry ≤ read_rev.
    let mut latest: BTreeMap<std::borrow::Cow<'_, [u8]>, Newest<'_>> = BTreeMap::new();
    let mut cursor = db.cursor(&bucket);
    while let Some(entry) = cursor.next() {
        let entry = entry?;
        let rk = RevKey::parse(entry.key).map_err(|reason| MvccError::BadRevisionKey {
            key: display_key(entry.key),
            page: cursor.position(),
            reason,
        })?;
        if rk.rev.main > read_rev {
            break; // keys are in revision order: nothing later is visible
        }
        let user_key = user_key(entry.value).map_err(|e| MvccError::BadKeyValue {
            rev: rk.rev.to_string(),
            page: cursor.position(),
            reason: e.to_string(),
        })?;
        if in_range(&user_key, key, range_end) {
            latest.insert(user_key, (rk.tombstone, rk.rev, entry.value));
        }
    }

    let count = latest
        .values()
        .filter(|(tombstone, _, _)| !tombstone)
        .count();
    let mut kvs = Vec::with_capacity(if fetch == Fetch::CountOnly { 0 } else { count });
    for (tombstone, rev, raw) in latest.into_values() {
        if tombstone || fetch == Fetch::CountOnly {
            continue;
        }
        let bad = |e: prost::DecodeError| MvccError::BadKeyValue {
            rev: rev.to_string(),
            page: None,
            reason: e.to_string(),
        };
        let kv = match fetch {
            Fetch::KeysOnly => {
                let k = KeyValueNoValue::decode(raw).map_err(bad)?;
                KeyValue {
                    key: k.key,
                    create_revision: k.create_revision,
                    mod_revision: k.mod_revision,
                    version: k.version,
                    value: Vec::new(),
                    lease: k.lease,
                }
            }
            _ => decode_key_value(raw).map_err(bad)?,
        };
        kvs.push(kv);
    }
    Ok(RangeResult {
        kvs,
        count,
        read_revision: read_rev,
        revisions: revs,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::bolt::tests::{bucket_value, inline_bucket_value, leaf_page, Builder};
    use super::super::bolt::LEAF_BUCKET;
    use super::*;

    pub(crate) fn rev_key(main: i64, sub: i64, tomb: bool) -> Vec<u8> {
        let mut k = Revision { main, sub }.to_bytes().to_vec();
        if tomb {
            k.push(b't');
        }
        k
    }

    pub(crate) fn kv(key: &str, val: &str, create: i64, modr: i64, ver: i64) -> Vec<u8> {
        KeyValue {
            key: key.as_bytes().to_vec(),
            create_revision: create,
            mod_revision: modr,
            version: ver,
            value: val.as_bytes().to_vec(),
            lease: 0,
        }
        .encode_to_vec()
    }

    /// A tiny etcd-like db: a=1@2, b=1@3, a=2@4, delete b@5, c=1@6;
    /// finishedCompactRev = 3.
    pub(crate) fn etcd_sample() -> Vec<u8> {
        let entries: Vec<(Vec<u8>, Vec<u8>)> = vec![
            (rev_key(2, 0, false), kv("a", "1", 2, 2, 1)),
            (rev_key(3, 0, false), kv("b", "1", 3, 3, 1)),
            (rev_key(4, 0, false), kv("a", "2", 2, 4, 2)),
            (
                rev_key(5, 0, true),
                KeyValue {
                    key: b"b".to_vec(),
                    ..Default::default()
                }
                .encode_to_vec(),
            ),
            (rev_key(6, 0, false), kv("c", "1", 6, 6, 1)),
        ];
        let e: Vec<(&[u8], &[u8], u32)> =
            entries.iter().map(|(k, v)| (&k[..], &v[..], 0)).collect();
        let keyleaf = leaf_page(3, &e);
        let compact = Revision { main: 3, sub: 0 }.to_bytes();
        let meta = inline_bucket_value(&[(b"finishedCompactRev", &compact, 0)]);
        let root = leaf_page(
            2,
            &[
                (b"key", &bucket_value(3), LEAF_BUCKET),
                (b"meta", &meta, LEAF_BUCKET),
            ],
        );
        Builder::image(4096, 2, &[root, keyleaf])
    }

    fn keys_vals(r: &RangeResult) -> Vec<(String, String)> {
        r.kvs
            .iter()
            .map(|k| {
                (
                    String::from_utf8_lossy(&k.key).into(),
                    String::from_utf8_lossy(&k.value).into(),
                )
            })
            .collect()
    }

    #[test]
    fn revision_keys() {
        let k = rev_key(5, 1, false);
        assert_eq!(
            RevKey::parse(&k).unwrap(),
            RevKey {
                rev: Revision { main: 5, sub: 1 },
                tombstone: false
            }
        );
        let t = rev_key(5, 1, true);
        assert!(RevKey::parse(&t).unwrap().tombstone);
        assert_eq!(RevKey::parse(&k[..16]), Err(RevisionError::BadLength(16)));
        let mut bad = k.clone();
        bad[8] = b'-';
        assert_eq!(RevKey::parse(&bad), Err(RevisionError::BadSeparator(b'-')));
        let mut bad = t.clone();
        bad[17] = b'x';
        assert_eq!(
            RevKey::parse(&bad),
            Err(RevisionError::BadTombstoneMark(b'x'))
        );
        let neg = rev_key(-1, 0, false);
        assert_eq!(RevKey::parse(&neg), Err(RevisionError::NegativeMain(-1)));
        assert_eq!(Revision::parse(&t), Err(RevisionError::BadLength(18)));
        // Byte order = revision order.
        assert!(rev_key(1, 300, false) < rev_key(2, 0, false));
        assert!(rev_key(2, 0, false) < rev_key(2, 0, true));
    }

    #[test]
    fn range_semantics() {
        let img = etcd_sample();
        let db = Db::open(&img).unwrap();
        let r = range(&db, b"\0", b"\0", 0).unwrap();
        assert_eq!(r.revisions.current, 6);
        assert_eq!(r.revisions.compacted, 3);
        assert_eq!(r.read_revision, 6);
        assert_eq!(
            keys_vals(&r),
            vec![("a".into(), "2".into()), ("c".into(), "1".into())]
        );

        let r = range(&db, b"\0", b"\0", 3).unwrap();
        assert_eq!(
            keys_vals(&r),
            vec![("a".into(), "1".into()), ("b".into(), "1".into())]
        );
        let r = range(&db, b"\0", b"\0", 4).unwrap();
        assert_eq!(
            keys_vals(&r),
            vec![("a".into(), "2".into()), ("b".into(), "1".into())]
        );
        let r = range(&db, b"\0", b"\0", 5).unwrap();
        assert_eq!(keys_vals(&r), vec![("a".into(), "2".into())]);

        // single key, prefix-style ranges
        assert_eq!(
            keys_vals(&range(&db, b"b", b"", 4).unwrap()),
            vec![("b".into(), "1".into())]
        );
        assert!(range(&db, b"b", b"", 0).unwrap().kvs.is_empty());
        assert_eq!(
            keys_vals(&range(&db, b"a", b"c", 0).unwrap()),
            vec![("a".into(), "2".into())]
        );
        assert_eq!(
            keys_vals(&range(&db, b"b", b"\0", 0).unwrap()),
            vec![("c".into(), "1".into())]
        );
        assert!(range(&db, b"c", b"a", 0).unwrap().kvs.is_empty());

        let kv = &range(&db, b"a", b"", 0).unwrap().kvs[0];
        assert_eq!((kv.create_revision, kv.mod_revision, kv.version), (2, 4, 2));

        assert_eq!(
            range(&db, b"a", b"", 2).unwrap_err(),
            MvccError::Compacted {
                requested: 2,
                compacted: 3
            }
        );
        assert_eq!(
            range(&db, b"a", b"", 7).unwrap_err(),
            MvccError::FutureRevision {
                requested: 7,
                current: 6
            }
        );
        assert!(range(&db, b"a", b"", 2)
            .unwrap_err()
            .to_string()
            .starts_with("required revision has been compacted"));
    }

    #[test]
    fn missing_key_bucket() {
        let root = leaf_page(2, &[(b"meta", &inline_bucket_value(&[]), LEAF_BUCKET)]);
        let img = Builder::image(1024, 2, &[root]);
        let db = Db::open(&img).unwrap();
        assert_eq!(
            range(&db, b"a", b"", 0).unwrap_err(),
            MvccError::MissingBucket(b"key")
        );
        assert_eq!(
            MvccError::MissingBucket(b"key").to_string(),
            "the snapshot has no bucket \"key\" (not an etcd v3 database?)"
        );
    }

    #[test]
    fn bad_revision_key_reports_page() {
        let root = leaf_page(2, &[(b"key", &bucket_value(3), LEAF_BUCKET)]);
        let leaf = leaf_page(3, &[(b"short", b"", 0)]);
        let img = Builder::image(1024, 2, &[root, leaf]);
        let db = Db::open(&img).unwrap();
        let e = range(&db, b"\0", b"\0", 0).unwrap_err();
        assert!(matches!(e, MvccError::BadRevisionKey { .. }), "{e}");
    }
}
