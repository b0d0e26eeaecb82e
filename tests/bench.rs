//! Browser benchmarks with synthetic 10,000-city and 10,000-event fixtures (test fixtures,
//! never shipped), run by `make bench` in release mode:
//! `cargo test --release --target wasm32-unknown-unknown --test bench -- --nocapture`.
//! Each measurement prints one `BENCH {json}` line for `scripts/bench.mjs` to collect.
#![cfg(target_arch = "wasm32")]

use astana_atlas::chart::annotations;
use astana_atlas::chart::draw::{draw, draw_highlights, ChartColors, DrawState, Highlights};
use astana_atlas::chart::model::{ChartItem, ChartLayout, Lane, Metrics};
use astana_atlas::components::state::AppState;
use astana_atlas::components::summit_chart::SummitChart;
use astana_atlas::components::world_map::WorldMap;
use astana_atlas::data::{self, Atlas, City, Confidence, Event, Kind, Names, PartialDate, Relation, Source};
use astana_atlas::lang::Lang;
use astana_atlas::url_state::UrlState;
use leptos::prelude::*;
use leptos::task::tick;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A deterministic pseudo-random sequence in 0..1.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as f64 / f64::from(1u32 << 31)
    }
}

/// The real data with `cities` synthetic cities and `events` synthetic events.
fn fixture(cities: usize, events: usize) -> &'static Atlas {
    let real = data::load().unwrap();
    let mut rng = Lcg(7);
    let mut atlas = real.clone();
    let names = |s: String| Names { en: s.clone(), ru: Some(s.clone()), kk: Some(s) };
    let source = vec![Source { title: "synthetic fixture".into(), url: None }];
    atlas.twin.cities = (0..cities)
        .map(|i| City {
            id: format!("city-{i}"),
            name: names(format!("City {i}")),
            country: real.twin.countries[i % real.twin.countries.len()].code.clone(),
            lat: -50.0 + rng.next() * 120.0,
            lon: -170.0 + rng.next() * 340.0,
            year: (rng.next() < 0.6).then(|| 1996 + (rng.next() * 30.0) as u16),
            relation: Relation::Twin,
            confidence: if rng.next() < 0.1 { Confidence::Low } else { Confidence::High },
            in_article: false,
            note: None,
            sources: source.clone(),
        })
        .collect();
    let orgs: Vec<String> = real.summits.organizations.iter().map(|o| o.id.clone()).collect();
    atlas.summits.events = (0..events)
        .map(|i| {
            let year = 1998 + (rng.next() * 29.0) as u16;
            let month = 1 + (rng.next() * 12.0) as u8 % 12;
            let day = 1 + (rng.next() * 28.0) as u8 % 28;
            let start = PartialDate::ymd(year.min(2026), month, day);
            Event {
                id: format!("event-{i}"),
                name: names(format!("Event {i}")),
                organization: orgs[i % orgs.len()].clone(),
                kind: Kind::ALL[i % Kind::ALL.len()],
                start,
                end: None,
                city_name: data::CityName::on(start),
                name_untranslated: None,
                fact: names("synthetic".into()),
                participants: None,
                in_article: i % 7 == 0,
                confidence: Confidence::High,
                sources: source.clone(),
            }
        })
        .collect();
    Box::leak(Box::new(atlas))
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

async fn next_frame() -> f64 {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap().as_f64().unwrap_or(0.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn report(name: &str, fields: &[(&str, f64)]) {
    let body = fields.iter().map(|(k, v)| format!("\"{k}\":{:.3}", v)).collect::<Vec<_>>().join(",");
    web_sys::console::log_1(&format!("BENCH {{\"name\":\"{name}\",{body}}}").into());
}

/// Mounts the map and the chart over `atlas` in a 1280-px-wide container.
async fn mount(atlas: &'static Atlas) -> web_sys::HtmlElement {
    let doc = document();
    if let Some(old) = doc.get_element_by_id("bench") {
        old.remove();
    }
    let root: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    root.set_id("bench");
    root.style().set_property("width", "1280px").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let state = AppState::new(atlas, &UrlState::default(), Lang::En, false);
    leptos::mount::mount_to(root.clone(), move || {
        provide_context(state);
        view! { <main><WorldMap/><SummitChart/></main> }
    })
    .forget();
    for _ in 0..3 {
        tick().await;
        next_frame().await;
    }
    root
}

/// Pans the map by dragging for `frames` frames; returns frame intervals and the time spent
/// handling each move (script, style and layout, forced by reading a box).
async fn pan_frames(frames: usize) -> (Vec<f64>, Vec<f64>) {
    let svg: web_sys::Element = document().query_selector("#bench svg.map").unwrap().unwrap();
    let rect = svg.get_bounding_client_rect();
    let (x0, y0) = (rect.left() + rect.width() / 2.0, rect.top() + rect.height() / 2.0);
    let pointer = |kind: &str, x: f64, y: f64| {
        let init = web_sys::PointerEventInit::new();
        init.set_client_x(x as i32);
        init.set_client_y(y as i32);
        init.set_bubbles(true);
        init.set_pointer_type("mouse");
        init.set_pointer_id(1);
        init.set_button(0);
        web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap()
    };
    svg.dispatch_event(&pointer("pointerdown", x0, y0)).unwrap();
    let mut intervals = Vec::new();
    let mut work = Vec::new();
    let mut last = next_frame().await;
    for i in 0..frames {
        let t = now();
        let dx = 6.0 * ((i / 40) % 2 * 2) as f64 - 6.0;
        svg.dispatch_event(&pointer("pointermove", x0 + dx * (i % 40) as f64, y0 + (i % 7) as f64)).unwrap();
        let _ = document().query_selector("#bench .marker").unwrap().map(|m| m.get_bounding_client_rect());
        work.push(now() - t);
        let frame = next_frame().await;
        intervals.push(frame - last);
        last = frame;
    }
    svg.dispatch_event(&pointer("pointerup", x0, y0)).unwrap();
    (intervals, work)
}

async fn zoom_frames(frames: usize) -> (Vec<f64>, Vec<f64>) {
    let svg: web_sys::Element = document().query_selector("#bench svg.map").unwrap().unwrap();
    svg.unchecked_ref::<web_sys::SvgElement>().focus().unwrap();
    let rect = svg.get_bounding_client_rect();
    let mut intervals = Vec::new();
    let mut work = Vec::new();
    let mut last = next_frame().await;
    for i in 0..frames {
        let init = web_sys::WheelEventInit::new();
        init.set_delta_y(if (i / 30) % 2 == 0 { -40.0 } else { 40.0 });
        init.set_client_x((rect.left() + rect.width() / 2.0) as i32);
        init.set_client_y((rect.top() + rect.height() / 2.0) as i32);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let t = now();
        svg.dispatch_event(&web_sys::WheelEvent::new_with_event_init_dict("wheel", &init).unwrap()).unwrap();
        let _ = document().query_selector("#bench .marker").unwrap().map(|m| m.get_bounding_client_rect());
        work.push(now() - t);
        let frame = next_frame().await;
        intervals.push(frame - last);
        last = frame;
    }
    (intervals, work)
}

/// Frame intervals and per-frame work: medians, 95th percentiles and frames per second.
fn frame_stats(intervals: &[f64], work: &[f64]) -> Vec<(&'static str, f64)> {
    vec![
        ("frame_median_ms", median(intervals.to_vec())),
        ("frame_p95_ms", percentile(intervals.to_vec(), 0.95)),
        ("work_median_ms", median(work.to_vec())),
        ("work_p95_ms", percentile(work.to_vec(), 0.95)),
        ("fps", 1000.0 / median(intervals.to_vec())),
    ]
}

async fn map_benchmarks(label: &str, atlas: &'static Atlas) {
    mount(atlas).await;
    let (intervals, work) = pan_frames(120).await;
    let over = intervals.iter().filter(|&&f| f > 1000.0 / 60.0 * 1.5).count() as f64;
    let mut pan = frame_stats(&intervals, &work);
    pan.push(("long_frames", over));
    report(&format!("map-pan-{label}"), &pan);
    let (intervals, work) = zoom_frames(60).await;
    report(&format!("map-zoom-{label}"), &frame_stats(&intervals, &work));
    // Card open: from the click to the card's box, and to the next frame.
    let mut to_dom = Vec::new();
    let mut to_frame = Vec::new();
    for i in 0..15 {
        let id = &atlas.twin.cities[(i * 7) % atlas.twin.cities.len()].id;
        let marker: web_sys::HtmlElement = match document().query_selector(&format!("#bench .marker[data-id=\"{id}\"]")).unwrap() {
            Some(m) => m.unchecked_into(),
            None => continue,
        };
        let t = now();
        marker.dispatch_event(&web_sys::Event::new("click").unwrap()).unwrap();
        tick().await;
        let card = document().query_selector("#bench .city-card").unwrap();
        assert!(card.is_some(), "the card is open after the click's microtasks");
        let _ = card.map(|c| c.get_bounding_client_rect());
        to_dom.push(now() - t);
        next_frame().await;
        to_frame.push(now() - t);
        let close: web_sys::HtmlElement = document().query_selector("#bench .city-card .close").unwrap().unwrap().unchecked_into();
        close.click();
        next_frame().await;
    }
    report(&format!("map-card-{label}"), &[("to_dom_median_ms", median(to_dom)), ("to_next_frame_median_ms", median(to_frame))]);
}

fn chart_benchmarks(label: &str, atlas: &'static Atlas) {
    let items: Vec<ChartItem> = atlas.summits.events.iter().enumerate().map(|(i, e)| ChartItem::from_event(i, e)).collect();
    let t = now();
    let layout = ChartLayout::new(items, Metrics::for_width(1280.0), 2026, false);
    let layout_ms = now() - t;
    let t = now();
    let notes = annotations::place(&layout, &annotations::inputs(atlas, Lang::En));
    let notes_ms = now() - t;
    let dpr = 2.0;
    let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas").unwrap().unchecked_into();
    canvas.set_width((layout.width * dpr) as u32);
    canvas.set_height((layout.height * dpr) as u32);
    let colors = ChartColors::light();
    let mut redraws = Vec::new();
    for _ in 0..15 {
        let state = DrawState { lang: Lang::En, years: None, notes: Some(notes.clone()) };
        let t = now();
        let backend = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone()).unwrap();
        draw(&backend.into_drawing_area(), &layout, &state, &colors, dpr).unwrap();
        redraws.push(now() - t);
    }
    // A pointer move: hit-test, then redraw the overlay.
    let overlay: web_sys::HtmlCanvasElement = document().create_element("canvas").unwrap().unchecked_into();
    overlay.set_width(canvas.width());
    overlay.set_height(canvas.height());
    let mut moves = Vec::new();
    for i in 0..30 {
        let m = &layout.marks[(i * 97) % layout.marks.len()];
        let t = now();
        let hovered = layout.hit(m.x + 1.0, m.y, 8.0);
        overlay.set_width(overlay.width());
        let backend = plotters_canvas::CanvasBackend::with_canvas_object(overlay.clone()).unwrap();
        draw_highlights(&backend.into_drawing_area(), &layout, &Highlights { hovered, ..Default::default() }, &colors, dpr).unwrap();
        moves.push(now() - t);
    }
    let mut rng = Lcg(3);
    let points: Vec<(f64, f64)> = (0..2000).map(|_| (rng.next() * layout.width, rng.next() * layout.height)).collect();
    let t = now();
    let mut hits = 0;
    for &(x, y) in &points {
        hits += usize::from(layout.hit(x, y, 8.0).is_some());
    }
    let per_hit = (now() - t) / points.len() as f64;
    report(
        &format!("chart-{label}"),
        &[
            ("events", layout.marks.len() as f64),
            ("layout_ms", layout_ms),
            ("notes_ms", notes_ms),
            ("redraw_median_ms", median(redraws.clone())),
            ("redraw_p95_ms", percentile(redraws, 0.95)),
            ("hit_test_ms", per_hit),
            ("pointer_move_median_ms", median(moves)),
            ("hits", hits as f64),
        ],
    );
    let _ = Lane::ALL;
}

#[wasm_bindgen_test]
async fn bench_real_data() {
    let atlas = data::load().unwrap();
    chart_benchmarks("real", atlas);
    map_benchmarks("real", atlas).await;
}

#[wasm_bindgen_test]
async fn bench_ten_thousand() {
    let atlas = fixture(10_000, 10_000);
    chart_benchmarks("10k", atlas);
    map_benchmarks("10k", atlas).await;
}
