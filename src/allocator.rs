//! The global allocator: mimalloc on Linux.
//!
//! Decoding `get -o yaml|json` builds a JSON tree per object (a `String` and a map node per
//! field) and drops it right after printing: malloc and free were a sixth of all instructions
//! with glibc's allocator, and the release binaries are static musl, whose malloc is slower
//! still. mimalloc (a maintained C allocator, built by its crate with the C compiler of the
//! target, so cargo-zigbuild's cross builds need nothing more) keeps per-thread free lists
//! and is several times cheaper per call. Other platforms keep the system allocator, which
//! is fast enough there (macOS's, Windows' segment heap).

#[cfg(target_os = "linux")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
