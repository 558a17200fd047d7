use yew::prelude::*;

use super::context::Ctx;
use super::focus::use_focus_on;
use crate::model::UiKey;

/// Props of [`SafetyPanel`].
#[derive(Properties, PartialEq)]
pub struct SafetyPanelProps {
    /// Close the panel.
    pub on_close: Callback<MouseEvent>,
}

/// The warning signs by level (emergency, urgent, soon), massage cautions and the disclaimer.
#[component]
pub fn SafetyPanel(SafetyPanelProps { on_close }: &SafetyPanelProps) -> Html {
    let ctx = use_context::<Ctx>().expect("SafetyPanel needs the Ctx context");
    let lang = ctx.lang;
    let safety = &ctx.content.safety;
    let heading = use_focus_on(());
    html! {
        <article class="bm-safety">
            <button type="button" class="bm-button bm-back" onclick={on_close.clone()}>{ ctx.t(UiKey::Back) }</button>
            <h3 class="bm-heading" tabindex="-1" ref={heading}>{ ctx.t(UiKey::SafetyTitle) }</h3>
            { for safety.levels.iter().map(|l| section(
                l.level.as_str(),
                l.title.get(lang),
                l.intro.get(lang),
                safety.red_flags.iter().filter(|f| f.level == l.level).map(|f| html! {
                    <li data-red-flag={f.id.to_string()}>{ f.sign.get(lang) }</li>
                }),
            )) }
            { for safety.sections.iter().map(|s| section(
                &s.id,
                s.title.get(lang),
                s.intro.get(lang),
                s.items.iter().map(|t| html! { <li>{ t.get(lang) }</li> }),
            )) }
            <p class="bm-disclaimer">{ safety.disclaimer.get(lang) }</p>
        </article>
    }
}

/// One list of the panel: a heading, its lead sentence and its items.
fn section(id: &str, title: &str, intro: &str, items: impl Iterator<Item = Html>) -> Html {
    html! {
        <section class={format!("bm-section bm-safety--{id}")}>
            <h4>{ title }</h4>
            <p>{ intro }</p>
            <ul>{ for items }</ul>
        </section>
    }
}
