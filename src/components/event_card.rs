//! The details card of the selected event: name, dates, the city's name at the time,
//! organization, kind, the one-line fact, participants and sources, then who took part
//! (written at build time with the other card texts).

use super::card_body::CardBody;
use super::country_card::open_key;
use super::details_card::{focus_when_opened, DetailsCard};
use super::state::use_app;
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
        // On wide screens the card sits on the side of the chart away from the event (and
        // never over the lanes' names, see the style sheet).
        let span = crate::filters::full_years(atlas);
        let later = 2 * e.start.year > span.from + span.to;
        Some(view! {
            <DetailsCard
                class=if later { "event-card card-start" } else { "event-card" }
                title_id="event-card-title"
                title=e.name.or_en(l).to_string()
                title_lang=if fallback_name { "en" } else { l.code() }
                lang=l
                card_ref=card
                on_close
            >
                <CardBody kind="event" id=e.id.clone()/>
                <div on:click=move |ev| {
                    if let Some(key) = web::event_data_key(&ev) {
                        open_key(state, &key);
                    }
                }>
                    <CardBody kind="participants" id=e.id.clone()/>
                </div>
            </DetailsCard>
        })
    }
}
