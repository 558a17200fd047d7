//! The muscle layer: each muscle's shape with its fibre strokes.

use yew::prelude::*;

use crate::geometry::{figure, MuscleShape};
use crate::model::{Depth, MuscleId, View};
use crate::ui::context::Ctx;
use crate::ui::open_muscle::OpenMuscle;

/// Props of [`Muscles`].
#[derive(Properties, PartialEq)]
pub struct MusclesProps {
    /// The view drawn.
    pub view: View,
    /// Whether every muscle is drawn (the muscles layer is on); otherwise only the open and
    /// highlighted ones.
    pub all: bool,
    /// The muscle open in the detail panel, drawn only on the sides that matter.
    #[prop_or_default]
    pub open: Option<OpenMuscle>,
    /// Muscles the topic shown highlights.
    #[prop_or_default]
    pub highlighted: Vec<MuscleId>,
    /// Whether the shapes are buttons (explore mode with the regions layer off).
    pub interactive: bool,
    /// Whether the surface or the deep muscles are drawn in full; the others are outlines
    /// lying under (or over) them.
    #[prop_or_default]
    pub depth: Depth,
    /// A muscle shape clicked or tapped (only when `interactive`).
    pub on_select: Callback<MuscleId>,
}

/// The muscles, the open and highlighted ones drawn strongly and, with a muscle open, the
/// others faded back; in explore mode without the regions layer each shape is a button that
/// opens its muscle.
#[component]
pub fn Muscles(
    MusclesProps {
        view,
        all,
        open,
        highlighted,
        interactive,
        depth,
        on_select,
    }: &MusclesProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("Muscles needs the Ctx context");
    let emphasised = |id: &str| {
        open.as_ref().is_some_and(|m| m.id.as_str() == id)
            || highlighted.iter().any(|m| m.as_str() == id)
    };
    // The open muscle is drawn on the sides that matter, like its trigger points.
    let on_shown_side = |s: &MuscleShape| {
        open.as_ref()
            .is_none_or(|m| m.id.as_str() != s.id || m.draws(s.id, s.side))
    };
    let nodes = figure(*view)
        .muscles
        .iter()
        .filter(|s| (*all || emphasised(s.id)) && on_shown_side(s))
        .map(|shape| {
            let id = MuscleId::new(shape.id);
            let name = ctx.content.muscle(&id).map_or(shape.id, |m| m.name.get(ctx.lang)).to_owned();
            let onclick = on_select.reform(move |_: MouseEvent| id.clone());
            let is_open = open.as_ref().is_some_and(|m| m.id.as_str() == shape.id);
            // Not of the chosen depth: an outline under (or over) the ones drawn in full.
            let outline = !emphasised(shape.id) && shape.deep != (*depth == Depth::Deep);
            let interactive = *interactive && !outline;
            let class = classes!(
                "bm-muscle-shape",
                emphasised(shape.id).then_some("bm-muscle-shape--shown"),
                is_open.then_some("bm-muscle-shape--open"),
                outline.then_some("bm-muscle-shape--outline"),
                shape.deep.then_some("bm-muscle-shape--deep"),
            );
            html! {
                <g {class} data-muscle={shape.id}>
                    <path class="bm-muscle-body" d={AttrValue::Static(&shape.d)}
                        role={interactive.then_some("button")}
                        aria-label={interactive.then_some(name)}
                        tabindex={interactive.then_some("-1")}
                        onclick={interactive.then_some(onclick)} />
                    <path class="bm-fibres" d={AttrValue::Static(&shape.fibres)} aria-hidden="true" />
                </g>
            }
        });
    // With a muscle open, the others fade back so it reads like a chart of that muscle.
    let class = classes!("bm-muscles", open.is_some().then_some("bm-muscles--focus"));
    html! { <g {class}>{ for nodes }</g> }
}
