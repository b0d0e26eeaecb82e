//! A card's body (a city's, an event's, or the About panel's), from the texts written at
//! build time: shown when they have arrived, a loading line until then, and a retry when
//! they could not be fetched.

use super::state::{tr, use_app};
use crate::card_texts::CardText;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn CardBody(
    /// `"city"`, `"event"` or `"about"`.
    kind: &'static str,
    /// The record's id (empty for the About panel).
    #[prop(into)]
    id: String,
    /// The class of the element holding the body.
    #[prop(default = "card-body")]
    class: &'static str,
) -> impl IntoView {
    let state = use_app();
    move || match state.card_text(kind, &id) {
        CardText::Ready(html) => view! { <div class=class inner_html=html></div> }.into_any(),
        CardText::Loading => view! { <p class=format!("{class} card-loading") role="status">{tr(Msg::CardLoading)}</p> }.into_any(),
        CardText::Failed => view! {
            <p class=format!("{class} card-failed") role="alert">
                {tr(Msg::CardFailed)} " "
                <button type="button" class="link-button" on:click=move |_| state.retry_card_texts()>{tr(Msg::Retry)}</button>
            </p>
        }
        .into_any(),
    }
}
