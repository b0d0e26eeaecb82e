//! Each country's point for arcs, computed from the TopoJSON outlines by the rule in
//! `label.rs` (build step and native tests only: the browser gets the results).
//!
//! Shared with `build.rs`; needs the TopoJSON decoder.

use super::label::{country_point, Ring};
use super::{clip, projection, topojson};

/// Natural Earth ids left out of the map: Antarctica (far from every city and half the
/// map's height).
pub const LEFT_OUT: [&str; 1] = ["010"];

/// A point as stored: hundredths of a degree of longitude and latitude.
pub type Hundredths = (i16, i16);

/// A country's ISO numeric id and its point (`None` if it has no polygon).
pub type CountryPoint = (String, Option<Hundredths>);

/// Longitude and latitude in hundredths of a degree (rounded).
pub fn hundredths(lon: f64, lat: f64) -> Hundredths {
    ((lon * 100.0).round() as i16, (lat * 100.0).round() as i16)
}

/// One point per country of the `countries` object, keyed by its ISO numeric id, in the
/// topology's order; features without an id or in `left_out` are skipped. Polygons that
/// cross the antimeridian count as their pieces on either side (as the map draws them).
pub fn country_points(topology: &topojson::Topology, left_out: &[&str]) -> Result<Vec<CountryPoint>, String> {
    let mut out = Vec::new();
    for feature in topology.features("countries")? {
        let Some(id) = feature.id else { continue };
        if left_out.contains(&id.as_str()) {
            continue;
        }
        let mut polygons: Vec<Vec<Ring>> = Vec::new();
        for polygon in &feature.polygons {
            let Some(outer) = polygon.first() else { continue };
            let project = |ring: &[(f64, f64)]| -> Ring { ring.iter().map(|&(lon, lat)| projection::to_map(lon, lat)).collect() };
            if clip::crosses_antimeridian(outer) {
                polygons.extend(clip::split_ring(outer).iter().map(|piece| vec![project(piece)]));
            } else {
                polygons.push(polygon.iter().map(|r| project(r)).collect());
            }
        }
        let point = country_point(&polygons).map(|(x, y)| {
            let (lon, lat) = projection::from_map(x, y);
            hundredths(lon, lat)
        });
        out.push((id, point));
    }
    Ok(out)
}
