//! Fuzzing without cargo-fuzz (which needs nightly): the fuzz target's body over
//! thousands of truncated and bit-flipped snapshots (the real apiserver
//! fixture, small etcd 3.5 snapshots, and bbolt images whose meta
//! checksum is re-sealed after flips so corruption reaches the tree).
use super::exercise;

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 17
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn inputs() -> Vec<(String, Vec<u8>)> {
    let mut v = Vec::new();
    for p in [
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/fixtures/real-apiserver/snapshot.db"
        ),
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/small.db"),
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/etcd35-empty.db"),
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/etcd34-empty.db"),
    ] {
        let b = std::fs::read(p).unwrap_or_else(|e| panic!("test input {p}: {e}"));
        v.push((p.to_string(), b));
    }
    v
}

/// Page size from meta 0 (little-endian u32 at 24), default 4096.
fn page_size(b: &[u8]) -> usize {
    b.get(24..28)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
        .filter(|p| *p >= 512)
        .unwrap_or(4096)
}

/// Recomputes both meta checksums so mutated meta fields are accepted.
fn reseal(b: &mut [u8], ps: usize) {
    for off in [0, ps] {
        if b.len() >= off + 80 {
            let mut h: u64 = 0xcbf29ce484222325;
            for &x in &b[off + 16..off + 72] {
                h ^= u64::from(x);
                h = h.wrapping_mul(0x100000001b3);
            }
            b[off + 72..off + 80].copy_from_slice(&h.to_le_bytes());
        }
    }
}

#[test]
fn no_panics_on_mutations() {
    let mut rng = Lcg(0x5eed);
    let mut runs = 0usize;
    for (name, orig) in inputs() {
        let big = orig.len() > 1_000_000;
        let ps = page_size(&orig);
        exercise(&orig);
        // Truncations: every page boundary ±1 (capped), plus random cuts.
        let pages = orig.len() / ps;
        let step = (pages / 60).max(1);
        for p in (0..=pages).step_by(step) {
            for d in [-1i64, 0, 1, 16, 32] {
                let cut = (p * ps) as i64 + d;
                if cut >= 0 && (cut as usize) <= orig.len() {
                    exercise(&orig[..cut as usize]);
                    runs += 1;
                }
            }
        }
        for _ in 0..if big { 50 } else { 300 } {
            exercise(&orig[..rng.below(orig.len())]);
            runs += 1;
        }
        // Byte flips. Structure lives in page headers, element arrays and
        // meta pages, so most flips target the first 128 bytes of a page.
        let iters = if big { 400 } else { 1500 };
        for i in 0..iters {
            let mut m = orig.clone();
            let n = 1 + rng.below(8);
            for _ in 0..n {
                let pos = if rng.below(4) == 0 {
                    rng.below(m.len())
                } else {
                    (rng.below(pages.max(1)) * ps + rng.below(128)).min(m.len() - 1)
                };
                match rng.below(3) {
                    0 => m[pos] ^= 1 << rng.below(8),
                    1 => m[pos] = rng.next() as u8,
                    _ => m[pos] = [0, 0xff, 1, 2, 0x7f][rng.below(5)],
                }
            }
            if i % 2 == 0 {
                reseal(&mut m, ps);
            }
            exercise(&m);
            runs += 1;
        }
        eprintln!("{name}: done");
    }
    eprintln!("{runs} mutated inputs exercised without panic");
    assert!(runs > 2000);
}

#[test]
fn no_panics_on_garbage() {
    let mut rng = Lcg(7);
    for len in [0usize, 1, 79, 80, 512, 1024, 4096, 4128, 8192, 8224, 65536] {
        for _ in 0..50 {
            let v: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            exercise(&v);
        }
    }
}
