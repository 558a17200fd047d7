//! The pure model: typed content, validation, the ranking, the selection state and the share
//! code. Nothing here knows the browser; everything is tested natively.

mod content;
mod error;
mod host;
mod ids;
mod json;
mod options;
mod ranking;
mod share;
mod spine;
mod state;
mod tape;
mod text;
mod ui_keys;
mod validate;

pub use content::{
    Content, Curve, Disc, Evidence, Group, HeadLoad, Muscle, Region, Safety, SafetySection,
    Segment, Show, Source, Spine, Topic, TriggerPoint, VertebraNote, BUILTIN_FILES, ENGLISH_FILES,
};
pub use error::{ContentError, ErrorKind};
pub use host::{HostContent, MuscleOverride, PartialText};
pub use ids::{MuscleId, RegionId, SegmentId, Side, SourceId, TopicId, View};
pub use json::{parse as parse_json, Json, JsonError, Step};
pub use options::{is_safe_url, Layer, Layers, Mode, Options, ATTRIBUTES};
pub use ranking::{rank, Match, MatchKind, Ranked};
pub use share::{decode_share, encode_share, ShareError, SHARE_KEY};
pub use spine::{vertebrae, Vertebra, DISC_COUNT, VERTEBRA_COUNT};
pub use state::{Action, State};
pub use text::{
    install_spanish, lowercase, spanish_pack, spanish_ready, Lang, Text, SPANISH_PACK_ID,
};
pub use ui_keys::UI_KEYS;
