//! Read-only access to a bbolt database image held in memory.
//!
//! bbolt (the B+tree store behind etcd's `member/snap/db` and every etcd
//! snapshot) writes its in-memory structs straight to disk, so the format is
//! a handful of fixed little-endian layouts:
//!
//! * every page starts with a 16-byte header `id u64, flags u16, count u16,
//!   overflow u32`; page `n` lives at byte `n × page_size` and occupies
//!   `(1 + overflow) × page_size` bytes;
//! * pages 0 and 1 are meta pages (a 64-byte struct after the header) that
//!   name the root page of the bucket tree; the valid one with the highest
//!   transaction id wins;
//! * branch pages hold 16-byte elements `pos u32, ksize u32, child u64`,
//!   leaf pages hold `flags u32, pos u32, ksize u32, vsize u32`; `pos` is the
//!   key offset relative to the element itself, the value follows the key;
//! * a leaf entry with flag 0x01 is a sub-bucket whose value is a 16-byte
//!   header `root u64, sequence u64`; `root == 0` means the bucket's whole
//!   leaf page is embedded ("inline") in the value after that header.
//!
//! The input is untrusted (a user-supplied file): every offset is
//! bounds-checked, arithmetic is checked, trees are walked with an explicit
//! depth limit and a visited set (a corrupt file can point a branch at one
//! of its ancestors, or at the same child many times), and no allocation is
//! sized from a count read from the file without first proving the count
//! fits in the bytes that hold it. Nothing here panics on any input.

use std::fmt;

/// bbolt's magic number, first field of a meta page.
pub const MAGIC: u32 = 0xED0C_DAED;
/// The only on-disk format version bbolt has ever written.
pub const FORMAT_VERSION: u32 = 2;
/// Size of the header at the start of every page.
pub const PAGE_HEADER_SIZE: usize = 16;
/// Size of the meta struct that follows the header on pages 0 and 1.
pub const META_SIZE: usize = 64;
/// Size of a branch or leaf element.
pub const ELEMENT_SIZE: usize = 16;
/// Size of the bucket header stored as the value of a bucket entry.
pub const BUCKET_HEADER_SIZE: usize = 16;

/// Page type flags (exactly one is set on a well-formed page).
pub const PAGE_BRANCH: u16 = 0x01;
pub const PAGE_LEAF: u16 = 0x02;
pub const PAGE_META: u16 = 0x04;
pub const PAGE_FREELIST: u16 = 0x10;

/// Leaf element flag: the value is a bucket header, not user data.
pub const LEAF_BUCKET: u32 = 0x01;

/// Freelist page id meaning "freelist not persisted" (etcd on Linux sets
/// `NoFreelistSync`, so snapshots normally carry this).
pub const NO_FREELIST: u64 = u64::MAX;

/// Deepest page tree we follow. A bbolt tree with 4 KiB pages holding
/// billions of keys is still fewer than 10 levels deep; anything deeper is
/// a cycle or garbage.
pub const MAX_TREE_DEPTH: usize = 64;

/// Deepest bucket nesting we follow (etcd uses exactly one level).
pub const MAX_BUCKET_DEPTH: usize = 32;

/// Smallest / largest page size we accept. bbolt itself takes any page size
/// from its options, but real files use the OS page size (4 KiB – 64 KiB);
/// the bounds just keep a corrupt meta from producing absurd geometry.
pub const MIN_PAGE_SIZE: usize = 512;
pub const MAX_PAGE_SIZE: usize = 1 << 28;

/// At most this many problems are collected by [`Db::check`]; a badly
/// damaged file could otherwise produce one error per page.
pub const MAX_CHECK_ERRORS: usize = 100;

/// Everything that can go wrong while reading a bbolt image.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BoltError {
    #[error("file is empty")]
    Empty,

    #[error("not a bbolt database: {0}")]
    NotBolt(String),

    #[error("meta pages are both invalid: meta 0: {meta0}; meta 1: {meta1}")]
    NoValidMeta { meta0: String, meta1: String },

    #[error("meta page {index} (txid {txid}) is inconsistent: {reason}")]
    BadMeta {
        index: u8,
        txid: u64,
        reason: String,
    },

    #[error(
        "database image is truncated: its meta page says it has {pages} pages of {page_size} bytes \
         ({needed} bytes) but the file has only {actual} bytes"
    )]
    Truncated {
        pages: u64,
        page_size: usize,
        needed: u64,
        actual: u64,
    },

    #[error(
        "page {page} is outside the file (file has {pages_in_file} pages of {page_size} bytes)"
    )]
    PageOutsideFile {
        page: u64,
        pages_in_file: u64,
        page_size: usize,
    },

    #[error(
        "page {page} is beyond the end of the database: the meta page says there are {pgid} pages \
         (ids 0..={last})",
        last = .pgid.saturating_sub(1)
    )]
    PageBeyondHighWater { page: u64, pgid: u64 },

    #[error(
        "page {page} with {overflow} overflow pages runs past the end of the database \
         ({pgid} pages)"
    )]
    OverflowPastEnd { page: u64, overflow: u32, pgid: u64 },

    #[error("page {page} has id {found} in its header: the page is corrupt or misplaced")]
    PageIdMismatch { page: u64, found: u64 },

    #[error("{at} has page type flags 0x{flags:02x}; expected {expected}")]
    BadPageType {
        at: String,
        flags: u16,
        expected: &'static str,
    },

    #[error("{at} claims {count} elements, which do not fit in its {size} bytes")]
    TooManyElements {
        at: String,
        count: usize,
        size: usize,
    },

    #[error("{at}: element {index} lies outside the page ({detail})")]
    ElementOutOfBounds {
        at: String,
        index: usize,
        detail: String,
    },

    #[error("{at} is a branch page with no elements")]
    EmptyBranch { at: String },

    #[error(
        "page tree is deeper than {max} levels at page {page}: the pages form a cycle or the file \
         is corrupt",
        max = MAX_TREE_DEPTH
    )]
    TooDeep { page: u64 },

    #[error("buckets are nested more than {max} levels deep at bucket {name}", max = MAX_BUCKET_DEPTH)]
    BucketsTooDeep { name: String },

    #[error("page {page} is reachable more than once (again from {from})")]
    MultipleReferences { page: u64, from: String },

    #[error("{at}: key {key} at element {index} is not greater than the previous key {prev}")]
    Unsorted {
        at: String,
        index: usize,
        key: String,
        prev: String,
    },

    #[error(
        "{at}: key {key} at element {index} sorts before {bound}, the key its parent branch \
         element uses for this page"
    )]
    KeyBelowParent {
        at: String,
        index: usize,
        key: String,
        bound: String,
    },

    #[error(
        "{at}: key {key} at element {index} is not below {bound}, the key of the next element in \
         the parent branch page"
    )]
    KeyNotBelowNext {
        at: String,
        index: usize,
        key: String,
        bound: String,
    },

    #[error(
        "bucket {name}: its bucket header is {len} bytes, shorter than the {min} bytes it needs",
        min = BUCKET_HEADER_SIZE
    )]
    BadBucketHeader { name: String, len: usize },

    #[error("bucket {name} has root page {root}, which is a meta page")]
    BucketRootIsMeta { name: String, root: u64 },

    #[error("top-level entry {name} is not a bucket (every top-level key must be a bucket)")]
    NotABucket { name: String },

    #[error("freelist page {page}: {detail}")]
    BadFreelist { page: u64, detail: String },

    #[error("page {page} is listed twice in the freelist")]
    DoubleFreed { page: u64 },

    #[error("page {page} is in the freelist but still reachable from the tree")]
    ReachableFreed { page: u64 },

    #[error("page {page} is neither reachable from the tree nor in the freelist")]
    UnreachableUnfreed { page: u64 },
}

/// Shortens and quotes a key for error messages: printable ASCII is shown
/// as a quoted string (that is what etcd keys usually are), anything else
/// as hex, both cut at 64 bytes so a corrupt multi-megabyte "key" cannot
/// flood the terminal.
pub fn display_key(key: &[u8]) -> String {
    const MAX: usize = 64;
    let shown = &key[..key.len().min(MAX)];
    let ellipsis = if key.len() > MAX { "…" } else { "" };
    if shown.iter().all(|b| (0x20..0x7f).contains(b)) {
        let mut s = String::with_capacity(shown.len() + 2);
        s.push('"');
        for &b in shown {
            if b == b'"' || b == b'\\' {
                s.push('\\');
            }
            s.push(b as char);
        }
        s.push_str(ellipsis);
        s.push('"');
        s
    } else {
        let mut s = String::from("0x");
        for b in shown {
            s.push_str(&format!("{b:02x}"));
        }
        s.push_str(ellipsis);
        s
    }
}

// ---------------------------------------------------------------------------
// little-endian field readers; `None` when the field does not fit.

fn read_u16(b: &[u8], off: usize) -> Option<u16> {
    let s = b.get(off..off.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]))
}

fn read_u32(b: &[u8], off: usize) -> Option<u32> {
    let s = b.get(off..off.checked_add(4)?)?;
    let mut a = [0u8; 4];
    a.copy_from_slice(s);
    Some(u32::from_le_bytes(a))
}

fn read_u64(b: &[u8], off: usize) -> Option<u64> {
    let s = b.get(off..off.checked_add(8)?)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(u64::from_le_bytes(a))
}

/// FNV-1a 64-bit, the checksum bbolt stores in the meta page.
fn fnv1a64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

// ---------------------------------------------------------------------------
// meta pages

/// The decoded meta struct of page 0 or 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meta {
    pub magic: u32,
    pub version: u32,
    pub page_size: u32,
    pub flags: u32,
    /// Root page of the top-level bucket tree.
    pub root: u64,
    /// Sequence of the root bucket (unused by etcd).
    pub sequence: u64,
    /// Freelist page id, or [`NO_FREELIST`].
    pub freelist: u64,
    /// High-water mark: number of pages in use (the image is
    /// `pgid × page_size` bytes).
    pub pgid: u64,
    pub txid: u64,
    pub checksum: u64,
}

impl Meta {
    /// Decodes the meta struct of the page starting at `page_off`; `Err`
    /// explains why the page is not a valid meta page.
    fn read(data: &[u8], page_off: usize) -> Result<Meta, String> {
        let start = page_off
            .checked_add(PAGE_HEADER_SIZE)
            .ok_or_else(|| "offset overflow".to_string())?;
        let raw = start
            .checked_add(META_SIZE)
            .and_then(|end| data.get(start..end))
            .ok_or_else(|| {
                format!(
                    "missing: the file ({} bytes) ends before the meta page at offset {page_off}",
                    data.len()
                )
            })?;
        // All reads below are within the 64-byte `raw` slice.
        let f32_ = |o| read_u32(raw, o).unwrap_or(0);
        let f64_ = |o| read_u64(raw, o).unwrap_or(0);
        let m = Meta {
            magic: f32_(0),
            version: f32_(4),
            page_size: f32_(8),
            flags: f32_(12),
            root: f64_(16),
            sequence: f64_(24),
            freelist: f64_(32),
            pgid: f64_(40),
            txid: f64_(48),
            checksum: f64_(56),
        };
        if m.magic != MAGIC {
            if m.magic.swap_bytes() == MAGIC {
                return Err(
                    "the magic number is byte-swapped: this file was written on a big-endian \
                     host, which is not supported"
                        .to_string(),
                );
            }
            return Err(format!(
                "bad magic 0x{:08x} (expected 0x{MAGIC:08x})",
                m.magic
            ));
        }
        if m.version != FORMAT_VERSION {
            return Err(format!(
                "unsupported format version {} (expected {FORMAT_VERSION})",
                m.version
            ));
        }
        let computed = fnv1a64(&raw[..56]);
        if computed != m.checksum {
            return Err(format!(
                "checksum mismatch (stored 0x{:016x}, computed 0x{computed:016x})",
                m.checksum
            ));
        }
        Ok(m)
    }
}

// ---------------------------------------------------------------------------
// nodes (branch/leaf pages, including inline bucket pages)

/// Where a node lives, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeLoc<'a> {
    /// A real page of the file.
    Page(u64),
    /// The leaf page embedded in the value of this (inline) bucket.
    Inline(&'a [u8]),
}

impl fmt::Display for NodeLoc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NodeLoc::Page(id) => write!(f, "page {id}"),
            NodeLoc::Inline(name) => write!(f, "the inline page of bucket {}", display_key(name)),
        }
    }
}

/// One (key, value) entry of a bucket, borrowed from the image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    pub key: &'a [u8],
    /// For a sub-bucket entry this is the raw bucket header (plus inline
    /// page); bbolt's `ForEach` reports `nil` for those — see
    /// [`Entry::user_value`].
    pub value: &'a [u8],
    pub flags: u32,
}

impl<'a> Entry<'a> {
    /// True when the entry is a nested bucket.
    pub fn is_bucket(&self) -> bool {
        self.flags & LEAF_BUCKET != 0
    }

    /// The value as bbolt's `Bucket.ForEach` hands it out: empty for
    /// nested buckets (Go passes `nil`), the stored bytes otherwise.
    pub fn user_value(&self) -> &'a [u8] {
        if self.is_bucket() {
            &[]
        } else {
            self.value
        }
    }
}

/// A branch or leaf page (or an inline bucket's embedded leaf page).
#[derive(Debug, Clone, Copy)]
struct Node<'a> {
    loc: NodeLoc<'a>,
    flags: u16,
    count: usize,
    /// The whole page span, overflow included, starting at the header.
    bytes: &'a [u8],
}

impl<'a> Node<'a> {
    /// Validates the header of a branch/leaf page; `count` is proven to fit.
    fn parse(loc: NodeLoc<'a>, bytes: &'a [u8]) -> Result<Node<'a>, BoltError> {
        let flags = read_u16(bytes, 8).ok_or_else(|| BoltError::ElementOutOfBounds {
            at: loc.to_string(),
            index: 0,
            detail: format!("only {} bytes, shorter than a page header", bytes.len()),
        })?;
        let count = usize::from(read_u16(bytes, 10).unwrap_or(0));
        let expected = match loc {
            NodeLoc::Page(_) => "a branch (0x01) or leaf (0x02) page",
            NodeLoc::Inline(_) => "a leaf (0x02) page inside an inline bucket",
        };
        let ok = match loc {
            NodeLoc::Page(_) => flags == PAGE_BRANCH || flags == PAGE_LEAF,
            NodeLoc::Inline(_) => flags == PAGE_LEAF,
        };
        if !ok {
            return Err(BoltError::BadPageType {
                at: loc.to_string(),
                flags,
                expected,
            });
        }
        // count ≤ 65535, so this cannot overflow.
        if PAGE_HEADER_SIZE + count * ELEMENT_SIZE > bytes.len() {
            return Err(BoltError::TooManyElements {
                at: loc.to_string(),
                count,
                size: bytes.len(),
            });
        }
        Ok(Node {
            loc,
            flags,
            count,
            bytes,
        })
    }

    fn is_leaf(&self) -> bool {
        self.flags == PAGE_LEAF
    }

    fn oob(&self, index: usize, detail: String) -> BoltError {
        BoltError::ElementOutOfBounds {
            at: self.loc.to_string(),
            index,
            detail,
        }
    }

    /// Byte slice `[elem + pos, elem + pos + len)` of this page.
    fn slice(
        &self,
        index: usize,
        elem: usize,
        pos: u32,
        len: u32,
        what: &str,
    ) -> Result<&'a [u8], BoltError> {
        let start = elem.checked_add(pos as usize);
        let end = start.and_then(|s| s.checked_add(len as usize));
        match (start, end) {
            (Some(s), Some(e)) if e <= self.bytes.len() => Ok(&self.bytes[s..e]),
            _ => Err(self.oob(
                index,
                format!(
                    "{what} of {len} bytes at offset {elem}+{pos} but the page is {} bytes",
                    self.bytes.len()
                ),
            )),
        }
    }

    /// Key and child page id of branch element `i` (< count).
    fn branch(&self, i: usize) -> Result<(&'a [u8], u64), BoltError> {
        let elem = PAGE_HEADER_SIZE + i * ELEMENT_SIZE; // proven in parse()
        let pos = read_u32(self.bytes, elem).unwrap_or(0);
        let ksize = read_u32(self.bytes, elem + 4).unwrap_or(0);
        let child = read_u64(self.bytes, elem + 8).unwrap_or(0);
        let key = self.slice(i, elem, pos, ksize, "key")?;
        Ok((key, child))
    }

    /// Entry of leaf element `i` (< count).
    fn leaf(&self, i: usize) -> Result<Entry<'a>, BoltError> {
        let elem = PAGE_HEADER_SIZE + i * ELEMENT_SIZE; // proven in parse()
        let flags = read_u32(self.bytes, elem).unwrap_or(0);
        let pos = read_u32(self.bytes, elem + 4).unwrap_or(0);
        let ksize = read_u32(self.bytes, elem + 8).unwrap_or(0);
        let vsize = read_u32(self.bytes, elem + 12).unwrap_or(0);
        let key = self.slice(i, elem, pos, ksize, "key")?;
        // The value starts right after the key.
        let vpos = pos
            .checked_add(ksize)
            .ok_or_else(|| self.oob(i, "key offset overflows".into()))?;
        let value = self.slice(i, elem, vpos, vsize, "value")?;
        Ok(Entry { key, value, flags })
    }

    /// Key of element `i` whatever the page type.
    fn key(&self, i: usize) -> Result<&'a [u8], BoltError> {
        if self.is_leaf() {
            Ok(self.leaf(i)?.key)
        } else {
            Ok(self.branch(i)?.0)
        }
    }
}

// ---------------------------------------------------------------------------
// buckets

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Root<'a> {
    Page(u64),
    /// The embedded leaf page (bucket value minus the 16-byte header).
    Inline(&'a [u8]),
}

/// A bucket: either the top-level tree or a sub-bucket of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bucket<'a> {
    name: &'a [u8],
    root: Root<'a>,
}

impl<'a> Bucket<'a> {
    /// The bucket's name (empty for the top-level tree).
    pub fn name(&self) -> &'a [u8] {
        self.name
    }

    /// Root page id, or `None` for an inline bucket.
    pub fn root_page(&self) -> Option<u64> {
        match self.root {
            Root::Page(id) => Some(id),
            Root::Inline(_) => None,
        }
    }

    pub fn is_inline(&self) -> bool {
        matches!(self.root, Root::Inline(_))
    }
}

// ---------------------------------------------------------------------------
// the database

/// A bbolt database image, borrowed from memory.
#[derive(Debug, Clone)]
pub struct Db<'a> {
    data: &'a [u8],
    page_size: usize,
    meta: Meta,
    meta_index: u8,
    /// Why the other meta page was not used, if it was invalid.
    other_meta_problem: Option<String>,
}

impl<'a> Db<'a> {
    /// Opens the image: discovers the page size, picks the valid meta page
    /// with the highest txid (falling back to the other one, like bbolt) and
    /// checks the geometry it describes against the file. Trailing bytes
    /// past `pgid × page_size` (a snapshot's SHA-256 trailer, or the
    /// preallocated tail of a live `member/snap/db`) are ignored.
    pub fn open(data: &'a [u8]) -> Result<Db<'a>, BoltError> {
        if data.is_empty() {
            return Err(BoltError::Empty);
        }
        let min = PAGE_HEADER_SIZE + META_SIZE;
        if data.len() < min {
            return Err(BoltError::NotBolt(format!(
                "the file is only {} bytes, too small to hold a meta page ({min} bytes)",
                data.len()
            )));
        }

        let meta0 = Meta::read(data, 0);
        // Page size discovery as in bbolt's getPageSize: trust meta 0 if it
        // is valid, else probe for meta 1 at 1 KiB · 2^i, i = 0..14.
        let page_size = match &meta0 {
            Ok(m) => m.page_size as usize,
            Err(p0) => {
                let mut found = None;
                for i in 0..=14u32 {
                    let pos = 1024usize << i;
                    if pos >= data.len() {
                        break;
                    }
                    if let Ok(m) = Meta::read(data, pos) {
                        // Meta 1 sits exactly one page in, so a real hit
                        // names its own offset as the page size.
                        if m.page_size as usize == pos {
                            found = Some(pos);
                            break;
                        }
                    }
                }
                match found {
                    Some(ps) => ps,
                    None => {
                        if meta0
                            .as_ref()
                            .err()
                            .is_some_and(|e| e.starts_with("bad magic"))
                        {
                            return Err(BoltError::NotBolt(format!(
                                "meta page 0: {p0}, and no meta page 1 was found at any probed page \
                                 size (1 KiB to 16 MiB)"
                            )));
                        }
                        // Name meta 1's own problem at the page size meta 0
                        // claims, when that field still looks sane (e.g.
                        // only meta 0's checksum is broken).
                        let claimed = read_u32(data, PAGE_HEADER_SIZE + 8).unwrap_or(0) as usize;
                        let meta1 = if (MIN_PAGE_SIZE..=MAX_PAGE_SIZE).contains(&claimed) {
                            match Meta::read(data, claimed) {
                                Err(e) => format!("{e} (at offset {claimed})"),
                                Ok(_) => format!(
                                    "valid-looking meta at offset {claimed} disagrees about the page size"
                                ),
                            }
                        } else {
                            "not found at any probed page size (1 KiB to 16 MiB)".to_string()
                        };
                        return Err(BoltError::NoValidMeta {
                            meta0: p0.clone(),
                            meta1,
                        });
                    }
                }
            }
        };
        if !(MIN_PAGE_SIZE..=MAX_PAGE_SIZE).contains(&page_size) {
            return Err(BoltError::NotBolt(format!(
                "the meta page declares a page size of {page_size} bytes (supported: \
                 {MIN_PAGE_SIZE}..={MAX_PAGE_SIZE})"
            )));
        }
        let meta1 = Meta::read(data, page_size).and_then(|m| {
            if m.page_size as usize == page_size {
                Ok(m)
            } else {
                Err(format!(
                    "declares page size {} but meta 0 uses {page_size}",
                    m.page_size
                ))
            }
        });

        // bbolt: prefer the higher txid, fall back to the other if invalid.
        let (meta, meta_index, other_meta_problem) = match (&meta0, &meta1) {
            (Ok(a), Ok(b)) => {
                if b.txid > a.txid {
                    (*b, 1, None)
                } else {
                    (*a, 0, None)
                }
            }
            (Ok(a), Err(e1)) => (*a, 0, Some(format!("meta 1: {e1}"))),
            (Err(e0), Ok(b)) => (*b, 1, Some(format!("meta 0: {e0}"))),
            (Err(e0), Err(e1)) => {
                return Err(BoltError::NoValidMeta {
                    meta0: e0.clone(),
                    meta1: e1.clone(),
                })
            }
        };

        let bad = |reason: String| BoltError::BadMeta {
            index: meta_index,
            txid: meta.txid,
            reason,
        };
        if meta.pgid < 2 {
            return Err(bad(format!(
                "page count {} is below 2 (the two meta pages)",
                meta.pgid
            )));
        }
        if meta.root < 2 || meta.root >= meta.pgid {
            return Err(bad(format!(
                "root page {} is not a data page below the page count {}",
                meta.root, meta.pgid
            )));
        }
        if meta.freelist != NO_FREELIST && (meta.freelist < 2 || meta.freelist >= meta.pgid) {
            return Err(bad(format!(
                "freelist page {} is not a data page below the page count {}",
                meta.freelist, meta.pgid
            )));
        }
        let needed = meta.pgid.checked_mul(page_size as u64);
        match needed {
            Some(n) if n <= data.len() as u64 => {}
            _ => {
                return Err(BoltError::Truncated {
                    pages: meta.pgid,
                    page_size,
                    needed: needed.unwrap_or(u64::MAX),
                    actual: data.len() as u64,
                })
            }
        }
        Ok(Db {
            data,
            page_size,
            meta,
            meta_index,
            other_meta_problem,
        })
    }

    /// The meta page in use.
    pub fn meta(&self) -> &Meta {
        &self.meta
    }

    /// Which meta page (0 or 1) is in use.
    pub fn meta_index(&self) -> u8 {
        self.meta_index
    }

    /// Why the other meta page was rejected, when it was.
    pub fn other_meta_problem(&self) -> Option<&str> {
        self.other_meta_problem.as_deref()
    }

    pub fn page_size(&self) -> usize {
        self.page_size
    }

    /// Size of the database image, `pgid × page_size` (bbolt's `tx.Size()`,
    /// etcd's TOTAL SIZE). Proven ≤ the input length in [`Db::open`].
    pub fn size(&self) -> u64 {
        self.meta.pgid.saturating_mul(self.page_size as u64)
    }

    /// The image bytes (`size()` bytes, trailer excluded).
    pub fn image(&self) -> &'a [u8] {
        let n = usize::try_from(self.size())
            .unwrap_or(self.data.len())
            .min(self.data.len());
        &self.data[..n]
    }

    /// Loads and validates a branch/leaf page.
    fn node(&self, id: u64) -> Result<Node<'a>, BoltError> {
        let bytes = self.page_span(id)?;
        Node::parse(NodeLoc::Page(id), bytes)
    }

    /// Bounds-checks page `id` and returns its full span (overflow pages
    /// included) after checking the id stored in its header.
    fn page_span(&self, id: u64) -> Result<&'a [u8], BoltError> {
        let ps = self.page_size as u64;
        let pages_in_file = self.data.len() as u64 / ps;
        if id >= pages_in_file {
            return Err(BoltError::PageOutsideFile {
                page: id,
                pages_in_file,
                page_size: self.page_size,
            });
        }
        if id >= self.meta.pgid {
            return Err(BoltError::PageBeyondHighWater {
                page: id,
                pgid: self.meta.pgid,
            });
        }
        // id < pgid and pgid × ps ≤ data.len(), so these fit in usize.
        let off = (id * ps) as usize;
        let found = read_u64(self.data, off).unwrap_or(u64::MAX);
        if found != id {
            return Err(BoltError::PageIdMismatch { page: id, found });
        }
        let overflow = read_u32(self.data, off + 12).unwrap_or(0);
        let end_page = id
            .checked_add(1)
            .and_then(|e| e.checked_add(u64::from(overflow)));
        match end_page {
            Some(e) if e <= self.meta.pgid => Ok(&self.data[off..(e * ps) as usize]),
            _ => Err(BoltError::OverflowPastEnd {
                page: id,
                overflow,
                pgid: self.meta.pgid,
            }),
        }
    }

    /// The top-level bucket tree (its entries are etcd's buckets).
    pub fn root(&self) -> Bucket<'a> {
        Bucket {
            name: &[],
            root: Root::Page(self.meta.root),
        }
    }

    /// Interprets a bucket entry (an entry with [`LEAF_BUCKET`] set).
    pub fn sub_bucket(&self, entry: &Entry<'a>) -> Result<Bucket<'a>, BoltError> {
        let v = entry.value;
        let root = read_u64(v, 0)
            .filter(|_| v.len() >= BUCKET_HEADER_SIZE)
            .ok_or_else(|| BoltError::BadBucketHeader {
                name: display_key(entry.key),
                len: v.len(),
            })?;
        let root = if root == 0 {
            Root::Inline(&v[BUCKET_HEADER_SIZE..])
        } else if root < 2 {
            return Err(BoltError::BucketRootIsMeta {
                name: display_key(entry.key),
                root,
            });
        } else {
            Root::Page(root)
        };
        Ok(Bucket {
            name: entry.key,
            root,
        })
    }

    /// All top-level buckets in bbolt order (byte-wise sorted names). A
    /// top-level entry that is not a bucket is an error, as it is for etcd.
    pub fn buckets(&self) -> Result<Vec<Bucket<'a>>, BoltError> {
        let mut out = Vec::new();
        for e in self.cursor(&self.root()) {
            let e = e?;
            if !e.is_bucket() {
                return Err(BoltError::NotABucket {
                    name: display_key(e.key),
                });
            }
            out.push(self.sub_bucket(&e)?);
        }
        Ok(out)
    }

    /// Looks up a top-level bucket by name (binary search down the tree).
    pub fn bucket(&self, name: &[u8]) -> Result<Option<Bucket<'a>>, BoltError> {
        self.sub_bucket_of(&self.root(), name)
    }

    /// Looks up a sub-bucket of `parent` by name.
    pub fn sub_bucket_of(
        &self,
        parent: &Bucket<'a>,
        name: &[u8],
    ) -> Result<Option<Bucket<'a>>, BoltError> {
        match self.get_entry(parent, name)? {
            Some(e) if e.is_bucket() => Ok(Some(self.sub_bucket(&e)?)),
            _ => Ok(None),
        }
    }

    /// The entry stored under exactly `key` in `bucket`.
    pub fn get_entry(
        &self,
        bucket: &Bucket<'a>,
        key: &[u8],
    ) -> Result<Option<Entry<'a>>, BoltError> {
        let mut c = self.cursor(bucket);
        c.seek(key);
        match c.next() {
            Some(Ok(e)) if e.key == key => Ok(Some(e)),
            Some(Err(e)) => Err(e),
            _ => Ok(None),
        }
    }

    /// The (non-bucket) value stored under `key` in `bucket`.
    pub fn get(&self, bucket: &Bucket<'a>, key: &[u8]) -> Result<Option<&'a [u8]>, BoltError> {
        Ok(self
            .get_entry(bucket, key)?
            .filter(|e| !e.is_bucket())
            .map(|e| e.value))
    }

    /// A cursor over `bucket`'s entries in key order, positioned at the
    /// first entry; use [`Cursor::seek`] to start elsewhere.
    pub fn cursor<'d>(&'d self, bucket: &Bucket<'a>) -> Cursor<'d, 'a> {
        Cursor {
            db: self,
            bucket: *bucket,
            stack: Vec::new(),
            visited: Vec::new(),
            state: CursorState::Unpositioned,
            pending_error: None,
        }
    }

    /// All entries of `bucket` in key order, collected.
    pub fn entries(&self, bucket: &Bucket<'a>) -> Result<Vec<Entry<'a>>, BoltError> {
        self.cursor(bucket).collect()
    }

    /// The last (largest-key) entry of `bucket`, found by walking down the
    /// right-most branch elements, so it costs one page per tree level.
    /// bbolt never leaves a non-root page empty, but if a corrupt file has
    /// one on that path we fall back to a full scan rather than guess.
    pub fn last_entry(&self, bucket: &Bucket<'a>) -> Result<Option<Entry<'a>>, BoltError> {
        let mut node = match bucket.root {
            Root::Page(id) => self.node(id)?,
            Root::Inline(bytes) => Node::parse(NodeLoc::Inline(bucket.name), bytes)?,
        };
        for _ in 0..MAX_TREE_DEPTH {
            let Some(last) = node.count.checked_sub(1) else {
                break;
            };
            if node.is_leaf() {
                return node.leaf(last).map(Some);
            }
            let (_, child) = node.branch(last)?;
            node = self.node(child)?;
        }
        let mut found = None;
        for e in self.cursor(bucket) {
            found = Some(e?);
        }
        Ok(found)
    }

    /// Entries of `bucket` with `start <= key < end` (`end = None`: to the
    /// end), found by binary search down the branch pages.
    pub fn range<'d>(
        &'d self,
        bucket: &Bucket<'a>,
        start: &[u8],
        end: Option<&'d [u8]>,
    ) -> Range<'d, 'a> {
        let mut cursor = self.cursor(bucket);
        cursor.seek(start);
        Range { cursor, end }
    }
}

// ---------------------------------------------------------------------------
// cursor

#[derive(Debug, Clone, Copy)]
struct Frame<'a> {
    node: Node<'a>,
    index: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CursorState {
    /// Not yet positioned: the first `next()` seeks to the first entry.
    Unpositioned,
    Active,
    /// Exhausted or failed; `next()` returns `None`.
    Done,
}

/// Walks a bucket's entries in key order. Yields `Err` once (then ends) if
/// the tree is corrupt.
#[derive(Debug)]
pub struct Cursor<'d, 'a> {
    db: &'d Db<'a>,
    bucket: Bucket<'a>,
    stack: Vec<Frame<'a>>,
    /// Bit set of pages already entered: stops page cycles and "diamonds"
    /// (one page referenced by many branch elements, which could otherwise
    /// make a small file take exponential time).
    visited: Vec<u64>,
    state: CursorState,
    /// An error met by `seek`, reported by the next `next()`.
    pending_error: Option<BoltError>,
}

impl<'d, 'a> Cursor<'d, 'a> {
    /// Pushes the node for page `id` (or the inline root), enforcing the
    /// depth limit and the visited set.
    fn push_page(&mut self, id: u64, from: NodeLoc<'a>) -> Result<(), BoltError> {
        if self.stack.len() >= MAX_TREE_DEPTH {
            return Err(BoltError::TooDeep { page: id });
        }
        if self.visited.is_empty() {
            // pgid ≤ file length / page size (checked in open), so small.
            let words = usize::try_from(self.db.meta.pgid / 64 + 1).unwrap_or(0);
            self.visited = vec![0; words];
        }
        let (w, bit) = ((id / 64) as usize, id % 64);
        let node = self.db.node(id)?; // also proves id < pgid
        match self.visited.get_mut(w) {
            Some(word) if *word & (1 << bit) != 0 => {
                return Err(BoltError::MultipleReferences {
                    page: id,
                    from: from.to_string(),
                })
            }
            Some(word) => *word |= 1 << bit,
            None => {
                return Err(BoltError::PageBeyondHighWater {
                    page: id,
                    pgid: self.db.meta.pgid,
                })
            }
        }
        self.stack.push(Frame { node, index: 0 });
        Ok(())
    }

    fn push_root(&mut self) -> Result<(), BoltError> {
        self.stack.clear();
        self.visited.iter_mut().for_each(|w| *w = 0);
        match self.bucket.root {
            Root::Page(id) => self.push_page(id, NodeLoc::Page(self.db.meta.root)),
            Root::Inline(bytes) => {
                let node = Node::parse(NodeLoc::Inline(self.bucket.name), bytes)?;
                self.stack.push(Frame { node, index: 0 });
                Ok(())
            }
        }
    }

    /// Positions the cursor so that the next entry returned is the first
    /// one with key ≥ `key`. Branch pages are binary-searched, so this
    /// touches one page per tree level.
    pub fn seek(&mut self, key: &[u8]) {
        self.state = CursorState::Active;
        if let Err(e) = self.seek_inner(key) {
            // Reported by the next call to next().
            self.stack.clear();
            self.pending_error = Some(e);
        }
    }

    fn seek_inner(&mut self, key: &[u8]) -> Result<(), BoltError> {
        self.push_root()?;
        loop {
            let Some(top) = self.stack.last().copied() else {
                return Ok(());
            };
            let n = top.node;
            if n.is_leaf() {
                // First element with element key ≥ key.
                let (mut lo, mut hi) = (0usize, n.count);
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    if n.key(mid)? < key {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                if let Some(f) = self.stack.last_mut() {
                    f.index = lo;
                }
                return Ok(());
            }
            if n.count == 0 {
                return Err(BoltError::EmptyBranch {
                    at: n.loc.to_string(),
                });
            }
            // Last element whose key ≤ key (its subtree may hold key);
            // element 0 if key sorts before everything.
            let (mut lo, mut hi) = (0usize, n.count);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if n.key(mid)? <= key {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            let idx = lo.saturating_sub(1);
            if let Some(f) = self.stack.last_mut() {
                f.index = idx;
            }
            let (_, child) = n.branch(idx)?;
            self.push_page(child, n.loc)?;
        }
    }

    fn step(&mut self) -> Result<Option<Entry<'a>>, BoltError> {
        loop {
            let Some(top) = self.stack.last_mut() else {
                return Ok(None);
            };
            if top.index >= top.node.count {
                self.stack.pop();
                if let Some(parent) = self.stack.last_mut() {
                    parent.index += 1;
                }
                continue;
            }
            let node = top.node;
            let i = top.index;
            if node.is_leaf() {
                top.index += 1;
                return node.leaf(i).map(Some);
            }
            // Descend; the parent's index advances when the child is popped.
            let (_, child) = node.branch(i)?;
            self.push_page(child, node.loc)?;
        }
    }
}

impl<'a> Cursor<'_, 'a> {
    /// Page id and element index of the entry most recently returned by
    /// `next()` (`None` for inline buckets or before the first entry); used
    /// to point error messages at the exact place in the file.
    pub fn position(&self) -> Option<(u64, usize)> {
        let top = self.stack.last()?;
        match top.node.loc {
            NodeLoc::Page(id) if top.node.is_leaf() && top.index > 0 => Some((id, top.index - 1)),
            _ => None,
        }
    }
}

impl<'a> Iterator for Cursor<'_, 'a> {
    type Item = Result<Entry<'a>, BoltError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending_error.take() {
            self.state = CursorState::Done;
            return Some(Err(e));
        }
        match self.state {
            CursorState::Done => return None,
            CursorState::Unpositioned => {
                self.state = CursorState::Active;
                if let Err(e) = self.push_root() {
                    self.state = CursorState::Done;
                    return Some(Err(e));
                }
            }
            CursorState::Active => {}
        }
        match self.step() {
            Ok(Some(e)) => Some(Ok(e)),
            Ok(None) => {
                self.state = CursorState::Done;
                None
            }
            Err(e) => {
                self.state = CursorState::Done;
                Some(Err(e))
            }
        }
    }
}

/// Entries of a bucket within a key range; see [`Db::range`].
#[derive(Debug)]
pub struct Range<'d, 'a> {
    cursor: Cursor<'d, 'a>,
    end: Option<&'d [u8]>,
}

impl<'a> Iterator for Range<'_, 'a> {
    type Item = Result<Entry<'a>, BoltError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.cursor.next()? {
            Ok(e) => {
                if self.end.is_some_and(|end| e.key >= end) {
                    self.cursor.state = CursorState::Done;
                    None
                } else {
                    Some(Ok(e))
                }
            }
            Err(err) => Some(Err(err)),
        }
    }
}

// ---------------------------------------------------------------------------
// consistency check

/// What [`Db::check`] saw on a healthy database.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckStats {
    /// Pages in the image (`meta.pgid`).
    pub pages: u64,
    /// Pages reachable from the tree, the meta pages and the freelist.
    pub reachable_pages: u64,
    /// Nested buckets visited (top-level buckets included).
    pub buckets: u64,
    /// Non-bucket entries in all buckets.
    pub entries: u64,
    /// Deepest page tree seen, in levels (1 = root is a leaf).
    pub max_depth: usize,
    /// Whether the meta page carries a persisted freelist.
    pub freelist_persisted: bool,
}

/// [`Db::check`] found problems.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", render_check_errors(.errors, *.more))]
pub struct CheckFailed {
    /// The first [`MAX_CHECK_ERRORS`] problems, in discovery order.
    pub errors: Vec<BoltError>,
    /// How many further problems were found but not kept.
    pub more: usize,
}

fn render_check_errors(errors: &[BoltError], more: usize) -> String {
    let total = errors.len() + more;
    let mut s = format!(
        "bbolt integrity check failed: {total} error{} found",
        if total == 1 { "" } else { "s" }
    );
    for e in errors {
        s.push_str("\n  ");
        s.push_str(&e.to_string());
    }
    if more > 0 {
        s.push_str(&format!("\n  … and {more} more"));
    }
    s
}

/// Mutable state of one check run.
struct Checker<'d, 'a> {
    db: &'d Db<'a>,
    reachable: Vec<u64>,
    freed: Vec<u64>,
    errors: Vec<BoltError>,
    more: usize,
    stats: CheckStats,
    /// Sub-buckets still to check, with their nesting depth; a work list
    /// instead of recursion so bucket nesting cannot grow the call stack.
    pending: Vec<(Bucket<'a>, usize)>,
}

fn bit_get(set: &[u64], id: u64) -> bool {
    set.get((id / 64) as usize)
        .is_some_and(|w| w & (1 << (id % 64)) != 0)
}

/// Sets the bit; returns whether it was already set.
fn bit_set(set: &mut [u64], id: u64) -> bool {
    match set.get_mut((id / 64) as usize) {
        Some(w) => {
            let was = *w & (1 << (id % 64)) != 0;
            *w |= 1 << (id % 64);
            was
        }
        None => false,
    }
}

impl<'d, 'a> Checker<'d, 'a> {
    fn err(&mut self, e: BoltError) {
        if self.errors.len() < MAX_CHECK_ERRORS {
            self.errors.push(e);
        } else {
            self.more = self.more.saturating_add(1);
        }
    }

    /// Marks `id` and its overflow pages reachable; returns false (after
    /// reporting) if the page itself was already reached, so the caller
    /// does not walk the same subtree twice.
    fn mark(&mut self, id: u64, overflow: u32, from: NodeLoc<'a>) -> bool {
        let mut first_ok = true;
        for i in 0..=u64::from(overflow) {
            let Some(p) = id.checked_add(i) else { break };
            if p >= self.db.meta.pgid {
                break; // already reported by page_span
            }
            if bit_set(&mut self.reachable, p) {
                self.err(BoltError::MultipleReferences {
                    page: p,
                    from: from.to_string(),
                });
                if i == 0 {
                    first_ok = false;
                }
            } else {
                self.stats.reachable_pages += 1;
            }
            if bit_get(&self.freed, p) {
                self.err(BoltError::ReachableFreed { page: p });
            }
        }
        first_ok
    }

    fn check_freelist(&mut self) {
        let id = self.db.meta.freelist;
        if id == NO_FREELIST {
            return;
        }
        self.stats.freelist_persisted = true;
        let span = match self.db.page_span(id) {
            Ok(s) => s,
            Err(e) => return self.err(e),
        };
        let flags = read_u16(span, 8).unwrap_or(0);
        let overflow = read_u32(span, 12).unwrap_or(0);
        self.mark(id, overflow, NodeLoc::Page(id));
        if flags != PAGE_FREELIST {
            return self.err(BoltError::BadPageType {
                at: format!("freelist page {id}"),
                flags,
                expected: "a freelist (0x10) page",
            });
        }
        // count == 0xFFFF means the real count is the first u64 of the data.
        let mut count = u64::from(read_u16(span, 10).unwrap_or(0));
        let mut start = PAGE_HEADER_SIZE;
        if count == 0xFFFF {
            count = read_u64(span, PAGE_HEADER_SIZE).unwrap_or(0);
            start += 8;
        }
        let room = (span.len().saturating_sub(start) / 8) as u64;
        if count > room {
            return self.err(BoltError::BadFreelist {
                page: id,
                detail: format!("claims {count} free page ids but has room for {room}"),
            });
        }
        for i in 0..count as usize {
            let free = read_u64(span, start + i * 8).unwrap_or(0);
            if free < 2 || free >= self.db.meta.pgid {
                self.err(BoltError::BadFreelist {
                    page: id,
                    detail: format!(
                        "lists page {free}, outside the data pages 2..{}",
                        self.db.meta.pgid
                    ),
                });
                continue;
            }
            if bit_set(&mut self.freed, free) {
                self.err(BoltError::DoubleFreed { page: free });
            }
            if bit_get(&self.reachable, free) {
                self.err(BoltError::ReachableFreed { page: free });
            }
        }
    }

    fn check_bucket(&mut self, bucket: Bucket<'a>, bucket_depth: usize) {
        self.stats.buckets += 1;
        match bucket.root {
            Root::Page(id) => {
                self.check_page(
                    id,
                    None,
                    None,
                    1,
                    NodeLoc::Page(self.db.meta.root),
                    bucket_depth,
                );
            }
            Root::Inline(bytes) => match Node::parse(NodeLoc::Inline(bucket.name), bytes) {
                Ok(node) => self.check_elements(node, None, None, 1, bucket_depth),
                Err(e) => self.err(e),
            },
        }
    }

    /// Checks page `id` whose keys must lie in `[lo, hi)`.
    fn check_page(
        &mut self,
        id: u64,
        lo: Option<&'a [u8]>,
        hi: Option<&'a [u8]>,
        depth: usize,
        from: NodeLoc<'a>,
        bucket_depth: usize,
    ) {
        if depth > MAX_TREE_DEPTH {
            return self.err(BoltError::TooDeep { page: id });
        }
        let node = match self.db.node(id) {
            Ok(n) => n,
            Err(e) => {
                // Still mark the page so it is not also reported unreachable.
                if id < self.db.meta.pgid {
                    bit_set(&mut self.reachable, id);
                }
                return self.err(e);
            }
        };
        let overflow = read_u32(node.bytes, 12).unwrap_or(0);
        if !self.mark(id, overflow, from) {
            return;
        }
        self.check_elements(node, lo, hi, depth, bucket_depth);
    }

    fn check_elements(
        &mut self,
        node: Node<'a>,
        lo: Option<&'a [u8]>,
        hi: Option<&'a [u8]>,
        depth: usize,
        bucket_depth: usize,
    ) {
        self.stats.max_depth = self.stats.max_depth.max(depth);
        if !node.is_leaf() && node.count == 0 {
            return self.err(BoltError::EmptyBranch {
                at: node.loc.to_string(),
            });
        }
        // Keys first: an element pointing outside the page stops the page.
        let mut keys: Vec<&'a [u8]> = Vec::with_capacity(node.count);
        for i in 0..node.count {
            match node.key(i) {
                Ok(k) => keys.push(k),
                Err(e) => return self.err(e),
            }
        }
        for (i, &k) in keys.iter().enumerate() {
            if i > 0 && keys[i - 1] >= k {
                self.err(BoltError::Unsorted {
                    at: node.loc.to_string(),
                    index: i,
                    key: display_key(k),
                    prev: display_key(keys[i - 1]),
                });
            }
            if let Some(lo) = lo.filter(|lo| k < *lo) {
                self.err(BoltError::KeyBelowParent {
                    at: node.loc.to_string(),
                    index: i,
                    key: display_key(k),
                    bound: display_key(lo),
                });
            }
            if let Some(hi) = hi.filter(|hi| k >= *hi) {
                self.err(BoltError::KeyNotBelowNext {
                    at: node.loc.to_string(),
                    index: i,
                    key: display_key(k),
                    bound: display_key(hi),
                });
            }
        }
        if node.is_leaf() {
            for i in 0..node.count {
                let e = match node.leaf(i) {
                    Ok(e) => e,
                    Err(err) => return self.err(err),
                };
                if !e.is_bucket() {
                    self.stats.entries += 1;
                    continue;
                }
                match self.db.sub_bucket(&e) {
                    Ok(b) if bucket_depth + 1 > MAX_BUCKET_DEPTH => {
                        self.err(BoltError::BucketsTooDeep {
                            name: display_key(b.name),
                        })
                    }
                    Ok(b) => self.pending.push((b, bucket_depth + 1)),
                    Err(err) => self.err(err),
                }
            }
        } else {
            for i in 0..node.count {
                let child = match node.branch(i) {
                    Ok((_, c)) => c,
                    Err(err) => return self.err(err),
                };
                let child_hi = keys.get(i + 1).copied().or(hi);
                self.check_page(
                    child,
                    Some(keys[i]),
                    child_hi,
                    depth + 1,
                    node.loc,
                    bucket_depth,
                );
            }
        }
    }
}

impl<'a> Db<'a> {
    /// Structural consistency check in the spirit of bbolt's `tx.Check()`:
    /// every page reachable from the root is within the image and the file,
    /// carries its own id and a branch/leaf type, is reached only once, has
    /// its elements inside the page and its keys strictly increasing, both
    /// within the page and relative to the separator keys of its parent
    /// branch; sub-buckets (inline or not) are checked the same way. With a
    /// persisted freelist, freed pages must be unreachable and every page
    /// must be either reachable or free (without one bbolt derives the
    /// freelist as "everything unreachable", so there is nothing to check).
    pub fn check(&self) -> Result<CheckStats, CheckFailed> {
        let words = usize::try_from(self.meta.pgid / 64 + 1).unwrap_or(0);
        let mut c = Checker {
            db: self,
            reachable: vec![0; words],
            freed: vec![0; words],
            errors: Vec::new(),
            more: 0,
            stats: CheckStats {
                pages: self.meta.pgid,
                ..CheckStats::default()
            },
            pending: Vec::new(),
        };
        // Meta pages are always reachable.
        c.mark(0, 0, NodeLoc::Page(0));
        c.mark(1, 0, NodeLoc::Page(1));
        c.check_freelist();
        c.check_bucket(self.root(), 0);
        while let Some((b, depth)) = c.pending.pop() {
            c.check_bucket(b, depth);
        }
        // check_bucket counted the root tree too, which is not a bucket.
        c.stats.buckets = c.stats.buckets.saturating_sub(1);
        if c.stats.freelist_persisted {
            for p in 0..self.meta.pgid {
                if !bit_get(&c.reachable, p) && !bit_get(&c.freed, p) {
                    c.err(BoltError::UnreachableUnfreed { page: p });
                }
            }
        }
        if c.errors.is_empty() {
            Ok(c.stats)
        } else {
            Err(CheckFailed {
                errors: c.errors,
                more: c.more,
            })
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Builds small bbolt images in memory for tests (little-endian, as
    /// bbolt on amd64/arm64 writes them).
    pub(crate) struct Builder;

    pub(crate) fn page_header(id: u64, flags: u16, count: u16, overflow: u32) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&id.to_le_bytes());
        v.extend_from_slice(&flags.to_le_bytes());
        v.extend_from_slice(&count.to_le_bytes());
        v.extend_from_slice(&overflow.to_le_bytes());
        v
    }

    /// Encodes a leaf page body (header + elements + data) for entries.
    pub(crate) fn leaf_page(id: u64, entries: &[(&[u8], &[u8], u32)]) -> Vec<u8> {
        let mut v = page_header(id, PAGE_LEAF, entries.len() as u16, 0);
        let data_start = PAGE_HEADER_SIZE + entries.len() * ELEMENT_SIZE;
        let mut data = Vec::new();
        for (i, (k, val, flags)) in entries.iter().enumerate() {
            let elem = PAGE_HEADER_SIZE + i * ELEMENT_SIZE;
            let pos = (data_start + data.len() - elem) as u32;
            v.extend_from_slice(&flags.to_le_bytes());
            v.extend_from_slice(&pos.to_le_bytes());
            v.extend_from_slice(&(k.len() as u32).to_le_bytes());
            v.extend_from_slice(&(val.len() as u32).to_le_bytes());
            data.extend_from_slice(k);
            data.extend_from_slice(val);
        }
        v.extend_from_slice(&data);
        v
    }

    pub(crate) fn branch_page(id: u64, children: &[(&[u8], u64)]) -> Vec<u8> {
        let mut v = page_header(id, PAGE_BRANCH, children.len() as u16, 0);
        let data_start = PAGE_HEADER_SIZE + children.len() * ELEMENT_SIZE;
        let mut data = Vec::new();
        for (i, (k, child)) in children.iter().enumerate() {
            let elem = PAGE_HEADER_SIZE + i * ELEMENT_SIZE;
            let pos = (data_start + data.len() - elem) as u32;
            v.extend_from_slice(&pos.to_le_bytes());
            v.extend_from_slice(&(k.len() as u32).to_le_bytes());
            v.extend_from_slice(&child.to_le_bytes());
            data.extend_from_slice(k);
        }
        v.extend_from_slice(&data);
        v
    }

    /// Value of a bucket entry pointing at page `root`.
    pub(crate) fn bucket_value(root: u64) -> Vec<u8> {
        let mut v = root.to_le_bytes().to_vec();
        v.extend_from_slice(&0u64.to_le_bytes());
        v
    }

    /// Value of an inline bucket holding `entries`.
    pub(crate) fn inline_bucket_value(entries: &[(&[u8], &[u8], u32)]) -> Vec<u8> {
        let mut v = bucket_value(0);
        v.extend_from_slice(&leaf_page(0, entries));
        v
    }

    pub(crate) fn meta_page(id: u64, page_size: usize, root: u64, pgid: u64, txid: u64) -> Vec<u8> {
        let mut v = page_header(id, PAGE_META, 0, 0);
        let mut m = Vec::new();
        m.extend_from_slice(&MAGIC.to_le_bytes());
        m.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        m.extend_from_slice(&(page_size as u32).to_le_bytes());
        m.extend_from_slice(&0u32.to_le_bytes());
        m.extend_from_slice(&root.to_le_bytes());
        m.extend_from_slice(&0u64.to_le_bytes());
        m.extend_from_slice(&NO_FREELIST.to_le_bytes());
        m.extend_from_slice(&pgid.to_le_bytes());
        m.extend_from_slice(&txid.to_le_bytes());
        let sum = fnv1a64(&m);
        m.extend_from_slice(&sum.to_le_bytes());
        v.extend_from_slice(&m);
        v
    }

    impl Builder {
        /// Assembles the image: metas at 0 and 1 (root page `root`),
        /// then `body[i]` at page i+2, each padded to a page.
        pub(crate) fn image(page_size: usize, root: u64, body: &[Vec<u8>]) -> Vec<u8> {
            let pgid = 2 + body.len() as u64;
            let mut out = Vec::new();
            for (i, p) in [
                meta_page(0, page_size, root, pgid, 2),
                meta_page(1, page_size, root, pgid, 1),
            ]
            .iter()
            .chain(body.iter())
            .enumerate()
            {
                let mut p = p.clone();
                assert!(p.len() <= page_size, "page {i} too big");
                p.resize(page_size, 0);
                out.extend_from_slice(&p);
            }
            out
        }
    }

    /// root(2) = leaf with buckets "a" (page 3, leaf) and "b" (inline).
    pub(crate) fn sample() -> Vec<u8> {
        let root = leaf_page(
            2,
            &[
                (b"a", &bucket_value(3), LEAF_BUCKET),
                (
                    b"b",
                    &inline_bucket_value(&[(b"x", b"1", 0), (b"y", b"22", 0)]),
                    LEAF_BUCKET,
                ),
            ],
        );
        let a = leaf_page(3, &[(b"k1", b"v1", 0), (b"k2", b"v2", 0), (b"k3", b"", 0)]);
        Builder::image(1024, 2, &[root, a])
    }

    /// A bucket "big" spread over a branch (page 3) and three leaves.
    pub(crate) fn sample_branch() -> Vec<u8> {
        let root = leaf_page(2, &[(b"big", &bucket_value(3), LEAF_BUCKET)]);
        let br = branch_page(3, &[(b"a", 4), (b"d", 5), (b"g", 6)]);
        let l1 = leaf_page(4, &[(b"a", b"1", 0), (b"b", b"2", 0), (b"c", b"3", 0)]);
        let l2 = leaf_page(5, &[(b"d", b"4", 0), (b"e", b"5", 0)]);
        let l3 = leaf_page(6, &[(b"g", b"7", 0), (b"h", b"8", 0)]);
        Builder::image(1024, 2, &[root, br, l1, l2, l3])
    }

    fn keys(db: &Db<'_>, b: &Bucket<'_>) -> Vec<Vec<u8>> {
        db.entries(b)
            .unwrap()
            .iter()
            .map(|e| e.key.to_vec())
            .collect()
    }

    #[test]
    fn open_and_iterate() {
        let img = sample();
        let db = Db::open(&img).unwrap();
        assert_eq!(db.page_size(), 1024);
        assert_eq!(db.meta_index(), 0);
        assert_eq!(db.size(), 4 * 1024);
        let bs = db.buckets().unwrap();
        assert_eq!(bs.len(), 2);
        assert_eq!(bs[0].name(), b"a");
        assert_eq!(bs[0].root_page(), Some(3));
        assert!(bs[1].is_inline());
        assert_eq!(
            keys(&db, &bs[0]),
            vec![b"k1".to_vec(), b"k2".to_vec(), b"k3".to_vec()]
        );
        let e = db.entries(&bs[1]).unwrap();
        assert_eq!((e[1].key, e[1].value), (&b"y"[..], &b"22"[..]));
        assert_eq!(db.get(&bs[0], b"k2").unwrap(), Some(&b"v2"[..]));
        assert_eq!(db.get(&bs[0], b"k0").unwrap(), None);
        assert!(db.bucket(b"b").unwrap().is_some());
        assert!(db.bucket(b"c").unwrap().is_none());
        let stats = db.check().unwrap();
        assert_eq!(stats.buckets, 2);
        assert_eq!(stats.entries, 5);
        assert_eq!(stats.reachable_pages, 4);
    }

    #[test]
    fn branch_traversal_and_seek() {
        let img = sample_branch();
        let db = Db::open(&img).unwrap();
        db.check().unwrap();
        let b = db.bucket(b"big").unwrap().unwrap();
        assert_eq!(keys(&db, &b).concat(), b"abcdegh".to_vec());
        let r = |s: &[u8], e: Option<&[u8]>| -> Vec<u8> {
            db.range(&b, s, e).map(|x| x.unwrap().key[0]).collect()
        };
        assert_eq!(r(b"", None), b"abcdegh");
        assert_eq!(r(b"c", None), b"cdegh");
        assert_eq!(r(b"cc", None), b"degh"); // past the end of leaf 1
        assert_eq!(r(b"f", Some(b"h")), b"g");
        assert_eq!(r(b"0", Some(b"b")), b"a");
        assert_eq!(r(b"z", None), b"");
        assert_eq!(r(b"d", Some(b"d")), b"");
        assert_eq!(db.get(&b, b"e").unwrap(), Some(&b"5"[..]));
    }

    #[test]
    fn meta_fallback_and_errors() {
        let mut img = sample();
        // Corrupt meta 0's checksum: meta 1 (txid 1) is used.
        img[16 + 56] ^= 0xff;
        let db = Db::open(&img).unwrap();
        assert_eq!(db.meta_index(), 1);
        assert!(db
            .other_meta_problem()
            .unwrap()
            .contains("checksum mismatch"));
        // Corrupt meta 1's magic as well.
        img[1024 + 16] ^= 0xff;
        let e = Db::open(&img).unwrap_err().to_string();
        assert!(
            e.starts_with("meta pages are both invalid: meta 0: "),
            "{e}"
        );
        assert!(e.contains("checksum mismatch"), "{e}");
        assert!(e.contains("meta 1: bad magic"), "{e}");

        assert_eq!(Db::open(&[]).unwrap_err(), BoltError::Empty);
        assert!(Db::open(b"hello")
            .unwrap_err()
            .to_string()
            .starts_with("not a bbolt database"));
        let zeros = vec![0u8; 8192];
        assert!(
            Db::open(&zeros)
                .unwrap_err()
                .to_string()
                .starts_with("not a bbolt database"),
            "{}",
            Db::open(&zeros).unwrap_err()
        );

        let img = sample();
        let e = Db::open(&img[..3000]).unwrap_err();
        assert!(matches!(e, BoltError::Truncated { .. }), "{e}");
        assert!(e.to_string().contains("4 pages of 1024 bytes"), "{e}");
    }

    #[test]
    fn page_size_discovery_from_meta1() {
        let mut img = sample();
        img[16] ^= 0xff; // meta 0 bad magic → probe for meta 1 at 1024
        let db = Db::open(&img).unwrap();
        assert_eq!(db.page_size(), 1024);
        assert_eq!(db.meta_index(), 1);
    }

    #[test]
    fn trailer_is_ignored() {
        let mut img = sample();
        img.extend_from_slice(&[7u8; 32]);
        let db = Db::open(&img).unwrap();
        assert_eq!(db.image().len(), 4096);
        db.check().unwrap();
    }

    #[test]
    fn detects_page_out_of_file_and_cycle() {
        // Branch child pointing past the high-water mark.
        let root = leaf_page(2, &[(b"big", &bucket_value(3), LEAF_BUCKET)]);
        let br = branch_page(3, &[(b"a", 4), (b"m", 37)]);
        let l1 = leaf_page(4, &[(b"a", b"1", 0)]);
        let img = Builder::image(1024, 2, &[root.clone(), br, l1.clone()]);
        let db = Db::open(&img).unwrap();
        let err = db.check().unwrap_err();
        assert_eq!(
            err.errors[0].to_string(),
            "page 37 is outside the file (file has 5 pages of 1024 bytes)"
        );
        let b = db.bucket(b"big").unwrap().unwrap();
        let res: Result<Vec<_>, _> = db.cursor(&b).collect();
        assert!(res.is_err());

        // Branch pointing at itself: cycle, reported, no hang.
        let br = branch_page(3, &[(b"a", 4), (b"m", 3)]);
        let img = Builder::image(1024, 2, &[root.clone(), br, l1.clone()]);
        let db = Db::open(&img).unwrap();
        let err = db.check().unwrap_err();
        assert!(
            err.to_string()
                .contains("page 3 is reachable more than once"),
            "{err}"
        );
        let b = db.bucket(b"big").unwrap().unwrap();
        assert!(db.entries(&b).is_err());

        // Diamond: every element of a branch pointing at the same leaf.
        let br = branch_page(3, &[(b"a", 4), (b"b", 4), (b"c", 4)]);
        let img = Builder::image(1024, 2, &[root, br, l1]);
        let db = Db::open(&img).unwrap();
        assert!(db
            .check()
            .unwrap_err()
            .to_string()
            .contains("page 4 is reachable more than once"));
    }

    #[test]
    fn detects_unsorted_and_bad_ids() {
        let root = leaf_page(2, &[(b"a", &bucket_value(3), LEAF_BUCKET)]);
        let l = leaf_page(3, &[(b"k2", b"", 0), (b"k1", b"", 0)]);
        let img = Builder::image(1024, 2, &[root.clone(), l]);
        let err = Db::open(&img).unwrap().check().unwrap_err();
        assert!(
            err.to_string().contains(
                "page 3: key \"k1\" at element 1 is not greater than the previous key \"k2\""
            ),
            "{err}"
        );

        // Cross-page ordering: leaf 5 holds a key below its separator.
        let root2 = leaf_page(2, &[(b"big", &bucket_value(3), LEAF_BUCKET)]);
        let br = branch_page(3, &[(b"a", 4), (b"d", 5)]);
        let l1 = leaf_page(4, &[(b"a", b"", 0)]);
        let l2 = leaf_page(5, &[(b"c", b"", 0)]);
        let img = Builder::image(1024, 2, &[root2, br, l1, l2]);
        let err = Db::open(&img).unwrap().check().unwrap_err();
        assert!(
            matches!(err.errors[0], BoltError::KeyBelowParent { .. }),
            "{err}"
        );

        // Page id in header does not match position.
        let l = leaf_page(9, &[(b"k1", b"", 0)]);
        let img = Builder::image(1024, 2, &[root, l]);
        let err = Db::open(&img).unwrap().check().unwrap_err();
        assert_eq!(
            err.errors[0].to_string(),
            "page 3 has id 9 in its header: the page is corrupt or misplaced"
        );
    }

    #[test]
    fn element_out_of_bounds() {
        let root = leaf_page(2, &[(b"a", &bucket_value(3), LEAF_BUCKET)]);
        let mut l = leaf_page(3, &[(b"k1", b"v", 0)]);
        // vsize = 5000 > page
        l[16 + 12..16 + 16].copy_from_slice(&5000u32.to_le_bytes());
        let img = Builder::image(1024, 2, &[root, l]);
        let db = Db::open(&img).unwrap();
        let err = db.check().unwrap_err();
        assert!(
            err.to_string()
                .contains("page 3: element 0 lies outside the page"),
            "{err}"
        );
    }

    /// Points both metas at freelist page `fl` and re-seals the checksums.
    fn set_freelist(img: &mut [u8], ps: usize, fl: u64) {
        for off in [0, ps] {
            img[off + 48..off + 56].copy_from_slice(&fl.to_le_bytes());
            let sum = fnv1a64(&img[off + 16..off + 72]);
            img[off + 72..off + 80].copy_from_slice(&sum.to_le_bytes());
        }
    }

    fn freelist_page(id: u64, free: &[u64]) -> Vec<u8> {
        let mut v = page_header(id, PAGE_FREELIST, free.len() as u16, 0);
        for f in free {
            v.extend_from_slice(&f.to_le_bytes());
        }
        v
    }

    #[test]
    fn persisted_freelist() {
        let root = leaf_page(2, &[(b"a", &bucket_value(3), LEAF_BUCKET)]);
        let a = leaf_page(3, &[(b"k", b"v", 0)]);
        let build = |free: &[u64]| {
            let mut img = Builder::image(
                1024,
                2,
                &[root.clone(), a.clone(), freelist_page(4, free), vec![]],
            );
            set_freelist(&mut img, 1024, 4);
            img
        };
        let img = build(&[5]);
        let stats = Db::open(&img).unwrap().check().unwrap();
        assert!(stats.freelist_persisted);
        assert_eq!(stats.reachable_pages, 5);

        let img = build(&[]);
        let err = Db::open(&img).unwrap().check().unwrap_err();
        assert_eq!(err.errors, vec![BoltError::UnreachableUnfreed { page: 5 }]);

        let img = build(&[5, 3, 5]);
        let err = Db::open(&img).unwrap().check().unwrap_err();
        assert!(
            err.errors.contains(&BoltError::ReachableFreed { page: 3 }),
            "{err}"
        );
        assert!(
            err.errors.contains(&BoltError::DoubleFreed { page: 5 }),
            "{err}"
        );
    }

    #[test]
    fn overflow_pages() {
        // Leaf page 3 spans pages 3..=5 holding a 2500-byte value.
        let big = vec![b'x'; 2500];
        let root = leaf_page(2, &[(b"a", &bucket_value(3), LEAF_BUCKET)]);
        let mut l = leaf_page(3, &[(b"k", &big, 0)]);
        l[12..16].copy_from_slice(&2u32.to_le_bytes());
        let mut img = Builder::image(1024, 2, &[root]);
        l.resize(3 * 1024, 0);
        img.extend_from_slice(&l);
        // pgid = 6: patch both metas.
        for off in [0, 1024] {
            img[off + 56..off + 64].copy_from_slice(&6u64.to_le_bytes());
            let sum = fnv1a64(&img[off + 16..off + 72]);
            img[off + 72..off + 80].copy_from_slice(&sum.to_le_bytes());
        }
        let db = Db::open(&img).unwrap();
        assert_eq!(db.check().unwrap().reachable_pages, 6);
        let b = db.bucket(b"a").unwrap().unwrap();
        assert_eq!(db.get(&b, b"k").unwrap().map(|v| v.len()), Some(2500));
        // Overflow past the end of the image.
        img[3 * 1024 + 12..3 * 1024 + 16].copy_from_slice(&3u32.to_le_bytes());
        let db = Db::open(&img).unwrap();
        assert_eq!(
            db.check().unwrap_err().errors[0].to_string(),
            "page 3 with 3 overflow pages runs past the end of the database (6 pages)"
        );
    }

    #[test]
    fn display_key_forms() {
        assert_eq!(display_key(b"/registry/pods"), "\"/registry/pods\"");
        assert_eq!(display_key(&[0, 1, 0xff]), "0x0001ff");
        assert!(display_key(&[b'a'; 100]).ends_with("…\""));
    }
}
