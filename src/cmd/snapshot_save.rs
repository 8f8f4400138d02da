//! `snapshot save`: one member → (zstd → age) → a `.part` file, stdout or a multipart
//! upload. The destination gets its final name only after etcd's SHA-256 trailer checked
//! out; every failure, and Ctrl-C, leaves nothing under that name.

use std::io::{self, Write};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result};

use super::{emit, emit_doc, Ctx};
use crate::cli::SnapshotSaveArgs;
use crate::exit::{Code, Failure};
use crate::output::human_duration::human_duration;
use crate::output::model::SnapshotSaved;
use crate::output::progress::Transfer;
use crate::output::units::humanize_bytes;
use crate::output::Format;
use crate::snapshot::open::SnapshotFile;
use crate::snapshot::write::{Dest, PartFile, Sink};
use crate::snapshot::Db;
use crate::storage::codec::{Encoder, Encoding};
use crate::storage::location::{self, Location};
use crate::storage::upload::Upload;

pub async fn save(ctx: &Ctx, args: SnapshotSaveArgs) -> Result<Code> {
    save_to(ctx, args).await.map_err(|e| {
        if crate::storage::upload::is_cancelled() {
            e.context(Failure::new(
                Code::Interrupted,
                "interrupted: no snapshot was saved (the upload was aborted)",
            ))
        } else {
            e
        }
    })
}

async fn save_to(ctx: &Ctx, args: SnapshotSaveArgs) -> Result<Code> {
    let bad = |e: anyhow::Error| {
        e.context(Failure::new(
            Code::BadArgs,
            "invalid snapshot save arguments",
        ))
    };
    let encoding =
        Encoding::new(args.compress, &args.encrypt_to, &args.recipients_file).map_err(bad)?;
    let raw = args.file.to_string_lossy().to_string();
    let loc = if raw == "-" {
        None
    } else {
        Some(location::parse(&raw).map_err(bad)?)
    };
    let target = ctx.target().await?;
    let ep = &source(&target).await?;
    let named = |revision: i64| default_name(ctx, &target, &args, revision, &encoding);
    let (dest, shown) = match loc {
        None => (Out::Stdout(Dest::Stdout), "-".to_string()),
        Some(Location::Local { path, dir }) => {
            let path = if dir {
                path.join(named(current_revision(&target, ep).await?)?)
            } else {
                path
            };
            // Refuse an existing file before touching etcd.
            let part = PartFile::create(&path, args.force)?;
            (Out::File(Dest::File(part)), path.display().to_string())
        }
        Some(Location::Remote(remote)) => {
            let remote = if remote.dir || remote.key.as_ref().is_empty() {
                remote.child(&named(current_revision(&target, ep).await?)?)
            } else {
                remote
            };
            let url = remote.url();
            let upload = Upload::start(&remote, args.force).await.map_err(|e| {
                let hint = match &e {
                    object_store::Error::AlreadyExists { .. } => "pass --force to replace it, or save under another name (a URL ending in / gets a unique one)",
                    e => location::hint(e),
                };
                anyhow::anyhow!(location::describe(&e)).context(
                    Failure::new(Code::SnapshotFailed, format!("cannot start the upload to {url}")).hint(hint),
                )
            })?;
            (Out::Upload(upload), url)
        }
    };
    let remote = matches!(dest, Out::Upload(_));
    let part_path = match &dest {
        Out::File(Dest::File(p)) => Some(p.part_path().to_path_buf()),
        _ => None,
    };
    // Ctrl-C: a local .part is removed and we exit at once, even if a write blocks. An
    // upload must be aborted over the network: the stream is cancelled, which drops (and
    // aborts) the upload; a hard exit follows only if that hangs.
    let cancel = Arc::new(tokio::sync::Notify::new());
    let interrupt = {
        let cancel = cancel.clone();
        tokio::spawn(async move {
            crate::interrupt::interrupted().await;
            if remote {
                crate::storage::upload::cancel_all();
                cancel.notify_one();
                eprintln!("\nInterrupted: aborting the upload…");
                tokio::time::sleep(std::time::Duration::from_secs(30)).await;
            }
            if let Some(p) = part_path {
                let _ = std::fs::remove_file(p);
            }
            eprintln!("\nError: interrupted: no snapshot was saved");
            std::process::exit(Code::Interrupted as i32);
        })
    };
    let failed = |e: anyhow::Error| {
        e.context(Failure::new(
            Code::SnapshotFailed,
            format!("snapshot save from {ep} failed"),
        ))
    };
    let start = Instant::now();
    let encoded = Counted::new(dest);
    // age writes its header at once, and an upload's write blocks: off the async workers.
    let layers = encoding.clone();
    let encoder = tokio::task::spawn_blocking(move || Encoder::new(encoded, &layers))
        .await
        .context("writer task failed")
        .and_then(|r| r.context("cannot start writing the snapshot"))
        .map_err(failed)?;
    let streamed = stream_snapshot(&target, ep, encoder, shown.clone(), &cancel).await;
    let (encoder, size, sha256) = streamed.map_err(|e| {
        if e.downcast_ref::<Failure>().is_some_and(|f| f.code == Code::Interrupted) {
            return e;
        }
        // A broken stream says nothing about what to do; a more precise cause keeps its hint.
        let hint = crate::exit::hint_for(&e).unwrap_or_else(|| {
            "no snapshot was saved (the partial file or upload was removed); run the command again. If the stream keeps breaking through the API server's port-forward, save with --direct or --endpoints from a machine that reaches etcd".into()
        });
        e.context(
            Failure::new(Code::SnapshotFailed, format!("snapshot save from {ep} failed"))
                .hint(hint),
        )
    })?;
    // The last compressed/encrypted bytes may still have to go up: off the async workers.
    let counted = tokio::task::spawn_blocking(move || encoder.finish())
        .await
        .context("writer task failed")
        .and_then(|r| r.context("cannot finish writing the snapshot"))
        .map_err(failed)?;
    let stored = counted.count;
    let mut summary = SnapshotSaved {
        path: shown.clone(),
        endpoint: ep.original.clone(),
        size,
        sha256,
        revision: None,
        total_key: None,
        hash: None,
        duration_seconds: 0.0,
        stored_size: (encoding.compress || encoding.encrypt()).then_some(stored),
        compressed: encoding.compress,
        encrypted: encoding.encrypt(),
    };
    match counted.inner {
        Out::Stdout(mut d) => d.flush().map_err(|e| failed(e.into()))?,
        Out::File(Dest::File(mut p)) => {
            p.sync().map_err(|e| failed(e.into()))?;
            if !encoding.compress && !encoding.encrypt() {
                // Check what is on disk, not what we meant to write, before it gets the
                // final name. (The SHA-256 already proved the bytes; this proves the
                // database is readable.)
                let file = SnapshotFile::open(p.part_path()).map_err(|e| failed(e.into()))?;
                let db = Db::open(file.bytes()).map_err(|e| failed(e.into()))?;
                let status = crate::snapshot::status(&db).map_err(|e| failed(e.into()))?;
                summary.revision = Some(status.revision);
                summary.total_key = Some(status.total_key);
                summary.hash = Some(status.hash);
            }
            p.commit().map_err(|e| failed(e.into()))?;
        }
        Out::File(Dest::Stdout) => {}
        Out::Upload(upload) => upload.complete().await.map_err(|e| {
            let hint = location::hint(&e);
            anyhow::anyhow!(location::describe(&e)).context(
                Failure::new(
                    Code::SnapshotFailed,
                    format!("cannot complete the upload to {shown}"),
                )
                .hint(hint),
            )
        })?,
    }
    let took = start.elapsed();
    summary.duration_seconds = took.as_secs_f64();
    interrupt.abort();
    let to_stdout = shown == "-";
    if matches!(ctx.format(), Format::Json | Format::Yaml) && !to_stdout {
        emit_doc(ctx, &summary)?;
        return Ok(Code::Success);
    }
    let mut line = format!(
        "Snapshot saved at {} ({}, sha256 {}",
        summary.path,
        humanize_bytes(size),
        &summary.sha256[..12]
    );
    if let (Some(rev), Some(keys), Some(hash)) = (summary.revision, summary.total_key, summary.hash)
    {
        line.push_str(&format!(", revision {rev}, {keys} keys, hash {hash:x}"));
    }
    if let Some(stored) = summary.stored_size {
        let how = match (summary.compressed, summary.encrypted) {
            (true, true) => "compressed and encrypted",
            (true, false) => "compressed",
            _ => "encrypted",
        };
        line.push_str(&format!(", {} stored, {how}", humanize_bytes(stored)));
    }
    line.push_str(&format!(", took {})\n", human_duration(took)));
    if to_stdout {
        eprint!("{line}");
    } else {
        emit(line)?;
    }
    Ok(Code::Success)
}

/// The bottom of the writer chain.
enum Out {
    File(Dest),
    Stdout(Dest),
    Upload(Upload),
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Out::File(d) | Out::Stdout(d) => d.write(buf),
            Out::Upload(u) => u.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Out::File(d) | Out::Stdout(d) => d.flush(),
            Out::Upload(u) => u.flush(),
        }
    }
}

/// Counts the bytes stored (after compression and encryption).
struct Counted<W> {
    inner: W,
    count: u64,
}

impl<W> Counted<W> {
    fn new(inner: W) -> Self {
        Self { inner, count: 0 }
    }
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// `<cluster>-<UTC time>-rev<revision>.db[.zst][.age]`: sorts by time, says what it is.
fn default_name(
    ctx: &Ctx,
    target: &crate::etcd::Target,
    args: &SnapshotSaveArgs,
    revision: i64,
    encoding: &Encoding,
) -> Result<String> {
    let cluster = match &args.name {
        Some(n) => n.clone(),
        None if target.cluster_mode => kube_cluster_name(ctx).unwrap_or_else(|| "etcd".into()),
        None => "etcd".into(),
    };
    let cluster: String = cluster
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let stamp: String = crate::decode::time::rfc3339(now.as_secs() as i64, 0, false)
        .chars()
        .filter(|c| *c != '-' && *c != ':')
        .collect();
    Ok(crate::storage::catalog::backup_name(
        &cluster,
        &stamp,
        revision,
        &encoding.suffix(),
    ))
}

/// The cluster of the kubeconfig context in use.
pub(super) fn kube_cluster_name(ctx: &Ctx) -> Option<String> {
    let opts = ctx.cluster_options().kube;
    if let Some(c) = opts.cluster {
        return Some(c);
    }
    let config = crate::cluster::kubeconfig::read(&opts).ok()?;
    let context = opts.context.or(config.current_context.clone())?;
    config
        .contexts
        .iter()
        .find(|c| c.name == context)
        .and_then(|c| c.context.as_ref())
        .map(|c| c.cluster.clone())
}

/// The revision etcd is at, just before the snapshot is taken: the snapshot holds at least
/// that (a write in between may add a few revisions).
async fn current_revision(target: &crate::etcd::Target, ep: &crate::etcd::Endpoint) -> Result<i64> {
    let status = super::endpoint::endpoint_status(target, ep).await?;
    Ok(status.header.map(|h| h.revision).unwrap_or_default())
}

/// The member to snapshot: the only endpoint; in cluster mode with several members, a
/// healthy one with the highest raft index (the most up to date).
async fn source(target: &crate::etcd::Target) -> Result<crate::etcd::Endpoint> {
    match target.endpoints.as_slice() {
        [ep] => return Ok(ep.clone()),
        _ if target.cluster_mode => {}
        eps => {
            return Err(Failure::new(
                Code::BadArgs,
                format!("a snapshot must come from one member, not {} endpoints", eps.len()),
            )
            .hint("pass a single --endpoints URL (the healthiest member, see `kubectl etcd endpoint status`)")
            .into())
        }
    }
    let mut best: Option<(u64, &crate::etcd::Endpoint)> = None;
    for ep in &target.endpoints {
        match super::endpoint::endpoint_status(target, ep).await {
            Ok(s) if s.errors.is_empty() && best.is_none_or(|(index, _)| s.raft_index > index) => {
                best = Some((s.raft_index, ep))
            }
            Ok(s) if !s.errors.is_empty() => {
                eprintln!("skipping member {ep}: {}", s.errors.join(", "))
            }
            Ok(_) => {}
            Err(e) => eprintln!("skipping member {ep}: {e:#}"),
        }
    }
    let (index, ep) = best.ok_or_else(|| {
        Failure::new(Code::SnapshotFailed, "no etcd member answered")
            .hint("check `kubectl etcd status`; pick one with --member")
    })?;
    eprintln!("Saving from member {ep} (raft index {index}, the most up to date); pick another with --member");
    Ok(ep.clone())
}

/// Streams Maintenance.Snapshot into `dest`, checking etcd's SHA-256 trailer. `cancel`
/// stops it (Ctrl-C), dropping `dest` so that a partial upload is aborted.
async fn stream_snapshot<W: Write + Send + 'static>(
    target: &crate::etcd::Target,
    ep: &crate::etcd::Endpoint,
    dest: W,
    name: String,
    cancel: &tokio::sync::Notify,
) -> Result<(W, u64, String)> {
    let mut client = target.client_for(ep).await?;
    // No --command-timeout unless given: a large database takes as long as it takes.
    let opened = match target.command_timeout {
        Some(limit) => tokio::time::timeout(limit, client.snapshot())
            .await
            .map_err(|_| crate::etcd::RequestError::Timeout(limit))?,
        None => client.snapshot().await,
    };
    let mut stream = opened.map_err(crate::etcd::RequestError::from)?;
    let progress = Transfer::new("snapshot");
    let sink = Sink::spawn(dest, name);
    let mut received = 0u64;
    let streamed: Result<()> = loop {
        let msg = tokio::select! {
            m = stream.message() => m,
            _ = cancel.notified() => break Err(Failure::new(Code::Interrupted, "interrupted: no snapshot was saved (the upload was aborted)").into()),
        };
        match msg {
            Ok(Some(msg)) => {
                received += msg.blob().len() as u64;
                if !sink.send(msg.blob().to_vec()) {
                    break Ok(()); // the writer failed: finish() reports why
                }
                progress.update(received, received + msg.remaining_bytes());
            }
            Ok(None) => break Ok(()),
            Err(e) => break Err(crate::etcd::RequestError::from(e).into()),
        }
    };
    progress.finish();
    if let Err(e) = streamed {
        // Join the writer so that its .part is removed or its upload aborted before we
        // return (the destination is dropped on a blocking thread: aborting waits on I/O).
        let _ = tokio::task::spawn_blocking(move || sink.finish()).await;
        return Err(e);
    }
    let written = tokio::task::spawn_blocking(move || sink.finish())
        .await
        .context("writer task failed")?;
    Ok(written?)
}
