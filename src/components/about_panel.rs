//! About the atlas: where the data comes from, what it leaves out, and where the article
//! it is built from is wrong (HTML written at build time, see `fragments::about_html`,
//! fetched with the cards' texts once the panel is near the viewport).

use super::card_body::CardBody;
use super::state::use_app;
use crate::tables;
use crate::web;
use leptos::html::Section;
use leptos::prelude::*;

#[component]
pub fn AboutPanel() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let panel = NodeRef::<Section>::new();
    let near = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(el) = panel.get() {
            if let Some(sub) = web::when_near_viewport(&el, move || near.set(true)) {
                sub.until_cleanup();
            } else {
                near.set(true);
            }
        }
    });
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(i) = web::event_data_key(&ev).and_then(|k| tables::selected_index(&k, atlas.summits.events.len())) {
            state.select_event(i);
        }
    };
    view! {
        <section id="about" class="panel about" aria-labelledby="about-heading" node_ref=panel on:click=on_click>
            <Show when=move || near.get()>
                <CardBody kind="about" id="" class="about-body"/>
            </Show>
        </section>
    }
}
