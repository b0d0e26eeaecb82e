//! Shares the current view: the native share sheet on phones, the clipboard elsewhere.

use super::state::{tr, use_app};
use crate::i18n::Msg;
use crate::web;
use leptos::prelude::*;

#[component]
pub fn ShareButton() -> impl IntoView {
    let state = use_app();
    let status = RwSignal::new(None::<String>);
    let share = move |_| {
        let lang = state.lang().get_untracked();
        let url = web::window().location().href().unwrap_or_default();
        if web::native_share(Msg::Title.get(lang), &url) {
            return;
        }
        let shown = url.clone();
        web::copy_text(&url, move |ok| {
            let text = if ok { Msg::LinkCopied.get(lang).to_string() } else { format!("{} {shown}", Msg::CopyFailed.get(lang)) };
            state.announce(text.clone());
            status.set(Some(text));
            set_timeout(move || status.set(None), std::time::Duration::from_secs(4));
        });
    };
    view! {
        <button type="button" class="button share-button" on:click=share>
            <span class="share-icon" aria-hidden="true">"↗"</span>
            <span class="share-text">{tr(Msg::Share)}</span>
        </button>
        <span class="share-status" role="status">{move || status.get()}</span>
    }
}
