//! Live attribute and `update()` changes from the host page.

use yew::prelude::*;

use crate::model::{Action, Options, UiAction};
use crate::ui::store::{StoreHandle, UiHandle};

/// Applies what changed in the host's `options`. The first render already holds the options
/// (and a share link may have replaced them), so only what changed since is applied.
#[hook]
pub fn use_host_options(options: &Options, store: &StoreHandle, ui: &UiHandle) {
    let (store, ui) = (store.clone(), ui.clone());
    let previous = use_mut_ref(|| options.clone());
    use_effect_with(options.clone(), move |o| {
        let mut p = previous.borrow_mut();
        if p.view != o.view {
            store.dispatch(Action::SetView(o.view));
        }
        if p.regions != o.regions {
            store.dispatch(Action::SetRegions(o.regions.clone()));
        }
        if p.muscle != o.muscle && o.muscle.is_some() {
            store.dispatch(Action::OpenMuscle(o.muscle.clone()));
        }
        if p.layers != o.layers {
            ui.dispatch(UiAction::SetLayers(o.layers));
        }
        *p = o.clone();
    });
}
