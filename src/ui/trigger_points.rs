//! The trigger point layer: X marks of the open or highlighted muscles.

use yew::prelude::*;

use crate::geometry::path::Tenths;
use crate::geometry::{figure, MARK_PATH};
use crate::model::{MuscleId, View};
use crate::ui::open_muscle::OpenMuscle;

/// Props of [`TriggerPoints`].
#[derive(Properties, PartialEq)]
pub struct TriggerPointsProps {
    /// The view drawn.
    pub view: View,
    /// The muscle open in the detail panel: its trigger points on the sides that matter are
    /// drawn.
    #[prop_or_default]
    pub open: Option<OpenMuscle>,
    /// Muscles the topic shown highlights: their trigger points are drawn when no muscle is
    /// open.
    #[prop_or_default]
    pub highlighted: Vec<MuscleId>,
    /// The marks' scale (see [`crate::geometry::mark_scale`]).
    #[prop_or(1.0)]
    pub scale: f32,
}

/// Each trigger point shown as an X with a halo, named `muscle/number` in
/// `data-trigger-point`.
#[component]
pub fn TriggerPoints(
    TriggerPointsProps {
        view,
        open,
        highlighted,
        scale,
    }: &TriggerPointsProps,
) -> Html {
    let marks = figure(*view).trigger_points.iter().filter(|tp| match open {
        Some(m) => m.draws(tp.muscle, tp.side),
        None => highlighted.iter().any(|m| m.as_str() == tp.muscle),
    });
    html! {
        <g class="bm-tps-layer" aria-hidden="true">
            { for marks.map(|tp| html! {
                <g class="bm-tp" data-trigger-point={format!("{}/{}", tp.muscle, tp.number)}
                    transform={format!("translate({} {}) scale({})", Tenths(tp.at.x), Tenths(tp.at.y), Tenths(*scale))}>
                    <path class="bm-tp-halo" d={MARK_PATH} />
                    <path class="bm-tp-x" d={MARK_PATH} />
                </g>
            }) }
        </g>
    }
}
