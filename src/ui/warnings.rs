use yew::prelude::*;

use super::context::Ctx;
use crate::model::RegionId;
use crate::model::UiKey;

/// Props of [`Warnings`].
#[derive(Properties, PartialEq)]
pub struct WarningsProps {
    /// Marked regions.
    pub selected: Vec<RegionId>,
}

/// The warning signs that concern the marked areas, the most urgent first, each with the words
/// to act on. Each is an element with `data-safety="<red flag id>"`; nothing when no marked
/// area has one.
#[component]
pub fn Warnings(WarningsProps { selected }: &WarningsProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Warnings needs the Ctx context");
    let safety = &ctx.content.safety;
    let flags = safety.warnings(selected);
    if flags.is_empty() {
        return Html::default();
    }
    html! {
        <section class="bm-warnings" aria-labelledby="bm-warnings-title">
            <h3 class="bm-warnings-title" id="bm-warnings-title">{ ctx.t(UiKey::WarningsTitle) }</h3>
            { for flags.iter().map(|flag| {
                let lead = safety.level(flag.level).map(|l| l.lead.get(ctx.lang));
                html! {
                    <div class={format!("bm-warning bm-warning--{}", flag.level.as_str())}
                        data-safety={flag.id.to_string()} key={flag.id.to_string()}>
                        <p class="bm-warning-lead"><strong>{ lead }</strong></p>
                        <p class="bm-warning-sign">{ flag.sign.get(ctx.lang) }</p>
                    </div>
                }
            }) }
        </section>
    }
}
