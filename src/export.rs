//! Downloads: the data as CSV and JSON (with sources) and the map as a standalone SVG.

use crate::data::{Atlas, City, Confidence, Names, Source};
use crate::format;
use crate::geo::declutter::declutter;
use crate::geo::great_circle::distance_km;
use crate::geo::map_model::MapModel;
use crate::geo::projection::{map_height, MAP_WIDTH};
use crate::geo::world::{countries, graticule_path, outline_path};
use crate::i18n::Msg;
use crate::lang::Lang;
use std::fmt::Write as _;

/// One CSV field (RFC 4180), with spreadsheet formula injection defused.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv_line(fields: &[String]) -> String {
    let mut line = fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

fn sources_text(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| match &s.url {
            Some(u) => format!("{} <{u}>", s.title),
            None => s.title.clone(),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The twin cities, one row each, with names in all three languages and the sources.
pub fn cities_csv(atlas: &Atlas, lang: Lang) -> String {
    let origin = (atlas.twin.origin.lon, atlas.twin.origin.lat);
    let mut out = csv_line(
        &[
            "id",
            "name_en",
            "name_kk",
            "name_ru",
            "country_code",
            "country",
            "lat",
            "lon",
            "year_signed",
            "relation",
            "confidence",
            "named_in_article",
            "distance_km",
            "note",
            "sources",
        ]
        .map(String::from),
    );
    for c in &atlas.twin.cities {
        let country = atlas.country(&c.country).map(|k| k.name.or_en(lang).to_string()).unwrap_or_default();
        out.push_str(&csv_line(&[
            c.id.clone(),
            c.name.en.clone(),
            c.name.kk.clone().unwrap_or_default(),
            c.name.ru.clone().unwrap_or_default(),
            c.country.clone(),
            country,
            format::fixed_trimmed(c.lat, 4).to_string(),
            format::fixed_trimmed(c.lon, 4).to_string(),
            c.year.map(|y| y.to_string()).unwrap_or_default(),
            c.relation.slug().to_string(),
            c.confidence.slug().to_string(),
            c.in_article.to_string(),
            format::fixed(distance_km(origin, (c.lon, c.lat)), 0).to_string(),
            c.note.as_ref().map(|n| n.or_en(lang).to_string()).unwrap_or_default(),
            sources_text(&c.sources),
        ]));
    }
    out
}

/// The hosted events, one row each, with the sources.
pub fn events_csv(atlas: &Atlas, lang: Lang) -> String {
    let mut out = csv_line(
        &[
            "id",
            "name",
            "name_en",
            "organization",
            "kind",
            "start",
            "end",
            "dates",
            "city_name_at_the_time",
            "fact",
            "participants",
            "named_in_article",
            "confidence",
            "sources",
        ]
        .map(String::from),
    );
    for e in &atlas.summits.events {
        let org = atlas.organization(&e.organization).map(|o| o.short.or_en(lang).to_string()).unwrap_or_default();
        out.push_str(&csv_line(&[
            e.id.clone(),
            e.name.or_en(lang).to_string(),
            e.name.en.clone(),
            org,
            e.kind.slug().to_string(),
            e.start.to_string(),
            e.end.map(|d| d.to_string()).unwrap_or_default(),
            format::date_range(lang, e.start, e.end),
            e.city_name.slug().to_string(),
            e.fact.or_en(lang).to_string(),
            e.participants.as_ref().map(|p| p.or_en(lang).to_string()).unwrap_or_default(),
            e.in_article.to_string(),
            e.confidence.slug().to_string(),
            sources_text(&e.sources),
        ]));
    }
    out
}

/// A JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "null".to_string(), json_str)
}

fn json_names(n: &Names) -> String {
    format!(r#"{{"en":{},"ru":{},"kk":{}}}"#, json_str(&n.en), json_opt(n.ru.as_deref()), json_opt(n.kk.as_deref()))
}

fn json_sources(sources: &[Source]) -> String {
    let items: Vec<String> =
        sources.iter().map(|s| format!(r#"{{"title":{},"url":{}}}"#, json_str(&s.title), json_opt(s.url.as_deref()))).collect();
    format!("[{}]", items.join(","))
}

fn json_list(items: Vec<String>) -> String {
    format!("[\n    {}\n  ]", items.join(",\n    "))
}

/// Both data files as one JSON document, one record a line, with every source. Written by
/// hand so that the browser needs no JSON library; a test parses it back with serde.
pub fn data_json(atlas: &Atlas) -> String {
    let t = &atlas.twin;
    let o = &t.origin;
    let origin = format!(
        r#"{{"id":{},"name":{},"country":{},"lat":{},"lon":{}}}"#,
        json_str(&o.id),
        json_names(&o.name),
        json_str(&o.country),
        format::fixed_trimmed(o.lat, 6),
        format::fixed_trimmed(o.lon, 6)
    );
    let countries = t
        .countries
        .iter()
        .map(|c| {
            format!(
                r#"{{"code":{},"numeric":{},"name":{},"region":"{}"}}"#,
                json_str(&c.code),
                json_str(&c.numeric),
                json_names(&c.name),
                c.region.slug()
            )
        })
        .collect();
    let cities = t
        .cities
        .iter()
        .map(|c| {
            format!(
                r#"{{"id":{},"name":{},"country":{},"lat":{},"lon":{},"year":{},"relation":"{}","confidence":"{}","in_article":{},"note":{},"sources":{}}}"#,
                json_str(&c.id),
                json_names(&c.name),
                json_str(&c.country),
                format::fixed_trimmed(c.lat, 6),
                format::fixed_trimmed(c.lon, 6),
                c.year.map_or_else(|| "null".to_string(), |y| y.to_string()),
                c.relation.slug(),
                c.confidence.slug(),
                c.in_article,
                c.note.as_ref().map_or_else(|| "null".to_string(), json_names),
                json_sources(&c.sources)
            )
        })
        .collect();
    let s = &atlas.summits;
    let orgs = s
        .organizations
        .iter()
        .map(|o| format!(r#"{{"id":{},"short":{},"name":{}}}"#, json_str(&o.id), json_names(&o.short), json_names(&o.name)))
        .collect();
    let events = s
        .events
        .iter()
        .map(|e| {
            format!(
                r#"{{"id":{},"name":{},"name_untranslated":{},"organization":{},"kind":"{}","start":"{}","end":{},"city_name":"{}","fact":{},"participants":{},"in_article":{},"confidence":"{}","sources":{}}}"#,
                json_str(&e.id),
                json_names(&e.name),
                json_opt(e.name_untranslated.as_deref()),
                json_str(&e.organization),
                e.kind.slug(),
                e.start,
                e.end.map_or_else(|| "null".to_string(), |d| format!("\"{d}\"")),
                e.city_name.slug(),
                json_names(&e.fact),
                e.participants.as_ref().map_or_else(|| "null".to_string(), json_names),
                e.in_article,
                e.confidence.slug(),
                json_sources(&e.sources)
            )
        })
        .collect();
    let corrections = s
        .corrections
        .iter()
        .map(|c| {
            format!(
                r#"{{"id":{},"text":{},"event":{},"sources":{}}}"#,
                json_str(&c.id),
                json_names(&c.text),
                json_opt(c.event.as_deref()),
                json_sources(&c.sources)
            )
        })
        .collect();
    format!(
        "{{\n\"about\": {},\n\"twin_cities\": {{\n  \"origin\": {origin},\n  \"countries\": {},\n  \"cities\": {}\n}},\n\"summits\": {{\n  \"organizations\": {},\n  \"events\": {},\n  \"corrections\": {}\n}}\n}}\n",
        json_str("Astana Atlas data: Astana's twin cities and the international events it hosted, each with its sources."),
        json_list(countries),
        json_list(cities),
        json_list(orgs),
        json_list(events),
        json_list(corrections)
    )
}

/// Escapes text for XML.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The map as a standalone SVG: countries, arcs, markers and labels for the `visible`
/// cities, in the light or dark palette.
pub fn map_svg(atlas: &Atlas, lang: Lang, visible: &[usize], dark: bool) -> String {
    let cities: &[City] = &atlas.twin.cities;
    let model = MapModel::new((atlas.twin.origin.lon, atlas.twin.origin.lat), &cities.iter().map(|c| (c.lon, c.lat)).collect::<Vec<_>>());
    let (w, h) = (MAP_WIDTH, map_height());
    let (bg, ocean, land, partner, border, arc, text) = if dark {
        ("#0f141a", "#16202b", "#2a3440", "#3d5a73", "#0f141a", "#f0a35e", "#e6edf3")
    } else {
        ("#ffffff", "#eef4f9", "#d9dee4", "#a9c7e0", "#ffffff", "#c2410c", "#1c2128")
    };
    let mut partners: Vec<&str> = visible.iter().filter_map(|&i| atlas.country(&cities[i].country)).map(|c| c.numeric.as_str()).collect();
    partners.sort_unstable();
    partners.dedup();
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h:.1}" width="{w}" height="{h:.0}" font-family="sans-serif">"#
    );
    let _ = write!(s, "<title>{}</title>", xml_escape(Msg::MapLabel.get(lang)));
    let _ = write!(
        s,
        "<style>.c{{fill:{land};stroke:{border};stroke-width:.4}}.p{{fill:{partner}}}.a{{fill:none;stroke:{arc};stroke-width:1.2;opacity:.75}}.l{{stroke-dasharray:4 3}}.m{{fill:{arc};stroke:{bg};stroke-width:1.2}}.h{{fill:{bg};stroke:{arc};stroke-width:1.6}}.t{{fill:{text};font-size:8px}}.g{{fill:none;stroke:{text};stroke-opacity:.12;stroke-width:.4}}</style>"
    );
    let _ = write!(s, r#"<rect width="{w}" height="{h:.1}" fill="{bg}"/><path d="{}" fill="{ocean}"/>"#, outline_path());
    let _ = write!(s, r#"<path class="g" d="{}"/>"#, graticule_path());
    for c in countries() {
        let class = if partners.binary_search(&c.numeric.as_str()).is_ok() { "c p" } else { "c" };
        let _ = write!(s, r#"<path class="{class}" d="{}"/>"#, c.path);
    }
    for &i in visible {
        let class = if cities[i].confidence == Confidence::Low { "a l" } else { "a" };
        let _ = write!(s, r#"<path class="{class}" d="{}"/>"#, model.arc(i));
    }
    let anchors: Vec<(f64, f64)> = visible.iter().map(|&i| model.points[i]).collect();
    let offsets = declutter(&anchors, 9.0, 20.0);
    for (k, &i) in visible.iter().enumerate() {
        let (x, y) = (anchors[k].0 + offsets[k].0, anchors[k].1 + offsets[k].1);
        let c = &cities[i];
        if offsets[k].0.abs() + offsets[k].1.abs() > 1.5 {
            let _ = write!(
                s,
                r#"<line x1="{:.1}" y1="{:.1}" x2="{x:.1}" y2="{y:.1}" stroke="{text}" stroke-opacity=".5" stroke-width=".5"/>"#,
                anchors[k].0, anchors[k].1
            );
        }
        let class = if c.confidence == Confidence::Low { "h" } else { "m" };
        let _ = write!(
            s,
            r#"<circle class="{class}" cx="{x:.1}" cy="{y:.1}" r="3.2"><title>{}</title></circle>"#,
            xml_escape(c.name.or_en(lang))
        );
        let _ = write!(s, r#"<text class="t" x="{:.1}" y="{:.1}">{}</text>"#, x + 4.5, y + 2.8, xml_escape(c.name.or_en(lang)));
    }
    let (ox, oy) = model.origin;
    let _ = write!(s, r#"<circle cx="{ox:.1}" cy="{oy:.1}" r="4.5" fill="{text}" stroke="{bg}" stroke-width="1.5"/>"#);
    let _ = write!(
        s,
        r#"<text class="t" x="{:.1}" y="{:.1}" font-weight="bold">{}</text>"#,
        ox + 6.0,
        oy - 5.0,
        xml_escape(Msg::Astana.get(lang))
    );
    let _ = write!(
        s,
        r#"<text class="t" x="{:.0}" y="{:.0}" text-anchor="end" opacity=".7">{} · Astana Atlas</text></svg>"#,
        w - 6.0,
        h - 6.0,
        xml_escape(Msg::Credits.get(lang))
    );
    s
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data;

    fn atlas() -> &'static Atlas {
        data::load().unwrap()
    }

    /// A minimal RFC 4180 reader, to check what the writer wrote.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let mut row = vec![];
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => row.push(std::mem::take(&mut field)),
                ('\r', false) => {}
                ('\n', false) => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (c, _) => field.push(c),
            }
        }
        rows
    }

    #[test]
    fn cities_csv_has_one_row_per_city_with_sources() {
        let rows = parse_csv(&cities_csv(atlas(), Lang::Ru));
        assert_eq!(rows.len(), 1 + 33);
        assert!(rows.iter().all(|r| r.len() == rows[0].len()));
        let doha = rows.iter().find(|r| r[0] == "doha").unwrap();
        assert_eq!(doha[5], "Катар");
        assert_eq!(doha[8], "2022");
        assert!(doha[14].contains("doi.org"));
    }

    #[test]
    fn events_csv_has_one_row_per_event() {
        let rows = parse_csv(&events_csv(atlas(), Lang::En));
        assert_eq!(rows.len(), 1 + 81);
        let osce = rows.iter().find(|r| r[0] == "osce-summit-2010").unwrap();
        assert_eq!(osce[7], "1–2 December 2010");
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn json_escapes_what_must_be_escaped() {
        assert_eq!(json_str("a\"b\\c\nd\u{1}"), r#""a\"b\\c\nd\u0001""#);
        let v: serde_json::Value = serde_json::from_str(&json_str("Gdańsk «Ақмола» \"q\"")).unwrap();
        assert_eq!(v, "Gdańsk «Ақмола» \"q\"");
    }

    #[test]
    fn json_round_trips_to_the_embedded_data() {
        let v: serde_json::Value = serde_json::from_str(&data_json(atlas())).unwrap();
        let back = Atlas::parse(&v["twin_cities"].to_string(), &v["summits"].to_string()).unwrap();
        assert_eq!(&back, atlas());
    }

    #[test]
    fn map_svg_is_standalone_and_escaped() {
        let visible: Vec<usize> = (0..atlas().twin.cities.len()).collect();
        let svg = map_svg(atlas(), Lang::Kk, &visible, false);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<circle class=").count(), 33);
        assert!(svg.contains("Мәскеу"));
        assert!(svg.contains("Made with Natural Earth"));
        assert!(!svg.contains("href"), "no external references");
        assert_eq!(xml_escape("<a & 'b'>"), "&lt;a &amp; &apos;b&apos;&gt;");
    }

    #[test]
    fn map_svg_draws_arcs_beyond_the_precomputed_limit() {
        let mut many = atlas().clone();
        let first = many.twin.cities[0].clone();
        many.twin.cities.resize(crate::geo::map_model::ARC_LIMIT + 1, first);
        let last = many.twin.cities.len() - 1;
        let svg = map_svg(&many, Lang::En, &[last], true);
        assert_eq!(svg.matches(r#"<path class="a"#).count(), 1);
    }
}
