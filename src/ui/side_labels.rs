//! "Your left" and "Your right" printed over the sides they name.

use yew::prelude::*;

use crate::geometry::figure;
use crate::geometry::path::Tenths;
use crate::model::UiKey;
use crate::model::{Side, View};
use crate::ui::context::Ctx;

/// Props of [`SideLabels`].
#[derive(Properties, PartialEq)]
pub struct SideLabelsProps {
    /// The view drawn.
    pub view: View,
}

/// The names of the patient's sides, where the geometry places them for the view.
#[component]
pub fn SideLabels(SideLabelsProps { view }: &SideLabelsProps) -> Html {
    let ctx = use_context::<Ctx>().expect("SideLabels needs the Ctx context");
    let key = |side: Side| match side {
        Side::Left => UiKey::YourLeft,
        Side::Right => UiKey::YourRight,
        Side::Mid => UiKey::Midline,
    };
    html! {
        <g class="bm-side-labels" aria-hidden="true">
            { for figure(*view).side_labels.iter().map(|l| html! {
                <text class="bm-side-label" x={Tenths(l.at.x).to_string()} y={Tenths(l.at.y).to_string()} text-anchor="middle">
                    { ctx.t(key(l.side)) }
                </text>
            }) }
        </g>
    }
}
