//! Offline reader for etcd snapshot files.
//!
//! An etcd snapshot (`etcdctl snapshot save`, or this plugin's own
//! `snapshot save`) is a bbolt database image followed by a 32-byte SHA-256
//! trailer; a raw `member/snap/db` copy is the same image without it. This
//! module reads such files in pure Rust, with no etcd binaries at run time:
//!
//! * [`bolt`] — a read-only, panic-free bbolt reader over a byte slice
//!   (meta selection, bucket/entry iteration, key-range seeks, and a
//!   structural check in the spirit of bbolt's `tx.Check()`);
//! * [`mvcc`] — etcd's MVCC layer on top of it: revision keys, the
//!   `mvccpb.KeyValue` message, and offline range queries at a revision;
//! * [`status`] — `snapshot status` numbers computed exactly like
//!   `etcdutl snapshot status` 3.5 (hash, revision, total keys, size);
//! * [`verify`] — trailer handling (SHA-256) plus bbolt- and etcd-level
//!   integrity checks for `snapshot verify`;
//! * [`open`] — mapping a snapshot file into memory with clear errors;
//! * [`write`] — writing a streamed snapshot safely to disk (`.part` file,
//!   trailer check, fsync, rename).
//!
//! The caller owns the bytes (reads or maps the file); everything here
//! borrows from them and never panics on malformed input.

// This is a small library living inside a binary crate (and compiled again
// by the fuzz crate): not every public helper is used by every includer,
// and unused-`pub` warnings there would only be noise.
#![allow(dead_code, unused_imports)]

pub mod bolt;
pub mod mvcc;
pub mod open;
pub mod status;
pub mod verify;
pub mod write;

pub use bolt::{BoltError, Db};
pub use mvcc::{range, KeyValue, MvccError, RangeResult, Revision};
pub use status::{humanize_bytes, status, Status};
pub use verify::{split_trailer, verify, verify_hash, Trailer, VerifyError, VerifyReport};

/// Runs every entry point of the reader over arbitrary bytes, ignoring results: shared by the
/// cargo-fuzz target (`fuzz/`) and the mutation tests, whose only requirement is "no panic,
/// no hang".
pub fn exercise(data: &[u8]) {
    let trailer = verify::split_trailer(data);
    let _ = verify::verify_hash(data);
    let _ = verify::verify(data, true);
    if let Ok(db) = Db::open(trailer.image) {
        let _ = db.check();
        let _ = status::compute_status(&db);
        let _ = mvcc::revisions(&db);
        let _ = mvcc::range(&db, b"\0", b"\0", 0);
        let _ = mvcc::range(&db, b"/registry/pods/", b"/registry/pods0", 0);
        let _ = mvcc::range(&db, b"/registry/pods/default/p3", b"", 25);
        if let Ok(buckets) = db.buckets() {
            for b in buckets {
                let _ = db.range(&b, b"a", Some(b"z")).count();
                let _ = db.last_entry(&b);
                let _ = db.get(&b, b"finishedCompactRev");
            }
        }
    }
}

#[cfg(test)]
mod mutation_tests;
