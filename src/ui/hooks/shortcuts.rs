//! Keyboard shortcuts: Escape everywhere; in explore mode F, B, S for the views, N and P (or
//! the arrows outside the figure) for the topics, L for large type, ? for help, / for search.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::model::{Action, Content, Panel, Tab, TopicId, UiAction, View};
use crate::ui::store::{StoreHandle, UiHandle};

/// Whether a key event comes from a region of the figure (arrows move between regions there).
fn is_in_figure(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.closest(".bm-figure").ok().flatten().is_some())
}

/// Whether a key event comes from a text field, where letters are typing.
fn is_typing(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// The widget's `onkeydown`: `search` is the muscle search field, focused by `/`.
#[hook]
pub fn use_shortcuts(
    store: &StoreHandle,
    ui: &UiHandle,
    content: &Rc<Content>,
    explore: bool,
    search: &NodeRef,
) -> Callback<KeyboardEvent> {
    let (store, ui, search) = (store.clone(), ui.clone(), search.clone());
    let topics: Vec<TopicId> = content.topics.iter().map(|t| t.id.clone()).collect();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            // Help first, then a panel, then the open muscle.
            if !ui.0.help && ui.0.panel == Panel::Answer && store.0.muscle().is_some() {
                store.dispatch(Action::OpenMuscle(None));
            } else {
                ui.dispatch(UiAction::Escape);
            }
            return;
        }
        if !explore || is_typing(&e) || e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let step = |delta: isize| {
            let current = store
                .0
                .topic()
                .and_then(|id| topics.iter().position(|t| t == id));
            let next = match current {
                Some(i) => (i as isize + delta).clamp(0, topics.len() as isize - 1) as usize,
                None => 0,
            };
            ui.dispatch(UiAction::SetTab(Tab::Topics));
            ui.dispatch(UiAction::ShowTopic(None));
            store.dispatch(Action::OpenTopic(topics.get(next).cloned()));
        };
        let handled = match e.key().as_str() {
            "f" | "F" => {
                store.dispatch(Action::SetView(View::Front));
                true
            }
            "b" | "B" => {
                store.dispatch(Action::SetView(View::Back));
                true
            }
            "s" | "S" => {
                store.dispatch(Action::SetView(View::Side));
                true
            }
            "n" | "N" | "ArrowRight" if !is_in_figure(&e) => {
                step(1);
                true
            }
            "p" | "P" | "ArrowLeft" if !is_in_figure(&e) => {
                step(-1);
                true
            }
            "l" | "L" => {
                ui.dispatch(UiAction::ToggleLarge);
                true
            }
            "?" => {
                ui.dispatch(UiAction::ToggleHelp);
                true
            }
            "/" => {
                ui.dispatch(UiAction::SetTab(Tab::Muscles));
                store.dispatch(Action::OpenMuscle(None));
                // The list may only exist after this render.
                let search = search.clone();
                gloo::timers::callback::Timeout::new(0, move || {
                    if let Some(input) = search.cast::<web_sys::HtmlElement>() {
                        let _ = input.focus();
                    }
                })
                .forget();
                true
            }
            _ => false,
        };
        if handled {
            e.prevent_default();
        }
    })
}
