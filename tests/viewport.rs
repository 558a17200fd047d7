//! Native tests of the figure's viewport and gestures: zooming keeps the point zoomed around
//! in place, zoom and pan stay within bounds, fitting contains what it fits, a drag carries the
//! figure with the finger, a pinch zooms around the fingers, the arrow keys move between
//! regions in their direction, and the forward-head drawing leans by its angle.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use body_map::geometry::{
    figure, forward_head, muscle_view, neighbour, pinch, region_at, region_view, regions_near,
    Direction, Gesture, Point, ScreenBox, Viewport, DRAG_DISTANCE, FIT_MARGIN, HEIGHT, HOME,
    MAX_ZOOM, WIDTH,
};
use body_map::model::{RegionId, Side, View};
use proptest::prelude::*;

/// Figure units are compared to within this.
const EPS: f32 = 0.01;

fn close(a: Point, b: Point) -> bool {
    a.dist(b) < EPS
}

/// A phone-sized figure: narrower than the figure's aspect ratio, so it is letterboxed.
const PHONE: ScreenBox = ScreenBox {
    left: 20.0,
    top: 100.0,
    width: 340.0,
    height: 520.0,
};

/// Where the figure point `p` is drawn on screen (the inverse of `to_figure`).
fn to_screen(vp: Viewport, screen: ScreenBox, p: Point) -> Point {
    let scale = (vp.w / screen.width).max(vp.h / screen.height);
    let ox = (screen.width * scale - vp.w) / 2.0;
    let oy = (screen.height * scale - vp.h) / 2.0;
    Point::new(
        screen.left + (p.x - vp.x + ox) / scale,
        screen.top + (p.y - vp.y + oy) / scale,
    )
}

/// Whether `vp` lies within the figure, keeps its aspect ratio and zooms 1× to 6×.
fn assert_valid(vp: Viewport) {
    assert!(vp.x >= -EPS && vp.y >= -EPS, "{vp:?} starts off the figure");
    assert!(
        vp.x + vp.w <= WIDTH + EPS,
        "{vp:?} ends right of the figure"
    );
    assert!(vp.y + vp.h <= HEIGHT + EPS, "{vp:?} ends below the figure");
    assert!(
        (vp.h / vp.w - HEIGHT / WIDTH).abs() < 1e-4,
        "{vp:?} is distorted"
    );
    let zoom = vp.zoom_level();
    assert!(
        (1.0 - 1e-4..=MAX_ZOOM + 1e-3).contains(&zoom),
        "{vp:?} zooms {zoom}×"
    );
}

fn contains(vp: Viewport, p: Point) -> bool {
    p.x >= vp.x - EPS && p.x <= vp.x + vp.w + EPS && p.y >= vp.y - EPS && p.y <= vp.y + vp.h + EPS
}

#[test]
fn the_whole_figure_is_the_viewbox_of_the_figure() {
    assert_eq!(Viewport::WHOLE.view_box(), "0.0 0.0 500.0 1000.0");
    assert!(!Viewport::WHOLE.is_zoomed());
    assert_eq!(Viewport::WHOLE.zoom_level(), 1.0);
    assert_eq!(Viewport::WHOLE.centre(), Point::new(250.0, 500.0));
}

#[test]
fn zooming_in_keeps_the_point_zoomed_around_in_place() {
    for at in [
        Point::new(250.0, 500.0),
        Point::new(180.0, 300.0),
        Point::new(320.0, 760.0),
    ] {
        let before = to_screen(Viewport::WHOLE, PHONE, at);
        let vp = Viewport::WHOLE.zoom(1.5, at);
        assert!((vp.zoom_level() - 1.5).abs() < 1e-4, "{vp:?}");
        assert!(close(to_screen(vp, PHONE, at), before), "{at:?} moved");
        assert!(close(vp.to_figure(PHONE, before), at), "{at:?} moved");
        let back = vp.zoom(1.0 / 1.5, at);
        assert!(close(back.centre(), Viewport::WHOLE.centre()), "{back:?}");
    }
}

#[test]
fn zoom_stops_at_the_whole_figure_and_at_six_times() {
    let centre = Viewport::WHOLE.centre();
    let mut vp = Viewport::WHOLE;
    for _ in 0..20 {
        vp = vp.zoom(1.5, centre);
        assert_valid(vp);
    }
    assert!((vp.zoom_level() - MAX_ZOOM).abs() < 1e-3, "{vp:?}");
    assert!(close(vp.centre(), centre), "{vp:?}");
    assert_eq!(Viewport::WHOLE.zoom(0.2, centre), Viewport::WHOLE);
    assert_eq!(vp.zoom(1e-3, Point::new(10.0, 10.0)), Viewport::WHOLE);
}

#[test]
fn zooming_near_an_edge_stays_on_the_figure() {
    let corner = Viewport::WHOLE.zoom(4.0, Point::new(2.0, 3.0));
    assert_valid(corner);
    assert!(close(
        corner.to_figure(
            PHONE,
            to_screen(Viewport::WHOLE, PHONE, Point::new(2.0, 3.0))
        ),
        Point::new(2.0, 3.0)
    ));
    // Zooming out around a far corner would uncover space left of and above the figure.
    let middle = Viewport::WHOLE.zoom(4.0, Viewport::WHOLE.centre());
    let out = middle.zoom(0.5, Point::new(WIDTH - 1.0, HEIGHT - 1.0));
    assert_valid(out);
    assert_eq!((out.x, out.y), (0.0, 0.0), "{out:?}");
    assert!((out.zoom_level() - 2.0).abs() < 1e-3, "{out:?}");
}

#[test]
fn panning_stops_where_the_figure_ends() {
    let vp = Viewport::WHOLE.zoom(2.0, Viewport::WHOLE.centre());
    let moved = vp.pan(10.0, -20.0);
    assert!(close(
        Point::new(moved.x, moved.y),
        Point::new(vp.x - 10.0, vp.y + 20.0)
    ));
    let far_left = vp.pan(1e4, 1e4);
    assert_eq!((far_left.x, far_left.y), (0.0, 0.0));
    let far_right = vp.pan(-1e4, -1e4);
    assert!(
        (far_right.x + far_right.w - WIDTH).abs() < EPS,
        "{far_right:?}"
    );
    assert!(
        (far_right.y + far_right.h - HEIGHT).abs() < EPS,
        "{far_right:?}"
    );
    assert_eq!(Viewport::WHOLE.pan(40.0, 40.0), Viewport::WHOLE);
}

#[test]
fn the_screen_maps_onto_the_figure_with_one_scale_centred() {
    let tall = ScreenBox {
        left: 10.0,
        top: 20.0,
        width: 250.0,
        height: 500.0,
    };
    let vp = Viewport::WHOLE;
    assert!(close(
        vp.to_figure(tall, Point::new(10.0, 20.0)),
        Point::new(0.0, 0.0)
    ));
    assert!(close(
        vp.to_figure(tall, Point::new(260.0, 520.0)),
        Point::new(WIDTH, HEIGHT)
    ));
    assert_eq!(vp.units_per_pixel(tall), 2.0);
    // A square box letterboxes the figure: its left edge is a quarter of the way in.
    let square = ScreenBox {
        left: 0.0,
        top: 0.0,
        width: 500.0,
        height: 500.0,
    };
    assert!(close(
        vp.to_figure(square, Point::new(125.0, 0.0)),
        Point::new(0.0, 0.0)
    ));
    assert!(close(
        vp.to_figure(square, Point::new(250.0, 250.0)),
        vp.centre()
    ));
    let empty = ScreenBox {
        width: 0.0,
        ..square
    };
    assert_eq!(vp.to_figure(empty, Point::new(3.0, 4.0)), vp.centre());
}

#[test]
fn fitting_a_region_shows_all_of_it_with_a_margin_and_little_else() {
    for view in [View::Front, View::Back] {
        let fig = figure(view);
        for shape in &fig.regions {
            let vp = region_view(fig, shape.id).expect("a region of the view");
            assert_valid(vp);
            let points: Vec<Point> = shape.polygons.iter().flatten().copied().collect();
            assert!(
                points.iter().all(|&p| contains(vp, p)),
                "{} leaves {vp:?}",
                shape.id
            );
            let (lo, hi) = points.iter().fold(
                (
                    Point::new(f32::MAX, f32::MAX),
                    Point::new(f32::MIN, f32::MIN),
                ),
                |(lo, hi), p| {
                    (
                        Point::new(lo.x.min(p.x), lo.y.min(p.y)),
                        Point::new(hi.x.max(p.x), hi.y.max(p.y)),
                    )
                },
            );
            let tight_w = (vp.w - (hi.x - lo.x + 2.0 * FIT_MARGIN)).abs() < 0.1;
            let tight_h = (vp.h - (hi.y - lo.y + 2.0 * FIT_MARGIN)).abs() < 0.1;
            let at_limit = (vp.zoom_level() - MAX_ZOOM).abs() < 1e-3 || !vp.is_zoomed();
            assert!(
                tight_w || tight_h || at_limit,
                "{} is loose in {vp:?}",
                shape.id
            );
        }
        assert_eq!(region_view(fig, "no-such-region"), None);
    }
    assert_eq!(Viewport::fit([]), Viewport::WHOLE);
    let dot = Viewport::fit([Point::new(100.0, 100.0)]);
    assert!((dot.zoom_level() - MAX_ZOOM).abs() < 1e-3, "{dot:?}");
    assert!(close(dot.centre(), Point::new(100.0, 100.0)), "{dot:?}");
}

#[test]
fn zooming_to_a_muscle_shows_it_on_its_side_with_its_referral_zones() {
    let fig = figure(View::Back);
    let zone = "neck-angle-left";
    let vp = muscle_view(
        fig,
        "levator_scapulae",
        &[Side::Left],
        &[RegionId::new(zone)],
    );
    assert_valid(vp);
    assert!(vp.is_zoomed(), "{vp:?}");
    let shapes: Vec<_> = fig
        .muscles
        .iter()
        .filter(|m| m.id == "levator_scapulae")
        .collect();
    assert_eq!(shapes.len(), 2);
    for m in &shapes {
        let inside = m.polygon.iter().all(|&p| contains(vp, p));
        assert_eq!(inside, m.side == Side::Left, "{:?} side in {vp:?}", m.side);
    }
    let region = fig
        .regions
        .iter()
        .find(|r| r.id == zone)
        .expect("a back region");
    assert!(region.polygons.iter().flatten().all(|&p| contains(vp, p)));
    let both = muscle_view(fig, "levator_scapulae", &[Side::Left, Side::Right], &[]);
    assert!(shapes
        .iter()
        .all(|m| m.polygon.iter().all(|&p| contains(both, p))));
}

#[test]
fn a_short_press_is_a_tap_and_a_longer_move_a_drag() {
    let mut g = Gesture::default();
    g.down(1, Point::new(100.0, 100.0));
    assert_eq!(
        g.moved(1, Point::new(102.0, 103.0), Viewport::WHOLE, PHONE),
        None
    );
    g.up(1);
    assert!(!g.take_drag());
    g.down(1, Point::new(100.0, 100.0));
    g.moved(
        1,
        Point::new(100.0 + DRAG_DISTANCE, 100.0),
        Viewport::WHOLE,
        PHONE,
    );
    g.up(1);
    assert_eq!(g.pointers(), 0);
    assert!(g.take_drag());
    assert!(!g.take_drag(), "the drag is over once its click is taken");
    // A drag that ends off the figure brings no click; the next press starts afresh.
    g.down(1, Point::new(100.0, 100.0));
    g.moved(1, Point::new(140.0, 100.0), Viewport::WHOLE, PHONE);
    g.up(1);
    g.down(2, Point::new(50.0, 50.0));
    g.up(2);
    assert!(!g.take_drag(), "a press after a lost drag is a tap");
    assert_eq!(
        g.moved(7, Point::new(1.0, 1.0), Viewport::WHOLE, PHONE),
        None
    );
}

#[test]
fn a_drag_carries_a_zoomed_figure_with_the_finger() {
    let vp = Viewport::WHOLE.zoom(3.0, Point::new(250.0, 400.0));
    let (from, to) = (Point::new(150.0, 300.0), Point::new(120.0, 340.0));
    let under = vp.to_figure(PHONE, from);
    let mut g = Gesture::default();
    g.down(3, from);
    let next = g.moved(3, to, vp, PHONE).expect("a zoomed figure pans");
    assert_valid(next);
    assert!(
        close(next.to_figure(PHONE, to), under),
        "{under:?} left the finger"
    );
    assert!(g.take_drag());
}

#[test]
fn pinching_zooms_around_the_point_between_the_fingers() {
    let vp = Viewport::WHOLE.zoom(1.5, Point::new(250.0, 500.0));
    let (a, b) = (Point::new(150.0, 350.0), Point::new(230.0, 400.0));
    let mut g = Gesture::default();
    g.down(1, a);
    g.down(2, b);
    let apart = Point::new(270.0, 420.0);
    let mid = a.lerp(apart, 0.5);
    let under = vp.to_figure(PHONE, mid);
    let wider = g.moved(2, apart, vp, PHONE).expect("a pinch zooms");
    assert_valid(wider);
    let expected = vp.zoom_level() * a.dist(apart) / a.dist(b);
    assert!((wider.zoom_level() - expected).abs() < 1e-3, "{wider:?}");
    assert!(
        close(wider.to_figure(PHONE, mid), under),
        "the fingers slid off {under:?}"
    );
    let closer = pinch(wider, PHONE, a, apart, b).expect("fingers apart");
    assert!(closer.zoom_level() < wider.zoom_level(), "{closer:?}");
    assert_eq!(
        pinch(vp, PHONE, a, a, b),
        None,
        "fingers together measure nothing"
    );
    g.up(1);
    g.up(2);
    assert!(g.take_drag(), "a pinch is no tap");
}

proptest! {
    /// Whatever the wheel, the buttons, fingers and fits do, the viewport stays on the figure,
    /// undistorted, between 1× and 6×.
    #[test]
    fn every_viewport_stays_on_the_figure(
        steps in prop::collection::vec((0u8..4, -3.0f32..3.0, 0.0f32..1.0, 0.0f32..1.0), 1..40)
    ) {
        let mut vp = Viewport::WHOLE;
        for (kind, amount, u, v) in steps {
            let at = Point::new(u * WIDTH, v * HEIGHT);
            vp = match kind {
                0 => vp.zoom(amount.exp(), at),
                1 => vp.pan(amount * 200.0, -amount * 300.0),
                2 => Viewport::fit([at, Point::new(at.x + amount * 50.0, at.y + 80.0)]),
                _ => pinch(vp, PHONE, Point::new(u * 300.0, v * 500.0), Point::new(60.0, 200.0), Point::new(60.0 + amount * 40.0, 250.0)).unwrap_or(vp),
            };
            assert_valid(vp);
        }
    }
}

#[test]
fn the_arrow_keys_name_their_directions() {
    assert_eq!(Direction::from_key("ArrowLeft"), Some(Direction::Left));
    assert_eq!(Direction::from_key("ArrowRight"), Some(Direction::Right));
    assert_eq!(Direction::from_key("ArrowUp"), Some(Direction::Up));
    assert_eq!(Direction::from_key("ArrowDown"), Some(Direction::Down));
    assert_eq!(Direction::from_key("Enter"), None);
    assert_eq!(Direction::from_key("arrowleft"), None);
}

#[test]
fn each_arrow_moves_to_a_region_in_its_direction_on_screen() {
    for view in [View::Front, View::Back] {
        let fig = figure(view);
        for from in &fig.regions {
            for d in Direction::ALL {
                let Some(next) = neighbour(&fig.regions, from.id, d) else {
                    continue;
                };
                let to = fig.regions.iter().find(|r| r.id == next).unwrap().centre;
                let (dx, dy) = d.step();
                let ahead = (to.x - from.centre.x) * dx + (to.y - from.centre.y) * dy;
                assert!(
                    ahead > 0.5,
                    "{view:?}: {d:?} from {} goes to {next}",
                    from.id
                );
            }
        }
        assert_eq!(
            neighbour(&fig.regions, "no-such-region", Direction::Up),
            None
        );
    }
}

#[test]
fn right_of_a_region_on_the_viewers_left_lies_towards_the_middle() {
    // From behind, the patient's left is on the viewer's left; from the front, on the right.
    for (view, outer, towards_middle) in [
        (View::Back, "scapula-left", Direction::Right),
        (View::Front, "chest-left", Direction::Left),
    ] {
        let fig = figure(view);
        let here = fig.regions.iter().find(|r| r.id == outer).unwrap();
        let next = neighbour(&fig.regions, outer, towards_middle).expect("a region inwards");
        let there = fig.regions.iter().find(|r| r.id == next).unwrap();
        assert!(
            (there.centre.x - 250.0).abs() < (here.centre.x - 250.0).abs(),
            "{view:?}: {towards_middle:?} from {outer} goes out to {next}"
        );
        assert_eq!(
            region_at(view, there.centre),
            Some(next),
            "{next}'s centre is in it"
        );
    }
}

#[test]
fn the_arrow_keys_reach_every_region() {
    for view in [View::Front, View::Back] {
        let fig = figure(view);
        let mut seen = BTreeSet::from([fig.regions[0].id]);
        let mut todo = vec![fig.regions[0].id];
        while let Some(id) = todo.pop() {
            for d in Direction::ALL {
                if let Some(next) = neighbour(&fig.regions, id, d) {
                    if seen.insert(next) {
                        todo.push(next);
                    }
                }
            }
        }
        let missed: Vec<_> = fig
            .regions
            .iter()
            .filter(|r| !seen.contains(r.id))
            .map(|r| r.id)
            .collect();
        assert!(missed.is_empty(), "{view:?}: no arrow leads to {missed:?}");
    }
}

#[test]
fn the_head_leans_forward_by_its_angle() {
    let fig = figure(View::Side);
    let upright = forward_head(fig, 0).expect("the side view draws it");
    assert!(close(upright.tip, upright.neutral), "{upright:?}");
    let c7 = fig
        .vertebrae
        .iter()
        .find(|v| v.label == "C7")
        .unwrap()
        .centre;
    assert_eq!(upright.c7, c7);
    let leaning = forward_head(fig, 30).unwrap();
    let (up, tip) = (leaning.neutral - c7, leaning.tip - c7);
    assert!((up.len() - tip.len()).abs() < EPS, "{leaning:?}");
    let cos = up.dot(tip) / (up.len() * tip.len());
    assert!((cos - 30f32.to_radians().cos()).abs() < 1e-4, "{leaning:?}");
    assert!(
        (leaning.tip.x - c7.x) * leaning.forward > 0.0,
        "{leaning:?} leans backwards"
    );
    assert!(leaning.radius > upright.radius);
    assert_eq!(forward_head(figure(View::Back), 30), None);
}

#[test]
fn a_narrow_screen_starts_on_the_neck_and_back_a_wide_one_on_the_whole_body() {
    let phone = ScreenBox {
        left: 0.0,
        top: 0.0,
        width: 310.0,
        height: 508.0,
    };
    let home = Viewport::home(phone);
    assert!((home.aspect() - 310.0 / 508.0).abs() < 1e-3, "{home:?}");
    assert!(
        contains(home, Point::new(HOME.x + 1.0, HOME.y + 1.0)),
        "{home:?}"
    );
    assert!(
        contains(
            home,
            Point::new(HOME.x + HOME.w - 1.0, HOME.y + HOME.h - 1.0)
        ),
        "{home:?}"
    );
    assert!(
        phone.width / home.w >= 0.9,
        "regions drawn at {} px a unit",
        phone.width / home.w
    );
    let desktop = ScreenBox {
        width: 560.0,
        height: 640.0,
        ..phone
    };
    let whole = Viewport::home(desktop);
    assert_eq!(whole, Viewport::whole(560.0 / 640.0));
    assert!(
        contains(whole, Point::new(0.5, 0.5))
            && contains(whole, Point::new(WIDTH - 0.5, HEIGHT - 0.5))
    );
    assert!(!whole.is_zoomed());
    assert_eq!(Viewport::whole(0.5), Viewport::WHOLE);
}

#[test]
fn a_viewport_reshaped_to_the_screen_keeps_what_it_showed_and_zoom_keeps_the_shape() {
    for aspect in [0.3_f32, 0.5, 0.61, 0.9, 1.6] {
        let fitted = region_view(figure(View::Back), "neck-angle-left").expect("a region");
        let shaped = fitted.reshaped(aspect);
        assert!((shaped.aspect() - aspect).abs() < 1e-3, "{shaped:?}");
        let whole = Viewport::whole(aspect);
        assert!(shaped.w <= whole.w + 1e-3, "{shaped:?} {whole:?}");
        if shaped.w < whole.w - 1e-3 {
            assert!(contains(shaped, fitted.centre()), "{shaped:?}");
            assert!(
                shaped.w >= fitted.w - 1e-3 && shaped.h >= fitted.h - 1e-3,
                "{shaped:?} {fitted:?}"
            );
        }
        let zoomed = shaped
            .zoom(1.5, shaped.centre())
            .zoom(1e-3, Point::new(10.0, 10.0));
        assert!((zoomed.aspect() - aspect).abs() < 1e-3, "{zoomed:?}");
        let w = whole.clamped();
        assert!(
            [
                zoomed.x - w.x,
                zoomed.y - w.y,
                zoomed.w - w.w,
                zoomed.h - w.h
            ]
            .iter()
            .all(|d| d.abs() < 0.01),
            "zooming out stops at the whole figure: {zoomed:?} {w:?}"
        );
    }
}

#[test]
fn centring_on_a_point_moves_it_to_the_middle_within_the_figure() {
    let vp = Viewport::WHOLE.zoom(3.0, Viewport::WHOLE.centre());
    let at = Point::new(200.0, 300.0);
    assert!(close(vp.centred_on(at).centre(), at));
    let corner = vp.centred_on(Point::new(0.0, 0.0));
    assert_eq!((corner.x, corner.y), (0.0, 0.0));
}

#[test]
fn the_regions_near_a_tap_are_those_within_reach_nearest_first() {
    let fig = figure(View::Back);
    let angle = fig
        .regions
        .iter()
        .find(|r| r.id == "neck-angle-left")
        .expect("a region");
    let near = regions_near(&fig.regions, angle.centre, 0.0);
    assert_eq!(
        near,
        vec![("neck-angle-left", 0.0)],
        "a tap in the middle of a region is that region alone"
    );
    let wide = regions_near(&fig.regions, angle.centre, 40.0);
    assert_eq!(wide[0], ("neck-angle-left", 0.0));
    assert!(wide.len() > 1, "{wide:?}");
    assert!(
        wide.windows(2).all(|w| w[0].1 <= w[1].1),
        "nearest first: {wide:?}"
    );
    assert!(wide.iter().all(|&(_, d)| d <= 40.0));
    assert!(
        regions_near(&fig.regions, Point::new(1.0, 999.0), 10.0).is_empty(),
        "nothing near an empty corner"
    );
}

#[test]
fn zooming_to_a_muscle_in_the_side_view_shows_its_drawn_referral() {
    let fig = figure(View::Side);
    for shape in &fig.referral {
        let vp = muscle_view(fig, shape.muscle, &[shape.side], &[]);
        for p in shape.polygons.iter().flatten() {
            assert!(
                contains(vp, *p) || !vp.is_zoomed(),
                "{} {}: {p:?} outside {vp:?}",
                shape.muscle,
                shape.number
            );
        }
    }
}
