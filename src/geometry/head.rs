//! The forward-head drawing of the side view: the head's line of pull swung forward from C7,
//! with the upright line for comparison.

use super::figure::Figure;
use super::point::{sin_cos, Point};
use crate::model::View;

/// The lines of the forward-head drawing, in figure units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ForwardHead {
    /// Where both lines start: the centre of C7.
    pub c7: Point,
    /// The end of the upright line.
    pub neutral: Point,
    /// The end of the swung line, where the head's weight is drawn.
    pub tip: Point,
    /// Radius of the weight drawn at the tip: larger as the head leans further.
    pub radius: f32,
    /// `1.0` when the face is on the viewer's right, `-1.0` when on the left.
    pub forward: f32,
}

/// Both lines as long as this many times the distance from C7 to C1.
const LENGTH: f32 = 2.4;

/// The forward-head drawing for a head leaning `angle` degrees forward; `None` outside the
/// side view (or without the vertebrae it hangs from).
pub fn forward_head(fig: &Figure, angle: u8) -> Option<ForwardHead> {
    if fig.view != View::Side {
        return None;
    }
    let centre = |label: &str| Some(fig.vertebrae.iter().find(|v| v.label == label)?.centre);
    let (c7, c1, l5) = (centre("C7")?, centre("C1")?, centre("L5")?);
    // The spine lies at the back of the body: the face is on the side where most of the
    // silhouette is.
    let points = fig
        .outline_polygons
        .iter()
        .map(Vec::len)
        .sum::<usize>()
        .max(1) as f32;
    let mean_x = fig
        .outline_polygons
        .iter()
        .flatten()
        .map(|p| p.x)
        .sum::<f32>()
        / points;
    let forward = if mean_x < l5.x { -1.0 } else { 1.0 };
    let length = c1.dist(c7) * LENGTH;
    let (sin, cos) = sin_cos(f32::from(angle));
    Some(ForwardHead {
        c7,
        neutral: Point::new(c7.x, c7.y - length),
        tip: Point::new(c7.x + forward * length * sin, c7.y - length * cos),
        radius: 9.0 + f32::from(angle) / 6.0,
        forward,
    })
}
