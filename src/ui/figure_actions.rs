//! The patient's controls around the figure: undo and clear over its top left corner, the
//! list picker and "When to see a doctor" right under it, so that none stacks above it.
//!
//! Functions, not components: they have no state, and a component costs the widget its own
//! copy of Yew's generic machinery.

use yew::prelude::*;

use super::context::Ctx;
use crate::model::{Action, UiKey};

/// Undo and Clear, laid over the figure's top left corner: disabled while there is nothing to
/// take back, or nothing marked.
pub fn edit_buttons(
    ctx: &Ctx,
    can_undo: bool,
    has_selection: bool,
    on_action: &Callback<Action>,
) -> Html {
    let act = |a: Action| on_action.reform(move |_: MouseEvent| a.clone());
    html! {
        <>
            <button type="button" class="bm-button bm-edit" disabled={!can_undo} onclick={act(Action::Undo)}>
                { ctx.t(UiKey::Undo) }
            </button>
            <button type="button" class="bm-button bm-edit" disabled={!has_selection} onclick={act(Action::Clear)}>
                { ctx.t(UiKey::Clear) }
            </button>
        </>
    }
}

/// "Pick from a list" and "When to see a doctor", in one row under the figure, each pressed
/// while its panel is open.
pub fn figure_actions(
    ctx: &Ctx,
    (list_open, on_list): (bool, &Callback<MouseEvent>),
    (safety_open, on_safety): (bool, &Callback<MouseEvent>),
) -> Html {
    html! {
        <div class="bm-actions bm-figure-actions">
            <button type="button" class="bm-button" aria-pressed={list_open.to_string()} onclick={on_list.clone()}>
                { ctx.t(UiKey::ListButton) }
            </button>
            { safety_button(ctx, safety_open, on_safety) }
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
