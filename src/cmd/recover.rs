//! `snapshot extract` and `snapshot diff`: recover one object, not the whole cluster.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;
use serde_json::Value;

use super::get::{read_all, Selector};
use super::{emit, emit_doc, Ctx};
use crate::cli::{SnapshotDiffArgs, SnapshotExtractArgs};
use crate::decode::{self, DecodeError};
use crate::etcd::keyrange;
use crate::exit::{Code, Failure};
use crate::output::model::Kv;
use crate::output::{table, yaml, Format};
use crate::resources;

pub fn extract(ctx: &Ctx, args: SnapshotExtractArgs) -> Result<Code> {
    if args.objects.is_empty() && !args.all {
        return Err(Failure::new(
            Code::BadArgs,
            "name what to extract: TYPE/NAME, TYPE NAME, TYPE, or --all",
        )
        .hint("e.g. kubectl etcd snapshot extract backup.db deployment/web -n prod")
        .into());
    }
    let ranges = ranges(
        &args.objects,
        args.namespace.as_deref(),
        args.all,
        &args.etcd_prefix,
    )?;
    let enc = ctx.encryption()?;
    let selector = args.selector.as_deref().map(Selector::parse).transpose()?;
    let mut docs: Vec<(String, Value, Vec<String>)> = Vec::new();
    let mut refused = Vec::new();
    for (key, end, named) in ranges {
        let range = super::snapshot::offline_range(&args.file, &key, &end, &plain_get(&args.file))?;
        if named && range.kvs.is_empty() {
            return Err(Failure::new(
                Code::Error,
                format!("{} is not in the backup", String::from_utf8_lossy(&key)),
            )
            .hint("list what is there: kubectl etcd get --snapshot FILE TYPE -n NS --keys-only")
            .into());
        }
        for kv in &range.kvs {
            let key = String::from_utf8_lossy(&kv.key).to_string();
            match decode::decode(&kv.key, &kv.value, kv.mod_revision, enc.as_ref()) {
                Ok(d) => {
                    if selector
                        .as_ref()
                        .is_some_and(|s| !s.matches(&d.object["metadata"]["labels"]))
                    {
                        continue;
                    }
                    let (clean, dropped) = crate::recover::apply_ready(&d.object);
                    docs.push((key, clean, dropped));
                }
                Err(
                    e @ (DecodeError::Encrypted { .. }
                    | DecodeError::NeedsKms { .. }
                    | DecodeError::Decrypt { .. }
                    | DecodeError::UnknownKey { .. }),
                ) => refused.push(format!("{key}: {e}")),
                // Not every key under a type is an object (e.g. range allocators): skip quietly
                // only when the whole backup is being extracted.
                Err(e) if named => {
                    return Err(anyhow::Error::new(e).context(format!("cannot decode {key}")))
                }
                Err(_) => {}
            }
        }
    }
    if !refused.is_empty() {
        return Err(Failure::new(
            Code::Error,
            format!(
                "{} object(s) are encrypted at rest and cannot be extracted:\n  {}",
                refused.len(),
                refused.join("\n  ")
            ),
        )
        .hint("pass kube-apiserver's encryption config with --encryption-config")
        .into());
    }
    match ctx.format() {
        Format::Json => {
            let items: Vec<Value> = docs.iter().map(|(_, o, _)| o.clone()).collect();
            emit(crate::output::gojson::to_string(
                &serde_json::json!({"apiVersion": "v1", "kind": "List", "items": items}),
            ))?;
        }
        _ => {
            let mut out = String::new();
            for (key, object, dropped) in &docs {
                out.push_str(&format!("---\n# from {key} in {}\n", args.file.display()));
                if !dropped.is_empty() {
                    out.push_str(&format!(
                        "# dropped (set by the API server): {}\n",
                        dropped.join(", ")
                    ));
                }
                out.push_str(&yaml::to_yaml(object)?);
            }
            emit(out)?;
        }
    }
    eprintln!(
        "{} object(s) extracted from {}",
        docs.len(),
        args.file.display()
    );
    Ok(Code::Success)
}

/// A key range to extract: (start, end, whether it names exactly one object).
type Wanted = (Vec<u8>, Vec<u8>, bool);

/// The ranges for the requested objects or types.
fn ranges(objects: &[String], ns: Option<&str>, all: bool, p: &str) -> Result<Vec<Wanted>> {
    if all {
        let start = match ns {
            Some(_) => None,
            None => Some(format!("{}/", p.trim_end_matches('/'))),
        };
        return Ok(match start {
            Some(prefix) => vec![prefix_range(prefix)],
            // Every namespaced type in that namespace: one range per known type.
            None => Vec::new(),
        }
        .into_iter()
        .chain(ns.into_iter().flat_map(|ns| {
            resources::namespaced()
                .into_iter()
                .map(move |r| prefix_range(resources::prefix(p, &r, Some(ns))))
        }))
        .collect());
    }
    let unknown = |w: &str| {
        Failure::new(
            Code::BadArgs,
            format!("{w:?} is not a resource type kubectl-etcd knows"),
        )
        .hint("use kubectl's names (deploy, svc, cm, secret, …) or <plural>.<group>")
    };
    let mut out = Vec::new();
    let mut words = objects.iter();
    let mut current: Option<resources::Resource> = None;
    while let Some(w) = words.next() {
        if let Some((t, name)) = w.split_once('/') {
            let r = resources::lookup(t).ok_or_else(|| unknown(t))?;
            out.push((
                resources::key(p, &r, ns.unwrap_or("default"), name).into_bytes(),
                Vec::new(),
                true,
            ));
            current = None;
        } else if let Some(r) = current.as_ref() {
            out.push((
                resources::key(p, r, ns.unwrap_or("default"), w).into_bytes(),
                Vec::new(),
                true,
            ));
        } else {
            let r = resources::lookup(w).ok_or_else(|| unknown(w))?;
            let has_names = words.clone().next().is_some_and(|n| !n.contains('/'));
            if !has_names {
                out.push(prefix_range(resources::prefix(
                    p,
                    &r,
                    ns.or(Some("default")).filter(|_| r.namespaced),
                )));
            }
            current = Some(r);
        }
    }
    Ok(out)
}

fn prefix_range(prefix: String) -> Wanted {
    let end = keyrange::prefix_end(prefix.as_bytes());
    (prefix.into_bytes(), end, false)
}

fn plain_get(file: &std::path::Path) -> crate::cli::GetArgs {
    crate::cli::GetArgs {
        key: String::new(),
        range_end: None,
        prefix: false,
        from_key: false,
        keys_only: false,
        print_value_only: false,
        count_only: false,
        limit: 0,
        rev: 0,
        sort_by: None,
        order: None,
        snapshot: Some(file.to_path_buf()),
        decode: false,
        raw: false,
        namespace: None,
        all_namespaces: false,
        selector: None,
        etcd_prefix: "/registry".into(),
        show_managed_fields: false,
    }
}

#[derive(Debug, Serialize)]
struct Change {
    resource: String,
    name: String,
    /// `added` (exists now, not in the backup), `deleted` (in the backup, gone now), `modified`.
    change: &'static str,
    /// With objects named: the unified diff of the object's YAML.
    #[serde(skip_serializing_if = "Option::is_none")]
    diff: Option<String>,
}

fn in_range(key: &[u8], (start, end, _): &Wanted) -> bool {
    if end.is_empty() {
        key == start.as_slice()
    } else {
        key >= start.as_slice() && key < end.as_slice()
    }
}

/// The object as YAML for a field-level diff: decoded like `get -o yaml`, without
/// `managedFields` (bookkeeping that changes with every write and would bury the change).
fn diffable(ctx_enc: Option<&decode::EncryptionConfig>, key: &[u8], kv: Option<&Kv>) -> String {
    let Some(kv) = kv else {
        return String::new();
    };
    match decode::decode(key, &kv.value, kv.mod_revision, ctx_enc) {
        Ok(mut d) => {
            if let Some(meta) = d.object.get_mut("metadata").and_then(Value::as_object_mut) {
                meta.remove("managedFields");
            }
            let mut text = yaml::to_yaml(&d.object)
                .unwrap_or_else(|e| format!("# cannot show as YAML: {e}\n"));
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text
        }
        Err(e) => format!("# cannot decode: {e}\n"),
    }
}

pub async fn diff(ctx: &Ctx, args: SnapshotDiffArgs) -> Result<Code> {
    let prefix = format!("{}/", args.etcd_prefix.trim_end_matches('/'));
    let (key, end) = keyrange::range(prefix.as_bytes(), None, true, false);
    let before = read_all(ctx, key.clone(), end.clone(), Some(&args.file)).await?;
    let after = read_all(ctx, key, end, args.against.as_deref()).await?;
    // Borrowed: a whole backup is compared, and nothing here needs its own copy.
    fn index(kvs: &[Kv]) -> BTreeMap<&[u8], &Kv> {
        kvs.iter().map(|kv| (kv.key.as_slice(), kv)).collect()
    }
    let (mut old, mut new) = (index(&before.kvs), index(&after.kvs));
    let against = args
        .against
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "the live cluster".into());
    let named = !args.objects.is_empty();
    if named {
        let wanted = ranges(
            &args.objects,
            args.namespace.as_deref(),
            false,
            &args.etcd_prefix,
        )?;
        old.retain(|k, _| wanted.iter().any(|w| in_range(k, w)));
        new.retain(|k, _| wanted.iter().any(|w| in_range(k, w)));
        if let Some((key, _, _)) = wanted.iter().find(|(key, _, exact)| {
            *exact && !old.contains_key(key.as_slice()) && !new.contains_key(key.as_slice())
        }) {
            return Err(Failure::new(
                Code::Error,
                format!(
                    "{} is neither in {} nor in {against}",
                    String::from_utf8_lossy(key),
                    args.file.display(),
                ),
            )
            .hint("check the name and -n NAMESPACE; list the backup with: kubectl etcd get --snapshot FILE TYPE -n NS --keys-only")
            .into());
        }
    }
    let enc = if named { ctx.encryption()? } else { None };
    // Named objects are shown whatever their type.
    let noisy = |res: &str| !args.all && !named && matches!(res, "events" | "leases");
    let mut changes = Vec::new();
    for key in old
        .keys()
        .chain(new.keys().filter(|k| !old.contains_key(*k)))
    {
        let change = match (old.get(key), new.get(key)) {
            (Some(_), None) => "deleted",
            (None, Some(_)) => "added",
            (Some(a), Some(b)) if a.value != b.value => "modified",
            _ => continue,
        };
        let (resource, name) = resources::of_key(&args.etcd_prefix, &String::from_utf8_lossy(key));
        if noisy(&resource) {
            continue;
        }
        let diff = named.then(|| {
            let key_s = String::from_utf8_lossy(key);
            crate::output::diff::unified(
                &format!("{key_s} ({})", args.file.display()),
                &format!("{key_s} ({against})"),
                &diffable(enc.as_ref(), key, old.get(key).copied()),
                &diffable(enc.as_ref(), key, new.get(key).copied()),
            )
        });
        changes.push(Change {
            resource,
            name,
            change,
            diff,
        });
    }
    changes.sort_by(|a, b| (&a.resource, &a.name).cmp(&(&b.resource, &b.name)));
    match ctx.format() {
        Format::Json | Format::Yaml => emit_doc(ctx, &changes)?,
        _ if named => {
            let diffs: String = changes.iter().filter_map(|c| c.diff.clone()).collect();
            emit(diffs)?;
        }
        _ => {
            let rows: Vec<Vec<String>> = changes
                .iter()
                .map(|c| vec![c.resource.clone(), c.name.clone(), c.change.to_string()])
                .collect();
            emit(table::render_left(&["RESOURCE", "NAME", "CHANGE"], &rows))?;
        }
    }
    let count = |c: &str| changes.iter().filter(|x| x.change == c).count();
    eprintln!(
        "{} → {against}: {} added, {} deleted, {} modified{}",
        args.file.display(),
        count("added"),
        count("deleted"),
        count("modified"),
        if args.all || named {
            ""
        } else {
            " (events and leases not shown; --all includes them)"
        }
    );
    Ok(Code::Success)
}
