use std::collections::BTreeMap;

use serde::Deserialize;

use super::ids::{MuscleId, RedFlagId, RegionId, SegmentId, Side, SourceId, TopicId, View};
use super::text::{Lang, Text};
use super::validate;

/// A bibliographic source that content cites.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Key that content uses to cite it.
    pub id: SourceId,
    /// Full citation.
    pub citation: String,
    /// Where to read it, when it is online.
    #[serde(default)]
    pub url: Option<String>,
}

/// A pain region of the patient's map.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// `<area>-left|right` or a midline `<area>`.
    pub id: RegionId,
    /// The view it is drawn on.
    pub view: View,
    /// The patient's side.
    pub side: Side,
    /// Name with the side spelled out ("Left temple").
    pub name: Text,
    /// False where no muscle of the scope refers pain there, on purpose (knee, foot).
    pub in_scope: bool,
}

/// Where a muscle belongs in the therapist's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Neck muscles.
    Neck,
    /// Upper and middle back.
    UpperBack,
    /// Low back and hips.
    LowBackHips,
}

impl Group {
    /// Every group, in list order.
    pub const ALL: [Group; 3] = [Group::Neck, Group::UpperBack, Group::LowBackHips];
}

/// One trigger point of a muscle and the zones it refers pain to, for the muscle on the
/// patient's left side (the right side mirrors them).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriggerPoint {
    /// Where it lies on the muscle.
    pub location: Text,
    /// Zones nearly everyone with this trigger point feels.
    pub essential: Vec<RegionId>,
    /// Zones some people feel.
    pub spillover: Vec<RegionId>,
}

/// A muscle with everything the widget says about it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Muscle {
    /// Public id, e.g. `levator_scapulae`.
    pub id: MuscleId,
    /// Its place in the therapist's list.
    pub group: Group,
    /// Common name.
    pub name: Text,
    /// Anatomical (Latin) name.
    pub anatomical: Text,
    /// One plain line on where it lies, for the answer's cards.
    pub position: Text,
    /// Plain description for patients.
    pub summary: Text,
    /// Origin and insertion, for therapists.
    pub attachments: Text,
    /// Spinal levels it spans, e.g. `C1–C4`.
    pub levels: String,
    /// What it does.
    pub action: Text,
    /// Its common trigger points, numbered from 1.
    pub trigger_points: Vec<TriggerPoint>,
    /// Common causes and perpetuating factors.
    pub causes: Vec<Text>,
    /// Associated symptoms.
    pub symptoms: Vec<Text>,
    /// What a massage therapist does.
    pub therapist: Text,
    /// Safe self-care.
    pub self_care: Vec<Text>,
    /// How often it is the culprit, 1 (rarely) to 5 (among the most common).
    pub prevalence: u8,
    /// Why it has that weight.
    pub prevalence_note: Text,
    /// Sources for everything above.
    pub sources: Vec<SourceId>,
}

impl Muscle {
    /// The region ids this muscle refers to from either side, each with its strongest kind:
    /// `true` for essential, `false` for spillover only.
    pub fn zones(&self) -> BTreeMap<RegionId, bool> {
        let mut zones = self.side_zones(Side::Left);
        for (region, essential) in self.side_zones(Side::Right) {
            *zones.entry(region).or_insert(essential) |= essential;
        }
        zones
    }

    /// The zones of the muscle on one side of the body (`Side::Mid` gives both sides), each
    /// with its strongest kind: `true` for essential, `false` for spillover only.
    pub fn side_zones(&self, side: Side) -> BTreeMap<RegionId, bool> {
        if side == Side::Mid {
            return self.zones();
        }
        let mut zones = BTreeMap::new();
        for tp in &self.trigger_points {
            for (ids, essential) in [(&tp.essential, true), (&tp.spillover, false)] {
                for id in ids {
                    let region = if side == Side::Left {
                        id.clone()
                    } else {
                        id.mirrored()
                    };
                    *zones.entry(region).or_insert(essential) |= essential;
                }
            }
        }
        zones
    }
}

/// A spine segment (cervical … coccyx).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    /// `cervical`, `thoracic`, `lumbar`, `sacrum` or `coccyx`.
    pub id: SegmentId,
    /// Name.
    pub name: Text,
    /// Vertebrae it spans, e.g. `C1–C7`.
    pub range: String,
    /// How many vertebrae.
    pub count: u8,
    /// Plain explanation.
    pub text: Text,
    /// Therapist-level detail.
    pub detail: Text,
}

/// One of the spine's four curves.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Curve {
    /// e.g. `cervical_lordosis`.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Present before birth (thoracic, sacral) rather than formed later.
    pub primary: bool,
    /// Explanation.
    pub text: Text,
}

/// The intervertebral discs.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disc {
    /// How many (23).
    pub count: u8,
    /// Explanation.
    pub text: Text,
}

/// A vertebra worth its own note (atlas, axis …).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VertebraNote {
    /// Label, e.g. `C1`.
    pub id: String,
    /// Name, e.g. "Atlas".
    pub name: Text,
    /// Explanation.
    pub text: Text,
}

/// The spine's content.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spine {
    /// The five segments, head to tail.
    pub segments: Vec<Segment>,
    /// The four curves.
    pub curves: Vec<Curve>,
    /// The discs.
    pub discs: Disc,
    /// Notable vertebrae.
    pub vertebrae: Vec<VertebraNote>,
}

/// What a topic shows on the figure.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Show {
    /// The view to switch to.
    pub view: View,
    /// Muscles to highlight.
    #[serde(default)]
    pub muscles: Vec<MuscleId>,
    /// Regions to highlight.
    #[serde(default)]
    pub regions: Vec<RegionId>,
    /// Spine segments to highlight.
    #[serde(default)]
    pub spine: Vec<SegmentId>,
}

/// The modelled load on the neck at one head angle.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeadLoad {
    /// Forward flexion in degrees.
    pub angle: u8,
    /// Effective load in kilograms.
    pub kg: u8,
    /// Effective load in pounds.
    pub lb: u8,
}

/// How strong the evidence behind a topic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Evidence {
    /// Consistent good-quality evidence.
    Strong,
    /// Some good evidence.
    Moderate,
    /// Few or low-quality studies.
    Limited,
    /// Studies disagree.
    Disputed,
}

impl Evidence {
    /// Its CSS modifier (its label is `ui::context::evidence_label`).
    pub fn key(self) -> &'static str {
        match self {
            Evidence::Strong => "evidence-strong",
            Evidence::Moderate => "evidence-moderate",
            Evidence::Limited => "evidence-limited",
            Evidence::Disputed => "evidence-disputed",
        }
    }
}

/// An explanation, stepped through in explore mode.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// e.g. `posture-forward-head`.
    pub id: TopicId,
    /// Title.
    pub title: Text,
    /// One-sentence summary.
    pub summary: Text,
    /// Paragraphs.
    pub body: Vec<Text>,
    /// Evidence strength.
    pub evidence: Evidence,
    /// How sure we are, in words.
    pub evidence_note: Text,
    /// "Show on the body".
    pub show: Show,
    /// Neck load per head angle (posture topic only).
    #[serde(default)]
    pub head_loads: Vec<HeadLoad>,
    /// Sources.
    pub sources: Vec<SourceId>,
}

/// How soon a red flag needs a doctor, after a public health service's own levels (the NHS:
/// 999, an urgent GP appointment or 111, a routine GP appointment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Call your emergency number now.
    Emergency,
    /// Call your doctor or a health advice line today.
    Urgent,
    /// Make an appointment with your doctor.
    Soon,
}

impl Level {
    /// Every level, the most urgent first.
    pub const ALL: [Level; 3] = [Level::Emergency, Level::Urgent, Level::Soon];

    /// The level as written in content, and its CSS modifier.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Emergency => "emergency",
            Level::Urgent => "urgent",
            Level::Soon => "soon",
        }
    }

    /// Reads a level as written in content.
    pub fn parse(value: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == value)
    }
}

/// What one triage level tells the patient to do.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelText {
    /// The level.
    pub level: Level,
    /// The words to act on, as a heading ("Call your emergency number now").
    pub title: Text,
    /// Lead sentence of its list in the safety panel.
    pub intro: Text,
    /// The words to act on before a single sign ("Call your emergency number now if you
    /// have:"), heading a warning in the answer.
    pub lead: Text,
}

/// A warning sign, at the level a public health service gives it, with the pain areas it
/// concerns: when the patient marks one of them, the answer begins with it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    /// e.g. `chest-heart`; the answer's warning carries it as `data-safety`.
    pub id: RedFlagId,
    /// How soon it needs a doctor.
    pub level: Level,
    /// The sign, short and plain; it never says what the patient has.
    pub sign: Text,
    /// Pain regions it concerns (the patient's own sides, both listed); empty for a sign that
    /// is not tied to one place.
    pub areas: Vec<RegionId>,
    /// The public health advice it follows.
    pub sources: Vec<SourceId>,
}

/// A group of cautions (massage contraindications).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetySection {
    /// e.g. `contraindications`.
    pub id: String,
    /// Heading.
    pub title: Text,
    /// Lead sentence.
    pub intro: Text,
    /// The cautions.
    pub items: Vec<Text>,
    /// Sources.
    pub sources: Vec<SourceId>,
}

/// Safety content, one tap away everywhere.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// Education, not diagnosis.
    pub disclaimer: Text,
    /// What each triage level tells the patient to do, the most urgent first.
    pub levels: Vec<LevelText>,
    /// Warning signs, each at its level.
    pub red_flags: Vec<RedFlag>,
    /// Other cautions (massage contraindications).
    pub sections: Vec<SafetySection>,
}

impl Safety {
    /// What `level` tells the patient to do (validation makes every level present).
    pub fn level(&self, level: Level) -> Option<&LevelText> {
        self.levels.iter().find(|l| l.level == level)
    }

    /// The red flags that concern any of `regions`, the most urgent first, each once, in
    /// content order within a level.
    pub fn warnings(&self, regions: &[RegionId]) -> Vec<&RedFlag> {
        Level::ALL
            .into_iter()
            .flat_map(|level| {
                self.red_flags.iter().filter(move |f| {
                    f.level == level && f.areas.iter().any(|a| regions.contains(a))
                })
            })
            .collect()
    }
}

/// Everything Body Map says, loaded and validated.
#[derive(Clone, Debug)]
pub struct Content {
    /// Cited works.
    pub sources: Vec<Source>,
    /// Pain regions, front then back.
    pub regions: Vec<Region>,
    /// Muscles, neck to hips.
    pub muscles: Vec<Muscle>,
    /// The spine.
    pub spine: Spine,
    /// Explanations, in reading order.
    pub topics: Vec<Topic>,
    /// Safety content.
    pub safety: Safety,
    /// Interface strings by key.
    pub ui: BTreeMap<String, Text>,
    /// A note from the clinic (host content), shown with every answer.
    pub note: Option<Text>,
}

impl Content {
    /// The muscle with this id.
    pub fn muscle(&self, id: &MuscleId) -> Option<&Muscle> {
        self.muscles.iter().find(|m| &m.id == id)
    }

    /// The region with this id.
    pub fn region(&self, id: &RegionId) -> Option<&Region> {
        self.regions.iter().find(|r| &r.id == id)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &TopicId) -> Option<&Topic> {
        self.topics.iter().find(|t| &t.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| &s.id == id)
    }

    /// An interface string; the key itself when missing (validation makes that impossible
    /// for the keys the interface uses).
    pub fn ui<'a>(&'a self, key: &'a str, lang: Lang) -> &'a str {
        self.ui.get(key).map_or(key, |t| t.get(lang))
    }

    /// Every text in the content with its path, for completeness checks.
    pub fn texts(&self) -> Vec<(String, &Text)> {
        validate::texts(self)
    }
}
