//! The map's key: Astana, well-sourced and uncertain partner cities (the same items as the
//! static page's, from `static_map::legend_items`).

use super::state::use_app;
use crate::static_map::legend_items;
use leptos::prelude::*;

#[component]
pub fn MapLegend() -> impl IntoView {
    let lang = use_app().lang();
    view! { <ul class="legend map-legend" inner_html=move || legend_items(lang.get()).into_string()></ul> }
}
