//! The referral layer: where the open muscle's trigger points send pain, each zone drawn as
//! its own outline.

use yew::prelude::*;

use crate::geometry::{figure, ReferralKind};
use crate::model::View;
use crate::ui::open_muscle::OpenMuscle;

/// Props of [`Referral`].
#[derive(Properties, PartialEq)]
pub struct ReferralProps {
    /// The view drawn.
    pub view: View,
    /// The muscle open: its zones on the sides it is drawn on are shown.
    #[prop_or_default]
    pub open: Option<OpenMuscle>,
}

/// The open muscle's referral zones, essential solid and spillover stippled, each named
/// `muscle/number/essential|spillover` in `data-referral` (numbers from 1, as in
/// `data-trigger-point`).
#[component]
pub fn Referral(ReferralProps { view, open }: &ReferralProps) -> Html {
    // Always the group, even empty: a component that renders nothing confuses the placing of
    // the layers drawn after it.
    let zones = figure(*view)
        .referral
        .iter()
        .filter(|z| open.as_ref().is_some_and(|m| m.draws(z.muscle, z.side)));
    html! {
        <g class="bm-referral" aria-hidden="true">
            { for zones.map(|z| html! {
                <path d={AttrValue::Static(&z.d)}
                    class={classes!("bm-zone", match z.kind {
                        ReferralKind::Essential => "bm-zone--essential",
                        ReferralKind::Spillover => "bm-zone--spillover",
                    })}
                    data-referral={format!("{}/{}/{}", z.muscle, z.number, z.kind.as_str())} />
            }) }
        </g>
    }
}
