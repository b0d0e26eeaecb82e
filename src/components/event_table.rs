//! The hosted events as a sortable table: the chart's accessible twin, in sync with it.

use super::event_card::{city_name_msg, kind_msg, InEnglish};
use super::sort_header::{SortBy, SortHeader};
use super::state::use_app;
use super::table_block::TableBlock;
use crate::format;
use crate::i18n::{self, Msg};
use crate::order::sort_indexes;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    Event,
    Dates,
    Organization,
    Kind,
    CityName,
}

#[component]
pub fn EventTable() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let events = &atlas.summits.events;
    let lang = state.lang;
    let sort = RwSignal::new(SortBy { column: Col::Dates, ascending: true });
    let rows = Memo::new(move |_| {
        let l = lang.get();
        let s = sort.get();
        let org = |i: usize| atlas.organization(&events[i].organization).map(|o| i18n::fold(o.short.or_en(l))).unwrap_or_default();
        let mut rows: Vec<usize> = (0..events.len()).filter(|&i| state.event_shown(i) && state.event_in_years(i)).collect();
        sort_indexes(&mut rows, &|a, b| {
            let (ea, eb) = (&events[a], &events[b]);
            let ord = match s.column {
                Col::Event => i18n::fold(ea.name.or_en(l)).cmp(&i18n::fold(eb.name.or_en(l))),
                Col::Dates => ea.start.ordinal_key().cmp(&eb.start.ordinal_key()),
                Col::Organization => org(a).cmp(&org(b)),
                Col::Kind => kind_msg(ea.kind).get(l).cmp(kind_msg(eb.kind).get(l)),
                Col::CityName => city_name_msg(ea.city_name).get(l).cmp(city_name_msg(eb.city_name).get(l)),
            }
            .then(ea.start.ordinal_key().cmp(&eb.start.ordinal_key()));
            if s.ascending {
                ord
            } else {
                ord.reverse()
            }
        });
        rows
    });
    let header = move |column: Col, label: Msg| view! { <SortHeader column label sort lang/> };
    view! {
        <TableBlock caption_id="event-table-caption" caption=Msg::EventTableCaption shown=Signal::derive(move || rows.with(Vec::len)) total=events.len() class="event-table">
                    <thead>
                        <tr>
                            {header(Col::Event, Msg::ColEvent)}
                            {header(Col::Dates, Msg::ColDates)}
                            {header(Col::Organization, Msg::ColOrganization)}
                            {header(Col::Kind, Msg::ColKind)}
                            {header(Col::CityName, Msg::CityNameAtTime)}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|i| *i let:i>
                            {
                                let e = &events[i];
                                let l = move || lang.get();
                                view! {
                                    <tr data-id=e.id.clone() class:selected=move || state.event.get() == Some(i) aria-current=move || (state.event.get() == Some(i)).then_some("true")>
                                        <th scope="row">
                                            <button type="button" class="link-button" on:click=move |_| state.event.set(Some(i))>
                                                {move || e.name.or_en(l()).to_string()}
                                            </button>
                                            {move || e.name.is_fallback(l()).then(|| view! { " " <InEnglish lang=l()/> })}
                                        </th>
                                        <td class="nowrap">{move || format::date_range(l(), e.start, e.end)}</td>
                                        <td>{move || atlas.organization(&e.organization).map(|o| o.short.or_en(l()).to_string()).unwrap_or_default()}</td>
                                        <td>{move || kind_msg(e.kind).get(l())}</td>
                                        <td>{move || city_name_msg(e.city_name).get(l())}</td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
        </TableBlock>
    }
}
