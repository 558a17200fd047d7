//! The forward-head drawing of the side view.

use yew::prelude::*;

use crate::geometry::path::Tenths;
use crate::geometry::{figure, forward_head};
use crate::model::View;

/// Props of [`HeadLoad`].
#[derive(Properties, PartialEq)]
pub struct HeadLoadProps {
    /// The view drawn (only the side view draws it).
    pub view: View,
    /// How far the head leans forward, in degrees.
    pub angle: u8,
}

/// The head's line of pull swung forward from C7 by `angle` degrees, with the upright line
/// dashed for comparison and the angle printed at the weight; nothing outside the side view.
#[component]
pub fn HeadLoad(HeadLoadProps { view, angle }: &HeadLoadProps) -> Html {
    let Some(head) = forward_head(figure(*view), *angle) else {
        return Html::default();
    };
    let line = |to: crate::geometry::Point| {
        format!(
            "M{},{}L{},{}",
            Tenths(head.c7.x),
            Tenths(head.c7.y),
            Tenths(to.x),
            Tenths(to.y)
        )
    };
    html! {
        <g class="bm-head-load" aria-hidden="true">
            <path class="bm-head-neutral" d={line(head.neutral)} />
            <path class="bm-head-line" d={line(head.tip)} />
            <circle class="bm-head-weight" cx={Tenths(head.tip.x).to_string()} cy={Tenths(head.tip.y).to_string()} r={Tenths(head.radius).to_string()} />
            <text class="bm-head-angle" x={Tenths(head.tip.x + head.forward * 16.0).to_string()} y={Tenths(head.tip.y).to_string()}
                text-anchor={if head.forward < 0.0 { "end" } else { "start" }}>{ format!("{angle}°") }</text>
        </g>
    }
}
