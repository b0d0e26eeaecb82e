//! The static HTML inside `index.html`: title, summary and compact tables, generated from
//! the embedded data so that it cannot drift (a test compares it with `index.html`).
//!
//! Visitors see it before WebAssembly starts, search engines index it, and it stays when
//! WebAssembly or JavaScript cannot run.

use crate::data::{Atlas, Confidence};
use crate::format;
use crate::html::Html;
use crate::i18n::{self, Msg};
use crate::lang::Lang;
use crate::write_html;

/// Marks the start of the generated block in `index.html`.
pub const BEGIN: &str = "<!-- static:begin -->";
/// Marks the end of the generated block in `index.html`.
pub const END: &str = "<!-- static:end -->";

/// The block between the markers, one line per element.
pub fn static_html(atlas: &Atlas) -> Html {
    let en = Lang::En;
    let mut s = Html::new();
    write_html!(
        &mut s,
        "<header class=\"site-header\" id=\"site-header\"><a class=\"skip-link\" id=\"skip-link\" href=\"#tables\">{}</a>\n",
        Msg::SkipToTables.get(en)
    );
    write_html!(
        &mut s,
        "<div class=\"site-title\"><h1 id=\"site-title\">{}</h1><p class=\"tagline\" id=\"tagline\">{}</p></div><div class=\"toolbar-slot\" id=\"toolbar\"></div></header>\n",
        Msg::Title.get(en),
        Msg::Tagline.get(en)
    );
    s.push_static("<div id=\"app\">\n<main id=\"main\">\n");
    s.push_static("<p id=\"static-status\" class=\"static-status\" role=\"status\"><span class=\"loading-msg\">Loading the interactive map and chart…</span><span class=\"failed-msg\">The interactive map and chart could not start in this browser. The tables below list every city and event.</span></p>\n");
    s.push_static("<noscript><p class=\"static-status no-script\">JavaScript is turned off, so the interactive map and chart cannot run. The tables below list every city and event.</p><style>.static-placeholder,.static-status:not(.no-script){display:none}</style></noscript>\n");
    write_html!(
        &mut s,
        "<section class=\"panel\"><div class=\"panel-head\"><h2>{}</h2><p class=\"panel-sub\">{}</p></div><div class=\"static-placeholder\" aria-hidden=\"true\"></div></section>\n",
        Msg::MapHeading.get(en),
        i18n::cities_in_countries(en, atlas.twin.cities.len(), Atlas::country_count(atlas.twin.cities.iter()))
    );
    s.push_static("<section class=\"panel tables\" id=\"tables\">\n");
    write_html!(
        &mut s,
        "<div class=\"table-block\"><h2>{}</h2><div class=\"table-scroll\"><table class=\"data-table\">\n",
        Msg::CityTableCaption.get(en)
    );
    s.push_static("<thead><tr><th scope=\"col\">City</th><th scope=\"col\">Country</th><th scope=\"col\">Relation</th><th scope=\"col\">Year signed</th><th scope=\"col\">Confidence</th></tr></thead><tbody>\n");
    for c in &atlas.twin.cities {
        let year = c.year.map_or_else(|| "unknown".to_string(), |y| y.to_string());
        let conf = match c.confidence {
            Confidence::Low => "low (sources conflict)",
            other => other.slug(),
        };
        write_html!(
            &mut s,
            "<tr data-id=\"{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            c.id,
            c.name.en,
            atlas.country_name(c, en),
            c.relation.slug(),
            year,
            conf
        );
    }
    s.push_static("</tbody></table></div></div>\n");
    write_html!(
        &mut s,
        "<div class=\"table-block\"><h2>{}</h2><div class=\"table-scroll\"><table class=\"data-table\">\n",
        Msg::EventTableCaption.get(en)
    );
    s.push_static(
        "<thead><tr><th scope=\"col\">Event</th><th scope=\"col\">Dates</th><th scope=\"col\">Organization</th></tr></thead><tbody>\n",
    );
    for e in &atlas.summits.events {
        let org = atlas.organization(&e.organization).map(|o| o.short.en.as_str()).unwrap_or("");
        write_html!(
            &mut s,
            "<tr data-id=\"{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
            e.id,
            e.name.en,
            format::date_range(en, e.start, e.end),
            org
        );
    }
    s.push_static("</tbody></table></div></div></section>\n</main>\n<footer class=\"site-footer\">\n");
    for lang in [Lang::Kk, Lang::Ru] {
        write_html!(&mut s, "<p lang=\"{}\"><strong>{}.</strong> {}</p>\n", lang.code(), Msg::Title.get(lang), Msg::Tagline.get(lang));
    }
    write_html!(
        &mut s,
        "<p>Source: Chukubayev, Ismagulov (2023), <a href=\"{}\">Astana as an actor in world politics</a>, and fact sheets that cite a source for every row. {}</p>\n",
        crate::data::ARTICLE_URL,
        Msg::Credits.get(en)
    );
    s.push_static("</footer>\n</div>\n");
    s
}

/// `index.html` with the block between the markers replaced by `block`; `None` when the
/// markers are missing.
pub fn splice(index_html: &str, block: &str) -> Option<String> {
    let start = index_html.find(BEGIN)? + BEGIN.len();
    let end = index_html[start..].find(END)? + start;
    Some(format!("{}\n{}{}", &index_html[..start], block, &index_html[end..]))
}
