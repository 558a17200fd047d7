use yew::prelude::*;

use super::context::Ctx;
use super::focus::use_focus_on;

/// Props of [`SafetyPanel`].
#[derive(Properties, PartialEq)]
pub struct SafetyPanelProps {
    /// Close the panel.
    pub on_close: Callback<MouseEvent>,
}

/// Emergency and see-a-doctor signs, massage cautions and the disclaimer.
#[component]
pub fn SafetyPanel(SafetyPanelProps { on_close }: &SafetyPanelProps) -> Html {
    let ctx = use_context::<Ctx>().expect("SafetyPanel needs the Ctx context");
    let lang = ctx.lang;
    let heading = use_focus_on(());
    html! {
        <article class="bm-safety">
            <button type="button" class="bm-button bm-back" onclick={on_close.clone()}>{ ctx.t("back") }</button>
            <h3 class="bm-heading" tabindex="-1" ref={heading}>{ ctx.t("safety-title") }</h3>
            { for ctx.content.safety.sections.iter().map(|s| html! {
                <section class={format!("bm-section bm-safety--{}", s.id)}>
                    <h4>{ s.title.get(lang) }</h4>
                    <p>{ s.intro.get(lang) }</p>
                    <ul>{ for s.items.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ul>
                </section>
            }) }
            <p class="bm-disclaimer">{ ctx.content.safety.disclaimer.get(lang) }</p>
        </article>
    }
}
