//! The summits chart: a pure layout model (lanes, scales, hit-testing, keyboard order) and
//! its plotters drawing, generic over the backend so it is tested natively.

pub mod draw;
pub mod model;

#[cfg(test)]
mod tests;
