//! The patient's controls around the figure: undo and clear over its top left corner, the
//! list picker and "When to see a doctor" right under it, so that none stacks above it.

use yew::prelude::*;

use super::context::Ctx;
use crate::model::{Action, UiKey};

/// Props of [`EditButtons`].
#[derive(Properties, PartialEq)]
pub struct EditButtonsProps {
    /// Whether undo has something to take back.
    pub can_undo: bool,
    /// Whether any region is marked.
    pub has_selection: bool,
    /// Undo or clear.
    pub on_action: Callback<Action>,
}

/// Undo and Clear, laid over the figure's top left corner.
#[component]
pub fn EditButtons(
    EditButtonsProps {
        can_undo,
        has_selection,
        on_action,
    }: &EditButtonsProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("EditButtons needs the Ctx context");
    let act = |a: Action| on_action.reform(move |_: MouseEvent| a.clone());
    html! {
        <>
            <button type="button" class="bm-button bm-edit" disabled={!*can_undo} onclick={act(Action::Undo)}>
                { ctx.t(UiKey::Undo) }
            </button>
            <button type="button" class="bm-button bm-edit" disabled={!*has_selection} onclick={act(Action::Clear)}>
                { ctx.t(UiKey::Clear) }
            </button>
        </>
    }
}

/// Props of [`FigureActions`].
#[derive(Properties, PartialEq)]
pub struct FigureActionsProps {
    /// Whether the list picker is open.
    pub list_open: bool,
    /// Whether the safety panel is open.
    pub safety_open: bool,
    /// The list picker button.
    pub on_list: Callback<MouseEvent>,
    /// The safety button.
    pub on_safety: Callback<MouseEvent>,
}

/// "Pick from a list" and "When to see a doctor", in one row under the figure.
#[component]
pub fn FigureActions(
    FigureActionsProps {
        list_open,
        safety_open,
        on_list,
        on_safety,
    }: &FigureActionsProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("FigureActions needs the Ctx context");
    html! {
        <div class="bm-actions bm-figure-actions">
            <button type="button" class="bm-button" aria-pressed={list_open.to_string()} onclick={on_list.clone()}>
                { ctx.t(UiKey::ListButton) }
            </button>
            { safety_button(&ctx, *safety_open, on_safety) }
        </div>
    }
}

/// "When to see a doctor", pressed while the safety panel is open (the patient's row under the
/// figure and explore mode's toolbar).
pub fn safety_button(ctx: &Ctx, open: bool, on_safety: &Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="bm-button bm-button--safety" aria-pressed={open.to_string()}
            onclick={on_safety.clone()}>
            { ctx.t(UiKey::SafetyButton) }
        </button>
    }
}
