//! The static HTML inside `index.html`: title, summary and compact tables, generated from
//! the embedded data so that it cannot drift (a test compares it with `index.html`).
//!
//! Visitors see it before WebAssembly starts, search engines index it, and it stays when
//! WebAssembly or JavaScript cannot run.

use crate::data::{Atlas, Confidence};
use crate::export::xml_escape as esc;
use crate::format;
use crate::i18n::{self, Msg};
use crate::lang::Lang;
use std::fmt::Write as _;

/// Marks the start of the generated block in `index.html`.
pub const BEGIN: &str = "<!-- static:begin -->";
/// Marks the end of the generated block in `index.html`.
pub const END: &str = "<!-- static:end -->";

/// The block between the markers, one line per element.
pub fn static_html(atlas: &Atlas) -> String {
    let en = Lang::En;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r##"<header class="site-header" id="site-header"><a class="skip-link" id="skip-link" href="#tables">{}</a>"##,
        esc(Msg::SkipToTables.get(en))
    );
    let _ = writeln!(
        s,
        r#"<div class="site-title"><h1 id="site-title">{}</h1><p class="tagline" id="tagline">{}</p></div><div class="toolbar-slot" id="toolbar"></div></header>"#,
        esc(Msg::Title.get(en)),
        esc(Msg::Tagline.get(en))
    );
    let _ = writeln!(s, r#"<div id="app">"#);
    let _ = writeln!(s, r#"<main id="main">"#);
    let _ = writeln!(
        s,
        r#"<p id="static-status" class="static-status" role="status"><span class="loading-msg">Loading the interactive map and chart…</span><span class="failed-msg">The interactive map and chart could not start in this browser. The tables below list every city and event.</span></p>"#
    );
    let _ = writeln!(
        s,
        r#"<noscript><p class="static-status no-script">JavaScript is turned off, so the interactive map and chart cannot run. The tables below list every city and event.</p><style>.static-placeholder,.static-status:not(.no-script){{display:none}}</style></noscript>"#
    );
    let _ = writeln!(
        s,
        r#"<section class="panel"><div class="panel-head"><h2>{}</h2><p class="panel-sub">{}</p></div><div class="static-placeholder" aria-hidden="true"></div></section>"#,
        esc(Msg::MapHeading.get(en)),
        esc(&i18n::cities_in_countries(en, atlas.twin.cities.len(), Atlas::country_count(atlas.twin.cities.iter())))
    );
    let _ = writeln!(s, r#"<section class="panel tables" id="tables">"#);
    let _ = writeln!(
        s,
        r#"<div class="table-block"><h2>{}</h2><div class="table-scroll"><table class="data-table">"#,
        esc(Msg::CityTableCaption.get(en))
    );
    let _ = writeln!(s, "<thead><tr><th scope=\"col\">City</th><th scope=\"col\">Country</th><th scope=\"col\">Relation</th><th scope=\"col\">Year signed</th><th scope=\"col\">Confidence</th></tr></thead><tbody>");
    for c in &atlas.twin.cities {
        let year = c.year.map_or_else(|| "unknown".to_string(), |y| y.to_string());
        let conf = match c.confidence {
            Confidence::Low => "low (sources conflict)",
            other => other.slug(),
        };
        let _ = writeln!(
            s,
            r#"<tr data-id="{}"><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            esc(&c.id),
            esc(&c.name.en),
            esc(atlas.country_name(c, en)),
            c.relation.slug(),
            year,
            conf
        );
    }
    let _ = writeln!(s, "</tbody></table></div></div>");
    let _ = writeln!(
        s,
        r#"<div class="table-block"><h2>{}</h2><div class="table-scroll"><table class="data-table">"#,
        esc(Msg::EventTableCaption.get(en))
    );
    let _ = writeln!(
        s,
        "<thead><tr><th scope=\"col\">Event</th><th scope=\"col\">Dates</th><th scope=\"col\">Organization</th></tr></thead><tbody>"
    );
    for e in &atlas.summits.events {
        let org = atlas.organization(&e.organization).map(|o| o.short.en.as_str()).unwrap_or("");
        let _ = writeln!(
            s,
            r#"<tr data-id="{}"><th scope="row">{}</th><td>{}</td><td>{}</td></tr>"#,
            esc(&e.id),
            esc(&e.name.en),
            esc(&format::date_range(en, e.start, e.end)),
            esc(org)
        );
    }
    let _ = writeln!(s, "</tbody></table></div></div></section>");
    let _ = writeln!(s, "</main>");
    let _ = writeln!(s, r#"<footer class="site-footer">"#);
    for lang in [Lang::Kk, Lang::Ru] {
        let _ =
            writeln!(s, r#"<p lang="{}"><strong>{}.</strong> {}</p>"#, lang.code(), esc(Msg::Title.get(lang)), esc(Msg::Tagline.get(lang)));
    }
    let _ = writeln!(
        s,
        r#"<p>Source: Chukubayev, Ismagulov (2023), <a href="{}">Astana as an actor in world politics</a>, and fact sheets that cite a source for every row. {}</p>"#,
        crate::data::ARTICLE_URL,
        esc(Msg::Credits.get(en))
    );
    let _ = writeln!(s, "</footer>");
    let _ = writeln!(s, "</div>");
    s
}

/// `index.html` with the block between the markers replaced by `block`; `None` when the
/// markers are missing.
pub fn splice(index_html: &str, block: &str) -> Option<String> {
    let start = index_html.find(BEGIN)? + BEGIN.len();
    let end = index_html[start..].find(END)? + start;
    Some(format!("{}\n{}{}", &index_html[..start], block, &index_html[end..]))
}
