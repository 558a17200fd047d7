use yew::prelude::*;

use super::context::Ctx;
use super::focus::use_focus_on;
use crate::model::UiKey;

/// Props of [`HelpOverlay`].
#[derive(Properties, PartialEq)]
pub struct HelpOverlayProps {
    /// Close it.
    pub on_close: Callback<MouseEvent>,
}

/// The keyboard shortcuts, opened with `?`.
#[component]
pub fn HelpOverlay(HelpOverlayProps { on_close }: &HelpOverlayProps) -> Html {
    let ctx = use_context::<Ctx>().expect("HelpOverlay needs the Ctx context");
    let close = use_focus_on(());
    let keys = [
        ("F", UiKey::KeyFront),
        ("B", UiKey::KeyBack),
        ("S", UiKey::KeySide),
        ("→  N", UiKey::KeyNext),
        ("←  P", UiKey::KeyPrevious),
        ("/", UiKey::KeySearch),
        ("L", UiKey::KeyLarge),
        ("Esc", UiKey::KeyEscape),
        ("?", UiKey::KeyHelp),
    ];
    html! {
        <div class="bm-help" role="dialog" aria-modal="false" aria-labelledby="bm-help-title">
            <h3 class="bm-heading" id="bm-help-title">{ ctx.t(UiKey::HelpTitle) }</h3>
            <dl class="bm-keys">
                { for keys.iter().map(|(k, key)| html! {
                    <>
                        <dt><kbd>{ *k }</kbd></dt>
                        <dd>{ ctx.t(*key) }</dd>
                    </>
                }) }
            </dl>
            <button type="button" class="bm-button" ref={close} onclick={on_close.clone()}>{ ctx.t(UiKey::Close) }</button>
        </div>
    }
}
