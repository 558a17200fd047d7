//! Outbound events: `body-map-change` and `body-map-muscle`, bubbling and composed so they
//! leave the shadow root.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::Callback;

use crate::model::{MuscleId, Snapshot};

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

/// A widget's [`Snapshot`] for `state()`, and the announcer of its changes.
#[derive(Clone, Default)]
pub struct Announcer {
    current: Rc<RefCell<Snapshot>>,
    announced: Rc<RefCell<Option<Snapshot>>>,
}

impl Announcer {
    /// What `state()` reports.
    pub fn snapshot(&self) -> Snapshot {
        self.current.borrow().clone()
    }

    /// The widget's `on_change`: keeps the snapshot current and announces what changed with
    /// `body-map-change` and `body-map-muscle` once the render that shows it is in the DOM, in
    /// a microtask after the scheduler pass (an effect could wait for the browser's next frame
    /// when a pass runs long). The first render announces nothing; several renders in one pass
    /// announce once, the last.
    pub fn on_change(&self, host: HtmlElement) -> Callback<Snapshot> {
        let this = self.clone();
        Callback::from(move |snapshot: Snapshot| {
            if *this.current.borrow() == snapshot && this.announced.borrow().is_some() {
                return;
            }
            this.current.replace(snapshot);
            if this.announced.borrow().is_none() {
                this.announced.replace(Some(this.snapshot()));
                return;
            }
            let (host, this) = (host.clone(), this.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let current = this.snapshot();
                let Some(previous) = this.announced.replace(Some(current.clone())) else {
                    return;
                };
                if previous.regions != current.regions {
                    change(&host, &current);
                }
                if previous.muscle != current.muscle {
                    if let Some(id) = &current.muscle {
                        muscle(&host, id);
                    }
                }
            });
        })
    }
}
