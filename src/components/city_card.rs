//! The details card of the selected city: names, country, relation, year, distance,
//! confidence and why, the sources, and a link to its country's card. A bottom sheet on
//! narrow screens.

use super::card_body::CardBody;
use super::details_card::{focus_when_opened, DetailsCard};
use super::state::use_app;
use crate::i18n::Msg;
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
        let country = atlas.country_by_alpha2(&c.country).map(|k| {
            let label = format!("{}: {}", Msg::CountryCard.get(l), atlas.country_name(c, l));
            view! { <p class="card-country"><button type="button" class="link-button" on:click=move |_| state.select_country(k)>{label}</button></p> }
        });
        Some(view! {
            <DetailsCard class="city-card" title_id="city-card-title" title=c.name.or_en(l).to_string() lang=l card_ref=card on_close>
                <CardBody kind="city" id=c.id.clone()/>
                {country}
            </DetailsCard>
        })
    }
}
