//! The Share button: opens the Share dialog (the link to the view and the embed code).

use super::share_dialog::ShareDialog;
use super::state::tr;
use crate::i18n::Msg;
use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn ShareButton() -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    // Bumped at each opening, so the dialog reads the view and the heights as they are then.
    let opened = RwSignal::new(0u32);
    let open = move |_| {
        opened.update(|n| *n += 1);
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    view! {
        <button type="button" class="button share-button" aria-haspopup="dialog" on:click=open>
            <span class="share-icon" aria-hidden="true">"↗"</span>
            <span class="share-text">{tr(Msg::Share)}</span>
        </button>
        <ShareDialog dialog opened/>
    }
}
