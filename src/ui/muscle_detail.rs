use yew::prelude::*;

use super::book_link::{book_link, Booking};
use super::context::Ctx;
use super::handout::Handout;
use super::referral_legend::ReferralLegend;
use super::sources::Sources;
use crate::model::UiKey;
use crate::model::{Mode, MuscleId, RegionId, Text};

/// Moves focus without scrolling the page.
pub(super) fn focus_without_jump(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// Props of [`MuscleDetail`].
#[derive(Properties, PartialEq)]
pub struct MuscleDetailProps {
    /// The muscle shown.
    pub muscle: MuscleId,
    /// Patient texts, or therapist detail too.
    pub mode: Mode,
    /// Back to the answer.
    pub on_close: Callback<MouseEvent>,
    /// Marked regions, for the handout.
    #[prop_or_default]
    pub selected: Vec<RegionId>,
    /// Where "Book a session" leads, when the host gave it.
    #[prop_or_default]
    pub booking: Booking,
}

/// One muscle explained: what it is, its trigger points, causes, self-care, what a massage
/// therapist does, how sure we are, and the sources.
#[component]
pub fn MuscleDetail(
    MuscleDetailProps {
        muscle,
        mode,
        on_close,
        selected,
        booking,
    }: &MuscleDetailProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("MuscleDetail needs the Ctx context");
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(muscle.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                focus_without_jump(&h);
                // On a phone the figure sits above the panel: bring it into view, so the
                // trigger points and the pain pattern are what the patient sees first.
                let figure = h
                    .closest(".bm")
                    .ok()
                    .flatten()
                    .and_then(|bm| bm.query_selector(".bm-figure-wrap").ok().flatten());
                if let Some(figure) = figure {
                    if figure.get_bounding_client_rect().bottom() < 120.0 {
                        figure.scroll_into_view();
                    }
                }
            }
        });
    }
    let Some(m) = ctx.content.muscle(muscle) else {
        return Html::default();
    };
    let lang = ctx.lang;
    let list = |key: UiKey, items: &[Text]| {
        html! {
            <section class="bm-section">
                <h4>{ ctx.t(key) }</h4>
                <ul>{ for items.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ul>
            </section>
        }
    };
    html! {
        <article class="bm-muscle" data-muscle={m.id.to_string()}>
            <button type="button" class="bm-button bm-back" onclick={on_close.clone()}>{ ctx.t(UiKey::Back) }</button>
            <h3 class="bm-heading" tabindex="-1" ref={heading}>{ m.name.get(lang) }</h3>
            <p class="bm-latin">{ m.anatomical.get(lang) }</p>
            <p>{ m.summary.get(lang) }</p>
            <section class="bm-section">
                <h4>{ ctx.t(UiKey::TriggerPoints) }</h4>
                <ReferralLegend />
                <ol class="bm-tps">
                    { for m.trigger_points.iter().map(|tp| html! { <li>{ tp.location.get(lang) }</li> }) }
                </ol>
            </section>
            { list(UiKey::Symptoms, &m.symptoms) }
            { list(UiKey::Causes, &m.causes) }
            { list(UiKey::SelfCare, &m.self_care) }
            <section class="bm-section">
                <h4>{ ctx.t(UiKey::Therapist) }</h4>
                <p>{ m.therapist.get(lang) }</p>
            </section>
            if *mode == Mode::Patient {
                { book_link(&ctx, booking) }
            }
            if *mode == Mode::Explore {
                <section class="bm-section bm-detail">
                    <h4>{ ctx.t(UiKey::Anatomy) }</h4>
                    <dl>
                        <dt>{ ctx.t(UiKey::Attachments) }</dt><dd>{ m.attachments.get(lang) }</dd>
                        <dt>{ ctx.t(UiKey::Levels) }</dt><dd>{ &m.levels }</dd>
                        <dt>{ ctx.t(UiKey::Action) }</dt><dd>{ m.action.get(lang) }</dd>
                    </dl>
                </section>
            }
            <section class="bm-section">
                <h4>{ ctx.t(UiKey::HowCommon) }</h4>
                <p>{ m.prevalence_note.get(lang) }</p>
                <p class="bm-note">{ ctx.t(UiKey::TriggerPointCaveat) }</p>
            </section>
            <Sources sources={m.sources.clone()} />
            if *mode == Mode::Patient {
                <Handout selected={selected.clone()} booking={booking.clone()} muscle={Some(m.id.clone())} />
            }
        </article>
    }
}
