//! The world's country outlines (Natural Earth 1:110m via `world-atlas`), projected at build
//! time by `build.rs`, plus the graticule, the map's outline and arcs in map units.

use super::arcs::stitch;
use super::great_circle::{self, LonLat};
use super::path::PathWriter;
use super::projection::{to_map, MAP_NORTH, MAP_SOUTH};
use super::varint::Reader;
use std::sync::OnceLock;

/// One country shape, ready for SVG.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// ISO 3166-1 numeric (Natural Earth's id); empty for the few disputed areas without one.
    pub numeric: String,
    /// SVG path data in map units.
    pub path: String,
}

/// Shared arcs and the rings that use them, as `build.rs` wrote them (see `encode_world`).
/// Native builds only: the pages carry the outlines, and the app takes them from there.
#[cfg(not(target_arch = "wasm32"))]
const WORLD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/world.bin"));

/// `n` points written as a first point and steps, in tenths of a map unit.
fn read_points(r: &mut Reader, n: usize) -> Option<Vec<(i64, i64)>> {
    let mut pen = (0, 0);
    let mut out = Vec::with_capacity(n.min(1 << 16));
    for _ in 0..n {
        pen = (pen.0 + r.signed()?, pen.1 + r.signed()?);
        out.push(pen);
    }
    Some(out)
}

/// Decodes the world bytes into one SVG path per country; `None` if they are malformed.
pub fn decode_world(bytes: &[u8]) -> Option<Vec<CountryShape>> {
    let mut r = Reader::new(bytes);
    let arc_count = r.count()?;
    let mut arcs = Vec::with_capacity(arc_count.min(1 << 16));
    for _ in 0..arc_count {
        let n = r.count()?;
        arcs.push(read_points(&mut r, n)?);
    }
    let country_count = r.count()?;
    let mut shapes = Vec::with_capacity(country_count.min(1 << 10));
    for _ in 0..country_count {
        let len = r.count()?;
        let numeric = String::from_utf8(r.bytes(len)?.to_vec()).ok()?;
        let mut w = PathWriter::new();
        for _ in 0..r.count()? {
            let header = r.count()?;
            let n = header / 2;
            let points = if header % 2 == 1 {
                read_points(&mut r, n)?
            } else {
                let refs = (0..n).map(|_| r.signed()).collect::<Option<Vec<i64>>>()?;
                stitch(refs, &arcs)?
            };
            let map: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x as f64 / 10.0, y as f64 / 10.0)).collect();
            if map.len() >= 3 {
                w.polyline(&map);
                w.close();
            }
        }
        shapes.push(CountryShape { numeric, path: w.finish() });
    }
    r.is_done().then_some(shapes)
}

static SHAPES: OnceLock<Vec<CountryShape>> = OnceLock::new();

/// Every country shape (Antarctica is left out). In the browser, the ones the page gave
/// through `provide_countries` (none before that, or on a page without a static map).
pub fn countries() -> &'static [CountryShape] {
    #[cfg(not(target_arch = "wasm32"))]
    // The bytes are made by build.rs and checked by the tests below; never malformed.
    return SHAPES.get_or_init(|| decode_world(WORLD).unwrap_or_default());
    #[cfg(target_arch = "wasm32")]
    SHAPES.get().map_or(&[], Vec::as_slice)
}

/// Hands over the country shapes read from the static page (the browser's way in; the
/// first call wins).
pub fn provide_countries(shapes: Vec<CountryShape>) {
    let _ = SHAPES.set(shapes);
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn embeds_natural_earth_countries_without_antarctica() {
        let shapes = countries();
        assert!(shapes.len() > 170, "{}", shapes.len());
        assert!(shapes.iter().all(|s| s.path.starts_with('M') && s.path.ends_with('z')));
        assert!(!shapes.iter().any(|s| s.numeric == "010"), "Antarctica is left out");
        assert!(shapes.iter().any(|s| s.numeric == "398"), "Kazakhstan");
        assert_eq!(decode_world(WORLD).map(|s| s.len()), Some(shapes.len()));
    }

    #[test]
    fn malformed_world_bytes_decode_to_none() {
        assert_eq!(decode_world(&[]), None);
        assert_eq!(decode_world(&WORLD[..WORLD.len() - 1]), None);
        let mut extra = WORLD.to_vec();
        extra.push(0);
        assert_eq!(decode_world(&extra), None);
        // One arc of one point, one country whose ring refers to a missing arc.
        assert_eq!(decode_world(&[1, 1, 2, 2, 1, 0, 1, 2, 4]), None);
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn decoded_outlines_follow_natural_earth_within_the_simplification() {
        use crate::geo::projection::to_map;
        use crate::geo::topojson::Topology;
        let topology = Topology::parse(include_str!("../data/countries-110m.json")).unwrap();
        let features = topology.features("countries").unwrap();
        for id in ["398", "250", "840", "036"] {
            let feature = features.iter().find(|f| f.id.as_deref() == Some(id)).unwrap();
            let shape = countries().iter().find(|s| s.numeric == id).unwrap();
            // Every vertex drawn lies within 0.3 map units of a vertex of the source ring.
            let drawn = path_points(&shape.path);
            let source: Vec<(f64, f64)> = feature.polygons.iter().flatten().flatten().map(|&(lon, lat)| to_map(lon, lat)).collect();
            for p in &drawn {
                let d = source.iter().map(|q| ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt()).fold(f64::MAX, f64::min);
                assert!(d < 0.3, "{id}: vertex {p:?} is {d} from the source");
            }
            assert!(drawn.len() * 3 >= source.len(), "{id}: simplification kept {} of {}", drawn.len(), source.len());
        }
    }

    /// The absolute points of a path written by `PathWriter`.
    #[cfg(not(target_arch = "wasm32"))]
    fn path_points(d: &str) -> Vec<(f64, f64)> {
        let mut out = Vec::new();
        for sub in d.split('M').filter(|s| !s.is_empty()) {
            let sub = sub.trim_end_matches('z');
            let (start, rest) = sub.split_once('l').unwrap_or((sub, ""));
            let nums = |s: &str| -> Vec<f64> {
                let mut v = Vec::new();
                let mut cur = String::new();
                for c in s.chars() {
                    if (c == '-' || c == ' ') && !cur.is_empty() {
                        v.push(cur.parse().unwrap());
                        cur.clear();
                    }
                    if c != ' ' {
                        cur.push(c);
                    }
                }
                if !cur.is_empty() {
                    v.push(cur.parse().unwrap());
                }
                v
            };
            let s = nums(start);
            let mut pen = (s[0], s[1]);
            out.push(pen);
            for pair in nums(rest).chunks(2) {
                pen = (pen.0 + pair[0], pen.1 + pair[1]);
                out.push(pen);
            }
        }
        out
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
