//! What the map, the cards and the country list show of who took part in each event: the
//! tint of a participant's shape, the arcs from the participants to Astana, the event
//! card's participants, the country card and the country list, as HTML for a language.
//! Pure and tested natively; the components set the HTML as `inner_html`. Buttons carry a
//! `data-key`: `c:<city index>`, `e:<event index>` or `k:<country index>`.

use crate::collate;
use crate::data::{Basis, Names, Participation, Role};
use crate::format;
use crate::fragments::{source_list, text_in};
use crate::geo::world::arc_path;
use crate::html::Html;
use crate::i18n::{self, role_msg, Msg};
use crate::lang::Lang;
use crate::{html, write_html};

/// How a participant's shape is drawn: never by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tint {
    /// Solid: a member (or associate), a guarantor, a party, a signatory or a participant
    /// without a recorded standing.
    Full,
    /// Hatched with a dashed outline: an observer, a dialogue partner or a guest.
    Partial,
}

impl Tint {
    /// The tint of a role.
    pub fn of(role: Role) -> Tint {
        match role {
            Role::Observer | Role::Partner | Role::Guest => Tint::Partial,
            _ => Tint::Full,
        }
    }

    /// The CSS class of a shape with this tint.
    pub fn class(self) -> &'static str {
        match self {
            Tint::Full => "full",
            Tint::Partial => "partial",
        }
    }
}

/// The role of the country with ISO code `code` (a shape's `data-country`) at `event`.
pub fn role_at(p: &Participation, event: Option<usize>, code: &str) -> Option<Role> {
    p.participants(event?).role_of(p.atlas.country_by_alpha2(code)?)
}

/// SVG path data (map units) of the great-circle arcs from each participating state's point
/// (`geo::label::POINT_RULE`) to Astana; states without a point, and the host, have none.
pub fn participant_arcs(p: &Participation, event: usize) -> String {
    let origin = &p.atlas.twin.origin;
    let mut d = String::new();
    for (c, _) in p.participants(event).iter() {
        let Some(country) = p.country(c).filter(|k| k.code != origin.country) else { continue };
        if let Some(from) = country.lon_lat() {
            d.push_str(&arc_path(from, (origin.lon, origin.lat)));
        }
    }
    d
}

/// The country name in `lang` as the rest of a start tag and its content (see `text_in`).
fn name_in(p: &Participation, c: usize, lang: Lang) -> Html {
    p.country(c).map_or_else(|| Html::trusted_static(">"), |k| text_in(&k.name, lang))
}

/// The name of country `c` in `lang` (English where unknown; empty for an unknown index).
pub fn country_name<'a>(p: &Participation<'a>, c: usize, lang: Lang) -> &'a str {
    p.country(c).map_or("", |k| k.name.or_en(lang))
}

/// English text with its `lang` and the "in English" mark.
fn english_note(s: &mut Html, note: &str, lang: Lang) {
    write_html!(s, r#"<p class="card-note" lang="en">{} {}</p>"#, note, crate::fragments::in_english_html(lang));
}

/// The event card's participants: "participants not recorded", or how many states took
/// part, on what basis, each state with its role (each opening its country's card), the
/// bodies that are not states, and the sources.
pub fn event_participants_html(p: &Participation, lang: Lang, event: usize) -> Html {
    let list = p.participants(event);
    let mut s = Html::trusted_static(r#"<div class="participants">"#);
    if !list.recorded {
        write_html!(&mut s, r#"<p class="not-recorded"><strong>{}</strong></p>"#, Msg::ParticipantsNotRecorded.get(lang));
        if let Some(note) = list.note {
            english_note(&mut s, note, lang);
        }
        s.push_static("</div>");
        return s;
    }
    write_html!(&mut s, r#"<p class="participant-count"><strong>{}</strong></p>"#, i18n::states_took_part(lang, list.count()));
    if matches!(list.basis, Basis::Membership(_)) {
        write_html!(&mut s, r#"<p class="muted">{}</p>"#, Msg::FromMembership.get(lang));
    }
    if !list.complete {
        write_html!(&mut s, r#"<p class="muted">{}</p>"#, Msg::ListIncomplete.get(lang));
    }
    if let Some(note) = list.note {
        english_note(&mut s, note, lang);
    }
    let mut states: Vec<(usize, Role)> = list.iter().collect();
    sort_by_name(lang, &mut states, |(c, _)| country_name(p, c, lang));
    write_html!(
        &mut s,
        r#"<details class="participant-list"><summary>{} ({})</summary><ul>"#,
        Msg::ParticipantStates.get(lang),
        states.len()
    );
    for (c, role) in states {
        write_html!(
            &mut s,
            r#"<li data-country="{}"><button type="button" class="link-button" data-key="k:{}"{}</button> <span class="role role-{}">{}</span></li>"#,
            p.country(c).map_or("", |k| k.code.as_str()),
            c,
            name_in(p, c, lang),
            Html::trusted_static(role.slug()),
            role_msg(role).get(lang)
        );
    }
    s.push_static("</ul></details>");
    if !list.others.is_empty() {
        write_html!(&mut s, r#"<p class="other-participants">{}: "#, Msg::OtherParticipants.get(lang));
        for (k, (name, role)) in list.others.iter().enumerate() {
            let sep = if k == 0 { "" } else { ", " };
            write_html!(&mut s, r#"{}<span{}</span> ({})"#, sep, text_in(name, lang), role_msg(*role).get(lang));
        }
        s.push_static("</p>");
    }
    s.push(&source_list(Msg::ParticipantSources, list.sources.iter().copied(), lang));
    s.push_static("</div>");
    s
}

/// A heading with the number of rows, then a button per row (`data-key="<key>:<index>"`,
/// its name) with a detail, or the `empty` text.
fn link_section(s: &mut Html, lang: Lang, (heading, empty, key): (Msg, Msg, &'static str), rows: Vec<(usize, &Names, String)>) {
    write_html!(s, r#"<h4>{} ({})</h4>"#, heading.get(lang), rows.len());
    if rows.is_empty() {
        write_html!(s, r#"<p class="unknown">{}</p>"#, empty.get(lang));
        return;
    }
    s.push_static(r#"<ul class="card-links">"#);
    for (i, name, detail) in rows {
        write_html!(
            s,
            r#"<li><button type="button" class="link-button" data-key="{}:{}"{}</button> <span class="muted">{}</span></li>"#,
            Html::trusted_static(key),
            i,
            text_in(name, lang),
            detail
        );
    }
    s.push_static("</ul>");
}

/// Sorts `items` by their names in `lang`'s alphabetical order.
fn sort_by_name<'a, T: Copy>(lang: Lang, items: &mut Vec<T>, name: impl Fn(T) -> &'a str) {
    let names: Vec<&str> = items.iter().map(|&t| name(t)).collect();
    let ranks = collate::ranks(lang, &names);
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| ranks[i]);
    *items = order.into_iter().map(|i| items[i]).collect();
}

/// The country card below its title (the country's name): its cities in Astana's network
/// (each opening its city card), the events it took part in, newest first (each opening its
/// event card), with the number of both, the rule for the arcs' point and the sources.
pub fn country_card_body(p: &Participation, lang: Lang, c: usize) -> Html {
    let atlas = p.atlas;
    let Some(country) = p.country(c) else { return Html::new() };
    let cities = atlas.cities_of_country(&country.code);
    let events = p.events_of_country(&country.code);
    let mut s = html!(r#"<p class="card-sub">{}</p>"#, i18n::cities_and_events(lang, cities.len(), events.len()));
    let city_rows = cities.iter().map(|&i| {
        let city = &atlas.twin.cities[i];
        let year = city.year.map_or_else(|| Msg::YearUnknown.get(lang).to_string(), |y| y.to_string());
        (i, &city.name, format!("{}, {year}", i18n::relation_msg(city.relation).get(lang)))
    });
    link_section(&mut s, lang, (Msg::CountryCities, Msg::NoCities, "c"), city_rows.collect());
    let event_rows = events.iter().map(|&i| {
        let e = &atlas.summits.events[i];
        let role = p.participants(i).role_of(c).map_or("", |r| role_msg(r).get(lang));
        (i, &e.name, format!("{} · {role}", format::date_range(lang, e.start, e.end)))
    });
    link_section(&mut s, lang, (Msg::CountryEvents, Msg::NoEvents, "e"), event_rows.collect());
    let point = if country.point.is_some() { Msg::PointRule } else { Msg::NoPoint };
    write_html!(&mut s, r#"<p class="muted">{}</p>"#, point.get(lang));
    s.push(&source_list(Msg::Sources, p.country_sources().into_iter(), lang));
    s
}

/// The countries the list shows, in `lang`'s alphabetical order: those with a city in
/// Astana's network or a recorded part in one of its events.
pub fn listed_countries(p: &Participation, lang: Lang) -> Vec<usize> {
    let mut listed: Vec<usize> = (0..p.countries().len())
        .filter(|&c| {
            let code = &p.countries()[c].code;
            !p.atlas.cities_of_country(code).is_empty() || !p.events_of_country(code).is_empty()
        })
        .collect();
    sort_by_name(lang, &mut listed, |c| country_name(p, c, lang));
    listed
}

/// The country list: a button per country (opening its card) with its number of cities and
/// events.
pub fn country_list_html(p: &Participation, lang: Lang, countries: &[usize]) -> Html {
    let mut s = html!(r#"<p class="muted">{}</p><ul class="country-list">"#, Msg::CountryListNote.get(lang));
    for &c in countries {
        let code = &p.countries()[c].code;
        let (cities, events) = (p.atlas.cities_of_country(code).len(), p.events_of_country(code).len());
        write_html!(
            &mut s,
            r#"<li data-country="{}"><button type="button" class="link-button" data-key="k:{}"{}</button> <span class="muted">{}</span></li>"#,
            code,
            c,
            name_in(p, c, lang),
            i18n::cities_and_events(lang, cities, events)
        );
    }
    s.push_static("</ul>");
    s
}

/// The map key's entries while an event is selected: the tints in use and how many states
/// took part (nothing for an event whose participants are not recorded).
pub fn participant_legend_html(p: &Participation, lang: Lang, event: usize) -> Html {
    let list = p.participants(event);
    if !list.recorded {
        return html!(r#"<li class="legend-count">{}</li>"#, Msg::ParticipantsNotRecorded.get(lang));
    }
    let mut s = Html::new();
    for (tint, msg) in [(Tint::Full, Msg::TintFull), (Tint::Partial, Msg::TintPartial)] {
        if list.iter().any(|(_, r)| Tint::of(r) == tint) {
            write_html!(
                &mut s,
                r#"<li><svg class="legend-mark" viewBox="0 0 20 20" aria-hidden="true"><rect class="legend-country {}" x="2" y="4" width="16" height="12"></rect></svg>{}</li>"#,
                Html::trusted_static(tint.class()),
                msg.get(lang)
            );
        }
    }
    let name: &Names = &p.atlas.summits.events[event].name;
    write_html!(
        &mut s,
        r#"<li class="legend-count"><span><span{}</span>: {}</span></li>"#,
        text_in(name, lang),
        i18n::states_took_part(lang, list.count())
    );
    s
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data::participation;

    fn p() -> Participation<'static> {
        participation().unwrap()
    }

    fn event(id: &str) -> usize {
        p().atlas.event_index(id).unwrap()
    }

    fn balanced(html: &str) {
        for tag in ["p", "div", "ul", "li", "span", "button", "details", "h4"] {
            let open = html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
            assert_eq!(open, html.matches(&format!("</{tag}>")).count(), "<{tag}> in {html}");
        }
    }

    #[test]
    fn observers_partners_and_guests_are_hatched_the_rest_solid() {
        for r in Role::ALL {
            let partial = matches!(r, Role::Observer | Role::Partner | Role::Guest);
            assert_eq!(Tint::of(r) == Tint::Partial, partial, "{r:?}");
        }
    }

    #[test]
    fn roles_are_found_by_a_shapes_code_in_either_case() {
        let p = p();
        let osce = Some(event("osce-summit-2010"));
        assert_eq!(role_at(&p, osce, "US"), Some(Role::Member));
        assert_eq!(role_at(&p, osce, "de"), Some(Role::Member));
        assert_eq!(role_at(&p, osce, "CN"), None);
        assert_eq!(role_at(&p, None, "US"), None);
        assert_eq!(role_at(&p, osce, "ZZ"), None);
        assert_eq!(role_at(&p, Some(usize::MAX), "US"), None);
        let syria = Some(event("astana-syria-round-01"));
        assert_eq!(role_at(&p, syria, "TR"), Some(Role::Guarantor));
    }

    #[test]
    fn arcs_run_from_each_participant_with_a_point_but_not_from_the_host() {
        let p = p();
        let e = event("sco-summit-2017");
        let list = p.participants(e);
        let host = &p.atlas.twin.origin.country;
        let with_point = list.iter().filter(|&(c, _)| p.country(c).is_some_and(|k| k.point.is_some() && &k.code != host)).count();
        assert!(with_point >= 7, "{with_point}");
        // Each arc is one subpath, or two where it crosses the map's edge.
        let d = participant_arcs(&p, e);
        let subpaths = d.matches('M').count();
        assert!(subpaths >= with_point && subpaths <= 2 * with_point, "{subpaths} for {with_point}");
        assert!(participant_arcs(&p, event("expo-2017")).is_empty(), "not recorded: nothing is drawn");
    }

    #[test]
    fn the_event_card_counts_the_states_or_says_they_are_not_recorded() {
        let p = p();
        let e = event("osce-summit-2010");
        let n = p.participants(e).count();
        assert_eq!(n, 56, "the OSCE's 56 participating States in December 2010");
        for lang in Lang::ALL {
            let html = event_participants_html(&p, lang, e).into_string();
            assert!(html.contains(&i18n::states_took_part(lang, n)), "{html}");
            assert_eq!(html.matches(r#"data-key="k:"#).count(), n);
            assert!(html.contains(Html::text(Msg::FromMembership.get(lang)).as_str()));
            balanced(&html);
            let none = event_participants_html(&p, lang, event("expo-2017")).into_string();
            assert!(none.contains(Msg::ParticipantsNotRecorded.get(lang)) && !none.contains("data-key"), "{none}");
            balanced(&none);
        }
        let syria = event_participants_html(&p, Lang::En, event("astana-syria-round-22")).into_string();
        assert!(syria.contains("United Nations") && syria.contains(Msg::RoleGuarantor.get(Lang::En)), "{syria}");
        balanced(&syria);
    }

    #[test]
    fn turkeys_card_lists_its_three_cities_and_the_syria_talks_newest_first() {
        let p = p();
        let tr = p.atlas.country_by_alpha2("tr").unwrap();
        let html = country_card_body(&p, Lang::En, tr).into_string();
        for city in ["Ankara", "Istanbul", "Izmir"] {
            assert!(html.contains(city), "{city}: {html}");
        }
        let cities = p.atlas.cities_of_country("TR");
        let events = p.events_of_country("TR");
        assert_eq!(html.matches(r#"data-key="c:"#).count(), cities.len());
        assert_eq!(html.matches(r#"data-key="e:"#).count(), events.len());
        assert!(html.contains(&format!("{} ({})", Msg::CountryEvents.get(Lang::En), events.len())));
        let first = html.find(&format!(r#"data-key="e:{}""#, events[0])).unwrap();
        let last = html.find(&format!(r#"data-key="e:{}""#, events[events.len() - 1])).unwrap();
        assert!(first < last, "newest first");
        assert!(html.contains("Syria"));
        balanced(&html);
        let kk = country_card_body(&p, Lang::Kk, tr).into_string();
        assert!(kk.contains(Msg::CountryCities.get(Lang::Kk)));
        assert!(country_card_body(&p, Lang::En, usize::MAX).is_empty());
    }

    #[test]
    fn the_list_holds_the_countries_with_a_city_or_an_event_in_alphabetical_order() {
        let p = p();
        for lang in Lang::ALL {
            let list = listed_countries(&p, lang);
            let codes: Vec<&str> = list.iter().map(|&c| p.countries()[c].code.as_str()).collect();
            for code in ["TR", "US", "CN", "KZ", "BR"] {
                assert!(codes.contains(&code) || code == "BR" && p.events_of_country("BR").is_empty(), "{lang}: {code}");
            }
            for city in &p.atlas.twin.cities {
                assert!(codes.contains(&city.country.as_str()), "{}", city.country);
            }
            let names: Vec<&str> = list.iter().map(|&c| country_name(&p, c, lang)).collect();
            assert!(names.windows(2).all(|w| collate::compare(lang, w[0], w[1]) != std::cmp::Ordering::Greater), "{lang}");
            let html = country_list_html(&p, lang, &list).into_string();
            assert_eq!(html.matches(r#"data-key="k:"#).count(), list.len());
            balanced(&html);
        }
    }

    #[test]
    fn the_legend_shows_the_tints_in_use_and_the_count() {
        let p = p();
        let osce = participant_legend_html(&p, Lang::En, event("osce-summit-2010")).into_string();
        assert!(osce.contains("legend-country full") && !osce.contains("legend-country partial"), "{osce}");
        assert!(osce.contains("56 states took part"));
        let sco = participant_legend_html(&p, Lang::Ru, event("sco-summit-2011")).into_string();
        assert!(sco.contains("legend-country partial"), "SCO observers in 2011: {sco}");
        let expo = participant_legend_html(&p, Lang::Kk, event("expo-2017")).into_string();
        assert!(expo.contains(Msg::ParticipantsNotRecorded.get(Lang::Kk)) && !expo.contains("legend-country"));
    }
}
