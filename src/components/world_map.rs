//! The world map: countries, arcs and markers in SVG. This component owns the view (zoom
//! and centre), turns DOM events into inputs for the pure gesture reducer
//! (`geo::gestures`), applies its answers, and flies to cities chosen elsewhere.
//!
//! A pan changes one transform; a zoom step changes it and one CSS variable. Markers are
//! placed by CSS from `--x`, `--y` (map units), `--k` (the zoom) and `--ox`, `--oy` (the
//! declutter offset), so no marker is touched from Rust while the map moves.

use super::city_card::CityCard;
use super::city_search::CitySearch;
use super::country_card::CountryCard;
use super::map_controls::MapControls;
use super::map_legend::MapLegend;
use super::map_marker::MapMarker;
use super::map_shared::{clamp, MapShared, DECLUTTER_LIMIT};
use super::map_tooltip::MapTooltip;
use super::map_world::MapWorld;
use super::region_filter::RegionFilter;
use super::state::{tr, use_app, AppState};
use crate::format::fixed;
use crate::geo::gestures::{Gestures, Hint, Input, Response, ViewChange};
use crate::geo::viewport::{ease, Size, View};
use crate::i18n::{self, Msg};
use crate::static_map::ORIGIN_STAR;
use crate::web;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The zoom a search or a table row flies to, at least.
const FLY_ZOOM: f64 = 3.0;
/// How long a flight takes, ms.
const FLIGHT_MS: f64 = 650.0;

/// Flies the map from `from` to `target`, or jumps there under reduced motion. A new
/// `flight` number (any view change makes one) stops it.
fn fly_to(state: AppState, from: View, target: View, flight: StoredValue<u32>) {
    let ticket = flight.get_value().wrapping_add(1);
    flight.set_value(ticket);
    if web::prefers_reduced_motion() {
        state.set_map_view(Some(target));
        return;
    }
    let mut start_time = None;
    web::animate(move |now| {
        if flight.get_value() != ticket {
            return false;
        }
        let t0 = *start_time.get_or_insert(now);
        let t = ((now - t0) / FLIGHT_MS).min(1.0);
        state.set_map_view(Some(from.lerp(target, ease(t))));
        t < 1.0
    });
}

fn element_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

fn on_marker(target: Option<web_sys::EventTarget>) -> bool {
    element_of(target).is_some_and(|el| el.closest(".marker").ok().flatten().is_some())
}

/// On phones, where the card is a sheet over the lower half of the screen: when a city's
/// card opens, scrolls the page so that the map (shorter than the rest of the screen, see
/// the CSS) stands above the sheet, the city with it.
fn reveal_map_above_sheet(state: AppState, frame: NodeRef<Div>) {
    Effect::new(move |prev: Option<Option<usize>>| {
        let now = state.city().get();
        if now.is_some() && prev.flatten() != now && web::media_matches("(max-width: 640px)") {
            request_animation_frame(move || {
                let (Some(el), Some(card)) = (frame.get_untracked(), web::document().query_selector(".city-card").ok().flatten()) else {
                    return;
                };
                let f = el.get_bounding_client_rect();
                // Up by what the sheet covers, but never the map's top off the screen.
                let dy = (f.bottom() - card.get_bounding_client_rect().top() + 8.0).min(f.top() - 8.0);
                if dy > 0.0 {
                    web::window().scroll_by_with_x_and_y(0.0, dy);
                }
            });
        }
        now
    });
}

#[component]
pub fn WorldMap() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let cities = &atlas.twin.cities;
    let n = cities.len();
    let frame = NodeRef::<Div>::new();
    let (w, h) = web::initial_map_size().unwrap_or((960.0, 480.0));
    let size = RwSignal::new(Size { w, h });
    Effect::new(move |_| {
        // The observer reports the size once laid out, before the first paint.
        if let Some(sub) = frame.get().and_then(|el| web::observe_size(&el, move |w, h| size.set(Size { w: w.max(1.0), h: h.max(1.0) }))) {
            sub.until_cleanup();
        }
    });

    let shared = MapShared::new(state, size);
    let MapShared { model, home, view, transform, roving, .. } = shared.clone();
    let clamp_view = move |v: View| clamp(v, home.get_untracked(), size.get_untracked());
    provide_context(shared.clone());

    let hint = RwSignal::new(None::<Msg>);
    let hint_timer = StoredValue::new(0u32);
    let show_hint = move |m: Msg| {
        hint.set(Some(m));
        let ticket = hint_timer.get_value().wrapping_add(1);
        hint_timer.set_value(ticket);
        let clear = move || {
            if hint_timer.get_value() == ticket {
                hint.set(None);
            }
        };
        set_timeout(clear, std::time::Duration::from_millis(1800));
    };

    // Every view change goes through here and stops a flight in progress.
    let flight = StoredValue::new(0u32);
    let gestures = StoredValue::new(Gestures::default());
    let apply = move |r: Response, ev: Option<&web_sys::Event>| {
        if r.prevent_default {
            if let Some(ev) = ev {
                ev.prevent_default();
            }
        }
        if r.stop_flight || r.view.is_some() {
            flight.set_value(flight.get_value().wrapping_add(1));
        }
        match r.view {
            Some(ViewChange::To(v)) => state.set_map_view(Some(clamp_view(v))),
            Some(ViewChange::Home) => state.set_map_view(None),
            None => {}
        }
        if let Some(h) = r.hint {
            show_hint(match h {
                Hint::Wheel => Msg::WheelHint,
                Hint::Touch => Msg::TouchHint,
            });
        }
    };
    let feed = move |input: Input, ev: Option<&web_sys::Event>| {
        let mut g = gestures.get_value();
        let r = g.handle(input, view.get_untracked(), size.get_untracked());
        gestures.set_value(g);
        apply(r, ev);
        r
    };
    let on_input = Callback::new(move |input: Input<'static>| {
        feed(input, None);
    });

    // A city chosen outside the map (search, table, `?city=`): fly to it.
    state.register_fly_to_city(Callback::new(move |i: usize| {
        let from = view.get_untracked();
        let (x, y) = model.with_value(|m| m.points[i]);
        let target = clamp_view(View { zoom: from.zoom.max(FLY_ZOOM), cx: x, cy: y });
        fly_to(state, from, target, flight);
        roving.set(Some(i));
    }));

    let local = move |cx: f64, cy: f64| -> (f64, f64) {
        frame.get_untracked().map_or((cx, cy), |el| {
            let r = el.get_bounding_client_rect();
            (cx - r.left(), cy - r.top())
        })
    };
    let touches = move |ev: &web_sys::TouchEvent| -> Vec<(f64, f64)> {
        let list = ev.touches();
        (0..list.length()).filter_map(|i| list.get(i)).map(|t| local(t.client_x() as f64, t.client_y() as f64)).collect()
    };
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.pointer_type() == "touch" || ev.button() != 0 || on_marker(ev.target()) {
            return;
        }
        let (x, y) = local(ev.client_x() as f64, ev.client_y() as f64);
        if feed(Input::PointerDown { x, y }, Some(&ev)).capture {
            if let Some(el) = element_of(ev.current_target()) {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
        }
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        if gestures.with_value(Gestures::is_active) {
            let (x, y) = local(ev.client_x() as f64, ev.client_y() as f64);
            feed(Input::PointerMove { x, y }, Some(&ev));
        }
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        feed(Input::PointerUp, Some(&ev));
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        // The map has focus when the SVG or one of its markers has; not the buttons over it.
        let focused = web::document().active_element().is_some_and(|a| a.closest("svg.map").ok().flatten().is_some());
        let (x, y) = local(ev.client_x() as f64, ev.client_y() as f64);
        let input =
            Input::Wheel { x, y, delta_y: ev.delta_y(), delta_mode: ev.delta_mode(), focused, modifier: ev.ctrl_key() || ev.meta_key() };
        feed(input, Some(&ev));
    };
    let on_dblclick = move |ev: web_sys::MouseEvent| {
        if !on_marker(ev.target()) {
            let (x, y) = local(ev.client_x() as f64, ev.client_y() as f64);
            feed(Input::DoubleClick { x, y }, Some(&ev));
        }
    };
    let on_touchstart = move |ev: web_sys::TouchEvent| {
        feed(Input::TouchStart { points: &touches(&ev), t: web::now_ms() }, Some(&ev));
    };
    let on_touchmove = move |ev: web_sys::TouchEvent| {
        feed(Input::TouchMove { points: &touches(&ev) }, Some(&ev));
    };
    let on_touchend = move |ev: web_sys::TouchEvent| {
        // A tap on a marker is the marker's (a click follows).
        if gestures.with_value(Gestures::is_active) || !on_marker(ev.target()) {
            feed(Input::TouchEnd { remaining: ev.touches().length() as usize }, Some(&ev));
        }
    };
    // A click or tap on a country shape (not a pan's end, not a marker) opens its card.
    let on_click = move |ev: web_sys::MouseEvent| {
        // The shape under the pointer (a captured pointer sends the click to the map itself).
        let under = web::document().element_from_point(ev.client_x() as f32, ev.client_y() as f32);
        let shape = under.and_then(|el| el.closest("path.country[data-country]").ok().flatten());
        let code = shape.and_then(|el| el.get_attribute("data-country"));
        if let Some(i) = code.filter(|_| gestures.with_value(Gestures::was_tap)).and_then(|c| atlas.country_by_alpha2(&c)) {
            state.select_country(i);
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if element_of(ev.target()).is_some_and(|el| el.tag_name().eq_ignore_ascii_case("svg")) {
            feed(Input::Key { key: &ev.key() }, Some(&ev));
        }
    };

    let world_transform = Signal::derive(move || {
        let t = transform.get();
        format!("translate({} {}) scale({})", fixed(t.tx, 2), fixed(t.ty, 2), fixed(t.k, 5))
    });
    let overlay_transform = move || {
        let t = transform.get();
        format!("translate({} {})", fixed(t.tx, 2), fixed(t.ty, 2))
    };
    let svg_style = move || format!("--k:{}", fixed(transform.get().k, 5));
    let markers = (0..n).map(|i| view! { <MapMarker i hit_area=n <= DECLUTTER_LIMIT/> }).collect_view();
    let origin_style = model.with_value(|m| format!("--x:{};--y:{};--ox:0;--oy:0", fixed(m.origin.0, 2), fixed(m.origin.1, 2)));
    // The heading counts what is shown: "16 cities in 10 countries" while filtered.
    let visible = shared.visible;
    let sub = move || {
        visible.with(|v| i18n::cities_in_countries(lang.get(), v.len(), crate::data::Atlas::country_count(v.iter().map(|&i| &cities[i]))))
    };
    reveal_map_above_sheet(state, frame);
    let zoomed_in = Memo::new(move |_| view.get().zoom >= 3.5);
    // While an event with recorded participants is selected, the twin-city layer dims.
    let showing_event = move || state.participation().get().zip(state.event().get()).is_some_and(|(p, e)| p.participants(e).recorded);

    view! {
        <section class="panel map-panel" id="map" aria-labelledby="map-heading">
            <div class="panel-head">
                <h2 id="map-heading">{tr(Msg::MapHeading)}</h2>
                <p class="panel-sub">{sub}</p>
            </div>
            <div class="map-tools">
                <CitySearch/>
                <RegionFilter/>
            </div>
            <div class="map-stage">
            <div class="map-frame" node_ref=frame class:zoomed-in=zoomed_in class:showing-event=showing_event>
                <svg
                    class="map"
                    role="group"
                    tabindex="0"
                    aria-label=tr(Msg::MapLabel)
                    aria-describedby="map-help"
                    style=svg_style
                    on:pointerdown=on_pointerdown
                    on:pointermove=on_pointermove
                    on:pointerup=on_pointerup
                    on:pointercancel=on_pointerup
                    on:wheel=on_wheel
                    on:dblclick=on_dblclick
                    on:click=on_click
                    on:touchstart=on_touchstart
                    on:touchmove=on_touchmove
                    on:touchend=on_touchend
                    on:keydown=on_keydown
                >
                    <MapWorld transform=world_transform/>
                    <g class="overlay" transform=overlay_transform>
                        <g class="origin" style=origin_style aria-hidden="true">
                            <circle class="origin-halo" r="11"></circle>
                            <path class="origin-star" d=ORIGIN_STAR></path>
                            <text class="origin-label" x="12" y="4">{tr(Msg::Astana)}</text>
                        </g>
                        <g class="markers">{markers}</g>
                    </g>
                </svg>
                <MapControls on_input/>
                <p class="map-hint" class:shown=move || hint.get().is_some() aria-hidden="true">
                    {move || hint.get().map(|m| m.get(lang.get()))}
                </p>
                <MapTooltip/>
            </div>
            // Outside the frame (a size container): on phones the cards are sheets over the
            // screen, not over the map.
            <CityCard/>
            <CountryCard/>
            </div>
            <MapLegend/>
            <p id="map-help" class="map-help">{tr(Msg::MapKeys)}</p>
        </section>
    }
}
