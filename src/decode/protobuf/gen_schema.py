#!/usr/bin/env python3
"""Generates schema_table.rs: the protobuf schema of every Kubernetes API message,
with the JSON names and Go JSON rules the decoder needs.

Why generated: the field numbers come from k8s-pb (prost bindings of Kubernetes'
generated.proto files), the exact JSON names and the OpenAPI "required" flag (a Go
field without `omitempty`) from k8s-openapi; neither crate is used at run time.
What neither carries (Go pointers, `+optional` fields without `omitempty`) is
listed by hand in go_overrides.txt beside this script.

usage: gen_schema.py K8S_PB_SRC_DIR K8S_OPENAPI_VERSION_DIR JSON_TAGS_TSV > schema_table.rs

JSON_TAGS_TSV is kubernetes-1.36-json-tags.tsv (../shared/reference): every struct field of
the Kubernetes 1.36.2 API types with its JSON name and tag flags, read from the Go source.
The Go rules of a field (printed when empty? pointer? inline? omitzero?) come from it; the
OpenAPI "required" flag and go_overrides.txt are only a fallback for fields it lacks.

Both crates come from crates.io through cargo (e.g. `cargo info k8s-pb@0.9.0` and
`cargo info k8s-openapi@0.29.0` leave them in cargo's cache):
  mkdir -p /tmp/k8s && tar xzf ~/.cargo/registry/cache/*/k8s-pb-0.9.0.crate -C /tmp/k8s
  tar xzf ~/.cargo/registry/cache/*/k8s-openapi-0.29.0.crate -C /tmp/k8s
  python3 gen_schema.py /tmp/k8s/k8s-pb-0.9.0/src /tmp/k8s/k8s-openapi-0.29.0/src/v1_36 \
      ../../../../shared/reference/kubernetes-1.36-json-tags.tsv > schema_table.rs
Warnings (stderr) list fields whose JSON name had to be guessed and overrides that
match no field.
"""
import os, re, sys

pb_root, oa_root, tags_path = sys.argv[1], sys.argv[2], sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))

SKIP_MODULES = ("apimachinery.pkg.apis.testapigroup",)

# ---- k8s-pb: messages, field numbers, proto types, kinds -------------------------
messages = {}   # full name -> list of field dicts
kinds = []      # (apiVersion, kind, resource, message)

attr_re = re.compile(r'#\[prost\((.*)\)\]')
field_re = re.compile(r'pub (r#)?([a-z0-9_]+): (.*),$')

def resolve(module, path):
    parts = path.split("::")
    mod = module.split(".")
    if parts[0] == "crate":
        return ".".join(parts[1:])
    while parts and parts[0] == "super":
        mod = mod[:-1]
        parts = parts[1:]
    return ".".join(mod + parts)

def inner_type(rust_ty):
    t = rust_ty
    for wrapper in ("::core::option::Option<", "::prost::alloc::vec::Vec<", "::prost::alloc::boxed::Box<"):
        while t.startswith(wrapper):
            t = t[len(wrapper):-1]
    return t

for dirpath, _, files in os.walk(pb_root):
    for fn in files:
        if fn != "mod.rs":
            continue
        rel = os.path.relpath(dirpath, pb_root)
        module = rel.replace(os.sep, ".")
        if module.startswith(SKIP_MODULES):
            continue
        raw_lines = open(os.path.join(dirpath, fn)).read().split("\n")
        # rustfmt wraps long field declarations; join them back into one line.
        lines = []
        for line in raw_lines:
            prev = lines[-1] if lines else ""
            if re.match(r'\s*pub (r#)?[a-z0-9_]+:', prev) and not prev.rstrip().endswith("{") and (
                    not prev.rstrip().endswith(",") or prev.count("<") > prev.count(">")):
                lines[-1] = prev.rstrip() + (" " if prev.rstrip().endswith(":") else "") + line.strip()
            else:
                lines.append(line)
        cur = None
        attr = None
        res = None
        for line in lines:
            s = line.strip()
            m = re.match(r'pub struct (\w+) \{', s)
            if m:
                cur = module + "." + m.group(1)
                messages[cur] = []
                continue
            if s == "}":
                cur = None
            m = attr_re.match(s)
            if m and cur:
                attr = m.group(1)
                continue
            m = field_re.match(s)
            if m and cur and attr:
                name = m.group(2)
                rust_ty = re.sub(r'\s+', '', m.group(3)).replace(",>", ">")
                tag = int(re.search(r'tag = "(\d+)"', attr).group(1))
                f = {"rust": name, "num": tag}
                mm = re.match(r'btree_map = "string, (\w+)"', attr)
                if mm:
                    f["card"] = "Map"
                    vt = mm.group(1)
                    if vt == "message":
                        val = rust_ty.split(",", 1)[1][:-1]
                        f["ty"] = ("msg", resolve(module, val))
                    else:
                        f["ty"] = (vt,)
                else:
                    kind = attr.split(",")[0].strip()
                    kind = kind.split("=")[0].strip()
                    f["card"] = "Many" if " repeated" in attr else "One"
                    if kind == "message":
                        f["ty"] = ("msg", resolve(module, inner_type(rust_ty)))
                    else:
                        f["ty"] = (kind,)
                messages[cur].append(f)
                attr = None
                continue
            m = re.match(r'impl crate::Resource for (\w+) \{', s)
            if m:
                res = {"msg": module + "." + m.group(1)}
                continue
            if res is not None:
                m = re.match(r'const (API_VERSION|KIND|URL_PATH_SEGMENT): &\'static str = "(.*)";', s)
                if m:
                    res[m.group(1)] = m.group(2)
                if s == "}":
                    kinds.append((res["API_VERSION"], res["KIND"], res["URL_PATH_SEGMENT"], res["msg"]))
                    res = None

# ---- k8s-openapi: JSON names and required-ness -------------------------------------
openapi = {}  # full name -> {normalized: (json, required)}
ser_re = re.compile(r'impl crate::serde::Serialize for (\w+) \{')
req_re = re.compile(r'serialize_field\(&mut state, "([^"]+)", &self\.(r#)?([a-z0-9_]+)\)')
opt_re = re.compile(r'if let Some\(value\) = &self\.(r#)?([a-z0-9_]+) \{\s*crate::serde::ser::SerializeStruct::serialize_field\(&mut state, "([^"]+)", value\)', re.S)

def norm(s):
    return re.sub(r'[^a-z0-9]', '', s.lower().replace("r#", ""))

for dirpath, _, files in os.walk(oa_root):
    for fn in files:
        if not fn.endswith(".rs") or fn == "mod.rs":
            continue
        module = os.path.relpath(dirpath, oa_root).replace(os.sep, ".")
        text = open(os.path.join(dirpath, fn)).read()
        for m in ser_re.finditer(text):
            name = module + "." + m.group(1)
            end = text.find("\n}\n", m.end())
            body = text[m.end():end]
            fields = {}
            for r in req_re.finditer(body):
                fields[norm(r.group(3))] = (r.group(1), True)
            for o in opt_re.finditer(body):
                fields[norm(o.group(2))] = (o.group(3), False)
            openapi[name] = fields

# ---- hand-written Go facts -----------------------------------------------------------
def unversioned(msg):
    # A fact about api.apps.v1.DeploymentSpec holds for apps/v1beta2 too: the Go
    # shapes of a type's versions match, and older versions may still be in etcd.
    parts = [p for p in msg.lower().split(".") if not re.fullmatch(r"v\d+((alpha|beta)\d*)?", p)]
    return ".".join(parts)

# ---- Go struct tags (kubernetes-1.36-json-tags.tsv) ---------------------------------
go_tags = {}  # (go package, struct lowercased, json name) -> (flags set, go type)
for i, line in enumerate(open(tags_path)):
    cols = line.rstrip("\n").split("\t")
    if i == 0 or len(cols) < 6:
        continue
    pkg, struct, _go_field, json_name, flags, go_type = cols[:6]
    go_tags[(pkg, struct.lower(), json_name)] = (set(flags.split(",")) - {"-"}, go_type)
# Versions that 1.36 no longer has (autoscaling/v2beta2, …) may still be in etcd: their
# structs have the same Go shape as in the group's other versions.
go_tags_any_version = {}
for (pkg, struct, json_name), v in sorted(go_tags.items()):
    go_tags_any_version.setdefault((pkg.rsplit("/", 1)[0], struct, json_name), v)

def go_package(msgname):
    parts = msgname.split(".")[:-1]
    if parts[0] == "api":
        return "k8s.io/api/" + "/".join(parts[1:])
    root = {"apimachinery": "k8s.io/apimachinery", "apiextensions_apiserver": "k8s.io/apiextensions-apiserver",
            "kube_aggregator": "k8s.io/kube-aggregator"}.get(parts[0])
    return root and root + "/" + "/".join(parts[1:])

go_names = {}  # (go package, struct lowercased, normalized name) -> JSON name
for (pkg, struct, json_name) in go_tags:
    if json_name and not json_name.startswith("("):
        go_names.setdefault((pkg, struct, re.sub(r"[^a-z0-9]", "", json_name.lower())), json_name)

def go_json_name(msgname, normalized):
    """The JSON name of a field OpenAPI does not list (removed volume sources, …)."""
    pkg = go_package(msgname)
    struct = msgname.rsplit(".", 1)[1].lower()
    return go_names.get((pkg, struct, normalized))

def go_flags(msgname, json_name, fd, inline_guess):
    """The schema flags Go's encoding/json implies for this field, or None if unknown."""
    key = (go_package(msgname), msgname.rsplit(".", 1)[1].lower(), json_name)
    if key not in go_tags and fd["ty"][0] == "msg":
        # An embedded struct has no JSON name in the tags: match it by its type.
        embedded = go_tags.get((key[0], key[1], ""))
        member = fd["ty"][1].rsplit(".", 1)[1].lower()
        for (pkg, struct, name), (tags, go_type) in go_tags.items():
            if (pkg, struct) == key[:2] and name == "" and "inline" in tags \
                    and go_type.rsplit(".", 1)[-1].lower() == member:
                return ["INLINE"]
        del embedded
    found = go_tags.get(key) or (key[0] and go_tags_any_version.get((key[0].rsplit("/", 1)[0], key[1], key[2])))
    if found is None:
        return None
    tags, go_type = found
    if "inline" in tags:
        return ["INLINE"]
    flags = []
    pointer = "ptr" in tags or go_type.startswith("*")
    if pointer:
        flags.append("PTR")
    if "omitzero" in tags:
        flags.append("OMITZERO")
    elif "omitempty" not in tags:
        flags.append("KEEP")
    elif not pointer and fd["card"] == "One" and fd["ty"][0] == "msg" and \
            special_of(fd["ty"][1], []) != "ItemsSlice" and not go_type.startswith(("[]", "map[")):
        # omitempty never omits a struct value (`status: {}`, `lastProbeTime: null`).
        flags.append("KEEP")
    return flags

overrides = {}
for line in open(os.path.join(here, "go_overrides.txt")):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    msg, field, *flags = line.split()
    # k8s-pb (prost) spells acronyms as words (CSIDriver -> CsiDriver): match loosely.
    overrides.setdefault((unversioned(msg), field), set()).update(flags)
used_overrides = set()

SPECIAL = {
    "apimachinery.pkg.apis.meta.v1.Time": "Time",
    "apimachinery.pkg.apis.meta.v1.MicroTime": "MicroTime",
    "apimachinery.pkg.apis.meta.v1.Duration": "Duration",
    "apimachinery.pkg.apis.meta.v1.FieldsV1": "RawJson",
    "apimachinery.pkg.runtime.RawExtension": "RawJson",
    "apimachinery.pkg.api.resource.Quantity": "Quantity",
    "apimachinery.pkg.util.intstr.IntOrString": "IntOrString",
    "apiextensions_apiserver.pkg.apis.apiextensions.v1.Json": "RawJson",
    "apiextensions_apiserver.pkg.apis.apiextensions.v1beta1.Json": "RawJson",
    "apiextensions_apiserver.pkg.apis.apiextensions.v1.JsonSchemaPropsOrArray": "SchemaOrArray",
    "apiextensions_apiserver.pkg.apis.apiextensions.v1beta1.JsonSchemaPropsOrArray": "SchemaOrArray",
    "apiextensions_apiserver.pkg.apis.apiextensions.v1.JsonSchemaPropsOrBool": "SchemaOrBool",
    "apiextensions_apiserver.pkg.apis.apiextensions.v1beta1.JsonSchemaPropsOrBool": "SchemaOrBool",
    "apiextensions_apiserver.pkg.apis.apiextensions.v1.JsonSchemaPropsOrStringArray": "SchemaOrStringArray",
    "apiextensions_apiserver.pkg.apis.apiextensions.v1beta1.JsonSchemaPropsOrStringArray": "SchemaOrStringArray",
}

def special_of(name, fields):
    if name in SPECIAL:
        return SPECIAL[name]
    # go-to-protobuf turns a named Go slice (`type ExtraValue []string`) into a message
    # with one repeated field `items`; in JSON it is the bare array.
    if name.endswith((".ExtraValue", ".Verbs")):
        return "ItemsSlice"
    return "None"

def camel(snake):
    p = snake.split("_")
    return p[0] + "".join(x[:1].upper() + x[1:] for x in p[1:])

names = sorted(messages)
index = {n: i for i, n in enumerate(names)}
warnings = []

def pb_keys(msgname):
    """Normalized field names of a message, looking through its own inline members."""
    keys = set()
    for fd in messages.get(msgname, []):
        sub = openapi.get(msgname)
        if fd["ty"][0] == "msg" and sub is not None and norm(fd["rust"]) not in sub and fd["ty"][1] not in SPECIAL \
                and len(messages.get(fd["ty"][1], [])) > 1 and fd["card"] == "One":
            keys |= pb_keys(fd["ty"][1])
        else:
            keys.add(norm(fd["rust"]))
    return keys

def is_inline(parent_oa, msgname):
    # Go embeds such a struct with `json:",inline"`: OpenAPI (and so k8s-openapi)
    # lists its fields on the parent, and the proto keeps it as one message field.
    keys = pb_keys(msgname)
    # Most, not all: the protos may be a release older or newer than the OpenAPI.
    return bool(keys) and len(keys & set(parent_oa)) >= 0.8 * len(keys)

out = []
out.append("// @generated by gen_schema.py (see its docstring); do not edit by hand.")
out.append("// Sources: k8s-pb 0.9.0 (Kubernetes 1.35 generated.proto), k8s-openapi 0.29.0 (v1_36), the Go")
out.append("// struct tags of Kubernetes 1.36.2 (kubernetes-1.36-json-tags.tsv), go_overrides.txt. Regenerate after changing any of them.")
out.append("")
out.append("use super::schema::{Card::*, Field, Kind, Message, Special, Ty::*, INLINE, KEEP, OMITZERO, PTR};")
out.append("")
out.append("const fn f(num: u32, json: &'static str, ty: super::schema::Ty, card: super::schema::Card, flags: u8) -> Field {")
out.append("    Field { num, json, ty, card, flags }")
out.append("}")
out.append("")
out.append("pub(super) static MESSAGES: &[Message] = &[")
for n in names:
    fields = sorted(messages[n], key=lambda f: f["num"])
    sp = special_of(n, fields)
    oa = openapi.get(n)
    out.append(f'    Message {{ name: "{n}", special: Special::{sp}, fields: &[')
    for fd in fields:
        flags = []
        key = norm(fd["rust"])
        json = None
        if oa is not None and key in oa:
            json, req = oa[key]
            if req:
                flags.append("KEEP")
        elif fd["ty"][0] == "msg" and oa is not None and is_inline(oa, fd["ty"][1]):
            json = camel(fd["rust"])
            flags.append("INLINE")
        elif go_json_name(n, key):
            json = go_json_name(n, key)
        else:
            json = camel(fd["rust"].replace("r#", ""))
            if oa is not None and sp == "None":
                warnings.append(f"{n}.{fd['rust']}: not in k8s-openapi, JSON name guessed as {json}")
        from_go = go_flags(n, json, fd, "INLINE" in flags)
        if from_go is not None:
            flags = from_go
        else:
            warnings.append(f"{n}.{json}: not in the Go tags, rules from OpenAPI/overrides")
        ov = overrides.get((unversioned(n), json), set())
        if ov:
            used_overrides.add((unversioned(n), json))
        if "keep" in ov and "KEEP" not in flags:
            flags.append("KEEP")
        if "omitempty" in ov and "KEEP" in flags:
            flags.remove("KEEP")
        if "ptr" in ov and "PTR" not in flags:
            flags.append("PTR")
        if "omitzero" in ov and "OMITZERO" not in flags:
            flags.append("OMITZERO")
        if "inline" in ov and "INLINE" not in flags:
            flags.append("INLINE")
        t = fd["ty"]
        ty = f"Msg({index[t[1]]})" if t[0] == "msg" else {"string": "Str", "bytes": "Bytes", "bool": "Bool", "int32": "I32", "int64": "I64", "double": "F64"}[t[0]]
        if t[0] == "msg" and t[1] not in index:
            raise SystemExit(f"unresolved message {t[1]} in {n}")
        fl = " | ".join(flags) if flags else "0"
        out.append(f'        f({fd["num"]}, "{json}", {ty}, {fd["card"]}, {fl}),')
    out.append("    ] },")
out.append("];")
out.append("")
# Every top-level object of an API package, not only the preferred versions k8s-pb
# lists as resources: etcd may hold any version a past release used for storage.
GROUPS = {"core": "", "apiserverinternal": "internal.apiserver.k8s.io", "flowcontrol": "flowcontrol.apiserver.k8s.io",
          "rbac": "rbac.authorization.k8s.io", "apps": "apps", "batch": "batch", "autoscaling": "autoscaling",
          "policy": "policy", "extensions": "extensions"}
known = {(av, k) for av, k, _, _ in kinds}
# Kind names as Kubernetes spells them (prost renames CSIDriver to CsiDriver).
proper = {name.rsplit(".", 1)[1].lower(): name.rsplit(".", 1)[1] for name in openapi}
proper.update({k.lower(): k for _, k, _, _ in kinds})
for n in names:
    parts = n.split(".")
    fields = messages[n]
    if not fields or fields[0]["num"] != 1 or fields[0]["ty"] != ("msg", "apimachinery.pkg.apis.meta.v1.ObjectMeta"):
        continue
    if parts[0] == "api":
        pkg, ver = parts[1], parts[2]
        group = GROUPS.get(pkg, pkg + ".k8s.io")
    elif parts[0] == "apiextensions_apiserver":
        group, ver = "apiextensions.k8s.io", parts[4]
    elif parts[0] == "kube_aggregator":
        group, ver = "apiregistration.k8s.io", parts[4]
    else:
        continue
    av = f"{group}/{ver}" if group else ver
    kind_name = proper.get(parts[-1].lower(), parts[-1])
    if (av, kind_name) not in known and parts[1] not in ("admission", "authentication", "authorization", "imagepolicy"):
        kinds.append((av, kind_name, "", n))

out.append("pub(super) static KINDS: &[Kind] = &[")
for av, k, res, msg in sorted(set(kinds)):
    out.append(f'    Kind {{ api_version: "{av}", kind: "{k}", resource: "{res}", message: {index[msg]} }},')
out.append("];")
for o in sorted(set(overrides) - used_overrides):
    warnings.append(f"override not applied (no such field): {o}")
print("\n".join(out))
for w in warnings:
    print("warning:", w, file=sys.stderr)
print(f"{len(names)} messages, {sum(len(v) for v in messages.values())} fields, {len(set(kinds))} kinds", file=sys.stderr)
