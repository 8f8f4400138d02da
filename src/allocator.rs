//! The global allocator: mimalloc on Linux.
//!
//! Decoding `get -o yaml|json` builds a JSON tree per object (a `String` and a map node per
//! field) and drops it right after printing: malloc and free were a sixth of all instructions
//! with glibc's allocator, and the release binaries are static musl, whose malloc is slower
//! still. mimalloc (a maintained C allocator, built by its crate with the target's C compiler,
//! which cargo-zigbuild provides for the cross builds) cut the instructions of `get -o yaml`
//! by 15 % (README, "Performance"). Its `no_thp` feature (Cargo.toml) keeps it from asking for
//! transparent huge pages, which made the kernel compact memory on page faults. macOS and
//! Windows keep their system allocators.

#[cfg(target_os = "linux")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
