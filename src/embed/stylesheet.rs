//! A shadow root's linked stylesheet, where the browser cannot share one parsed sheet.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, ShadowRoot};

/// The shadow root's stylesheet and the listener that shows the root once it has loaded (or
/// failed to); dropping it removes the listener, so a widget destroyed first retains nothing.
pub struct Stylesheet {
    link: Element,
    reveal: Closure<dyn Fn()>,
}

impl Stylesheet {
    const EVENTS: [&'static str; 2] = ["load", "error"];

    /// Hides `root` and appends a link to `href` (pinned by `integrity`) to `shadow` that
    /// shows it again.
    pub fn link(
        document: &Document,
        shadow: &ShadowRoot,
        root: &Element,
        (href, integrity): &(String, Option<String>),
    ) -> Result<Self, JsValue> {
        let link = document.create_element("link")?;
        link.set_attribute("rel", "stylesheet")?;
        if let Some(integrity) = integrity {
            link.set_attribute("integrity", integrity)?;
            link.set_attribute("crossorigin", "anonymous")?;
        }
        link.set_attribute("href", href)?;
        root.set_attribute("hidden", "")?;
        let reveal = {
            let root = root.clone();
            Closure::<dyn Fn()>::new(move || {
                let _ = root.remove_attribute("hidden");
            })
        };
        for event in Self::EVENTS {
            link.add_event_listener_with_callback(event, reveal.as_ref().unchecked_ref())?;
        }
        shadow.append_child(&link)?;
        Ok(Self { link, reveal })
    }
}

impl Drop for Stylesheet {
    fn drop(&mut self) {
        for event in Self::EVENTS {
            let _ = self
                .link
                .remove_event_listener_with_callback(event, self.reveal.as_ref().unchecked_ref());
        }
    }
}
