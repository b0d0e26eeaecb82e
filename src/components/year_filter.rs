//! The year range shared by the map (agreements signed) and the chart (events held).

use super::state::{tr, use_app};
use crate::filters::full_years;
use crate::i18n::{self, Msg};
use leptos::prelude::*;

#[component]
pub fn YearFilter() -> impl IntoView {
    let state = use_app();
    let span = full_years(state.atlas);
    let years: Vec<u16> = (span.from..=span.to).collect();
    let select = move |is_from: bool| {
        let years = years.clone();
        view! {
            <select
                on:change:target=move |ev| {
                    let Ok(y) = ev.target().value().parse::<u16>() else { return };
                    state.update_filters(|f| if is_from { f.set_from_year(y) } else { f.set_to_year(y) });
                }
                prop:value=move || {
                    let r = state.filters().with(|f| f.years);
                    (if is_from { r.from } else { r.to }).to_string()
                }
            >
                {years
                    .into_iter()
                    .map(|y| {
                        let selected = move || {
                            let r = state.filters().with(|f| f.years);
                            (if is_from { r.from } else { r.to }) == y
                        };
                        view! { <option value=y.to_string() selected=selected>{y.to_string()}</option> }
                    })
                    .collect_view()}
            </select>
        }
    };
    let counts = move || {
        let lang = state.lang().get();
        let cities = (0..state.atlas.twin.cities.len()).filter(|&i| state.city_visible(i)).count();
        let events = (0..state.atlas.summits.events.len()).filter(|&i| state.event_shown(i) && state.event_in_years(i)).count();
        format!(
            "{} · {}",
            i18n::showing_of(lang, cities, state.atlas.twin.cities.len()).replace(' ', "\u{a0}"),
            i18n::events_count(lang, events)
        )
    };
    view! {
        <section class="panel year-filter" aria-label=tr(Msg::Years)>
            <fieldset>
                <legend>{tr(Msg::Years)}</legend>
                <label>
                    <span>{tr(Msg::YearFrom)}</span>
                    {select(true)}
                </label>
                <label>
                    <span>{tr(Msg::YearTo)}</span>
                    {select(false)}
                </label>
                <button
                    type="button"
                    class="button ghost"
                    disabled=move || !state.filters().with(|f| f.narrowed(state.atlas))
                    on:click=move |_| state.reset_filters()
                >
                    {tr(Msg::ClearFilters)}
                </button>
            </fieldset>
            <p class="filter-counts" aria-live="polite">{counts}</p>
        </section>
    }
}
