//! The polite live region that announces selections to screen readers.

use super::state::use_app;
use leptos::prelude::*;

#[component]
pub fn LiveRegion() -> impl IntoView {
    let state = use_app();
    view! { <div class="visually-hidden" aria-live="polite" aria-atomic="true">{move || state.announcement().get()}</div> }
}
