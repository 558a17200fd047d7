//! The Spanish texts, fetched once per page when a widget first shows Spanish.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;
use yew::Callback;

use crate::model::{install_spanish, spanish_ready, Lang};

/// Whether a language's texts can be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackStatus {
    /// Shown at once.
    Ready,
    /// On their way.
    Loading,
    /// They could not be loaded: the widget stays in English.
    Failed,
}

enum Load {
    Idle,
    Loading(Vec<Callback<()>>),
    Failed,
}

thread_local! {
    static URL: RefCell<Option<String>> = const { RefCell::new(None) };
    static LOAD: RefCell<Load> = const { RefCell::new(Load::Idle) };
}

/// Where the Spanish pack lies (`body-map-es.json` beside the loader).
pub fn set_url(url: Option<String>) {
    URL.with(|u| *u.borrow_mut() = url);
}

/// The status of `lang`'s texts.
pub fn status(lang: Lang) -> PackStatus {
    if lang == Lang::En || spanish_ready() {
        return PackStatus::Ready;
    }
    LOAD.with(|l| match &*l.borrow() {
        Load::Failed => PackStatus::Failed,
        _ => PackStatus::Loading,
    })
}

/// Asks for `lang`'s texts; `done` is called once when they arrive or fail. A failed load is
/// tried again on the next request.
pub fn request(lang: Lang, done: Callback<()>) {
    if status(lang) == PackStatus::Ready {
        return;
    }
    LOAD.with(|l| {
        let mut load = l.borrow_mut();
        match &mut *load {
            Load::Loading(waiting) => waiting.push(done),
            _ => {
                *load = Load::Loading(vec![done]);
                wasm_bindgen_futures::spawn_local(fetch_pack());
            }
        }
    });
}

async fn fetch_pack() {
    let result = match fetch_text().await {
        Ok(json) => install_spanish(&json),
        Err(e) => Err(e),
    };
    if let Err(message) = &result {
        let message = format!("Body Map: {message}; the widget stays in English.");
        web_sys::console::warn_1(&message.into());
    }
    let next = match result {
        Ok(()) => Load::Idle,
        Err(_) => Load::Failed,
    };
    let waiting = LOAD.with(|l| match std::mem::replace(&mut *l.borrow_mut(), next) {
        Load::Loading(waiting) => waiting,
        _ => Vec::new(),
    });
    for done in waiting {
        done.emit(());
    }
}

async fn fetch_text() -> Result<String, String> {
    let url = URL
        .with(|u| u.borrow().clone())
        .ok_or("the address of the Spanish texts is unknown")?;
    let failed = |_| format!("the Spanish texts could not be loaded from {url}");
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .and_then(|r| r.dyn_into())
        .map_err(failed)?;
    if !response.ok() {
        return Err(format!("{url} answered {}", response.status()));
    }
    let text = response.text().map_err(failed)?;
    JsFuture::from(text)
        .await
        .map_err(failed)?
        .as_string()
        .ok_or_else(|| format!("{url} is not text"))
}
