//! The details card of the selected event: name, dates, the city's name at the time,
//! organization, kind, the one-line fact, participants and sources.

use super::details_card::{focus_when_opened, DetailsCard};
use super::source_list::SourceList;
use super::state::use_app;
use crate::data::Confidence;
use crate::format;
use crate::i18n::{city_name_msg, confidence_msg, kind_msg};
use crate::i18n::{Lang, Msg};
use crate::web;
use leptos::html::Section;
use leptos::prelude::*;

/// Marks text shown in English because no translation exists.
#[component]
pub fn InEnglish(lang: Lang) -> impl IntoView {
    (lang != Lang::En).then(|| view! { <abbr class="in-english" title=Msg::NotTranslated.get(lang)>{Msg::InEnglish.get(lang)}</abbr> })
}

#[component]
pub fn EventCard() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang;
    let card = NodeRef::<Section>::new();
    let close = move || {
        state.event.set(None);
        web::focus_selector(".chart-canvas");
    };
    focus_when_opened(state.event, card);
    let on_close = Callback::new(move |()| close());
    move || {
        let i = state.event.get()?;
        let l = lang.get();
        let e = &atlas.summits.events[i];
        let org = atlas.organization(&e.organization).map(|o| o.name.or_en(l).to_string()).unwrap_or_default();
        let fallback_name = e.name.is_fallback(l);
        let participants = e.participants.clone().map(|p| {
            view! {
                <div class="name-row">
                    <dt>{Msg::Participants.get(l)}</dt>
                    <dd>{p} " " <InEnglish lang=l/></dd>
                </div>
            }
        });
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
                {fallback_name.then(|| view! { <p class="card-sub"><InEnglish lang=l/></p> })}
                <p class="badges">
                    <span class=format!("badge kind kind-{}", e.kind.slug())>{kind_msg(e.kind).get(l)}</span>
                    {(e.confidence != Confidence::High).then(|| view! { <span class="badge confidence-low">{confidence_msg(e.confidence).get(l)}</span> })}
                    {e.in_article.then(|| view! { <span class="badge article">{Msg::NamedInArticle.get(l)}</span> })}
                </p>
                <p class="fact" lang="en">{e.fact.clone()} " " <InEnglish lang=l/></p>
                <dl class="facts">
                    <div class="name-row">
                        <dt>{Msg::ColDates.get(l)}</dt>
                        <dd>{format::date_range(l, e.start, e.end)}</dd>
                    </div>
                    <div class="name-row">
                        <dt>{Msg::CityNameAtTime.get(l)}</dt>
                        <dd>{city_name_msg(e.city_name).get(l)}</dd>
                    </div>
                    <div class="name-row">
                        <dt>{Msg::ColOrganization.get(l)}</dt>
                        <dd>{org}</dd>
                    </div>
                    {participants}
                </dl>
                <SourceList sources=e.sources.clone()/>
            </DetailsCard>
        })
    }
}
