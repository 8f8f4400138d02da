//! `defrag`: defragment each endpoint in turn (each blocks while it runs).

use std::time::Instant;

use anyhow::Result;

use super::{emit, endpoint::scope, put::endpoints, Ctx};
use crate::confirm::confirm;
use crate::exit::{Code, Failure};
use crate::output::human_duration::human_duration;

pub async fn run(ctx: &Ctx) -> Result<Code> {
    let target = scope(ctx).await?;
    confirm(
        &format!(
            "Defragment {} (each member stops serving while it runs)?",
            endpoints(&target)
        ),
        ctx.global.yes,
    )?;
    let mut failed = 0;
    for ep in &target.endpoints {
        let start = Instant::now();
        // Defragmenting a large db takes long: no --command-timeout unless given.
        let result = async {
            let mut client = target.client_for(ep).await?;
            match target.command_timeout {
                Some(_) => target
                    .request("defragment", client.defragment())
                    .await
                    .map(drop),
                None => client
                    .defragment()
                    .await
                    .map(drop)
                    .map_err(|e| crate::etcd::RequestError::from(e).into()),
            }
        }
        .await;
        let took = human_duration(start.elapsed());
        match result {
            Ok(()) => emit(format!(
                "Finished defragmenting etcd member[{ep}]. took {took}\n"
            ))?,
            Err(e) => {
                failed += 1;
                eprintln!("Failed to defragment etcd member[{ep}]. took {took}. ({e:#})");
            }
        }
    }
    if failed > 0 {
        return Err(Failure::new(
            Code::Error,
            format!("defragmentation failed on {failed} endpoint(s)"),
        )
        .into());
    }
    Ok(Code::Success)
}
