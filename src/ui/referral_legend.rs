//! The key to the chart's marks: trigger point, essential zone, spillover zone.

use yew::prelude::*;

use crate::model::UiKey;
use crate::ui::context::Ctx;

/// Props of [`ReferralLegend`].
#[derive(Properties, PartialEq)]
pub struct ReferralLegendProps {
    /// Whether the trigger point's X is explained too (beside the figure, where it is drawn).
    #[prop_or_default]
    pub trigger_points: bool,
}

/// Each mark drawn the way the figure draws it, with its meaning in words, so colour is never
/// the only signal.
#[component]
pub fn ReferralLegend(ReferralLegendProps { trigger_points }: &ReferralLegendProps) -> Html {
    let ctx = use_context::<Ctx>().expect("ReferralLegend needs the Ctx context");
    html! {
        <p class="bm-legend">
            if *trigger_points {
                <span class="bm-legend-item">
                    <span class="bm-key bm-key--tp" aria-hidden="true">{ "✕" }</span>{ ctx.t(UiKey::LayerTriggerPoints) }
                </span>
            }
            <span class="bm-legend-item">
                <span class="bm-key bm-key--essential" aria-hidden="true"></span>{ ctx.t(UiKey::LegendEssential) }
            </span>
            <span class="bm-legend-item">
                <span class="bm-key bm-key--spillover" aria-hidden="true"></span>{ ctx.t(UiKey::LegendSpillover) }
            </span>
        </p>
    }
}
