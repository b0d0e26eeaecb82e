//! The twin cities as a sortable table: the map's accessible twin, in sync with it.

use super::state::use_app;
use super::table_block::TableBlock;
use crate::i18n::Msg;
use crate::tables::{self, Action, CityCol, Sort};
use leptos::prelude::*;

#[component]
pub fn CityTable() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let total = atlas.twin.cities.len();
    let sort = RwSignal::new(Sort { column: CityCol::Distance, ascending: true });
    let rows =
        Memo::new(move |_| state.with_distances(|d| tables::city_order(atlas, lang.get(), &|i| state.city_visible(i), d, sort.get())));
    let html = Memo::new(move |_| rows.with(|r| state.with_distances(|d| tables::city_table_html(atlas, lang.get(), sort.get(), r, d))));
    let selected = Signal::derive(move || state.city().get().map(|i| atlas.twin.cities[i].id.as_str()));
    let on_key = move |key: String| match tables::action::<CityCol>(&key, total) {
        Some(Action::Sort(column)) => sort.update(|s| *s = s.clicked(column)),
        Some(Action::Select(i)) => {
            state.select_city(i, true);
        }
        None => {}
    };
    view! {
        <TableBlock caption_id="city-table-caption" caption=Msg::CityTableCaption shown=Signal::derive(move || rows.with(Vec::len)) total class="city-table" html selected on_key/>
    }
}
