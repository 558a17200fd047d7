//! Browser tests (wasm-bindgen-test in headless Chromium): the widget mounts into a shadow
//! root, draws its figure, toggles a region on click, and reports it in an event and `state()`.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use body_map::embed::mount;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v)).unwrap();
    }
    o.into()
}

fn shadow(el: &HtmlElement) -> ShadowRoot {
    el.shadow_root().expect("an open shadow root")
}

fn find(root: &ShadowRoot, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

async fn settle() {
    yew::scheduler::flush().await;
    gloo::timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn mounts_into_an_open_shadow_root_with_every_region_of_the_view() {
    let el = host();
    let handle = mount(el.clone(), options(&[("view", "back")])).unwrap();
    settle().await;
    let root = shadow(&el);
    assert!(find(&root, "svg.bm-figure[role=group]").is_some());
    let regions = root.query_selector_all("[data-region]").unwrap();
    assert_eq!(regions.length(), 58, "every back-view region is drawn");
    handle.destroy();
    assert!(
        find(&shadow(&el), "svg").is_none(),
        "destroy removes the widget"
    );
}

#[wasm_bindgen_test]
async fn click_toggles_a_region_fires_the_event_and_updates_state() {
    let el = host();
    let seen: Rc<RefCell<Vec<JsValue>>> = Rc::default();
    let listener = {
        let seen = seen.clone();
        Closure::<dyn Fn(CustomEvent)>::new(move |e: CustomEvent| {
            seen.borrow_mut().push(e.detail())
        })
    };
    el.add_event_listener_with_callback("body-map-change", listener.as_ref().unchecked_ref())
        .unwrap();
    let handle = mount(el.clone(), options(&[("view", "back")])).unwrap();
    settle().await;
    let region: HtmlElement = find(&shadow(&el), "[data-region=\"neck-angle-right\"]")
        .unwrap()
        .unchecked_into();
    // A click as a pointer makes it: it bubbles, and the regions' group answers it.
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    region.dispatch_event(&click).unwrap();
    settle().await;
    assert_eq!(
        region.get_attribute("aria-checked").as_deref(),
        Some("true")
    );
    assert_eq!(seen.borrow().len(), 1);
    let detail = seen.borrow()[0].clone();
    let regions = Reflect::get(&detail, &"regions".into()).unwrap();
    assert_eq!(
        js_sys::JSON::stringify(&regions).unwrap(),
        "[\"neck-angle-right\"]"
    );
    let first = Reflect::get(
        &Reflect::get(&detail, &"muscles".into()).unwrap(),
        &0.into(),
    )
    .unwrap();
    assert_eq!(
        Reflect::get(&first, &"id".into()).unwrap(),
        "levator_scapulae"
    );
    let state = handle.state();
    let listed = Reflect::get(&state, &"regions".into()).unwrap();
    assert_eq!(
        js_sys::JSON::stringify(&listed).unwrap(),
        "[\"neck-angle-right\"]"
    );
    let ranked = find(&shadow(&el), ".bm-ranking [data-muscle]").unwrap();
    assert_eq!(
        ranked.get_attribute("data-muscle").as_deref(),
        Some("levator_scapulae")
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn update_changes_view_and_language_live() {
    let el = host();
    let handle = mount(el.clone(), options(&[])).unwrap();
    settle().await;
    assert!(find(&shadow(&el), "[data-region=\"forehead-left\"]").is_some());
    // Spanish texts are fetched on demand; here nothing says where they lie, so the widget
    // says so in Spanish and stays in English.
    handle.update(options(&[("lang", "es")]));
    settle().await;
    let root = shadow(&el);
    let bm = find(&root, ".bm").unwrap();
    assert_eq!(bm.get_attribute("lang").as_deref(), Some("en"));
    let notice = find(&root, ".bm-notice[lang=\"es\"]").unwrap();
    assert!(notice
        .text_content()
        .unwrap()
        .starts_with("No se pudieron cargar"));
    body_map::model::install_spanish(body_map::model::spanish_pack()).unwrap();
    handle.update(options(&[("view", "back"), ("lang", "es")]));
    settle().await;
    assert!(find(&root, ".bm-notice[lang=\"es\"]").is_none());
    assert!(find(&root, "[data-region=\"forehead-left\"]").is_none());
    assert!(find(&root, "[data-region=\"occiput-left\"]").is_some());
    let bm = find(&root, ".bm").unwrap();
    assert_eq!(bm.get_attribute("lang").as_deref(), Some("es"));
    let title = find(&root, ".bm-title").unwrap().text_content().unwrap();
    assert_eq!(title, "¿Dónde le duele?");
    handle.destroy();
}
