//! What the printed handout says: the answer boiled down to one page.

use super::content::{Content, LevelText, Muscle, RedFlag};
use super::ids::{MuscleId, RegionId};
use super::ranking::rank;
use super::text::Text;

/// At most this many muscles, one line each.
pub const HANDOUT_MUSCLES: usize = 5;
/// At most this many lines of self-care.
pub const HANDOUT_SELF_CARE: usize = 3;

/// One page to bring to the appointment.
#[derive(Debug)]
pub struct Handout<'a> {
    /// The marked areas, by name, in the order they were marked.
    pub areas: Vec<&'a Text>,
    /// The muscles to mention: the open one first, then the ranking's top.
    pub muscles: Vec<&'a Muscle>,
    /// A few lines of self-care: the open muscle's, or the first of each top muscle's.
    pub self_care: Vec<&'a Text>,
    /// Every triage level, the most urgent first, with the red flags tied to the marked areas
    /// at that level.
    pub levels: Vec<(&'a LevelText, Vec<&'a RedFlag>)>,
}

/// The handout for `selected`, with the muscle `open` when one is open.
pub fn handout<'a>(
    content: &'a Content,
    selected: &[RegionId],
    open: Option<&MuscleId>,
) -> Handout<'a> {
    let open = open.and_then(|id| content.muscle(id));
    let mut muscles: Vec<&Muscle> = open.into_iter().collect();
    for r in rank(content, selected) {
        if muscles.len() == HANDOUT_MUSCLES {
            break;
        }
        if !muscles.iter().any(|m| m.id == r.muscle.id) {
            muscles.push(r.muscle);
        }
    }
    let self_care: Vec<&Text> = match open {
        Some(m) => m.self_care.iter().take(HANDOUT_SELF_CARE).collect(),
        None => {
            let mut lines: Vec<&Text> = Vec::new();
            for line in muscles.iter().filter_map(|m| m.self_care.first()) {
                if lines.len() < HANDOUT_SELF_CARE && !lines.iter().any(|l| l.en == line.en) {
                    lines.push(line);
                }
            }
            lines
        }
    };
    let flags = content.safety.warnings(selected);
    let levels = content
        .safety
        .levels
        .iter()
        .map(|l| {
            let tied = flags.iter().copied().filter(|f| f.level == l.level);
            (l, tied.collect())
        })
        .collect();
    Handout {
        areas: selected
            .iter()
            .filter_map(|id| content.region(id).map(|r| &r.name))
            .collect(),
        muscles,
        self_care,
        levels,
    }
}
