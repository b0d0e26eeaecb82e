//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018) and the map's frame.
//!
//! Shared with `build.rs`, which projects the country outlines at build time, so this file
//! uses nothing but `std`.

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
/// sqrt(3) / 2
const M: f64 = 0.866_025_403_784_438_6;

/// Projects longitude and latitude (degrees) to Equal Earth's raw plane (y up).
pub fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    let lambda = lon.to_radians();
    let theta = (M * lat.to_radians().sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// The inverse of `equal_earth`: raw plane to longitude and latitude (degrees).
pub fn equal_earth_inverse(x: f64, y: f64) -> (f64, f64) {
    let mut theta = y;
    for _ in 0..20 {
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let fy = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
        let fpy = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        let delta = fy / fpy;
        theta -= delta;
        if delta.abs() < 1e-12 {
            break;
        }
    }
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let lambda = M * x * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)) / theta.cos();
    let phi = (theta.sin() / M).clamp(-1.0, 1.0).asin();
    (lambda.to_degrees(), phi.to_degrees())
}

/// Width of the map in map units (the SVG viewBox's unit).
pub const MAP_WIDTH: f64 = 1000.0;
/// The northernmost latitude drawn (north of Greenland's tip).
pub const MAP_NORTH: f64 = 85.0;
/// The southernmost latitude drawn (Antarctica is left out; Cape Horn is at -55.9).
pub const MAP_SOUTH: f64 = -58.0;

fn x_max() -> f64 {
    equal_earth(180.0, 0.0).0
}

fn unit_scale() -> f64 {
    MAP_WIDTH / (2.0 * x_max())
}

/// Height of the map in map units.
pub fn map_height() -> f64 {
    (equal_earth(0.0, MAP_NORTH).1 - equal_earth(0.0, MAP_SOUTH).1) * unit_scale()
}

/// Longitude and latitude to map units: x from 0 (180° W) to `MAP_WIDTH`, y down from the
/// northern edge.
pub fn to_map(lon: f64, lat: f64) -> (f64, f64) {
    let (x, y) = equal_earth(lon, lat);
    let s = unit_scale();
    ((x + x_max()) * s, (equal_earth(0.0, MAP_NORTH).1 - y) * s)
}

/// Map units back to longitude and latitude.
pub fn from_map(mx: f64, my: f64) -> (f64, f64) {
    let s = unit_scale();
    equal_earth_inverse(mx / s - x_max(), equal_earth(0.0, MAP_NORTH).1 - my / s)
}
