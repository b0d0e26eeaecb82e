//! Cuts polygon rings that cross the antimeridian, so that a flat map does not draw a
//! stripe across the world (Natural Earth's Russia and Fiji cross it).
//!
//! Shared with `build.rs`; `std` only.

/// A ring of (longitude, latitude) points.
pub type Ring = Vec<(f64, f64)>;

/// Whether consecutive points jump across the ±180° meridian.
pub fn crosses_antimeridian(ring: &[(f64, f64)]) -> bool {
    ring.windows(2).any(|w| (w[1].0 - w[0].0).abs() > 180.0)
}

/// Makes longitudes continuous (a ring crossing 180° then runs past it, e.g. to 190°).
fn unwrap(ring: &[(f64, f64)]) -> Ring {
    let mut out: Ring = Vec::with_capacity(ring.len());
    let mut shift = 0.0;
    for (i, &(lon, lat)) in ring.iter().enumerate() {
        if i > 0 {
            let prev = ring[i - 1].0;
            if lon - prev > 180.0 {
                shift -= 360.0;
            } else if prev - lon > 180.0 {
                shift += 360.0;
            }
        }
        out.push((lon + shift, lat));
    }
    out
}

/// Sutherland–Hodgman clipping of a ring against the half-plane `keep(lon)`, with the edge
/// at `edge`.
fn clip_half(ring: &[(f64, f64)], edge: f64, keep_above: bool) -> Ring {
    let inside = |p: (f64, f64)| if keep_above { p.0 >= edge } else { p.0 <= edge };
    let cross = |a: (f64, f64), b: (f64, f64)| {
        let t = (edge - a.0) / (b.0 - a.0);
        (edge, a.1 + t * (b.1 - a.1))
    };
    let mut out = Vec::new();
    for i in 0..ring.len() {
        let cur = ring[i];
        let prev = ring[(i + ring.len() - 1) % ring.len()];
        match (inside(prev), inside(cur)) {
            (true, true) => out.push(cur),
            (true, false) => out.push(cross(prev, cur)),
            (false, true) => {
                out.push(cross(prev, cur));
                out.push(cur);
            }
            (false, false) => {}
        }
    }
    out
}

/// The ring cut into pieces that each lie within -180..=180; rings that do not cross the
/// antimeridian come back unchanged.
pub fn split_ring(ring: &[(f64, f64)]) -> Vec<Ring> {
    if !crosses_antimeridian(ring) {
        return vec![ring.to_vec()];
    }
    let unwrapped = unwrap(ring);
    let mut pieces = Vec::new();
    for shift in [-360.0, 0.0, 360.0] {
        let shifted: Ring = unwrapped.iter().map(|&(lon, lat)| (lon + shift, lat)).collect();
        let piece = clip_half(&clip_half(&shifted, -180.0, true), 180.0, false);
        if piece.len() >= 3 {
            pieces.push(piece);
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_ordinary_rings_alone() {
        let ring = vec![(10.0, 10.0), (20.0, 10.0), (20.0, 20.0), (10.0, 10.0)];
        assert_eq!(split_ring(&ring), vec![ring]);
    }

    #[test]
    fn splits_a_ring_across_the_antimeridian_into_two_pieces_within_range() {
        // A square from 170° E to 170° W.
        let ring = vec![(170.0, 60.0), (-170.0, 60.0), (-170.0, 70.0), (170.0, 70.0), (170.0, 60.0)];
        assert!(crosses_antimeridian(&ring));
        let pieces = split_ring(&ring);
        assert_eq!(pieces.len(), 2);
        for p in &pieces {
            assert!(p.iter().all(|&(lon, _)| (-180.0..=180.0).contains(&lon)), "{p:?}");
            assert!(!crosses_antimeridian(p));
        }
        let east = pieces.iter().find(|p| p.iter().any(|q| q.0 > 0.0)).unwrap();
        assert!(east.iter().any(|q| q.0 == 180.0) && east.iter().any(|q| q.0 == 170.0));
    }
}
