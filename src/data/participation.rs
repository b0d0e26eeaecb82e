//! Who took part in each event, and what each country took part in: the API the map, the
//! chart and the cards read. Pure (no `web_sys`), over the lists `build.rs` precomputed
//! (`derive.rs`), so each call is a lookup, not a derivation.

use super::participation_model::{Basis, EventParticipants, Role, WorldCountry};
use super::{Atlas, Names, Organization, Source};

/// One event's participants as the card and the map use them.
#[derive(Clone, Debug, PartialEq)]
pub struct Participants<'a> {
    /// False when no list is recorded: the card says "participants not recorded" and the map
    /// draws nothing.
    pub recorded: bool,
    pub basis: Basis,
    /// The organization whose membership the list is derived from.
    pub organization: Option<&'a Organization>,
    /// `Atlas::world_country` indexes with roles, in code order, each once.
    pub states: &'a [(u16, Role)],
    /// Bodies that are not states (the UN, the Syrian opposition), with roles: listed, not drawn.
    pub others: Vec<(&'a Names, Role)>,
    /// Whether the sources give every state that took part.
    pub complete: bool,
    /// In English: a caveat, or why the list is not recorded.
    pub note: Option<&'a str>,
    pub sources: Vec<&'a Source>,
}

impl Participants<'_> {
    /// How many states took part.
    pub fn count(&self) -> usize {
        self.states.len()
    }

    /// The role of the country at `index`, if it took part.
    pub fn role_of(&self, index: usize) -> Option<Role> {
        let i = self.states.binary_search_by_key(&index, |&(c, _)| usize::from(c)).ok()?;
        Some(self.states[i].1)
    }

    /// The participating countries with their roles.
    pub fn iter(&self) -> impl Iterator<Item = (usize, Role)> + '_ {
        self.states.iter().map(|&(c, r)| (usize::from(c), r))
    }
}

static NONE: EventParticipants = EventParticipants {
    basis: Basis::NotRecorded,
    states: Vec::new(),
    others: Vec::new(),
    complete: false,
    note: None,
    sources: Vec::new(),
};

impl Atlas {
    /// Every country the atlas can name, sorted by ISO alpha-2 code.
    pub fn world_countries(&self) -> &[WorldCountry] {
        &self.world.countries
    }

    /// The country at `index` (from `country_by_alpha2`, a participant list, …).
    pub fn world_country(&self, index: usize) -> Option<&WorldCountry> {
        self.world.countries.get(index)
    }

    /// The index of the country with this ISO alpha-2 code, in either case.
    pub fn country_by_alpha2(&self, code: &str) -> Option<usize> {
        let upper = code.to_ascii_uppercase();
        self.world.countries.binary_search_by(|c| c.code.as_str().cmp(upper.as_str())).ok()
    }

    /// The index of the country of a map shape, by its ISO numeric id (`CountryShape::numeric`);
    /// `None` for shapes without a code (Kosovo, N. Cyprus, Somaliland).
    pub fn country_by_numeric(&self, numeric: &str) -> Option<usize> {
        let n: u16 = numeric.parse().ok()?;
        self.world.countries.iter().position(|c| c.numeric == n)
    }

    /// Who took part in the event at `event` (an index of `summits.events`); an index with
    /// no entry is "not recorded".
    pub fn participants(&self, event: usize) -> Participants<'_> {
        let e = self.world.events.get(event).unwrap_or(&NONE);
        let organization = match e.basis {
            Basis::Membership(i) => self.summits.organizations.get(usize::from(i)),
            _ => None,
        };
        Participants {
            recorded: e.basis != Basis::NotRecorded,
            basis: e.basis,
            organization,
            states: &e.states,
            others: e.others.iter().filter_map(|&(i, r)| Some((self.world.bodies.get(usize::from(i))?, r))).collect(),
            complete: e.complete,
            note: e.note.as_deref(),
            sources: e.sources.iter().filter_map(|&i| self.world.sources.get(usize::from(i))).collect(),
        }
    }

    /// The events the country took part in (any role), newest first.
    pub fn events_of_country(&self, code: &str) -> Vec<usize> {
        let Some(country) = self.country_by_alpha2(code) else { return Vec::new() };
        let mut out: Vec<usize> = (0..self.summits.events.len()).filter(|&i| self.participants(i).role_of(country).is_some()).collect();
        let key = |i: usize| {
            let e = &self.summits.events[i];
            (e.start.ordinal_key(), e.last().ordinal_key_late(), i)
        };
        out.sort_unstable_by_key(|&i| std::cmp::Reverse(key(i)));
        out
    }

    /// The country's twin, sister and partner cities (indexes of `twin.cities`), in data order.
    pub fn cities_of_country(&self, code: &str) -> Vec<usize> {
        self.twin.cities.iter().enumerate().filter(|(_, c)| c.country.eq_ignore_ascii_case(code)).map(|(i, _)| i).collect()
    }

    /// The sources of the country names and codes.
    pub fn country_sources(&self) -> Vec<&Source> {
        self.world.country_sources.iter().filter_map(|&i| self.world.sources.get(usize::from(i))).collect()
    }
}

/// The two participation files, parsed (native builds: the validator reads them).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug, PartialEq)]
pub struct WorldFiles {
    pub countries: super::CountriesFile,
    pub participants: super::ParticipantsFile,
}

#[cfg(not(target_arch = "wasm32"))]
impl WorldFiles {
    /// Parses `countries.json` and `participants.json` texts.
    pub fn parse(countries_json: &str, participants_json: &str) -> Result<WorldFiles, String> {
        Ok(WorldFiles {
            countries: serde_json::from_str(countries_json).map_err(|e| format!("countries.json: {e}"))?,
            participants: serde_json::from_str(participants_json).map_err(|e| format!("participants.json: {e}"))?,
        })
    }
}

/// The committed participation files, parsed once.
#[cfg(not(target_arch = "wasm32"))]
pub fn world_files() -> &'static WorldFiles {
    use std::sync::OnceLock;
    static FILES: OnceLock<WorldFiles> = OnceLock::new();
    // The committed files parse: build.rs parses them before anything is compiled.
    FILES.get_or_init(|| WorldFiles::parse(super::COUNTRIES_JSON, super::PARTICIPANTS_JSON).expect("participation files parse"))
}

/// Each country shape's point, computed from the committed outlines as `build.rs` does, once.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn native_points() -> Result<&'static [crate::geo::points::CountryPoint], String> {
    use crate::geo::points::{self, CountryPoint};
    use crate::geo::topojson::Topology;
    use std::sync::OnceLock;
    static POINTS: OnceLock<Result<Vec<CountryPoint>, String>> = OnceLock::new();
    POINTS
        .get_or_init(|| {
            let topology = Topology::parse(include_str!("countries-110m.json"))?;
            points::country_points(&topology, &points::LEFT_OUT)
        })
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load;

    fn atlas() -> &'static Atlas {
        load().unwrap()
    }

    fn codes<'a>(a: &'a Atlas, event: &str) -> Vec<&'a str> {
        let p = a.participants(a.event_index(event).unwrap());
        p.iter().map(|(c, _)| a.world_country(c).unwrap().code.as_str()).collect()
    }

    #[test]
    fn codes_are_found_in_either_case_and_shapes_by_numeric() {
        let a = atlas();
        let tr = a.country_by_alpha2("tr").unwrap();
        assert_eq!(a.country_by_alpha2("TR"), Some(tr));
        assert_eq!(a.world_country(tr).unwrap().numeric, 792);
        assert_eq!(a.country_by_numeric("792"), Some(tr));
        assert_eq!(a.country_by_numeric(""), None, "Kosovo's shape has no code");
        assert_eq!(a.country_by_alpha2("XK"), None, "no code is invented for Kosovo");
        assert_eq!(a.country_by_alpha2("T"), None);
    }

    #[test]
    fn an_event_with_no_entry_is_not_recorded_and_out_of_range_is_safe() {
        let a = atlas();
        let expo = a.participants(a.event_index("expo-2017").unwrap());
        assert!(!expo.recorded && expo.states.is_empty() && expo.sources.is_empty());
        let none = a.participants(usize::MAX);
        assert!(!none.recorded && none.count() == 0);
        let scheduled = a.participants(a.event_index("seec-2026").unwrap());
        assert!(!scheduled.recorded);
        assert!(scheduled.note.unwrap().contains("not yet held"));
    }

    #[test]
    fn the_sco_enlarged_at_astana_in_2017_and_2024() {
        let a = atlas();
        let y2011 = codes(a, "sco-summit-2011");
        let y2017 = codes(a, "sco-summit-2017");
        let y2024 = codes(a, "sco-summit-2024");
        let p2011 = a.participants(a.event_index("sco-summit-2011").unwrap());
        let india = a.country_by_alpha2("IN").unwrap();
        assert_eq!(p2011.role_of(india), Some(Role::Observer), "an observer in 2011");
        assert_eq!(a.participants(a.event_index("sco-summit-2017").unwrap()).role_of(india), Some(Role::Member));
        assert!(y2011.contains(&"IN") && y2017.contains(&"PK"));
        let by = a.country_by_alpha2("BY").unwrap();
        assert_eq!(a.participants(a.event_index("sco-summit-2024").unwrap()).role_of(by), Some(Role::Member));
        assert!(!y2024.contains(&"AF"), "Afghanistan did not attend in 2024");
    }

    #[test]
    fn derived_lists_name_their_organization_and_cite_the_changes() {
        let a = atlas();
        let p = a.participants(a.event_index("osce-summit-2010").unwrap());
        assert_eq!(p.organization.map(|o| o.id.as_str()), Some("osce"));
        assert!(p.sources.iter().any(|s| s.url.as_deref() == Some("https://www.osce.org/cio/47461")));
        assert!(!p.sources.iter().any(|s| s.title.contains("Mongolia becomes 57th")), "a later change is not cited");
    }

    #[test]
    fn bodies_that_are_not_states_are_listed_apart() {
        let a = atlas();
        let p = a.participants(a.event_index("astana-syria-round-22").unwrap());
        let bodies: Vec<&str> = p.others.iter().map(|(n, _)| n.en.as_str()).collect();
        assert!(bodies.contains(&"United Nations") && bodies.contains(&"Syrian armed opposition"));
        // The fact sheet: 11 delegations, 7 states and 4 bodies.
        assert_eq!(p.count() + p.others.len(), 11);
        let un = p.others.iter().find(|(n, _)| n.en == "United Nations").unwrap();
        assert_eq!(un.0.kk.as_deref(), Some("Біріккен Ұлттар Ұйымы"));
    }

    #[test]
    fn countries_without_a_shape_have_no_point() {
        let a = atlas();
        let malta = a.world_country(a.country_by_alpha2("MT").unwrap()).unwrap();
        assert_eq!(malta.point, None);
        let (lon, lat) = a.world_country(a.country_by_alpha2("KZ").unwrap()).unwrap().lon_lat().unwrap();
        assert!((46.0..88.0).contains(&lon) && (40.0..56.0).contains(&lat), "{lon} {lat}");
    }
}
