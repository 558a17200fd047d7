//! The model: state transitions, the ranking's order, the share code and validation errors.

use body_map::model::{
    decode_share, encode_share, rank, Action, Content, ErrorKind, MatchKind, MuscleId, Options,
    RegionId, ShareError, State, View, BUILTIN_FILES,
};

fn content() -> Content {
    Content::builtin().expect("built-in content is valid")
}

fn r(id: &str) -> RegionId {
    RegionId::new(id)
}

#[test]
fn toggle_marks_and_unmarks() {
    let s = State::new(View::Back).apply(Action::Toggle(r("neck-angle-left")));
    assert_eq!(s.regions(), &[r("neck-angle-left")]);
    let s = s.apply(Action::Toggle(r("temple-right")));
    assert_eq!(s.regions(), &[r("neck-angle-left"), r("temple-right")]);
    let s = s.apply(Action::Toggle(r("neck-angle-left")));
    assert_eq!(s.regions(), &[r("temple-right")]);
}

#[test]
fn undo_takes_back_each_change_and_clear_is_undoable() {
    let s = State::new(View::Front)
        .apply(Action::Toggle(r("temple-left")))
        .apply(Action::Toggle(r("eye-left")))
        .apply(Action::Clear);
    assert!(s.regions().is_empty());
    let s = s.apply(Action::Undo);
    assert_eq!(s.regions(), &[r("temple-left"), r("eye-left")]);
    let s = s.apply(Action::Undo).apply(Action::Undo);
    assert!(s.regions().is_empty());
    assert!(!s.can_undo());
    assert_eq!(
        s.apply(Action::Undo),
        s,
        "undo with nothing to undo changes nothing"
    );
}

#[test]
fn set_regions_drops_duplicates_and_same_set_is_no_change() {
    let s = State::new(View::Front).apply(Action::SetRegions(vec![r("a"), r("b"), r("a")]));
    assert_eq!(s.regions(), &[r("a"), r("b")]);
    assert_eq!(s.apply(Action::SetRegions(vec![r("a"), r("b")])), s);
}

#[test]
fn view_muscle_and_topic_are_state() {
    let s = State::new(View::Front)
        .apply(Action::SetView(View::Side))
        .apply(Action::OpenMuscle(Some(MuscleId::new("scalenes"))));
    assert_eq!(s.view(), View::Side);
    assert_eq!(s.muscle(), Some(&MuscleId::new("scalenes")));
    assert_eq!(s.apply(Action::Clear).muscle(), None);
}

#[test]
fn ranking_prefers_more_regions_then_essential_then_prevalence() {
    let c = content();
    let selected = [
        r("neck-angle-left"),
        r("scapula-medial-border-left"),
        r("temple-left"),
    ];
    let ranked = rank(&c, &selected);
    assert!(!ranked.is_empty());
    for pair in ranked.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let key =
            |x: &body_map::model::Ranked| (x.matches.len(), x.essential(), x.muscle.prevalence);
        assert!(key(a) >= key(b), "{} before {}", a.muscle.id, b.muscle.id);
        assert!(a.score >= b.score);
    }
    for x in &ranked {
        let n = selected.len() as u32 + 1;
        assert_eq!(x.score, x.matches.len() as u32 * n + x.essential() as u32);
        for m in &x.matches {
            assert!(selected.contains(&m.region));
        }
    }
}

#[test]
fn ranking_mirrors_left_and_right() {
    let c = content();
    let left: Vec<(String, Vec<MatchKind>)> = rank(&c, &[r("temple-left"), r("occiput-left")])
        .iter()
        .map(|x| {
            (
                x.muscle.id.to_string(),
                x.matches.iter().map(|m| m.kind).collect(),
            )
        })
        .collect();
    let right: Vec<(String, Vec<MatchKind>)> = rank(&c, &[r("temple-right"), r("occiput-right")])
        .iter()
        .map(|x| {
            (
                x.muscle.id.to_string(),
                x.matches.iter().map(|m| m.kind).collect(),
            )
        })
        .collect();
    assert_eq!(left, right);
}

#[test]
fn ranking_of_nothing_or_out_of_scope_is_empty() {
    let c = content();
    assert!(rank(&c, &[]).is_empty());
    assert!(rank(&c, &[r("heel-left"), r("foot-right")]).is_empty());
}

#[test]
fn share_code_round_trips() {
    let c = content();
    let all: Vec<RegionId> = c.regions.iter().map(|x| x.id.clone()).collect();
    let marked = vec![r("neck-angle-left"), r("temple-right"), r("sacrum")];
    let code = encode_share(&marked, &all);
    let mut back = decode_share(&code, &all).unwrap();
    back.sort();
    let mut expected = marked.clone();
    expected.sort();
    assert_eq!(back, expected);
    assert_eq!(
        decode_share(&encode_share(&[], &all), &all).unwrap(),
        vec![]
    );
}

#[test]
fn share_code_rejects_tampering_and_old_codes() {
    let c = content();
    let all: Vec<RegionId> = c.regions.iter().map(|x| x.id.clone()).collect();
    let code = encode_share(&[r("neck-angle-left")], &all);
    let mut chars: Vec<char> = code.chars().collect();
    chars[3] = if chars[3] == 'A' { 'B' } else { 'A' };
    let tampered: String = chars.into_iter().collect();
    assert_eq!(decode_share(&tampered, &all), Err(ShareError::Tampered));
    assert_eq!(decode_share("", &all), Err(ShareError::Malformed));
    assert_eq!(decode_share("1€€", &all), Err(ShareError::Malformed));
    assert_eq!(decode_share("0ABC", &all), Err(ShareError::Outdated));
    assert_eq!(decode_share("1AB", &all), Err(ShareError::Outdated));
    let fewer: Vec<RegionId> = all[1..].to_vec();
    assert!(
        decode_share(&code, &fewer).is_err(),
        "a code for another region list is not misread"
    );
}

fn with(file: &str, json: &str) -> Result<Content, body_map::model::ContentError> {
    let files: Vec<(&str, &str)> = BUILTIN_FILES
        .iter()
        .map(|&(n, j)| if n == file { (n, json) } else { (n, j) })
        .collect();
    Content::from_files(&files)
}

fn builtin(file: &str) -> serde_json::Value {
    let json = BUILTIN_FILES.iter().find(|(n, _)| *n == file).unwrap().1;
    serde_json::from_str(json).unwrap()
}

#[test]
fn malformed_json_names_the_file_and_position() {
    let err = with("muscles-neck.json", "{ \"muscles\": [ { \"id\": ").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Syntax);
    assert!(err.to_string().starts_with("muscles-neck.json: "), "{err}");
    assert!(err.to_string().contains("line 1"), "{err}");
}

#[test]
fn missing_field_names_its_path() {
    let mut v = builtin("muscles-neck.json");
    v["muscles"][3].as_object_mut().unwrap().remove("summary");
    let err = with("muscles-neck.json", &v.to_string()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Schema);
    assert_eq!(err.path, "muscles[3]");
    assert!(err.message.contains("missing field `summary`"), "{err}");
}

#[test]
fn missing_translation_names_its_path() {
    let mut v = builtin("muscles-back.json");
    v["muscles"][1]["trigger_points"][0]["location"]
        .as_object_mut()
        .unwrap()
        .remove("es");
    let err = with("muscles-back.json", &v.to_string()).unwrap_err();
    assert_eq!(err.path, "muscles[1].trigger_points[0].location");
    assert!(err.message.contains("missing field `es`"), "{err}");
}

#[test]
fn unknown_region_names_its_path() {
    let mut v = builtin("muscles-neck.json");
    v["muscles"][3]["trigger_points"][1]["essential"][0] = "scapla-left".into();
    let err = with("muscles-neck.json", &v.to_string()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::UnknownId);
    assert_eq!(
        err.to_string(),
        "muscles-neck.json: muscles[3].trigger_points[1].essential[0]: unknown region \"scapla-left\""
    );
}

#[test]
fn duplicate_id_is_reported_with_both_files() {
    let mut v = builtin("muscles-hips.json");
    v["muscles"][0]["id"] = "upper_trapezius".into();
    let err = with("muscles-hips.json", &v.to_string()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::DuplicateId);
    assert_eq!(err.path, "muscles[0].id");
    assert!(err.message.contains("muscles-neck.json"), "{err}");
}

#[test]
fn empty_text_and_unknown_source_are_reported() {
    let mut v = builtin("topics.json");
    v["topics"][2]["title"]["es"] = " ".into();
    let err = with("topics.json", &v.to_string()).unwrap_err();
    assert_eq!(
        (err.kind, err.path.as_str()),
        (ErrorKind::Empty, "topics[2].title.es")
    );
    let mut v = builtin("safety.json");
    v["sections"][0]["sources"][0] = "nobody-2020".into();
    let err = with("safety.json", &v.to_string()).unwrap_err();
    assert_eq!(
        (err.kind, err.path.as_str()),
        (ErrorKind::UnknownId, "sections[0].sources[0]")
    );
}

#[test]
fn every_error_kind_reads_differently() {
    let errors = [
        with("regions.json", "[").unwrap_err(),
        with("regions.json", "{\"regions\": 3}").unwrap_err(),
        with("sources.json", "{\"sources\": [{\"id\": \"a\", \"citation\": \"x\"}, {\"id\": \"a\", \"citation\": \"y\"}]}").unwrap_err(),
    ];
    assert_eq!(errors[0].kind, ErrorKind::Syntax);
    assert_eq!(errors[1].kind, ErrorKind::Schema);
    assert_eq!(errors[2].kind, ErrorKind::DuplicateId);
    assert_eq!(errors[2].path, "sources[1].id");
}

#[test]
fn host_content_overrides_and_reports_paths() {
    let c = content();
    let host = c
        .with_host(
            "clinic",
            r#"{"note": {"en": "<b>Ask Ana</b>"}, "strings": {"prompt": {"es": "¿Dónde?"}}}"#,
        )
        .unwrap();
    assert_eq!(host.note.as_ref().unwrap().es, "<b>Ask Ana</b>");
    assert_eq!(host.ui["prompt"].es, "¿Dónde?");
    assert_eq!(host.ui["prompt"].en, c.ui["prompt"].en);
    let err = c
        .with_host("clinic", r#"{"muscles": {"trapz": {}}}"#)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "clinic: muscles.trapz: unknown muscle \"trapz\""
    );
    let err = c
        .with_host("clinic", r#"{"strings": {"prompt": {"fr": "Où"}}}"#)
        .unwrap_err();
    assert_eq!(
        (err.kind, err.path.as_str()),
        (ErrorKind::Schema, "strings.prompt.fr")
    );
    assert_eq!(
        c.with_host("clinic", "{oops").unwrap_err().kind,
        ErrorKind::Syntax
    );
}

#[test]
fn options_fall_back_with_warnings() {
    let c = content();
    let attrs = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let (o, w) = Options::parse(
        attrs(&[
            ("view", "back"),
            ("lang", "es-MX"),
            ("regions", "neck-angle-left, nope"),
            ("muscle", "piriformis"),
        ]),
        &c,
    );
    assert_eq!(o.view, View::Back);
    assert_eq!(o.lang.code(), "es");
    assert_eq!(o.regions, vec![r("neck-angle-left")]);
    assert_eq!(o.muscle, Some(MuscleId::new("piriformis")));
    assert_eq!(w.len(), 1, "{w:?}");
    let (o, w) = Options::parse(
        attrs(&[
            ("mode", "doctor"),
            ("view", "top"),
            ("booking-url", "javascript:alert(1)"),
        ]),
        &c,
    );
    assert_eq!(o, Options::default());
    assert_eq!(w.len(), 3, "{w:?}");
    assert!(w[2].contains("booking-url"));
}

#[test]
fn host_json_that_breaks_names_the_field_being_read() {
    let c = Content::builtin().unwrap();
    let cases = [
        ("{oops", "."),
        (r#"{"note": {"en": "Open" "es": "Abierto"}}"#, "note.en"),
        (
            "{\n  \"muscles\": {\n    \"levator_scapulae\": {\"name\": {\"en\": \"Levator\",}}\n  }\n}",
            "muscles.levator_scapulae.name",
        ),
        (r#"{"strings": {"prompt": {"en": "a, b: \"c\" {"}, "hint": ["#, "strings.hint[0]"),
        (r#"{"note": {"en": [1, 2, }}"#, "note.en[2]"),
        // Keys are named as they read, escapes decoded.
        (r#"{"strings": {"pro\u006dpt": {"en": "a" "#, "strings.prompt.en"),
        (r#"{"note": {"es": "Cerrado en año nuevo", "én": }}"#, "note.én"),
    ];
    for (json, path) in cases {
        let err = c.with_host("clinic", json).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Syntax, "{json}");
        assert_eq!(err.path, path, "{json}: {err}");
        assert!(err.message.starts_with("not valid JSON"), "{err}");
    }
}

#[test]
fn lowercase_agrees_with_unicode_on_every_letter_the_content_uses() {
    let c = Content::builtin().unwrap();
    let mut letters: Vec<char> = c
        .texts()
        .iter()
        .flat_map(|(_, t)| [t.en.clone(), t.es.clone()])
        .flat_map(|s| s.chars().collect::<Vec<_>>())
        .filter(|ch| ch.is_alphabetic())
        .collect();
    letters.extend('\u{0}'..='\u{ff}');
    letters.sort_unstable();
    letters.dedup();
    for ch in letters {
        let s = ch.to_string();
        assert_eq!(body_map::model::lowercase(&s), s.to_lowercase(), "{ch:?}");
    }
    assert_eq!(body_map::model::lowercase("ÁNGULO Ñandú"), "ángulo ñandú");
}

#[test]
fn sort_small_is_a_stable_sort() {
    use body_map::model::sort_small;
    let mut rng = 0x2545_f491_u32;
    for len in 0..40 {
        let mut items: Vec<(u32, usize)> = (0..len)
            .map(|i| {
                rng ^= rng << 13;
                rng ^= rng >> 17;
                rng ^= rng << 5;
                (rng % 7, i)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|&(key, _)| key);
        sort_small(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, expected, "length {len}");
    }
}

#[test]
fn contains_text_finds_substrings() {
    use body_map::model::contains_text;
    for (hay, needle) in [
        ("trapezius", "trap"),
        ("upper trapezius", "zius"),
        ("músculo", "scul"),
        ("músculo", "ú"),
        ("abc", ""),
        ("", ""),
        ("abc", "abcd"),
        ("abc", "x"),
        ("aab", "ab"),
    ] {
        assert_eq!(
            contains_text(hay, needle),
            hay.contains(needle),
            "{hay:?} {needle:?}"
        );
    }
}

#[test]
fn fill_replaces_known_placeholders_only() {
    use body_map::model::fill;
    let values = [("count", "3"), ("n", "2")];
    assert_eq!(
        fill("{count} muscles, {n} areas", &values),
        "3 muscles, 2 areas"
    );
    assert_eq!(fill("{n}{n}", &values), "22");
    assert_eq!(fill("no placeholders", &values), "no placeholders");
    assert_eq!(fill("{unknown} and {n}", &values), "{unknown} and 2");
    assert_eq!(fill("open { brace {n}", &values), "open { brace 2");
    assert_eq!(fill("unclosed {n", &values), "unclosed {n");
    assert_eq!(fill("{}", &values), "{}");
    assert_eq!(fill("{ñ} y {n}", &[("ñ", "sí"), ("n", "2")]), "sí y 2");
}

#[test]
fn the_handout_is_the_answer_on_one_page() {
    use body_map::model::{handout, Level, HANDOUT_MUSCLES, HANDOUT_SELF_CARE};
    let c = content();
    let selected = [r("neck-angle-right"), r("chest-left"), r("scapula-right")];
    let h = handout(&c, &selected, None);
    let names: Vec<&str> = h.areas.iter().map(|t| t.en.as_str()).collect();
    let expected: Vec<&str> = selected
        .iter()
        .map(|id| c.region(id).unwrap().name.en.as_str())
        .collect();
    assert_eq!(names, expected, "the marked areas, in order");
    let top: Vec<&str> = rank(&c, &selected)
        .iter()
        .take(HANDOUT_MUSCLES)
        .map(|m| m.muscle.id.as_str())
        .collect();
    let muscles: Vec<&str> = h.muscles.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(muscles, top, "the ranking's top");
    assert!(!h.self_care.is_empty() && h.self_care.len() <= HANDOUT_SELF_CARE);
    let levels: Vec<Level> = h.levels.iter().map(|(l, _)| l.level).collect();
    assert_eq!(levels, Level::ALL, "every level, the most urgent first");
    let flags: Vec<&str> = h
        .levels
        .iter()
        .flat_map(|(l, flags)| {
            flags.iter().map(move |f| {
                assert_eq!(f.level, l.level, "{} under its own level", f.id);
                f.id.as_str()
            })
        })
        .collect();
    let tied: Vec<&str> = c
        .safety
        .warnings(&selected)
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(flags, tied, "the red flags of the marked areas, each once");
    assert!(flags.contains(&"chest-heart"), "{flags:?}");

    // From a muscle's page: that muscle first, its own self-care.
    let open = MuscleId::new("levator_scapulae");
    let h = handout(&c, &selected, Some(&open));
    assert_eq!(h.muscles[0].id, open);
    assert!(h.muscles.len() <= HANDOUT_MUSCLES);
    let m = c.muscle(&open).unwrap();
    let own: Vec<&str> = m
        .self_care
        .iter()
        .take(HANDOUT_SELF_CARE)
        .map(|t| t.en.as_str())
        .collect();
    let said: Vec<&str> = h.self_care.iter().map(|t| t.en.as_str()).collect();
    assert_eq!(said, own);

    // Nothing marked: no areas, no muscles, still the levels.
    let h = handout(&c, &[], None);
    assert!(h.areas.is_empty() && h.muscles.is_empty() && h.self_care.is_empty());
    assert_eq!(h.levels.len(), Level::ALL.len());
}
