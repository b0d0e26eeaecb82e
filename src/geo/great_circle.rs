//! Great circles: distances, and arcs sampled along them and split where they cross the
//! map's edge (the antimeridian).

/// Mean Earth radius (IUGG), km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// A point as (longitude, latitude) in degrees.
pub type LonLat = (f64, f64);

fn to_vec((lon, lat): LonLat) -> [f64; 3] {
    let (lon, lat) = (lon.to_radians(), lat.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

fn from_vec(v: [f64; 3]) -> LonLat {
    let lon = v[1].atan2(v[0]).to_degrees();
    let lat = v[2].atan2((v[0] * v[0] + v[1] * v[1]).sqrt()).to_degrees();
    (lon, lat)
}

/// The central angle between two points, in radians (haversine form, stable for short
/// distances).
pub fn central_angle(a: LonLat, b: LonLat) -> f64 {
    let (phi1, phi2) = (a.1.to_radians(), b.1.to_radians());
    let dphi = phi2 - phi1;
    let dlambda = (b.0 - a.0).to_radians();
    let h = (dphi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (dlambda / 2.0).sin().powi(2);
    2.0 * h.sqrt().min(1.0).asin()
}

/// The great-circle distance in km.
pub fn distance_km(a: LonLat, b: LonLat) -> f64 {
    central_angle(a, b) * EARTH_RADIUS_KM
}

/// The point a fraction `f` of the way from `a` to `b` along the great circle.
pub fn interpolate(a: LonLat, b: LonLat, f: f64) -> LonLat {
    let d = central_angle(a, b);
    if d < 1e-12 {
        return a;
    }
    let (va, vb) = (to_vec(a), to_vec(b));
    let (wa, wb) = (((1.0 - f) * d).sin() / d.sin(), (f * d).sin() / d.sin());
    from_vec([wa * va[0] + wb * vb[0], wa * va[1] + wb * vb[1], wa * va[2] + wb * vb[2]])
}

/// `n + 1` points along the great circle from `a` to `b`, both ends included.
pub fn sample(a: LonLat, b: LonLat, n: usize) -> Vec<LonLat> {
    let n = n.max(1);
    (0..=n).map(|i| interpolate(a, b, i as f64 / n as f64)).collect()
}

/// About one sample per 150 km, at least 8: smooth at any zoom the app allows.
pub fn samples_for(a: LonLat, b: LonLat) -> usize {
    ((distance_km(a, b) / 150.0).ceil() as usize).max(8)
}

/// Splits a line into pieces wherever it crosses the ±180° meridian, adding the crossing
/// point to both pieces so that nothing is drawn across the whole map.
pub fn split_at_antimeridian(points: &[LonLat]) -> Vec<Vec<LonLat>> {
    let mut pieces = vec![Vec::new()];
    for (i, &p) in points.iter().enumerate() {
        if i > 0 {
            let q = points[i - 1];
            if (p.0 - q.0).abs() > 180.0 {
                // Unwrap p next to q, find where the segment meets the edge.
                let edge = if q.0 > 0.0 { 180.0 } else { -180.0 };
                let p_unwrapped = p.0 + if q.0 > 0.0 { 360.0 } else { -360.0 };
                let t = (edge - q.0) / (p_unwrapped - q.0);
                let lat = q.1 + t * (p.1 - q.1);
                pieces.last_mut().expect("one piece").push((edge, lat));
                pieces.push(vec![(-edge, lat)]);
            }
        }
        pieces.last_mut().expect("one piece").push(p);
    }
    pieces
}

/// The arc from `a` to `b` as lines of (longitude, latitude), split at the map's edge.
pub fn arc(a: LonLat, b: LonLat) -> Vec<Vec<LonLat>> {
    split_at_antimeridian(&sample(a, b, samples_for(a, b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ASTANA: LonLat = (71.4491, 51.1694);
    const MOSCOW: LonLat = (37.6173, 55.7558);

    /// Haversine written out independently, as the check.
    fn haversine_km(a: LonLat, b: LonLat) -> f64 {
        let r = EARTH_RADIUS_KM;
        let (la1, la2) = (a.1.to_radians(), b.1.to_radians());
        let dla = la2 - la1;
        let dlo = (b.0 - a.0).to_radians();
        let x = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
        2.0 * r * x.sqrt().atan2((1.0 - x).sqrt())
    }

    #[test]
    fn astana_to_moscow_is_about_2270_km() {
        let d = distance_km(ASTANA, MOSCOW);
        assert!((d - 2272.5).abs() < 1.0, "{d}");
        assert!((d - haversine_km(ASTANA, MOSCOW)).abs() < 1e-6);
    }

    #[test]
    fn distances_match_d3_geo() {
        // d3-geo 3.1 geoDistance × 6371.0088 for Astana–Pittsburgh.
        let d = distance_km(ASTANA, (-79.9959, 40.4406));
        assert!((d - 9458.047).abs() < 0.01, "{d}");
    }

    #[test]
    fn samples_lie_on_the_great_circle() {
        let pts = sample(ASTANA, MOSCOW, 10);
        assert_eq!(pts.len(), 11);
        assert!((pts[0].0 - ASTANA.0).abs() < 1e-9 && (pts[10].1 - MOSCOW.1).abs() < 1e-9);
        let total = distance_km(ASTANA, MOSCOW);
        for (i, &p) in pts.iter().enumerate() {
            let along = distance_km(ASTANA, p) + distance_km(p, MOSCOW);
            assert!((along - total).abs() < 1e-6, "point {i} is off the circle");
            assert!((distance_km(ASTANA, p) - total * i as f64 / 10.0).abs() < 1e-6, "uneven spacing");
        }
    }

    #[test]
    fn great_circle_bulges_poleward() {
        // Astana to Pittsburgh passes far north of both ends.
        let mid = interpolate(ASTANA, (-79.9959, 40.4406), 0.5);
        assert!(mid.1 > 70.0, "{mid:?}");
    }

    #[test]
    fn splits_where_an_arc_crosses_the_antimeridian() {
        // Tokyo to San Francisco crosses the Pacific edge of a 0°-centred map.
        let pieces = arc((139.7, 35.7), (-122.4, 37.8));
        assert_eq!(pieces.len(), 2);
        assert_eq!(pieces[0].last().unwrap().0, 180.0);
        assert_eq!(pieces[1].first().unwrap().0, -180.0);
        assert!((pieces[0].last().unwrap().1 - pieces[1].first().unwrap().1).abs() < 1e-9);
        for piece in &pieces {
            for w in piece.windows(2) {
                assert!((w[1].0 - w[0].0).abs() < 180.0, "no jump inside a piece");
            }
        }
        // An arc that stays on one side is not split.
        assert_eq!(arc(ASTANA, MOSCOW).len(), 1);
    }
}
