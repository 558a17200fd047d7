//! Yew adapters of the model's two pure states: the marked areas ([`State`]) and the
//! interface's own state ([`UiState`]). Returning the same `Rc` skips a render.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Action, State, UiAction, UiState};

/// [`State`] as a Yew reducer.
#[derive(PartialEq)]
pub struct Store(pub State);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// [`UiState`] as a Yew reducer.
#[derive(PartialEq)]
pub struct UiStore(pub UiState);

impl Reducible for UiStore {
    type Action = UiAction;

    fn reduce(self: Rc<Self>, action: UiAction) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(UiStore(next))
        }
    }
}

/// The handle components use to change the marked areas.
pub type StoreHandle = UseReducerHandle<Store>;

/// The handle components use to change the interface.
pub type UiHandle = UseReducerHandle<UiStore>;
