//! One city's marker: a focusable button on the map with the city's name, country and year
//! as its accessible name; Enter opens the card, the arrow keys step to the next city.

use super::map_shared::MapShared;
use super::state::use_app;
use crate::data::Confidence;
use crate::format::fixed;
use crate::i18n::{self, Msg};
use crate::web;
use leptos::prelude::*;

/// Moves the roving focus to marker `i`.
pub fn focus_marker(shared: &MapShared, i: usize) {
    shared.roving.set(Some(i));
    web::focus_selector(&format!(".marker[data-id=\"{}\"]", use_app().atlas.twin.cities[i].id));
}

#[component]
pub fn MapMarker(i: usize, #[prop(optional)] hit_area: bool) -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let shared = expect_context::<MapShared>();
    let MapShared { model, offsets, labels, shown, visible, hovered, .. } = shared.clone();
    let c = &atlas.twin.cities[i];
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
        let year = c.year.map_or_else(|| Msg::YearUnknown.get(l).to_string(), |y| y.to_string());
        format!("{}, {} ({year})", c.name.or_en(l), atlas.country_name(c, l))
    };
    let select = move || {
        state.select_city(i, false);
        shared.roving.set(Some(i));
        let l = lang.get_untracked();
        state.announce(i18n::selected(l, &format!("{}, {}", c.name.or_en(l), atlas.country_name(c, l))));
    };
    let keys = shared.clone();
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let forward = match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                ev.stop_propagation();
                select();
                return;
            }
            "ArrowRight" | "ArrowDown" => true,
            "ArrowLeft" | "ArrowUp" => false,
            "Escape" => {
                // Escape closes an open card first (focus may not have reached it yet).
                if state.city().get_untracked().is_some() {
                    state.close_city();
                } else {
                    web::focus_selector(".map-frame svg");
                }
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        ev.stop_propagation();
        if let Some(j) = visible.with_untracked(|v| model.with_value(|m| m.step(i, forward, v))) {
            focus_marker(&keys, j);
        }
    };
    let (tab, selected) = (shared.tab.clone(), shared.selected.clone());
    view! {
        <g
            class="marker"
            class:low=c.confidence == Confidence::Low
            class:medium=c.confidence == Confidence::Medium
            class:undated=c.year.is_none()
            class:selected=move || selected.selected(&Some(i))
            class:hidden=move || !shown.with(|s| s[i])
            data-id=c.id.clone()
            role="button"
            tabindex=move || if tab.selected(&Some(i)) { "0" } else { "-1" }
            aria-label=label
            aria-hidden=move || (!shown.with(|s| s[i])).then_some("true")
            style=style
            on:click=move |_| select()
            on:keydown=on_keydown
            on:focus=move |_| hovered.set(Some(i))
            on:blur=move |_| hovered.set(None)
            on:mouseenter=move |_| hovered.set(Some(i))
            on:mouseleave=move |_| hovered.set(None)
        >
            {leader}
            {hit_area.then(|| view! { <circle class="hit" r="14"></circle> })}
            <circle class="dot" r="6"></circle>
            {move || labels.with(|l| l[i]).then(|| view! { <text class="city-label" x="9" y="4">{c.name.or_en(lang.get()).to_string()}</text> })}
        </g>
    }
}
