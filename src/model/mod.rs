//! The pure model: typed content, validation, the ranking, the selection state, the
//! interface's own state, what the host hears, and the share code. Nothing here knows the
//! browser; everything is tested natively.

mod builtin;
mod content;
mod error;
mod handout;
mod host;
mod ids;
mod json;
mod options;
mod ranking;
mod share;
mod snapshot;
mod sort;
mod spine;
mod state;
mod tape;
mod text;
mod ui_keys;
mod ui_state;
mod validate;

pub use builtin::{install_spanish, spanish_pack, BUILTIN_FILES, ENGLISH_FILES, SPANISH_PACK_ID};
pub use content::{
    Content, Curve, Disc, Evidence, Group, HeadLoad, Level, LevelText, Muscle, RedFlag, Region,
    Safety, SafetySection, Segment, Show, Source, Spine, Topic, TriggerPoint, VertebraNote,
};
pub use error::{ContentError, ErrorKind};
pub use handout::{handout, Handout, HANDOUT_MUSCLES, HANDOUT_SELF_CARE};
pub use host::{HostContent, MuscleOverride, PartialText};
pub use ids::{MuscleId, RedFlagId, RegionId, SegmentId, Side, SourceId, TopicId, View};
pub use json::{parse as parse_json, Json, JsonError, Step};
pub use options::{is_safe_url, BookingTarget, Layer, Layers, Mode, Options, ATTRIBUTES};
pub use ranking::{rank, Match, MatchKind, Ranked};
pub use share::{decode_share, encode_share, ShareError, SHARE_KEY};
pub use snapshot::{PackStatus, Snapshot};
pub use sort::sort_small;
pub use spine::{vertebrae, Vertebra, DISC_COUNT, VERTEBRA_COUNT};
pub use state::{Action, State};
pub use text::{lowercase, spanish_ready, Lang, Text};
pub use ui_keys::UiKey;
pub use ui_state::{Depth, Panel, Tab, UiAction, UiState};

/// `template` with its `{name}` placeholders replaced by their `values`; an unknown or unclosed
/// placeholder is kept as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let found = rest.find('}').and_then(|close| {
            let (_, value) = values.iter().find(|(name, _)| *name == &rest[1..close])?;
            Some((value, close))
        });
        match found {
            Some((value, close)) => {
                out.push_str(value);
                rest = &rest[close + 1..];
            }
            None => {
                out.push('{');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `needle` occurs in `haystack` (a plain byte search, which spares the widget the
/// standard library's substring searcher).
pub fn contains_text(haystack: &str, needle: &str) -> bool {
    needle.is_empty()
        || haystack
            .as_bytes()
            .windows(needle.len())
            .any(|w| w == needle.as_bytes())
}
