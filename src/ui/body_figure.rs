//! The figure: its layers stacked in one zoomable `<svg>`, with the zoom buttons under it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent, ResizeObserver, WheelEvent};
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
use super::screen::{aspect, client, home, screen_box};
use super::side_labels::SideLabels;
use super::spine::Spine;
use super::tap_offer::{offer_for, tap_offer, Offer};
use super::topic_regions::TopicRegions;
use super::trigger_points::TriggerPoints;
use super::zoom_controls::ZoomControls;
use crate::geometry::{self, muscle_view, region_view, Gesture, Point, Viewport};
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
    /// Controls laid over the figure's top left corner (undo and clear).
    #[prop_or_default]
    pub children: Html,
    /// Whether the surface or the deep muscles are drawn in full.
    #[prop_or_default]
    pub depth: Depth,
    /// The surface / deep choice made (explore mode); without it there is no choice to make.
    #[prop_or_default]
    pub on_depth: Option<Callback<Depth>>,
}

/// How far from a tap, in screen pixels, a region counts as one the finger may have meant.
const REACH: f32 = 14.0;

/// `target`, except that a click ending a drag is no tap and goes nowhere.
fn unless_dragged<T: 'static>(gesture: &Rc<RefCell<Gesture>>, target: &Callback<T>) -> Callback<T> {
    let (gesture, target) = (gesture.clone(), target.clone());
    Callback::from(move |value: T| {
        if !gesture.borrow_mut().take_drag() {
            target.emit(value);
        }
    })
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
        children,
        depth,
        on_depth,
    }: &BodyFigureProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("BodyFigure needs the Ctx context");
    let fig = geometry::figure(*view);
    let viewport = use_state_eq(|| Viewport::WHOLE);
    let focus = use_state(|| None::<RegionId>);
    let offer = use_state(|| None::<Offer>);
    let gesture = use_mut_ref(Gesture::default);
    // The last tap on the figure, in figure units: the zoom buttons zoom toward it.
    let last_tap = use_mut_ref(|| None::<Point>);
    let svg_ref = use_node_ref();
    let open = muscle
        .as_ref()
        .and_then(|id| ctx.content.muscle(id))
        .map(|m| OpenMuscle::new(m, selected));
    let fit_muscle = {
        let open = open.clone();
        move |svg: &NodeRef| {
            open.as_ref().map(|open| {
                let zones: Vec<RegionId> = open.zones.keys().cloned().collect();
                muscle_view(fig, open.id.as_str(), &open.sides, &zones).reshaped(aspect(svg))
            })
        }
    };
    // What the figure shows now, and whether it started before it was laid out (hidden until
    // the stylesheet is in, it has no size: its start is then `WHOLE`), for the resize observer.
    let shown = use_mut_ref(|| (Viewport::WHOLE, true));
    shown.borrow_mut().0 = *viewport;
    {
        // A new view starts at home (on a phone, the neck and back); a region chosen from the
        // list is zoomed to; an opened muscle is shown with its trigger points and referral.
        let (viewport, svg_ref, offer) = (viewport.clone(), svg_ref.clone(), offer.clone());
        let (fit_muscle, shown) = (fit_muscle.clone(), shown.clone());
        let opened = muscle.clone();
        use_effect_with((*view, zoom_to.clone(), opened), move |(_, region, _)| {
            let fitted = region
                .as_ref()
                .and_then(|r| region_view(fig, r.as_str()))
                .map(|v| v.reshaped(aspect(&svg_ref)))
                .or_else(|| fit_muscle(&svg_ref));
            let start = fitted.unwrap_or_else(|| home(&svg_ref));
            shown.borrow_mut().1 = start == Viewport::WHOLE;
            viewport.set(start);
            offer.set(None);
        });
    }
    {
        // When the figure is first laid out (the widget shows once its stylesheet is in), it
        // starts anew for its size; when the screen turns or the page is resized, it keeps
        // what it shows, in the new proportions.
        let (viewport, svg_ref, shown) = (viewport.clone(), svg_ref.clone(), shown.clone());
        use_effect_with((), move |()| {
            let svg = svg_ref.cast::<Element>();
            let resized = Closure::<dyn Fn()>::new(move || {
                let now = shown.borrow().0;
                let unlaid = std::mem::take(&mut shown.borrow_mut().1);
                viewport.set(if unlaid && now == Viewport::WHOLE {
                    home(&svg_ref)
                } else {
                    now.reshaped(aspect(&svg_ref))
                });
            });
            let observer = svg.and_then(|svg| {
                let observer = ResizeObserver::new(resized.as_ref().unchecked_ref()).ok()?;
                observer.observe(&svg);
                Some(observer)
            });
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(resized);
            }
        });
    }

    let on_zoom = {
        let (viewport, last_tap) = (viewport.clone(), last_tap.clone());
        Callback::from(move |factor: f32| {
            // Zooming in brings the last tap, while it is in sight, to the middle.
            let tap = last_tap.borrow().filter(|p| {
                p.x >= viewport.x
                    && p.x <= viewport.x + viewport.w
                    && p.y >= viewport.y
                    && p.y <= viewport.y + viewport.h
            });
            let zoomed = viewport.zoom(factor, viewport.centre());
            viewport.set(match tap {
                Some(at) if factor > 1.0 => zoomed.centred_on(at),
                _ => zoomed,
            });
        })
    };
    let on_reset = {
        let (viewport, svg_ref) = (viewport.clone(), svg_ref.clone());
        Callback::from(move |()| viewport.set(Viewport::whole(aspect(&svg_ref))))
    };
    let on_fit_muscle = open.as_ref().map(|_| {
        let (viewport, svg_ref) = (viewport.clone(), svg_ref.clone());
        Callback::from(move |()| {
            if let Some(v) = fit_muscle(&svg_ref) {
                viewport.set(v);
            }
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
    // A tap marks the region under the finger and, near a border, offers the regions around
    // it, so that a near miss costs one more tap.
    let regions_on = layers.has(Layer::Regions) && !fig.regions.is_empty();
    let onclick = {
        let (gesture, viewport, svg_ref) = (gesture.clone(), viewport.clone(), svg_ref.clone());
        let (offer, on_toggle, selected) = (offer.clone(), on_toggle.clone(), selected.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(svg) = svg_ref.cast::<Element>() else {
                return;
            };
            if !regions_on || gesture.borrow_mut().take_drag() {
                return;
            }
            let screen = screen_box(&svg);
            let at = viewport.to_figure(screen, client(&e));
            *last_tap.borrow_mut() = Some(at);
            let hit = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.get_attribute("data-region"))
                .map(RegionId::new);
            let reach = REACH * viewport.units_per_pixel(screen);
            let top = e.client_y() as f32 > screen.top + screen.height * 2.0 / 3.0;
            offer.set(offer_for(fig, at, reach, hit.as_ref(), &selected, top));
            if let Some(id) = hit {
                on_toggle.emit(id);
            }
        })
    };
    let on_offer = {
        let (offer, on_toggle) = (offer.clone(), on_toggle.clone());
        Callback::from(move |chosen: Option<RegionId>| {
            if let (Some(id), Some(o)) = (chosen, offer.as_ref()) {
                if let Some(marked) = o.marked.clone() {
                    on_toggle.emit(marked);
                }
                on_toggle.emit(id);
            }
            offer.set(None);
        })
    };

    let view = *view;
    let muscles_on = layers.has(Layer::Muscles) || open.is_some() || !highlight.muscles.is_empty();
    // Spine labels (10 units high) only where they come out at 10 pixels or more.
    let labels = svg_ref
        .cast::<Element>()
        .is_some_and(|svg| viewport.units_per_pixel(screen_box(&svg)) <= 1.0);
    let legend = open.is_some() && layers.has(Layer::Referral);
    // The key names the X marks only where the view draws some of the open muscle's.
    let marks_shown = layers.has(Layer::TriggerPoints)
        && open
            .as_ref()
            .is_some_and(|o| fig.trigger_points.iter().any(|t| t.muscle == o.id.as_str()));
    let figure_label = ctx.fill(UiKey::FigureLabel, &[("view", ctx.t(view_label(view)))]);
    html! {
        <div class="bm-figure-wrap">
            <div class="bm-figure-frame">
            <svg ref={svg_ref} part="figure" class={format!("bm-figure bm-figure--{}{}", view.as_str(), if labels { " bm-figure--labels" } else { "" })}
                viewBox={viewport.view_box()} preserveAspectRatio="xMidYMid meet"
                role="group" aria-label={figure_label}
                {onwheel} {onpointerdown} {onpointermove} {onclick}
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
                        on_toggle={on_toggle.clone()} {on_focus} />
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
            </svg>
            <SideLabels {view} />
            <ZoomControls {on_zoom} {on_reset} {on_fit_muscle} />
            <div class="bm-actions bm-figure-edit">{ children.clone() }</div>
            if let Some(o) = (*offer).clone() {
                { tap_offer(&ctx, &o, &on_offer) }
            }
            </div>
            if let (Some(on_depth), true) = (on_depth.clone(), layers.has(Layer::Muscles)) {
                <DepthSwitch depth={*depth} {on_depth} />
            }
            if legend {
                <ReferralLegend trigger_points={marks_shown} />
            }
        </div>
    }
}
