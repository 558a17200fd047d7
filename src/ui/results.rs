use yew::prelude::*;

use super::book_link::{book_link, Booking};
use super::context::Ctx;
use super::handout::Handout;
use super::warnings::Warnings;
use crate::model::UiKey;
use crate::model::{Match, MatchKind, MuscleId, Ranked, RegionId};

/// One muscle of the answer with the marked regions it explains: the model's ranking, owned so
/// that the app ranks once per change and hands the result down.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The muscle.
    pub muscle: MuscleId,
    /// The marked regions it explains, and how.
    pub matches: Vec<Match>,
}

impl From<&Ranked<'_>> for Answer {
    fn from(r: &Ranked<'_>) -> Self {
        Answer {
            muscle: r.muscle.id.clone(),
            matches: r.matches.clone(),
        }
    }
}

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// Marked regions.
    pub selected: Vec<RegionId>,
    /// The ranked muscles for `selected`.
    pub answers: Vec<Answer>,
    /// A muscle chosen from the list.
    pub on_open: Callback<MuscleId>,
    /// Where "Book a session" leads, when the host gave it.
    #[prop_or_default]
    pub booking: Booking,
}

/// "Muscles that commonly send pain here", ranked, each with the areas it explains.
#[component]
pub fn Results(
    ResultsProps {
        selected,
        answers,
        on_open,
        booking,
    }: &ResultsProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("Results needs the Ctx context");
    let ranked: Vec<(&crate::model::Muscle, &[Match])> = answers
        .iter()
        .filter_map(|a| Some((ctx.content.muscle(&a.muscle)?, a.matches.as_slice())))
        .collect();
    let region_name = |id: &RegionId| {
        ctx.content
            .region(id)
            .map_or_else(|| id.to_string(), |r| r.name.get(ctx.lang).to_owned())
    };
    let note = ctx.content.note.as_ref().map(|n| {
        html! {
            <aside class="bm-clinic-note">
                <h4>{ ctx.t(UiKey::NoteTitle) }</h4>
                <p>{ n.get(ctx.lang) }</p>
            </aside>
        }
    });
    if selected.is_empty() {
        return html! {
            <div class="bm-results bm-results--empty">
                <p class="bm-hint">{ ctx.t(UiKey::Hint) }</p>
                { note }
                <p class="bm-disclaimer">{ ctx.content.safety.disclaimer.get(ctx.lang) }</p>
                { book_link(&ctx, booking) }
            </div>
        };
    }
    html! {
        <div class="bm-results">
            <Warnings selected={selected.clone()} />
            <h3 class="bm-heading">{ ctx.t(UiKey::ResultsTitle) }</h3>
            if ranked.is_empty() {
                <p class="bm-hint">{ ctx.t(UiKey::ResultsNone) }</p>
            } else {
                <p class="bm-rank-order">{ ctx.t(UiKey::RankOrder) }</p>
                <ol class="bm-ranking">
                    { for ranked.iter().map(|&(muscle, matches)| {
                        let id = muscle.id.clone();
                        let onclick = on_open.reform(move |_: MouseEvent| id.clone());
                        html! {
                            <li class="bm-rank" key={muscle.id.to_string()}>
                                <button type="button" class="bm-rank-button" data-muscle={muscle.id.to_string()} {onclick}>
                                    <span class="bm-rank-name">{ muscle.name.get(ctx.lang) }</span>
                                    <span class="bm-rank-where">{ muscle.position.get(ctx.lang) }</span>
                                    <ul class="bm-matches">
                                        { for matches.iter().map(|m| html! {
                                            <li class={format!("bm-match bm-match--{}", m.kind.as_str())}>
                                                <span class="bm-match-kind">{ ctx.t(match m.kind {
                                                    MatchKind::Essential => UiKey::MatchEssential,
                                                    MatchKind::Spillover => UiKey::MatchSpillover,
                                                }) }</span>
                                                { " " }{ region_name(&m.region) }
                                            </li>
                                        }) }
                                    </ul>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            }
            // The next step right after the answer, not below the notes.
            { book_link(&ctx, booking) }
            { note }
            <p class="bm-disclaimer">{ ctx.content.safety.disclaimer.get(ctx.lang) }</p>
            <Handout selected={selected.clone()} booking={booking.clone()} />
        </div>
    }
}
