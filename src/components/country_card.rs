//! The details card of the selected country, labelled by its name (from the participation
//! data, fetched when a country is first selected): its cities in Astana's network and the
//! events it took part in, each opening its own card (the body is a card text).

use super::card_body::CardBody;
use super::details_card::{focus_when_opened, DetailsCard};
use super::state::{use_app, AppState};
use crate::participant_view::country_name;
use crate::web;
use leptos::html::Section;
use leptos::prelude::*;

/// Runs the card link behind a `data-key`: `c:<city>` opens a city, `e:<event>` an event,
/// `k:<country>` a country.
pub fn open_key(state: AppState, key: &str) {
    let Some((kind, index)) = key.split_once(':').and_then(|(k, i)| Some((k, i.parse::<usize>().ok()?))) else { return };
    match kind {
        "c" => state.select_city(index, true),
        "e" => state.select_event(index),
        "k" => state.select_country(index),
        _ => {}
    }
}

#[component]
pub fn CountryCard() -> impl IntoView {
    let state = use_app();
    let lang = state.lang();
    let card = NodeRef::<Section>::new();
    let close = move || {
        state.close_country();
        web::focus_selector("svg.map");
    };
    // The card appears once its names have come (the data is fetched on the first selection),
    // and takes focus then.
    let shown = Memo::new(move |_| state.country().get().filter(|_| state.participation().with(Option::is_some)));
    focus_when_opened(shown, card);
    let on_close = Callback::new(move |()| close());
    move || {
        let (c, p) = (shown.get()?, state.participation().get()?);
        let l = lang.get();
        let title = country_name(&p, c, l).to_string();
        Some(view! {
            <DetailsCard class="country-card" title_id="country-card-title" title lang=l card_ref=card on_close>
                <div on:click=move |ev| {
                    if let Some(key) = web::event_data_key(&ev) {
                        open_key(state, &key);
                    }
                }>
                    <CardBody kind="country" id=state.atlas.codes[c].code.clone()/>
                </div>
            </DetailsCard>
        })
    }
}
