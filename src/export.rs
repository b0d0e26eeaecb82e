//! Downloads: the data as CSV and JSON (with sources) and the map as a standalone SVG.

use crate::data::{Atlas, City, Confidence, Names, Source};
use crate::format;
use crate::geo::declutter::declutter;
use crate::geo::map_model::MapModel;
use crate::geo::projection::{map_height, MAP_WIDTH};
use crate::geo::world::{countries, graticule_path, outline_path};
use crate::html::{Decimals, Html};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::write_html;

/// One CSV cell.
enum Cell {
    /// Text from the data or the interface: defused against spreadsheet formulas.
    Text(String),
    /// A number this module wrote (a coordinate, a year, a distance): never a formula, so
    /// written as it is and read back as a number (a negative longitude stays negative).
    Number(String),
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    fn number(n: impl std::fmt::Display) -> Cell {
        Cell::Number(n.to_string())
    }
}

/// Characters that make a spreadsheet read a text cell as a formula, with their
/// full-width forms, which some spreadsheets also accept.
const FORMULA_START: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}'];

/// One CSV field (RFC 4180); a text cell that a spreadsheet would run as a formula is
/// prefixed with `'`.
fn csv_field(cell: &Cell) -> String {
    let s = match cell {
        Cell::Text(s) if s.starts_with(FORMULA_START) => format!("'{s}"),
        Cell::Text(s) | Cell::Number(s) => s.clone(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv_line(fields: &[Cell]) -> String {
    let mut line = fields.iter().map(csv_field).collect::<Vec<_>>().join(",");
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
        .map(Cell::text),
    );
    for c in &atlas.twin.cities {
        out.push_str(&csv_line(&[
            Cell::text(&c.id),
            Cell::text(&c.name.en),
            Cell::text(c.name.kk.as_deref().unwrap_or_default()),
            Cell::text(c.name.ru.as_deref().unwrap_or_default()),
            Cell::text(&c.country),
            Cell::text(atlas.country_name(c, lang)),
            Cell::number(format::fixed_trimmed(c.lat, 4)),
            Cell::number(format::fixed_trimmed(c.lon, 4)),
            c.year.map_or_else(|| Cell::text(""), Cell::number),
            Cell::text(c.relation.slug()),
            Cell::text(c.confidence.slug()),
            Cell::text(c.in_article.to_string()),
            Cell::number(format::fixed(atlas.distance_km(c), 0)),
            Cell::text(c.note.as_ref().map(|n| n.or_en(lang)).unwrap_or_default()),
            Cell::text(sources_text(&c.sources)),
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
        .map(Cell::text),
    );
    for e in &atlas.summits.events {
        let org = atlas.organization(&e.organization).map(|o| o.short.or_en(lang)).unwrap_or_default();
        out.push_str(&csv_line(&[
            Cell::text(&e.id),
            Cell::text(e.name.or_en(lang)),
            Cell::text(&e.name.en),
            Cell::text(org),
            Cell::text(e.kind.slug()),
            Cell::text(e.start.to_string()),
            Cell::text(e.end.map(|d| d.to_string()).unwrap_or_default()),
            Cell::text(format::date_range(lang, e.start, e.end)),
            Cell::text(e.city_name.slug()),
            Cell::text(e.fact.or_en(lang)),
            Cell::text(e.participants.as_ref().map(|p| p.or_en(lang)).unwrap_or_default()),
            Cell::text(e.in_article.to_string()),
            Cell::text(e.confidence.slug()),
            Cell::text(sources_text(&e.sources)),
        ]));
    }
    out
}

/// A JSON string literal.
/// `s` as a JSON string literal.
pub(crate) fn json_str(s: &str) -> String {
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

/// The map as a standalone SVG: countries, arcs, markers and labels for the `visible`
/// cities, in the light or dark palette.
pub fn map_svg(atlas: &Atlas, lang: Lang, visible: &[usize], dark: bool) -> Html {
    let cities: &[City] = &atlas.twin.cities;
    let model = MapModel::new((atlas.twin.origin.lon, atlas.twin.origin.lat), &cities.iter().map(|c| (c.lon, c.lat)).collect::<Vec<_>>());
    let (w, h) = (MAP_WIDTH, map_height());
    let (bg, ocean, land, partner, border, arc, text) = if dark {
        ("#0f141a", "#16202b", "#2a3440", "#3d5a73", "#0f141a", "#f0a35e", "#e6edf3")
    } else {
        ("#ffffff", "#eef4f9", "#d9dee4", "#a9c7e0", "#ffffff", "#c2410c", "#1c2128")
    };
    let mut partners: Vec<&str> = visible.iter().filter_map(|&i| atlas.country(&cities[i].country)).map(|c| c.numeric.as_str()).collect();
    crate::order::sort_dedup(&mut partners);
    let mut s = Html::new();
    let (wd, hd) = (Decimals(w, 0), Decimals(h, 1));
    write_html!(
        &mut s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="{}" height="{}" font-family="sans-serif"><title>{}</title>"#,
        wd,
        hd,
        wd,
        Decimals(h, 0),
        Msg::MapLabel.get(lang)
    );
    write_html!(
        &mut s,
        "<style>.c{fill:{};stroke:{};stroke-width:.4}.p{fill:{}}.a{fill:none;stroke:{};stroke-width:1.2;opacity:.75}.l{stroke-dasharray:4 3}.m{fill:{};stroke:{};stroke-width:1.2}.h{fill:{};stroke:{};stroke-width:1.6}.t{fill:{};font-size:8px}.g{fill:none;stroke:{};stroke-opacity:.12;stroke-width:.4}</style>",
        land,
        border,
        partner,
        arc,
        arc,
        bg,
        bg,
        arc,
        text,
        text
    );
    write_html!(&mut s, r#"<rect width="{}" height="{}" fill="{}"/><path d="{}" fill="{}"/>"#, wd, hd, bg, outline_path(), ocean);
    write_html!(&mut s, r#"<path class="g" d="{}"/>"#, graticule_path());
    for c in countries() {
        let class = if partners.binary_search(&c.numeric.as_str()).is_ok() { "c p" } else { "c" };
        write_html!(&mut s, r#"<path class="{}" d="{}"/>"#, class, c.path);
    }
    for &i in visible {
        let class = if cities[i].confidence == Confidence::Low { "a l" } else { "a" };
        write_html!(&mut s, r#"<path class="{}" d="{}"/>"#, class, model.arc(i));
    }
    let anchors: Vec<(f64, f64)> = visible.iter().map(|&i| model.points[i]).collect();
    let offsets = declutter(&anchors, 9.0, 20.0);
    for (k, &i) in visible.iter().enumerate() {
        let (x, y) = (anchors[k].0 + offsets[k].0, anchors[k].1 + offsets[k].1);
        let c = &cities[i];
        if offsets[k].0.abs() + offsets[k].1.abs() > 1.5 {
            write_html!(
                &mut s,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-opacity=".5" stroke-width=".5"/>"#,
                Decimals(anchors[k].0, 1),
                Decimals(anchors[k].1, 1),
                Decimals(x, 1),
                Decimals(y, 1),
                text
            );
        }
        let class = if c.confidence == Confidence::Low { "h" } else { "m" };
        let name = c.name.or_en(lang);
        write_html!(
            &mut s,
            r#"<circle class="{}" cx="{}" cy="{}" r="3.2"><title>{}</title></circle><text class="t" x="{}" y="{}">{}</text>"#,
            class,
            Decimals(x, 1),
            Decimals(y, 1),
            name,
            Decimals(x + 4.5, 1),
            Decimals(y + 2.8, 1),
            name
        );
    }
    let (ox, oy) = model.origin;
    write_html!(
        &mut s,
        r#"<circle cx="{}" cy="{}" r="4.5" fill="{}" stroke="{}" stroke-width="1.5"/><text class="t" x="{}" y="{}" font-weight="bold">{}</text>"#,
        Decimals(ox, 1),
        Decimals(oy, 1),
        text,
        bg,
        Decimals(ox + 6.0, 1),
        Decimals(oy - 5.0, 1),
        Msg::Astana.get(lang)
    );
    write_html!(
        &mut s,
        r#"<text class="t" x="{}" y="{}" text-anchor="end" opacity=".7">{} · Astana Atlas</text></svg>"#,
        Decimals(w - 6.0, 0),
        Decimals(h - 6.0, 0),
        Msg::Credits.get(lang)
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
        assert_eq!(rows.len(), 1 + atlas().twin.cities.len());
        assert!(rows.iter().all(|r| r.len() == rows[0].len()));
        let doha = rows.iter().find(|r| r[0] == "doha").unwrap();
        assert_eq!(doha[5], "Катар");
        assert_eq!(doha[8], "2022");
        assert!(doha[14].contains("doi.org"));
    }

    #[test]
    fn events_csv_has_one_row_per_event() {
        let rows = parse_csv(&events_csv(atlas(), Lang::En));
        assert_eq!(rows.len(), 1 + atlas().summits.events.len());
        let osce = rows.iter().find(|r| r[0] == "osce-summit-2010").unwrap();
        assert_eq!(osce[7], "1–2 December 2010");
    }

    #[test]
    fn csv_quotes_and_defuses_formulas_in_text() {
        assert_eq!(csv_field(&Cell::text("a,b")), "\"a,b\"");
        assert_eq!(csv_field(&Cell::text("say \"hi\"")), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field(&Cell::text("plain")), "plain");
        for formula in ["=cmd()", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\u{FF1D}cmd()", "\u{FF0B}1", "\u{FF0D}1", "\u{FF20}SUM(A1)"] {
            let field = csv_field(&Cell::text(formula));
            assert!(field.trim_start_matches('"').starts_with('\''), "{formula:?} is written {field:?}");
        }
    }

    /// The column of `header` in a parsed CSV.
    fn column(rows: &[Vec<String>], header: &str) -> usize {
        rows[0].iter().position(|h| h == header).unwrap_or_else(|| panic!("no column {header}"))
    }

    #[test]
    fn csv_coordinates_read_back_as_the_numbers_in_the_data() {
        let a = atlas();
        let rows = parse_csv(&cities_csv(a, Lang::En));
        let (id, lat, lon, dist) = (column(&rows, "id"), column(&rows, "lat"), column(&rows, "lon"), column(&rows, "distance_km"));
        let number = |row: &[String], col: usize| -> f64 {
            row[col].parse().unwrap_or_else(|_| panic!("{} {:?} is not a number", row[id], row[col]))
        };
        for row in &rows[1..] {
            let city = &a.twin.cities[a.city_index(&row[id]).unwrap()];
            assert!((number(row, lat) - city.lat).abs() < 1e-4, "{}", city.id);
            assert!((number(row, lon) - city.lon).abs() < 1e-4, "{}", city.id);
            assert!(number(row, dist) > 0.0);
        }
        // The negative ones, by name: west of Greenwich and south of the equator.
        let row = |city: &str| rows.iter().find(|r| r[id] == city).unwrap();
        assert!(number(row("pittsburgh"), lon) < 0.0);
        assert!(number(row("rabat"), lon) < 0.0);
        assert!(number(row("nusantara"), lat) < 0.0);
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
        assert_eq!(svg.matches("<circle class=").count(), visible.len());
        assert!(svg.contains("Мәскеу"));
        assert!(svg.contains("Made with Natural Earth"));
        assert!(!svg.contains("href"), "no external references");
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
