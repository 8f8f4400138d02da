//! A stored snapshot as something bbolt can read at random: the local file itself when it
//! is a plain snapshot, else an anonymous temporary file (O_TMPFILE, mode 0600, never
//! named, gone when the process ends however it ends) holding the downloaded and
//! decoded bytes. Downloading is needed anyway: bbolt reads pages in any order.

use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use futures_util::StreamExt;
use object_store::ObjectStoreExt;

use super::codec;
use super::location::{self, Location};

pub enum Opened {
    /// A plain local snapshot: map it in place.
    Path(PathBuf),
    /// Downloaded and/or decoded into a private unnamed file.
    Temp(File),
}

pub async fn open(
    what: &str,
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Result<Opened> {
    let raw = match location::parse(what)? {
        Location::Local { path, .. } => {
            if !codec::file_is_wrapped(&path) {
                return Ok(Opened::Path(path));
            }
            File::open(&path).with_context(|| format!("cannot read {}", path.display()))?
        }
        Location::Remote(remote) => {
            let url = remote.url();
            if remote.dir || remote.key.as_ref().is_empty() {
                return Err(crate::exit::Failure::new(
                    crate::exit::Code::BadArgs,
                    format!("{url} is a folder, not a backup"),
                )
                .hint(format!(
                    "name one backup in it; `kubectl etcd snapshot list {url}` shows them"
                ))
                .into());
            }
            let got = remote.store.get(&remote.key).await.map_err(|e| {
                let hint = location::hint(&e);
                anyhow::anyhow!(location::describe(&e)).context(
                    crate::exit::Failure::new(
                        crate::exit::Code::Error,
                        format!("cannot download {url}"),
                    )
                    .hint(hint),
                )
            })?;
            let total = got.meta.size;
            let mut file = private_temp()?;
            let progress = crate::output::progress::Transfer::new("download");
            let mut stream = got.into_stream();
            let mut done = 0u64;
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.with_context(|| format!("download of {url} broke off"))?;
                file.write_all(&chunk)
                    .context("cannot write the temporary copy")?;
                done += chunk.len() as u64;
                progress.update(done, total);
            }
            progress.finish();
            file.seek(SeekFrom::Start(0))?;
            let mut head = [0u8; 34];
            let n = std::io::Read::read(&mut file, &mut head)?;
            file.seek(SeekFrom::Start(0))?;
            if codec::sniff(&head[..n]) == codec::Wrapping::Plain {
                return Ok(Opened::Temp(file));
            }
            file
        }
    };
    let mut out = private_temp()?;
    let input = std::io::BufReader::new(raw);
    // Decoding is CPU work; keep it off the async workers.
    let ids = identities;
    tokio::task::block_in_place(|| codec::decode(input, &mut out, ids, what))?;
    out.flush()?;
    Ok(Opened::Temp(out))
}

/// An unnamed 0600 file in TMPDIR.
fn private_temp() -> Result<File> {
    tempfile::tempfile().context("cannot create a private temporary file in TMPDIR (set TMPDIR to a writable directory with room for the snapshot)")
}
