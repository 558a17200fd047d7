//! The figure: pure geometry. Numbers and SVG path strings only; the browser shell paints
//! what is computed here.

mod body;
mod details;
mod figure;
mod muscles;
pub mod path;
mod point;
mod poly;
mod regions;
mod spine;

pub use figure::{
    contains, figure, region_at, Figure, MuscleShape, RegionShape, Side, SideLabel,
    TriggerPointMark, VertebraShape, View,
};
pub use point::{sin_cos, within, Point, HEIGHT, MID, WIDTH};
