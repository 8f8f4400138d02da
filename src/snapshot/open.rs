//! Opening a snapshot file for the reader: memory-mapped, so a multi-gigabyte backup costs
//! no heap and a seek touches only the pages it needs.

use std::fs::File;
use std::path::{Path, PathBuf};

use memmap2::Mmap;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum OpenError {
    #[error("{} does not exist", .0.display())]
    Missing(PathBuf),
    #[error("{} is a directory, not a snapshot file", .0.display())]
    Directory(PathBuf),
    #[error("{} is empty: not a snapshot (an interrupted save leaves no file; was this made by another tool?)", .0.display())]
    Empty(PathBuf),
    #[error("cannot read {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The bytes of a snapshot file, read-only.
pub struct SnapshotFile {
    map: Mmap,
}

impl SnapshotFile {
    pub fn open(path: &Path) -> Result<Self, OpenError> {
        let io = |source| OpenError::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => OpenError::Missing(path.to_path_buf()),
            _ => io(e),
        })?;
        if meta.is_dir() {
            return Err(OpenError::Directory(path.to_path_buf()));
        }
        if meta.len() == 0 {
            return Err(OpenError::Empty(path.to_path_buf()));
        }
        let file = File::open(path).map_err(io)?;
        // SAFETY: the map is read-only and private to this process. Another process truncating
        // the file while we read it could fault (SIGBUS); etcdutl and bbolt accept the same
        // risk for the same reason: copying multi-GB backups into memory is worse.
        // Populated up front: every caller reads most of the file, and one bulk fault-in
        // is much cheaper than a page fault per 4 KiB.
        let map = unsafe { memmap2::MmapOptions::new().populate().map(&file) }.map_err(io)?;
        Ok(Self { map })
    }

    pub fn bytes(&self) -> &[u8] {
        &self.map
    }

    /// Maps an already open file (a private temporary copy); `name` is for errors.
    pub fn from_file(file: &File, name: &Path) -> Result<Self, OpenError> {
        let io = |source| OpenError::Io {
            path: name.to_path_buf(),
            source,
        };
        if file.metadata().map_err(io)?.len() == 0 {
            return Err(OpenError::Empty(name.to_path_buf()));
        }
        // SAFETY: as in `open`; the file is unnamed and private to this process.
        let map = unsafe { memmap2::MmapOptions::new().populate().map(file) }.map_err(io)?;
        Ok(Self { map })
    }
}
