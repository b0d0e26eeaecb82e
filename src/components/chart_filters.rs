//! The chart's key and filters: kinds (colour and shape) and organization, and the switch
//! for the notes on key moments.

use super::state::{tr, use_app};
use crate::chart::draw::kind_polygon;
use crate::data::Kind;
use crate::format::fixed;
use crate::i18n::kind_msg;
use crate::i18n::Msg;
use leptos::prelude::*;

/// The shape a kind is drawn with, as a small inline SVG.
#[component]
pub fn KindShape(kind: Kind) -> impl IntoView {
    let shape = match kind_polygon(kind, 5.0) {
        None => view! { <circle r="5"></circle> }.into_any(),
        Some(pts) => {
            let d = pts
                .iter()
                .enumerate()
                .map(|(i, (x, y))| format!("{}{} {}", if i == 0 { "M" } else { "L" }, fixed(*x, 1), fixed(*y, 1)))
                .collect::<String>()
                + "Z";
            view! { <path d=d></path> }.into_any()
        }
    };
    view! {
        <svg class=format!("kind-shape kind-{}", kind.slug()) viewBox="-8 -8 16 16" aria-hidden="true">
            {shape}
        </svg>
    }
}

#[component]
pub fn ChartFilters(notes_shown: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang();
    let toggle = move |k: Kind| state.update_filters(|f| f.pick_kind(k));
    let orgs = &state.atlas.summits.organizations;
    view! {
        <div class="chart-tools">
            <div class="chips" role="group" aria-label=tr(Msg::Kinds)>
                {Kind::ALL
                    .into_iter()
                    .map(|k| {
                        view! {
                            <button
                                type="button"
                                class="chip kind-chip"
                                aria-pressed=move || state.filters().with(|f| f.kinds.contains(&k)).to_string()
                                on:click=move |_| toggle(k)
                            >
                                <KindShape kind=k/>
                                {move || kind_msg(k).get(lang.get())}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <label class="select-label org-select">
                <span>{tr(Msg::Organizations)}</span>
                <select on:change:target=move |ev| {
                    let v = ev.target().value();
                    state.update_filters(|f| f.orgs = (!v.is_empty()).then(|| vec![v]));
                }>
                    <option value="" selected=move || state.filters().with(|f| f.orgs.is_none())>{tr(Msg::AllOrganizations)}</option>
                    {orgs
                        .iter()
                        .map(|o| {
                            let id = o.id.clone();
                            let id2 = o.id.clone();
                            view! {
                                <option value=id selected=move || state.filters().with(|f| f.orgs.as_ref().is_some_and(|s| s.len() == 1 && s[0] == id2))>
                                    {move || o.short.or_en(lang.get()).to_string()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <p class="chart-key" inner_html=move || crate::static_map::chart_key(lang.get()).into_string()></p>
            <label class="check notes-toggle">
                <input type="checkbox" prop:checked=notes_shown on:change:target=move |ev| notes_shown.set(ev.target().checked())/>
                <span>{tr(Msg::ShowNotes)}</span>
            </label>
        </div>
    }
}
