//! What the map shows of who took part in each event: the tint of a participant's shape, the
//! arcs from the participants to Astana, the key's entries. Pure and tested natively. The
//! cards' HTML (the event card's participants, the country card, the country list) is
//! written at build time by `participant_html`.

use crate::data::{Participation, Role};
use crate::geo::world::arc_path;
use crate::html::Html;
use crate::i18n::{self, Msg};
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

/// The name of country `c` in `lang` (English where unknown; empty for an unknown index).
pub fn country_name<'a>(p: &Participation<'a>, c: usize, lang: Lang) -> &'a str {
    p.country(c).map_or("", |k| k.name.or_en(lang))
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
    let name = p.atlas.summits.events[event].name.or_en(lang);
    write_html!(&mut s, r#"<li class="legend-count"><span>{}: {}</span></li>"#, name, i18n::states_took_part(lang, list.count()));
    s
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data::fixtures::{event, p};

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
