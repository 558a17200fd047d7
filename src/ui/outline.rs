//! The body's silhouette and its anatomical contour strokes.

use yew::prelude::*;

use crate::geometry::figure;
use crate::model::View;

/// Props of [`Outline`].
#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    /// The view drawn.
    pub view: View,
}

/// The body: its silhouette, then collarbones, navel, shoulder blades and the like.
#[component]
pub fn Outline(OutlineProps { view }: &OutlineProps) -> Html {
    let fig = figure(*view);
    html! {
        <g class="bm-body" aria-hidden="true">
            <path class="bm-outline" d={AttrValue::Static(&fig.outline)} />
            { for fig.details.iter().map(|d| html! { <path class="bm-detail" d={AttrValue::Static(d)} /> }) }
        </g>
    }
}
