//! Writing a snapshot so that a half-written file can never pass for a backup:
//! `<file>.part` (mode 0600: it holds every Secret of the cluster) → stream → check the
//! SHA-256 trailer → fsync → rename → fsync the directory. Dropped before `commit`, the
//! `.part` is removed, so errors and Ctrl-C leave nothing behind.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use thiserror::Error;

/// etcd appends a SHA-256 of the image to every snapshot stream.
pub const TRAILER_LEN: usize = 32;

#[derive(Debug, Error)]
pub enum WriteError {
    #[error("{} already exists; pass --force to replace it, or choose another name", .0.display())]
    Exists(PathBuf),
    #[error("{} is a directory; give a file name such as {}/backup.db, or end it with / for a name with the cluster, time and revision", .0.display(), .0.display())]
    IsDirectory(PathBuf),
    #[error("cannot create {}: {source}", .path.display())]
    Create { path: PathBuf, source: io::Error },
    #[error("cannot write {}: {source}", .path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("the stream ended without etcd's SHA-256 trailer ({0} bytes received, expected a multiple of 512 plus 32): the snapshot is incomplete")]
    NoTrailer(u64),
    #[error("the snapshot's SHA-256 does not match the trailer etcd sent (got {got}, etcd says {want}): the data was corrupted in transit")]
    HashMismatch { got: String, want: String },
}

/// Computes the SHA-256 of everything but the last 32 bytes of a stream, and keeps those.
#[derive(Default)]
pub struct TrailerHasher {
    hasher: Sha256,
    tail: Vec<u8>,
    total: u64,
}

impl TrailerHasher {
    pub fn update(&mut self, chunk: &[u8]) {
        self.total += chunk.len() as u64;
        if chunk.len() >= TRAILER_LEN {
            self.hasher.update(&self.tail);
            let split = chunk.len() - TRAILER_LEN;
            self.hasher.update(&chunk[..split]);
            self.tail.clear();
            self.tail.extend_from_slice(&chunk[split..]);
        } else {
            self.tail.extend_from_slice(chunk);
            if self.tail.len() > TRAILER_LEN {
                let extra = self.tail.len() - TRAILER_LEN;
                self.hasher.update(&self.tail[..extra]);
                self.tail.drain(..extra);
            }
        }
    }

    /// Checks the trailer as etcdctl does (`size % 512 == 32`), then the digest.
    /// Returns the image digest in hex.
    pub fn finish(self) -> Result<String, WriteError> {
        if self.total % 512 != TRAILER_LEN as u64 {
            return Err(WriteError::NoTrailer(self.total));
        }
        let got = hex(&self.hasher.finalize());
        let want = hex(&self.tail);
        if got != want {
            return Err(WriteError::HashMismatch { got, want });
        }
        Ok(got)
    }

    pub fn total(&self) -> u64 {
        self.total
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A `<path>.part` file that becomes `<path>` only through [`PartFile::commit`].
pub struct PartFile {
    part: PathBuf,
    dest: PathBuf,
    file: Option<File>,
}

impl PartFile {
    pub fn create(dest: &Path, force: bool) -> Result<Self, WriteError> {
        if dest.is_dir() {
            return Err(WriteError::IsDirectory(dest.to_path_buf()));
        }
        if !force && dest.symlink_metadata().is_ok() {
            return Err(WriteError::Exists(dest.to_path_buf()));
        }
        let mut name = dest
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        name.push(".part");
        let part = dest.with_file_name(name);
        // A leftover .part is ours (a killed earlier run); truncate it.
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(true);
        // Owner-only from the first byte on. Windows has no mode bits: there the file gets the
        // directory's ACL, as every file a Windows program writes.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&part).map_err(|source| WriteError::Create {
            path: part.clone(),
            source,
        })?;
        Ok(Self {
            part,
            dest: dest.to_path_buf(),
            file: Some(file),
        })
    }

    pub fn part_path(&self) -> &Path {
        &self.part
    }

    pub fn write(&mut self, buf: &[u8]) -> Result<(), WriteError> {
        let file = self.file.as_mut().ok_or_else(|| WriteError::Write {
            path: self.part.clone(),
            source: io::Error::other("already committed"),
        })?;
        file.write_all(buf).map_err(|source| WriteError::Write {
            path: self.part.clone(),
            source,
        })
    }

    /// Flushes the data to disk (before the caller verifies what is on it).
    pub fn sync(&mut self) -> Result<(), WriteError> {
        if let Some(file) = self.file.take() {
            file.sync_all().map_err(|source| WriteError::Write {
                path: self.part.clone(),
                source,
            })?;
        }
        Ok(())
    }

    /// fsync, rename over the destination, fsync the directory so the rename is durable.
    pub fn commit(mut self) -> Result<PathBuf, WriteError> {
        let werr = |path: &Path, source| WriteError::Write {
            path: path.to_path_buf(),
            source,
        };
        self.sync()?;
        std::fs::rename(&self.part, &self.dest).map_err(|e| werr(&self.dest, e))?;
        // Unix only: Windows cannot open a directory as a file (File::open answers "Access
        // denied", so every save failed after its rename) and NTFS journals the rename itself.
        #[cfg(unix)]
        {
            let dir = match self.dest.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            File::open(&dir)
                .and_then(|d| d.sync_all())
                .map_err(|e| werr(&dir, e))?;
        }
        self.part = PathBuf::new();
        Ok(self.dest.clone())
    }
}

impl Drop for PartFile {
    fn drop(&mut self) {
        if !self.part.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.part);
        }
    }
}

/// Where a streamed snapshot goes when it goes to a local file or stdout.
pub enum Dest {
    File(PartFile),
    Stdout,
}

impl Write for Dest {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Dest::File(part) => part
                .write(buf)
                .map(|()| buf.len())
                .map_err(io::Error::other),
            Dest::Stdout => io::stdout().lock().write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Dest::File(_) => Ok(()),
            Dest::Stdout => io::stdout().lock().flush(),
        }
    }
}

/// Hashes and writes chunks on a thread of its own, so that receiving (TLS, gRPC) and
/// hashing/writing use both cores instead of taking turns. `W` is any byte sink (a file,
/// stdout, an encoder in front of an upload); the hash is always of what etcd sent.
pub struct Sink<W> {
    tx: Option<std::sync::mpsc::SyncSender<Vec<u8>>>,
    worker: std::thread::JoinHandle<Result<(W, TrailerHasher), WriteError>>,
}

impl<W: Write + Send + 'static> Sink<W> {
    /// `name` says where the bytes go, for error messages.
    pub fn spawn(mut dest: W, name: String) -> Self {
        // A few MB in flight at most: enough to decouple, small enough to bound memory.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(64);
        let worker = std::thread::spawn(move || {
            let werr = |source| WriteError::Write {
                path: PathBuf::from(&name),
                source,
            };
            let mut hasher = TrailerHasher::default();
            for chunk in rx {
                hasher.update(&chunk);
                dest.write_all(&chunk).map_err(werr)?;
            }
            dest.flush().map_err(werr)?;
            Ok((dest, hasher))
        });
        Self {
            tx: Some(tx),
            worker,
        }
    }

    /// Queues a chunk; fails if the writer already stopped (its error comes from `finish`).
    pub fn send(&self, chunk: Vec<u8>) -> bool {
        self.tx.as_ref().is_some_and(|tx| tx.send(chunk).is_ok())
    }

    /// Waits for every chunk to be written; returns the destination, size and the verified
    /// SHA-256 of the image. On failure the destination is dropped, which removes a `.part`
    /// file or aborts an upload.
    pub fn finish(mut self) -> Result<(W, u64, String), WriteError> {
        drop(self.tx.take());
        let (dest, hasher) = self.worker.join().map_err(|_| WriteError::Write {
            path: PathBuf::from("<writer>"),
            source: io::Error::other("writer thread panicked"),
        })??;
        let size = hasher.total();
        Ok((dest, size, hasher.finish()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn stream(image: &[u8]) -> Vec<u8> {
        let mut s = image.to_vec();
        s.extend_from_slice(&Sha256::digest(image));
        s
    }

    #[test]
    fn trailer_checked_whatever_the_chunking() {
        let image = vec![7u8; 1024];
        let s = stream(&image);
        for chunk in [1, 5, 31, 32, 33, 100, 4096] {
            let mut h = TrailerHasher::default();
            for c in s.chunks(chunk) {
                h.update(c);
            }
            assert_eq!(
                h.finish().unwrap(),
                hex(&Sha256::digest(&image)),
                "chunk {chunk}"
            );
        }
    }

    #[test]
    fn bad_trailer_and_truncation_are_detected() {
        let mut s = stream(&[1u8; 512]);
        let last = s.len() - 1;
        s[last] ^= 1;
        let mut h = TrailerHasher::default();
        h.update(&s);
        assert!(matches!(h.finish(), Err(WriteError::HashMismatch { .. })));
        let mut h = TrailerHasher::default();
        h.update(&s[..500]);
        assert!(matches!(h.finish(), Err(WriteError::NoTrailer(500))));
    }

    #[test]
    fn part_file_is_private_and_removed_unless_committed() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("b.db");
        let mut p = PartFile::create(&dest, false).unwrap();
        p.write(b"x").unwrap();
        let part = p.part_path().to_path_buf();
        assert_eq!(
            std::fs::metadata(&part).unwrap().permissions().mode() & 0o777,
            0o600
        );
        drop(p);
        assert!(!part.exists() && !dest.exists());

        let mut p = PartFile::create(&dest, false).unwrap();
        p.write(b"y").unwrap();
        p.commit().unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"y");
        assert!(!part.exists());
        assert!(matches!(
            PartFile::create(&dest, false),
            Err(WriteError::Exists(_))
        ));
        assert!(PartFile::create(&dest, true).is_ok());
        assert!(matches!(
            PartFile::create(dir.path(), true),
            Err(WriteError::IsDirectory(_))
        ));
    }
}
