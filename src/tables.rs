//! The city and event tables as HTML: sort orders, sortable headers and rows, for a language.
//!
//! Pure, so sorting and markup are tested natively; the table components set the HTML and
//! handle clicks on `data-key` buttons (`s:<column>` sorts, `r:<index>` selects a row).

use crate::collate;
use crate::data::Atlas;
use crate::format;
use crate::html::Html;
use crate::i18n::{city_name_msg, confidence_msg, kind_msg, relation_msg, Msg};
use crate::lang::Lang;
use crate::order::sort_indexes;
use crate::{html, write_html};
use std::cmp::Ordering;

/// The "in English" mark for text that has no translation in `lang` (nothing in English).
pub fn in_english_html(lang: Lang) -> Html {
    if lang == Lang::En {
        return Html::new();
    }
    html!(r#"<abbr class="in-english" title="{}">{}</abbr>"#, Msg::NotTranslated.get(lang), Msg::InEnglish.get(lang))
}

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

/// The alphabetical rank of each record's text (by record index) among the `rows` shown,
/// in `lang`'s collation: the tables compare ranks, so the collator runs once per sort.
fn text_ranks<'a>(lang: Lang, len: usize, rows: &[usize], text: impl Fn(usize) -> &'a str) -> Vec<u32> {
    let texts: Vec<&str> = rows.iter().map(|&i| text(i)).collect();
    let mut by_record = vec![0; len];
    for (&i, r) in rows.iter().zip(collate::ranks(lang, &texts)) {
        by_record[i] = r;
    }
    by_record
}

/// The indexes of the cities `shown` keeps, in `sort` order.
pub fn city_order(atlas: &Atlas, lang: Lang, shown: &dyn Fn(usize) -> bool, distances: &[f64], sort: Sort<CityCol>) -> Vec<usize> {
    let cities = &atlas.twin.cities;
    let mut rows: Vec<usize> = (0..cities.len()).filter(|&i| shown(i)).collect();
    let text = |i: usize| -> &str {
        let c = &cities[i];
        match sort.column {
            CityCol::City => c.name.or_en(lang),
            CityCol::Country => atlas.country_name(c, lang),
            _ => relation_msg(c.relation).get(lang),
        }
    };
    let rank = match sort.column {
        CityCol::City | CityCol::Country | CityCol::Relation => text_ranks(lang, cities.len(), &rows, text),
        _ => Vec::new(),
    };
    sort_indexes(&mut rows, &|a, b| {
        let (ca, cb) = (&cities[a], &cities[b]);
        let ord = match sort.column {
            CityCol::City | CityCol::Country | CityCol::Relation => rank[a].cmp(&rank[b]),
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
    let text = |i: usize| -> &str {
        let e = &events[i];
        match sort.column {
            EventCol::Event => e.name.or_en(lang),
            EventCol::Organization => atlas.organization(&e.organization).map(|o| o.short.or_en(lang)).unwrap_or_default(),
            EventCol::Kind => kind_msg(e.kind).get(lang),
            _ => city_name_msg(e.city_name).get(lang),
        }
    };
    let rank = match sort.column {
        EventCol::Dates => Vec::new(),
        _ => text_ranks(lang, events.len(), &rows, text),
    };
    sort_indexes(&mut rows, &|a, b| {
        let (ea, eb) = (&events[a], &events[b]);
        let ord = match sort.column {
            EventCol::Dates => Ordering::Equal,
            _ => rank[a].cmp(&rank[b]),
        }
        .then(ea.start.ordinal_key().cmp(&eb.start.ordinal_key()));
        directed(ord, sort.ascending)
    });
    rows
}

/// `<thead>` with one sort button per column; the sorted one carries `aria-sort` and an
/// arrow, and says its direction to screen readers.
pub fn head_html<C: Column>(lang: Lang, sort: Sort<C>) -> Html {
    let mut s = Html::trusted_static("<thead><tr>");
    for &c in C::ALL {
        let (aria, arrow, said) = match (c == sort.column, sort.ascending) {
            (false, _) => ("none", "", None),
            (true, true) => ("ascending", "▲", Some(Msg::SortedAscending)),
            (true, false) => ("descending", "▼", Some(Msg::SortedDescending)),
        };
        write_html!(
            &mut s,
            r#"<th scope="col" aria-sort="{}"><button type="button" class="sort" data-key="s:{}">{}<span class="sort-arrow" aria-hidden="true">{}</span><span class="visually-hidden">{}</span></button></th>"#,
            aria,
            c.key(),
            c.label().get(lang),
            arrow,
            said.map(|m| html!(", {}", m.get(lang))).unwrap_or_default()
        );
    }
    s.push_static("</tr></thead>");
    s
}

/// The opening `<tr>` and row header of record `i`: its id and the button that selects it.
/// (The selected row is marked in the DOM, so a selection does not rebuild the table.)
fn row_start(s: &mut Html, id: &str, i: usize, name: &str) {
    write_html!(
        s,
        r#"<tr data-id="{}"><th scope="row"><button type="button" class="link-button" data-key="r:{}">{}</button>"#,
        id,
        i,
        name
    );
}

/// The city table for `rows` (from `city_order`): header and body.
pub fn city_table_html(atlas: &Atlas, lang: Lang, sort: Sort<CityCol>, rows: &[usize], distances: &[f64]) -> Html {
    let mut s = head_html(lang, sort);
    s.push_static("<tbody>");
    for &i in rows {
        let c = &atlas.twin.cities[i];
        row_start(&mut s, &c.id, i, c.name.or_en(lang));
        let (year_class, year) = match c.year {
            Some(y) => ("num", y.to_string()),
            None => ("num unknown", Msg::Unknown.get(lang).to_string()),
        };
        write_html!(
            &mut s,
            r#"</th><td>{}</td><td>{}</td><td class="{}">{}</td><td class="num">{}</td><td><span class="badge confidence-{}">{}</span></td></tr>"#,
            atlas.country_name(c, lang),
            relation_msg(c.relation).get(lang),
            year_class,
            year,
            format::km(lang, distances[i]),
            c.confidence.slug(),
            confidence_msg(c.confidence).get(lang)
        );
    }
    s.push_static("</tbody>");
    s
}

/// The event table for `rows` (from `event_order`): header and body.
pub fn event_table_html(atlas: &Atlas, lang: Lang, sort: Sort<EventCol>, rows: &[usize]) -> Html {
    let mut s = head_html(lang, sort);
    s.push_static("<tbody>");
    for &i in rows {
        let e = &atlas.summits.events[i];
        row_start(&mut s, &e.id, i, e.name.or_en(lang));
        if e.name.is_fallback(lang) {
            s.push_static(" ");
            s.push(&in_english_html(lang));
        }
        let org = atlas.organization(&e.organization).map(|o| o.short.or_en(lang)).unwrap_or_default();
        write_html!(
            &mut s,
            r#"</th><td class="nowrap">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
            format::date_range(lang, e.start, e.end),
            org,
            kind_msg(e.kind).get(lang),
            city_name_msg(e.city_name).get(lang)
        );
    }
    s.push_static("</tbody>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    fn atlas() -> &'static Atlas {
        data::load().expect("embedded data")
    }

    fn distances(atlas: &Atlas) -> Vec<f64> {
        atlas.twin.cities.iter().map(|c| atlas.distance_km(c)).collect()
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
    fn unknown_years_sort_last() {
        let a = atlas();
        let d = distances(a);
        let by_year = city_order(a, Lang::En, &|_| true, &d, Sort { column: CityCol::Year, ascending: true });
        let first_unknown = by_year.iter().position(|&i| a.twin.cities[i].year.is_none()).unwrap();
        assert!(by_year[first_unknown..].iter().all(|&i| a.twin.cities[i].year.is_none()));
        assert_eq!(ids(a, &by_year[..1]), ["gdansk"], "1996 is the earliest year");
    }

    /// Where each id stands in `rows` of the cities.
    fn position(a: &Atlas, rows: &[usize], id: &str) -> usize {
        rows.iter().position(|&i| a.twin.cities[i].id == id).unwrap_or_else(|| panic!("{id} not shown"))
    }

    #[test]
    fn kazakh_names_sort_in_the_kazakh_alphabet() {
        // Every city has a Kazakh name now: take two away to see them sorted last.
        let mut a = atlas().clone();
        for c in a.twin.cities.iter_mut().filter(|c| c.id == "izmir" || c.id == "oulu") {
            c.name.kk = None;
        }
        let a = &a;
        let d = distances(a);
        let by_name = city_order(a, Lang::Kk, &|_| true, &d, Sort { column: CityCol::City, ascending: true });
        // Қ comes after К, long before Ы.
        assert!(position(a, &by_name, "kazan") < position(a, &by_name, "istanbul"));
        // The cities with no Kazakh name are shown in English, after every Cyrillic name.
        let english: Vec<&str> = a.twin.cities.iter().filter(|c| c.name.kk.is_none()).map(|c| c.id.as_str()).collect();
        assert!(!english.is_empty());
        let mut last = ids(a, &by_name[by_name.len() - english.len()..]);
        last.sort_unstable();
        let mut expected = english.clone();
        expected.sort_unstable();
        assert_eq!(last, expected);
        let by_country = city_order(a, Lang::Kk, &|_| true, &d, Sort { column: CityCol::Country, ascending: true });
        // АҚШ before Армения: Қ comes before Р.
        assert!(position(a, &by_country, "pittsburgh") < position(a, &by_country, "yerevan"));
        // Өзбекстан after Оңтүстік Корея and before Польша, not after the Я.
        assert!(position(a, &by_country, "seoul") < position(a, &by_country, "tashkent"));
        assert!(position(a, &by_country, "tashkent") < position(a, &by_country, "warsaw"));
        // Біріккен Араб Әмірліктері after Босния: І comes after Ы in Kazakh.
        assert!(position(a, &by_country, "sarajevo") < position(a, &by_country, "dubai"));
    }

    #[test]
    fn kazakh_letters_sort_beside_their_base_letters_not_after_ya() {
        let a = atlas();
        let ev = &a.summits.events;
        let by_name = event_order(a, Lang::Kk, &|_| true, Sort { column: EventCol::Event, ascending: true });
        // The first character of the name shown (names in «quotes» sort first, as in ICU,
        // and are not letters here).
        let initial = |i: usize| ev[i].name.or_en(Lang::Kk).chars().next().unwrap();
        // The Congress of Religions ("Әлемдік ...") right after the names in А, before those
        // in Б to Я.
        let in_a_with_breve = by_name.iter().rposition(|&i| initial(i) == 'Ә').expect("a name in Ә");
        let in_b_to_ya = by_name.iter().position(|&i| ('Б'..='Я').contains(&initial(i))).expect("a name in Б to Я");
        assert!(in_a_with_breve < in_b_to_ya);
        let by_org = event_order(a, Lang::Kk, &|_| true, Sort { column: EventCol::Organization, ascending: true });
        let org = |i: usize| ev[i].organization.as_str();
        // ҰҚШҰ (CSTO) before ШЫҰ (SCO): Ұ comes after У, long before Ш.
        let csto = by_org.iter().position(|&i| org(i) == "csto").unwrap();
        let sco = by_org.iter().position(|&i| org(i) == "sco").unwrap();
        assert!(csto < sco);
    }

    #[test]
    fn syria_rounds_sort_by_number_in_every_language() {
        let a = atlas();
        let ev = &a.summits.events;
        let round = |i: usize| ev[i].id.strip_prefix("astana-syria-round-").and_then(|n| n.parse::<u32>().ok());
        for lang in Lang::ALL {
            let by_name = event_order(a, lang, &|_| true, Sort { column: EventCol::Event, ascending: true });
            let rounds: Vec<u32> = by_name.iter().filter_map(|&i| round(i)).collect();
            assert!(rounds.len() > 10);
            assert!(rounds.windows(2).all(|w| w[0] < w[1]), "{lang}: {rounds:?}");
        }
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
            assert_eq!(action::<CityCol>(&format!("s:{}", c.key()), 7), Some(Action::Sort(c)));
        }
        for &c in EventCol::ALL {
            assert_eq!(action::<EventCol>(&format!("s:{}", c.key()), 7), Some(Action::Sort(c)));
        }
        assert_eq!(action::<CityCol>("r:6", 7), Some(Action::Select(6)));
        assert_eq!(action::<CityCol>("r:7", 7), None, "out of range");
        for junk in ["", "s:", "s:dates", "r:", "r:-1", "r:x", "x:1", "city"] {
            assert_eq!(action::<CityCol>(junk, 7), None, "{junk}");
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
        let en = event_table_html(a, Lang::En, sort, &rows);
        assert!(!en.contains("in-english"));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn every_text_from_the_data_is_escaped() {
        use crate::data::{hostile_atlas, HOSTILE};
        use crate::html::assert_escaped;
        let a = &hostile_atlas();
        let d = distances(a);
        for lang in Lang::ALL {
            let sort = Sort { column: CityCol::City, ascending: true };
            let rows = city_order(a, lang, &|_| true, &d, sort);
            // The id, the name and the country of every row.
            assert_escaped(&city_table_html(a, lang, sort, &rows, &d), HOSTILE, 3 * rows.len());
            let sort = Sort { column: EventCol::Organization, ascending: false };
            let rows = event_order(a, lang, &|_| true, sort);
            // The id, the name and the organization of every row.
            assert_escaped(&event_table_html(a, lang, sort, &rows), HOSTILE, 3 * rows.len());
        }
    }
}
