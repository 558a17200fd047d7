//! The tappable pain regions.
//!
//! The silhouette is first cut into body parts along short anatomical lines (jaw, neck
//! base, armpit, elbow, wrist, groin or gluteal fold, knee, ankle); the pieces share their
//! cuts exactly, so they cover the body once. Inside a part, each point belongs to the
//! region of the nearest seed: the cells are the part clipped by perpendicular bisectors
//! (exact half-plane clipping), and cells of one region are merged. Seeds sit at each
//! region's anatomical place, several along long regions. Everything is built on the
//! viewer's right half and mirrored, so left and right match.

use super::body;
use super::figure::{RegionShape, Side, View};
use super::path;
use super::point::Point;
use super::poly;

/// Front-view region ids.
pub(crate) const FRONT: &[&str] = &[
    "forehead-left",
    "forehead-right",
    "temple-left",
    "temple-right",
    "eye-left",
    "eye-right",
    "cheek-jaw-left",
    "cheek-jaw-right",
    "neck-front-left",
    "neck-front-right",
    "chest-left",
    "chest-right",
    "sternum",
    "shoulder-front-left",
    "shoulder-front-right",
    "upper-arm-front-left",
    "upper-arm-front-right",
    "forearm-front-left",
    "forearm-front-right",
    "hand-thumb-side-left",
    "hand-thumb-side-right",
    "hand-little-finger-side-left",
    "hand-little-finger-side-right",
    "abdomen-upper-left",
    "abdomen-upper-right",
    "abdomen-lower-left",
    "abdomen-lower-right",
    "groin-left",
    "groin-right",
    "thigh-front-left",
    "thigh-front-right",
    "knee-front-left",
    "knee-front-right",
    "shin-left",
    "shin-right",
    "foot-left",
    "foot-right",
];

/// Back-view region ids.
pub(crate) const BACK: &[&str] = &[
    "crown-left",
    "crown-right",
    "occiput-left",
    "occiput-right",
    "behind-ear-left",
    "behind-ear-right",
    "neck-back-upper-left",
    "neck-back-upper-right",
    "neck-back-lower-left",
    "neck-back-lower-right",
    "neck-angle-left",
    "neck-angle-right",
    "shoulder-top-left",
    "shoulder-top-right",
    "shoulder-back-left",
    "shoulder-back-right",
    "scapula-upper-left",
    "scapula-upper-right",
    "upper-back-spine",
    "scapula-left",
    "scapula-right",
    "scapula-medial-border-left",
    "scapula-medial-border-right",
    "scapula-lower-angle-left",
    "scapula-lower-angle-right",
    "mid-back-left",
    "mid-back-right",
    "flank-left",
    "flank-right",
    "low-back-left",
    "low-back-right",
    "lumbar-spine",
    "iliac-crest-left",
    "iliac-crest-right",
    "si-joint-left",
    "si-joint-right",
    "sacrum",
    "buttock-upper-left",
    "buttock-upper-right",
    "buttock-lower-left",
    "buttock-lower-right",
    "coccyx",
    "outer-hip-left",
    "outer-hip-right",
    "upper-arm-back-left",
    "upper-arm-back-right",
    "forearm-back-left",
    "forearm-back-right",
    "hand-back-left",
    "hand-back-right",
    "thigh-back-left",
    "thigh-back-right",
    "knee-back-left",
    "knee-back-right",
    "calf-left",
    "calf-right",
    "heel-left",
    "heel-right",
];

/// A point of a cut: a named landmark of the viewer's right half, the same landmark on the
/// left half, or a point in head units.
#[derive(Clone, Copy)]
enum At {
    Mark(&'static str),
    LeftMark(&'static str),
    P(f32, f32),
}

impl At {
    fn point(self, mirrored: bool) -> Point {
        let p = match self {
            At::Mark(name) => body::landmark(name),
            At::LeftMark(name) => body::landmark(name).mirror(),
            At::P(u, v) => Point::heads(u, v),
        };
        if mirrored {
            p.mirror()
        } else {
            p
        }
    }
}

/// A cut that splits part `from_part` along a line from `from` through `via` to `to`; the
/// piece running along the outline from `from` to `to` becomes `new_part`. A paired cut is
/// described on the viewer's right half (parts suffixed `_r`) and repeated mirrored (`_l`).
struct Cut {
    from_part: &'static str,
    new_part: &'static str,
    from: At,
    to: At,
    via: &'static [At],
    paired: bool,
}

const fn cut(
    from_part: &'static str,
    new_part: &'static str,
    from: At,
    to: At,
    via: &'static [At],
) -> Cut {
    Cut {
        from_part,
        new_part,
        from,
        to,
        via,
        paired: true,
    }
}

/// An unpaired cut straight across the midline, from `mark` on the viewer's left to the same
/// mark on the right, through `via`.
const fn across(
    from_part: &'static str,
    new_part: &'static str,
    mark: &'static str,
    via: &'static [At],
) -> Cut {
    Cut {
        from_part,
        new_part,
        from: At::LeftMark(mark),
        to: At::Mark(mark),
        via,
        paired: false,
    }
}

/// Cuts shared by the front and back views, after the trunk-to-leg cut.
const LIMB_CUTS: &[Cut] = &[
    cut(
        "arm",
        "forearm",
        At::Mark("elbow_outer"),
        At::Mark("elbow_inner"),
        &[],
    ),
    cut(
        "forearm",
        "hand",
        At::Mark("wrist_outer"),
        At::Mark("wrist_inner"),
        &[At::Mark("wrist_mid")],
    ),
    cut(
        "leg",
        "knee",
        At::Mark("knee_outer_top"),
        At::Mark("knee_inner_top"),
        &[],
    ),
    cut(
        "knee",
        "shin",
        At::Mark("knee_outer_bottom"),
        At::Mark("knee_inner_bottom"),
        &[],
    ),
    cut(
        "shin",
        "foot",
        At::Mark("ankle_outer"),
        At::Mark("ankle_inner"),
        &[],
    ),
];

/// Areas inside one part: each area's seeds on the viewer's right half (a seed with `u = 0`
/// makes a midline region).
struct Part {
    name: &'static str,
    areas: &'static [(&'static str, &'static [(f32, f32)])],
}

const FRONT_CUTS: &[Cut] = &[
    across(
        "body",
        "head",
        "jaw_angle",
        &[
            At::P(-0.22, 0.885),
            At::P(-0.12, 0.955),
            At::P(0.0, 0.985),
            At::P(0.12, 0.955),
            At::P(0.22, 0.885),
        ],
    ),
    across(
        "body",
        "neck",
        "neck_base",
        &[At::P(-0.16, 1.27), At::P(0.0, 1.33), At::P(0.16, 1.27)],
    ),
    cut(
        "body",
        "arm",
        At::Mark("upper_arm_outer"),
        At::Mark("armpit"),
        &[],
    ),
    cut(
        "body",
        "leg",
        At::Mark("hip"),
        At::Mark("crotch"),
        &[At::P(0.5, 3.72), At::P(0.25, 3.85)],
    ),
];

const FRONT_PARTS: &[Part] = &[
    Part {
        name: "head",
        areas: &[
            ("forehead", &[(0.1, 0.1), (0.13, 0.28), (0.26, 0.2)]),
            ("temple", &[(0.33, 0.4), (0.39, 0.52)]),
            ("eye", &[(0.16, 0.49)]),
            (
                "cheek-jaw",
                &[(0.23, 0.66), (0.33, 0.7), (0.15, 0.83), (0.04, 0.92)],
            ),
        ],
    },
    Part {
        name: "neck",
        areas: &[("neck-front", &[(0.1, 1.05), (0.12, 1.22)])],
    },
    Part {
        name: "body",
        areas: &[
            (
                "sternum",
                &[(0.0, 1.45), (0.0, 1.65), (0.0, 1.85), (0.0, 2.05)],
            ),
            (
                "chest",
                &[
                    (0.3, 1.4),
                    (0.28, 1.62),
                    (0.28, 1.85),
                    (0.5, 1.55),
                    (0.5, 1.85),
                    (0.26, 2.05),
                ],
            ),
            ("shoulder-front", &[(0.75, 1.45), (0.86, 1.6), (0.8, 1.78)]),
            (
                "abdomen-upper",
                &[
                    (0.14, 2.35),
                    (0.4, 2.35),
                    (0.16, 2.7),
                    (0.45, 2.7),
                    (0.6, 2.15),
                ],
            ),
            (
                "abdomen-lower",
                &[(0.16, 3.2), (0.42, 3.17), (0.62, 3.22), (0.1, 3.45)],
            ),
            (
                "groin",
                &[(0.2, 3.74), (0.36, 3.62), (0.53, 3.5), (0.7, 3.55)],
            ),
        ],
    },
    Part {
        name: "arm",
        areas: &[("upper-arm-front", &[])],
    },
    Part {
        name: "forearm",
        areas: &[("forearm-front", &[])],
    },
    Part {
        name: "thumb",
        areas: &[("hand-thumb-side", &[])],
    },
    Part {
        name: "hand",
        areas: &[("hand-little-finger-side", &[])],
    },
    Part {
        name: "leg",
        areas: &[("thigh-front", &[])],
    },
    Part {
        name: "knee",
        areas: &[("knee-front", &[])],
    },
    Part {
        name: "shin",
        areas: &[("shin", &[])],
    },
    Part {
        name: "foot",
        areas: &[("foot", &[])],
    },
];

const BACK_CUTS: &[Cut] = &[
    across(
        "body",
        "head",
        "jaw_angle",
        &[At::P(-0.2, 0.84), At::P(0.0, 0.86), At::P(0.2, 0.84)],
    ),
    across(
        "body",
        "neck",
        "neck_base",
        &[At::P(-0.13, 1.17), At::P(0.0, 1.23), At::P(0.13, 1.17)],
    ),
    cut(
        "body",
        "arm",
        At::Mark("upper_arm_outer"),
        At::Mark("armpit"),
        &[],
    ),
    cut(
        "body",
        "leg",
        At::Mark("thigh_outer_top"),
        At::Mark("crotch"),
        &[At::P(0.6, 3.96), At::P(0.35, 4.02), At::P(0.12, 4.0)],
    ),
];

const BACK_PARTS: &[Part] = &[
    Part {
        name: "head",
        areas: &[
            ("crown", &[(0.1, 0.1), (0.22, 0.24), (0.1, 0.32)]),
            ("occiput", &[(0.1, 0.58), (0.1, 0.78), (0.22, 0.7)]),
            ("behind-ear", &[(0.36, 0.55), (0.33, 0.72)]),
        ],
    },
    Part {
        name: "neck",
        areas: &[
            ("neck-back-upper", &[(0.1, 0.94), (0.2, 0.94)]),
            ("neck-back-lower", &[(0.1, 1.12), (0.2, 1.1)]),
        ],
    },
    Part {
        name: "body",
        areas: &[
            ("neck-angle", &[(0.28, 1.2), (0.2, 1.27)]),
            ("shoulder-top", &[(0.42, 1.27), (0.6, 1.32), (0.78, 1.38)]),
            ("shoulder-back", &[(0.88, 1.55), (0.92, 1.72), (0.8, 1.78)]),
            // The shoulder blade as drawn: above its spine, the blade below it, the strip
            // along its inner border and the lower corner (level with T7).
            ("scapula-upper", &[(0.4, 1.4), (0.57, 1.385)]),
            (
                "scapula",
                &[(0.4, 1.58), (0.55, 1.55), (0.42, 1.75), (0.62, 1.66)],
            ),
            (
                "scapula-medial-border",
                &[(0.2, 1.45), (0.205, 1.6), (0.22, 1.75), (0.255, 1.9)],
            ),
            ("scapula-lower-angle", &[(0.35, 2.04), (0.48, 1.97)]),
            (
                "upper-back-spine",
                &[
                    (0.0, 1.35),
                    (0.0, 1.55),
                    (0.0, 1.75),
                    (0.0, 1.95),
                    (0.0, 2.15),
                    (0.0, 2.35),
                ],
            ),
            (
                "mid-back",
                &[(0.17, 2.3), (0.2, 2.5), (0.35, 2.45), (0.17, 2.15)],
            ),
            ("flank", &[(0.58, 2.35), (0.6, 2.65), (0.6, 2.05)]),
            ("low-back", &[(0.15, 2.72), (0.15, 2.95), (0.32, 2.78)]),
            // The lumbar spine itself, between the upper back's spine and the sacrum.
            ("lumbar-spine", &[(0.0, 2.6), (0.0, 2.8), (0.0, 3.0)]),
            ("iliac-crest", &[(0.3, 3.08), (0.45, 3.0), (0.6, 3.06)]),
            ("si-joint", &[(0.14, 3.3)]),
            ("sacrum", &[(0.0, 3.25), (0.0, 3.42), (0.0, 3.57)]),
            ("coccyx", &[(0.0, 3.74)]),
            ("buttock-upper", &[(0.33, 3.32), (0.5, 3.28), (0.26, 3.5)]),
            ("buttock-lower", &[(0.25, 3.8), (0.42, 3.8), (0.14, 3.88)]),
            ("outer-hip", &[(0.7, 3.45), (0.72, 3.65)]),
        ],
    },
    Part {
        name: "arm",
        areas: &[("upper-arm-back", &[])],
    },
    Part {
        name: "forearm",
        areas: &[("forearm-back", &[])],
    },
    Part {
        name: "hand",
        areas: &[("hand-back", &[])],
    },
    Part {
        name: "leg",
        areas: &[("thigh-back", &[])],
    },
    Part {
        name: "knee",
        areas: &[("knee-back", &[])],
    },
    Part {
        name: "shin",
        areas: &[("calf", &[])],
    },
    Part {
        name: "foot",
        areas: &[("heel", &[])],
    },
];

/// The extra front-view cut between the thumb side and the little-finger side of the hand.
const THUMB_CUT: Cut = cut(
    "hand",
    "thumb",
    At::Mark("wrist_mid"),
    At::Mark("finger_tip"),
    &[],
);

/// Cuts `silhouette` into named parts.
fn parts(silhouette: &[Point], cuts: &[&Cut]) -> Vec<(String, Vec<Point>)> {
    let mut parts: Vec<(String, Vec<Point>)> = vec![("body".to_string(), silhouette.to_vec())];
    for c in cuts {
        let sides: &[bool] = if c.paired { &[false, true] } else { &[false] };
        for &mirrored in sides {
            let suffix = match (c.paired, mirrored) {
                (false, _) => "",
                (true, false) => "_r",
                (true, true) => "_l",
            };
            let src = if c.from_part == "body" {
                "body".to_string()
            } else {
                format!("{}{suffix}", c.from_part)
            };
            let via: Vec<Point> = c.via.iter().map(|a| a.point(mirrored)).collect();
            let (from, to, via) = if mirrored {
                // Mirroring reverses the walking direction: swap the ends.
                (
                    c.to.point(true),
                    c.from.point(true),
                    via.into_iter().rev().collect(),
                )
            } else {
                (c.from.point(false), c.to.point(false), via)
            };
            let k = parts
                .iter()
                .position(|(n, _)| *n == src)
                .expect("cut of a known part");
            let (a, b) = poly::split(&parts[k].1, from, to, &via);
            parts[k].1 = b;
            parts.push((format!("{}{suffix}", c.new_part), a));
        }
    }
    parts
}

/// The region id and patient's side of `area` in `view`: on the midline (`viewer_right`
/// is `None`), or on the viewer's right or left half.
fn region_id(view: View, area: &str, viewer_right: Option<bool>) -> (&'static str, Side) {
    let side = match viewer_right {
        None => Side::Mid,
        // The patient's left is on the viewer's right from the front, on the left behind.
        Some(right) if right == (view == View::Front) => Side::Left,
        Some(_) => Side::Right,
    };
    let want = match side {
        Side::Mid => area.to_string(),
        Side::Left => format!("{area}-left"),
        Side::Right => format!("{area}-right"),
    };
    let ids = if view == View::Front { FRONT } else { BACK };
    let id = ids
        .iter()
        .find(|id| **id == want)
        .unwrap_or_else(|| panic!("unknown region {want}"));
    (id, side)
}

/// The pain regions of the front or back view.
pub(crate) fn regions(view: View, silhouette: &[Point]) -> Vec<RegionShape> {
    let (cuts, defs): (Vec<&Cut>, &[Part]) = match view {
        View::Front => (
            FRONT_CUTS
                .iter()
                .chain(LIMB_CUTS)
                .chain([&THUMB_CUT])
                .collect(),
            FRONT_PARTS,
        ),
        View::Back => (BACK_CUTS.iter().chain(LIMB_CUTS).collect(), BACK_PARTS),
        View::Side => return Vec::new(),
    };
    let parts = parts(silhouette, &cuts);
    // (id, side, cells)
    let mut out: Vec<(&'static str, Side, Vec<Vec<Point>>)> = Vec::new();
    let mut add = |id: &'static str, side: Side, cell: Vec<Point>| {
        if let Some(e) = out.iter_mut().find(|e| e.0 == id) {
            e.2.push(cell);
        } else {
            out.push((id, side, vec![cell]));
        }
    };
    for (name, polygon) in &parts {
        let (base, right) = match name.strip_suffix("_r") {
            Some(b) => (b, Some(true)),
            None => match name.strip_suffix("_l") {
                Some(b) => (b, Some(false)),
                None => (name.as_str(), None),
            },
        };
        let def = defs
            .iter()
            .find(|d| d.name == base)
            .unwrap_or_else(|| panic!("no areas for {name}"));
        // Seeds in figure units with their region.
        let mut seeds: Vec<(Point, &'static str, Side)> = Vec::new();
        for (area, pts) in def.areas {
            match right {
                Some(r) => {
                    let (id, side) = region_id(view, area, Some(r));
                    if pts.is_empty() {
                        add(id, side, polygon.clone());
                    }
                    for &(u, v) in *pts {
                        let p = Point::heads(u, v);
                        seeds.push((if r { p } else { p.mirror() }, id, side));
                    }
                }
                None => {
                    for &(u, v) in *pts {
                        if u == 0.0 {
                            let (id, side) = region_id(view, area, None);
                            seeds.push((Point::heads(u, v), id, side));
                        } else {
                            for r in [true, false] {
                                let (id, side) = region_id(view, area, Some(r));
                                let p = Point::heads(u, v);
                                seeds.push((if r { p } else { p.mirror() }, id, side));
                            }
                        }
                    }
                }
            }
        }
        for (i, &(s, id, side)) in seeds.iter().enumerate() {
            // The nearest seeds first: they cut the most, so later cuts have less to cut.
            let mut others: Vec<(f32, Point)> = seeds
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, &(o, _, _))| (o.dist(s), o))
                .collect();
            crate::model::sort_small(&mut others, |a, b| a.0 < b.0);
            let mut cell = polygon.clone();
            for (_, o) in others {
                if !cell.is_empty() {
                    cell = poly::clip_nearer(&cell, s, o);
                }
            }
            if cell.len() >= 3 {
                add(id, side, cell);
            }
        }
    }
    out.into_iter()
        .map(|(id, side, cells)| {
            let polygons = poly::merge(&cells);
            let d = polygons
                .iter()
                .map(|p| path::polygon(p))
                .collect::<Vec<_>>()
                .join(" ");
            RegionShape {
                id,
                side,
                d,
                centre: centre(&polygons),
                polygons,
            }
        })
        .collect()
}

/// Centre of area of loops (holes count negatively).
fn centre(polygons: &[Vec<Point>]) -> Point {
    let mut total = 0.0;
    let mut acc = Point::default();
    for p in polygons {
        let a = poly::signed_area(p);
        acc = acc + poly::centroid(p) * a;
        total += a;
    }
    if total.abs() > 1e-6 {
        acc * (1.0 / total)
    } else {
        Point::default()
    }
}
