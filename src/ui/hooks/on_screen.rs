//! Whether an element is on screen, from an `IntersectionObserver`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// Whether the element behind `node` reaches into the upper half of the screen (an element
/// that only peeks in at the bottom does not count); follows scrolling and resizing. `false`
/// until the browser first reports, and where there is no `IntersectionObserver`.
#[hook]
pub fn use_on_screen(node: &NodeRef) -> bool {
    let on = use_state_eq(|| false);
    {
        let (on, node) = (on.clone(), node.clone());
        use_effect_with((), move |()| {
            let observing = node.cast::<Element>().and_then(|el| {
                let report =
                    Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        let last = entries.iter().last();
                        if let Some(entry) =
                            last.and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
                        {
                            on.set(entry.is_intersecting());
                        }
                    });
                let options = IntersectionObserverInit::new();
                options.set_root_margin("0px 0px -50% 0px");
                let observer = IntersectionObserver::new_with_options(
                    report.as_ref().unchecked_ref(),
                    &options,
                )
                .ok()?;
                observer.observe(&el);
                Some((observer, report))
            });
            move || {
                if let Some((observer, _report)) = observing {
                    observer.disconnect();
                }
            }
        });
    }
    *on
}
