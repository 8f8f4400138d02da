//! `member list`.

use anyhow::Result;

use super::{emit, emit_doc, Ctx};
use crate::cli::MemberCommand;
use crate::exit::Code;
use crate::output::model::MemberList;
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, cmd: MemberCommand) -> Result<Code> {
    match cmd {
        MemberCommand::List => {
            let target = ctx.target().await?;
            let mut client = target.client().await?;
            let resp = target.request("member list", client.member_list()).await?;
            let list = MemberList::from(&resp);
            match ctx.format() {
                Format::Json | Format::Yaml => emit_doc(ctx, &list)?,
                Format::Table => emit(render::member_list(&list, true))?,
                Format::Fields => emit(crate::output::fields::member_list(&list))?,
                Format::Simple => emit(render::member_list(&list, false))?,
            }
            Ok(Code::Success)
        }
    }
}
