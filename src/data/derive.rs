//! Derives every event's participants from the participation files: a state's standing in
//! an organization on a day is the status of the latest membership change for it up to that
//! day, and an event's list is taken on its last day (so India and Pakistan, admitted on
//! the last day of the 2017 Astana summit, are members there).
//!
//! Shared with `build.rs`, which runs `build_world` once so the browser gets ready lists;
//! the validator uses the same functions, so what it checks is what is drawn.

use super::model::{Event, Source, Summits};
use super::participation_model::{
    Basis, Change, CountriesFile, EventEntry, EventParticipants, Membership, ParticipantsFile, Role, Status, World, WorldCountry,
};

/// The day key from which a change counts: a month without a day counts from its last day.
pub fn change_key(change: &Change) -> u32 {
    change.date.ordinal_key_late()
}

/// The day key on which an event's list is taken: its last day.
pub fn event_key(event: &Event) -> u32 {
    event.last().ordinal_key()
}

/// Every state's standing in the membership on day `key`, sorted by code.
pub fn standings(membership: &Membership, key: u32) -> Vec<(&str, Status)> {
    let mut out: Vec<(&str, Status)> = Vec::new();
    for change in membership.changes.iter().filter(|c| change_key(c) <= key) {
        for code in &change.states {
            match out.iter_mut().find(|(c, _)| c == code) {
                Some(entry) => entry.1 = change.status,
                None => out.push((code, change.status)),
            }
        }
    }
    out.sort_unstable_by_key(|&(c, _)| c);
    out
}

/// The states whose standing on day `key` is one of `statuses`, with their roles.
pub fn derive<'a>(membership: &'a Membership, statuses: &[Status], key: u32) -> Vec<(&'a str, Role)> {
    standings(membership, key).into_iter().filter(|(_, s)| statuses.contains(s)).filter_map(|(c, s)| Some((c, s.role()?))).collect()
}

/// The sources of the changes up to day `key` that bear on a list of `statuses`: changes
/// to one of those standings, and suspensions and exits.
pub fn membership_sources<'a>(membership: &'a Membership, statuses: &[Status], key: u32) -> Vec<&'a Source> {
    let bears = |s: Status| statuses.contains(&s) || matches!(s, Status::Suspended | Status::Left);
    membership.changes.iter().filter(|c| change_key(c) <= key && bears(c.status)).flat_map(|c| c.sources.iter()).collect()
}

/// An entry resolved: the states with roles (sorted by code, each once) and every source.
#[derive(Debug, Default)]
pub struct Resolved<'a> {
    pub states: Vec<(&'a str, Role)>,
    pub sources: Vec<&'a Source>,
}

/// The membership an entry derives from, if it names one that exists.
pub fn membership_of<'a>(file: &'a ParticipantsFile, entry: &EventEntry) -> Option<&'a Membership> {
    let org = entry.membership.as_deref()?;
    file.memberships.iter().find(|m| m.organization == org)
}

/// The entry's list: derived states less the absent, then the explicit states; the first
/// mention of a code wins.
pub fn resolve<'a>(file: &'a ParticipantsFile, entry: &'a EventEntry, event: &Event) -> Resolved<'a> {
    if entry.not_recorded.is_some() {
        return Resolved::default();
    }
    let key = event_key(event);
    let mut states = Vec::new();
    let mut sources: Vec<&Source> = entry.sources.iter().collect();
    if let Some(m) = membership_of(file, entry) {
        states.extend(derive(m, &entry.statuses, key).into_iter().filter(|(c, _)| !entry.absent.iter().any(|a| a == c)));
        for s in membership_sources(m, &entry.statuses, key) {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
    }
    for s in &entry.states {
        if !states.iter().any(|(c, _)| *c == s.code) {
            states.push((s.code.as_str(), s.role));
        }
    }
    states.sort_by_key(|&(c, _)| c);
    Resolved { states, sources }
}

/// The index of `item` in `table`, added if it is new.
fn intern<T: PartialEq + Clone>(table: &mut Vec<T>, item: &T) -> u16 {
    let i = table.iter().position(|s| s == item).unwrap_or_else(|| {
        table.push(item.clone());
        table.len() - 1
    });
    i as u16
}

/// The embedded form: countries sorted by code with their points (from `points`, keyed by
/// ISO numeric), one entry per event of `summits` in order, and the sources each once.
/// Unknown codes and organizations are skipped here; the validator reports them.
pub fn build_world(
    summits: &Summits,
    countries: &CountriesFile,
    file: &ParticipantsFile,
    points: &[(String, Option<(i16, i16)>)],
) -> World {
    let mut rows: Vec<_> = countries.countries.iter().collect();
    rows.sort_by(|a, b| a.code.cmp(&b.code));
    let world_countries: Vec<WorldCountry> = rows
        .iter()
        .map(|c| WorldCountry {
            code: c.code.clone(),
            numeric: c.numeric.parse().unwrap_or(0),
            name: c.name.clone(),
            point: points.iter().find(|(n, _)| *n == c.numeric).and_then(|(_, p)| *p),
        })
        .collect();
    let mut sources = Vec::new();
    let mut bodies = Vec::new();
    let country_sources = countries.sources.iter().map(|s| intern(&mut sources, s)).collect();
    let events = summits
        .events
        .iter()
        .map(|event| {
            let Some(entry) = file.events.iter().find(|e| e.event == event.id) else {
                return EventParticipants::not_recorded(None);
            };
            if let Some(reason) = &entry.not_recorded {
                return EventParticipants::not_recorded(Some(reason.clone()));
            }
            let resolved = resolve(file, entry, event);
            let basis = match &entry.membership {
                Some(org) => match summits.organizations.iter().position(|o| &o.id == org) {
                    Some(i) => Basis::Membership(i as u16),
                    None => Basis::List,
                },
                None => Basis::List,
            };
            let states = resolved
                .states
                .iter()
                .filter_map(|&(code, role)| Some((world_countries.binary_search_by(|c| c.code.as_str().cmp(code)).ok()? as u16, role)))
                .collect();
            EventParticipants {
                basis,
                states,
                others: entry.others.iter().map(|o| (intern(&mut bodies, &o.name), o.role)).collect(),
                complete: entry.complete,
                note: entry.note.clone(),
                sources: resolved.sources.iter().map(|s| intern(&mut sources, s)).collect(),
            }
        })
        .collect();
    World { countries: world_countries, events, sources, bodies, country_sources }
}
