//! The summits chart on a canvas, drawn with plotters: crisp at any pixel ratio, redrawn on
//! resize, with hit-testing through the model for hover, tap, click and keyboard stepping.
//!
//! The chart is laid out at the reference width for its container (`model::logical_width`)
//! and shown scaled to the container's width, exactly as the static page's SVG of that
//! width: the canvas replaces the SVG (removed after the first draw) without a jump.

use super::chart_country::{country_marks, paint_highlights, ChartCountryNote};
use super::chart_filters::ChartFilters;
use super::chart_notes::ChartNotes;
use super::event_card::EventCard;
use super::state::{tr, use_app};
use crate::chart::annotations::{self, NotesLayout};
use crate::chart::draw::{draw, parse_hex, ChartColors, DrawState, Highlights};
use crate::chart::model::{logical_width, ChartLayout, StepKey};
use crate::filters::full_years;
use crate::format::{self, fixed};
use crate::i18n::{self, Msg};
use crate::web;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

/// Hit radius beyond a mark's edge, CSS px: a mouse is precise, a finger is not.
const MOUSE_REACH: f64 = 6.0;
const TOUCH_REACH: f64 = 18.0;

/// The static page's chart (SVGs drawn at build time): the app moves it over its canvas
/// and removes it once the canvas is first drawn.
const STATIC_CHART: &str = ".chart-static";
/// Main-thread time per task for placing the notes, ms.
const PLACING_SLICE_MS: f64 = 8.0;

/// Notes placed for a layout in a language.
struct PlacedNotes {
    /// The layout's version (`layout_version` in the component).
    version: u32,
    lang: crate::lang::Lang,
    notes: NotesLayout,
}

impl PlacedNotes {
    fn is_for(&self, version: u32, lang: crate::lang::Lang) -> bool {
        self.lang == lang && self.version == version
    }
}

/// Reads the chart palette from the page's CSS custom properties.
fn colors_from_css() -> ChartColors {
    let mut c = ChartColors::light();
    for (slot, name) in c.slots_mut().into_iter().zip(ChartColors::CSS_VARS) {
        if let Some(v) = parse_hex(&web::css_var(name)) {
            *slot = v;
        }
    }
    c
}

/// Sizes a canvas for a layout shown `css_w` CSS px wide: its CSS box by the layout's
/// aspect ratio (the width is the frame's, from CSS), its backing store to that box times
/// the pixel ratio.
fn size_canvas(el: &web_sys::HtmlCanvasElement, layout: &ChartLayout, css_w: f64, dpr: f64) {
    let css_h = css_w * layout.height / layout.width;
    let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
    if el.width() != w || el.height() != h {
        el.set_width(w);
        el.set_height(h);
    }
    let aspect = format!("{} / {}", fixed(layout.width, 0), fixed(layout.height, 0));
    let _ = web_sys::HtmlElement::style(el).set_property("aspect-ratio", &aspect);
}

#[component]
pub fn SummitChart() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let events = &atlas.summits.events;
    let lang = state.lang();
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let overlay = NodeRef::<Canvas>::new();
    let width = RwSignal::new(0.0f64);
    let dpr = RwSignal::new(web::device_pixel_ratio());
    web::watch_pixel_ratio(move |ratio| dpr.set(ratio)).until_cleanup();
    Effect::new(move |_| {
        let Some(el) = container.get() else { return };
        let sub = web::observe_size(&el, move |w, _| {
            if (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w);
            }
            let now = web::device_pixel_ratio();
            if now != dpr.get_untracked() {
                dpr.set(now);
            }
        });
        if let Some(sub) = sub {
            sub.until_cleanup();
        }
    });

    // Laid out at the reference width for the container: a resize within its range gives an
    // equal layout, which the memo does not pass on.
    // The axis follows a narrowed year range (the static page draws all years).
    let all_years = full_years(atlas);
    let span = Memo::new(move |_| state.filters().with(|f| f.years_narrowed(atlas).then_some((f.years.from, f.years.to))));
    let layout = Memo::new(move |_| ChartLayout::of_events_in(events, |i| state.event_shown(i), logical_width(width.get()), span.get()));
    // The notes on key moments, placed for the layout in the language (none while hidden),
    // a few milliseconds at a time (`annotations::Placer`) so that no long task blocks input;
    // until they are placed, the chart keeps showing what it showed (at first the static
    // page's SVG, drawn with the same notes at build time).
    let notes_shown = RwSignal::new(true);
    // The last notes placed (a stored value, and a counter that says when it changes).
    let placed = StoredValue::new(None::<PlacedNotes>);
    // Counts the layout's changes (the memo passes on only real ones).
    let layout_version = Memo::new(move |prev: Option<&u32>| {
        layout.track();
        prev.map_or(0, |v| v.wrapping_add(1))
    });
    let placed_count = RwSignal::new(0u32);
    let placing = StoredValue::new(0u32);
    Effect::new(move |_| {
        let ticket = placing.get_value().wrapping_add(1);
        placing.set_value(ticket);
        let (shown, l, version) = (notes_shown.get(), lang.get(), layout_version.get());
        if !shown || placed.with_value(|p| p.as_ref().is_some_and(|p| p.is_for(version, l))) {
            return;
        }
        let mut placer = layout.with_untracked(|lay| annotations::Placer::new(lay, annotations::inputs(atlas, l)));
        web::in_slices(PLACING_SLICE_MS, move || {
            if placing.try_get_value() != Some(ticket) {
                return true;
            }
            // (A new layout makes a new ticket: this one is the placer's.)
            let done = layout.with_untracked(|lay| placer.step(lay));
            if done {
                placed.set_value(Some(PlacedNotes { version, lang: l, notes: placer.result() }));
                placed_count.update(|n| *n = n.wrapping_add(1));
            }
            done
        });
    });
    let notes = Memo::new(move |_| {
        let l = lang.get();
        placed_count.track();
        notes_shown
            .get()
            .then(|| placed.with_value(|p| p.as_ref().filter(|p| p.is_for(layout_version.get(), l)).map(|p| p.notes.clone())))
            .flatten()
    });
    let notes_pending = Memo::new(move |_| notes_shown.get() && notes.with(Option::is_none));
    let drawn = StoredValue::new(false);
    // The static page's chart stays over the canvas until the canvas is first drawn.
    let static_chart = send_wrapper::SendWrapper::new(web::find(STATIC_CHART));
    Effect::new(move |_| {
        if let (Some(frame), Some(svg)) = (container.get(), static_chart.as_ref()) {
            let _ = frame.prepend_with_node_1(svg);
        }
    });
    let hovered = RwSignal::new(None::<usize>);
    let hovered_year = RwSignal::new(None::<u16>);
    let selected = Memo::new(move |_| state.event().get().and_then(|e| layout.with(|l| l.mark_of_event(e))));
    let marked = country_marks(state, layout);
    // The keyboard's point: the mark last stepped to or clicked, with the selection at that
    // moment; a selection made since (the table, a link) moves the point to it.
    let stepped = RwSignal::new(None::<(usize, Option<usize>)>);
    let focused = Memo::new(move |_| {
        let sel = selected.get();
        match stepped.get() {
            Some((m, at)) if at == sel => Some(m),
            last => sel.or(last.map(|(m, _)| m)),
        }
    });
    let step_to = move |m: usize| stepped.set(Some((m, selected.get_untracked())));
    let last_pointer_touch = StoredValue::new(false);
    let has_focus = RwSignal::new(false);

    // The colours, re-read from CSS whenever the theme changes.
    let colors = Memo::new(move |_| {
        state.dark.track();
        colors_from_css()
    });

    // The base chart: redrawn when the layout, the width, the language, the year range, the
    // theme or the pixel ratio change (not on pointer moves).
    Effect::new(move |_| {
        let years = state.filters().with(|f| f.years_narrowed(atlas).then_some(f.years));
        let (Some(base), Some(top)) = (canvas.get(), overlay.get()) else { return };
        let (css_w, dpr) = (width.get(), dpr.get());
        if css_w < 1.0 {
            return;
        }
        if notes_pending.get() {
            // Before the first drawing the canvas takes its box (under the static chart, if
            // any); a drawing stays until it can be redrawn with its notes.
            if !drawn.get_value() {
                layout.with(|l| [&base, &top].into_iter().for_each(|el| size_canvas(el, l, css_w, dpr)));
            }
            return;
        }
        let first_drawing = !drawn.get_value();
        drawn.set_value(true);
        let draw_state = DrawState { lang: lang.get(), years, notes: notes.get() };
        layout.with(|l| {
            // Device pixels per layout pixel: what the drawing multiplies every length by.
            let ratio = dpr * css_w / l.width;
            for el in [&base, &top] {
                size_canvas(el, l, css_w, dpr);
            }
            let palette = colors.get();
            if let Some(backend) = CanvasBackend::with_canvas_object(base.clone()) {
                if draw(&backend.into_drawing_area(), l, &draw_state, &palette, ratio).is_err() {
                    leptos::logging::warn!("the chart could not be drawn");
                }
            }
            // Resizing cleared the overlay too.
            let h = Highlights { selected: selected.get_untracked(), focused: focused.get_untracked(), hovered: hovered.get_untracked() };
            marked.with_untracked(|m| paint_highlights(&top, l, &h, m, &palette, ratio));
        });
        // The canvas now shows what the static SVG showed, at the same size: it can go.
        if first_drawing {
            web::remove_all(STATIC_CHART);
        }
    });

    // The overlay: the hovered, focused and selected marks, cheap to redraw on every move
    // (the base effect sizes it and repaints it after a resize).
    Effect::new(move |_| {
        let h = Highlights { selected: selected.get(), focused: focused.get(), hovered: hovered.get() };
        let m = marked.get();
        let Some(top) = overlay.get_untracked() else { return };
        if width.get_untracked() < 1.0 {
            return;
        }
        let ratio = dpr.get_untracked() * width.get_untracked();
        layout.with_untracked(|l| paint_highlights(&top, l, &h, &m, &colors.get_untracked(), ratio / l.width));
    });

    // The pointer in layout pixels (client coordinates less the canvas's box, over the
    // display scale), and layout pixels per CSS pixel (to scale the hit radius).
    let point_in = move |ev: &web_sys::MouseEvent| {
        let r = canvas.get_untracked().map(|c| c.get_bounding_client_rect());
        let (left, top, css_w) = r.map_or((0.0, 0.0, 0.0), |r| (r.left(), r.top(), r.width()));
        let per_css = layout.with_untracked(|l| if css_w > 0.0 { l.width / css_w } else { 1.0 });
        ((f64::from(ev.client_x()) - left) * per_css, (f64::from(ev.client_y()) - top) * per_css, per_css)
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        last_pointer_touch.set_value(ev.pointer_type() == "touch");
        let (x, y, per_css) = point_in(&ev);
        let reach = if ev.pointer_type() == "touch" { TOUCH_REACH } else { MOUSE_REACH } * per_css;
        let (hit, year) = layout.with_untracked(|l| (l.hit(x, y, reach), l.hit_year(x, y)));
        if hovered.get_untracked() != hit {
            hovered.set(hit);
        }
        if hovered_year.get_untracked() != year {
            hovered_year.set(year);
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let (x, y, per_css) = point_in(&ev);
        let reach = if last_pointer_touch.get_value() { TOUCH_REACH } else { MOUSE_REACH } * per_css;
        if let Some(m) = layout.with_untracked(|l| l.hit(x, y, reach)) {
            step_to(m);
            let event = layout.with_untracked(|l| l.items[l.marks[m].item].event);
            state.select_event(event);
        } else if let Some(year) = layout.with_untracked(|l| l.hit_year(x, y)) {
            state.update_filters(|f| f.years = crate::url_state::YearRange { from: year, to: year });
        }
    };
    let announce_mark = move |m: usize| {
        let l = lang.get_untracked();
        let e = &events[layout.with_untracked(|lay| lay.items[lay.marks[m].item].event)];
        state.announce(format!("{}, {}", e.name.or_en(l), format::date_range(l, e.start, e.end)));
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        if let Some(step) = StepKey::from_key(&key) {
            ev.prevent_default();
            let start = focused.get_untracked().or(selected.get_untracked());
            if let Some(next) = layout.with_untracked(|l| l.step(start, step)) {
                step_to(next);
                announce_mark(next);
            }
            return;
        }
        match key.as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                if let Some(m) = focused.get_untracked() {
                    let event = layout.with_untracked(|l| l.items[l.marks[m].item].event);
                    state.select_event(event);
                }
            }
            "Escape" => state.close_event(),
            _ => {}
        }
    };

    // Tooltips sit at a mark's place in CSS pixels.
    let tooltip = move || {
        let l = lang.get();
        let k = layout.with(|lay| width.get() / lay.width);
        if let Some(m) = hovered.get().or_else(|| focused.get().filter(|_| has_focus.get())) {
            return layout.with(|lay| {
                let mark = lay.marks.get(m)?;
                let e = &events[lay.items[mark.item].event];
                let flip = mark.x > lay.width * 0.62;
                Some(
                    view! {
                        <div class="chart-tooltip" class:flip=flip aria-hidden="true" style=format!("left:{}px;top:{}px", fixed(mark.x * k, 0), fixed(mark.y * k, 0))>
                            <strong>{e.name.or_en(l).to_string()}</strong>
                            <span>{format::date_range(l, e.start, e.end)}</span>
                        </div>
                    }
                    .into_any(),
                )
            });
        }
        let year = hovered_year.get()?;
        layout.with(|lay| {
            let n = lay.totals.iter().find(|(y, _)| *y == year)?.1;
            let x = lay.x_of(f64::from(year) + 0.5);
            Some(
                view! {
                    <div class="chart-tooltip" aria-hidden="true" style=format!("left:{}px;top:{}px", fixed(x * k, 0), fixed(lay.totals_bottom * k, 0))>
                        <strong>{i18n::events_in_year(l, n, year)}</strong>
                    </div>
                }
                .into_any(),
            )
        })
    };
    let summary = move || {
        let l = lang.get();
        layout.with(|lay| lay.summary(l))
    };

    view! {
        <section class="panel chart-panel" id="chart" aria-labelledby="chart-heading">
            <div class="panel-head">
                <h2 id="chart-heading">{tr(Msg::ChartHeading)}</h2>
                <p class="panel-sub" id="chart-summary">{summary}</p>
            </div>
            <ChartFilters notes_shown/>
            // A narrowed year range says so, with the way back to every year.
            <p class="chart-span" hidden=move || span.get().is_none()>
                {move || span.get().map(|(a, b)| if a == b { a.to_string() } else { format!("{a}–{b}") })}
                " · "
                <button type="button" class="link-button" on:click=move |_| state.update_filters(|f| f.years = all_years)>
                    {move || format!("{} {}–{}", Msg::AllYears.get(lang.get()), all_years.from, all_years.to)}
                </button>
            </p>
            <div class="chart-frame" node_ref=container>
                <canvas
                    class="chart-canvas"
                    node_ref=canvas
                    tabindex="0"
                    role="img"
                    aria-label=tr(Msg::ChartLabel)
                    data-axis=move || layout.with(|l| format!("{}-{}", l.domain.0 as u16, l.domain.1 as u16 - 1))
                    aria-describedby="chart-summary chart-help"
                    on:pointermove=on_pointermove
                    on:pointerleave=move |_| {
                        hovered.set(None);
                        hovered_year.set(None);
                    }
                    on:click=on_click
                    on:keydown=on_keydown
                    on:focus=move |_| has_focus.set(true)
                    on:blur=move |_| {
                        has_focus.set(false);
                        hovered.set(None);
                    }
                ></canvas>
                <canvas class="chart-overlay" node_ref=overlay aria-hidden="true"></canvas>
                {tooltip}
                <EventCard/>
            </div>
            <ChartNotes placed=notes shown=notes_shown layout/>
            <ChartCountryNote marks=marked/>
            <p id="chart-help" class="map-help">{tr(Msg::ChartKeys)}</p>
        </section>
    }
}
