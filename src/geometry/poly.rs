//! Polygon operations for hit areas: containment, area, clipping by half-planes, splitting
//! along a cut, and merging cells that share edges.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use super::point::Point;

/// Whether `p` lies inside `polygon` (even-odd rule; the polygon is implicitly closed).
///
/// Points on a shared edge of two polygons that use the very same edge coordinates are
/// counted in exactly one of them.
pub fn contains(polygon: &[Point], p: Point) -> bool {
    let n = polygon.len();
    if n < 3 {
        return false;
    }
    let mut inside = false;
    let mut j = n - 1;
    for i in 0..n {
        let (a, b) = (polygon[i], polygon[j]);
        if (a.y > p.y) != (b.y > p.y) {
            let x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if p.x < x {
                inside = !inside;
            }
        }
        j = i;
    }
    inside
}

/// Whether `p` lies inside an odd number of `polygons` (outer loops with holes).
pub fn contains_any(polygons: &[Vec<Point>], p: Point) -> bool {
    polygons.iter().filter(|poly| contains(poly, p)).count() % 2 == 1
}

/// Signed area (positive when the vertices turn clockwise on screen, y down).
pub fn signed_area(polygon: &[Point]) -> f32 {
    let n = polygon.len();
    let mut a = 0.0;
    for i in 0..n {
        a += polygon[i].cross(polygon[(i + 1) % n]);
    }
    a / 2.0
}

/// Area enclosed, ignoring orientation.
pub fn area(polygon: &[Point]) -> f32 {
    signed_area(polygon).abs()
}

/// The centre of area (falls back to the vertex mean for degenerate polygons).
pub fn centroid(polygon: &[Point]) -> Point {
    let n = polygon.len();
    let a = signed_area(polygon);
    if n == 0 {
        return Point::default();
    }
    if a.abs() < 1e-6 {
        let s = polygon.iter().fold(Point::default(), |s, &p| s + p);
        return s * (1.0 / n as f32);
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for i in 0..n {
        let (p, q) = (polygon[i], polygon[(i + 1) % n]);
        let c = p.cross(q);
        cx += (p.x + q.x) * c;
        cy += (p.y + q.y) * c;
    }
    Point::new(cx / (6.0 * a), cy / (6.0 * a))
}

/// The smallest axis-aligned box around the points: `(min, max)`; with no points, `min` lies
/// beyond `max`.
pub fn bounds(points: impl IntoIterator<Item = Point>) -> (Point, Point) {
    points.into_iter().fold(
        (
            Point::new(f32::MAX, f32::MAX),
            Point::new(f32::MIN, f32::MIN),
        ),
        |(lo, hi), p| {
            (
                Point::new(lo.x.min(p.x), lo.y.min(p.y)),
                Point::new(hi.x.max(p.x), hi.y.max(p.y)),
            )
        },
    )
}

/// Keeps the part of `polygon` nearer to `keep` than to `other` (the half-plane bounded by
/// their perpendicular bisector). Sutherland–Hodgman: exact for any polygon, though a piece
/// that falls apart stays joined by zero-width seams that [`merge`] removes.
pub fn clip_nearer(polygon: &[Point], keep: Point, other: Point) -> Vec<Point> {
    let n = (other - keep).unit();
    let c = n.dot(keep.lerp(other, 0.5));
    clip_half_plane(polygon, n, c)
}

/// Keeps the part of `polygon` where `n · p <= c`.
pub fn clip_half_plane(polygon: &[Point], n: Point, c: f32) -> Vec<Point> {
    if polygon.iter().all(|&p| n.dot(p) - c <= 0.0) {
        return polygon.to_vec();
    }
    let len = polygon.len();
    let mut out = Vec::with_capacity(len + 4);
    for i in 0..len {
        let (a, b) = (polygon[i], polygon[(i + 1) % len]);
        let (da, db) = (n.dot(a) - c, n.dot(b) - c);
        if da <= 0.0 {
            out.push(a);
        }
        if (da < 0.0 && db > 0.0) || (da > 0.0 && db < 0.0) {
            out.push(a.lerp(b, da / (da - db)));
        }
    }
    out
}

/// Index of the vertex nearest to `p`.
pub fn nearest_vertex(polygon: &[Point], p: Point) -> usize {
    let mut best = (0, f32::MAX);
    for (i, q) in polygon.iter().enumerate() {
        let d = q.dist(p);
        if d < best.1 {
            best = (i, d);
        }
    }
    best.0
}

/// Splits `polygon` along a cut from the vertex nearest `from` to the vertex nearest `to`,
/// passing through the inner points `via` (in order from `from` to `to`). Returns the piece
/// that runs along the boundary from `from` to `to`, then the piece from `to` back to `from`.
/// Both keep the original orientation and share the cut exactly.
pub fn split(polygon: &[Point], from: Point, to: Point, via: &[Point]) -> (Vec<Point>, Vec<Point>) {
    let n = polygon.len();
    let i = nearest_vertex(polygon, from);
    let j = nearest_vertex(polygon, to);
    let mut a = Vec::new();
    let mut k = i;
    loop {
        a.push(polygon[k]);
        if k == j {
            break;
        }
        k = (k + 1) % n;
    }
    a.extend(via.iter().rev().copied());
    let mut b = Vec::new();
    let mut k = j;
    loop {
        b.push(polygon[k]);
        if k == i {
            break;
        }
        k = (k + 1) % n;
    }
    b.extend(via.iter().copied());
    (a, b)
}

/// Joins polygons of one orientation that share edges into the outlines of their union:
/// edges met in both directions cancel (this also removes the zero-width seams left by
/// clipping), and what is left is chained into loops.
pub fn merge(polygons: &[Vec<Point>]) -> Vec<Vec<Point>> {
    let mut verts = Vertices::default();
    let mut edges: Vec<(usize, usize)> = Vec::new();
    for poly in polygons {
        let ids: Vec<usize> = poly.iter().map(|&p| verts.id(p)).collect();
        for k in 0..ids.len() {
            let (a, b) = (ids[k], ids[(k + 1) % ids.len()]);
            if a != b {
                edges.push((a, b));
            }
        }
    }
    // Each edge cancels the first live edge that runs the other way.
    let mut by_ends: Chains<(usize, usize)> = Chains::default();
    for (e, &ends) in edges.iter().enumerate() {
        by_ends.push(ends, e);
    }
    let mut alive = vec![true; edges.len()];
    for e in 0..edges.len() {
        if !alive[e] {
            continue;
        }
        let (a, b) = edges[e];
        if let Some(f) = by_ends.find(&(b, a), |f| alive[f] && f != e) {
            alive[e] = false;
            alive[f] = false;
        }
    }
    // Chain what is left into loops, each edge followed by the first live edge from its end.
    let mut from: Chains<usize> = Chains::default();
    for (e, &(a, _)) in edges.iter().enumerate() {
        if alive[e] {
            from.push(a, e);
        }
    }
    let mut loops = Vec::new();
    let mut next_start = 0;
    while let Some(start) = (next_start..edges.len()).find(|&e| alive[e]) {
        next_start = start;
        let mut ring = Vec::new();
        let mut e = start;
        loop {
            alive[e] = false;
            let (a, b) = edges[e];
            ring.push(verts.points[a]);
            match from.find(&b, |f| alive[f]) {
                Some(f) => e = f,
                None => break,
            }
        }
        let ring = simplify(&ring);
        if ring.len() >= 3 && area(&ring) > 0.01 {
            loops.push(ring);
        }
    }
    loops
}

/// Numbers (in increasing order) filed under keys: a hash map of linked lists in two vectors.
struct Chains<K> {
    heads: HashMap<K, (usize, usize), BuildHasherDefault<Fx>>,
    next: Vec<usize>,
}

impl<K> Default for Chains<K> {
    fn default() -> Self {
        Chains {
            heads: HashMap::default(),
            next: Vec::new(),
        }
    }
}

impl<K: Hash + Eq> Chains<K> {
    const END: usize = usize::MAX;

    /// Files `n`, which must be larger than every number filed before.
    fn push(&mut self, key: K, n: usize) {
        if self.next.len() <= n {
            self.next.resize(n + 1, Self::END);
        }
        match self.heads.get_mut(&key) {
            Some((_, last)) => {
                self.next[*last] = n;
                *last = n;
            }
            None => {
                self.heads.insert(key, (n, n));
            }
        }
    }

    /// The first number under `key` that passes `test`.
    fn find(&self, key: &K, test: impl Fn(usize) -> bool) -> Option<usize> {
        let mut n = self.heads.get(key)?.0;
        while n != Self::END {
            if test(n) {
                return Some(n);
            }
            n = self.next[n];
        }
        None
    }
}

/// A small, fast hash for integer keys (the multiply-rotate of rustc's FxHasher).
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn write_i32(&mut self, n: i32) {
        self.write_u64(u64::from(n as u32));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Points numbered in order of arrival; a point within [`Vertices::EPS`] of an earlier one
/// takes the number of the first such point. A grid of cells twice `EPS` wide finds the
/// candidates: the points near one lie in at most four cells.
#[derive(Default)]
struct Vertices {
    points: Vec<Point>,
    cells: Chains<(i32, i32)>,
}

impl Vertices {
    const EPS: f32 = 0.02;
    const CELL: f32 = 2.0 * Self::EPS;

    fn cell(v: f32) -> i32 {
        (v / Self::CELL).floor() as i32
    }

    fn id(&mut self, p: Point) -> usize {
        let mut near = None::<usize>;
        for x in Self::cell(p.x - Self::EPS)..=Self::cell(p.x + Self::EPS) {
            for y in Self::cell(p.y - Self::EPS)..=Self::cell(p.y + Self::EPS) {
                if let Some(i) = self
                    .cells
                    .find(&(x, y), |i| self.points[i].dist(p) < Self::EPS)
                {
                    near = Some(near.map_or(i, |n| n.min(i)));
                }
            }
        }
        near.unwrap_or_else(|| {
            self.points.push(p);
            let i = self.points.len() - 1;
            self.cells.push((Self::cell(p.x), Self::cell(p.y)), i);
            i
        })
    }
}

/// Drops vertices that lie on the straight line between their neighbours, the first such
/// vertex each time, until none is left.
pub fn simplify(ring: &[Point]) -> Vec<Point> {
    let mut out: Vec<Point> = ring.to_vec();
    // Vertices before `from` are known to turn: removing a vertex changes only its neighbours.
    let mut from = 0;
    while out.len() > 3 {
        let n = out.len();
        let straight = (from..n).find(|&i| {
            let (a, b, c) = (out[(i + n - 1) % n], out[i], out[(i + 1) % n]);
            (b - a).cross(c - b).abs() < 1e-3 && (b - a).dot(c - b) >= 0.0
        });
        let Some(i) = straight else {
            break;
        };
        out.remove(i);
        // The first and last vertices are neighbours too.
        from = if i == 0 || i == n - 1 { 0 } else { i - 1 };
    }
    out
}

/// How far `p` lies from the area of `polygons` (even-odd, as [`contains_any`]): 0 inside,
/// else the distance to the nearest edge; infinite when there are no edges.
pub fn distance(polygons: &[Vec<Point>], p: Point) -> f32 {
    if contains_any(polygons, p) {
        return 0.0;
    }
    polygons
        .iter()
        .flat_map(|ring| ring.iter().zip(ring.iter().cycle().skip(1)))
        .map(|(&a, &b)| {
            let ab = b - a;
            let len = ab.dot(ab);
            let t = if len > 0.0 {
                ((p - a).dot(ab) / len).clamp(0.0, 1.0)
            } else {
                0.0
            };
            p.dist(a.lerp(b, t))
        })
        .fold(f32::INFINITY, f32::min)
}
