use yew::prelude::*;

use super::context::Ctx;
use super::context::{layer_label, view_label};
use super::figure_actions::safety_button;
use crate::model::UiKey;
use crate::model::{Action, Layer, Layers, Mode, View};

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// Patient or explore.
    pub mode: Mode,
    /// The current view.
    pub view: View,
    /// Layers switched on.
    pub layers: Layers,
    /// Whether the safety panel is open.
    pub safety_open: bool,
    /// The view switch.
    pub on_action: Callback<Action>,
    /// A layer switched.
    pub on_layer: Callback<Layer>,
    /// The safety button.
    pub on_safety: Callback<MouseEvent>,
    /// Whether larger type is on (explore).
    #[prop_or_default]
    pub large: bool,
    /// Larger type switched (explore).
    #[prop_or_default]
    pub on_large: Callback<MouseEvent>,
    /// Fullscreen switched (explore).
    #[prop_or_default]
    pub on_fullscreen: Callback<MouseEvent>,
    /// The shortcuts help (explore).
    #[prop_or_default]
    pub on_help: Callback<MouseEvent>,
}

/// The title and the view switch; in explore mode also the layers, larger type, full screen,
/// the shortcuts help and the safety button (the patient's controls sit around the figure).
#[component]
pub fn Toolbar(
    ToolbarProps {
        mode,
        view,
        layers,
        safety_open,
        on_action,
        on_layer,
        on_safety,
        large,
        on_large,
        on_fullscreen,
        on_help,
    }: &ToolbarProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("Toolbar needs the Ctx context");
    let views: &[View] = match mode {
        Mode::Patient => &[View::Front, View::Back],
        Mode::Explore => &View::ALL,
    };
    let title = match mode {
        Mode::Patient => ctx.t(UiKey::Prompt),
        Mode::Explore => ctx.t(UiKey::ExploreTitle),
    };
    let act = |a: Action| on_action.reform(move |_: MouseEvent| a.clone());
    html! {
        <div class="bm-toolbar" part="toolbar">
            <h2 class="bm-title">{ title }</h2>
            <div class="bm-views" role="group" aria-label={ctx.t(UiKey::ViewsLabel).to_owned()}>
                { for views.iter().map(|&v| html! {
                    <button type="button" class="bm-button bm-view" aria-pressed={(v == *view).to_string()}
                        onclick={act(Action::SetView(v))}>
                        { ctx.t(view_label(v)) }
                    </button>
                }) }
            </div>
            if *mode == Mode::Explore {
                <div class="bm-actions">
                    <button type="button" class="bm-button" aria-pressed={large.to_string()} onclick={on_large.clone()}>
                        { ctx.t(UiKey::LargeType) }
                    </button>
                    <button type="button" class="bm-button" onclick={on_fullscreen.clone()}>
                        { ctx.t(UiKey::Fullscreen) }
                    </button>
                    <button type="button" class="bm-button" aria-label={ctx.t(UiKey::HelpTitle).to_owned()} onclick={on_help.clone()}>
                        { "?" }
                    </button>
                    { safety_button(&ctx, *safety_open, on_safety) }
                </div>
            }
            if *mode == Mode::Explore {
                <fieldset class="bm-layers">
                    <legend>{ ctx.t(UiKey::LayersLabel) }</legend>
                    { for Layer::ALL.iter().map(|&l| html! {
                        <label class="bm-layer">
                            <input type="checkbox" checked={layers.has(l)} onchange={on_layer.reform(move |_: Event| l)} />
                            { ctx.t(layer_label(l)) }
                        </label>
                    }) }
                </fieldset>
            }
        </div>
    }
}
