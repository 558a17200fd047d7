use yew::prelude::*;

use super::context::view_label;
use super::context::Ctx;
use crate::model::UiKey;
use crate::model::{RegionId, View};

/// Props of [`RegionList`].
#[derive(Properties, PartialEq)]
pub struct RegionListProps {
    /// Marked regions.
    pub selected: Vec<RegionId>,
    /// A region marked or unmarked.
    pub on_toggle: Callback<RegionId>,
    /// Close the list.
    pub on_close: Callback<MouseEvent>,
}

/// Every region as a checkbox: the same choice as the figure, for people who cannot use it.
#[component]
pub fn RegionList(
    RegionListProps {
        selected,
        on_toggle,
        on_close,
    }: &RegionListProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("RegionList needs the Ctx context");
    html! {
        <article class="bm-region-list">
            <button type="button" class="bm-button bm-back" onclick={on_close.clone()}>{ ctx.t(UiKey::Back) }</button>
            <h3 class="bm-heading">{ ctx.t(UiKey::ListTitle) }</h3>
            { for [View::Front, View::Back].into_iter().map(|view| html! {
                <fieldset class="bm-fieldset">
                    <legend>{ ctx.t(view_label(view)) }</legend>
                    { for ctx.content.regions.iter().filter(|r| r.view == view).map(|r| {
                        let id = r.id.clone();
                        html! {
                            <label class="bm-check" key={r.id.to_string()}>
                                <input type="checkbox" checked={selected.contains(&r.id)}
                                    onchange={on_toggle.reform(move |_: Event| id.clone())} />
                                { r.name.get(ctx.lang) }
                            </label>
                        }
                    }) }
                </fieldset>
            }) }
        </article>
    }
}
