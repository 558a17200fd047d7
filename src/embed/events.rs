//! Outbound events: `body-map-change` and `body-map-muscle`, bubbling and composed so they
//! leave the shadow root.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::model::MuscleId;
use crate::ui::Snapshot;

fn set(target: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(target, &JsValue::from_str(key), &value.into());
}

/// The `{ regions, muscles }` object of `body-map-change` and `state()`.
pub fn detail(snapshot: &Snapshot) -> Object {
    let detail = Object::new();
    let regions: Array = snapshot
        .regions
        .iter()
        .map(|r| JsValue::from_str(r.as_str()))
        .collect();
    let muscles: Array = snapshot
        .muscles
        .iter()
        .map(|(id, name, score, kind)| {
            let m = Object::new();
            set(&m, "id", id.as_str());
            set(&m, "name", name.as_str());
            set(&m, "score", *score);
            set(&m, "match", *kind);
            JsValue::from(m)
        })
        .collect();
    set(&detail, "regions", regions);
    set(&detail, "muscles", muscles);
    detail
}

fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Fires `body-map-change`.
pub fn change(host: &HtmlElement, snapshot: &Snapshot) {
    dispatch(host, "body-map-change", &detail(snapshot).into());
}

/// Fires `body-map-muscle`.
pub fn muscle(host: &HtmlElement, id: &MuscleId) {
    let detail = Object::new();
    set(&detail, "id", id.as_str());
    dispatch(host, "body-map-muscle", &detail.into());
}
