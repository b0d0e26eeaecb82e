//! Geography in pure Rust: projection, great circles, TopoJSON, the map view, decluttering,
//! and each country's point for arcs.

pub mod arcs;
pub mod clip;
pub mod declutter;
pub mod gestures;
pub mod great_circle;
pub mod home;
pub mod label;
pub mod map_model;
pub mod path;
#[cfg(not(target_arch = "wasm32"))]
pub mod points;
pub mod projection;
#[cfg(not(target_arch = "wasm32"))]
pub mod topojson;
pub mod varint;
pub mod viewport;
pub mod world;

#[cfg(test)]
mod projection_tests;
