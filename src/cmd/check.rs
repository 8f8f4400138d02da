//! `check perf`: etcdctl's write benchmark and its pass criteria. It writes 1 KiB values
//! under an empty prefix at a fixed rate for 60 s, deletes them, and passes when throughput
//! is above 90% of the target, the slowest write took at most 0.5 s, the standard deviation
//! is at most 0.1 s, and nothing failed.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Result;
use etcd_client::{CompactionOptions, GetOptions};
use tokio::sync::Mutex;

use super::{emit, Ctx};
use crate::cli::{CheckCommand, CheckPerfArgs, PerfLoad};
use crate::confirm::confirm;
use crate::exit::{Code, Failure};
use crate::output::progress::spinner;

/// etcdctl's loads: writes per second and concurrent clients.
fn load(l: PerfLoad) -> (u64, usize) {
    match l {
        PerfLoad::S => (150, 50),
        PerfLoad::M => (1000, 200),
        PerfLoad::L => (8000, 500),
        PerfLoad::Xl => (15000, 1000),
    }
}

/// Connections the workers share (gRPC multiplexes them; etcdctl opens one per client, which
/// through a port-forward would mean hundreds of streams).
const CONNECTIONS: usize = 8;

pub async fn run(ctx: &Ctx, cmd: CheckCommand) -> Result<Code> {
    match cmd {
        CheckCommand::Perf(args) => perf(ctx, args).await,
    }
}

#[derive(Debug, Default)]
struct Stats {
    latencies: Vec<f64>,
    errors: BTreeMap<String, u64>,
}

/// The numbers etcdctl's report computes (requests per second over the whole run, slowest,
/// population standard deviation).
#[derive(Debug, PartialEq)]
struct Summary {
    rps: f64,
    slowest: f64,
    stddev: f64,
}

fn summarize(latencies: &[f64], total: Duration) -> Summary {
    let n = latencies.len() as f64;
    if latencies.is_empty() {
        return Summary {
            rps: 0.0,
            slowest: 0.0,
            stddev: 0.0,
        };
    }
    let mean = latencies.iter().sum::<f64>() / n;
    let var = latencies.iter().map(|l| (l - mean).powi(2)).sum::<f64>() / n;
    Summary {
        rps: n / total.as_secs_f64(),
        slowest: latencies.iter().cloned().fold(0.0, f64::max),
        stddev: var.sqrt(),
    }
}

/// etcdctl's verdict lines, and whether it passed.
fn verdict(s: &Summary, errors: &BTreeMap<String, u64>, limit: u64) -> (String, bool) {
    let mut out = String::new();
    let mut ok = true;
    if !errors.is_empty() {
        out.push_str("FAIL: too many errors\n");
        for (e, n) in errors {
            out.push_str(&format!("FAIL: ERROR({e}) -> {n}\n"));
        }
        ok = false;
    }
    if s.rps / limit as f64 <= 0.9 {
        out.push_str(&format!(
            "FAIL: Throughput too low: {} writes/s\n",
            s.rps as i64 + 1
        ));
        ok = false;
    } else {
        out.push_str(&format!(
            "PASS: Throughput is {} writes/s\n",
            s.rps as i64 + 1
        ));
    }
    if s.slowest > 0.5 {
        out.push_str(&format!(
            "FAIL: Slowest request took too long: {:.6}s\n",
            s.slowest
        ));
        ok = false;
    } else {
        out.push_str(&format!("PASS: Slowest request took {:.6}s\n", s.slowest));
    }
    if s.stddev > 0.1 {
        out.push_str(&format!("FAIL: Stddev too high: {:.6}s\n", s.stddev));
        ok = false;
    } else {
        out.push_str(&format!("PASS: Stddev is {:.6}s\n", s.stddev));
    }
    out.push_str(if ok { "PASS\n" } else { "FAIL\n" });
    (out, ok)
}

async fn perf(ctx: &Ctx, args: CheckPerfArgs) -> Result<Code> {
    let (limit, clients) = load(args.load);
    let target = ctx.target().await?;
    let mut client = target.client().await?;
    let existing = target
        .request(
            "get",
            client.get(
                args.prefix.as_str(),
                Some(GetOptions::new().with_prefix().with_count_only()),
            ),
        )
        .await?;
    if existing.count() > 0 {
        return Err(Failure::new(
            Code::InvalidInput,
            format!(
                "prefix {:?} has keys. Delete with etcdctl del --prefix {} first",
                args.prefix, args.prefix
            ),
        )
        .into());
    }
    confirm(
        &format!(
            "Write {limit} keys/s of 1 KiB under {} for {} (then delete them)?",
            args.prefix,
            humantime::format_duration(args.duration)
        ),
        ctx.global.yes,
    )?;
    let mut conns = Vec::new();
    for _ in 0..CONNECTIONS.min(clients) {
        conns.push(target.client().await?);
    }
    let stats = Arc::new(Mutex::new(Stats::default()));
    let (tx, rx) = async_channel(clients);
    let value = vec![0u8; 1024];
    let mut workers = Vec::new();
    for i in 0..clients {
        let mut c = conns[i % conns.len()].clone();
        let rx = rx.clone();
        let stats = stats.clone();
        let value = value.clone();
        let limit_per_request = target.command_timeout;
        workers.push(tokio::spawn(async move {
            while let Some(key) = rx.recv().await {
                let start = Instant::now();
                let put = c.put(key, value.clone(), None);
                let result = match limit_per_request {
                    Some(l) => tokio::time::timeout(l, put)
                        .await
                        .unwrap_or_else(|_| Err(etcd_client::Error::InvalidArgs("timeout".into()))),
                    None => put.await,
                };
                let took = start.elapsed().as_secs_f64();
                let mut s = stats.lock().await;
                match result {
                    Ok(_) => s.latencies.push(took),
                    Err(e) => *s.errors.entry(e.to_string()).or_default() += 1,
                }
            }
        }));
    }
    drop(rx);
    let bar = spinner(&format!(
        "check perf: {limit} writes/s with {clients} clients for {}",
        humantime::format_duration(args.duration)
    ));
    let start = Instant::now();
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / limit as f64));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut n: u64 = 0;
    while start.elapsed() < args.duration {
        tick.tick().await;
        // etcdctl: the prefix, then 256 bytes holding a random varint.
        let mut key = args.prefix.as_bytes().to_vec();
        let mut suffix = [0u8; 256];
        let r = random(n);
        suffix[..8].copy_from_slice(&r.to_le_bytes());
        key.extend_from_slice(&suffix);
        n += 1;
        if tx.send(key).await.is_err() {
            break;
        }
    }
    drop(tx);
    for w in workers {
        let _ = w.await;
    }
    let total = start.elapsed();
    bar.finish_and_clear();
    let deleted = target
        .request(
            "delete",
            client.delete(
                args.prefix.as_str(),
                Some(etcd_client::DeleteOptions::new().with_prefix()),
            ),
        )
        .await?;
    if args.auto_compact {
        let rev = deleted.header().map(|h| h.revision()).unwrap_or(0);
        target
            .request(
                "compaction",
                client.compact(rev, Some(CompactionOptions::new().with_physical())),
            )
            .await?;
    }
    if args.auto_defrag {
        for ep in &target.endpoints {
            super::defrag::defragment(&target, ep).await?;
        }
    }
    let stats = stats.lock().await;
    let summary = summarize(&stats.latencies, total);
    let (text, ok) = verdict(&summary, &stats.errors, limit);
    emit(text)?;
    if ok {
        Ok(Code::Success)
    } else {
        Err(Failure::new(Code::Error, "check perf failed")
            .hint("see etcd's hardware recommendations: fast disks (fsync latency), enough CPU, a quiet network between members")
            .into())
    }
}

/// Distinct pseudo-random keys (splitmix64): no two writes of a run share a key.
fn random(n: u64) -> u64 {
    let mut z = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A bounded multi-consumer queue of keys to write.
fn async_channel(cap: usize) -> (Sender, Receiver) {
    let (tx, rx) = tokio::sync::mpsc::channel(cap);
    (Sender(tx), Receiver(Arc::new(Mutex::new(rx))))
}

struct Sender(tokio::sync::mpsc::Sender<Vec<u8>>);
impl Sender {
    async fn send(&self, v: Vec<u8>) -> Result<(), ()> {
        self.0.send(v).await.map_err(drop)
    }
}

#[derive(Clone)]
struct Receiver(Arc<Mutex<tokio::sync::mpsc::Receiver<Vec<u8>>>>);
impl Receiver {
    async fn recv(&self) -> Option<Vec<u8>> {
        self.0.lock().await.recv().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etcdctl_pass_criteria() {
        let ok = Summary {
            rps: 149.3,
            slowest: 0.012345,
            stddev: 0.001,
        };
        let (text, pass) = verdict(&ok, &BTreeMap::new(), 150);
        assert!(pass);
        assert_eq!(
            text,
            "PASS: Throughput is 150 writes/s\nPASS: Slowest request took 0.012345s\nPASS: Stddev is 0.001000s\nPASS\n"
        );
        // Exactly 90% of the target fails, as in etcdctl (`<= 0.9`).
        let slow = Summary {
            rps: 135.0,
            slowest: 0.6,
            stddev: 0.2,
        };
        let mut errors = BTreeMap::new();
        errors.insert("etcdserver: request timed out".to_string(), 2);
        let (text, pass) = verdict(&slow, &errors, 150);
        assert!(!pass);
        assert_eq!(
            text,
            "FAIL: too many errors\nFAIL: ERROR(etcdserver: request timed out) -> 2\nFAIL: Throughput too low: 136 writes/s\nFAIL: Slowest request took too long: 0.600000s\nFAIL: Stddev too high: 0.200000s\nFAIL\n"
        );
    }

    #[test]
    fn summary_is_population_statistics() {
        let s = summarize(&[0.1, 0.3], Duration::from_secs(2));
        assert_eq!(s.rps, 1.0);
        assert_eq!(s.slowest, 0.3);
        assert!((s.stddev - 0.1).abs() < 1e-12);
        assert_ne!(random(1), random(2));
    }
}
