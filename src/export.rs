//! Downloads: the data as CSV and JSON (with sources) and the map as a standalone SVG.

use crate::data::{Atlas, City, Confidence, Names, Source};
use crate::format;
use crate::geo::declutter::declutter;
use crate::geo::map_model::MapModel;
use crate::geo::projection::{map_height, MAP_WIDTH};
use crate::geo::world::{countries, graticule_path, outline_path};
use crate::html::{Decimals, Html};
use crate::i18n::{city_name_msg, confidence_msg, kind_msg, relation_msg, Msg};
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
            "relation_code",
            "confidence",
            "confidence_code",
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
            Cell::text(relation_msg(c.relation).get(lang)),
            Cell::text(c.relation.slug()),
            Cell::text(confidence_msg(c.confidence).get(lang)),
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
            "kind_code",
            "start",
            "end",
            "dates",
            "city_name_at_the_time",
            "city_name_code",
            "fact",
            "participants",
            "named_in_article",
            "confidence",
            "confidence_code",
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
            Cell::text(kind_msg(e.kind).get(lang)),
            Cell::text(e.kind.slug()),
            Cell::text(e.start.to_string()),
            Cell::text(e.end.map(|d| d.to_string()).unwrap_or_default()),
            Cell::text(format::date_range(lang, e.start, e.end)),
            Cell::text(city_name_msg(e.city_name).get(lang)),
            Cell::text(e.city_name.slug()),
            Cell::text(e.fact.or_en(lang)),
            Cell::text(e.participants.as_ref().map(|p| p.or_en(lang)).unwrap_or_default()),
            Cell::text(e.in_article.to_string()),
            Cell::text(confidence_msg(e.confidence).get(lang)),
            Cell::text(e.confidence.slug()),
            Cell::text(sources_text(&e.sources)),
        ]));
    }
    out
}

/// The header and the rows of `csv` (as written above: the id first, never quoted) whose
/// id `keep` accepts: "what is shown" from the file of everything.
pub fn keep_rows(csv: &str, keep: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(csv.len());
    let (mut start, mut quoted, mut first) = (0, false, true);
    let bytes = csv.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                let record = &csv[start..=i];
                let id = record.trim_start_matches('\u{FEFF}').split(',').next().unwrap_or_default();
                if first || keep(id) {
                    out.push_str(record);
                }
                first = false;
                start = i + 1;
            }
            _ => {}
        }
    }
    out
}

/// The PNG chunk CRC (ISO 3309).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// `png` with UTF-8 text entries (`iTXt`: Title, Description, Source…) after its header.
pub fn png_with_text(png: &[u8], entries: &[(&str, &str)]) -> Vec<u8> {
    // Signature (8) and IHDR (4 + 4 + 13 + 4).
    let at = 33.min(png.len());
    let mut out = png[..at].to_vec();
    for (key, text) in entries {
        let mut chunk = b"iTXt".to_vec();
        chunk.extend_from_slice(key.as_bytes());
        chunk.extend_from_slice(&[0, 0, 0, 0, 0]);
        chunk.extend_from_slice(text.as_bytes());
        out.extend_from_slice(&((chunk.len() - 4) as u32).to_be_bytes());
        out.extend_from_slice(&chunk);
        out.extend_from_slice(&crc32(&chunk).to_be_bytes());
    }
    out.extend_from_slice(&png[at..]);
    out
}

/// What the chart shows, for an exported picture's caption: the years, and the kinds and
/// organizations where they are narrowed ("2010–2017 · Summit · SCO").
pub fn filters_line(atlas: &Atlas, lang: Lang, filters: &crate::filters::Filters) -> String {
    let y = filters.years;
    let mut parts = vec![if y.from == y.to { y.from.to_string() } else { format!("{}–{}", y.from, y.to) }];
    if filters.kinds.len() < crate::data::Kind::ALL.len() {
        parts.push(filters.kinds.iter().map(|k| kind_msg(*k).get(lang)).collect::<Vec<_>>().join(", "));
    }
    if let Some(orgs) = &filters.orgs {
        parts.push(orgs.iter().filter_map(|o| atlas.organization(o)).map(|o| o.short.or_en(lang)).collect::<Vec<_>>().join(", "));
    }
    parts.join(" · ")
}

/// What the map shows, for the exported map's caption: the years, and the regions where
/// they are narrowed.
pub fn map_filters_line(lang: Lang, filters: &crate::filters::Filters) -> String {
    let y = filters.years;
    let mut line = if y.from == y.to { y.from.to_string() } else { format!("{}–{}", y.from, y.to) };
    if filters.regions.len() < crate::data::Region::ALL.len() {
        let names: Vec<&str> = filters.regions.iter().map(|r| crate::i18n::region_msg(*r).get(lang)).collect();
        line = format!("{line} · {}", names.join(", "));
    }
    line
}

/// The source line of an exported picture: the atlas, its address, and where the facts come from.
pub fn source_line(lang: Lang, url: &str) -> String {
    format!("{}: {} · {url}", Msg::Sources.get(lang), Msg::Title.get(lang))
}

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

/// The band above the exported map (title and filters) and below it (legend and source), px.
const SVG_HEAD: f64 = 40.0;
const SVG_FOOT: f64 = 40.0;

/// Where the label of a marker at `(x, y)` with a text `w` wide goes: right, left, above or
/// below the marker, the first place clear of the boxes taken (`None` where none is).
/// Returns the text's anchor point, `text-anchor` and its box.
fn place_label(x: f64, y: f64, w: f64, taken: &[[f64; 4]], bounds: (f64, f64)) -> Option<(f64, f64, &'static str, [f64; 4])> {
    let candidates = [
        (x + 4.5, y + 2.8, "start", [x + 4.5, y - 5.0, w, 8.0]),
        (x - 4.5, y + 2.8, "end", [x - 4.5 - w, y - 5.0, w, 8.0]),
        (x, y - 5.0, "middle", [x - w / 2.0, y - 12.0, w, 8.0]),
        (x, y + 11.0, "middle", [x - w / 2.0, y + 4.0, w, 8.0]),
    ];
    let clear = |b: &[f64; 4]| {
        b[0] >= 0.0
            && b[1] >= 0.0
            && b[0] + b[2] <= bounds.0
            && b[1] + b[3] <= bounds.1
            && taken.iter().all(|t| b[0] + b[2] <= t[0] || t[0] + t[2] <= b[0] || b[1] + b[3] <= t[1] || t[1] + t[3] <= b[1])
    };
    candidates.into_iter().find(|c| clear(&c.3))
}

/// A label's width at 8 px (an average glyph of 4.6 px: generous for Latin and Cyrillic).
fn label_width(name: &str) -> f64 {
    name.chars().count() as f64 * 4.6
}

/// The map as a standalone SVG to publish: the title and `filters` above; countries, arcs,
/// markers and labels that do not overlap (a label with no room is left out, its marker
/// keeps the name as a tooltip) for the `visible` cities; the legend and `source` below;
/// in the light or dark palette.
pub fn map_svg(atlas: &Atlas, lang: Lang, visible: &[usize], dark: bool, filters: &str, source: &str) -> Html {
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
    let wd = Decimals(w, 0);
    let total = SVG_HEAD + h + SVG_FOOT;
    write_html!(
        &mut s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="{}" height="{}" font-family="sans-serif"><title>{}</title>"#,
        wd,
        Decimals(total, 1),
        wd,
        Decimals(total, 0),
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
    write_html!(&mut s, r#"<rect width="{}" height="{}" fill="{}"/>"#, wd, Decimals(total, 1), bg);
    write_html!(
        &mut s,
        r#"<text x="8" y="18" font-size="14" font-weight="bold" fill="{}">{}</text><text x="8" y="32" font-size="9" fill="{}" opacity=".8">{}</text>"#,
        text,
        Msg::MapHeading.get(lang),
        text,
        filters
    );
    write_html!(&mut s, r#"<g transform="translate(0 {})"><path d="{}" fill="{}"/>"#, Decimals(SVG_HEAD, 0), outline_path(), ocean);
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
    // Labels go where they overlap neither another label nor a marker, Astana's first.
    let (ox, oy) = model.origin;
    let mut taken: Vec<[f64; 4]> = anchors.iter().zip(&offsets).map(|(a, o)| [a.0 + o.0 - 3.4, a.1 + o.1 - 3.4, 6.8, 6.8]).collect();
    taken.push([ox - 4.7, oy - 4.7, 9.4, 9.4]);
    let astana_w = label_width(Msg::Astana.get(lang)) * 1.1;
    taken.push([ox + 6.0, oy - 12.0, astana_w, 8.0]);
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
            r#"<circle class="{}" cx="{}" cy="{}" r="3.2"><title>{}</title></circle>"#,
            class,
            Decimals(x, 1),
            Decimals(y, 1),
            name
        );
        if let Some((tx, ty, anchor, b)) = place_label(x, y, label_width(name), &taken, (w, h)) {
            taken.push(b);
            write_html!(
                &mut s,
                r#"<text class="t" x="{}" y="{}" text-anchor="{}">{}</text>"#,
                Decimals(tx, 1),
                Decimals(ty, 1),
                anchor,
                name
            );
        }
    }
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
    // The legend and the source line, below the map (items placed by their measured widths).
    let y = SVG_HEAD + h + 14.0;
    write_html!(&mut s, r#"</g><g font-size="9" fill="{}">"#, text);
    let mut x = 8.0;
    for (k, msg) in [Msg::Origin, Msg::ConfidenceHigh, Msg::LowConfidenceLegend, Msg::LegendPartnerCountry].into_iter().enumerate() {
        let (cx, cy) = (Decimals(x + 5.0, 1), Decimals(y - 3.0, 1));
        match k {
            0 => write_html!(&mut s, r#"<circle cx="{}" cy="{}" r="4" fill="{}" stroke="{}"/>"#, cx, cy, text, bg),
            1 => write_html!(&mut s, r#"<circle cx="{}" cy="{}" r="3.2" fill="{}" stroke="{}"/>"#, cx, cy, arc, bg),
            2 => write_html!(
                &mut s,
                r#"<circle cx="{}" cy="{}" r="3.2" fill="{}" stroke="{}" stroke-width="1.6" stroke-dasharray="2 1.5"/>"#,
                cx,
                cy,
                bg,
                arc
            ),
            _ => write_html!(
                &mut s,
                r#"<rect x="{}" y="{}" width="11" height="8" fill="{}" stroke="{}"/>"#,
                Decimals(x, 1),
                Decimals(y - 7.5, 1),
                partner,
                text
            ),
        }
        write_html!(&mut s, r#"<text x="{}" y="{}">{}</text>"#, Decimals(x + 14.0, 1), Decimals(y, 1), msg.get(lang));
        x += 30.0 + label_width(msg.get(lang)) * 1.15;
    }
    write_html!(
        &mut s,
        r#"<text x="8" y="{}" opacity=".75">{} · {}</text></g></svg>"#,
        Decimals(y + 16.0, 1),
        source,
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
        assert!(doha[column(&rows, "sources")].contains("doi.org"));
    }

    #[test]
    fn events_csv_has_one_row_per_event() {
        let rows = parse_csv(&events_csv(atlas(), Lang::En));
        assert_eq!(rows.len(), 1 + atlas().summits.events.len());
        let osce = rows.iter().find(|r| r[0] == "osce-summit-2010").unwrap();
        assert_eq!(osce[column(&rows, "dates")], "1–2 December 2010");
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
    fn keep_rows_keeps_the_header_and_exactly_the_rows_asked_for() {
        let a = atlas();
        let csv = events_csv(a, Lang::Ru);
        let f = crate::filters::Filters::from_url(a, &crate::url_state::UrlState::parse("years=2010-2017&kinds=summit"));
        let shown: Vec<&str> = (0..a.summits.events.len())
            .filter(|&i| f.event_shown(a, i) && f.event_in_years(a, i))
            .map(|i| a.summits.events[i].id.as_str())
            .collect();
        assert!(shown.len() > 3);
        let kept = keep_rows(&csv, &|id| shown.contains(&id));
        let rows = parse_csv(&kept);
        assert_eq!(rows[0], parse_csv(&csv)[0], "the header");
        assert_eq!(rows[1..].iter().map(|r| r[0].as_str()).collect::<Vec<_>>(), shown);
        // A quoted field with a line break stays in its row.
        let tricky = "id,note\r\na,\"one\r\nb,two\"\r\nb,x\r\n";
        assert_eq!(keep_rows(tricky, &|id| id == "a"), "id,note\r\na,\"one\r\nb,two\"\r\n");
        assert_eq!(keep_rows(tricky, &|id| id == "b"), "id,note\r\nb,x\r\n");
    }

    #[test]
    fn code_columns_are_in_the_page_language_with_the_codes_beside_them() {
        let a = atlas();
        let rows = parse_csv(&events_csv(a, Lang::Kk));
        let i = a.event_index("osce-summit-2010").unwrap();
        let e = &a.summits.events[i];
        let row = rows.iter().find(|r| r[0] == "osce-summit-2010").unwrap();
        assert_eq!(row[column(&rows, "kind")], kind_msg(e.kind).get(Lang::Kk));
        assert_eq!(row[column(&rows, "kind_code")], e.kind.slug());
        assert_eq!(row[column(&rows, "city_name_at_the_time")], city_name_msg(e.city_name).get(Lang::Kk));
        assert_eq!(row[column(&rows, "city_name_code")], e.city_name.slug());
        assert_eq!(row[column(&rows, "confidence_code")], e.confidence.slug());
        let rows = parse_csv(&cities_csv(a, Lang::Ru));
        let doha = rows.iter().find(|r| r[0] == "doha").unwrap();
        let c = &a.twin.cities[a.city_index("doha").unwrap()];
        assert_eq!(doha[column(&rows, "relation")], relation_msg(c.relation).get(Lang::Ru));
        assert_eq!(doha[column(&rows, "relation_code")], c.relation.slug());
        assert_eq!(doha[column(&rows, "confidence")], confidence_msg(c.confidence).get(Lang::Ru));
    }

    #[test]
    fn png_text_chunks_follow_the_header_with_their_crc() {
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend_from_slice(&[0, 0, 0, 13]);
        png.extend_from_slice(b"IHDR");
        png.extend_from_slice(&[0; 17]);
        png.extend_from_slice(&[0, 0, 0, 0, b'I', b'E', b'N', b'D', 0xAE, 0x42, 0x60, 0x82]);
        let out = png_with_text(&png, &[("Title", "Саммиты")]);
        assert_eq!(&out[..33], &png[..33]);
        let len = u32::from_be_bytes(out[33..37].try_into().unwrap()) as usize;
        assert_eq!(&out[37..41], b"iTXt");
        assert_eq!(&out[41..41 + len], [b"Title".as_slice(), &[0; 5], "Саммиты".as_bytes()].concat().as_slice());
        let crc = u32::from_be_bytes(out[41 + len..45 + len].try_into().unwrap());
        assert_eq!(crc, crc32(&out[37..41 + len]));
        assert_eq!(&out[45 + len..], &png[33..]);
    }

    #[test]
    fn the_filters_line_names_the_years_and_what_is_narrowed() {
        let a = atlas();
        let f = crate::filters::Filters::from_url(a, &crate::url_state::UrlState::parse("years=2010-2017&kinds=summit&orgs=sco"));
        let line = filters_line(a, Lang::Ru, &f);
        assert!(line.starts_with("2010–2017 · ") && line.contains(kind_msg(crate::data::Kind::Summit).get(Lang::Ru)), "{line}");
        assert!(line.ends_with(a.organization("sco").unwrap().short.or_en(Lang::Ru)), "{line}");
        let all = filters_line(a, Lang::En, &crate::filters::Filters::all(a));
        assert!(!all.contains('·'), "{all}");
        assert!(source_line(Lang::En, "https://e.org/").ends_with("Astana in world politics · https://e.org/"));
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
        let svg = map_svg(atlas(), Lang::Kk, &visible, false, "1998–2026", "Дереккөздер: x");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<circle class=").count(), visible.len());
        assert!(svg.contains("Мәскеу"));
        assert!(svg.contains("Made with Natural Earth"));
        assert!(!svg.contains("href"), "no external references");
    }

    #[test]
    fn map_svg_labels_do_not_overlap_and_it_has_a_title_a_legend_and_a_source() {
        let visible: Vec<usize> = (0..atlas().twin.cities.len()).collect();
        let svg = map_svg(atlas(), Lang::Ru, &visible, false, "2010–2017", "Источники: Астана в мировой политике · https://e.org/");
        assert!(svg.contains(Msg::MapHeading.get(Lang::Ru)) && svg.contains("2010–2017") && svg.contains("https://e.org/"));
        for m in [Msg::Origin, Msg::ConfidenceHigh, Msg::LowConfidenceLegend, Msg::LegendPartnerCountry] {
            assert!(svg.contains(m.get(Lang::Ru)), "{m:?}");
        }
        // Every label's box, as the placement measured it, is apart from every other.
        let mut boxes: Vec<[f64; 4]> = Vec::new();
        for part in svg.as_str().split(r#"<text class="t" x=""#).skip(1) {
            let (x, rest) = part.split_once(r#"" y=""#).unwrap();
            let (y, rest) = rest.split_once('"').unwrap();
            let anchor = rest.split_once(r#"text-anchor=""#).map_or("start", |(_, a)| a.split('"').next().unwrap());
            let name = rest.split_once('>').unwrap().1.split('<').next().unwrap();
            let (x, y): (f64, f64) = (x.parse().unwrap(), y.parse().unwrap());
            let w = label_width(name);
            let left = match anchor {
                "end" => x - w,
                "middle" => x - w / 2.0,
                _ => x,
            };
            boxes.push([left, y - 7.8, w, 7.6]);
        }
        assert!(boxes.len() > atlas().twin.cities.len() / 2, "most cities keep a label: {}", boxes.len());
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1];
                assert!(apart, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn map_svg_draws_arcs_beyond_the_precomputed_limit() {
        let mut many = atlas().clone();
        let first = many.twin.cities[0].clone();
        many.twin.cities.resize(crate::geo::map_model::ARC_LIMIT + 1, first);
        let last = many.twin.cities.len() - 1;
        let svg = map_svg(&many, Lang::En, &[last], true, "", "");
        assert_eq!(svg.matches(r#"<path class="a"#).count(), 1);
    }
}
