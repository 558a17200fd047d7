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
//!
//! First of all the content is checked with the widget's own schema and validation (the model
//! modules below, which know nothing of the browser or of OUT_DIR): invalid JSON, a missing
//! field, a dangling id or a missing translation stops the build with the file and the path of
//! the bad field. The tape is written from that typed content, each struct destructured whole,
//! so a new field fails to compile here until it is written (as it does in the reader).

use std::collections::HashMap;
use std::{env, fs, path::Path};

use serde_json::{json, Value};

/// The content schema and its checks, shared with the widget (`src/model/`).
#[allow(dead_code)]
#[path = "src/model"]
mod model {
    pub mod content;
    pub mod error;
    pub mod ids;
    mod sort;
    pub mod text;
    pub mod validate;

    pub use ids::{RegionId, Side, View};
    pub use sort::sort_small;
}

/// The figure (`src/geometry/`), to check that it draws exactly the regions of the content.
#[allow(dead_code, unused_imports)]
#[path = "src/geometry/mod.rs"]
mod geometry;

use model::content::{
    Content, Curve, Disc, Evidence, Group, HeadLoad, LevelText, Muscle, RedFlag, Region, Safety,
    SafetySection, Segment, Show, Source, Spine, Topic, TriggerPoint, VertebraNote,
};
use model::ids::Side;
use model::text::Text;

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

/// Writes content values in the order `src/model/tape.rs` reads them; each text's Spanish is
/// referred to by its index in the pack.
struct Tape<'a> {
    out: String,
    pack: &'a Pack,
}

impl Tape<'_> {
    fn s(&mut self, value: impl ToString) {
        let text = value.to_string();
        assert!(
            !text.contains(SEP),
            "content must not contain U+001F: {text}"
        );
        self.out.push_str(&text);
        self.out.push(SEP);
    }

    /// English, then the Spanish's index in the pack.
    fn text(&mut self, text: &Text) {
        let index = self.pack.index.get(&text.es).copied();
        let index = index.unwrap_or_else(|| panic!("Spanish not in the pack: {}", text.es));
        self.s(&text.en);
        self.s("");
        self.s(index);
    }

    /// English and Spanish, for what is said while the pack loads.
    fn bilingual(&mut self, text: &Text) {
        self.s(&text.en);
        self.s(&text.es);
        self.s("");
    }

    fn list<T>(&mut self, items: &[T], item: impl Fn(&mut Self, &T)) {
        self.s(items.len());
        for v in items {
            item(self, v);
        }
    }

    fn ids<T: std::fmt::Display>(&mut self, ids: &[T]) {
        self.list(ids, |t, id| t.s(id));
    }

    fn texts(&mut self, texts: &[Text]) {
        self.list(texts, |t, text| t.text(text));
    }

    fn source(&mut self, Source { id, citation, url }: &Source) {
        self.s(id);
        self.s(citation);
        self.s(url.as_deref().unwrap_or_default());
    }

    fn region(&mut self, region: &Region) {
        let Region {
            id,
            view,
            side,
            name,
            in_scope,
        } = region;
        self.s(id);
        self.s(view.as_str());
        self.s(match side {
            Side::Left => "left",
            Side::Right => "right",
            Side::Mid => "mid",
        });
        self.text(name);
        self.s(in_scope);
    }

    fn trigger_point(&mut self, point: &TriggerPoint) {
        let TriggerPoint {
            location,
            essential,
            spillover,
        } = point;
        self.text(location);
        self.ids(essential);
        self.ids(spillover);
    }

    fn muscle(&mut self, muscle: &Muscle) {
        let Muscle {
            id,
            group,
            name,
            anatomical,
            position,
            summary,
            attachments,
            levels,
            action,
            trigger_points,
            causes,
            symptoms,
            therapist,
            self_care,
            prevalence,
            prevalence_note,
            sources,
        } = muscle;
        self.s(id);
        self.s(match group {
            Group::Neck => "neck",
            Group::UpperBack => "upper_back",
            Group::LowBackHips => "low_back_hips",
        });
        for text in [name, anatomical, position, summary, attachments] {
            self.text(text);
        }
        self.s(levels);
        self.text(action);
        self.list(trigger_points, Self::trigger_point);
        self.texts(causes);
        self.texts(symptoms);
        self.text(therapist);
        self.texts(self_care);
        self.s(prevalence);
        self.text(prevalence_note);
        self.ids(sources);
    }

    fn spine(&mut self, spine: &Spine) {
        let Spine {
            segments,
            curves,
            discs,
            vertebrae,
        } = spine;
        self.list(segments, |t, segment| {
            let Segment {
                id,
                name,
                range,
                count,
                text,
                detail,
            } = segment;
            t.s(id);
            t.text(name);
            t.s(range);
            t.s(count);
            t.text(text);
            t.text(detail);
        });
        self.list(curves, |t, curve| {
            let Curve {
                id,
                name,
                primary,
                text,
            } = curve;
            t.s(id);
            t.text(name);
            t.s(primary);
            t.text(text);
        });
        let Disc { count, text } = discs;
        self.s(count);
        self.text(text);
        self.list(vertebrae, |t, VertebraNote { id, name, text }| {
            t.s(id);
            t.text(name);
            t.text(text);
        });
    }

    fn topic(&mut self, topic: &Topic) {
        let Topic {
            id,
            title,
            summary,
            body,
            evidence,
            evidence_note,
            show,
            head_loads,
            sources,
        } = topic;
        self.s(id);
        self.text(title);
        self.text(summary);
        self.texts(body);
        self.s(match evidence {
            Evidence::Strong => "strong",
            Evidence::Moderate => "moderate",
            Evidence::Limited => "limited",
            Evidence::Disputed => "disputed",
        });
        self.text(evidence_note);
        let Show {
            view,
            muscles,
            regions,
            spine,
        } = show;
        self.s(view.as_str());
        self.ids(muscles);
        self.ids(regions);
        self.ids(spine);
        self.list(head_loads, |t, HeadLoad { angle, kg, lb }| {
            t.s(angle);
            t.s(kg);
            t.s(lb);
        });
        self.ids(sources);
    }

    fn safety(&mut self, safety: &Safety) {
        let Safety {
            disclaimer,
            levels,
            red_flags,
            sections,
        } = safety;
        self.text(disclaimer);
        self.list(
            levels,
            |t,
             LevelText {
                 level,
                 title,
                 intro,
                 lead,
             }| {
                t.s(level.as_str());
                for text in [title, intro, lead] {
                    t.text(text);
                }
            },
        );
        self.list(red_flags, |t, flag| {
            let RedFlag {
                id,
                level,
                sign,
                areas,
                sources,
            } = flag;
            t.s(id);
            t.s(level.as_str());
            t.text(sign);
            t.ids(areas);
            t.ids(sources);
        });
        self.list(sections, |t, section| {
            let SafetySection {
                id,
                title,
                intro,
                items,
                sources,
            } = section;
            t.s(id);
            t.text(title);
            t.text(intro);
            t.texts(items);
            t.ids(sources);
        });
    }
}

/// The whole content on one tape, in `Content`'s field order, English with Spanish in `pack`.
fn tape(content: &Content, pack: &Pack) -> String {
    let Content {
        sources,
        regions,
        muscles,
        spine,
        topics,
        safety,
        ui,
        note: _,
    } = content;
    let mut t = Tape {
        out: String::new(),
        pack,
    };
    t.list(sources, Tape::source);
    t.list(regions, Tape::region);
    t.list(muscles, Tape::muscle);
    t.spine(spine);
    t.list(topics, Tape::topic);
    t.safety(safety);
    t.s(ui.len());
    for (key, text) in ui {
        t.s(key);
        match BILINGUAL.contains(&key.as_str()) {
            true => t.bilingual(text),
            false => t.text(text),
        }
    }
    t.out
}

/// Whether each view of the figure draws exactly the content's regions of that view: the ids
/// in `content/regions.json` are the one list, and the figure's cells must match it.
fn regions_drawn(content: &Content) -> Result<(), String> {
    use model::View;
    for view in [View::Front, View::Back, View::Side] {
        let drawn: Vec<&str> = geometry::figure(view)
            .regions
            .iter()
            .map(|r| r.id)
            .collect();
        let listed: Vec<&str> = content
            .regions
            .iter()
            .filter(|r| r.view == view)
            .map(|r| r.id.as_str())
            .collect();
        let name = view.as_str();
        if let Some(id) = listed.iter().find(|id| !drawn.contains(id)) {
            return Err(format!("region \"{id}\" is not drawn on the {name} view"));
        }
        if let Some(id) = drawn.iter().find(|id| !listed.contains(id)) {
            return Err(format!(
                "the {name} view draws \"{id}\", which is not among the regions"
            ));
        }
    }
    Ok(())
}

/// Whether the referral zones drawn (`src/geometry/referral.rs`) match the content: each names
/// a muscle and a trigger point of it, and every trigger point's essential and spillover zones
/// (when the content lists any) are drawn.
fn referral_drawn(content: &Content) -> Result<(), String> {
    use geometry::ReferralKind;
    let drawn = geometry::drawn_zones();
    for &(id, number, kind) in &drawn {
        let muscle = content.muscles.iter().find(|m| m.id.as_str() == id);
        let Some(muscle) = muscle else {
            return Err(format!("a referral zone names the unknown muscle \"{id}\""));
        };
        if number == 0 || number > muscle.trigger_points.len() {
            return Err(format!(
                "a {} zone of \"{id}\" names trigger point {number}, which it does not have",
                kind.as_str()
            ));
        }
    }
    for muscle in &content.muscles {
        for (i, tp) in muscle.trigger_points.iter().enumerate() {
            for (kind, regions) in [
                (ReferralKind::Essential, &tp.essential),
                (ReferralKind::Spillover, &tp.spillover),
            ] {
                let id = muscle.id.as_str();
                if !regions.is_empty() && !drawn.contains(&(id, i + 1, kind)) {
                    return Err(format!(
                        "trigger point {} of \"{id}\" has {} regions but no {} zone drawn",
                        i + 1,
                        kind.as_str(),
                        kind.as_str()
                    ));
                }
            }
        }
    }
    Ok(())
}

/// `UiKey`, one variant per key of `ui.json` (`see-answer` becomes `SeeAnswer`): a component
/// asks for a string by variant, so a key missing from `ui.json` fails to compile.
fn ui_key_enum<'a>(keys: impl Iterator<Item = &'a String>) -> String {
    let keys: Vec<(&String, String)> = keys
        .map(|key| {
            let variant = key
                .split('-')
                .map(|part| {
                    let mut chars = part.chars();
                    chars.next().map_or_else(String::new, |first| {
                        first.to_ascii_uppercase().to_string() + chars.as_str()
                    })
                })
                .collect();
            (key, variant)
        })
        .collect();
    let mut out = String::from(
        "/// An interface string of `content/ui.json`, by its key (generated by `build.rs`).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         pub enum UiKey {\n",
    );
    for (key, variant) in &keys {
        out += &format!("    /// `{key}`\n    {variant},\n");
    }
    out += "}\n\nimpl UiKey {\n    /// Every key, sorted.\n";
    out += &format!("    pub const ALL: [UiKey; {}] = [\n", keys.len());
    for (_, variant) in &keys {
        out += &format!("        UiKey::{variant},\n");
    }
    out += "    ];\n\n    /// The key as written in `ui.json` (and in host content's `strings`).\n";
    out += "    pub fn as_str(self) -> &'static str {\n        match self {\n";
    for (key, variant) in &keys {
        out += &format!("            UiKey::{variant} => \"{key}\",\n");
    }
    out += "        }\n    }\n}\n";
    out
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
    println!("cargo:rerun-if-changed=src/model");
    println!("cargo:rerun-if-changed=src/geometry");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let mut names: Vec<_> = fs::read_dir("content")
        .expect("content/ exists")
        .map(|entry| entry.expect("readable content/").path())
        .filter(|path| path.extension().and_then(|e| e.to_str()) == Some("json"))
        .collect();
    // The pack's order, and so its id, must not depend on the order the folder lists.
    names.sort();
    let files: Vec<(String, String)> = names
        .iter()
        .map(|path| {
            let name = path.file_name().expect("a file name").to_string_lossy();
            let text = fs::read_to_string(path).expect("readable content file");
            (name.into_owned(), text)
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let content = match model::validate::load(&borrowed, &[]) {
        Ok(content) => content,
        Err(err) => {
            eprintln!("error: content/{err}");
            std::process::exit(1);
        }
    };
    if let Err(message) = regions_drawn(&content) {
        eprintln!("error: content/regions.json: {message}");
        std::process::exit(1);
    }
    if let Err(message) = referral_drawn(&content) {
        eprintln!("error: src/geometry/referral.rs: {message}");
        std::process::exit(1);
    }
    let mut pack = Pack::default();
    for (name, text) in &files {
        let value: Value = serde_json::from_str(text).expect("checked above");
        write(&out.join(name), &value.to_string());
        let english = english(&value, &mut pack);
        write(&out.join("en").join(name), &english.to_string());
    }
    write(&out.join("content.tape"), &tape(&content, &pack));
    write(&out.join("ui_key.rs"), &ui_key_enum(content.ui.keys()));
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
