//! The summits chart: a pure layout model (lanes, scales, hit-testing, keyboard order), the
//! placement of its notes on key moments, and
//! its plotters drawing, generic over the backend so it is tested natively; natively, also
//! that drawing as the static page's SVG.

pub mod annotations;
pub mod draw;
pub mod model;
/// The notes as HTML (the list under the chart).
pub mod notes_html;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_svg;

#[cfg(test)]
pub(crate) mod tests;
