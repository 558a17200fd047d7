use yew::prelude::*;

use super::context::Ctx;
use crate::model::SourceId;
use crate::model::UiKey;

/// Props of [`Sources`].
#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// The works cited.
    pub sources: Vec<SourceId>,
}

/// The citations behind a text, folded away under "Sources".
#[component]
pub fn Sources(SourcesProps { sources }: &SourcesProps) -> Html {
    let ctx = use_context::<Ctx>().expect("Sources needs the Ctx context");
    html! {
        <details class="bm-sources">
            <summary>{ ctx.t(UiKey::Sources) }</summary>
            <ul>
                { for sources.iter().filter_map(|s| ctx.content.source(s)).map(|s| html! { <li>{ &s.citation }</li> }) }
            </ul>
        </details>
    }
}
