//! Fuzz target: arbitrary bytes as a stored etcd value through every entry point of
//! the value decoder (classify, the protobuf envelope and renderer, JSON, decryption
//! with and without an encryption config, quantities, the config parser). The
//! decoder must never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../src/decode/mod.rs"]
mod decode;

fuzz_target!(|data: &[u8]| decode::exercise(data));
