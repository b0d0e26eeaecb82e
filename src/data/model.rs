//! The serde types of the two data files, with no dependency on the rest of the crate:
//! `build.rs` includes this file to turn the JSON into the compact form the app embeds.

use super::date::PartialDate;
use serde::{Deserialize, Serialize};

/// A name or text in the three languages; `None` means "not known in this language".
///
/// `ru` and `kk` must be present in the JSON, as a string or as an explicit `null`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Names {
    pub en: String,
    #[serde(deserialize_with = "Option::deserialize")]
    pub ru: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    pub kk: Option<String>,
}

/// One cited source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub url: Option<String>,
}

/// How sure the sources are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Confidence {
    /// The stable slug used in downloads and CSS classes (as in the JSON).
    pub fn slug(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

/// The kind of tie between Astana and a partner city.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Twin,
    Sister,
    Partner,
    Cooperation,
}

impl Relation {
    /// The stable slug used in downloads and the static tables (as in the JSON).
    pub fn slug(self) -> &'static str {
        match self {
            Relation::Twin => "twin",
            Relation::Sister => "sister",
            Relation::Partner => "partner",
            Relation::Cooperation => "cooperation",
        }
    }
}

/// The world regions the map can filter by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    Europe,
    Asia,
    MiddleEastAfrica,
    Americas,
}

impl Region {
    pub const ALL: [Region; 4] = [Region::Europe, Region::Asia, Region::MiddleEastAfrica, Region::Americas];

    /// The stable slug used in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Region::Europe => "europe",
            Region::Asia => "asia",
            Region::MiddleEastAfrica => "middle-east-africa",
            Region::Americas => "americas",
        }
    }
}

/// A country that holds a partner city (or Kazakhstan itself).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    /// ISO 3166-1 numeric, as Natural Earth's `id`.
    pub numeric: String,
    pub name: Names,
    pub region: Region,
}

/// Astana itself, the origin of every arc.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    pub id: String,
    pub name: Names,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// A twin, sister or partner city of Astana.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct City {
    pub id: String,
    pub name: Names,
    /// ISO alpha-2 of the country.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    /// Year the agreement was signed, when a source gives it.
    pub year: Option<u16>,
    pub relation: Relation,
    pub confidence: Confidence,
    /// Whether the 2023 article names this city.
    pub in_article: bool,
    /// Where sources conflict or are thin, in plain words (card text: empty in the
    /// browser's copy, see [`TwinCities::without_card_texts`]).
    pub note: Option<Names>,
    /// Card text.
    pub sources: Vec<Source>,
}

impl TwinCities {
    /// The file without what only the cards show (notes, sources): the browser's copy. The
    /// cards' bodies are written at build time (`fragments::card_texts_json`) and fetched
    /// when first wanted, so the first load does not carry them.
    pub fn without_card_texts(mut self) -> TwinCities {
        for c in &mut self.cities {
            c.note = None;
            c.sources.clear();
        }
        self
    }
}

/// The twin-cities file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TwinCities {
    pub origin: Origin,
    pub countries: Vec<Country>,
    pub cities: Vec<City>,
}

/// What sort of gathering an event was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Summit,
    Negotiations,
    Forum,
    Congress,
    Sport,
    Expo,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Summit, Kind::Negotiations, Kind::Forum, Kind::Congress, Kind::Sport, Kind::Expo];

    /// The stable slug used in URLs and CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Summit => "summit",
            Kind::Negotiations => "negotiations",
            Kind::Forum => "forum",
            Kind::Congress => "congress",
            Kind::Sport => "sport",
            Kind::Expo => "expo",
        }
    }
}

/// The city's official name on the day of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CityName {
    Akmola,
    Astana,
    NurSultan,
}

impl CityName {
    /// The stable slug used in downloads (as in the JSON).
    pub fn slug(self) -> &'static str {
        match self {
            CityName::Akmola => "akmola",
            CityName::Astana => "astana",
            CityName::NurSultan => "nur-sultan",
        }
    }

    /// The official name in force on a date (decrees of 6 May 1998, 23 Mar 2019, 17 Sep 2022).
    pub fn on(date: PartialDate) -> CityName {
        let d = date.ordinal_key();
        if d < PartialDate::ymd(1998, 5, 6).ordinal_key() {
            CityName::Akmola
        } else if d < PartialDate::ymd(2019, 3, 23).ordinal_key() {
            CityName::Astana
        } else if d < PartialDate::ymd(2022, 9, 17).ordinal_key() {
            CityName::NurSultan
        } else {
            CityName::Astana
        }
    }
}

/// An organiser (or family of organisers) of hosted events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub short: Names,
    pub name: Names,
}

/// One international event held in Astana.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub name: Names,
    /// `Organization::id`.
    pub organization: String,
    pub kind: Kind,
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    pub city_name: CityName,
    /// Why the name has no Kazakh or Russian form (no standard one was found), shown in
    /// English in those languages; `null` when the name exists in all three.
    #[serde(deserialize_with = "Option::deserialize")]
    pub name_untranslated: Option<String>,
    /// One line in the three languages: our own sentence, so always translated. (Card
    /// text: empty in the browser's copy, see [`Summits::without_card_texts`].)
    pub fact: Names,
    /// As the source gives it, in the three languages (card text).
    pub participants: Option<Names>,
    /// Whether the 2023 article names this event.
    pub in_article: bool,
    pub confidence: Confidence,
    /// Card text.
    pub sources: Vec<Source>,
}

impl Event {
    /// The last day of the event (the start when no end is known).
    pub fn last(&self) -> PartialDate {
        self.end.unwrap_or(self.start)
    }
}

/// Where the article is wrong, shown in the About panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub id: String,
    pub text: Names,
    /// The event the correction concerns, if it is one of ours.
    pub event: Option<String>,
    pub sources: Vec<Source>,
}

/// The summits file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summits {
    pub organizations: Vec<Organization>,
    pub events: Vec<Event>,
    /// Shown in the About panel (card text: empty in the browser's copy).
    pub corrections: Vec<Correction>,
}

impl Summits {
    /// The file without what only the cards and the About panel show (facts, participants
    /// lines, sources, corrections): the browser's copy, as for [`TwinCities`].
    pub fn without_card_texts(mut self) -> Summits {
        for e in &mut self.events {
            e.fact = Names { en: String::new(), ru: None, kk: None };
            e.participants = None;
            e.sources.clear();
        }
        self.corrections.clear();
        self
    }
}

/// A key moment noted on the chart: a short text in the three languages, the day it marks
/// and, when it is about one of the events, that event's id (its mark is what the note
/// points to; a note with no event points to its date on the time axis).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    pub id: String,
    pub date: PartialDate,
    /// `Event::id`, or an explicit `null`.
    #[serde(deserialize_with = "Option::deserialize")]
    pub event: Option<String>,
    /// Our own sentence, short enough for a phone: always in all three languages.
    pub text: Names,
    pub sources: Vec<Source>,
}

/// The annotations file, notes in date order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    pub annotations: Vec<Annotation>,
}
