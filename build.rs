//! Prepares the content JSON for the widget, in OUT_DIR:
//! - `<file>`: each content file minified, in both languages (native tests, validation);
//! - `en/<file>`: the same without Spanish, which the widget carries: each `{"en", "es"}` text
//!   becomes `["English", n]`, `n` indexing the Spanish pack (only what the widget says while
//!   the pack loads, or if it cannot, stays bilingual);
//! - `body-map-es.json`: the Spanish pack, `{"id": …, "strings": […]}`, which the widget fetches
//!   only when Spanish is asked for; `id` ties it to this build's English files.
//!
//! - `content.tape`: the English content once more, as the widget reads it: every value in a fixed
//!   order, separated by U+001F, with no names and no JSON to parse (`src/model/tape.rs` reads
//!   it; a native test checks that it gives exactly what the English files give).
//!
//! The pack is also written to `target/lang/`, where the Trunk build picks it up for `dist/`.

use std::collections::{BTreeMap, HashMap};
use std::{env, fs, path::Path};

use serde_json::{json, Value};

/// Interface strings that stay in both languages: what the widget says while the Spanish pack
/// loads, or when it cannot.
const BILINGUAL: [&str; 2] = ["lang-loading", "lang-failed"];

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
                    .map(|(k, v)| match BILINGUAL.contains(&k.as_str()) {
                        true => (k.clone(), v.clone()),
                        false => (k.clone(), english(v, pack)),
                    })
                    .collect(),
            ),
        },
        Value::Array(items) => Value::Array(items.iter().map(|v| english(v, pack)).collect()),
        other => other.clone(),
    }
}

/// Separates the values of the tape.
const SEP: char = '\u{1f}';

/// Writes content values in the order `src/model/tape.rs` reads them.
#[derive(Default)]
struct Tape(String);

impl Tape {
    fn s(&mut self, value: &Value) {
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        };
        assert!(
            !text.contains(SEP),
            "content must not contain U+001F: {text}"
        );
        self.0.push_str(&text);
        self.0.push(SEP);
    }

    fn text(&mut self, value: &Value) {
        match value {
            // `["English", n]`: Spanish in the pack.
            Value::Array(pair) => {
                self.s(&pair[0]);
                self.s(&Value::Null);
                self.s(&pair[1]);
            }
            Value::Object(map) => {
                self.s(&map["en"]);
                self.s(&map["es"]);
                self.s(&Value::Null);
            }
            other => panic!("not a text: {other}"),
        }
    }

    fn list(&mut self, value: &Value, item: fn(&mut Tape, &Value)) {
        let items = value.as_array().map(Vec::as_slice).unwrap_or_default();
        self.s(&Value::from(items.len()));
        for v in items {
            item(self, v);
        }
    }
}

fn source(t: &mut Tape, v: &Value) {
    t.s(&v["id"]);
    t.s(&v["citation"]);
    t.s(&v["url"]);
}

fn region(t: &mut Tape, v: &Value) {
    t.s(&v["id"]);
    t.s(&v["view"]);
    t.s(&v["side"]);
    t.text(&v["name"]);
    t.s(&v["in_scope"]);
}

fn trigger_point(t: &mut Tape, v: &Value) {
    t.text(&v["location"]);
    t.list(&v["essential"], Tape::s);
    t.list(&v["spillover"], Tape::s);
}

fn muscle(t: &mut Tape, v: &Value) {
    for key in ["id", "group"] {
        t.s(&v[key]);
    }
    for key in ["name", "anatomical", "summary", "attachments"] {
        t.text(&v[key]);
    }
    t.s(&v["levels"]);
    t.text(&v["action"]);
    t.list(&v["trigger_points"], trigger_point);
    t.list(&v["causes"], Tape::text);
    t.list(&v["symptoms"], Tape::text);
    t.text(&v["therapist"]);
    t.list(&v["self_care"], Tape::text);
    t.s(&v["prevalence"]);
    t.text(&v["prevalence_note"]);
    t.list(&v["sources"], Tape::s);
}

fn spine(t: &mut Tape, v: &Value) {
    t.list(&v["segments"], |t, v| {
        t.s(&v["id"]);
        t.text(&v["name"]);
        t.s(&v["range"]);
        t.s(&v["count"]);
        t.text(&v["text"]);
        t.text(&v["detail"]);
    });
    t.list(&v["curves"], |t, v| {
        t.s(&v["id"]);
        t.text(&v["name"]);
        t.s(&v["primary"]);
        t.text(&v["text"]);
    });
    t.s(&v["discs"]["count"]);
    t.text(&v["discs"]["text"]);
    t.list(&v["vertebrae"], |t, v| {
        t.s(&v["id"]);
        t.text(&v["name"]);
        t.text(&v["text"]);
    });
}

fn topic(t: &mut Tape, v: &Value) {
    t.s(&v["id"]);
    t.text(&v["title"]);
    t.text(&v["summary"]);
    t.list(&v["body"], Tape::text);
    t.s(&v["evidence"]);
    t.text(&v["evidence_note"]);
    let show = &v["show"];
    t.s(&show["view"]);
    for key in ["muscles", "regions", "spine"] {
        t.list(&show[key], Tape::s);
    }
    t.list(&v["head_loads"], |t, v| {
        for key in ["angle", "kg", "lb"] {
            t.s(&v[key]);
        }
    });
    t.list(&v["sources"], Tape::s);
}

fn safety(t: &mut Tape, v: &Value) {
    t.text(&v["disclaimer"]);
    t.list(&v["levels"], |t, v| {
        t.s(&v["level"]);
        for key in ["title", "intro", "lead"] {
            t.text(&v[key]);
        }
    });
    t.list(&v["red_flags"], |t, v| {
        t.s(&v["id"]);
        t.s(&v["level"]);
        t.text(&v["sign"]);
        t.list(&v["areas"], Tape::s);
        t.list(&v["sources"], Tape::s);
    });
    t.list(&v["sections"], |t, v| {
        t.s(&v["id"]);
        t.text(&v["title"]);
        t.text(&v["intro"]);
        t.list(&v["items"], Tape::text);
        t.list(&v["sources"], Tape::s);
    });
}

/// The whole English content on one tape, in `Content`'s field order.
fn tape(files: &BTreeMap<String, Value>) -> String {
    let file = |name: &str| files.get(name).unwrap_or(&Value::Null);
    let mut t = Tape::default();
    t.list(&file("sources.json")["sources"], source);
    t.list(&file("regions.json")["regions"], region);
    let muscles: Vec<Value> = [
        "muscles-neck.json",
        "muscles-back.json",
        "muscles-hips.json",
    ]
    .iter()
    .flat_map(|name| {
        file(name)["muscles"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    })
    .collect();
    t.list(&Value::Array(muscles), muscle);
    spine(&mut t, file("spine.json"));
    t.list(&file("topics.json")["topics"], topic);
    safety(&mut t, file("safety.json"));
    let ui = file("ui.json")["strings"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    t.s(&Value::from(ui.len()));
    for (key, text) in &ui {
        t.s(&Value::String(key.clone()));
        t.text(text);
    }
    t.0
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
    let mut english_files = BTreeMap::new();
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
        let english = english(&value, &mut pack);
        write(&out.join("en").join(&*name), &english.to_string());
        english_files.insert(name.into_owned(), english);
    }
    write(&out.join("content.tape"), &tape(&english_files));
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
