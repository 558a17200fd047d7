use yew::prelude::*;

use super::context::Ctx;
use super::focus::use_focus_on;

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
        ("F", "key-front"),
        ("B", "key-back"),
        ("S", "key-side"),
        ("→  N", "key-next"),
        ("←  P", "key-previous"),
        ("/", "key-search"),
        ("L", "key-large"),
        ("Esc", "key-escape"),
        ("?", "key-help"),
    ];
    html! {
        <div class="bm-help" role="dialog" aria-modal="false" aria-labelledby="bm-help-title">
            <h3 class="bm-heading" id="bm-help-title">{ ctx.t("help-title") }</h3>
            <dl class="bm-keys">
                { for keys.iter().map(|(k, key)| html! {
                    <>
                        <dt><kbd>{ *k }</kbd></dt>
                        <dd>{ ctx.t(key) }</dd>
                    </>
                }) }
            </dl>
            <button type="button" class="bm-button" ref={close} onclick={on_close.clone()}>{ ctx.t("close") }</button>
        </div>
    }
}
