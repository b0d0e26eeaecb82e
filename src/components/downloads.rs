//! Downloads: cities and events as CSV (everything, written at build time, or what is
//! shown: the same file less the rows the filters hide) and all data as JSON, the map as
//! SVG and the chart as PNG (made here: twice the chart's CSS size, with its title, the
//! filters, the legend, the source and the atlas's address). File names carry the
//! language and the date.

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
        let l = lang.get_untracked();
        let url = crate::share::view_url(&web::page_address(), &state.url_state());
        let filters = export::map_filters_line(l, &state.filters().get_untracked());
        let svg = export::map_svg(atlas, l, &visible, state.dark.get_untracked(), &filters, &export::source_line(l, &url));
        web::download_text(&name("map", "svg"), "image/svg+xml", &svg);
    };
    let png = move |_| {
        let chart = web::document()
            .query_selector("canvas.chart-canvas")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let l = lang.get_untracked();
        let filters = state.filters().get_untracked();
        let url = crate::share::view_url(&web::page_address(), &state.url_state());
        let caption = [Msg::ChartHeading.get(l).to_string(), export::filters_line(atlas, l, &filters), export::source_line(l, &url)];
        let legend: Vec<(&str, String)> =
            filters.kinds.iter().map(|k| (crate::i18n::kind_msg(*k).get(l), format!("--kind-{}", k.slug()))).collect();
        if let Some((w, h, data)) = chart.and_then(|c| chart_picture(&c, &caption, &legend)) {
            if let Some(el) = web::document().query_selector(".downloads").ok().flatten() {
                let _ = el.set_attribute("data-png-size", &format!("{{\"width\":{w},\"height\":{h}}}"));
            }
            let keys = [("Title", caption[0].as_str()), ("Description", caption[1].as_str()), ("Source", caption[2].as_str())];
            web::download_bytes(&name("chart", "png"), "image/png", &export::png_with_text(&web::data_url_bytes(&data), &keys));
        }
    };
    // What is shown: the build's file less the rows the filters hide.
    let data_root = web::page_root();
    let shown = move |what: &'static str| {
        let root = data_root.clone();
        move |_| {
            let url = format!("{root}public/data/{what}-{}.csv", lang.get_untracked().code());
            let ids: Vec<String> = if what == "cities" {
                (0..atlas.twin.cities.len()).filter(|&i| state.city_visible(i)).map(|i| atlas.twin.cities[i].id.clone()).collect()
            } else {
                (0..atlas.summits.events.len())
                    .filter(|&i| state.event_shown(i) && state.event_in_years(i))
                    .map(|i| atlas.summits.events[i].id.clone())
                    .collect()
            };
            let filename = name(&format!("{what}-shown"), "csv");
            web::fetch_text(&url, move |text| {
                if let Ok(csv) = text {
                    web::download_text(&filename, "text/csv;charset=utf-8", &export::keep_rows(&csv, &|id| ids.iter().any(|i| i == id)));
                }
            });
        }
    };
    view! {
        <section class="panel downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{tr(Msg::Downloads)}</h2>
            <div class="button-row">
                <a class="button" href=file("cities", "csv", true) download=move || name("cities", "csv")>{tr(Msg::DownloadCitiesCsv)}</a>
                <a class="button" href=file("events", "csv", true) download=move || name("events", "csv")>{tr(Msg::DownloadEventsCsv)}</a>
                <button type="button" class="button" on:click=shown("cities")>{tr(Msg::DownloadShownCities)}</button>
                <button type="button" class="button" on:click=shown("events")>{tr(Msg::DownloadShownEvents)}</button>
                <a class="button" href=file("data", "json", false) download=move || name("data", "json")>{tr(Msg::DownloadJson)}</a>
                <button type="button" class="button" on:click=svg>{tr(Msg::DownloadMapSvg)}</button>
                <button type="button" class="button" on:click=png>{tr(Msg::DownloadChartPng)}</button>
            </div>
        </section>
    }
}

/// The chart as a picture to publish, at twice its CSS size: the title and the filters
/// above, the legend and the source line below (`caption`: title, filters, source).
/// Returns the CSS size and the PNG data URL.
fn chart_picture(chart: &web_sys::HtmlCanvasElement, caption: &[String; 3], legend: &[(&str, String)]) -> Option<(u32, u32, String)> {
    const HEAD: f64 = 58.0;
    const FOOT: f64 = 62.0;
    let rect = chart.get_bounding_client_rect();
    let (w, hc) = (rect.width().round(), rect.height().round());
    let h = (HEAD + hc + FOOT).round();
    let out: web_sys::HtmlCanvasElement = web::document().create_element("canvas").ok()?.dyn_into().ok()?;
    out.set_width(2 * w as u32);
    out.set_height(2 * h as u32);
    let ctx: web_sys::CanvasRenderingContext2d = out.get_context("2d").ok()??.dyn_into().ok()?;
    let _ = ctx.scale(2.0, 2.0);
    let (bg, text, muted) = (web::css_var("--panel"), web::css_var("--text"), web::css_var("--muted"));
    ctx.set_fill_style_str(&bg);
    ctx.fill_rect(0.0, 0.0, w, h);
    let line = |font: &str, colour: &str, s: &str, x: f64, y: f64| {
        ctx.set_font(font);
        ctx.set_fill_style_str(colour);
        let _ = ctx.fill_text(s, x, y);
    };
    line("bold 19px system-ui, sans-serif", &text, &caption[0], 12.0, 26.0);
    line("14px system-ui, sans-serif", &muted, &caption[1], 12.0, 47.0);
    let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(chart, 0.0, HEAD, w, hc);
    let mut x = 12.0;
    let y = HEAD + hc + 22.0;
    for (label, var) in legend {
        ctx.set_fill_style_str(&web::css_var(var));
        ctx.fill_rect(x, y - 10.0, 11.0, 11.0);
        line("13px system-ui, sans-serif", &text, label, x + 16.0, y);
        x += 28.0 + ctx.measure_text(label).map_or(60.0, |m| m.width());
    }
    line("12px system-ui, sans-serif", &muted, &caption[2], 12.0, y + 26.0);
    Some((w as u32, h as u32, out.to_data_url_with_type("image/png").ok()?))
}
