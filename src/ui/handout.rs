use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::context::Ctx;
use crate::model::UiKey;
use crate::model::{encode_share, RegionId, SHARE_KEY};

/// Props of [`Handout`].
#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    /// Marked regions.
    pub selected: Vec<RegionId>,
}

/// "Bring this to your appointment": print, and a share link that keeps the marked areas in
/// the URL fragment (nothing leaves the device).
#[component]
pub fn Handout(HandoutProps { selected }: &HandoutProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Handout needs the Ctx context");
    let link = use_state(|| None::<String>);
    let copied = use_state(|| false);
    {
        let link = link.clone();
        use_effect_with(selected.clone(), move |_| link.set(None));
    }
    let onshare = {
        let link = link.clone();
        let copied = copied.clone();
        let code = encode_share(selected, ctx.content.regions.iter().map(|r| &r.id));
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let href = window.location().href().unwrap_or_default();
            let base = href.split('#').next().unwrap_or_default();
            let url = format!("{base}#{SHARE_KEY}{code}");
            let clipboard = window.navigator().clipboard();
            let done = copied.clone();
            let promise = clipboard.write_text(&url);
            wasm_bindgen_futures::spawn_local(async move {
                done.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
            });
            link.set(Some(url));
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    });
    // The printed date is written as the page is printed, on `beforeprint`: formatting a date
    // wakes the browser's locale data, which is slow the first time, and nobody sees it on
    // screen.
    let date_ref = use_node_ref();
    {
        let date_ref = date_ref.clone();
        use_effect_with(ctx.clone(), move |ctx| {
            let ctx = ctx.clone();
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                    write_date(&date_ref, &ctx)
                })
            });
            move || drop(listener)
        });
    }
    // `print()` fires `beforeprint` itself, which writes the date.
    let onprint = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <section class="bm-handout" aria-label={ctx.t(UiKey::HandoutTitle).to_owned()}>
            <h4 class="bm-handout-title">{ ctx.t(UiKey::HandoutTitle) }</h4>
            <p class="bm-print-only" ref={date_ref}></p>
            <div class="bm-handout-actions">
                <button type="button" class="bm-button" onclick={onprint}>{ ctx.t(UiKey::Print) }</button>
                <button type="button" class="bm-button" onclick={onshare}>{ ctx.t(UiKey::Share) }</button>
            </div>
            if let Some(url) = (*link).clone() {
                <label class="bm-share">
                    <span>{ ctx.t(if *copied { UiKey::ShareCopied } else { UiKey::ShareCopy }) }</span>
                    <input class="bm-share-url" type="text" readonly=true value={url} {onfocus} />
                </label>
                <p class="bm-note">{ ctx.t(UiKey::SharePrivate) }</p>
            }
        </section>
    }
}

/// Writes "Printed on <today>" into `node`, which the view leaves empty for it.
fn write_date(node: &NodeRef, ctx: &Ctx) {
    let Some(el) = node.get() else {
        return;
    };
    let today = js_sys::Date::new_0()
        .to_locale_date_string(ctx.lang.code(), &JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default();
    el.set_text_content(Some(&ctx.fill(UiKey::PrintedOn, &[("date", &today)])));
}
