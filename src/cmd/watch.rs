//! `watch`: print every change of a key or range until Ctrl-C.

use anyhow::{Context, Result};
use etcd_client::{EventType, WatchOptions};

use super::{emit, emit_doc, unsupported, Ctx};
use crate::cli::WatchArgs;
use crate::etcd::keyrange;
use crate::exit::{Code, Failure};
use crate::output::model::{Header, Kv, WatchEvent, WatchResponse};
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, args: WatchArgs) -> Result<Code> {
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, "watch", "-w simple or -w json"));
    }
    let (key, end) = keyrange::range(
        args.key.as_bytes(),
        args.range_end.as_deref().map(str::as_bytes),
        args.prefix,
        false,
    );
    let mut opts = WatchOptions::new().with_start_revision(args.rev);
    if !end.is_empty() {
        opts = opts.with_range(end);
    }
    if args.prev_kv {
        opts = opts.with_prev_key();
    }
    let target = ctx.target().await?;
    let mut client = target.client().await?;
    // No --command-timeout: a watch runs until the user stops it.
    let mut stream = client
        .watch(key, Some(opts))
        .await
        .context("cannot start the watch")?;
    // A write to a pipe nobody reads (`kubectl etcd watch … | less`, paused) blocks the loop
    // below where it cannot see Ctrl-C. From here on there is nothing to clean up (any helper
    // pod of the setup is gone), so end the process if the loop has not ended shortly after.
    tokio::spawn(async {
        crate::interrupt::interrupted().await;
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        std::process::exit(Code::Interrupted as i32);
    });
    loop {
        let msg = tokio::select! {
            _ = crate::interrupt::interrupted() => return Ok(Code::Interrupted),
            msg = stream.message() => msg,
        };
        let Some(resp) = msg.context("the watch stream failed")? else {
            return Err(Failure::new(Code::SnapshotFailed, "watch closed by the server").into());
        };
        if resp.canceled() {
            let mut reason = resp.cancel_reason().to_string();
            if resp.compact_revision() != 0 {
                reason = format!(
                    "required revision {} has been compacted (oldest available: {})",
                    args.rev,
                    resp.compact_revision()
                );
            }
            return Err(Failure::new(
                Code::SnapshotFailed,
                format!("watch canceled by the server: {reason}"),
            )
            .into());
        }
        let events: Vec<WatchEvent> = resp
            .events()
            .iter()
            .filter_map(|e| {
                Some(WatchEvent {
                    kind: if e.event_type() == EventType::Delete {
                        1
                    } else {
                        0
                    },
                    kv: Kv::from(e.kv()?),
                    prev_kv: e.prev_kv().map(Kv::from),
                })
            })
            .collect();
        if events.is_empty() {
            continue; // the "created" notification and progress notifications carry no events
        }
        match ctx.format() {
            Format::Json | Format::Yaml => emit_doc(
                ctx,
                &WatchResponse {
                    header: Header::from(resp.header()),
                    events,
                    compact_revision: resp.compact_revision(),
                    canceled: false,
                    created: resp.created(),
                },
            )?,
            Format::Fields => emit(crate::output::fields::watch(
                Header::from(resp.header()).as_ref(),
                &events,
            ))?,
            _ => {
                for ev in &events {
                    emit(render::watch_event(ev))?;
                }
            }
        }
    }
}
