use yew::prelude::*;

use super::context::Ctx;
use super::muscle_list::MuscleList;
use super::spine_panel::SpinePanel;
use super::store::{StoreHandle, UiHandle};
use super::topic_view::TopicView;
use crate::model::UiKey;
use crate::model::{Action, MuscleId, SegmentId, Tab, TopicId, UiAction, View};

/// Props of [`ExplorePanel`].
#[derive(Properties, PartialEq)]
pub struct ExplorePanelProps {
    /// The marked areas, the open muscle and topic, the view.
    pub store: StoreHandle,
    /// The interface: the tab, the segment, the head angle.
    pub ui: UiHandle,
    /// The muscle search field, which `/` focuses.
    pub search_ref: NodeRef,
    /// A muscle chosen from the list.
    pub on_open: Callback<MuscleId>,
}

/// Explore mode's panel: the tabs (muscles, spine, topics) and the chosen tab's content.
#[component]
pub fn ExplorePanel(
    ExplorePanelProps {
        store,
        ui,
        search_ref,
        on_open,
    }: &ExplorePanelProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("ExplorePanel needs the Ctx context");
    let on_tab = {
        let (store, ui) = (store.clone(), ui.clone());
        let first_topic = ctx.content.topics.first().map(|t| t.id.clone());
        Callback::from(move |t: Tab| {
            if t == Tab::Topics && store.0.topic().is_none() {
                store.dispatch(Action::OpenTopic(first_topic.clone()));
            }
            ui.dispatch(UiAction::SetTab(t));
        })
    };
    let on_segment = {
        let (store, ui) = (store.clone(), ui.clone());
        Callback::from(move |id: SegmentId| {
            if store.0.view() == View::Front {
                store.dispatch(Action::SetView(View::Back));
            }
            ui.dispatch(UiAction::ShowSegment(id));
        })
    };
    let on_topic = {
        let (store, ui) = (store.clone(), ui.clone());
        Callback::from(move |id: TopicId| {
            ui.dispatch(UiAction::ShowTopic(None));
            store.dispatch(Action::OpenTopic(Some(id)));
        })
    };
    let on_show = {
        let (store, ui, content) = (store.clone(), ui.clone(), ctx.content.clone());
        Callback::from(move |id: TopicId| {
            if let Some(t) = content.topic(&id) {
                store.dispatch(Action::SetView(t.show.view));
                store.dispatch(Action::OpenMuscle(None));
            }
            ui.dispatch(UiAction::ShowTopic(Some(id)));
        })
    };
    let on_angle = {
        let ui = ui.clone();
        Callback::from(move |a: u8| ui.dispatch(UiAction::SetHeadAngle(a)))
    };
    let (tab, muscle, topic) = (&ui.0.tab, store.0.muscle(), store.0.topic());
    let (segment, head_angle) = (&ui.0.segment, &ui.0.head_angle);
    let body = match *tab {
        Tab::Muscles => html! {
            <MuscleList current={muscle.cloned()} on_open={on_open.clone()} search_ref={search_ref.clone()} />
        },
        Tab::Spine => html! {
            <SpinePanel segment={segment.clone()} {on_segment} />
        },
        Tab::Topics => match topic
            .cloned()
            .or_else(|| ctx.content.topics.first().map(|t| t.id.clone()))
        {
            Some(topic) => html! {
                <TopicView {topic} head_angle={*head_angle} {on_topic} {on_show} {on_angle} />
            },
            None => Html::default(),
        },
    };
    html! {
        <>
            <div class="bm-tabs" role="group" aria-label={ctx.t(UiKey::TabsLabel).to_owned()}>
                { for Tab::ALL.iter().map(|&t| html! {
                    <button type="button" class="bm-button bm-tab" aria-pressed={(t == *tab).to_string()}
                        onclick={on_tab.reform(move |_: MouseEvent| t)}>
                        { ctx.t(t.key()) }
                    </button>
                }) }
            </div>
            { body }
        </>
    }
}
