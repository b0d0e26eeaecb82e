//! The static pages, the downloads (CSV, JSON) and the cards' texts are generated from the embedded data:
//! this test fails when they drift.
//! Regenerate with `make static-html` (`UPDATE_STATIC_HTML=1 cargo test --test static_html`).
#![cfg(not(target_arch = "wasm32"))]

use astana_atlas::lang::Lang;
use astana_atlas::{data, export, fragments, prerender};

fn check(path: &str, expected: &str) {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_STATIC_HTML").is_some() {
        std::fs::write(&path, expected).unwrap();
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(actual == expected, "{path} is out of date: run `make static-html`");
}

#[test]
fn the_pages_hold_the_generated_static_content() {
    let atlas = data::load().unwrap();
    for lang in Lang::ALL {
        check(&format!("static/{lang}.html"), &prerender::page_blocks(atlas, lang));
    }
    for lang in Lang::ALL {
        check(&format!("public/data/cities-{lang}.csv"), &format!("\u{feff}{}", export::cities_csv(atlas, lang)));
        check(&format!("public/data/events-{lang}.csv"), &format!("\u{feff}{}", export::events_csv(atlas, lang)));
    }
    check("public/data/data.json", &export::data_json(atlas));
    for lang in Lang::ALL {
        check(&format!("public/cards/{lang}.json"), &fragments::card_texts_json(atlas, lang));
        check(&format!("public/ui/{lang}.json"), &astana_atlas::i18n::texts_json(lang));
    }
    let template = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    assert!(
        template.contains(r#"<template id="static-head"></template>"#) && template.contains(r#"<template id="static-body"></template>"#)
    );
}

#[test]
fn every_page_lists_every_city_and_event_and_has_no_script() {
    let atlas = data::load().unwrap();
    for lang in Lang::ALL {
        let block = prerender::static_html(atlas, lang);
        for c in &atlas.twin.cities {
            assert!(block.contains(&format!(r#"<tr id="city-{id}" data-id="{id}">"#, id = c.id)), "{lang} {}", c.id);
            assert!(block.contains(&format!(r#"data-id="{}" role="button""#, c.id)), "{lang}: marker {}", c.id);
        }
        for e in &atlas.summits.events {
            assert!(block.contains(&format!(r#"<tr id="event-{id}" data-id="{id}">"#, id = e.id)), "{lang} {}", e.id);
        }
        assert_eq!(block.matches("<tr id=").count(), atlas.twin.cities.len() + atlas.summits.events.len());
        let scripts = block.matches("<script").count();
        assert_eq!(scripts, block.matches(r#"<script type="application/json" id="ui-texts">"#).count(), "no inline script (strict CSP)");
        assert_eq!(scripts, 1, "{lang}: the page carries its interface texts");
        assert!(block.contains(r#"id="map""#), "the map section is a link target");
        assert!(block.contains(&format!(r#"hreflang="{lang}" lang="{lang}" aria-current="page""#)), "{lang}: the current page is marked");
    }
}

#[test]
fn each_page_is_in_its_own_language() {
    let atlas = data::load().unwrap();
    use astana_atlas::i18n::Msg;
    for lang in Lang::ALL {
        let block = prerender::static_html(atlas, lang);
        let head = prerender::head_block(lang);
        for other in Lang::ALL.into_iter().filter(|&o| o != lang) {
            assert!(!block.contains(&format!(">{}<", Msg::MapHeading.get(other))), "{lang} page has the {other} map heading");
            assert!(!head.contains(Msg::PageDescription.get(other)));
        }
        assert!(block.contains(Msg::MapHeading.get(lang)) && head.contains(Msg::Title.get(lang)));
    }
}
