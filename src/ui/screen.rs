//! Where the figure lies on screen: its box, the proportions it starts with, pointer
//! positions.

use web_sys::{Element, MouseEvent};
use yew::NodeRef;

use crate::geometry::{Point, ScreenBox, Viewport};

/// Where `svg` lies on screen.
pub fn screen_box(svg: &Element) -> ScreenBox {
    let rect = svg.get_bounding_client_rect();
    ScreenBox {
        left: rect.left() as f32,
        top: rect.top() as f32,
        width: rect.width() as f32,
        height: rect.height() as f32,
    }
}

/// Where `svg` starts for its size: [`Viewport::home`], or the whole figure when it is not laid
/// out yet.
pub fn home(svg: &NodeRef) -> Viewport {
    svg.cast::<Element>()
        .map_or(Viewport::WHOLE, |svg| Viewport::home(screen_box(&svg)))
}

/// The aspect (width over height) of `svg` on screen; the figure's own when it is not laid out.
pub fn aspect(svg: &NodeRef) -> f32 {
    svg.cast::<Element>()
        .map(|svg| screen_box(&svg))
        .filter(|b| b.width > 0.0 && b.height > 0.0)
        .map_or(Viewport::WHOLE.aspect(), |b| b.width / b.height)
}

/// Where a pointer event happened on screen.
pub fn client(e: &MouseEvent) -> Point {
    Point::new(e.client_x() as f32, e.client_y() as f32)
}
