//! The Spanish texts, fetched once per page when a widget first shows Spanish (through the
//! loader, which pins the file by its integrity hash).

use std::cell::RefCell;

use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::{install_spanish, spanish_ready, Lang, PackStatus};

/// Called once when a requested pack has arrived or failed.
pub type Done = Box<dyn FnOnce()>;

enum Load {
    Idle,
    Loading(Vec<Done>),
    Failed,
}

thread_local! {
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
    static LOAD: RefCell<Load> = const { RefCell::new(Load::Idle) };
}

/// How the Spanish pack is fetched: a function of the loader that returns a promise of the
/// pack's text (`body-map-es.json` beside the loader, checked against its integrity hash).
pub fn set_loader(loader: Option<Function>) {
    LOADER.with(|l| *l.borrow_mut() = loader);
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
pub fn request(lang: Lang, done: Done) {
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
        done();
    }
}

async fn fetch_text() -> Result<String, String> {
    let loader = LOADER
        .with(|l| l.borrow().clone())
        .ok_or("the address of the Spanish texts is unknown")?;
    let reason = |e: JsValue| {
        e.dyn_ref::<js_sys::Error>().map_or_else(
            || "the Spanish texts could not be loaded".to_owned(),
            |e| e.message().into(),
        )
    };
    let promise: Promise = loader
        .call0(&JsValue::NULL)
        .map_err(reason)?
        .dyn_into()
        .map_err(reason)?;
    JsFuture::from(promise)
        .await
        .map_err(reason)?
        .as_string()
        .ok_or_else(|| "the Spanish texts are not text".to_owned())
}
