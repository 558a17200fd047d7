//! The pain regions: checkboxes a patient taps, with a roving tab stop and arrow keys.

use wasm_bindgen::JsCast;
use web_sys::{Element, SvgElement};
use yew::prelude::*;

use crate::geometry::{figure, neighbour, Direction};
use crate::model::{RegionId, View};
use crate::ui::context::Ctx;

/// Props of [`Regions`].
#[derive(Properties, PartialEq)]
pub struct RegionsProps {
    /// The view drawn.
    pub view: View,
    /// Marked regions.
    pub selected: Vec<RegionId>,
    /// The region that last had keyboard focus: it keeps the tab stop.
    #[prop_or_default]
    pub focus: Option<RegionId>,
    /// A region toggled with Space or Enter.
    pub on_toggle: Callback<RegionId>,
    /// A region received keyboard focus.
    pub on_focus: Callback<RegionId>,
}

/// The tappable pain regions of the view, each a checkbox named after its region. One region
/// is in the tab order (the focused one, else the first marked, else the first); the arrow
/// keys move to the nearest region on screen in their direction, Escape leaves the figure.
#[component]
pub fn Regions(
    RegionsProps {
        view,
        selected,
        focus,
        on_toggle,
        on_focus,
    }: &RegionsProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("Regions needs the Ctx context");
    let group = use_node_ref();
    let fig = figure(*view);
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
    // Taps and clicks are the figure's: it offers the regions around a tap near a border.
    let onkeydown = {
        let on_toggle = on_toggle.clone();
        let on_focus = on_focus.clone();
        let group = group.clone();
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
                    let Some(next) = Direction::from_key(key)
                        .and_then(|d| neighbour(&fig.regions, id.as_str(), d))
                    else {
                        return;
                    };
                    e.prevent_default();
                    on_focus.emit(RegionId::new(next));
                    if let Some(el) = group
                        .cast::<Element>()
                        .and_then(|g| {
                            g.query_selector(&format!("[data-region=\"{next}\"]"))
                                .ok()
                                .flatten()
                        })
                        .and_then(|el| el.dyn_into::<SvgElement>().ok())
                    {
                        let _ = el.focus();
                    }
                }
            }
        })
    };
    let onfocusin = {
        let on_focus = on_focus.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(id) = region_of(&e) {
                on_focus.emit(id);
            }
        })
    };
    let nodes = fig.regions.iter().map(|shape| {
        let checked = selected.iter().any(|s| s.as_str() == shape.id);
        let name = ctx
            .content
            .region(&RegionId::new(shape.id))
            .map_or(shape.id, |r| r.name.get(ctx.lang))
            .to_owned();
        html! {
            <path key={shape.id} d={AttrValue::Static(&shape.d)} data-region={shape.id}
                class={if checked { "bm-region bm-region--selected" } else { "bm-region" }}
                role="checkbox" aria-checked={if checked { "true" } else { "false" }} aria-label={name}
                tabindex={if tab_stop == Some(shape.id) { "0" } else { "-1" }} />
        }
    });
    html! {
        <g ref={group} class="bm-regions" {onkeydown} {onfocusin}>
            { for nodes }
        </g>
    }
}

/// The region an event happened on.
fn region_of(e: &Event) -> Option<RegionId> {
    let el = e.target()?.dyn_into::<Element>().ok()?;
    el.get_attribute("data-region").map(RegionId::new)
}
