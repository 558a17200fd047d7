//! The referral layer: where the open muscle sends pain.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::geometry::figure;
use crate::model::{RegionId, View};

/// Props of [`Referral`].
#[derive(Properties, PartialEq)]
pub struct ReferralProps {
    /// The view drawn.
    pub view: View,
    /// The regions the open muscle refers pain to, `true` where the pain is essential (felt by
    /// nearly everyone), `false` where it spills over.
    pub zones: BTreeMap<RegionId, bool>,
}

/// The referral zones of the open muscle: essential zones solid, spillover zones stippled.
#[component]
pub fn Referral(ReferralProps { view, zones }: &ReferralProps) -> Html {
    html! {
        <g class="bm-referral" aria-hidden="true">
            { for figure(*view).regions.iter().filter_map(|shape| {
                let essential = *zones.get(shape.id)?;
                Some(html! {
                    <path d={AttrValue::Static(&shape.d)} class={if essential { "bm-zone bm-zone--essential" } else { "bm-zone bm-zone--spillover" }} />
                })
            }) }
        </g>
    }
}
