//! SVG path data: smooth curves through points (centripetal Catmull-Rom turned into cubic
//! Béziers) and straight-edged polygons, written with one decimal so output is stable.

use std::fmt;

use super::point::Point;

/// Points closer than this are treated as one when building curves.
const SAME: f32 = 1e-3;

/// One cubic Bézier segment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cubic {
    /// Where the segment starts.
    pub from: Point,
    /// First control point.
    pub c1: Point,
    /// Second control point.
    pub c2: Point,
    /// Where the segment ends.
    pub to: Point,
}

impl Cubic {
    /// The point at parameter `t` in `0..=1`.
    pub fn at(&self, t: f32) -> Point {
        let s = 1.0 - t;
        self.from * (s * s * s)
            + self.c1 * (3.0 * s * s * t)
            + self.c2 * (3.0 * s * t * t)
            + self.to * (t * t * t)
    }
}

/// Drops points that repeat their predecessor (and, when closed, a last point equal to the
/// first), so curve maths never divides by zero.
fn dedup(points: &[Point], closed: bool) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::with_capacity(points.len());
    for &p in points {
        if out.last().is_none_or(|q| q.dist(p) > SAME) {
            out.push(p);
        }
    }
    if closed && out.len() > 1 && out[0].dist(out[out.len() - 1]) <= SAME {
        out.pop();
    }
    out
}

/// The control points of the centripetal Catmull-Rom segment from `p1` to `p2`.
fn controls(p0: Point, p1: Point, p2: Point, p3: Point) -> (Point, Point) {
    let d1 = p0.dist(p1).sqrt();
    let d2 = p1.dist(p2).sqrt();
    let d3 = p2.dist(p3).sqrt();
    let c1 = if d1 < SAME {
        p1.lerp(p2, 1.0 / 3.0)
    } else {
        (p2 * (d1 * d1) - p0 * (d2 * d2) + p1 * (2.0 * d1 * d1 + 3.0 * d1 * d2 + d2 * d2))
            * (1.0 / (3.0 * d1 * (d1 + d2)))
    };
    let c2 = if d3 < SAME {
        p2.lerp(p1, 1.0 / 3.0)
    } else {
        (p1 * (d3 * d3) - p3 * (d2 * d2) + p2 * (2.0 * d3 * d3 + 3.0 * d3 * d2 + d2 * d2))
            * (1.0 / (3.0 * d3 * (d3 + d2)))
    };
    (c1, c2)
}

/// A smooth curve through every point: centripetal Catmull-Rom (no loops or cusps) as cubic
/// Bézier segments. A closed curve returns to the first point.
pub fn curves(points: &[Point], closed: bool) -> Vec<Cubic> {
    let pts = dedup(points, closed);
    let n = pts.len();
    if n < 2 {
        return Vec::new();
    }
    let get = |i: isize| -> Point {
        if closed {
            pts[i.rem_euclid(n as isize) as usize]
        } else {
            pts[i.clamp(0, n as isize - 1) as usize]
        }
    };
    let segments = if closed { n } else { n - 1 };
    (0..segments as isize)
        .map(|i| {
            let (p0, p1, p2, p3) = (get(i - 1), get(i), get(i + 1), get(i + 2));
            let (c1, c2) = controls(p0, p1, p2, p3);
            Cubic {
                from: p1,
                c1,
                c2,
                to: p2,
            }
        })
        .collect()
}

/// A number written with one decimal (halves rounded away from zero, and never `-0.0`), by
/// integer arithmetic: the figure needs no general float formatting, which is large in the
/// widget.
#[derive(Clone, Copy, Debug)]
pub struct Tenths(pub f32);

impl Tenths {
    /// Writes the number by integer arithmetic, digit by digit: paths write thousands.
    fn write_to(self, out: &mut impl fmt::Write) -> fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        if tenths < 0 {
            out.write_char('-')?;
        }
        let mut t = tenths.unsigned_abs();
        let fraction = (t % 10) as u8;
        t /= 10;
        let mut digits = [0u8; 24];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (t % 10) as u8;
            t /= 10;
            if t == 0 {
                break;
            }
        }
        for &b in &digits[i..] {
            out.write_char(char::from(b))?;
        }
        out.write_char('.')?;
        out.write_char(char::from(b'0' + fraction))
    }
}

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

/// Writes one coordinate pair with one decimal.
fn pair(d: &mut String, p: Point) {
    // Writing into a String cannot fail.
    let _ = Tenths(p.x).write_to(d);
    d.push(',');
    let _ = Tenths(p.y).write_to(d);
}

/// Path data for cubic segments (`M … C … [Z]`).
pub fn cubic_path(segments: &[Cubic], closed: bool) -> String {
    let mut d = String::new();
    let Some(first) = segments.first() else {
        return d;
    };
    d.push('M');
    pair(&mut d, first.from);
    for s in segments {
        d.push_str(" C");
        pair(&mut d, s.c1);
        d.push(' ');
        pair(&mut d, s.c2);
        d.push(' ');
        pair(&mut d, s.to);
    }
    if closed {
        d.push_str(" Z");
    }
    d
}

/// Path data for a smooth curve through `points` (Catmull-Rom turned into cubic Béziers):
/// starts with `M`, ends with `Z` when `closed`.
pub fn smooth(points: &[Point], closed: bool) -> String {
    cubic_path(&curves(points, closed), closed)
}

/// Path data for a closed straight-edged polygon (`M … L … Z`).
pub fn polygon(points: &[Point]) -> String {
    let mut d = String::new();
    for (i, &p) in points.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { " L" });
        pair(&mut d, p);
    }
    if !points.is_empty() {
        d.push_str(" Z");
    }
    d
}

/// Samples cubic segments into a polyline, `steps` points per segment. Each segment's start
/// is kept exactly; a closed curve does not repeat its first point at the end.
pub fn flatten(segments: &[Cubic], steps: usize, closed: bool) -> Vec<Point> {
    let steps = steps.max(1);
    let mut out = Vec::with_capacity(segments.len() * steps + 1);
    for s in segments {
        for k in 0..steps {
            out.push(s.at(k as f32 / steps as f32));
        }
    }
    if !closed {
        if let Some(last) = segments.last() {
            out.push(last.to);
        }
    }
    out
}

/// The smooth curve through `points`, flattened: what [`smooth`] draws, as a polyline.
pub fn smooth_points(points: &[Point], closed: bool, steps: usize) -> Vec<Point> {
    flatten(&curves(points, closed), steps, closed)
}
