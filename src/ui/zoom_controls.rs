//! The zoom buttons under the figure.

use yew::prelude::*;

use crate::model::UiKey;
use crate::ui::context::Ctx;

/// How much one press of zoom in (or out) zooms.
const STEP: f32 = 1.5;

/// Props of [`ZoomControls`].
#[derive(Properties, PartialEq)]
pub struct ZoomControlsProps {
    /// Zoom in (factor > 1) or out (< 1) around the middle of what is shown.
    pub on_zoom: Callback<f32>,
    /// Show the whole figure.
    pub on_reset: Callback<()>,
    /// Fit the open muscle and its referral zones; no button without it.
    #[prop_or_default]
    pub on_fit_muscle: Option<Callback<()>>,
}

/// Zoom in, zoom out, show all, and (with a muscle open) zoom to the muscle: icon buttons,
/// each named for assistive technology.
#[component]
pub fn ZoomControls(
    ZoomControlsProps {
        on_zoom,
        on_reset,
        on_fit_muscle,
    }: &ZoomControlsProps,
) -> Html {
    let ctx = use_context::<Ctx>().expect("ZoomControls needs the Ctx context");
    let zoom_in = on_zoom.reform(|_: MouseEvent| STEP);
    let zoom_out = on_zoom.reform(|_: MouseEvent| 1.0 / STEP);
    let reset = on_reset.reform(|_: MouseEvent| ());
    let fit_muscle = on_fit_muscle
        .as_ref()
        .map(|cb| cb.reform(|_: MouseEvent| ()));
    html! {
        <div class="bm-zoom" role="group" aria-label={ctx.t(UiKey::ZoomLabel).to_owned()}>
            <button type="button" class="bm-button bm-icon" aria-label={ctx.t(UiKey::ZoomIn).to_owned()} onclick={zoom_in}>{ icon("M12 5v14M5 12h14") }</button>
            <button type="button" class="bm-button bm-icon" aria-label={ctx.t(UiKey::ZoomOut).to_owned()} onclick={zoom_out}>{ icon("M5 12h14") }</button>
            <button type="button" class="bm-button bm-icon" aria-label={ctx.t(UiKey::ZoomReset).to_owned()} onclick={reset}>{ icon("M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5") }</button>
            if let Some(onclick) = fit_muscle {
                <button type="button" class="bm-button bm-icon" aria-label={ctx.t(UiKey::ZoomToMuscle).to_owned()} {onclick}>{ icon("M12 3v4M12 17v4M3 12h4M17 12h4M12 8a4 4 0 1 0 0.01 0") }</button>
            }
        </div>
    }
}

/// A 24×24 stroked icon for the zoom buttons.
fn icon(d: &'static str) -> Html {
    html! {
        <svg class="bm-icon-svg" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path {d} />
        </svg>
    }
}
