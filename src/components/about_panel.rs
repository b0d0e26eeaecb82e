//! About the atlas: where the data comes from, what it leaves out, and where the article
//! it is built from is wrong (HTML from `fragments::about_html`).

use super::state::use_app;
use crate::fragments;
use crate::tables;
use crate::web;
use leptos::prelude::*;

#[component]
pub fn AboutPanel() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let html = move || fragments::about_html(atlas, state.lang().get()).into_string();
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(i) = web::event_data_key(&ev).and_then(|k| tables::selected_index(&k, atlas.summits.events.len())) {
            state.select_event(i);
        }
    };
    view! { <section id="about" class="panel about" aria-labelledby="about-heading" inner_html=html on:click=on_click></section> }
}
