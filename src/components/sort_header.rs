//! A sortable column header: a button that sorts by the column, with `aria-sort`.

use crate::i18n::{Lang, Msg};
use leptos::prelude::*;

/// Which column a table is sorted by, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SortBy<C: Copy + PartialEq + Send + Sync + 'static> {
    pub column: C,
    pub ascending: bool,
}

#[component]
pub fn SortHeader<C: Copy + PartialEq + Send + Sync + 'static>(
    column: C,
    label: Msg,
    sort: RwSignal<SortBy<C>>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let aria = move || {
        let s = sort.get();
        match (s.column == column, s.ascending) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        }
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button
                type="button"
                class="sort"
                on:click=move |_| {
                    sort.update(|s| {
                        if s.column == column {
                            s.ascending = !s.ascending;
                        } else {
                            *s = SortBy { column, ascending: true };
                        }
                    })
                }
            >
                {move || label.get(lang.get())}
                <span class="sort-arrow" aria-hidden="true">
                    {move || match aria() {
                        "ascending" => "▲",
                        "descending" => "▼",
                        _ => "",
                    }}
                </span>
                <span class="visually-hidden">
                    {move || match aria() {
                        "ascending" => format!(", {}", Msg::SortedAscending.get(lang.get())),
                        "descending" => format!(", {}", Msg::SortedDescending.get(lang.get())),
                        _ => String::new(),
                    }}
                </span>
            </button>
        </th>
    }
}
