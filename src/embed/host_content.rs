//! Host content: a `<script type="application/json">` the page names in `content`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

use crate::model::Content;

fn document(host: &HtmlElement) -> Option<Document> {
    host.owner_document()
}

/// The content for a widget: built-in, with the host's additions when `id` names valid host
/// content. A problem gives an alert message (and a console error); the built-in content
/// keeps working.
pub fn load(
    host: &HtmlElement,
    builtin: Rc<Content>,
    id: Option<&str>,
) -> (Rc<Content>, Option<String>) {
    let Some(id) = id else { return (builtin, None) };
    let json = document(host)
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        .map(|el| el.text_content().unwrap_or_default());
    let result = match json {
        None => Err(format!("content: no element with id \"{id}\" on the page")),
        Some(json) => builtin.with_host(id, &json).map_err(|e| e.to_string()),
    };
    match result {
        Ok(content) => (Rc::new(content), None),
        Err(message) => {
            web_sys::console::error_1(&format!("<body-map>: {message}").into());
            (builtin, Some(message))
        }
    }
}
