//! The public figure: one per view, computed once.

use std::sync::OnceLock;

use super::point::{Point, HEIGHT, WIDTH};
use super::referral::{self, Kind};
use super::{body, details, muscles, poly, regions, spine};
use crate::model::{Side, View};

/// Everything needed to draw one view of the figure, in figure units.
#[derive(Clone, Debug)]
pub struct Figure {
    /// The view drawn.
    pub view: View,
    /// `viewBox` width (the same for every view).
    pub width: f32,
    /// `viewBox` height (the same for every view).
    pub height: f32,
    /// Smooth path data of the body's silhouette (it may have several subpaths).
    pub outline: String,
    /// The silhouette flattened into polygons, for hit tests; a point is on the body when it
    /// lies inside any of them.
    pub outline_polygons: Vec<Vec<Point>>,
    /// Anatomical contour strokes (collarbones, navel, shoulder blades, knee caps...).
    pub details: Vec<String>,
    /// The tappable pain regions of this view (none in the side view). Together they cover
    /// the silhouette without gaps or overlaps.
    pub regions: Vec<RegionShape>,
    /// Muscle shapes with their fibre strokes.
    pub muscles: Vec<MuscleShape>,
    /// Trigger points, as X marks.
    pub trigger_points: Vec<TriggerPointMark>,
    /// Each trigger point's referral zones as drawn in this view, spillover before essential.
    pub referral: Vec<ReferralShape>,
    /// The 33 vertebrae, top to bottom (back and side views).
    pub vertebrae: Vec<VertebraShape>,
    /// Path data of the 23 intervertebral discs, top to bottom (back and side views).
    pub discs: Vec<String>,
    /// The side view's arm (its outline, then its strokes), drawn again over the spine,
    /// which lies behind it; empty in the front and back views.
    pub arm: Vec<String>,
    /// Where to print which side of the body is which.
    pub side_labels: Vec<SideLabel>,
}

/// One tappable pain region.
#[derive(Clone, Debug)]
pub struct RegionShape {
    /// Region id, e.g. `"scapula-left"` (the patient's side) or `"sacrum"`.
    pub id: &'static str,
    /// The patient's side the region belongs to.
    pub side: Side,
    /// Path data of the region (straight edges; its outer edge follows the silhouette).
    pub d: String,
    /// The region as polygons; a point is inside when it lies in an odd number of them.
    pub polygons: Vec<Vec<Point>>,
    /// Centre of the region's area, for labels and focus rings.
    pub centre: Point,
}

/// One muscle on one side.
#[derive(Clone, Debug)]
pub struct MuscleShape {
    /// Muscle id, e.g. `"upper_trapezius"`.
    pub id: &'static str,
    /// The patient's side.
    pub side: Side,
    /// Smooth closed outline of the muscle, from its attachments.
    pub d: String,
    /// Thin strokes inside the shape along the fibre direction.
    pub fibres: String,
    /// The outline flattened, for hit tests.
    pub polygon: Vec<Point>,
    /// Where a label fits, inside the muscle.
    pub label_at: Point,
    /// Whether it lies under other muscles in this view (the iliopsoas seen from behind, the
    /// multifidi under the erector spinae...), drawn as lying under the surface ones.
    pub deep: bool,
}

/// The width and height of a trigger point's X, in figure units.
pub const MARK_SIZE: f32 = 10.0;

/// Path data of a trigger point's X, centred on the origin, [`MARK_SIZE`] across.
pub const MARK_PATH: &str = "M-5,-5L5,5M-5,5L5,-5";

/// How much a trigger point's X is scaled at `zoom` (1 for the whole figure): it grows with
/// the square root of the zoom instead of the zoom itself, so a zoomed-in muscle is not hidden
/// under its marks, and marks that stand apart at the whole figure stay apart.
pub fn mark_scale(zoom: f32) -> f32 {
    1.0 / zoom.max(1.0).sqrt()
}

/// One trigger point, drawn as an X.
#[derive(Clone, Copy, Debug)]
pub struct TriggerPointMark {
    /// The muscle it belongs to.
    pub muscle: &'static str,
    /// Its number within the muscle, from 1.
    pub number: usize,
    /// The patient's side.
    pub side: Side,
    /// Where it lies, inside the muscle's shape.
    pub at: Point,
}

/// One referral zone of one trigger point on one side, drawn as its own outline.
#[derive(Clone, Debug)]
pub struct ReferralShape {
    /// The muscle whose trigger point refers pain here.
    pub muscle: &'static str,
    /// The trigger point's number within the muscle, from 1 (as in [`TriggerPointMark`]).
    pub number: usize,
    /// Essential (solid) or spillover (stippled).
    pub kind: Kind,
    /// The side of the muscle (and of the zone; a zone may reach across the midline where
    /// the content names a region of the other side).
    pub side: Side,
    /// Smooth path data: one closed subpath per band of the zone.
    pub d: String,
    /// The bands flattened, for tests.
    pub polygons: Vec<Vec<Point>>,
}

/// One vertebra.
#[derive(Clone, Debug)]
pub struct VertebraShape {
    /// `"C1"`..`"C7"`, `"T1"`..`"T12"`, `"L1"`..`"L5"`, `"S1"`..`"S5"`, `"Co1"`..`"Co4"`.
    pub label: &'static str,
    /// `"cervical"`, `"thoracic"`, `"lumbar"`, `"sacrum"` or `"coccyx"`.
    pub segment: &'static str,
    /// Path data of its rounded shape.
    pub d: String,
    /// Centre of the shape.
    pub centre: Point,
    /// Whether there is room to print the label next to it.
    pub show_label: bool,
    /// Where to print the label: the start of the text's baseline, for text about 10 units
    /// high with `text-anchor="start"` (its box is about `x..x + 22` by `y - 8..y + 2`).
    /// The labels of one view clear their vertebrae, the spinous processes and each other:
    /// beside the column from behind, just behind the back from the side.
    pub label_at: Point,
}

/// Where to print "Your left" or "Your right".
#[derive(Clone, Copy, Debug)]
pub struct SideLabel {
    /// Which of the patient's sides the label names.
    pub side: Side,
    /// Anchor of the text (its middle).
    pub at: Point,
}

/// The figure for `view`, computed on first use.
pub fn figure(view: View) -> &'static Figure {
    static FIGURES: [OnceLock<Figure>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    FIGURES[index(view)].get_or_init(|| build(view))
}

/// The pain region of `view` under `p`, if any.
pub fn region_at(view: View, p: Point) -> Option<&'static str> {
    static BOXES: [OnceLock<Vec<(Point, Point)>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let f = figure(view);
    let boxes = BOXES[index(view)].get_or_init(|| {
        f.regions
            .iter()
            .map(|r| poly::bounds(r.polygons.iter().flatten().copied()))
            .collect()
    });
    f.regions
        .iter()
        .zip(boxes)
        .find(|(r, (lo, hi))| {
            p.x >= lo.x
                && p.x <= hi.x
                && p.y >= lo.y
                && p.y <= hi.y
                && poly::contains_any(&r.polygons, p)
        })
        .map(|(r, _)| r.id)
}

fn index(view: View) -> usize {
    match view {
        View::Front => 0,
        View::Back => 1,
        View::Side => 2,
    }
}

/// Whether `p` lies inside `polygon` (even-odd rule).
pub fn contains(polygon: &[Point], p: Point) -> bool {
    poly::contains(polygon, p)
}

fn build(view: View) -> Figure {
    let (outline, outline_polygons, arm): (String, Vec<Vec<Point>>, Vec<String>) = match view {
        View::Front | View::Back => {
            let o = body::outline(&body::contour());
            (o.d, vec![o.polygon], Vec::new())
        }
        View::Side => {
            let trunk = body::outline(&body::to_figure(&body::side_profile()));
            // Walked the same way round as the trunk, so the union fills under the nonzero rule.
            let mut arm_points = body::to_figure(&body::side_arm());
            arm_points.reverse();
            let arm = body::outline(&arm_points);
            let over = std::iter::once(arm.d.clone())
                .chain(details::side_arm())
                .collect();
            (
                format!("{} {}", trunk.d, arm.d),
                vec![trunk.polygon, arm.polygon],
                over,
            )
        }
    };
    let regions = regions::regions(view, &outline_polygons[0]);
    let (muscles, trigger_points) = muscles::muscles(view);
    let (vertebrae, discs) = spine::spine(view, &outline_polygons[0]);
    let referral = referral::referral(view);
    Figure {
        view,
        width: WIDTH,
        height: HEIGHT,
        outline,
        outline_polygons,
        details: details::details(view),
        regions,
        muscles,
        trigger_points,
        referral,
        vertebrae,
        discs,
        arm,
        side_labels: side_labels(view),
    }
}

/// "Your left" / "Your right" go in the upper corners, over the side they name; the side
/// view names the side it shows, behind the head.
fn side_labels(view: View) -> Vec<SideLabel> {
    let (viewer_left, viewer_right) = (Point::new(75.0, 95.0), Point::new(WIDTH - 75.0, 95.0));
    match view {
        View::Front => vec![
            SideLabel {
                side: Side::Right,
                at: viewer_left,
            },
            SideLabel {
                side: Side::Left,
                at: viewer_right,
            },
        ],
        View::Back => vec![
            SideLabel {
                side: Side::Left,
                at: viewer_left,
            },
            SideLabel {
                side: Side::Right,
                at: viewer_right,
            },
        ],
        View::Side => vec![SideLabel {
            side: Side::Left,
            at: viewer_right,
        }],
    }
}
