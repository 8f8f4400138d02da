//! `snapshot restore`: not implemented yet.

use anyhow::Result;

use super::Ctx;
use crate::cli::SnapshotRestoreArgs;
use crate::exit::{Code, Failure};

pub async fn run(_ctx: &Ctx, _args: SnapshotRestoreArgs) -> Result<Code> {
    Err(
        Failure::new(Code::Error, "snapshot restore is not available yet")
            .hint("see README, \"Restore by hand\"")
            .into(),
    )
}
