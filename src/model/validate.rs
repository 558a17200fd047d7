//! Parsing with paths, and the checks that make every reference resolve.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::content::{Content, Level, Muscle, Region, Safety, Source, Spine, Topic};
use super::error::{ContentError, ErrorKind};
use super::ids::{RegionId, Side, SourceId};
use super::text::Text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionsFile {
    regions: Vec<Region>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MusclesFile {
    muscles: Vec<Muscle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    topics: Vec<Topic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UiFile {
    strings: BTreeMap<String, Text>,
}

/// Parses one JSON document, turning serde's error into one that names the field's path.
///
/// Syntax is checked first, over the whole text (so trailing text is an error too); then the
/// value is read into the schema, so every error of the second step is a schema error.
fn parse<T: DeserializeOwned>(file: &str, json: &str) -> Result<T, ContentError> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|err| {
        // Name the field where the text breaks, as far as the reader got.
        let de = &mut serde_json::Deserializer::from_str(json);
        let path = match serde_path_to_error::deserialize::<_, T>(de) {
            Err(e) => e.path().to_string(),
            Ok(_) => String::new(),
        };
        let path = match path.trim_end_matches(".?").trim_end_matches('?') {
            "" => ".".to_owned(),
            p => p.to_owned(),
        };
        ContentError::new(
            ErrorKind::Syntax,
            file,
            path,
            format!("not valid JSON: {err}"),
        )
    })?;
    if !value.is_object() {
        let message = "expected a JSON object at the top".to_owned();
        return Err(ContentError::new(ErrorKind::Schema, file, ".", message));
    }
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = match err.path().to_string().as_str() {
            "" | "?" => ".".to_owned(),
            p => p.to_owned(),
        };
        let message = err.into_inner().to_string();
        ContentError::new(ErrorKind::Schema, file, path, message)
    })
}

fn file<'a>(files: &[(&str, &'a str)], name: &str) -> Result<&'a str, ContentError> {
    files
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, json)| *json)
        .ok_or_else(|| {
            ContentError::new(ErrorKind::Schema, name, ".", "the file is missing".into())
        })
}

/// Where each item came from, so semantic errors can name file and index.
struct Origin {
    file: &'static str,
    index: usize,
}

/// Parses and validates content files. `ui_keys`, when not empty, are the interface strings the
/// widget was built with: `ui.json` must give each of them, and no other. (The build script
/// passes none: its `ui.json` is where the keys come from.)
pub(crate) fn load(files: &[(&str, &str)], ui_keys: &[&str]) -> Result<Content, ContentError> {
    let sources = parse::<SourcesFile>("sources.json", file(files, "sources.json")?)?.sources;
    let regions = parse::<RegionsFile>("regions.json", file(files, "regions.json")?)?.regions;
    let mut muscles = Vec::new();
    let mut origins = Vec::new();
    for name in [
        "muscles-neck.json",
        "muscles-back.json",
        "muscles-hips.json",
    ] {
        let list = parse::<MusclesFile>(name, file(files, name)?)?.muscles;
        origins.extend((0..list.len()).map(|index| Origin { file: name, index }));
        muscles.extend(list);
    }
    let spine = parse::<Spine>("spine.json", file(files, "spine.json")?)?;
    let topics = parse::<TopicsFile>("topics.json", file(files, "topics.json")?)?.topics;
    let safety = parse::<Safety>("safety.json", file(files, "safety.json")?)?;
    let ui = parse::<UiFile>("ui.json", file(files, "ui.json")?)?.strings;
    let content = Content {
        sources,
        regions,
        muscles,
        spine,
        topics,
        safety,
        ui,
        note: None,
    };
    check(&content, &origins)?;
    check_ui_keys(&content, ui_keys)?;
    Ok(content)
}

fn unique<'a>(
    file: &str,
    list: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<BTreeSet<&'a str>, ContentError> {
    let mut seen = BTreeSet::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            let msg = "empty id".to_owned();
            return Err(ContentError::new(
                ErrorKind::Empty,
                file,
                format!("{list}[{i}].id"),
                msg,
            ));
        }
        if !seen.insert(id) {
            return Err(ContentError::new(
                ErrorKind::DuplicateId,
                file,
                format!("{list}[{i}].id"),
                format!("duplicate id \"{id}\""),
            ));
        }
    }
    Ok(seen)
}

fn cite(
    file: &str,
    path: &str,
    cited: &[SourceId],
    sources: &BTreeSet<&str>,
) -> Result<(), ContentError> {
    if cited.is_empty() {
        let msg = "cites no source".to_owned();
        return Err(ContentError::new(
            ErrorKind::Empty,
            file,
            format!("{path}.sources"),
            msg,
        ));
    }
    for (i, s) in cited.iter().enumerate() {
        if !sources.contains(s.as_str()) {
            return Err(ContentError::new(
                ErrorKind::UnknownId,
                file,
                format!("{path}.sources[{i}]"),
                format!("unknown source \"{s}\""),
            ));
        }
    }
    Ok(())
}

fn known<'a, T: AsRef<str> + 'a>(
    file: &str,
    path: &str,
    what: &str,
    ids: impl IntoIterator<Item = &'a T>,
    set: &BTreeSet<&str>,
) -> Result<(), ContentError> {
    for (i, id) in ids.into_iter().enumerate() {
        let id = id.as_ref();
        if !set.contains(id) {
            return Err(ContentError::new(
                ErrorKind::UnknownId,
                file,
                format!("{path}[{i}]"),
                format!("unknown {what} \"{id}\""),
            ));
        }
    }
    Ok(())
}

macro_rules! as_ref_str {
    ($($t:ty),*) => {$(
        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
    )*};
}
as_ref_str!(
    super::ids::MuscleId,
    super::ids::RegionId,
    super::ids::SegmentId,
    super::ids::SourceId
);

fn check_ui_keys(c: &Content, ui_keys: &[&str]) -> Result<(), ContentError> {
    if ui_keys.is_empty() {
        return Ok(());
    }
    for (i, key) in ui_keys.iter().enumerate() {
        if !c.ui.contains_key(*key) {
            return Err(ContentError::new(
                ErrorKind::Schema,
                "ui.json",
                format!("strings.{key}"),
                format!("the interface string \"{key}\" is missing (key {i} of the interface)"),
            ));
        }
    }
    if let Some(extra) = c.ui.keys().find(|k| !ui_keys.contains(&k.as_str())) {
        return Err(ContentError::new(
            ErrorKind::UnknownId,
            "ui.json",
            format!("strings.{extra}"),
            format!("\"{extra}\" is not an interface string"),
        ));
    }
    Ok(())
}

fn check(c: &Content, origins: &[Origin]) -> Result<(), ContentError> {
    let sources = unique(
        "sources.json",
        "sources",
        c.sources.iter().map(|s| s.id.as_str()),
    )?;
    let regions = unique(
        "regions.json",
        "regions",
        c.regions.iter().map(|r| r.id.as_str()),
    )?;
    let segments = unique(
        "spine.json",
        "segments",
        c.spine.segments.iter().map(|s| s.id.as_str()),
    )?;
    unique(
        "topics.json",
        "topics",
        c.topics.iter().map(|t| t.id.as_str()),
    )?;
    unique(
        "safety.json",
        "sections",
        c.safety.sections.iter().map(|s| s.id.as_str()),
    )?;
    unique(
        "safety.json",
        "red_flags",
        c.safety.red_flags.iter().map(|f| f.id.as_str()),
    )?;
    for (i, m) in c.muscles.iter().enumerate() {
        if let Some(j) = c.muscles[..i].iter().position(|o| o.id == m.id) {
            let o = &origins[i];
            return Err(ContentError::new(
                ErrorKind::DuplicateId,
                o.file,
                format!("muscles[{}].id", o.index),
                format!("duplicate id \"{}\" (first in {})", m.id, origins[j].file),
            ));
        }
    }
    let muscles: BTreeSet<&str> = c.muscles.iter().map(|m| m.id.as_str()).collect();

    for (i, r) in c.regions.iter().enumerate() {
        let id = r.id.as_str();
        let side_ok = match r.side {
            Side::Left => id.ends_with("-left"),
            Side::Right => id.ends_with("-right"),
            Side::Mid => !id.ends_with("-left") && !id.ends_with("-right"),
        };
        if !side_ok {
            return Err(ContentError::new(
                ErrorKind::Invalid,
                "regions.json",
                format!("regions[{i}].side"),
                format!("side does not match the id \"{id}\""),
            ));
        }
        if !regions.contains(r.id.mirrored().as_str()) {
            return Err(ContentError::new(
                ErrorKind::UnknownId,
                "regions.json",
                format!("regions[{i}].id"),
                format!("\"{id}\" has no mirror \"{}\"", r.id.mirrored()),
            ));
        }
    }

    let mut referenced: BTreeSet<RegionId> = BTreeSet::new();
    for (m, o) in c.muscles.iter().zip(origins) {
        let path = format!("muscles[{}]", o.index);
        cite(o.file, &path, &m.sources, &sources)?;
        if !(1..=5).contains(&m.prevalence) {
            return Err(ContentError::new(
                ErrorKind::Invalid,
                o.file,
                format!("{path}.prevalence"),
                format!("must be 1 to 5, found {}", m.prevalence),
            ));
        }
        if m.trigger_points.is_empty() {
            let msg = "lists no trigger point".to_owned();
            return Err(ContentError::new(
                ErrorKind::Empty,
                o.file,
                format!("{path}.trigger_points"),
                msg,
            ));
        }
        for (t, tp) in m.trigger_points.iter().enumerate() {
            let tpath = format!("{path}.trigger_points[{t}]");
            if tp.essential.is_empty() {
                let msg = "lists no essential zone".to_owned();
                return Err(ContentError::new(
                    ErrorKind::Empty,
                    o.file,
                    format!("{tpath}.essential"),
                    msg,
                ));
            }
            for (list, ids) in [("essential", &tp.essential), ("spillover", &tp.spillover)] {
                known(o.file, &format!("{tpath}.{list}"), "region", ids, &regions)?;
                referenced.extend(ids.iter().flat_map(|r| [r.clone(), r.mirrored()]));
            }
        }
        for (list, items) in [
            ("causes", &m.causes),
            ("symptoms", &m.symptoms),
            ("self_care", &m.self_care),
        ] {
            if items.is_empty() {
                let msg = "is empty".to_owned();
                return Err(ContentError::new(
                    ErrorKind::Empty,
                    o.file,
                    format!("{path}.{list}"),
                    msg,
                ));
            }
        }
    }
    for (i, r) in c.regions.iter().enumerate() {
        let used = referenced.contains(&r.id);
        if used != r.in_scope {
            let message = if used {
                format!(
                    "\"{}\" is marked out of scope but a muscle refers pain there",
                    r.id
                )
            } else {
                format!("\"{}\" is in scope but no muscle refers pain there", r.id)
            };
            let path = format!("regions[{i}].in_scope");
            return Err(ContentError::new(
                ErrorKind::Invalid,
                "regions.json",
                path,
                message,
            ));
        }
    }

    let count: u32 = c.spine.segments.iter().map(|s| u32::from(s.count)).sum();
    if count != 33 || c.spine.discs.count != 23 {
        return Err(ContentError::new(
            ErrorKind::Invalid,
            "spine.json",
            "segments",
            format!(
                "the spine has 33 vertebrae and 23 discs, found {count} and {}",
                c.spine.discs.count
            ),
        ));
    }

    for (i, t) in c.topics.iter().enumerate() {
        let path = format!("topics[{i}]");
        cite("topics.json", &path, &t.sources, &sources)?;
        known(
            "topics.json",
            &format!("{path}.show.muscles"),
            "muscle",
            &t.show.muscles,
            &muscles,
        )?;
        known(
            "topics.json",
            &format!("{path}.show.regions"),
            "region",
            &t.show.regions,
            &regions,
        )?;
        known(
            "topics.json",
            &format!("{path}.show.spine"),
            "spine segment",
            &t.show.spine,
            &segments,
        )?;
        if t.body.is_empty() {
            let msg = "has no paragraph".to_owned();
            return Err(ContentError::new(
                ErrorKind::Empty,
                "topics.json",
                format!("{path}.body"),
                msg,
            ));
        }
    }
    for (i, s) in c.safety.sections.iter().enumerate() {
        let path = format!("sections[{i}]");
        cite("safety.json", &path, &s.sources, &sources)?;
        if s.items.is_empty() {
            let msg = "lists no sign".to_owned();
            return Err(ContentError::new(
                ErrorKind::Empty,
                "safety.json",
                format!("{path}.items"),
                msg,
            ));
        }
    }

    check_triage(&c.safety, &regions, &sources)?;

    for (path, text) in texts(c) {
        for (lang, s) in text.all() {
            if s.trim().is_empty() {
                let (file, path) = path.split_once(": ").unwrap_or(("content", &path));
                return Err(ContentError::new(
                    ErrorKind::Empty,
                    file,
                    format!("{path}.{}", lang.code()),
                    "empty text".to_owned(),
                ));
            }
        }
    }
    Ok(())
}

/// Every triage level is worded once, and every red flag cites its advice and names areas that
/// exist.
fn check_triage(
    safety: &Safety,
    regions: &BTreeSet<&str>,
    sources: &BTreeSet<&str>,
) -> Result<(), ContentError> {
    for level in Level::ALL {
        let found = safety.levels.iter().filter(|l| l.level == level).count();
        if found != 1 {
            let message = format!(
                "the level \"{}\" must be worded once, found {found}",
                level.as_str()
            );
            return Err(ContentError::new(
                ErrorKind::Invalid,
                "safety.json",
                "levels",
                message,
            ));
        }
    }
    if safety.red_flags.is_empty() {
        let msg = "lists no red flag".to_owned();
        return Err(ContentError::new(
            ErrorKind::Empty,
            "safety.json",
            "red_flags",
            msg,
        ));
    }
    for (i, f) in safety.red_flags.iter().enumerate() {
        let path = format!("red_flags[{i}]");
        cite("safety.json", &path, &f.sources, sources)?;
        known(
            "safety.json",
            &format!("{path}.areas"),
            "region",
            &f.areas,
            regions,
        )?;
    }
    Ok(())
}

/// Every text with `file: path`, in file order.
pub(super) fn texts(c: &Content) -> Vec<(String, &Text)> {
    let mut out: Vec<(String, &Text)> = Vec::new();
    for (i, r) in c.regions.iter().enumerate() {
        out.push((format!("regions.json: regions[{i}].name"), &r.name));
    }
    let mut per_file: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &c.muscles {
        let file = match m.group {
            super::content::Group::Neck => "muscles-neck.json",
            super::content::Group::UpperBack => "muscles-back.json",
            super::content::Group::LowBackHips => "muscles-hips.json",
        };
        let n = per_file.entry(file).or_default();
        let p = format!("{file}: muscles[{n}]");
        *n += 1;
        for (field, t) in [
            ("name", &m.name),
            ("anatomical", &m.anatomical),
            ("position", &m.position),
            ("summary", &m.summary),
            ("attachments", &m.attachments),
            ("action", &m.action),
            ("therapist", &m.therapist),
            ("prevalence_note", &m.prevalence_note),
        ] {
            out.push((format!("{p}.{field}"), t));
        }
        for (t, tp) in m.trigger_points.iter().enumerate() {
            out.push((format!("{p}.trigger_points[{t}].location"), &tp.location));
        }
        for (field, list) in [
            ("causes", &m.causes),
            ("symptoms", &m.symptoms),
            ("self_care", &m.self_care),
        ] {
            out.extend(
                list.iter()
                    .enumerate()
                    .map(|(i, t)| (format!("{p}.{field}[{i}]"), t)),
            );
        }
    }
    for (i, s) in c.spine.segments.iter().enumerate() {
        for (field, t) in [("name", &s.name), ("text", &s.text), ("detail", &s.detail)] {
            out.push((format!("spine.json: segments[{i}].{field}"), t));
        }
    }
    for (i, s) in c.spine.curves.iter().enumerate() {
        for (field, t) in [("name", &s.name), ("text", &s.text)] {
            out.push((format!("spine.json: curves[{i}].{field}"), t));
        }
    }
    out.push(("spine.json: discs.text".to_owned(), &c.spine.discs.text));
    for (i, s) in c.spine.vertebrae.iter().enumerate() {
        for (field, t) in [("name", &s.name), ("text", &s.text)] {
            out.push((format!("spine.json: vertebrae[{i}].{field}"), t));
        }
    }
    for (i, t) in c.topics.iter().enumerate() {
        let p = format!("topics.json: topics[{i}]");
        for (field, text) in [
            ("title", &t.title),
            ("summary", &t.summary),
            ("evidence_note", &t.evidence_note),
        ] {
            out.push((format!("{p}.{field}"), text));
        }
        out.extend(
            t.body
                .iter()
                .enumerate()
                .map(|(j, b)| (format!("{p}.body[{j}]"), b)),
        );
    }
    out.push(("safety.json: disclaimer".to_owned(), &c.safety.disclaimer));
    for (i, l) in c.safety.levels.iter().enumerate() {
        for (field, t) in [("title", &l.title), ("intro", &l.intro), ("lead", &l.lead)] {
            out.push((format!("safety.json: levels[{i}].{field}"), t));
        }
    }
    for (i, f) in c.safety.red_flags.iter().enumerate() {
        out.push((format!("safety.json: red_flags[{i}].sign"), &f.sign));
    }
    for (i, s) in c.safety.sections.iter().enumerate() {
        let p = format!("safety.json: sections[{i}]");
        out.push((format!("{p}.title"), &s.title));
        out.push((format!("{p}.intro"), &s.intro));
        out.extend(
            s.items
                .iter()
                .enumerate()
                .map(|(j, t)| (format!("{p}.items[{j}]"), t)),
        );
    }
    for (key, t) in &c.ui {
        out.push((format!("ui.json: strings.{key}"), t));
    }
    out
}
