//! Anatomical contour strokes drawn over the silhouette: the lines an illustrator adds so
//! the figure reads as a body (collarbones, navel, knee caps, shoulder blades...).

use super::body::{bone, forearm, hand, upper_arm, FOREARM, UPPER_ARM};
use super::path;
use super::point::Point;
use crate::model::View;

type Line = &'static [(f32, f32)];

/// Strokes on the viewer's right half, mirrored to the left (front view).
const FRONT_PAIRED: &[Line] = &[
    // Collarbone.
    &[
        (0.05, 1.345),
        (0.15, 1.322),
        (0.3, 1.338),
        (0.45, 1.36),
        (0.6, 1.335),
        (0.74, 1.352),
    ],
    // Jaw towards the chin.
    &[(0.285, 0.815), (0.2, 0.905), (0.1, 0.962), (0.045, 0.975)],
    // Front edge of the sternocleidomastoid.
    &[(0.235, 0.9), (0.17, 1.07), (0.065, 1.29)],
    // Lower edge of the chest muscle.
    &[
        (0.06, 1.93),
        (0.22, 2.0),
        (0.42, 1.99),
        (0.58, 1.88),
        (0.655, 1.78),
    ],
    // Deltoid's front border.
    &[(0.68, 1.37), (0.7, 1.52), (0.74, 1.7)],
    // Lower rib margin, arching from the tip of the breastbone down to the flank.
    &[
        (0.035, 2.14),
        (0.12, 2.225),
        (0.25, 2.34),
        (0.38, 2.44),
        (0.5, 2.51),
    ],
    // Groin crease.
    &[(0.56, 3.3), (0.42, 3.52), (0.27, 3.72), (0.14, 3.87)],
    // Front of the iliac crest, ending at the bony point at the front of the hip (ASIS).
    &[(0.6, 3.02), (0.635, 3.12), (0.615, 3.22), (0.575, 3.27)],
    // Inner ear.
    &[(0.378, 0.5), (0.392, 0.56), (0.383, 0.625), (0.366, 0.66)],
    // Eyebrow.
    &[(0.07, 0.44), (0.15, 0.425), (0.245, 0.447)],
    // Side of the nose.
    &[(0.035, 0.53), (0.045, 0.625)],
    // Inner ankle bone.
    &[(0.232, 7.03), (0.25, 7.09), (0.236, 7.15)],
    // Knee: the inner thigh muscle bulging above the knee cap, the tendon below it to the
    // shin bone, and the shin's front edge.
    &[(0.19, 5.02), (0.2, 5.22), (0.255, 5.36)],
    &[(0.325, 5.6), (0.332, 5.7)],
    &[(0.368, 5.6), (0.36, 5.7)],
    // The outer thigh muscle above the knee.
    &[(0.5, 5.06), (0.485, 5.22), (0.45, 5.33)],
    &[(0.345, 5.76), (0.32, 6.2), (0.3, 6.75)],
    // Toes.
    &[(0.3, 7.47), (0.3, 7.54)],
    &[(0.36, 7.475), (0.36, 7.54)],
    &[(0.42, 7.47), (0.425, 7.535)],
];

/// Closed strokes on the right half, mirrored (front view).
const FRONT_PAIRED_CLOSED: &[Line] = &[
    // Eye.
    &[(0.09, 0.5), (0.15, 0.484), (0.21, 0.5), (0.15, 0.512)],
    // Knee cap: as broad as half the knee, rounded above and narrowing to its point just
    // above the joint line.
    &[
        (0.345, 5.33),
        (0.425, 5.36),
        (0.44, 5.45),
        (0.395, 5.54),
        (0.345, 5.58),
        (0.295, 5.54),
        (0.25, 5.45),
        (0.265, 5.36),
    ],
];

/// Midline strokes (front view).
const FRONT_MID: &[Line] = &[
    // Suprasternal notch.
    &[(-0.045, 1.33), (0.0, 1.36), (0.045, 1.33)],
    // Base of the nose.
    &[
        (-0.05, 0.655),
        (-0.025, 0.673),
        (0.0, 0.68),
        (0.025, 0.673),
        (0.05, 0.655),
    ],
    // Lips.
    &[
        (-0.085, 0.79),
        (-0.03, 0.785),
        (0.0, 0.79),
        (0.03, 0.785),
        (0.085, 0.79),
    ],
];

const FRONT_MID_CLOSED: &[Line] = &[
    // Navel.
    &[(0.0, 2.955), (0.022, 2.985), (0.0, 3.02), (-0.022, 2.985)],
];

const BACK_PAIRED: &[Line] = &[
    // Shoulder blade: from below the socket down the outer border, round the lower corner,
    // up the inner border to the upper corner and along the upper border.
    &[
        (0.69, 1.46),
        bone::INFRAGLENOID,
        (0.58, 1.67),
        (0.47, 1.81),
        (0.385, 1.915),
        bone::INFERIOR_ANGLE,
        (0.315, 1.92),
        bone::MEDIAL_BORDER[1],
        bone::MEDIAL_BORDER[0],
        bone::SPINE_ROOT,
        (0.268, 1.395),
        bone::SUPERIOR_ANGLE,
        (0.38, 1.362),
        (0.47, 1.385),
    ],
    // Lower border of the deltoid, from the back fold of the armpit to its insertion.
    &[(0.73, 1.785), (0.8, 1.875), (0.89, 1.95), (0.98, 2.005)],
    // Back fold of the armpit.
    &[(0.7, 1.87), (0.668, 1.96), (0.65, 2.06)],
    // Iliac crest.
    &[
        bone::ILIAC_CREST[0],
        bone::ILIAC_CREST[1],
        bone::ILIAC_CREST[2],
        bone::ILIAC_CREST[3],
    ],
    // The back of the iliac crest, curving down to the posterior superior iliac spine.
    &[
        bone::ILIAC_CREST[0],
        (0.208, 3.31),
        (bone::PSIS.0, bone::PSIS.1 - 0.03),
    ],
    // The sacroiliac joint, from the spine down beside the sacrum.
    &[
        (bone::PSIS.0 - 0.02, bone::PSIS.1 + 0.02),
        (0.16, 3.5),
        (0.12, 3.6),
    ],
    // Gluteal fold, curving up round the outside of the buttock.
    &[
        (0.03, 3.97),
        (0.15, 4.01),
        (0.3, 4.02),
        (0.46, 3.985),
        (0.56, 3.9),
        (0.605, 3.76),
        (0.6, 3.62),
    ],
    // Hairline at the back of the head.
    &[(0.0, 0.84), (0.12, 0.83), (0.225, 0.8)],
    // Ear.
    &[(0.386, 0.5), (0.372, 0.56), (0.373, 0.64)],
    // Crease behind the knee.
    &[(0.2, 5.5), (0.33, 5.525), (0.46, 5.5)],
    // Calf: the two heads of the calf muscle.
    &[(0.335, 5.78), (0.33, 6.1), (0.315, 6.38)],
    // Heel tendon.
    &[(0.285, 6.75), (0.3, 7.1)],
    &[(0.39, 6.75), (0.375, 7.1)],
    // Heel.
    &[(0.26, 7.36), (0.33, 7.44), (0.41, 7.36)],
];

const BACK_PAIRED_CLOSED: &[Line] = &[
    // Spine of the shoulder blade, rising and widening out to the acromion.
    &[
        bone::SPINE_ROOT,
        (0.36, 1.452),
        (0.5, 1.418),
        (0.64, 1.382),
        (0.74, 1.365),
        bone::ACROMION,
        (0.755, 1.412),
        (0.65, 1.416),
        (0.51, 1.448),
        (0.37, 1.484),
        (0.29, 1.497),
    ],
    // Dimple over the sacroiliac joint.
    &[
        (bone::PSIS.0, bone::PSIS.1 - 0.02),
        (bone::PSIS.0 + 0.016, bone::PSIS.1),
        (bone::PSIS.0, bone::PSIS.1 + 0.02),
        (bone::PSIS.0 - 0.016, bone::PSIS.1),
    ],
];

const BACK_MID: &[Line] = &[
    // Furrow over the spine.
    &[(0.0, 1.3), (0.0, 1.9), (0.0, 2.5), (0.0, 2.95)],
    // Cleft between the buttocks.
    &[(0.0, 3.52), (0.0, 3.75), (0.0, 3.96)],
];

const SIDE_LINES: &[Line] = &[
    // Ear rim and inner curve.
    &[
        (0.045, 0.485),
        (0.12, 0.455),
        (0.185, 0.5),
        (0.19, 0.58),
        (0.15, 0.66),
        (0.1, 0.7),
        (0.065, 0.675),
    ],
    &[(0.09, 0.53), (0.135, 0.52), (0.14, 0.58), (0.1, 0.62)],
    // Eyebrow.
    &[(-0.41, 0.44), (-0.35, 0.43), (-0.29, 0.445)],
    // Wing of the nostril.
    &[
        (-0.468, 0.694),
        (-0.45, 0.676),
        (-0.447, 0.656),
        (-0.458, 0.64),
    ],
    // Corner of the mouth.
    &[(-0.398, 0.789), (-0.37, 0.793), (-0.355, 0.785)],
    // Jaw: lower border and back edge up towards the ear.
    &[
        (-0.33, 0.955),
        (-0.2, 0.935),
        (-0.04, 0.875),
        (0.04, 0.8),
        (0.06, 0.72),
    ],
    // Collarbone end at the shoulder.
    &[(-0.2, 1.39), (-0.1, 1.37), (0.0, 1.365)],
    // Shoulder blade's inner border under the skin.
    &[(0.42, 1.47), (0.4, 1.75), (0.37, 1.98)],
    // Gluteal fold.
    &[(0.43, 3.93), (0.33, 3.96), (0.22, 3.93)],
    // Knee cap.
    &[(-0.2, 5.3), (-0.25, 5.42), (-0.2, 5.56)],
    // Toes.
    &[(-0.55, 7.43), (-0.56, 7.5)],
    // Elbow crease.
    &[(-0.15, 2.84), (-0.1, 2.86)],
    // Fingers.
    &[(-0.11, 4.2), (-0.09, 4.5), (-0.07, 4.6)],
    &[(-0.06, 4.15), (-0.05, 4.45), (-0.04, 4.58)],
];

/// The arm seen from the side: the deltoid's lower border, the elbow and wrist creases, the
/// fingers.
const SIDE_ARM: &[Line] = &[
    &[
        (-0.2, 1.52),
        (-0.1, 1.8),
        (-0.04, 1.95),
        (0.1, 1.75),
        (0.19, 1.55),
    ],
    &[(-0.15, 2.83), (-0.1, 2.86), (-0.05, 2.85)],
    &[(0.12, 2.8), (0.145, 2.86), (0.12, 2.92)],
    &[(-0.1, 3.85), (-0.02, 3.86), (0.04, 3.86)],
    &[(-0.075, 4.15), (-0.08, 4.35), (-0.085, 4.55)],
    &[(-0.035, 4.12), (-0.04, 4.3), (-0.045, 4.5)],
];

const SIDE_CLOSED: &[Line] = &[
    // Eye.
    &[(-0.4, 0.5), (-0.36, 0.488), (-0.33, 0.503), (-0.365, 0.512)],
    // Outer ankle bone.
    &[(0.02, 7.11), (0.05, 7.14), (0.02, 7.18), (-0.01, 7.14)],
];

fn pts(line: Line) -> Vec<Point> {
    line.iter().map(|&(u, v)| Point::heads(u, v)).collect()
}

/// Strokes on the hands and arms, placed along the limbs so they follow their angle.
fn limb_lines(view: View) -> Vec<Vec<Point>> {
    let hd = hand();
    let ua = upper_arm();
    let fa = forearm();
    let mut lines = vec![
        // Gaps between the fingers, from their tips down to the knuckles.
        vec![hd.at(0.75, 0.036), hd.at(0.62, 0.034), hd.at(0.5, 0.03)],
        vec![hd.at(0.775, -0.035), hd.at(0.64, -0.034), hd.at(0.5, -0.03)],
        vec![hd.at(0.715, -0.092), hd.at(0.6, -0.086), hd.at(0.5, -0.08)],
    ];
    match view {
        View::Front => {
            // Thenar crease, the palm's long crease and the elbow crease.
            lines.push(vec![
                hd.at(0.37, 0.1),
                hd.at(0.26, 0.085),
                hd.at(0.12, 0.06),
            ]);
            lines.push(vec![
                hd.at(0.42, -0.125),
                hd.at(0.44, -0.04),
                hd.at(0.47, 0.05),
            ]);
            lines.push(vec![
                ua.at(UPPER_ARM - 0.02, -0.1),
                ua.at(UPPER_ARM + 0.01, 0.0),
                ua.at(UPPER_ARM - 0.01, 0.07),
            ]);
        }
        _ => {
            // Groove between the long and lateral heads of the triceps.
            lines.push(vec![
                ua.at(0.62, 0.045),
                ua.at(0.82, 0.025),
                ua.at(1.02, 0.0),
            ]);
            // Knuckles and the point of the elbow.
            lines.push(vec![
                hd.at(0.37, 0.07),
                hd.at(0.38, -0.02),
                hd.at(0.36, -0.11),
            ]);
            lines.push(vec![
                fa.at(0.03, -0.04),
                fa.at(0.07, 0.0),
                fa.at(0.03, 0.04),
            ]);
            lines.push(vec![
                fa.at(FOREARM - 0.02, -0.11),
                fa.at(FOREARM - 0.05, -0.12),
            ]);
        }
    }
    lines
        .into_iter()
        .map(|l| l.into_iter().map(|p| Point::heads(p.x, p.y)).collect())
        .collect()
}

/// The side view's arm strokes, as path data: drawn again with the arm over the spine.
pub(crate) fn side_arm() -> Vec<String> {
    SIDE_ARM
        .iter()
        .map(|l| path::smooth(&pts(l), false))
        .collect()
}

/// The detail strokes of `view`, as path data.
pub(crate) fn details(view: View) -> Vec<String> {
    let mirror = |v: &[Point]| v.iter().map(|p| p.mirror()).collect::<Vec<_>>();
    let mut out = Vec::new();
    let (paired, paired_closed, mid, mid_closed): (&[Line], &[Line], &[Line], &[Line]) = match view
    {
        View::Front => (
            FRONT_PAIRED,
            FRONT_PAIRED_CLOSED,
            FRONT_MID,
            FRONT_MID_CLOSED,
        ),
        View::Back => (BACK_PAIRED, BACK_PAIRED_CLOSED, BACK_MID, &[]),
        View::Side => {
            out.extend(
                SIDE_LINES
                    .iter()
                    .chain(SIDE_ARM)
                    .map(|l| path::smooth(&pts(l), false)),
            );
            out.extend(SIDE_CLOSED.iter().map(|l| path::smooth(&pts(l), true)));
            return out;
        }
    };
    for l in paired {
        let p = pts(l);
        out.push(path::smooth(&mirror(&p), false));
        out.push(path::smooth(&p, false));
    }
    for l in paired_closed {
        let p = pts(l);
        out.push(path::smooth(&mirror(&p), true));
        out.push(path::smooth(&p, true));
    }
    out.extend(mid.iter().map(|l| path::smooth(&pts(l), false)));
    out.extend(mid_closed.iter().map(|l| path::smooth(&pts(l), true)));
    for l in limb_lines(view) {
        out.push(path::smooth(&mirror(&l), false));
        out.push(path::smooth(&l, false));
    }
    out
}
