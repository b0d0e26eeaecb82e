//! The serde types of the two participation files (`countries.json`, `participants.json`)
//! and of their compact forms: the country codes the first load carries (`CountryCode`) and
//! the rest (`World`), which the browser fetches as `public/participation.bin` when it needs
//! it, so that the first load stays within its budget. No dependency on the rest of the
//! crate: `build.rs` includes this file and `derive.rs` to precompute every event's list.

use super::date::PartialDate;
use super::model::{Names, Source};
use serde::{Deserialize, Serialize};

/// The part a state (or a body) played at an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A member of the organization (for the CIS: a participating state).
    Member,
    /// An associate member (Turkmenistan in the CIS since 2005).
    Associate,
    /// An observer state (or body) of the organization or the talks.
    Observer,
    /// A dialogue partner of the organization (the SCO's standing below observer).
    Partner,
    /// Invited by the host or the organization without a standing in it.
    Guest,
    /// A guarantor of the Astana talks on Syria (Russia, Turkey, Iran).
    Guarantor,
    /// A party to the talks (the Syrian government; the opposition is not a state).
    Party,
    /// A signatory of a treaty signed at the event.
    Signatory,
    /// Took part without a recorded standing (the 1998 Turkic-speaking summit, before any
    /// organization existed; a state whose standing the sources do not settle).
    Participant,
}

impl Role {
    /// Every role, in the order a legend lists them.
    pub const ALL: [Role; 9] = [
        Role::Member,
        Role::Associate,
        Role::Observer,
        Role::Partner,
        Role::Guest,
        Role::Guarantor,
        Role::Party,
        Role::Signatory,
        Role::Participant,
    ];

    /// The stable slug used in the JSON, CSS classes and downloads.
    pub fn slug(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Associate => "associate",
            Role::Observer => "observer",
            Role::Partner => "partner",
            Role::Guest => "guest",
            Role::Guarantor => "guarantor",
            Role::Party => "party",
            Role::Signatory => "signatory",
            Role::Participant => "participant",
        }
    }
}

/// A state's standing in an organization from a change's date on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A full member (for the CIS: a participating state).
    Member,
    /// An associate member.
    Associate,
    /// An observer state.
    Observer,
    /// Still a member on paper, but its membership or participation is suspended or frozen.
    Suspended,
    /// No longer a member.
    Left,
}

impl Status {
    /// The role a state with this standing has at the organization's events, if it takes part.
    pub fn role(self) -> Option<Role> {
        match self {
            Status::Member => Some(Role::Member),
            Status::Associate => Some(Role::Associate),
            Status::Observer => Some(Role::Observer),
            Status::Suspended | Status::Left => None,
        }
    }
}

fn default_statuses() -> Vec<Status> {
    vec![Status::Member, Status::Associate]
}

fn yes() -> bool {
    true
}

/// A country the atlas can name (`countries.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountryRow {
    /// ISO 3166-1 alpha-2, upper-case.
    pub code: String,
    /// ISO 3166-1 numeric, three digits (Natural Earth's `id`).
    pub numeric: String,
    /// The names in en, ru and kk.
    pub name: Names,
    /// For a state that came into being during the data's period: from when it exists.
    #[serde(default)]
    pub since: Option<Since>,
}

/// The day a state came into being, with its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Since {
    /// The first day it exists.
    pub date: PartialDate,
    /// Where the date comes from.
    pub sources: Vec<Source>,
}

/// A map shape with no ISO 3166-1 code (Kosovo, N. Cyprus, Somaliland): named, never coded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unassigned {
    /// Natural Earth's name for the shape.
    pub shape: String,
    /// Why it has no code, in English.
    pub note: String,
}

/// `countries.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountriesFile {
    /// Where the codes and names come from.
    pub sources: Vec<Source>,
    /// One row per country.
    pub countries: Vec<CountryRow>,
    /// Map shapes without an ISO code.
    pub unassigned: Vec<Unassigned>,
}

/// One change in an organization's membership.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// From this day on; a month without a day counts from the month's end.
    pub date: PartialDate,
    /// The standing the states have from `date` on.
    pub status: Status,
    /// The states on that date rather than a change: their earlier dates are not recorded,
    /// so no list can be derived for an earlier event. Only a first change can be one.
    #[serde(default)]
    pub baseline: bool,
    /// ISO alpha-2 codes.
    pub states: Vec<String>,
    /// In English, as `Event::fact`.
    #[serde(default)]
    pub note: Option<String>,
    /// Where the change is documented.
    pub sources: Vec<Source>,
}

/// An organization's membership over time, kept once (`participants.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    /// `Organization::id` in `summits.json`.
    pub organization: String,
    /// In date order.
    pub changes: Vec<Change>,
}

/// A state named at an event, with its role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StateEntry {
    /// ISO alpha-2.
    pub code: String,
    /// Its part at the event.
    pub role: Role,
}

/// A body that is not a state (the UN, the Syrian opposition): listed, never drawn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Other {
    /// Its name; `ru` and `kk` may be `null` (unknown, never guessed).
    pub name: Names,
    /// Its part at the event.
    pub role: Role,
}

/// Who took part in one event (`participants.json`): derived from a membership, an explicit
/// list, or "not recorded" with the reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventEntry {
    /// `Event::id`.
    pub event: String,
    /// Derive the list from this organization's membership on the event's last day.
    #[serde(default)]
    pub membership: Option<String>,
    /// Which standings the derived list takes (members and associates unless given).
    #[serde(default = "default_statuses")]
    pub statuses: Vec<Status>,
    /// States named explicitly: the whole list, or additions to the derived one.
    #[serde(default)]
    pub states: Vec<StateEntry>,
    /// Derived states that sources say did not take part.
    #[serde(default)]
    pub absent: Vec<String>,
    #[serde(default)]
    /// Bodies that are not states.
    pub others: Vec<Other>,
    /// Whether the list holds every state that took part: for a derived list (which names
    /// the membership, not who attended), false when states outside it took part and are not
    /// recorded (guests of an SCO summit); for an explicit list, false when the sources read
    /// do not name every delegation.
    #[serde(default = "yes")]
    pub complete: bool,
    /// Why the list is not recorded (then nothing else may be given).
    #[serde(default)]
    pub not_recorded: Option<String>,
    /// In English.
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    /// Where the list (or its additions and absences) comes from; a derived list also cites the membership changes.
    pub sources: Vec<Source>,
}

/// `participants.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParticipantsFile {
    /// One per organization.
    pub memberships: Vec<Membership>,
    /// One per event at most.
    pub events: Vec<EventEntry>,
}

/// A country's codes, in the first load (the map's `data-country`, `?country=`); in the same
/// order as `World::countries` (sorted by code).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryCode {
    /// ISO 3166-1 alpha-2, upper-case.
    pub code: String,
    /// ISO 3166-1 numeric.
    pub numeric: u16,
}

/// A country as in `World`: its codes, names and point for arcs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorldCountry {
    /// ISO 3166-1 alpha-2, upper-case.
    pub code: String,
    /// ISO 3166-1 numeric (0 never occurs: Natural Earth's shapes without a code are left out).
    pub numeric: u16,
    /// The names in en, ru and kk.
    pub name: Names,
    /// Longitude and latitude in hundredths of a degree, by `geo::label::POINT_RULE`;
    /// `None` for a state with no shape on the 1:110m map (Malta, the Holy See, …).
    pub point: Option<(i16, i16)>,
}

impl WorldCountry {
    /// The point for arcs as (longitude, latitude) in degrees.
    pub fn lon_lat(&self) -> Option<(f64, f64)> {
        self.point.map(|(lon, lat)| (f64::from(lon) / 100.0, f64::from(lat) / 100.0))
    }
}

/// Where an event's list comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Basis {
    /// No list: nothing is drawn and the card says "participants not recorded".
    NotRecorded,
    /// The members (and other standings) of `Summits::organizations[i]` on the event's last
    /// day, with any additions and absences the sources give.
    Membership(u16),
    /// An explicit list from the sources.
    List,
}

/// One event's participants as embedded, ready to draw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventParticipants {
    /// Where the list comes from.
    pub basis: Basis,
    /// `World::countries` indexes with roles, in index (so code) order, each once.
    pub states: Vec<(u16, Role)>,
    /// `World::bodies` indexes with roles: bodies that are not states.
    pub others: Vec<(u16, Role)>,
    /// Whether the list holds every state that took part (see `EventEntry::complete`).
    pub complete: bool,
    /// In English: the entry's note, or why the list is not recorded.
    pub note: Option<String>,
    /// `World::sources` indexes.
    pub sources: Vec<u16>,
}

impl EventParticipants {
    /// The entry of an event with no record.
    pub fn not_recorded(note: Option<String>) -> EventParticipants {
        EventParticipants { basis: Basis::NotRecorded, states: Vec::new(), others: Vec::new(), complete: false, note, sources: Vec::new() }
    }
}

/// The participation data (`public/participation.bin`): countries, one entry per event of
/// `Summits::events` (same order) and the sources they cite, each once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct World {
    /// Sorted by `code`.
    pub countries: Vec<WorldCountry>,
    /// One per event, in `Summits::events` order.
    pub events: Vec<EventParticipants>,
    /// Every cited source, each once.
    pub sources: Vec<Source>,
    /// The names of the bodies that are not states (the UN, the Syrian opposition), each once.
    pub bodies: Vec<Names>,
    /// The sources of the country names and codes.
    pub country_sources: Vec<u16>,
}

impl World {
    /// The first-load code table for these countries.
    pub fn codes(&self) -> Vec<CountryCode> {
        self.countries.iter().map(|c| CountryCode { code: c.code.clone(), numeric: c.numeric }).collect()
    }
}

/// FNV-1a (64-bit) of some bytes: the version of `participation.bin` that a build expects, so
/// that a stale cached copy is refused rather than misread.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
