//! The world map: countries, arcs and markers in SVG, with zoom and pan by buttons, wheel,
//! drag, pinch, double-tap and keyboard, and markers that keep out of each other's way.
//!
//! A pan changes one transform; a zoom step changes it and one CSS variable. Markers are
//! placed by CSS from `--x`, `--y` (map units), `--k` (the zoom) and `--ox`, `--oy` (the
//! declutter offset), so no marker is touched from Rust while the map moves.

use super::city_card::CityCard;
use super::city_search::CitySearch;
use super::map_legend::{MapLegend, ORIGIN_STAR};
use super::region_filter::RegionFilter;
use super::state::{tr, use_app, AppState};
use crate::format::fixed;
use crate::geo::declutter::declutter;
use crate::geo::map_model::MapModel;
use crate::geo::viewport::{ease, home, Size, View};
use crate::geo::world::{countries, graticule_path, outline_path};
use crate::i18n::{self, Msg};
use crate::web;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Above this many markers the declutter pass is skipped (it is for the real data's
/// dense clusters, not for stress fixtures).
const DECLUTTER_LIMIT: usize = 1500;
/// The zoom a search or a table row flies to, at least.
const FLY_ZOOM: f64 = 3.0;

/// An in-progress mouse drag or two-finger gesture.
#[derive(Clone, Copy, Debug)]
enum Gesture {
    Drag { x: f64, y: f64 },
    Pinch { mid: (f64, f64), dist: f64, start: View },
}

/// Flies the map to `target`, or jumps there under reduced motion.
fn fly_to(state: AppState, size: Size, from: View, target: View, generation: StoredValue<u32>) {
    let target = target.clamped(size);
    if web::prefers_reduced_motion() {
        state.map_view.set(Some(target));
        return;
    }
    let gen = generation.get_value().wrapping_add(1);
    generation.set_value(gen);
    let mut start_time = None;
    web::animate(move |now| {
        if generation.get_value() != gen {
            return false;
        }
        let t0 = *start_time.get_or_insert(now);
        let t = ((now - t0) / 650.0).min(1.0);
        state.map_view.set(Some(from.lerp(target, ease(t))));
        t < 1.0
    });
}

#[component]
pub fn WorldMap() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang;
    let cities = &atlas.twin.cities;
    let n = cities.len();
    let country_count = crate::data::Atlas::country_count(cities.iter());
    let model = StoredValue::new(MapModel::new(
        (atlas.twin.origin.lon, atlas.twin.origin.lat),
        &cities.iter().map(|c| (c.lon, c.lat)).collect::<Vec<_>>(),
    ));

    let frame = NodeRef::<Div>::new();
    let (w, h) = web::initial_map_size().unwrap_or((960.0, 480.0));
    let size = RwSignal::new(Size { w, h });
    let coarse = web::media_matches("(pointer: coarse)");
    Effect::new(move |_| {
        // The observer reports the size once laid out, before the first paint (no forced
        // layout while the page is still being built).
        if let Some(el) = frame.get() {
            web::observe_size(&el, move |w, h| size.set(Size { w: w.max(1.0), h: h.max(1.0) }));
        }
    });

    let home = Memo::new(move |_| {
        let s = size.get();
        model.with_value(|m| {
            let mut pts = m.points.clone();
            pts.push(m.origin);
            home(&pts, s)
        })
    });
    let view = Memo::new(move |_| state.map_view.get().unwrap_or_else(|| home.get()).clamped(size.get()));
    let transform = Memo::new(move |_| view.get().transform(size.get()));
    // Which cities pass the filters, by index (constant-time checks for every marker).
    let shown = Memo::new(move |_| (0..n).map(|i| state.city_visible(i)).collect::<Vec<bool>>());
    let visible = Memo::new(move |_| shown.with(|s| (0..n).filter(|&i| s[i]).collect::<Vec<usize>>()));
    let partner_countries = Memo::new(move |_| {
        let mut codes: Vec<String> =
            visible.with(|v| v.iter().filter_map(|&i| atlas.country(&cities[i].country)).map(|c| c.numeric.clone()).collect());
        codes.sort_unstable();
        codes.dedup();
        codes
    });
    // Screen-space offsets that keep markers apart at this zoom (by city index).
    // The scale alone (pans leave it unchanged, so they do not re-run the declutter).
    let scale = Memo::new(move |_| (transform.get().k * 100.0).round() / 100.0);
    let offsets = Memo::new(move |_| {
        let k = scale.get();
        let vis = visible.get();
        let mut out = vec![(0.0, 0.0); n];
        if vis.len() <= DECLUTTER_LIMIT {
            let anchors: Vec<(f64, f64)> = model.with_value(|m| vis.iter().map(|&i| (m.points[i].0 * k, m.points[i].1 * k)).collect());
            let min_dist = if coarse { 22.0 } else { 17.0 };
            for (j, off) in declutter(&anchors, min_dist, 40.0).into_iter().enumerate() {
                out[vis[j]] = off;
            }
        }
        out
    });

    let hovered = RwSignal::new(None::<usize>);
    // The marker that takes Tab (roving tabindex).
    let roving = RwSignal::new(None::<usize>);
    let hint = RwSignal::new(None::<Msg>);
    let hint_timer = StoredValue::new(0u32);
    let show_hint = move |m: Msg| {
        hint.set(Some(m));
        let ticket = hint_timer.get_value().wrapping_add(1);
        hint_timer.set_value(ticket);
        set_timeout(
            move || {
                if hint_timer.get_value() == ticket {
                    hint.set(None);
                }
            },
            std::time::Duration::from_millis(1800),
        );
    };
    let flight = StoredValue::new(0u32);
    let cancel_flight = move || flight.set_value(flight.get_value().wrapping_add(1));
    let set_view = move |v: View| {
        cancel_flight();
        state.map_view.set(Some(v.clamped(size.get_untracked())));
    };
    let zoom_by = move |factor: f64, anchor: Option<(f64, f64)>| {
        let s = size.get_untracked();
        let a = anchor.unwrap_or((s.w / 2.0, s.h / 2.0));
        set_view(view.get_untracked().zoom_at(s, a, factor));
    };

    // Select a city from outside the map (search, table): fly to it and open its card.
    let focus_city = move |i: usize| {
        let s = size.get_untracked();
        let from = view.get_untracked();
        let (x, y) = model.with_value(|m| m.points[i]);
        let target = View { zoom: from.zoom.max(FLY_ZOOM), cx: x, cy: y };
        fly_to(state, s, from, target, flight);
        roving.set(Some(i));
    };
    Effect::new(move |_| {
        if let Some(i) = state.fly_request.get() {
            state.fly_request.set(None);
            if i < n {
                focus_city(i);
            }
        }
    });

    let select = move |i: usize| {
        state.city.set(Some(i));
        roving.set(Some(i));
        let l = lang.get_untracked();
        let c = &cities[i];
        let country = atlas.country(&c.country).map(|k| k.name.or_en(l).to_string()).unwrap_or_default();
        state.announce(i18n::selected(l, &format!("{}, {country}", c.name.or_en(l))));
    };

    let gesture = StoredValue::new(None::<Gesture>);
    let last_tap = StoredValue::new((0.0f64, 0.0f64, 0.0f64));
    let touch_moved = StoredValue::new(false);
    let touch_start = StoredValue::new((0.0f64, 0.0f64, 0.0f64));
    let local = move |cx: f64, cy: f64| -> (f64, f64) {
        frame.get_untracked().map_or((cx, cy), |el| {
            let r = el.get_bounding_client_rect();
            (cx - r.left(), cy - r.top())
        })
    };
    let on_marker = |target: Option<web_sys::EventTarget>| {
        target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.closest(".marker").ok().flatten().is_some())
    };

    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.pointer_type() == "touch" || ev.button() != 0 || on_marker(ev.target()) {
            return;
        }
        cancel_flight();
        gesture.set_value(Some(Gesture::Drag { x: ev.client_x() as f64, y: ev.client_y() as f64 }));
        if let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        if let Some(Gesture::Drag { x, y }) = gesture.get_value() {
            let (nx, ny) = (ev.client_x() as f64, ev.client_y() as f64);
            gesture.set_value(Some(Gesture::Drag { x: nx, y: ny }));
            set_view(view.get_untracked().pan_by(size.get_untracked(), nx - x, ny - y));
        }
    };
    let end_drag = move |_: web_sys::PointerEvent| {
        if matches!(gesture.get_value(), Some(Gesture::Drag { .. })) {
            gesture.set_value(None);
        }
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        // The map has focus when the SVG or one of its markers has; not the buttons over it.
        let focused = web::document().active_element().is_some_and(|a| a.closest("svg.map").ok().flatten().is_some());
        if !(focused || ev.ctrl_key() || ev.meta_key()) {
            show_hint(Msg::WheelHint);
            return;
        }
        ev.prevent_default();
        let unit = match ev.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let factor = (-ev.delta_y() * unit * 0.002).exp().clamp(0.5, 2.0);
        zoom_by(factor, Some(local(ev.client_x() as f64, ev.client_y() as f64)));
    };
    let on_dblclick = move |ev: web_sys::MouseEvent| {
        if on_marker(ev.target()) {
            return;
        }
        ev.prevent_default();
        zoom_by(2.0, Some(local(ev.client_x() as f64, ev.client_y() as f64)));
    };
    let touch_points = |ev: &web_sys::TouchEvent| -> Vec<(f64, f64)> {
        let list = ev.touches();
        (0..list.length()).filter_map(|i| list.get(i)).map(|t| (t.client_x() as f64, t.client_y() as f64)).collect()
    };
    let pinch_of = move |pts: &[(f64, f64)]| {
        let (a, b) = (pts[0], pts[1]);
        let mid = local((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        (mid, ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt().max(1.0))
    };
    let on_touchstart = move |ev: web_sys::TouchEvent| {
        let pts = touch_points(&ev);
        if pts.len() >= 2 {
            ev.prevent_default();
            cancel_flight();
            let (mid, dist) = pinch_of(&pts);
            gesture.set_value(Some(Gesture::Pinch { mid, dist, start: view.get_untracked() }));
        } else if let Some(&(x, y)) = pts.first() {
            touch_moved.set_value(false);
            let now = web::window().performance().map_or(0.0, |p| p.now());
            touch_start.set_value((x, y, now));
        }
    };
    let on_touchmove = move |ev: web_sys::TouchEvent| {
        let pts = touch_points(&ev);
        match gesture.get_value() {
            Some(Gesture::Pinch { mid, dist, start }) if pts.len() >= 2 => {
                ev.prevent_default();
                let (m2, d2) = pinch_of(&pts);
                let s = size.get_untracked();
                let zoomed = start.zoom_at(s, mid, d2 / dist);
                state.map_view.set(Some(zoomed.pan_by(s, m2.0 - mid.0, m2.1 - mid.1)));
            }
            _ if pts.len() == 1 => {
                let (x0, y0, _) = touch_start.get_value();
                if !touch_moved.get_value() && ((pts[0].0 - x0).abs() > 12.0 || (pts[0].1 - y0).abs() > 12.0) {
                    touch_moved.set_value(true);
                    show_hint(Msg::TouchHint);
                }
            }
            _ => {}
        }
    };
    let on_touchend = move |ev: web_sys::TouchEvent| {
        let remaining = ev.touches().length();
        if matches!(gesture.get_value(), Some(Gesture::Pinch { .. })) {
            if remaining < 2 {
                gesture.set_value(None);
            }
            return;
        }
        if remaining > 0 || touch_moved.get_value() || on_marker(ev.target()) {
            return;
        }
        let (x, y, t0) = touch_start.get_value();
        let (lx, ly, lt) = last_tap.get_value();
        if t0 - lt < 320.0 && (x - lx).abs() < 30.0 && (y - ly).abs() < 30.0 {
            ev.prevent_default();
            zoom_by(2.0, Some(local(x, y)));
            last_tap.set_value((0.0, 0.0, 0.0));
        } else {
            last_tap.set_value((x, y, t0));
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let on_svg =
            ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.tag_name().eq_ignore_ascii_case("svg"));
        if !on_svg {
            return;
        }
        let s = size.get_untracked();
        let step = 80.0;
        let v = view.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowLeft" => Some(v.pan_by(s, step, 0.0)),
            "ArrowRight" => Some(v.pan_by(s, -step, 0.0)),
            "ArrowUp" => Some(v.pan_by(s, 0.0, step)),
            "ArrowDown" => Some(v.pan_by(s, 0.0, -step)),
            "+" | "=" => Some(v.zoom_at(s, (s.w / 2.0, s.h / 2.0), 1.5)),
            "-" | "_" => Some(v.zoom_at(s, (s.w / 2.0, s.h / 2.0), 1.0 / 1.5)),
            "0" => {
                state.map_view.set(None);
                None
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(v) = next {
            set_view(v);
        }
    };

    let marker_keydown = move |i: usize, ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        let forward = match key.as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                ev.stop_propagation();
                select(i);
                return;
            }
            "ArrowRight" | "ArrowDown" => true,
            "ArrowLeft" | "ArrowUp" => false,
            "Escape" => {
                web::focus_selector(".map-frame svg");
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        ev.stop_propagation();
        let next = visible.with_untracked(|v| model.with_value(|m| m.step(i, forward, v)));
        if let Some(j) = next {
            roving.set(Some(j));
            web::focus_selector(&format!(".marker[data-id=\"{}\"]", cities[j].id));
        }
    };
    // The one marker that takes Tab: the last one stepped to, or the westernmost shown.
    let tab_target = Memo::new(move |_| {
        roving
            .get()
            .filter(|&r| shown.with(|s| s[r]))
            .or_else(|| shown.with(|s| model.with_value(|m| m.lon_order.iter().copied().find(|&x| s[x]))))
    });
    // Selectors notify only the two markers whose state changes, not all of them.
    let tab_selector = Selector::new(move || tab_target.get());
    let selected_selector = Selector::new(move || state.city.get());
    let hovered_selector = Selector::new(move || hovered.get());
    let world_transform = move || {
        let t = transform.get();
        format!("translate({} {}) scale({})", fixed(t.tx, 2), fixed(t.ty, 2), fixed(t.k, 5))
    };
    let overlay_transform = move || {
        let t = transform.get();
        format!("translate({} {})", fixed(t.tx, 2), fixed(t.ty, 2))
    };
    let svg_style = move || format!("--k:{}", fixed(transform.get().k, 5));

    let country_paths = countries()
        .iter()
        .map(|c| {
            let numeric = c.numeric.as_str();
            view! { <path class="country" class:partner=move || partner_countries.with(|p| p.iter().any(|x| x == numeric)) d=c.path.as_str()></path> }
        })
        .collect_view();
    let arcs = if model.with_value(MapModel::draws_all_arcs) {
        (0..n)
            .map(|i| {
                let low = cities[i].confidence == crate::data::Confidence::Low;
                view! {
                    <path
                        class="arc"
                        class:low=low
                        class:hidden=move || !shown.with(|s| s[i])
                        class:active={
                            let (sel, hov) = (selected_selector.clone(), hovered_selector.clone());
                            move || sel.selected(&Some(i)) || hov.selected(&Some(i))
                        }
                        d=model.with_value(|m| m.arc(i))
                    ></path>
                }
            })
            .collect_view()
            .into_any()
    } else {
        // Thousands of cities: only the arc in focus.
        (move || hovered.get().or(state.city.get()).map(|i| view! { <path class="arc active" d=model.with_value(|m| m.arc(i))></path> }))
            .into_any()
    };
    let markers = (0..n)
        .map(|i| {
            let c = &cities[i];
            let (x, y) = model.with_value(|m| m.points[i]);
            let style = move || {
                let (ox, oy) = offsets.with(|o| o[i]);
                format!("--x:{};--y:{};--ox:{};--oy:{}", fixed(x, 2), fixed(y, 2), fixed(ox, 1), fixed(oy, 1))
            };
            let leader = move || {
                let (ox, oy) = offsets.with(|o| o[i]);
                (ox * ox + oy * oy > 9.0)
                    .then(|| view! { <line class="leader" x1=fixed(-ox, 1).to_string() y1=fixed(-oy, 1).to_string() x2="0" y2="0"></line> })
            };
            let label = move || {
                let l = lang.get();
                let country = atlas.country(&c.country).map(|k| k.name.or_en(l).to_string()).unwrap_or_default();
                let year = c.year.map_or_else(|| Msg::YearUnknown.get(l).to_string(), |y| y.to_string());
                format!("{}, {country} ({year})", c.name.or_en(l))
            };
            view! {
                <g
                    class="marker"
                    class:low=c.confidence == crate::data::Confidence::Low
                    class:medium=c.confidence == crate::data::Confidence::Medium
                    class:undated=c.year.is_none()
                    class:selected={
                        let sel = selected_selector.clone();
                        move || sel.selected(&Some(i))
                    }
                    class:hidden=move || !shown.with(|s| s[i])
                    data-id=c.id.clone()
                    role="button"
                    tabindex={
                        let sel = tab_selector.clone();
                        move || if sel.selected(&Some(i)) { "0" } else { "-1" }
                    }
                    aria-label=label
                    aria-hidden=move || (!shown.with(|s| s[i])).then_some("true")
                    style=style
                    on:click=move |_| select(i)
                    on:keydown=move |ev| marker_keydown(i, ev)
                    on:focus=move |_| hovered.set(Some(i))
                    on:blur=move |_| hovered.set(None)
                    on:mouseenter=move |_| hovered.set(Some(i))
                    on:mouseleave=move |_| hovered.set(None)
                >
                    {leader}
                    {(n <= DECLUTTER_LIMIT).then(|| view! { <circle class="hit" r="14"></circle> })}
                    <circle class="dot" r="6"></circle>
                </g>
            }
        })
        .collect_view();

    let tooltip = move || {
        let i = hovered.get()?;
        let l = lang.get();
        let c = &cities[i];
        let (x, y) = model.with_value(|m| m.points[i]);
        let (ox, oy) = offsets.with(|o| o[i]);
        let (sx, sy) = transform.get().apply((x, y));
        let country = atlas.country(&c.country).map(|k| k.name.or_en(l).to_string()).unwrap_or_default();
        let s = size.get();
        let flip = sx + ox > s.w * 0.66;
        Some(view! {
            <div
                class="map-tooltip"
                class:flip=flip
                aria-hidden="true"
                style=format!("left:{}px;top:{}px", fixed(sx + ox, 0), fixed(sy + oy, 0))
            >
                <strong>{c.name.or_en(l).to_string()}</strong>
                <span>{country}</span>
            </div>
        })
    };
    let origin_style = model.with_value(|m| format!("--x:{};--y:{};--ox:0;--oy:0", fixed(m.origin.0, 2), fixed(m.origin.1, 2)));
    let zoomed_in = move || view.get().zoom >= 3.5;

    view! {
        <section class="panel map-panel" aria-labelledby="map-heading">
            <div class="panel-head">
                <h2 id="map-heading">{tr(Msg::MapHeading)}</h2>
                <p class="panel-sub">
                    {move || {
                        i18n::cities_in_countries(lang.get(), n, country_count)
                    }}
                </p>
            </div>
            <div class="map-tools">
                <CitySearch/>
                <RegionFilter/>
            </div>
            <div class="map-frame" node_ref=frame class:zoomed-in=zoomed_in>
                <svg
                    class="map"
                    role="group"
                    tabindex="0"
                    aria-label=tr(Msg::MapLabel)
                    aria-describedby="map-help"
                    style=svg_style
                    on:pointerdown=on_pointerdown
                    on:pointermove=on_pointermove
                    on:pointerup=end_drag
                    on:pointercancel=end_drag
                    on:wheel=on_wheel
                    on:dblclick=on_dblclick
                    on:touchstart=on_touchstart
                    on:touchmove=on_touchmove
                    on:touchend=on_touchend
                    on:keydown=on_keydown
                >
                    <g class="world" transform=world_transform>
                        <path class="ocean" d=outline_path()></path>
                        <path class="graticule" d=graticule_path()></path>
                        <g class="countries">{country_paths}</g>
                        <g class="arcs">{arcs}</g>
                    </g>
                    <g class="overlay" transform=overlay_transform>
                        <g class="origin" style=origin_style aria-hidden="true">
                            <circle class="origin-halo" r="11"></circle>
                            <path class="origin-star" d=ORIGIN_STAR></path>
                            <text class="origin-label" x="12" y="4">{tr(Msg::Astana)}</text>
                        </g>
                        <g class="markers">{markers}</g>
                    </g>
                </svg>
                <div class="map-controls">
                    <button type="button" class="icon-button" aria-label=tr(Msg::ZoomIn) title=tr(Msg::ZoomIn) on:click=move |_| zoom_by(1.6, None)>
                        "+"
                    </button>
                    <button type="button" class="icon-button" aria-label=tr(Msg::ZoomOut) title=tr(Msg::ZoomOut) on:click=move |_| zoom_by(1.0 / 1.6, None)>
                        "−"
                    </button>
                    <button
                        type="button"
                        class="icon-button"
                        aria-label=tr(Msg::ResetView)
                        title=tr(Msg::ResetView)
                        on:click=move |_| {
                            cancel_flight();
                            state.map_view.set(None);
                        }
                    >
                        "⤢"
                    </button>
                </div>
                <p class="map-hint" class:shown=move || hint.get().is_some() aria-hidden="true">
                    {move || hint.get().map(|m| m.get(lang.get()))}
                </p>
                {tooltip}
                <CityCard/>
            </div>
            <MapLegend/>
            <p id="map-help" class="map-help">{tr(Msg::MapKeys)}</p>
        </section>
    }
}
