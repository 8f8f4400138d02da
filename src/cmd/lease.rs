//! `lease list` and `lease timetolive ID [--keys]`, printed as etcdctl prints them. Kubernetes
//! Events share leases (one per minute or so): `timetolive --keys` shows which keys go with one.

use anyhow::Result;
use etcd_client::LeaseTimeToLiveOptions;
use serde::Serialize;

use super::{emit, emit_doc, unsupported, Ctx};
use crate::cli::{LeaseCommand, LeaseTtlArgs};
use crate::exit::{Code, Failure};
use crate::output::fields::{go_quote, header as fields_header};
use crate::output::model::Header;
use crate::output::Format;

// etcdctl prints the client library's structs, not the protobuf messages: the header is
// embedded (its fields at the top level), IDs are `id`, and keys are `null` when not asked.
#[derive(Debug, Serialize)]
struct LeaseId {
    id: i64,
}

#[derive(Debug, Serialize)]
struct Leases {
    #[serde(flatten)]
    header: Header,
    leases: Vec<LeaseId>,
}

#[derive(Debug, Serialize)]
struct TimeToLive {
    #[serde(flatten)]
    header: Header,
    id: i64,
    ttl: i64,
    #[serde(rename = "granted-ttl")]
    granted_ttl: i64,
    #[serde(serialize_with = "b64_list")]
    keys: Option<Vec<Vec<u8>>>,
}

fn b64_list<S: serde::Serializer>(keys: &Option<Vec<Vec<u8>>>, s: S) -> Result<S::Ok, S::Error> {
    use base64::Engine;
    match keys {
        None => s.serialize_none(),
        Some(keys) => s.collect_seq(
            keys.iter()
                .map(|k| base64::engine::general_purpose::STANDARD.encode(k)),
        ),
    }
}

pub async fn run(ctx: &Ctx, cmd: LeaseCommand) -> Result<Code> {
    if ctx.format() == Format::Table {
        return Err(unsupported(ctx, "lease", "-w simple, json or fields"));
    }
    match cmd {
        LeaseCommand::List => list(ctx).await,
        LeaseCommand::Timetolive(args) => time_to_live(ctx, args).await,
    }
}

async fn list(ctx: &Ctx) -> Result<Code> {
    let target = ctx.target().await?;
    let mut client = target.client().await?;
    let resp = target.request("lease list", client.leases()).await?;
    let leases = Leases {
        header: Header::from(resp.header()).unwrap_or_default(),
        leases: resp
            .leases()
            .iter()
            .map(|l| LeaseId { id: l.id() })
            .collect(),
    };
    let text = match ctx.format() {
        Format::Json | Format::Yaml => return emit_doc(ctx, &leases).map(|_| Code::Success),
        Format::Fields => {
            let mut s = fields_header(Some(&leases.header));
            for l in &leases.leases {
                s.push_str(&format!("\"ID\" : {}\n", l.id));
            }
            s
        }
        _ => {
            let mut s = format!("found {} leases\n", leases.leases.len());
            for l in &leases.leases {
                s.push_str(&format!("{:016x}\n", l.id));
            }
            s
        }
    };
    emit(text)?;
    Ok(Code::Success)
}

/// etcdctl's lease IDs are hex on the command line.
fn parse_id(s: &str) -> Result<i64> {
    i64::from_str_radix(s.trim_start_matches("0x"), 16).map_err(|e| {
        Failure::new(
            Code::BadArgs,
            format!("bad lease ID arg ({e}), expecting ID in Hex"),
        )
        .hint("lease IDs are hexadecimal, as `kubectl etcd lease list` prints them")
        .into()
    })
}

async fn time_to_live(ctx: &Ctx, args: LeaseTtlArgs) -> Result<Code> {
    let id = parse_id(&args.id)?;
    let target = ctx.target().await?;
    let mut client = target.client().await?;
    let opts = args.keys.then(|| LeaseTimeToLiveOptions::new().with_keys());
    let resp = target
        .request("lease timetolive", client.lease_time_to_live(id, opts))
        .await?;
    let ttl = TimeToLive {
        header: Header::from(resp.header()).unwrap_or_default(),
        id: resp.id(),
        ttl: resp.ttl(),
        granted_ttl: resp.granted_ttl(),
        // etcd answers an empty list when none are attached; Go's nil slice prints null.
        keys: Some(resp.keys().to_vec()).filter(|k| !k.is_empty()),
    };
    let text = match ctx.format() {
        Format::Json | Format::Yaml => return emit_doc(ctx, &ttl).map(|_| Code::Success),
        Format::Fields => {
            let mut s = fields_header(Some(&ttl.header));
            s.push_str(&format!("\"ID\" : {}\n", ttl.id));
            s.push_str(&format!("\"TTL\" : {}\n", ttl.ttl));
            s.push_str(&format!("\"GrantedTTL\" : {}\n", ttl.granted_ttl));
            for k in ttl.keys.iter().flatten() {
                s.push_str(&format!("\"Key\" : {}\n", go_quote(k)));
            }
            s
        }
        _ => simple_ttl(&ttl, args.keys),
    };
    emit(text)?;
    Ok(Code::Success)
}

fn simple_ttl(t: &TimeToLive, keys: bool) -> String {
    if t.granted_ttl == 0 && t.ttl == -1 {
        return format!("lease {:016x} already expired\n", t.id);
    }
    let mut s = format!(
        "lease {:016x} granted with TTL({}s), remaining({}s)",
        t.id, t.granted_ttl, t.ttl
    );
    if keys {
        // Go's `%v` of a []string: `[a b c]`.
        let names: Vec<String> = t
            .keys
            .iter()
            .flatten()
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .collect();
        s.push_str(&format!(", attached keys([{}])", names.join(" ")));
    }
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_hex_as_in_etcdctl() {
        assert_eq!(parse_id("694d7a1b2c3d4e5f").unwrap(), 0x694d7a1b2c3d4e5f);
        assert_eq!(parse_id("0x10").unwrap(), 16);
        let e = parse_id("xyz").unwrap_err();
        assert!(e.to_string().contains("expecting ID in Hex"), "{e}");
    }
}
