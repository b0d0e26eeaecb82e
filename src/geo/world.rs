//! The world's country outlines (Natural Earth 1:110m via `world-atlas`), projected at build
//! time by `build.rs`, plus the graticule, the map's outline and arcs in map units.

use super::great_circle::{self, LonLat};
use super::path::PathWriter;
use super::projection::{to_map, MAP_NORTH, MAP_SOUTH};
use std::sync::OnceLock;

/// One country shape, ready for SVG.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// ISO 3166-1 numeric (Natural Earth's id); empty for the few disputed areas without one.
    pub numeric: &'static str,
    pub name: &'static str,
    /// SVG path data in map units.
    pub path: &'static str,
}

/// `numeric \t name \t path` lines written by `build.rs`.
const WORLD_PATHS: &str = include_str!(concat!(env!("OUT_DIR"), "/world_paths.tsv"));

/// Every country shape (Antarctica is left out).
pub fn countries() -> &'static [CountryShape] {
    static SHAPES: OnceLock<Vec<CountryShape>> = OnceLock::new();
    SHAPES.get_or_init(|| {
        WORLD_PATHS
            .lines()
            .filter_map(|line| {
                let mut parts = line.splitn(3, '\t');
                Some(CountryShape { numeric: parts.next()?, name: parts.next()?, path: parts.next()? })
            })
            .collect()
    })
}

fn line_path(lines: impl IntoIterator<Item = Vec<LonLat>>) -> String {
    let mut w = PathWriter::new();
    for line in lines {
        let pts: Vec<(f64, f64)> = line.iter().map(|&(lon, lat)| to_map(lon, lat)).collect();
        w.polyline(&pts);
    }
    w.finish()
}

/// Meridians and parallels every 30°.
pub fn graticule_path() -> String {
    let meridians = (-5..=5).map(|i| {
        let lon = f64::from(i) * 30.0;
        (0..=20).map(|j| (lon, MAP_SOUTH + (MAP_NORTH - MAP_SOUTH) * f64::from(j) / 20.0)).collect()
    });
    let parallels = [-30.0, 0.0, 30.0, 60.0].into_iter().map(|lat| (0..=72).map(|j| (-180.0 + 5.0 * f64::from(j), lat)).collect());
    line_path(meridians.chain(parallels))
}

/// The map's outline: the ±180° meridians joined along the top and bottom edges.
pub fn outline_path() -> String {
    let steps = 40;
    let mut ring: Vec<(f64, f64)> = Vec::new();
    for j in 0..=steps {
        ring.push(to_map(180.0, MAP_NORTH - (MAP_NORTH - MAP_SOUTH) * f64::from(j) / f64::from(steps)));
    }
    for j in 0..=steps {
        ring.push(to_map(-180.0, MAP_SOUTH + (MAP_NORTH - MAP_SOUTH) * f64::from(j) / f64::from(steps)));
    }
    let mut w = PathWriter::new();
    w.polyline(&ring);
    w.close();
    w.finish()
}

/// The great-circle arc from `from` to `to` as SVG path data in map units.
pub fn arc_path(from: LonLat, to: LonLat) -> String {
    line_path(great_circle::arc(from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeds_natural_earth_countries_without_antarctica() {
        let shapes = countries();
        assert!(shapes.len() > 170, "{}", shapes.len());
        assert!(shapes.iter().all(|s| s.path.starts_with('M') && s.path.ends_with('z')));
        assert!(!shapes.iter().any(|s| s.numeric == "010"), "Antarctica is left out");
        let kz = shapes.iter().find(|s| s.numeric == "398").expect("Kazakhstan");
        assert_eq!(kz.name, "Kazakhstan");
    }

    #[test]
    fn arc_paths_split_at_the_edge() {
        assert_eq!(arc_path((71.4491, 51.1694), (37.6173, 55.7558)).matches('M').count(), 1);
        assert_eq!(arc_path((139.7, 35.7), (-122.4, 37.8)).matches('M').count(), 2);
    }

    #[test]
    fn outline_and_graticule_are_paths() {
        assert!(outline_path().ends_with('z'));
        assert_eq!(graticule_path().matches('M').count(), 11 + 4);
    }
}
