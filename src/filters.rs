//! What the map and the chart show: the shared year range, the map's regions and undated
//! cities, the chart's kinds and organizations. Built from the URL (clamped to the data),
//! changed by operations that keep it canonical (never empty, in a fixed order), and
//! printed back into the URL.

use crate::data::{Atlas, Kind, Region};
use crate::url_state::{UrlState, YearRange};

/// The filters in force.
#[derive(Clone, Debug, PartialEq)]
pub struct Filters {
    /// Years shared by the map (year signed) and the chart (years held).
    pub years: YearRange,
    /// Regions shown on the map, in `Region::ALL` order, never empty.
    pub regions: Vec<Region>,
    pub hide_undated: bool,
    /// Kinds shown on the chart, in `Kind::ALL` order, never empty.
    pub kinds: Vec<Kind>,
    /// Organizations shown on the chart (ids that exist); `None` means all.
    pub orgs: Option<Vec<String>>,
}

/// The years the data spans (agreements and events).
pub fn full_years(atlas: &Atlas) -> YearRange {
    let (from, to) = atlas.year_span();
    YearRange { from, to }
}

/// `all` less `item` when it is there and not the last one left, else with `item` added
/// back in `all`'s order.
fn toggled<T: Copy + PartialEq>(all: &[T], current: &[T], item: T) -> Vec<T> {
    if current.contains(&item) {
        if current.len() == 1 {
            return current.to_vec();
        }
        current.iter().copied().filter(|x| *x != item).collect()
    } else {
        all.iter().copied().filter(|x| *x == item || current.contains(x)).collect()
    }
}

/// The members of `all` that `wanted` names, in `all`'s order; `None` when that is none.
fn canonical<T: Copy + PartialEq>(all: &[T], wanted: &[T]) -> Option<Vec<T>> {
    let kept: Vec<T> = all.iter().copied().filter(|x| wanted.contains(x)).collect();
    (!kept.is_empty()).then_some(kept)
}

impl Filters {
    /// Nothing filtered out.
    pub fn all(atlas: &Atlas) -> Filters {
        Filters { years: full_years(atlas), regions: Region::ALL.to_vec(), hide_undated: false, kinds: Kind::ALL.to_vec(), orgs: None }
    }

    /// The filters a URL asks for: years clamped to the data (an empty range means all),
    /// unknown organizations dropped, lists put in canonical order.
    pub fn from_url(atlas: &Atlas, url: &UrlState) -> Filters {
        let span = full_years(atlas);
        let years = url
            .years
            .map(|y| YearRange { from: y.from.clamp(span.from, span.to), to: y.to.clamp(span.from, span.to) })
            .filter(|y| y.from <= y.to)
            .unwrap_or(span);
        let orgs = url
            .orgs
            .as_ref()
            .map(|o| o.iter().filter(|id| atlas.organization(id).is_some()).cloned().collect::<Vec<_>>())
            .filter(|o| !o.is_empty());
        Filters {
            years,
            regions: url.regions.as_deref().and_then(|r| canonical(&Region::ALL, r)).unwrap_or_else(|| Region::ALL.to_vec()),
            hide_undated: url.hide_undated,
            kinds: url.kinds.as_deref().and_then(|k| canonical(&Kind::ALL, k)).unwrap_or_else(|| Kind::ALL.to_vec()),
            orgs,
        }
    }

    /// Writes the filters into a URL state (only what differs from "all").
    pub fn write_url(&self, atlas: &Atlas, url: &mut UrlState) {
        url.years = Some(self.years).filter(|y| *y != full_years(atlas));
        url.regions = Some(self.regions.clone()).filter(|r| r.len() < Region::ALL.len());
        url.hide_undated = self.hide_undated;
        url.kinds = Some(self.kinds.clone()).filter(|k| k.len() < Kind::ALL.len());
        url.orgs = self.orgs.clone();
    }

    /// Whether city `i` passes the map's filters.
    pub fn city_visible(&self, atlas: &Atlas, i: usize) -> bool {
        let city = &atlas.twin.cities[i];
        let region_ok = atlas.region_of(city).is_some_and(|r| self.regions.contains(&r));
        let year_ok = match city.year {
            Some(y) => self.years.contains(y),
            None => !self.hide_undated,
        };
        region_ok && year_ok
    }

    /// Whether event `i` passes the chart's kind and organization filters.
    pub fn event_shown(&self, atlas: &Atlas, i: usize) -> bool {
        let e = &atlas.summits.events[i];
        self.kinds.contains(&e.kind) && self.orgs.as_ref().is_none_or(|o| o.contains(&e.organization))
    }

    /// Whether event `i` overlaps the year range.
    pub fn event_in_years(&self, atlas: &Atlas, i: usize) -> bool {
        let e = &atlas.summits.events[i];
        self.years.from <= e.last().year && e.start.year <= self.years.to
    }

    /// Whether the year range is narrower than the data.
    pub fn years_narrowed(&self, atlas: &Atlas) -> bool {
        self.years != full_years(atlas)
    }

    /// Whether anything is filtered out.
    pub fn narrowed(&self, atlas: &Atlas) -> bool {
        *self != Filters::all(atlas)
    }

    /// Shows or hides a region (the last one shown stays).
    pub fn toggle_region(&mut self, r: Region) {
        self.regions = toggled(&Region::ALL, &self.regions, r);
    }

    /// Shows or hides a kind of event (the last one shown stays).
    pub fn toggle_kind(&mut self, k: Kind) {
        self.kinds = toggled(&Kind::ALL, &self.kinds, k);
    }

    /// A tap on a kind's chip: with every kind shown, only this kind; with only this kind,
    /// every kind again; otherwise it shows or hides this kind.
    pub fn pick_kind(&mut self, k: Kind) {
        self.kinds = if self.kinds.len() == Kind::ALL.len() {
            vec![k]
        } else if self.kinds == [k] {
            Kind::ALL.to_vec()
        } else {
            toggled(&Kind::ALL, &self.kinds, k)
        };
    }

    /// Sets the first year, moving the last one up if needed.
    pub fn set_from_year(&mut self, y: u16) {
        self.years = YearRange { from: y, to: self.years.to.max(y) };
    }

    /// Sets the last year, moving the first one down if needed.
    pub fn set_to_year(&mut self, y: u16) {
        self.years = YearRange { from: self.years.from.min(y), to: y };
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data;

    fn atlas() -> &'static Atlas {
        data::load().unwrap()
    }

    #[test]
    fn a_url_with_nothing_asks_for_everything() {
        let a = atlas();
        let f = Filters::from_url(a, &UrlState::parse(""));
        assert_eq!(f, Filters::all(a));
        assert!(!f.narrowed(a));
        assert_eq!((0..a.twin.cities.len()).filter(|&i| f.city_visible(a, i)).count(), a.twin.cities.len());
        assert_eq!((0..a.summits.events.len()).filter(|&i| f.event_shown(a, i)).count(), a.summits.events.len());
    }

    #[test]
    fn years_are_clamped_to_the_data_and_a_reversed_range_means_all() {
        let a = atlas();
        let span = full_years(a);
        let f = Filters::from_url(a, &UrlState::parse("years=1991-2100"));
        assert_eq!(f.years, span);
        let f = Filters::from_url(a, &UrlState::parse(&format!("years={}", span.to + 10)));
        assert_eq!(f.years, YearRange { from: span.to, to: span.to });
        let mut url = UrlState::parse("");
        url.years = Some(YearRange { from: 2017, to: 2005 });
        assert_eq!(Filters::from_url(a, &url).years, span);
    }

    #[test]
    fn unknown_organizations_are_dropped_and_lists_come_out_canonical() {
        let a = atlas();
        let f = Filters::from_url(a, &UrlState::parse("orgs=no-such-org"));
        assert_eq!(f.orgs, None);
        let f = Filters::from_url(a, &UrlState::parse("orgs=no-such-org,sco"));
        assert_eq!(f.orgs, Some(vec!["sco".to_string()]));
        let mut url = UrlState::parse("");
        url.regions = Some(vec![Region::Americas, Region::Europe, Region::Americas]);
        url.kinds = Some(vec![]);
        let f = Filters::from_url(a, &url);
        assert_eq!(f.regions, vec![Region::Europe, Region::Americas]);
        assert_eq!(f.kinds, Kind::ALL.to_vec(), "an empty list would show nothing: it means all");
    }

    #[test]
    fn toggles_keep_the_fixed_order_and_never_empty_a_list() {
        let a = atlas();
        let mut f = Filters::all(a);
        f.toggle_region(Region::Asia);
        assert!(!f.regions.contains(&Region::Asia));
        f.toggle_region(Region::Asia);
        assert_eq!(f.regions, Region::ALL.to_vec(), "added back in its place");
        for r in Region::ALL {
            f.toggle_region(r);
        }
        assert_eq!(f.regions, vec![*Region::ALL.last().unwrap()], "the last region stays");
        for k in Kind::ALL {
            f.toggle_kind(k);
        }
        assert_eq!(f.kinds.len(), 1);
    }

    #[test]
    fn year_edits_keep_the_range_ordered() {
        let a = atlas();
        let mut f = Filters::all(a);
        f.set_to_year(2005);
        f.set_from_year(2010);
        assert_eq!(f.years, YearRange { from: 2010, to: 2010 });
        f.set_to_year(2008);
        assert_eq!(f.years, YearRange { from: 2008, to: 2008 });
        assert!(f.years_narrowed(a) && f.narrowed(a));
    }

    #[test]
    fn predicates_follow_the_data() {
        let a = atlas();
        let mut f = Filters::all(a);
        f.hide_undated = true;
        for (i, c) in a.twin.cities.iter().enumerate() {
            assert_eq!(f.city_visible(a, i), c.year.is_some(), "{}", c.id);
        }
        let mut f = Filters::all(a);
        f.regions = vec![Region::Europe];
        for (i, c) in a.twin.cities.iter().enumerate() {
            assert_eq!(f.city_visible(a, i), a.region_of(c) == Some(Region::Europe), "{}", c.id);
        }
        let mut f = Filters::all(a);
        f.orgs = Some(vec!["sco".to_string()]);
        f.set_from_year(2017);
        f.set_to_year(2017);
        for (i, e) in a.summits.events.iter().enumerate() {
            assert_eq!(f.event_shown(a, i), e.organization == "sco", "{}", e.id);
            assert_eq!(f.event_in_years(a, i), e.start.year <= 2017 && e.last().year >= 2017, "{}", e.id);
        }
    }

    #[test]
    fn writing_into_the_url_round_trips() {
        let a = atlas();
        let mut f = Filters::all(a);
        f.toggle_kind(Kind::Sport);
        f.toggle_region(Region::Americas);
        f.hide_undated = true;
        f.orgs = Some(vec!["osce".to_string()]);
        f.set_from_year(2005);
        let mut url = UrlState::parse("");
        f.write_url(a, &mut url);
        assert_eq!(Filters::from_url(a, &UrlState::parse(&url.to_query())), f);
        let mut url = UrlState::parse("");
        Filters::all(a).write_url(a, &mut url);
        assert_eq!(url.to_query(), "", "nothing filtered, nothing written");
    }

    #[test]
    fn a_tap_on_a_kind_means_only_this_kind_and_a_second_tap_means_all_again() {
        let a = atlas();
        let mut f = Filters::all(a);
        f.pick_kind(Kind::Forum);
        assert_eq!(f.kinds, vec![Kind::Forum]);
        f.pick_kind(Kind::Summit);
        assert_eq!(f.kinds, vec![Kind::Summit, Kind::Forum], "a second kind is added, in canonical order");
        f.pick_kind(Kind::Forum);
        assert_eq!(f.kinds, vec![Kind::Summit]);
        f.pick_kind(Kind::Summit);
        assert_eq!(f.kinds, Kind::ALL.to_vec(), "the only kind shown, tapped: every kind");
    }
}
