//! The frame of a data table: its heading, "showing N of M", and a scrolling region that a
//! keyboard can reach.

use super::state::{tr, use_app};
use crate::i18n::{self, Msg};
use leptos::prelude::*;

#[component]
pub fn TableBlock(
    /// The heading's id, which labels the scrolling region.
    caption_id: &'static str,
    caption: Msg,
    /// How many rows the filters leave.
    shown: Signal<usize>,
    total: usize,
    /// Extra class on the table: `city-table` or `event-table`.
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <div class="table-block">
            <h2 id=caption_id>{tr(caption)}</h2>
            <p class="table-count">{move || i18n::showing_of(lang.get(), shown.get(), total)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=caption_id>
                <table class=format!("data-table {class}")>{children()}</table>
            </div>
        </div>
    }
}
