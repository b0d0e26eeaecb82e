//! The colour theme: system (default), light or dark.

use super::state::{tr, use_app};
use crate::i18n::Msg;
use crate::url_state::Theme;
use leptos::prelude::*;

#[component]
pub fn ThemeSwitcher() -> impl IntoView {
    let state = use_app();
    let t = move |m: Msg| m.get(state.lang().get());
    let options = [(Theme::Auto, Msg::ThemeAuto), (Theme::Light, Msg::ThemeLight), (Theme::Dark, Msg::ThemeDark)];
    view! {
        <label class="select-label">
            <span class="visually-hidden">{tr(Msg::Theme)}</span>
            <select
                class="theme-select"
                on:change:target=move |ev| {
                    let v = ev.target().value();
                    if let Some((theme, _)) = options.iter().find(|(th, _)| th.slug() == v) {
                        state.set_theme(*theme);
                    }
                }
                prop:value=move || state.theme().get().slug()
            >
                {options
                    .into_iter()
                    .map(|(theme, msg)| {
                        view! {
                            <option value=theme.slug() selected=move || state.theme().get() == theme>
                                {move || t(msg)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
