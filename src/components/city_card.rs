//! The details card of the selected city: names, country, relation, year, distance,
//! confidence and why, and the sources. A bottom sheet on narrow screens.

use super::card_body::CardBody;
use super::details_card::{focus_when_opened, DetailsCard};
use super::state::use_app;
use crate::web;
use leptos::html::Section;
use leptos::prelude::*;

#[component]
pub fn CityCard() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let card = NodeRef::<Section>::new();
    let close = move || {
        if let Some(i) = state.city().get_untracked() {
            state.close_city();
            web::focus_selector(&format!(".marker[data-id=\"{}\"]", atlas.twin.cities[i].id));
        }
    };
    focus_when_opened(state.city(), card);
    let on_close = Callback::new(move |()| close());

    move || {
        let i = state.city().get()?;
        let l = lang.get();
        let c = &atlas.twin.cities[i];
        Some(view! {
            <DetailsCard class="city-card" title_id="city-card-title" title=c.name.or_en(l).to_string() lang=l card_ref=card on_close>
                <CardBody kind="city" id=c.id.clone()/>
            </DetailsCard>
        })
    }
}
