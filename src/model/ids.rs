use std::fmt;

use serde::Deserialize;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps an id; whether it exists is checked against the content, not here.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as written in content and in the DOM.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

typed_id!(
    /// A muscle, e.g. `levator_scapulae` (public API: never renamed).
    MuscleId
);
typed_id!(
    /// A pain region, e.g. `neck-angle-left` (the patient's own side) or `sacrum`.
    RegionId
);
typed_id!(
    /// A bibliographic source in `sources.json`.
    SourceId
);
typed_id!(
    /// An explanation topic, e.g. `posture-forward-head`.
    TopicId
);
typed_id!(
    /// A red flag (warning sign) in `safety.json`, e.g. `chest-heart`.
    RedFlagId
);
typed_id!(
    /// A spine segment: `cervical`, `thoracic`, `lumbar`, `sacrum` or `coccyx`.
    SegmentId
);

impl RegionId {
    /// The same region on the patient's other side; midline regions are their own mirror.
    pub fn mirrored(&self) -> RegionId {
        if let Some(area) = self.0.strip_suffix("-left") {
            RegionId(format!("{area}-right"))
        } else if let Some(area) = self.0.strip_suffix("-right") {
            RegionId(format!("{area}-left"))
        } else {
            self.clone()
        }
    }
}

/// A view of the figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    /// Seen from the front: the patient's left is on the viewer's right.
    #[default]
    Front,
    /// Seen from behind: the patient's left is on the viewer's left.
    Back,
    /// Seen from the side, showing the spine's curves.
    Side,
}

impl View {
    /// Every view, in the order the view switch lists them.
    pub const ALL: [View; 3] = [View::Front, View::Back, View::Side];

    /// The attribute value and CSS modifier.
    pub fn as_str(self) -> &'static str {
        match self {
            View::Front => "front",
            View::Back => "back",
            View::Side => "side",
        }
    }

    /// Reads a `view` attribute value.
    pub fn parse(value: &str) -> Option<View> {
        View::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(value.trim()))
    }
}

/// The patient's side of a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The patient's own left.
    Left,
    /// The patient's own right.
    Right,
    /// On the midline.
    Mid,
}
