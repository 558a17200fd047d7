//! "Your left" and "Your right" printed over the sides they name.

use yew::prelude::*;

use crate::geometry::{figure, MID};
use crate::model::UiKey;
use crate::model::{Side, View};
use crate::ui::context::Ctx;

/// Props of [`SideLabels`].
#[derive(Properties, PartialEq)]
pub struct SideLabelsProps {
    /// The view drawn.
    pub view: View,
}

/// The names of the patient's sides, in the bottom corners of the figure on the side the
/// geometry places them: outside the drawing, they stay whole and readable at any zoom.
#[component]
pub fn SideLabels(SideLabelsProps { view }: &SideLabelsProps) -> Html {
    let ctx = use_context::<Ctx>().expect("SideLabels needs the Ctx context");
    let key = |side: Side| match side {
        Side::Left => UiKey::YourLeft,
        Side::Right => UiKey::YourRight,
        Side::Mid => UiKey::Midline,
    };
    html! {
        <div class="bm-side-labels" aria-hidden="true">
            { for figure(*view).side_labels.iter().map(|l| {
                let corner = if l.at.x < MID { "bm-side-label bm-side-label--start" } else { "bm-side-label bm-side-label--end" };
                html! { <span class={corner}>{ ctx.t(key(l.side)) }</span> }
            }) }
        </div>
    }
}
