//! Astana Atlas: a map of Astana's twin cities and a chart of the summits it hosted.
//!
//! The pure modules (`data`, `geo`, `chart`, `i18n`, `format`, `url_state`, `export`,
//! `prerender`, `tables`, `fragments`, `html`) hold all the logic and are tested natively;
//! `components` wires them to the DOM with Leptos and only builds for `wasm32`.

/// The summits chart: layout, scales, hit-testing, keyboard order, and plotters drawing.
pub mod chart;
/// Citations of cities and events and the About's "embed, cite, reuse" (build time).
#[cfg(not(target_arch = "wasm32"))]
pub mod cite;
/// Alphabetical order per language (the browser's `Intl.Collator`, or a native one).
pub mod collate;
/// Serde types for the embedded JSON, parsed once, and the validator that guards it.
pub mod data;
/// CSV, JSON and standalone SVG downloads.
pub mod export;
/// What the map and the chart show: years, regions, kinds, organizations.
pub mod filters;
/// Dates, numbers and distances written out for each language.
pub mod format;
/// Card bodies, source lists and the About panel as HTML (written at build time).
#[cfg(not(target_arch = "wasm32"))]
pub mod fragments;
/// Projection, great circles, TopoJSON decoding, map viewport and marker declutter.
pub mod geo;
/// HTML as a type: text is escaped on the way in, markup comes only from literals.
pub mod html;
/// Every word of the interface in Kazakh, Russian and English.
pub mod i18n;
/// The interface language and text folding (no dependency on `data` or `i18n`).
pub mod lang;
/// Sorting indexes with one comparator type (one sort routine in the wasm).
pub mod order;
/// The cards' HTML of who took part, written at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod participant_html;
/// Who took part, as the map, the cards and the country list show it.
pub mod participant_view;
/// The static HTML shown before (or without) WebAssembly.
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
/// The Share dialog's link and embed code.
pub mod share;
/// The Share dialog's body as HTML (build time).
#[cfg(not(target_arch = "wasm32"))]
pub mod share_html;
/// The map as static HTML and SVG for the pages written at build time.
pub mod static_map;
/// The city and event tables as HTML: sort orders, headers and rows.
pub mod tables;
/// The query string: parse and print the shareable view state.
pub mod url_state;

#[cfg(target_arch = "wasm32")]
/// The cards' texts, fetched per language when first wanted.
pub mod card_texts;
#[cfg(target_arch = "wasm32")]
/// Leptos components, one per file.
pub mod components;
#[cfg(target_arch = "wasm32")]
/// The interface texts: the page's table, another language's fetched when switched to.
pub mod ui_texts;
#[cfg(target_arch = "wasm32")]
/// Thin helpers around `web_sys` used by several components.
pub mod web;

#[cfg(target_arch = "wasm32")]
pub use components::app::App;
