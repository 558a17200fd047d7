//! Properties: no input makes the model panic, and every bad input gets a clear error that
//! names where the problem is. Covers the content files (arbitrary text, arbitrary JSON, and
//! mutations of the real files), host content, attribute values and share codes.
//!
//! Bounded (a few hundred cases per property) so the whole file runs well under 30 s in a debug
//! build.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use body_map::model::{
    decode_share, encode_share, is_safe_url, parse_json, BookingTarget, Content, ContentError,
    ErrorKind, Json, Lang, Mode, MuscleId, Options, RegionId, ShareError, View, ATTRIBUTES,
    BUILTIN_FILES,
};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{Map, Value};

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/// A bounded number of cases, no regression files written into the repository, and a fixed
/// seed so that every run checks the same cases (set `PROPTEST_RNG_SEED` to explore others).
fn config(cases: u32) -> ProptestConfig {
    let seed = std::env::var("PROPTEST_RNG_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_b0d7);
    ProptestConfig {
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(seed),
        ..ProptestConfig::with_cases(cases)
    }
}

fn builtin() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::builtin().expect("built-in content is valid"))
}

fn file_names() -> Vec<&'static str> {
    BUILTIN_FILES.iter().map(|(n, _)| *n).collect()
}

fn all_regions() -> &'static [RegionId] {
    static REGIONS: OnceLock<Vec<RegionId>> = OnceLock::new();
    REGIONS.get_or_init(|| builtin().regions.iter().map(|r| r.id.clone()).collect())
}

/// The built-in files with `name` replaced by `json`.
fn load_with(name: &str, json: &str) -> Result<Content, ContentError> {
    let files: Vec<(&str, &str)> = BUILTIN_FILES
        .iter()
        .map(|&(n, j)| if n == name { (n, json) } else { (n, j) })
        .collect();
    Content::from_files(&files)
}

/// A clear error: a known file, a non-empty path, a readable message, and a `Display` of the
/// form `file: path: message` on one line with nothing that looks like a Rust debug dump.
fn check_clear(err: &ContentError, files: &[&str]) -> Result<(), TestCaseError> {
    prop_assert!(
        files.contains(&err.file.as_str()),
        "error names an unexpected file {:?} (expected one of {:?}): {}",
        err.file,
        files,
        err
    );
    prop_assert!(!err.path.trim().is_empty(), "error has no path: {:?}", err);
    prop_assert!(
        !err.message.trim().is_empty(),
        "error has no message: {:?}",
        err
    );
    prop_assert!(
        err.message.chars().filter(|c| c.is_alphabetic()).count() >= 3,
        "message is not words: {:?}",
        err
    );
    let shown = err.to_string();
    prop_assert!(
        shown.starts_with(&format!("{}: {}: ", err.file, err.path)),
        "Display does not start with `file: path: `: {shown}"
    );
    prop_assert!(
        shown.ends_with(&err.message),
        "Display lacks the message: {shown}"
    );
    prop_assert!(
        !shown.chars().any(char::is_control),
        "Display is not one clean line: {shown:?}"
    );
    for debug in ["ContentError", "ErrorKind", "Error(", "Some(", "panicked"] {
        prop_assert!(
            !shown.contains(debug),
            "Display looks like a debug dump: {shown}"
        );
    }
    Ok(())
}

/// Keys that the content and host schemas use, so arbitrary JSON often comes close to valid.
const SCHEMA_KEYS: &[&str] = &[
    "sources",
    "regions",
    "muscles",
    "segments",
    "curves",
    "discs",
    "vertebrae",
    "topics",
    "sections",
    "strings",
    "disclaimer",
    "id",
    "name",
    "en",
    "es",
    "view",
    "side",
    "in_scope",
    "citation",
    "url",
    "group",
    "anatomical",
    "position",
    "summary",
    "attachments",
    "levels",
    "action",
    "trigger_points",
    "location",
    "essential",
    "spillover",
    "causes",
    "symptoms",
    "therapist",
    "self_care",
    "prevalence",
    "prevalence_note",
    "count",
    "text",
    "detail",
    "range",
    "primary",
    "title",
    "body",
    "evidence",
    "evidence_note",
    "show",
    "spine",
    "head_loads",
    "angle",
    "kg",
    "lb",
    "intro",
    "items",
    "note",
    "prompt",
];

/// Strings that are meaningful somewhere in the schema.
const SCHEMA_WORDS: &[&str] = &[
    "front",
    "back",
    "side",
    "left",
    "right",
    "mid",
    "neck",
    "upper_back",
    "low_back_hips",
    "strong",
    "moderate",
    "limited",
    "neck-angle-left",
    "levator_scapulae",
    "cervical",
    "",
    " ",
    "simons-1999",
];

fn json_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(SCHEMA_KEYS).prop_map(str::to_owned),
        1 => "\\PC{0,8}",
    ]
}

/// Arbitrary JSON with printable strings, biased towards the schema's keys and words.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (0u64..300).prop_map(Value::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,16}".prop_map(Value::String),
        select(SCHEMA_WORDS).prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((json_key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Text that looks a bit like JSON: tokens in a random order (syntax errors deep inside).
fn json_tokens() -> impl Strategy<Value = String> {
    const TOKENS: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"id\"",
        "\"regions\"",
        "\"strings\"",
        "\"en\"",
        "\"es\"",
        "\"muscles\"",
        "\"sources\"",
        "1",
        "-0.5e3",
        "1e999",
        "18446744073709551616",
        "true",
        "null",
        "\"\\u00e9\"",
        "\"\\ud800\"",
        "\"",
        "\\",
        " ",
        "\n",
        "\"x\"",
        "/*",
        "'a'",
    ];
    prop::collection::vec(select(TOKENS), 0..40).prop_map(|t| t.concat())
}

// ---------------------------------------------------------------------------------------------
// The widget's JSON reader (host content, the Spanish pack) against serde_json
// ---------------------------------------------------------------------------------------------

/// Whether the widget's reading of a text and serde_json's say the same.
fn same(ours: &Json, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::Number(a), Value::Number(_)) => {
            serde_json::from_str::<Value>(a).is_ok_and(|n| &n == theirs)
        }
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Json::Object(a), Value::Object(b)) => {
            // serde_json keeps the last of a repeated key.
            let last: BTreeMap<&str, &Json> = a.iter().map(|(k, v)| (k.as_str(), v)).collect();
            last.len() == b.len()
                && last
                    .iter()
                    .all(|(k, v)| b.get(*k).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

fn check_reader(text: &str) -> Result<(), TestCaseError> {
    match (parse_json(text), serde_json::from_str::<Value>(text)) {
        (Ok(ours), Ok(theirs)) => {
            prop_assert!(same(&ours, &theirs), "{:?} read as {:?}", text, ours)
        }
        (Err(err), Err(_)) => {
            prop_assert!(
                err.offset <= text.len() && text.is_char_boundary(err.offset),
                "{:?}",
                err
            );
            prop_assert!(!err.message.is_empty());
        }
        // serde_json's floats are not exact at the edge of the double range, where it may refuse
        // a number that rounds to f64::MAX; the reader is exact there (checked against the
        // standard library below).
        (Ok(_), Err(e)) if e.to_string().starts_with("number out of range") => {}
        (ours, theirs) => prop_assert!(false, "{:?}: {:?} but serde_json {:?}", text, ours, theirs),
    }
    Ok(())
}

/// Valid JSON with one character inserted, removed or replaced.
fn mutated_json() -> impl Strategy<Value = String> {
    const CHARS: &[char] = &[
        '{', '}', '[', ']', ',', ':', '"', '\\', '0', '-', 'e', '.', ' ', 'u', '\u{1}',
    ];
    (json_value(), any::<Index>(), 0..3u8, select(CHARS)).prop_map(|(v, at, how, c)| {
        let mut text: Vec<char> = v.to_string().chars().collect();
        let i = at.index(text.len() + 1);
        match how {
            0 => text.insert(i, c),
            1 if i < text.len() => {
                text.remove(i);
            }
            _ if i < text.len() => text[i] = c,
            _ => text.push(c),
        }
        text.into_iter().collect()
    })
}

proptest! {
    #![proptest_config(config(600))]

    #[test]
    fn the_json_reader_reads_what_serde_json_reads(
        text in prop_oneof![
            any::<String>(),
            "\\PC{0,64}",
            json_tokens(),
            json_value().prop_map(|v| v.to_string()),
            mutated_json(),
        ],
    ) {
        check_reader(&text)?;
    }
}

proptest! {
    #![proptest_config(config(600))]

    /// A number is refused as out of range exactly when it rounds to infinity.
    #[test]
    fn the_json_reader_refuses_exactly_the_numbers_too_large_for_a_double(
        number in prop_oneof![
            "-?[1-9][0-9]{0,24}(\\.[0-9]{1,24})?([eE][+-]?[0-9]{1,3})?",
            "-?0\\.[0-9]{1,30}[eE]3[0-9]{2}",
            "1\\.797693134862315[0-9]{0,30}[eE]308",
            "17976931348623158[0-9]{292}",
        ],
    ) {
        let huge = number.parse::<f64>().map_or(true, f64::is_infinite);
        let refused = parse_json(&number).is_err();
        prop_assert_eq!(refused, huge, "{}", number);
    }
}

#[test]
fn the_json_reader_agrees_on_the_edges() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let mut cases: Vec<String> = (120..135).map(deep).collect();
    for number in [
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.79769313486231580793e308",
        "1.797693134862315807937289714053034150799341327100378269361737789804449682927647509466490179775872070963302864166928879109465555478519404026306574886715058206819089020007083836762738548458177115317644757302700698555713669596228429148198608349364752927190741684443655107043427115596995080930428801779041744977920e308",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
        "-1e309",
        "1e308",
        "0.00001e313",
        "1e-999",
        "0e99999999999999999999",
        "-0",
        "01",
        "1.",
        ".5",
        "1e",
        "1e+",
        "-",
        "18446744073709551616",
    ] {
        cases.push(number.to_owned());
    }
    for string in [
        r#""\ud83d\ude00""#,
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\ud83d\u0041""#,
        r#""\u00e9\/\b\f\n\r\t""#,
        r#""\x""#,
        "\"tab\there\"",
        r#"{"a":1,"a":2}"#,
        r#"[1,]"#,
        r#"{"a":1,}"#,
        " \n\t\r[ ] ",
        "[] x",
        "",
    ] {
        cases.push(string.to_owned());
    }
    for text in &cases {
        if let Err(e) = check_reader(text) {
            panic!("{e}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The content parser: a file replaced by arbitrary text or JSON
// ---------------------------------------------------------------------------------------------

/// The real file cut short at a character boundary.
fn truncated_file() -> impl Strategy<Value = (usize, String)> {
    (0..BUILTIN_FILES.len(), any::<Index>()).prop_map(|(f, at)| {
        let json = BUILTIN_FILES[f].1;
        let mut cut = at.index(json.len());
        while !json.is_char_boundary(cut) {
            cut -= 1;
        }
        (f, json[..cut].to_owned())
    })
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn content_file_as_arbitrary_text_is_a_clear_error(
        f in 0..BUILTIN_FILES.len(),
        text in prop_oneof![any::<String>(), "\\PC{0,64}", json_tokens()],
    ) {
        let name = BUILTIN_FILES[f].0;
        let result = load_with(name, &text);
        if serde_json::from_str::<Value>(&text).is_err() {
            let err = expect_err(result, &format!("{name} as the text {text:?}, which is not JSON"))?;
            check_clear(&err, &[name])?;
            prop_assert_eq!(&err.kind, &ErrorKind::Syntax, "{}", err);
        } else if let Err(err) = result {
            check_clear(&err, &file_names())?;
        }
    }

    #[test]
    fn content_file_cut_short_is_a_syntax_error_with_a_path((f, text) in truncated_file()) {
        let name = BUILTIN_FILES[f].0;
        let err = expect_err(load_with(name, &text), &format!("{name} cut short to {} bytes", text.len()))?;
        check_clear(&err, &[name])?;
        prop_assert_eq!(err.kind, ErrorKind::Syntax);
    }

    #[test]
    fn content_file_as_arbitrary_json_never_panics(
        f in 0..BUILTIN_FILES.len(),
        value in json_value(),
        wrap in any::<bool>(),
    ) {
        let name = BUILTIN_FILES[f].0;
        // Half the time under the file's real top-level key, so the parser gets further.
        let value = match (wrap, serde_json::from_str::<Value>(BUILTIN_FILES[f].1)) {
            (true, Ok(Value::Object(real))) => {
                let key = real.keys().next().cloned().unwrap_or_default();
                Value::Object([(key, value)].into_iter().collect())
            }
            _ => value,
        };
        if let Err(err) = load_with(name, &value.to_string()) {
            check_clear(&err, &file_names())?;
            prop_assert_ne!(err.kind, ErrorKind::Syntax, "valid JSON is not a syntax error");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The content parser: mutations of the real files
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Key(String),
    Idx(usize),
}

/// The path as the errors write it: `.` for the whole file, else `a.b[3].c`.
fn path_string(path: &[Seg]) -> String {
    if path.is_empty() {
        return ".".to_owned();
    }
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Idx(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

fn get_mut<'a>(root: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(root, |v, seg| match seg {
        Seg::Key(k) => v.get_mut(k.as_str()).expect("path exists"),
        Seg::Idx(i) => v.get_mut(*i).expect("path exists"),
    })
}

/// One parsed built-in file and every node in it.
struct Parsed {
    name: &'static str,
    value: Value,
    nodes: Vec<Vec<Seg>>,
}

fn walk(v: &Value, path: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(path.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                path.push(Seg::Key(k.clone()));
                walk(child, path, out);
                path.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                path.push(Seg::Idx(i));
                walk(child, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn parsed() -> &'static [Parsed] {
    static PARSED: OnceLock<Vec<Parsed>> = OnceLock::new();
    PARSED.get_or_init(|| {
        BUILTIN_FILES
            .iter()
            .map(|&(name, json)| {
                let value: Value = serde_json::from_str(json).expect("built-in JSON parses");
                let mut nodes = Vec::new();
                walk(&value, &mut Vec::new(), &mut nodes);
                Parsed { name, value, nodes }
            })
            .collect()
    })
}

fn node<'a>(p: &'a Parsed, path: &[Seg]) -> &'a Value {
    path.iter().fold(&p.value, |v, seg| match seg {
        Seg::Key(k) => &v[k.as_str()],
        Seg::Idx(i) => &v[*i],
    })
}

fn last_key(path: &[Seg]) -> Option<&str> {
    path.iter().rev().find_map(|s| match s {
        Seg::Key(k) => Some(k.as_str()),
        Seg::Idx(_) => None,
    })
}

/// Fields the schema lets a file leave out.
fn is_optional(path: &[Seg]) -> bool {
    let n = path.len();
    match (path.get(n.wrapping_sub(2)), path.last()) {
        (Some(Seg::Key(parent)), Some(Seg::Key(k))) => {
            parent == "show" && ["muscles", "regions", "spine"].contains(&k.as_str())
        }
        (Some(Seg::Idx(_)), Some(Seg::Key(k))) => k == "url" || k == "head_loads",
        _ => false,
    }
}

/// A member of the `strings` map of ui.json (a map of interface keys, not a struct).
fn is_ui_entry(file: &str, path: &[Seg]) -> bool {
    file == "ui.json" && path.len() == 2 && path[0] == Seg::Key("strings".into())
}

/// Strings in lists that refer to ids defined elsewhere.
fn is_reference(p: &Parsed, path: &[Seg]) -> bool {
    matches!(path.last(), Some(Seg::Idx(_)))
        && node(p, path).is_string()
        && path.len() >= 3
        && matches!(
            last_key(path),
            Some("essential" | "spillover" | "sources" | "muscles" | "regions" | "spine" | "areas")
        )
}

/// `(file, list)` of the lists whose ids must be unique: the top-level list of each file.
const UNIQUE_LISTS: &[(&str, &str)] = &[
    ("sources.json", "sources"),
    ("regions.json", "regions"),
    ("muscles-neck.json", "muscles"),
    ("muscles-back.json", "muscles"),
    ("muscles-hips.json", "muscles"),
    ("spine.json", "segments"),
    ("topics.json", "topics"),
    ("safety.json", "sections"),
    ("safety.json", "red_flags"),
];

#[derive(Clone, Copy, Debug)]
enum Mutation {
    /// Remove a key from an object.
    DeleteKey,
    /// Replace a value by one of another JSON type.
    ChangeType,
    /// A number outside its type's range.
    OutOfRange,
    /// An unknown key added to an object.
    AddKey,
    /// A reference to an id replaced by an id that does not exist.
    UnknownReference,
    /// One item's id set to another item's id.
    DuplicateId,
    /// Two ids (items or references) swapped.
    SwapIds,
}

/// A node of a given kind, chosen uniformly among every file's nodes of that kind.
fn pick(kind: Mutation, at: Index) -> Option<(&'static Parsed, Vec<Seg>)> {
    let wanted = |p: &Parsed, path: &[Seg]| -> bool {
        match kind {
            Mutation::DeleteKey => matches!(path.last(), Some(Seg::Key(_))),
            Mutation::ChangeType => !node(p, path).is_null(),
            Mutation::OutOfRange => node(p, path).is_u64(),
            Mutation::AddKey => {
                node(p, path).is_object() && !(p.name == "ui.json" && path.len() == 1)
            }
            Mutation::UnknownReference | Mutation::SwapIds => is_reference(p, path),
            Mutation::DuplicateId => false,
        }
    };
    let candidates: Vec<(&Parsed, &Vec<Seg>)> = parsed()
        .iter()
        .flat_map(|p| p.nodes.iter().filter(|n| wanted(p, n)).map(move |n| (p, n)))
        .collect();
    if candidates.is_empty() {
        return None;
    }
    let (p, path) = candidates[at.index(candidates.len())];
    Some((p, path.clone()))
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A value of another type than `v` (never null: null is "absent" for optional fields).
fn other_type(v: &Value, choice: usize) -> Value {
    let options = [
        Value::from(7),
        Value::from("7"),
        Value::Bool(true),
        Value::Array(vec![]),
        Value::Array(vec![Value::from(1)]),
        Value::Object(Map::new()),
    ];
    let others: Vec<&Value> = options
        .iter()
        .filter(|o| type_name(o) != type_name(v))
        .collect();
    others[choice % others.len()].clone()
}

fn expect_err(
    result: Result<Content, ContentError>,
    what: &str,
) -> Result<ContentError, TestCaseError> {
    match result {
        Ok(_) => Err(TestCaseError::fail(format!("accepted content with {what}"))),
        Err(e) => Ok(e),
    }
}

/// Applies `kind` to the real content and checks the outcome.
fn mutate(kind: Mutation, at: Index, other: Index, choice: usize) -> Result<(), TestCaseError> {
    let files = file_names();
    if let Mutation::DuplicateId = kind {
        let (name, list) = UNIQUE_LISTS[choice % UNIQUE_LISTS.len()];
        let p = parsed()
            .iter()
            .find(|p| p.name == name)
            .expect("a built-in file");
        let items = p.value[list].as_array().expect("a top-level list");
        let (i, j) = (at.index(items.len()), other.index(items.len()));
        if i == j {
            return Ok(());
        }
        let mut value = p.value.clone();
        let id = value[list][i]["id"].clone();
        value[list][j]["id"] = id.clone();
        let err = expect_err(
            load_with(name, &value.to_string()),
            &format!("{list}[{j}].id = {id}"),
        )?;
        check_clear(&err, &files)?;
        prop_assert_eq!(&err.kind, &ErrorKind::DuplicateId, "{}", err);
        prop_assert_eq!(err.file.as_str(), name);
        prop_assert_eq!(err.path, format!("{list}[{}].id", i.max(j)));
        return Ok(());
    }
    let Some((p, path)) = pick(kind, at) else {
        return Ok(());
    };
    let name = p.name;
    let here = path_string(&path);
    let mut value = p.value.clone();
    match kind {
        Mutation::DeleteKey => {
            let (parent, key) = path.split_at(path.len() - 1);
            let Seg::Key(key) = &key[0] else {
                unreachable!()
            };
            get_mut(&mut value, parent)
                .as_object_mut()
                .expect("an object")
                .remove(key);
            let result = load_with(name, &value.to_string());
            if is_optional(&path) {
                // Optional fields may go.
                if let Err(err) = result {
                    check_clear(&err, &files)?;
                }
            } else if is_ui_entry(name, &path) {
                // An interface string the widget needs: named by its key.
                let err = expect_err(result, &format!("{here} deleted from {name}"))?;
                check_clear(&err, &files)?;
                prop_assert_eq!(err.file.as_str(), name);
                prop_assert_eq!(&err.path, &here, "deleted {}", here);
            } else {
                let err = expect_err(result, &format!("{here} deleted from {name}"))?;
                check_clear(&err, &files)?;
                prop_assert_eq!(&err.kind, &ErrorKind::Schema, "{}", err);
                prop_assert_eq!(err.file.as_str(), name);
                prop_assert_eq!(err.path, path_string(parent), "deleted {}", here);
            }
        }
        Mutation::ChangeType => {
            let slot = get_mut(&mut value, &path);
            let before = type_name(slot);
            *slot = other_type(slot, choice);
            let what = format!("{here} in {name} changed from {before} to {slot}");
            let err = expect_err(load_with(name, &value.to_string()), &what)?;
            check_clear(&err, &files)?;
            prop_assert_eq!(&err.kind, &ErrorKind::Schema, "{}: {}", what, err);
            prop_assert_eq!(err.file.as_str(), name);
            // A struct read from a list reports the list's first element.
            prop_assert!(
                err.path == here || err.path.starts_with(&format!("{here}[")),
                "{}: the error path {} is not at {}",
                what,
                err.path,
                here
            );
        }
        Mutation::OutOfRange => {
            let slot = get_mut(&mut value, &path);
            *slot = if choice.is_multiple_of(2) {
                Value::from(256)
            } else {
                Value::from(-1)
            };
            let what = format!("{here} in {name} set to {slot}");
            let err = expect_err(load_with(name, &value.to_string()), &what)?;
            check_clear(&err, &files)?;
            prop_assert_eq!(&err.kind, &ErrorKind::Schema, "{}: {}", what, err);
            prop_assert_eq!(err.path, here, "{}", what);
        }
        Mutation::AddKey => {
            get_mut(&mut value, &path)
                .as_object_mut()
                .expect("an object")
                .insert("unexpected_field".into(), Value::from(1));
            let what = format!("an unknown field in {here} of {name}");
            let err = expect_err(load_with(name, &value.to_string()), &what)?;
            check_clear(&err, &files)?;
            prop_assert_eq!(&err.kind, &ErrorKind::Schema, "{}: {}", what, err);
            prop_assert!(
                here == "." || err.path == here || err.path.starts_with(&format!("{here}.")),
                "{}: the error path {} is not at {}",
                what,
                err.path,
                here
            );
        }
        Mutation::UnknownReference => {
            let slot = get_mut(&mut value, &path);
            let old = slot.as_str().unwrap_or_default().to_owned();
            let typo = match choice % 3 {
                0 => format!("{old}x"),
                1 => old.chars().skip(1).collect(),
                _ => old.to_uppercase(),
            };
            *slot = Value::from(typo.clone());
            let what = format!("{here} in {name} changed from {old:?} to {typo:?}");
            let err = expect_err(load_with(name, &value.to_string()), &what)?;
            check_clear(&err, &files)?;
            prop_assert_eq!(&err.kind, &ErrorKind::UnknownId, "{}: {}", what, err);
            prop_assert_eq!(err.file.as_str(), name);
            prop_assert_eq!(err.path, here, "{}", what);
        }
        Mutation::SwapIds => {
            let Some((q, path2)) = pick(kind, other).filter(|(q, _)| q.name == name) else {
                return Ok(());
            };
            let (a, b) = (node(p, &path).clone(), node(q, &path2).clone());
            *get_mut(&mut value, &path) = b;
            *get_mut(&mut value, &path2) = a;
            if let Err(err) = load_with(name, &value.to_string()) {
                check_clear(&err, &files)?;
            }
        }
        Mutation::DuplicateId => unreachable!(),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn deleting_a_required_key_names_its_object(at in any::<Index>()) {
        mutate(Mutation::DeleteKey, at, at, 0)?;
    }

    #[test]
    fn changing_a_type_names_the_field(at in any::<Index>(), choice in 0usize..8) {
        mutate(Mutation::ChangeType, at, at, choice)?;
    }

    #[test]
    fn numbers_out_of_range_name_the_field(at in any::<Index>(), choice in 0usize..2) {
        mutate(Mutation::OutOfRange, at, at, choice)?;
    }

    #[test]
    fn unknown_fields_are_rejected(at in any::<Index>()) {
        mutate(Mutation::AddKey, at, at, 0)?;
    }

    #[test]
    fn an_unknown_reference_names_the_reference(at in any::<Index>(), choice in 0usize..3) {
        mutate(Mutation::UnknownReference, at, at, choice)?;
    }

    #[test]
    fn a_duplicate_id_names_the_second_item(
        at in any::<Index>(),
        other in any::<Index>(),
        choice in 0usize..UNIQUE_LISTS.len(),
    ) {
        mutate(Mutation::DuplicateId, at, other, choice)?;
    }

    #[test]
    fn swapped_references_never_panic(at in any::<Index>(), other in any::<Index>()) {
        mutate(Mutation::SwapIds, at, other, 0)?;
    }
}

/// `Content::ui` promises that validation rules out a missing interface string, which would
/// otherwise show its key (e.g. "prompt") to patients.
#[test]
fn content_without_an_interface_string_is_rejected() {
    let p = parsed().iter().find(|p| p.name == "ui.json").unwrap();
    for key in ["prompt", "results-title", "safety-button", "hint"] {
        let mut value = p.value.clone();
        let strings = value["strings"].as_object_mut().unwrap();
        assert!(strings.remove(key).is_some(), "ui.json has {key}");
        match load_with("ui.json", &value.to_string()) {
            Ok(_) => panic!("ui.json without the interface string \"{key}\" was accepted"),
            Err(err) => {
                check_clear(&err, &["ui.json"]).unwrap();
                assert!(err.path.contains("strings"), "{err}");
            }
        }
    }
}

/// Inputs the properties above found; kept as fixed cases so they fail the same way each run.
#[test]
fn known_bad_inputs_get_clear_errors() {
    let files = file_names();
    let cases: [(&str, &str, &str, ErrorKind); 7] = [
        // An empty key: the path must still say where the problem is.
        ("content", "sources.json", r#"{"":1}"#, ErrorKind::Schema),
        ("host", HOST, r#"{"":null}"#, ErrorKind::Schema),
        // Valid JSON of the wrong shape is a schema error, not "not valid JSON".
        (
            "content",
            "regions.json",
            r#"{"regions":[{"side":7}]}"#,
            ErrorKind::Schema,
        ),
        ("host", HOST, r#"{"note":["a","b","c"]}"#, ErrorKind::Schema),
        (
            "host",
            HOST,
            r#"{"muscles":{"scalenes":{"name":["a","b","c"]}}}"#,
            ErrorKind::Schema,
        ),
        // Text after the JSON document is not JSON: nothing may be silently ignored.
        (
            "host",
            HOST,
            r#"{} {"note":{"en":"Closed on Mondays"}}"#,
            ErrorKind::Syntax,
        ),
        (
            "host",
            HOST,
            r#"{"note":{"en":"Hello"}} oops"#,
            ErrorKind::Syntax,
        ),
    ];
    let mut problems = Vec::new();
    for (what, name, json, kind) in cases {
        let result = if what == "host" {
            builtin().with_host(HOST, json)
        } else {
            load_with(name, json)
        };
        let outcome = match result {
            Ok(_) => Err(format!("accepted {json}")),
            Err(err) => check_clear(&err, if what == "host" { &[HOST] } else { &files })
                .map_err(|e| format!("{json}: {e}"))
                .and_then(|()| {
                    if err.kind == kind {
                        Ok(())
                    } else {
                        Err(format!("{json}: {:?} instead of {kind:?}: {err}", err.kind))
                    }
                }),
        };
        if let Err(problem) = outcome {
            problems.push(format!("{what}: {problem}"));
        }
    }
    let ui = BUILTIN_FILES
        .iter()
        .find(|(n, _)| *n == "ui.json")
        .unwrap()
        .1;
    if load_with("ui.json", &format!("{ui} garbage")).is_ok() {
        problems.push("content: ui.json followed by \"garbage\" was accepted".to_owned());
    }
    assert!(
        problems.is_empty(),
        "unclear or missing errors:\n{}",
        problems.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// Host content
// ---------------------------------------------------------------------------------------------

const HOST: &str = "clinic-content";

/// Every text of `content` is non-empty in every language: host content never blanks one.
fn no_blank_text(content: &Content) -> Result<(), TestCaseError> {
    for (path, text) in content.texts() {
        for (lang, s) in text.all() {
            prop_assert!(!s.trim().is_empty(), "{} ({:?}) is blank", path, lang);
        }
    }
    if let Some(note) = &content.note {
        prop_assert!(
            !note.en.trim().is_empty() && !note.es.trim().is_empty(),
            "blank note"
        );
    }
    Ok(())
}

fn partial_text() -> impl Strategy<Value = Value> {
    let text = prop_oneof![
        Just(Value::Null),
        Just(Value::from("")),
        Just(Value::from("   ")),
        "[A-Za-z][A-Za-z ,.]{0,20}".prop_map(Value::from),
    ];
    (
        proptest::option::of(text.clone()),
        proptest::option::of(text),
    )
        .prop_map(|(en, es)| {
            let mut m = Map::new();
            if let Some(v) = en {
                m.insert("en".into(), v);
            }
            if let Some(v) = es {
                m.insert("es".into(), v);
            }
            Value::Object(m)
        })
}

fn text_is_blank(v: &Value) -> bool {
    ["en", "es"].iter().all(|l| {
        v.get(*l)
            .and_then(Value::as_str)
            .is_none_or(|s| s.trim().is_empty())
    })
}

/// Host content in the right shape, with some unknown keys and blank notes.
fn host_json() -> impl Strategy<Value = Value> {
    let ui_keys: Vec<String> = builtin().ui.keys().cloned().collect();
    let muscle_ids: Vec<String> = builtin().muscles.iter().map(|m| m.id.to_string()).collect();
    let ui_key = prop_oneof![4 => select(ui_keys), 1 => "[a-z-]{1,12}"];
    let muscle_id = prop_oneof![4 => select(muscle_ids), 1 => "[a-z_]{1,12}"];
    let over = (
        proptest::option::of(partial_text()),
        proptest::option::of(partial_text()),
        proptest::option::of(partial_text()),
    )
        .prop_map(|(name, summary, therapist)| {
            let mut m = Map::new();
            for (k, v) in [
                ("name", name),
                ("summary", summary),
                ("therapist", therapist),
            ] {
                if let Some(v) = v {
                    m.insert(k.into(), v);
                }
            }
            Value::Object(m)
        });
    (
        proptest::option::of(partial_text()),
        prop::collection::btree_map(ui_key, partial_text(), 0..4),
        prop::collection::btree_map(muscle_id, over, 0..3),
    )
        .prop_map(|(note, strings, muscles)| {
            let mut m = Map::new();
            if let Some(n) = note {
                m.insert("note".into(), n);
            }
            m.insert(
                "strings".into(),
                Value::Object(strings.into_iter().collect()),
            );
            m.insert(
                "muscles".into(),
                Value::Object(muscles.into_iter().collect()),
            );
            Value::Object(m)
        })
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn host_content_as_arbitrary_text_is_a_clear_error(
        text in prop_oneof![any::<String>(), "\\PC{0,64}", json_tokens()],
    ) {
        let result = builtin().with_host(HOST, &text);
        if serde_json::from_str::<Value>(&text).is_err() {
            let err = expect_err(result, &format!("host content {text:?}, which is not JSON"))?;
            check_clear(&err, &[HOST])?;
            prop_assert_eq!(&err.kind, &ErrorKind::Syntax, "{}", err);
        } else {
            match result {
                Ok(content) => no_blank_text(&content)?,
                Err(err) => check_clear(&err, &[HOST])?,
            }
        }
    }

    #[test]
    fn host_content_as_arbitrary_json_is_a_clear_error_or_keeps_every_text(
        value in json_value(),
    ) {
        match builtin().with_host(HOST, &value.to_string()) {
            Ok(content) => no_blank_text(&content)?,
            Err(err) => {
                check_clear(&err, &[HOST])?;
                prop_assert_ne!(err.kind, ErrorKind::Syntax);
            }
        }
    }

    #[test]
    fn host_content_in_shape_is_applied_or_names_the_first_bad_key(value in host_json()) {
        let c = builtin();
        let result = c.with_host(HOST, &value.to_string());
        // The expected first problem, in the order the parser checks.
        let blank_note = value.get("note").is_some_and(text_is_blank);
        let unknown_string = value["strings"]
            .as_object()
            .unwrap()
            .keys()
            .find(|k| !c.ui.contains_key(k.as_str()));
        let unknown_muscle = value["muscles"]
            .as_object()
            .unwrap()
            .keys()
            .find(|k| c.muscle(&MuscleId::new(k.as_str())).is_none());
        let expected = if blank_note {
            Some((ErrorKind::Empty, "note".to_owned()))
        } else if let Some(k) = unknown_string {
            Some((ErrorKind::UnknownId, format!("strings.{k}")))
        } else {
            unknown_muscle.map(|k| (ErrorKind::UnknownId, format!("muscles.{k}")))
        };
        match (result, expected) {
            (Err(err), Some((kind, path))) => {
                check_clear(&err, &[HOST])?;
                prop_assert_eq!(err.kind, kind);
                prop_assert_eq!(err.path, path);
            }
            (Err(err), None) => prop_assert!(false, "valid host content rejected: {}", err),
            (Ok(_), Some((_, path))) => prop_assert!(false, "accepted a bad {}", path),
            (Ok(content), None) => {
                no_blank_text(&content)?;
                for (key, text) in value["strings"].as_object().unwrap() {
                    for lang in [Lang::En, Lang::Es] {
                        let given = text.get(lang.code()).and_then(Value::as_str).map(str::trim);
                        let shown = content.ui(key, lang);
                        match given.filter(|s| !s.is_empty()) {
                            Some(s) => prop_assert_eq!(shown.trim(), s, "{} {:?}", key, lang),
                            None => prop_assert_eq!(shown, c.ui(key, lang), "{} {:?} kept", key, lang),
                        }
                    }
                }
                // The host changes nothing else: the same muscles, regions and topics.
                prop_assert_eq!(content.muscles.len(), c.muscles.len());
                prop_assert_eq!(content.regions.len(), c.regions.len());
                prop_assert_eq!(content.topics.len(), c.topics.len());
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Attribute values
// ---------------------------------------------------------------------------------------------

/// A value for attribute `name`: valid ones, near misses, and arbitrary text.
fn attribute_value(name: &'static str) -> BoxedStrategy<String> {
    let valid: Vec<String> = match name {
        "mode" => vec!["patient", "explore", "EXPLORE", " patient "]
            .into_iter()
            .map(str::to_owned)
            .collect(),
        "view" => ["front", "back", "side", "Back", " side"]
            .map(str::to_owned)
            .to_vec(),
        "lang" => ["en", "es", "es-MX", "EN", "es_ES"]
            .map(str::to_owned)
            .to_vec(),
        "layers" => [
            "regions",
            "spine,muscles",
            "trigger-points referral",
            "REGIONS",
        ]
        .map(str::to_owned)
        .to_vec(),
        "muscle" => builtin().muscles.iter().map(|m| m.id.to_string()).collect(),
        "regions" => builtin().regions.iter().map(|r| r.id.to_string()).collect(),
        "booking-url" => [
            "/book",
            "https://example.org/book",
            "tel:+15550100",
            "#book",
        ]
        .map(str::to_owned)
        .to_vec(),
        "booking-target" => ["_self", "_blank", "_top", "_BLANK", ""]
            .map(str::to_owned)
            .to_vec(),
        "content" => ["clinic", "  ", "x"].map(str::to_owned).to_vec(),
        _ => ["true", "false", "0", "off", ""]
            .map(str::to_owned)
            .to_vec(),
    };
    let near: Vec<String> = [
        "",
        " ",
        "sideways",
        "fr",
        "javascript:alert(1)",
        "data:text/html,x",
        "neck-angle",
        "levator",
        "regions,,",
        "es-",
        "-",
        "\u{0}",
        "😀",
        "ＦＲＯＮＴ",
    ]
    .map(str::to_owned)
    .to_vec();
    let list = prop::collection::vec(select(valid.clone()), 1..4).prop_map(|v| v.join(","));
    prop_oneof![
        3 => select(valid),
        1 => list,
        2 => select(near),
        2 => any::<String>(),
        1 => "\\PC{0,200}",
    ]
    .boxed()
}

fn attributes() -> impl Strategy<Value = BTreeMap<&'static str, String>> {
    let per: Vec<BoxedStrategy<Option<(&'static str, String)>>> = ATTRIBUTES
        .iter()
        .map(|&name| {
            proptest::option::of(attribute_value(name).prop_map(move |v| (name, v))).boxed()
        })
        .collect();
    per.prop_map(|v| v.into_iter().flatten().collect())
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn attribute_values_fall_back_with_one_readable_warning_each(attrs in attributes()) {
        let c = builtin();
        let (o, warnings) = Options::parse(|n| attrs.get(n).cloned(), c);
        let prefix = |name: &str| format!("<body-map>: ignoring {name}=\"");
        for w in &warnings {
            prop_assert!(
                ATTRIBUTES.iter().any(|a| w.starts_with(&prefix(a)) && attrs.contains_key(a)),
                "warning names no given attribute: {}", w
            );
            prop_assert!(w.contains("expected"), "warning does not say what is expected: {}", w);
            prop_assert!(w.chars().count() <= 260, "warning too long: {}", w);
        }
        let warned = |name: &str| warnings.iter().any(|w| w.starts_with(&prefix(name)));
        let blank = |v: &str| v.trim().is_empty();

        if let Some(v) = attrs.get("mode") {
            let ok = matches!(v.trim().to_ascii_lowercase().as_str(), "patient" | "explore" | "");
            prop_assert_eq!(warned("mode"), !ok, "mode={:?}", v);
            if !ok { prop_assert_eq!(o.mode, Mode::Patient); }
        }
        if let Some(v) = attrs.get("view") {
            let parsed = View::parse(v);
            prop_assert_eq!(warned("view"), parsed.is_none() && !blank(v), "view={:?}", v);
            prop_assert_eq!(o.view, parsed.unwrap_or_default());
        }
        if let Some(v) = attrs.get("lang") {
            let parsed = Lang::parse(v);
            prop_assert_eq!(warned("lang"), parsed.is_none() && !blank(v), "lang={:?}", v);
            prop_assert_eq!(o.lang, parsed.unwrap_or_default());
        }
        if let Some(v) = attrs.get("muscle") {
            let known = c.muscle(&MuscleId::new(v.trim())).is_some();
            prop_assert_eq!(warned("muscle"), !known && !blank(v), "muscle={:?}", v);
            prop_assert_eq!(o.muscle.is_some(), known);
        }
        if let Some(m) = &o.muscle {
            prop_assert!(c.muscle(m).is_some());
        }
        if let Some(v) = attrs.get("regions") {
            let words: Vec<&str> = v.split([',', ' ']).map(str::trim).filter(|w| !w.is_empty()).collect();
            let unknown = words.iter().any(|w| c.region(&RegionId::new(*w)).is_none());
            prop_assert_eq!(warned("regions"), unknown, "regions={:?}", v);
        }
        let unique: BTreeSet<&RegionId> = o.regions.iter().collect();
        prop_assert_eq!(unique.len(), o.regions.len(), "regions are unique");
        prop_assert!(o.regions.iter().all(|r| c.region(r).is_some()), "regions are known");
        if let Some(v) = attrs.get("booking-url") {
            let safe = is_safe_url(v.trim());
            prop_assert_eq!(warned("booking-url"), !safe && !blank(v), "booking-url={:?}", v);
        }
        if let Some(url) = &o.booking_url {
            prop_assert!(is_safe_url(url));
            let lower = url.to_ascii_lowercase();
            prop_assert!(!lower.starts_with("javascript:") && !lower.starts_with("data:"));
        }
        if let Some(v) = attrs.get("booking-target") {
            let known = matches!(v.trim().to_ascii_lowercase().as_str(), "" | "_self" | "_blank" | "_top");
            prop_assert_eq!(warned("booking-target"), !known, "booking-target={:?}", v);
            if known && !blank(v) {
                prop_assert_eq!(o.booking_target.as_str(), v.trim().to_ascii_lowercase());
            } else {
                prop_assert_eq!(o.booking_target, BookingTarget::Same);
            }
        }
        if let Some(id) = &o.content {
            prop_assert!(!id.trim().is_empty());
        }
        prop_assert!(!warned("content") && !warned("remember"), "content and remember never warn");
    }
}

// ---------------------------------------------------------------------------------------------
// Share codes
// ---------------------------------------------------------------------------------------------

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn selection() -> impl Strategy<Value = Vec<RegionId>> {
    prop::collection::vec(select(all_regions().to_vec()), 0..12)
}

/// `code` with the character at `i` replaced by `c`.
fn replace_at(code: &str, i: usize, c: char) -> String {
    code.chars()
        .enumerate()
        .map(|(j, x)| if j == i { c } else { x })
        .collect()
}

proptest! {
    #![proptest_config(config(400))]

    #[test]
    fn arbitrary_share_codes_never_panic_and_never_invent_regions(
        code in prop_oneof![
            any::<String>(),
            "1[A-Za-z0-9_-]{0,24}",
            "[0-9][A-Za-z0-9_\\-=#%+/ ]{0,24}",
        ],
    ) {
        match decode_share(&code, all_regions()) {
            Err(err) => prop_assert!(!err.to_string().trim().is_empty()),
            Ok(regions) => {
                prop_assert!(regions.iter().all(|r| all_regions().contains(r)));
                // Only the canonical code of a selection is accepted.
                prop_assert_eq!(encode_share(&regions, all_regions()), code.trim());
            }
        }
    }

    #[test]
    fn a_share_code_round_trips(marked in selection()) {
        let code = encode_share(&marked, all_regions());
        let mut back = decode_share(&code, all_regions()).expect("a fresh code decodes");
        let mut expected: Vec<RegionId> = marked.clone();
        expected.sort();
        expected.dedup();
        back.sort();
        prop_assert_eq!(back, expected);
    }

    #[test]
    fn a_share_code_with_one_character_changed_is_rejected(
        marked in selection(),
        at in any::<Index>(),
        by in prop_oneof![3 => select(ALPHABET.chars().collect::<Vec<_>>()), 1 => any::<char>()],
    ) {
        let code = encode_share(&marked, all_regions());
        let i = at.index(code.chars().count());
        prop_assume!(code.chars().nth(i) != Some(by));
        let changed = replace_at(&code, i, by);
        let result = decode_share(&changed, all_regions());
        prop_assert!(
            result.is_err(),
            "{} (from {}) decoded to {:?}", changed, code, result
        );
    }
}

/// Every single-character change of the codes of a fixed set of selections is rejected:
/// a damaged or edited link must never show a patient areas they did not mark.
#[test]
fn every_single_character_change_of_a_share_code_is_rejected() {
    let all = all_regions();
    let mut selections: Vec<Vec<RegionId>> = vec![vec![], all.to_vec()];
    selections.extend(all.iter().step_by(7).map(|r| vec![r.clone()]));
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..8 {
        let mut pick = Vec::new();
        for r in all {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            if seed >> 61 == 0 {
                pick.push(r.clone());
            }
        }
        selections.push(pick);
    }
    let mut accepted = Vec::new();
    let mut tried = 0;
    for marked in &selections {
        let code = encode_share(marked, all);
        for i in 0..code.chars().count() {
            for c in ALPHABET.chars().chain(['1', '2', '=', ' ', 'é']) {
                if code.chars().nth(i) == Some(c) {
                    continue;
                }
                tried += 1;
                let changed = replace_at(&code, i, c);
                match decode_share(&changed, all) {
                    Ok(regions) => {
                        accepted.push(format!("{code} -> {changed} gives {} areas", regions.len()))
                    }
                    Err(ShareError::Malformed | ShareError::Outdated | ShareError::Tampered) => {}
                }
            }
        }
    }
    assert!(
        accepted.is_empty(),
        "{} of {tried} single-character changes were accepted as another selection, e.g.\n{}",
        accepted.len(),
        accepted
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
