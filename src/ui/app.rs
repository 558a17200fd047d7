use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::body_figure::{BodyFigure, Highlight};
use super::context::Ctx;
use super::help_overlay::HelpOverlay;
use super::lang_pack::{self, PackStatus};
use super::muscle_detail::MuscleDetail;
use super::muscle_list::MuscleList;
use super::region_list::RegionList;
use super::results::{Answer, Results};
use super::safety_panel::SafetyPanel;
use super::spine_panel::SpinePanel;
use super::toolbar::Toolbar;
use super::topic_view::TopicView;
use crate::embed::events;
use crate::model::{
    decode_share, encode_share, rank, Action, Lang, Layer, Layers, Mode, MuscleId, Options,
    RegionId, SegmentId, State, TopicId, View, SHARE_KEY,
};

/// What `state()` reports and `body-map-change` carries, kept current by [`App`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    /// Marked regions, in marking order.
    pub regions: Vec<RegionId>,
    /// Ranked muscles: id, name, score, best match.
    pub muscles: Vec<(MuscleId, String, u32, &'static str)>,
    /// The open muscle.
    pub muscle: Option<MuscleId>,
    /// The current view.
    pub view: View,
}

/// Shared, mutable snapshot; equal only to itself, so it never re-renders the app.
#[derive(Clone, Debug, Default)]
pub struct SnapshotCell(pub Rc<RefCell<Snapshot>>);

impl PartialEq for SnapshotCell {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Content and language.
    pub ctx: Ctx,
    /// Parsed options.
    pub options: Options,
    /// The element events are dispatched on.
    pub host: HtmlElement,
    /// Where the current state is published for `state()`.
    pub snapshot: SnapshotCell,
    /// A problem with the host's content, shown as an alert.
    #[prop_or_default]
    pub alert: Option<String>,
}

/// Adapts [`State`] to Yew; returning the same `Rc` skips a render.
#[derive(PartialEq)]
struct Store(State);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// Which side panel is open.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Panel {
    Answer,
    Safety,
    List,
}

/// The tabs of explore mode.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Muscles,
    Spine,
    Topics,
}

impl Tab {
    const ALL: [Tab; 3] = [Tab::Muscles, Tab::Spine, Tab::Topics];

    fn key(self) -> &'static str {
        match self {
            Tab::Muscles => "tab-muscles",
            Tab::Spine => "tab-spine",
            Tab::Topics => "tab-topics",
        }
    }
}

/// The whole widget.
#[component]
pub fn App(
    AppProps {
        ctx,
        options,
        host,
        snapshot,
        alert,
    }: &AppProps,
) -> Html {
    // Spanish texts arrive on demand; until they have, the widget speaks English and says so.
    let asked = ctx.lang;
    {
        let refresh = use_force_update();
        use_effect_with(asked, move |&lang| {
            lang_pack::request(lang, Callback::from(move |()| refresh.force_update()));
        });
    }
    let pack = lang_pack::status(asked);
    let shown = Ctx {
        content: ctx.content.clone(),
        lang: if pack == PackStatus::Ready {
            asked
        } else {
            Lang::En
        },
    };
    let ctx = &shown;
    let store = {
        let options = options.clone();
        use_reducer(move || {
            Store(
                State::new(options.view)
                    .apply(Action::SetRegions(options.regions.clone()))
                    .apply(Action::OpenMuscle(options.muscle.clone())),
            )
        })
    };
    let layers = use_state(|| options.layers);
    let panel = use_state(|| Panel::Answer);
    let announced = use_mut_ref(|| None::<Snapshot>);
    let notice = use_state(|| None::<&'static str>);
    {
        // A share link (`#bm=…`) restores its areas once, at start; a bad code is ignored
        // with a gentle notice.
        let store = store.clone();
        let notice = notice.clone();
        let content = ctx.content.clone();
        let remember = options.remember;
        use_effect_with((), move |_| {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            if let Some(code) = hash
                .strip_prefix('#')
                .and_then(|h| h.strip_prefix(SHARE_KEY))
            {
                match decode_share(code, content.regions.iter().map(|r| &r.id)) {
                    Ok(regions) => {
                        if let Some(view) = regions
                            .first()
                            .and_then(|r| content.region(r))
                            .map(|r| r.view)
                        {
                            store.dispatch(Action::SetView(view));
                        }
                        store.dispatch(Action::SetRegions(regions));
                        notice.set(Some("share-restored"));
                    }
                    Err(_) => notice.set(Some("share-invalid")),
                }
            } else if remember {
                let saved = local_storage().and_then(|s| s.get_item(REMEMBER_KEY).ok().flatten());
                if let Some(Ok(regions)) =
                    saved.map(|code| decode_share(&code, content.regions.iter().map(|r| &r.id)))
                {
                    store.dispatch(Action::SetRegions(regions));
                }
            }
        });
    }
    {
        // Only with the host's `remember`: keep the marked areas on this device.
        let content = ctx.content.clone();
        use_effect_with(
            (options.remember, store.0.regions().to_vec()),
            move |(remember, regions)| {
                if *remember {
                    if let Some(storage) = local_storage() {
                        let code = encode_share(regions, content.regions.iter().map(|r| &r.id));
                        let _ = storage.set_item(REMEMBER_KEY, &code);
                    }
                }
            },
        );
    }

    {
        // Live attribute and `update()` changes. The first render already holds the options
        // (and a share link may have replaced them), so only what changed is applied.
        let store = store.clone();
        let layers = layers.clone();
        let previous = use_mut_ref(|| options.clone());
        use_effect_with(options.clone(), move |o| {
            let mut p = previous.borrow_mut();
            if p.view != o.view {
                store.dispatch(Action::SetView(o.view));
            }
            if p.regions != o.regions {
                store.dispatch(Action::SetRegions(o.regions.clone()));
            }
            if p.muscle != o.muscle && o.muscle.is_some() {
                store.dispatch(Action::OpenMuscle(o.muscle.clone()));
            }
            if p.layers != o.layers {
                layers.set(o.layers);
            }
            *p = o.clone();
        });
    }
    {
        // A muscle is shown in a view where it is drawn.
        let store = store.clone();
        use_effect_with(store.0.muscle().cloned(), move |muscle| {
            if let Some(id) = muscle {
                if let Some(view) = view_drawing(id, store.0.view()) {
                    store.dispatch(Action::SetView(view));
                }
            }
        });
    }

    let state = &store.0;
    let ranked = rank(&ctx.content, state.regions());
    let answers: Vec<Answer> = ranked.iter().map(Answer::from).collect();
    let current = Snapshot {
        regions: state.regions().to_vec(),
        muscles: ranked
            .iter()
            .map(|r| {
                let name = r.muscle.name.get(ctx.lang).to_owned();
                (r.muscle.id.clone(), name, r.score, r.best().as_str())
            })
            .collect(),
        muscle: state.muscle().cloned(),
        view: state.view(),
    };
    publish(host, snapshot, &announced, current);

    let dispatch = |f: fn(RegionId) -> Action| {
        let store = store.clone();
        Callback::from(move |id: RegionId| store.dispatch(f(id)))
    };
    let on_toggle = dispatch(Action::Toggle);
    // From the list picker, a region on the other side of the body also turns the figure.
    let zoom_region = use_state(|| None::<RegionId>);
    let on_pick = {
        let store = store.clone();
        let content = ctx.content.clone();
        let zoom_region = zoom_region.clone();
        Callback::from(move |id: RegionId| {
            if let Some(region) = content.region(&id) {
                store.dispatch(Action::SetView(region.view));
            }
            if !store.0.is_marked(&id) {
                zoom_region.set(Some(id.clone()));
            }
            store.dispatch(Action::Toggle(id));
        })
    };
    let on_open = {
        let store = store.clone();
        let panel = panel.clone();
        Callback::from(move |id: Option<MuscleId>| {
            panel.set(Panel::Answer);
            store.dispatch(Action::OpenMuscle(id));
        })
    };
    let on_action = {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    };
    let on_layer = {
        let layers = layers.clone();
        Callback::from(move |l: Layer| layers.set(layers.toggled(l)))
    };
    let on_panel = |p: Panel| {
        let panel = panel.clone();
        Callback::from(move |_| panel.set(if *panel == p { Panel::Answer } else { p }))
    };

    let muscle = state.muscle().and_then(|id| ctx.content.muscle(id));
    let shown_layers: Layers = if options.mode == Mode::Patient && muscle.is_some() {
        layers.with(Layer::TriggerPoints).with(Layer::Referral)
    } else {
        *layers
    };
    let live = live_message(ctx, state.regions(), ranked.len());

    // Explore mode: tabs, spine segment, "show on the body", head angle, help, large type.
    let tab = use_state(|| Tab::Muscles);
    let segment = use_state(|| None::<SegmentId>);
    let shown_topic = use_state(|| None::<TopicId>);
    let head_angle = use_state(|| 0u8);
    let help = use_state(|| false);
    let large = use_state(|| false);
    let search_ref = use_node_ref();
    let root_ref = use_node_ref();

    let explore = options.mode == Mode::Explore;
    let topic_show = shown_topic
        .as_ref()
        .and_then(|id| ctx.content.topic(id))
        .map(|t| &t.show);
    let mut highlight = Highlight::default();
    if explore {
        if let Some(show) = topic_show {
            highlight.muscles = show.muscles.clone();
            highlight.regions = show.regions.clone();
            highlight.segments = show.spine.clone();
        }
        if *tab == Tab::Spine {
            highlight.segments.extend(segment.iter().cloned());
        }
        if shown_topic
            .as_ref()
            .is_some_and(|t| t.as_str() == "posture-forward-head")
        {
            highlight.head_angle = Some(*head_angle);
        }
    }

    let on_segment = {
        let segment = segment.clone();
        let store = store.clone();
        Callback::from(move |id: SegmentId| {
            if store.0.view() == View::Front {
                store.dispatch(Action::SetView(View::Back));
            }
            segment.set(Some(id));
        })
    };
    let on_topic = {
        let store = store.clone();
        let shown_topic = shown_topic.clone();
        Callback::from(move |id: TopicId| {
            shown_topic.set(None);
            store.dispatch(Action::OpenTopic(Some(id)));
        })
    };
    let on_show = {
        let store = store.clone();
        let shown_topic = shown_topic.clone();
        let content = ctx.content.clone();
        Callback::from(move |id: TopicId| {
            if let Some(t) = content.topic(&id) {
                store.dispatch(Action::SetView(t.show.view));
                store.dispatch(Action::OpenMuscle(None));
            }
            shown_topic.set(Some(id));
        })
    };
    let on_angle = {
        let head_angle = head_angle.clone();
        Callback::from(move |a: u8| head_angle.set(a))
    };
    let on_tab = |t: Tab| {
        let tab = tab.clone();
        let store = store.clone();
        let first_topic = ctx.content.topics.first().map(|t| t.id.clone());
        Callback::from(move |_: MouseEvent| {
            if t == Tab::Topics && store.0.topic().is_none() {
                store.dispatch(Action::OpenTopic(first_topic.clone()));
            }
            tab.set(t);
        })
    };
    let on_help = {
        let help = help.clone();
        Callback::from(move |_: MouseEvent| help.set(!*help))
    };
    let on_large = {
        let large = large.clone();
        Callback::from(move |_: MouseEvent| large.set(!*large))
    };
    let on_fullscreen = {
        let host = host.clone();
        Callback::from(move |_: MouseEvent| toggle_fullscreen(&host))
    };
    let onkeydown = {
        let store = store.clone();
        let help = help.clone();
        let large = large.clone();
        let tab = tab.clone();
        let search_ref = search_ref.clone();
        let on_topic = on_topic.clone();
        let panel = panel.clone();
        let topics: Vec<TopicId> = ctx.content.topics.iter().map(|t| t.id.clone()).collect();
        Callback::from(move |e: KeyboardEvent| {
            let typing = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                });
            if e.key() == "Escape" {
                if *help {
                    help.set(false);
                } else if *panel != Panel::Answer {
                    panel.set(Panel::Answer);
                } else if store.0.muscle().is_some() {
                    store.dispatch(Action::OpenMuscle(None));
                }
                return;
            }
            if !explore || typing || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let step = |delta: isize| {
                let current = store
                    .0
                    .topic()
                    .and_then(|id| topics.iter().position(|t| t == id));
                let next = match current {
                    Some(i) => (i as isize + delta).clamp(0, topics.len() as isize - 1) as usize,
                    None => 0,
                };
                tab.set(Tab::Topics);
                on_topic.emit(topics[next].clone());
            };
            let handled = match e.key().as_str() {
                "f" | "F" => {
                    store.dispatch(Action::SetView(View::Front));
                    true
                }
                "b" | "B" => {
                    store.dispatch(Action::SetView(View::Back));
                    true
                }
                "s" | "S" => {
                    store.dispatch(Action::SetView(View::Side));
                    true
                }
                "n" | "N" | "ArrowRight" if !is_in_figure(&e) => {
                    step(1);
                    true
                }
                "p" | "P" | "ArrowLeft" if !is_in_figure(&e) => {
                    step(-1);
                    true
                }
                "l" | "L" => {
                    large.set(!*large);
                    true
                }
                "?" => {
                    help.set(!*help);
                    true
                }
                "/" => {
                    tab.set(Tab::Muscles);
                    store.dispatch(Action::OpenMuscle(None));
                    // The list may only exist after this render.
                    let search_ref = search_ref.clone();
                    gloo::timers::callback::Timeout::new(0, move || {
                        if let Some(input) = search_ref.cast::<web_sys::HtmlElement>() {
                            let _ = input.focus();
                        }
                    })
                    .forget();
                    true
                }
                _ => false,
            };
            if handled {
                e.prevent_default();
            }
        })
    };

    // On a phone the answer sits below the figure: a bar pinned to the bottom of the screen
    // brings it up with one tap, within the thumb's reach.
    let panel_ref = use_node_ref();
    let see_answer = {
        let panel_ref = panel_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = panel_ref.cast::<web_sys::Element>() {
                p.scroll_into_view();
            }
        })
    };
    let side = match (*panel, muscle) {
        (Panel::Safety, _) => html! { <SafetyPanel on_close={on_panel(Panel::Safety)} /> },
        (Panel::List, _) => html! {
            <RegionList selected={state.regions().to_vec()} on_toggle={on_pick} on_close={on_panel(Panel::List)} />
        },
        (Panel::Answer, Some(m)) if !explore || *tab == Tab::Muscles => html! {
            <MuscleDetail muscle={m.id.clone()} mode={options.mode} on_close={on_open.reform(|_| None)} />
        },
        (Panel::Answer, _) if explore => {
            let body = match *tab {
                Tab::Muscles => html! {
                    <MuscleList current={state.muscle().cloned()} on_open={on_open.reform(Some)} search_ref={search_ref.clone()} />
                },
                Tab::Spine => {
                    html! { <SpinePanel segment={(*segment).clone()} on_segment={on_segment} /> }
                }
                Tab::Topics => match state
                    .topic()
                    .cloned()
                    .or_else(|| ctx.content.topics.first().map(|t| t.id.clone()))
                {
                    Some(topic) => html! {
                        <TopicView {topic} head_angle={*head_angle} on_topic={on_topic.clone()} on_show={on_show} on_angle={on_angle} />
                    },
                    None => Html::default(),
                },
            };
            html! {
                <>
                    <div class="bm-tabs" role="group" aria-label={ctx.t("tabs-label").to_owned()}>
                        { for Tab::ALL.iter().map(|&t| html! {
                            <button type="button" class="bm-button bm-tab" aria-pressed={(t == *tab).to_string()} onclick={on_tab(t)}>
                                { ctx.t(t.key()) }
                            </button>
                        }) }
                    </div>
                    { body }
                </>
            }
        }
        (Panel::Answer, _) => html! {
            <Results selected={state.regions().to_vec()} answers={answers} on_open={on_open.reform(Some)} booking_url={options.booking_url.clone()} booking_target={options.booking_target} />
        },
    };

    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div ref={root_ref} class={format!("bm bm--{}{}", options.mode.as_str(), if *large { " bm--large" } else { "" })}
                lang={ctx.lang.code()} {onkeydown}>
                if let Some(key) = *notice {
                    <p class="bm-notice" role="status">{ ctx.t(key) }</p>
                }
                if pack != PackStatus::Ready {
                    <p class="bm-notice" role="status" lang={asked.code()}>
                        { ctx.content.ui(if pack == PackStatus::Failed { "lang-failed" } else { "lang-loading" }, asked) }
                    </p>
                }
                if let Some(message) = alert {
                    <p class="bm-alert" role="alert">{ message }</p>
                }
                <Toolbar
                    mode={options.mode}
                    view={state.view()}
                    layers={*layers}
                    can_undo={state.can_undo()}
                    has_selection={!state.regions().is_empty()}
                    safety_open={*panel == Panel::Safety}
                    list_open={*panel == Panel::List}
                    large={*large}
                    on_action={on_action}
                    on_layer={on_layer}
                    on_safety={on_panel(Panel::Safety)}
                    on_list={on_panel(Panel::List)}
                    on_large={on_large}
                    on_fullscreen={on_fullscreen}
                    on_help={on_help.clone()}
                />
                if *help {
                    <HelpOverlay on_close={on_help} />
                }
                <div class="bm-main">
                    <BodyFigure
                        view={state.view()}
                        mode={options.mode}
                        layers={shown_layers}
                        selected={state.regions().to_vec()}
                        muscle={state.muscle().cloned()}
                        highlight={highlight}
                        zoom_to={(*zoom_region).clone()}
                        on_toggle={on_toggle}
                        on_muscle={on_open.reform(Some)}
                    />
                    <section class="bm-panel" ref={panel_ref} aria-label={ctx.t("panel-label").to_owned()}>
                        { side }
                    </section>
                </div>
                if options.mode == Mode::Patient && !state.regions().is_empty() {
                    <div class="bm-summary">
                        <span>{ live.clone() }</span>
                        <button type="button" class="bm-button bm-button--primary" onclick={see_answer}>
                            { ctx.t("see-answer") }
                        </button>
                    </div>
                }
                <p class="bm-visually-hidden" aria-live="polite">{ live }</p>
            </div>
        </ContextProvider<Ctx>>
    }
}

/// The view to switch to so that `muscle` is drawn: `None` when `current` draws it already.
fn view_drawing(muscle: &MuscleId, current: View) -> Option<View> {
    let drawn = |v: View| {
        crate::geometry::figure(crate::ui::body_figure::geometry_view(v))
            .muscles
            .iter()
            .any(|m| m.id == muscle.as_str())
    };
    if drawn(current) {
        return None;
    }
    [View::Back, View::Front, View::Side]
        .into_iter()
        .find(|&v| drawn(v))
}

/// Where `remember` keeps the marked areas (as a share code).
const REMEMBER_KEY: &str = "body-map:regions";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether a key event comes from a region of the figure (arrows move between regions there).
fn is_in_figure(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.closest(".bm-figure").ok().flatten().is_some())
}

/// Enters or leaves fullscreen with the widget alone on screen.
fn toggle_fullscreen(host: &HtmlElement) {
    let Some(document) = host.owner_document() else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else {
        let _ = host.request_fullscreen();
    }
}

fn live_message(ctx: &Ctx, regions: &[RegionId], count: usize) -> String {
    let Some(last) = regions.last() else {
        return String::new();
    };
    let name = ctx
        .content
        .region(last)
        .map_or(last.as_str(), |r| r.name.get(ctx.lang));
    let key = match (regions.len(), count) {
        (_, 0) => "live-none",
        (1, 1) => "live-one",
        (1, _) => "live-many",
        (_, 1) => "live-one-areas",
        _ => "live-many-areas",
    };
    ctx.fill(
        key,
        &[
            ("count", &count.to_string()),
            ("region", &crate::model::lowercase(name)),
            ("areas", &regions.len().to_string()),
        ],
    )
}

/// Publishes `current` for `state()` and announces what changed with `body-map-change` and
/// `body-map-muscle`, once the render that shows it is in the DOM: in a microtask after this
/// scheduler pass. (An effect could wait for the browser's next frame, when a pass runs long.)
/// The first render announces nothing; several renders in one pass announce once, the last.
fn publish(
    host: &HtmlElement,
    snapshot: &SnapshotCell,
    announced: &Rc<RefCell<Option<Snapshot>>>,
    current: Snapshot,
) {
    if *snapshot.0.borrow() == current && announced.borrow().is_some() {
        return;
    }
    snapshot.0.replace(current);
    if announced.borrow().is_none() {
        *announced.borrow_mut() = Some(snapshot.0.borrow().clone());
        return;
    }
    let (host, snapshot, announced) = (host.clone(), snapshot.clone(), announced.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let current = snapshot.0.borrow().clone();
        let Some(previous) = announced.replace(Some(current.clone())) else {
            return;
        };
        if previous.regions != current.regions {
            events::change(&host, &current);
        }
        if previous.muscle != current.muscle {
            if let Some(id) = &current.muscle {
                events::muscle(&host, id);
            }
        }
    });
}
