//! Region toggles for the map, and whether cities with an unknown year are shown.

use super::state::{tr, use_app};
use crate::data::Region;
use crate::i18n::{region_msg, Msg};
use leptos::prelude::*;

#[component]
pub fn RegionFilter() -> impl IntoView {
    let state = use_app();
    let lang = state.lang();
    let toggle = move |r: Region| state.update_filters(|f| f.toggle_region(r));
    view! {
        <div class="region-filter">
            <div class="chips" role="group" aria-label=tr(Msg::Regions)>
                {Region::ALL
                    .into_iter()
                    .map(|r| {
                        view! {
                            <button
                                type="button"
                                class="chip"
                                aria-pressed=move || state.filters().with(|f| f.regions.contains(&r)).to_string()
                                on:click=move |_| toggle(r)
                            >
                                {move || region_msg(r).get(lang.get())}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || !state.filters().with(|f| f.hide_undated)
                    on:change:target=move |ev| state.update_filters(|f| f.hide_undated = !ev.target().checked())
                />
                <span>{tr(Msg::ShowUndated)}</span>
            </label>
        </div>
    }
}
