//! The header's toolbar (language, theme, share, about), rendered into the static header
//! that `index.html` already shows, so the title is painted before WebAssembly runs and
//! stays put; inside an embed, the language and a link to the full atlas.

use super::language_switcher::LanguageSwitcher;
use super::share_button::ShareButton;
use super::state::{tr, use_app};
use super::theme_switcher::ThemeSwitcher;
use crate::i18n::Msg;
use crate::url_state::UrlState;
use crate::web;
use leptos::prelude::*;

#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_app();
    if state.embed {
        // The full atlas, same view, outside the frame.
        let full_link = move || {
            let mut st: UrlState = state.url_state();
            st.embed = false;
            let q = st.to_query();
            let path = web::window().location().pathname().unwrap_or_default();
            if q.is_empty() {
                path
            } else {
                format!("{path}?{q}")
            }
        };
        return view! {
            <div class="toolbar">
                <LanguageSwitcher/>
                <a class="button" href=full_link target="_blank" rel="noopener">{tr(Msg::OpenFullAtlas)}</a>
            </div>
        }
        .into_any();
    }
    view! {
        <div class="toolbar">
            <LanguageSwitcher/>
            <ThemeSwitcher/>
            <ShareButton/>
            <a class="button ghost about-link" href="#about">{tr(Msg::About)}</a>
        </div>
    }
    .into_any()
}
