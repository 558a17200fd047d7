//! Prepares the content JSON for the widget, in OUT_DIR:
//! - `<file>`: each content file minified, in both languages (native tests, validation);
//! - `en/<file>`: the same without Spanish, which the widget carries: each `{"en", "es"}` text
//!   becomes `["English", n]`, `n` indexing the Spanish pack (`ui.json` stays bilingual, so the
//!   interface switches language at once);
//! - `body-map-es.json`: the Spanish pack, `{"id": …, "strings": […]}`, which the widget fetches
//!   only when Spanish is asked for; `id` ties it to this build's English files.
//!
//! The pack is also written to `target/lang/`, where the Trunk build picks it up for `dist/`.

use std::collections::HashMap;
use std::{env, fs, path::Path};

use serde_json::{json, Value};

/// Files whose texts stay in both languages.
const BILINGUAL: [&str; 1] = ["ui.json"];

/// The Spanish strings in pack order, each stored once.
#[derive(Default)]
struct Pack {
    strings: Vec<String>,
    index: HashMap<String, usize>,
}

impl Pack {
    fn add(&mut self, es: &str) -> usize {
        if let Some(&i) = self.index.get(es) {
            return i;
        }
        self.strings.push(es.to_owned());
        self.index.insert(es.to_owned(), self.strings.len() - 1);
        self.strings.len() - 1
    }

    /// A short fingerprint (FNV-1a, 64 bits) of the pack's strings and their order.
    fn id(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for s in &self.strings {
            for b in s.bytes().chain([0]) {
                hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{hash:016x}")
    }
}

/// A `{"en": …, "es": …}` text, and nothing else.
fn as_text(map: &serde_json::Map<String, Value>) -> Option<(&str, &str)> {
    match (map.len(), map.get("en"), map.get("es")) {
        (2, Some(Value::String(en)), Some(Value::String(es))) => Some((en, es)),
        _ => None,
    }
}

/// `value` with every text's Spanish moved into `pack`.
fn english(value: &Value, pack: &mut Pack) -> Value {
    match value {
        Value::Object(map) => match as_text(map) {
            Some((en, es)) => json!([en, pack.add(es)]),
            None => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), english(v, pack)))
                    .collect(),
            ),
        },
        Value::Array(items) => Value::Array(items.iter().map(|v| english(v, pack)).collect()),
        other => other.clone(),
    }
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).expect("a writable output folder");
    }
    // Written whole and then renamed, so a concurrent build never reads half a file.
    let partial = path.with_extension("partial");
    fs::write(&partial, text).expect("a writable output folder");
    fs::rename(&partial, path).expect("a writable output folder");
}

fn main() {
    println!("cargo:rerun-if-changed=content");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let mut names: Vec<_> = fs::read_dir("content")
        .expect("content/ exists")
        .map(|entry| entry.expect("readable content/").path())
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some("json"))
        .collect();
    // The pack's order, and so its id, must not depend on the order the folder lists.
    names.sort();
    let mut pack = Pack::default();
    for path in names {
        let name = path.file_name().expect("a file name").to_string_lossy();
        let text = fs::read_to_string(&path).expect("readable content file");
        // Invalid JSON is copied as it is: the model reports it with its path at load.
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            write(&out.join(&*name), &text);
            write(&out.join("en").join(&*name), &text);
            continue;
        };
        write(&out.join(&*name), &value.to_string());
        let english = match BILINGUAL.contains(&&*name) {
            true => value,
            false => english(&value, &mut pack),
        };
        write(&out.join("en").join(&*name), &english.to_string());
    }
    let id = pack.id();
    let json = json!({ "id": id, "strings": pack.strings }).to_string();
    write(&out.join("body-map-es.json"), &json);
    write(&out.join("es-pack-id"), &id);
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    write(
        &Path::new(&manifest).join("target/lang/body-map-es.json"),
        &json,
    );
}
