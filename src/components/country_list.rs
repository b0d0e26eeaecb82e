//! The country list under the tables: every country with a city in Astana's network or a
//! recorded part in one of its events, in alphabetical order, each opening its card. Closed
//! at first (its names come with the participation data, fetched when it is opened), so the
//! map needs no tab stop per country.

use super::country_card::open_key;
use super::state::{tr, use_app};
use crate::i18n::Msg;
use crate::participant_view::{country_list_html, listed_countries};
use crate::web;
use leptos::prelude::*;

#[component]
pub fn CountryList() -> impl IntoView {
    let state = use_app();
    let lang = state.lang();
    let open = RwSignal::new(false);
    let html = move || {
        if !open.get() {
            return String::new();
        }
        let Some(p) = state.participation().get() else {
            return crate::html!(r#"<p class="muted">{}</p>"#, Msg::ParticipantsLoading.get(lang.get())).into_string();
        };
        let l = lang.get();
        country_list_html(&p, l, &listed_countries(&p, l)).into_string()
    };
    view! {
        <details class="table-block country-block" on:toggle=move |ev| {
            let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
            if now {
                state.want_participation();
            }
            open.set(now);
        }>
            <summary><h2 id="country-list-caption">{tr(Msg::CountryList)}</h2></summary>
            <div class="country-list-body" inner_html=html on:click=move |ev| {
                if let Some(key) = web::event_data_key(&ev) {
                    open_key(state, &key);
                }
            }></div>
        </details>
    }
}
