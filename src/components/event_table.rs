//! The hosted events as a sortable table: the chart's accessible twin, in sync with it.

use super::state::use_app;
use super::table_block::TableBlock;
use crate::i18n::Msg;
use crate::tables::{self, Action, EventCol, Sort};
use leptos::prelude::*;

#[component]
pub fn EventTable() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let total = atlas.summits.events.len();
    let sort = RwSignal::new(Sort { column: EventCol::Dates, ascending: true });
    let rows = Memo::new(move |_| tables::event_order(atlas, lang.get(), &|i| state.event_shown(i) && state.event_in_years(i), sort.get()));
    let html = Memo::new(move |_| rows.with(|r| tables::event_table_html(atlas, lang.get(), sort.get(), r)));
    let selected = Signal::derive(move || state.event().get().map(|i| atlas.summits.events[i].id.as_str()));
    let on_key = move |key: String| match tables::action::<EventCol>(&key, total) {
        Some(Action::Sort(column)) => sort.update(|s| *s = s.clicked(column)),
        Some(Action::Select(i)) => state.select_event(i),
        None => {}
    };
    view! {
        <TableBlock caption_id="event-table-caption" caption=Msg::EventTableCaption shown=Signal::derive(move || rows.with(Vec::len)) total class="event-table" html selected on_key/>
    }
}
