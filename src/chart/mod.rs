//! The summits chart: a pure layout model (lanes, scales, hit-testing, keyboard order) and
//! its plotters drawing, generic over the backend so it is tested natively; natively, also
//! that drawing as the static page's SVG.

pub mod draw;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_svg;

#[cfg(test)]
pub(crate) mod tests;
