//! Build step: minify the embedded JSON and project Natural Earth's country outlines into
//! compact SVG paths, so the browser neither parses TopoJSON nor projects 10,000 points.

#[path = "src/geo/clip.rs"]
mod clip;
#[path = "src/geo/path.rs"]
mod path;
#[path = "src/geo/projection.rs"]
#[allow(dead_code)]
mod projection;
#[path = "src/geo/topojson.rs"]
mod topojson;

use std::fmt::Write as _;
use std::{env, fs, path::PathBuf};

/// Antarctica: left out of the map (it is far from every city and half the map's height).
const LEFT_OUT: [&str; 1] = ["010"];

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    for name in ["twin_cities", "summits"] {
        let src = format!("src/data/{name}.json");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{src} is not JSON: {e}"));
        fs::write(out.join(format!("{name}.min.json")), value.to_string()).expect("write minified JSON");
    }

    let world = "src/data/countries-110m.json";
    println!("cargo:rerun-if-changed={world}");
    println!("cargo:rerun-if-changed=src/geo/projection.rs");
    println!("cargo:rerun-if-changed=src/geo/path.rs");
    println!("cargo:rerun-if-changed=src/geo/topojson.rs");
    println!("cargo:rerun-if-changed=src/geo/clip.rs");
    let text = fs::read_to_string(world).unwrap_or_else(|e| panic!("{world}: {e}"));
    let topology = topojson::Topology::parse(&text).expect("countries TopoJSON");
    let mut tsv = String::new();
    for feature in topology.features("countries").expect("countries object") {
        let id = feature.id.unwrap_or_default();
        if LEFT_OUT.contains(&id.as_str()) {
            continue;
        }
        let mut w = path::PathWriter::new();
        for polygon in &feature.polygons {
            for ring in polygon.iter().flat_map(|r| clip::split_ring(r)) {
                let pts: Vec<(f64, f64)> = ring.iter().map(|&(lon, lat)| projection::to_map(lon, lat)).collect();
                w.polyline(&pts);
                w.close();
            }
        }
        let name = feature.name.unwrap_or_default().replace(['\t', '\n'], " ");
        writeln!(tsv, "{id}\t{name}\t{}", w.finish()).expect("write to string");
    }
    fs::write(out.join("world_paths.tsv"), tsv).expect("write world paths");
}
