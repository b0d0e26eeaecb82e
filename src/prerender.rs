//! The static pages, one per language, generated from the embedded data so that they
//! cannot drift (a test compares them with `index.html` and `static/*.html`).
//!
//! Each page holds the finished map (`static_map`), the chart, the tables and the texts in
//! its language, so visitors see them before WebAssembly starts and keep them when it
//! cannot run. The blocks are written to `static/<lang>.html`; the build puts them into
//! Trunk's page (`index.html`, which has placeholders for them): English at the root,
//! Kazakh and Russian in `kk/` and `ru/`.

use crate::data::Atlas;
use crate::export::xml_escape as esc;
use crate::format;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::static_map;
use std::fmt::Write as _;

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
pub fn head_block(lang: Lang) -> String {
    let title = Msg::Title.get(lang);
    let description = esc(Msg::PageDescription.get(lang));
    let mut s = String::new();
    let _ = writeln!(s, "<title>{}</title>", esc(&crate::i18n::document_title(lang, None)));
    let _ = writeln!(s, r#"<meta name="description" content="{description}">"#);
    let _ = writeln!(s, r#"<meta property="og:title" content="{}">"#, esc(title));
    let _ = writeln!(s, r#"<meta property="og:description" content="{description}">"#);
    s
}

/// The header's toolbar as the app draws it, so the header keeps its shape when the app
/// takes over; the languages are links to their pages (they work without JavaScript),
/// the rest is inactive until then.
fn toolbar(lang: Lang) -> String {
    let t = |m: Msg| esc(m.get(lang));
    let mut s = format!(r#"<div class="toolbar"><nav class="segmented lang-switcher static-langs" aria-label="{}">"#, t(Msg::Language));
    for l in Lang::ALL {
        let current = if l == lang { r#" aria-current="page""# } else { "" };
        let _ = write!(
            s,
            r#"<a href="{}" hreflang="{l}" lang="{l}"{current}><span class="short">{}</span> <span class="long">{}</span></a>"#,
            page_link(lang, l),
            l.code().to_ascii_uppercase(),
            l.native_name()
        );
    }
    let _ = write!(
        s,
        r#"</nav><label class="select-label"><span class="visually-hidden">{}</span><select class="theme-select" disabled><option>{}</option><option>{}</option><option>{}</option></select></label><button type="button" class="button share-button" disabled><span class="share-icon" aria-hidden="true">↗</span><span class="share-text">{}</span></button><span class="button ghost about-link" aria-hidden="true">{}</span></div>"#,
        t(Msg::Theme),
        t(Msg::ThemeAuto),
        t(Msg::ThemeLight),
        t(Msg::ThemeDark),
        t(Msg::Share),
        t(Msg::About)
    );
    s
}

/// The year filter as the app first draws it (all years), so that the map below it does
/// not move when the app takes over.
fn year_filter(atlas: &Atlas, lang: Lang) -> String {
    let span = crate::filters::full_years(atlas);
    let t = |m: Msg| esc(m.get(lang));
    let select = |chosen: u16| {
        let mut s = String::from("<select disabled>");
        for y in span.from..=span.to {
            let sel = if y == chosen { " selected" } else { "" };
            let _ = write!(s, r#"<option value="{y}"{sel}>{y}</option>"#);
        }
        s.push_str("</select>");
        s
    };
    let counts = format!(
        "{} · {}",
        crate::i18n::showing_of(lang, atlas.twin.cities.len(), atlas.twin.cities.len()).replace(' ', "\u{a0}"),
        crate::i18n::events_count(lang, atlas.summits.events.len())
    );
    format!(
        r#"<section class="panel year-filter" aria-label="{years}" data-static="years"><fieldset><legend>{years}</legend><label><span>{}</span>{}</label><label><span>{}</span>{}</label><button type="button" class="button ghost" disabled>{}</button></fieldset><p class="filter-counts">{}</p></section>"#,
        t(Msg::YearFrom),
        select(span.from),
        t(Msg::YearTo),
        select(span.to),
        t(Msg::ClearFilters),
        esc(&counts),
        years = t(Msg::Years),
    )
}

/// The map's search box and region chips as the app first draws them (inactive here).
fn map_tools(lang: Lang) -> String {
    let t = |m: Msg| esc(m.get(lang));
    let mut chips = String::new();
    for m in [Msg::RegionEurope, Msg::RegionAsia, Msg::RegionMiddleEastAfrica, Msg::RegionAmericas] {
        let _ = write!(chips, r#"<button type="button" class="chip" aria-pressed="true" disabled>{}</button>"#, t(m));
    }
    format!(
        r#"<div class="map-tools"><div class="city-search"><label for="city-search-input">{}</label><input id="city-search-input" type="search" placeholder="{}" disabled></div><div class="region-filter"><div class="chips" role="group" aria-label="{}">{chips}</div><label class="check"><input type="checkbox" checked disabled><span>{}</span></label></div></div>"#,
        t(Msg::SearchLabel),
        t(Msg::SearchPlaceholder),
        t(Msg::Regions),
        t(Msg::ShowUndated)
    )
}

/// The block between the body markers for one language's page.
pub fn static_html(atlas: &Atlas, lang: Lang) -> String {
    let t = |m: Msg| esc(m.get(lang));
    let mut s = String::new();
    let _ = writeln!(
        s,
        r##"<header class="site-header" id="site-header"><a class="skip-link" id="skip-link" href="#tables">{}</a>"##,
        t(Msg::SkipToTables)
    );
    let _ = writeln!(
        s,
        r#"<div class="site-title"><h1 id="site-title">{}</h1><p class="tagline" id="tagline">{}</p></div><div class="toolbar-slot" id="toolbar">{}</div></header>"#,
        t(Msg::Title),
        t(Msg::Tagline),
        toolbar(lang)
    );
    let _ = writeln!(s, r#"<div id="app">"#);
    let _ = writeln!(s, r#"<main id="main">"#);
    let status = format!(
        r#"<p id="static-status" class="map-help static-status" role="status"><span class="loading-msg">{}</span><span class="failed-msg">{}</span></p><noscript><p class="map-help static-status no-script">{}</p><style>.static-status:not(.no-script){{display:none}}</style></noscript>"#,
        t(Msg::StaticLoading),
        t(Msg::StaticFailed),
        t(Msg::StaticNoScript)
    );
    let _ = writeln!(s, "{}", year_filter(atlas, lang));
    let _ = writeln!(s, "{}", static_map::map_panel(atlas, lang, &map_tools(lang), &status));
    let _ = writeln!(s, r#"<section class="panel tables" id="tables" data-static="tables">"#);
    let _ = writeln!(
        s,
        r#"<div class="table-block"><h2>{}</h2><div class="table-scroll"><table class="data-table">"#,
        t(Msg::CityTableCaption)
    );
    let _ = writeln!(
        s,
        r#"<thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>"#,
        t(Msg::ColCity),
        t(Msg::ColCountry),
        t(Msg::ColRelation),
        t(Msg::ColYear),
        t(Msg::ColConfidence)
    );
    for c in &atlas.twin.cities {
        let year = c.year.map_or_else(|| Msg::YearUnknown.get(lang).to_string(), |y| y.to_string());
        let _ = writeln!(
            s,
            r#"<tr id="city-{id}" data-id="{id}"><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            esc(c.name.or_en(lang)),
            esc(atlas.country_name(c, lang)),
            esc(crate::i18n::relation_msg(c.relation).get(lang)),
            esc(&year),
            esc(crate::i18n::confidence_msg(c.confidence).get(lang)),
            id = esc(&c.id),
        );
    }
    let _ = writeln!(s, "</tbody></table></div></div>");
    let _ = writeln!(
        s,
        r#"<div class="table-block"><h2>{}</h2><div class="table-scroll"><table class="data-table">"#,
        t(Msg::EventTableCaption)
    );
    let _ = writeln!(
        s,
        r#"<thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>"#,
        t(Msg::ColEvent),
        t(Msg::ColDates),
        t(Msg::ColOrganization)
    );
    for e in &atlas.summits.events {
        let org = atlas.organization(&e.organization).map(|o| o.short.or_en(lang)).unwrap_or("");
        let _ = writeln!(
            s,
            r#"<tr id="event-{id}" data-id="{id}"><th scope="row">{}</th><td>{}</td><td>{}</td></tr>"#,
            esc(e.name.or_en(lang)),
            esc(&format::date_range(lang, e.start, e.end)),
            esc(org),
            id = esc(&e.id),
        );
    }
    let _ = writeln!(s, "</tbody></table></div></div></section>");
    let _ = writeln!(s, "</main>");
    let _ = writeln!(s, r#"<footer class="site-footer" data-static="footer">"#);
    for other in Lang::ALL.into_iter().filter(|&l| l != lang) {
        let _ = writeln!(
            s,
            r#"<p lang="{}"><strong>{}.</strong> {}</p>"#,
            other.code(),
            esc(Msg::Title.get(other)),
            esc(Msg::Tagline.get(other))
        );
    }
    let _ = writeln!(
        s,
        r#"<p>{}: Chukubayev, Ismagulov (2023), <a href="{}">Astana as an actor in world politics</a>. {}</p>"#,
        t(Msg::Sources),
        crate::data::ARTICLE_URL,
        t(Msg::Credits)
    );
    let _ = writeln!(s, "</footer>");
    let _ = writeln!(s, "</div>");
    s
}

/// The file the build reads a page's blocks from (`static/<lang>.html`): the `<head>`
/// block and the `<body>` block, each between its markers.
pub fn page_blocks(atlas: &Atlas, lang: Lang) -> String {
    format!("{HEAD_BEGIN}\n{}{HEAD_END}\n{BEGIN}\n{}{END}\n", head_block(lang), static_html(atlas, lang))
}
