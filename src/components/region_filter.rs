//! Region toggles for the map, and whether cities with an unknown year are shown.

use super::state::{tr, use_app};
use crate::data::Region;
use crate::i18n::Msg;
use leptos::prelude::*;

fn region_msg(r: Region) -> Msg {
    match r {
        Region::Europe => Msg::RegionEurope,
        Region::Asia => Msg::RegionAsia,
        Region::MiddleEastAfrica => Msg::RegionMiddleEastAfrica,
        Region::Americas => Msg::RegionAmericas,
    }
}

#[component]
pub fn RegionFilter() -> impl IntoView {
    let state = use_app();
    let lang = state.lang;
    let toggle = move |r: Region| {
        state.regions.update(|rs| {
            if rs.contains(&r) {
                if rs.len() > 1 {
                    rs.retain(|x| *x != r);
                }
            } else {
                // Keep the regions in their fixed order, so the URL stays canonical.
                *rs = Region::ALL.into_iter().filter(|x| *x == r || rs.contains(x)).collect();
            }
        });
    };
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
                                aria-pressed=move || state.regions.with(|rs| rs.contains(&r)).to_string()
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
                    prop:checked=move || !state.hide_undated.get()
                    on:change:target=move |ev| state.hide_undated.set(!ev.target().checked())
                />
                <span>{tr(Msg::ShowUndated)}</span>
            </label>
        </div>
    }
}
