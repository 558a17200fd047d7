//! The spine: 33 vertebrae and the 23 discs between C2 and S1.
//!
//! Each vertebra has a relative height and width; the column is scaled to run from the
//! skull base to the coccyx tip. From behind it is straight on the midline. From the side it
//! follows the four curves: cervical lordosis, thoracic kyphosis, lumbar lordosis and the
//! sacral curve; each body is turned along the curve and carries its spinous process
//! behind it (the figure faces the viewer's left, so behind is towards +x).

use super::figure::VertebraShape;
use super::path;
use super::point::{within, Point, HEAD};
use crate::model::View;

/// Label, segment, relative height, width from behind (heads), depth from the side (heads).
const VERTEBRAE: [(&str, &str, f32, f32, f32); 33] = [
    ("C1", "cervical", 5.0, 0.3, 0.07),
    ("C2", "cervical", 8.0, 0.2, 0.075),
    ("C3", "cervical", 6.0, 0.19, 0.075),
    ("C4", "cervical", 6.2, 0.195, 0.078),
    ("C5", "cervical", 6.4, 0.2, 0.08),
    ("C6", "cervical", 6.6, 0.205, 0.082),
    ("C7", "cervical", 7.0, 0.23, 0.085),
    ("T1", "thoracic", 8.0, 0.24, 0.09),
    ("T2", "thoracic", 8.4, 0.215, 0.095),
    ("T3", "thoracic", 8.7, 0.205, 0.1),
    ("T4", "thoracic", 9.0, 0.2, 0.105),
    ("T5", "thoracic", 9.3, 0.2, 0.11),
    ("T6", "thoracic", 9.6, 0.2, 0.112),
    ("T7", "thoracic", 9.9, 0.2, 0.115),
    ("T8", "thoracic", 10.2, 0.2, 0.118),
    ("T9", "thoracic", 10.6, 0.205, 0.12),
    ("T10", "thoracic", 11.0, 0.21, 0.125),
    ("T11", "thoracic", 11.5, 0.215, 0.13),
    ("T12", "thoracic", 12.0, 0.22, 0.135),
    ("L1", "lumbar", 13.0, 0.27, 0.145),
    ("L2", "lumbar", 13.5, 0.3, 0.15),
    ("L3", "lumbar", 14.0, 0.34, 0.155),
    ("L4", "lumbar", 14.0, 0.33, 0.155),
    ("L5", "lumbar", 13.5, 0.35, 0.155),
    ("S1", "sacrum", 12.0, 0.42, 0.17),
    ("S2", "sacrum", 10.0, 0.36, 0.14),
    ("S3", "sacrum", 8.0, 0.29, 0.11),
    ("S4", "sacrum", 7.0, 0.22, 0.085),
    ("S5", "sacrum", 6.0, 0.15, 0.065),
    ("Co1", "coccyx", 4.0, 0.1, 0.05),
    ("Co2", "coccyx", 3.0, 0.075, 0.042),
    ("Co3", "coccyx", 2.5, 0.06, 0.035),
    ("Co4", "coccyx", 2.0, 0.045, 0.03),
];

/// Relative gap below vertebra `i` (a disc from C2 down to L5; bone-to-bone elsewhere).
fn gap_below(i: usize) -> f32 {
    match VERTEBRAE[i].0 {
        "C1" => 0.6,
        "C2" | "C3" | "C4" | "C5" | "C6" | "C7" => 2.0,
        "L1" | "L2" | "L3" | "L4" | "L5" => 4.0,
        label if label.starts_with('T') => 2.2,
        "S5" => 1.0,
        label if label.starts_with("Co") => 0.7,
        _ => 0.0,
    }
}

/// Whether a disc lies below vertebra `i` (C2–C3 down to L5–S1).
fn disc_below(i: usize) -> bool {
    (1..24).contains(&i)
}

/// Labels printed in each view.
fn labelled(view: View, label: &str) -> bool {
    match view {
        View::Side => [
            "C1", "C4", "C7", "T1", "T4", "T8", "T12", "L1", "L3", "L5", "S1", "Co1",
        ]
        .contains(&label),
        _ => ["C1", "C7", "T1", "T12", "L1", "L5", "S1", "Co1"].contains(&label),
    }
}

/// The top of C1 and the tip of the coccyx (head units below the crown), back view.
const BACK_SPAN: (f32, f32) = (0.74, 3.79);

/// The side-view curve through the vertebral bodies (`p`, `v` in head units).
const SIDE_CURVE: &[(f32, f32)] = &[
    (0.06, 0.735),
    (0.02, 0.86),
    (-0.01, 1.0),
    (0.01, 1.15),
    (0.075, 1.3),
    (0.155, 1.55),
    (0.215, 1.85),
    (0.2, 2.15),
    (0.135, 2.42),
    (0.045, 2.66),
    (0.015, 2.86),
    (0.045, 3.06),
    (0.1, 3.2),
    // The lumbosacral angle: the sacrum turns back from L5, tilted about 45 degrees, and
    // the coccyx curls down and forward under it.
    (0.165, 3.265),
    (0.26, 3.315),
    (0.345, 3.39),
    (0.4, 3.49),
    (0.4, 3.6),
    (0.36, 3.69),
];

/// Positions along the column: for each vertebra its start and end as fractions of the
/// whole length.
fn layout() -> Vec<(f32, f32)> {
    let total: f32 = (0..33)
        .map(|i| VERTEBRAE[i].2 + if i < 32 { gap_below(i) } else { 0.0 })
        .sum();
    let mut at = 0.0;
    (0..33)
        .map(|i| {
            let start = at / total;
            at += VERTEBRAE[i].2;
            let end = at / total;
            at += gap_below(i);
            (start, end)
        })
        .collect()
}

/// A polyline measured by length.
struct Measured {
    points: Vec<Point>,
    lengths: Vec<f32>,
}

impl Measured {
    fn new(points: Vec<Point>) -> Self {
        let mut lengths = vec![0.0];
        for w in points.windows(2) {
            lengths.push(lengths[lengths.len() - 1] + w[0].dist(w[1]));
        }
        Self { points, lengths }
    }

    /// The point and the unit direction at fraction `f` of the length.
    fn at(&self, f: f32) -> (Point, Point) {
        let total = self.lengths[self.lengths.len() - 1];
        let want = within(f, 0.0, 1.0) * total;
        let k = self
            .lengths
            .partition_point(|&l| l < want)
            .clamp(1, self.points.len() - 1);
        let (l0, l1) = (self.lengths[k - 1], self.lengths[k]);
        let t = if l1 > l0 {
            (want - l0) / (l1 - l0)
        } else {
            0.0
        };
        let (a, b) = (self.points[k - 1], self.points[k]);
        (a.lerp(b, t), (b - a).unit())
    }
}

/// The column's centre line for `view`, in figure units.
fn centre_line(view: View) -> Measured {
    match view {
        View::Side => {
            let pts: Vec<Point> = SIDE_CURVE
                .iter()
                .map(|&(p, v)| Point::heads(p, v))
                .collect();
            Measured::new(path::smooth_points(&pts, false, 24))
        }
        _ => Measured::new(vec![
            Point::heads(0.0, BACK_SPAN.0),
            Point::heads(0.0, BACK_SPAN.1),
        ]),
    }
}

/// A point in a vertebra's own frame: `a` along the column (down), `b` across it (behind,
/// or to the viewer's right from the back), both in figure units.
fn local(c: Point, along: Point, a: f32, b: f32) -> Point {
    // `along` points down the column; its quarter turn points forward in the side view
    // (towards -x when the column runs down), so behind is the opposite.
    let across = Point::new(-along.perp().x, -along.perp().y);
    c + along * a + across * b
}

/// The vertebrae and discs for `view` (empty for the front view); `body` is the outline of
/// the trunk, so side-view labels can sit just behind the back.
pub(crate) fn spine(view: View, body: &[Point]) -> (Vec<VertebraShape>, Vec<String>) {
    if view == View::Front {
        return (Vec::new(), Vec::new());
    }
    let line = centre_line(view);
    let spans = layout();
    let mut shapes = Vec::with_capacity(33);
    // Per vertebra: centre, direction, half height (figure units).
    let mut frames = Vec::with_capacity(33);
    // Per vertebra: the points of its curves, control points included (they enclose it).
    let mut hulls: Vec<Vec<Point>> = Vec::with_capacity(33);
    for (i, &(start, end)) in spans.iter().enumerate() {
        let (label, segment, _, width, depth) = VERTEBRAE[i];
        let (c, along) = line.at((start + end) / 2.0);
        let (top, _) = line.at(start);
        let (bottom, _) = line.at(end);
        let half = top.dist(bottom) / 2.0;
        frames.push((c, along, half));
        let outline = if view == View::Side {
            side_shape(c, along, half, depth * HEAD / 2.0, segment, label)
        } else {
            back_shape(c, along, half, width * HEAD / 2.0, segment, label)
        };
        let curves = path::curves(&outline, true);
        hulls.push(
            curves
                .iter()
                .flat_map(|s| [s.from, s.c1, s.c2, s.to])
                .collect::<Vec<_>>(),
        );
        shapes.push(VertebraShape {
            label,
            segment,
            d: path::cubic_path(&curves, true),
            centre: c,
            show_label: labelled(view, label),
            label_at: c,
        });
    }
    fuse_sacrum(view, &mut shapes, &mut hulls, &frames);
    place_labels(view, &mut shapes, &hulls, body);
    let mut discs = Vec::with_capacity(23);
    for i in 0..32 {
        if !disc_below(i) {
            continue;
        }
        let (c0, a0, h0) = frames[i];
        let (c1, a1, h1) = frames[i + 1];
        let d = if view == View::Side {
            let (w0, w1) = (VERTEBRAE[i].4 * HEAD / 2.0, VERTEBRAE[i + 1].4 * HEAD / 2.0);
            // Below L5 the disc meets its slanted lower face.
            let h0_back = if VERTEBRAE[i].0 == "L5" {
                L5_BACK * h0
            } else {
                h0
            };
            let pts = [
                local(c0, a0, h0 - 0.3, -w0 * 0.92),
                local(c0, a0, h0_back - 0.3, w0 * 0.92),
                local(c1, a1, -h1 + 0.3, w1 * 0.92),
                local(c1, a1, -h1 + 0.3, -w1 * 0.92),
            ];
            path::smooth(&pts, true)
        } else {
            let w = VERTEBRAE[i].3.min(VERTEBRAE[i + 1].3) * HEAD * 0.3;
            let (y0, y1) = (c0.y + h0 - 0.2, c1.y - h1 + 0.2);
            let x = c0.x;
            let pts = [
                Point::new(x - w, y0),
                Point::new(x + w, y0),
                Point::new(x + w * 1.04, (y0 + y1) / 2.0),
                Point::new(x + w, y1),
                Point::new(x - w, y1),
                Point::new(x - w * 1.04, (y0 + y1) / 2.0),
            ];
            path::smooth(&pts, true)
        };
        discs.push(d);
    }
    (shapes, discs)
}

/// A vertebra seen from behind: body with transverse processes and the spinous process
/// pointing down; sacral pieces are slices of one tapering triangle. The atlas (C1) is a ring
/// with wide transverse processes and no spinous process, the axis (C2) has a big forked one,
/// and C7 the long one that can be felt at the base of the neck.
fn back_shape(c: Point, along: Point, half: f32, w: f32, segment: &str, label: &str) -> Vec<Point> {
    let p = |a: f32, b: f32| local(c, along, a * half, b * w);
    match (segment, label) {
        (_, "C1") => vec![
            p(-1.0, -0.35),
            p(-1.0, 0.35),
            p(-0.5, 0.62),
            p(-0.3, 1.15),
            p(0.3, 1.15),
            p(0.5, 0.62),
            p(1.0, 0.3),
            p(1.15, 0.0),
            p(1.0, -0.3),
            p(0.5, -0.62),
            p(0.3, -1.15),
            p(-0.3, -1.15),
            p(-0.5, -0.62),
        ],
        (_, "C2") => arch(
            &p,
            0.9,
            &[
                (1.0, 0.4),
                (1.7, 0.3),
                (1.45, 0.0),
                (1.7, -0.3),
                (1.0, -0.4),
            ],
        ),
        (_, "C7") => arch(&p, 1.0, &[(1.0, 0.3), (1.9, 0.1), (1.9, -0.1), (1.0, -0.3)]),
        ("sacrum", _) => {
            // Each slice tapers like the whole bone; its lower width is the next one's upper.
            let lower = w * 0.84;
            vec![
                local(c, along, -half, -w),
                local(c, along, -half, w),
                local(c, along, half, lower),
                local(c, along, half, -lower),
            ]
        }
        ("coccyx", _) => vec![
            p(-1.0, -0.8),
            p(-1.0, 0.8),
            p(0.2, 1.0),
            p(1.0, 0.5),
            p(1.0, -0.5),
            p(0.2, -1.0),
        ],
        _ => arch(&p, 1.0, &[(1.0, 0.28), (1.45, 0.0), (1.0, -0.28)]),
    }
}

/// A vertebra from behind in its own units (`p(along, across)`): the body, transverse
/// processes reaching `wing` across, and the spinous process through `tip`, walked from the
/// viewer's right to the left.
fn arch(p: &impl Fn(f32, f32) -> Point, wing: f32, tip: &[(f32, f32)]) -> Vec<Point> {
    let mut out = vec![
        p(-1.0, -0.32),
        p(-1.0, 0.32),
        p(-0.55, 0.5),
        p(-0.45, wing),
        p(0.15, wing),
        p(0.35, 0.45),
    ];
    out.extend(tip.iter().map(|&(a, b)| p(a, b)));
    out.extend([
        p(0.35, -0.45),
        p(0.15, -wing),
        p(-0.45, -wing),
        p(-0.55, -0.5),
    ]);
    out
}

/// The bottom of L5's body at the back, as a fraction of its half height below its centre
/// (1 at the front): L5 is a wedge, taller at the front, so its lower face turns to meet
/// the sacrum tilted back below it (the lumbosacral angle). Drawn a quarter shorter at the
/// back, so the wedge reads at phone size.
const L5_BACK: f32 = 0.5;

/// A vertebra from the side: the body (front) and, behind it, the arch with the spinous
/// process, longer and steeper in the chest, short and level in the low back; L5's body is
/// a wedge.
fn side_shape(c: Point, along: Point, half: f32, d: f32, segment: &str, label: &str) -> Vec<Point> {
    let p = |a: f32, b: f32| local(c, along, a, b);
    match segment {
        // Fused: each slice narrows to the next one's depth, so the pieces make one wedge.
        "sacrum" => vec![
            p(-half - 0.6, -d),
            p(-half - 0.6, d * 1.35),
            p(half + 0.6, d * 1.1),
            p(half + 0.6, -d * 0.8),
        ],
        "coccyx" => vec![
            p(-half, -d),
            p(-half, d),
            p(half, d * 0.8),
            p(half, -d * 0.8),
        ],
        _ => {
            let (len, drop) = match segment {
                "cervical" if label == "C7" => (0.17 * HEAD, 0.5 * half),
                "cervical" => (0.11 * HEAD, 0.4 * half),
                "thoracic" => (0.15 * HEAD, 1.4 * half),
                _ => (0.13 * HEAD, 0.35 * half),
            };
            // Where the back of the body ends below: L5 is a wedge, taller at the front.
            let back = if label == "L5" { L5_BACK * half } else { half };
            vec![
                p(-half, -d),
                p(-half, d),
                p(-half * 0.85, d + 0.25 * len),
                p(-half * 0.2 + drop * 0.5, d + 0.7 * len),
                p(drop, d + len),
                p(half * 0.5 + drop * 0.6, d + 0.75 * len),
                p(half * 0.45, d + 0.3 * len),
                p(back, d),
                p(half, -d),
            ]
        }
    }
}

/// The five sacral pieces are one bone: S1 carries the outline of the whole of it, S2-S5
/// what shows of their fusion. From the side it is a wedge, deep at its base, which tilts
/// back from L5, thin at the apex, with ridges where the pieces fused; from behind a
/// triangle with the pairs of openings (foramina) down either side.
fn fuse_sacrum(
    view: View,
    shapes: &mut [VertebraShape],
    hulls: &mut [Vec<Point>],
    frames: &[(Point, Point, f32)],
) {
    // Each piece's closed outlines, drawn and kept (with their control points) for the labels.
    let mut set = |i: usize, outlines: &[Vec<Point>]| {
        let curves: Vec<_> = outlines.iter().map(|o| path::curves(o, true)).collect();
        shapes[i].d = curves
            .iter()
            .map(|c| path::cubic_path(c, true))
            .collect::<Vec<_>>()
            .join(" ");
        hulls[i] = curves
            .iter()
            .flatten()
            .flat_map(|s| [s.from, s.c1, s.c2, s.to])
            .collect();
    };
    let sacrum: Vec<usize> = (0..VERTEBRAE.len())
        .filter(|&i| VERTEBRAE[i].1 == "sacrum")
        .collect();
    let side = view == View::Side;
    // Half the thickness across the column: depth from the side, width from behind.
    let across = |i: usize| if side { VERTEBRAE[i].4 } else { VERTEBRAE[i].3 } * HEAD / 2.0;
    let (mut front, mut back) = (Vec::new(), Vec::new());
    // From the side the base reaches forward to the promontory, under the front of L5.
    for (&i, reach) in sacrum.iter().zip([1.4, 1.15, 1.0, 1.0, 1.0]) {
        let (c, along, half) = frames[i];
        let w = across(i);
        let (f, b) = if side { (reach, 1.3) } else { (1.0, 1.0) };
        front.push(local(c, along, -half, -w * f));
        back.push(local(c, along, -half, w * b));
    }
    let &last = sacrum.last().expect("the sacrum has five pieces");
    let (c, along, half) = frames[last];
    let w = across(last);
    let (f, b) = if side { (0.7, 0.9) } else { (0.84, 0.84) };
    front.push(local(c, along, half, -w * f));
    back.push(local(c, along, half, w * b));
    front.extend(back.into_iter().rev());
    set(sacrum[0], &[front]);
    for &i in &sacrum[1..] {
        let (c, along, half) = frames[i];
        let w = across(i);
        let p = |a: f32, b: f32| local(c, along, a, b);
        let outlines = if side {
            vec![vec![
                p(-half, -w * 0.75),
                p(-half - 0.35, w * 0.2),
                p(-half, w * 1.1),
                p(-half + 0.35, w * 0.2),
            ]]
        } else {
            [-1.0f32, 1.0]
                .iter()
                .map(|&s| {
                    let o = s * w * 0.5;
                    vec![
                        p(-half - 1.2, o),
                        p(-half, o + s * 1.6),
                        p(-half + 1.2, o),
                        p(-half, o - s * 1.6),
                    ]
                })
                .collect()
        };
        set(i, &outlines);
    }
}

/// Height of a label's text box, in figure units (text about 10 units high).
const LABEL_HEIGHT: f32 = 10.0;
/// The text's baseline lies this far below the middle of its capitals.
const BASELINE: f32 = 3.6;
/// The box reaches this far above the baseline (the rest lies below it).
const ASCENT: f32 = 8.0;
/// Clear space between a label and what it must not touch.
const GAP: f32 = 4.0;
/// Clear space between a side-view label and the back's outline (drawn with a wider stroke).
const SKIN_GAP: f32 = 6.0;

/// Places the printed labels: level with their vertebrae where they fit, nudged apart
/// vertically where neighbours would overlap (keeping their order and mean height), then
/// moved out sideways until they clear every vertebra (from behind) or the back itself (from
/// the side, where the spinous processes leave no room inside the body).
fn place_labels(view: View, shapes: &mut [VertebraShape], hulls: &[Vec<Point>], body: &[Point]) {
    let shown: Vec<usize> = (0..shapes.len())
        .filter(|&i| shapes[i].show_label)
        .collect();
    let wanted: Vec<f32> = shown
        .iter()
        .map(|&i| shapes[i].centre.y + BASELINE)
        .collect();
    let ys = spread(&wanted, LABEL_HEIGHT + 1.0);
    for (&i, &y) in shown.iter().zip(&ys) {
        let (top, bottom) = (y - ASCENT - GAP, y + LABEL_HEIGHT - ASCENT + GAP);
        let in_band = |p: &&Point| p.y >= top && p.y <= bottom;
        // A bone reaching into the band is cleared whole (the fused sacrum is one wide piece).
        let bone = hulls
            .iter()
            .filter(|h| h.iter().any(|p| in_band(&p)))
            .flatten()
            .map(|p| p.x)
            .fold(shapes[i].centre.x, f32::max);
        let x = match view {
            View::Side => {
                body.iter()
                    .filter(in_band)
                    .map(|p| p.x)
                    .fold(bone, f32::max)
                    + SKIN_GAP
            }
            _ => bone + GAP,
        };
        shapes[i].label_at = Point::new(x, y);
    }
}

/// Positions as close as possible to `wanted` (ascending) but at least `step` apart: runs
/// of positions that would crowd are spread evenly around their mean.
fn spread(wanted: &[f32], step: f32) -> Vec<f32> {
    // Clusters of consecutive labels: (first index, count, position of the first).
    let mut clusters: Vec<(usize, usize, f32)> = Vec::new();
    for (i, &w) in wanted.iter().enumerate() {
        clusters.push((i, 1, w));
        while clusters.len() > 1 {
            let (b_first, b_count, _) = clusters[clusters.len() - 1];
            let (a_first, a_count, a_pos) = clusters[clusters.len() - 2];
            if a_pos + a_count as f32 * step <= clusters[clusters.len() - 1].2 {
                break;
            }
            let first = a_first;
            let count = a_count + b_count;
            debug_assert_eq!(b_first, a_first + a_count);
            let mean = wanted[first..first + count].iter().sum::<f32>() / count as f32;
            let pos = mean - (count - 1) as f32 * step / 2.0;
            clusters.pop();
            clusters.pop();
            clusters.push((first, count, pos));
        }
    }
    clusters
        .iter()
        .flat_map(|&(_, count, pos)| (0..count).map(move |k| pos + k as f32 * step))
        .collect()
}
