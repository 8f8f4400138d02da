//! `member remove --node NODE`.

use anyhow::Result;

use super::Ctx;
use crate::exit::{Code, Failure};

pub async fn run(_ctx: &Ctx, _force: bool) -> Result<Code> {
    Err(
        Failure::new(Code::BadArgs, "member remove --node is not available yet")
            .hint("name the member by ID or name: `kubectl etcd member remove ID|NAME`")
            .into(),
    )
}
