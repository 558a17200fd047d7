//! Native tests of the figure's geometry: trigger points inside their muscles, everything
//! inside the silhouette, pain regions covering the body once, left and right mirroring,
//! the spine's 33 vertebrae, 23 discs and curves, and stable path output.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use body_map::geometry::{
    contains, figure, path, region_at, sin_cos, unseen_trigger_points, within, Figure, Point,
    RegionShape, MID,
};
use body_map::model::{Side, View};
use common::{BACK_AREAS, BACK_MID, FRONT_AREAS, FRONT_MID};

/// Trigger points per muscle on each side, in the order charted.
const TRIGGER_POINTS: &[(&str, usize)] = &[
    ("sternocleidomastoid", 4),
    ("scalenes", 3),
    ("upper_trapezius", 2),
    ("middle_trapezius", 1),
    ("lower_trapezius", 1),
    ("levator_scapulae", 2),
    ("splenius_capitis", 1),
    ("splenius_cervicis", 2),
    ("suboccipitals", 1),
    ("semispinalis_capitis", 1),
    ("cervical_multifidi", 1),
    ("rhomboids", 2),
    ("serratus_posterior_superior", 1),
    ("serratus_posterior_inferior", 1),
    ("infraspinatus", 3),
    ("latissimus_dorsi", 2),
    ("iliocostalis_thoracis", 2),
    ("longissimus_thoracis", 1),
    ("iliocostalis_lumborum", 1),
    ("lumbar_multifidi", 2),
    ("quadratus_lumborum", 4),
    ("iliopsoas", 2),
    ("gluteus_medius", 3),
    ("gluteus_maximus", 3),
    ("piriformis", 2),
];

/// Muscles every view must show.
const FRONT_MUSCLES: &[&str] = &["sternocleidomastoid", "scalenes", "iliopsoas"];
const SIDE_MUSCLES: &[&str] = &[
    "sternocleidomastoid",
    "scalenes",
    "upper_trapezius",
    "levator_scapulae",
    "splenius_capitis",
    "semispinalis_capitis",
    "suboccipitals",
    "iliocostalis_lumborum",
    "longissimus_thoracis",
    "quadratus_lumborum",
    "iliopsoas",
    "gluteus_medius",
    "gluteus_maximus",
    "piriformis",
];

fn expected_regions(view: View) -> BTreeSet<String> {
    let (areas, mid) = match view {
        View::Front => (FRONT_AREAS, FRONT_MID),
        View::Back => (BACK_AREAS, BACK_MID),
        View::Side => (&[][..], &[][..]),
    };
    let mut out: BTreeSet<String> = mid.iter().map(|s| s.to_string()).collect();
    for a in areas {
        out.insert(format!("{a}-left"));
        out.insert(format!("{a}-right"));
    }
    out
}

fn area(poly: &[Point]) -> f32 {
    let n = poly.len();
    (0..n)
        .map(|i| poly[i].x * poly[(i + 1) % n].y - poly[(i + 1) % n].x * poly[i].y)
        .sum::<f32>()
        .abs()
        / 2.0
}

fn polygon_centre(poly: &[Point]) -> Point {
    let n = poly.len() as f32;
    let s = poly.iter().fold((0.0, 0.0), |s, p| (s.0 + p.x, s.1 + p.y));
    Point::new(s.0 / n, s.1 / n)
}

fn segment_distance(p: Point, a: Point, b: Point) -> f32 {
    let (abx, aby) = (b.x - a.x, b.y - a.y);
    let len2 = abx * abx + aby * aby;
    let t = if len2 > 0.0 {
        (((p.x - a.x) * abx + (p.y - a.y) * aby) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    ((a.x + abx * t - p.x).powi(2) + (a.y + aby * t - p.y).powi(2)).sqrt()
}

fn boundary_distance(poly: &[Point], p: Point) -> f32 {
    (0..poly.len())
        .map(|i| segment_distance(p, poly[i], poly[(i + 1) % poly.len()]))
        .fold(f32::MAX, f32::min)
}

fn on_body(f: &Figure, p: Point) -> bool {
    f.outline_polygons.iter().any(|o| contains(o, p))
}

/// Whether `p` is on the body or within `tolerance` of its outline.
fn on_body_within(f: &Figure, p: Point, tolerance: f32) -> bool {
    on_body(f, p)
        || f.outline_polygons
            .iter()
            .any(|o| boundary_distance(o, p) <= tolerance)
}

fn in_region(r: &RegionShape, p: Point) -> bool {
    r.polygons.iter().filter(|poly| contains(poly, p)).count() % 2 == 1
}

#[test]
fn figures_share_one_view_box_and_are_computed_once() {
    for view in View::ALL {
        let f = figure(view);
        assert_eq!(f.view, view);
        assert_eq!((f.width, f.height), (500.0, 1000.0));
        assert!(std::ptr::eq(f, figure(view)), "{view:?} is computed once");
        assert!(f.outline.starts_with('M') && f.outline.ends_with('Z'));
        assert!(!f.outline_polygons.is_empty());
        assert!(f.details.len() >= 8, "{view:?} has detail strokes");
        for d in &f.details {
            assert!(d.starts_with('M'), "detail path {d}");
        }
    }
}

/// Width of the silhouette at height `y` (outermost crossings of the outline).
fn width_at(f: &Figure, y: f32) -> f32 {
    let xs = crossings(&f.outline_polygons[0], y);
    xs.iter().copied().fold(f32::MIN, f32::max) - xs.iter().copied().fold(f32::MAX, f32::min)
}

/// Where the row at height `y` crosses `outline` (the same rule as `contains`).
fn crossings(outline: &[Point], y: f32) -> Vec<f32> {
    let mut xs = Vec::new();
    for i in 0..outline.len() {
        let (a, b) = (outline[i], outline[(i + 1) % outline.len()]);
        if (a.y > y) != (b.y > y) {
            xs.push(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
        }
    }
    xs
}

#[test]
fn the_figure_is_centred_with_adult_proportions() {
    for view in [View::Front, View::Back] {
        let f = figure(view);
        let pts: Vec<Point> = f.outline_polygons.iter().flatten().copied().collect();
        let top = pts.iter().map(|p| p.y).fold(f32::MAX, f32::min);
        let bottom = pts.iter().map(|p| p.y).fold(f32::MIN, f32::max);
        let left = pts.iter().map(|p| p.x).fold(f32::MAX, f32::min);
        let right = pts.iter().map(|p| p.x).fold(f32::MIN, f32::max);
        assert!(top > 10.0 && bottom < 990.0 && left > 5.0 && right < 495.0);
        assert!(
            (left + right - 2.0 * MID).abs() < 1.0,
            "symmetric about the midline"
        );
        let height = bottom - top;
        assert!(height > 800.0, "tall enough to read at 360 px: {height}");
        // About 7.5 heads tall: the skull is widest a third of a head below the crown, the
        // neck is narrow one head down, the shoulders are about two heads wide.
        let head = height / 7.5;
        let at = |heads: f32| width_at(f, top + heads * head);
        let (skull, neck, shoulders) = (at(0.37), at(1.0), at(1.55));
        assert!(
            skull > 0.6 * head && skull < 0.9 * head,
            "head width {skull} for a head of {head}"
        );
        assert!(
            neck < 0.7 * skull,
            "the neck ({neck}) is narrower than the head ({skull})"
        );
        assert!(
            shoulders > 1.7 * head && shoulders < 2.3 * head,
            "shoulders {shoulders}"
        );
        // The arms hang clear of the trunk at the waist: six crossings, not two.
        assert_eq!(
            crossings(&f.outline_polygons[0], top + 2.75 * head).len(),
            6
        );
    }
}

#[test]
fn trigger_points_lie_in_their_muscles_with_the_charted_counts() {
    let charted: BTreeMap<&str, usize> = TRIGGER_POINTS.iter().copied().collect();
    // A view draws every charted trigger point except those it declares unseen: the
    // sternocleidomastoid's, which lie along the front and side of the neck, from behind.
    let scm_all: Vec<(&str, usize)> = (1..=4).map(|n| ("sternocleidomastoid", n)).collect();
    for (view, want) in [
        (View::Back, scm_all),
        (View::Front, Vec::new()),
        (View::Side, Vec::new()),
    ] {
        assert_eq!(
            unseen_trigger_points(view),
            want,
            "{view:?}: unseen trigger points"
        );
    }
    for view in View::ALL {
        let f = figure(view);
        let unseen = unseen_trigger_points(view);
        for m in &f.muscles {
            let marks: Vec<_> = f
                .trigger_points
                .iter()
                .filter(|t| t.muscle == m.id && t.side == m.side)
                .collect();
            let count = charted
                .get(m.id)
                .unwrap_or_else(|| panic!("unknown muscle {}", m.id));
            // Drawn in order and numbered as charted, so `<muscle>/<n>` names one trigger point.
            let want: Vec<usize> = (1..=*count)
                .filter(|n| !unseen.contains(&(m.id, *n)))
                .collect();
            let numbers: Vec<usize> = marks.iter().map(|t| t.number).collect();
            assert_eq!(
                numbers, want,
                "{view:?} {} {:?}: trigger points drawn",
                m.id, m.side
            );
            for t in marks {
                assert!(
                    contains(&m.polygon, t.at),
                    "{view:?} {} {:?} TrP{} at {:?} lies outside its muscle",
                    m.id,
                    m.side,
                    t.number,
                    t.at
                );
            }
        }
        for t in &f.trigger_points {
            assert!(
                f.muscles
                    .iter()
                    .any(|m| m.id == t.muscle && m.side == t.side),
                "{view:?}: trigger point of an undrawn muscle {}",
                t.muscle
            );
        }
    }
}

#[test]
fn each_view_draws_its_muscles_on_the_right_sides() {
    let all: Vec<&str> = TRIGGER_POINTS.iter().map(|(id, _)| *id).collect();
    for (view, want, sides) in [
        (View::Back, all.clone(), &[Side::Left, Side::Right][..]),
        (
            View::Front,
            FRONT_MUSCLES.to_vec(),
            &[Side::Left, Side::Right][..],
        ),
        (View::Side, SIDE_MUSCLES.to_vec(), &[Side::Left][..]),
    ] {
        let f = figure(view);
        for id in &want {
            for side in sides {
                let n = f
                    .muscles
                    .iter()
                    .filter(|m| m.id == *id && m.side == *side)
                    .count();
                assert_eq!(n, 1, "{view:?}: {id} {side:?} drawn once");
            }
        }
        for m in &f.muscles {
            assert!(
                want.contains(&m.id) || all.contains(&m.id),
                "{view:?}: unexpected muscle {}",
                m.id
            );
            assert!(
                m.d.starts_with('M') && m.d.ends_with('Z'),
                "{}: closed outline",
                m.id
            );
            assert!(
                m.fibres.matches('M').count() >= 3,
                "{}: several fibre strokes",
                m.id
            );
            assert!(contains(&m.polygon, m.label_at), "{}: label inside", m.id);
        }
    }
}

#[test]
fn muscles_lie_inside_the_silhouette() {
    for view in View::ALL {
        let f = figure(view);
        for m in &f.muscles {
            for p in &m.polygon {
                assert!(
                    on_body_within(f, *p, 1.0),
                    "{view:?} {} {:?}: {p:?} is off the body",
                    m.id,
                    m.side
                );
            }
        }
    }
}

#[test]
fn regions_are_listed_once_each() {
    for view in View::ALL {
        let f = figure(view);
        let got: Vec<String> = f.regions.iter().map(|r| r.id.to_string()).collect();
        let unique: BTreeSet<String> = got.iter().cloned().collect();
        assert_eq!(
            got.len(),
            unique.len(),
            "{view:?}: a region is listed twice"
        );
        assert_eq!(unique, expected_regions(view), "{view:?}: region ids");
        for r in &f.regions {
            let want = if r.id.ends_with("-left") {
                Side::Left
            } else if r.id.ends_with("-right") {
                Side::Right
            } else {
                Side::Mid
            };
            assert_eq!(r.side, want, "{}", r.id);
            assert!(
                !r.polygons.is_empty() && r.d.starts_with('M') && r.d.ends_with('Z'),
                "{}",
                r.id
            );
        }
    }
    assert_eq!(figure(View::Front).regions.len(), 37);
    assert_eq!(figure(View::Back).regions.len(), 58);
}

#[test]
fn regions_lie_inside_the_silhouette() {
    for view in [View::Front, View::Back] {
        let f = figure(view);
        for r in &f.regions {
            for p in r.polygons.iter().flatten() {
                assert!(
                    on_body_within(f, *p, 0.05),
                    "{view:?} {}: vertex {p:?} is off the body",
                    r.id
                );
            }
            assert!(
                in_region(r, r.centre) || r.polygons.len() > 1 || area(&r.polygons[0]) < 40.0,
                "{}",
                r.id
            );
        }
    }
}

/// Every grid point on the body falls in exactly one region, and `region_at` agrees; no
/// point off the body falls in any.
#[test]
fn regions_cover_the_body_once() {
    for view in [View::Front, View::Back] {
        let f = figure(view);
        let boxes: Vec<(f32, f32, f32, f32)> = f
            .regions
            .iter()
            .map(|r| {
                let pts: Vec<&Point> = r.polygons.iter().flatten().collect();
                (
                    pts.iter().map(|p| p.x).fold(f32::MAX, f32::min),
                    pts.iter().map(|p| p.y).fold(f32::MAX, f32::min),
                    pts.iter().map(|p| p.x).fold(f32::MIN, f32::max),
                    pts.iter().map(|p| p.y).fold(f32::MIN, f32::max),
                )
            })
            .collect();
        let outline = &f.outline_polygons[0];
        let mut on = 0;
        let mut y = 0.37;
        while y < f.height {
            let xs = crossings(outline, y);
            let mut x = 0.61;
            while x < f.width {
                let p = Point::new(x, y);
                let body = xs.iter().filter(|&&cx| x < cx).count() % 2 == 1;
                let hits: Vec<&str> = f
                    .regions
                    .iter()
                    .zip(&boxes)
                    .filter(|(_, b)| x >= b.0 && x <= b.2 && y >= b.1 && y <= b.3)
                    .filter(|(r, _)| in_region(r, p))
                    .map(|(r, _)| r.id)
                    .collect();
                let near_edge = || boundary_distance(outline, p) < 0.01;
                if body {
                    on += 1;
                    assert!(
                        hits.len() == 1 || near_edge(),
                        "{view:?}: {p:?} lies in {hits:?}"
                    );
                    if hits.len() == 1 {
                        assert_eq!(
                            region_at(view, p),
                            Some(hits[0]),
                            "{view:?}: region_at {p:?}"
                        );
                    }
                } else {
                    assert!(
                        hits.is_empty() || near_edge(),
                        "{view:?}: {p:?} is off the body but in {hits:?}"
                    );
                }
                x += 2.0;
            }
            y += 2.0;
        }
        assert!(
            on > 20_000,
            "{view:?}: the grid samples the body ({on} points)"
        );
    }
}

/// The mirror image of `x-left` matches `x-right` in place and size.
#[test]
fn left_and_right_mirror() {
    for view in [View::Front, View::Back] {
        let f = figure(view);
        for r in f.regions.iter().filter(|r| r.side == Side::Left) {
            let twin_id = r.id.replace("-left", "-right");
            let twin = f
                .regions
                .iter()
                .find(|t| t.id == twin_id)
                .expect("twin region");
            let mirrored = Point::new(2.0 * MID - r.centre.x, r.centre.y);
            assert!(
                mirrored.dist(twin.centre) < 0.5,
                "{view:?} {}: centres {:?} vs {:?}",
                r.id,
                mirrored,
                twin.centre
            );
            let (a, b) = (
                r.polygons.iter().map(|p| area(p)).sum::<f32>(),
                twin.polygons.iter().map(|p| area(p)).sum::<f32>(),
            );
            assert!(
                (a - b).abs() <= 0.01 * a.max(b),
                "{view:?} {}: areas {a} vs {b}",
                r.id
            );
        }
        for r in f.regions.iter().filter(|r| r.side == Side::Mid) {
            assert!(
                (r.centre.x - MID).abs() < 0.5,
                "{view:?} {} sits on the midline",
                r.id
            );
        }
        for m in f.muscles.iter().filter(|m| m.side == Side::Left) {
            let twin = f
                .muscles
                .iter()
                .find(|t| t.id == m.id && t.side == Side::Right)
                .expect("twin muscle");
            let c = polygon_centre(&m.polygon);
            let mirrored = Point::new(2.0 * MID - c.x, c.y);
            assert!(
                mirrored.dist(polygon_centre(&twin.polygon)) < 0.5,
                "{view:?} {}",
                m.id
            );
            assert!(
                (area(&m.polygon) - area(&twin.polygon)).abs() <= 0.01 * area(&m.polygon),
                "{view:?} {}",
                m.id
            );
            let tl: Vec<_> = f
                .trigger_points
                .iter()
                .filter(|t| t.muscle == m.id && t.side == Side::Left)
                .collect();
            let tr: Vec<_> = f
                .trigger_points
                .iter()
                .filter(|t| t.muscle == m.id && t.side == Side::Right)
                .collect();
            for (a, b) in tl.iter().zip(&tr) {
                assert!(
                    Point::new(2.0 * MID - a.at.x, a.at.y).dist(b.at) < 0.5,
                    "{view:?} {} TrP{}",
                    m.id,
                    a.number
                );
            }
        }
    }
}

/// The patient's left is on the viewer's right from the front and on the viewer's left
/// from behind.
#[test]
fn sides_are_the_patients_own() {
    let front = figure(View::Front);
    let back = figure(View::Back);
    let x_of = |f: &Figure, id: &str| f.regions.iter().find(|r| r.id == id).unwrap().centre.x;
    assert!(x_of(front, "hand-thumb-side-left") > MID);
    assert!(x_of(front, "chest-right") < MID);
    assert!(x_of(back, "scapula-left") < MID);
    assert!(x_of(back, "calf-right") > MID);
    for m in &front.muscles {
        assert_eq!(
            polygon_centre(&m.polygon).x > MID,
            m.side == Side::Left,
            "front {}",
            m.id
        );
    }
    for m in &back.muscles {
        assert_eq!(
            polygon_centre(&m.polygon).x < MID,
            m.side == Side::Left,
            "back {}",
            m.id
        );
    }
    let label =
        |f: &Figure, side: Side| f.side_labels.iter().find(|l| l.side == side).unwrap().at.x;
    assert!(label(front, Side::Left) > MID && label(front, Side::Right) < MID);
    assert!(label(back, Side::Left) < MID && label(back, Side::Right) > MID);
    assert!(figure(View::Side).regions.is_empty());
}

/// Regions sit where their names say: a few anatomical spot checks.
#[test]
fn regions_sit_at_their_anatomical_places() {
    let centre = |view: View, id: &str| {
        figure(view)
            .regions
            .iter()
            .find(|r| r.id == id)
            .unwrap()
            .centre
    };
    let back = View::Back;
    // Top to bottom down the back.
    let order = [
        "crown-left",
        "occiput-left",
        "neck-back-upper-left",
        "neck-back-lower-left",
    ];
    for w in order.windows(2) {
        assert!(
            centre(back, w[0]).y < centre(back, w[1]).y,
            "{} above {}",
            w[0],
            w[1]
        );
    }
    let order = ["upper-back-spine", "lumbar-spine", "sacrum", "coccyx"];
    for w in order.windows(2) {
        assert!(
            centre(back, w[0]).y < centre(back, w[1]).y,
            "{} above {}",
            w[0],
            w[1]
        );
    }
    assert!(centre(back, "scapula-upper-left").y < centre(back, "scapula-left").y);
    assert!(centre(back, "scapula-left").y < centre(back, "scapula-lower-angle-left").y);
    assert!(centre(back, "mid-back-left").y < centre(back, "low-back-left").y);
    assert!(centre(back, "buttock-upper-left").y < centre(back, "buttock-lower-left").y);
    // The inner border of the shoulder blade lies between the spine and the blade.
    let (spine, border, blade) = (
        centre(back, "upper-back-spine").x,
        centre(back, "scapula-medial-border-left").x,
        centre(back, "scapula-left").x,
    );
    assert!(blade < border && border < spine);
    // The SI joints sit beside the sacrum; the outer hip is outside the buttock.
    assert!(centre(back, "si-joint-left").x < MID && centre(back, "si-joint-right").x > MID);
    assert!(centre(back, "outer-hip-left").x < centre(back, "buttock-upper-left").x);
    let front = View::Front;
    assert!(centre(front, "temple-left").x > centre(front, "eye-left").x);
    assert!(centre(front, "forehead-left").y < centre(front, "eye-left").y);
    assert!(centre(front, "eye-left").y < centre(front, "cheek-jaw-left").y);
    assert!(centre(front, "abdomen-upper-left").y < centre(front, "abdomen-lower-left").y);
    assert!(centre(front, "thigh-front-left").y < centre(front, "knee-front-left").y);
    assert!(centre(front, "knee-front-left").y < centre(front, "shin-left").y);
    // Thumb side is the outer side of the hand (palms forward).
    assert!(
        centre(front, "hand-thumb-side-left").x > centre(front, "hand-little-finger-side-left").x
    );
    // Hit tests agree with the centres.
    for view in [front, back] {
        for r in &figure(view).regions {
            if in_region(r, r.centre) {
                assert_eq!(region_at(view, r.centre), Some(r.id));
            }
        }
    }
    assert_eq!(region_at(front, Point::new(3.0, 3.0)), None);
}

#[test]
fn trigger_points_sit_at_their_charted_places() {
    let back = figure(View::Back);
    let tp = |id: &str, n: usize| {
        back.trigger_points
            .iter()
            .find(|t| t.muscle == id && t.number == n && t.side == Side::Left)
            .unwrap()
            .at
    };
    let vertebra = |f: &Figure, label: &str| {
        f.vertebrae
            .iter()
            .find(|v| v.label == label)
            .unwrap()
            .centre
    };
    let c7 = vertebra(back, "C7");
    // Upper trapezius: mid-way between C7 and the shoulder tip, TrP2 a little lower.
    let (t1, t2) = (tp("upper_trapezius", 1), tp("upper_trapezius", 2));
    assert!((MID - t1.x) > 30.0 && (MID - t1.x) < 80.0, "{t1:?}");
    assert!(t2.y > t1.y);
    assert!((t1.y - c7.y).abs() < 20.0);
    // Iliocostalis thoracis near T6 and T11; lumbar multifidi near L1-L2 and L5-S1.
    assert!((tp("iliocostalis_thoracis", 1).y - vertebra(back, "T6").y).abs() < 15.0);
    assert!((tp("iliocostalis_thoracis", 2).y - vertebra(back, "T11").y).abs() < 15.0);
    assert!(
        (tp("lumbar_multifidi", 1).y - vertebra(back, "L1").y.max(vertebra(back, "L2").y)).abs()
            < 20.0
    );
    let l5s1 = (vertebra(back, "L5").y + vertebra(back, "S1").y) / 2.0;
    assert!((tp("lumbar_multifidi", 2).y - l5s1).abs() < 15.0);
    // Quadratus lumborum: superficial points lateral to the deep ones.
    assert!(tp("quadratus_lumborum", 1).x < tp("quadratus_lumborum", 3).x);
    assert!(tp("quadratus_lumborum", 2).x < tp("quadratus_lumborum", 4).x);
    // Gluteus medius: anterior (outer) to posterior (inner).
    assert!(tp("gluteus_medius", 1).x < tp("gluteus_medius", 2).x);
    assert!(tp("gluteus_medius", 2).x < tp("gluteus_medius", 3).x);
    // Piriformis: lateral, then medial.
    assert!(tp("piriformis", 1).x < tp("piriformis", 2).x);
}

const LABELS: [&str; 33] = [
    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
    "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "S5", "Co1", "Co2",
    "Co3", "Co4",
];

#[test]
fn the_spine_has_33_vertebrae_in_order_and_23_discs() {
    for view in [View::Back, View::Side] {
        let f = figure(view);
        let labels: Vec<&str> = f.vertebrae.iter().map(|v| v.label).collect();
        assert_eq!(labels, LABELS, "{view:?}");
        let segments: Vec<&str> = f.vertebrae.iter().map(|v| v.segment).collect();
        let count = |s: &str| segments.iter().filter(|x| **x == s).count();
        assert_eq!(
            [
                count("cervical"),
                count("thoracic"),
                count("lumbar"),
                count("sacrum"),
                count("coccyx")
            ],
            [7, 12, 5, 5, 4],
            "{view:?}"
        );
        assert_eq!(f.discs.len(), 23, "{view:?}");
        for w in f.vertebrae.windows(2) {
            assert!(
                w[0].centre.y < w[1].centre.y,
                "{view:?}: {} above {}",
                w[0].label,
                w[1].label
            );
        }
        for v in &f.vertebrae {
            assert!(v.d.starts_with('M') && v.d.ends_with('Z'));
            assert!(
                on_body(f, v.centre),
                "{view:?}: {} inside the body",
                v.label
            );
        }
        for label in ["C1", "C7", "T1", "T12", "L1", "L5", "S1"] {
            assert!(
                f.vertebrae.iter().any(|v| v.label == label && v.show_label),
                "{view:?}: {label} labelled"
            );
        }
    }
    // The sacrum is one fused bone: S1 carries the outline of the whole of it, down past S5.
    for view in [View::Back, View::Side] {
        let f = figure(view);
        let v = |label: &str| f.vertebrae.iter().find(|v| v.label == label).unwrap();
        let (_, _, _, bottom) = bounding_box(&path_points(&v("S1").d));
        assert!(
            bottom > v("S5").centre.y,
            "{view:?}: the sacrum ends at {bottom}"
        );
    }
    let f = figure(View::Front);
    assert!(f.vertebrae.is_empty() && f.discs.is_empty());
    // From behind the column runs straight down the midline.
    for v in &figure(View::Back).vertebrae {
        assert!((v.centre.x - MID).abs() < 0.5, "{}", v.label);
    }
}

/// Seen from the side (facing the viewer's left, so the front is at smaller x), the neck
/// and low back curve forward and the chest and sacrum curve back.
#[test]
fn the_side_view_shows_the_four_curves() {
    let f = figure(View::Side);
    let c = |label: &str| {
        f.vertebrae
            .iter()
            .find(|v| v.label == label)
            .unwrap()
            .centre
    };
    // How far behind the chord from `a` to `b` the vertebra `m` lies (negative: in front).
    let behind = |a: &str, m: &str, b: &str| {
        let (a, m, b) = (c(a), c(m), c(b));
        let t = (m.y - a.y) / (b.y - a.y);
        m.x - (a.x + (b.x - a.x) * t)
    };
    // Deep enough to read at 360 px (about 0.7 px per unit).
    assert!(behind("C1", "C4", "C7") < -4.0, "cervical lordosis");
    assert!(behind("T1", "T7", "T12") > 10.0, "thoracic kyphosis");
    assert!(behind("L1", "L3", "L5") < -8.0, "lumbar lordosis");
    assert!(behind("S1", "S3", "Co4") > 3.0, "sacral curve");
    assert!(
        c("C4").x < c("T7").x && c("L3").x < c("T7").x,
        "neck and low back in front of the chest"
    );
    // The lumbosacral angle: the sacrum tilts back from L5, much more than L5 itself.
    let slope = |a: &str, b: &str| {
        let (a, b) = (c(a), c(b));
        (b.x - a.x).atan2(b.y - a.y).to_degrees()
    };
    let (l5, sacrum) = (slope("L4", "L5"), slope("S1", "S3"));
    assert!(
        sacrum > 40.0 && sacrum - l5 > 20.0,
        "the sacrum slopes back {sacrum:.0} degrees, L5 {l5:.0}"
    );
    // L5 is a wedge, taller at the front than at the back. Its outline runs through the
    // body's top front and top back corners first and its bottom back and bottom front corners
    // last; the path's on-curve points are every third pair from the start.
    let corners = |label: &str| {
        let v = f.vertebrae.iter().find(|v| v.label == label).unwrap();
        let on: Vec<Point> = path_points(&v.d).into_iter().step_by(3).collect();
        let n = on.len() - 1; // the closing point repeats the first
        (on[0].dist(on[n - 1]), on[1].dist(on[n - 2]))
    };
    let (front, back) = corners("L5");
    assert!(
        front > back * 1.2,
        "L5 is {front:.1} tall at the front, {back:.1} at the back"
    );
    let (front, back) = corners("L4");
    assert!(
        (front - back).abs() < 0.05 * front,
        "L4 is {front:.1} tall at the front, {back:.1} at the back"
    );
    // The arm hangs in front of the spine: drawn again over it.
    let arm = &f.arm;
    assert!(arm.len() > 1 && f.outline.contains(arm[0].as_str()));
    assert!(figure(View::Back).arm.is_empty() && figure(View::Front).arm.is_empty());
}

#[test]
fn paths_are_stable_and_well_formed() {
    let pts = [
        Point::new(10.0, 10.0),
        Point::new(50.0, 12.5),
        Point::new(40.0, 60.0),
        Point::new(5.04, 40.0),
    ];
    let closed = path::smooth(&pts, true);
    assert!(
        closed.starts_with("M10.0,10.0") && closed.ends_with('Z'),
        "{closed}"
    );
    assert_eq!(
        closed.matches('C').count(),
        4,
        "one cubic per side of a closed curve"
    );
    let open = path::smooth(&pts, false);
    assert!(open.starts_with('M') && !open.ends_with('Z'));
    assert_eq!(open.matches('C').count(), 3);
    assert!(open.ends_with("5.0,40.0"), "{open}");
    assert_eq!(path::smooth(&pts, true), closed, "deterministic");
    assert_eq!(
        path::polygon(&pts),
        "M10.0,10.0 L50.0,12.5 L40.0,60.0 L5.0,40.0 Z"
    );
    assert_eq!(path::polygon(&[]), "");
    // Every number in every path of every view has exactly one decimal.
    for view in View::ALL {
        let f = figure(view);
        let all = std::iter::once(&f.outline)
            .chain(&f.details)
            .chain(f.regions.iter().map(|r| &r.d))
            .chain(f.muscles.iter().flat_map(|m| [&m.d, &m.fibres]))
            .chain(f.vertebrae.iter().map(|v| &v.d))
            .chain(&f.discs);
        for d in all {
            for token in d
                .split(|c: char| c == ' ' || c == ',' || c.is_ascii_alphabetic())
                .filter(|t| !t.is_empty())
            {
                let decimals = token.split('.').nth(1).map(str::len);
                assert_eq!(decimals, Some(1), "{view:?}: {token} in {d}");
            }
        }
    }
}

#[test]
fn contains_follows_the_even_odd_rule() {
    let square = [
        Point::new(0.0, 0.0),
        Point::new(10.0, 0.0),
        Point::new(10.0, 10.0),
        Point::new(0.0, 10.0),
    ];
    assert!(contains(&square, Point::new(5.0, 5.0)));
    assert!(!contains(&square, Point::new(15.0, 5.0)));
    assert!(!contains(&square, Point::new(5.0, -1.0)));
    assert!(!contains(&square[..2], Point::new(5.0, 0.0)));
    // A U shape: the notch is outside.
    let u = [
        Point::new(0.0, 0.0),
        Point::new(3.0, 0.0),
        Point::new(3.0, 7.0),
        Point::new(7.0, 7.0),
        Point::new(7.0, 0.0),
        Point::new(10.0, 0.0),
        Point::new(10.0, 10.0),
        Point::new(0.0, 10.0),
    ];
    assert!(!contains(&u, Point::new(5.0, 3.0)));
    assert!(contains(&u, Point::new(5.0, 8.5)));
    assert!(contains(&u, Point::new(1.5, 3.0)));
}

/// Every coordinate pair of a path's data (end and control points alike): a cubic Bézier
/// lies inside the hull of its control points, so their box encloses the shape.
fn path_points(d: &str) -> Vec<Point> {
    let numbers: Vec<f32> = d
        .split(|c: char| c == ' ' || c == ',' || c.is_ascii_alphabetic())
        .filter(|t| !t.is_empty())
        .map(|t| t.parse().expect("a number"))
        .collect();
    numbers
        .chunks(2)
        .map(|xy| Point::new(xy[0], xy[1]))
        .collect()
}

/// An axis-aligned box: (left, top, right, bottom).
type Box2 = (f32, f32, f32, f32);

fn bounding_box(points: &[Point]) -> Box2 {
    points.iter().fold(
        (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
        |(l, t, r, b), p| (l.min(p.x), t.min(p.y), r.max(p.x), b.max(p.y)),
    )
}

fn boxes_overlap(a: Box2, b: Box2) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The box of a vertebra label's text: about 22 by 10 units, from the start of its baseline.
fn label_box(at: Point) -> Box2 {
    (at.x, at.y - 8.0, at.x + 22.0, at.y + 2.0)
}

#[test]
fn vertebra_labels_clear_the_spine_and_each_other() {
    for view in [View::Back, View::Side] {
        let f = figure(view);
        let bones: Vec<(&str, Box2)> = f
            .vertebrae
            .iter()
            .map(|v| (v.label, bounding_box(&path_points(&v.d))))
            .collect();
        let shown: Vec<_> = f.vertebrae.iter().filter(|v| v.show_label).collect();
        assert!(shown.len() >= 8, "{view:?}: labels printed");
        for v in &shown {
            let b = label_box(v.label_at);
            assert!(
                b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= f.width && b.3 <= f.height,
                "{view:?} {}: label {b:?} leaves the viewBox",
                v.label
            );
            for (other, bone) in &bones {
                assert!(
                    !boxes_overlap(b, *bone),
                    "{view:?}: the {} label {b:?} covers {other} {bone:?}",
                    v.label
                );
            }
            // Beside its own vertebra: level with it and not far off.
            assert!(
                v.centre.y > b.1 - 4.0 && v.centre.y < b.3 + 4.0,
                "{view:?} {}: label {b:?} level with {:?}",
                v.label,
                v.centre
            );
            assert!(
                v.label_at.x > v.centre.x && v.label_at.x - v.centre.x < 90.0,
                "{view:?} {}: label at {:?} beside {:?}",
                v.label,
                v.label_at,
                v.centre
            );
        }
        for (i, a) in shown.iter().enumerate() {
            for b in &shown[i + 1..] {
                assert!(
                    !boxes_overlap(label_box(a.label_at), label_box(b.label_at)),
                    "{view:?}: labels {} and {} overlap",
                    a.label,
                    b.label
                );
            }
        }
        // Top to bottom in the order of the column.
        for w in shown.windows(2) {
            assert!(w[0].label_at.y < w[1].label_at.y, "{view:?}: label order");
        }
    }
    // From the side, the labels sit behind the back, clear of the body.
    let side = figure(View::Side);
    for v in side.vertebrae.iter().filter(|v| v.show_label) {
        let (l, t, _, b) = label_box(v.label_at);
        for p in [Point::new(l, t), Point::new(l, b), v.label_at] {
            assert!(!on_body(side, p), "side {}: label inside the body", v.label);
        }
    }
}

/// The centre height of a back-view vertebra.
fn level(label: &str) -> f32 {
    figure(View::Back)
        .vertebrae
        .iter()
        .find(|v| v.label == label)
        .unwrap_or_else(|| panic!("no {label}"))
        .centre
        .y
}

/// The patient's-left back-view muscle `id`: its outline's box.
fn muscle_box(id: &str) -> Box2 {
    left_box(View::Back, id)
}

/// Back-view muscles reach the levels of their attachments (facts sheet, section 2).
#[test]
fn back_muscles_span_their_attachments() {
    let tol = 8.0;
    let reaches = |id: &str, from: f32, to: f32| {
        let (_, top, _, bottom) = muscle_box(id);
        assert!(
            (top - from).abs() <= tol && (bottom - to).abs() <= tol,
            "{id}: spans {top:.0}..{bottom:.0}, attachments {from:.0}..{to:.0}"
        );
    };
    let head_top = 55.0;
    let head = 115.0;
    // Trapezius: occiput to C7, C7 to T3, T4 to T12.
    let (_, upper_top, _, _) = muscle_box("upper_trapezius");
    assert!(
        upper_top < level("C1") - 0.5 * (level("C2") - level("C1"))
            && upper_top > head_top + 0.5 * head,
        "upper trapezius starts on the occiput: {upper_top}"
    );
    reaches("middle_trapezius", level("C7"), level("T3"));
    // The lower part rises from T4-T12 to the root of the spine of the scapula (T3).
    reaches("lower_trapezius", level("T3"), level("T12"));
    // Rhomboids from C7-T5 down to the lower corner of the shoulder blade (T7).
    reaches("rhomboids", level("C7"), level("T7"));
    // Levator scapulae: C1 to the inner border from the upper corner (T2) to the spine (T3).
    reaches("levator_scapulae", level("C1"), level("T3"));
    // Latissimus dorsi: from T7 (its top at the armpit a little higher) down to the crest.
    let (lat_left, lat_top, _, lat_bottom) = muscle_box("latissimus_dorsi");
    assert!(
        lat_top < level("T7") && lat_top > level("T4"),
        "latissimus top {lat_top}"
    );
    assert!(
        (lat_bottom - level("L4")).abs() <= 2.0 * tol,
        "latissimus bottom {lat_bottom}"
    );
    assert!(MID - lat_left > 70.0, "latissimus reaches the armpit");
    // Quadratus lumborum: the 12th rib to the iliac crest (level with L4-L5).
    reaches(
        "quadratus_lumborum",
        level("T12"),
        (level("L4") + level("L5")) / 2.0,
    );
    // Piriformis: at the sacrum's level (S2-S4), out to the hip.
    let (pir_left, pir_top, pir_right, pir_bottom) = muscle_box("piriformis");
    assert!(pir_top > level("S1") && pir_bottom < level("Co1") + tol);
    assert!(
        MID - pir_left > 70.0 && MID - pir_right < 20.0,
        "piriformis sacrum to hip"
    );
    // Infraspinatus and the rhomboids meet at the inner border of the shoulder blade.
    // (On the patient's left, seen from behind, outward is towards smaller x.)
    let polygon = |id: &str| {
        &figure(View::Back)
            .muscles
            .iter()
            .find(|m| m.id == id && m.side == Side::Left)
            .unwrap()
            .polygon
    };
    for label in ["T4", "T5", "T6"] {
        let y = level(label);
        let rh_outer = crossings(polygon("rhomboids"), y)
            .into_iter()
            .fold(f32::MAX, f32::min);
        let inf_inner = crossings(polygon("infraspinatus"), y)
            .into_iter()
            .fold(f32::MIN, f32::max);
        assert!(
            (rh_outer - inf_inner).abs() < 4.0,
            "at {label} the rhomboids end at {rh_outer}, the infraspinatus begins at {inf_inner}"
        );
    }
}

/// From behind, the sternocleidomastoid and the scalenes show at the side of the neck: drawn
/// under the back muscles, the SCM from the mastoid down along the edge of the neck, lateral
/// to the splenius, the scalenes low in the neck out to the first rib, their trigger points
/// where they are not covered (the SCM's lie on the front and side of the neck, unseen here).
#[test]
fn the_back_view_shows_the_side_of_the_neck() {
    let back = figure(View::Back);
    let position = |id: &str, side: Side| {
        back.muscles
            .iter()
            .position(|m| m.id == id && m.side == side)
            .unwrap_or_else(|| panic!("no {id}"))
    };
    for side in [Side::Left, Side::Right] {
        for deep in ["scalenes", "sternocleidomastoid"] {
            for over in ["splenius_capitis", "levator_scapulae", "upper_trapezius"] {
                assert!(
                    position(deep, side) < position(over, side),
                    "{deep} is drawn under {over}"
                );
            }
        }
        assert!(position("scalenes", side) < position("sternocleidomastoid", side));
    }
    let polygon = |id: &str| {
        &back
            .muscles
            .iter()
            .find(|m| m.id == id && m.side == Side::Left)
            .unwrap()
            .polygon
    };
    // On the patient's left, seen from behind, outward is towards smaller x.
    let outer = |id: &str, y: f32| {
        crossings(polygon(id), y)
            .into_iter()
            .fold(f32::MAX, f32::min)
    };
    let inner = |id: &str, y: f32| {
        crossings(polygon(id), y)
            .into_iter()
            .fold(f32::MIN, f32::max)
    };
    let head_top = 55.0;
    let head = 115.0;
    let mastoid = head_top + 0.725 * head;
    let (scm_left, scm_top, _, scm_bottom) = muscle_box("sternocleidomastoid");
    assert!(
        (scm_top - mastoid).abs() < 8.0,
        "the SCM starts at the mastoid: {scm_top}"
    );
    assert!(
        scm_bottom > level("C4") && scm_bottom < level("C7"),
        "the SCM turns forward at the base of the neck: {scm_bottom}"
    );
    assert!(
        MID - scm_left > 30.0,
        "the SCM lies at the side of the neck"
    );
    for label in ["C1", "C2", "C3"] {
        let y = level(label);
        assert!(
            inner("sternocleidomastoid", y) <= outer("splenius_capitis", y) + 1.0,
            "at {label} the SCM's border lies outside the splenius capitis"
        );
    }
    let (_, sc_top, _, sc_bottom) = muscle_box("scalenes");
    assert!(
        (sc_top - level("C3")).abs() < 8.0,
        "scalenes from C3: {sc_top}"
    );
    assert!(
        (sc_bottom - level("T1")).abs() < 8.0,
        "scalenes to the first rib: {sc_bottom}"
    );
    for label in ["C5", "C6", "C7"] {
        let y = level(label);
        assert!(
            outer("scalenes", y) < outer("levator_scapulae", y),
            "at {label} the scalenes reach outside the levator scapulae"
        );
    }
    let id = "scalenes";
    for side in [Side::Left, Side::Right] {
        let above = &back.muscles[position(id, side) + 1..];
        for t in back
            .trigger_points
            .iter()
            .filter(|t| t.muscle == id && t.side == side)
        {
            let covering: Vec<&str> = above
                .iter()
                .filter(|m| contains(&m.polygon, t.at))
                .map(|m| m.id)
                .collect();
            assert!(
                covering.is_empty(),
                "{id} {side:?} TrP{} is covered by {covering:?}",
                t.number
            );
        }
    }
    let tp = |id: &str, n: usize| {
        back.trigger_points
            .iter()
            .find(|t| t.muscle == id && t.number == n && t.side == Side::Left)
            .unwrap()
            .at
    };
    // Scalenes: anterior, middle, posterior from the neck out towards the shoulder.
    let sc = |n| tp("scalenes", n);
    assert!(sc(1).x > sc(2).x && sc(2).x > sc(3).x);
}

/// The shoulder blade's regions sit where it is drawn: its lower corner level with T7-T8,
/// its upper part level with T1-T4.
#[test]
fn the_shoulder_blade_regions_match_its_levels() {
    let back = figure(View::Back);
    let centre = |id: &str| back.regions.iter().find(|r| r.id == id).unwrap().centre;
    let lower = centre("scapula-lower-angle-left").y;
    assert!(
        lower > level("T7") && lower < level("T9"),
        "lower angle at {lower}"
    );
    let upper = centre("scapula-upper-left").y;
    assert!(
        upper > level("T1") && upper < level("T4"),
        "upper part at {upper}"
    );
}

/// From the side, the face has a profile and the skull balances over the atlas.
#[test]
fn the_side_view_has_a_face_over_the_neck() {
    let f = figure(View::Side);
    let outline = &f.outline_polygons[0];
    // The foremost point of the outline between two heights (the face looks to the left).
    let front = |from: f32, to: f32| {
        outline
            .iter()
            .filter(|p| p.y >= from && p.y <= to)
            .map(|p| p.x)
            .fold(f32::MAX, f32::min)
    };
    let at = |heads: f32| 55.0 + heads * 115.0;
    let nose = front(at(0.62), at(0.7));
    let lips = front(at(0.74), at(0.83));
    let neck = front(at(1.05), at(1.15));
    assert!(
        nose < lips - 6.0,
        "the nose ({nose}) stands out from the lips ({lips})"
    );
    assert!(
        lips < neck - 15.0,
        "the face ({lips}) is ahead of the throat ({neck})"
    );
    // The skull's middle, at eye level, sits over C1.
    let eye = at(0.5);
    let xs = crossings(outline, eye);
    let middle = (xs.iter().copied().fold(f32::MAX, f32::min)
        + xs.iter().copied().fold(f32::MIN, f32::max))
        / 2.0;
    let c1 = f.vertebrae.iter().find(|v| v.label == "C1").unwrap().centre;
    assert!(
        (c1.x - middle).abs() < 15.0,
        "C1 at {c1:?}, skull middle {middle}"
    );
    assert!(c1.y > eye && c1.y < at(1.0), "C1 below the skull base");
}

#[test]
fn sine_and_cosine_match_the_library_to_float_precision() {
    for quarter in -2880..=2880 {
        let deg = quarter as f32 / 4.0;
        let (sin, cos) = sin_cos(deg);
        let r = f64::from(deg).to_radians();
        assert!((f64::from(sin) - r.sin()).abs() < 2e-7, "sin {deg}: {sin}");
        assert!((f64::from(cos) - r.cos()).abs() < 2e-7, "cos {deg}: {cos}");
    }
}

#[test]
fn within_keeps_a_value_in_range() {
    assert_eq!(within(5.0, 0.0, 1.0), 1.0);
    assert_eq!(within(-5.0, 0.0, 1.0), 0.0);
    assert_eq!(within(0.25, 0.0, 1.0), 0.25);
    // Crossed bounds do not panic: the lower one wins.
    assert_eq!(within(0.5, 2.0, 1.0), 2.0);
}

#[test]
fn tenths_write_the_nearest_tenth() {
    for k in -200_000..=200_000 {
        let v = k as f32 * 0.0137;
        let text = path::Tenths(v).to_string();
        let (whole, fraction) = text.split_once('.').expect("a decimal point");
        assert_eq!(fraction.len(), 1, "{v} as {text}");
        assert!(!whole.is_empty() && text != "-0.0", "{v} as {text}");
        let back: f64 = text.parse().expect("a number");
        assert!((back - f64::from(v)).abs() <= 0.05 + 1e-4, "{v} as {text}");
    }
    assert_eq!(path::Tenths(-0.04).to_string(), "0.0");
    assert_eq!(path::Tenths(1234.56).to_string(), "1234.6");
}

/// The hands have four fingers: walking the outline of the two front-view hand regions, the
/// fingertips stand out along the hand as separate peaks (the middle finger's tip, where the
/// regions meet, counts in both), clear of the clefts between them.
#[test]
fn the_hands_have_four_fingers() {
    let f = figure(View::Front);
    let region = |id: &str| f.regions.iter().find(|r| r.id == id).unwrap();
    let (thumb, little) = (
        region("hand-thumb-side-left"),
        region("hand-little-finger-side-left"),
    );
    let centre = (thumb.centre + little.centre) * 0.5;
    let axis = centre - region("forearm-front-left").centre;
    let axis = axis * (1.0 / axis.len());
    let mut tips = 0;
    for r in [thumb, little] {
        let t: Vec<f32> = r.polygons[0]
            .iter()
            .map(|&p| (p - centre).dot(axis))
            .collect();
        let top = t.iter().fold(f32::MIN, |a, &b| a.max(b));
        let n = t.len();
        // Whether the outline, walked from peak `i` one way, drops 1.5 units before rising
        // above the peak.
        let drops = |i: usize, step: usize| {
            (1..n)
                .map(|k| t[(i + k * step) % n])
                .take_while(|&v| v <= t[i])
                .any(|v| v < t[i] - 1.5)
        };
        tips += (0..n)
            .filter(|&i| t[i] > top - 20.0 && drops(i, 1) && drops(i, n - 1))
            .count();
    }
    assert_eq!(tips, 5, "fingertips on the outlines of the hand regions");
}

/// The extent of `id`'s shape on the patient's left in `view`: left, top, right, bottom.
/// The polygon of muscle `id` on the patient's left in `view`.
fn left_polygon(view: View, id: &str) -> &'static [Point] {
    &figure(view)
        .muscles
        .iter()
        .find(|m| m.id == id && m.side == Side::Left)
        .unwrap_or_else(|| panic!("{id} is drawn in the {view:?} view"))
        .polygon
}

fn left_box(view: View, id: &str) -> Box2 {
    bounding_box(left_polygon(view, id))
}

/// How far apart the outermost of `xs` lie.
fn extent(xs: &[f32]) -> f32 {
    xs.iter().fold(f32::MIN, |a, &b| a.max(b)) - xs.iter().fold(f32::MAX, |a, &b| a.min(b))
}

#[test]
fn muscles_reach_their_attachments_and_taper_where_they_should() {
    let heads = |v: f32| 55.0 + v * 115.0;
    // Iliocostalis lumborum: from the iliac crest (below L4) up to the lower ribs (above T10).
    let (_, top, _, bottom) = left_box(View::Back, "iliocostalis_lumborum");
    assert!(
        top < level("T10") && bottom > level("L4"),
        "{top}..{bottom}"
    );
    // Iliopsoas, from the front: from above the navel down to its tendon on the lesser
    // trochanter, level with the crotch.
    let (_, top, _, bottom) = left_box(View::Front, "iliopsoas");
    assert!(top < heads(2.95) && bottom > heads(3.9), "{top}..{bottom}");
    // Latissimus dorsi: a broad sheet across the back that narrows into the armpit.
    let back = figure(View::Back);
    let lat = left_polygon(View::Back, "latissimus_dorsi");
    let (_, lat_top, _, _) = bounding_box(lat);
    let width = |y: f32| extent(&crossings(lat, y));
    // Under the armpit, 0.65 heads out, only its tendon is left: a band under a tenth of a
    // head tall (rows would cut the level upper border, so measure the column).
    let column: Vec<Point> = lat.iter().map(|p| Point::new(p.y, p.x)).collect();
    let tall = extent(&crossings(&column, MID - 0.65 * 115.0));
    assert!(
        tall < 0.1 * 115.0,
        "under the armpit the latissimus is {tall:.1} tall"
    );
    assert!(
        width(lat_top + 6.0) < 0.3 * width(level("T12")),
        "at the armpit {} wide, across the back {}",
        width(lat_top + 6.0),
        width(level("T12"))
    );
    // Upper trapezius: over the top of the shoulder out to the acromion.
    let (left, _, _, _) = left_box(View::Back, "upper_trapezius");
    assert!(MID - left > 0.75 * 115.0, "reaches the acromion: {left}");
    // ... and a sheet over the whole back of the neck, from the midline out to its side,
    // not a column beside the spine.
    let trapezius = left_polygon(View::Back, "upper_trapezius");
    // Narrow on the skull (the inner third of the nuchal line), it spreads down the neck.
    let outer_at = |y: f32| MID - crossings(trapezius, y).into_iter().fold(f32::MAX, f32::min);
    let (occiput, base) = (outer_at(55.0 + 0.68 * 115.0), outer_at(level("C7")));
    assert!(
        occiput < 0.6 * base,
        "the trapezius is {occiput:.0} wide on the skull, {base:.0} at C7"
    );
    for label in ["C3", "C5", "C7"] {
        let y = level(label);
        let xs = crossings(trapezius, y);
        let (outer, inner) = (
            xs.iter().fold(f32::MAX, |a, &b| a.min(b)),
            xs.iter().fold(f32::MIN, |a, &b| a.max(b)),
        );
        let neck = width_at(back, y) / 2.0;
        assert!(
            MID - inner < 3.0 && MID - outer > 0.75 * neck,
            "at {label} the trapezius spans {outer:.0}..{inner:.0}, the neck {neck:.0} either side"
        );
    }
}
