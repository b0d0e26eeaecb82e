//! The embedded data set: Astana's twin cities, the international events it hosted, the
//! states that took part in them and the chart's notes on key moments.
//!
//! The JSON files in this folder are the source of truth. `build.rs` checks them against
//! the types in `model.rs` and `participation_model.rs`, derives every event's participants
//! (`derive.rs`) and writes it all in postcard's compact binary form, which is compiled in
//! and decoded once: the WebAssembly carries no JSON parser. Every record carries its
//! sources; `validate` checks the whole set and the native tests fail on any breach.

mod date;
/// Native only: the browser gets the lists `build.rs` derived.
#[cfg(not(target_arch = "wasm32"))]
mod derive;
mod model;
mod participation;
mod participation_model;
mod validate;

pub use date::PartialDate;
pub use model::*;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) use participation::fixtures;
pub use participation::{install_participation, participation, Participants, Participation, PARTICIPATION_FILE, PARTICIPATION_VERSION};
#[cfg(not(target_arch = "wasm32"))]
pub use participation::{participation_bytes, world_files, WorldFiles};
pub use participation_model::{
    fnv1a64, Basis, Change, CountriesFile, CountryCode, CountryRow, EventEntry, EventParticipants, Membership, Other, ParticipantsFile,
    Role, Since, StateEntry, Status, Unassigned, World, WorldCountry,
};
pub use validate::{validate, validate_world, Problem};
#[cfg(not(target_arch = "wasm32"))]
pub use validate::{validate_world_files, COVERED_ORGANIZATIONS};

use crate::lang::Lang;
use std::sync::OnceLock;

/// The data files as written (native builds only: tests and tools read them).
#[cfg(not(target_arch = "wasm32"))]
pub const TWIN_CITIES_JSON: &str = include_str!("twin_cities.json");
/// The summits file as written (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub const SUMMITS_JSON: &str = include_str!("summits.json");
/// The countries file as written (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub const COUNTRIES_JSON: &str = include_str!("countries.json");
/// The chart's annotations file as written (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub const ANNOTATIONS_JSON: &str = include_str!("annotations.json");
/// The participants file as written (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub const PARTICIPANTS_JSON: &str = include_str!("participants.json");
/// The data in postcard form, as `build.rs` wrote it.
const ATLAS_POSTCARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/atlas.postcard"));

impl Names {
    /// The text in `lang`, if it is known.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(self.en.as_str()),
            Lang::Ru => self.ru.as_deref(),
            Lang::Kk => self.kk.as_deref(),
        }
    }

    /// The text in `lang`, or the English text when it is unknown in `lang`.
    pub fn or_en(&self, lang: Lang) -> &str {
        self.get(lang).unwrap_or(&self.en)
    }

    /// Whether `lang` falls back to English (so the interface can mark it).
    pub fn is_fallback(&self, lang: Lang) -> bool {
        self.get(lang).is_none()
    }

    /// The forms that are known: English, then Russian and Kazakh where given.
    pub fn forms(&self) -> impl Iterator<Item = &String> {
        [Some(&self.en), self.ru.as_ref(), self.kk.as_ref()].into_iter().flatten()
    }

    /// Whether any of the three forms contains `needle` (case-insensitive).
    pub fn contains(&self, needle_lower: &str) -> bool {
        self.forms().any(|n| crate::lang::fold(n).contains(needle_lower))
    }

    /// Whether any of the three forms starts with `needle` (case-insensitive).
    pub fn starts_with(&self, needle_lower: &str) -> bool {
        self.forms().any(|n| crate::lang::fold(n).starts_with(needle_lower))
    }
}

/// The data of the first load, parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct Atlas {
    pub twin: TwinCities,
    pub summits: Summits,
    /// Every country's codes, sorted by alpha-2 (the indexes of `World::countries`); the
    /// names, points and participants come with `participation()`.
    pub codes: Vec<CountryCode>,
    /// The chart's notes on key moments, in date order.
    pub annotations: Vec<Annotation>,
}

/// The article the project is built from.
pub const ARTICLE_URL: &str = "https://doi.org/10.48371/ISMO.2023.51.1.007";

impl Atlas {
    /// Parses the two JSON texts, with the participation files as committed (native
    /// builds: the tests' way in).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(twin_json: &str, summits_json: &str) -> Result<Atlas, String> {
        Atlas::parse_all(twin_json, summits_json, COUNTRIES_JSON, PARTICIPANTS_JSON).map(|(atlas, _, _)| atlas)
    }

    /// Parses all four JSON texts and derives the participants as `build.rs` does; also
    /// returns the participation data and the parsed participation files, which
    /// `validate_world_files` checks.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse_all(
        twin_json: &str,
        summits_json: &str,
        countries_json: &str,
        participants_json: &str,
    ) -> Result<(Atlas, World, WorldFiles), String> {
        let twin = serde_json::from_str(twin_json).map_err(|e| format!("twin_cities.json: {e}"))?;
        let summits = serde_json::from_str(summits_json).map_err(|e| format!("summits.json: {e}"))?;
        let files = WorldFiles::parse(countries_json, participants_json)?;
        let world = derive::build_world(&summits, &files.countries, &files.participants, participation::native_points()?);
        let annotations = Atlas::parse_annotations(ANNOTATIONS_JSON)?;
        Ok((Atlas { twin, summits, codes: world.codes(), annotations }, world, files))
    }

    /// Parses an annotations file (native builds: the build's check, and the tests').
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse_annotations(json: &str) -> Result<Vec<Annotation>, String> {
        serde_json::from_str::<Annotations>(json).map(|a| a.annotations).map_err(|e| format!("annotations.json: {e}"))
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.twin.countries.iter().find(|c| c.code == code)
    }

    /// The name of a city's country in `lang` (in English where `lang` has none; empty for
    /// a country code the data lacks, which `validate` rules out).
    pub fn country_name(&self, city: &City, lang: Lang) -> &str {
        self.country(&city.country).map(|k| k.name.or_en(lang)).unwrap_or_default()
    }

    /// The great-circle distance from Astana to a city, in km.
    pub fn distance_km(&self, city: &City) -> f64 {
        let origin = &self.twin.origin;
        crate::geo::great_circle::distance_km((origin.lon, origin.lat), (city.lon, city.lat))
    }

    pub fn city_index(&self, id: &str) -> Option<usize> {
        self.twin.cities.iter().position(|c| c.id == id)
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.summits.events.iter().position(|e| e.id == id)
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.summits.organizations.iter().find(|o| o.id == id)
    }

    /// How many distinct countries hold the given cities.
    pub fn country_count<'a>(cities: impl Iterator<Item = &'a City>) -> usize {
        let mut codes: Vec<&str> = cities.map(|c| c.country.as_str()).collect();
        crate::order::sort_dedup(&mut codes);
        codes.len()
    }

    /// The region of a city, through its country.
    pub fn region_of(&self, city: &City) -> Option<Region> {
        self.country(&city.country).map(|c| c.region)
    }

    /// The earliest and latest years in the data (agreements and events).
    pub fn year_span(&self) -> (u16, u16) {
        let years =
            self.twin.cities.iter().filter_map(|c| c.year).chain(self.summits.events.iter().flat_map(|e| [e.start.year, e.last().year]));
        years.fold((u16::MAX, u16::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)))
    }
}

static ATLAS: OnceLock<Result<Atlas, String>> = OnceLock::new();

/// The embedded data, decoded on first use. An `Err` means the build embedded broken data,
/// which the data tests rule out; the app shows the message instead of panicking.
pub fn load() -> Result<&'static Atlas, &'static str> {
    ATLAS
        .get_or_init(|| {
            postcard::from_bytes::<(TwinCities, Summits, Vec<CountryCode>, Vec<Annotation>)>(ATLAS_POSTCARD)
                .map(|(twin, summits, codes, annotations)| Atlas { twin, summits, codes, annotations })
                .map_err(|e| format!("embedded data: {e}"))
        })
        .as_ref()
        .map_err(String::as_str)
}

/// Test data for escaping: a copy of the embedded atlas with [`HOSTILE`] appended to every
/// string of it (ids, codes, names, notes, facts, source titles and URLs; a reference gets
/// the same suffix as what it refers to, so lookups still work). Enum slugs and dates stay.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn hostile_atlas() -> Atlas {
    fn spoil(v: &mut serde_json::Value, key: &str) {
        match v {
            serde_json::Value::String(s)
                if !["region", "kind", "city_name", "confidence", "relation", "start", "end", "date"].contains(&key) =>
            {
                s.push_str(HOSTILE)
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|x| spoil(x, key)),
            serde_json::Value::Object(fields) => fields.iter_mut().for_each(|(k, x)| spoil(x, k)),
            _ => {}
        }
    }
    let atlas = load().expect("embedded data");
    let mut twin = serde_json::to_value(&atlas.twin).unwrap();
    let mut summits = serde_json::to_value(&atlas.summits).unwrap();
    let mut notes = serde_json::to_value(&atlas.annotations).unwrap();
    spoil(&mut twin, "");
    spoil(&mut summits, "");
    spoil(&mut notes, "");
    Atlas {
        twin: serde_json::from_value(twin).unwrap(),
        summits: serde_json::from_value(summits).unwrap(),
        codes: atlas.codes.clone(),
        annotations: serde_json::from_value(notes).unwrap(),
    }
}

/// What [`hostile_atlas`] appends to every string: each character HTML must escape.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) const HOSTILE: &str = "<&\"'>";
