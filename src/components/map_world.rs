//! The map's base layer in map units: ocean, graticule, country outlines (partner
//! countries tinted; while an event is selected, its participants tinted by role, with
//! `data-participant`, and arcs from them to Astana; the selected country outlined) and the
//! great-circle arcs from Astana.

use super::map_shared::MapShared;
use super::state::use_app;
use crate::data::Confidence;
use crate::geo::map_model::MapModel;
use crate::geo::world::{countries, graticule_path, outline_path};
use crate::participant_view::{participant_arcs, role_at, Tint};
use crate::static_map::country_code;
use crate::web;
use leptos::prelude::*;
use leptos::svg::G;

/// The hatching of observers', partners' and guests' shapes (and of their key), in map units.
const HATCH: &str = r#"<pattern id="participant-hatch" width="2.4" height="2.4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="2.4" height="2.4"></rect><path class="hatch-line" d="M0 0V2.4"></path></pattern>"#;

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
        crate::order::sort_dedup(&mut codes);
        codes
    });
    // The static page's outlines are moved in, not drawn again; without a static page
    // (tests) the shapes provided so far, if any, are drawn.
    let country_group = NodeRef::<G>::new();
    let adopted = web::take_static_countries();
    let drawn = adopted.is_none().then(|| {
        countries()
            .iter()
            .map(|c| view! { <path class="country" data-n=c.numeric.as_str() data-country=country_code(atlas, &c.numeric) d=c.path.as_str()></path> })
            .collect_view()
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
    // The selected event's participants: tint, role and outline style, per shape.
    let (event, country, participation) = (state.event(), state.country(), state.participation());
    Effect::new(move |_| {
        let Some(g) = country_group.get() else { return };
        let p = participation.get();
        let (e, selected) = (event.get(), country.get().map(|i| atlas.codes[i].code.as_str()));
        let paths = g.children();
        for i in 0..paths.length() {
            let Some(path) = paths.item(i) else { continue };
            let code = path.get_attribute("data-country");
            let role = p.as_ref().zip(code.as_deref()).and_then(|(p, c)| role_at(p, e, c));
            let tint = role.map(Tint::of);
            let classes = path.class_list();
            let _ = classes.toggle_with_force("full", tint == Some(Tint::Full));
            let _ = classes.toggle_with_force("partial", tint == Some(Tint::Partial));
            let _ = classes.toggle_with_force("selected", code.is_some() && code.as_deref() == selected);
            match role {
                Some(r) => path.set_attribute("data-participant", r.slug()).unwrap_or_default(),
                None if path.has_attribute("data-participant") => path.remove_attribute("data-participant").unwrap_or_default(),
                None => {}
            }
        }
    });
    let arcs_of_event = move || participation.get().zip(event.get()).map(|(p, e)| participant_arcs(&p, e)).filter(|d| !d.is_empty());
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
            <defs inner_html=HATCH></defs>
            <path class="ocean" d=outline_path()></path>
            <path class="graticule" d=graticule_path()></path>
            <g class="countries" node_ref=country_group>{drawn}</g>
            <g class="arcs">{arcs}</g>
            {move || arcs_of_event().map(|d| view! { <path class="participant-arcs" d=d></path> })}
        </g>
    }
}
