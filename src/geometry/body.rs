//! The body's landmarks and silhouettes.
//!
//! Front and back share one symmetric silhouette, built from the viewer's right half (from
//! the crown down to the crotch) and its mirror image. Points are placed in head units
//! (`u` heads right of the midline, `v` heads below the crown) on a 7.5-head adult standing
//! with the arms about 15° from the body and the palms forward, so the thumbs point outward.

use super::path;
use super::point::{sin_cos, Point};

/// Samples per curve segment when a silhouette is flattened for hit tests.
pub(crate) const STEPS: usize = 8;

/// Bony landmarks seen from behind, on the viewer's right half (the patient's right), in
/// head units. The contour strokes and the muscles' attachments share them, so the muscles
/// meet the shoulder blade, the spine and the pelvis where they are drawn.
pub(crate) mod bone {
    /// Upper inner corner of the shoulder blade, level with T2.
    pub const SUPERIOR_ANGLE: (f32, f32) = (0.295, 1.345);
    /// Where the spine of the shoulder blade meets its inner border, level with T3.
    pub const SPINE_ROOT: (f32, f32) = (0.258, 1.475);
    /// The inner border between the root of the spine and the lower corner.
    pub const MEDIAL_BORDER: [(f32, f32); 2] = [(0.265, 1.63), (0.288, 1.8)];
    /// Lower corner of the shoulder blade, level with T7.
    pub const INFERIOR_ANGLE: (f32, f32) = (0.34, 1.95);
    /// Below the shoulder socket, where the outer border ends.
    pub const INFRAGLENOID: (f32, f32) = (0.66, 1.56);
    /// Tip of the acromion, the bony point of the shoulder.
    pub const ACROMION: (f32, f32) = (0.795, 1.39);
    /// Back of the greater tubercle of the upper-arm bone.
    pub const GREATER_TUBERCLE: (f32, f32) = (0.83, 1.5);
    /// Posterior superior iliac spine (the dimple beside the sacrum), level with S2.
    pub const PSIS: (f32, f32) = (0.195, 3.41);
    /// The iliac crest from the back of the pelvis out to the flank (its top is level with L4).
    pub const ILIAC_CREST: [(f32, f32); 4] =
        [(0.235, 3.22), (0.34, 3.095), (0.48, 3.035), (0.63, 3.075)];
    /// Top of the greater trochanter of the thigh bone.
    pub const TROCHANTER: (f32, f32) = (0.685, 3.6);
}

/// A point on an outline, optionally named so cuts and shapes can refer to it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mark {
    pub p: Point,
    pub name: Option<&'static str>,
}

/// A straight limb segment: positions along its axis and across it, in head units.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limb {
    start: Point,
    dir: Point,
    out: Point,
}

impl Limb {
    /// A limb starting at `(u, v)` and pointing down, turned `deg` degrees outward.
    pub fn new(start: Point, deg: f32) -> Self {
        let (sin, cos) = sin_cos(deg);
        Self {
            start,
            dir: Point::new(sin, cos),
            out: Point::new(cos, -sin),
        }
    }

    /// The point `d` heads along the axis and `w` heads across it (positive outward).
    pub fn at(&self, d: f32, w: f32) -> Point {
        self.start + self.dir * d + self.out * w
    }
}

/// Upper arm: from the shoulder joint, 14° out.
pub(crate) fn upper_arm() -> Limb {
    Limb::new(Point::new(0.78, 1.5), 14.0)
}

/// Upper-arm length in heads.
pub(crate) const UPPER_ARM: f32 = 1.33;
/// Forearm length in heads.
pub(crate) const FOREARM: f32 = 1.08;

/// Forearm: from the elbow, a little further out (the carrying angle).
pub(crate) fn forearm() -> Limb {
    Limb::new(upper_arm().at(UPPER_ARM, 0.0), 19.0)
}

/// Hand: from the wrist, palm forward.
pub(crate) fn hand() -> Limb {
    Limb::new(forearm().at(FOREARM, 0.0), 18.0)
}

fn m(u: f32, v: f32) -> Mark {
    Mark {
        p: Point::new(u, v),
        name: None,
    }
}

fn named(u: f32, v: f32, name: &'static str) -> Mark {
    Mark {
        p: Point::new(u, v),
        name: Some(name),
    }
}

fn on(p: Point, name: Option<&'static str>) -> Mark {
    Mark { p, name }
}

/// The viewer's right half of the front/back silhouette, crown to crotch, in head units.
pub(crate) fn half_contour() -> Vec<Mark> {
    let mut c = vec![
        named(0.0, 0.0, "crown"),
        m(0.165, 0.022),
        m(0.285, 0.09),
        m(0.348, 0.2),
        m(0.368, 0.33),
        named(0.358, 0.445, "temple"),
        named(0.392, 0.475, "ear_top"),
        m(0.407, 0.54),
        m(0.393, 0.625),
        named(0.368, 0.69, "ear_lobe"),
        named(0.333, 0.725, "mastoid"),
        named(0.305, 0.8, "jaw_angle"),
        named(0.255, 0.9, "neck_top"),
        m(0.237, 1.0),
        named(0.247, 1.1, "neck_base"),
        m(0.31, 1.175),
        m(0.46, 1.245),
        m(0.65, 1.305),
        named(0.8, 1.36, "acromion"),
    ];
    let ua = upper_arm();
    let fa = forearm();
    let hd = hand();
    c.extend([
        on(ua.at(0.0, 0.2), Some("deltoid")),
        on(ua.at(0.2, 0.23), None),
        on(ua.at(0.45, 0.21), None),
        on(ua.at(0.72, 0.175), Some("upper_arm_outer")),
        on(ua.at(1.0, 0.16), None),
        on(ua.at(UPPER_ARM, 0.165), Some("elbow_outer")),
        on(fa.at(0.17, 0.185), None),
        on(fa.at(0.42, 0.175), None),
        on(fa.at(0.75, 0.13), None),
        on(fa.at(FOREARM, 0.12), Some("wrist_outer")),
        on(hd.at(0.07, 0.128), None),
        on(hd.at(0.17, 0.16), None),
        on(hd.at(0.29, 0.185), None),
        on(hd.at(0.41, 0.188), None),
        on(hd.at(0.5, 0.165), Some("thumb_tip")),
        on(hd.at(0.505, 0.135), None),
        on(hd.at(0.45, 0.116), None),
        on(hd.at(0.37, 0.106), Some("thumb_web")),
        on(hd.at(0.47, 0.108), None),
        on(hd.at(0.61, 0.098), None),
        // Four fingers with rounded tips and clefts between them, so the hand reads as a hand.
        on(hd.at(0.69, 0.09), None),
        on(hd.at(0.715, 0.072), Some("index_tip")),
        on(hd.at(0.705, 0.052), None),
        on(hd.at(0.668, 0.042), None),
        on(hd.at(0.775, 0.03), None),
        on(hd.at(0.8, 0.01), Some("finger_tip")),
        on(hd.at(0.79, -0.012), None),
        on(hd.at(0.702, -0.03), None),
        on(hd.at(0.76, -0.046), None),
        on(hd.at(0.77, -0.065), Some("ring_tip")),
        on(hd.at(0.755, -0.083), None),
        on(hd.at(0.645, -0.092), None),
        on(hd.at(0.672, -0.1), None),
        on(hd.at(0.675, -0.113), Some("little_tip")),
        on(hd.at(0.56, -0.138), None),
        on(hd.at(0.36, -0.152), None),
        on(hd.at(0.16, -0.14), None),
        on(fa.at(FOREARM, -0.12), Some("wrist_inner")),
        on(fa.at(0.8, -0.135), None),
        on(fa.at(0.45, -0.165), None),
        on(fa.at(0.18, -0.18), None),
        on(ua.at(UPPER_ARM, -0.17), Some("elbow_inner")),
        on(ua.at(1.0, -0.16), None),
        on(ua.at(0.68, -0.178), None),
        on(ua.at(0.34, -0.17), Some("armpit")),
    ]);
    c.extend([
        m(0.69, 1.98),
        m(0.675, 2.25),
        m(0.63, 2.55),
        named(0.625, 2.75, "waist"),
        m(0.65, 2.95),
        named(0.695, 3.15, "iliac"),
        m(0.75, 3.4),
        named(0.775, 3.62, "hip"),
        named(0.77, 3.85, "thigh_outer_top"),
        m(0.745, 4.2),
        m(0.69, 4.65),
        m(0.6, 5.1),
        named(0.555, 5.33, "knee_outer_top"),
        m(0.55, 5.5),
        named(0.54, 5.68, "knee_outer_bottom"),
        m(0.565, 5.95),
        m(0.55, 6.3),
        m(0.48, 6.75),
        named(0.445, 7.1, "ankle_outer"),
        m(0.46, 7.25),
        m(0.5, 7.36),
        m(0.54, 7.45),
        m(0.52, 7.52),
        named(0.42, 7.54, "toe"),
        m(0.3, 7.545),
        m(0.235, 7.5),
        m(0.215, 7.42),
        m(0.22, 7.3),
        named(0.215, 7.12, "ankle_inner"),
        m(0.225, 6.95),
        m(0.2, 6.6),
        m(0.155, 6.15),
        m(0.15, 5.9),
        named(0.14, 5.7, "knee_inner_bottom"),
        m(0.13, 5.5),
        named(0.12, 5.3, "knee_inner_top"),
        m(0.105, 5.1),
        m(0.075, 4.7),
        m(0.045, 4.25),
        named(0.0, 3.98, "crotch"),
    ]);
    c
}

/// A named point of the viewer's right half, in figure units: an outline landmark, or
/// `wrist_mid`, the middle of the wrist.
pub(crate) fn landmark(name: &str) -> Point {
    if name == "wrist_mid" {
        let p = forearm().at(FOREARM, 0.0);
        return Point::heads(p.x, p.y);
    }
    half_contour()
        .into_iter()
        .find(|m| m.name == Some(name))
        .map(|m| Point::heads(m.p.x, m.p.y))
        .unwrap_or_else(|| panic!("unknown landmark {name}"))
}

/// The whole front/back silhouette in figure units: the right half, then the left half
/// mirrored and walked back up, without repeating the two midline points.
pub(crate) fn contour() -> Vec<Point> {
    let right: Vec<Point> = half_contour()
        .iter()
        .map(|m| Point::heads(m.p.x, m.p.y))
        .collect();
    let mut all = right.clone();
    all.extend(right[1..right.len() - 1].iter().rev().map(|p| p.mirror()));
    all
}

/// A smooth closed outline: its path data and the same curve flattened.
pub(crate) struct Outline {
    pub d: String,
    pub polygon: Vec<Point>,
}

/// Builds a smooth closed outline through `points`.
pub(crate) fn outline(points: &[Point]) -> Outline {
    let curves = path::curves(points, true);
    Outline {
        d: path::cubic_path(&curves, true),
        polygon: path::flatten(&curves, STEPS, true),
    }
}

/// The side-view profile in head units: `p` heads behind the vertical reference line (the
/// figure faces the viewer's left, so the front is at negative `p`), `v` heads below the
/// crown. Walked from the crown down the back and up the front.
pub(crate) fn side_profile() -> Vec<Mark> {
    vec![
        named(0.02, 0.0, "crown"),
        m(0.25, 0.045),
        m(0.42, 0.17),
        m(0.49, 0.34),
        m(0.475, 0.5),
        named(0.425, 0.6, "inion"),
        m(0.34, 0.71),
        m(0.27, 0.82),
        m(0.24, 0.95),
        m(0.25, 1.08),
        m(0.3, 1.2),
        named(0.36, 1.3, "c7"),
        m(0.44, 1.5),
        m(0.485, 1.75),
        m(0.495, 1.95),
        m(0.47, 2.25),
        m(0.41, 2.5),
        named(0.375, 2.7, "lumbar_hollow"),
        m(0.41, 2.95),
        m(0.5, 3.2),
        named(0.56, 3.45, "buttock"),
        m(0.535, 3.72),
        named(0.43, 3.93, "gluteal_fold"),
        m(0.385, 4.2),
        m(0.32, 4.8),
        m(0.26, 5.3),
        named(0.235, 5.5, "knee_back"),
        m(0.28, 5.75),
        m(0.33, 6.0),
        m(0.3, 6.4),
        m(0.2, 6.85),
        m(0.16, 7.1),
        m(0.2, 7.33),
        named(0.17, 7.49, "heel"),
        m(0.0, 7.53),
        m(-0.3, 7.53),
        m(-0.55, 7.5),
        named(-0.68, 7.465, "toe"),
        m(-0.665, 7.4),
        m(-0.55, 7.36),
        m(-0.3, 7.27),
        named(-0.12, 7.12, "ankle_front"),
        m(-0.1, 6.8),
        m(-0.13, 6.2),
        m(-0.165, 5.8),
        m(-0.185, 5.65),
        m(-0.225, 5.52),
        named(-0.245, 5.42, "patella"),
        m(-0.255, 5.2),
        m(-0.33, 4.7),
        m(-0.37, 4.2),
        named(-0.37, 3.8, "hip_front"),
        m(-0.36, 3.5),
        m(-0.385, 3.2),
        named(-0.4, 2.95, "navel"),
        m(-0.38, 2.6),
        m(-0.375, 2.35),
        m(-0.405, 2.15),
        m(-0.445, 1.95),
        m(-0.44, 1.75),
        m(-0.38, 1.55),
        named(-0.22, 1.365, "sternal_notch"),
        m(-0.18, 1.25),
        m(-0.19, 1.1),
        m(-0.2, 1.0),
        m(-0.3, 0.99),
        named(-0.37, 0.965, "chin"),
        m(-0.402, 0.925),
        m(-0.4, 0.878),
        m(-0.387, 0.852),
        m(-0.41, 0.828),
        m(-0.415, 0.806),
        m(-0.398, 0.789),
        m(-0.425, 0.772),
        m(-0.418, 0.745),
        m(-0.427, 0.716),
        m(-0.488, 0.7),
        named(-0.505, 0.677, "nose_tip"),
        m(-0.492, 0.64),
        m(-0.466, 0.578),
        m(-0.438, 0.505),
        m(-0.432, 0.482),
        named(-0.448, 0.445, "brow"),
        m(-0.432, 0.36),
        m(-0.38, 0.2),
        m(-0.26, 0.06),
    ]
}

/// The arm seen from the side, hanging along the trunk, in head units as for
/// [`side_profile`], walked from the top of the shoulder down the front and up the back.
pub(crate) fn side_arm() -> Vec<Mark> {
    vec![
        named(-0.04, 1.365, "shoulder_top"),
        m(-0.19, 1.43),
        m(-0.245, 1.58),
        m(-0.235, 1.82),
        m(-0.215, 2.2),
        m(-0.18, 2.6),
        named(-0.155, 2.84, "elbow_front"),
        m(-0.185, 3.05),
        m(-0.155, 3.4),
        named(-0.105, 3.83, "wrist_front"),
        m(-0.125, 3.98),
        m(-0.14, 4.2),
        m(-0.13, 4.45),
        named(-0.085, 4.64, "fingertips"),
        m(-0.035, 4.6),
        m(-0.01, 4.4),
        m(0.02, 4.1),
        named(0.05, 3.85, "wrist_back"),
        m(0.105, 3.4),
        m(0.15, 3.05),
        named(0.16, 2.85, "olecranon"),
        m(0.185, 2.45),
        m(0.21, 2.0),
        m(0.225, 1.7),
        m(0.18, 1.455),
        m(0.08, 1.37),
    ]
}

/// Head-unit marks to figure units.
pub(crate) fn to_figure(marks: &[Mark]) -> Vec<Point> {
    marks.iter().map(|m| Point::heads(m.p.x, m.p.y)).collect()
}
