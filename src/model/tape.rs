//! Reads the built-in content from its tape (written by `build.rs`): every value in a fixed
//! order, separated by U+001F. The widget reads this instead of parsing JSON; a native test
//! checks that the tape gives exactly what the English content files give.

use std::collections::BTreeMap;
use std::str::{FromStr, Split};

use super::content::{
    Content, Curve, Disc, Evidence, Group, HeadLoad, Level, LevelText, Muscle, RedFlag, Region,
    Safety, SafetySection, Segment, Show, Source, Spine, Topic, TriggerPoint, VertebraNote,
};
use super::ids::{Side, View};
use super::text::Text;

/// The built-in content's tape.
pub(super) const TAPE: &str = include_str!(concat!(env!("OUT_DIR"), "/content.tape"));

struct Tape<'a>(Split<'a, char>);

impl<'a> Tape<'a> {
    fn s(&mut self) -> &'a str {
        self.0.next().unwrap_or_default()
    }

    fn string(&mut self) -> String {
        self.s().to_owned()
    }

    fn id<T: for<'b> From<&'b str>>(&mut self) -> T {
        T::from(self.s())
    }

    fn num<T: FromStr + Default>(&mut self) -> T {
        self.s().parse().unwrap_or_default()
    }

    fn flag(&mut self) -> bool {
        self.s() == "true"
    }

    fn text(&mut self) -> Text {
        let (en, es) = (self.string(), self.string());
        Text::read(en, es, self.s().parse().ok())
    }

    fn list<T>(&mut self, item: fn(&mut Self) -> T) -> Vec<T> {
        (0..self.num::<usize>()).map(|_| item(self)).collect()
    }

    fn view(&mut self) -> View {
        View::parse(self.s()).unwrap_or_default()
    }
}

fn source(t: &mut Tape) -> Source {
    Source {
        id: t.id(),
        citation: t.string(),
        url: Some(t.string()).filter(|u| !u.is_empty()),
    }
}

fn region(t: &mut Tape) -> Region {
    Region {
        id: t.id(),
        view: t.view(),
        side: match t.s() {
            "left" => Side::Left,
            "right" => Side::Right,
            _ => Side::Mid,
        },
        name: t.text(),
        in_scope: t.flag(),
    }
}

fn trigger_point(t: &mut Tape) -> TriggerPoint {
    TriggerPoint {
        location: t.text(),
        essential: t.list(Tape::id),
        spillover: t.list(Tape::id),
    }
}

fn muscle(t: &mut Tape) -> Muscle {
    Muscle {
        id: t.id(),
        group: match t.s() {
            "neck" => Group::Neck,
            "upper_back" => Group::UpperBack,
            _ => Group::LowBackHips,
        },
        name: t.text(),
        anatomical: t.text(),
        position: t.text(),
        summary: t.text(),
        attachments: t.text(),
        levels: t.string(),
        action: t.text(),
        trigger_points: t.list(trigger_point),
        causes: t.list(Tape::text),
        symptoms: t.list(Tape::text),
        therapist: t.text(),
        self_care: t.list(Tape::text),
        prevalence: t.num(),
        prevalence_note: t.text(),
        sources: t.list(Tape::id),
    }
}

fn spine(t: &mut Tape) -> Spine {
    Spine {
        segments: t.list(|t| Segment {
            id: t.id(),
            name: t.text(),
            range: t.string(),
            count: t.num(),
            text: t.text(),
            detail: t.text(),
        }),
        curves: t.list(|t| Curve {
            id: t.string(),
            name: t.text(),
            primary: t.flag(),
            text: t.text(),
        }),
        discs: Disc {
            count: t.num(),
            text: t.text(),
        },
        vertebrae: t.list(|t| VertebraNote {
            id: t.string(),
            name: t.text(),
            text: t.text(),
        }),
    }
}

fn topic(t: &mut Tape) -> Topic {
    Topic {
        id: t.id(),
        title: t.text(),
        summary: t.text(),
        body: t.list(Tape::text),
        evidence: match t.s() {
            "strong" => Evidence::Strong,
            "moderate" => Evidence::Moderate,
            "limited" => Evidence::Limited,
            _ => Evidence::Disputed,
        },
        evidence_note: t.text(),
        show: Show {
            view: t.view(),
            muscles: t.list(Tape::id),
            regions: t.list(Tape::id),
            spine: t.list(Tape::id),
        },
        head_loads: t.list(|t| HeadLoad {
            angle: t.num(),
            kg: t.num(),
            lb: t.num(),
        }),
        sources: t.list(Tape::id),
    }
}

fn level(t: &mut Tape) -> Level {
    Level::parse(t.s()).unwrap_or(Level::Emergency)
}

fn safety(t: &mut Tape) -> Safety {
    Safety {
        disclaimer: t.text(),
        levels: t.list(|t| LevelText {
            level: level(t),
            title: t.text(),
            intro: t.text(),
            lead: t.text(),
        }),
        red_flags: t.list(|t| RedFlag {
            id: t.id(),
            level: level(t),
            sign: t.text(),
            areas: t.list(Tape::id),
            sources: t.list(Tape::id),
        }),
        sections: t.list(|t| SafetySection {
            id: t.string(),
            title: t.text(),
            intro: t.text(),
            items: t.list(Tape::text),
            sources: t.list(Tape::id),
        }),
    }
}

/// The content on `tape`.
pub(super) fn read(tape: &str) -> Content {
    let t = &mut Tape(tape.split('\u{1f}'));
    Content {
        sources: t.list(source),
        regions: t.list(region),
        muscles: t.list(muscle),
        spine: spine(t),
        topics: t.list(topic),
        safety: safety(t),
        ui: {
            // Inserted one by one: collecting would bring in a sort.
            let mut ui = BTreeMap::new();
            for _ in 0..t.num::<usize>() {
                ui.insert(t.string(), t.text());
            }
            ui
        },
        note: None,
    }
}
