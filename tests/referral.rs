//! Native tests of the referral zones drawn as their own shapes and of the trigger point
//! marks: each zone lies on the body, on its muscle's side, over every region its content
//! names, and is no copy of a region cell; every muscle drawn in a view shows its zones
//! there; a muscle's X marks stand at least their own size apart; deep muscles are drawn under
//! the surface ones.

use std::collections::BTreeSet;

use body_map::geometry::{
    contains, figure, mark_scale, region_at, Figure, Point, ReferralKind, ReferralShape, MARK_PATH,
    MARK_SIZE, MID,
};
use body_map::model::{Content, RegionId, Side, View};

fn content() -> Content {
    Content::builtin().expect("the built-in content loads")
}

/// The regions the content names for `zone` (on the zone's side), in any view.
fn named_regions(content: &Content, zone: &ReferralShape) -> Vec<RegionId> {
    let muscle = content
        .muscles
        .iter()
        .find(|m| m.id.as_str() == zone.muscle)
        .unwrap_or_else(|| panic!("unknown muscle {}", zone.muscle));
    let tp = &muscle.trigger_points[zone.number - 1];
    let ids = match zone.kind {
        ReferralKind::Essential => &tp.essential,
        ReferralKind::Spillover => &tp.spillover,
    };
    ids.iter()
        .map(|id| match zone.side {
            Side::Right => id.mirrored(),
            _ => id.clone(),
        })
        .collect()
}

fn points(zone: &ReferralShape) -> impl Iterator<Item = Point> + '_ {
    zone.polygons.iter().flatten().copied()
}

fn on_body(f: &Figure, p: Point) -> bool {
    f.outline_polygons.iter().any(|o| contains(o, p))
}

/// Collects failures so one run names every zone that is wrong.
#[derive(Default)]
struct Failures(Vec<String>);

impl Failures {
    fn check(&mut self, ok: bool, message: impl FnOnce() -> String) {
        if !ok {
            self.0.push(message());
        }
    }
}

impl Drop for Failures {
    fn drop(&mut self) {
        if !self.0.is_empty() && !std::thread::panicking() {
            panic!("{} failures:\n{}", self.0.len(), self.0.join("\n"));
        }
    }
}

fn name(view: View, z: &ReferralShape) -> String {
    format!(
        "{view:?} {}/{}/{} {:?}",
        z.muscle,
        z.number,
        z.kind.as_str(),
        z.side
    )
}

#[test]
fn zones_lie_on_the_body() {
    let mut fail = Failures::default();
    for view in View::ALL {
        let f = figure(view);
        for z in &f.referral {
            if let Some(p) = points(z).find(|&p| !on_body(f, p)) {
                fail.check(false, || {
                    format!("{} leaves the body at {p:?}", name(view, z))
                });
            }
        }
    }
}

#[test]
fn zones_lie_on_their_muscles_side_unless_the_content_crosses() {
    let content = content();
    let mut fail = Failures::default();
    for view in [View::Front, View::Back] {
        let f = figure(view);
        for z in &f.referral {
            let other = match z.side {
                Side::Left => "-right",
                Side::Right => "-left",
                Side::Mid => continue,
            };
            if named_regions(&content, z)
                .iter()
                .any(|r| r.as_str().ends_with(other))
            {
                continue;
            }
            // From behind the patient's left is the viewer's left; from the front, the right.
            let viewer_left = (z.side == Side::Left) == (view == View::Back);
            // A smooth curve may bulge a hair past its nodes.
            let own = |p: &Point| {
                if viewer_left {
                    p.x <= MID + 0.5
                } else {
                    p.x >= MID - 0.5
                }
            };
            if let Some(p) = points(z).find(|p| !own(p)) {
                fail.check(false, || {
                    format!("{} crosses the midline at {p:?}", name(view, z))
                });
            }
        }
    }
}

#[test]
fn zones_cover_each_region_their_content_names() {
    let content = content();
    let mut fail = Failures::default();
    for view in [View::Front, View::Back] {
        let f = figure(view);
        let here: BTreeSet<&str> = f.regions.iter().map(|r| r.id).collect();
        let mut seen = BTreeSet::new();
        for z in &f.referral {
            let touched: BTreeSet<&str> = points(z).filter_map(|p| region_at(view, p)).collect();
            for r in named_regions(&content, z) {
                if here.contains(r.as_str()) {
                    fail.check(touched.contains(r.as_str()), || {
                        format!(
                        "{} does not reach {r}, which its content names (it touches {touched:?})",
                        name(view, z)
                    )
                    });
                }
            }
            seen.insert((z.muscle, z.number, z.kind.as_str(), z.side == Side::Left));
        }
        // A zone whose regions all lie in this view is drawn in it.
        for m in &content.muscles {
            for (i, tp) in m.trigger_points.iter().enumerate() {
                for (kind, ids) in [("essential", &tp.essential), ("spillover", &tp.spillover)] {
                    for side in [Side::Left, Side::Right] {
                        let shown = ids.iter().any(|id| {
                            let id = if side == Side::Right {
                                id.mirrored()
                            } else {
                                id.clone()
                            };
                            here.contains(id.as_str())
                        });
                        assert!(
                            !shown || seen.contains(&(m.id.as_str(), i + 1, kind, side == Side::Left)),
                            "{view:?}: {}/{}/{kind} {side:?} names regions of this view but is not drawn",
                            m.id,
                            i + 1
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn zones_are_their_own_shapes_not_region_cells() {
    for view in [View::Front, View::Back] {
        let f = figure(view);
        for z in &f.referral {
            for r in &f.regions {
                assert_ne!(z.d, r.d, "{} copies the cell {}", name(view, z), r.id);
                for zp in &z.polygons {
                    for rp in &r.polygons {
                        let same = zp.len() == rp.len()
                            && zp.iter().zip(rp).all(|(a, b)| a.dist(*b) < 0.5);
                        assert!(!same, "{} copies the cell {}", name(view, z), r.id);
                    }
                }
            }
            // Smooth outlines: no band is a polygon of a few straight edges.
            for zp in &z.polygons {
                assert!(
                    zp.len() >= 16,
                    "{} is too coarse to be smooth",
                    name(view, z)
                );
            }
        }
    }
}

#[test]
fn each_muscle_shows_its_zones_in_every_view_it_is_drawn_in() {
    for view in View::ALL {
        let f = figure(view);
        for m in &f.muscles {
            assert!(
                f.referral
                    .iter()
                    .any(|z| z.muscle == m.id && z.side == m.side),
                "{view:?}: {} {:?} is drawn without referral zones",
                m.id,
                m.side
            );
        }
        for z in &f.referral {
            assert!(z.number >= 1, "{}: numbers start at 1", name(view, z));
            assert!(!z.d.is_empty() && z.d.starts_with('M'), "{}", name(view, z));
        }
    }
}

#[test]
fn trigger_point_marks_stand_their_own_size_apart() {
    let mut touching = Vec::new();
    for view in View::ALL {
        let marks = &figure(view).trigger_points;
        for (i, a) in marks.iter().enumerate() {
            for b in &marks[i + 1..] {
                if a.muscle == b.muscle && a.side == b.side && a.at.dist(b.at) < MARK_SIZE {
                    touching.push(format!(
                        "{view:?} {} {:?}: {} and {} are {:.1} apart",
                        a.muscle,
                        a.side,
                        a.number,
                        b.number,
                        a.at.dist(b.at)
                    ));
                }
            }
        }
    }
    assert!(
        touching.is_empty(),
        "X marks touch:\n{}",
        touching.join("\n")
    );
}

#[test]
fn the_drawn_x_is_as_wide_as_the_spacing_assumes() {
    let coords: Vec<f32> = MARK_PATH
        .split(|c: char| !(c.is_ascii_digit() || c == '-' || c == '.'))
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().expect("a number"))
        .collect();
    let widest = coords.iter().fold(0.0f32, |m, c| m.max(c.abs()));
    assert_eq!(2.0 * widest, MARK_SIZE, "{MARK_PATH}");
}

#[test]
fn deep_muscles_lie_under_the_surface_ones() {
    for view in View::ALL {
        let muscles = &figure(view).muscles;
        let first_surface = muscles
            .iter()
            .position(|m| !m.deep)
            .unwrap_or(muscles.len());
        assert!(
            muscles[first_surface..].iter().all(|m| !m.deep),
            "{view:?}: every deep muscle is drawn before the surface ones"
        );
    }
    let deep = |view: View, id: &str| {
        figure(view)
            .muscles
            .iter()
            .filter(|m| m.id == id)
            .all(|m| m.deep)
    };
    // Seen from behind, the iliopsoas lies under the whole back; the multifidi under the
    // erector spinae; the rhomboids under the trapezius.
    for id in [
        "iliopsoas",
        "lumbar_multifidi",
        "rhomboids",
        "quadratus_lumborum",
    ] {
        assert!(deep(View::Back, id), "{id} lies deep from behind");
    }
    for id in ["upper_trapezius", "latissimus_dorsi", "gluteus_maximus"] {
        assert!(!deep(View::Back, id), "{id} is on the surface from behind");
    }
    assert!(!deep(View::Front, "sternocleidomastoid"));
}

#[test]
fn marks_grow_slower_than_the_zoom() {
    assert_eq!(
        mark_scale(1.0),
        1.0,
        "the whole figure draws them at their size"
    );
    assert_eq!(mark_scale(0.5), 1.0, "never larger than that");
    assert_eq!(mark_scale(4.0), 0.5);
    let mut last = (1.0, 1.0);
    for zoom in [1.5, 2.0, 3.0, 6.0] {
        let (scale, on_screen) = (mark_scale(zoom), zoom * mark_scale(zoom));
        assert!(scale < last.0 && on_screen > last.1, "at {zoom}: {scale}");
        last = (scale, on_screen);
    }
}
