//! The details card of the selected city: names, country, relation, year, distance,
//! confidence and why, and the sources. A bottom sheet on narrow screens.

use super::details_card::{focus_when_opened, DetailsCard};
use super::source_list::SourceList;
use super::state::use_app;
use crate::data::Confidence;
use crate::format;
use crate::i18n::{confidence_msg, relation_msg, Lang, Msg};
use crate::web;
use leptos::html::Section;
use leptos::prelude::*;

#[component]
pub fn CityCard() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang;
    let card = NodeRef::<Section>::new();
    let close = move || {
        if let Some(i) = state.city.get_untracked() {
            state.city.set(None);
            web::focus_selector(&format!(".marker[data-id=\"{}\"]", atlas.twin.cities[i].id));
        }
    };
    focus_when_opened(state.city, card);
    let on_close = Callback::new(move |()| close());

    move || {
        let i = state.city.get()?;
        let l = lang.get();
        let c = &atlas.twin.cities[i];
        let country = atlas.country(&c.country);
        let country_name = country.map(|k| k.name.or_en(l).to_string()).unwrap_or_default();
        let year = c.year.map_or_else(|| Msg::YearUnknown.get(l).to_string(), |y| y.to_string());
        let distance = format::km(l, state.distances.with_value(|d| d[i]));
        let names = Lang::ALL
            .into_iter()
            .map(|nl| {
                let value = c.name.get(nl).map_or_else(
                    || view! { <em class="unknown">{Msg::NameUnknown.get(l)}</em> }.into_any(),
                    |v| view! { <span lang=nl.code()>{v.to_string()}</span> }.into_any(),
                );
                view! {
                    <div class="name-row">
                        <dt>{nl.native_name()}</dt>
                        <dd>{value}</dd>
                    </div>
                }
            })
            .collect_view();
        let note = c.note.as_ref().map(|note| {
            let heading = if c.confidence == Confidence::High { Msg::Note } else { Msg::WhyUncertain };
            view! {
                <div class="card-note" class:warn=c.confidence != Confidence::High>
                    <strong>{heading.get(l)}</strong>
                    <p>{note.or_en(l).to_string()}</p>
                </div>
            }
        });
        let confidence = c.confidence;
        Some(view! {
            <DetailsCard class="city-card" title_id="city-card-title" title=c.name.or_en(l).to_string() lang=l card_ref=card on_close>
                <p class="card-sub">
                    <span>{country_name}</span>
                    " · "
                    <span>{relation_msg(c.relation).get(l)}</span>
                    " · "
                    <span class:unknown=c.year.is_none()>{year}</span>
                </p>
                <p class="badges">
                    <span class=format!("badge confidence-{}", match confidence { Confidence::High => "high", Confidence::Medium => "medium", Confidence::Low => "low" })>
                        {confidence_msg(confidence).get(l)}
                    </span>
                    {c.in_article.then(|| view! { <span class="badge article">{Msg::NamedInArticle.get(l)}</span> })}
                </p>
                <dl class="facts">
                    {names}
                    <div class="name-row">
                        <dt>{Msg::DistanceFromAstana.get(l)}</dt>
                        <dd>{distance}</dd>
                    </div>
                </dl>
                {note}
                <SourceList sources=c.sources.clone()/>
            </DetailsCard>
        })
    }
}
