//! The app's shared state: one set of signals in context, read and written by every
//! component, and mirrored in the URL.

use crate::data::{Atlas, Kind, Region};
use crate::geo::great_circle::distance_km;
use crate::geo::viewport::View;
use crate::lang::Lang;
use crate::url_state::{MapViewParam, Theme, UrlState, YearRange};
use leptos::prelude::*;

/// Signals shared by the whole app (cheap to copy).
#[derive(Clone, Copy)]
pub struct AppState {
    pub atlas: &'static Atlas,
    pub lang: RwSignal<Lang>,
    pub theme: RwSignal<Theme>,
    /// Whether the operating system asks for dark colours.
    pub os_dark: RwSignal<bool>,
    /// Whether the dark palette is in use (the theme, or the OS when the theme is auto).
    pub dark: Memo<bool>,
    pub embed: bool,
    /// The selected city (its card is open).
    pub city: RwSignal<Option<usize>>,
    /// The selected event (its card is open).
    pub event: RwSignal<Option<usize>>,
    /// The map view the visitor chose; `None` shows all cities.
    pub map_view: RwSignal<Option<View>>,
    pub years: RwSignal<YearRange>,
    pub regions: RwSignal<Vec<Region>>,
    pub hide_undated: RwSignal<bool>,
    pub kinds: RwSignal<Vec<Kind>>,
    /// Organizations shown on the chart; `None` means all.
    pub orgs: RwSignal<Option<Vec<String>>>,
    /// A city the map should fly to (set by the search box and the table).
    pub fly_request: RwSignal<Option<usize>>,
    /// The text of the polite live region.
    pub announcement: RwSignal<String>,
    /// Great-circle km from Astana, by city index.
    pub distances: StoredValue<Vec<f64>>,
}

impl AppState {
    /// State from a parsed URL; unknown ids and out-of-range values fall back to defaults.
    pub fn new(atlas: &'static Atlas, url: &UrlState, lang: Lang, os_dark: bool) -> AppState {
        let span = full_years(atlas);
        let years = url
            .years
            .map(|y| YearRange { from: y.from.clamp(span.from, span.to), to: y.to.clamp(span.from, span.to) })
            .filter(|y| y.from <= y.to)
            .unwrap_or(span);
        let origin = (atlas.twin.origin.lon, atlas.twin.origin.lat);
        let orgs = url
            .orgs
            .as_ref()
            .map(|o| o.iter().filter(|id| atlas.organization(id).is_some()).cloned().collect::<Vec<_>>())
            .filter(|o| !o.is_empty());
        let theme = RwSignal::new(url.theme);
        let os_dark = RwSignal::new(os_dark);
        AppState {
            atlas,
            lang: RwSignal::new(lang),
            theme,
            os_dark,
            dark: Memo::new(move |_| match theme.get() {
                Theme::Auto => os_dark.get(),
                Theme::Light => false,
                Theme::Dark => true,
            }),
            embed: url.embed,
            city: RwSignal::new(url.city.as_deref().and_then(|id| atlas.city_index(id))),
            event: RwSignal::new(url.event.as_deref().and_then(|id| atlas.event_index(id))),
            map_view: RwSignal::new(url.view.map(|v| View::at_lonlat(v.lon, v.lat, v.zoom))),
            years: RwSignal::new(years),
            regions: RwSignal::new(url.regions.clone().unwrap_or_else(|| Region::ALL.to_vec())),
            hide_undated: RwSignal::new(url.hide_undated),
            kinds: RwSignal::new(url.kinds.clone().unwrap_or_else(|| Kind::ALL.to_vec())),
            orgs: RwSignal::new(orgs),
            fly_request: RwSignal::new(url.city.as_deref().and_then(|id| atlas.city_index(id)).filter(|_| url.view.is_none())),
            announcement: RwSignal::new(String::new()),
            distances: StoredValue::new(atlas.twin.cities.iter().map(|c| distance_km(origin, (c.lon, c.lat))).collect()),
        }
    }

    /// Whether a city passes the map's filters (reactive).
    pub fn city_visible(&self, i: usize) -> bool {
        let city = &self.atlas.twin.cities[i];
        let region_ok = self.atlas.region_of(city).is_some_and(|r| self.regions.with(|rs| rs.contains(&r)));
        let year_ok = match city.year {
            Some(y) => self.years.with(|r| r.contains(y)),
            None => !self.hide_undated.get(),
        };
        region_ok && year_ok
    }

    /// Whether an event passes the chart's kind and organization filters (reactive).
    pub fn event_shown(&self, i: usize) -> bool {
        let e = &self.atlas.summits.events[i];
        self.kinds.with(|k| k.contains(&e.kind)) && self.orgs.with(|o| o.as_ref().is_none_or(|o| o.contains(&e.organization)))
    }

    /// Whether an event falls in the shared year range (reactive).
    pub fn event_in_years(&self, i: usize) -> bool {
        let e = &self.atlas.summits.events[i];
        self.years.with(|r| r.from <= e.last().year && e.start.year <= r.to)
    }

    /// Whether the year range is narrower than the data.
    pub fn years_narrowed(&self) -> bool {
        self.years.get() != full_years(self.atlas)
    }

    /// Whether any filter (years, regions, unknown years, kinds, organizations) is set.
    pub fn filters_narrowed(&self) -> bool {
        self.years_narrowed()
            || self.regions.with(|r| r.len() < Region::ALL.len())
            || self.hide_undated.get()
            || self.kinds.with(|k| k.len() < Kind::ALL.len())
            || self.orgs.with(Option::is_some)
    }

    /// Clears every filter.
    pub fn reset_filters(&self) {
        self.years.set(full_years(self.atlas));
        self.regions.set(Region::ALL.to_vec());
        self.hide_undated.set(false);
        self.kinds.set(Kind::ALL.to_vec());
        self.orgs.set(None);
    }

    /// The state as a shareable URL state (reactive).
    pub fn url_state(&self) -> UrlState {
        let atlas = self.atlas;
        let span = full_years(atlas);
        UrlState {
            lang: Some(self.lang.get()),
            theme: self.theme.get(),
            city: self.city.get().map(|i| atlas.twin.cities[i].id.clone()),
            event: self.event.get().map(|i| atlas.summits.events[i].id.clone()),
            view: self.map_view.get().map(|v| {
                let (lon, lat, zoom) = v.lonlat_zoom();
                MapViewParam { lon, lat, zoom }
            }),
            years: Some(self.years.get()).filter(|y| *y != span),
            regions: Some(self.regions.get()).filter(|r| r.len() < Region::ALL.len()),
            hide_undated: self.hide_undated.get(),
            kinds: Some(self.kinds.get()).filter(|k| k.len() < Kind::ALL.len()),
            orgs: self.orgs.get(),
            embed: self.embed,
        }
    }

    /// Says something through the live region.
    pub fn announce(&self, text: impl Into<String>) {
        self.announcement.set(text.into());
    }
}

/// The years the data spans (agreements and events).
pub fn full_years(atlas: &Atlas) -> YearRange {
    let (from, to) = atlas.year_span();
    YearRange { from, to }
}

/// A reactive text in the current language. Every call site shares this one closure type,
/// which keeps the WebAssembly small (each distinct closure is compiled separately).
pub fn tr(m: crate::i18n::Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_app().lang;
    move || m.get(lang.get())
}

/// The shared state; every component runs under `App`, which provides it.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
