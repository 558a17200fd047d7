//! Points in figure units and the figure's coordinate system.

use std::ops::{Add, Mul, Sub};

/// Width of every view's `viewBox`, in figure units.
pub const WIDTH: f32 = 500.0;
/// Height of every view's `viewBox`, in figure units.
pub const HEIGHT: f32 = 1000.0;
/// The body's midline (front and back views), in figure units.
pub const MID: f32 = WIDTH / 2.0;
/// One head height in figure units: the figure is 7.5 heads tall.
pub const HEAD: f32 = 115.0;
/// The top of the head, in figure units.
pub const TOP: f32 = 55.0;

/// A point in figure units (`viewBox` `0 0 500 1000`), with y pointing down.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Horizontal position, growing to the viewer's right.
    pub x: f32,
    /// Vertical position, growing downwards.
    pub y: f32,
}

impl Point {
    /// A point at `x`, `y`.
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    /// A point given in head units: `u` heads to the viewer's right of the midline and `v`
    /// heads below the top of the head.
    pub fn heads(u: f32, v: f32) -> Self {
        Self::new(MID + u * HEAD, TOP + v * HEAD)
    }

    /// The straight-line distance to `other`.
    pub fn dist(self, other: Point) -> f32 {
        (self - other).len()
    }

    /// The length of this point seen as a vector.
    pub fn len(self) -> f32 {
        (self.x * self.x + self.y * self.y).sqrt()
    }

    /// The point a fraction `t` of the way from `self` to `other`.
    pub fn lerp(self, other: Point, t: f32) -> Point {
        self + (other - self) * t
    }

    /// The mirror image across the midline `x = MID`.
    pub fn mirror(self) -> Point {
        Point::new(2.0 * MID - self.x, self.y)
    }

    /// This vector turned a quarter turn (from +x towards +y).
    pub fn perp(self) -> Point {
        Point::new(-self.y, self.x)
    }

    /// This vector scaled to length 1 (or left as is when it has no length).
    pub fn unit(self) -> Point {
        let l = self.len();
        if l > 0.0 {
            self * (1.0 / l)
        } else {
            self
        }
    }

    /// The dot product with `other`.
    pub fn dot(self, other: Point) -> f32 {
        self.x * other.x + self.y * other.y
    }

    /// The z component of the cross product with `other`.
    pub fn cross(self, other: Point) -> f32 {
        self.x * other.y - self.y * other.x
    }
}

impl Add for Point {
    type Output = Point;
    fn add(self, o: Point) -> Point {
        Point::new(self.x + o.x, self.y + o.y)
    }
}

impl Sub for Point {
    type Output = Point;
    fn sub(self, o: Point) -> Point {
        Point::new(self.x - o.x, self.y - o.y)
    }
}

impl Mul<f32> for Point {
    type Output = Point;
    fn mul(self, k: f32) -> Point {
        Point::new(self.x * k, self.y * k)
    }
}

/// `v` kept within `lo..=hi` (`lo` wins if they cross). Unlike `f32::clamp`, it never panics,
/// and so spares the widget the float formatting of its panic message.
pub fn within(v: f32, lo: f32, hi: f32) -> f32 {
    v.min(hi).max(lo)
}

/// The sine and cosine of `deg` degrees, from their series on a quarter turn (to within about
/// 1e-7, as close as `f32` holds them); the widget then needs no trigonometry library.
pub fn sin_cos(deg: f32) -> (f32, f32) {
    // Within -180..=180, then folded into -90..=90, where cos keeps its sign.
    let d = deg - 360.0 * (deg / 360.0).round();
    let (d, flip) = if d > 90.0 {
        (180.0 - d, -1.0)
    } else if d < -90.0 {
        (-180.0 - d, -1.0)
    } else {
        (d, 1.0)
    };
    let x = f64::from(d).to_radians();
    let x2 = x * x;
    let (mut sin, mut cos, mut term_s, mut term_c) = (x, 1.0, x, 1.0);
    for k in 1..8 {
        let k = f64::from(k);
        term_s *= -x2 / ((2.0 * k) * (2.0 * k + 1.0));
        term_c *= -x2 / ((2.0 * k - 1.0) * (2.0 * k));
        sin += term_s;
        cos += term_c;
    }
    (sin as f32, flip * cos as f32)
}
