//! The muscle open on the figure, and the sides of the body it is drawn on.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::model::{Muscle, MuscleId, RegionId, Side};

/// The muscle open in the detail panel, drawn with its trigger points and referral zones on
/// the sides of the body that matter.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenMuscle {
    /// The muscle.
    pub id: MuscleId,
    /// The sides it is drawn on: those that explain the marked regions best (most regions,
    /// then most of them as essential), or both when nothing is marked or they tie.
    pub sides: Vec<Side>,
    /// The regions it refers pain to from the sides drawn, `true` where the pain is essential
    /// on either side, `false` where it only spills over.
    pub zones: BTreeMap<RegionId, bool>,
}

impl OpenMuscle {
    /// `muscle` opened while `selected` are marked.
    pub fn new(muscle: &Muscle, selected: &[RegionId]) -> OpenMuscle {
        let score = |side: Side| {
            let zones = muscle.side_zones(side);
            let matched = selected
                .iter()
                .filter_map(|r| zones.get(r))
                .collect::<Vec<_>>();
            (matched.len(), matched.iter().filter(|e| ***e).count())
        };
        let sides = match score(Side::Left).cmp(&score(Side::Right)) {
            Ordering::Greater => vec![Side::Left],
            Ordering::Less => vec![Side::Right],
            Ordering::Equal => vec![Side::Left, Side::Right],
        };
        let mut zones = BTreeMap::new();
        for &s in &sides {
            for (r, e) in muscle.side_zones(s) {
                *zones.entry(r).or_insert(e) |= e;
            }
        }
        OpenMuscle {
            id: muscle.id.clone(),
            sides,
            zones,
        }
    }

    /// Whether a shape or mark of muscle `id` on `side` is drawn for this muscle: it is this
    /// muscle, on a side shown or on the midline.
    pub fn draws(&self, id: &str, side: Side) -> bool {
        self.id.as_str() == id && (self.sides.contains(&side) || side == Side::Mid)
    }
}
