//! The page header: title, one-line intro and the toolbar; compact inside an embed.

use super::language_switcher::LanguageSwitcher;
use super::share_button::ShareButton;
use super::state::{tr, use_app};
use super::theme_switcher::ThemeSwitcher;
use crate::i18n::Msg;
use crate::url_state::UrlState;
use crate::web;
use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
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
            <header class="site-header compact">
                <p class="embed-title">{tr(Msg::Title)}</p>
                <div class="toolbar">
                    <LanguageSwitcher/>
                    <a class="button" href=full_link target="_blank" rel="noopener">{tr(Msg::OpenFullAtlas)}</a>
                </div>
            </header>
        }
        .into_any();
    }
    view! {
        <header class="site-header">
            <div class="site-title">
                <h1>{tr(Msg::Title)}</h1>
                <p class="tagline">{tr(Msg::Tagline)}</p>
            </div>
            <div class="toolbar">
                <LanguageSwitcher/>
                <ThemeSwitcher/>
                <ShareButton/>
                <a class="button ghost" href="#about">{tr(Msg::About)}</a>
            </div>
        </header>
    }
    .into_any()
}
