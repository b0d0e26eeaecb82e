//! The map's key: Astana, well-sourced and uncertain partner cities (the same items as the
//! static page's, from `static_map::legend_items`), and while an event is selected, what
//! the participants' tints mean and how many states took part.

use super::state::use_app;
use crate::participant_view::participant_legend_html;
use crate::static_map::legend_items;
use leptos::prelude::*;

#[component]
pub fn MapLegend() -> impl IntoView {
    let state = use_app();
    let lang = state.lang();
    let participants = move || {
        let (p, e) = (state.participation().get()?, state.event().get()?);
        Some(view! { <ul class="legend participant-legend" inner_html=participant_legend_html(&p, lang.get(), e).into_string()></ul> })
    };
    view! {
        <ul class="legend map-legend" inner_html=move || legend_items(lang.get()).into_string()></ul>
        {participants}
    }
}
