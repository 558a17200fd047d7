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
//! Nodes are whole thousandths of a head: `h(300, 1520, 35)` lies 0.3 heads from the midline,
//! 1.52 heads below the crown, in a band 0.035 heads to each side.

use super::body::{forearm, upper_arm};
use super::figure::ReferralShape;
use super::path;
use super::point::{Point, HEAD};
use crate::model::{Side, View};

/// Which frame a node of a band is given in.
#[derive(Clone, Copy)]
enum Frame {
    /// `a` heads right of the midline (front and back) or behind the reference line (side),
    /// `b` heads below the crown.
    Body,
    /// `a` heads down the upper arm from the shoulder, `b` across it (positive outward).
    Arm,
    /// Along and across the forearm, from the elbow.
    Fore,
    /// Along and across the hand, from the wrist (the thumb is outward).
    Hand,
}

/// One node of a band: where it lies and the band's half width there, in thousandths of a
/// head (whole numbers keep the tables small in the widget).
#[derive(Clone, Copy)]
struct Node {
    frame: Frame,
    a: i16,
    b: i16,
    w: u8,
}

const fn h(a: i16, b: i16, w: u8) -> Node {
    Node {
        frame: Frame::Body,
        a,
        b,
        w,
    }
}

const fn arm(a: i16, b: i16, w: u8) -> Node {
    Node {
        frame: Frame::Arm,
        a,
        b,
        w,
    }
}

const fn fore(a: i16, b: i16, w: u8) -> Node {
    Node {
        frame: Frame::Fore,
        a,
        b,
        w,
    }
}

const fn hand(a: i16, b: i16, w: u8) -> Node {
    Node {
        frame: Frame::Hand,
        a,
        b,
        w,
    }
}

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
    numbers: &'static [u8],
    kind: Kind,
    front: Bands,
    back: Bands,
    side: Bands,
}

use Kind::{Essential as E, Spillover as S};

const NONE: Bands = &[];

const fn z(
    muscle: &'static str,
    numbers: &'static [u8],
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
        &[&[h(50, 1420, 30), h(55, 1580, 35), h(45, 1720, 30)]],
        NONE,
        &[&[h(-300, 1500, 30), h(-360, 1660, 30)]],
    ),
    z(
        "sternocleidomastoid",
        &[1],
        S,
        &[&[h(100, 1120, 30), h(80, 1280, 30)]],
        NONE,
        &[&[h(-120, 1100, 25), h(-130, 1260, 25)]],
    ),
    // Mid-sternal points: a streak over the cheek into the upper jaw and round the eye.
    z(
        "sternocleidomastoid",
        &[2],
        E,
        &[
            &[h(260, 760, 40), h(220, 660, 45), h(190, 560, 30)],
            &[h(110, 470, 22), h(180, 455, 26), h(250, 480, 20)],
        ],
        NONE,
        &[
            &[h(-120, 800, 40), h(-200, 680, 45), h(-280, 580, 30)],
            &[h(-360, 470, 25), h(-300, 460, 20)],
        ],
    ),
    z(
        "sternocleidomastoid",
        &[2],
        S,
        &[
            &[h(140, 360, 35), h(220, 370, 30)],
            &[h(130, 970, 30), h(100, 1100, 30)],
        ],
        NONE,
        &[&[h(-400, 360, 30), h(-350, 300, 25)]],
    ),
    // Near the mastoid: the occipital ridge and a cap over the top of the head.
    z(
        "sternocleidomastoid",
        &[3],
        E,
        NONE,
        &[
            &[h(50, 680, 30), h(160, 665, 35), h(260, 640, 30)],
            &[h(40, 80, 45), h(130, 160, 50), h(200, 280, 35)],
        ],
        &[
            &[h(280, 660, 30), h(360, 570, 30)],
            &[h(0, 50, 40), h(140, 70, 45), h(260, 120, 35)],
        ],
    ),
    z(
        "sternocleidomastoid",
        &[3],
        S,
        &[&[h(160, 400, 30), h(240, 410, 25)]],
        &[&[h(345, 560, 53)]],
        &[&[h(180, 550, 60)]],
    ),
    // Clavicular head: the forehead, deep in and behind the ear.
    z(
        "sternocleidomastoid",
        &[4],
        E,
        &[&[h(50, 280, 40), h(160, 270, 50), h(260, 300, 35)]],
        &[&[h(350, 600, 35), h(355, 530, 30)]],
        &[
            &[h(180, 500, 35), h(200, 600, 35)],
            &[h(-350, 320, 30), h(-290, 220, 30)],
        ],
    ),
    z(
        "sternocleidomastoid",
        &[4],
        S,
        &[
            &[h(-40, 270, 35), h(-160, 270, 40), h(-240, 300, 30)],
            &[h(220, 740, 53)],
        ],
        NONE,
        &[&[h(-150, 720, 53)]],
    ),
    // Scalenes. Anterior: two fingers over the chest and the inner border of the shoulder blade.
    z(
        "scalenes",
        &[1],
        E,
        &[
            &[h(300, 1520, 35), h(310, 1720, 45), h(300, 1920, 30)],
            &[h(450, 1550, 30), h(460, 1720, 40), h(440, 1880, 25)],
        ],
        &[&[h(200, 1480, 30), h(230, 1650, 40), h(260, 1820, 30)]],
        &[&[h(-300, 1580, 30), h(-360, 1740, 35), h(-370, 1900, 30)]],
    ),
    z(
        "scalenes",
        &[1],
        S,
        &[&[h(780, 1550, 60), arm(350, 0, 80), arm(800, 0, 60)]],
        NONE,
        &[&[h(-130, 1550, 60), h(-120, 1900, 60), h(-110, 2300, 50)]],
    ),
    // Middle: down the front and back of the arm to the thumb and index finger.
    z(
        "scalenes",
        &[2],
        E,
        &[
            &[arm(150, 50, 60), arm(700, 60, 70), arm(1200, 50, 50)],
            &[hand(120, 100, 35), hand(300, 140, 35), hand(450, 150, 20)],
        ],
        &[&[arm(150, 0, 60), arm(700, 0, 70), arm(1200, 0, 50)]],
        &[&[h(-50, 1600, 60), h(-40, 2200, 70), h(-20, 2750, 50)]],
    ),
    z(
        "scalenes",
        &[2],
        S,
        &[
            &[fore(100, 70, 50), fore(550, 70, 50), fore(1000, 60, 35)],
            &[h(380, 1620, 40), h(400, 1800, 40)],
        ],
        &[
            &[fore(100, 60, 50), fore(550, 60, 50), fore(1000, 50, 35)],
            &[hand(100, 50, 40), hand(300, 80, 40)],
        ],
        &[&[h(0, 2950, 50), h(30, 3400, 50), h(-20, 3750, 35)]],
    ),
    // Posterior: the inner border of the shoulder blade, the back of the shoulder and arm.
    z(
        "scalenes",
        &[3],
        E,
        NONE,
        &[&[h(190, 1500, 30), h(220, 1660, 35), h(250, 1800, 25)]],
        &[&[h(380, 1550, 30), h(420, 1750, 30)]],
    ),
    z(
        "scalenes",
        &[3],
        S,
        NONE,
        &[&[h(820, 1620, 60), arm(500, -40, 60), arm(950, -50, 45)]],
        &[&[h(120, 1600, 50), h(130, 2000, 50)]],
    ),
    // Upper trapezius. TrP1: up the back and side of the neck to the mastoid, over the
    // temple and behind the eye; the angle of the jaw.
    z(
        "upper_trapezius",
        &[1],
        E,
        &[&[h(310, 540, 30), h(310, 440, 30), h(250, 360, 30)]],
        &[&[
            h(170, 1120, 30),
            h(180, 950, 35),
            h(250, 780, 35),
            h(300, 600, 30),
        ]],
        &[
            &[h(150, 1050, 35), h(170, 880, 35), h(140, 740, 35)],
            &[h(-50, 500, 40), h(-180, 400, 45), h(-300, 380, 30)],
        ],
    ),
    z(
        "upper_trapezius",
        &[1],
        S,
        &[
            &[h(200, 500, 30), h(260, 510, 20)],
            &[h(250, 800, 25), h(220, 860, 25)],
        ],
        &[&[h(200, 660, 35), h(270, 660, 30)]],
        &[&[h(20, 800, 40), h(-80, 860, 30)], &[h(-330, 500, 38)]],
    ),
    // TrP2: behind the ear and the back of the head.
    z(
        "upper_trapezius",
        &[2],
        E,
        NONE,
        &[&[
            h(160, 950, 35),
            h(200, 780, 40),
            h(240, 680, 35),
            h(345, 600, 30),
        ]],
        &[&[h(160, 950, 35), h(200, 780, 35), h(200, 640, 35)]],
    ),
    // Middle trapezius: burning toward the spine, over the top of the shoulder.
    z(
        "middle_trapezius",
        &[1],
        E,
        NONE,
        &[
            &[h(30, 1300, 25), h(100, 1400, 35), h(190, 1500, 30)],
            &[h(700, 1380, 35), h(780, 1390, 30)],
        ],
        &[&[h(50, 1400, 60)]],
    ),
    // Lower trapezius: back of the neck to the mastoid, over the top of the shoulder blade.
    z(
        "lower_trapezius",
        &[1],
        E,
        NONE,
        &[
            &[h(120, 900, 30), h(190, 760, 35), h(330, 600, 30)],
            &[h(680, 1360, 35), h(760, 1380, 30)],
        ],
        &[&[h(160, 930, 30), h(210, 760, 30), h(220, 630, 30)]],
    ),
    z(
        "lower_trapezius",
        &[1],
        S,
        NONE,
        &[
            &[h(120, 1040, 30), h(120, 1120, 25)],
            &[h(360, 1390, 25), h(500, 1400, 30), h(600, 1410, 25)],
            &[h(200, 1500, 25), h(220, 1620, 25)],
        ],
        NONE,
    ),
    // Levator scapulae: the angle of the neck; down the inner border, the back of the shoulder.
    z(
        "levator_scapulae",
        &[1, 2],
        E,
        NONE,
        &[&[h(130, 1050, 40), h(210, 1220, 50), h(280, 1300, 35)]],
        &[&[h(170, 1050, 35), h(220, 1240, 35)]],
    ),
    z(
        "levator_scapulae",
        &[1, 2],
        S,
        NONE,
        &[
            &[h(200, 1480, 25), h(230, 1620, 30), h(260, 1780, 20)],
            &[h(800, 1560, 50), h(830, 1700, 50)],
        ],
        &[&[h(340, 1450, 35), h(380, 1620, 30)]],
    ),
    // Splenius capitis: a patch on top of the head.
    z(
        "splenius_capitis",
        &[1],
        E,
        NONE,
        &[&[h(60, 100, 50), h(160, 140, 60), h(240, 200, 40)]],
        &[&[h(0, 100, 40), h(120, 110, 40), h(240, 160, 40)]],
    ),
    // Splenius cervicis. Upper: inside the head, focused behind the eye; over the back of the
    // head and the temple.
    z(
        "splenius_cervicis",
        &[1],
        E,
        &[&[h(200, 500, 35), h(270, 480, 25)]],
        NONE,
        &[&[h(-330, 490, 30), h(-220, 480, 30), h(-80, 520, 25)]],
    ),
    z(
        "splenius_cervicis",
        &[1],
        S,
        &[&[h(310, 450, 38)]],
        &[&[h(80, 660, 30), h(200, 630, 35), h(300, 600, 25)]],
        &[&[h(-200, 420, 45)], &[h(360, 560, 30), h(420, 480, 25)]],
    ),
    // Lower: the angle of the neck and the lower back of the neck.
    z(
        "splenius_cervicis",
        &[2],
        E,
        NONE,
        &[&[h(140, 1170, 35), h(220, 1240, 35)]],
        &[&[h(200, 1200, 53)]],
    ),
    z(
        "splenius_cervicis",
        &[2],
        S,
        NONE,
        &[&[h(80, 1040, 25), h(100, 1120, 20)]],
        &[&[h(170, 1050, 45)]],
    ),
    // Suboccipitals: deep, from the back of the head over the ear to behind the eye.
    z(
        "suboccipitals",
        &[1],
        E,
        &[&[h(200, 500, 45)]],
        &[&[h(40, 640, 30), h(140, 630, 35), h(240, 620, 25)]],
        &[&[
            h(300, 640, 30),
            h(220, 500, 35),
            h(0, 460, 30),
            h(-300, 480, 25),
        ]],
    ),
    z(
        "suboccipitals",
        &[1],
        S,
        &[&[h(310, 460, 38)], &[h(140, 340, 30), h(220, 330, 25)]],
        &[&[h(350, 570, 45)]],
        &[&[h(-320, 340, 30), h(-200, 360, 30)]],
    ),
    // Semispinalis capitis: a band round the side of the head, strongest at the temple and eye.
    z(
        "semispinalis_capitis",
        &[1],
        E,
        &[&[h(310, 460, 38)], &[h(200, 500, 45)]],
        &[&[h(50, 620, 30), h(150, 600, 40), h(260, 620, 25)]],
        &[&[
            h(400, 500, 35),
            h(200, 360, 45),
            h(-100, 360, 45),
            h(-320, 460, 30),
        ]],
    ),
    z(
        "semispinalis_capitis",
        &[1],
        S,
        &[&[h(120, 330, 30), h(220, 350, 30)]],
        &[&[h(120, 200, 50), h(220, 280, 40)]],
        &[&[h(150, 120, 40), h(-100, 140, 35)]],
    ),
    // Cervical multifidi: the back of the head and neck, down to the shoulder blade.
    z(
        "cervical_multifidi",
        &[1],
        E,
        NONE,
        &[&[h(100, 660, 35), h(110, 800, 30), h(100, 950, 30)]],
        &[&[h(300, 640, 30), h(220, 800, 30), h(180, 950, 30)]],
    ),
    z(
        "cervical_multifidi",
        &[1],
        S,
        NONE,
        &[
            &[h(100, 1050, 25), h(130, 1120, 20)],
            &[h(200, 1500, 25), h(220, 1680, 25)],
        ],
        &[&[h(180, 1100, 25), h(270, 1300, 25)]],
    ),
    // Rhomboids: along the inner border of the shoulder blade.
    z(
        "rhomboids",
        &[1, 2],
        E,
        NONE,
        &[&[h(170, 1460, 30), h(200, 1620, 35), h(230, 1800, 30)]],
        NONE,
    ),
    z(
        "rhomboids",
        &[1, 2],
        S,
        NONE,
        &[&[h(330, 1380, 25), h(420, 1410, 20)]],
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
            &[h(340, 1420, 30), h(460, 1500, 50), h(580, 1520, 40)],
            &[h(800, 1600, 75)],
        ],
        &[&[h(140, 1520, 75)]],
    ),
    z(
        "serratus_posterior_superior",
        &[1],
        S,
        &[&[hand(200, -90, 35), hand(450, -110, 25)]],
        &[
            &[h(440, 1600, 68)],
            &[
                arm(450, -50, 50),
                arm(1000, -80, 50),
                fore(350, -100, 40),
                fore(950, -80, 30),
            ],
        ],
        &[&[
            h(140, 1850, 40),
            h(130, 2500, 40),
            h(80, 3200, 35),
            h(30, 3700, 25),
        ]],
    ),
    // Serratus posterior inferior: a local ache over the lower ribs.
    z(
        "serratus_posterior_inferior",
        &[1],
        E,
        NONE,
        &[&[h(220, 2250, 50), h(360, 2300, 60)]],
        &[&[h(300, 2300, 75)]],
    ),
    z(
        "serratus_posterior_inferior",
        &[1],
        S,
        NONE,
        &[&[h(500, 2300, 40), h(520, 2500, 35)], &[h(300, 2680, 45)]],
        &[&[h(100, 2400, 75)]],
    ),
    // Infraspinatus: deep in the front of the shoulder, down the front and outer arm to the
    // thumb side of the forearm and hand.
    z(
        "infraspinatus",
        &[1, 2],
        E,
        &[&[h(720, 1500, 50), h(820, 1600, 70), h(850, 1760, 40)]],
        NONE,
        &[&[h(-160, 1480, 40), h(-160, 1620, 45)]],
    ),
    z(
        "infraspinatus",
        &[1, 2],
        S,
        &[
            &[arm(400, 80, 60), arm(900, 100, 50), arm(1250, 100, 30)],
            &[
                fore(150, 100, 40),
                fore(600, 100, 40),
                fore(1000, 80, 30),
                hand(250, 120, 30),
            ],
        ],
        &[&[arm(500, 120, 40), arm(1000, 110, 30)]],
        &[&[
            h(-160, 1850, 40),
            h(-150, 2400, 40),
            h(-140, 3100, 35),
            h(-110, 3700, 30),
        ]],
    ),
    // The third, medial trigger point: over the shoulder blade and its inner border.
    z(
        "infraspinatus",
        &[3],
        E,
        NONE,
        &[&[h(360, 1550, 40), h(440, 1650, 45)]],
        NONE,
    ),
    z(
        "infraspinatus",
        &[3],
        S,
        NONE,
        &[&[h(210, 1520, 25), h(240, 1720, 25)]],
        NONE,
    ),
    // Latissimus dorsi. Upper: the lower corner of the shoulder blade, the back of the
    // shoulder, down the inner arm and forearm to the ring and little fingers.
    z(
        "latissimus_dorsi",
        &[1],
        E,
        NONE,
        &[&[h(320, 1950, 60), h(420, 2000, 70), h(520, 1980, 40)]],
        &[&[h(200, 1950, 75)]],
    ),
    z(
        "latissimus_dorsi",
        &[1],
        S,
        &[&[
            fore(100, -110, 40),
            fore(600, -100, 40),
            fore(1000, -80, 30),
            hand(300, -100, 30),
        ]],
        &[
            &[h(450, 1720, 40), h(350, 2200, 40)],
            &[h(840, 1660, 40), arm(600, -100, 45), arm(1100, -100, 35)],
        ],
        &[&[
            h(160, 1700, 40),
            h(150, 2300, 45),
            h(100, 2900, 40),
            h(50, 3600, 30),
        ]],
    ),
    // Lower: the flank, toward the rim of the pelvis and the front of the shoulder.
    z(
        "latissimus_dorsi",
        &[2],
        E,
        NONE,
        &[&[h(540, 2300, 40), h(550, 2600, 40)]],
        &[&[h(100, 2400, 50), h(80, 2700, 45)]],
    ),
    z(
        "latissimus_dorsi",
        &[2],
        S,
        &[&[h(750, 1620, 68)]],
        &[&[h(500, 3100, 30), h(620, 3100, 25)]],
        &[&[h(-150, 1600, 60)], &[h(200, 3050, 53)]],
    ),
    // Iliocostalis thoracis. Upper: toward the spine and up over the inner border of the
    // shoulder blade; through to the chest.
    z(
        "iliocostalis_thoracis",
        &[1],
        E,
        NONE,
        &[&[h(190, 1550, 30), h(220, 1720, 40), h(220, 1860, 30)]],
        &[&[h(370, 1700, 50)]],
    ),
    z(
        "iliocostalis_thoracis",
        &[1],
        S,
        &[&[h(420, 1800, 40), h(500, 1900, 35)]],
        &[&[h(780, 1600, 68)]],
        &[&[h(-320, 1800, 60)]],
    ),
    // Lower: over the lower corner of the shoulder blade and the mid-back; the belly.
    z(
        "iliocostalis_thoracis",
        &[2],
        E,
        NONE,
        &[&[h(260, 1960, 35), h(240, 2200, 45), h(220, 2450, 35)]],
        &[&[h(300, 2150, 40), h(300, 2400, 35)]],
    ),
    z(
        "iliocostalis_thoracis",
        &[2],
        S,
        &[&[h(300, 2300, 40), h(400, 2450, 45)]],
        &[&[h(200, 2680, 35), h(220, 2850, 30)]],
        &[&[h(-300, 2400, 60)]],
    ),
    // Longissimus thoracis: down to the sacroiliac joint and the buttock.
    z(
        "longissimus_thoracis",
        &[1],
        E,
        NONE,
        &[&[h(170, 3250, 35), h(220, 3380, 45), h(300, 3480, 35)]],
        &[&[h(400, 3300, 40), h(420, 3480, 40)]],
    ),
    z(
        "longissimus_thoracis",
        &[1],
        S,
        NONE,
        &[
            &[h(200, 2750, 30), h(200, 2900, 25)],
            &[h(280, 3720, 40), h(300, 3850, 30)],
        ],
        &[&[h(300, 2850, 45)], &[h(400, 3700, 53)]],
    ),
    // Iliocostalis lumborum: down into the middle of the buttock.
    z(
        "iliocostalis_lumborum",
        &[1],
        E,
        NONE,
        &[&[h(300, 3340, 40), h(360, 3480, 50), h(380, 3580, 35)]],
        &[&[h(440, 3350, 40), h(460, 3550, 40)]],
    ),
    z(
        "iliocostalis_lumborum",
        &[1],
        S,
        NONE,
        &[
            &[h(300, 2750, 30), h(300, 2920, 30)],
            &[h(340, 3720, 35), h(320, 3860, 30)],
        ],
        &[&[h(310, 2900, 40)], &[h(450, 3720, 53)]],
    ),
    // Lumbar multifidi: at the spinous process of the level and a few segments lower; the
    // sacrum and tailbone; the belly in front.
    z(
        "lumbar_multifidi",
        &[1],
        E,
        NONE,
        &[&[h(20, 2680, 20), h(60, 2800, 35), h(80, 2950, 30)]],
        &[&[h(300, 2720, 30), h(310, 2900, 30)]],
    ),
    z(
        "lumbar_multifidi",
        &[1],
        S,
        &[&[h(200, 2900, 40), h(300, 2950, 35)]],
        NONE,
        &[&[h(-300, 2950, 60)]],
    ),
    z(
        "lumbar_multifidi",
        &[2],
        E,
        NONE,
        &[
            &[h(20, 2820, 20), h(70, 2950, 30)],
            &[h(30, 3350, 25), h(40, 3500, 25)],
        ],
        &[&[h(310, 2900, 30), h(360, 3100, 30)], &[h(480, 3380, 45)]],
    ),
    z(
        "lumbar_multifidi",
        &[2],
        S,
        NONE,
        &[&[h(15, 3720, 15), h(20, 3800, 15)]],
        &[&[h(470, 3680, 38)]],
    ),
    // Quadratus lumborum. Upper superficial: along the iliac crest; the lower belly and groin.
    z(
        "quadratus_lumborum",
        &[1],
        E,
        NONE,
        &[&[h(200, 3120, 30), h(340, 3050, 35), h(500, 3020, 30)]],
        &[&[h(330, 2980, 30), h(150, 2970, 35), h(-50, 3020, 30)]],
    ),
    z(
        "quadratus_lumborum",
        &[1],
        S,
        &[&[h(420, 3100, 40), h(380, 3400, 40), h(300, 3600, 30)]],
        NONE,
        &[&[h(-280, 3300, 40), h(-300, 3600, 35)]],
    ),
    // Lower superficial: over the greater trochanter.
    z(
        "quadratus_lumborum",
        &[2],
        E,
        NONE,
        &[&[h(660, 3550, 45), h(680, 3680, 40)]],
        &[&[h(0, 3580, 50), h(0, 3740, 40)]],
    ),
    // Upper deep: the sacroiliac joint.
    z(
        "quadratus_lumborum",
        &[3],
        E,
        NONE,
        &[&[h(170, 3300, 35), h(190, 3420, 35)]],
        &[&[h(440, 3300, 53)]],
    ),
    // Lower deep: the lower buttock.
    z(
        "quadratus_lumborum",
        &[4],
        E,
        NONE,
        &[&[h(240, 3800, 45), h(360, 3880, 40)]],
        &[&[h(420, 3800, 68)]],
    ),
    // Iliopsoas: a vertical band beside the lumbar spine down to the sacroiliac joint; the
    // groin and the upper front of the thigh.
    z(
        "iliopsoas",
        &[1, 2],
        E,
        &[&[h(300, 3980, 50), h(330, 4200, 60), h(320, 4450, 40)]],
        &[&[
            h(80, 2450, 35),
            h(100, 2800, 45),
            h(120, 3100, 40),
            h(170, 3350, 30),
        ]],
        &[
            &[h(300, 2500, 30), h(310, 2900, 30)],
            &[h(-300, 3950, 40), h(-310, 4300, 40)],
        ],
    ),
    z(
        "iliopsoas",
        &[1, 2],
        S,
        &[&[h(320, 3550, 40), h(370, 3750, 35)]],
        &[&[h(260, 3400, 35), h(320, 3450, 30)]],
        &[&[h(-270, 3650, 45)], &[h(470, 3300, 45)]],
    ),
    // Gluteus medius. Posterior: along the crest, over the sacroiliac joint and sacrum.
    z(
        "gluteus_medius",
        &[1],
        E,
        NONE,
        &[&[
            h(50, 3400, 25),
            h(160, 3220, 30),
            h(320, 3070, 35),
            h(500, 3030, 30),
        ]],
        &[&[h(420, 3080, 35), h(200, 3020, 35)]],
    ),
    z(
        "gluteus_medius",
        &[1],
        S,
        NONE,
        &[&[h(220, 2850, 30), h(300, 2900, 25)]],
        NONE,
    ),
    // Middle: the buttock and the side of the hip; spilling down the back of the thigh.
    z(
        "gluteus_medius",
        &[2],
        E,
        NONE,
        &[&[h(400, 3380, 45), h(550, 3450, 50), h(680, 3600, 35)]],
        &[&[h(300, 3300, 40), h(100, 3450, 50), h(-20, 3620, 35)]],
    ),
    z(
        "gluteus_medius",
        &[2],
        S,
        NONE,
        &[&[h(480, 3720, 40), h(520, 4100, 40), h(500, 4350, 25)]],
        &[&[h(300, 3750, 40), h(300, 4200, 35)]],
    ),
    // Anterior: the crest, the sacroiliac joint and the sacrum.
    z(
        "gluteus_medius",
        &[3],
        E,
        NONE,
        &[&[
            h(40, 3450, 25),
            h(150, 3320, 35),
            h(280, 3120, 30),
            h(450, 3040, 25),
        ]],
        &[&[h(440, 3300, 35), h(380, 3100, 30)]],
    ),
    z(
        "gluteus_medius",
        &[3],
        S,
        NONE,
        &[
            &[h(320, 3380, 35), h(350, 3720, 40)],
            &[h(220, 2820, 25), h(300, 2860, 20)],
        ],
        &[&[h(420, 3600, 53)]],
    ),
    // Gluteus maximus. Beside the sacrum: a crescent along the buttock crease and the
    // sacroiliac joint.
    z(
        "gluteus_maximus",
        &[1],
        E,
        NONE,
        &[&[
            h(180, 3300, 30),
            h(160, 3550, 35),
            h(200, 3800, 35),
            h(320, 3950, 25),
        ]],
        &[&[h(450, 3350, 35), h(500, 3600, 35), h(450, 3800, 30)]],
    ),
    z(
        "gluteus_maximus",
        &[1],
        S,
        NONE,
        &[&[h(60, 3500, 45)]],
        NONE,
    ),
    // Lower: the lower sacrum and the buttock below the crest.
    z(
        "gluteus_maximus",
        &[2],
        E,
        NONE,
        &[&[
            h(60, 3550, 30),
            h(250, 3500, 50),
            h(420, 3550, 50),
            h(440, 3750, 40),
        ]],
        &[&[h(460, 3420, 40), h(480, 3650, 40)]],
    ),
    // Lowest inner fibres: the tailbone.
    z(
        "gluteus_maximus",
        &[3],
        E,
        NONE,
        &[&[h(24, 3700, 14), h(24, 3800, 14)]],
        &[&[h(450, 3780, 38)]],
    ),
    z(
        "gluteus_maximus",
        &[3],
        S,
        NONE,
        &[&[h(120, 3850, 53)]],
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
                h(160, 3300, 30),
                h(240, 3450, 45),
                h(400, 3550, 50),
                h(620, 3620, 40),
            ],
            &[h(300, 3750, 60)],
        ],
        &[&[h(440, 3350, 35), h(340, 3550, 50), h(120, 3620, 40)]],
    ),
    z(
        "piriformis",
        &[1, 2],
        S,
        NONE,
        &[&[h(340, 4050, 50), h(340, 4400, 50), h(330, 4700, 30)]],
        &[&[h(300, 4050, 40), h(260, 4500, 35)]],
    ),
];

/// The outline of one band, in figure units, before it is placed on a side.
fn band(nodes: &[Node]) -> Vec<Point> {
    let (ua, fa, hd) = (upper_arm(), forearm(), super::body::hand());
    let pts: Vec<(Point, f32)> = nodes
        .iter()
        .map(|n| {
            let (a, b) = (f32::from(n.a) / 1000.0, f32::from(n.b) / 1000.0);
            let p = match n.frame {
                Frame::Body => Point::new(a, b),
                Frame::Arm => ua.at(a, b),
                Frame::Fore => fa.at(a, b),
                Frame::Hand => hd.at(a, b),
            };
            (Point::heads(p.x, p.y), f32::from(n.w) / 1000.0 * HEAD)
        })
        .collect();
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
                        number: usize::from(number),
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
        .flat_map(|z| {
            z.numbers
                .iter()
                .map(move |&n| (z.muscle, usize::from(n), z.kind))
        })
        .collect()
}
