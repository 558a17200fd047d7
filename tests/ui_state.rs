//! The interface's own state: panels, tabs, layers, help, large type, notices.

use body_map::model::{
    Depth, Layer, Layers, Mode, Panel, RegionId, SegmentId, Tab, TopicId, UiAction, UiKey, UiState,
};

fn start() -> UiState {
    UiState::new(Layers::default_for(Mode::Patient))
}

#[test]
fn starts_on_the_answer_with_the_given_layers() {
    let ui = start();
    assert_eq!(ui.panel, Panel::Answer);
    assert_eq!(ui.tab, Tab::Muscles);
    assert_eq!(ui.layers, Layers::default_for(Mode::Patient));
    assert!(!ui.help && !ui.large && ui.notice.is_none() && ui.zoom_region.is_none());
}

#[test]
fn a_panel_button_opens_its_panel_and_closes_it_again() {
    let ui = start().apply(UiAction::TogglePanel(Panel::Safety));
    assert_eq!(ui.panel, Panel::Safety);
    let ui = ui.apply(UiAction::TogglePanel(Panel::List));
    assert_eq!(ui.panel, Panel::List, "another panel replaces it");
    assert_eq!(
        ui.apply(UiAction::TogglePanel(Panel::List)).panel,
        Panel::Answer
    );
    assert_eq!(ui.apply(UiAction::ShowAnswer).panel, Panel::Answer);
}

#[test]
fn escape_closes_the_help_first_then_the_panel_then_nothing() {
    let ui = start()
        .apply(UiAction::TogglePanel(Panel::Safety))
        .apply(UiAction::ToggleHelp);
    let once = ui.apply(UiAction::Escape);
    assert!(!once.help);
    assert_eq!(
        once.panel,
        Panel::Safety,
        "the panel stays while the help closes"
    );
    let twice = once.apply(UiAction::Escape);
    assert_eq!(twice.panel, Panel::Answer);
    assert_eq!(
        twice.apply(UiAction::Escape),
        twice,
        "nothing left to close: unchanged"
    );
}

#[test]
fn layers_switch_one_at_a_time_or_all_at_once() {
    let ui = start().apply(UiAction::ToggleLayer(Layer::Muscles));
    assert!(ui.layers.has(Layer::Muscles));
    assert!(!ui
        .apply(UiAction::ToggleLayer(Layer::Muscles))
        .layers
        .has(Layer::Muscles));
    assert_eq!(
        ui.apply(UiAction::SetLayers(Layers::NONE)).layers,
        Layers::NONE
    );
}

#[test]
fn explore_choices_are_kept() {
    let topic = TopicId::new("posture-forward-head");
    let ui = start()
        .apply(UiAction::SetTab(Tab::Spine))
        .apply(UiAction::ShowSegment(SegmentId::new("C7")))
        .apply(UiAction::ShowTopic(Some(topic.clone())))
        .apply(UiAction::SetHeadAngle(45))
        .apply(UiAction::ToggleLarge)
        .apply(UiAction::ZoomTo(Some(RegionId::new("neck-angle-left"))))
        .apply(UiAction::Notice(Some(UiKey::ShareRestored)));
    assert_eq!(ui.tab, Tab::Spine);
    assert_eq!(ui.segment, Some(SegmentId::new("C7")));
    assert_eq!(ui.shown_topic, Some(topic));
    assert_eq!(ui.head_angle, 45);
    assert!(ui.large);
    assert_eq!(ui.zoom_region, Some(RegionId::new("neck-angle-left")));
    assert_eq!(ui.notice, Some(UiKey::ShareRestored));
    assert!(!ui.apply(UiAction::ToggleLarge).large);
    assert_eq!(ui.apply(UiAction::ShowTopic(None)).shown_topic, None);
}

#[test]
fn tabs_have_their_labels() {
    assert_eq!(
        Tab::ALL.map(|t| t.key().as_str()),
        ["tab-muscles", "tab-spine", "tab-topics"]
    );
}

#[test]
fn explore_starts_on_the_surface_muscles_and_switches_to_the_deep_ones() {
    let s = start();
    assert_eq!(s.depth, Depth::Surface);
    let deep = s.apply(UiAction::SetDepth(Depth::Deep));
    assert_eq!(deep.depth, Depth::Deep);
    assert_eq!(deep.layers, s.layers, "the layers stay as they were");
    assert_eq!(deep.apply(UiAction::SetDepth(Depth::Surface)), s);
    assert_eq!(
        Depth::ALL.map(Depth::key),
        [UiKey::DepthSurface, UiKey::DepthDeep]
    );
}
