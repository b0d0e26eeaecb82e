//! A point for each country, by a stated rule: the pole of inaccessibility of the
//! country's largest polygon, i.e. the point inside it that is farthest from its outline
//! (Agafonkin's "polylabel" search), measured on the map as drawn (Equal Earth, which is
//! equal-area, so "largest" is true area). Unlike a centroid it always lies inside the
//! shape (a centroid of Vietnam or Croatia falls outside them).
//!
//! Shared with `build.rs`, which computes the points once from the outlines; `std` only.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A ring of points in map units (closed or not).
pub type Ring = Vec<(f64, f64)>;

/// The rule, in words, for cards and documentation.
pub const POINT_RULE: &str = "the point inside the country's largest polygon that is farthest from its outline \
(pole of inaccessibility), on the Equal Earth map, from Natural Earth 1:110m";

/// The stopping distance of the search, in map units (the map is 1000 wide): ~4 km.
pub const PRECISION: f64 = 0.1;

/// The bounding box (min x, min y, max x, max y) of some points; `None` for none.
pub fn bounds(points: &[(f64, f64)]) -> Option<(f64, f64, f64, f64)> {
    let first = *points.first()?;
    Some(points.iter().fold((first.0, first.1, first.0, first.1), |(x0, y0, x1, y1), &(x, y)| (x0.min(x), y0.min(y), x1.max(x), y1.max(y))))
}

/// The ring's area (shoelace formula), always positive.
pub fn ring_area(ring: &[(f64, f64)]) -> f64 {
    let n = ring.len();
    if n < 3 {
        return 0.0;
    }
    let twice: f64 = (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum();
    (twice / 2.0).abs()
}

/// A polygon's area: its outer ring less its holes.
pub fn polygon_area(polygon: &[Ring]) -> f64 {
    let mut rings = polygon.iter().map(|r| ring_area(r));
    let outer = rings.next().unwrap_or(0.0);
    outer - rings.sum::<f64>()
}

/// Squared distance from `p` to the segment `a`-`b`.
fn segment_distance_sq(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (mut x, mut y) = a;
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    if dx != 0.0 || dy != 0.0 {
        let t = ((p.0 - a.0) * dx + (p.1 - a.1) * dy) / (dx * dx + dy * dy);
        if t > 1.0 {
            (x, y) = b;
        } else if t > 0.0 {
            x += dx * t;
            y += dy * t;
        }
    }
    (p.0 - x).powi(2) + (p.1 - y).powi(2)
}

/// Distance from `p` to the polygon's outline (all rings): positive inside, negative outside.
pub fn signed_distance(p: (f64, f64), polygon: &[Ring]) -> f64 {
    let mut inside = false;
    let mut min_sq = f64::INFINITY;
    for ring in polygon {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + n - 1) % n]);
            if (a.1 > p.1) != (b.1 > p.1) && p.0 < (b.0 - a.0) * (p.1 - a.1) / (b.1 - a.1) + a.0 {
                inside = !inside;
            }
            min_sq = min_sq.min(segment_distance_sq(p, a, b));
        }
    }
    let d = min_sq.sqrt();
    if inside {
        d
    } else {
        -d
    }
}

/// A square cell of the search: its centre, half its side, the distance from its centre to
/// the outline and the best distance any point inside it could have.
struct Cell {
    x: f64,
    y: f64,
    half: f64,
    d: f64,
    max: f64,
}

impl Cell {
    fn new(x: f64, y: f64, half: f64, polygon: &[Ring]) -> Cell {
        let d = signed_distance((x, y), polygon);
        Cell { x, y, half, d, max: d + half * std::f64::consts::SQRT_2 }
    }
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.max.total_cmp(&other.max) == Ordering::Equal
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.max.total_cmp(&other.max)
    }
}

/// The pole of inaccessibility of a polygon (outer ring first, then holes) to within
/// `precision`; the outer ring's first point for a degenerate polygon.
pub fn polylabel(polygon: &[Ring], precision: f64) -> (f64, f64) {
    let outer = match polygon.first() {
        Some(r) if r.len() >= 3 => r,
        Some(r) => return r.first().copied().unwrap_or((0.0, 0.0)),
        None => return (0.0, 0.0),
    };
    let Some((x0, y0, x1, y1)) = bounds(outer) else { return (0.0, 0.0) };
    let size = (x1 - x0).min(y1 - y0);
    if size <= 0.0 {
        return outer[0];
    }
    let mut queue = BinaryHeap::new();
    let half = size / 2.0;
    let mut y = y0;
    while y < y1 {
        let mut x = x0;
        while x < x1 {
            queue.push(Cell::new(x + half, y + half, half, polygon));
            x += size;
        }
        y += size;
    }
    // Start from the bounding box's centre; a cell at the area centroid is often better.
    let mut best = Cell::new((x0 + x1) / 2.0, (y0 + y1) / 2.0, 0.0, polygon);
    if let Some(c) = centroid(outer) {
        let cell = Cell::new(c.0, c.1, 0.0, polygon);
        if cell.d > best.d {
            best = cell;
        }
    }
    while let Some(cell) = queue.pop() {
        if cell.d > best.d {
            best = Cell { half: 0.0, max: cell.d, ..cell };
        }
        if cell.max - best.d <= precision {
            continue;
        }
        let h = cell.half / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            queue.push(Cell::new(cell.x + dx, cell.y + dy, h, polygon));
        }
    }
    (best.x, best.y)
}

/// The area centroid of a ring, if it has an area.
fn centroid(ring: &[(f64, f64)]) -> Option<(f64, f64)> {
    let n = ring.len();
    let (mut cx, mut cy, mut twice) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        let f = a.0 * b.1 - b.0 * a.1;
        cx += (a.0 + b.0) * f;
        cy += (a.1 + b.1) * f;
        twice += f;
    }
    (twice != 0.0).then(|| (cx / (3.0 * twice), cy / (3.0 * twice)))
}

/// The rule applied to one country: its largest polygon (by area) and that polygon's pole of
/// inaccessibility; `None` for a country without polygons.
pub fn country_point(polygons: &[Vec<Ring>]) -> Option<(f64, f64)> {
    let largest = polygons.iter().filter(|p| !p.is_empty()).max_by(|a, b| polygon_area(a).total_cmp(&polygon_area(b)))?;
    Some(polylabel(largest, PRECISION))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, side: f64) -> Ring {
        vec![(x, y), (x + side, y), (x + side, y + side), (x, y + side), (x, y)]
    }

    #[test]
    fn areas_subtract_holes() {
        assert_eq!(ring_area(&square(0.0, 0.0, 10.0)), 100.0);
        assert_eq!(polygon_area(&[square(0.0, 0.0, 10.0), square(2.0, 2.0, 2.0)]), 96.0);
    }

    #[test]
    fn the_pole_of_a_square_is_its_centre() {
        let (x, y) = polylabel(&[square(0.0, 0.0, 10.0)], 0.01);
        assert!((x - 5.0).abs() < 0.05 && (y - 5.0).abs() < 0.05, "{x} {y}");
    }

    #[test]
    fn the_pole_avoids_a_hole_and_stays_inside_a_crescent() {
        // A square with a hole in the middle: the point is in the ring around it.
        let holed = [square(0.0, 0.0, 10.0), square(3.0, 3.0, 4.0)];
        let p = polylabel(&holed, 0.01);
        assert!(signed_distance(p, &holed) > 1.0, "{p:?}");
        // A "C" shape, whose centroid is in the gap.
        let c = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 2.0), (2.0, 2.0), (2.0, 8.0), (10.0, 8.0), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)];
        let centre = centroid(&c).unwrap();
        let c = [c];
        assert!(signed_distance(centre, &c) < 0.0, "the centroid is outside");
        let p = polylabel(&c, 0.01);
        assert!(signed_distance(p, &c) > 0.9, "{p:?}");
    }

    #[test]
    fn a_country_takes_its_largest_polygon() {
        let island = vec![square(100.0, 100.0, 1.0)];
        let mainland = vec![square(0.0, 0.0, 20.0)];
        let (x, y) = country_point(&[island, mainland]).unwrap();
        assert!(x < 20.0 && y < 20.0);
        assert_eq!(country_point(&[]), None);
    }
}
