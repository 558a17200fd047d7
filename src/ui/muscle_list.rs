use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::context::group_label;
use super::context::Ctx;
use crate::model::UiKey;
use crate::model::{Group, MuscleId};

/// Props of [`MuscleList`].
#[derive(Properties, PartialEq)]
pub struct MuscleListProps {
    /// The muscle shown, if any.
    #[prop_or_default]
    pub current: Option<MuscleId>,
    /// A muscle chosen.
    pub on_open: Callback<MuscleId>,
    /// Where the `/` shortcut puts the focus.
    #[prop_or_default]
    pub search_ref: NodeRef,
}

/// Folds case and Spanish accents, so "trap" finds "Trapecio" and "esplenio" finds "Esplenio".
fn fold(s: &str) -> String {
    crate::model::lowercase(s)
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' => 'a',
            'é' | 'è' | 'ë' => 'e',
            'í' | 'ï' => 'i',
            'ó' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

/// The muscles grouped (neck, upper back, low back and hips), with search over common and
/// anatomical names in both languages.
#[component]
pub fn MuscleList(
    MuscleListProps {
        current,
        on_open,
        search_ref,
    }: &MuscleListProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("MuscleList needs the Ctx context");
    let query = use_state(String::new);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                query.set(input.value());
            }
        })
    };
    let q = fold(query.trim());
    let matches = |m: &crate::model::Muscle| {
        q.is_empty()
            || [&m.name, &m.anatomical]
                .iter()
                .flat_map(|t| t.all().map(|(_, s)| s))
                .chain([m.id.as_str()])
                .any(|name| crate::model::contains_text(&fold(name), &q))
    };
    let found: usize = ctx.content.muscles.iter().filter(|m| matches(m)).count();
    html! {
        <div class="bm-muscle-list">
            <label class="bm-search">
                <span>{ ctx.t(UiKey::SearchLabel) }</span>
                <input ref={search_ref.clone()} type="search" class="bm-search-input" value={(*query).clone()}
                    placeholder={ctx.t(UiKey::SearchPlaceholder).to_owned()} {oninput} />
            </label>
            <p class="bm-visually-hidden" aria-live="polite">{ ctx.fill(UiKey::SearchCount, &[("count", &found.to_string())]) }</p>
            if found == 0 {
                <p class="bm-hint">{ ctx.t(UiKey::SearchNone) }</p>
            }
            { for Group::ALL.iter().map(|&group| {
                let list: Vec<_> = ctx.content.muscles.iter().filter(|m| m.group == group && matches(m)).collect();
                if list.is_empty() {
                    return Html::default();
                }
                html! {
                    <section class="bm-group">
                        <h3 class="bm-group-title">{ ctx.t(group_label(group)) }</h3>
                        <ul>
                            { for list.into_iter().map(|m| {
                                let id = m.id.clone();
                                let pressed = current.as_ref() == Some(&m.id);
                                html! {
                                    <li key={m.id.to_string()}>
                                        <button type="button" class="bm-list-button" data-muscle={m.id.to_string()}
                                            aria-pressed={pressed.to_string()}
                                            onclick={on_open.reform(move |_: MouseEvent| id.clone())}>
                                            <span class="bm-rank-name">{ m.name.get(ctx.lang) }</span>
                                            <span class="bm-rank-latin">{ m.anatomical.get(ctx.lang) }</span>
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </div>
    }
}
