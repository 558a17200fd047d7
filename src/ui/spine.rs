//! The spine layer: discs, vertebrae by segment, and the labels that fit.

use yew::prelude::*;

use crate::geometry::figure;
use crate::geometry::path::Tenths;
use crate::model::{SegmentId, View};

/// Props of [`Spine`].
#[derive(Properties, PartialEq)]
pub struct SpineProps {
    /// The view drawn (the front view draws no spine).
    pub view: View,
    /// Segments highlighted by the topic shown.
    #[prop_or_default]
    pub highlighted: Vec<SegmentId>,
}

/// The 33 vertebrae and 23 discs of the back and side views, each vertebra classed by its
/// segment; nothing in the front view.
#[component]
pub fn Spine(SpineProps { view, highlighted }: &SpineProps) -> Html {
    let fig = figure(*view);
    if fig.vertebrae.is_empty() {
        return Html::default();
    }
    let class = |segment: &str| {
        let highlight = highlighted.iter().any(|s| s.as_str() == segment);
        format!(
            "bm-vertebra bm-vertebra--{segment}{}",
            if highlight {
                " bm-vertebra--highlight"
            } else {
                ""
            }
        )
    };
    html! {
        <g class="bm-spine" aria-hidden="true">
            { for fig.discs.iter().map(|d| html! { <path class="bm-disc" d={AttrValue::Static(d)} /> }) }
            { for fig.vertebrae.iter().map(|v| html! {
                <path class={class(v.segment)} d={AttrValue::Static(&v.d)} data-vertebra={v.label} />
            }) }
            // In the side view the arm hangs in front of the spine: drawn again over it.
            if let Some((outline, strokes)) = fig.arm.split_first() {
                <g class="bm-arm">
                    <path class="bm-outline" d={AttrValue::Static(outline)} />
                    { for strokes.iter().map(|d| html! { <path class="bm-detail" d={AttrValue::Static(d)} /> }) }
                </g>
            }
            { for fig.vertebrae.iter().filter(|v| v.show_label).map(|v| html! {
                <text class="bm-vertebra-label" x={Tenths(v.label_at.x).to_string()} y={Tenths(v.label_at.y).to_string()}>{ v.label }</text>
            }) }
        </g>
    }
}
