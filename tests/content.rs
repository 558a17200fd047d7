//! Content integrity: the built-in content loads, every reference resolves, every text exists
//! in every language, and the ranking agrees with the referral patterns of the fact sheet.

mod common;

use std::collections::BTreeSet;

use body_map::model::{
    install_spanish, rank, spanish_pack, spanish_ready, Content, Lang, MatchKind, MuscleId,
    RegionId, View, ENGLISH_FILES, SPANISH_PACK_ID,
};
use common::{BACK_AREAS, BACK_MID, FRONT_AREAS, FRONT_MID};

fn content() -> Content {
    Content::builtin().unwrap_or_else(|e| panic!("built-in content is invalid: {e}"))
}

const MUSCLES: [&str; 25] = [
    "sternocleidomastoid",
    "scalenes",
    "upper_trapezius",
    "middle_trapezius",
    "lower_trapezius",
    "levator_scapulae",
    "splenius_capitis",
    "splenius_cervicis",
    "suboccipitals",
    "semispinalis_capitis",
    "cervical_multifidi",
    "rhomboids",
    "serratus_posterior_superior",
    "serratus_posterior_inferior",
    "infraspinatus",
    "latissimus_dorsi",
    "iliocostalis_thoracis",
    "iliocostalis_lumborum",
    "longissimus_thoracis",
    "lumbar_multifidi",
    "quadratus_lumborum",
    "iliopsoas",
    "gluteus_medius",
    "gluteus_maximus",
    "piriformis",
];

#[test]
fn has_every_muscle_of_the_public_api() {
    let c = content();
    let ids: BTreeSet<&str> = c.muscles.iter().map(|m| m.id.as_str()).collect();
    for id in MUSCLES {
        assert!(ids.contains(id), "missing muscle {id}");
    }
}

#[test]
fn has_every_pain_region_with_its_view_and_side() {
    let c = content();
    let mut expected: Vec<(String, View)> = Vec::new();
    for (areas, view, mid) in [
        (FRONT_AREAS, View::Front, FRONT_MID),
        (BACK_AREAS, View::Back, BACK_MID),
    ] {
        for a in areas {
            expected.push((format!("{a}-left"), view));
            expected.push((format!("{a}-right"), view));
        }
        expected.extend(mid.iter().map(|m| (m.to_string(), view)));
    }
    assert_eq!(c.regions.len(), expected.len(), "no extra regions");
    for (id, view) in expected {
        let r = c
            .region(&RegionId::new(id.as_str()))
            .unwrap_or_else(|| panic!("missing region {id}"));
        assert_eq!(r.view, view, "{id} is on the wrong view");
        let side = if id.ends_with("-left") {
            "Left"
        } else if id.ends_with("-right") {
            "Right"
        } else {
            "Mid"
        };
        assert_eq!(format!("{:?}", r.side), side);
    }
}

#[test]
fn region_names_spell_out_the_side() {
    let c = content();
    for r in &c.regions {
        let (en, es) = (r.name.en.to_lowercase(), r.name.es.to_lowercase());
        if r.id.as_str().ends_with("-left") {
            assert!(
                en.contains("left") && es.contains("izquierd"),
                "{}: {en} / {es}",
                r.id
            );
        } else if r.id.as_str().ends_with("-right") {
            assert!(
                en.contains("right") && es.contains("derech"),
                "{}: {en} / {es}",
                r.id
            );
        }
    }
}

#[test]
fn every_muscle_has_trigger_points_with_essential_zones_and_sources() {
    let c = content();
    for m in &c.muscles {
        assert!(!m.trigger_points.is_empty(), "{}", m.id);
        for tp in &m.trigger_points {
            assert!(
                !tp.essential.is_empty(),
                "{} has a trigger point without essential zone",
                m.id
            );
        }
        assert!(!m.sources.is_empty(), "{}", m.id);
        for s in &m.sources {
            assert!(c.source(s).is_some(), "{}: unknown source {s}", m.id);
        }
        assert!(
            m.sources
                .iter()
                .any(|s| s.as_str() == "travell-simons-1999"),
            "{}",
            m.id
        );
    }
}

#[test]
fn every_region_is_referenced_or_out_of_scope_on_purpose() {
    let c = content();
    let referenced: BTreeSet<RegionId> = c
        .muscles
        .iter()
        .flat_map(|m| m.zones().into_keys())
        .collect();
    for r in &c.regions {
        assert_eq!(referenced.contains(&r.id), r.in_scope, "{}", r.id);
    }
    let out: Vec<&str> = c
        .regions
        .iter()
        .filter(|r| !r.in_scope)
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        out.iter().all(|id| ["knee", "shin", "foot", "calf", "heel"]
            .iter()
            .any(|a| id.starts_with(a))),
        "{out:?}"
    );
}

#[test]
fn every_text_exists_in_every_language() {
    let c = content();
    let texts = c.texts();
    assert!(texts.len() > 800, "walks every text ({})", texts.len());
    for (path, text) in texts {
        for lang in Lang::ALL {
            assert!(
                !text.get(lang).trim().is_empty(),
                "{path} lacks {}",
                lang.code()
            );
        }
        let latin = path.ends_with(".anatomical");
        assert!(
            latin || text.en != text.es || text.en.len() < 40,
            "{path} is not translated: {}",
            text.en
        );
    }
}

#[test]
fn the_widget_s_english_files_with_the_spanish_pack_give_every_text() {
    let full = content();
    let english = Content::from_files(&ENGLISH_FILES)
        .unwrap_or_else(|e| panic!("the widget's English content is invalid: {e}"));
    // The widget reads the English content from its tape: it must say exactly the same.
    assert_eq!(
        format!("{:#?}", Content::from_tape()),
        format!("{english:#?}"),
        "the tape and the English files differ"
    );
    let (all, carried) = (full.texts(), english.texts());
    assert_eq!(all.len(), carried.len());
    // Until the pack arrives, content texts answer in English.
    assert!(!spanish_ready());
    let name = &english.muscles[0].name;
    assert_eq!(name.get(Lang::Es), name.en);
    assert_ne!(name.get(Lang::Es), full.muscles[0].name.es);

    let wrong = spanish_pack().replacen(SPANISH_PACK_ID.trim(), "0123456789abcdef", 1);
    let refused = install_spanish(&wrong).unwrap_err();
    assert!(refused.contains("another version"), "{refused}");
    assert!(install_spanish("[\"hola\"]").is_err());
    assert!(!spanish_ready());

    install_spanish(spanish_pack()).unwrap();
    for ((path, text), (carried_path, carried)) in all.iter().zip(&carried) {
        assert_eq!(path, carried_path);
        assert_eq!(text.en, carried.en, "{path}");
        assert_eq!(text.es, carried.get(Lang::Es), "{path}");
    }
}

#[test]
fn topics_cover_the_design_and_are_honest() {
    let c = content();
    let ids: Vec<&str> = c.topics.iter().map(|t| t.id.as_str()).collect();
    for id in [
        "spine-one-structure",
        "muscle-relaxation",
        "stress",
        "endorphins-pain-signals",
        "trigger-points-referred-pain",
        "posture-forward-head",
        "muscle-chain",
        "how-sure",
    ] {
        assert!(ids.contains(&id), "missing topic {id}");
    }
    let posture = c
        .topics
        .iter()
        .find(|t| t.id.as_str() == "posture-forward-head")
        .unwrap();
    let loads: Vec<(u8, u8)> = posture.head_loads.iter().map(|l| (l.angle, l.lb)).collect();
    assert_eq!(loads, [(0, 12), (15, 27), (30, 40), (45, 49), (60, 60)]);
    for id in ["stress", "endorphins-pain-signals"] {
        let t = c.topics.iter().find(|t| t.id.as_str() == id).unwrap();
        assert_eq!(
            format!("{:?}", t.evidence),
            "Disputed",
            "{id} must say the claim is disputed"
        );
    }
    let safety: Vec<&str> = c.safety.sections.iter().map(|s| s.id.as_str()).collect();
    assert!(safety.contains(&"contraindications"), "massage cautions");
}

#[test]
fn patient_texts_read_plainly() {
    let c = content();
    for m in &c.muscles {
        let texts = std::iter::once(&m.summary)
            .chain(&m.self_care)
            .chain(&m.causes)
            .chain(&m.symptoms);
        for text in texts {
            for sentence in text.en.split(['.', '!', '?']) {
                let words = sentence.split_whitespace().count();
                assert!(
                    words <= 25,
                    "{}: long sentence ({words} words): {sentence}",
                    m.id
                );
            }
        }
    }
}

/// (region, muscle that commonly refers pain there), from the referral patterns of the fact
/// sheet (Travell & Simons).
const REFERRALS: [(&str, &str); 45] = [
    ("neck-angle-left", "levator_scapulae"),
    ("scapula-medial-border-left", "levator_scapulae"),
    ("temple-left", "upper_trapezius"),
    ("cheek-jaw-right", "upper_trapezius"),
    ("behind-ear-left", "upper_trapezius"),
    ("neck-back-upper-left", "upper_trapezius"),
    ("crown-left", "sternocleidomastoid"),
    ("eye-left", "sternocleidomastoid"),
    ("cheek-jaw-left", "sternocleidomastoid"),
    ("forehead-left", "sternocleidomastoid"),
    ("sternum", "sternocleidomastoid"),
    ("chest-left", "scalenes"),
    ("scapula-medial-border-right", "scalenes"),
    ("upper-arm-front-left", "scalenes"),
    ("hand-thumb-side-left", "scalenes"),
    ("crown-right", "splenius_capitis"),
    ("eye-right", "splenius_cervicis"),
    ("occiput-left", "suboccipitals"),
    ("temple-right", "semispinalis_capitis"),
    ("occiput-right", "cervical_multifidi"),
    ("scapula-medial-border-left", "rhomboids"),
    ("upper-back-spine", "middle_trapezius"),
    ("shoulder-top-left", "middle_trapezius"),
    ("neck-back-upper-right", "lower_trapezius"),
    ("scapula-upper-left", "serratus_posterior_superior"),
    (
        "hand-little-finger-side-left",
        "serratus_posterior_superior",
    ),
    ("shoulder-front-left", "infraspinatus"),
    ("forearm-front-right", "infraspinatus"),
    ("scapula-lower-angle-left", "latissimus_dorsi"),
    ("mid-back-left", "iliocostalis_thoracis"),
    ("buttock-upper-left", "iliocostalis_lumborum"),
    ("si-joint-right", "longissimus_thoracis"),
    ("low-back-left", "lumbar_multifidi"),
    ("lumbar-spine", "lumbar_multifidi"),
    ("iliac-crest-left", "quadratus_lumborum"),
    ("outer-hip-right", "quadratus_lumborum"),
    ("si-joint-left", "quadratus_lumborum"),
    ("buttock-lower-left", "quadratus_lumborum"),
    ("low-back-right", "iliopsoas"),
    ("thigh-front-left", "iliopsoas"),
    ("sacrum", "gluteus_medius"),
    ("outer-hip-left", "gluteus_medius"),
    ("coccyx", "gluteus_maximus"),
    ("si-joint-left", "piriformis"),
    ("thigh-back-left", "piriformis"),
];

#[test]
fn ranking_names_the_muscles_of_the_referral_charts() {
    let c = content();
    for (region, muscle) in REFERRALS {
        let ranked = rank(&c, &[RegionId::new(region)]);
        assert!(
            ranked.iter().any(|r| r.muscle.id.as_str() == muscle),
            "{muscle} should appear for {region}; got {:?}",
            ranked
                .iter()
                .map(|r| r.muscle.id.as_str())
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn levator_scapulae_ranks_first_for_the_angle_of_the_neck() {
    let c = content();
    for side in ["neck-angle-left", "neck-angle-right"] {
        let ranked = rank(&c, &[RegionId::new(side)]);
        assert_eq!(
            ranked[0].muscle.id,
            MuscleId::new("levator_scapulae"),
            "{side}"
        );
        assert_eq!(ranked[0].matches[0].kind, MatchKind::Essential);
    }
}

/// The figure draws what the content speaks of: every region on its view, every trigger point
/// of every muscle, and every muscle a topic shows in that topic's view.
#[test]
fn the_figure_draws_what_the_content_names() {
    use body_map::geometry::{figure, unseen_trigger_points};
    use body_map::model::Side;
    let c = content();
    for r in &c.regions {
        let fig = figure(r.view);
        assert!(
            fig.regions.iter().any(|s| s.id == r.id.as_str()),
            "{} is not drawn",
            r.id
        );
    }
    for m in &c.muscles {
        let views: Vec<View> = View::ALL
            .into_iter()
            .filter(|&v| figure(v).muscles.iter().any(|s| s.id == m.id.as_str()))
            .collect();
        assert!(!views.is_empty(), "{} is drawn in no view", m.id);
        for v in views {
            let fig = figure(v);
            let unseen = unseen_trigger_points(v)
                .iter()
                .filter(|(id, _)| *id == m.id.as_str())
                .count();
            for side in [Side::Left, Side::Right, Side::Mid] {
                let marks = fig
                    .trigger_points
                    .iter()
                    .filter(|t| t.muscle == m.id.as_str() && t.side == side)
                    .count();
                assert!(
                    marks == 0 || marks + unseen == m.trigger_points.len(),
                    "{} has {marks} X marks on one side in the {v:?} view ({unseen} unseen), {} in content",
                    m.id,
                    m.trigger_points.len()
                );
            }
        }
    }
    for t in &c.topics {
        let fig = figure(t.show.view);
        for m in &t.show.muscles {
            assert!(
                fig.muscles.iter().any(|s| s.id == m.as_str()),
                "topic {} shows {m} in the {:?} view, which does not draw it",
                t.id,
                t.show.view
            );
        }
    }
}

fn muscle<'a>(c: &'a Content, id: &str) -> &'a body_map::model::Muscle {
    c.muscle(&MuscleId::new(id))
        .unwrap_or_else(|| panic!("no muscle {id}"))
}

/// The regions trigger point `n` (from 1) of `id` lists as essential, and as spillover.
fn zones<'a>(c: &'a Content, id: &str, n: usize) -> (Vec<&'a str>, Vec<&'a str>) {
    let tp = &muscle(c, id).trigger_points[n - 1];
    (
        tp.essential.iter().map(|r| r.as_str()).collect(),
        tp.spillover.iter().map(|r| r.as_str()).collect(),
    )
}

fn ranked_ids(c: &Content, region: &str) -> Vec<String> {
    rank(c, &[RegionId::new(region)])
        .iter()
        .map(|r| r.muscle.id.to_string())
        .collect()
}

/// Quadratus lumborum, lower superficial trigger point: the greater trochanter and the outer
/// hip (Travell & Simons; NAMTPT), not the back of the thigh.
#[test]
fn quadratus_lumborum_lower_point_refers_to_the_outer_hip_not_the_back_of_the_thigh() {
    let c = content();
    let (essential, spillover) = zones(&c, "quadratus_lumborum", 2);
    assert!(essential.contains(&"outer-hip-left"));
    assert!(!essential.contains(&"thigh-back-left") && !spillover.contains(&"thigh-back-left"));
    assert_ne!(
        ranked_ids(&c, "thigh-back-left")
            .first()
            .map(String::as_str),
        Some("quadratus_lumborum")
    );
}

/// Upper trapezius trigger point 2: the back of the head is a main zone.
#[test]
fn upper_trapezius_second_point_sends_pain_to_the_back_of_the_head() {
    let c = content();
    assert!(zones(&c, "upper_trapezius", 2).0.contains(&"occiput-left"));
}

/// Semispinalis capitis: the band is strongest over the eye (and at the temple).
#[test]
fn semispinalis_capitis_is_strongest_over_the_eye() {
    let c = content();
    let (essential, _) = zones(&c, "semispinalis_capitis", 1);
    assert!(essential.contains(&"eye-left") && essential.contains(&"temple-left"));
}

/// Middle trapezius: the top of the shoulder (acromion) is a main zone.
#[test]
fn middle_trapezius_sends_pain_to_the_top_of_the_shoulder() {
    let c = content();
    assert!(zones(&c, "middle_trapezius", 1)
        .0
        .contains(&"shoulder-top-left"));
}

/// Piriformis: the back of the hip and the outer hip are main zones.
#[test]
fn piriformis_refers_to_the_back_of_the_hip_and_the_outer_hip() {
    let c = content();
    for n in 1..=2 {
        let (essential, _) = zones(&c, "piriformis", n);
        for r in ["buttock-upper-left", "outer-hip-left", "si-joint-left"] {
            assert!(essential.contains(&r), "piriformis {n}: {r}");
        }
    }
}

/// Serratus posterior superior: down the back of the arm to the elbow and the little-finger
/// side, not the palm side of the forearm.
#[test]
fn serratus_posterior_superior_runs_down_the_back_of_the_arm() {
    let c = content();
    let (essential, spillover) = zones(&c, "serratus_posterior_superior", 1);
    let all: Vec<&str> = essential.iter().chain(&spillover).copied().collect();
    for r in [
        "scapula-upper-left",
        "upper-arm-back-left",
        "forearm-back-left",
        "hand-little-finger-side-left",
    ] {
        assert!(all.contains(&r), "{r}");
    }
    assert!(!all.contains(&"forearm-front-left"));
}

/// Infraspinatus: its rare third trigger point does not put it first for the inner border of
/// the shoulder blade; the rhomboids, levator scapulae and scalenes describe that pain better.
#[test]
fn infraspinatus_does_not_lead_for_the_inner_border_of_the_shoulder_blade() {
    let c = content();
    for side in ["scapula-medial-border-left", "scapula-medial-border-right"] {
        let ranked = ranked_ids(&c, side);
        assert_ne!(ranked[0], "infraspinatus", "{side}: {ranked:?}");
        assert!(
            ranked[..3]
                .iter()
                .any(|m| ["rhomboids", "levator_scapulae", "scalenes"].contains(&m.as_str())),
            "{side}: {ranked:?}"
        );
    }
    assert!(!zones(&c, "infraspinatus", 3)
        .0
        .contains(&"scapula-medial-border-left"));
}

/// Lumbar multifidi: pain on the spine itself, a midline back-view region the figure draws.
#[test]
fn lumbar_multifidi_are_coded_on_the_lumbar_spine() {
    use body_map::geometry::{figure, region_at, View as GView};
    let c = content();
    let region = c
        .region(&RegionId::new("lumbar-spine"))
        .expect("lumbar-spine");
    assert_eq!(region.view, View::Back);
    assert_eq!(region.side, body_map::model::Side::Mid);
    assert_ne!(region.name.en, region.name.get(Lang::Es));
    assert_eq!(ranked_ids(&c, "lumbar-spine")[0], "lumbar_multifidi");
    let shape = figure(GView::Back)
        .regions
        .iter()
        .find(|r| r.id == "lumbar-spine")
        .expect("drawn on the back view");
    assert_eq!(
        region_at(GView::Back, shape.centre),
        Some("lumbar-spine"),
        "it can be tapped"
    );
}

/// "Among the most common causes" is what trigger-point manuals report from clinical
/// observation, and the text says so.
#[test]
fn most_common_claims_credit_trigger_point_manuals_and_clinical_observation() {
    let c = content();
    for id in [
        "upper_trapezius",
        "quadratus_lumborum",
        "sternocleidomastoid",
    ] {
        let m = muscle(&c, id);
        let note = m.prevalence_note.en.to_lowercase();
        assert!(
            note.contains("trigger-point manuals") && note.contains("clinical observation"),
            "{id}: {note}"
        );
    }
    for m in &c.muscles {
        for text in [&m.summary, &m.prevalence_note] {
            let en = text.en.to_lowercase();
            if en.contains("most common") || en.contains("most frequent") {
                assert!(en.contains("trigger-point manuals"), "{}: {en}", m.id);
            }
        }
    }
}

#[test]
fn the_endorphin_evidence_is_a_few_small_studies_with_mixed_results() {
    let c = content();
    let t = c
        .topics
        .iter()
        .find(|t| t.id.as_str() == "endorphins-pain-signals")
        .unwrap();
    for text in [&t.summary, &t.evidence_note] {
        let en = text.en.to_lowercase();
        assert!(en.contains("a few small studies"), "{en}");
        assert!(en.contains("mixed results"), "{en}");
    }
}

#[test]
fn a_single_guideline_is_named() {
    let c = content();
    for (path, text) in c.texts() {
        assert!(
            !text.en.to_lowercase().contains("guidelines suggest"),
            "{path}: {}",
            text.en
        );
    }
    let t = c
        .topics
        .iter()
        .find(|t| t.id.as_str() == "muscle-relaxation")
        .unwrap();
    assert!(t
        .body
        .iter()
        .any(|b| b.en.contains("NICE guideline suggests") && b.get(Lang::Es).contains("NICE")));
}

/// Back pain made worse by coughing or sneezing is an urgent red flag, and the quadratus
/// lumborum's symptom says what to do.
#[test]
fn coughing_and_sneezing_point_to_the_urgent_red_flag() {
    let c = content();
    let urgent = c
        .safety
        .level(body_map::model::Level::Urgent)
        .unwrap()
        .title
        .en
        .to_lowercase();
    let flag = c
        .safety
        .red_flags
        .iter()
        .find(|f| f.id.as_str() == "cough-sneeze")
        .unwrap();
    assert_eq!(flag.level, body_map::model::Level::Urgent);
    let cough: Vec<&body_map::model::Text> = muscle(&c, "quadratus_lumborum")
        .symptoms
        .iter()
        .filter(|s| s.en.contains("cough"))
        .collect();
    assert!(!cough.is_empty());
    for s in cough {
        assert!(s.en.to_lowercase().contains(&urgent), "{}", s.en);
    }
}

/// The interface keys are `ui.json`'s, one variant each, sorted: a component asks for a
/// string by variant, so a key missing from `ui.json` fails to compile.
#[test]
fn the_interface_keys_are_those_of_ui_json() {
    let c = content();
    let generated: Vec<&str> = body_map::model::UiKey::ALL
        .iter()
        .map(|k| k.as_str())
        .collect();
    let in_file: Vec<&str> = c.ui.keys().map(String::as_str).collect();
    assert_eq!(generated, in_file);
}
