//! The footer: the article, the fact sheets' sources and the Natural Earth credit.

use super::state::tr;
use crate::data::ARTICLE_URL;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                <a href=ARTICLE_URL rel="noopener">{tr(Msg::ArticleLink)}</a>
                " · Chukubayev, Ismagulov (2023) · "
                <span>{tr(Msg::Credits)}</span>
            </p>
        </footer>
    }
}
