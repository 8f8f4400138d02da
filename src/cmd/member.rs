//! `member list|add|remove|update|promote`, as etcdctl prints them; members may be named by
//! hex ID or by name. `member remove --node` is in [`super::member_remove_node`].

use anyhow::Result;
use etcd_client::MemberAddOptions;

use super::{emit, emit_doc, unsupported, Ctx};
use crate::cli::{MemberAddArgs, MemberCommand, MemberRefArgs, MemberRemoveArgs, MemberUpdateArgs};
use crate::etcd::membership::{explain, resolve};
use crate::etcd::Target;
use crate::exit::{Code, Failure};
use crate::output::model::{MemberChange, MemberList};
use crate::output::{render, Format};

pub async fn run(ctx: &Ctx, cmd: MemberCommand) -> Result<Code> {
    match cmd {
        MemberCommand::List => {
            let target = ctx.target().await?;
            let list = list(&target).await?;
            match ctx.format() {
                Format::Json | Format::Yaml => emit_doc(ctx, &list)?,
                Format::Table => emit(render::member_list(&list, true))?,
                Format::Fields => emit(crate::output::fields::member_list(&list))?,
                Format::Simple => emit(render::member_list(&list, false))?,
            }
            Ok(Code::Success)
        }
        MemberCommand::Add(args) => add(ctx, args).await,
        MemberCommand::Remove(args) => remove(ctx, args).await,
        MemberCommand::Update(args) => update(ctx, args).await,
        MemberCommand::Promote(args) => promote(ctx, args).await,
        MemberCommand::Resync(args) => super::resync::run(ctx, args).await,
    }
}

pub(super) async fn list(target: &Target) -> Result<MemberList> {
    let mut client = target.client().await?;
    let resp = target.request("member list", client.member_list()).await?;
    Ok(MemberList::from(&resp))
}

/// etcdctl has no table for membership changes (exit 4); we refuse before changing anything.
fn no_table(ctx: &Ctx, command: &'static str) -> Result<()> {
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, command, "-w simple or -w json"));
    }
    Ok(())
}

fn cluster_id(change: &MemberChange) -> u64 {
    change
        .header
        .as_ref()
        .map(|h| h.cluster_id)
        .unwrap_or_default()
}

/// Prints a change: etcdctl's one line (`Member <id> <verb> cluster <id>`), or its JSON.
fn print_change(ctx: &Ctx, id: u64, verb: &str, change: &MemberChange) -> Result<()> {
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, change),
        _ => emit(format!(
            "Member {id:16x} {verb} cluster {:16x}\n",
            cluster_id(change)
        )),
    }
}

async fn add(ctx: &Ctx, args: MemberAddArgs) -> Result<Code> {
    no_table(ctx, "member add")?;
    let urls: Vec<String> = args
        .peer_urls
        .iter()
        .map(|u| u.trim().to_string())
        .collect();
    if urls.iter().any(String::is_empty) {
        return Err(
            Failure::new(Code::BadArgs, "member peer urls not provided.")
                .hint("pass --peer-urls https://HOST:2380 (comma list)")
                .into(),
        );
    }
    let target = ctx.target().await?;
    let mut client = target.client().await?;
    let options = args
        .learner
        .then(|| MemberAddOptions::new().with_is_learner());
    let resp = target
        .request("member add", client.member_add(urls.clone(), options))
        .await
        .map_err(explain)?;
    let change = MemberChange::new(resp.header(), resp.member(), resp.member_list());
    let new_id = change.member.as_ref().map(|m| m.id).unwrap_or_default();
    print_change(ctx, new_id, "added to", &change)?;
    if ctx.format() == Format::Simple {
        emit(start_settings(&args.name, new_id, &urls, &change))?;
    }
    Ok(Code::Success)
}

/// What etcdctl prints after `member add`: the settings to start the new member with.
fn start_settings(name: &str, new_id: u64, urls: &[String], change: &MemberChange) -> String {
    let initial: Vec<String> = change
        .members
        .iter()
        .flat_map(|m| {
            let n = if m.id == new_id { name } else { &m.name };
            m.peer_urls.iter().map(move |u| format!("{n}={u}"))
        })
        .collect();
    format!(
        "\nETCD_NAME={}\nETCD_INITIAL_CLUSTER={}\nETCD_INITIAL_ADVERTISE_PEER_URLS={}\nETCD_INITIAL_CLUSTER_STATE=\"existing\"\n",
        go_quote(name),
        go_quote(&initial.join(",")),
        go_quote(&urls.join(","))
    )
}

/// Go's `%q` for the strings etcdctl quotes (names and URLs).
fn go_quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

async fn remove(ctx: &Ctx, args: MemberRemoveArgs) -> Result<Code> {
    let Some(member) = args.member else {
        if !ctx.global.node.is_empty() {
            return super::member_remove_node::run(ctx, args.force).await;
        }
        return Err(Failure::new(Code::BadArgs, "member ID is not provided")
            .hint("pass the member's ID (hex) or name, or --node NODE for a control-plane node that is gone")
            .into());
    };
    if args.force {
        return Err(Failure::new(Code::BadArgs, "--force goes with --node only").into());
    }
    no_table(ctx, "member remove")?;
    let target = ctx.target().await?;
    let id = resolve(&list(&target).await?, &member)?;
    crate::confirm::confirm(
        &format!("Remove member {id:x} from the cluster?"),
        ctx.global.yes,
    )?;
    let mut client = target.client().await?;
    let resp = target
        .request("member remove", client.member_remove(id))
        .await
        .map_err(explain)?;
    let change = MemberChange::new(resp.header(), None, resp.members());
    print_change(ctx, id, "removed from", &change)?;
    Ok(Code::Success)
}

async fn update(ctx: &Ctx, args: MemberUpdateArgs) -> Result<Code> {
    no_table(ctx, "member update")?;
    let target = ctx.target().await?;
    let id = resolve(&list(&target).await?, &args.member)?;
    let mut client = target.client().await?;
    let resp = target
        .request("member update", client.member_update(id, args.peer_urls))
        .await
        .map_err(explain)?;
    let change = MemberChange::new(resp.header(), None, resp.members());
    print_change(ctx, id, "updated in", &change)?;
    Ok(Code::Success)
}

async fn promote(ctx: &Ctx, args: MemberRefArgs) -> Result<Code> {
    no_table(ctx, "member promote")?;
    let target = ctx.target().await?;
    let id = resolve(&list(&target).await?, &args.member)?;
    let mut client = target.client().await?;
    let resp = target
        .request("member promote", client.member_promote(id))
        .await
        .map_err(explain)?;
    let change = MemberChange::new(resp.header(), None, resp.members());
    print_change(ctx, id, "promoted in", &change)?;
    Ok(Code::Success)
}
