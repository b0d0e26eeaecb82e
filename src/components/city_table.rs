//! The twin cities as a sortable table: the map's accessible twin, in sync with it.

use super::city_card::{confidence_msg, relation_msg};
use super::sort_header::{SortBy, SortHeader};
use super::state::use_app;
use super::table_block::TableBlock;
use crate::data::Confidence;
use crate::format;
use crate::i18n::{self, Msg};
use crate::order::sort_indexes;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    City,
    Country,
    Relation,
    Year,
    Distance,
    Confidence,
}

#[component]
pub fn CityTable() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang;
    let sort = RwSignal::new(SortBy { column: Col::Distance, ascending: true });
    let rows = Memo::new(move |_| {
        let l = lang.get();
        let s = sort.get();
        let mut rows: Vec<usize> = (0..atlas.twin.cities.len()).filter(|&i| state.city_visible(i)).collect();
        let cities = &atlas.twin.cities;
        let country = |i: usize| atlas.country(&cities[i].country).map(|c| i18n::fold(c.name.or_en(l))).unwrap_or_default();
        let conf = |c: Confidence| match c {
            Confidence::High => 0,
            Confidence::Medium => 1,
            Confidence::Low => 2,
        };
        state.distances.with_value(|d| {
            sort_indexes(&mut rows, &|a, b| {
                let (ca, cb) = (&cities[a], &cities[b]);
                let ord = match s.column {
                    Col::City => i18n::fold(ca.name.or_en(l)).cmp(&i18n::fold(cb.name.or_en(l))),
                    Col::Country => country(a).cmp(&country(b)),
                    Col::Relation => relation_msg(ca.relation).get(l).cmp(relation_msg(cb.relation).get(l)),
                    Col::Year => ca.year.unwrap_or(u16::MAX).cmp(&cb.year.unwrap_or(u16::MAX)),
                    Col::Distance => d[a].total_cmp(&d[b]),
                    Col::Confidence => conf(ca.confidence).cmp(&conf(cb.confidence)),
                };
                if s.ascending {
                    ord
                } else {
                    ord.reverse()
                }
            });
        });
        rows
    });
    let header = move |column: Col, label: Msg| view! { <SortHeader column label sort lang/> };
    view! {
        <TableBlock caption_id="city-table-caption" caption=Msg::CityTableCaption shown=Signal::derive(move || rows.with(Vec::len)) total=atlas.twin.cities.len() class="city-table">
                    <thead>
                        <tr>
                            {header(Col::City, Msg::ColCity)}
                            {header(Col::Country, Msg::ColCountry)}
                            {header(Col::Relation, Msg::ColRelation)}
                            {header(Col::Year, Msg::ColYear)}
                            {header(Col::Distance, Msg::ColDistance)}
                            {header(Col::Confidence, Msg::ColConfidence)}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|i| *i let:i>
                            {
                                let c = &atlas.twin.cities[i];
                                let l = move || lang.get();
                                view! {
                                    <tr data-id=c.id.clone() class:selected=move || state.city.get() == Some(i) aria-current=move || (state.city.get() == Some(i)).then_some("true")>
                                        <th scope="row">
                                            <button
                                                type="button"
                                                class="link-button"
                                                on:click=move |_| {
                                                    state.city.set(Some(i));
                                                    state.fly_request.set(Some(i));
                                                }
                                            >
                                                {move || c.name.or_en(l()).to_string()}
                                            </button>
                                        </th>
                                        <td>{move || atlas.country(&c.country).map(|k| k.name.or_en(l()).to_string()).unwrap_or_default()}</td>
                                        <td>{move || relation_msg(c.relation).get(l())}</td>
                                        <td class="num" class:unknown=c.year.is_none()>{move || c.year.map_or_else(|| Msg::Unknown.get(l()).to_string(), |y| y.to_string())}</td>
                                        <td class="num">{move || format::km(l(), state.distances.with_value(|d| d[i]))}</td>
                                        <td>
                                            <span class=format!("badge confidence-{}", match c.confidence { Confidence::High => "high", Confidence::Medium => "medium", Confidence::Low => "low" })>
                                                {move || confidence_msg(c.confidence).get(l())}
                                            </span>
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
        </TableBlock>
    }
}
