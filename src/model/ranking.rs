//! Which muscles commonly send pain to the places a patient marked.

use super::content::{Content, Muscle};
use super::ids::RegionId;

/// How a muscle explains a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// Felt by nearly everyone with one of its trigger points.
    Essential,
    /// Felt by some.
    Spillover,
}

impl MatchKind {
    /// The value reported in `body-map-change` and used as a CSS modifier.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Essential => "essential",
            MatchKind::Spillover => "spillover",
        }
    }
}

/// One selected region a muscle explains.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// The selected region.
    pub region: RegionId,
    /// Whether as a main or an occasional zone.
    pub kind: MatchKind,
}

/// A muscle in the ranking, with the selected regions it explains.
#[derive(Clone, Debug)]
pub struct Ranked<'a> {
    /// The muscle.
    pub muscle: &'a Muscle,
    /// The selected regions it explains, in selection order.
    pub matches: Vec<Match>,
    /// `matched × (selected + 1) + essential`: orders by regions explained, then essential ones.
    pub score: u32,
}

impl Ranked<'_> {
    /// The strongest way it explains any selected region.
    pub fn best(&self) -> MatchKind {
        self.matches
            .iter()
            .map(|m| m.kind)
            .min()
            .unwrap_or(MatchKind::Spillover)
    }

    /// How many selected regions it explains as essential.
    pub fn essential(&self) -> usize {
        self.matches
            .iter()
            .filter(|m| m.kind == MatchKind::Essential)
            .count()
    }
}

/// Ranks the muscles that refer pain to any of `selected`.
///
/// Order: more regions explained first; then more of them essential; then higher prevalence;
/// then id, so equal inputs always give equal output. Muscles explaining none are left out.
pub fn rank<'a>(content: &'a Content, selected: &[RegionId]) -> Vec<Ranked<'a>> {
    let n = u32::try_from(selected.len()).unwrap_or(u32::MAX - 1);
    let mut ranked: Vec<Ranked<'a>> = content
        .muscles
        .iter()
        .filter_map(|muscle| {
            let zones = muscle.zones();
            let matches: Vec<Match> = selected
                .iter()
                .filter_map(|region| {
                    zones.get(region).map(|&essential| Match {
                        region: region.clone(),
                        kind: if essential {
                            MatchKind::Essential
                        } else {
                            MatchKind::Spillover
                        },
                    })
                })
                .collect();
            if matches.is_empty() {
                return None;
            }
            let essential = matches
                .iter()
                .filter(|m| m.kind == MatchKind::Essential)
                .count() as u32;
            let score = matches.len() as u32 * (n + 1) + essential;
            Some(Ranked {
                muscle,
                matches,
                score,
            })
        })
        .collect();
    super::sort_small(&mut ranked, |a, b| {
        (b.score, b.muscle.prevalence, &a.muscle.id) < (a.score, a.muscle.prevalence, &b.muscle.id)
    });
    ranked
}
