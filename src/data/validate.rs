//! Checks the whole data set and lists every breach, so a bad row fails the tests.

use super::{Atlas, CityName, Names, Source};
use std::collections::HashSet;
use std::fmt;

/// One breach of the data rules, naming the record it was found in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub record: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.record, self.message)
    }
}

/// The cities the 2023 article names, by id.
pub const ARTICLE_CITIES: [&str; 13] = [
    "ankara",
    "pittsburgh",
    "amman",
    "warsaw",
    "seoul",
    "dubai",
    "beijing",
    "moscow",
    "saint-petersburg",
    "manila",
    "hanoi",
    "nice",
    "doha",
];

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, record: &str, message: impl Into<String>) {
        self.problems.push(Problem { record: record.to_string(), message: message.into() });
    }

    fn id(&mut self, seen: &mut HashSet<String>, id: &str) {
        let kebab = !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--");
        if !kebab {
            self.fail(id, "id is not kebab-case");
        }
        if !seen.insert(id.to_string()) {
            self.fail(id, "duplicate id");
        }
    }

    /// `required` names must exist in all three languages; others may be explicitly unknown.
    fn names(&mut self, record: &str, what: &str, names: &Names, required: bool) {
        if names.en.trim().is_empty() {
            self.fail(record, format!("{what}: English is empty"));
        }
        for (lang, value) in [("ru", &names.ru), ("kk", &names.kk)] {
            match value {
                Some(v) if v.trim().is_empty() => self.fail(record, format!("{what}: {lang} is empty (use null for unknown)")),
                None if required => self.fail(record, format!("{what}: {lang} is missing")),
                _ => {}
            }
        }
    }

    /// A Kazakh or Russian form that is the English text copied is not a translation.
    fn translated(&mut self, record: &str, what: &str, names: &Names) {
        for (lang, value) in [("ru", &names.ru), ("kk", &names.kk)] {
            if value.as_deref() == Some(names.en.as_str()) && names.en.chars().any(|ch| ch.is_ascii_lowercase()) {
                self.fail(record, format!("{what}: {lang} is the English text (translate it, or use null)"));
            }
        }
    }

    fn sources(&mut self, record: &str, sources: &[Source]) {
        if sources.is_empty() {
            self.fail(record, "no source");
        }
        for s in sources {
            if s.title.trim().is_empty() {
                self.fail(record, "a source has no title");
            }
            if let Some(url) = &s.url {
                let ok = (url.starts_with("https://") || url.starts_with("http://"))
                    && url.len() > 10
                    && !url.contains(char::is_whitespace)
                    && !url.contains(['"', '<', '>']);
                if !ok {
                    self.fail(record, format!("bad source url {url:?}"));
                }
            }
        }
    }

    fn coordinates(&mut self, record: &str, lat: f64, lon: f64) {
        if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
            self.fail(record, format!("latitude {lat} out of range"));
        }
        if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
            self.fail(record, format!("longitude {lon} out of range"));
        }
    }
}

/// Every problem in the data set; an empty list means the data is sound.
pub fn validate(atlas: &Atlas) -> Vec<Problem> {
    let mut c = Checker { problems: Vec::new() };
    let twin = &atlas.twin;

    let origin = &twin.origin;
    c.coordinates(&origin.id, origin.lat, origin.lon);
    c.names(&origin.id, "name", &origin.name, true);

    let mut codes = HashSet::new();
    for country in &twin.countries {
        if country.code.len() != 2 || !country.code.bytes().all(|b| b.is_ascii_uppercase()) {
            c.fail(&country.code, "country code is not ISO alpha-2");
        }
        if country.numeric.len() != 3 || !country.numeric.bytes().all(|b| b.is_ascii_digit()) {
            c.fail(&country.code, "numeric code is not three digits");
        }
        if !codes.insert(country.code.clone()) {
            c.fail(&country.code, "duplicate country");
        }
        c.names(&country.code, "country name", &country.name, true);
    }
    if !codes.contains(&origin.country) {
        c.fail(&origin.id, "origin country is not in the country list");
    }

    let mut ids = HashSet::new();
    for city in &twin.cities {
        c.id(&mut ids, &city.id);
        c.names(&city.id, "name", &city.name, false);
        c.coordinates(&city.id, city.lat, city.lon);
        c.sources(&city.id, &city.sources);
        if !codes.contains(&city.country) {
            c.fail(&city.id, format!("unknown country {}", city.country));
        }
        if let Some(year) = city.year {
            if !(1991..=2030).contains(&year) {
                c.fail(&city.id, format!("year {year} out of range"));
            }
        }
        if let Some(note) = &city.note {
            c.names(&city.id, "note", note, true);
        }
        if city.confidence == super::Confidence::Low && city.note.is_none() {
            c.fail(&city.id, "low confidence without a note saying why");
        }
    }
    for id in ARTICLE_CITIES {
        match twin.cities.iter().find(|city| city.id == id) {
            None => c.fail(id, "a city the article names is missing"),
            Some(city) if !city.in_article => c.fail(id, "the article names this city but in_article is false"),
            Some(_) => {}
        }
    }
    match twin.cities.iter().find(|city| city.id == "doha") {
        Some(doha) if doha.year != Some(2022) => c.fail("doha", "the article dates the Doha agreement 2022"),
        _ => {}
    }

    let mut org_ids = HashSet::new();
    for org in &atlas.summits.organizations {
        c.id(&mut org_ids, &org.id);
        c.names(&org.id, "short name", &org.short, true);
        c.names(&org.id, "name", &org.name, true);
    }

    let mut event_ids = HashSet::new();
    for event in &atlas.summits.events {
        c.id(&mut event_ids, &event.id);
        c.names(&event.id, "name", &event.name, false);
        c.translated(&event.id, "name", &event.name);
        let untranslated = event.name.ru.is_none() || event.name.kk.is_none();
        match &event.name_untranslated {
            None if untranslated => {
                c.fail(&event.id, "name: no kk or ru form (give the standard one, or say in name_untranslated why it stays in English)")
            }
            Some(_) if !untranslated => c.fail(&event.id, "name_untranslated is set but the name has all three forms"),
            Some(why) if why.trim().is_empty() => c.fail(&event.id, "name_untranslated gives no reason"),
            _ => {}
        }
        c.sources(&event.id, &event.sources);
        let about_iran = event.name.en.contains("Iran") || event.fact.en.contains("Iran nuclear");
        if event.start.year == 2013 && about_iran {
            c.fail(&event.id, "the 2013 Iran nuclear talks were held in Almaty, not Astana");
        }
        // The fact and participants are our own text: always in all three languages.
        c.names(&event.id, "fact", &event.fact, true);
        c.translated(&event.id, "fact", &event.fact);
        if let Some(p) = &event.participants {
            c.names(&event.id, "participants", p, true);
        }
        if !org_ids.contains(&event.organization) {
            c.fail(&event.id, format!("unknown organization {}", event.organization));
        }
        if let Some(end) = event.end {
            if end.ordinal_key_late() < event.start.ordinal_key() {
                c.fail(&event.id, "ends before it starts");
            }
        }
        // The venue must be the capital under its name of the day: that rules out events
        // elsewhere (the 2013 Iran talks in Almaty) and wrong names for the period.
        let early = CityName::on(event.start);
        let late = CityName::on(super::PartialDate {
            day: Some(event.start.day.unwrap_or_else(|| super::date::days_in_month(event.start.year, event.start.month))),
            ..event.start
        });
        if event.city_name != early && event.city_name != late {
            c.fail(&event.id, format!("city name {:?} does not match the date {}", event.city_name, event.start));
        }
    }

    let mut correction_ids = HashSet::new();
    for corr in &atlas.summits.corrections {
        c.id(&mut correction_ids, &corr.id);
        c.names(&corr.id, "text", &corr.text, true);
        c.sources(&corr.id, &corr.sources);
        if let Some(ev) = &corr.event {
            if !event_ids.contains(ev) {
                c.fail(&corr.id, format!("names unknown event {ev}"));
            }
        } else if event_ids.contains(&corr.id) {
            c.fail(&corr.id, "an event the corrections exclude is in the data");
        }
    }
    c.problems
}
