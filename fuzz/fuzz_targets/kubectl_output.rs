//! Fuzz target: arbitrary bytes through the kubectl-compatible printers — as a stored value
//! (decoded, then printed as `-o yaml` and `-o json`) and as a string used for keys and
//! values of every YAML style (plain, quoted, literal, folded). They must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../src/decode/mod.rs"]
mod decode;
#[path = "../../src/output/gojson.rs"]
mod gojson;
#[path = "../../src/output/goyaml.rs"]
mod goyaml;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let long = format!("{s} {s} {s} {s} {s} {s} {s} {s} {s} {s}");
    let v =
        serde_json::json!({ s.as_ref(): [s.as_ref(), {"k": s.as_ref(), "long": long}], "n": []});
    let _ = goyaml::to_string(&v);
    let _ = gojson::to_string(&v);
    let mut list = String::new();
    goyaml::write_list_item(&mut list, &v);
    // As a stored value, with and without managedFields (the two ways `get` decodes).
    for managed_fields in [true, false] {
        if let Ok(d) =
            decode::decode_with(b"/registry/configmaps/x/y", data, 1, None, managed_fields)
        {
            let _ = goyaml::to_string(&d.object);
            goyaml::write_list_item(&mut list, &d.object);
            let _ = gojson::to_string(&d.object);
        }
    }
});
