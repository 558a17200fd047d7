//! The trigger point layer: X marks of the open or highlighted muscles.

use yew::prelude::*;

use crate::geometry::figure;
use crate::geometry::path::Tenths;
use crate::model::{MuscleId, Side, View};

/// Props of [`TriggerPoints`].
#[derive(Properties, PartialEq)]
pub struct TriggerPointsProps {
    /// The view drawn.
    pub view: View,
    /// The muscle open in the detail panel: its trigger points are drawn.
    #[prop_or_default]
    pub open: Option<MuscleId>,
    /// The sides the open muscle's trigger points are drawn on (midline ones always).
    #[prop_or_default]
    pub sides: Vec<Side>,
    /// Muscles the topic shown highlights: their trigger points are drawn when no muscle is
    /// open.
    #[prop_or_default]
    pub highlighted: Vec<MuscleId>,
}

/// Each trigger point shown as an X with a halo, named `muscle/number` in
/// `data-trigger-point`.
#[component]
pub fn TriggerPoints(
    TriggerPointsProps {
        view,
        open,
        sides,
        highlighted,
    }: &TriggerPointsProps,
) -> Html {
    let marks = figure(*view).trigger_points.iter().filter(|tp| match open {
        Some(m) => m.as_str() == tp.muscle && (sides.contains(&tp.side) || tp.side == Side::Mid),
        None => highlighted.iter().any(|m| m.as_str() == tp.muscle),
    });
    html! {
        <g class="bm-tps-layer" aria-hidden="true">
            { for marks.map(|tp| html! {
                <g class="bm-tp" data-trigger-point={format!("{}/{}", tp.muscle, tp.number)}
                    transform={format!("translate({} {})", Tenths(tp.at.x), Tenths(tp.at.y))}>
                    <path class="bm-tp-halo" d="M-7,-7L7,7M-7,7L7,-7" />
                    <path class="bm-tp-x" d="M-7,-7L7,7M-7,7L7,-7" />
                </g>
            }) }
        </g>
    }
}
