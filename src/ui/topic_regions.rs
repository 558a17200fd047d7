//! The regions a topic points at, outlined.

use yew::prelude::*;

use crate::geometry::figure;
use crate::model::{RegionId, View};

/// Props of [`TopicRegions`].
#[derive(Properties, PartialEq)]
pub struct TopicRegionsProps {
    /// The view drawn.
    pub view: View,
    /// The regions the topic shown outlines.
    pub regions: Vec<RegionId>,
}

/// The outlines of the regions a topic speaks of.
#[component]
pub fn TopicRegions(TopicRegionsProps { view, regions }: &TopicRegionsProps) -> Html {
    let shapes = figure(*view)
        .regions
        .iter()
        .filter(|r| regions.iter().any(|h| h.as_str() == r.id));
    html! {
        <g class="bm-topic-regions" aria-hidden="true">
            { for shapes.map(|r| html! { <path class="bm-topic-region" d={AttrValue::Static(&r.d)} /> }) }
        </g>
    }
}
