//! `alarm list` and `alarm disarm`.

use anyhow::Result;
use etcd_client::{AlarmAction, AlarmOptions, AlarmType};

use super::{emit, emit_doc, put::endpoints, unsupported, Ctx};
use crate::cli::AlarmCommand;
use crate::confirm::confirm;
use crate::exit::Code;
use crate::output::model::Alarms;
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, cmd: AlarmCommand) -> Result<Code> {
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, "alarm", "-w simple or -w json"));
    }
    let target = ctx.target().await?;
    let mut client = target.client().await?;
    let list = target
        .request(
            "alarm list",
            client.alarm(AlarmAction::Get, AlarmType::None, None),
        )
        .await?;
    let alarms = Alarms::from(&list);
    if let AlarmCommand::Disarm = cmd {
        if !alarms.alarms.is_empty() {
            confirm(
                &format!("Disarm {} alarm(s) on {} (do it only after freeing space or fixing corruption)?", alarms.alarms.len(), endpoints(&target)),
                ctx.global.yes,
            )?;
        }
        // etcdctl deactivates each listed alarm, naming its member and type.
        for a in &alarms.alarms {
            let mut opts = AlarmOptions::new();
            opts.with_member(a.member_id);
            let kind = AlarmType::try_from(a.alarm).unwrap_or(AlarmType::None);
            target
                .request(
                    "alarm disarm",
                    client.alarm(AlarmAction::Deactivate, kind, Some(opts)),
                )
                .await?;
        }
    }
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &alarms)?,
        _ => emit(render::alarms(&alarms))?,
    }
    Ok(Code::Success)
}
