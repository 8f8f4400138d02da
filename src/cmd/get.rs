//! `get`: a key or range, online or from a snapshot file (`--snapshot`).

use anyhow::{Context, Result};
use etcd_client::{GetOptions, SortOrder as EtcdOrder, SortTarget};

use std::io::IsTerminal;

use super::{emit, emit_doc, unsupported, Ctx};
use crate::cli::{GetArgs, ObjectFormat, OutputFormat, SortBy, SortOrder};
use crate::decode::{self, DecodeError, EncryptionConfig};
use crate::etcd::keyrange;
use crate::exit::{Code, Failure};
use crate::output::model::{Header, Kv, Range};
use crate::output::objects::{self, Item, Shown};
use crate::output::{fields, render};
use crate::resources;

pub async fn run(ctx: &Ctx, args: GetArgs) -> Result<Code> {
    if args.print_value_only && ctx.global.write_out != OutputFormat::Simple {
        return Err(Failure::new(
            Code::BadArgs,
            "--print-value-only is only for simple output",
        )
        .into());
    }
    if ctx.global.output.is_none() && ctx.global.write_out == OutputFormat::Table {
        return Err(unsupported(ctx, "get", "-w simple, json or fields"));
    }
    if args.decode && ctx.global.output.is_none() && ctx.global.write_out != OutputFormat::Simple {
        return Err(Failure::new(
            Code::BadArgs,
            "--decode shows objects in simple output; -w json|fields print etcdctl's documents",
        )
        .hint("for the objects as JSON or YAML use -o json or -o yaml")
        .into());
    }
    let (key, end) = address(&args)?;
    // A label selector needs the values (to decode labels), whatever is printed in the end.
    let mut read = args.clone();
    if args.selector.is_some() {
        (read.keys_only, read.count_only, read.limit) = (false, false, 0);
    }
    let mut result = match &args.snapshot {
        Some(path) => super::snapshot::offline_range(path, &key, &end, &read)?,
        None => online(ctx, &read, key, end).await?,
    };
    if let Some(selector) = &args.selector {
        let selector = Selector::parse(selector)?;
        let enc = ctx.encryption()?;
        result.kvs.retain(|kv| {
            decode::decode(&kv.key, &kv.value, kv.mod_revision, enc.as_ref())
                .map(|d| selector.matches(&d.object["metadata"]["labels"]))
                .unwrap_or(false)
        });
        result.count = result.kvs.len() as i64;
        if args.limit > 0 && result.count > args.limit {
            result.kvs.truncate(args.limit as usize);
            result.more = true;
        }
        if args.keys_only {
            result.kvs.iter_mut().for_each(|kv| kv.value.clear());
        }
        if args.count_only {
            result.kvs.clear();
        }
    }
    print(ctx, &args, &result)
}

/// The key range a `get` reads: etcdctl's `KEY [RANGE_END] [--prefix|--from-key]`, or
/// kubectl's `TYPE [NAME]` / `TYPE/NAME` with `-n`/`-A`. A word that starts with `/`, or is no
/// resource type, is a key, so every etcdctl command line keeps its meaning.
fn address(args: &GetArgs) -> Result<(Vec<u8>, Vec<u8>)> {
    let etcdctl = || {
        keyrange::range(
            args.key.as_bytes(),
            args.range_end.as_deref().map(str::as_bytes),
            args.prefix,
            args.from_key,
        )
    };
    if args.key.starts_with('/') || args.prefix || args.from_key {
        return Ok(etcdctl());
    }
    let (word, name) = match args.key.split_once('/') {
        Some((t, n)) if args.range_end.is_none() => (t, Some(n.to_string())),
        _ => (args.key.as_str(), args.range_end.clone()),
    };
    let Some(resource) = resources::lookup(word) else {
        if args.namespace.is_some() || args.all_namespaces {
            return Err(Failure::new(Code::BadArgs, format!("{word:?} is not a resource type kubectl-etcd knows"))
                .hint("use kubectl's names (pods, deploy, svc, cm, …) or <plural>.<group> for custom resources; raw keys start with /")
                .into());
        }
        return Ok(etcdctl());
    };
    let namespace = if args.all_namespaces {
        None
    } else {
        Some(args.namespace.as_deref().unwrap_or("default"))
    };
    Ok(match name {
        Some(name) => (
            resources::key(
                &args.etcd_prefix,
                &resource,
                namespace.unwrap_or("default"),
                &name,
            )
            .into_bytes(),
            Vec::new(),
        ),
        None => {
            let prefix = resources::prefix(&args.etcd_prefix, &resource, namespace);
            let end = keyrange::prefix_end(prefix.as_bytes());
            (prefix.into_bytes(), end)
        }
    })
}

/// kubectl's equality-based label selectors: `k=v`, `k==v`, `k!=v`, `k`, `!k`, comma-joined.
#[derive(Debug)]
pub(super) struct Selector(Vec<(String, Op)>);

#[derive(Debug)]
enum Op {
    Equals(String),
    NotEquals(String),
    Exists,
    Absent,
}

impl Selector {
    pub(super) fn parse(s: &str) -> Result<Self> {
        let mut terms = Vec::new();
        for term in s.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            let (key, op) = if let Some((k, v)) = term.split_once("!=") {
                (k, Op::NotEquals(v.trim().to_string()))
            } else if let Some((k, v)) = term.split_once("==").or_else(|| term.split_once('=')) {
                (k, Op::Equals(v.trim().to_string()))
            } else if let Some(k) = term.strip_prefix('!') {
                (k, Op::Absent)
            } else {
                (term, Op::Exists)
            };
            let key = key.trim();
            if key.is_empty() || key.contains([' ', '(']) {
                return Err(Failure::new(
                    Code::BadArgs,
                    format!("unsupported label selector term {term:?}"),
                )
                .hint("use key=value, key!=value, key or !key, comma-separated")
                .into());
            }
            terms.push((key.to_string(), op));
        }
        Ok(Self(terms))
    }

    pub(super) fn matches(&self, labels: &serde_json::Value) -> bool {
        self.0.iter().all(|(k, op)| {
            let v = labels.get(k).and_then(|v| v.as_str());
            match op {
                Op::Equals(want) => v == Some(want.as_str()),
                Op::NotEquals(want) => v != Some(want.as_str()),
                Op::Exists => v.is_some(),
                Op::Absent => v.is_none(),
            }
        })
    }
}

async fn online(ctx: &Ctx, args: &GetArgs, key: Vec<u8>, end: Vec<u8>) -> Result<Range> {
    let target = ctx.target().await?;
    let mut opts = GetOptions::new()
        .with_revision(args.rev)
        .with_limit(args.limit);
    if !end.is_empty() {
        opts = opts.with_range(end);
    }
    if args.keys_only {
        opts = opts.with_keys_only();
    }
    if args.count_only {
        opts = opts.with_count_only();
    }
    if args.sort_by.is_some() || args.order.is_some() {
        opts = opts.with_sort(sort_target(args.sort_by), sort_order(args.order));
    }
    let mut client = target.client().await?;
    let resp = target.request("get", client.get(key, Some(opts))).await?;
    Ok(Range {
        header: Header::from(resp.header()),
        kvs: resp.kvs().iter().map(Kv::from).collect(),
        more: resp.more(),
        count: resp.count(),
    })
}

/// etcdctl sorts by key when only `--order` is given, and leaves the order to the server
/// when only `--sort-by` is given.
fn sort_target(by: Option<SortBy>) -> SortTarget {
    match by {
        None | Some(SortBy::Key) => SortTarget::Key,
        Some(SortBy::Create) => SortTarget::Create,
        Some(SortBy::Modify) => SortTarget::Mod,
        Some(SortBy::Value) => SortTarget::Value,
        Some(SortBy::Version) => SortTarget::Version,
    }
}

fn sort_order(order: Option<SortOrder>) -> EtcdOrder {
    match order {
        None => EtcdOrder::None,
        Some(SortOrder::Ascend) => EtcdOrder::Ascend,
        Some(SortOrder::Descend) => EtcdOrder::Descend,
    }
}

fn print(ctx: &Ctx, args: &GetArgs, r: &Range) -> Result<Code> {
    if let Some(format) = ctx.global.output {
        return print_objects(ctx, args, r, format);
    }
    let write_out = ctx.global.write_out;
    if decoding(ctx, args) {
        let enc = ctx.encryption()?;
        // Streams of documents go out a batch at a time: decoded objects take several times
        // the room of their values, so a whole backup at once would need gigabytes.
        for batch in r.kvs.chunks(DECODE_BATCH) {
            let mut items = decode_all(batch, enc.as_ref());
            hide_managed_fields(&mut items, args);
            emit(objects::simple(&items, args.print_value_only))
                .context("cannot write the output")?;
        }
        return Ok(Code::Success);
    }
    match write_out {
        OutputFormat::Fields => emit(fields::range(r)),
        OutputFormat::Json | OutputFormat::Yaml => emit_doc(ctx, r),
        // etcdctl needs `-w fields` for a count; plain text is friendlier and unambiguous.
        OutputFormat::Simple if args.count_only => emit(format!("{}\n", r.count)),
        OutputFormat::Simple => emit(render::range(r, args.print_value_only)),
        OutputFormat::Table => Err(unsupported(ctx, "get", "-w simple, json or fields")),
    }
    .context("cannot write the output")?;
    Ok(Code::Success)
}

/// `-o json|yaml`: the objects as `kubectl get` prints them — the object alone when one was
/// asked for by name, else a `List`. A value that is no readable object is left out and
/// named on stderr with the reason; the exit code is then 1.
fn print_objects(ctx: &Ctx, args: &GetArgs, r: &Range, format: ObjectFormat) -> Result<Code> {
    if args.raw || args.keys_only || args.count_only || args.print_value_only {
        return Err(Failure::new(
            Code::BadArgs,
            "-o prints Kubernetes objects; --raw, --keys-only, --count-only and --print-value-only are etcdctl's",
        )
        .hint("use -w simple|json|fields with them (-w is etcdctl's output, -o is kubectl's)")
        .into());
    }
    let format = match format {
        ObjectFormat::Json => objects::ObjectFormat::Json,
        ObjectFormat::Yaml => objects::ObjectFormat::Yaml,
    };
    let enc = ctx.encryption()?;
    let single = args.selector.is_none()
        && !args.prefix
        && !args.from_key
        && address(args).is_ok_and(|(_, end)| end.is_empty());
    let mut failed = 0usize;
    let mut report = |items: &[Item]| {
        for item in items {
            if let Shown::Raw { note, .. } = &item.shown {
                failed += 1;
                eprintln!("error: {}: {note}", String::from_utf8_lossy(&item.key));
            }
        }
    };
    if single {
        let Some(kv) = r.kvs.first() else {
            return Err(Failure::new(
                Code::Error,
                format!("no object at {}", args.key),
            )
            .hint("list what exists with `get <type> -A` or `get /registry/ --prefix --keys-only`")
            .into());
        };
        let mut items = decode_all(std::slice::from_ref(kv), enc.as_ref());
        hide_managed_fields(&mut items, args);
        report(&items);
        if let Some(Shown::Object(o)) = items.first().map(|i| &i.shown) {
            emit(objects::single(o, format)).context("cannot write the output")?;
        }
    } else {
        let mut list = objects::ListWriter::new(format);
        emit(list.head()).context("cannot write the output")?;
        for batch in r.kvs.chunks(DECODE_BATCH) {
            // Decoded and printed in one pass on every core: an object is rendered while it
            // is still in the cache and freed right after.
            let runs = objects::parallel_chunks(batch, |kvs| {
                let mut items = objects::Items::new(format, kvs.len() * 2048);
                let mut bad = Vec::new();
                for kv in kvs {
                    let mut item = decode_one(kv, enc.as_ref(), args.show_managed_fields);
                    hide_managed_fields(std::slice::from_mut(&mut item), args);
                    match &item.shown {
                        Shown::Object(o) => items.push(o),
                        Shown::Raw { .. } => bad.push(item),
                    }
                }
                (items, bad)
            });
            for (items, bad) in runs {
                report(&bad);
                emit(list.separator(&items)).context("cannot write the output")?;
                emit(&items.text).context("cannot write the output")?;
            }
        }
        emit(list.tail()).context("cannot write the output")?;
    }
    if failed > 0 {
        eprintln!("error: {failed} value(s) could not be shown as objects (see above)");
        return Ok(Code::Error);
    }
    Ok(Code::Success)
}

/// kubectl hides `metadata.managedFields` unless `--show-managed-fields`.
fn hide_managed_fields(items: &mut [Item], args: &GetArgs) {
    if args.show_managed_fields {
        return;
    }
    for item in items {
        if let Shown::Object(serde_json::Value::Object(o)) = &mut item.shown {
            if let Some(serde_json::Value::Object(meta)) = o.get_mut("metadata") {
                meta.remove("managedFields");
            }
        }
    }
}

/// Values are shown as objects with `--decode`, and in simple output to a terminal; never
/// with `--raw` or when there are no values. Pipes get etcdctl's bytes.
fn decoding(ctx: &Ctx, args: &GetArgs) -> bool {
    if args.raw || args.keys_only || args.count_only {
        return false;
    }
    ctx.global.write_out == OutputFormat::Simple
        && (args.decode || (!args.print_value_only && std::io::stdout().is_terminal()))
}

/// Objects decoded and printed per batch (a few MB of output).
const DECODE_BATCH: usize = 4096;

pub(super) fn decode_all(kvs: &[Kv], enc: Option<&EncryptionConfig>) -> Vec<Item> {
    objects::parallel_chunks(kvs, |kvs| decode_chunk(kvs, enc))
        .into_iter()
        .flatten()
        .collect()
}

fn decode_chunk(kvs: &[Kv], enc: Option<&EncryptionConfig>) -> Vec<Item> {
    kvs.iter().map(|kv| decode_one(kv, enc, true)).collect()
}

fn decode_one(kv: &Kv, enc: Option<&EncryptionConfig>, managed_fields: bool) -> Item {
    let shown = match decode::decode_with(&kv.key, &kv.value, kv.mod_revision, enc, managed_fields)
    {
        Ok(d) => Shown::Object(d.object),
        Err(e) => {
            let type_meta = match &e {
                DecodeError::SchemaUnknown {
                    api_version, kind, ..
                } => Some((api_version.clone(), kind.clone())),
                _ => None,
            };
            let mut note = e.to_string();
            if matches!(e, DecodeError::Encrypted { .. }) {
                note.push_str(" (pass --encryption-config)");
            }
            Shown::Raw {
                value: kv.value.clone(),
                note,
                type_meta,
            }
        }
    };
    Item {
        key: kv.key.clone(),
        shown,
    }
}

/// Every key-value in `[key, end)`, online or from `snapshot` (for audit and usage).
pub(super) async fn read_all(
    ctx: &Ctx,
    key: Vec<u8>,
    end: Vec<u8>,
    snapshot: Option<&std::path::Path>,
) -> Result<Range> {
    let args = GetArgs {
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
        snapshot: snapshot.map(std::path::Path::to_path_buf),
        decode: false,
        raw: false,
        namespace: None,
        all_namespaces: false,
        selector: None,
        etcd_prefix: "/registry".into(),
        show_managed_fields: false,
    };
    match snapshot {
        Some(path) => super::snapshot::offline_range(path, &key, &end, &args),
        None => online(ctx, &args, key, end).await,
    }
}
