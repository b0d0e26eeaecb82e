//! Who took part in each event, and what each country took part in: the API the map, the
//! chart and the cards read. Pure (no `web_sys`), over the lists `build.rs` precomputed
//! (`derive.rs`), so each call is a lookup, not a derivation.
//!
//! The first load carries only the country codes (`Atlas::codes`: the map's `data-country`,
//! `?country=`); names, points and participants are `World`, which the browser fetches from
//! `PARTICIPATION_FILE` (with `?v=` and `PARTICIPATION_VERSION`, so no stale copy is used)
//! and hands to `install_participation`. Native builds embed it: `participation()` is then
//! always there.

use super::participation_model::{fnv1a64, Basis, CountryCode, EventParticipants, Role, World, WorldCountry};
use super::{load, Atlas, Names, Organization, Source};
use std::sync::OnceLock;

/// Where the participation data is served, relative to the page.
pub const PARTICIPATION_FILE: &str = "public/participation.bin";

/// The FNV-1a hash (hex) of the participation data this build expects: fetch
/// `PARTICIPATION_FILE?v=PARTICIPATION_VERSION`, and `install_participation` refuses
/// other bytes.
pub const PARTICIPATION_VERSION: &str = env!("PARTICIPATION_VERSION");

/// The participation data as `build.rs` wrote it (native builds embed it).
#[cfg(not(target_arch = "wasm32"))]
const PARTICIPATION_POSTCARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/participation.postcard"));

/// The bytes `PARTICIPATION_FILE` must hold (native builds: the test that keeps it current).
#[cfg(not(target_arch = "wasm32"))]
pub fn participation_bytes() -> &'static [u8] {
    PARTICIPATION_POSTCARD
}

static WORLD: OnceLock<World> = OnceLock::new();

/// Decodes and keeps the participation data, once; the bytes must be this build's version
/// and match the first load's country codes. Later calls return what is kept.
pub fn install_participation(bytes: &[u8]) -> Result<Participation<'static>, String> {
    let atlas = load()?;
    if format!("{:016x}", fnv1a64(bytes)) != PARTICIPATION_VERSION {
        return Err("participation data: not the version this build expects".into());
    }
    if WORLD.get().is_none() {
        let world: World = postcard::from_bytes(bytes).map_err(|e| format!("participation data: {e}"))?;
        if world.codes() != atlas.codes || world.events.len() != atlas.summits.events.len() {
            return Err("participation data: does not match the embedded data".into());
        }
        let _ = WORLD.set(world);
    }
    participation().ok_or_else(|| "participation data: not kept".into())
}

/// The participation data, once installed (native builds: always, from the embedded copy).
pub fn participation() -> Option<Participation<'static>> {
    #[cfg(not(target_arch = "wasm32"))]
    if WORLD.get().is_none() {
        // The embedded copy is this build's own: it installs.
        install_participation(PARTICIPATION_POSTCARD).ok()?;
    }
    Some(Participation { atlas: load().ok()?, world: WORLD.get()? })
}

/// One event's participants as the card and the map use them.
#[derive(Clone, Debug, PartialEq)]
pub struct Participants<'a> {
    /// False when no list is recorded: the card says "participants not recorded" and the map
    /// draws nothing.
    pub recorded: bool,
    /// Where the list comes from.
    pub basis: Basis,
    /// The organization whose membership the list is derived from, on the event's last day
    /// (`Event::last`): the card says "members of … on …", not who attended.
    pub organization: Option<&'a Organization>,
    /// `Participation::country` indexes (the same as `Atlas::codes`) with roles, in code
    /// order, each once.
    pub states: &'a [(u16, Role)],
    /// Bodies that are not states (the UN, the Syrian opposition), with roles: listed, not drawn.
    pub others: Vec<(&'a Names, Role)>,
    /// Whether the list holds every state that took part (see `EventEntry::complete`).
    pub complete: bool,
    /// In English: a caveat, or why the list is not recorded.
    pub note: Option<&'a str>,
    /// Where the list and the memberships behind it are documented.
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
    /// Every country's codes, sorted by alpha-2 (their indexes are the country indexes).
    pub fn country_codes(&self) -> &[CountryCode] {
        &self.codes
    }

    /// The index of the country with this ISO alpha-2 code, in either case.
    pub fn country_by_alpha2(&self, code: &str) -> Option<usize> {
        let upper = code.to_ascii_uppercase();
        self.codes.binary_search_by(|c| c.code.as_str().cmp(upper.as_str())).ok()
    }

    /// The index of the country of a map shape, by its ISO numeric id (`CountryShape::numeric`);
    /// `None` for shapes without a code (Kosovo, N. Cyprus, Somaliland).
    pub fn country_by_numeric(&self, numeric: &str) -> Option<usize> {
        let n: u16 = numeric.parse().ok()?;
        self.codes.iter().position(|c| c.numeric == n)
    }

    /// The country's twin, sister and partner cities (indexes of `twin.cities`), in data order.
    pub fn cities_of_country(&self, code: &str) -> Vec<usize> {
        self.twin.cities.iter().enumerate().filter(|(_, c)| c.country.eq_ignore_ascii_case(code)).map(|(i, _)| i).collect()
    }
}

/// The first load's data with the participation data: every lookup that needs names, points
/// or participants.
#[derive(Clone, Copy, Debug)]
pub struct Participation<'a> {
    /// The first load's data.
    pub atlas: &'a Atlas,
    /// The fetched (or, natively, embedded) participation data.
    pub world: &'a World,
}

impl<'a> Participation<'a> {
    /// The two together (tests build them from edited files).
    pub fn new(atlas: &'a Atlas, world: &'a World) -> Participation<'a> {
        Participation { atlas, world }
    }

    /// Every country the atlas can name, sorted by ISO alpha-2 code.
    pub fn countries(&self) -> &'a [WorldCountry] {
        &self.world.countries
    }

    /// The country at `index` (from `country_by_alpha2`, a participant list, …).
    pub fn country(&self, index: usize) -> Option<&'a WorldCountry> {
        self.world.countries.get(index)
    }

    /// Who took part in the event at `event` (an index of `summits.events`); an index with
    /// no entry is "not recorded".
    pub fn participants(&self, event: usize) -> Participants<'a> {
        let e = self.world.events.get(event).unwrap_or(&NONE);
        let organization = match e.basis {
            Basis::Membership(i) => self.atlas.summits.organizations.get(usize::from(i)),
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
        let Some(country) = self.atlas.country_by_alpha2(code) else { return Vec::new() };
        let events = &self.atlas.summits.events;
        let mut out: Vec<usize> = (0..events.len()).filter(|&i| self.participants(i).role_of(country).is_some()).collect();
        let key = |i: usize| (events[i].start.ordinal_key(), events[i].last().ordinal_key_late(), i);
        crate::order::sort_items(&mut out, &|&a, &b| key(b).cmp(&key(a)));
        out
    }

    /// The sources of the country names and codes.
    pub fn country_sources(&self) -> Vec<&'a Source> {
        self.world.country_sources.iter().filter_map(|&i| self.world.sources.get(usize::from(i))).collect()
    }
}

/// The two participation files, parsed (native builds: the validator reads them).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug, PartialEq)]
pub struct WorldFiles {
    /// `countries.json`.
    pub countries: super::CountriesFile,
    /// `participants.json`.
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn atlas() -> Participation<'static> {
        participation().unwrap()
    }

    impl Participation<'static> {
        fn of(&self, event: &str) -> Participants<'static> {
            self.participants(self.atlas.event_index(event).unwrap())
        }

        fn index(&self, code: &str) -> usize {
            self.atlas.country_by_alpha2(code).unwrap()
        }

        fn codes(&self, event: &str) -> Vec<&'static str> {
            self.of(event).iter().map(|(c, _)| self.country(c).unwrap().code.as_str()).collect()
        }
    }

    #[test]
    fn codes_are_found_in_either_case_and_shapes_by_numeric() {
        let a = atlas();
        let tr = a.index("tr");
        assert_eq!(a.atlas.country_by_alpha2("TR"), Some(tr));
        assert_eq!(a.country(tr).unwrap().numeric, 792);
        assert_eq!(a.atlas.country_by_numeric("792"), Some(tr));
        assert_eq!(a.atlas.country_by_numeric(""), None, "Kosovo's shape has no code");
        assert_eq!(a.atlas.country_by_alpha2("XK"), None, "no code is invented for Kosovo");
        assert_eq!(a.atlas.country_by_alpha2("T"), None);
    }

    #[test]
    fn an_event_with_no_entry_is_not_recorded_and_out_of_range_is_safe() {
        let a = atlas();
        let expo = a.of("expo-2017");
        assert!(!expo.recorded && expo.states.is_empty() && expo.sources.is_empty());
        let none = a.participants(usize::MAX);
        assert!(!none.recorded && none.count() == 0);
        let scheduled = a.of("seec-2026");
        assert!(!scheduled.recorded);
        assert!(scheduled.note.unwrap().contains("not yet held"));
    }

    #[test]
    fn the_sco_enlarged_at_astana_in_2017_and_2024() {
        let a = atlas();
        let india = a.index("IN");
        assert_eq!(a.of("sco-summit-2011").role_of(india), Some(Role::Observer), "an observer in 2011");
        assert_eq!(a.of("sco-summit-2017").role_of(india), Some(Role::Member));
        assert!(a.codes("sco-summit-2017").contains(&"PK"));
        assert_eq!(a.of("sco-summit-2024").role_of(a.index("BY")), Some(Role::Member));
        assert!(!a.codes("sco-summit-2024").contains(&"AF"), "Afghanistan did not attend in 2024");
    }

    #[test]
    fn derived_lists_name_their_organization_and_cite_the_changes() {
        let p = atlas().of("osce-summit-2010");
        assert_eq!(p.organization.map(|o| o.id.as_str()), Some("osce"));
        assert!(p.sources.iter().any(|s| s.url.as_deref() == Some("https://www.osce.org/cio/47461")));
        assert!(!p.sources.iter().any(|s| s.title.contains("Mongolia becomes 57th")), "a later change is not cited");
    }

    #[test]
    fn bodies_that_are_not_states_are_listed_apart() {
        let p = atlas().of("astana-syria-round-22");
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
        assert_eq!(a.country(a.index("MT")).unwrap().point, None);
        let (lon, lat) = a.country(a.index("KZ")).unwrap().lon_lat().unwrap();
        assert!((46.0..88.0).contains(&lon) && (40.0..56.0).contains(&lat), "{lon} {lat}");
    }

    #[test]
    fn only_this_builds_bytes_install() {
        let mut stale = participation_bytes().to_vec();
        stale.push(0);
        assert!(install_participation(&stale).unwrap_err().contains("version"));
        assert!(install_participation(participation_bytes()).is_ok());
        assert_eq!(format!("{:016x}", fnv1a64(participation_bytes())), PARTICIPATION_VERSION);
    }
}

/// What the tests of the participation views share: the data and an event's index.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod fixtures {
    use super::{participation, Participation};

    /// The embedded participation data.
    pub fn p() -> Participation<'static> {
        participation().unwrap()
    }

    /// The index of the event `id`.
    pub fn event(id: &str) -> usize {
        p().atlas.event_index(id).unwrap()
    }
}
