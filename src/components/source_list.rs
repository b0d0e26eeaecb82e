//! A record's sources as a list of links (titles only where no page is known).

use super::state::tr;
use crate::data::Source;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn SourceList(sources: Vec<Source>) -> impl IntoView {
    view! {
        <div class="sources">
            <h4>{tr(Msg::Sources)}</h4>
            <ul>
                {sources
                    .into_iter()
                    .map(|s| match s.url {
                        Some(url) => view! { <li><a href=url rel="noopener noreferrer" target="_blank">{s.title}</a></li> }.into_any(),
                        None => view! { <li>{s.title}</li> }.into_any(),
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
