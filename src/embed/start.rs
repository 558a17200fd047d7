//! Starting the widget module: the stylesheet, the Spanish pack's loader, the panic hook,
//! the built-in content, and what every widget of the page shares.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element};

use super::lang_pack;
use crate::model::Content;

thread_local! {
    /// The stylesheet's address and integrity hash, for shadow roots that link it.
    static CSS_HREF: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
    /// The stylesheet parsed once, adopted by every shadow root.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    static BUILTIN: RefCell<Option<Result<Rc<Content>, String>>> = const { RefCell::new(None) };
    /// The roots of live widgets, which the panic hook replaces with a message.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// The built-in content, parsed and validated once per page.
pub fn builtin() -> Result<Rc<Content>, String> {
    BUILTIN.with(|b| {
        b.borrow_mut()
            .get_or_insert_with(|| Content::builtin().map(Rc::new).map_err(|e| e.to_string()))
            .clone()
    })
}

pub const FAILURE: &str = "Body Map could not start. Please reload the page. \
    / Body Map no pudo iniciarse. Vuelva a cargar la página.";

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Body Map stopped: {info}").into());
        ROOTS.with(|roots| {
            for root in roots.borrow().iter() {
                root.set_text_content(Some(FAILURE));
                let _ = root.set_attribute("role", "alert");
                let _ = root.set_attribute("class", "bm-failure");
                root.remove_attribute("hidden").ok();
            }
        });
    }));
}

/// Starts the widget module (the loader calls it once the wasm is in). `css_href` is the
/// widget's stylesheet and `css_integrity` its hash; `sheet`, when the browser can share one,
/// is that stylesheet already parsed: every shadow root adopts it and shows at once; without
/// it each shadow root links `css_href` (pinned by `css_integrity`) and stays hidden until it
/// has loaded. `load_spanish` returns a promise of the Spanish pack's text, called when a
/// widget first shows Spanish.
#[wasm_bindgen]
pub fn define(
    css_href: Option<String>,
    css_integrity: Option<String>,
    load_spanish: Option<js_sys::Function>,
    sheet: JsValue,
) {
    install_panic_hook();
    CSS_HREF.with(|c| *c.borrow_mut() = css_href.map(|href| (href, css_integrity)));
    SHEET.with(|s| *s.borrow_mut() = sheet.dyn_into::<CssStyleSheet>().ok());
    lang_pack::set_loader(load_spanish);
}

/// The release version (`Cargo.toml`), which the loader's `version` must equal.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The shared parsed stylesheet, or else the stylesheet's address and integrity to link.
pub fn stylesheet() -> (Option<CssStyleSheet>, Option<(String, Option<String>)>) {
    (
        SHEET.with(|s| s.borrow().clone()),
        CSS_HREF.with(|c| c.borrow().clone()),
    )
}

/// A live widget's root, replaced by a message if the widget ever stops.
pub fn register_root(root: &Element) {
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
}

/// A destroyed widget's root.
pub fn unregister_root(root: &Element) {
    ROOTS.with(|roots| roots.borrow_mut().retain(|r| r != root));
}
