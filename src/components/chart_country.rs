//! The chart's side of a selected country: which marks it frames (the events the country
//! took part in, from `ChartLayout::marks_of_events`), the overlay painting, and the line
//! under the chart that says what the frames mean.

use super::state::{use_app, AppState};
use crate::chart::draw::{draw_highlights, draw_marked, ChartColors, Highlights};
use crate::chart::model::ChartLayout;
use crate::i18n;
use crate::participant_view::country_name;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

/// The marks of the selected country's events on this layout (none without a country or
/// before the participation data has come).
pub fn country_marks(state: AppState, layout: Memo<ChartLayout>) -> Memo<Vec<usize>> {
    Memo::new(move |_| {
        let (Some(p), Some(c)) = (state.participation().get(), state.country().get()) else { return Vec::new() };
        let events = p.events_of_country(&state.atlas.codes[c].code);
        layout.with(|l| l.marks_of_events(&events))
    })
}

/// Clears the overlay canvas and draws on it the framed marks, then the highlighted ones.
pub fn paint_highlights(
    top: &web_sys::HtmlCanvasElement,
    layout: &ChartLayout,
    h: &Highlights,
    marked: &[usize],
    colors: &ChartColors,
    ratio: f64,
) {
    // Setting the width clears the canvas.
    top.set_width(top.width());
    if let Some(backend) = CanvasBackend::with_canvas_object(top.clone()) {
        let area = backend.into_drawing_area();
        let _ = draw_marked(&area, layout, marked, colors, ratio);
        let _ = draw_highlights(&area, layout, h, colors, ratio);
    }
}

/// "Framed: the 12 events Turkey took part in", while a country is selected.
#[component]
pub fn ChartCountryNote(marks: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_app();
    move || {
        let (p, c) = (state.participation().get()?, state.country().get()?);
        let lang = state.lang().get();
        Some(view! { <p class="chart-country-note">{i18n::events_of_country(lang, marks.with(Vec::len), country_name(&p, c, lang))}</p> })
    }
}
