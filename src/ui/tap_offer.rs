//! "Did you mean …": the regions around a tap near a border, one tap away.

use yew::prelude::*;

use crate::geometry::{regions_near, Figure, Point};
use crate::model::{RegionId, UiKey};
use crate::ui::context::Ctx;

/// What a tap near a border offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    /// The region the tap marked, taken back when another is chosen.
    pub marked: Option<RegionId>,
    /// The other regions within a fingertip of the tap, nearest first.
    pub choices: Vec<RegionId>,
    /// Whether it goes over the top of the figure (the tap was in its lower third), so that it
    /// never covers the place tapped.
    pub top: bool,
}

/// At most this many regions are offered after a tap near a border.
const OFFERED: usize = 3;

/// What a tap at `at` on `fig` offers: the regions within `reach` (figure units) other than
/// the one it `hit`, nearest first; `None` when there are none. `top` places the offer over the
/// top of the figure.
pub fn offer_for(
    fig: &Figure,
    at: Point,
    reach: f32,
    hit: Option<&RegionId>,
    selected: &[RegionId],
    top: bool,
) -> Option<Offer> {
    let choices: Vec<RegionId> = regions_near(&fig.regions, at, reach)
        .into_iter()
        .map(|(id, _)| RegionId::new(id))
        .filter(|id| Some(id) != hit)
        .take(OFFERED)
        .collect();
    // The region this tap marks is taken back when one of the others is chosen.
    let marked = hit.filter(|h| !selected.contains(h)).cloned();
    (!choices.is_empty()).then_some(Offer {
        marked,
        choices,
        top,
    })
}

/// A row over the bottom (or top) of the figure, away from the tap: "Did you mean" and a button
/// per region near the tap, and one to dismiss it. A function, not a component: it has no state.
pub fn tap_offer(ctx: &Ctx, offer: &Offer, on_choose: &Callback<Option<RegionId>>) -> Html {
    let name = |id: &RegionId| {
        ctx.content
            .region(id)
            .map_or_else(|| id.to_string(), |r| r.name.get(ctx.lang).to_owned())
    };
    html! {
        <div class={if offer.top { "bm-offer bm-offer--top" } else { "bm-offer" }} role="group" aria-label={ctx.t(UiKey::DidYouMean).to_owned()}>
            <span class="bm-offer-label" aria-hidden="true">{ ctx.t(UiKey::DidYouMean) }</span>
            { for offer.choices.iter().map(|id| {
                let chosen = id.clone();
                html! {
                    <button type="button" class="bm-button bm-offer-choice" data-offer={id.to_string()}
                        onclick={on_choose.reform(move |_: MouseEvent| Some(chosen.clone()))}>
                        { name(id) }
                    </button>
                }
            }) }
            <button type="button" class="bm-button bm-icon bm-offer-close" aria-label={ctx.t(UiKey::DidYouMeanClose).to_owned()}
                onclick={on_choose.reform(|_: MouseEvent| None)}>{ "×" }</button>
        </div>
    }
}
