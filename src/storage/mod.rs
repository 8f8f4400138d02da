//! Where backups live: a local path or an object-store URL (`s3://`, `gs://`, `azblob://`,
//! `file://`), and what is done to the bytes on the way (zstd, age encryption).
//!
//! * [`location`] — parsing a destination and building its object store from the
//!   environment (AWS_*, GOOGLE_*, AZURE_* variables, AWS profiles);
//! * [`codec`] — compression and encryption as streaming writers, and detection on read;
//! * [`upload`] — a multipart upload behind `std::io::Write`, completed only on request;
//! * [`fetch`] — a snapshot from any location as a private local file to map;
//! * [`catalog`] — the backups under a prefix (`snapshot list`) and retention (`prune`).
//!
//! This module knows nothing of etcd: the snapshot bytes are opaque here.

pub mod aws_profile;
pub mod catalog;
pub mod codec;
pub mod fetch;
pub mod location;
pub mod upload;

pub use location::Remote;
