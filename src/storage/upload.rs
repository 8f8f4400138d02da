//! A multipart upload seen as `std::io::Write`, for the snapshot writer thread: parts go
//! up while etcd is still sending, at most a few in flight (bounded memory), and the
//! object appears under its name only when [`Upload::complete`] is called, after the
//! caller checked etcd's SHA-256. Anything else — an error, a failed check, a drop —
//! aborts the upload, so that no object and no orphan parts remain.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use object_store::{ObjectStoreExt, WriteMultipart};
use tokio::runtime::Handle;

use super::Remote;

/// Parts of 8 MiB, 2 in flight: 16 MiB of memory at most, and about as fast as the
/// network allows (measured in benches/).
const PART_SIZE: usize = 8 << 20;
const IN_FLIGHT: usize = 2;

/// Set by Ctrl-C: every upload stops at its next write and is aborted instead of completed.
static CANCELLED: AtomicBool = AtomicBool::new(false);

pub fn cancel_all() {
    CANCELLED.store(true, Ordering::SeqCst);
}

pub fn is_cancelled() -> bool {
    CANCELLED.load(Ordering::SeqCst)
}

fn cancelled() -> io::Result<()> {
    if CANCELLED.load(Ordering::SeqCst) {
        // Not ErrorKind::Interrupted: write_all retries those forever.
        return Err(io::Error::other("interrupted by Ctrl-C"));
    }
    Ok(())
}

pub struct Upload {
    handle: Handle,
    writer: Option<WriteMultipart>,
}

impl Upload {
    /// Starts the upload (refusing an existing object unless `force`). Called from async
    /// code; the result is then written from a plain thread.
    pub async fn start(dest: &Remote, force: bool) -> Result<Self, object_store::Error> {
        if !force {
            match dest.store.head(&dest.key).await {
                Ok(_) => {
                    return Err(object_store::Error::AlreadyExists {
                        path: dest.url(),
                        source: "pass --force to replace it, or save under another name".into(),
                    })
                }
                Err(object_store::Error::NotFound { .. }) => {}
                // Write-only backup credentials (a good practice: a stolen key cannot read or
                // delete backups) may not look: go on; a folder destination's names are unique.
                Err(object_store::Error::PermissionDenied { .. }) => eprintln!(
                    "warning: cannot check whether {} exists (no read permission); it will be replaced if it does",
                    dest.url()
                ),
                Err(e) => return Err(e),
            }
        }
        if dest.base.starts_with("az") {
            check_container(dest).await?;
        }
        let upload = dest.store.put_multipart(&dest.key).await?;
        Ok(Self {
            handle: Handle::current(),
            writer: Some(WriteMultipart::new_with_chunk_size(upload, PART_SIZE)),
        })
    }

    /// Makes the object visible under its name.
    pub async fn complete(mut self) -> Result<(), object_store::Error> {
        cancelled().map_err(|e| object_store::Error::Generic {
            store: "upload",
            source: Box::new(e),
        })?;
        match self.writer.take() {
            Some(w) => w.finish().await.map(|_| ()),
            None => Ok(()),
        }
    }
}

/// Azure starts a block upload without any request, so a missing container or a wrong key
/// would only show when the first 8 MiB block goes up (for a small snapshot, at the very end,
/// after the whole stream). One page of the folder's listing asks now. Write-only
/// credentials may not list: that is no reason to refuse.
async fn check_container(dest: &Remote) -> Result<(), object_store::Error> {
    use futures_util::StreamExt;
    let parent: object_store::path::Path = match dest.key.as_ref().rsplit_once('/') {
        Some((parent, _)) => parent.into(),
        None => object_store::path::Path::default(),
    };
    match dest.store.list(Some(&parent)).next().await {
        None | Some(Ok(_)) | Some(Err(object_store::Error::PermissionDenied { .. })) => Ok(()),
        Some(Err(e)) => Err(e),
    }
}

impl Write for Upload {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let w = self
            .writer
            .as_mut()
            .ok_or_else(|| io::Error::other("upload already finished"))?;
        cancelled()?;
        // Part uploads are tasks on the runtime; this thread only waits for room.
        {
            let _guard = self.handle.enter();
            w.write(buf);
        }
        self.handle
            .block_on(w.wait_for_capacity(IN_FLIGHT))
            .map_err(io::Error::other)?;
        cancelled()?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for Upload {
    fn drop(&mut self) {
        if let Some(w) = self.writer.take() {
            // Dropped without complete(): abort, on a thread of its own because this may run
            // on a runtime thread, where blocking on a future is not allowed.
            let handle = self.handle.clone();
            let _ = std::thread::spawn(move || handle.block_on(w.abort())).join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use object_store::memory::InMemory;
    use object_store::ObjectStore;
    use std::sync::Arc;

    fn remote(store: &Arc<InMemory>, key: &str) -> Remote {
        Remote {
            base: "s3://test".into(),
            store: store.clone() as Arc<dyn ObjectStore>,
            key: key.into(),
            dir: false,
        }
    }

    /// Bytes written in chunks that straddle part boundaries arrive whole and in order, and
    /// only after complete(); a dropped upload leaves nothing.
    #[test]
    fn parts_are_reassembled_exactly_and_only_on_complete() {
        let rt = tokio::runtime::Runtime::new().unwrap();
        let store = Arc::new(InMemory::new());
        // 2.5 parts plus an odd tail, written in 32 KiB + 7 byte chunks (etcd sends 32 KiB).
        let data: Vec<u8> = (0..(PART_SIZE * 5 / 2 + 12_345))
            .map(|i| (i * 31 % 251) as u8)
            .collect();
        let mut upload = rt
            .block_on(Upload::start(&remote(&store, "a.db"), false))
            .unwrap();
        for chunk in data.chunks((32 << 10) + 7) {
            upload.write_all(chunk).unwrap();
        }
        let key = object_store::path::Path::from("a.db");
        assert!(
            rt.block_on(store.head(&key)).is_err(),
            "visible before complete"
        );
        rt.block_on(upload.complete()).unwrap();
        let stored = rt.block_on(async { store.get(&key).await.unwrap().bytes().await.unwrap() });
        assert!(stored[..] == data[..], "stored bytes differ");

        let mut dropped = rt
            .block_on(Upload::start(&remote(&store, "b.db"), false))
            .unwrap();
        dropped.write_all(&data[..PART_SIZE + 1]).unwrap();
        drop(dropped);
        let b = object_store::path::Path::from("b.db");
        assert!(rt.block_on(store.head(&b)).is_err());
    }
}
