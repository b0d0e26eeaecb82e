//! The city and event tables as HTML: sort orders, sortable headers and rows, for a language.
//!
//! Pure, so sorting and markup are tested natively; the table components set the HTML and
//! handle clicks on `data-key` buttons (`s:<column>` sorts, `r:<index>` selects a row).

use crate::data::Atlas;
use crate::export::xml_escape as esc;
use crate::format;
use crate::fragments::in_english_html;
use crate::i18n::{city_name_msg, confidence_msg, kind_msg, relation_msg, Msg};
use crate::lang::{fold, Lang};
use crate::order::sort_indexes;
use std::cmp::Ordering;
use std::fmt::Write as _;

/// A column of the city table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CityCol {
    City,
    Country,
    Relation,
    Year,
    Distance,
    Confidence,
}

/// A column of the event table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventCol {
    Event,
    Dates,
    Organization,
    Kind,
    CityName,
}

/// A table column: its key in `data-key` and its heading.
pub trait Column: Copy + PartialEq + 'static {
    /// Every column, in display order.
    const ALL: &'static [Self];
    /// The short key written into the header button.
    fn key(self) -> &'static str;
    /// The heading text.
    fn label(self) -> Msg;
    /// The column whose key is `key`.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.key() == key)
    }
}

impl Column for CityCol {
    const ALL: &'static [Self] =
        &[CityCol::City, CityCol::Country, CityCol::Relation, CityCol::Year, CityCol::Distance, CityCol::Confidence];
    fn key(self) -> &'static str {
        match self {
            CityCol::City => "city",
            CityCol::Country => "country",
            CityCol::Relation => "relation",
            CityCol::Year => "year",
            CityCol::Distance => "distance",
            CityCol::Confidence => "confidence",
        }
    }
    fn label(self) -> Msg {
        match self {
            CityCol::City => Msg::ColCity,
            CityCol::Country => Msg::ColCountry,
            CityCol::Relation => Msg::ColRelation,
            CityCol::Year => Msg::ColYear,
            CityCol::Distance => Msg::ColDistance,
            CityCol::Confidence => Msg::ColConfidence,
        }
    }
}

impl Column for EventCol {
    const ALL: &'static [Self] = &[EventCol::Event, EventCol::Dates, EventCol::Organization, EventCol::Kind, EventCol::CityName];
    fn key(self) -> &'static str {
        match self {
            EventCol::Event => "event",
            EventCol::Dates => "dates",
            EventCol::Organization => "organization",
            EventCol::Kind => "kind",
            EventCol::CityName => "city-name",
        }
    }
    fn label(self) -> Msg {
        match self {
            EventCol::Event => Msg::ColEvent,
            EventCol::Dates => Msg::ColDates,
            EventCol::Organization => Msg::ColOrganization,
            EventCol::Kind => Msg::ColKind,
            EventCol::CityName => Msg::CityNameAtTime,
        }
    }
}

/// Which column a table is sorted by, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort<C> {
    pub column: C,
    pub ascending: bool,
}

impl<C: Column> Sort<C> {
    /// The order after a click on `column`'s header: the same column flips, another starts
    /// ascending.
    pub fn clicked(self, column: C) -> Self {
        if self.column == column {
            Sort { column, ascending: !self.ascending }
        } else {
            Sort { column, ascending: true }
        }
    }
}

/// What a click in a table asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action<C> {
    Sort(C),
    /// Select the record at this index of the atlas.
    Select(usize),
}

/// The action of a button's `data-key` in a table of `len` records; `None` for anything
/// else, including a row index out of range.
pub fn action<C: Column>(key: &str, len: usize) -> Option<Action<C>> {
    match key.split_once(':')? {
        ("s", col) => C::from_key(col).map(Action::Sort),
        _ => selected_index(key, len).map(Action::Select),
    }
}

/// The record a `data-key` of the form `r:<index>` selects, if the index is below `len`.
pub fn selected_index(key: &str, len: usize) -> Option<usize> {
    key.strip_prefix("r:")?.parse().ok().filter(|&i| i < len)
}

fn directed(ord: Ordering, ascending: bool) -> Ordering {
    if ascending {
        ord
    } else {
        ord.reverse()
    }
}

/// The indexes of the cities `shown` keeps, in `sort` order.
pub fn city_order(atlas: &Atlas, lang: Lang, shown: &dyn Fn(usize) -> bool, distances: &[f64], sort: Sort<CityCol>) -> Vec<usize> {
    let cities = &atlas.twin.cities;
    let mut rows: Vec<usize> = (0..cities.len()).filter(|&i| shown(i)).collect();
    // Text keys are folded once per row, not once per comparison.
    let text: Vec<String> = match sort.column {
        CityCol::City => cities.iter().map(|c| fold(c.name.or_en(lang))).collect(),
        CityCol::Country => {
            cities.iter().map(|c| atlas.country(&c.country).map(|k| fold(k.name.or_en(lang))).unwrap_or_default()).collect()
        }
        _ => Vec::new(),
    };
    sort_indexes(&mut rows, &|a, b| {
        let (ca, cb) = (&cities[a], &cities[b]);
        let ord = match sort.column {
            CityCol::City | CityCol::Country => text[a].cmp(&text[b]),
            CityCol::Relation => relation_msg(ca.relation).get(lang).cmp(relation_msg(cb.relation).get(lang)),
            CityCol::Year => ca.year.unwrap_or(u16::MAX).cmp(&cb.year.unwrap_or(u16::MAX)),
            CityCol::Distance => distances[a].total_cmp(&distances[b]),
            CityCol::Confidence => (ca.confidence as u8).cmp(&(cb.confidence as u8)),
        };
        directed(ord, sort.ascending)
    });
    rows
}

/// The indexes of the events `shown` keeps, in `sort` order (ties by date).
pub fn event_order(atlas: &Atlas, lang: Lang, shown: &dyn Fn(usize) -> bool, sort: Sort<EventCol>) -> Vec<usize> {
    let events = &atlas.summits.events;
    let mut rows: Vec<usize> = (0..events.len()).filter(|&i| shown(i)).collect();
    // Text keys are folded once per row, not once per comparison.
    let text: Vec<String> = match sort.column {
        EventCol::Event => events.iter().map(|e| fold(e.name.or_en(lang))).collect(),
        EventCol::Organization => {
            events.iter().map(|e| atlas.organization(&e.organization).map(|o| fold(o.short.or_en(lang))).unwrap_or_default()).collect()
        }
        _ => Vec::new(),
    };
    sort_indexes(&mut rows, &|a, b| {
        let (ea, eb) = (&events[a], &events[b]);
        let ord = match sort.column {
            EventCol::Event | EventCol::Organization => text[a].cmp(&text[b]),
            EventCol::Dates => ea.start.ordinal_key().cmp(&eb.start.ordinal_key()),
            EventCol::Kind => kind_msg(ea.kind).get(lang).cmp(kind_msg(eb.kind).get(lang)),
            EventCol::CityName => city_name_msg(ea.city_name).get(lang).cmp(city_name_msg(eb.city_name).get(lang)),
        }
        .then(ea.start.ordinal_key().cmp(&eb.start.ordinal_key()));
        directed(ord, sort.ascending)
    });
    rows
}

/// `<thead>` with one sort button per column; the sorted one carries `aria-sort` and an
/// arrow, and says its direction to screen readers.
pub fn head_html<C: Column>(lang: Lang, sort: Sort<C>) -> String {
    let mut s = String::from("<thead><tr>");
    for &c in C::ALL {
        let (aria, arrow, said) = match (c == sort.column, sort.ascending) {
            (false, _) => ("none", "", None),
            (true, true) => ("ascending", "▲", Some(Msg::SortedAscending)),
            (true, false) => ("descending", "▼", Some(Msg::SortedDescending)),
        };
        let _ = write!(
            s,
            r#"<th scope="col" aria-sort="{aria}"><button type="button" class="sort" data-key="s:{}">{}<span class="sort-arrow" aria-hidden="true">{arrow}</span><span class="visually-hidden">{}</span></button></th>"#,
            c.key(),
            esc(c.label().get(lang)),
            said.map(|m| format!(", {}", esc(m.get(lang)))).unwrap_or_default()
        );
    }
    s.push_str("</tr></thead>");
    s
}

/// The opening `<tr>` and row header of record `i`: its id and the button that selects it.
/// (The selected row is marked in the DOM, so a selection does not rebuild the table.)
fn row_start(s: &mut String, id: &str, i: usize, name: &str) {
    let _ = write!(
        s,
        r#"<tr data-id="{}"><th scope="row"><button type="button" class="link-button" data-key="r:{i}">{}</button>"#,
        esc(id),
        esc(name)
    );
}

/// The city table for `rows` (from `city_order`): header and body.
pub fn city_table_html(atlas: &Atlas, lang: Lang, sort: Sort<CityCol>, rows: &[usize], distances: &[f64]) -> String {
    let mut s = head_html(lang, sort);
    s.push_str("<tbody>");
    for &i in rows {
        let c = &atlas.twin.cities[i];
        row_start(&mut s, &c.id, i, c.name.or_en(lang));
        let country = atlas.country(&c.country).map(|k| k.name.or_en(lang)).unwrap_or_default();
        let (year_class, year) = match c.year {
            Some(y) => ("num", y.to_string()),
            None => ("num unknown", Msg::Unknown.get(lang).to_string()),
        };
        let conf = c.confidence.slug();
        let _ = write!(
            s,
            r#"</th><td>{}</td><td>{}</td><td class="{year_class}">{}</td><td class="num">{}</td><td><span class="badge confidence-{conf}">{}</span></td></tr>"#,
            esc(country),
            esc(relation_msg(c.relation).get(lang)),
            esc(&year),
            esc(&format::km(lang, distances[i])),
            esc(confidence_msg(c.confidence).get(lang))
        );
    }
    s.push_str("</tbody>");
    s
}

/// The event table for `rows` (from `event_order`): header and body.
pub fn event_table_html(atlas: &Atlas, lang: Lang, sort: Sort<EventCol>, rows: &[usize]) -> String {
    let mut s = head_html(lang, sort);
    s.push_str("<tbody>");
    for &i in rows {
        let e = &atlas.summits.events[i];
        row_start(&mut s, &e.id, i, e.name.or_en(lang));
        if e.name.is_fallback(lang) {
            s.push(' ');
            s.push_str(&in_english_html(lang));
        }
        let org = atlas.organization(&e.organization).map(|o| o.short.or_en(lang)).unwrap_or_default();
        let _ = write!(
            s,
            r#"</th><td class="nowrap">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            esc(&format::date_range(lang, e.start, e.end)),
            esc(org),
            esc(kind_msg(e.kind).get(lang)),
            esc(city_name_msg(e.city_name).get(lang))
        );
    }
    s.push_str("</tbody>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;
    use crate::geo::great_circle::distance_km;

    fn atlas() -> &'static Atlas {
        data::load().expect("embedded data")
    }

    fn distances(atlas: &Atlas) -> Vec<f64> {
        let o = (atlas.twin.origin.lon, atlas.twin.origin.lat);
        atlas.twin.cities.iter().map(|c| distance_km(o, (c.lon, c.lat))).collect()
    }

    fn ids<'a>(atlas: &'a Atlas, rows: &[usize]) -> Vec<&'a str> {
        rows.iter().map(|&i| atlas.twin.cities[i].id.as_str()).collect()
    }

    #[test]
    fn cities_sort_by_distance_both_ways_and_filter() {
        let a = atlas();
        let d = distances(a);
        let up = city_order(a, Lang::En, &|_| true, &d, Sort { column: CityCol::Distance, ascending: true });
        assert_eq!(up.len(), a.twin.cities.len());
        assert!(up.windows(2).all(|w| d[w[0]] <= d[w[1]]));
        let down = city_order(a, Lang::En, &|_| true, &d, Sort { column: CityCol::Distance, ascending: false });
        assert_eq!(down.iter().rev().copied().collect::<Vec<_>>(), up);
        let some = city_order(a, Lang::En, &|i| i % 2 == 0, &d, Sort { column: CityCol::Distance, ascending: true });
        assert!(some.iter().all(|i| i % 2 == 0) && some.len() == a.twin.cities.len().div_ceil(2));
    }

    #[test]
    fn cities_sort_by_name_in_the_language_and_unknown_years_last() {
        let a = atlas();
        let d = distances(a);
        let by_name = city_order(a, Lang::Ru, &|_| true, &d, Sort { column: CityCol::City, ascending: true });
        let names: Vec<String> = by_name.iter().map(|&i| fold(a.twin.cities[i].name.or_en(Lang::Ru))).collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
        let by_year = city_order(a, Lang::En, &|_| true, &d, Sort { column: CityCol::Year, ascending: true });
        let first_unknown = by_year.iter().position(|&i| a.twin.cities[i].year.is_none()).unwrap();
        assert!(by_year[first_unknown..].iter().all(|&i| a.twin.cities[i].year.is_none()));
        assert_eq!(ids(a, &by_year[..1]), ["gdansk"], "1996 is the earliest year");
    }

    #[test]
    fn events_sort_by_date_and_ties_keep_date_order() {
        let a = atlas();
        let ev = &a.summits.events;
        let by_date = event_order(a, Lang::En, &|_| true, Sort { column: EventCol::Dates, ascending: true });
        assert!(by_date.windows(2).all(|w| ev[w[0]].start.ordinal_key() <= ev[w[1]].start.ordinal_key()));
        let by_kind = event_order(a, Lang::En, &|_| true, Sort { column: EventCol::Kind, ascending: true });
        for w in by_kind.windows(2) {
            let (x, y) = (&ev[w[0]], &ev[w[1]]);
            let (kx, ky) = (kind_msg(x.kind).get(Lang::En), kind_msg(y.kind).get(Lang::En));
            assert!(kx < ky || (kx == ky && x.start.ordinal_key() <= y.start.ordinal_key()));
        }
    }

    #[test]
    fn clicking_a_header_flips_or_starts_ascending() {
        let s = Sort { column: CityCol::Year, ascending: true };
        assert_eq!(s.clicked(CityCol::Year), Sort { column: CityCol::Year, ascending: false });
        assert_eq!(s.clicked(CityCol::Year).clicked(CityCol::Year), s);
        assert_eq!(
            Sort { column: CityCol::Year, ascending: false }.clicked(CityCol::City),
            Sort { column: CityCol::City, ascending: true }
        );
    }

    #[test]
    fn button_keys_round_trip_and_junk_is_ignored() {
        for &c in CityCol::ALL {
            assert_eq!(action::<CityCol>(&format!("s:{}", c.key()), 33), Some(Action::Sort(c)));
        }
        for &c in EventCol::ALL {
            assert_eq!(action::<EventCol>(&format!("s:{}", c.key()), 33), Some(Action::Sort(c)));
        }
        assert_eq!(action::<CityCol>("r:12", 33), Some(Action::Select(12)));
        assert_eq!(action::<CityCol>("r:33", 33), None, "out of range");
        for junk in ["", "s:", "s:dates", "r:", "r:-1", "r:x", "x:1", "city"] {
            assert_eq!(action::<CityCol>(junk, 33), None, "{junk}");
        }
    }

    #[test]
    fn headers_mark_the_sorted_column_only() {
        let html = head_html(Lang::En, Sort { column: EventCol::Dates, ascending: false });
        assert_eq!(html.matches("<th ").count(), EventCol::ALL.len());
        assert_eq!(html.matches(r#"aria-sort="descending""#).count(), 1);
        assert_eq!(html.matches(r#"aria-sort="none""#).count(), EventCol::ALL.len() - 1);
        assert!(html.contains(r#"data-key="s:dates">Dates<span class="sort-arrow" aria-hidden="true">▼</span><span class="visually-hidden">, sorted descending</span>"#), "{html}");
    }

    #[test]
    fn city_rows_carry_ids_buttons_and_the_language() {
        let a = atlas();
        let d = distances(a);
        let sort = Sort { column: CityCol::Distance, ascending: true };
        let rows = city_order(a, Lang::Kk, &|_| true, &d, sort);
        let nice = a.twin.cities.iter().position(|c| c.id == "nice").unwrap();
        let html = city_table_html(a, Lang::Kk, sort, &rows, &d);
        assert_eq!(html.matches("<tr data-id=").count(), a.twin.cities.len());
        assert!(
            html.contains(&format!(
                r#"<tr data-id="nice"><th scope="row"><button type="button" class="link-button" data-key="r:{nice}">Ницца</button>"#
            )),
            "{html}"
        );
        assert!(html.contains(Msg::Unknown.get(Lang::Kk)), "unknown years are said in Kazakh");
        assert!(html.contains(Msg::Km.get(Lang::Kk)));
    }

    #[test]
    fn event_rows_escape_text_and_mark_english_fallbacks() {
        // One name without a Russian form, whether or not the data has any.
        let mut a = atlas().clone();
        a.summits.events[0].name.ru = None;
        let a = &a;
        let sort = Sort { column: EventCol::Dates, ascending: true };
        let rows = event_order(a, Lang::Ru, &|_| true, sort);
        let html = event_table_html(a, Lang::Ru, sort, &rows);
        assert_eq!(html.matches("<tr data-id=").count(), a.summits.events.len());
        let fallbacks = a.summits.events.iter().filter(|e| e.name.is_fallback(Lang::Ru)).count();
        assert!(fallbacks > 0);
        assert_eq!(html.matches(r#"<abbr class="in-english""#).count(), fallbacks);
        // Every tag opened is closed: no raw '<' or '&' leaked from the data.
        assert_eq!(html.matches("<tr").count(), html.matches("</tr>").count());
        assert!(!html
            .replace("&amp;", "")
            .replace("&quot;", "")
            .replace("&apos;", "")
            .replace("&lt;", "")
            .replace("&gt;", "")
            .contains('&'));
        let en = event_table_html(a, Lang::En, sort, &rows);
        assert!(!en.contains("in-english"));
    }
}
