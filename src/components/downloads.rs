//! Downloads: cities and events as CSV, all data as JSON, the map as SVG, the chart as PNG.
//! File names carry the language and the date.

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
    let cities_csv = move |_| {
        web::download_text(
            &name("cities", "csv"),
            "text/csv;charset=utf-8",
            &format!("\u{feff}{}", export::cities_csv(atlas, lang.get_untracked())),
        );
    };
    let events_csv = move |_| {
        web::download_text(
            &name("events", "csv"),
            "text/csv;charset=utf-8",
            &format!("\u{feff}{}", export::events_csv(atlas, lang.get_untracked())),
        );
    };
    let json = move |_| web::download_text(&name("data", "json"), "application/json", &export::data_json(atlas));
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
                <button type="button" class="button" on:click=cities_csv>{tr(Msg::DownloadCitiesCsv)}</button>
                <button type="button" class="button" on:click=events_csv>{tr(Msg::DownloadEventsCsv)}</button>
                <button type="button" class="button" on:click=json>{tr(Msg::DownloadJson)}</button>
                <button type="button" class="button" on:click=svg>{tr(Msg::DownloadMapSvg)}</button>
                <button type="button" class="button" on:click=png>{tr(Msg::DownloadChartPng)}</button>
            </div>
        </section>
    }
}
