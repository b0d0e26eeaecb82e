//! The cards' HTML of who took part, for a language, written at build time into
//! `public/cards/<lang>.json` (`fragments::card_texts_json`): the event card's participants,
//! the country card and the country list. Buttons carry a `data-key`: `c:<city index>`,
//! `e:<event index>` or `k:<country index>`, which the components' click handlers read.

use crate::collate;
use crate::data::{Basis, Names, Participation, Role};
use crate::format;
use crate::fragments::{source_list, text_in};
use crate::html::Html;
use crate::i18n::{self, role_msg, Msg};
use crate::lang::Lang;
use crate::participant_view::country_name;
use crate::tables::in_english_html;
use crate::{html, write_html};

/// The country name in `lang` as the rest of a start tag and its content (see `text_in`).
fn name_in(p: &Participation, c: usize, lang: Lang) -> Html {
    p.country(c).map_or_else(|| Html::trusted_static(">"), |k| text_in(&k.name, lang))
}

/// English text with its `lang` and the "in English" mark.
fn english_note(s: &mut Html, note: &str, lang: Lang) {
    write_html!(s, r#"<p class="card-note" lang="en">{} {}</p>"#, note, in_english_html(lang));
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data::fixtures::{event, p};

    fn balanced(html: &str) {
        for tag in ["p", "div", "ul", "li", "span", "button", "details", "h4"] {
            let open = html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
            assert_eq!(open, html.matches(&format!("</{tag}>")).count(), "<{tag}> in {html}");
        }
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
}
