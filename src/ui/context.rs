use std::rc::Rc;

use crate::model::{Content, Evidence, Group, Lang, Layer, UiKey, View};

/// What every component reads: the validated content and the language.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// Built-in content, with the host's additions when it gave any.
    pub content: Rc<Content>,
    /// The language shown.
    pub lang: Lang,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.content, &other.content) && self.lang == other.lang
    }
}

impl Ctx {
    /// An interface string from `ui.json`.
    pub fn t(&self, key: UiKey) -> &str {
        self.content.ui(key.as_str(), self.lang)
    }

    /// An interface string with `{name}` placeholders filled in; an unknown placeholder is
    /// kept as it is.
    pub fn fill(&self, key: UiKey, values: &[(&str, &str)]) -> String {
        crate::model::fill(self.t(key), values)
    }
}

/// The label of a view.
pub fn view_label(view: View) -> UiKey {
    match view {
        View::Front => UiKey::ViewFront,
        View::Back => UiKey::ViewBack,
        View::Side => UiKey::ViewSide,
    }
}

/// The label of a layer switch.
pub fn layer_label(layer: Layer) -> UiKey {
    match layer {
        Layer::Regions => UiKey::LayerRegions,
        Layer::Spine => UiKey::LayerSpine,
        Layer::Muscles => UiKey::LayerMuscles,
        Layer::TriggerPoints => UiKey::LayerTriggerPoints,
        Layer::Referral => UiKey::LayerReferral,
    }
}

/// The heading of a muscle group.
pub fn group_label(group: Group) -> UiKey {
    match group {
        Group::Neck => UiKey::GroupNeck,
        Group::UpperBack => UiKey::GroupUpperBack,
        Group::LowBackHips => UiKey::GroupLowBackHips,
    }
}

/// The label of an evidence strength.
pub fn evidence_label(evidence: Evidence) -> UiKey {
    match evidence {
        Evidence::Strong => UiKey::EvidenceStrong,
        Evidence::Moderate => UiKey::EvidenceModerate,
        Evidence::Limited => UiKey::EvidenceLimited,
        Evidence::Disputed => UiKey::EvidenceDisputed,
    }
}
