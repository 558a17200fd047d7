//! Muscle shapes, fibre strokes and trigger points.
//!
//! A muscle is a sheet of fibres. Its shape is given by two to four "rails": the origin
//! line, optional lines across the belly, and the insertion line. Fibre `s` (0..1 across
//! the sheet) runs through the point at `s` on every rail (a smooth curve along `t`, 0 at
//! the origin, 1 at the insertion). The outline is the sheet's border and the fibre strokes
//! are a few of its fibres, so the drawing shows the direction the muscle pulls.
//!
//! Front and back shapes are given on the viewer's right half in head units (`u` right of
//! the midline, `v` below the crown) and mirrored; side-view shapes use `p` heads behind the
//! reference line (the figure faces the viewer's left).

use super::body::bone;
use super::figure::{MuscleShape, TriggerPointMark};
use super::path;
use super::point::{within, Point};
use crate::model::{Side, View};

/// Where a trigger point lies.
#[derive(Clone, Copy)]
enum Tp {
    /// At a point, in head units.
    At(f32, f32),
    /// At fibre `s`, fraction `t` of the way from origin to insertion.
    St(f32, f32),
    /// On a face of the body this view does not show: counted, so the trigger points after
    /// it keep their charted numbers, but not drawn.
    Unseen,
}

/// One muscle's drawing in one view.
struct Def {
    id: &'static str,
    rails: &'static [&'static [(f32, f32)]],
    trps: &'static [Tp],
    fibres: usize,
}

const fn def(
    id: &'static str,
    rails: &'static [&'static [(f32, f32)]],
    trps: &'static [Tp],
    fibres: usize,
) -> Def {
    Def {
        id,
        rails,
        trps,
        fibres,
    }
}

use Tp::{At, St, Unseen};

/// Back view, viewer's right half (the patient's right), deepest first so the superficial
/// muscles are drawn (and tapped) on top. Attachments follow the bony landmarks in
/// [`bone`]; rails run across the sheet in the order of the fibres.
const BACK: &[Def] = &[
    def("iliopsoas", ILIOPSOAS, ILIOPSOAS_TPS, 7),
    // Iliac crest and iliolumbar ligament -> the 12th rib and L1-L4 transverse processes;
    // the outer border slants up and in.
    def(
        "quadratus_lumborum",
        &[
            &[(0.09, 3.135), (0.25, 3.15), (0.43, 3.05)],
            &[(0.06, 2.48), (0.18, 2.53), (0.3, 2.58)],
        ],
        &[St(0.85, 0.8), St(0.85, 0.15), St(0.15, 0.4), St(0.2, 0.1)],
        5,
    ),
    // C3-C6 transverse processes -> the first and second ribs: from behind they show only
    // low at the side of the neck, between the levator scapulae and the edge, running down
    // and out to the first rib above the collarbone.
    def(
        "scalenes",
        &[
            &[(0.15, 0.93), (0.175, 0.94), (0.2, 0.96)],
            &[(0.17, 1.1), (0.206, 1.1), (0.243, 1.1)],
            &[(0.22, 1.28), (0.31, 1.27), (0.4, 1.25)],
        ],
        &[At(0.239, 1.1), At(0.295, 1.172), At(0.37, 1.226)],
        5,
    ),
    // Manubrium and inner clavicle -> the mastoid: from behind only its posterior border
    // shows, a strap along the side of the neck from behind the ear down and forward, lost
    // round the front at the base of the neck.
    def(
        "sternocleidomastoid",
        &[
            &[(0.222, 0.995), (0.234, 0.99)],
            &[(0.208, 0.88), (0.232, 0.88), (0.252, 0.89)],
            &[(0.262, 0.7), (0.296, 0.704), (0.33, 0.722)],
        ],
        // Its trigger points lie along the front and side of the neck: seen from the front
        // and the side, not from behind, where the strip is too small to hold them.
        &[Unseen, Unseen, Unseen, Unseen],
        4,
    ),
    // C1-C2 -> the skull below the inferior nuchal line.
    def(
        "suboccipitals",
        &[&[(0.02, 0.86), (0.18, 0.79)], &[(0.03, 0.7), (0.2, 0.73)]],
        &[St(0.5, 0.5)],
        4,
    ),
    def(
        "cervical_multifidi",
        &[
            &[(0.02, 0.86), (0.02, 1.05), (0.02, 1.2)],
            &[(0.06, 0.98), (0.075, 1.15), (0.085, 1.3)],
        ],
        &[St(0.5, 0.5)],
        4,
    ),
    def(
        "lumbar_multifidi",
        &[
            &[(0.02, 2.45), (0.02, 2.9), (0.02, 3.35)],
            &[(0.07, 2.7), (0.085, 3.15), (0.1, 3.62)],
        ],
        &[At(0.045, 2.66), At(0.06, 3.27)],
        5,
    ),
    // Front of the sacrum (S2-S4) -> the top of the greater trochanter, fibres almost level.
    def(
        "piriformis",
        &[
            &[(0.12, 3.44), (0.1, 3.6)],
            &[(0.38, 3.49), (0.38, 3.6)],
            &[
                (bone::TROCHANTER.0 - 0.02, bone::TROCHANTER.1 - 0.04),
                (bone::TROCHANTER.0 - 0.01, bone::TROCHANTER.1),
            ],
        ],
        &[St(0.5, 0.75), St(0.5, 0.3)],
        4,
    ),
    // Outer ilium below the crest -> the greater trochanter: a fan converging downward.
    def(
        "gluteus_medius",
        &[
            &[
                (0.24, 3.19),
                bone::ILIAC_CREST[1],
                bone::ILIAC_CREST[2],
                bone::ILIAC_CREST[3],
                (0.67, 3.135),
            ],
            &[(0.42, 3.38), (0.5, 3.3), (0.6, 3.28), (0.7, 3.36)],
            &[
                (bone::TROCHANTER.0 - 0.03, bone::TROCHANTER.1),
                (bone::TROCHANTER.0 + 0.035, bone::TROCHANTER.1),
            ],
        ],
        &[St(0.85, 0.3), St(0.5, 0.25), St(0.15, 0.25)],
        7,
    ),
    // C4-T7 transverse and articular processes -> between the nuchal lines, fibres vertical.
    def(
        "semispinalis_capitis",
        &[
            &[(0.03, 1.85), (0.075, 1.82)],
            &[(0.03, 1.2), (0.13, 1.15)],
            &[(0.03, 0.9), (0.15, 0.9)],
            &[(0.03, 0.65), (0.14, 0.655)],
        ],
        &[St(0.5, 0.75)],
        4,
    ),
    def(
        "longissimus_thoracis",
        &[
            &[(0.06, 3.35), (0.14, 3.3)],
            &[(0.08, 2.4), (0.17, 2.4)],
            &[(0.07, 1.3), (0.14, 1.3)],
        ],
        &[At(0.12, 2.25)],
        4,
    ),
    def(
        "iliocostalis_thoracis",
        &[
            &[(0.2, 2.52), (0.25, 2.51), (0.3, 2.5)],
            &[(0.175, 1.9), (0.28, 1.9)],
            &[(0.17, 1.32), (0.2, 1.31), (0.225, 1.3)],
        ],
        &[At(0.22, 1.78), At(0.235, 2.34)],
        4,
    ),
    def(
        "iliocostalis_lumborum",
        &[
            &[(0.12, 3.26), (0.2, 3.23), (0.3, 3.13)],
            &[(0.14, 2.8), (0.22, 2.79), (0.3, 2.78)],
            &[(0.2, 2.4), (0.265, 2.39), (0.33, 2.38)],
            &[(0.27, 2.02), (0.295, 2.015), (0.32, 2.01)],
        ],
        &[At(0.26, 2.57)],
        4,
    ),
    // T3-T6 spinous processes -> C1-C3 transverse processes, outside splenius capitis.
    def(
        "splenius_cervicis",
        &[
            &[(0.02, 1.47), (0.02, 1.77)],
            &[(0.13, 1.15), (0.195, 1.2)],
            &[(0.125, 0.9), (0.16, 0.775)],
        ],
        &[St(0.5, 0.47), St(0.5, 0.18)],
        3,
    ),
    // Nuchal ligament C3-C7 and T1-T3 -> mastoid and the outer superior nuchal line; its
    // outer edge passes under the sternocleidomastoid, which shows beside it.
    def(
        "splenius_capitis",
        &[
            &[(0.02, 0.9), (0.02, 1.47)],
            &[(0.1, 0.79), (0.19, 0.95)],
            &[(0.18, 0.665), (0.265, 0.7)],
        ],
        &[St(0.55, 0.55)],
        5,
    ),
    // C7-T3 spinous processes -> ribs 2-5, under the rhomboids and the shoulder blade.
    def(
        "serratus_posterior_superior",
        &[&[(0.02, 1.22), (0.02, 1.47)], &[(0.42, 1.45), (0.46, 1.72)]],
        &[St(0.5, 0.8)],
        5,
    ),
    // T11-L2 spinous processes -> ribs 9-12, fibres rising outward.
    def(
        "serratus_posterior_inferior",
        &[&[(0.02, 2.3), (0.02, 2.7)], &[(0.5, 2.12), (0.48, 2.5)]],
        &[St(0.5, 0.8)],
        5,
    ),
    // C1-C4 transverse processes -> the upper corner and the inner border above the spine.
    def(
        "levator_scapulae",
        &[
            &[(0.155, 0.775), (0.12, 0.99)],
            &[(0.215, 1.08), (0.19, 1.16)],
            &[
                bone::SUPERIOR_ANGLE,
                (0.272, 1.405),
                (bone::SPINE_ROOT.0 + 0.006, bone::SPINE_ROOT.1 - 0.01),
            ],
        ],
        &[St(0.45, 0.5), St(0.3, 0.86)],
        4,
    ),
    // C7-T5 spinous processes -> the inner border from the root of the spine to the lower
    // corner, fibres running down and out.
    def(
        "rhomboids",
        &[
            &[(0.02, 1.2), (0.02, 1.665)],
            &[
                (bone::SPINE_ROOT.0 + 0.006, bone::SPINE_ROOT.1),
                (bone::MEDIAL_BORDER[0].0 + 0.006, bone::MEDIAL_BORDER[0].1),
                (bone::MEDIAL_BORDER[1].0 + 0.006, bone::MEDIAL_BORDER[1].1),
                (bone::INFERIOR_ANGLE.0, bone::INFERIOR_ANGLE.1 - 0.015),
            ],
        ],
        &[St(0.3, 0.85), St(0.75, 0.85)],
        6,
    ),
    // The fossa below the spine of the scapula -> the greater tubercle: fibres converge
    // on the shoulder, the upper ones along the spine, the lower ones up the outer border.
    def(
        "infraspinatus",
        &[
            &[
                (0.272, 1.5),
                (0.275, 1.63),
                (0.297, 1.8),
                (bone::INFERIOR_ANGLE.0, bone::INFERIOR_ANGLE.1 - 0.03),
            ],
            &[(0.45, 1.476), (0.48, 1.58), (0.47, 1.7), (0.44, 1.79)],
            &[
                (
                    bone::GREATER_TUBERCLE.0 - 0.03,
                    bone::GREATER_TUBERCLE.1 - 0.025,
                ),
                (bone::GREATER_TUBERCLE.0, bone::GREATER_TUBERCLE.1 + 0.02),
            ],
        ],
        &[St(0.18, 0.3), St(0.22, 0.6), St(0.72, 0.12)],
        6,
    ),
    // T7-L5 spinous processes (through the thoracolumbar fascia) and the back of the iliac
    // crest -> the front of the upper arm, through the back fold of the armpit: the upper
    // fibres run level over the lower corner of the scapula, the lowest climb the flank.
    def(
        "latissimus_dorsi",
        &[
            &[
                (0.02, 1.87),
                (0.02, 2.3),
                (0.1, 2.6),
                (0.25, 2.87),
                (0.4, 3.02),
                (0.6, 3.07),
            ],
            &[
                (0.36, 1.95),
                (0.4, 2.16),
                (0.46, 2.38),
                (0.53, 2.55),
                (0.6, 2.62),
            ],
            &[(0.6, 1.87), (0.612, 1.925), (0.625, 1.98)],
            &[(0.682, 1.765), (0.69, 1.785)],
        ],
        &[St(0.45, 0.62), St(0.9, 0.4)],
        9,
    ),
    // Back of the ilium, sacrum and coccyx -> the iliotibial tract and the gluteal
    // tuberosity: fibres run down and out at about 45 degrees.
    def(
        "gluteus_maximus",
        &[
            &[
                (0.25, 3.2),
                (0.2, 3.32),
                (0.14, 3.47),
                (0.08, 3.63),
                (0.03, 3.78),
            ],
            &[
                (0.47, 3.33),
                (0.43, 3.51),
                (0.38, 3.69),
                (0.33, 3.85),
                (0.28, 3.99),
            ],
            &[(0.73, 3.56), (0.74, 3.7), (0.68, 3.88), (0.6, 4.04)],
        ],
        &[St(0.3, 0.1), St(0.7, 0.35), St(0.95, 0.08)],
        8,
    ),
    // T4-T12 spinous processes -> the root of the spine of the scapula, fibres rising.
    def(
        "lower_trapezius",
        &[
            &[(0.02, 1.5), (0.02, 2.44)],
            &[(0.145, 1.492), (0.17, 1.95)],
            &[(0.268, 1.474), (0.3, 1.5)],
        ],
        &[At(0.235, 1.64)],
        6,
    ),
    // C7-T3 spinous processes -> acromion and the upper lip of the spine of the scapula,
    // fibres level.
    def(
        "middle_trapezius",
        &[
            &[(0.02, 1.2), (0.02, 1.47)],
            &[(0.4, 1.293), (0.19, 1.466)],
            &[(0.77, 1.382), (0.6, 1.398), (0.36, 1.455)],
        ],
        &[St(0.75, 0.6)],
        6,
    ),
    // Occiput and nuchal ligament down to C7 -> outer clavicle and acromion: the upper
    // fibres come down the side of the neck, the lowest run almost level to the acromion.
    def(
        "upper_trapezius",
        &[
            &[(0.11, 0.665), (0.01, 0.64), (0.01, 0.92), (0.01, 1.2)],
            &[(0.2, 0.925), (0.17, 1.01), (0.145, 1.11), (0.16, 1.255)],
            &[(0.268, 1.175), (0.3, 1.225), (0.36, 1.285), (0.42, 1.32)],
            &[(0.55, 1.285), (0.64, 1.325), (0.72, 1.355), (0.78, 1.392)],
        ],
        &[At(0.4, 1.262), At(0.5, 1.3)],
        7,
    ),
];

const ILIOPSOAS: &[&[(f32, f32)]] = &[
    &[
        (0.055, 2.45),
        (0.06, 2.7),
        (0.085, 3.0),
        (0.2, 3.08),
        (0.36, 3.02),
        (0.52, 3.05),
        (0.6, 3.18),
    ],
    &[
        (0.19, 2.85),
        (0.22, 3.05),
        (0.27, 3.22),
        (0.35, 3.3),
        (0.44, 3.36),
        (0.5, 3.45),
    ],
    &[(0.33, 3.93), (0.37, 3.95)],
];
const ILIOPSOAS_TPS: &[Tp] = &[At(0.11, 2.8), St(0.85, 0.55)];

/// Front view, viewer's right half (the patient's left).
const FRONT: &[Def] = &[
    def(
        "sternocleidomastoid",
        &[
            &[(0.03, 1.335), (0.08, 1.31), (0.19, 1.33)],
            &[(0.1, 1.045), (0.15, 1.05), (0.205, 1.065)],
            &[(0.232, 0.78), (0.258, 0.782), (0.285, 0.8)],
        ],
        &[St(0.15, 0.14), St(0.22, 0.5), St(0.3, 0.84), St(0.85, 0.3)],
        6,
    ),
    def(
        "scalenes",
        &[
            &[(0.12, 0.93), (0.15, 0.94), (0.175, 0.96)],
            &[(0.15, 1.12), (0.19, 1.13), (0.222, 1.14)],
            &[(0.2, 1.32), (0.3, 1.33), (0.4, 1.36)],
        ],
        &[St(0.2, 0.2), St(0.5, 0.55), St(0.8, 0.88)],
        6,
    ),
    def("iliopsoas", ILIOPSOAS, ILIOPSOAS_TPS, 7),
];

/// Side view: the patient's left side, facing the viewer's left; deepest first.
const SIDE: &[Def] = &[
    def(
        "iliopsoas",
        &[
            &[(-0.03, 2.42), (0.07, 2.42)],
            &[(-0.1, 2.95), (0.04, 2.97)],
            &[(-0.3, 3.42), (-0.12, 3.45)],
            &[(-0.12, 3.84), (-0.06, 3.84)],
        ],
        &[St(0.5, 0.22), St(0.4, 0.7)],
        6,
    ),
    def(
        "quadratus_lumborum",
        &[&[(0.1, 2.48), (0.28, 2.45)], &[(0.04, 3.05), (0.26, 3.08)]],
        &[
            St(0.75, 0.25),
            St(0.75, 0.85),
            St(0.25, 0.6),
            St(0.25, 0.85),
        ],
        5,
    ),
    def(
        "suboccipitals",
        &[&[(0.12, 0.8), (0.2, 0.86)], &[(0.22, 0.68), (0.3, 0.7)]],
        &[St(0.5, 0.5)],
        4,
    ),
    def(
        "semispinalis_capitis",
        &[
            &[(0.2, 1.55), (0.3, 1.55)],
            &[(0.12, 1.1), (0.21, 1.08)],
            &[(0.15, 0.86), (0.235, 0.84)],
            &[(0.27, 0.67), (0.36, 0.64)],
        ],
        &[St(0.5, 0.7)],
        4,
    ),
    def(
        "splenius_capitis",
        &[
            &[(0.27, 1.42), (0.37, 1.46)],
            &[(0.14, 1.1), (0.225, 1.1)],
            &[(0.12, 0.9), (0.21, 0.88)],
            &[(0.17, 0.72), (0.29, 0.67)],
        ],
        &[St(0.5, 0.7)],
        5,
    ),
    def(
        "longissimus_thoracis",
        &[
            &[(0.28, 3.22), (0.4, 3.22)],
            &[(0.23, 2.75), (0.35, 2.7)],
            &[(0.33, 2.1), (0.44, 2.1)],
            &[(0.3, 1.45), (0.4, 1.45)],
        ],
        &[St(0.6, 0.5)],
        4,
    ),
    def(
        "iliocostalis_lumborum",
        &[
            &[(0.3, 3.2), (0.44, 3.15)],
            &[(0.24, 2.75), (0.36, 2.7)],
            &[(0.3, 2.3), (0.44, 2.28)],
        ],
        &[St(0.6, 0.65)],
        4,
    ),
    def(
        "piriformis",
        &[&[(0.36, 3.35), (0.38, 3.52)], &[(0.06, 3.52), (0.07, 3.56)]],
        &[St(0.5, 0.75), St(0.5, 0.3)],
        4,
    ),
    def(
        "gluteus_medius",
        &[
            &[(-0.3, 3.12), (-0.1, 3.0), (0.1, 2.98), (0.3, 3.08)],
            &[(-0.02, 3.58), (0.12, 3.6)],
        ],
        &[St(0.2, 0.3), St(0.5, 0.3), St(0.8, 0.3)],
        7,
    ),
    def(
        "scalenes",
        &[&[(0.0, 0.92), (0.06, 0.92)], &[(-0.07, 1.36), (0.14, 1.34)]],
        &[St(0.12, 0.7), St(0.5, 0.5), St(0.88, 0.8)],
        6,
    ),
    def(
        "levator_scapulae",
        &[&[(0.06, 0.78), (0.03, 0.98)], &[(0.33, 1.42), (0.36, 1.5)]],
        &[St(0.5, 0.55), St(0.5, 0.88)],
        4,
    ),
    def(
        "sternocleidomastoid",
        &[
            &[(-0.2, 1.35), (-0.04, 1.37)],
            &[(-0.05, 1.05), (0.09, 1.05)],
            &[(0.14, 0.72), (0.24, 0.75)],
        ],
        &[St(0.15, 0.15), St(0.25, 0.5), St(0.35, 0.85), St(0.8, 0.2)],
        6,
    ),
    def(
        "upper_trapezius",
        &[
            &[
                (0.21, 0.7),
                (0.33, 0.665),
                (0.255, 0.82),
                (0.225, 0.97),
                (0.24, 1.1),
                (0.3, 1.22),
                (0.34, 1.3),
            ],
            &[
                (0.05, 1.06),
                (0.09, 1.1),
                (0.13, 1.16),
                (0.18, 1.23),
                (0.23, 1.29),
                (0.27, 1.34),
            ],
            &[(-0.06, 1.385), (0.02, 1.375), (0.1, 1.38), (0.19, 1.41)],
        ],
        &[St(0.4, 0.7), St(0.8, 0.75)],
        7,
    ),
    def(
        "gluteus_maximus",
        &[
            &[(0.43, 3.1), (0.51, 3.3), (0.52, 3.55), (0.47, 3.77)],
            &[(0.26, 3.32), (0.3, 3.52), (0.32, 3.72), (0.33, 3.88)],
            &[(0.06, 3.56), (0.09, 3.7), (0.15, 3.86), (0.22, 3.97)],
        ],
        &[St(0.25, 0.12), St(0.9, 0.45), St(0.97, 0.08)],
        8,
    ),
];

/// The muscles on the surface in each view: the first one sees on a body without skin. Every
/// other muscle of the view lies under one of them (the iliopsoas, seen from behind, under the
/// whole back), and is drawn first.
fn on_surface(view: View, id: &str) -> bool {
    let surface: &[&str] = match view {
        View::Back => &[
            "upper_trapezius",
            "middle_trapezius",
            "lower_trapezius",
            "latissimus_dorsi",
            "gluteus_maximus",
            "gluteus_medius",
            "infraspinatus",
            "sternocleidomastoid",
            "levator_scapulae",
            "splenius_capitis",
            "scalenes",
        ],
        View::Front => &["sternocleidomastoid", "scalenes"],
        View::Side => &[
            "upper_trapezius",
            "sternocleidomastoid",
            "levator_scapulae",
            "splenius_capitis",
            "scalenes",
            "gluteus_maximus",
            "gluteus_medius",
        ],
    };
    surface.contains(&id)
}

/// A rail flattened and measured, so points can be taken at a fraction of its length.
struct Rail {
    points: Vec<Point>,
    lengths: Vec<f32>,
}

impl Rail {
    fn new(marks: &[(f32, f32)]) -> Self {
        let raw: Vec<Point> = marks.iter().map(|&(u, v)| Point::heads(u, v)).collect();
        let points = if raw.len() > 2 {
            path::smooth_points(&raw, false, 12)
        } else {
            raw
        };
        let mut lengths = vec![0.0];
        for w in points.windows(2) {
            lengths.push(lengths[lengths.len() - 1] + w[0].dist(w[1]));
        }
        Self { points, lengths }
    }

    fn at(&self, s: f32) -> Point {
        let total = self.lengths[self.lengths.len() - 1];
        if self.points.len() == 1 || total <= 0.0 {
            return self.points[0];
        }
        let want = within(s, 0.0, 1.0) * total;
        let k = self
            .lengths
            .partition_point(|&l| l < want)
            .clamp(1, self.points.len() - 1);
        let (l0, l1) = (self.lengths[k - 1], self.lengths[k]);
        let f = if l1 > l0 {
            (want - l0) / (l1 - l0)
        } else {
            0.0
        };
        self.points[k - 1].lerp(self.points[k], f)
    }
}

/// A muscle's fibre sheet in figure units.
struct Sheet {
    rails: Vec<Rail>,
}

impl Sheet {
    fn new(def: &Def) -> Self {
        Self {
            rails: def.rails.iter().map(|r| Rail::new(r)).collect(),
        }
    }

    /// The point on fibre `s`, fraction `t` of the way from origin to insertion.
    fn at(&self, s: f32, t: f32) -> Point {
        let pts: Vec<Point> = self.rails.iter().map(|r| r.at(s)).collect();
        if pts.len() == 2 {
            return pts[0].lerp(pts[1], t);
        }
        let segs = path::curves(&pts, false);
        if segs.is_empty() {
            return pts[0];
        }
        let n = segs.len();
        let x = within(t, 0.0, 1.0) * n as f32;
        let i = (x as usize).min(n - 1);
        segs[i].at(x - i as f32)
    }

    /// The border: origin, far side, insertion backwards, near side backwards.
    fn border(&self) -> Vec<Point> {
        const N: usize = 6;
        let f = |k: usize| k as f32 / N as f32;
        let mut pts = Vec::with_capacity(4 * N);
        pts.extend((0..N).map(|k| self.at(f(k), 0.0)));
        pts.extend((0..N).map(|k| self.at(1.0, f(k))));
        pts.extend((0..N).map(|k| self.at(1.0 - f(k), 1.0)));
        pts.extend((0..N).map(|k| self.at(0.0, 1.0 - f(k))));
        let mut out: Vec<Point> = Vec::with_capacity(pts.len());
        for p in pts {
            if out.last().is_none_or(|q| q.dist(p) > 0.6) {
                out.push(p);
            }
        }
        while out.len() > 1 && out[0].dist(out[out.len() - 1]) <= 0.6 {
            out.pop();
        }
        out
    }

    /// `count` fibre strokes across the sheet, each placed by `place`.
    fn fibres(&self, count: usize, place: impl Fn(Point) -> Point) -> String {
        (0..count)
            .map(|i| {
                let s = (i as f32 + 0.5) / count as f32;
                let pts: Vec<Point> = (0..=3)
                    .map(|k| place(self.at(s, 0.05 + 0.9 * k as f32 / 3.0)))
                    .collect();
                path::smooth(&pts, false)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The trigger points `view` does not draw, as (muscle, number from 1), because they lie on
/// a face of the body it does not show.
pub fn unseen_trigger_points(view: View) -> Vec<(&'static str, usize)> {
    defs(view)
        .iter()
        .flat_map(|d| {
            d.trps
                .iter()
                .enumerate()
                .filter(|(_, tp)| matches!(tp, Tp::Unseen))
                .map(|(i, _)| (d.id, i + 1))
        })
        .collect()
}

fn defs(view: View) -> &'static [Def] {
    match view {
        View::Back => BACK,
        View::Front => FRONT,
        View::Side => SIDE,
    }
}

/// Muscles and their trigger points for `view`, left before right for each muscle.
pub(crate) fn muscles(view: View) -> (Vec<MuscleShape>, Vec<TriggerPointMark>) {
    // (patient side, drawn mirrored to the viewer's left half)
    let sides: &[(Side, bool)] = match view {
        View::Back => &[(Side::Left, true), (Side::Right, false)],
        View::Front => &[(Side::Left, false), (Side::Right, true)],
        View::Side => &[(Side::Left, false)],
    };
    let defs = defs(view);
    let mut shapes = Vec::new();
    let mut marks = Vec::new();
    // The deep muscles first, so the surface ones are drawn (and tapped) over them.
    let deep = defs.iter().filter(|d| !on_surface(view, d.id));
    for def in deep.chain(defs.iter().filter(|d| on_surface(view, d.id))) {
        let sheet = Sheet::new(def);
        let border = sheet.border();
        let flat = path::smooth_points(&border, true, 6);
        for &(side, mirrored) in sides {
            let place = |p: Point| if mirrored { p.mirror() } else { p };
            let mut outline: Vec<Point> = border.iter().map(|&p| place(p)).collect();
            let mut polygon: Vec<Point> = flat.iter().map(|&p| place(p)).collect();
            if mirrored {
                // Keep the same winding on both sides.
                outline.reverse();
                polygon.reverse();
            }
            let fibres = sheet.fibres(def.fibres, place);
            shapes.push(MuscleShape {
                id: def.id,
                side,
                d: path::smooth(&outline, true),
                fibres,
                polygon,
                label_at: place(sheet.at(0.5, 0.5)),
                deep: !on_surface(view, def.id),
            });
            for (i, tp) in def.trps.iter().enumerate() {
                let at = match *tp {
                    Tp::At(u, v) => Point::heads(u, v),
                    Tp::St(s, t) => sheet.at(s, t),
                    Tp::Unseen => continue,
                };
                marks.push(TriggerPointMark {
                    muscle: def.id,
                    number: i + 1,
                    side,
                    at: place(at),
                });
            }
        }
    }
    (shapes, marks)
}
