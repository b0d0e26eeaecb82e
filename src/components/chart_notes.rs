//! The chart's notes on key moments as a list under the chart, numbered as on the chart:
//! shown where the chart draws numbers (under 1100 px), kept for screen readers where it
//! draws the texts (CSS container queries, as on the static page). Each item carries
//! `data-annotation` and, while it is drawn, its box on the chart (`data-box="x y w h"` in
//! the layout pixels of a chart `data-width` wide).

use super::state::{tr, use_app};
use crate::chart::annotations::NotesLayout;
use crate::chart::model::ChartLayout;
use crate::chart::notes_html::note_html;
use crate::format::fixed;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn ChartNotes(placed: Memo<Option<NotesLayout>>, shown: RwSignal<bool>, layout: Memo<ChartLayout>) -> impl IntoView {
    let state = use_app();
    let atlas = state.atlas;
    let lang = state.lang();
    let drawn_box = move |i: usize| {
        placed.with(|p| {
            let r = p.as_ref()?.notes.iter().find(|n| n.note == i)?.rect;
            Some([r.x, r.y, r.w, r.h].map(|v| fixed(v, 1).to_string()).join(" "))
        })
    };
    view! {
        <div class="chart-notes" hidden=move || !shown.get()>
            <h3 class="chart-notes-title" id="chart-notes-title">{tr(Msg::KeyMoments)}</h3>
            <ol class="chart-notes-list" aria-labelledby="chart-notes-title" data-width=move || layout.with(|l| fixed(l.width, 0).to_string())>
                {(0..atlas.annotations.len())
                    .map(|i| {
                        view! {
                            <li
                                data-annotation=atlas.annotations[i].id.clone()
                                data-box=move || drawn_box(i)
                                inner_html=move || note_html(atlas, lang.get(), i).into_string()
                            ></li>
                        }
                    })
                    .collect_view()}
            </ol>
        </div>
    }
}
