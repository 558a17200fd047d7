//! The widget's state as data, changed only by [`State::apply`].

use super::ids::{MuscleId, RegionId, TopicId, View};

/// The most undo steps kept.
const HISTORY: usize = 50;

/// Something the user (or the host page) did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Mark a region, or unmark it when it is marked.
    Toggle(RegionId),
    /// Replace the marked regions (preselection, share link, host update).
    SetRegions(Vec<RegionId>),
    /// Take back the last change of the marked regions.
    Undo,
    /// Unmark every region.
    Clear,
    /// Show one muscle, or none.
    OpenMuscle(Option<MuscleId>),
    /// Switch the view.
    SetView(View),
    /// Open a topic, or close it.
    OpenTopic(Option<TopicId>),
}

/// The widget's state: what is marked, what is open, what is shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    regions: Vec<RegionId>,
    history: Vec<Vec<RegionId>>,
    muscle: Option<MuscleId>,
    view: View,
    topic: Option<TopicId>,
}

impl State {
    /// A state showing `view` with nothing marked.
    pub fn new(view: View) -> State {
        State {
            view,
            ..State::default()
        }
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::Toggle(region) => {
                next.remember();
                if let Some(i) = next.regions.iter().position(|r| *r == region) {
                    next.regions.remove(i);
                } else {
                    next.regions.push(region);
                }
            }
            Action::SetRegions(regions) => {
                let mut unique: Vec<RegionId> = Vec::with_capacity(regions.len());
                for r in regions {
                    if !unique.contains(&r) {
                        unique.push(r);
                    }
                }
                if unique != next.regions {
                    next.remember();
                    next.regions = unique;
                }
            }
            Action::Undo => {
                if let Some(previous) = next.history.pop() {
                    next.regions = previous;
                }
            }
            Action::Clear => {
                if !next.regions.is_empty() {
                    next.remember();
                    next.regions.clear();
                }
                next.muscle = None;
            }
            Action::OpenMuscle(muscle) => next.muscle = muscle,
            Action::SetView(view) => next.view = view,
            Action::OpenTopic(topic) => next.topic = topic,
        }
        next
    }

    fn remember(&mut self) {
        if self.history.len() == HISTORY {
            self.history.remove(0);
        }
        self.history.push(self.regions.clone());
    }

    /// Marked regions, in the order they were marked.
    pub fn regions(&self) -> &[RegionId] {
        &self.regions
    }

    /// Whether `region` is marked.
    pub fn is_marked(&self, region: &RegionId) -> bool {
        self.regions.contains(region)
    }

    /// Whether there is a change to take back.
    pub fn can_undo(&self) -> bool {
        !self.history.is_empty()
    }

    /// The open muscle.
    pub fn muscle(&self) -> Option<&MuscleId> {
        self.muscle.as_ref()
    }

    /// The current view.
    pub fn view(&self) -> View {
        self.view
    }

    /// The open topic.
    pub fn topic(&self) -> Option<&TopicId> {
        self.topic.as_ref()
    }
}
