//! Finds a city by its name in Kazakh, Russian or English and flies the map to it.

use super::state::{tr, use_app};
use crate::i18n::{self, Msg};
use leptos::prelude::*;

/// Most results shown at once.
const MAX_RESULTS: usize = 6;

#[component]
pub fn CitySearch() -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let results = Memo::new(move |_| {
        let q = crate::lang::fold(query.get().trim());
        if q.is_empty() {
            return Vec::new();
        }
        let cities = &atlas.twin.cities;
        // Names that start with the query first, then the others, each in the data's order.
        let (mut hits, others): (Vec<usize>, Vec<usize>) =
            (0..cities.len()).filter(|&i| cities[i].name.contains(&q)).partition(|&i| cities[i].name.starts_with(&q));
        hits.extend(others);
        hits.truncate(MAX_RESULTS);
        hits
    });
    let choose = move |i: usize| {
        state.select_city(i, true);
        query.set(String::new());
        let l = lang.get_untracked();
        state.announce(i18n::selected(l, state.atlas.twin.cities[i].name.or_en(l)));
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let count = results.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + 1) % count);
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                active.update(|a| *a = (*a + count - 1) % count);
            }
            "Enter" => {
                if let Some(&i) = results.with(|r| r.get(active.get_untracked()).copied()).as_ref() {
                    ev.prevent_default();
                    choose(i);
                }
            }
            "Escape" => query.set(String::new()),
            _ => {}
        }
    };
    let option_id = |i: usize| format!("city-search-option-{i}");
    view! {
        <div class="city-search">
            <label for="city-search-input">{tr(Msg::SearchLabel)}</label>
            <input
                id="city-search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="city-search-results"
                aria-expanded=move || (!results.with(Vec::is_empty)).to_string()
                aria-activedescendant=move || results.with(|r| r.get(active.get()).map(|&i| option_id(i)))
                placeholder=tr(Msg::SearchPlaceholder)
                prop:value=query
                on:input:target=move |ev| {
                    query.set(ev.target().value());
                    active.set(0);
                }
                on:keydown=on_keydown
            />
            <ul id="city-search-results" role="listbox" class="search-results" hidden=move || results.with(Vec::is_empty) && query.with(|q| q.trim().is_empty())>
                {move || {
                    let l = lang.get();
                    let r = results.get();
                    if r.is_empty() {
                        return view! { <li class="no-match" role="option" aria-disabled="true">{Msg::SearchNoMatch.get(l)}</li> }.into_any();
                    }
                    r.into_iter()
                        .enumerate()
                        .map(|(k, i)| {
                            let c = &atlas.twin.cities[i];
                            let country = atlas.country_name(c, l).to_string();
                            view! {
                                <li
                                    id=option_id(i)
                                    role="option"
                                    data-id=c.id.clone()
                                    aria-selected=move || (active.get() == k).to_string()
                                    on:mousedown=move |ev: web_sys::MouseEvent| {
                                        ev.prevent_default();
                                        choose(i);
                                    }
                                >
                                    <span class="result-name">{c.name.or_en(l).to_string()}</span>
                                    <span class="result-country">{country}</span>
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </div>
    }
}
