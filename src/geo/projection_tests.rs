//! Equal Earth checked against d3-geo 3.1 (`geoEqualEarth().scale(1).translate([0, 0])`,
//! y negated) and against the projection's defining properties.

use super::projection::*;

/// (lon, lat) -> (x, y) from d3-geo 3.1.
const D3_REFERENCE: [((f64, f64), (f64, f64)); 8] = [
    ((0.0, 0.0), (0.0, 0.0)),
    ((180.0, 0.0), (2.706629984, 0.0)),
    ((0.0, 90.0), (0.0, 1.317362759)),
    ((71.4491, 51.1694), (0.877716752, 0.959862253)),
    ((-79.9959, 40.4406), (-1.063170837, 0.782321464)),
    ((37.6173, 55.7558), (0.443843999, 1.028887594)),
    ((-180.0, -90.0), (-1.603588648, -1.317362759)),
    ((25.0, -45.0), (0.322181805, -0.860231086)),
];

#[test]
fn matches_d3_geo_reference_values() {
    for ((lon, lat), (x, y)) in D3_REFERENCE {
        let (px, py) = equal_earth(lon, lat);
        assert!((px - x).abs() < 1e-8 && (py - y).abs() < 1e-8, "({lon}, {lat}) -> ({px}, {py}), want ({x}, {y})");
    }
}

#[test]
fn inverse_round_trips() {
    for lon in (-180..=180).step_by(15) {
        for lat in (-85..=85).step_by(5) {
            let (x, y) = equal_earth(f64::from(lon), f64::from(lat));
            let (l2, p2) = equal_earth_inverse(x, y);
            assert!((l2 - f64::from(lon)).abs() < 1e-7 && (p2 - f64::from(lat)).abs() < 1e-7, "{lon},{lat}");
        }
    }
}

#[test]
fn is_equal_area() {
    // The projected area of a 1°×1° cell, divided by the cell's true area, is the same
    // everywhere on an equal-area projection.
    let ratio = |lon: f64, lat: f64| {
        let corners = [(lon, lat), (lon + 1.0, lat), (lon + 1.0, lat + 1.0), (lon, lat + 1.0)].map(|(l, p)| equal_earth(l, p));
        // Shoelace area of the projected quadrilateral.
        let twice: f64 = (0..4)
            .map(|i| {
                let (a, b) = (corners[i], corners[(i + 1) % 4]);
                a.0 * b.1 - b.0 * a.1
            })
            .sum();
        let true_area = 1f64.to_radians() * ((lat + 1.0).to_radians().sin() - lat.to_radians().sin());
        twice.abs() / 2.0 / true_area
    };
    let reference = ratio(10.0, 0.0);
    for (lon, lat) in [(70.0, 51.0), (-80.0, 40.0), (120.0, -30.0), (0.0, 70.0)] {
        let r = ratio(lon, lat);
        assert!((r / reference - 1.0).abs() < 2e-3, "area ratio {r} at {lon},{lat} vs {reference}");
    }
}

#[test]
fn map_frame_spans_the_width_and_round_trips() {
    assert!((to_map(-180.0, 0.0).0).abs() < 1e-9);
    assert!((to_map(180.0, 0.0).0 - MAP_WIDTH).abs() < 1e-9);
    assert!(to_map(0.0, MAP_NORTH).1.abs() < 1e-9);
    assert!((to_map(0.0, MAP_SOUTH).1 - map_height()).abs() < 1e-9);
    let (lon, lat) = from_map(to_map(71.4491, 51.1694).0, to_map(71.4491, 51.1694).1);
    assert!((lon - 71.4491).abs() < 1e-7 && (lat - 51.1694).abs() < 1e-7);
}
