//! Decoding checked against values a real kube-apiserver (v1.36) wrote, and the
//! JSON it returned for them (../shared/fixtures/real-apiserver).

use std::path::PathBuf;

use serde_json::Value;

use super::*;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/real-apiserver")
}

struct Fixture {
    key: String,
    value: Vec<u8>,
    object: Value,
    mod_revision: i64,
    entry: Value,
}

fn load() -> Vec<Fixture> {
    let dir = fixtures();
    let index: Value =
        serde_json::from_slice(&std::fs::read(dir.join("index.json")).expect("index.json"))
            .expect("index");
    index
        .as_array()
        .expect("index is a list")
        .iter()
        .map(|e| Fixture {
            key: e["key"].as_str().expect("key").to_string(),
            value: std::fs::read(dir.join(e["value_file"].as_str().expect("value_file")))
                .expect("value"),
            object: serde_json::from_slice(
                &std::fs::read(dir.join(e["file"].as_str().expect("file"))).expect("object"),
            )
            .expect("object json"),
            mod_revision: e["mod_revision"].as_i64().expect("mod_revision"),
            entry: e.clone(),
        })
        .collect()
}

fn config() -> EncryptionConfig {
    EncryptionConfig::from_yaml(
        &std::fs::read(fixtures().join("encryption-config.yaml")).expect("config"),
    )
    .expect("parse")
}

/// Paths where two JSON values differ, for readable failures.
fn diff(a: &Value, b: &Value, path: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                let p = format!("{path}/{k}");
                match (x.get(k), y.get(k)) {
                    (Some(l), Some(r)) => diff(l, r, &p, out),
                    (Some(l), None) => out.push(format!("{p}: extra {l}")),
                    (None, Some(r)) => out.push(format!("{p}: missing {r}")),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (l, r)) in x.iter().zip(y).enumerate() {
                diff(l, r, &format!("{path}/{i}"), out);
            }
        }
        _ if a != b => out.push(format!("{path}: got {a} want {b}")),
        _ => {}
    }
}

#[test]
fn every_fixture_decodes_to_the_api_servers_json() {
    let config = config();
    let fixtures = load();
    assert_eq!(fixtures.len(), 263);
    let mut failures = Vec::new();
    for f in &fixtures {
        match decode(f.key.as_bytes(), &f.value, f.mod_revision, Some(&config)) {
            Ok(d) => {
                let mut out = Vec::new();
                diff(&d.object, &f.object, "", &mut out);
                if !out.is_empty() {
                    failures.push(format!(
                        "{} ({}):\n    {}",
                        f.key,
                        f.entry["kind"],
                        out.join("\n    ")
                    ));
                }
                assert_eq!(d.kind, f.entry["kind"].as_str().unwrap_or_default());
                let want_storage = match f.entry["encoding"].as_str().unwrap_or_default() {
                    "protobuf" | "identity-protobuf" => Storage::Protobuf,
                    "json" => Storage::Json,
                    p => Storage::Encrypted {
                        provider: p.to_string(),
                        key_name: f.entry["key_name"].as_str().unwrap_or_default().to_string(),
                    },
                };
                assert_eq!(d.storage, want_storage, "{}", f.key);
            }
            Err(e) => failures.push(format!("{}: error {e}", f.key)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n{}",
        failures.len(),
        fixtures.len(),
        failures.join("\n")
    );
}

fn by_encoding<'a>(fixtures: &'a [Fixture], encoding: &str) -> Vec<&'a Fixture> {
    fixtures
        .iter()
        .filter(|f| f.entry["encoding"] == encoding)
        .collect()
}

#[test]
fn classify_matches_the_index() {
    for f in load() {
        let want_kind = f.entry["kind"].as_str().unwrap_or_default();
        let want_version = f.entry["apiVersion"].as_str().unwrap_or_default();
        match (
            classify(&f.value),
            f.entry["encoding"].as_str().unwrap_or_default(),
        ) {
            (Envelope::Protobuf { api_version, kind }, "protobuf" | "identity-protobuf") => {
                assert_eq!(
                    (api_version.as_ref(), kind.as_ref()),
                    (want_version, want_kind),
                    "{}",
                    f.key
                )
            }
            (Envelope::Json { api_version, kind }, "json") => {
                assert_eq!(
                    (api_version.as_ref(), kind.as_ref()),
                    (want_version, want_kind),
                    "{}",
                    f.key
                )
            }
            (
                Envelope::Encrypted {
                    provider,
                    version,
                    key_name,
                },
                p,
            ) => {
                assert_eq!(provider, p, "{}", f.key);
                assert_eq!(version, "v1");
                assert_eq!(key_name, f.entry["key_name"].as_str().unwrap_or_default());
            }
            (got, want) => panic!("{}: classified as {got:?}, index says {want}", f.key),
        }
    }
    assert_eq!(classify(b"\x00\x01garbage"), Envelope::Unknown);
    assert_eq!(classify(b""), Envelope::Unknown);
    assert!(matches!(
        classify(b"k8s\x00\xff\xff"),
        Envelope::Protobuf { .. }
    ));
}

#[test]
fn encrypted_without_config_names_provider_and_key() {
    let fixtures = load();
    for provider in ["aescbc", "aesgcm", "secretbox"] {
        for f in by_encoding(&fixtures, provider) {
            let err = decode(f.key.as_bytes(), &f.value, f.mod_revision, None)
                .expect_err("needs a config");
            let key_name = f.entry["key_name"].as_str().unwrap_or_default().to_string();
            assert_eq!(
                err,
                DecodeError::Encrypted {
                    provider: provider.into(),
                    key_name: key_name.clone()
                }
            );
            let msg = err.to_string();
            assert!(msg.contains(provider) && msg.contains(&key_name), "{msg}");
        }
    }
}

/// The fixture config with every secret replaced by another valid key.
const WRONG_KEYS: &str = "apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources: [secrets]
    providers:
      - secretbox: {keys: [{name: key3, secret: AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=}]}
      - aescbc: {keys: [{name: key1, secret: AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=}]}
      - aesgcm: {keys: [{name: key2, secret: AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=}]}
      - identity: {}
";

#[test]
fn wrong_key_is_a_clear_decryption_error() {
    let wrong = EncryptionConfig::from_yaml(WRONG_KEYS.as_bytes()).expect("config");
    let fixtures = load();
    for provider in ["aescbc", "aesgcm", "secretbox"] {
        for f in by_encoding(&fixtures, provider) {
            match decode(f.key.as_bytes(), &f.value, f.mod_revision, Some(&wrong)) {
                Err(DecodeError::Decrypt {
                    provider: p,
                    key_name,
                    reason,
                }) => {
                    assert_eq!(p, provider);
                    assert_eq!(key_name, f.entry["key_name"].as_str().unwrap_or_default());
                    assert!(reason.contains("wrong key"), "{reason}");
                }
                other => panic!("{}: expected a decryption error, got {other:?}", f.key),
            }
        }
    }
}

#[test]
fn aesgcm_is_bound_to_its_etcd_key() {
    let config = config();
    let fixtures = load();
    let f = by_encoding(&fixtures, "aesgcm")[0];
    let err = decode(b"/registry/secrets/elsewhere/x", &f.value, 1, Some(&config))
        .expect_err("AAD mismatch");
    assert!(matches!(err, DecodeError::Decrypt { .. }), "{err}");
    assert!(
        err.to_string().contains("moved from another etcd key"),
        "{err}"
    );
}

#[test]
fn unknown_key_name_and_kms() {
    let config = config();
    let err = decode(
        b"/registry/secrets/a/b",
        b"k8s:enc:aescbc:v1:nokey:0123456789abcdef0123456789abcdef",
        1,
        Some(&config),
    )
    .expect_err("no such key");
    assert_eq!(
        err,
        DecodeError::UnknownKey {
            provider: "aescbc".into(),
            key_name: "nokey".into()
        }
    );
    for version in ["v1", "v2"] {
        let value = format!("k8s:enc:kms:{version}:vault-kms:\x00\x05ciphertext");
        for enc in [None, Some(&config)] {
            let err = decode(b"/registry/secrets/a/b", value.as_bytes(), 1, enc).expect_err("kms");
            assert_eq!(
                err,
                DecodeError::NeedsKms {
                    name: "vault-kms".into(),
                    version: version.into()
                }
            );
            assert!(
                err.to_string().contains("needs the KMS plugin vault-kms"),
                "{err}"
            );
        }
        assert!(
            matches!(classify(value.as_bytes()), Envelope::Encrypted { provider, .. } if provider == "kms")
        );
    }
    let err = decode(
        b"/registry/secrets/a/b",
        b"k8s:enc:rot13:v1:k:xyz",
        1,
        Some(&config),
    )
    .expect_err("provider");
    assert!(
        matches!(err, DecodeError::UnsupportedProvider { .. }),
        "{err}"
    );
    let err = decode(
        b"/registry/secrets/a/b",
        b"k8s:enc:aescbc",
        1,
        Some(&config),
    )
    .expect_err("prefix");
    assert!(matches!(err, DecodeError::Envelope { .. }), "{err}");
}

#[test]
fn config_errors_are_precise() {
    let bad = |yaml: &str| {
        EncryptionConfig::from_yaml(yaml.as_bytes())
            .expect_err(yaml)
            .to_string()
    };
    assert!(bad("kind: Pod\n").contains("expected EncryptionConfiguration"));
    assert!(bad(": : :").contains("YAML"));
    let short = "kind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - secretbox: {keys: [{name: k, secret: AAEC}]}\n";
    assert!(
        bad(short).contains("is 3 bytes, expected 32"),
        "{}",
        bad(short)
    );
    let b64 = "kind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - aescbc: {keys: [{name: k, secret: '!!'}]}\n";
    assert!(bad(b64).contains("not valid base64"));
    let two = "kind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - {identity: {}, aescbc: {keys: []}}\n";
    assert!(bad(two).contains("exactly one"));
    let debug = format!("{:?}", config());
    assert!(
        !debug.contains("oYvofj") && debug.contains("secretbox:key3"),
        "{debug}"
    );
    let kms = "kind: EncryptionConfiguration\nresources:\n- resources: [secrets]\n  providers:\n  - kms: {apiVersion: v2, name: vault, endpoint: 'unix:///kms.sock'}\n";
    assert_eq!(
        EncryptionConfig::from_yaml(kms.as_bytes())
            .expect("kms config")
            .kms_names(),
        vec!["vault"]
    );
}

/// `k8s\0` + runtime.Unknown{typeMeta{apiVersion, kind}, raw}.
fn envelope(api_version: &str, kind: &str, raw: &[u8]) -> Vec<u8> {
    fn field(num: u8, bytes: &[u8]) -> Vec<u8> {
        let mut out = vec![num << 3 | 2];
        let mut len = bytes.len();
        loop {
            let b = (len & 0x7f) as u8;
            len >>= 7;
            out.push(if len > 0 { b | 0x80 } else { b });
            if len == 0 {
                break;
            }
        }
        out.extend_from_slice(bytes);
        out
    }
    let type_meta = [field(1, api_version.as_bytes()), field(2, kind.as_bytes())].concat();
    [b"k8s\x00".to_vec(), field(1, &type_meta), field(2, raw)].concat()
}

#[test]
fn unknown_kind_reports_its_type_meta() {
    let value = envelope("example.com/v1", "Gizmo", b"\x0a\x00");
    let err = decode(b"/registry/gizmos/a", &value, 5, None).expect_err("unknown schema");
    assert_eq!(
        err,
        DecodeError::SchemaUnknown {
            api_version: "example.com/v1".into(),
            kind: "Gizmo".into(),
            storage: Storage::Protobuf
        }
    );
    assert!(err.to_string().contains("schema unknown"));
    assert!(matches!(classify(&value), Envelope::Protobuf { kind, .. } if kind == "Gizmo"));
}

#[test]
fn custom_resources_are_plain_json_with_resource_version() {
    let value = br#"{"apiVersion":"x.example.com/v1","kind":"Thing","metadata":{"name":"a"},"spec":{"n":1.5}}"#;
    let d = decode(b"/registry/x.example.com/things/a", value, 42, None).expect("json");
    assert_eq!(d.storage, Storage::Json);
    assert_eq!(
        (d.api_version.as_str(), d.kind.as_str()),
        ("x.example.com/v1", "Thing")
    );
    assert_eq!(d.object["metadata"]["resourceVersion"], "42");
    assert_eq!(d.object["spec"]["n"], 1.5);
    for junk in [&b"{"[..], b"{\"a\":", b"[1,2]", b"{}}", b"  {\"kind\": 5}x"] {
        assert!(
            decode(b"/k", junk, 1, None).is_err(),
            "{}",
            String::from_utf8_lossy(junk)
        );
    }
    assert_eq!(
        decode(b"/k", b"plain text", 1, None),
        Err(DecodeError::NotKubernetes)
    );
}

#[test]
fn malformed_protobuf_errors_say_where() {
    // A Pod whose spec (field 2) claims more bytes than there are.
    let value = envelope("v1", "Pod", b"\x12\x05\x0a\x01");
    let err = decode(b"/registry/pods/a/b", &value, 1, None).expect_err("truncated");
    let msg = err.to_string();
    assert!(
        msg.starts_with("v1 Pod: malformed protobuf object"),
        "{msg}"
    );
    assert!(msg.contains("truncated"), "{msg}");
    // A container (spec.containers[0]) with a varint where its name string belongs.
    let value = envelope("v1", "Pod", b"\x12\x04\x12\x02\x08\x01");
    let msg = decode(b"/registry/pods/a/b", &value, 1, None)
        .expect_err("wire type")
        .to_string();
    assert!(msg.contains("spec.containers[0].name"), "{msg}");
    let msg = decode(b"/k", b"k8s\x00\x12\x00", 1, None)
        .expect_err("no type meta")
        .to_string();
    assert!(msg.contains("no TypeMeta"), "{msg}");
}

/// A tiny deterministic PRNG (xorshift) so mutation runs are reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn truncated_values_never_panic() {
    let config = config();
    let fixtures = load();
    let picks: Vec<&Fixture> = [
        "Pod",
        "CustomResourceDefinition",
        "Event",
        "ControllerRevision",
        "CertificateSigningRequest",
    ]
    .iter()
    .filter_map(|k| fixtures.iter().find(|f| f.entry["kind"] == *k))
    .chain(
        ["aescbc", "aesgcm", "secretbox"]
            .iter()
            .map(|p| by_encoding(&fixtures, p)[0]),
    )
    .collect();
    for f in picks {
        for len in 0..f.value.len() {
            let cut = &f.value[..len];
            let _ = classify(cut);
            let result = decode(f.key.as_bytes(), cut, f.mod_revision, Some(&config));
            if f.entry["encrypted"] == true && len > 0 {
                assert!(result.is_err(), "{} truncated to {len} decrypted", f.key);
            }
        }
    }
}

#[test]
fn mutated_and_random_values_never_panic() {
    let fixtures = load();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..4000 {
        let base = &fixtures[rng.below(fixtures.len())].value;
        let mut v = base.clone();
        for _ in 0..1 + rng.below(4) {
            if v.is_empty() {
                break;
            }
            let i = rng.below(v.len());
            match rng.below(4) {
                0 => v[i] ^= 1 << rng.below(8),
                1 => v[i] = rng.next() as u8,
                2 => {
                    v.remove(i);
                }
                _ => v.insert(i, rng.next() as u8),
            }
        }
        exercise(&v);
        let random: Vec<u8> = (0..rng.below(300)).map(|_| rng.next() as u8).collect();
        exercise(&random);
        exercise(&[b"k8s\x00".as_slice(), &random].concat());
        exercise(&[b"k8s:enc:aesgcm:v1:key2:".as_slice(), &random].concat());
        if round % 50 == 0 {
            exercise(&[b"{\"kind\":".as_slice(), &random].concat());
        }
    }
    // Pathological nesting must hit the depth limit, not the stack.
    let mut deep = b"\x0a\x00".to_vec();
    for _ in 0..10_000 {
        let mut outer = vec![0x12];
        let mut len = deep.len();
        while len >= 0x80 {
            outer.push((len as u8) | 0x80);
            len >>= 7;
        }
        outer.push(len as u8);
        outer.extend_from_slice(&deep);
        deep = outer;
    }
    exercise(&envelope(
        "apiextensions.k8s.io/v1",
        "CustomResourceDefinition",
        &deep,
    ));
}

/// Not a correctness test: `cargo test [--release] -- --ignored --nocapture throughput`.
#[test]
#[ignore]
fn throughput() {
    let config = config();
    let fixtures = load();
    let bytes: usize = fixtures.iter().map(|f| f.value.len()).sum();
    let rounds = if cfg!(debug_assertions) { 20 } else { 200 };
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for f in &fixtures {
            let d =
                decode(f.key.as_bytes(), &f.value, f.mod_revision, Some(&config)).expect("decode");
            std::hint::black_box(d);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = (rounds * fixtures.len()) as f64;
    println!(
        "decode: {:.0} objects/s, {:.1} MB/s ({} objects, {} bytes, x{rounds})",
        n / secs,
        (rounds * bytes) as f64 / secs / 1e6,
        fixtures.len(),
        bytes
    );
    let start = std::time::Instant::now();
    let mut count = 0usize;
    while count < 100_000 {
        for f in &fixtures {
            std::hint::black_box(classify(&f.value));
            count += 1;
        }
    }
    println!(
        "classify: {:.0} values/s",
        count as f64 / start.elapsed().as_secs_f64()
    );
}
