//! Checks the whole data set and lists every breach, so a bad row fails the tests: the
//! twin cities and events (`validate`, which also checks the embedded participant lists),
//! and the participation files behind those lists (`validate_world_files`: codes, dates
//! against memberships, roles, sources, coverage).

use super::{Atlas, Basis, CityName, Names, Source, World};
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

    /// An ISO alpha-2 code (upper-case) and a three-digit ISO numeric code.
    fn country_codes(&mut self, code: &str, numeric: &str) {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            self.fail(code, "country code is not upper-case ISO alpha-2");
        }
        if numeric.len() != 3 || !numeric.bytes().all(|b| b.is_ascii_digit()) {
            self.fail(code, "numeric code is not three digits");
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
        c.country_codes(&country.code, &country.numeric);
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

    // The chart's notes: our own short text in all three languages, sourced, in date
    // order, each pointing at a known event on that event's first day.
    let mut note_ids = HashSet::new();
    for (i, note) in atlas.annotations.iter().enumerate() {
        c.id(&mut note_ids, &note.id);
        c.names(&note.id, "text", &note.text, true);
        c.translated(&note.id, "text", &note.text);
        c.sources(&note.id, &note.sources);
        if note.text.forms().any(|t| t.chars().count() > MAX_NOTE_CHARS) {
            c.fail(&note.id, format!("text longer than {MAX_NOTE_CHARS} characters (too long for a phone)"));
        }
        if i > 0 && atlas.annotations[i - 1].date.ordinal_key() > note.date.ordinal_key() {
            c.fail(&note.id, "notes are not in date order");
        }
        if let Some(id) = &note.event {
            match atlas.summits.events.iter().find(|e| &e.id == id) {
                None => c.fail(&note.id, format!("names unknown event {id}")),
                Some(e) if e.start != note.date => c.fail(&note.id, format!("date {} is not the start of {id} ({})", note.date, e.start)),
                Some(_) => {}
            }
        }
    }
    if !(6..=10).contains(&atlas.annotations.len()) {
        c.fail("annotations", "the chart needs 6 to 10 notes");
    }
    c.problems
}

/// The longest note text, in characters, in any language.
pub const MAX_NOTE_CHARS: usize = 80;

/// Every problem in the participation data against the first load: one entry per event,
/// the same countries as `Atlas::codes`, indexes in range, each state once in code order, and
/// a recorded list names states and cites sources.
pub fn validate_world(atlas: &Atlas, world: &World) -> Vec<Problem> {
    let mut c = Checker { problems: Vec::new() };
    if world.codes() != atlas.codes {
        c.fail("countries", "the participation data's countries differ from the first load's codes");
    }
    if !world.countries.windows(2).all(|w| w[0].code < w[1].code) {
        c.fail("countries", "countries are not sorted by unique code");
    }
    if world.events.len() != atlas.summits.events.len() {
        c.fail("participants", "one entry per event is expected");
    }
    for (event, entry) in atlas.summits.events.iter().zip(&world.events) {
        let in_order = entry.states.windows(2).all(|w| w[0].0 < w[1].0);
        if !in_order || entry.states.iter().any(|&(i, _)| usize::from(i) >= world.countries.len()) {
            c.fail(&event.id, "states out of range or out of order");
        }
        if entry.sources.iter().any(|&i| usize::from(i) >= world.sources.len())
            || entry.others.iter().any(|&(i, _)| usize::from(i) >= world.bodies.len())
        {
            c.fail(&event.id, "a source or body out of range");
        }
        if entry.basis != Basis::NotRecorded && (entry.states.is_empty() || entry.sources.is_empty()) {
            c.fail(&event.id, "a recorded participant list needs states and sources");
        }
    }
    c.problems
}

/// The organizations whose every event needs a participation entry (derived, listed, or
/// "not recorded" with the reason): the list and the Astana talks on Syria.
#[cfg(not(target_arch = "wasm32"))]
pub const COVERED_ORGANIZATIONS: [&str; 10] = ["sco", "cis", "csto", "eurasec", "eaeu", "ots", "cica", "osce", "oic", "astana-process"];

/// Every problem in the participation files: country codes and names, memberships (known
/// organizations and states, dates in order, a state that leaves must have joined, states
/// that existed), and event entries (known events, one basis, dates the membership covers,
/// explicit members who were members, states that existed, roles, sources, coverage).
#[cfg(not(target_arch = "wasm32"))]
pub fn validate_world_files(atlas: &Atlas, files: &super::WorldFiles) -> Vec<Problem> {
    use super::derive::{change_key, derive, event_key, standings};
    use super::Status;
    let mut c = Checker { problems: Vec::new() };
    let countries = &files.countries;
    c.sources("countries.json", &countries.sources);
    let mut codes = HashSet::new();
    let mut numerics = HashSet::new();
    for row in &countries.countries {
        c.country_codes(&row.code, &row.numeric);
        if !codes.insert(row.code.as_str()) {
            c.fail(&row.code, "duplicate country");
        }
        if !numerics.insert(row.numeric.as_str()) {
            c.fail(&row.code, "duplicate numeric code");
        }
        c.names(&row.code, "country name", &row.name, false);
        if let Some(since) = &row.since {
            c.sources(&row.code, &since.sources);
        }
    }
    let since = |code: &str| countries.countries.iter().find(|r| r.code == code).and_then(|r| r.since.as_ref()).map(|s| s.date);
    let existed = |c: &mut Checker, record: &str, code: &str, on: u32, what: &str| {
        if let Some(d) = since(code) {
            if on < d.ordinal_key() {
                c.fail(record, format!("{code} did not exist on the {what} (it exists from {d})"));
            }
        }
    };
    for tc in &atlas.twin.countries {
        match countries.countries.iter().find(|r| r.code == tc.code) {
            None => c.fail(&tc.code, "twin-city country missing from countries.json"),
            Some(r) if r.numeric != tc.numeric || r.name != tc.name => {
                c.fail(&tc.code, "countries.json and twin_cities.json disagree on this country")
            }
            Some(_) => {}
        }
    }
    let topology = crate::geo::topojson::Topology::parse(include_str!("countries-110m.json"));
    for feature in topology.and_then(|t| t.features("countries")).unwrap_or_default() {
        match &feature.id {
            Some(id) if crate::geo::points::LEFT_OUT.contains(&id.as_str()) => {}
            Some(id) if !numerics.contains(id.as_str()) => c.fail(id, "a map shape has no row in countries.json"),
            Some(_) => {}
            None => {
                let name = feature.name.unwrap_or_default();
                match countries.unassigned.iter().find(|u| u.shape == name) {
                    Some(u) if !u.note.trim().is_empty() => {}
                    _ => c.fail(&name, "a map shape without an ISO code is not listed as unassigned with a note"),
                }
            }
        }
    }

    let file = &files.participants;
    let orgs: HashSet<&str> = atlas.summits.organizations.iter().map(|o| o.id.as_str()).collect();
    let mut seen_orgs = HashSet::new();
    for m in &file.memberships {
        let record = format!("membership {}", m.organization);
        if !orgs.contains(m.organization.as_str()) {
            c.fail(&record, "unknown organization");
        }
        if !seen_orgs.insert(m.organization.as_str()) {
            c.fail(&record, "organization's membership kept twice");
        }
        if m.changes.is_empty() {
            c.fail(&record, "no membership changes");
        }
        for (i, change) in m.changes.iter().enumerate() {
            let record = format!("{record} {}", change.date);
            c.sources(&record, &change.sources);
            if change.states.is_empty() {
                c.fail(&record, "a change names no state");
            }
            if change.baseline && i > 0 {
                c.fail(&record, "only the first change can be a baseline");
            }
            if i > 0 && change_key(change) < change_key(&m.changes[i - 1]) {
                c.fail(&record, "changes out of date order");
            }
            let before = standings(m, change_key(change).saturating_sub(1));
            let mut in_change = HashSet::new();
            for code in &change.states {
                if !codes.contains(code.as_str()) {
                    c.fail(&record, format!("unknown country {code}"));
                }
                if !in_change.insert(code.as_str()) {
                    c.fail(&record, format!("{code} listed twice"));
                }
                existed(&mut c, &record, code, change_key(change), "change's date");
                let had = before.iter().find(|(s, _)| s == code).map(|&(_, st)| st);
                let was_in = matches!(had, Some(Status::Member | Status::Associate | Status::Observer | Status::Suspended));
                if matches!(change.status, Status::Left | Status::Suspended) && !was_in {
                    c.fail(&record, format!("{code} leaves or is suspended without having joined"));
                }
            }
        }
    }

    let mut seen_events = HashSet::new();
    for entry in &file.events {
        let record = entry.event.as_str();
        if !seen_events.insert(record) {
            c.fail(record, "event listed twice");
        }
        let Some(event) = atlas.summits.events.iter().find(|e| e.id == entry.event) else {
            c.fail(record, "unknown event");
            continue;
        };
        if let Some(reason) = &entry.not_recorded {
            if reason.trim().is_empty() {
                c.fail(record, "not recorded without a reason");
            }
            let given = entry.membership.is_some() || !entry.states.is_empty() || !entry.absent.is_empty() || !entry.others.is_empty();
            if given || !entry.sources.is_empty() {
                c.fail(record, "not recorded, yet participants or sources are given");
            }
            continue;
        }
        let key = event_key(event);
        let membership = entry.membership.as_deref();
        let timeline = file.memberships.iter().find(|m| m.organization == event.organization);
        if let Some(org) = membership {
            if org != event.organization {
                c.fail(record, format!("derived from the membership of {org}, but the event is {}'s", event.organization));
            }
            match file.memberships.iter().find(|m| m.organization == org) {
                None => c.fail(record, format!("no membership recorded for {org}")),
                Some(m) => {
                    let first = m.changes.first().map(change_key).unwrap_or(u32::MAX);
                    if key < first {
                        c.fail(record, format!("the event is before the first recorded membership of {org}"));
                    }
                    let event_month = (event.last().year, event.last().month);
                    let ambiguous = m.changes.iter().any(|ch| ch.date.day.is_none() && (ch.date.year, ch.date.month) == event_month);
                    if ambiguous || (event.last().day.is_none() && m.changes.iter().any(|ch| (ch.date.year, ch.date.month) == event_month))
                    {
                        c.fail(record, "a membership change and the event fall in the same month without both days known");
                    }
                    let derived = derive(m, &entry.statuses, key);
                    if derived.is_empty() {
                        c.fail(record, "the membership gives no state on the event's date");
                    }
                    for code in &entry.absent {
                        if !derived.iter().any(|(d, _)| d == code) {
                            c.fail(record, format!("{code} is marked absent but is not in the derived list"));
                        }
                    }
                    for s in &entry.states {
                        if derived.iter().any(|(d, _)| *d == s.code) {
                            c.fail(record, format!("{} is listed and also derived", s.code));
                        }
                    }
                }
            }
            if entry.statuses.is_empty() || entry.statuses.iter().any(|s| s.role().is_none()) {
                c.fail(record, "a derived list must take members, associates or observers");
            }
        } else {
            if entry.states.is_empty() {
                c.fail(record, "no membership and no states: record the list, or say why it is not recorded");
            }
            if !entry.absent.is_empty() {
                c.fail(record, "absent states without a derived list");
            }
            if entry.sources.is_empty() {
                c.fail(record, "no source");
            }
        }
        if !entry.sources.is_empty() {
            // A derived list may rely on the membership changes' sources alone.
            c.sources(record, &entry.sources);
        }
        let mut listed = HashSet::new();
        for s in &entry.states {
            if !codes.contains(s.code.as_str()) {
                c.fail(record, format!("unknown country {}", s.code));
            }
            if !listed.insert(s.code.as_str()) {
                c.fail(record, format!("{} listed twice", s.code));
            }
            existed(&mut c, record, &s.code, key, "event's date");
            if let (Some(m), super::Role::Member | super::Role::Associate) = (timeline, s.role) {
                let standing = standings(m, key).into_iter().find(|(code, _)| *code == s.code).map(|(_, st)| st);
                if !matches!(standing, Some(Status::Member | Status::Associate)) {
                    c.fail(
                        record,
                        format!("{} is listed as a member but was not a member of {} on {}", s.code, m.organization, event.last()),
                    );
                }
            }
        }
        if let Some(m) = membership.and_then(|org| file.memberships.iter().find(|m| m.organization == org)) {
            for (code, _) in derive(m, &entry.statuses, key) {
                existed(&mut c, record, code, key, "event's date");
            }
        }
        for o in &entry.others {
            c.names(record, "participant name", &o.name, false);
        }
    }
    for event in &atlas.summits.events {
        if COVERED_ORGANIZATIONS.contains(&event.organization.as_str()) && !file.events.iter().any(|e| e.event == event.id) {
            c.fail(&event.id, "no participation record (derive it, list it, or say why it is not recorded)");
        }
    }
    c.problems
}
