//! Build step: check the data JSON against its types and write it in postcard's compact
//! form, with every event's participants derived from the memberships and each country's
//! point for arcs computed from the outlines (written apart, as `public/participation.bin`
//! holds them), and project Natural Earth's country outlines
//! into compact SVG paths, so the browser parses neither JSON nor TopoJSON.

#[path = "src/geo/arcs.rs"]
mod arcs;
#[path = "src/geo/clip.rs"]
mod clip;
#[path = "src/data/date.rs"]
#[allow(dead_code)]
mod date;
#[path = "src/data/derive.rs"]
#[allow(dead_code)]
mod derive;
#[path = "src/geo/label.rs"]
#[allow(dead_code)]
mod label;
#[path = "src/data/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/data/participation_model.rs"]
#[allow(dead_code)]
mod participation_model;
#[path = "src/geo/path.rs"]
#[allow(dead_code)]
mod path;
#[path = "src/geo/points.rs"]
mod points;
#[path = "src/geo/projection.rs"]
#[allow(dead_code)]
mod projection;
#[path = "src/geo/topojson.rs"]
#[allow(dead_code)]
mod topojson;
#[path = "src/geo/varint.rs"]
#[allow(dead_code)]
mod varint;

use std::{env, fs, path::PathBuf};

/// Douglas–Peucker tolerance in map units (the map is 1000 wide): half a pixel at the
/// whole-world view on a desktop screen, a pixel or two at zoom 4. The outlines travel in
/// every page, so each point costs first-load bytes (0.2 gave 22.8 KB gzip, 0.5 gives 18.2).
const SIMPLIFY: f64 = 0.5;

use points::LEFT_OUT;

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
    let countries: participation_model::CountriesFile =
        serde_json::from_str(&read("src/data/countries.json")).unwrap_or_else(|e| panic!("src/data/countries.json: {e}"));
    let notes: model::Annotations =
        serde_json::from_str(&read("src/data/annotations.json")).unwrap_or_else(|e| panic!("src/data/annotations.json: {e}"));
    let participants: participation_model::ParticipantsFile =
        serde_json::from_str(&read("src/data/participants.json")).unwrap_or_else(|e| panic!("src/data/participants.json: {e}"));
    for file in ["model.rs", "date.rs", "participation_model.rs", "derive.rs"] {
        println!("cargo:rerun-if-changed=src/data/{file}");
    }

    let world = "src/data/countries-110m.json";
    println!("cargo:rerun-if-changed={world}");
    for file in ["projection.rs", "path.rs", "topojson.rs", "clip.rs", "varint.rs", "arcs.rs", "label.rs", "points.rs"] {
        println!("cargo:rerun-if-changed=src/geo/{file}");
    }
    let text = fs::read_to_string(world).unwrap_or_else(|e| panic!("{world}: {e}"));
    let topology = topojson::Topology::parse(&text).expect("countries TopoJSON");
    let country_points = points::country_points(&topology, &LEFT_OUT).expect("country points");
    let participation = derive::build_world(&summits, &countries, &participants, &country_points);
    // The browser's copy leaves out the cards' texts (fetched when first wanted, as
    // `public/cards/<lang>.json`) and carries the country codes (the rest of the
    // participation data is fetched too); native builds (tests, the static pages) get it all.
    let (twin, summits) = if env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32")) {
        (twin.without_card_texts(), summits.without_card_texts())
    } else {
        (twin, summits)
    };
    let bytes = postcard::to_allocvec(&(twin, summits, participation.codes(), notes.annotations)).expect("postcard encoding");
    // Fingerprints of the per-language files the browser fetches, so no stale copy is read.
    for (dir, var) in [("cards", "CARD_TEXTS_VERSION"), ("ui", "UI_TEXTS_VERSION")] {
        let mut bytes = Vec::new();
        for lang in ["en", "kk", "ru"] {
            let path = format!("public/{dir}/{lang}.json");
            println!("cargo:rerun-if-changed={path}");
            bytes.extend(fs::read(&path).unwrap_or_default());
        }
        println!("cargo:rustc-env={var}={:016x}", participation_model::fnv1a64(&bytes));
    }
    fs::write(out.join("atlas.postcard"), bytes).expect("write atlas.postcard");
    let world_bytes = postcard::to_allocvec(&participation).expect("postcard encoding");
    println!("cargo:rustc-env=PARTICIPATION_VERSION={:016x}", participation_model::fnv1a64(&world_bytes));
    fs::write(out.join("participation.postcard"), world_bytes).expect("write participation.postcard");
    fs::write(out.join("world.bin"), encode_world(&topology)).expect("write world.bin");
}

/// A line of (lon, lat) points projected, simplified and rounded to tenths of a map unit,
/// without the repeats that rounding makes.
fn projected_line(lonlat: &[(f64, f64)]) -> Vec<(i64, i64)> {
    let pts: Vec<(f64, f64)> = lonlat.iter().map(|&(lon, lat)| projection::to_map(lon, lat)).collect();
    let mut kept: Vec<(i64, i64)> = path::simplify(&pts, SIMPLIFY).iter().map(|&(x, y)| (path::tenths(x), path::tenths(y))).collect();
    kept.dedup();
    kept
}

/// The first point, then each step from the one before, as signed varints.
fn write_steps(out: &mut Vec<u8>, points: &[(i64, i64)]) {
    let mut prev = (0, 0);
    for &t in points {
        varint::write_signed(out, t.0 - prev.0);
        varint::write_signed(out, t.1 - prev.1);
        prev = t;
    }
}

/// The countries as shared arcs (each border written once, simplified by 0.2 map units)
/// and rings that refer to them; rings that cross the antimeridian are cut and written out
/// in full. All numbers are varints (`src/geo/varint.rs`): the arc count and the arcs
/// (points), then the country count and per country its ISO numeric code (length, bytes),
/// its ring count and per ring a header `2n + kind`: kind 0 is n arc references (`i`, or
/// `-1 - i` for arc i reversed), kind 1 is a ring of n points.
fn encode_world(topology: &topojson::Topology) -> Vec<u8> {
    let shared = topology.decoded_arcs();
    let mut used: Vec<Option<usize>> = vec![None; shared.len()];
    let mut arc_bytes = Vec::new();
    let mut next_arc = 0;
    let mut countries = Vec::new();
    let mut country_count = 0u64;
    let root = topology.objects.get("countries").expect("countries object");
    let topojson::Geometry::GeometryCollection { geometries } = root else { panic!("countries is not a collection") };
    for g in geometries {
        let (id, polygons): (_, Vec<&Vec<Vec<i64>>>) = match g {
            topojson::Geometry::Polygon { id, arcs, .. } => (id, vec![arcs]),
            topojson::Geometry::MultiPolygon { id, arcs, .. } => (id, arcs.iter().collect()),
            _ => continue,
        };
        let id = id.clone().unwrap_or_default();
        if LEFT_OUT.contains(&id.as_str()) {
            continue;
        }
        let mut rings: Vec<Vec<u8>> = Vec::new();
        for ring_arcs in polygons.iter().flat_map(|p| p.iter()) {
            let ring = topojson::ring(ring_arcs, &shared).expect("ring");
            if clip::crosses_antimeridian(&ring) {
                for piece in clip::split_ring(&ring) {
                    let points = projected_line(&piece);
                    let mut bytes = Vec::new();
                    varint::write_unsigned(&mut bytes, points.len() as u64 * 2 + 1);
                    write_steps(&mut bytes, &points);
                    rings.push(bytes);
                }
                continue;
            }
            let mut bytes = Vec::new();
            varint::write_unsigned(&mut bytes, ring_arcs.len() as u64 * 2);
            for &i in ring_arcs {
                let (idx, reversed) = arcs::reference(i);
                let compact = *used[idx].get_or_insert_with(|| {
                    let points = projected_line(&shared[idx]);
                    varint::write_unsigned(&mut arc_bytes, points.len() as u64);
                    write_steps(&mut arc_bytes, &points);
                    next_arc += 1;
                    next_arc - 1
                }) as i64;
                varint::write_signed(&mut bytes, if reversed { -1 - compact } else { compact });
            }
            rings.push(bytes);
        }
        country_count += 1;
        varint::write_unsigned(&mut countries, id.len() as u64);
        countries.extend_from_slice(id.as_bytes());
        varint::write_unsigned(&mut countries, rings.len() as u64);
        for r in rings {
            countries.extend(r);
        }
    }
    let mut out = Vec::new();
    varint::write_unsigned(&mut out, next_arc as u64);
    out.extend(arc_bytes);
    varint::write_unsigned(&mut out, country_count);
    out.extend(countries);
    out
}
