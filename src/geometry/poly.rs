//! Polygon operations for hit areas: containment, area, clipping by half-planes, splitting
//! along a cut, and merging cells that share edges.

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

/// The smallest axis-aligned box around the points: `(min, max)`.
pub fn bounds(points: &[Point]) -> (Point, Point) {
    points.iter().fold(
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
    const EPS: f32 = 0.02;
    let mut verts: Vec<Point> = Vec::new();
    let mut id = |p: Point| -> usize {
        if let Some(i) = verts.iter().position(|q| q.dist(p) < EPS) {
            i
        } else {
            verts.push(p);
            verts.len() - 1
        }
    };
    let mut edges: Vec<(usize, usize)> = Vec::new();
    for poly in polygons {
        let ids: Vec<usize> = poly.iter().map(|&p| id(p)).collect();
        for k in 0..ids.len() {
            let (a, b) = (ids[k], ids[(k + 1) % ids.len()]);
            if a != b {
                edges.push((a, b));
            }
        }
    }
    // Cancel opposite pairs.
    let mut alive = vec![true; edges.len()];
    for e in 0..edges.len() {
        if !alive[e] {
            continue;
        }
        let (a, b) = edges[e];
        if let Some(f) = (0..edges.len()).find(|&f| alive[f] && f != e && edges[f] == (b, a)) {
            alive[e] = false;
            alive[f] = false;
        }
    }
    // Chain what is left into loops.
    let mut loops = Vec::new();
    while let Some(start) = (0..edges.len()).find(|&e| alive[e]) {
        let mut ring = Vec::new();
        let mut e = start;
        loop {
            alive[e] = false;
            let (a, b) = edges[e];
            ring.push(verts[a]);
            match (0..edges.len()).find(|&f| alive[f] && edges[f].0 == b) {
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

/// Drops vertices that lie on the straight line between their neighbours.
pub fn simplify(ring: &[Point]) -> Vec<Point> {
    let mut out: Vec<Point> = ring.to_vec();
    let mut changed = true;
    while changed && out.len() > 3 {
        changed = false;
        let n = out.len();
        for i in 0..n {
            let (a, b, c) = (out[(i + n - 1) % n], out[i], out[(i + 1) % n]);
            let cross = (b - a).cross(c - b);
            let along = (b - a).dot(c - b);
            if cross.abs() < 1e-3 && along >= 0.0 {
                out.remove(i);
                changed = true;
                break;
            }
        }
    }
    out
}
