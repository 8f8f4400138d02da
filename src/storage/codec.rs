//! zstd compression and age encryption as layers of a streaming writer (compress, then
//! encrypt: ciphertext does not compress), and the reverse on read, told apart by their
//! magic bytes so that readers need no flag. Plaintext only ever exists in memory here.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;
use std::str::FromStr;

use anyhow::{anyhow, bail, Context, Result};

const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];
const AGE_MAGIC: &[u8] = b"age-encryption.org/";
const AGE_ARMOR: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// What to do to a snapshot before it leaves the process.
#[derive(Default, Clone)]
pub struct Encoding {
    pub compress: bool,
    pub recipients: Vec<age::x25519::Recipient>,
}

impl Encoding {
    /// `--encrypt-to` values and `--recipients-file` files (age's format: one `age1…` per
    /// line, `#` comments).
    pub fn new(
        compress: bool,
        encrypt_to: &[String],
        recipients_files: &[std::path::PathBuf],
    ) -> Result<Self> {
        let mut recipients = Vec::new();
        for r in encrypt_to {
            recipients.push(recipient(r).with_context(|| format!("--encrypt-to {r}"))?);
        }
        for file in recipients_files {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read --recipients-file {}", file.display()))?;
            let before = recipients.len();
            for line in text.lines().map(str::trim) {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                recipients.push(
                    recipient(line)
                        .with_context(|| format!("--recipients-file {}", file.display()))?,
                );
            }
            if recipients.len() == before {
                bail!(
                    "--recipients-file {} holds no recipient (expected lines of age1…)",
                    file.display()
                );
            }
        }
        Ok(Self {
            compress,
            recipients,
        })
    }

    pub fn encrypt(&self) -> bool {
        !self.recipients.is_empty()
    }

    /// `.zst`, `.age` or both, after `.db`.
    pub fn suffix(&self) -> String {
        let mut s = String::new();
        if self.compress {
            s.push_str(".zst");
        }
        if self.encrypt() {
            s.push_str(".age");
        }
        s
    }
}

fn recipient(s: &str) -> Result<age::x25519::Recipient> {
    age::x25519::Recipient::from_str(s).map_err(|e| {
        anyhow!("not an age X25519 recipient ({e}): expected age1… as printed by `age-keygen -y KEYFILE`")
    })
}

/// The writer chain in front of `W`.
pub enum Encoder<W: Write> {
    Plain(W),
    Zstd(zstd::Encoder<'static, W>),
    Age(age::stream::StreamWriter<W>),
    ZstdAge(zstd::Encoder<'static, age::stream::StreamWriter<W>>),
}

impl<W: Write> Encoder<W> {
    pub fn new(out: W, enc: &Encoding) -> io::Result<Self> {
        let encrypt = |out: W| {
            let recipients = enc.recipients.iter().map(|r| r as &dyn age::Recipient);
            age::Encryptor::with_recipients(recipients)
                .map_err(io::Error::other)?
                .wrap_output(out)
        };
        Ok(match (enc.compress, enc.encrypt()) {
            (false, false) => Self::Plain(out),
            (true, false) => Self::Zstd(zstd_writer(out)?),
            (false, true) => Self::Age(encrypt(out)?),
            (true, true) => Self::ZstdAge(zstd_writer(encrypt(out)?)?),
        })
    }

    /// Ends every layer (zstd's last frame, age's last chunk) and returns the sink.
    pub fn finish(self) -> io::Result<W> {
        match self {
            Self::Plain(w) => Ok(w),
            Self::Zstd(z) => z.finish(),
            Self::Age(a) => a.finish(),
            Self::ZstdAge(z) => z.finish()?.finish(),
        }
    }
}

fn zstd_writer<W: Write>(out: W) -> io::Result<zstd::Encoder<'static, W>> {
    let mut z = zstd::Encoder::new(out, 3)?;
    // The frame says its checksum, so a corrupt object fails on read, not in bbolt.
    z.include_checksum(true)?;
    Ok(z)
}

impl<W: Write> Write for Encoder<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Self::Plain(w) => w.write(buf),
            Self::Zstd(w) => w.write(buf),
            Self::Age(w) => w.write(buf),
            Self::ZstdAge(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Self::Plain(w) => w.flush(),
            Self::Zstd(w) => w.flush(),
            Self::Age(w) => w.flush(),
            Self::ZstdAge(w) => w.flush(),
        }
    }
}

/// How a stored snapshot is wrapped, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrapping {
    Plain,
    Zstd,
    Age,
}

pub fn sniff(head: &[u8]) -> Wrapping {
    if head.starts_with(AGE_MAGIC) || head.starts_with(AGE_ARMOR) {
        Wrapping::Age
    } else if head.starts_with(&ZSTD_MAGIC) {
        Wrapping::Zstd
    } else {
        Wrapping::Plain
    }
}

/// age identities from `--identity` files (age-keygen's format).
pub fn identities(
    files: &[std::path::PathBuf],
) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>> {
    let mut all = Vec::new();
    for file in files {
        let parsed = age::IdentityFile::from_file(file.display().to_string())
            .with_context(|| format!("cannot read --identity {}", file.display()))?;
        let ids = parsed
            .into_identities()
            .map_err(|e| anyhow!("--identity {}: {e}", file.display()))?;
        if ids.is_empty() {
            bail!(
                "--identity {} holds no age identity (AGE-SECRET-KEY-1…)",
                file.display()
            );
        }
        all.extend(ids);
    }
    Ok(all)
}

/// Undoes every layer of `input` into `out`; `what` names the source for errors. Returns
/// whether it was compressed and whether encrypted.
pub fn decode(
    input: impl Read,
    out: &mut impl Write,
    identities: &[Box<dyn age::Identity + Send + Sync>],
    what: &str,
) -> Result<(bool, bool)> {
    let mut input = BufReader::with_capacity(1 << 20, input);
    let head = input
        .fill_buf()
        .with_context(|| format!("cannot read {what}"))?;
    match sniff(head) {
        Wrapping::Plain => {
            io::copy(&mut input, out).with_context(|| format!("cannot read {what}"))?;
            Ok((false, false))
        }
        Wrapping::Zstd => {
            let mut z = zstd::Decoder::with_buffer(input)
                .with_context(|| format!("cannot decompress {what}"))?;
            io::copy(&mut z, out).with_context(|| {
                format!("cannot decompress {what}: corrupt or truncated zstd data")
            })?;
            Ok((true, false))
        }
        Wrapping::Age => {
            if head.starts_with(AGE_ARMOR) {
                bail!("{what} is ASCII-armored age; de-armor it first (`age -d`), or save without armor");
            }
            if identities.is_empty() {
                return Err(anyhow!("{what} is encrypted with age").context(
                    crate::exit::Failure::new(crate::exit::Code::BadArgs, format!("{what} is encrypted"))
                        .hint("pass --identity FILE with the age key (AGE-SECRET-KEY-1…) of one of its recipients"),
                ));
            }
            let decryptor = age::Decryptor::new_buffered(input)
                .with_context(|| format!("{what}: not a valid age file"))?;
            let reader = decryptor
                .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
                .map_err(|e| {
                    anyhow!("{e}").context(
                        crate::exit::Failure::new(crate::exit::Code::Error, format!("cannot decrypt {what}"))
                            .hint("none of the --identity keys is a recipient of this backup: pass the key it was encrypted to"),
                    )
                })?;
            let mut plain = BufReader::with_capacity(1 << 20, reader);
            let inner = plain
                .fill_buf()
                .with_context(|| format!("cannot decrypt {what}: corrupt or truncated"))?;
            if sniff(inner) == Wrapping::Zstd {
                let mut z = zstd::Decoder::with_buffer(plain)
                    .with_context(|| format!("cannot decompress {what}"))?;
                io::copy(&mut z, out).with_context(|| {
                    format!("cannot decrypt and decompress {what}: corrupt or truncated")
                })?;
                Ok((true, true))
            } else {
                io::copy(&mut plain, out)
                    .with_context(|| format!("cannot decrypt {what}: corrupt or truncated"))?;
                Ok((false, true))
            }
        }
    }
}

/// Whether a local file needs decoding before bbolt can read it.
pub fn file_is_wrapped(path: &Path) -> bool {
    let mut head = [0u8; 34];
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let n = f.read(&mut head).unwrap_or(0);
    sniff(&head[..n]) != Wrapping::Plain
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::ExposeSecret;

    #[test]
    fn round_trips_every_combination() {
        let key = age::x25519::Identity::generate();
        let other = age::x25519::Identity::generate();
        let data: Vec<u8> = (0..300_000u32)
            .flat_map(|i| (i % 251).to_le_bytes())
            .collect();
        for (compress, encrypt) in [(false, false), (true, false), (false, true), (true, true)] {
            let enc = Encoding::new(
                compress,
                &if encrypt {
                    vec![key.to_public().to_string()]
                } else {
                    vec![]
                },
                &[],
            )
            .unwrap();
            let mut w = Encoder::new(Vec::new(), &enc).unwrap();
            w.write_all(&data).unwrap();
            let stored = w.finish().unwrap();
            assert_eq!(stored == data, !compress && !encrypt);
            let ids: Vec<Box<dyn age::Identity + Send + Sync>> = vec![Box::new(key.clone())];
            let mut out = Vec::new();
            let flags = decode(&stored[..], &mut out, &ids, "x").unwrap();
            assert_eq!(flags, (compress, encrypt));
            assert_eq!(out, data);
            if encrypt {
                let wrong: Vec<Box<dyn age::Identity + Send + Sync>> =
                    vec![Box::new(other.clone())];
                let err = decode(&stored[..], &mut Vec::new(), &wrong, "x").unwrap_err();
                assert!(format!("{err:#}").contains("cannot decrypt x"), "{err:#}");
                assert!(decode(&stored[..], &mut Vec::new(), &[], "x").is_err());
            }
        }
        let _ = key.to_string().expose_secret().len();
    }

    #[test]
    fn bad_recipient_is_explained() {
        let err = Encoding::new(false, &["age1nope".into()], &[])
            .err()
            .unwrap();
        assert!(format!("{err:#}").contains("age-keygen -y"));
    }
}
