//! Every snapshot reader's way in: a plain local file is mapped in place; a URL, a
//! compressed or an encrypted backup is first fetched and decoded by `storage::fetch`
//! into a private unnamed file (`--identity` for `.age`).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{Context, Result};

use crate::snapshot::open::SnapshotFile;
use crate::storage::{codec, fetch, location};

/// `--identity` files, set once from the global flags: readers deep in the call tree
/// (`get --snapshot` from `snapshot diff`) get them without threading a parameter.
static IDENTITIES: OnceLock<Vec<PathBuf>> = OnceLock::new();

pub fn set_identities(files: Vec<PathBuf>) {
    let _ = IDENTITIES.set(files);
}

fn needs_fetch(path: &Path) -> bool {
    location::is_url(&path.to_string_lossy()) || codec::file_is_wrapped(path)
}

async fn fetch_any(path: &Path) -> Result<fetch::Opened> {
    let ids = codec::identities(IDENTITIES.get().map(Vec::as_slice).unwrap_or_default())?;
    fetch::open(&path.to_string_lossy(), &ids).await
}

/// The snapshot at `path` (a file or a URL), ready for bbolt.
pub fn open(path: &Path) -> Result<SnapshotFile> {
    if !needs_fetch(path) {
        return Ok(SnapshotFile::open(path)?);
    }
    // Callers are synchronous code running on the multi-threaded runtime.
    let opened = tokio::task::block_in_place(|| {
        tokio::runtime::Handle::current().block_on(fetch_any(path))
    })?;
    Ok(match opened {
        fetch::Opened::Path(p) => SnapshotFile::open(&p)?,
        fetch::Opened::Temp(file) => SnapshotFile::from_file(&file, path)?,
    })
}

/// A plain local file with the snapshot, for code that needs a path (restore copies the
/// file to each node): `path` itself, or a 0600 copy in a private 0700 directory that is
/// removed when the guard is dropped.
pub async fn local_path(path: &Path) -> Result<(PathBuf, Option<tempfile::TempDir>)> {
    if !needs_fetch(path) {
        return Ok((path.to_path_buf(), None));
    }
    let mut src = match fetch_any(path).await? {
        fetch::Opened::Path(p) => return Ok((p, None)),
        fetch::Opened::Temp(file) => file,
    };
    let dir = tempfile::Builder::new()
        .prefix("kubectl-etcd-")
        .tempdir()
        .context("cannot create a private temporary directory (set TMPDIR)")?;
    let dest = dir.path().join("snapshot.db");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    // Owner-only on unix; on Windows the per-user temporary directory is already private.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut out = options
        .open(&dest)
        .with_context(|| format!("cannot create {}", dest.display()))?;
    std::io::Seek::seek(&mut src, std::io::SeekFrom::Start(0))?;
    std::io::copy(&mut src, &mut out)
        .with_context(|| format!("cannot write {}", dest.display()))?;
    Ok((dest, Some(dir)))
}
