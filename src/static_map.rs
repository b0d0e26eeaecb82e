//! The map as static HTML and SVG, written at build time into each language's page, so
//! the finished map is on screen before WebAssembly arrives (and without it).
//!
//! The country outlines, arcs and leader lines sit in an SVG whose `viewBox` is the first
//! view's rectangle, fitted by `preserveAspectRatio="xMidYMid meet"` into the frame less
//! its padding; the markers sit in a second SVG over it, placed by CSS from the frame's
//! size (container query units), so they keep their pixel size at any width. `geo::home`
//! defines the first view the same way, so when the app takes over nothing moves.

use crate::data::{Atlas, Confidence};
use crate::format::fixed;
use crate::geo::home::{home_labels, home_offsets, home_scale, Layout, Padding, Rect};
use crate::geo::map_model::MapModel;
use crate::geo::world::{countries, graticule_path, outline_path};
use crate::html::Html;
use crate::i18n::{self, Msg};
use crate::lang::Lang;
use crate::{html, write_html};
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

/// The ISO alpha-2 code (upper-case) of the country of a map shape, by its numeric id; `None`
/// for the shapes without one (Kosovo, N. Cyprus, Somaliland).
pub fn country_code<'a>(atlas: &'a Atlas, numeric: &str) -> Option<&'a str> {
    atlas.country_by_numeric(numeric).map(|i| atlas.codes[i].code.as_str())
}

/// The map key's items (Astana, well-sourced, uncertain and conflicting cities).
pub fn legend_items(lang: Lang) -> Html {
    let item = |class: &'static str, view_box: &'static str, body: Html, msg: Msg| {
        html!(
            r#"<li><svg class="legend-mark{}" viewBox="{}" aria-hidden="true">{}</svg>{}</li>"#,
            Html::trusted_static(class),
            Html::trusted_static(view_box),
            body,
            msg.get(lang)
        )
    };
    let mut s = Html::new();
    s.push(&item("", "-10 -10 20 20", html!(r#"<path class="origin-star" d="{}"></path>"#, ORIGIN_STAR), Msg::Origin));
    s.push(&item("", "-10 -10 20 20", Html::trusted_static(r#"<circle class="legend-dot" r="6"></circle>"#), Msg::ConfidenceHigh));
    s.push(&item("", "-10 -10 20 20", Html::trusted_static(r#"<circle class="legend-dot medium" r="6"></circle>"#), Msg::ConfidenceMedium));
    let low = r#"<path class="legend-arc low" d="M-20 6Q0-10 12 0"></path><circle class="legend-dot low" cx="12" cy="0" r="6"></circle>"#;
    s.push(&item(" wide", "-22 -10 44 20", Html::trusted_static(low), Msg::LowConfidenceLegend));
    s.push(&item("", "-10 -10 20 20", Html::trusted_static(r#"<circle class="legend-dot" r="4.5"></circle>"#), Msg::UndatedLegend));
    let tint = r#"<path class="legend-tint" d="M-9-6L4-8L9-1L5 7L-7 6Z"></path>"#;
    s.push(&item("", "-10 -10 20 20", Html::trusted_static(tint), Msg::PartnerCountryLegend));
    s
}

/// The chart's key to its marks beyond kinds: hollow (scheduled or thinly sourced) and
/// ringed (named in the article; a ring around a mark, not a bare circle that reads as a
/// radio button). The static page and the app write the same.
pub fn chart_key(lang: Lang) -> Html {
    html!(
        r#"<span class="legend-note"><svg class="legend-mark" viewBox="-10 -10 20 20" aria-hidden="true"><path class="legend-kind hollow" d="M0-7L6.1 3.5L-6.1 3.5Z"></path></svg>{}</span><span class="legend-note"><svg class="legend-mark" viewBox="-10 -10 20 20" aria-hidden="true"><path class="legend-kind" d="M0-5L4.3 2.5L-4.3 2.5Z"></path><circle class="legend-ring" r="8.2"></circle></svg>{}</span>"#,
        Msg::ScheduledLegend.get(lang),
        Msg::NamedInArticleLegend.get(lang)
    )
}

/// The CSS variables of a layout's padding (`--wpt` … for wide, `--npt` … for narrow).
fn padding_vars(prefix: &'static str, p: Padding) -> Html {
    let pre = Html::trusted_static(prefix);
    html!(
        "--{}pt:{};--{}pr:{};--{}pb:{};--{}pl:{}",
        pre,
        fixed(p.top, 0),
        pre,
        fixed(p.right, 0),
        pre,
        fixed(p.bottom, 0),
        pre,
        fixed(p.left, 0)
    )
}

/// Leader lines (path data in map units) from each displaced marker's true place to where
/// it is drawn, for markers pushed more than 3 px at scale `k`.
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
pub fn map_frame(atlas: &Atlas, lang: Lang) -> Html {
    let m = model(atlas);
    let r = home_rect(&m);
    let partners: Vec<&str> = atlas.twin.cities.iter().filter_map(|c| atlas.country(&c.country)).map(|c| c.numeric.as_str()).collect();
    let wide = home_offsets(&m.points, r, Layout::Wide);
    let narrow = home_offsets(&m.points, r, Layout::Narrow);
    // A few cities named where there is room, per layout (CSS shows the frame's).
    let chars: Vec<usize> = atlas.twin.cities.iter().map(|c| c.name.or_en(lang).chars().count()).collect();
    let named_wide = home_labels(&m.points, &wide, m.origin, r, Layout::Wide, &chars);
    let named_narrow = home_labels(&m.points, &narrow, m.origin, r, Layout::Narrow, &chars);
    let (rx, ry, rw, rh) = (fixed(r.x, 3), fixed(r.y, 3), fixed(r.w, 3), fixed(r.h, 3));
    let mut s = html!(
        r#"<div class="map-frame static-map" style="--rx:{};--ry:{};--rw:{};--rh:{};{};{}">"#,
        rx,
        ry,
        rw,
        rh,
        padding_vars("w", Layout::Wide.padding()),
        padding_vars("n", Layout::Narrow.padding())
    );
    write_html!(
        &mut s,
        r#"<svg class="world-static" viewBox="{} {} {} {}" preserveAspectRatio="xMidYMid meet" aria-hidden="true"><path class="ocean" d="{}"></path><path class="graticule" d="{}"></path><g class="countries">"#,
        rx,
        ry,
        rw,
        rh,
        outline_path(),
        graticule_path()
    );
    for c in countries() {
        let partner = if !c.numeric.is_empty() && partners.contains(&c.numeric.as_str()) { " partner" } else { "" };
        write_html!(&mut s, r#"<path class="country{}" data-n="{}""#, Html::trusted_static(partner), c.numeric);
        if let Some(code) = country_code(atlas, &c.numeric) {
            write_html!(&mut s, r#" data-country="{}""#, code);
        }
        write_html!(&mut s, r#" d="{}"></path>"#, c.path);
    }
    s.push_static(r#"</g><g class="arcs">"#);
    for (i, c) in atlas.twin.cities.iter().enumerate() {
        let low = if c.confidence == Confidence::Low { " low" } else { "" };
        write_html!(&mut s, r#"<path class="arc{}" d="{}"></path>"#, Html::trusted_static(low), m.arc(i));
    }
    write_html!(
        &mut s,
        r#"</g><path class="leader leaders-wide" d="{}"></path><path class="leader leaders-narrow" d="{}"></path></svg>"#,
        leaders(&m.points, &wide, home_scale(r, Layout::Wide.reference_size())),
        leaders(&m.points, &narrow, home_scale(r, Layout::Narrow.reference_size()))
    );
    write_html!(&mut s, r#"<svg class="map overlay-static" role="group" aria-label="{}">"#, Msg::MapLabel.get(lang));
    write_html!(
        &mut s,
        r#"<g class="origin" style="--x:{};--y:{}" aria-hidden="true"><circle class="origin-halo" r="11"></circle><path class="origin-star" d="{}"></path><text class="origin-label" x="12" y="4">{}</text></g><g class="markers">"#,
        fixed(m.origin.0, 2),
        fixed(m.origin.1, 2),
        ORIGIN_STAR,
        Msg::Astana.get(lang)
    );
    for (i, c) in atlas.twin.cities.iter().enumerate() {
        let confidence = match c.confidence {
            Confidence::Low => " low",
            Confidence::Medium => " medium",
            Confidence::High => "",
        };
        let undated = if c.year.is_none() { " undated" } else { "" };
        let (x, y) = m.points[i];
        write_html!(
            &mut s,
            r##"<a class="marker{}{}" href="#city-{}" data-id="{}" role="button" aria-label="{}" style="--x:{};--y:{};--wx:{};--wy:{};--nx:{};--ny:{}"><circle class="dot" r="6"></circle>"##,
            Html::trusted_static(confidence),
            Html::trusted_static(undated),
            c.id,
            c.id,
            marker_label(atlas, i, lang),
            fixed(x, 2),
            fixed(y, 2),
            fixed(wide[i].0, 3),
            fixed(wide[i].1, 3),
            fixed(narrow[i].0, 3),
            fixed(narrow[i].1, 3)
        );
        if named_wide[i] || named_narrow[i] {
            let class = match (named_wide[i], named_narrow[i]) {
                (true, true) => " lw ln",
                (true, false) => " lw",
                _ => " ln",
            };
            write_html!(&mut s, r#"<text class="city-label{}" x="9" y="4">{}</text>"#, Html::trusted_static(class), c.name.or_en(lang));
        }
        s.push_static("</a>");
    }
    s.push_static("</g></svg></div>");
    s
}

/// The map's panel as it stands before the app runs: heading, the inactive `tools`, the
/// frame, the key and a `status` line.
pub fn map_panel(atlas: &Atlas, lang: Lang, tools: &Html, status: &Html) -> Html {
    let cities = &atlas.twin.cities;
    html!(
        r#"<section class="panel map-panel" id="map" aria-labelledby="map-heading"><div class="panel-head"><h2 id="map-heading">{}</h2><p class="panel-sub">{}</p></div>{}{}<ul class="legend map-legend">{}</ul>{}</section>"#,
        Msg::MapHeading.get(lang),
        i18n::cities_in_countries(lang, cities.len(), Atlas::country_count(cities.iter())),
        tools,
        map_frame(atlas, lang),
        legend_items(lang),
        status
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
            let html = map_frame(atlas, lang).into_string();
            assert_eq!(html.matches(r#"role="button""#).count(), atlas.twin.cities.len());
            for (i, c) in atlas.twin.cities.iter().enumerate() {
                let tag = crate::html!(
                    r##"href="#city-{}" data-id="{}" role="button" aria-label="{}""##,
                    c.id,
                    c.id,
                    marker_label(atlas, i, lang)
                );
                assert!(html.contains(tag.as_str()), "{lang}: {}", c.id);
            }
            assert!(!html.contains("<script"), "no script");
        }
    }

    #[test]
    fn the_world_layer_is_the_first_views_rectangle() {
        let atlas = data::load().unwrap();
        let r = home_rect(&model(atlas));
        let html = map_frame(atlas, Lang::En).into_string();
        assert!(html.contains(&format!(r#"viewBox="{} {} {} {}""#, fixed(r.x, 3), fixed(r.y, 3), fixed(r.w, 3), fixed(r.h, 3))));
        assert!(html.contains(&format!("--rw:{}", fixed(r.w, 3))));
        assert_eq!(html.matches(r#"class="country"#).count(), countries().len());
        assert_eq!(html.matches(r#"<path class="arc"#).count(), atlas.twin.cities.len());
    }

    #[test]
    fn every_shape_with_an_iso_code_carries_it() {
        let atlas = data::load().unwrap();
        let html = map_frame(atlas, Lang::En).into_string();
        let coded = countries().iter().filter(|c| country_code(atlas, &c.numeric).is_some()).count();
        assert_eq!(html.matches(" data-country=\"").count(), coded);
        assert_eq!(countries().len() - coded, 3, "Kosovo, N. Cyprus and Somaliland have no code");
        for code in ["US", "DE", "RU", "KZ", "CN", "TR", "BR"] {
            assert_eq!(html.matches(&format!(r#"data-country="{code}""#)).count(), 1, "{code}");
        }
    }

    #[test]
    fn partner_countries_are_tinted() {
        let atlas = data::load().unwrap();
        let html = map_frame(atlas, Lang::En).into_string();
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
