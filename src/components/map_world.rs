//! The map's base layer in map units: ocean, graticule, country outlines (partner
//! countries tinted) and the great-circle arcs from Astana.

use super::map_shared::MapShared;
use super::state::use_app;
use crate::data::Confidence;
use crate::geo::map_model::MapModel;
use crate::geo::world::{countries, graticule_path, outline_path};
use leptos::prelude::*;

#[component]
pub fn MapWorld(
    /// The `transform` attribute: map units to screen pixels.
    transform: Signal<String>,
) -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let cities = &atlas.twin.cities;
    let MapShared { model, shown, visible, hovered, selected, .. } = expect_context::<MapShared>();
    let partner_countries = Memo::new(move |_| {
        let mut codes: Vec<&'static str> =
            visible.with(|v| v.iter().filter_map(|&i| atlas.country(&cities[i].country)).map(|c| c.numeric.as_str()).collect());
        codes.sort_unstable();
        codes.dedup();
        codes
    });
    let country_paths = countries()
        .iter()
        .map(|c| {
            let numeric = c.numeric.as_str();
            view! { <path class="country" class:partner=move || partner_countries.with(|p| p.binary_search(&numeric).is_ok()) d=c.path.as_str()></path> }
        })
        .collect_view();
    let hovered_selector = Selector::new(move || hovered.get());
    let arcs = if model.with_value(MapModel::draws_all_arcs) {
        (0..cities.len())
            .map(|i| {
                let (sel, hov) = (selected.clone(), hovered_selector.clone());
                view! {
                    <path
                        class="arc"
                        class:low=cities[i].confidence == Confidence::Low
                        class:hidden=move || !shown.with(|s| s[i])
                        class:active=move || sel.selected(&Some(i)) || hov.selected(&Some(i))
                        d=model.with_value(|m| m.arc(i))
                    ></path>
                }
            })
            .collect_view()
            .into_any()
    } else {
        // Thousands of cities: only the arc in focus.
        let city = state.city();
        (move || hovered.get().or(city.get()).map(|i| view! { <path class="arc active" d=model.with_value(|m| m.arc(i))></path> }))
            .into_any()
    };
    view! {
        <g class="world" transform=transform>
            <path class="ocean" d=outline_path()></path>
            <path class="graticule" d=graticule_path()></path>
            <g class="countries">{country_paths}</g>
            <g class="arcs">{arcs}</g>
        </g>
    }
}
