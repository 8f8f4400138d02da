//! `usage`: what fills the database — keys, bytes and the largest object per resource type,
//! the first thing to look at before (or after) a NOSPACE alarm.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use super::{emit, emit_doc, Ctx};
use crate::cli::UsageArgs;
use crate::etcd::keyrange;
use crate::exit::Code;
use crate::output::units::humanize_bytes;
use crate::output::{table, Format};

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct ResourceUsage {
    resource: String,
    keys: u64,
    bytes: u64,
    largest_key: String,
    largest_bytes: u64,
}

pub async fn run(ctx: &Ctx, args: UsageArgs) -> Result<Code> {
    let (key, end) = keyrange::range(args.prefix.as_bytes(), None, true, false);
    let range = super::get::read_all(ctx, key, end, args.snapshot.as_deref()).await?;
    let mut by: BTreeMap<String, ResourceUsage> = BTreeMap::new();
    for kv in &range.kvs {
        let key = String::from_utf8_lossy(&kv.key).to_string();
        let size = (kv.key.len() + kv.value.len()) as u64;
        let entry = by.entry(resource_of(&key)).or_default();
        entry.keys += 1;
        entry.bytes += size;
        if size > entry.largest_bytes {
            entry.largest_bytes = size;
            entry.largest_key = key;
        }
    }
    let mut rows: Vec<ResourceUsage> = by
        .into_iter()
        .map(|(resource, u)| ResourceUsage { resource, ..u })
        .collect();
    rows.sort_by(|a, b| {
        b.bytes
            .cmp(&a.bytes)
            .then_with(|| a.resource.cmp(&b.resource))
    });
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &rows)?,
        Format::Simple | Format::Table | Format::Fields => {
            let total: u64 = rows.iter().map(|r| r.bytes).sum();
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.resource.clone(),
                        r.keys.to_string(),
                        humanize_bytes(r.bytes),
                        format!("{}%", (r.bytes * 100).checked_div(total).unwrap_or(0)),
                        r.largest_key.clone(),
                        humanize_bytes(r.largest_bytes),
                    ]
                })
                .collect();
            emit(table::render_left(
                &[
                    "RESOURCE",
                    "KEYS",
                    "BYTES",
                    "SHARE",
                    "LARGEST",
                    "LARGEST SIZE",
                ],
                &cells,
            ))?;
        }
    }
    Ok(Code::Success)
}

/// `/registry/<resource>/…`, or `<group>/<resource>` for API groups stored under their
/// group name (custom resources, apiregistration, …).
fn resource_of(key: &str) -> String {
    let mut parts = key.trim_start_matches('/').split('/');
    let _registry = parts.next();
    match (parts.next(), parts.next()) {
        (Some(first), Some(second)) if first.contains('.') => format!("{first}/{second}"),
        (Some(first), _) => first.to_string(),
        _ => key.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn resource_types_from_keys() {
        assert_eq!(super::resource_of("/registry/pods/default/x"), "pods");
        assert_eq!(super::resource_of("/registry/minions/node-1"), "minions");
        assert_eq!(
            super::resource_of("/registry/fixtures.example.com/widgets/ns/w"),
            "fixtures.example.com/widgets"
        );
        assert_eq!(
            super::resource_of("/registry/apiregistration.k8s.io/apiservices/v1.x"),
            "apiregistration.k8s.io/apiservices"
        );
    }
}
