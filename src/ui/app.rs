use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::body_figure::BodyFigure;
use super::context::Ctx;
use super::muscle_detail::MuscleDetail;
use super::region_list::RegionList;
use super::results::Results;
use super::safety_panel::SafetyPanel;
use super::toolbar::Toolbar;
use crate::embed::events;
use crate::model::{
    rank, Action, Layer, Layers, Mode, MuscleId, Options, RegionId, State, View,
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
    let mounted = use_mut_ref(|| false);

    {
        let store = store.clone();
        use_effect_with(options.view, move |view| {
            store.dispatch(Action::SetView(*view))
        });
    }
    {
        let store = store.clone();
        use_effect_with(options.regions.clone(), move |regions| {
            store.dispatch(Action::SetRegions(regions.clone()))
        });
    }
    {
        let store = store.clone();
        use_effect_with(options.muscle.clone(), move |muscle| {
            if muscle.is_some() {
                store.dispatch(Action::OpenMuscle(muscle.clone()));
            }
        });
    }
    {
        let layers = layers.clone();
        use_effect_with(options.layers, move |l| layers.set(*l));
    }

    let state = &store.0;
    let ranked = rank(&ctx.content, state.regions());
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
    {
        let host = host.clone();
        let snapshot = snapshot.clone();
        let mounted = mounted.clone();
        use_effect_with(current, move |current| {
            let previous = snapshot.0.replace(current.clone());
            let first = !*mounted.borrow();
            *mounted.borrow_mut() = true;
            if !first && previous.regions != current.regions {
                events::change(&host, current);
            }
            if !first && previous.muscle != current.muscle {
                if let Some(id) = &current.muscle {
                    events::muscle(&host, id);
                }
            }
        });
    }

    let dispatch = |f: fn(RegionId) -> Action| {
        let store = store.clone();
        Callback::from(move |id: RegionId| store.dispatch(f(id)))
    };
    let on_toggle = dispatch(Action::Toggle);
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

    let side = match (*panel, muscle) {
        (Panel::Safety, _) => html! { <SafetyPanel on_close={on_panel(Panel::Safety)} /> },
        (Panel::List, _) => html! {
            <RegionList selected={state.regions().to_vec()} on_toggle={on_toggle.clone()} on_close={on_panel(Panel::List)} />
        },
        (Panel::Answer, Some(m)) => html! {
            <MuscleDetail muscle={m.id.clone()} mode={options.mode} on_close={on_open.reform(|_| None)} />
        },
        (Panel::Answer, None) => html! {
            <Results selected={state.regions().to_vec()} on_open={on_open.reform(Some)} booking_url={options.booking_url.clone()} />
        },
    };

    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class={classes!("bm", format!("bm--{}", options.mode.as_str()))} lang={ctx.lang.code()}>
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
                    on_action={on_action}
                    on_layer={on_layer}
                    on_safety={on_panel(Panel::Safety)}
                    on_list={on_panel(Panel::List)}
                />
                <div class="bm-main">
                    <BodyFigure
                        view={state.view()}
                        mode={options.mode}
                        layers={shown_layers}
                        selected={state.regions().to_vec()}
                        muscle={state.muscle().cloned()}
                        on_toggle={on_toggle}
                        on_muscle={on_open.reform(Some)}
                    />
                    <section class="bm-panel" aria-label={ctx.t("panel-label").to_owned()}>
                        { side }
                    </section>
                </div>
                <p class="bm-visually-hidden" aria-live="polite">{ live }</p>
            </div>
        </ContextProvider<Ctx>>
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
            ("region", &name.to_lowercase()),
            ("areas", &regions.len().to_string()),
        ],
    )
}
