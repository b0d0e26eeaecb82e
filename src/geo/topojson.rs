//! A small TopoJSON decoder: quantized, delta-encoded arcs stitched into polygon rings.
//!
//! Enough of the format for Natural Earth's `countries-110m.json` (Polygon and
//! MultiPolygon inside a GeometryCollection). Shared with `build.rs`; needs only serde.

use serde::Deserialize;
use std::collections::BTreeMap;

/// A TopoJSON document.
#[derive(Debug, Deserialize)]
pub struct Topology {
    pub transform: Option<Transform>,
    pub arcs: Vec<Vec<[f64; 2]>>,
    pub objects: BTreeMap<String, Geometry>,
}

/// Quantization: position = quantized * scale + translate.
#[derive(Debug, Deserialize, Clone, Copy)]
pub struct Transform {
    pub scale: [f64; 2],
    pub translate: [f64; 2],
}

/// Feature properties this app reads.
#[derive(Debug, Deserialize, Default, Clone)]
pub struct Properties {
    pub name: Option<String>,
}

/// A geometry object; arc indexes refer to `Topology::arcs`, `!i` meaning arc `i` reversed.
#[derive(Debug, Deserialize)]
#[serde(tag = "type")]
#[allow(clippy::enum_variant_names)] // the names are TopoJSON's own type names
pub enum Geometry {
    GeometryCollection {
        geometries: Vec<Geometry>,
    },
    Polygon {
        id: Option<String>,
        #[serde(default)]
        properties: Properties,
        arcs: Vec<Vec<i64>>,
    },
    MultiPolygon {
        id: Option<String>,
        #[serde(default)]
        properties: Properties,
        arcs: Vec<Vec<Vec<i64>>>,
    },
    #[serde(other)]
    Other,
}

/// A closed ring of (longitude, latitude) points.
pub type Ring = Vec<(f64, f64)>;

/// A decoded feature: its id, name and polygons (each an outer ring and its holes).
#[derive(Debug, Clone)]
pub struct Feature {
    pub id: Option<String>,
    pub name: Option<String>,
    pub polygons: Vec<Vec<Ring>>,
}

impl Topology {
    /// Parses TopoJSON text.
    pub fn parse(json: &str) -> Result<Topology, String> {
        serde_json::from_str(json).map_err(|e| format!("TopoJSON: {e}"))
    }

    /// Every arc in absolute (longitude, latitude).
    pub fn decoded_arcs(&self) -> Vec<Vec<(f64, f64)>> {
        self.arcs
            .iter()
            .map(|arc| match self.transform {
                Some(t) => {
                    let (mut x, mut y) = (0.0, 0.0);
                    arc.iter()
                        .map(|p| {
                            x += p[0];
                            y += p[1];
                            (x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1])
                        })
                        .collect()
                }
                None => arc.iter().map(|p| (p[0], p[1])).collect(),
            })
            .collect()
    }

    /// The features of the named object, in order; an unknown name gives an error.
    pub fn features(&self, object: &str) -> Result<Vec<Feature>, String> {
        let arcs = self.decoded_arcs();
        let root = self.objects.get(object).ok_or_else(|| format!("no object {object:?}"))?;
        let mut out = Vec::new();
        collect(root, &arcs, &mut out)?;
        Ok(out)
    }
}

fn collect(g: &Geometry, arcs: &[Vec<(f64, f64)>], out: &mut Vec<Feature>) -> Result<(), String> {
    match g {
        Geometry::GeometryCollection { geometries } => {
            for g in geometries {
                collect(g, arcs, out)?;
            }
        }
        Geometry::Polygon { id, properties, arcs: rings } => {
            out.push(Feature { id: id.clone(), name: properties.name.clone(), polygons: vec![polygon(rings, arcs)?] })
        }
        Geometry::MultiPolygon { id, properties, arcs: polys } => out.push(Feature {
            id: id.clone(),
            name: properties.name.clone(),
            polygons: polys.iter().map(|p| polygon(p, arcs)).collect::<Result<_, _>>()?,
        }),
        Geometry::Other => {}
    }
    Ok(())
}

fn polygon(rings: &[Vec<i64>], arcs: &[Vec<(f64, f64)>]) -> Result<Vec<Ring>, String> {
    rings.iter().map(|r| ring(r, arcs)).collect()
}

/// Stitches arcs into one ring (see `arcs::stitch`).
pub fn ring(indexes: &[i64], arcs: &[Vec<(f64, f64)>]) -> Result<Ring, String> {
    super::arcs::stitch(indexes.iter().copied(), arcs).ok_or_else(|| format!("an arc of {indexes:?} is out of range"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example topology from the TopoJSON specification (quantized, two arcs).
    const SPEC_EXAMPLE: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [0.5, 0.25], "translate": [100, 0]},
        "objects": {"shapes": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "a", "properties": {"name": "A"}, "arcs": [[0, 1]]},
            {"type": "MultiPolygon", "id": "b", "arcs": [[[~1, ~0]]]},
            {"type": "Point", "coordinates": [1, 2]}
        ]}},
        "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, 0], [0, -4]]]
    }"#;

    fn topology() -> Topology {
        // `~n` is not JSON; the spec writes it for "ones' complement": -1 is ~0, -2 is ~1.
        Topology::parse(&SPEC_EXAMPLE.replace("~1", "-2").replace("~0", "-1")).unwrap()
    }

    #[test]
    fn delta_decodes_and_dequantizes_arcs() {
        let arcs = topology().decoded_arcs();
        assert_eq!(arcs[0], vec![(100.0, 0.0), (101.0, 0.0), (101.0, 1.0)]);
        assert_eq!(arcs[1], vec![(101.0, 1.0), (100.0, 1.0), (100.0, 0.0)]);
    }

    #[test]
    fn stitches_rings_forward_and_reversed() {
        let features = topology().features("shapes").unwrap();
        assert_eq!(features.len(), 2, "points are skipped");
        let a = &features[0];
        assert_eq!(a.id.as_deref(), Some("a"));
        assert_eq!(a.name.as_deref(), Some("A"));
        assert_eq!(a.polygons[0][0], vec![(100.0, 0.0), (101.0, 0.0), (101.0, 1.0), (100.0, 1.0), (100.0, 0.0)]);
        let b = &features[1];
        assert_eq!(b.polygons[0][0], vec![(100.0, 0.0), (100.0, 1.0), (101.0, 1.0), (101.0, 0.0), (100.0, 0.0)]);
        assert_eq!(b.polygons[0][0].first(), b.polygons[0][0].last(), "ring closes");
    }

    #[test]
    fn reports_bad_references() {
        assert!(ring(&[5], &[]).is_err());
        assert!(topology().features("nope").is_err());
    }
}
