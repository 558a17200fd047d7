//! Yew's reducer over the model's two pure states: the marked areas ([`State`]) and the
//! interface's own state ([`UiState`]). Returning the same `Rc` skips a render.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Action, State, UiAction, UiState};

/// A pure state with its own transition, as the model's states have.
pub trait Pure: PartialEq + Sized {
    /// What changes it.
    type Action;

    /// The state after `action`.
    fn apply(&self, action: Self::Action) -> Self;
}

impl Pure for State {
    type Action = Action;

    fn apply(&self, action: Action) -> State {
        State::apply(self, action)
    }
}

impl Pure for UiState {
    type Action = UiAction;

    fn apply(&self, action: UiAction) -> UiState {
        UiState::apply(self, action)
    }
}

/// A pure state as a Yew reducer.
#[derive(PartialEq)]
pub struct Store<S>(pub S);

impl<S: Pure> Reducible for Store<S> {
    type Action = S::Action;

    fn reduce(self: Rc<Self>, action: S::Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// The handle components use to change the marked areas.
pub type StoreHandle = UseReducerHandle<Store<State>>;

/// The handle components use to change the interface.
pub type UiHandle = UseReducerHandle<Store<UiState>>;
