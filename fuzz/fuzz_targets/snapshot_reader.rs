//! Fuzz target: arbitrary bytes through every entry point of the offline snapshot reader
//! (open, check, status, verify, revision/range queries, bucket cursors and seeks). The
//! reader must never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../src/snapshot/mod.rs"]
mod snapshot;

fuzz_target!(|data: &[u8]| snapshot::exercise(data));
