//! The map's base layer in map units: ocean, graticule, country outlines (partner
//! countries tinted) and the great-circle arcs from Astana.

use super::map_shared::MapShared;
use super::state::use_app;
use crate::data::Confidence;
use crate::geo::map_model::MapModel;
use crate::geo::world::{countries, graticule_path, outline_path};
use crate::web;
use leptos::prelude::*;
use leptos::svg::G;

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
    // The static page's outlines are moved in, not drawn again; without a static page
    // (tests) the shapes provided so far, if any, are drawn.
    let country_group = NodeRef::<G>::new();
    let adopted = web::take_static_countries();
    let drawn = adopted.is_none().then(|| {
        countries().iter().map(|c| view! { <path class="country" data-n=c.numeric.as_str() d=c.path.as_str()></path> }).collect_view()
    });
    let adopted = send_wrapper::SendWrapper::new(adopted);
    Effect::new(move |_| {
        let Some(g) = country_group.get() else { return };
        if let Some(st) = adopted.as_ref() {
            while let Some(child) = st.first_child() {
                let _ = g.append_child(&child);
            }
        }
    });
    // Partner countries tinted: one class per path, set where it changes.
    Effect::new(move |_| {
        let Some(g) = country_group.get() else { return };
        partner_countries.with(|p| {
            let paths = g.children();
            for i in 0..paths.length() {
                if let Some(path) = paths.item(i) {
                    let n = path.get_attribute("data-n").unwrap_or_default();
                    let _ = path.class_list().toggle_with_force("partner", !n.is_empty() && p.binary_search(&n.as_str()).is_ok());
                }
            }
        });
    });
    let hovered_selector = Selector::new(move || hovered.try_get().flatten());
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
            <g class="countries" node_ref=country_group>{drawn}</g>
            <g class="arcs">{arcs}</g>
        </g>
    }
}
