//! Shares the current view: the native share sheet on phones, the clipboard elsewhere, and
//! where there is no clipboard (a page on plain http has none) or copying fails, the link
//! shown and selected, to copy by hand.

use super::state::{tr, use_app};
use crate::i18n::Msg;
use crate::web;
use leptos::prelude::*;

/// Whether the page may write to the clipboard: `navigator.clipboard` exists only in a
/// secure context (https or localhost).
fn clipboard_available() -> bool {
    js_sys::Reflect::get(&web::window().navigator(), &"clipboard".into()).is_ok_and(|c| !c.is_undefined() && !c.is_null())
}

/// Selects the last `chars` UTF-16 units of the share status (the link), so that a copy
/// takes it.
fn select_link(chars: u32) {
    let Some(text) = web::document().query_selector(".share-status").ok().flatten().and_then(|s| s.first_child()) else { return };
    let len = text.text_content().map_or(0, |t| t.encode_utf16().count() as u32);
    if let Ok(Some(selection)) = web::window().get_selection() {
        let _ = selection.set_base_and_extent(&text, len.saturating_sub(chars), &text, len);
    }
}

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
        // Says how it went; a link that could not be copied stays, selected, to copy by hand.
        let link = url.clone();
        let done = move |copied: bool| {
            let text = if copied { Msg::LinkCopied.get(lang).to_string() } else { format!("{} {link}", Msg::CopyFailed.get(lang)) };
            state.announce(text.clone());
            status.set(Some(text.clone()));
            if copied {
                // Gone after a while, unless something else was said since.
                let clear = move || {
                    if status.with_untracked(|s| s.as_ref() == Some(&text)) {
                        status.set(None);
                    }
                };
                set_timeout(clear, std::time::Duration::from_secs(4));
            } else {
                let chars = link.encode_utf16().count() as u32;
                request_animation_frame(move || select_link(chars));
            }
        };
        if clipboard_available() {
            web::copy_text(&url, done);
        } else {
            done(false);
        }
    };
    view! {
        <button type="button" class="button share-button" on:click=share>
            <span class="share-icon" aria-hidden="true">"↗"</span>
            <span class="share-text">{tr(Msg::Share)}</span>
        </button>
        <span class="share-status" role="status">{move || status.get()}</span>
    }
}
