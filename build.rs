//! Build step: check the data JSON against its types and write it in postcard's compact
//! form, and project Natural Earth's country outlines into compact SVG paths, so the browser
//! parses neither JSON nor TopoJSON.

#[path = "src/geo/clip.rs"]
mod clip;
#[path = "src/data/date.rs"]
#[allow(dead_code)]
mod date;
#[path = "src/data/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/geo/path.rs"]
#[allow(dead_code)]
mod path;
#[path = "src/geo/projection.rs"]
#[allow(dead_code)]
mod projection;
#[path = "src/geo/topojson.rs"]
#[allow(dead_code)]
mod topojson;

use std::fmt::Write as _;
use std::{env, fs, path::PathBuf};

/// Douglas–Peucker tolerance in map units (the map is 1000 wide): a fifth of a pixel at
/// the whole-world view on a desktop screen.
const SIMPLIFY: f64 = 0.2;

/// Antarctica: left out of the map (it is far from every city and half the map's height).
const LEFT_OUT: [&str; 1] = ["010"];

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let read = |path: &str| {
        println!("cargo:rerun-if-changed={path}");
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let twin: model::TwinCities =
        serde_json::from_str(&read("src/data/twin_cities.json")).unwrap_or_else(|e| panic!("src/data/twin_cities.json: {e}"));
    let summits: model::Summits =
        serde_json::from_str(&read("src/data/summits.json")).unwrap_or_else(|e| panic!("src/data/summits.json: {e}"));
    println!("cargo:rerun-if-changed=src/data/model.rs");
    println!("cargo:rerun-if-changed=src/data/date.rs");
    let bytes = postcard::to_allocvec(&(twin, summits)).expect("postcard encoding");
    fs::write(out.join("atlas.postcard"), bytes).expect("write atlas.postcard");

    let world = "src/data/countries-110m.json";
    println!("cargo:rerun-if-changed={world}");
    println!("cargo:rerun-if-changed=src/geo/projection.rs");
    println!("cargo:rerun-if-changed=src/geo/path.rs");
    println!("cargo:rerun-if-changed=src/geo/topojson.rs");
    println!("cargo:rerun-if-changed=src/geo/clip.rs");
    let text = fs::read_to_string(world).unwrap_or_else(|e| panic!("{world}: {e}"));
    let topology = topojson::Topology::parse(&text).expect("countries TopoJSON");
    fs::write(out.join("world.txt"), encode_world(&topology)).expect("write world.txt");
}

/// Map units are written in tenths, as integers.
fn tenths((x, y): (f64, f64)) -> (i64, i64) {
    ((x * 10.0).round() as i64, (y * 10.0).round() as i64)
}

/// Points as "x y dx dy dx dy ...": the first absolute, the rest relative, in tenths.
fn encode_points(points: &[(f64, f64)]) -> String {
    let mut out = String::new();
    let mut prev: Option<(i64, i64)> = None;
    for &p in points {
        let t = tenths(p);
        match prev {
            None => write!(out, "{} {}", t.0, t.1),
            Some(q) if q == t => continue,
            Some(q) => write!(out, " {} {}", t.0 - q.0, t.1 - q.1),
        }
        .expect("write to string");
        prev = Some(t);
    }
    out
}

/// The countries as shared arcs (each border written once, simplified by 0.2 map units)
/// and rings that refer to them; rings that cross the antimeridian are cut and written out
/// in full. Format: `A points` lines, then `C numeric\tname\trings` with rings separated by
/// `;`, each `a:i,j,k` (arc indexes, `-1 - i` for arc i reversed) or `p:points`.
fn encode_world(topology: &topojson::Topology) -> String {
    let arcs = topology.decoded_arcs();
    let mut used: Vec<Option<usize>> = vec![None; arcs.len()];
    let mut arc_lines = String::new();
    let mut next_arc = 0;
    let mut countries = String::new();
    let root = topology.objects.get("countries").expect("countries object");
    let topojson::Geometry::GeometryCollection { geometries } = root else { panic!("countries is not a collection") };
    for g in geometries {
        let (id, name, polygons): (_, _, Vec<&Vec<Vec<i64>>>) = match g {
            topojson::Geometry::Polygon { id, properties, arcs } => (id, properties, vec![arcs]),
            topojson::Geometry::MultiPolygon { id, properties, arcs } => (id, properties, arcs.iter().collect()),
            _ => continue,
        };
        let id = id.clone().unwrap_or_default();
        if LEFT_OUT.contains(&id.as_str()) {
            continue;
        }
        let mut rings = Vec::new();
        for ring_arcs in polygons.iter().flat_map(|p| p.iter()) {
            let ring = topojson::ring(ring_arcs, &arcs).expect("ring");
            if clip::crosses_antimeridian(&ring) {
                for piece in clip::split_ring(&ring) {
                    let pts: Vec<(f64, f64)> = piece.iter().map(|&(lon, lat)| projection::to_map(lon, lat)).collect();
                    rings.push(format!("p:{}", encode_points(&path::simplify(&pts, SIMPLIFY))));
                }
                continue;
            }
            let refs: Vec<String> = ring_arcs
                .iter()
                .map(|&i| {
                    let (idx, reversed) = if i >= 0 { (i as usize, false) } else { ((!i) as usize, true) };
                    let compact = *used[idx].get_or_insert_with(|| {
                        let pts: Vec<(f64, f64)> = arcs[idx].iter().map(|&(lon, lat)| projection::to_map(lon, lat)).collect();
                        writeln!(arc_lines, "A {}", encode_points(&path::simplify(&pts, SIMPLIFY))).expect("write to string");
                        next_arc += 1;
                        next_arc - 1
                    });
                    if reversed {
                        (-1 - compact as i64).to_string()
                    } else {
                        compact.to_string()
                    }
                })
                .collect();
            rings.push(format!("a:{}", refs.join(",")));
        }
        let name = name.name.clone().unwrap_or_default().replace(['\t', '\n'], " ");
        writeln!(countries, "C {id}\t{name}\t{}", rings.join(";")).expect("write to string");
    }
    arc_lines + &countries
}
