//! One live widget: its shadow root, its Yew app, its options, and the `Handle` the page holds.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::events::{self, Announcer};
use super::host_content;
use super::lang_pack;
use super::start::{self, builtin, FAILURE};
use super::stylesheet::Stylesheet;
use crate::model::{Content, Lang, Options, PackStatus};
use crate::ui::{AppProps, Ctx, Slot, SlotProps};

thread_local! {
    /// Roots of destroyed widgets, each with its app rendering nothing, for the next `mount`.
    /// Yew never frees the event listeners of a root it renders into (yew 0.23,
    /// `dom_bundle/subtree_root.rs`: its `HostHandlers` forget each listener, and "the registry
    /// is never dropped in production"), so a root is reused rather than dropped: the pool holds
    /// at most as many roots as were ever live at once.
    static POOL: RefCell<Vec<(Element, AppHandle<Slot>)>> = const { RefCell::new(Vec::new()) };
    static MOUNTS: Cell<u32> = const { Cell::new(0) };
}

/// One option given to `mount` or `update`, by its attribute name in camelCase or as it is,
/// as a string (JavaScript's `String(value)`: a list joins with commas).
fn option_value(options: &JsValue, name: &str) -> Option<String> {
    let get = |key: &str| {
        Reflect::get(options, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let mut camel = String::new();
    let mut upper = false;
    for c in name.chars() {
        match c {
            '-' => upper = true,
            c if upper => {
                camel.push(c.to_ascii_uppercase());
                upper = false;
            }
            c => camel.push(c),
        }
    }
    let value = get(&camel).or_else(|| get(name))?;
    // A one-item array joins its item with String(): an array within joins with commas.
    Array::of1(&value).join(",").as_string()
}

struct Instance {
    host: HtmlElement,
    root: Element,
    app: Option<AppHandle<Slot>>,
    /// This widget's mount number, the key of its `App` in the root's [`Slot`].
    mount: u32,
    /// The stylesheet link's listener, removed by `destroy`.
    stylesheet: Option<Stylesheet>,
    /// What `state()` reports, kept current by the app's `on_change`.
    announcer: Announcer,
    /// The app's `on_change`, made once so that props stay equal.
    on_change: yew::Callback<crate::model::Snapshot>,
    /// The language whose texts were last asked for.
    asked: Option<Lang>,
    /// This widget, for the language pack's callback.
    me: Weak<RefCell<Option<Instance>>>,
    /// Options given to `mount`; `None` when the element's attributes are the options.
    options: Option<Object>,
    content_key: Option<String>,
    content: Rc<Content>,
    alert: Option<String>,
    warned: Vec<String>,
}

impl Instance {
    fn read(&self, name: &str) -> Option<String> {
        match &self.options {
            Some(o) => option_value(o, name),
            None => self.host.get_attribute(name),
        }
    }

    fn props(&mut self) -> AppProps {
        let builtin = builtin().unwrap_or_else(|_| self.content.clone());
        let (options, warnings) = Options::parse(|n| self.read(n), &builtin);
        // Warn once per bad value, not again on every later attribute change.
        for w in warnings.iter().filter(|w| !self.warned.contains(w)) {
            web_sys::console::warn_1(&w.into());
        }
        self.warned = warnings;
        if self.content_key != options.content {
            self.content_key = options.content.clone();
            let (content, alert) =
                host_content::load(&self.host, builtin, options.content.as_deref());
            self.content = content;
            self.alert = alert;
        }
        // Texts in another language arrive on demand; until they have, the widget speaks
        // English and says so. A failed load is tried again when the language is asked anew.
        if self.asked != Some(options.lang) {
            self.asked = Some(options.lang);
            let me = self.me.clone();
            lang_pack::request(
                options.lang,
                Box::new(move || {
                    if let Some(inner) = me.upgrade() {
                        Handle { inner }.refresh();
                    }
                }),
            );
        }
        let pack = lang_pack::status(options.lang);
        AppProps {
            ctx: Ctx {
                content: self.content.clone(),
                lang: if pack == PackStatus::Ready {
                    options.lang
                } else {
                    Lang::En
                },
            },
            asked: options.lang,
            pack,
            on_change: self.on_change.clone(),
            options,
            alert: self.alert.clone(),
        }
    }

    fn slot_props(&mut self) -> SlotProps {
        SlotProps {
            widget: Some((self.mount, Rc::new(self.props()))),
        }
    }
}

/// What the page holds for one widget: `update`, `destroy`, `state`.
#[wasm_bindgen]
pub struct Handle {
    inner: Rc<RefCell<Option<Instance>>>,
}

#[wasm_bindgen]
impl Handle {
    /// Merges `options` into the widget's options and updates it.
    pub fn update(&self, options: JsValue) {
        let mut inner = self.inner.borrow_mut();
        let Some(instance) = inner.as_mut() else {
            return;
        };
        if let (Some(current), true) = (&instance.options, options.is_object()) {
            let _ = Object::assign(current, &Object::from(options));
        }
        let props = instance.slot_props();
        if let Some(app) = instance.app.as_mut() {
            app.update(props);
        }
    }

    /// Re-reads the element's attributes (called when one changes).
    pub fn refresh(&self) {
        self.update(JsValue::UNDEFINED);
    }

    /// Removes the widget and frees everything it holds; its emptied root waits in the pool.
    pub fn destroy(&self) {
        let Some(mut instance) = self.inner.borrow_mut().take() else {
            return;
        };
        instance.stylesheet = None;
        start::unregister_root(&instance.root);
        instance.root.remove();
        if let Some(mut app) = instance.app.take() {
            app.update(SlotProps { widget: None });
            POOL.with(|pool| pool.borrow_mut().push((instance.root.clone(), app)));
        }
        if let Some(shadow) = instance.host.shadow_root() {
            shadow.set_inner_html("");
        }
    }

    /// `{ regions, muscles, muscle, view }`, as `body-map-change` reports them.
    pub fn state(&self) -> JsValue {
        let inner = self.inner.borrow();
        let Some(instance) = inner.as_ref() else {
            return JsValue::NULL;
        };
        let snapshot = instance.announcer.snapshot();
        let detail = events::detail(&snapshot);
        let muscle = snapshot
            .muscle
            .as_ref()
            .map_or(JsValue::NULL, |m| m.as_str().into());
        let _ = Reflect::set(&detail, &"muscle".into(), &muscle);
        let _ = Reflect::set(&detail, &"view".into(), &snapshot.view.as_str().into());
        detail.into()
    }
}

fn shadow(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(root) => Ok(root),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// Mounts a widget into `element` (inside an open shadow root). With `options` (an object
/// of the attribute names, camelCase or kebab-case) those are used instead of attributes.
#[wasm_bindgen]
pub fn mount(element: HtmlElement, options: JsValue) -> Result<Handle, JsValue> {
    let document = element.owner_document().ok_or("element has no document")?;
    let shadow = shadow(&element)?;
    shadow.set_inner_html("");
    let (root, app) = match POOL.with(|pool| pool.borrow_mut().pop()) {
        Some((root, app)) => (root, Some(app)),
        None => {
            let root = document.create_element("div")?;
            root.set_class_name("bm-root");
            (root, None)
        }
    };
    root.remove_attribute("hidden")?;
    let stylesheet = match start::stylesheet() {
        (Some(sheet), _) => {
            shadow.set_adopted_style_sheets(&Array::of1(&sheet));
            None
        }
        (None, Some(href)) => Some(Stylesheet::link(&document, &shadow, &root, &href)?),
        (None, None) => None,
    };
    shadow.append_child(&root)?;
    let content = match builtin() {
        Ok(content) => content,
        Err(message) => {
            web_sys::console::error_1(&format!("Body Map: {message}").into());
            root.set_text_content(Some(FAILURE));
            root.set_attribute("role", "alert")?;
            root.remove_attribute("hidden")?;
            return Err(JsValue::from_str(&message));
        }
    };
    start::register_root(&root);
    let options = options
        .dyn_into::<Object>()
        .ok()
        .map(|o| Object::assign(&Object::new(), &o));
    let mount = MOUNTS.with(|m| {
        m.set(m.get().wrapping_add(1));
        m.get()
    });
    let inner = Rc::new(RefCell::new(None));
    let announcer = Announcer::default();
    let mut instance = Instance {
        on_change: announcer.on_change(element.clone()),
        announcer,
        asked: None,
        me: Rc::downgrade(&inner),
        host: element,
        root: root.clone(),
        app: None,
        mount,
        stylesheet,
        options,
        content_key: None,
        content,
        alert: None,
        warned: Vec::new(),
    };
    let props = instance.slot_props();
    instance.app = Some(match app {
        Some(mut app) => {
            app.update(props);
            app
        }
        None => yew::Renderer::<Slot>::with_root_and_props(root, props).render(),
    });
    *inner.borrow_mut() = Some(instance);
    Ok(Handle { inner })
}
