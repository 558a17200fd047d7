//! The figure: pure geometry. Numbers and SVG path strings only; the browser shell paints
//! what is computed here.

mod body;
mod details;
mod figure;
mod gesture;
mod head;
mod muscles;
mod neighbours;
pub mod path;
mod point;
mod poly;
mod referral;
mod regions;
mod spine;
mod viewport;

pub use figure::{
    contains, figure, mark_scale, region_at, Figure, MuscleShape, ReferralShape, RegionShape,
    SideLabel, TriggerPointMark, VertebraShape, MARK_PATH, MARK_SIZE,
};
pub use gesture::{pinch, Gesture, DRAG_DISTANCE};
pub use head::{forward_head, ForwardHead};
pub use muscles::unseen_trigger_points;
pub use neighbours::{neighbour, regions_near, Direction};
pub use point::{sin_cos, within, Point, HEIGHT, MID, WIDTH};
pub use referral::{drawn_zones, Kind as ReferralKind};
// The model's own view and side: every figure is drawn for a view and every shape has a side.
pub use crate::model::{Side, View};
pub use viewport::{
    muscle_view, region_view, ScreenBox, Viewport, FIT_MARGIN, HOME, HOME_SCALE, MAX_ZOOM, NARROW,
};
