//! Downloads: cities and events as CSV and all data as JSON (files written at build time),
//! the map as SVG and the chart as PNG (made here). File names carry the language and the date.

use super::state::{tr, use_app};
use crate::export;
use crate::i18n::{download_name, Msg};
use crate::web;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Downloads() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let name = move |what: &str, ext: &str| download_name(what, lang.get_untracked(), &web::today_iso(), ext);
    // The CSV and JSON files are written at build time (`public/data/`, kept current by
    // the static pages' test): links, so they need no code here and work without it.
    let root = web::page_root();
    let file = move |what: &'static str, ext: &'static str, per_lang: bool| {
        let root = root.clone();
        move || {
            let l = lang.get();
            let stem = if per_lang { format!("{what}-{}", l.code()) } else { what.to_string() };
            format!("{root}public/data/{stem}.{ext}")
        }
    };
    let svg = move |_| {
        let visible: Vec<usize> = (0..atlas.twin.cities.len()).filter(|&i| state.city_visible(i)).collect();
        let svg = export::map_svg(atlas, lang.get_untracked(), &visible, state.dark.get_untracked());
        web::download_text(&name("map", "svg"), "image/svg+xml", &svg);
    };
    let png = move |_| {
        let canvas = web::document()
            .query_selector("canvas.chart-canvas")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        if let Some(url) = canvas.and_then(|c| c.to_data_url_with_type("image/png").ok()) {
            web::download_url(&name("chart", "png"), &url);
        }
    };
    view! {
        <section class="panel downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{tr(Msg::Downloads)}</h2>
            <div class="button-row">
                <a class="button" href=file("cities", "csv", true) download=move || name("cities", "csv")>{tr(Msg::DownloadCitiesCsv)}</a>
                <a class="button" href=file("events", "csv", true) download=move || name("events", "csv")>{tr(Msg::DownloadEventsCsv)}</a>
                <a class="button" href=file("data", "json", false) download=move || name("data", "json")>{tr(Msg::DownloadJson)}</a>
                <button type="button" class="button" on:click=svg>{tr(Msg::DownloadMapSvg)}</button>
                <button type="button" class="button" on:click=png>{tr(Msg::DownloadChartPng)}</button>
            </div>
        </section>
    }
}
