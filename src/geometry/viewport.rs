//! The part of the figure on screen: zooming around a point, panning, fitting a set of shapes,
//! and turning screen pixels into figure units.

use super::figure::Figure;
use super::path::Tenths;
use super::point::{within, Point, HEIGHT, WIDTH};
use super::poly;
use crate::model::{RegionId, Side};

/// The most the figure zooms in: a sixth of its width then fills the screen.
pub const MAX_ZOOM: f32 = 6.0;

/// Room left around what [`Viewport::fit`] shows, in figure units.
pub const FIT_MARGIN: f32 = 30.0;

/// Below this many screen pixels a figure unit, the whole figure draws its smallest regions
/// (the temples, the neck) too small for a finger, and [`Viewport::home`] starts on [`HOME`]
/// on a screen narrower than [`NARROW`] (a phone, used with a finger).
pub const HOME_SCALE: f32 = 0.75;

/// A figure narrower than this many pixels is on a phone.
pub const NARROW: f32 = 480.0;

/// The neck and back (or front) from the crown to the buttocks and hips, shoulder to
/// shoulder: where a narrow screen starts, since it is where the widget's muscles send most of
/// their pain.
pub const HOME: Viewport = Viewport {
    x: 90.0,
    y: 35.0,
    w: 320.0,
    h: 540.0,
};

/// The part of the figure the viewport shows, in figure units. It keeps the figure's aspect
/// ratio, zooms between 1× and [`MAX_ZOOM`] and never leaves the figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Left edge, in figure units.
    pub x: f32,
    /// Top edge, in figure units.
    pub y: f32,
    /// Width, in figure units.
    pub w: f32,
    /// Height, in figure units.
    pub h: f32,
}

/// Where the figure's `<svg>` lies on screen, in CSS pixels (its bounding client rectangle).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenBox {
    /// Left edge, in pixels.
    pub left: f32,
    /// Top edge, in pixels.
    pub top: f32,
    /// Width, in pixels.
    pub width: f32,
    /// Height, in pixels.
    pub height: f32,
}

impl Viewport {
    /// The whole figure.
    pub const WHOLE: Viewport = Viewport {
        x: 0.0,
        y: 0.0,
        w: WIDTH,
        h: HEIGHT,
    };

    /// The smallest viewport with the proportions `aspect` (width over height, as the screen
    /// box has them) that shows the whole figure, centred; the figure's own proportions when
    /// `aspect` is no positive number.
    pub fn whole(aspect: f32) -> Viewport {
        let figure = WIDTH / HEIGHT;
        let aspect = if aspect.is_finite() && aspect > 0.0 {
            aspect
        } else {
            figure
        };
        let (w, h) = if aspect >= figure {
            (HEIGHT * aspect, HEIGHT)
        } else {
            (WIDTH, WIDTH / aspect)
        };
        Viewport {
            x: (WIDTH - w) / 2.0,
            y: (HEIGHT - h) / 2.0,
            w,
            h,
        }
    }

    /// Where the figure starts in `screen`: the whole figure, except on a phone ([`NARROW`])
    /// where it would draw its regions small (under [`HOME_SCALE`] pixels a unit): there it
    /// starts on the neck and back ([`HOME`]) so that they are big enough to tap.
    pub fn home(screen: ScreenBox) -> Viewport {
        let aspect = screen.width / screen.height;
        let whole = Viewport::whole(aspect);
        let small = screen.width / whole.w < HOME_SCALE;
        if screen.width <= 0.0 || screen.height <= 0.0 || screen.width >= NARROW || !small {
            whole
        } else {
            HOME.reshaped(aspect)
        }
    }

    /// Width over height.
    pub fn aspect(self) -> f32 {
        self.w / self.h
    }

    /// The same middle with the proportions `aspect`, grown (never shrunk) to keep showing all
    /// it showed, at most the whole figure, and kept within the figure.
    pub fn reshaped(self, aspect: f32) -> Viewport {
        let whole = Viewport::whole(aspect);
        let aspect = whole.aspect();
        let c = self.centre();
        let w = (self.w.max(self.h * aspect)).min(whole.w);
        let h = w / aspect;
        Viewport {
            x: c.x - w / 2.0,
            y: c.y - h / 2.0,
            w,
            h,
        }
        .clamped()
    }

    /// Zoomed by `factor` (> 1 zooms in) around `at`, which stays where it is on screen, kept
    /// within 1× to [`MAX_ZOOM`], its proportions and within the figure.
    pub fn zoom(self, factor: f32, at: Point) -> Viewport {
        let aspect = self.aspect();
        let w = within(self.w / factor, WIDTH / MAX_ZOOM, Viewport::whole(aspect).w);
        let h = w / aspect;
        let fx = (at.x - self.x) / self.w;
        let fy = (at.y - self.y) / self.h;
        Viewport {
            x: at.x - fx * w,
            y: at.y - fy * h,
            w,
            h,
        }
        .clamped()
    }

    /// The same size with `at` in the middle, as far as the figure allows.
    pub fn centred_on(self, at: Point) -> Viewport {
        Viewport {
            x: at.x - self.w / 2.0,
            y: at.y - self.h / 2.0,
            ..self
        }
        .clamped()
    }

    /// The figure moved by `dx`, `dy` figure units (as a finger drags it), kept within the
    /// figure.
    pub fn pan(self, dx: f32, dy: f32) -> Viewport {
        Viewport {
            x: self.x - dx,
            y: self.y - dy,
            ..self
        }
        .clamped()
    }

    /// Moved back inside the figure where it strays out; centred along a side where it is
    /// wider (or taller) than the figure.
    pub fn clamped(self) -> Viewport {
        let along = |at: f32, size: f32, full: f32| {
            if size >= full {
                (full - size) / 2.0
            } else {
                within(at, 0.0, full - size)
            }
        };
        Viewport {
            x: along(self.x, self.w, WIDTH),
            y: along(self.y, self.h, HEIGHT),
            ..self
        }
    }

    /// The smallest viewport (1× to [`MAX_ZOOM`]) showing every point with a margin of
    /// [`FIT_MARGIN`], centred on them; the whole figure when there are none.
    pub fn fit(points: impl IntoIterator<Item = Point>) -> Viewport {
        let (lo, hi) = poly::bounds(points);
        if lo.x > hi.x {
            return Viewport::WHOLE;
        }
        let ratio = WIDTH / HEIGHT;
        let w = within(
            (hi.x - lo.x + 2.0 * FIT_MARGIN).max((hi.y - lo.y + 2.0 * FIT_MARGIN) * ratio),
            WIDTH / MAX_ZOOM,
            WIDTH,
        );
        let h = w / ratio;
        let c = Point::new((lo.x + hi.x) / 2.0, (lo.y + hi.y) / 2.0);
        Viewport {
            x: c.x - w / 2.0,
            y: c.y - h / 2.0,
            w,
            h,
        }
        .clamped()
    }

    /// The middle of what is shown.
    pub fn centre(self) -> Point {
        Point::new(self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// How far it is zoomed in: 1 for the whole figure (at these proportions), up to
    /// [`MAX_ZOOM`] for the figure's own proportions.
    pub fn zoom_level(self) -> f32 {
        Viewport::whole(self.aspect()).w / self.w
    }

    /// Whether it shows less than the whole figure (and so a drag pans).
    pub fn is_zoomed(self) -> bool {
        self.w < Viewport::whole(self.aspect()).w - 0.5
    }

    /// The `viewBox` attribute, with one decimal.
    pub fn view_box(self) -> String {
        format!(
            "{} {} {} {}",
            Tenths(self.x),
            Tenths(self.y),
            Tenths(self.w),
            Tenths(self.h)
        )
    }

    /// Figure units per screen pixel when shown in `screen` (an empty box counts as one
    /// pixel wide and high).
    pub fn units_per_pixel(self, screen: ScreenBox) -> f32 {
        (self.w / screen.width.max(1.0)).max(self.h / screen.height.max(1.0))
    }

    /// The figure point under the screen point `client`, for an `<svg>` drawn in `screen` with
    /// `preserveAspectRatio="xMidYMid meet"` (one scale, centred); the centre when the box is
    /// empty.
    pub fn to_figure(self, screen: ScreenBox, client: Point) -> Point {
        if screen.width <= 0.0 || screen.height <= 0.0 {
            return self.centre();
        }
        let scale = (self.w / screen.width).max(self.h / screen.height);
        let ox = (screen.width * scale - self.w) / 2.0;
        let oy = (screen.height * scale - self.h) / 2.0;
        Point::new(
            self.x + (client.x - screen.left) * scale - ox,
            self.y + (client.y - screen.top) * scale - oy,
        )
    }
}

/// The viewport showing pain region `id` of `fig` closely; `None` when the view lacks it.
pub fn region_view(fig: &Figure, id: &str) -> Option<Viewport> {
    let shape = fig.regions.iter().find(|s| s.id == id)?;
    Some(Viewport::fit(shape.polygons.iter().flatten().copied()))
}

/// The viewport showing muscle `id` on `sides` (and its midline shapes) together with the
/// pain regions `zones` it refers pain to and its referral zones drawn on those sides.
pub fn muscle_view(fig: &Figure, id: &str, sides: &[Side], zones: &[RegionId]) -> Viewport {
    let muscle_points = fig
        .muscles
        .iter()
        .filter(|s| s.id == id && (sides.contains(&s.side) || s.side == Side::Mid))
        .flat_map(|s| s.polygon.iter().copied());
    let zone_points = fig
        .regions
        .iter()
        .filter(|r| zones.iter().any(|z| z.as_str() == r.id))
        .flat_map(|r| r.polygons.iter().flatten().copied());
    // Its referral drawn as its own shapes, in every view (the side view has no regions).
    let drawn_zones = fig
        .referral
        .iter()
        .filter(|z| z.muscle == id && sides.contains(&z.side))
        .flat_map(|z| z.polygons.iter().flatten().copied());
    Viewport::fit(muscle_points.chain(zone_points).chain(drawn_zones))
}
