//! The interface's own state (panels, tabs, layers, explore-mode choices), as data changed only
//! by [`UiState::apply`]; Yew's reducer only adapts it.

use super::ids::{RegionId, SegmentId, TopicId};
use super::options::{Layer, Layers};
use super::ui_keys::UiKey;

/// Which side panel is open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    /// The answer: the ranking, or the open muscle.
    #[default]
    Answer,
    /// When to see a doctor.
    Safety,
    /// The list of pain areas.
    List,
}

/// The tabs of explore mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// Muscles: the list and the open muscle.
    #[default]
    Muscles,
    /// The spine, segment by segment.
    Spine,
    /// The topics.
    Topics,
}

impl Tab {
    /// Every tab, in the order shown.
    pub const ALL: [Tab; 3] = [Tab::Muscles, Tab::Spine, Tab::Topics];

    /// The tab's label.
    pub fn key(self) -> UiKey {
        match self {
            Tab::Muscles => UiKey::TabMuscles,
            Tab::Spine => UiKey::TabSpine,
            Tab::Topics => UiKey::TabTopics,
        }
    }
}

/// Which muscles explore mode draws in full: the surface ones, or the deep ones that lie under
/// them (the surface muscles then fade to outlines so the deep ones show through).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Depth {
    /// The muscles seen first, the deep ones hidden unless one is open.
    #[default]
    Surface,
    /// The deep muscles, with the surface ones faded over them.
    Deep,
}

impl Depth {
    /// Both choices, in the order shown.
    pub const ALL: [Depth; 2] = [Depth::Surface, Depth::Deep];

    /// The choice's label.
    pub fn key(self) -> UiKey {
        match self {
            Depth::Surface => UiKey::DepthSurface,
            Depth::Deep => UiKey::DepthDeep,
        }
    }
}

/// Something done to the interface (not to the marked areas: that is [`super::Action`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UiAction {
    /// Open a panel, or close it (back to the answer) when it is open.
    TogglePanel(Panel),
    /// Show the answer panel.
    ShowAnswer,
    /// Switch the explore tab.
    SetTab(Tab),
    /// Switch a layer on or off.
    ToggleLayer(Layer),
    /// Draw the surface or the deep muscles in full (explore mode).
    SetDepth(Depth),
    /// Replace the layers (the host changed `layers`).
    SetLayers(Layers),
    /// Show a spine segment.
    ShowSegment(SegmentId),
    /// Show a topic on the body, or stop showing it.
    ShowTopic(Option<TopicId>),
    /// The forward head angle of the posture topic, in degrees.
    SetHeadAngle(u8),
    /// Open or close the keyboard help.
    ToggleHelp,
    /// Larger type, or back.
    ToggleLarge,
    /// Bring a region into view (picked from the list).
    ZoomTo(Option<RegionId>),
    /// Show a notice, or none.
    Notice(Option<UiKey>),
    /// Escape: close the help, else the open panel. Unchanged state means nothing was open.
    Escape,
}

/// The interface's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UiState {
    /// The open side panel.
    pub panel: Panel,
    /// The explore tab.
    pub tab: Tab,
    /// The layers drawn.
    pub layers: Layers,
    /// Surface or deep muscles in full (explore mode).
    pub depth: Depth,
    /// The spine segment shown in the spine tab.
    pub segment: Option<SegmentId>,
    /// The topic shown on the body.
    pub shown_topic: Option<TopicId>,
    /// The posture topic's head angle, in degrees.
    pub head_angle: u8,
    /// Whether the keyboard help is open.
    pub help: bool,
    /// Whether the type is large.
    pub large: bool,
    /// A region the figure should bring into view.
    pub zoom_region: Option<RegionId>,
    /// A notice to show.
    pub notice: Option<UiKey>,
}

impl UiState {
    /// The interface at start, drawing `layers`.
    pub fn new(layers: Layers) -> UiState {
        UiState {
            layers,
            ..UiState::default()
        }
    }

    /// The state after `action`.
    pub fn apply(&self, action: UiAction) -> UiState {
        let mut next = self.clone();
        match action {
            UiAction::TogglePanel(p) => {
                next.panel = if self.panel == p { Panel::Answer } else { p };
            }
            UiAction::ShowAnswer => next.panel = Panel::Answer,
            UiAction::SetTab(t) => next.tab = t,
            UiAction::ToggleLayer(l) => next.layers = self.layers.toggled(l),
            UiAction::SetLayers(l) => next.layers = l,
            UiAction::SetDepth(d) => next.depth = d,
            UiAction::ShowSegment(s) => next.segment = Some(s),
            UiAction::ShowTopic(t) => next.shown_topic = t,
            UiAction::SetHeadAngle(a) => next.head_angle = a,
            UiAction::ToggleHelp => next.help = !self.help,
            UiAction::ToggleLarge => next.large = !self.large,
            UiAction::ZoomTo(r) => next.zoom_region = r,
            UiAction::Notice(n) => next.notice = n,
            UiAction::Escape => {
                if self.help {
                    next.help = false;
                } else {
                    next.panel = Panel::Answer;
                }
            }
        }
        next
    }
}
