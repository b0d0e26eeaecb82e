//! The country list under the tables: every country with a city in Astana's network or a
//! recorded part in one of its events, in alphabetical order, each opening its card (a card
//! text, fetched when the list is first opened). The map needs no tab stop per country.

use super::card_body::CardBody;
use super::country_card::open_key;
use super::state::{tr, use_app};
use crate::i18n::Msg;
use crate::web;
use leptos::prelude::*;

#[component]
pub fn CountryList() -> impl IntoView {
    let state = use_app();
    let open = RwSignal::new(false);
    view! {
        <details class="table-block country-block" on:toggle=move |ev| {
            open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
        }>
            <summary><h2 id="country-list-caption">{tr(Msg::CountryList)}</h2></summary>
            <div class="country-list-body" on:click=move |ev| {
                if let Some(key) = web::event_data_key(&ev) {
                    open_key(state, &key);
                }
            }>
                {move || open.get().then(|| view! { <CardBody kind="countries" id=""/> })}
            </div>
        </details>
    }
}
