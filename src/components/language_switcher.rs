//! Kazakh / Russian / English buttons; switching keeps the selection, view and filters.

use super::state::{tr, use_app};
use crate::i18n::Msg;
use crate::lang::Lang;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="segmented lang-switcher" role="group" aria-label=tr(Msg::Language)>
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="button"
                            lang=l.code()
                            aria-pressed=move || (state.lang().get() == l).to_string()
                            on:click=move |_| state.set_lang(l)
                        >
                            <span class="short">{l.code().to_ascii_uppercase()}</span>
                            " "
                            <span class="long">{l.native_name()}</span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
