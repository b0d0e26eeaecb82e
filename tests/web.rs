//! Browser tests (wasm-bindgen-test in headless Chromium): one component (or the whole app)
//! mounted under a test state and unmounted after, and the
//! chart and map driven through the same model the code uses; what is expected comes from
//! the data.
#![cfg(target_arch = "wasm32")]

use astana_atlas::chart::model::{logical_width, ChartLayout, REFERENCE_WIDTHS};
use astana_atlas::collate::{self, native};
use astana_atlas::components::city_table::CityTable;
use astana_atlas::components::state::AppState;
use astana_atlas::components::summit_chart::SummitChart;
use astana_atlas::components::world_map::WorldMap;
use astana_atlas::lang::Lang;
use astana_atlas::url_state::UrlState;
use astana_atlas::{card_texts, data, ui_texts, App};
use leptos::prelude::*;
use leptos::task::tick;
use std::cmp::Ordering;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A mounted view: unmounted, and its `#app` root removed, when dropped.
struct Mounted {
    handle: Option<Box<dyn std::any::Any>>,
    root: HtmlElement,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        // Unmount (and dispose the reactive owner) first, then remove the empty root.
        drop(self.handle.take());
        self.root.remove();
    }
}

/// A fresh `#app` root (the runner's own output stays in the body), with a clean URL (the
/// app writes its state there).
/// The interface texts, as the pages carry them and `public/ui/` serves them.
fn install_ui_texts() {
    for (lang, json) in [
        (Lang::En, include_str!("../public/ui/en.json")),
        (Lang::Kk, include_str!("../public/ui/kk.json")),
        (Lang::Ru, include_str!("../public/ui/ru.json")),
    ] {
        ui_texts::install(lang, json).unwrap();
    }
}

fn fresh_root() -> HtmlElement {
    install_ui_texts();
    let doc = document();
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    web_sys::window().unwrap().history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).unwrap();
    if let Some(old) = doc.get_element_by_id("app") {
        old.remove();
    }
    let root: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    root.set_id("app");
    root.style().set_property("width", "1200px").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

async fn settle() {
    for _ in 0..3 {
        tick().await;
        next_frame().await;
    }
}

/// Mounts the whole App and lets effects run.
async fn mount() -> Mounted {
    let root = fresh_root();
    let handle = leptos::mount::mount_to(root.clone(), App);
    settle().await;
    Mounted { handle: Some(Box::new(handle)), root }
}

/// Mounts one part of the app under a test state (English, light, nothing selected, no
/// filters), as the components find it in context.
async fn mount_part<V: IntoView + 'static>(part: impl FnOnce() -> V + 'static) -> Mounted {
    let root = fresh_root();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppState::new(data::load().unwrap(), &UrlState::parse(""), Lang::En, false));
        part()
    });
    settle().await;
    Mounted { handle: Some(Box::new(handle)), root }
}

/// Lets effects and timers run, frame by frame, until `done` holds (at most 300 frames).
async fn until(done: impl Fn() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        tick().await;
        next_frame().await;
    }
}

async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn count(selector: &str) -> u32 {
    document().query_selector_all(selector).unwrap().length()
}

fn element(selector: &str) -> HtmlElement {
    document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

fn key(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
fn a_country_and_a_city_card_never_open_together_and_the_url_carries_the_country() {
    let owner = Owner::new();
    owner.with(|| {
        let atlas = data::load().unwrap();
        let tr = atlas.country_by_alpha2("tr").unwrap();
        // A link with both: the city (the older key) wins.
        let both = AppState::new(atlas, &UrlState::parse("city=ankara&country=tr"), Lang::En, false);
        assert_eq!(both.country().get_untracked(), None);
        let st = AppState::new(atlas, &UrlState::parse("country=Tr"), Lang::En, false);
        assert_eq!(st.country().get_untracked(), Some(tr));
        assert_eq!(st.url_state().country.as_deref(), Some("TR"));
        st.select_city(0, false);
        assert_eq!((st.city().get_untracked(), st.country().get_untracked()), (Some(0), None));
        st.select_country(tr);
        assert_eq!((st.city().get_untracked(), st.country().get_untracked()), (None, Some(tr)));
        st.select_country(usize::MAX);
        assert_eq!(st.country().get_untracked(), Some(tr), "an index out of range is ignored");
        st.close_country();
        assert_eq!(st.url_state().country, None);
        let unknown = AppState::new(atlas, &UrlState::parse("country=zz"), Lang::En, false);
        assert_eq!(unknown.country().get_untracked(), None);
    });
}

#[wasm_bindgen_test]
async fn the_app_lists_every_city_and_event_in_its_tables() {
    let _app = mount().await;
    let atlas = data::load().unwrap();
    assert_eq!(count(".city-table tbody tr"), atlas.twin.cities.len() as u32);
    assert_eq!(count(".event-table tbody tr"), atlas.summits.events.len() as u32);
}

#[wasm_bindgen_test]
async fn the_map_has_one_marker_per_city_and_a_click_opens_its_card() {
    // The cards' texts as the build wrote them (the page fetches them from the site).
    card_texts::install(Lang::En, include_str!("../public/cards/en.json")).unwrap();
    let _part = mount_part(|| view! { <WorldMap/> }).await;
    let cities = data::load().unwrap().twin.cities.len() as u32;
    assert_eq!(count("svg.map .marker"), cities);
    assert_eq!(count("svg.map .arc"), cities);
    element(".marker[data-id=\"doha\"]").dispatch_event(&web_sys::Event::new("click").unwrap()).unwrap();
    tick().await;
    let title = element("#city-card-title").text_content().unwrap();
    assert_eq!(title, "Doha");
    let card = element(".city-card");
    assert!(card.text_content().unwrap().contains("2022"));
    key(&card, "Escape");
    tick().await;
    assert_eq!(count(".city-card"), 0, "Escape closes the card");
}

#[wasm_bindgen_test]
fn card_texts_that_are_not_the_builds_are_refused() {
    assert!(card_texts::install(Lang::Ru, "<html>").is_err(), "not JSON");
    assert!(card_texts::install(Lang::Ru, "[1, 2]").is_err(), "not the three parts");
    assert!(card_texts::install(Lang::Ru, r#"{"city": {}, "event": {}}"#).is_err(), "no About");
    assert_eq!(card_texts::get(Lang::Ru, "city", "doha"), card_texts::CardText::Loading, "nothing was installed");
    card_texts::install(Lang::Ru, r#"{"city": {"doha": "<p>x</p>"}, "event": {}, "about": ""}"#).unwrap();
    assert_eq!(card_texts::get(Lang::Ru, "city", "doha"), card_texts::CardText::Ready("<p>x</p>".into()));
    assert_eq!(card_texts::get(Lang::Ru, "city", "nowhere"), card_texts::CardText::Failed, "an id the file lacks");
}

#[wasm_bindgen_test]
async fn enter_on_a_marker_opens_its_card() {
    let _part = mount_part(|| view! { <WorldMap/> }).await;
    let marker = element(".marker[data-id=\"moscow\"]");
    key(&marker, "Enter");
    tick().await;
    assert_eq!(element("#city-card-title").text_content().unwrap(), "Moscow");
}

#[wasm_bindgen_test]
async fn a_table_row_selects_the_city_on_the_map() {
    let _part = mount_part(|| view! { <WorldMap/> <CityTable/> }).await;
    element(".city-table tr[data-id=\"nice\"] button").click();
    tick().await;
    assert_eq!(element("#city-card-title").text_content().unwrap(), "Nice");
    assert!(element(".marker[data-id=\"nice\"]").class_list().contains("selected"));
    assert!(element(".city-table tr[data-id=\"nice\"]").class_list().contains("selected"));
}

/// The chart's layout as the component computes it for the canvas's current width, and
/// the scale it is shown at (CSS px per layout px).
fn chart_layout() -> (ChartLayout, f64) {
    let atlas = data::load().unwrap();
    let width = element("canvas.chart-canvas").get_bounding_client_rect().width();
    let layout = ChartLayout::of_events(&atlas.summits.events, |_| true, logical_width(width));
    let scale = width / layout.width;
    (layout, scale)
}

#[wasm_bindgen_test]
async fn hovering_a_mark_shows_that_events_tooltip() {
    let _part = mount_part(|| view! { <SummitChart/> }).await;
    let atlas = data::load().unwrap();
    let (layout, scale) = chart_layout();
    assert!(scale != 1.0, "the test container is not a reference width: pointer mapping is tested");
    let event = atlas.event_index("osce-summit-2010").unwrap();
    let mark = &layout.marks[layout.mark_of_event(event).unwrap()];
    let canvas = element("canvas.chart-canvas");
    let rect = canvas.get_bounding_client_rect();
    let (x, y) = ((rect.left() + mark.x * scale).round() as i32, (rect.top() + mark.y * scale).round() as i32);
    let init = MouseEventInit::new();
    init.set_client_x(x);
    init.set_client_y(y);
    init.set_bubbles(true);
    let ev = web_sys::PointerEvent::new_with_event_init_dict("pointermove", &{
        let p = web_sys::PointerEventInit::new();
        p.set_client_x(x);
        p.set_client_y(y);
        p.set_bubbles(true);
        p.set_pointer_type("mouse");
        p
    })
    .unwrap();
    canvas.dispatch_event(&ev).unwrap();
    tick().await;
    let tooltip = element(".chart-tooltip");
    let tip = tooltip.text_content().unwrap();
    assert!(tip.contains("OSCE Astana Summit"), "{tip}");
    // The tooltip sits at the mark's place on screen, in CSS px.
    let style = tooltip.get_attribute("style").unwrap();
    assert_eq!(style, format!("left:{}px;top:{}px", (mark.x * scale).round(), (mark.y * scale).round()));
    assert!(tip.contains("1–2 December 2010"), "{tip}");
    // A click there opens the card.
    canvas.dispatch_event(&MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap()).unwrap();
    tick().await;
    assert_eq!(element("#event-card-title").text_content().unwrap(), "OSCE Astana Summit");
}

#[wasm_bindgen_test]
async fn keyboard_steps_through_events_and_opens_the_right_card() {
    let _part = mount_part(|| view! { <SummitChart/> }).await;
    // The third event to start, from the data.
    let atlas = data::load().unwrap();
    let mut by_date: Vec<&data::Event> = atlas.summits.events.iter().collect();
    by_date.sort_by_key(|e| e.start.ordinal_key());
    assert!(by_date[1].start != by_date[2].start && by_date[2].start != by_date[3].start, "no tie for third");
    let canvas = element("canvas.chart-canvas");
    canvas.focus().unwrap();
    for _ in 0..3 {
        key(&canvas, "ArrowRight");
    }
    key(&canvas, "Enter");
    tick().await;
    assert_eq!(element("#event-card-title").text_content().unwrap(), by_date[2].name.en);
}

#[wasm_bindgen_test]
async fn the_canvas_is_drawn_at_its_css_size_times_the_pixel_ratio() {
    let _part = mount_part(|| view! { <SummitChart/> }).await;
    // The canvas is drawn once the notes are placed (a few tasks later).
    until(|| count("#chart [data-box]") > 0).await;
    next_frame().await;
    let canvas: web_sys::HtmlCanvasElement = element("canvas.chart-canvas").unchecked_into();
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    let css = canvas.get_bounding_client_rect();
    assert!((f64::from(canvas.width()) - (css.width() * dpr).round()).abs() <= 1.0);
    assert!((f64::from(canvas.height()) - (css.height() * dpr).round()).abs() <= 1.0);
    // Not blank: some pixels differ from the background.
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let data = ctx.get_image_data(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height())).unwrap().data();
    let first = [data[0], data[1], data[2]];
    let differing = data.chunks(4).filter(|p| [p[0], p[1], p[2]] != first).count();
    assert!(differing > 1000, "only {differing} pixels differ from the background");
}

#[wasm_bindgen_test]
fn the_browsers_alphabetical_order_agrees_with_the_native_one() {
    // The browser really is asked for Russian and English (Chromium has no Kazakh collation,
    // so Kazakh may use the native order here).
    assert!(collate::intl::compare_fn(Lang::Ru).is_some() && collate::intl::compare_fn(Lang::En).is_some());
    let pairs = [
        (Lang::Kk, "Қазан < Ыстамбұл | АҚШ < Армения | Әлем < Бейжің | Ұлы < Үй | Босния < Біріккен | Ыстамбұл < Abu Dhabi"),
        (Lang::Ru, "Ёлка < Ереван | 2-й раунд < 11-й раунд | Ыстамбұл < Abu Dhabi"),
        (Lang::En, "Abu Dhabi < Анкара | round 2 < round 10 | doha < Doha | Gdansk < Gdańsk"),
    ];
    for (lang, list) in pairs {
        for pair in list.split(" | ") {
            let (a, b) = pair.split_once(" < ").unwrap();
            assert_eq!(collate::compare(lang, a, b), Ordering::Less, "{lang}: {a} < {b}");
            assert_eq!(collate::compare(lang, b, a), Ordering::Greater, "{lang}: {b} > {a}");
        }
    }
    // Every name of the data, in every language, every pair.
    let atlas = data::load().unwrap();
    for lang in Lang::ALL {
        let texts: Vec<&str> = (atlas.twin.cities.iter().map(|c| c.name.or_en(lang)))
            .chain(atlas.twin.cities.iter().map(|c| atlas.country_name(c, lang)))
            .chain(atlas.summits.events.iter().map(|e| e.name.or_en(lang)))
            .chain(atlas.summits.organizations.iter().map(|o| o.short.or_en(lang)))
            .collect();
        let browser = collate::ranks(lang, &texts);
        for i in 0..texts.len() {
            for j in 0..texts.len() {
                let native = native::compare(lang, texts[i], texts[j]);
                assert_eq!(browser[i].cmp(&browser[j]), native, "{lang}: {} vs {}", texts[i], texts[j]);
            }
        }
    }
}

/// Puts the page's stylesheet in the test document (the runner's page has none) until dropped.
struct Stylesheet(web_sys::Element);

impl Stylesheet {
    fn add() -> Stylesheet {
        let style = document().create_element("style").unwrap();
        style.set_text_content(Some(include_str!("../style/main.css")));
        document().head().unwrap().append_child(&style).unwrap();
        Stylesheet(style)
    }
}

impl Drop for Stylesheet {
    fn drop(&mut self) {
        self.0.remove();
    }
}

#[wasm_bindgen_test]
async fn the_canvas_box_is_the_static_svgs_box_and_replaces_it_after_drawing() {
    let _css = Stylesheet::add();
    // A static page's chart, as the page generator writes it: a box of SVGs (one per
    // reference width, viewBox W x H of the layout) inside a `.chart-frame` 800 px wide.
    let atlas = data::load().unwrap();
    let host = document().create_element("div").unwrap();
    host.set_attribute("style", "width:800px").unwrap();
    let mut svgs = String::new();
    for w in REFERENCE_WIDTHS {
        let l = ChartLayout::of_events(&atlas.summits.events, |_| true, w);
        svgs.push_str(&format!(r#"<svg class="w-{w}" viewBox="0 0 {w} {}"></svg>"#, l.height));
    }
    host.set_inner_html(&format!(r#"<div class="chart-frame"><div class="chart-static">{svgs}</div></div>"#));
    document().body().unwrap().append_child(&host).unwrap();
    let static_svg: HtmlElement = host.query_selector(".chart-static > .w-640").unwrap().unwrap().unchecked_into();
    let svg_box = static_svg.get_bounding_client_rect();
    assert_eq!(svg_box.width(), 800.0, "container queries show the 640 layout in 800 px");
    assert_eq!(host.query_selector_all(".chart-static > svg").unwrap().length(), 5);

    let _app = mount().await;
    // The app's own frame, 800 px wide like the static one (the app's width less its and
    // the panel's padding).
    let app = element("#app");
    let frame = element("#app .chart-frame");
    app.style().set_property("width", "800px").unwrap();
    let padding = 800.0 - frame.get_bounding_client_rect().width();
    app.style().set_property("width", &format!("{}px", 800.0 + padding)).unwrap();
    for _ in 0..3 {
        tick().await;
        next_frame().await;
    }
    assert_eq!(frame.get_bounding_client_rect().width(), 800.0);
    let canvas: web_sys::HtmlCanvasElement = element("canvas.chart-canvas").unchecked_into();
    let (layout, scale) = chart_layout();
    assert_eq!(layout.width, 640.0);
    let css = canvas.get_bounding_client_rect();
    assert!(
        (css.width() - svg_box.width()).abs() <= 1.0 && (css.height() - svg_box.height()).abs() <= 1.0,
        "canvas {}x{} vs static SVG {}x{}",
        css.width(),
        css.height(),
        svg_box.width(),
        svg_box.height()
    );
    assert!((css.height() - 800.0 * layout.height / layout.width).abs() <= 1.0);
    assert!((scale - 1.25).abs() < 1e-9);
    let overlay = element("canvas.chart-overlay").get_bounding_client_rect();
    assert_eq!((overlay.width(), overlay.height()), (css.width(), css.height()), "the overlay covers the chart");
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    assert!((f64::from(canvas.width()) - (800.0 * dpr).round()).abs() <= 1.0);
    // Drawn, so the static chart is gone.
    assert_eq!(count(".chart-frame .chart-static"), 0, "the static chart is removed after the first draw");
    host.remove();
}
