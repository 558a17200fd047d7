//! The share link (`#bm=…`) and the host's `remember`: the marked areas restored at start and,
//! with `remember`, kept on this device.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::UiKey;
use crate::model::{decode_share, encode_share, Action, Content, UiAction, SHARE_KEY};
use crate::ui::store::{StoreHandle, UiHandle};

/// Where `remember` keeps the marked areas (as a share code).
const REMEMBER_KEY: &str = "body-map:regions";

/// The device's storage, or `None` where it is not allowed (an opaque-origin frame, private
/// modes): `remember` then keeps nothing, quietly.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Restores a share link's areas once, at start (a bad code is ignored with a gentle notice),
/// else, with `remember`, the areas kept on this device; with `remember`, keeps them there.
#[hook]
pub fn use_share_link(store: &StoreHandle, ui: &UiHandle, content: &Rc<Content>, remember: bool) {
    {
        let (store, ui, content) = (store.clone(), ui.clone(), content.clone());
        use_effect_with((), move |_| {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            let ids = || content.regions.iter().map(|r| &r.id);
            if let Some(code) = hash
                .strip_prefix('#')
                .and_then(|h| h.strip_prefix(SHARE_KEY))
            {
                match decode_share(code, ids()) {
                    Ok(regions) => {
                        if let Some(region) = regions.first().and_then(|r| content.region(r)) {
                            store.dispatch(Action::SetView(region.view));
                        }
                        store.dispatch(Action::SetRegions(regions));
                        ui.dispatch(UiAction::Notice(Some(UiKey::ShareRestored)));
                    }
                    Err(_) => ui.dispatch(UiAction::Notice(Some(UiKey::ShareInvalid))),
                }
            } else if remember {
                let saved = local_storage().and_then(|s| s.get_item(REMEMBER_KEY).ok().flatten());
                if let Some(Ok(regions)) = saved.map(|code| decode_share(&code, ids())) {
                    store.dispatch(Action::SetRegions(regions));
                }
            }
        });
    }
    let content = content.clone();
    use_effect_with(
        (remember, store.0.regions().to_vec()),
        move |(remember, regions)| {
            if *remember {
                if let Some(storage) = local_storage() {
                    let code = encode_share(regions, content.regions.iter().map(|r| &r.id));
                    let _ = storage.set_item(REMEMBER_KEY, &code);
                }
            }
        },
    );
}
