//! The "surface / deep" choice of explore mode: which muscles are drawn in full.

use yew::prelude::*;

use crate::model::{Depth, UiKey};
use crate::ui::context::Ctx;

/// Props of [`DepthSwitch`].
#[derive(Properties, PartialEq)]
pub struct DepthSwitchProps {
    /// The choice in force.
    pub depth: Depth,
    /// A choice made.
    pub on_depth: Callback<Depth>,
}

/// Two pressed-or-not buttons over the figure: the surface muscles, or the deep ones under them.
#[component]
pub fn DepthSwitch(DepthSwitchProps { depth, on_depth }: &DepthSwitchProps) -> Html {
    let ctx = use_context::<Ctx>().expect("DepthSwitch needs the Ctx context");
    html! {
        <div class="bm-depth" role="group" aria-label={ctx.t(UiKey::DepthLabel).to_owned()}>
            { for Depth::ALL.iter().map(|&d| html! {
                <button type="button" class="bm-button bm-depth-button"
                    aria-pressed={(d == *depth).to_string()}
                    onclick={on_depth.reform(move |_: MouseEvent| d)}>
                    { ctx.t(d.key()) }
                </button>
            }) }
        </div>
    }
}
