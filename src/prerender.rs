//! The static pages, one per language, generated from the embedded data so that they
//! cannot drift (a test compares them with `index.html` and `static/*.html`).
//!
//! Each page holds the finished map (`static_map`), the chart, the tables and the texts in
//! its language, so visitors see them before WebAssembly starts and keep them when it
//! cannot run. The blocks are written to `static/<lang>.html`; the build puts them into
//! Trunk's page (`index.html`, which has placeholders for them): English at the root,
//! Kazakh and Russian in `kk/` and `ru/`.

use crate::data::Atlas;
use crate::format;
use crate::html::Html;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::static_map;
use crate::{html, write_html};

/// Marks the start of the generated block in `<body>`.
pub const BEGIN: &str = "<!-- static:begin -->";
/// Marks the end of the generated block in `<body>`.
pub const END: &str = "<!-- static:end -->";
/// Marks the start of the generated block in `<head>`.
pub const HEAD_BEGIN: &str = "<!-- head:begin -->";
/// Marks the end of the generated block in `<head>`.
pub const HEAD_END: &str = "<!-- head:end -->";

/// The root page's language (the others have a folder of their own).
pub const ROOT_LANG: Lang = Lang::En;

/// The relative URL from `from`'s page to `to`'s page.
pub fn page_link(from: Lang, to: Lang) -> &'static str {
    match (from == ROOT_LANG, to) {
        (true, Lang::En) => "./",
        (true, Lang::Kk) => "kk/",
        (true, Lang::Ru) => "ru/",
        (false, Lang::En) => "../",
        (false, Lang::Kk) => "../kk/",
        (false, Lang::Ru) => "../ru/",
    }
}

/// The `<head>` texts in one language: title, description and social cards.
pub fn head_block(lang: Lang) -> Html {
    let description = Msg::PageDescription.get(lang);
    html!(
        "<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:description\" content=\"{}\">\n",
        crate::i18n::document_title(lang, None),
        description,
        Msg::Title.get(lang),
        description
    )
}

/// The header's toolbar as the app draws it, so the header keeps its shape when the app
/// takes over; the languages are links to their pages (they work without JavaScript),
/// the rest is inactive until then.
fn toolbar(lang: Lang) -> Html {
    let mut s =
        html!(r#"<div class="toolbar"><nav class="segmented lang-switcher static-langs" aria-label="{}">"#, Msg::Language.get(lang));
    for l in Lang::ALL {
        let current = Html::trusted_static(if l == lang { r#" aria-current="page""# } else { "" });
        write_html!(
            &mut s,
            r#"<a href="{}" hreflang="{}" lang="{}"{}><span class="short">{}</span> <span class="long">{}</span></a>"#,
            page_link(lang, l),
            l.code(),
            l.code(),
            current,
            l.code().to_ascii_uppercase(),
            l.native_name()
        );
    }
    write_html!(
        &mut s,
        r#"</nav><label class="select-label"><span class="visually-hidden">{}</span><select class="theme-select" disabled><option>{}</option><option>{}</option><option>{}</option></select></label><button type="button" class="button share-button" disabled><span class="share-icon" aria-hidden="true">↗</span><span class="share-text">{}</span></button><span class="button ghost about-link" aria-hidden="true">{}</span></div>"#,
        Msg::Theme.get(lang),
        Msg::ThemeAuto.get(lang),
        Msg::ThemeLight.get(lang),
        Msg::ThemeDark.get(lang),
        Msg::Share.get(lang),
        Msg::About.get(lang)
    );
    s
}

/// The year filter as the app first draws it (all years), so that the map below it does
/// not move when the app takes over.
fn year_filter(atlas: &Atlas, lang: Lang) -> Html {
    let span = crate::filters::full_years(atlas);
    let select = |chosen: u16| {
        let mut s = Html::trusted_static("<select disabled>");
        for y in span.from..=span.to {
            let selected = Html::trusted_static(if y == chosen { " selected" } else { "" });
            write_html!(&mut s, r#"<option value="{}"{}>{}</option>"#, y, selected, y);
        }
        s.push_static("</select>");
        s
    };
    let counts = format!(
        "{} · {}",
        crate::i18n::showing_of(lang, atlas.twin.cities.len(), atlas.twin.cities.len()).replace(' ', "\u{a0}"),
        crate::i18n::events_count(lang, atlas.summits.events.len())
    );
    html!(
        r#"<section class="panel year-filter" aria-label="{}" data-static="years"><fieldset><legend>{}</legend><label><span>{}</span>{}</label><label><span>{}</span>{}</label><button type="button" class="button ghost" disabled>{}</button></fieldset><p class="filter-counts">{}</p></section>"#,
        Msg::Years.get(lang),
        Msg::Years.get(lang),
        Msg::YearFrom.get(lang),
        select(span.from),
        Msg::YearTo.get(lang),
        select(span.to),
        Msg::ClearFilters.get(lang),
        counts
    )
}

/// The map's search box and region chips as the app first draws them (inactive here).
fn map_tools(lang: Lang) -> Html {
    let mut chips = Html::new();
    for m in [Msg::RegionEurope, Msg::RegionAsia, Msg::RegionMiddleEastAfrica, Msg::RegionAmericas] {
        write_html!(&mut chips, r#"<button type="button" class="chip" aria-pressed="true" disabled>{}</button>"#, m.get(lang));
    }
    html!(
        r#"<div class="map-tools"><div class="city-search"><label for="city-search-input">{}</label><input id="city-search-input" type="search" placeholder="{}" disabled></div><div class="region-filter"><div class="chips" role="group" aria-label="{}">{}</div><label class="check"><input type="checkbox" checked disabled><span>{}</span></label></div></div>"#,
        Msg::SearchLabel.get(lang),
        Msg::SearchPlaceholder.get(lang),
        Msg::Regions.get(lang),
        chips,
        Msg::ShowUndated.get(lang)
    )
}

/// The shape of a kind of event in the chart's key, as the app draws it.
fn kind_shape(kind: crate::data::Kind) -> Html {
    let shape = match crate::chart::draw::kind_polygon(kind, 5.0) {
        None => Html::trusted_static(r#"<circle r="5"></circle>"#),
        Some(pts) => {
            let mut d = String::new();
            for (i, (x, y)) in pts.iter().enumerate() {
                d.push_str(if i == 0 { "M" } else { "L" });
                d.push_str(&format!("{} {}", format::fixed(*x, 1), format::fixed(*y, 1)));
            }
            d.push('Z');
            html!(r#"<path d="{}"></path>"#, d)
        }
    };
    html!(r#"<svg class="kind-shape kind-{}" viewBox="-8 -8 16 16" aria-hidden="true">{}</svg>"#, kind.slug(), shape)
}

/// The chart's panel as it stands before the app runs: heading and summary, the inactive
/// filters, the chart drawn by `chart::draw` through plotters' SVG backend (notes
/// included), the list of the notes, the help line.
fn chart_panel(atlas: &Atlas, lang: Lang) -> Html {
    let mut chips = Html::new();
    for k in crate::data::Kind::ALL {
        write_html!(
            &mut chips,
            r#"<button type="button" class="chip kind-chip" aria-pressed="true" disabled>{}{}</button>"#,
            kind_shape(k),
            crate::i18n::kind_msg(k).get(lang)
        );
    }
    let mut orgs = html!(r#"<option value="" selected>{}</option>"#, Msg::AllOrganizations.get(lang));
    for o in &atlas.summits.organizations {
        write_html!(&mut orgs, r#"<option value="{}">{}</option>"#, o.id, o.short.or_en(lang));
    }
    html!(
        r#"<section class="panel chart-panel" id="chart" aria-labelledby="chart-heading" data-static="chart"><div class="panel-head"><h2 id="chart-heading">{}</h2><p class="panel-sub" id="chart-summary">{}</p></div><div class="chart-tools"><div class="chips" role="group" aria-label="{}">{}</div><label class="select-label org-select"><span>{}</span><select disabled>{}</select></label><p class="chart-key">{}</p><label class="check notes-toggle"><input type="checkbox" checked disabled><span>{}</span></label></div><div class="chart-frame">{}</div>{}<p id="chart-help" class="map-help">{}</p></section>"#,
        Msg::ChartHeading.get(lang),
        crate::chart::static_svg::static_summary(atlas, lang),
        Msg::Kinds.get(lang),
        chips,
        Msg::Organizations.get(lang),
        orgs,
        crate::static_map::chart_key(lang),
        Msg::ShowNotes.get(lang),
        crate::chart::static_svg::static_chart(atlas, lang),
        crate::chart::notes_html::notes_list_html(atlas, lang),
        Msg::ChartKeys.get(lang)
    )
}

/// The block between the body markers for one language's page.
pub fn static_html(atlas: &Atlas, lang: Lang) -> Html {
    let t = |m: Msg| m.get(lang);
    let mut s = html!(
        "<header class=\"site-header\" id=\"site-header\"><a class=\"skip-link\" id=\"skip-link\" href=\"#tables\">{}</a>\n<div class=\"site-title\"><h1 id=\"site-title\">{}</h1><p class=\"tagline\" id=\"tagline\">{}</p></div><div class=\"toolbar-slot\" id=\"toolbar\">{}</div></header>\n<div id=\"app\">\n<main id=\"main\">\n",
        t(Msg::SkipToTables),
        t(Msg::Title),
        t(Msg::Tagline),
        toolbar(lang)
    );
    let status = html!(
        r#"<p id="static-status" class="map-help static-status" role="status"><span class="loading-msg">{}</span><span class="failed-msg">{}</span></p><noscript><p class="map-help static-status no-script">{}</p><style>.static-status:not(.no-script){display:none}</style></noscript>"#,
        t(Msg::StaticLoading),
        t(Msg::StaticFailed),
        t(Msg::StaticNoScript)
    );
    write_html!(
        &mut s,
        "{}\n{}\n{}\n",
        year_filter(atlas, lang),
        static_map::map_panel(atlas, lang, &map_tools(lang), &status),
        chart_panel(atlas, lang)
    );
    write_html!(
        &mut s,
        "<section class=\"panel tables\" id=\"tables\" data-static=\"tables\">\n<div class=\"table-block\"><h2>{}</h2><div class=\"table-scroll\"><table class=\"data-table\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>\n",
        t(Msg::CityTableCaption),
        t(Msg::ColCity),
        t(Msg::ColCountry),
        t(Msg::ColRelation),
        t(Msg::ColYear),
        t(Msg::ColConfidence)
    );
    for c in &atlas.twin.cities {
        let year = c.year.map_or_else(|| Msg::YearUnknown.get(lang).to_string(), |y| y.to_string());
        write_html!(
            &mut s,
            "<tr id=\"city-{}\" data-id=\"{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            c.id,
            c.id,
            c.name.or_en(lang),
            atlas.country_name(c, lang),
            crate::i18n::relation_msg(c.relation).get(lang),
            year,
            crate::i18n::confidence_msg(c.confidence).get(lang)
        );
    }
    write_html!(
        &mut s,
        "</tbody></table></div></div>\n<div class=\"table-block\"><h2>{}</h2><div class=\"table-scroll\"><table class=\"data-table\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>\n",
        t(Msg::EventTableCaption),
        t(Msg::ColEvent),
        t(Msg::ColDates),
        t(Msg::ColOrganization)
    );
    for e in &atlas.summits.events {
        let org = atlas.organization(&e.organization).map(|o| o.short.or_en(lang)).unwrap_or("");
        write_html!(
            &mut s,
            "<tr id=\"event-{}\" data-id=\"{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
            e.id,
            e.id,
            e.name.or_en(lang),
            format::date_range(lang, e.start, e.end),
            org
        );
    }
    write_html!(
        &mut s,
        "</tbody></table></div></div>\n<details class=\"table-block country-block\"><summary><h2>{}</h2></summary></details></section>\n</main>\n<footer class=\"site-footer\" data-static=\"footer\">\n",
        t(Msg::CountryList)
    );
    for other in Lang::ALL.into_iter().filter(|&l| l != lang) {
        write_html!(&mut s, "<p lang=\"{}\"><strong>{}.</strong> {}</p>\n", other.code(), Msg::Title.get(other), Msg::Tagline.get(other));
    }
    write_html!(
        &mut s,
        "<p>{}: Chukubayev, Ismagulov (2023), <a href=\"{}\">Astana as an actor in world politics</a>. {}</p>\n</footer>\n</div>\n",
        t(Msg::Sources),
        crate::data::ARTICLE_URL,
        t(Msg::Credits)
    );
    s.push(&Html::json_script("ui-texts", &crate::i18n::texts_json(lang)));
    s
}

/// The file the build reads a page's blocks from (`static/<lang>.html`): the `<head>`
/// block and the `<body>` block, each between its markers.
pub fn page_blocks(atlas: &Atlas, lang: Lang) -> String {
    format!("{HEAD_BEGIN}\n{}{HEAD_END}\n{BEGIN}\n{}{END}\n", head_block(lang), static_html(atlas, lang))
}
