//! The details card of the selected event: name, dates, the city's name at the time,
//! organization, kind, the one-line fact, participants and sources, then who took part
//! (from the participation data, fetched when an event is first selected).

use super::country_card::open_key;
use super::details_card::{focus_when_opened, DetailsCard};
use super::state::use_app;
use crate::fragments;
use crate::i18n::Msg;
use crate::participant_view::event_participants_html;
use crate::web;
use leptos::html::Section;
use leptos::prelude::*;

#[component]
pub fn EventCard() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let card = NodeRef::<Section>::new();
    let close = move || {
        state.close_event();
        web::focus_selector(".chart-canvas");
    };
    focus_when_opened(state.event(), card);
    let on_close = Callback::new(move |()| close());
    move || {
        let i = state.event().get()?;
        let l = lang.get();
        let e = &atlas.summits.events[i];
        let fallback_name = e.name.is_fallback(l);
        let body = fragments::event_card_body(atlas, l, i).into_string();
        // Its own reactive part: the card is not rebuilt (and keeps focus) when the data comes.
        let who = move || match state.participation().get() {
            Some(p) => event_participants_html(&p, l, i).into_string(),
            None => crate::html!(r#"<p class="muted">{}</p>"#, Msg::ParticipantsLoading.get(l)).into_string(),
        };
        Some(view! {
            <DetailsCard
                class="event-card"
                title_id="event-card-title"
                title=e.name.or_en(l).to_string()
                title_lang=if fallback_name { "en" } else { l.code() }
                lang=l
                card_ref=card
                on_close
            >
                <div class="card-body" inner_html=body></div>
                <div class="card-body" inner_html=who on:click=move |ev| {
                    if let Some(key) = web::event_data_key(&ev) {
                        open_key(state, &key);
                    }
                }></div>
            </DetailsCard>
        })
    }
}
