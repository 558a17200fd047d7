use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::prelude::*;

use super::body_figure::{BodyFigure, Highlight};
use super::book_link::Booking;
use super::context::Ctx;
use super::explore_panel::ExplorePanel;
use super::figure_actions::{edit_buttons, figure_actions};
use super::help_overlay::HelpOverlay;
use super::hooks::{use_host_options, use_share_link, use_shortcuts};
use super::muscle_detail::MuscleDetail;
use super::region_list::RegionList;
use super::results::{Answer, Results};
use super::safety_panel::SafetyPanel;
use super::store::Store;
use super::summary_bar::{sentence, SummaryBar};
use super::toolbar::Toolbar;
use crate::model::UiKey;
use crate::model::{
    rank, Action, Depth, Lang, Layer, Layers, Mode, MuscleId, Options, PackStatus, Panel, RegionId,
    Snapshot, State, Tab, UiAction, UiState, View,
};

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Content and the language shown (English while the asked language's texts load).
    pub ctx: Ctx,
    /// Parsed options.
    pub options: Options,
    /// The language the host asked for.
    pub asked: Lang,
    /// Whether the asked language's texts are there.
    pub pack: PackStatus,
    /// Called after every render with what the host hears (`state()`, the events).
    pub on_change: Callback<Snapshot>,
    /// A problem with the host's content, shown as an alert.
    #[prop_or_default]
    pub alert: Option<String>,
}

/// The whole widget: it wires the model's two states to the components.
#[component]
pub fn App(
    AppProps {
        ctx,
        options,
        asked,
        pack,
        on_change,
        alert,
    }: &AppProps,
) -> Html {
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
    let ui = {
        let layers = options.layers;
        use_reducer(move || Store(UiState::new(layers)))
    };
    use_share_link(&store, &ui, &ctx.content, options.remember);
    use_host_options(options, &store, &ui);
    {
        // A muscle is shown in a view where it is drawn.
        let store = store.clone();
        use_effect_with(store.0.muscle().cloned(), move |muscle| {
            if let Some(view) = muscle
                .as_ref()
                .and_then(|id| view_drawing(id, store.0.view()))
            {
                store.dispatch(Action::SetView(view));
            }
        });
    }
    let explore = options.mode == Mode::Explore;
    let search_ref = use_node_ref();
    let onkeydown = use_shortcuts(&store, &ui, &ctx.content, explore, &search_ref);
    let root_ref = use_node_ref();
    let panel_ref = use_node_ref();

    let state = &store.0;
    let u = &ui.0;
    let ranked = rank(&ctx.content, state.regions());
    on_change.emit(Snapshot {
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
    });

    let act = |f: fn(RegionId) -> Action| {
        let store = store.clone();
        Callback::from(move |id: RegionId| store.dispatch(f(id)))
    };
    let on_action = {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    };
    // From the list picker, a region on the other side of the body also turns the figure.
    let on_pick = {
        let (store, ui, content) = (store.clone(), ui.clone(), ctx.content.clone());
        Callback::from(move |id: RegionId| {
            if let Some(region) = content.region(&id) {
                store.dispatch(Action::SetView(region.view));
            }
            if !store.0.is_marked(&id) {
                ui.dispatch(UiAction::ZoomTo(Some(id.clone())));
            }
            store.dispatch(Action::Toggle(id));
        })
    };
    let on_open = {
        let (store, ui) = (store.clone(), ui.clone());
        Callback::from(move |id: Option<MuscleId>| {
            ui.dispatch(UiAction::ShowAnswer);
            store.dispatch(Action::OpenMuscle(id));
        })
    };
    let ui_do = |a: UiAction| {
        let ui = ui.clone();
        Callback::from(move |_: MouseEvent| ui.dispatch(a.clone()))
    };
    let on_layer = {
        let ui = ui.clone();
        Callback::from(move |l: Layer| ui.dispatch(UiAction::ToggleLayer(l)))
    };
    let on_depth = {
        let ui = ui.clone();
        Callback::from(move |d: Depth| ui.dispatch(UiAction::SetDepth(d)))
    };
    let on_fullscreen = {
        let root_ref = root_ref.clone();
        Callback::from(move |_: MouseEvent| toggle_fullscreen(&root_ref))
    };
    let muscle = state.muscle().and_then(|id| ctx.content.muscle(id));
    let shown_layers: Layers = if !explore && muscle.is_some() {
        u.layers.with(Layer::TriggerPoints).with(Layer::Referral)
    } else {
        u.layers
    };
    let highlight = if explore {
        highlight(ctx, u)
    } else {
        Highlight::default()
    };
    let live = live_message(ctx, state.regions(), ranked.len());
    let patient = !explore;
    let booking = Booking {
        url: options.booking_url.clone(),
        target: options.booking_target,
    };
    let side = match (u.panel, muscle) {
        (Panel::Safety, _) => html! {
            <SafetyPanel on_close={ui_do(UiAction::TogglePanel(Panel::Safety))} />
        },
        (Panel::List, _) => html! {
            <RegionList selected={state.regions().to_vec()} on_toggle={on_pick}
                on_close={ui_do(UiAction::TogglePanel(Panel::List))} />
        },
        (Panel::Answer, Some(m)) if !explore || u.tab == Tab::Muscles => html! {
            <MuscleDetail muscle={m.id.clone()} mode={options.mode} on_close={on_open.reform(|_| None)}
                selected={state.regions().to_vec()} booking={booking.clone()} />
        },
        (Panel::Answer, _) if explore => html! {
            <ExplorePanel store={store.clone()} ui={ui.clone()} search_ref={search_ref.clone()} on_open={on_open.reform(Some)} />
        },
        (Panel::Answer, _) => {
            let answers: Vec<Answer> = ranked.iter().map(Answer::from).collect();
            html! {
                <Results selected={state.regions().to_vec()} {answers} on_open={on_open.reform(Some)}
                    booking={booking.clone()} />
            }
        }
    };

    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div ref={root_ref} class={format!("bm bm--{}{}", options.mode.as_str(), if u.large { " bm--large" } else { "" })}
                lang={ctx.lang.code()} {onkeydown}>
                if let Some(key) = u.notice {
                    <p class="bm-notice" role="status">{ ctx.t(key) }</p>
                }
                if *pack != PackStatus::Ready {
                    <p class="bm-notice" role="status" lang={asked.code()}>
                        { ctx.content.ui(if *pack == PackStatus::Failed { UiKey::LangFailed } else { UiKey::LangLoading }.as_str(), *asked) }
                    </p>
                }
                if let Some(message) = alert {
                    <p class="bm-alert" role="alert">{ message }</p>
                }
                <div class="bm-main">
                    <div class="bm-stage">
                        <Toolbar
                            mode={options.mode}
                            view={state.view()}
                            layers={u.layers}
                            safety_open={u.panel == Panel::Safety}
                            large={u.large}
                            on_action={on_action.clone()}
                            on_layer={on_layer}
                            on_safety={ui_do(UiAction::TogglePanel(Panel::Safety))}
                            on_large={ui_do(UiAction::ToggleLarge)}
                            on_fullscreen={on_fullscreen}
                            on_help={ui_do(UiAction::ToggleHelp)}
                        />
                        if u.help {
                            <HelpOverlay on_close={ui_do(UiAction::ToggleHelp)} />
                        }
                        if patient {
                            <p class="bm-instruction">{ ctx.t(UiKey::Instruction) }</p>
                        }
                        <BodyFigure
                            view={state.view()}
                            mode={options.mode}
                            layers={shown_layers}
                            selected={state.regions().to_vec()}
                            muscle={state.muscle().cloned()}
                            highlight={highlight}
                            zoom_to={u.zoom_region.clone()}
                            on_toggle={act(Action::Toggle)}
                            on_muscle={on_open.reform(Some)}
                            depth={u.depth}
                            on_depth={explore.then_some(on_depth)}
                        >
                            if patient {
                                { edit_buttons(ctx, state.can_undo(), !state.regions().is_empty(), &on_action) }
                            }
                        </BodyFigure>
                        if patient {
                            { figure_actions(
                                ctx,
                                (u.panel == Panel::List, &ui_do(UiAction::TogglePanel(Panel::List))),
                                (u.panel == Panel::Safety, &ui_do(UiAction::TogglePanel(Panel::Safety))),
                            ) }
                        }
                        if patient && !state.regions().is_empty() {
                            <SummaryBar selected={state.regions().to_vec()} text={live.clone()} panel={panel_ref.clone()}
                                booking={booking.clone()} />
                        }
                    </div>
                    <section class="bm-panel" ref={panel_ref} aria-label={ctx.t(UiKey::PanelLabel).to_owned()}>
                        { side }
                    </section>
                </div>
                <p class="bm-visually-hidden" aria-live="polite">{ live }</p>
            </div>
        </ContextProvider<Ctx>>
    }
}

/// What explore mode highlights on the figure: a topic's "show on the body", the spine
/// segment of the spine tab, the head angle of the posture topic.
fn highlight(ctx: &Ctx, u: &UiState) -> Highlight {
    let mut highlight = Highlight::default();
    let shown = u.shown_topic.as_ref().and_then(|id| ctx.content.topic(id));
    if let Some(show) = shown.map(|t| &t.show) {
        highlight.muscles = show.muscles.clone();
        highlight.regions = show.regions.clone();
        highlight.segments = show.spine.clone();
    }
    if u.tab == Tab::Spine {
        highlight.segments.extend(u.segment.iter().cloned());
    }
    if shown.is_some_and(|t| t.id.as_str() == "posture-forward-head") {
        highlight.head_angle = Some(u.head_angle);
    }
    highlight
}

/// The view to switch to so that `muscle` is drawn: `None` when `current` draws it already.
fn view_drawing(muscle: &MuscleId, current: View) -> Option<View> {
    let drawn = |v: View| {
        crate::geometry::figure(v)
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

/// Enters or leaves fullscreen with the widget (its host element) alone on screen.
fn toggle_fullscreen(root: &NodeRef) {
    let Some(el) = root.cast::<Element>() else {
        return;
    };
    let host: Option<HtmlElement> = el
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .and_then(|shadow| shadow.host().dyn_into().ok());
    let (Some(host), Some(document)) = (host, el.owner_document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else {
        let _ = host.request_fullscreen();
    }
}

/// What a screen reader hears after a change: the marked areas in one sentence, after a
/// pointer to the warning signs when a marked area has one.
fn live_message(ctx: &Ctx, regions: &[RegionId], count: usize) -> String {
    let answer = sentence(ctx, regions, count);
    // A warning tied to a marked area comes first here too, as it does in the answer.
    if ctx.content.safety.warnings(regions).is_empty() {
        answer
    } else {
        format!("{} {answer}", ctx.t(UiKey::LiveWarning))
    }
}
