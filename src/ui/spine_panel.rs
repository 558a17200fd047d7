use yew::prelude::*;

use super::context::Ctx;
use crate::model::UiKey;
use crate::model::{vertebrae, SegmentId};

/// The segment a vertebra label belongs to.
fn segment_of(label: &str) -> Option<&'static str> {
    vertebrae().find(|v| v.label == label).map(|v| v.segment)
}

/// Props of [`SpinePanel`].
#[derive(Properties, PartialEq)]
pub struct SpinePanelProps {
    /// The highlighted segment.
    #[prop_or_default]
    pub segment: Option<SegmentId>,
    /// A segment chosen.
    pub on_segment: Callback<SegmentId>,
}

/// The spine explorer: the five segments, the curves and the discs.
#[component]
pub fn SpinePanel(
    SpinePanelProps {
        segment,
        on_segment,
    }: &SpinePanelProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("SpinePanel needs the Ctx context");
    let spine = &ctx.content.spine;
    let lang = ctx.lang;
    let chosen = segment
        .as_ref()
        .and_then(|id| spine.segments.iter().find(|s| &s.id == id));
    html! {
        <div class="bm-spine-panel">
            <div class="bm-segments" role="group" aria-label={ctx.t(UiKey::SpineSegments).to_owned()}>
                { for spine.segments.iter().map(|s| {
                    let id = s.id.clone();
                    html! {
                        <button type="button" class="bm-button" data-segment={s.id.to_string()}
                            aria-pressed={(segment.as_ref() == Some(&s.id)).to_string()}
                            onclick={on_segment.reform(move |_: MouseEvent| id.clone())}>
                            { s.name.get(lang) }<span class="bm-range">{ format!(" {}", s.range) }</span>
                        </button>
                    }
                }) }
            </div>
            if let Some(s) = chosen {
                <article class="bm-segment">
                    <h3 class="bm-heading">{ s.name.get(lang) }{ format!(" ({})", s.range) }</h3>
                    <p>{ s.text.get(lang) }</p>
                    <p class="bm-note">{ s.detail.get(lang) }</p>
                    { for spine.vertebrae.iter().filter(|v| segment_of(&v.id) == Some(s.id.as_str())).map(|v| html! {
                        <p><strong>{ format!("{} · {}: ", v.id, v.name.get(lang)) }</strong>{ v.text.get(lang) }</p>
                    }) }
                </article>
            } else {
                <p class="bm-hint">{ ctx.t(UiKey::SpineHint) }</p>
            }
            <section class="bm-section">
                <h3 class="bm-subheading">{ ctx.t(UiKey::SpineCurves) }</h3>
                <ul>
                    { for spine.curves.iter().map(|c| html! {
                        <li><strong>{ c.name.get(lang) }</strong>{ ": " }{ c.text.get(lang) }</li>
                    }) }
                </ul>
            </section>
            <section class="bm-section">
                <h3 class="bm-subheading">{ ctx.t(UiKey::SpineDiscs) }</h3>
                <p>{ spine.discs.text.get(lang) }</p>
            </section>
        </div>
    }
}
