//! The root component: reads the URL, provides the shared state, lays out the page, and
//! keeps the URL, `<html lang>`, the title, the theme and an embedding page in step.

use super::about_panel::AboutPanel;
use super::city_table::CityTable;
use super::country_list::CountryList;
use super::downloads::Downloads;
use super::event_table::EventTable;
use super::live_region::LiveRegion;
use super::site_footer::SiteFooter;
use super::state::{tr, AppState};
use super::summit_chart::SummitChart;
use super::toolbar::Toolbar;
use super::world_map::WorldMap;
use super::year_filter::YearFilter;
use crate::data;
use crate::i18n::{self, Msg};
use crate::lang::Lang;
use crate::url_state::UrlState;
use crate::web;
use leptos::portal::Portal;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let atlas = match data::load() {
        Ok(a) => a,
        Err(e) => {
            return view! { <p class="fatal" role="alert">"The atlas data could not be read. (" {e} ")"</p> }.into_any();
        }
    };
    let url = UrlState::parse(&web::query_string());
    let browser = web::browser_languages();
    // The language asked for, else the page's own (each language has a page), else the
    // browser's.
    let lang = url
        .lang
        .or_else(|| web::page_language().as_deref().and_then(Lang::from_code))
        .or_else(|| Lang::from_browser(browser.iter().map(String::as_str)))
        .unwrap_or_default();
    // Until the asked-for language's texts have come, the page's own language shows.
    let wanted = lang;
    let lang = if crate::ui_texts::loaded(wanted) { wanted } else { crate::ui_texts::any_loaded().unwrap_or(wanted) };
    let os_dark = web::media_matches("(prefers-color-scheme: dark)");
    let state = AppState::new(atlas, &url, lang, os_dark);
    provide_context(state);
    if wanted != lang {
        state.set_lang(wanted);
    }
    keep_document_in_step(state);

    let embed = state.embed;
    // The toolbar goes into the static header when the page has one (not in tests).
    let toolbar = web::document().get_element_by_id("toolbar").map(|slot| {
        slot.set_inner_html("");
        view! { <Portal mount=slot><Toolbar/></Portal> }
    });
    // The page is built in five tasks (the map, the chart, each table, the rest), so that no
    // one task blocks input for long on a slow phone.
    let stage = RwSignal::new(0u8);
    fn next_stage(stage: RwSignal<u8>) {
        set_timeout(
            move || {
                stage.update(|s| *s += 1);
                if stage.get_untracked() < 4 {
                    next_stage(stage);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    next_stage(stage);
    view! {
        {toolbar}
        // A pointer or focus on the page is an intent to open a card: its texts start coming.
        <main id="main" class:embed=embed on:pointerover=move |_| state.want_card_texts() on:focusin=move |_| state.want_card_texts()>
            <YearFilter/>
            <WorldMap/>
            {from_stage(stage, 1, "chart", || view! { <SummitChart/> }.into_any())}
            {from_stage(stage, 2, "tables", move || view! {
                <section id="tables" class="panel tables" aria-label=tr(Msg::Table)>
                    <CityTable/>
                    {from_stage(stage, 3, "event-table", || view! { <EventTable/> <CountryList/> }.into_any())}
                </section>
            }.into_any())}
            {from_stage(stage, 4, "downloads", || view! { <Downloads/> <AboutPanel/> }.into_any())}
        </main>
        {from_stage(stage, 4, "footer", || view! { <SiteFooter/> }.into_any())}
        <LiveRegion/>
    }
    .into_any()
}

/// A part of the page that appears once the build reaches `n` (and is built only then);
/// until then the static page's part `name`, if it has one, stands in its place.
fn from_stage(stage: RwSignal<u8>, n: u8, name: &'static str, part: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let reached = Memo::new(move |_| stage.get() >= n);
    move || if reached.get() { part() } else { static_part(name).into_any() }
}

/// The static page's part `name`, moved back into the page (nothing without one).
fn static_part(name: &'static str) -> impl IntoView {
    let holder = NodeRef::<leptos::html::Div>::new();
    let part = send_wrapper::SendWrapper::new(web::take_static_part(name));
    Effect::new(move |_| {
        if let (Some(h), Some(el)) = (holder.get(), part.as_ref()) {
            let _ = h.append_child(el);
        }
    });
    view! { <div class="static-part" node_ref=holder></div> }
}

/// Effects that mirror the state onto the document: URL, language, title, theme, height.
fn keep_document_in_step(state: AppState) {
    if let Some(sub) = web::watch_media("(prefers-color-scheme: dark)", move |d| state.set_os_dark(d)) {
        sub.until_cleanup();
    }
    Effect::new(move |_| {
        web::set_root_theme(if state.dark.get() { "dark" } else { "light" });
    });

    // `<html lang>` only when the language changes: setting it restyles the whole page.
    // The static header's title and tagline are updated in place (the same nodes, so the
    // browser's first paint of them stays the largest contentful paint).
    Effect::new(move |_| {
        let lang = state.lang().get();
        web::set_document_lang(lang.code());
        let doc = web::document();
        for (id, msg) in [("site-title", Msg::Title), ("tagline", Msg::Tagline), ("skip-link", Msg::SkipToTables)] {
            if let Some(el) = doc.get_element_by_id(id) {
                if el.text_content().as_deref() != Some(msg.get(lang)) {
                    el.set_text_content(Some(msg.get(lang)));
                }
            }
        }
    });
    if state.embed {
        if let Some(root) = web::document().document_element() {
            let _ = root.class_list().add_1("embed");
            // `show=`: the other parts are hidden by the style sheet (`html.parts`).
            if let Some(parts) = state.shown_parts() {
                let _ = root.class_list().add_1("parts");
                for p in parts {
                    let _ = root.class_list().add_1(&format!("show-{}", p.slug()));
                }
            }
        }
    }
    // Who took part comes with the first selected event or country.
    Effect::new(move |_| {
        if state.event().get().is_some() || state.country().get().is_some() {
            state.want_participation();
        }
    });
    Effect::new(move |_| {
        let lang = state.lang().get();
        let country = move || {
            let p = state.participation().get()?;
            Some(crate::participant_view::country_name(&p, state.country().get()?, lang).to_string())
        };
        let selection = state
            .city()
            .get()
            .map(|i| state.atlas.twin.cities[i].name.or_en(lang).to_string())
            .or_else(|| state.event().get().map(|i| state.atlas.summits.events[i].name.or_en(lang).to_string()))
            .or_else(country);
        web::document().set_title(&i18n::document_title(lang, selection.as_deref()));
    });

    // The URL follows the state without adding history entries, once the state has been
    // still for a moment (a pan changes the view every frame, and browsers throttle
    // history updates).
    let pending = StoredValue::new(0u32);
    Effect::new(move |_| {
        // Only the state is read here (every pan frame); the query is printed once the
        // state has been still for the delay.
        let url = state.url_state();
        let ticket = pending.get_value().wrapping_add(1);
        pending.set_value(ticket);
        set_timeout(
            move || {
                if pending.get_value() != ticket {
                    return;
                }
                web::replace_query(&url.to_query());
            },
            std::time::Duration::from_millis(250),
        );
    });

    keep_cards_in_history(state);

    if web::in_iframe() {
        // The body holds the static header and the app; its height is the content's.
        if let Some(body) = web::document().body() {
            let measured = body.clone();
            if let Some(sub) = web::observe_size(&body, move |_, _| web::post_height(measured.get_bounding_client_rect().height())) {
                sub.until_cleanup();
            }
        }
    }
}

/// Android's Back closes an open card: opening a card (none being open) adds a history
/// entry, Back (`popstate`) restores the cards of the entry it lands on, and closing the
/// card otherwise (its button, Escape) goes back, so entries never pile up. Switching
/// from one card to another replaces the entry; pans never add one.
fn keep_cards_in_history(state: AppState) {
    // Whether the current entry is one this page pushed for an open card.
    let pushed = StoredValue::new(false);
    web::on_popstate(move || {
        let url = UrlState::parse(&web::query_string());
        pushed.set_value(url.city.is_some() || url.event.is_some() || url.country.is_some());
        state.cards_from_url(&url);
    })
    .until_cleanup();
    Effect::new(move |_| {
        let open = state.any_card();
        if open && !pushed.get_value() {
            // The entry under the card: the page as it is, without the card.
            let mut under = untrack(|| state.url_state());
            let query = under.to_query();
            (under.city, under.event, under.country) = (None, None, None);
            web::replace_query(&under.to_query());
            web::push_query(&query);
            pushed.set_value(true);
        } else if !open && pushed.get_value() {
            pushed.set_value(false);
            web::history_back();
        }
    });
}
