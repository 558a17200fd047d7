use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::book_link::Booking;
use super::context::Ctx;
use super::print::{print, PrintRequest};
use crate::model::UiKey;
use crate::model::{encode_share, MuscleId, RegionId, SHARE_KEY};

/// Props of [`Handout`].
#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    /// Marked regions.
    pub selected: Vec<RegionId>,
    /// The clinic's booking link, printed on the handout.
    #[prop_or_default]
    pub booking: Booking,
    /// The muscle open, which the printed handout puts first.
    #[prop_or_default]
    pub muscle: Option<MuscleId>,
}

/// "Bring this to your appointment": a one-page printed handout, and a share link that keeps the
/// marked areas in the URL fragment (nothing leaves the device), through the device's share
/// sheet where there is one.
#[component]
pub fn Handout(
    HandoutProps {
        selected,
        booking,
        muscle,
    }: &HandoutProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("Handout needs the Ctx context");
    let link = use_state(|| None::<String>);
    let copied = use_state(|| false);
    {
        let link = link.clone();
        use_effect_with(selected.clone(), move |_| link.set(None));
    }
    let native = web_sys::window().and_then(|w| native_share(&w.navigator()));
    let onshare = {
        let link = link.clone();
        let copied = copied.clone();
        let code = encode_share(selected, ctx.content.regions.iter().map(|r| &r.id));
        let ctx = ctx.clone();
        let native = native.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let href = window.location().href().unwrap_or_default();
            let base = href.split('#').next().unwrap_or_default();
            let url = format!("{base}#{SHARE_KEY}{code}");
            link.set(Some(url.clone()));
            let copied = copied.clone();
            let data = share_data(&ctx, &url);
            let shared = native.as_ref().and_then(|share| share.call(&window, &data));
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(promise) = shared {
                    match wasm_bindgen_futures::JsFuture::from(promise).await {
                        Ok(_) => return,
                        // The patient closed the share sheet: nothing to say.
                        Err(e) if error_name(&e) == "AbortError" => return,
                        Err(_) => {}
                    }
                }
                let written = window.navigator().clipboard().write_text(&url);
                copied.set(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
            });
        })
    };
    let onfocus = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    });
    // Printing the host page itself (the browser's own Print) keeps the widget's answer; its
    // date is written as the page is printed, on `beforeprint`: formatting a date wakes the
    // browser's locale data, which is slow the first time, and nobody sees it on screen.
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
    // The Print button prints the one-page handout alone.
    let section_ref = use_node_ref();
    let onprint = {
        let (section_ref, ctx, selected) = (section_ref.clone(), ctx.clone(), selected.clone());
        let (muscle, booking) = (muscle.clone(), booking.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(from) = section_ref.cast::<Element>() else {
                return;
            };
            let request = PrintRequest {
                from: &from,
                ctx: &ctx,
                selected: &selected,
                muscle: muscle.as_ref(),
                booking: booking.safe_url(),
            };
            if let Err(e) = print(&request) {
                web_sys::console::warn_2(&"Body Map: printing failed".into(), &e);
            }
        })
    };
    let share_label = if native.is_some() {
        UiKey::ShareNative
    } else {
        UiKey::Share
    };
    html! {
        <section class="bm-handout" ref={section_ref} aria-label={ctx.t(UiKey::HandoutTitle).to_owned()}>
            <h4 class="bm-handout-title">{ ctx.t(UiKey::HandoutTitle) }</h4>
            <p class="bm-print-only" ref={date_ref}></p>
            <div class="bm-handout-actions">
                <button type="button" class="bm-button" onclick={onprint}>{ ctx.t(UiKey::Print) }</button>
                <button type="button" class="bm-button" onclick={onshare}>{ ctx.t(share_label) }</button>
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

/// The device's share sheet (`navigator.share`), where there is one.
#[derive(Clone)]
struct NativeShare {
    share: Function,
    can_share: Option<Function>,
}

impl NativeShare {
    /// Opens the share sheet with `data`: `None` when the browser says it cannot share it.
    fn call(&self, window: &web_sys::Window, data: &Object) -> Option<js_sys::Promise> {
        let navigator = window.navigator();
        if let Some(can) = &self.can_share {
            if can.call1(&navigator, data).ok()?.as_bool() == Some(false) {
                return None;
            }
        }
        self.share.call1(&navigator, data).ok()?.dyn_into().ok()
    }
}

fn native_share(navigator: &web_sys::Navigator) -> Option<NativeShare> {
    let function = |name: &str| {
        Reflect::get(navigator, &name.into())
            .ok()?
            .dyn_into::<Function>()
            .ok()
    };
    Some(NativeShare {
        share: function("share")?,
        can_share: function("canShare"),
    })
}

/// `{ title, text, url }` for the share sheet.
fn share_data(ctx: &Ctx, url: &str) -> Object {
    let data = Object::new();
    for (key, value) in [
        ("title", ctx.t(UiKey::ShareTitle)),
        ("text", ctx.t(UiKey::ShareText)),
        ("url", url),
    ] {
        let _ = Reflect::set(&data, &key.into(), &value.into());
    }
    data
}

/// A rejected promise's `name` (`AbortError` when the patient cancelled).
fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
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
