//! About the atlas: where the data comes from, what it leaves out, and where the article
//! it is built from is wrong.

use super::source_list::SourceList;
use super::state::{tr, use_app};
use crate::data::ARTICLE_URL;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn AboutPanel() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang;
    let corrections = atlas
        .summits
        .corrections
        .iter()
        .map(|c| {
            let event = c.event.as_deref().and_then(|id| atlas.event_index(id));
            view! {
                <li>
                    <p>{move || c.text.or_en(lang.get()).to_string()}</p>
                    {event.map(|i| view! {
                        <button type="button" class="link-button" on:click=move |_| state.event.set(Some(i))>
                            {tr(Msg::ShowOnChart)}
                        </button>
                    })}
                    <SourceList sources=c.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="about" class="panel about" aria-labelledby="about-heading">
            <h2 id="about-heading">{tr(Msg::AboutHeading)}</h2>
            <p>{tr(Msg::AboutText)}</p>
            <p>{tr(Msg::NotExhaustive)}</p>
            <p><a href=ARTICLE_URL rel="noopener">{tr(Msg::ArticleLink)}</a></p>
            <h3>{tr(Msg::CorrectionsHeading)}</h3>
            <ul class="corrections">{corrections}</ul>
            <p class="credit">{tr(Msg::Credits)}</p>
        </section>
    }
}
