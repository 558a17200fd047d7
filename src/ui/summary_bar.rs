//! The phone's answer bar under the figure: the marked areas in one sentence and, within the
//! thumb's reach, the way to the answer (or, once it was read, to booking).

use web_sys::Element;
use yew::prelude::*;

use super::book_link::{book_short, Booking};
use super::context::Ctx;
use super::hooks::use_on_screen;
use crate::model::{lowercase, RegionId, UiKey};

/// Props of [`SummaryBar`].
#[derive(Properties, PartialEq)]
pub struct SummaryBarProps {
    /// Marked regions, in the order they were marked.
    pub selected: Vec<RegionId>,
    /// What it says: the warning pointer, if any, and [`sentence`].
    pub text: String,
    /// The answer panel the bar leads to.
    pub panel: NodeRef,
    /// Where "Book" leads, when the host gave it.
    #[prop_or_default]
    pub booking: Booking,
}

/// One row: the sentence, which leads to the answer when tapped. It hides while the answer is on screen
/// and, once the answer for these areas was on screen, offers booking instead (when the host
/// gave a booking link).
#[component]
pub fn SummaryBar(
    SummaryBarProps {
        selected,
        text,
        panel,
        booking,
    }: &SummaryBarProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("SummaryBar needs the Ctx context");
    let on_screen = use_on_screen(panel);
    let seen = use_state_eq(|| false);
    {
        let seen = seen.clone();
        use_effect_with(selected.clone(), move |_| seen.set(false));
    }
    if on_screen && !*seen {
        seen.set(true);
    }
    let to_answer = {
        let panel = panel.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = panel.cast::<Element>() {
                p.scroll_into_view();
            }
        })
    };
    // When the first area is marked with the bar below the fold, the page moves up just enough
    // to show it.
    let bar = use_node_ref();
    {
        let bar = bar.clone();
        use_effect_with((), move |()| {
            if let Some((el, w)) = bar.cast::<Element>().zip(web_sys::window()) {
                let height = w.inner_height().ok().and_then(|h| h.as_f64());
                let over = height.map_or(0.0, |h| el.get_bounding_client_rect().bottom() - h);
                if over > 0.0 {
                    w.scroll_by_with_x_and_y(0.0, over + 8.0);
                }
            }
        });
    }
    html! {
        <div ref={bar} class={classes!("bm-summary", on_screen.then_some("bm-summary--away"))}>
            <button type="button" class="bm-summary-go" onclick={to_answer}>
                <span class="bm-summary-text">{ text }</span>
                <span class="bm-visually-hidden">{ ctx.t(UiKey::SeeAnswer) }</span>
                <svg class="bm-icon-svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 5v14M6 13l6 6 6-6" />
                </svg>
            </button>
            if *seen {
                { book_short(&ctx, booking) }
            }
        </div>
    }
}

/// How many muscles may refer pain to the marked areas, which it names ("4 muscles may refer
/// pain to these areas: where left neck meets shoulder and top of left shoulder."): the count
/// first, so that it shows when the bar cuts a long sentence short; empty when nothing is
/// marked. Two areas are both named; from three on, the first and how many others.
pub fn sentence(ctx: &Ctx, regions: &[RegionId], count: usize) -> String {
    let name = |id: &RegionId| {
        lowercase(
            ctx.content
                .region(id)
                .map_or(id.as_str(), |r| r.name.get(ctx.lang)),
        )
    };
    let areas = match regions {
        [] => return String::new(),
        [one] => name(one),
        [a, b] => {
            let b = name(b);
            // Spanish writes "e", not "y", before an "i" sound ("sien izquierda e ingle").
            let i_sound =
                b.starts_with(['i', 'í']) || (b.starts_with("hi") && !b.starts_with("hie"));
            let key = if i_sound {
                UiKey::AreasTwoI
            } else {
                UiKey::AreasTwo
            };
            ctx.fill(key, &[("a", &name(a)), ("b", &b)])
        }
        [first, rest @ ..] => ctx.fill(
            UiKey::AreasMore,
            &[("a", &name(first)), ("count", &rest.len().to_string())],
        ),
    };
    let key = match count {
        0 => UiKey::LiveNone,
        1 => UiKey::LiveOne,
        _ => UiKey::LiveMany,
    };
    let place = if regions.len() == 1 {
        UiKey::ThisArea
    } else {
        UiKey::TheseAreas
    };
    ctx.fill(
        key,
        &[
            ("where", ctx.t(place)),
            ("areas", &areas),
            ("count", &count.to_string()),
        ],
    )
}
