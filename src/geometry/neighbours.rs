//! Moving between pain regions with the arrow keys: the next region is the nearest one in the
//! key's direction on screen, preferring regions straight ahead over those off to the side.

use super::figure::RegionShape;
use super::point::Point;
use super::poly;

/// A direction on screen, as the arrow keys give it (the viewer's left and right, not the
/// patient's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Towards the viewer's left.
    Left,
    /// Towards the viewer's right.
    Right,
    /// Up the screen.
    Up,
    /// Down the screen.
    Down,
}

impl Direction {
    /// Every direction.
    pub const ALL: [Direction; 4] = [
        Direction::Left,
        Direction::Right,
        Direction::Up,
        Direction::Down,
    ];

    /// The direction of an arrow key's `KeyboardEvent.key` (`"ArrowLeft"` ...); `None` for
    /// any other key.
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }

    /// A unit step in this direction, in figure units (y grows downwards).
    pub fn step(self) -> (f32, f32) {
        match self {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
        }
    }
}

/// How much more a step off to the side costs than a step ahead.
const ACROSS_WEIGHT: f32 = 2.0;

/// Centres closer than this along the direction count as level, not ahead (figure units).
const AHEAD: f32 = 0.5;

/// The region of `regions` to move to from region `from` in `direction`: among those whose
/// centre lies ahead, the one with the least distance ahead plus twice the distance off to the
/// side. `None` when `from` is unknown or nothing lies ahead.
pub fn neighbour(
    regions: &[RegionShape],
    from: &str,
    direction: Direction,
) -> Option<&'static str> {
    let here = regions.iter().find(|r| r.id == from)?.centre;
    let (dx, dy) = direction.step();
    regions
        .iter()
        .filter(|r| r.id != from)
        .filter_map(|r| {
            let (vx, vy) = (r.centre.x - here.x, r.centre.y - here.y);
            let along = vx * dx + vy * dy;
            let across = (vx * dy - vy * dx).abs();
            (along > AHEAD).then_some((along + ACROSS_WEIGHT * across, r.id))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// The regions of `regions` within `radius` figure units of the point `at` (a fingertip's
/// reach), nearest first, with their distance (0 for the region `at` lies in): what a tap at
/// `at` may have meant.
pub fn regions_near(regions: &[RegionShape], at: Point, radius: f32) -> Vec<(&'static str, f32)> {
    let mut near: Vec<_> = regions
        .iter()
        .map(|r| (r.id, poly::distance(&r.polygons, at)))
        .filter(|&(_, d)| d <= radius)
        .collect();
    crate::model::sort_small(&mut near, |a, b| a.1 < b.1);
    near
}
