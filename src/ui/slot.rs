//! What an embedded root renders: its widget, or nothing while the root waits for reuse.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::VComp;

use super::app::{App, AppProps};

/// Props of [`Slot`].
#[derive(Properties, PartialEq)]
pub struct SlotProps {
    /// The widget's props and the number of its mount; `None` while the root is pooled.
    pub widget: Option<(u32, Rc<AppProps>)>,
}

/// The component a root renders: its widget's [`App`], or nothing while pooled.
#[component]
pub fn Slot(SlotProps { widget }: &SlotProps) -> Html {
    match widget {
        // Keyed by mount, so a reused root starts a new `App` with fresh state even when
        // Yew folds the pooled and the next mount's props into one render.
        Some((mount, props)) => VComp::new::<App>(props.clone(), Some((*mount).into())).into(),
        None => Html::default(),
    }
}
