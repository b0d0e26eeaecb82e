//! The static content of `index.html` is generated from the embedded data: this test fails
//! when they drift. Regenerate with `UPDATE_STATIC_HTML=1 cargo test --test static_html`.
#![cfg(not(target_arch = "wasm32"))]

use astana_atlas::{data, prerender};

#[test]
fn index_html_holds_the_generated_static_content() {
    let atlas = data::load().unwrap();
    let block = prerender::static_html(atlas);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
    let html = std::fs::read_to_string(path).unwrap();
    let expected = prerender::splice(&html, &block).expect("index.html has the static markers");
    if std::env::var_os("UPDATE_STATIC_HTML").is_some() {
        std::fs::write(path, &expected).unwrap();
        return;
    }
    assert!(html == expected, "index.html's static block is out of date: run `UPDATE_STATIC_HTML=1 cargo test --test static_html`");
}

#[test]
fn static_content_lists_every_city_and_event() {
    let atlas = data::load().unwrap();
    let block = prerender::static_html(atlas);
    for c in &atlas.twin.cities {
        assert!(block.contains(&format!("<tr data-id=\"{}\">", c.id)), "{}", c.id);
    }
    for e in &atlas.summits.events {
        assert!(block.contains(&format!("<tr data-id=\"{}\">", e.id)), "{}", e.id);
    }
    assert_eq!(block.matches("<tr data-id=").count(), atlas.twin.cities.len() + atlas.summits.events.len());
    assert!(block.contains("lang=\"kk\"") && block.contains("lang=\"ru\""));
    assert!(!block.contains("<script"), "no inline script (strict CSP)");
}
