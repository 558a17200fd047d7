//! Referral zones drawn as their own shapes, the way a trigger-point chart draws them.
//!
//! Each trigger point's essential and spillover zones are drawn as smooth outlines on the
//! body, not as copies of the pain regions (the regions are for tapping and for the ranking;
//! the content's region lists stay the one source of what a zone means). A zone is one or
//! more bands: a line of nodes, each with its half width, outlined as a smooth blob (a single
//! node makes a round patch). The tables below hold them per muscle, trigger point (numbered
//! from 1, as in `data-trigger-point`), kind and view.
//!
//! Front and back zones are given on the viewer's right half, like the muscles, and placed
//! on each side the muscle is drawn on; a band may cross the midline where the content says
//! the pain does (the clavicular sternocleidomastoid's forehead). Arm nodes follow the limbs
//! of [`super::body`], so the bands lie on the arm in both views. Side-view zones are given
//! as in the side profile (`p` heads behind the reference line) and show the patient's left.

use super::body::{forearm, hand, upper_arm};
use super::figure::ReferralShape;
use super::path;
use super::point::{Point, HEAD};
use crate::model::{Side, View};

/// Where a node of a band lies, in head units.
#[derive(Clone, Copy)]
enum At {
    /// `u` heads right of the midline (front and back) or behind the reference line (side),
    /// `v` heads below the crown.
    H(f32, f32),
    /// `d` heads down the upper arm from the shoulder, `w` across it (positive outward).
    Arm(f32, f32),
    /// Along and across the forearm, from the elbow.
    Fore(f32, f32),
    /// Along and across the hand, from the wrist (the thumb is outward).
    Hand(f32, f32),
}

/// One node of a band: where it lies and the band's half width there, in heads.
type Node = (At, f32);

/// A zone: the bands that outline it.
type Bands = &'static [&'static [Node]];

/// The kind of a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Felt by nearly everyone with the trigger point: drawn solid.
    Essential,
    /// Felt by some: drawn stippled.
    Spillover,
}

impl Kind {
    /// `"essential"` or `"spillover"`, as in `data-referral`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Essential => "essential",
            Kind::Spillover => "spillover",
        }
    }
}

/// The zones of some of a muscle's trigger points, of one kind, in the views they show in.
struct Zone {
    muscle: &'static str,
    /// Trigger point numbers, from 1, that share this drawing.
    numbers: &'static [usize],
    kind: Kind,
    front: Bands,
    back: Bands,
    side: Bands,
}

use At::{Arm, Fore, Hand, H};
use Kind::{Essential as E, Spillover as S};

const NONE: Bands = &[];

#[allow(clippy::too_many_arguments)]
const fn z(
    muscle: &'static str,
    numbers: &'static [usize],
    kind: Kind,
    front: Bands,
    back: Bands,
    side: Bands,
) -> Zone {
    Zone {
        muscle,
        numbers,
        kind,
        front,
        back,
        side,
    }
}

/// Every drawn zone. The build checks that each names a muscle and trigger point of the
/// content and that every trigger point's zones are drawn; `tests/geometry.rs` checks that
/// each shape lies on the body, on its muscle's side, over every region its content names.
const ZONES: &[Zone] = &[
    // Sternocleidomastoid. Lowest sternal point: down over the top of the breastbone; the
    // throat beside it.
    z(
        "sternocleidomastoid",
        &[1],
        E,
        &[&[
            (H(0.05, 1.42), 0.03),
            (H(0.055, 1.58), 0.035),
            (H(0.045, 1.72), 0.03),
        ]],
        NONE,
        &[&[(H(-0.3, 1.5), 0.03), (H(-0.36, 1.66), 0.03)]],
    ),
    z(
        "sternocleidomastoid",
        &[1],
        S,
        &[&[(H(0.1, 1.12), 0.03), (H(0.08, 1.28), 0.03)]],
        NONE,
        &[&[(H(-0.12, 1.1), 0.025), (H(-0.13, 1.26), 0.025)]],
    ),
    // Mid-sternal points: a streak over the cheek into the upper jaw and round the eye.
    z(
        "sternocleidomastoid",
        &[2],
        E,
        &[
            &[
                (H(0.26, 0.76), 0.04),
                (H(0.22, 0.66), 0.045),
                (H(0.19, 0.56), 0.03),
            ],
            &[
                (H(0.11, 0.47), 0.022),
                (H(0.18, 0.455), 0.026),
                (H(0.25, 0.48), 0.02),
            ],
        ],
        NONE,
        &[
            &[
                (H(-0.12, 0.8), 0.04),
                (H(-0.2, 0.68), 0.045),
                (H(-0.28, 0.58), 0.03),
            ],
            &[(H(-0.36, 0.47), 0.025), (H(-0.3, 0.46), 0.02)],
        ],
    ),
    z(
        "sternocleidomastoid",
        &[2],
        S,
        &[
            &[(H(0.14, 0.36), 0.035), (H(0.22, 0.37), 0.03)],
            &[(H(0.13, 0.97), 0.03), (H(0.1, 1.1), 0.03)],
        ],
        NONE,
        &[&[(H(-0.4, 0.36), 0.03), (H(-0.35, 0.3), 0.025)]],
    ),
    // Near the mastoid: the occipital ridge and a cap over the top of the head.
    z(
        "sternocleidomastoid",
        &[3],
        E,
        NONE,
        &[
            &[
                (H(0.05, 0.68), 0.03),
                (H(0.16, 0.665), 0.035),
                (H(0.26, 0.64), 0.03),
            ],
            &[
                (H(0.04, 0.08), 0.045),
                (H(0.13, 0.16), 0.05),
                (H(0.2, 0.28), 0.035),
            ],
        ],
        &[
            &[(H(0.28, 0.66), 0.03), (H(0.36, 0.57), 0.03)],
            &[
                (H(0.0, 0.05), 0.04),
                (H(0.14, 0.07), 0.045),
                (H(0.26, 0.12), 0.035),
            ],
        ],
    ),
    z(
        "sternocleidomastoid",
        &[3],
        S,
        &[&[(H(0.16, 0.4), 0.03), (H(0.24, 0.41), 0.025)]],
        &[&[(H(0.345, 0.56), 0.053)]],
        &[&[(H(0.18, 0.55), 0.06)]],
    ),
    // Clavicular head: the forehead, deep in and behind the ear.
    z(
        "sternocleidomastoid",
        &[4],
        E,
        &[&[
            (H(0.05, 0.28), 0.04),
            (H(0.16, 0.27), 0.05),
            (H(0.26, 0.3), 0.035),
        ]],
        &[&[(H(0.35, 0.6), 0.035), (H(0.355, 0.53), 0.03)]],
        &[
            &[(H(0.18, 0.5), 0.035), (H(0.2, 0.6), 0.035)],
            &[(H(-0.35, 0.32), 0.03), (H(-0.29, 0.22), 0.03)],
        ],
    ),
    z(
        "sternocleidomastoid",
        &[4],
        S,
        &[
            &[
                (H(-0.04, 0.27), 0.035),
                (H(-0.16, 0.27), 0.04),
                (H(-0.24, 0.3), 0.03),
            ],
            &[(H(0.22, 0.74), 0.053)],
        ],
        NONE,
        &[&[(H(-0.15, 0.72), 0.053)]],
    ),
    // Scalenes. Anterior: two fingers over the chest and the inner border of the shoulder blade.
    z(
        "scalenes",
        &[1],
        E,
        &[
            &[
                (H(0.3, 1.52), 0.035),
                (H(0.31, 1.72), 0.045),
                (H(0.3, 1.92), 0.03),
            ],
            &[
                (H(0.45, 1.55), 0.03),
                (H(0.46, 1.72), 0.04),
                (H(0.44, 1.88), 0.025),
            ],
        ],
        &[&[
            (H(0.2, 1.48), 0.03),
            (H(0.23, 1.65), 0.04),
            (H(0.26, 1.82), 0.03),
        ]],
        &[&[
            (H(-0.3, 1.58), 0.03),
            (H(-0.36, 1.74), 0.035),
            (H(-0.37, 1.9), 0.03),
        ]],
    ),
    z(
        "scalenes",
        &[1],
        S,
        &[&[
            (H(0.78, 1.55), 0.06),
            (Arm(0.35, 0.0), 0.08),
            (Arm(0.8, 0.0), 0.06),
        ]],
        NONE,
        &[&[
            (H(-0.13, 1.55), 0.06),
            (H(-0.12, 1.9), 0.06),
            (H(-0.11, 2.3), 0.05),
        ]],
    ),
    // Middle: down the front and back of the arm to the thumb and index finger.
    z(
        "scalenes",
        &[2],
        E,
        &[
            &[
                (Arm(0.15, 0.05), 0.06),
                (Arm(0.7, 0.06), 0.07),
                (Arm(1.2, 0.05), 0.05),
            ],
            &[
                (Hand(0.12, 0.1), 0.035),
                (Hand(0.3, 0.14), 0.035),
                (Hand(0.45, 0.15), 0.02),
            ],
        ],
        &[&[
            (Arm(0.15, 0.0), 0.06),
            (Arm(0.7, 0.0), 0.07),
            (Arm(1.2, 0.0), 0.05),
        ]],
        &[&[
            (H(-0.05, 1.6), 0.06),
            (H(-0.04, 2.2), 0.07),
            (H(-0.02, 2.75), 0.05),
        ]],
    ),
    z(
        "scalenes",
        &[2],
        S,
        &[
            &[
                (Fore(0.1, 0.07), 0.05),
                (Fore(0.55, 0.07), 0.05),
                (Fore(1.0, 0.06), 0.035),
            ],
            &[(H(0.38, 1.62), 0.04), (H(0.4, 1.8), 0.04)],
        ],
        &[
            &[
                (Fore(0.1, 0.06), 0.05),
                (Fore(0.55, 0.06), 0.05),
                (Fore(1.0, 0.05), 0.035),
            ],
            &[(Hand(0.1, 0.05), 0.04), (Hand(0.3, 0.08), 0.04)],
        ],
        &[&[
            (H(0.0, 2.95), 0.05),
            (H(0.03, 3.4), 0.05),
            (H(-0.02, 3.75), 0.035),
        ]],
    ),
    // Posterior: the inner border of the shoulder blade, the back of the shoulder and arm.
    z(
        "scalenes",
        &[3],
        E,
        NONE,
        &[&[
            (H(0.19, 1.5), 0.03),
            (H(0.22, 1.66), 0.035),
            (H(0.25, 1.8), 0.025),
        ]],
        &[&[(H(0.38, 1.55), 0.03), (H(0.42, 1.75), 0.03)]],
    ),
    z(
        "scalenes",
        &[3],
        S,
        NONE,
        &[&[
            (H(0.82, 1.62), 0.06),
            (Arm(0.5, -0.04), 0.06),
            (Arm(0.95, -0.05), 0.045),
        ]],
        &[&[(H(0.12, 1.6), 0.05), (H(0.13, 2.0), 0.05)]],
    ),
    // Upper trapezius. TrP1: up the back and side of the neck to the mastoid, over the
    // temple and behind the eye; the angle of the jaw.
    z(
        "upper_trapezius",
        &[1],
        E,
        &[&[
            (H(0.31, 0.54), 0.03),
            (H(0.31, 0.44), 0.03),
            (H(0.25, 0.36), 0.03),
        ]],
        &[&[
            (H(0.17, 1.12), 0.03),
            (H(0.18, 0.95), 0.035),
            (H(0.25, 0.78), 0.035),
            (H(0.3, 0.6), 0.03),
        ]],
        &[
            &[
                (H(0.15, 1.05), 0.035),
                (H(0.17, 0.88), 0.035),
                (H(0.14, 0.74), 0.035),
            ],
            &[
                (H(-0.05, 0.5), 0.04),
                (H(-0.18, 0.4), 0.045),
                (H(-0.3, 0.38), 0.03),
            ],
        ],
    ),
    z(
        "upper_trapezius",
        &[1],
        S,
        &[
            &[(H(0.2, 0.5), 0.03), (H(0.26, 0.51), 0.02)],
            &[(H(0.25, 0.8), 0.025), (H(0.22, 0.86), 0.025)],
        ],
        &[&[(H(0.2, 0.66), 0.035), (H(0.27, 0.66), 0.03)]],
        &[
            &[(H(0.02, 0.8), 0.04), (H(-0.08, 0.86), 0.03)],
            &[(H(-0.33, 0.5), 0.038)],
        ],
    ),
    // TrP2: behind the ear and the back of the head.
    z(
        "upper_trapezius",
        &[2],
        E,
        NONE,
        &[&[
            (H(0.16, 0.95), 0.035),
            (H(0.2, 0.78), 0.04),
            (H(0.24, 0.68), 0.035),
            (H(0.345, 0.6), 0.03),
        ]],
        &[&[
            (H(0.16, 0.95), 0.035),
            (H(0.2, 0.78), 0.035),
            (H(0.2, 0.64), 0.035),
        ]],
    ),
    // Middle trapezius: burning toward the spine, over the top of the shoulder.
    z(
        "middle_trapezius",
        &[1],
        E,
        NONE,
        &[
            &[
                (H(0.03, 1.3), 0.025),
                (H(0.1, 1.4), 0.035),
                (H(0.19, 1.5), 0.03),
            ],
            &[(H(0.7, 1.38), 0.035), (H(0.78, 1.39), 0.03)],
        ],
        &[&[(H(0.05, 1.4), 0.06)]],
    ),
    // Lower trapezius: back of the neck to the mastoid, over the top of the shoulder blade.
    z(
        "lower_trapezius",
        &[1],
        E,
        NONE,
        &[
            &[
                (H(0.12, 0.9), 0.03),
                (H(0.19, 0.76), 0.035),
                (H(0.33, 0.6), 0.03),
            ],
            &[(H(0.68, 1.36), 0.035), (H(0.76, 1.38), 0.03)],
        ],
        &[&[
            (H(0.16, 0.93), 0.03),
            (H(0.21, 0.76), 0.03),
            (H(0.22, 0.63), 0.03),
        ]],
    ),
    z(
        "lower_trapezius",
        &[1],
        S,
        NONE,
        &[
            &[(H(0.12, 1.04), 0.03), (H(0.12, 1.12), 0.025)],
            &[
                (H(0.36, 1.39), 0.025),
                (H(0.5, 1.4), 0.03),
                (H(0.6, 1.41), 0.025),
            ],
            &[(H(0.2, 1.5), 0.025), (H(0.22, 1.62), 0.025)],
        ],
        NONE,
    ),
    // Levator scapulae: the angle of the neck; down the inner border, the back of the shoulder.
    z(
        "levator_scapulae",
        &[1, 2],
        E,
        NONE,
        &[&[
            (H(0.13, 1.05), 0.04),
            (H(0.21, 1.22), 0.05),
            (H(0.28, 1.3), 0.035),
        ]],
        &[&[(H(0.17, 1.05), 0.035), (H(0.22, 1.24), 0.035)]],
    ),
    z(
        "levator_scapulae",
        &[1, 2],
        S,
        NONE,
        &[
            &[
                (H(0.2, 1.48), 0.025),
                (H(0.23, 1.62), 0.03),
                (H(0.26, 1.78), 0.02),
            ],
            &[(H(0.8, 1.56), 0.05), (H(0.83, 1.7), 0.05)],
        ],
        &[&[(H(0.34, 1.45), 0.035), (H(0.38, 1.62), 0.03)]],
    ),
    // Splenius capitis: a patch on top of the head.
    z(
        "splenius_capitis",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.06, 0.1), 0.05),
            (H(0.16, 0.14), 0.06),
            (H(0.24, 0.2), 0.04),
        ]],
        &[&[
            (H(0.0, 0.1), 0.04),
            (H(0.12, 0.11), 0.04),
            (H(0.24, 0.16), 0.04),
        ]],
    ),
    // Splenius cervicis. Upper: inside the head, focused behind the eye; over the back of the
    // head and the temple.
    z(
        "splenius_cervicis",
        &[1],
        E,
        &[&[(H(0.2, 0.5), 0.035), (H(0.27, 0.48), 0.025)]],
        NONE,
        &[&[
            (H(-0.33, 0.49), 0.03),
            (H(-0.22, 0.48), 0.03),
            (H(-0.08, 0.52), 0.025),
        ]],
    ),
    z(
        "splenius_cervicis",
        &[1],
        S,
        &[&[(H(0.31, 0.45), 0.038)]],
        &[&[
            (H(0.08, 0.66), 0.03),
            (H(0.2, 0.63), 0.035),
            (H(0.3, 0.6), 0.025),
        ]],
        &[
            &[(H(-0.2, 0.42), 0.045)],
            &[(H(0.36, 0.56), 0.03), (H(0.42, 0.48), 0.025)],
        ],
    ),
    // Lower: the angle of the neck and the lower back of the neck.
    z(
        "splenius_cervicis",
        &[2],
        E,
        NONE,
        &[&[(H(0.14, 1.17), 0.035), (H(0.22, 1.24), 0.035)]],
        &[&[(H(0.2, 1.2), 0.053)]],
    ),
    z(
        "splenius_cervicis",
        &[2],
        S,
        NONE,
        &[&[(H(0.08, 1.04), 0.025), (H(0.1, 1.12), 0.02)]],
        &[&[(H(0.17, 1.05), 0.045)]],
    ),
    // Suboccipitals: deep, from the back of the head over the ear to behind the eye.
    z(
        "suboccipitals",
        &[1],
        E,
        &[&[(H(0.2, 0.5), 0.045)]],
        &[&[
            (H(0.04, 0.64), 0.03),
            (H(0.14, 0.63), 0.035),
            (H(0.24, 0.62), 0.025),
        ]],
        &[&[
            (H(0.3, 0.64), 0.03),
            (H(0.22, 0.5), 0.035),
            (H(0.0, 0.46), 0.03),
            (H(-0.3, 0.48), 0.025),
        ]],
    ),
    z(
        "suboccipitals",
        &[1],
        S,
        &[
            &[(H(0.31, 0.46), 0.038)],
            &[(H(0.14, 0.34), 0.03), (H(0.22, 0.33), 0.025)],
        ],
        &[&[(H(0.35, 0.57), 0.045)]],
        &[&[(H(-0.32, 0.34), 0.03), (H(-0.2, 0.36), 0.03)]],
    ),
    // Semispinalis capitis: a band round the side of the head, strongest at the temple and eye.
    z(
        "semispinalis_capitis",
        &[1],
        E,
        &[&[(H(0.31, 0.46), 0.038)], &[(H(0.2, 0.5), 0.045)]],
        &[&[
            (H(0.05, 0.62), 0.03),
            (H(0.15, 0.6), 0.04),
            (H(0.26, 0.62), 0.025),
        ]],
        &[&[
            (H(0.4, 0.5), 0.035),
            (H(0.2, 0.36), 0.045),
            (H(-0.1, 0.36), 0.045),
            (H(-0.32, 0.46), 0.03),
        ]],
    ),
    z(
        "semispinalis_capitis",
        &[1],
        S,
        &[&[(H(0.12, 0.33), 0.03), (H(0.22, 0.35), 0.03)]],
        &[&[(H(0.12, 0.2), 0.05), (H(0.22, 0.28), 0.04)]],
        &[&[(H(0.15, 0.12), 0.04), (H(-0.1, 0.14), 0.035)]],
    ),
    // Cervical multifidi: the back of the head and neck, down to the shoulder blade.
    z(
        "cervical_multifidi",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.1, 0.66), 0.035),
            (H(0.11, 0.8), 0.03),
            (H(0.1, 0.95), 0.03),
        ]],
        &[&[
            (H(0.3, 0.64), 0.03),
            (H(0.22, 0.8), 0.03),
            (H(0.18, 0.95), 0.03),
        ]],
    ),
    z(
        "cervical_multifidi",
        &[1],
        S,
        NONE,
        &[
            &[(H(0.1, 1.05), 0.025), (H(0.13, 1.12), 0.02)],
            &[(H(0.2, 1.5), 0.025), (H(0.22, 1.68), 0.025)],
        ],
        &[&[(H(0.18, 1.1), 0.025), (H(0.27, 1.3), 0.025)]],
    ),
    // Rhomboids: along the inner border of the shoulder blade.
    z(
        "rhomboids",
        &[1, 2],
        E,
        NONE,
        &[&[
            (H(0.17, 1.46), 0.03),
            (H(0.2, 1.62), 0.035),
            (H(0.23, 1.8), 0.03),
        ]],
        NONE,
    ),
    z(
        "rhomboids",
        &[1, 2],
        S,
        NONE,
        &[&[(H(0.33, 1.38), 0.025), (H(0.42, 1.41), 0.02)]],
        NONE,
    ),
    // Serratus posterior superior: deep under the upper shoulder blade, the back of the
    // shoulder, down the back of the arm and the little-finger side to the little finger.
    z(
        "serratus_posterior_superior",
        &[1],
        E,
        NONE,
        &[
            &[
                (H(0.34, 1.42), 0.03),
                (H(0.46, 1.5), 0.05),
                (H(0.58, 1.52), 0.04),
            ],
            &[(H(0.8, 1.6), 0.075)],
        ],
        &[&[(H(0.14, 1.52), 0.075)]],
    ),
    z(
        "serratus_posterior_superior",
        &[1],
        S,
        &[&[(Hand(0.2, -0.09), 0.035), (Hand(0.45, -0.11), 0.025)]],
        &[
            &[(H(0.44, 1.6), 0.068)],
            &[
                (Arm(0.45, -0.05), 0.05),
                (Arm(1.0, -0.08), 0.05),
                (Fore(0.35, -0.1), 0.04),
                (Fore(0.95, -0.08), 0.03),
            ],
        ],
        &[&[
            (H(0.14, 1.85), 0.04),
            (H(0.13, 2.5), 0.04),
            (H(0.08, 3.2), 0.035),
            (H(0.03, 3.7), 0.025),
        ]],
    ),
    // Serratus posterior inferior: a local ache over the lower ribs.
    z(
        "serratus_posterior_inferior",
        &[1],
        E,
        NONE,
        &[&[(H(0.22, 2.25), 0.05), (H(0.36, 2.3), 0.06)]],
        &[&[(H(0.3, 2.3), 0.075)]],
    ),
    z(
        "serratus_posterior_inferior",
        &[1],
        S,
        NONE,
        &[
            &[(H(0.5, 2.3), 0.04), (H(0.52, 2.5), 0.035)],
            &[(H(0.3, 2.68), 0.045)],
        ],
        &[&[(H(0.1, 2.4), 0.075)]],
    ),
    // Infraspinatus: deep in the front of the shoulder, down the front and outer arm to the
    // thumb side of the forearm and hand.
    z(
        "infraspinatus",
        &[1, 2],
        E,
        &[&[
            (H(0.72, 1.5), 0.05),
            (H(0.82, 1.6), 0.07),
            (H(0.85, 1.76), 0.04),
        ]],
        NONE,
        &[&[(H(-0.16, 1.48), 0.04), (H(-0.16, 1.62), 0.045)]],
    ),
    z(
        "infraspinatus",
        &[1, 2],
        S,
        &[
            &[
                (Arm(0.4, 0.08), 0.06),
                (Arm(0.9, 0.1), 0.05),
                (Arm(1.25, 0.1), 0.03),
            ],
            &[
                (Fore(0.15, 0.1), 0.04),
                (Fore(0.6, 0.1), 0.04),
                (Fore(1.0, 0.08), 0.03),
                (Hand(0.25, 0.12), 0.03),
            ],
        ],
        &[&[(Arm(0.5, 0.12), 0.04), (Arm(1.0, 0.11), 0.03)]],
        &[&[
            (H(-0.16, 1.85), 0.04),
            (H(-0.15, 2.4), 0.04),
            (H(-0.14, 3.1), 0.035),
            (H(-0.11, 3.7), 0.03),
        ]],
    ),
    // The third, medial trigger point: over the shoulder blade and its inner border.
    z(
        "infraspinatus",
        &[3],
        E,
        NONE,
        &[&[(H(0.36, 1.55), 0.04), (H(0.44, 1.65), 0.045)]],
        NONE,
    ),
    z(
        "infraspinatus",
        &[3],
        S,
        NONE,
        &[&[(H(0.21, 1.52), 0.025), (H(0.24, 1.72), 0.025)]],
        NONE,
    ),
    // Latissimus dorsi. Upper: the lower corner of the shoulder blade, the back of the
    // shoulder, down the inner arm and forearm to the ring and little fingers.
    z(
        "latissimus_dorsi",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.32, 1.95), 0.06),
            (H(0.42, 2.0), 0.07),
            (H(0.52, 1.98), 0.04),
        ]],
        &[&[(H(0.2, 1.95), 0.075)]],
    ),
    z(
        "latissimus_dorsi",
        &[1],
        S,
        &[&[
            (Fore(0.1, -0.11), 0.04),
            (Fore(0.6, -0.1), 0.04),
            (Fore(1.0, -0.08), 0.03),
            (Hand(0.3, -0.1), 0.03),
        ]],
        &[
            &[(H(0.45, 1.72), 0.04), (H(0.35, 2.2), 0.04)],
            &[
                (H(0.84, 1.66), 0.04),
                (Arm(0.6, -0.1), 0.045),
                (Arm(1.1, -0.1), 0.035),
            ],
        ],
        &[&[
            (H(0.16, 1.7), 0.04),
            (H(0.15, 2.3), 0.045),
            (H(0.1, 2.9), 0.04),
            (H(0.05, 3.6), 0.03),
        ]],
    ),
    // Lower: the flank, toward the rim of the pelvis and the front of the shoulder.
    z(
        "latissimus_dorsi",
        &[2],
        E,
        NONE,
        &[&[(H(0.54, 2.3), 0.04), (H(0.55, 2.6), 0.04)]],
        &[&[(H(0.1, 2.4), 0.05), (H(0.08, 2.7), 0.045)]],
    ),
    z(
        "latissimus_dorsi",
        &[2],
        S,
        &[&[(H(0.75, 1.62), 0.068)]],
        &[&[(H(0.5, 3.1), 0.03), (H(0.62, 3.1), 0.025)]],
        &[&[(H(-0.15, 1.6), 0.06)], &[(H(0.2, 3.05), 0.053)]],
    ),
    // Iliocostalis thoracis. Upper: toward the spine and up over the inner border of the
    // shoulder blade; through to the chest.
    z(
        "iliocostalis_thoracis",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.19, 1.55), 0.03),
            (H(0.22, 1.72), 0.04),
            (H(0.22, 1.86), 0.03),
        ]],
        &[&[(H(0.37, 1.7), 0.05)]],
    ),
    z(
        "iliocostalis_thoracis",
        &[1],
        S,
        &[&[(H(0.42, 1.8), 0.04), (H(0.5, 1.9), 0.035)]],
        &[&[(H(0.78, 1.6), 0.068)]],
        &[&[(H(-0.32, 1.8), 0.06)]],
    ),
    // Lower: over the lower corner of the shoulder blade and the mid-back; the belly.
    z(
        "iliocostalis_thoracis",
        &[2],
        E,
        NONE,
        &[&[
            (H(0.26, 1.96), 0.035),
            (H(0.24, 2.2), 0.045),
            (H(0.22, 2.45), 0.035),
        ]],
        &[&[(H(0.3, 2.15), 0.04), (H(0.3, 2.4), 0.035)]],
    ),
    z(
        "iliocostalis_thoracis",
        &[2],
        S,
        &[&[(H(0.3, 2.3), 0.04), (H(0.4, 2.45), 0.045)]],
        &[&[(H(0.2, 2.68), 0.035), (H(0.22, 2.85), 0.03)]],
        &[&[(H(-0.3, 2.4), 0.06)]],
    ),
    // Longissimus thoracis: down to the sacroiliac joint and the buttock.
    z(
        "longissimus_thoracis",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.17, 3.25), 0.035),
            (H(0.22, 3.38), 0.045),
            (H(0.3, 3.48), 0.035),
        ]],
        &[&[(H(0.4, 3.3), 0.04), (H(0.42, 3.48), 0.04)]],
    ),
    z(
        "longissimus_thoracis",
        &[1],
        S,
        NONE,
        &[
            &[(H(0.2, 2.75), 0.03), (H(0.2, 2.9), 0.025)],
            &[(H(0.28, 3.72), 0.04), (H(0.3, 3.85), 0.03)],
        ],
        &[&[(H(0.3, 2.85), 0.045)], &[(H(0.4, 3.7), 0.053)]],
    ),
    // Iliocostalis lumborum: down into the middle of the buttock.
    z(
        "iliocostalis_lumborum",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.3, 3.34), 0.04),
            (H(0.36, 3.48), 0.05),
            (H(0.38, 3.58), 0.035),
        ]],
        &[&[(H(0.44, 3.35), 0.04), (H(0.46, 3.55), 0.04)]],
    ),
    z(
        "iliocostalis_lumborum",
        &[1],
        S,
        NONE,
        &[
            &[(H(0.3, 2.75), 0.03), (H(0.3, 2.92), 0.03)],
            &[(H(0.34, 3.72), 0.035), (H(0.32, 3.86), 0.03)],
        ],
        &[&[(H(0.31, 2.9), 0.04)], &[(H(0.45, 3.72), 0.053)]],
    ),
    // Lumbar multifidi: at the spinous process of the level and a few segments lower; the
    // sacrum and tailbone; the belly in front.
    z(
        "lumbar_multifidi",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.02, 2.68), 0.02),
            (H(0.06, 2.8), 0.035),
            (H(0.08, 2.95), 0.03),
        ]],
        &[&[(H(0.3, 2.72), 0.03), (H(0.31, 2.9), 0.03)]],
    ),
    z(
        "lumbar_multifidi",
        &[1],
        S,
        &[&[(H(0.2, 2.9), 0.04), (H(0.3, 2.95), 0.035)]],
        NONE,
        &[&[(H(-0.3, 2.95), 0.06)]],
    ),
    z(
        "lumbar_multifidi",
        &[2],
        E,
        NONE,
        &[
            &[(H(0.02, 2.82), 0.02), (H(0.07, 2.95), 0.03)],
            &[(H(0.03, 3.35), 0.025), (H(0.04, 3.5), 0.025)],
        ],
        &[
            &[(H(0.31, 2.9), 0.03), (H(0.36, 3.1), 0.03)],
            &[(H(0.48, 3.38), 0.045)],
        ],
    ),
    z(
        "lumbar_multifidi",
        &[2],
        S,
        NONE,
        &[&[(H(0.015, 3.72), 0.015), (H(0.02, 3.8), 0.015)]],
        &[&[(H(0.47, 3.68), 0.038)]],
    ),
    // Quadratus lumborum. Upper superficial: along the iliac crest; the lower belly and groin.
    z(
        "quadratus_lumborum",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.2, 3.12), 0.03),
            (H(0.34, 3.05), 0.035),
            (H(0.5, 3.02), 0.03),
        ]],
        &[&[
            (H(0.33, 2.98), 0.03),
            (H(0.15, 2.97), 0.035),
            (H(-0.05, 3.02), 0.03),
        ]],
    ),
    z(
        "quadratus_lumborum",
        &[1],
        S,
        &[&[
            (H(0.42, 3.1), 0.04),
            (H(0.38, 3.4), 0.04),
            (H(0.3, 3.6), 0.03),
        ]],
        NONE,
        &[&[(H(-0.28, 3.3), 0.04), (H(-0.3, 3.6), 0.035)]],
    ),
    // Lower superficial: over the greater trochanter.
    z(
        "quadratus_lumborum",
        &[2],
        E,
        NONE,
        &[&[(H(0.66, 3.55), 0.045), (H(0.68, 3.68), 0.04)]],
        &[&[(H(0.0, 3.58), 0.05), (H(0.0, 3.74), 0.04)]],
    ),
    // Upper deep: the sacroiliac joint.
    z(
        "quadratus_lumborum",
        &[3],
        E,
        NONE,
        &[&[(H(0.17, 3.3), 0.035), (H(0.19, 3.42), 0.035)]],
        &[&[(H(0.44, 3.3), 0.053)]],
    ),
    // Lower deep: the lower buttock.
    z(
        "quadratus_lumborum",
        &[4],
        E,
        NONE,
        &[&[(H(0.24, 3.8), 0.045), (H(0.36, 3.88), 0.04)]],
        &[&[(H(0.42, 3.8), 0.068)]],
    ),
    // Iliopsoas: a vertical band beside the lumbar spine down to the sacroiliac joint; the
    // groin and the upper front of the thigh.
    z(
        "iliopsoas",
        &[1, 2],
        E,
        &[&[
            (H(0.3, 3.98), 0.05),
            (H(0.33, 4.2), 0.06),
            (H(0.32, 4.45), 0.04),
        ]],
        &[&[
            (H(0.08, 2.45), 0.035),
            (H(0.1, 2.8), 0.045),
            (H(0.12, 3.1), 0.04),
            (H(0.17, 3.35), 0.03),
        ]],
        &[
            &[(H(0.3, 2.5), 0.03), (H(0.31, 2.9), 0.03)],
            &[(H(-0.3, 3.95), 0.04), (H(-0.31, 4.3), 0.04)],
        ],
    ),
    z(
        "iliopsoas",
        &[1, 2],
        S,
        &[&[(H(0.32, 3.55), 0.04), (H(0.37, 3.75), 0.035)]],
        &[&[(H(0.26, 3.4), 0.035), (H(0.32, 3.45), 0.03)]],
        &[&[(H(-0.27, 3.65), 0.045)], &[(H(0.47, 3.3), 0.045)]],
    ),
    // Gluteus medius. Posterior: along the crest, over the sacroiliac joint and sacrum.
    z(
        "gluteus_medius",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.05, 3.4), 0.025),
            (H(0.16, 3.22), 0.03),
            (H(0.32, 3.07), 0.035),
            (H(0.5, 3.03), 0.03),
        ]],
        &[&[(H(0.42, 3.08), 0.035), (H(0.2, 3.02), 0.035)]],
    ),
    z(
        "gluteus_medius",
        &[1],
        S,
        NONE,
        &[&[(H(0.22, 2.85), 0.03), (H(0.3, 2.9), 0.025)]],
        NONE,
    ),
    // Middle: the buttock and the side of the hip; spilling down the back of the thigh.
    z(
        "gluteus_medius",
        &[2],
        E,
        NONE,
        &[&[
            (H(0.4, 3.38), 0.045),
            (H(0.55, 3.45), 0.05),
            (H(0.68, 3.6), 0.035),
        ]],
        &[&[
            (H(0.3, 3.3), 0.04),
            (H(0.1, 3.45), 0.05),
            (H(-0.02, 3.62), 0.035),
        ]],
    ),
    z(
        "gluteus_medius",
        &[2],
        S,
        NONE,
        &[&[
            (H(0.48, 3.72), 0.04),
            (H(0.52, 4.1), 0.04),
            (H(0.5, 4.35), 0.025),
        ]],
        &[&[(H(0.3, 3.75), 0.04), (H(0.3, 4.2), 0.035)]],
    ),
    // Anterior: the crest, the sacroiliac joint and the sacrum.
    z(
        "gluteus_medius",
        &[3],
        E,
        NONE,
        &[&[
            (H(0.04, 3.45), 0.025),
            (H(0.15, 3.32), 0.035),
            (H(0.28, 3.12), 0.03),
            (H(0.45, 3.04), 0.025),
        ]],
        &[&[(H(0.44, 3.3), 0.035), (H(0.38, 3.1), 0.03)]],
    ),
    z(
        "gluteus_medius",
        &[3],
        S,
        NONE,
        &[
            &[(H(0.32, 3.38), 0.035), (H(0.35, 3.72), 0.04)],
            &[(H(0.22, 2.82), 0.025), (H(0.3, 2.86), 0.02)],
        ],
        &[&[(H(0.42, 3.6), 0.053)]],
    ),
    // Gluteus maximus. Beside the sacrum: a crescent along the buttock crease and the
    // sacroiliac joint.
    z(
        "gluteus_maximus",
        &[1],
        E,
        NONE,
        &[&[
            (H(0.18, 3.3), 0.03),
            (H(0.16, 3.55), 0.035),
            (H(0.2, 3.8), 0.035),
            (H(0.32, 3.95), 0.025),
        ]],
        &[&[
            (H(0.45, 3.35), 0.035),
            (H(0.5, 3.6), 0.035),
            (H(0.45, 3.8), 0.03),
        ]],
    ),
    z(
        "gluteus_maximus",
        &[1],
        S,
        NONE,
        &[&[(H(0.06, 3.5), 0.045)]],
        NONE,
    ),
    // Lower: the lower sacrum and the buttock below the crest.
    z(
        "gluteus_maximus",
        &[2],
        E,
        NONE,
        &[&[
            (H(0.06, 3.55), 0.03),
            (H(0.25, 3.5), 0.05),
            (H(0.42, 3.55), 0.05),
            (H(0.44, 3.75), 0.04),
        ]],
        &[&[(H(0.46, 3.42), 0.04), (H(0.48, 3.65), 0.04)]],
    ),
    // Lowest inner fibres: the tailbone.
    z(
        "gluteus_maximus",
        &[3],
        E,
        NONE,
        &[&[(H(0.024, 3.7), 0.014), (H(0.024, 3.8), 0.014)]],
        &[&[(H(0.45, 3.78), 0.038)]],
    ),
    z(
        "gluteus_maximus",
        &[3],
        S,
        NONE,
        &[&[(H(0.12, 3.85), 0.053)]],
        NONE,
    ),
    // Piriformis: the sacroiliac region, the buttock, the back of the hip joint; the upper
    // back of the thigh.
    z(
        "piriformis",
        &[1, 2],
        E,
        NONE,
        &[
            &[
                (H(0.16, 3.3), 0.03),
                (H(0.24, 3.45), 0.045),
                (H(0.4, 3.55), 0.05),
                (H(0.62, 3.62), 0.04),
            ],
            &[(H(0.3, 3.75), 0.06)],
        ],
        &[&[
            (H(0.44, 3.35), 0.035),
            (H(0.34, 3.55), 0.05),
            (H(0.12, 3.62), 0.04),
        ]],
    ),
    z(
        "piriformis",
        &[1, 2],
        S,
        NONE,
        &[&[
            (H(0.34, 4.05), 0.05),
            (H(0.34, 4.4), 0.05),
            (H(0.33, 4.7), 0.03),
        ]],
        &[&[(H(0.3, 4.05), 0.04), (H(0.26, 4.5), 0.035)]],
    ),
];

/// The outline of one band, in figure units, before it is placed on a side.
fn band(nodes: &[Node]) -> Vec<Point> {
    let (ua, fa, hd) = (upper_arm(), forearm(), hand());
    let at = |a: At| {
        let p = match a {
            H(u, v) => Point::new(u, v),
            Arm(d, w) => ua.at(d, w),
            Fore(d, w) => fa.at(d, w),
            Hand(d, w) => hd.at(d, w),
        };
        Point::heads(p.x, p.y)
    };
    let pts: Vec<(Point, f32)> = nodes.iter().map(|&(a, w)| (at(a), w * HEAD)).collect();
    if pts.len() == 1 {
        let (c, r) = pts[0];
        return (0..8)
            .map(|k| {
                let (s, cs) = super::point::sin_cos(45.0 * k as f32);
                c + Point::new(cs * r, s * r * 0.85)
            })
            .collect();
    }
    let n = pts.len();
    let tangent = |i: usize| (pts[(i + 1).min(n - 1)].0 - pts[i.saturating_sub(1)].0).unit();
    let mut out = Vec::with_capacity(2 * n + 2);
    out.push(pts[0].0 - tangent(0) * (pts[0].1 * 0.9));
    out.extend((0..n).map(|i| pts[i].0 + tangent(i).perp() * pts[i].1));
    out.push(pts[n - 1].0 + tangent(n - 1) * (pts[n - 1].1 * 0.9));
    out.extend(
        (0..n)
            .rev()
            .map(|i| pts[i].0 - tangent(i).perp() * pts[i].1),
    );
    out
}

/// The referral zones of `view`, each trigger point's zones once per side the view shows,
/// spillover before essential so the solid zones lie on top.
pub(crate) fn referral(view: View) -> Vec<ReferralShape> {
    let sides: &[(Side, bool)] = match view {
        View::Back => &[(Side::Left, true), (Side::Right, false)],
        View::Front => &[(Side::Left, false), (Side::Right, true)],
        View::Side => &[(Side::Left, false)],
    };
    let mut out = Vec::new();
    for kind in [Kind::Spillover, Kind::Essential] {
        for zone in ZONES.iter().filter(|z| z.kind == kind) {
            let bands = match view {
                View::Front => zone.front,
                View::Back => zone.back,
                View::Side => zone.side,
            };
            if bands.is_empty() {
                continue;
            }
            let outlines: Vec<Vec<Point>> = bands.iter().map(|b| band(b)).collect();
            for &(side, mirrored) in sides {
                let placed: Vec<Vec<Point>> = outlines
                    .iter()
                    .map(|o| {
                        let mut o: Vec<Point> = o
                            .iter()
                            .map(|&p| if mirrored { p.mirror() } else { p })
                            .collect();
                        if mirrored {
                            o.reverse();
                        }
                        o
                    })
                    .collect();
                let d = placed
                    .iter()
                    .map(|o| path::smooth(o, true))
                    .collect::<Vec<_>>()
                    .join(" ");
                let polygons: Vec<Vec<Point>> = placed
                    .iter()
                    .map(|o| path::smooth_points(o, true, 4))
                    .collect();
                for &number in zone.numbers {
                    out.push(ReferralShape {
                        muscle: zone.muscle,
                        number,
                        kind,
                        side,
                        d: d.clone(),
                        polygons: polygons.clone(),
                    });
                }
            }
        }
    }
    out
}

/// Every (muscle, trigger point number from 1, kind) that has a drawing in some view, for
/// the build's check against the content.
pub fn drawn_zones() -> Vec<(&'static str, usize, Kind)> {
    ZONES
        .iter()
        .filter(|z| !(z.front.is_empty() && z.back.is_empty() && z.side.is_empty()))
        .flat_map(|z| z.numbers.iter().map(move |&n| (z.muscle, n, z.kind)))
        .collect()
}
