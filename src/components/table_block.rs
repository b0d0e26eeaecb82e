//! A data table: its heading, "showing N of M", and a scrolling region that a keyboard can
//! reach, holding a table whose HTML comes from `crate::tables`. Clicks on its buttons are
//! handled once, on the table, by their `data-key`.

use super::state::{tr, use_app};
use crate::i18n::{self, Msg};
use crate::web;
use leptos::html::Table;
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
    /// The table's `<thead>` and `<tbody>`.
    html: Memo<crate::html::Html>,
    /// The `data-id` of the selected row.
    selected: Signal<Option<&'static str>>,
    /// Called with the `data-key` of a clicked button.
    on_key: impl Fn(String) + 'static,
) -> impl IntoView {
    let lang = use_app().lang();
    let table = NodeRef::<Table>::new();
    // The HTML is set when it changes (the memo skips equal strings); a new selection only
    // moves the row marking.
    Effect::new(move |_| {
        if let Some(t) = table.get() {
            html.with(|h| web::set_html_keeping_focus(&t, h));
            web::mark_selected_row(&t, selected.get_untracked());
        }
    });
    Effect::new(move |_| {
        if let Some(t) = table.get() {
            web::mark_selected_row(&t, selected.get());
        }
    });
    view! {
        <div class="table-block">
            <h2 id=caption_id>{tr(caption)}</h2>
            <p class="table-count">{move || i18n::showing_of(lang.get(), shown.get(), total)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=caption_id>
                <table class=format!("data-table {class}") node_ref=table on:click=move |ev| {
                    if let Some(key) = web::event_data_key(&ev) {
                        on_key(key);
                    }
                }></table>
            </div>
        </div>
    }
}
