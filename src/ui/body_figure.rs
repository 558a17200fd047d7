//! The figure: its layers stacked in one zoomable `<svg>`, with the zoom buttons under it.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, PointerEvent, WheelEvent};
use yew::prelude::*;

use super::context::view_label;
use super::context::Ctx;
use super::depth_switch::DepthSwitch;
use super::head_load::HeadLoad;
use super::muscles::Muscles;
use super::open_muscle::OpenMuscle;
use super::outline::Outline;
use super::referral::Referral;
use super::referral_legend::ReferralLegend;
use super::regions::Regions;
use super::side_labels::SideLabels;
use super::spine::Spine;
use super::topic_regions::TopicRegions;
use super::trigger_points::TriggerPoints;
use super::zoom_controls::ZoomControls;
use crate::geometry::{self, muscle_view, region_view, Gesture, Point, ScreenBox, Viewport};
use crate::model::UiKey;
use crate::model::{Depth, Layer, Layers, Mode, MuscleId, RegionId, SegmentId, View};

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
    /// Whether the surface or the deep muscles are drawn in full.
    #[prop_or_default]
    pub depth: Depth,
    /// The surface / deep choice made (explore mode); without it there is no choice to make.
    #[prop_or_default]
    pub on_depth: Option<Callback<Depth>>,
}

/// Where `svg` lies on screen.
fn screen_box(svg: &Element) -> ScreenBox {
    let rect = svg.get_bounding_client_rect();
    ScreenBox {
        left: rect.left() as f32,
        top: rect.top() as f32,
        width: rect.width() as f32,
        height: rect.height() as f32,
    }
}

/// `target`, except that a click ending a drag is no tap and goes nowhere.
fn unless_dragged<T: 'static>(gesture: &Rc<RefCell<Gesture>>, target: &Callback<T>) -> Callback<T> {
    let (gesture, target) = (gesture.clone(), target.clone());
    Callback::from(move |value: T| {
        if !gesture.borrow_mut().take_drag() {
            target.emit(value);
        }
    })
}

/// Where a pointer event happened on screen.
fn client(e: &MouseEvent) -> Point {
    Point::new(e.client_x() as f32, e.client_y() as f32)
}

/// The figure: body, spine, muscles, trigger points, referral zones and tappable regions,
/// zoomed with the wheel, a pinch or the zoom buttons and panned by dragging.
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
        depth,
        on_depth,
    }: &BodyFigureProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("BodyFigure needs the Ctx context");
    let fig = geometry::figure(*view);
    let viewport = use_state_eq(|| Viewport::WHOLE);
    let focus = use_state(|| None::<RegionId>);
    let gesture = use_mut_ref(Gesture::default);
    let svg_ref = use_node_ref();
    {
        // A new view starts whole; a region chosen from the list is zoomed to.
        let viewport = viewport.clone();
        use_effect_with((*view, zoom_to.clone()), move |(_, region)| {
            let fitted = region.as_ref().and_then(|r| region_view(fig, r.as_str()));
            viewport.set(fitted.unwrap_or(Viewport::WHOLE));
        });
    }
    let open = muscle
        .as_ref()
        .and_then(|id| ctx.content.muscle(id))
        .map(|m| OpenMuscle::new(m, selected));

    let on_zoom = {
        let viewport = viewport.clone();
        Callback::from(move |factor: f32| viewport.set(viewport.zoom(factor, viewport.centre())))
    };
    let on_reset = {
        let viewport = viewport.clone();
        Callback::from(move |()| viewport.set(Viewport::WHOLE))
    };
    let on_fit_muscle = open.clone().map(|open| {
        let viewport = viewport.clone();
        let zones: Vec<RegionId> = open.zones.keys().cloned().collect();
        Callback::from(move |()| {
            viewport.set(muscle_view(fig, open.id.as_str(), &open.sides, &zones))
        })
    });
    let onwheel = {
        let viewport = viewport.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: WheelEvent| {
            let Some(svg) = svg_ref.cast::<Element>() else {
                return;
            };
            e.prevent_default();
            let at = viewport.to_figure(screen_box(&svg), client(&e));
            let factor = if e.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 };
            viewport.set(viewport.zoom(factor, at));
        })
    };
    let onpointerdown = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| gesture.borrow_mut().down(e.pointer_id(), client(&e)))
    };
    let onpointermove = {
        let gesture = gesture.clone();
        let viewport = viewport.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: PointerEvent| {
            let Some(svg) = svg_ref.cast::<Element>() else {
                return;
            };
            let next =
                gesture
                    .borrow_mut()
                    .moved(e.pointer_id(), client(&e), *viewport, screen_box(&svg));
            if let Some(next) = next {
                viewport.set(next);
            }
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| gesture.borrow_mut().up(e.pointer_id()))
    };
    let on_focus = {
        let focus = focus.clone();
        Callback::from(move |id: RegionId| focus.set(Some(id)))
    };

    let view = *view;
    let regions_on = layers.has(Layer::Regions) && !fig.regions.is_empty();
    let muscles_on = layers.has(Layer::Muscles) || open.is_some() || !highlight.muscles.is_empty();
    let legend = open.is_some() && layers.has(Layer::Referral);
    let figure_label = ctx.fill(UiKey::FigureLabel, &[("view", ctx.t(view_label(view)))]);
    html! {
        <div class="bm-figure-wrap">
            <svg ref={svg_ref} part="figure" class={format!("bm-figure bm-figure--{}", view.as_str())}
                viewBox={viewport.view_box()} preserveAspectRatio="xMidYMid meet"
                role="group" aria-label={figure_label}
                {onwheel} {onpointerdown} {onpointermove}
                onpointerup={onpointerup.clone()} onpointercancel={onpointerup.clone()} onpointerleave={onpointerup}>
                <defs>
                    <pattern id="bm-stipple" width="5" height="5" patternUnits="userSpaceOnUse">
                        <circle class="bm-stipple-dot" cx="2.5" cy="2.5" r="1.1" />
                    </pattern>
                    <pattern id="bm-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <line class="bm-hatch-line" x1="0" y1="0" x2="0" y2="8" />
                    </pattern>
                </defs>
                <Outline {view} />
                if layers.has(Layer::Spine) {
                    <Spine {view} highlighted={highlight.segments.clone()} />
                }
                if muscles_on {
                    <Muscles {view} all={layers.has(Layer::Muscles)} open={open.clone()} depth={*depth}
                        highlighted={highlight.muscles.clone()}
                        interactive={*mode == Mode::Explore && !regions_on}
                        on_select={unless_dragged(&gesture, on_muscle)} />
                }
                if layers.has(Layer::Referral) {
                    <Referral {view} open={open.clone()} />
                }
                if regions_on {
                    <Regions {view} selected={selected.clone()} focus={(*focus).clone()}
                        on_tap={unless_dragged(&gesture, on_toggle)} on_toggle={on_toggle.clone()} {on_focus} />
                }
                if layers.has(Layer::TriggerPoints) {
                    <TriggerPoints {view} {open} highlighted={highlight.muscles.clone()}
                        scale={geometry::mark_scale(viewport.zoom_level())} />
                }
                if !highlight.regions.is_empty() {
                    <TopicRegions {view} regions={highlight.regions.clone()} />
                }
                if let Some(angle) = highlight.head_angle {
                    <HeadLoad {view} {angle} />
                }
                <SideLabels {view} />
            </svg>
            if let (Some(on_depth), true) = (on_depth.clone(), layers.has(Layer::Muscles)) {
                <DepthSwitch depth={*depth} {on_depth} />
            }
            if legend {
                <ReferralLegend trigger_points={layers.has(Layer::TriggerPoints)} />
            }
            <ZoomControls {on_zoom} {on_reset} {on_fit_muscle} />
        </div>
    }
}
