//! What the host hears of a widget: the marked areas, the ranking, the open muscle and the
//! view, as `state()` returns and `body-map-change` carries them.

use super::ids::{MuscleId, RegionId, View};

/// A widget's state as the host page sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// Marked regions, in marking order.
    pub regions: Vec<RegionId>,
    /// Ranked muscles: id, name, score, best match.
    pub muscles: Vec<(MuscleId, String, u32, &'static str)>,
    /// The open muscle.
    pub muscle: Option<MuscleId>,
    /// The current view.
    pub view: View,
}

/// Whether a language's texts can be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackStatus {
    /// Shown at once.
    Ready,
    /// On their way.
    Loading,
    /// They could not be loaded: the widget stays in English.
    Failed,
}
