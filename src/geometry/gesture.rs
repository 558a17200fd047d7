//! Pointer gestures on the figure: one finger (or the mouse) drags a zoomed figure, two
//! fingers pinch it around the point between them, and a click that ends a drag is no tap.

use super::point::Point;
use super::viewport::{ScreenBox, Viewport};

/// How far, in pixels summed over the moves, pointers travel before a press counts as a drag
/// instead of a tap.
pub const DRAG_DISTANCE: f32 = 8.0;

/// What a pinch adds to the distance moved: any pinch is a drag.
const PINCH_MOVE: f32 = 10.0;

/// The pointers pressed on the figure and how far they moved since the first went down.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gesture {
    /// Each pointer down, by id, with where it last was on screen (two at most in practice).
    pointers: Vec<(i32, Point)>,
    /// Pixels moved since the first pointer went down.
    moved: f32,
}

impl Gesture {
    /// Pointer `id` went down at the screen point `at`.
    pub fn down(&mut self, id: i32, at: Point) {
        if self.pointers.is_empty() {
            self.moved = 0.0;
        }
        self.set(id, at);
    }

    /// Pointer `id` went up, was cancelled or left the figure.
    pub fn up(&mut self, id: i32) {
        self.pointers.retain(|p| p.0 != id);
    }

    /// Pointer `id` moved to the screen point `at` over a figure showing `viewport` in
    /// `screen`. Returns the viewport to show next: zoomed around the fingers' midpoint when
    /// two fingers pinch, panned with the pointer when one drags a zoomed figure, `None` when
    /// it stays (the pointer is not down, or the whole figure is shown).
    pub fn moved(
        &mut self,
        id: i32,
        at: Point,
        viewport: Viewport,
        screen: ScreenBox,
    ) -> Option<Viewport> {
        let before = self.get(id)?;
        let step = at - before;
        let next = if self.pointers.len() == 2 {
            self.moved += PINCH_MOVE;
            self.pointers
                .iter()
                .find(|(other, _)| *other != id)
                .and_then(|&(_, other)| pinch(viewport, screen, other, before, at))
        } else {
            self.moved += step.x.abs() + step.y.abs();
            viewport.is_zoomed().then(|| {
                let scale = viewport.units_per_pixel(screen);
                viewport.pan(step.x * scale, step.y * scale)
            })
        };
        self.set(id, at);
        next
    }

    /// Whether the click that follows ends a drag (and so is no tap). Either way the gesture
    /// is over, so the next click counts.
    pub fn take_drag(&mut self) -> bool {
        std::mem::take(&mut self.moved) >= DRAG_DISTANCE
    }

    /// How many pointers are down.
    pub fn pointers(&self) -> usize {
        self.pointers.len()
    }

    fn get(&self, id: i32) -> Option<Point> {
        self.pointers.iter().find(|p| p.0 == id).map(|p| p.1)
    }

    fn set(&mut self, id: i32, at: Point) {
        match self.pointers.iter_mut().find(|p| p.0 == id) {
            Some(p) => p.1 = at,
            None => self.pointers.push((id, at)),
        }
    }
}

/// Two fingers pinching: one stays at `other` while the other moves from `from` to `to` (screen
/// points). The zoom follows the change in the distance between them, around the point
/// between them, which stays under the fingers; `None` when the fingers started too close to
/// measure.
pub fn pinch(
    viewport: Viewport,
    screen: ScreenBox,
    other: Point,
    from: Point,
    to: Point,
) -> Option<Viewport> {
    let before = from.dist(other);
    let after = to.dist(other);
    (before > 1.0).then(|| {
        let mid = viewport.to_figure(screen, to.lerp(other, 0.5));
        viewport.zoom(after / before, mid)
    })
}
