use yew::prelude::*;

use super::context::evidence_label;
use super::context::Ctx;
use super::focus::use_focus_on;
use super::sources::Sources;
use crate::model::TopicId;
use crate::model::UiKey;

/// Props of [`TopicView`].
#[derive(Properties, PartialEq)]
pub struct TopicViewProps {
    /// The topic shown.
    pub topic: TopicId,
    /// The head angle chosen in the posture topic.
    pub head_angle: u8,
    /// Go to another topic.
    pub on_topic: Callback<TopicId>,
    /// Show the topic on the body.
    pub on_show: Callback<TopicId>,
    /// Choose a head angle.
    pub on_angle: Callback<u8>,
}

/// One explanation, stepped through with previous and next, with its evidence strength and
/// its "show on the body" action.
#[component]
pub fn TopicView(
    TopicViewProps {
        topic,
        head_angle,
        on_topic,
        on_show,
        on_angle,
    }: &TopicViewProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("TopicView needs the Ctx context");
    let heading = use_focus_on(topic.clone());
    let topics = &ctx.content.topics;
    let Some(index) = topics.iter().position(|t| &t.id == topic) else {
        return Html::default();
    };
    let t = &topics[index];
    let lang = ctx.lang;
    let go = |i: usize| {
        let id = topics[i].id.clone();
        on_topic.reform(move |_: MouseEvent| id.clone())
    };
    let show = {
        let id = t.id.clone();
        on_show.reform(move |_: MouseEvent| id.clone())
    };
    let load = t.head_loads.iter().find(|l| l.angle == *head_angle);
    html! {
        <article class="bm-topic" data-topic={t.id.to_string()}>
            <nav class="bm-topic-nav" aria-label={ctx.t(UiKey::TopicsNav).to_owned()}>
                <button type="button" class="bm-button" disabled={index == 0}
                    onclick={go(index.saturating_sub(1))}>{ ctx.t(UiKey::Previous) }</button>
                <span class="bm-topic-count">{ ctx.fill(UiKey::TopicCount, &[("n", &(index + 1).to_string()), ("total", &topics.len().to_string())]) }</span>
                <button type="button" class="bm-button" disabled={index + 1 == topics.len()}
                    onclick={go((index + 1).min(topics.len() - 1))}>{ ctx.t(UiKey::Next) }</button>
            </nav>
            <h3 class="bm-heading" tabindex="-1" ref={heading}>{ t.title.get(lang) }</h3>
            <p class="bm-lead">{ t.summary.get(lang) }</p>
            <button type="button" class="bm-button bm-button--primary bm-show" onclick={show}>{ ctx.t(UiKey::ShowOnBody) }</button>
            if !t.head_loads.is_empty() {
                <section class="bm-section bm-posture">
                    <h4>{ ctx.t(UiKey::HeadAngle) }</h4>
                    <div class="bm-angles" role="group" aria-label={ctx.t(UiKey::HeadAngle).to_owned()}>
                        { for t.head_loads.iter().map(|l| {
                            let angle = l.angle;
                            html! {
                                <button type="button" class="bm-button" data-angle={angle.to_string()}
                                    aria-pressed={(angle == *head_angle).to_string()}
                                    onclick={on_angle.reform(move |_: MouseEvent| angle)}>
                                    { format!("{angle}°") }
                                </button>
                            }
                        }) }
                    </div>
                    if let Some(l) = load {
                        <p class="bm-load" aria-live="polite">
                            { ctx.fill(UiKey::HeadLoad, &[("angle", &l.angle.to_string()), ("kg", &l.kg.to_string()), ("lb", &l.lb.to_string())]) }
                        </p>
                    }
                </section>
            }
            { for t.body.iter().map(|p| html! { <p class="bm-paragraph">{ p.get(lang) }</p> }) }
            <section class={format!("bm-section bm-evidence bm-evidence--{}", t.evidence.key())}>
                <h4>{ ctx.t(UiKey::HowSure) }{ ": " }<span class="bm-badge">{ ctx.t(evidence_label(t.evidence)) }</span></h4>
                <p>{ t.evidence_note.get(lang) }</p>
            </section>
            <Sources sources={t.sources.clone()} />
        </article>
    }
}
