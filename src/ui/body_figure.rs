use std::collections::BTreeMap;

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent, SvgElement, WheelEvent};
use yew::prelude::*;

use super::context::Ctx;
use crate::geometry::path::Tenths;
use crate::geometry::{self, sin_cos, within, Figure, Point};
use crate::model::{Layer, Layers, Mode, Muscle, MuscleId, RegionId, SegmentId, Side, View};

/// What explore mode highlights on the figure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlight {
    /// Muscles drawn strongly, with their trigger points.
    pub muscles: Vec<MuscleId>,
    /// Regions outlined.
    pub regions: Vec<RegionId>,
    /// Spine segments highlighted.
    pub segments: Vec<SegmentId>,
    /// Forward head angle shown in the side view, in degrees.
    pub head_angle: Option<u8>,
}

/// Props of [`BodyFigure`].
#[derive(Properties, PartialEq)]
pub struct BodyFigureProps {
    /// Which side of the body is shown.
    pub view: View,
    /// Patient or explore.
    pub mode: Mode,
    /// Layers drawn.
    pub layers: Layers,
    /// Marked regions.
    pub selected: Vec<RegionId>,
    /// The muscle shown with its trigger points and referral zones.
    #[prop_or_default]
    pub muscle: Option<MuscleId>,
    /// Explore mode's highlights.
    #[prop_or_default]
    pub highlight: Highlight,
    /// A region to zoom to (chosen from the list picker).
    #[prop_or_default]
    pub zoom_to: Option<RegionId>,
    /// A region tapped, clicked or toggled by keyboard.
    pub on_toggle: Callback<RegionId>,
    /// A muscle shape chosen (explore mode).
    pub on_muscle: Callback<MuscleId>,
}

/// The part of the figure the viewport shows, in figure units.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Viewport {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

impl Viewport {
    fn whole(fig: &Figure) -> Viewport {
        Viewport {
            x: 0.0,
            y: 0.0,
            w: fig.width,
            h: fig.height,
        }
    }

    /// Zoomed by `factor` (> 1 zooms in) around `at`, kept within 1× to 6×.
    fn zoom(self, factor: f32, at: Point, fig: &Figure) -> Viewport {
        let w = within(self.w / factor, fig.width / 6.0, fig.width);
        let h = w * fig.height / fig.width;
        let fx = (at.x - self.x) / self.w;
        let fy = (at.y - self.y) / self.h;
        Viewport {
            x: at.x - fx * w,
            y: at.y - fy * h,
            w,
            h,
        }
        .clamped(fig)
    }

    fn pan(self, dx: f32, dy: f32, fig: &Figure) -> Viewport {
        Viewport {
            x: self.x - dx,
            y: self.y - dy,
            ..self
        }
        .clamped(fig)
    }

    fn clamped(self, fig: &Figure) -> Viewport {
        Viewport {
            x: within(self.x, 0.0, (fig.width - self.w).max(0.0)),
            y: within(self.y, 0.0, (fig.height - self.h).max(0.0)),
            ..self
        }
    }

    /// The smallest viewport (1× to 6×) showing every point, with a margin.
    fn fit(points: impl Iterator<Item = Point>, fig: &Figure) -> Viewport {
        let (mut lo, mut hi) = (
            Point {
                x: f32::MAX,
                y: f32::MAX,
            },
            Point {
                x: f32::MIN,
                y: f32::MIN,
            },
        );
        for p in points {
            lo = Point {
                x: lo.x.min(p.x),
                y: lo.y.min(p.y),
            };
            hi = Point {
                x: hi.x.max(p.x),
                y: hi.y.max(p.y),
            };
        }
        if lo.x > hi.x {
            return Viewport::whole(fig);
        }
        let margin = 30.0;
        let ratio = fig.width / fig.height;
        let w = within(
            (hi.x - lo.x + 2.0 * margin).max((hi.y - lo.y + 2.0 * margin) * ratio),
            fig.width / 6.0,
            fig.width,
        );
        let h = w / ratio;
        let c = Point {
            x: (lo.x + hi.x) / 2.0,
            y: (lo.y + hi.y) / 2.0,
        };
        Viewport {
            x: c.x - w / 2.0,
            y: c.y - h / 2.0,
            w,
            h,
        }
        .clamped(fig)
    }

    fn centre(self) -> Point {
        Point {
            x: self.x + self.w / 2.0,
            y: self.y + self.h / 2.0,
        }
    }

    fn view_box(self) -> String {
        format!(
            "{} {} {} {}",
            Tenths(self.x),
            Tenths(self.y),
            Tenths(self.w),
            Tenths(self.h)
        )
    }
}

/// The geometry's name for a view.
pub(super) fn geometry_view(view: View) -> geometry::View {
    match view {
        View::Front => geometry::View::Front,
        View::Back => geometry::View::Back,
        View::Side => geometry::View::Side,
    }
}

fn geometry_side(side: Side) -> geometry::Side {
    match side {
        Side::Left => geometry::Side::Left,
        Side::Right => geometry::Side::Right,
        Side::Mid => geometry::Side::Mid,
    }
}

/// Which sides of `muscle` to draw: those that explain the marked regions best (most regions,
/// then most of them as essential), or both when nothing is marked or they tie.
fn shown_sides(muscle: &Muscle, selected: &[RegionId]) -> Vec<Side> {
    let score = |side: Side| {
        let zones = muscle.side_zones(side);
        let matched = selected
            .iter()
            .filter_map(|r| zones.get(r))
            .collect::<Vec<_>>();
        (matched.len(), matched.iter().filter(|e| ***e).count())
    };
    let (left, right) = (score(Side::Left), score(Side::Right));
    match left.cmp(&right) {
        std::cmp::Ordering::Greater => vec![Side::Left],
        std::cmp::Ordering::Less => vec![Side::Right],
        std::cmp::Ordering::Equal => vec![Side::Left, Side::Right],
    }
}

/// The region nearest to `from` in the direction of an arrow key.
fn neighbour(fig: &Figure, from: &str, key: &str) -> Option<&'static str> {
    let here = fig.regions.iter().find(|r| r.id == from)?.centre;
    let (dx, dy) = match key {
        "ArrowLeft" => (-1.0, 0.0),
        "ArrowRight" => (1.0, 0.0),
        "ArrowUp" => (0.0, -1.0),
        "ArrowDown" => (0.0, 1.0),
        _ => return None,
    };
    fig.regions
        .iter()
        .filter(|r| r.id != from)
        .filter_map(|r| {
            let (vx, vy) = (r.centre.x - here.x, r.centre.y - here.y);
            let along = vx * dx + vy * dy;
            let across = (vx * dy - vy * dx).abs();
            (along > 0.5).then_some((along + 2.0 * across, r.id))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

fn to_figure(svg: &Element, vp: Viewport, client_x: f32, client_y: f32) -> Point {
    let rect = svg.get_bounding_client_rect();
    let (rw, rh) = (rect.width() as f32, rect.height() as f32);
    if rw <= 0.0 || rh <= 0.0 {
        return vp.centre();
    }
    // preserveAspectRatio="xMidYMid meet": one scale, centred.
    let scale = (vp.w / rw).max(vp.h / rh);
    let ox = (rw * scale - vp.w) / 2.0;
    let oy = (rh * scale - vp.h) / 2.0;
    Point {
        x: vp.x + (client_x - rect.left() as f32) * scale - ox,
        y: vp.y + (client_y - rect.top() as f32) * scale - oy,
    }
}

/// The forward-head drawing of the side view: the head's line of pull swung forward from C7 by
/// `angle` degrees, with the neutral line dashed for comparison.
fn head_load(fig: &Figure, angle: u8) -> Option<Html> {
    if fig.view != geometry::View::Side {
        return None;
    }
    let c7 = fig.vertebrae.iter().find(|v| v.label == "C7")?.centre;
    let c1 = fig.vertebrae.iter().find(|v| v.label == "C1")?.centre;
    let l5 = fig.vertebrae.iter().find(|v| v.label == "L5")?.centre;
    // The spine lies at the back of the body: the face is on the side where most of the
    // silhouette is.
    let points = fig
        .outline_polygons
        .iter()
        .map(Vec::len)
        .sum::<usize>()
        .max(1) as f32;
    let mean_x = fig
        .outline_polygons
        .iter()
        .flatten()
        .map(|p| p.x)
        .sum::<f32>()
        / points;
    let forward = if mean_x < l5.x { -1.0 } else { 1.0 };
    let length = ((c1.x - c7.x).powi(2) + (c1.y - c7.y).powi(2)).sqrt() * 2.4;
    let (sin, cos) = sin_cos(f32::from(angle));
    let tip = Point {
        x: c7.x + forward * length * sin,
        y: c7.y - length * cos,
    };
    let neutral = Point {
        x: c7.x,
        y: c7.y - length,
    };
    Some(html! {
        <g class="bm-head-load" aria-hidden="true">
            <path class="bm-head-neutral" d={format!("M{},{}L{},{}", Tenths(c7.x), Tenths(c7.y), Tenths(neutral.x), Tenths(neutral.y))} />
            <path class="bm-head-line" d={format!("M{},{}L{},{}", Tenths(c7.x), Tenths(c7.y), Tenths(tip.x), Tenths(tip.y))} />
            <circle class="bm-head-weight" cx={Tenths(tip.x).to_string()} cy={Tenths(tip.y).to_string()} r={Tenths(9.0 + f32::from(angle) / 6.0).to_string()} />
            <text class="bm-head-angle" x={Tenths(tip.x + forward * 16.0).to_string()} y={Tenths(tip.y).to_string()}
                text-anchor={if forward < 0.0 { "end" } else { "start" }}>{ format!("{angle}°") }</text>
        </g>
    })
}

/// A 24×24 stroked icon for the zoom buttons.
fn icon(d: &'static str) -> Html {
    html! {
        <svg class="bm-icon-svg" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path {d} />
        </svg>
    }
}

/// Whether the click that follows a pointer gesture ends a drag (and so is no tap); either way
/// the gesture is over, so the next click counts.
fn take_drag(gesture: &std::rc::Rc<std::cell::RefCell<Gesture>>) -> bool {
    std::mem::take(&mut gesture.borrow_mut().moved) >= 8.0
}

/// Pointer bookkeeping for drag and pinch.
#[derive(Default)]
struct Gesture {
    /// Each pointer down, by id, with where it last was (two at most in practice).
    pointers: Vec<(i32, (f32, f32))>,
    moved: f32,
}

impl Gesture {
    fn get(&self, id: i32) -> Option<(f32, f32)> {
        self.pointers.iter().find(|p| p.0 == id).map(|p| p.1)
    }

    fn set(&mut self, id: i32, at: (f32, f32)) {
        match self.pointers.iter_mut().find(|p| p.0 == id) {
            Some(p) => p.1 = at,
            None => self.pointers.push((id, at)),
        }
    }

    fn remove(&mut self, id: i32) {
        self.pointers.retain(|p| p.0 != id);
    }
}

/// The figure: body, spine, muscles, trigger points, referral zones and tappable regions.
#[component]
pub fn BodyFigure(
    BodyFigureProps {
        view,
        mode,
        layers,
        selected,
        muscle,
        highlight,
        zoom_to,
        on_toggle,
        on_muscle,
    }: &BodyFigureProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("BodyFigure needs the Ctx context");
    let fig = geometry::figure(geometry_view(*view));
    let viewport = use_state_eq(|| Viewport::whole(fig));
    let focus = use_state(|| None::<RegionId>);
    let gesture = use_mut_ref(Gesture::default);
    let svg_ref = use_node_ref();
    {
        // A new view starts whole; a region chosen from the list is zoomed to.
        let viewport = viewport.clone();
        use_effect_with((*view, zoom_to.clone()), move |(_, region)| {
            let shape = region
                .as_ref()
                .and_then(|r| fig.regions.iter().find(|s| s.id == r.as_str()));
            viewport.set(match shape {
                Some(s) => Viewport::fit(s.polygons.iter().flatten().copied(), fig),
                None => Viewport::whole(fig),
            });
        });
    }
    let vp = *viewport;
    let lang = ctx.lang;
    let muscle = muscle.as_ref().and_then(|id| ctx.content.muscle(id));

    // Referral zones of the shown muscle on the sides that matter.
    let sides = muscle.map(|m| shown_sides(m, selected)).unwrap_or_default();
    let zones: BTreeMap<RegionId, bool> = muscle
        .map(|m| {
            let mut all = BTreeMap::new();
            for &s in &sides {
                for (r, e) in m.side_zones(s) {
                    *all.entry(r).or_insert(e) |= e;
                }
            }
            all
        })
        .unwrap_or_default();
    let gsides: Vec<geometry::Side> = sides.iter().map(|&s| geometry_side(s)).collect();

    let zoom_by = |factor: f32| {
        let viewport = viewport.clone();
        Callback::from(move |_: MouseEvent| {
            viewport.set(viewport.zoom(factor, viewport.centre(), fig))
        })
    };
    let zoom_to = muscle.map(|m| {
        let viewport = viewport.clone();
        let id = m.id.clone();
        let zones: Vec<RegionId> = zones.keys().cloned().collect();
        let gsides = gsides.clone();
        Callback::from(move |_: MouseEvent| {
            let muscle_points = fig
                .muscles
                .iter()
                .filter(|s| {
                    s.id == id.as_str()
                        && (gsides.contains(&s.side) || s.side == geometry::Side::Mid)
                })
                .flat_map(|s| s.polygon.iter().copied());
            let zone_points = fig
                .regions
                .iter()
                .filter(|r| zones.iter().any(|z| z.as_str() == r.id))
                .flat_map(|r| r.polygons.iter().flatten().copied());
            viewport.set(Viewport::fit(muscle_points.chain(zone_points), fig));
        })
    });
    let reset = {
        let viewport = viewport.clone();
        Callback::from(move |_: MouseEvent| viewport.set(Viewport::whole(fig)))
    };
    let onwheel = {
        let viewport = viewport.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: WheelEvent| {
            let Some(svg) = svg_ref.cast::<Element>() else {
                return;
            };
            e.prevent_default();
            let at = to_figure(&svg, *viewport, e.client_x() as f32, e.client_y() as f32);
            let factor = if e.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 };
            viewport.set(viewport.zoom(factor, at, fig));
        })
    };
    let onpointerdown = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            if g.pointers.is_empty() {
                g.moved = 0.0;
            }
            g.set(e.pointer_id(), (e.client_x() as f32, e.client_y() as f32));
        })
    };
    let onpointermove = {
        let gesture = gesture.clone();
        let viewport = viewport.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            let Some((px, py)) = g.get(e.pointer_id()) else {
                return;
            };
            let Some(svg) = svg_ref.cast::<Element>() else {
                return;
            };
            let (x, y) = (e.client_x() as f32, e.client_y() as f32);
            let rect = svg.get_bounding_client_rect();
            let scale = (viewport.w / rect.width().max(1.0) as f32)
                .max(viewport.h / rect.height().max(1.0) as f32);
            if g.pointers.len() == 2 {
                let other = g
                    .pointers
                    .iter()
                    .find(|(id, _)| *id != e.pointer_id())
                    .map(|(_, p)| *p);
                if let Some((ox, oy)) = other {
                    let before = ((px - ox).powi(2) + (py - oy).powi(2)).sqrt();
                    let after = ((x - ox).powi(2) + (y - oy).powi(2)).sqrt();
                    if before > 1.0 {
                        let mid = to_figure(&svg, *viewport, (x + ox) / 2.0, (y + oy) / 2.0);
                        viewport.set(viewport.zoom(after / before, mid, fig));
                    }
                }
                g.moved += 10.0;
            } else if viewport.w < fig.width - 0.5 {
                viewport.set(viewport.pan((x - px) * scale, (y - py) * scale, fig));
                g.moved += (x - px).abs() + (y - py).abs();
            } else {
                g.moved += (x - px).abs() + (y - py).abs();
            }
            g.set(e.pointer_id(), (x, y));
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            gesture.borrow_mut().remove(e.pointer_id());
        })
    };

    let regions_on = layers.has(Layer::Regions) && !fig.regions.is_empty();
    let tab_stop: Option<&str> = focus
        .as_ref()
        .and_then(|f| fig.regions.iter().find(|r| r.id == f.as_str()))
        .or_else(|| {
            fig.regions
                .iter()
                .find(|r| selected.iter().any(|s| s.as_str() == r.id))
        })
        .or_else(|| fig.regions.first())
        .map(|r| r.id);

    // One set of listeners for all the regions, on their group: each event names its region.
    let on_region_click = {
        let on_toggle = on_toggle.clone();
        let gesture = gesture.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = region_of(&e) {
                if !take_drag(&gesture) {
                    on_toggle.emit(id);
                }
            }
        })
    };
    let on_region_key = {
        let on_toggle = on_toggle.clone();
        let focus = focus.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(id) = region_of(&e) else {
                return;
            };
            match e.key().as_str() {
                " " | "Enter" => {
                    e.prevent_default();
                    on_toggle.emit(id);
                }
                "Escape" => {
                    if let Some(el) = e.target().and_then(|t| t.dyn_into::<SvgElement>().ok()) {
                        let _ = el.blur();
                    }
                }
                key => {
                    if let Some(next) = neighbour(fig, id.as_str(), key) {
                        e.prevent_default();
                        focus.set(Some(RegionId::new(next)));
                        if let Some(el) = svg_ref
                            .cast::<Element>()
                            .and_then(|svg| {
                                svg.query_selector(&format!("[data-region=\"{next}\"]"))
                                    .ok()
                                    .flatten()
                            })
                            .and_then(|el| el.dyn_into::<SvgElement>().ok())
                        {
                            let _ = el.focus();
                        }
                    }
                }
            }
        })
    };
    let on_region_focus = {
        let focus = focus.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(id) = region_of(&e) {
                focus.set(Some(id));
            }
        })
    };
    let region_nodes = fig.regions.iter().map(|shape| {
        let checked = selected.iter().any(|s| s.as_str() == shape.id);
        let name = ctx
            .content
            .region(&RegionId::new(shape.id))
            .map_or(shape.id, |r| r.name.get(lang))
            .to_owned();
        html! {
            <path key={shape.id} d={stat(&shape.d)} data-region={shape.id}
                class={if checked { "bm-region bm-region--selected" } else { "bm-region" }}
                role="checkbox" aria-checked={if checked { "true" } else { "false" }} aria-label={name}
                tabindex={if tab_stop == Some(shape.id) { "0" } else { "-1" }} />
        }
    });

    let referral = layers.has(Layer::Referral).then(|| {
        html! {
            <g class="bm-referral" aria-hidden="true">
                { for fig.regions.iter().filter_map(|shape| {
                    let essential = *zones.get(shape.id)?;
                    Some(html! {
                        <path d={stat(&shape.d)} class={if essential { "bm-zone bm-zone--essential" } else { "bm-zone bm-zone--spillover" }} />
                    })
                }) }
            </g>
        }
    });

    let emphasised = |id: &str| {
        muscle.is_some_and(|m| m.id.as_str() == id)
            || highlight.muscles.iter().any(|m| m.as_str() == id)
    };
    let muscles = layers.has(Layer::Muscles) || muscle.is_some() || !highlight.muscles.is_empty();
    // The open muscle is drawn on the sides that matter, like its trigger points.
    let on_shown_side = |s: &geometry::MuscleShape| {
        muscle.is_none_or(|m| m.id.as_str() != s.id)
            || gsides.contains(&s.side)
            || s.side == geometry::Side::Mid
    };
    let muscle_nodes = fig
        .muscles
        .iter()
        .filter(|s| (layers.has(Layer::Muscles) || emphasised(s.id)) && on_shown_side(s))
        .map(|shape| {
        let shown = emphasised(shape.id);
        let id = MuscleId::new(shape.id);
        let name = ctx.content.muscle(&id).map_or(shape.id, |m| m.name.get(lang)).to_owned();
        let onclick = {
            let on_muscle = on_muscle.clone();
            let gesture = gesture.clone();
            Callback::from(move |_: MouseEvent| {
                if !take_drag(&gesture) {
                    on_muscle.emit(id.clone());
                }
            })
        };
        let interactive = *mode == Mode::Explore && !regions_on;
        html! {
            <g class={if shown { "bm-muscle-shape bm-muscle-shape--shown" } else { "bm-muscle-shape" }} data-muscle={shape.id}>
                <path class="bm-muscle-body" d={stat(&shape.d)}
                    role={interactive.then_some("button")}
                    aria-label={interactive.then_some(name)}
                    tabindex={interactive.then_some("-1")}
                    onclick={interactive.then_some(onclick)} />
                <path class="bm-fibres" d={stat(&shape.fibres)} aria-hidden="true" />
            </g>
        }
    });

    let tps = (layers.has(Layer::TriggerPoints)).then(|| {
        html! {
            <g class="bm-tps-layer" aria-hidden="true">
                { for fig.trigger_points.iter().filter(|tp| {
                    let open = muscle.is_some_and(|m| m.id.as_str() == tp.muscle)
                        && (gsides.contains(&tp.side) || tp.side == geometry::Side::Mid);
                    open || (muscle.is_none() && highlight.muscles.iter().any(|m| m.as_str() == tp.muscle))
                }).map(|tp| html! {
                    <g class="bm-tp" data-trigger-point={format!("{}/{}", tp.muscle, tp.number)}
                        transform={format!("translate({} {})", Tenths(tp.at.x), Tenths(tp.at.y))}>
                        <path class="bm-tp-halo" d="M-7,-7L7,7M-7,7L7,-7" />
                        <path class="bm-tp-x" d="M-7,-7L7,7M-7,7L7,-7" />
                    </g>
                }) }
            </g>
        }
    });

    let spine = (layers.has(Layer::Spine) && !fig.vertebrae.is_empty()).then(|| {
        html! {
            <g class="bm-spine" aria-hidden="true">
                { for fig.discs.iter().map(|d| html! { <path class="bm-disc" d={stat(d)} /> }) }
                { for fig.vertebrae.iter().map(|v| html! {
                    <path class={format!("bm-vertebra bm-vertebra--{}{}", v.segment,
                        if highlight.segments.iter().any(|s| s.as_str() == v.segment) { " bm-vertebra--highlight" } else { "" })}
                        d={stat(&v.d)} data-vertebra={v.label} />
                }) }
                { for fig.vertebrae.iter().filter(|v| v.show_label).map(|v| html! {
                    <text class="bm-vertebra-label" x={Tenths(v.label_at.x).to_string()} y={Tenths(v.label_at.y).to_string()}>{ v.label }</text>
                }) }
            </g>
        }
    });

    let figure_label = ctx.fill(
        "figure-label",
        &[("view", ctx.t(&format!("view-{}", view.as_str())))],
    );
    html! {
        <div class="bm-figure-wrap">
            <svg ref={svg_ref.clone()} part="figure" class={format!("bm-figure bm-figure--{}", view.as_str())}
                viewBox={vp.view_box()} preserveAspectRatio="xMidYMid meet"
                role="group" aria-label={figure_label}
                {onwheel} {onpointerdown} {onpointermove}
                onpointerup={onpointerup.clone()} onpointercancel={onpointerup.clone()} onpointerleave={onpointerup}>
                <defs>
                    <pattern id="bm-stipple" width="7" height="7" patternUnits="userSpaceOnUse">
                        <circle class="bm-stipple-dot" cx="3.5" cy="3.5" r="1.4" />
                    </pattern>
                    <pattern id="bm-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <line class="bm-hatch-line" x1="0" y1="0" x2="0" y2="8" />
                    </pattern>
                </defs>
                <g class="bm-body" aria-hidden="true">
                    <path class="bm-outline" d={stat(&fig.outline)} />
                    { for fig.details.iter().map(|d| html! { <path class="bm-detail" d={stat(d)} /> }) }
                </g>
                { for spine }
                if muscles {
                    <g class="bm-muscles">{ for muscle_nodes }</g>
                }
                { for referral }
                if regions_on {
                    <g class="bm-regions" onclick={on_region_click} onkeydown={on_region_key} onfocusin={on_region_focus}>
                        { for region_nodes }
                    </g>
                }
                { for tps }
                if !highlight.regions.is_empty() {
                    <g class="bm-topic-regions" aria-hidden="true">
                        { for fig.regions.iter().filter(|r| highlight.regions.iter().any(|h| h.as_str() == r.id)).map(|r| html! {
                            <path class="bm-topic-region" d={stat(&r.d)} />
                        }) }
                    </g>
                }
                { for highlight.head_angle.and_then(|a| head_load(fig, a)) }
                <g class="bm-side-labels" aria-hidden="true">
                    { for fig.side_labels.iter().map(|l| html! {
                        <text class="bm-side-label" x={Tenths(l.at.x).to_string()} y={Tenths(l.at.y).to_string()} text-anchor="middle">
                            { ctx.t(match l.side { geometry::Side::Left => "your-left", geometry::Side::Right => "your-right", geometry::Side::Mid => "midline" }) }
                        </text>
                    }) }
                </g>
            </svg>
            <div class="bm-zoom" role="group" aria-label={ctx.t("zoom-label").to_owned()}>
                <button type="button" class="bm-button bm-icon" aria-label={ctx.t("zoom-in").to_owned()} onclick={zoom_by(1.5)}>{ icon("M12 5v14M5 12h14") }</button>
                <button type="button" class="bm-button bm-icon" aria-label={ctx.t("zoom-out").to_owned()} onclick={zoom_by(1.0 / 1.5)}>{ icon("M5 12h14") }</button>
                <button type="button" class="bm-button bm-icon" aria-label={ctx.t("zoom-reset").to_owned()} onclick={reset}>{ icon("M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5") }</button>
                if let Some(onclick) = zoom_to {
                    <button type="button" class="bm-button bm-icon" aria-label={ctx.t("zoom-to-muscle").to_owned()} {onclick}>{ icon("M12 3v4M12 17v4M3 12h4M17 12h4M12 8a4 4 0 1 0 0.01 0") }</button>
                }
            </div>
        </div>
    }
}

/// A path of the figure as an attribute without copying it: the figure lives for the page.
fn stat(d: &'static str) -> AttrValue {
    AttrValue::Static(d)
}

/// The region an event happened on.
fn region_of(e: &Event) -> Option<RegionId> {
    let el = e.target()?.dyn_into::<Element>().ok()?;
    el.get_attribute("data-region").map(RegionId::new)
}
