//! The map as static HTML and SVG, written at build time into each language's page, so
//! the finished map is on screen before WebAssembly arrives (and without it).
//!
//! The country outlines, arcs and leader lines sit in an SVG whose `viewBox` is the first
//! view's rectangle, fitted by `preserveAspectRatio="xMidYMid meet"` into the frame less
//! its padding; the markers sit in a second SVG over it, placed by CSS from the frame's
//! size (container query units), so they keep their pixel size at any width. `geo::home`
//! defines the first view the same way, so when the app takes over nothing moves.

use crate::data::{Atlas, Confidence};
use crate::export::xml_escape as esc;
use crate::format::fixed;
use crate::geo::home::{home_offsets, Layout, Padding, Rect};
use crate::geo::map_model::MapModel;
use crate::geo::world::{countries, graticule_path, outline_path};
use crate::i18n::{self, Msg};
use crate::lang::Lang;
use std::fmt::Write as _;

/// Astana's star, in pixels around its centre (on the map and in the key).
pub const ORIGIN_STAR: &str = "M0-8L2.4-2.5L8.3-2.5L3.6 1.2L5.3 7L0 3.6L-5.3 7L-3.6 1.2L-8.3-2.5L-2.4-2.5Z";

/// The map's model for the embedded data.
pub fn model(atlas: &Atlas) -> MapModel {
    let cities: Vec<(f64, f64)> = atlas.twin.cities.iter().map(|c| (c.lon, c.lat)).collect();
    MapModel::new((atlas.twin.origin.lon, atlas.twin.origin.lat), &cities)
}

/// The first view's rectangle: every city and Astana.
pub fn home_rect(model: &MapModel) -> Rect {
    let mut pts = model.points.clone();
    pts.push(model.origin);
    Rect::bounding(&pts)
}

/// A marker's accessible name: "City, Country (year)".
pub fn marker_label(atlas: &Atlas, i: usize, lang: Lang) -> String {
    let c = &atlas.twin.cities[i];
    let year = c.year.map_or_else(|| Msg::YearUnknown.get(lang).to_string(), |y| y.to_string());
    format!("{}, {} ({year})", c.name.or_en(lang), atlas.country_name(c, lang))
}

/// The map key's items (Astana, well-sourced, uncertain and conflicting cities).
pub fn legend_items(lang: Lang) -> String {
    let mark = |class: &str, view_box: &str, body: &str, msg: Msg| {
        format!(r#"<li><svg class="legend-mark{class}" viewBox="{view_box}" aria-hidden="true">{body}</svg>{}</li>"#, esc(msg.get(lang)))
    };
    [
        mark("", "-10 -10 20 20", &format!(r#"<path class="origin-star" d="{ORIGIN_STAR}"></path>"#), Msg::Origin),
        mark("", "-10 -10 20 20", r#"<circle class="legend-dot" r="6"></circle>"#, Msg::ConfidenceHigh),
        mark("", "-10 -10 20 20", r#"<circle class="legend-dot medium" r="6"></circle>"#, Msg::ConfidenceMedium),
        mark(
            " wide",
            "-22 -10 44 20",
            r#"<path class="legend-arc low" d="M-20 6Q0-10 12 0"></path><circle class="legend-dot low" cx="12" cy="0" r="6"></circle>"#,
            Msg::LowConfidenceLegend,
        ),
    ]
    .concat()
}

fn padding_vars(prefix: char, p: Padding) -> String {
    format!("--{prefix}pt:{};--{prefix}pr:{};--{prefix}pb:{};--{prefix}pl:{}", p.top, p.right, p.bottom, p.left)
}

/// Leader lines (map units) from each displaced marker's true place to where it is drawn.
fn leaders(points: &[(f64, f64)], offsets: &[(f64, f64)], k: f64) -> String {
    let mut d = String::new();
    for (&(x, y), &(dx, dy)) in points.iter().zip(offsets) {
        if (dx * dx + dy * dy) * k * k > 9.0 {
            let _ = write!(d, "M{} {}l{} {}", fixed(x, 1), fixed(y, 1), fixed(dx, 2), fixed(dy, 2));
        }
    }
    d
}

/// The map frame's content: the world layer and the markers, with no script.
pub fn map_frame(atlas: &Atlas, lang: Lang) -> String {
    let m = model(atlas);
    let r = home_rect(&m);
    let partners: Vec<&str> = atlas.twin.cities.iter().filter_map(|c| atlas.country(&c.country)).map(|c| c.numeric.as_str()).collect();
    let wide = home_offsets(&m.points, r, Layout::Wide);
    let narrow = home_offsets(&m.points, r, Layout::Narrow);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<div class="map-frame static-map" style="--rx:{};--ry:{};--rw:{};--rh:{};{};{}">"#,
        fixed(r.x, 3),
        fixed(r.y, 3),
        fixed(r.w, 3),
        fixed(r.h, 3),
        padding_vars('w', Layout::Wide.padding()),
        padding_vars('n', Layout::Narrow.padding())
    );
    let _ = write!(
        s,
        r#"<svg class="world-static" viewBox="{} {} {} {}" preserveAspectRatio="xMidYMid meet" aria-hidden="true"><path class="ocean" d="{}"></path><path class="graticule" d="{}"></path><g class="countries">"#,
        fixed(r.x, 3),
        fixed(r.y, 3),
        fixed(r.w, 3),
        fixed(r.h, 3),
        outline_path(),
        graticule_path()
    );
    for c in countries() {
        let partner = if !c.numeric.is_empty() && partners.contains(&c.numeric.as_str()) { " partner" } else { "" };
        let _ = write!(s, r#"<path class="country{partner}" data-n="{}" d="{}"></path>"#, esc(&c.numeric), c.path);
    }
    s.push_str(r#"</g><g class="arcs">"#);
    for (i, c) in atlas.twin.cities.iter().enumerate() {
        let low = if c.confidence == Confidence::Low { " low" } else { "" };
        let _ = write!(s, r#"<path class="arc{low}" d="{}"></path>"#, m.arc(i));
    }
    let k_wide = crate::geo::home::home_scale(r, Layout::Wide.reference_size());
    let k_narrow = crate::geo::home::home_scale(r, Layout::Narrow.reference_size());
    let _ = write!(
        s,
        r#"</g><path class="leader leaders-wide" d="{}"></path><path class="leader leaders-narrow" d="{}"></path></svg>"#,
        leaders(&m.points, &wide, k_wide),
        leaders(&m.points, &narrow, k_narrow)
    );
    let _ = write!(s, r#"<svg class="map overlay-static" role="group" aria-label="{}">"#, esc(Msg::MapLabel.get(lang)));
    let _ = write!(
        s,
        r#"<g class="origin" style="--x:{};--y:{}" aria-hidden="true"><circle class="origin-halo" r="11"></circle><path class="origin-star" d="{ORIGIN_STAR}"></path><text class="origin-label" x="12" y="4">{}</text></g><g class="markers">"#,
        fixed(m.origin.0, 2),
        fixed(m.origin.1, 2),
        esc(Msg::Astana.get(lang))
    );
    for (i, c) in atlas.twin.cities.iter().enumerate() {
        let mut class = String::from("marker");
        match c.confidence {
            Confidence::Low => class.push_str(" low"),
            Confidence::Medium => class.push_str(" medium"),
            Confidence::High => {}
        }
        if c.year.is_none() {
            class.push_str(" undated");
        }
        let (x, y) = m.points[i];
        let _ = write!(
            s,
            r##"<a class="{class}" href="#city-{id}" data-id="{id}" role="button" aria-label="{label}" style="--x:{};--y:{};--wx:{};--wy:{};--nx:{};--ny:{}"><circle class="dot" r="6"></circle></a>"##,
            fixed(x, 2),
            fixed(y, 2),
            fixed(wide[i].0, 3),
            fixed(wide[i].1, 3),
            fixed(narrow[i].0, 3),
            fixed(narrow[i].1, 3),
            id = esc(&c.id),
            label = esc(&marker_label(atlas, i, lang)),
        );
    }
    s.push_str("</g></svg></div>");
    s
}

/// The map's panel as it stands before the app runs: heading, the inactive `tools`, the
/// frame, the key and a `status` line.
pub fn map_panel(atlas: &Atlas, lang: Lang, tools: &str, status: &str) -> String {
    let cities = &atlas.twin.cities;
    format!(
        r#"<section class="panel map-panel" id="map" aria-labelledby="map-heading"><div class="panel-head"><h2 id="map-heading">{}</h2><p class="panel-sub">{}</p></div>{tools}{}<ul class="legend map-legend">{}</ul>{status}</section>"#,
        esc(Msg::MapHeading.get(lang)),
        esc(&i18n::cities_in_countries(lang, cities.len(), Atlas::country_count(cities.iter()))),
        map_frame(atlas, lang),
        legend_items(lang),
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data;

    #[test]
    fn every_city_is_a_labelled_button_that_links_to_its_row() {
        let atlas = data::load().unwrap();
        for lang in Lang::ALL {
            let html = map_frame(atlas, lang);
            assert_eq!(html.matches(r#"role="button""#).count(), atlas.twin.cities.len());
            for (i, c) in atlas.twin.cities.iter().enumerate() {
                let tag = format!(
                    r##"href="#city-{id}" data-id="{id}" role="button" aria-label="{}""##,
                    esc(&marker_label(atlas, i, lang)),
                    id = c.id
                );
                assert!(html.contains(&tag), "{lang}: {}", c.id);
            }
            assert!(!html.contains("<script"), "no script");
        }
    }

    #[test]
    fn the_world_layer_is_the_first_views_rectangle() {
        let atlas = data::load().unwrap();
        let r = home_rect(&model(atlas));
        let html = map_frame(atlas, Lang::En);
        assert!(html.contains(&format!(r#"viewBox="{} {} {} {}""#, fixed(r.x, 3), fixed(r.y, 3), fixed(r.w, 3), fixed(r.h, 3))));
        assert!(html.contains(&format!("--rw:{}", fixed(r.w, 3))));
        assert_eq!(html.matches(r#"class="country"#).count(), countries().len());
        assert_eq!(html.matches(r#"<path class="arc"#).count(), atlas.twin.cities.len());
    }

    #[test]
    fn partner_countries_are_tinted() {
        let atlas = data::load().unwrap();
        let html = map_frame(atlas, Lang::En);
        let tinted = html.matches(r#"class="country partner""#).count();
        let partners = {
            let mut v: Vec<&str> = atlas.twin.cities.iter().filter_map(|c| atlas.country(&c.country)).map(|c| c.numeric.as_str()).collect();
            v.sort_unstable();
            v.dedup();
            v.len()
        };
        assert_eq!(tinted, partners);
    }

    #[test]
    fn the_css_breakpoint_is_the_layouts() {
        let css = include_str!("../style/main.css");
        assert!(
            css.contains(&format!("@container (width < {}px)", crate::geo::home::NARROW)),
            "style/main.css switches layouts where geo::home does"
        );
    }
}
