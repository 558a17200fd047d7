//! Triage: the red flags follow the NHS levels (999, urgent GP or 111, routine GP) in words that
//! hold in any country, name pain areas that exist, are complete in both languages, never name
//! a diagnosis, and come first in the answer for the areas they concern.

use body_map::model::{
    Content, ContentError, ErrorKind, Lang, Level, RedFlag, RegionId, BUILTIN_FILES,
};

fn content() -> Content {
    Content::builtin().unwrap_or_else(|e| panic!("built-in content is invalid: {e}"))
}

fn flag<'a>(c: &'a Content, id: &str) -> &'a RedFlag {
    c.safety
        .red_flags
        .iter()
        .find(|f| f.id.as_str() == id)
        .unwrap_or_else(|| panic!("no red flag {id}"))
}

/// The ids of the warnings the answer shows for `regions`, in order.
fn warnings(c: &Content, regions: &[&str]) -> Vec<String> {
    let regions: Vec<RegionId> = regions.iter().map(|r| RegionId::new(*r)).collect();
    c.safety
        .warnings(&regions)
        .iter()
        .map(|f| f.id.to_string())
        .collect()
}

fn with(file: &str, json: &str) -> Result<Content, ContentError> {
    let files: Vec<(&str, &str)> = BUILTIN_FILES
        .iter()
        .map(|&(n, j)| if n == file { (n, json) } else { (n, j) })
        .collect();
    Content::from_files(&files)
}

fn safety_json() -> serde_json::Value {
    let json = BUILTIN_FILES
        .iter()
        .find(|(n, _)| *n == "safety.json")
        .unwrap()
        .1;
    serde_json::from_str(json).unwrap()
}

#[test]
fn every_red_flag_has_a_level_areas_that_exist_and_both_languages() {
    let c = content();
    assert!(c.safety.red_flags.len() >= 20, "the whole NHS list");
    for level in Level::ALL {
        let text = c.safety.level(level).expect("every level is worded");
        for t in [&text.title, &text.intro, &text.lead] {
            assert!(!t.en.trim().is_empty() && !t.get(Lang::Es).trim().is_empty());
        }
        assert!(
            c.safety.red_flags.iter().any(|f| f.level == level),
            "{level:?} lists no sign"
        );
    }
    for f in &c.safety.red_flags {
        assert!(Level::ALL.contains(&f.level));
        assert!(!f.sign.en.trim().is_empty(), "{}: English", f.id);
        assert!(!f.sign.get(Lang::Es).trim().is_empty(), "{}: Spanish", f.id);
        assert_ne!(f.sign.en, f.sign.get(Lang::Es), "{}: translated", f.id);
        assert!(!f.sources.is_empty(), "{} cites its advice", f.id);
        for a in &f.areas {
            assert!(c.region(a).is_some(), "{}: unknown area {a}", f.id);
        }
    }
}

#[test]
fn a_red_flag_without_a_level_or_with_an_unknown_area_is_refused_with_its_path() {
    let mut v = safety_json();
    v["red_flags"][2].as_object_mut().unwrap().remove("level");
    let err = with("safety.json", &v.to_string()).unwrap_err();
    assert_eq!(
        (&err.kind, err.file.as_str(), err.path.as_str()),
        (&ErrorKind::Schema, "safety.json", "red_flags[2]")
    );
    assert!(err.message.contains("level"), "{err}");

    let mut v = safety_json();
    v["red_flags"][0]["level"] = "later".into();
    let err = with("safety.json", &v.to_string()).unwrap_err();
    assert_eq!(
        (err.kind, err.path.as_str()),
        (ErrorKind::Schema, "red_flags[0].level")
    );

    let mut v = safety_json();
    v["red_flags"][0]["areas"][1] = "chest-middle".into();
    let err = with("safety.json", &v.to_string()).unwrap_err();
    assert_eq!(
        (err.kind, err.path.as_str()),
        (ErrorKind::UnknownId, "red_flags[0].areas[1]")
    );

    let mut v = safety_json();
    v["red_flags"][4]["sign"]["es"] = " ".into();
    let err = with("safety.json", &v.to_string()).unwrap_err();
    assert_eq!(
        (err.kind, err.path.as_str()),
        (ErrorKind::Empty, "red_flags[4].sign.es")
    );

    let mut v = safety_json();
    v["levels"].as_array_mut().unwrap().remove(1);
    let err = with("safety.json", &v.to_string()).unwrap_err();
    assert_eq!(
        (&err.kind, err.path.as_str()),
        (&ErrorKind::Invalid, "levels")
    );
    assert!(err.message.contains("urgent"), "{err}");
}

#[test]
fn the_levels_follow_the_nhs_pages() {
    let c = content();
    let at = |id: &str| flag(&c, id).level;
    // Back pain: 999 for both legs, the saddle area, peeing, chest pain, a serious accident.
    for id in [
        "cauda-equina",
        "chest-heart",
        "serious-injury",
        "belly-pulsing-lump",
        "tearing-between-shoulders",
        "neck-stroke-signs",
        "sudden-headache",
        "headache-fever",
    ] {
        assert_eq!(at(id), Level::Emergency, "{id}");
    }
    // Back pain: an urgent GP appointment or 111.
    for id in [
        "high-temperature",
        "weight-loss",
        "lump-or-shape",
        "rest-and-night",
        "cough-sneeze",
        "upper-back-pain",
        "flank-fever",
        "temples-over-50",
    ] {
        assert_eq!(at(id), Level::Urgent, "{id}");
    }
    for id in ["one-leg", "morning-stiffness", "not-improving"] {
        assert_eq!(at(id), Level::Soon, "{id}");
    }
}

#[test]
fn both_legs_is_the_emergency_sign_and_one_leg_is_see_a_doctor() {
    let c = content();
    assert!(flag(&c, "cauda-equina").sign.en.contains("both legs"));
    for f in c
        .safety
        .red_flags
        .iter()
        .filter(|f| f.level == Level::Emergency)
    {
        let en = f.sign.en.to_lowercase();
        assert!(
            !en.contains("one leg") && !en.contains("one or both legs"),
            "{}: one leg alone is not an emergency",
            f.id
        );
    }
    let one = flag(&c, "one-leg");
    assert!(one.sign.en.contains("one leg"));
    assert!(
        one.sign.en.contains("both legs") && one.sign.en.contains("emergency number"),
        "says when one leg becomes an emergency"
    );
}

#[test]
fn the_words_hold_in_any_country() {
    let c = content();
    let titles: Vec<String> = Level::ALL
        .iter()
        .map(|&l| c.safety.level(l).unwrap().title.en.to_lowercase())
        .collect();
    assert!(titles[0].contains("call your emergency number"));
    assert!(titles[1].contains("call your doctor or a health advice line today"));
    let mut texts = vec![&c.safety.disclaimer];
    for l in &c.safety.levels {
        texts.extend([&l.title, &l.intro, &l.lead]);
    }
    texts.extend(c.safety.red_flags.iter().map(|f| &f.sign));
    for t in texts {
        for (_, s) in t.all() {
            for national in ["999", "111", "911", "112", "A&E", " GP", "NHS"] {
                assert!(!s.contains(national), "{national} in {s}");
            }
        }
    }
}

#[test]
fn signs_never_say_what_the_patient_has() {
    let c = content();
    for f in &c.safety.red_flags {
        for (_, s) in f.sign.all() {
            let s = s.to_lowercase();
            for name in [
                "heart attack",
                "stroke",
                "aneurysm",
                "aorta",
                "dissection",
                "meningitis",
                "cauda equina",
                "arteritis",
                "kidney infection",
                "infarto",
                "ictus",
                "meningitis",
                "cola de caballo",
            ] {
                assert!(!s.contains(name), "{}: names {name}", f.id);
            }
        }
    }
}

#[test]
fn the_areas_where_pain_can_be_an_emergency_carry_their_warning() {
    let c = content();
    let first = |regions: &[&str]| warnings(&c, regions).first().cloned();
    // The chest, the left arm and the jaw: heart.
    for r in [
        "chest-left",
        "chest-right",
        "sternum",
        "upper-arm-front-left",
        "cheek-jaw-right",
    ] {
        assert_eq!(first(&[r]).as_deref(), Some("chest-heart"), "{r}");
    }
    // The head: a sudden severe headache; the temples and jaw over 50 too.
    let temple = warnings(&c, &["temple-left"]);
    assert!(temple.contains(&"sudden-headache".to_owned()), "{temple:?}");
    assert!(temple.contains(&"temples-over-50".to_owned()), "{temple:?}");
    // The neck: artery and stroke signs.
    for r in ["neck-back-upper-left", "neck-front-right", "occiput-left"] {
        assert!(
            warnings(&c, &[r]).contains(&"neck-stroke-signs".to_owned()),
            "{r}"
        );
    }
    // Belly and flank: aorta and kidney.
    assert_eq!(
        warnings(&c, &["flank-left"]),
        ["belly-pulsing-lump", "flank-fever"]
    );
    assert_eq!(
        first(&["abdomen-lower-right"]).as_deref(),
        Some("belly-pulsing-lump")
    );
    // Between the shoulder blades: tearing pain first, then the NHS's urgent upper back pain.
    assert_eq!(
        warnings(&c, &["scapula-medial-border-left"]),
        ["tearing-between-shoulders", "upper-back-pain"]
    );
    // The low back and the spine: the emergency nerve signs.
    for r in ["low-back-left", "lumbar-spine"] {
        assert_eq!(first(&[r]).as_deref(), Some("cauda-equina"), "{r}");
    }
    // Areas with no sign of their own, and no areas at all: no warning.
    assert!(warnings(&c, &["thigh-back-left", "outer-hip-right"]).is_empty());
    assert!(warnings(&c, &[]).is_empty());
}

#[test]
fn warnings_come_most_urgent_first_and_once_each() {
    let c = content();
    let ids = warnings(
        &c,
        &["flank-left", "temple-left", "flank-right", "chest-left"],
    );
    let levels: Vec<Level> = ids.iter().map(|id| flag(&c, id).level).collect();
    let mut sorted = levels.clone();
    sorted.sort();
    assert_eq!(levels, sorted, "{ids:?}");
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "each warning once: {ids:?}");
    assert_eq!(ids.first().map(String::as_str), Some("chest-heart"));
}
