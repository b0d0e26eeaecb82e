//! The app's shared state in context. Components read it through read-only signals and
//! change it only through its operations (select a city, select an event, set the
//! filters, ...), which keep its invariants; the pure rules live in `filters.rs`.

use crate::card_texts::{self, CardText};
use crate::data::{Atlas, Participation};
use crate::filters::Filters;
use crate::geo::viewport::View;
use crate::lang::Lang;
use crate::url_state::{MapViewParam, Theme, UrlState};
use leptos::prelude::*;

/// The shared state (cheap to copy).
#[derive(Clone, Copy)]
pub struct AppState {
    pub atlas: &'static Atlas,
    /// `?embed=1`: the compact layout for an iframe.
    pub embed: bool,
    /// `?show=`: the parts of the page an embed shows (`None`: all).
    show: StoredValue<Option<Vec<crate::url_state::Part>>>,
    /// Whether the dark palette is in use (the theme, or the OS when the theme is auto).
    pub dark: Memo<bool>,
    lang: RwSignal<Lang>,
    theme: RwSignal<Theme>,
    os_dark: RwSignal<bool>,
    city: RwSignal<Option<usize>>,
    event: RwSignal<Option<usize>>,
    /// The selected country (an index of `Atlas::codes`).
    country: RwSignal<Option<usize>>,
    /// Who took part, once fetched (`want_participation`).
    participation: RwSignal<Option<Participation<'static>>>,
    participation_asked: StoredValue<bool>,
    map_view: RwSignal<Option<View>>,
    filters: RwSignal<Filters>,
    announcement: RwSignal<String>,
    /// The map's "fly to this city", registered by the map once it is built.
    fly_to_city: StoredValue<Option<Callback<usize>>>,
    /// A city the map should fly to when it registers (from `?city=` without `?view=`).
    pending_flight: StoredValue<Option<usize>>,
    /// Great-circle km from Astana, by city index.
    distances: StoredValue<Vec<f64>>,
    /// Bumped when a language's card texts arrive or fail (see `card_texts`).
    card_texts: RwSignal<u32>,
}

impl AppState {
    /// State from a parsed URL; unknown ids and out-of-range values fall back to defaults.
    pub fn new(atlas: &'static Atlas, url: &UrlState, lang: Lang, os_dark: bool) -> AppState {
        let theme = RwSignal::new(url.theme);
        let os_dark = RwSignal::new(os_dark);
        let city = url.city.as_deref().and_then(|id| atlas.city_index(id));
        // One card on the map at a time: a city named too wins (the older key).
        let country = url.country.as_deref().and_then(|c| atlas.country_by_alpha2(c)).filter(|_| city.is_none());
        AppState {
            atlas,
            embed: url.embed,
            show: StoredValue::new(url.show.clone()),
            dark: Memo::new(move |_| match theme.get() {
                Theme::Auto => os_dark.get(),
                Theme::Light => false,
                Theme::Dark => true,
            }),
            lang: RwSignal::new(lang),
            theme,
            os_dark,
            city: RwSignal::new(city),
            event: RwSignal::new(url.event.as_deref().and_then(|id| atlas.event_index(id))),
            country: RwSignal::new(country),
            participation: RwSignal::new(None),
            participation_asked: StoredValue::new(false),
            map_view: RwSignal::new(url.view.map(|v| View::at_lonlat(v.lon, v.lat, v.zoom))),
            filters: RwSignal::new(Filters::from_url(atlas, url)),
            announcement: RwSignal::new(String::new()),
            fly_to_city: StoredValue::new(None),
            pending_flight: StoredValue::new(city.filter(|_| url.view.is_none())),
            distances: StoredValue::new(atlas.twin.cities.iter().map(|c| atlas.distance_km(c)).collect()),
            card_texts: RwSignal::new(0),
        }
    }

    /// A card's body (`kind` `"city"` or `"event"`, or `"about"`) in the current language;
    /// reactive: it follows the language and the texts' arrival. Asks for them if needed.
    pub fn card_text(&self, kind: &'static str, id: &str) -> CardText {
        self.card_texts.track();
        let lang = self.lang.get();
        let text = card_texts::get(lang, kind, id);
        if text == CardText::Loading {
            self.want_card_texts();
        }
        text
    }

    /// Starts fetching the current language's card texts unless they are here or coming
    /// (called on an intent to open a card, so they are usually here when it opens).
    pub fn want_card_texts(&self) {
        let revision = self.card_texts;
        card_texts::request(self.lang.get_untracked(), crate::web::page_root, move || {
            revision.try_update(|r| *r += 1);
        });
    }

    /// Fetches the card texts again after a failure.
    pub fn retry_card_texts(&self) {
        self.want_card_texts();
        self.card_texts.update(|r| *r += 1);
    }

    pub fn lang(&self) -> ReadSignal<Lang> {
        self.lang.read_only()
    }

    /// Switches the interface to `lang` once its texts are in (fetched the first time);
    /// if they cannot be fetched, opens that language's page instead.
    pub fn set_lang(&self, lang: Lang) {
        let signal = self.lang;
        crate::ui_texts::request(lang, move |ok| {
            if ok {
                signal.set(lang);
            } else {
                crate::web::open_language_page(lang);
            }
        });
    }

    pub fn theme(&self) -> ReadSignal<Theme> {
        self.theme.read_only()
    }

    pub fn set_theme(&self, theme: Theme) {
        self.theme.set(theme);
    }

    /// Follows the operating system's light or dark preference.
    pub fn set_os_dark(&self, dark: bool) {
        self.os_dark.set(dark);
    }

    /// City `i`'s great-circle distance from Astana, km.
    pub fn distance_km(&self, i: usize) -> f64 {
        self.distances.with_value(|d| d[i])
    }

    /// Calls `f` with every city's distance from Astana, km, by index.
    pub fn with_distances<R>(&self, f: impl FnOnce(&[f64]) -> R) -> R {
        self.distances.with_value(|d| f(d))
    }

    /// The selected city (its card is open).
    pub fn city(&self) -> ReadSignal<Option<usize>> {
        self.city.read_only()
    }

    /// Opens a city's card. From outside the map (search, table, a link) `fly` also brings
    /// the map to it.
    pub fn select_city(&self, i: usize, fly: bool) {
        if i >= self.atlas.twin.cities.len() {
            return;
        }
        self.city.set(Some(i));
        self.country.set(None);
        if fly {
            match self.fly_to_city.get_value() {
                Some(fly_to) => fly_to.run(i),
                None => self.pending_flight.set_value(Some(i)),
            }
        }
    }

    pub fn close_city(&self) {
        self.city.set(None);
    }

    /// The selected event (its card is open).
    pub fn event(&self) -> ReadSignal<Option<usize>> {
        self.event.read_only()
    }

    /// Opens an event's card.
    pub fn select_event(&self, i: usize) {
        if i < self.atlas.summits.events.len() {
            self.event.set(Some(i));
        }
    }

    pub fn close_event(&self) {
        self.event.set(None);
    }

    /// The selected country (its card is open), an index of `Atlas::codes`.
    pub fn country(&self) -> ReadSignal<Option<usize>> {
        self.country.read_only()
    }

    /// Opens a country's card (and closes the city's: one card on the map at a time).
    pub fn select_country(&self, i: usize) {
        if i < self.atlas.codes.len() {
            self.city.set(None);
            self.country.set(Some(i));
        }
    }

    pub fn close_country(&self) {
        self.country.set(None);
    }

    /// Whether any card (city, event, country) is open.
    pub fn any_card(&self) -> bool {
        self.city.get().is_some() || self.event.get().is_some() || self.country.get().is_some()
    }

    /// Opens the cards `url` names and closes the others (Back or Forward in the history).
    pub fn cards_from_url(&self, url: &UrlState) {
        let atlas = self.atlas;
        let city = url.city.as_deref().and_then(|id| atlas.city_index(id));
        self.city.set(city);
        self.event.set(url.event.as_deref().and_then(|id| atlas.event_index(id)));
        self.country.set(url.country.as_deref().and_then(|c| atlas.country_by_alpha2(c)).filter(|_| city.is_none()));
    }

    /// Who took part in each event, once fetched (`None` until then).
    pub fn participation(&self) -> ReadSignal<Option<Participation<'static>>> {
        self.participation.read_only()
    }

    /// Fetches the participation data, once (the first load does not carry it).
    pub fn want_participation(&self) {
        if self.participation_asked.get_value() {
            return;
        }
        self.participation_asked.set_value(true);
        let url = format!("{}{}?v={}", crate::web::page_root(), crate::data::PARTICIPATION_FILE, crate::data::PARTICIPATION_VERSION);
        let signal = self.participation;
        crate::web::fetch_bytes(&url, move |bytes| match bytes.map(|b| crate::data::install_participation(&b)) {
            Some(Ok(p)) => signal.set(Some(p)),
            Some(Err(e)) => leptos::logging::warn!("{e}"),
            None => leptos::logging::warn!("the participation data could not be fetched"),
        });
    }

    /// The map view the visitor chose; `None` is the first view (every city).
    pub fn map_view(&self) -> ReadSignal<Option<View>> {
        self.map_view.read_only()
    }

    /// Sets the map view (`None`: back to the first view). Only the map calls this.
    pub fn set_map_view(&self, view: Option<View>) {
        self.map_view.set(view);
    }

    /// The map registers how it flies to a city; a flight asked for before runs now.
    pub fn register_fly_to_city(&self, fly_to: Callback<usize>) {
        self.fly_to_city.set_value(Some(fly_to));
        if let Some(i) = self.pending_flight.get_value() {
            self.pending_flight.set_value(None);
            fly_to.run(i);
        }
    }

    /// The filters in force.
    pub fn filters(&self) -> ReadSignal<Filters> {
        self.filters.read_only()
    }

    /// Changes the filters through one of `Filters`' operations.
    pub fn update_filters(&self, f: impl FnOnce(&mut Filters)) {
        self.filters.update(f);
    }

    /// Clears every filter.
    pub fn reset_filters(&self) {
        self.filters.set(Filters::all(self.atlas));
    }

    /// Whether a city passes the map's filters (reactive).
    pub fn city_visible(&self, i: usize) -> bool {
        self.filters.with(|f| f.city_visible(self.atlas, i))
    }

    /// Whether an event passes the chart's kind and organization filters (reactive).
    pub fn event_shown(&self, i: usize) -> bool {
        self.filters.with(|f| f.event_shown(self.atlas, i))
    }

    /// Whether an event falls in the shared year range (reactive).
    pub fn event_in_years(&self, i: usize) -> bool {
        self.filters.with(|f| f.event_in_years(self.atlas, i))
    }

    /// The state as a shareable URL state (reactive).
    pub fn url_state(&self) -> UrlState {
        let atlas = self.atlas;
        let mut url = UrlState {
            lang: Some(self.lang.get()),
            theme: self.theme.get(),
            city: self.city.get().map(|i| atlas.twin.cities[i].id.clone()),
            event: self.event.get().map(|i| atlas.summits.events[i].id.clone()),
            country: self.country.get().map(|i| atlas.codes[i].code.clone()),
            view: self.map_view.get().map(|v| {
                let (lon, lat, zoom) = v.lonlat_zoom();
                MapViewParam { lon, lat, zoom }
            }),
            embed: self.embed,
            show: self.show.get_value(),
            ..UrlState::default()
        };
        self.filters.with(|f| f.write_url(atlas, &mut url));
        url
    }

    /// The parts an embed shows (`None`: the whole page).
    pub fn shown_parts(&self) -> Option<Vec<crate::url_state::Part>> {
        self.show.get_value().filter(|_| self.embed)
    }

    /// The text of the polite live region.
    pub fn announcement(&self) -> ReadSignal<String> {
        self.announcement.read_only()
    }

    /// Says something through the live region.
    pub fn announce(&self, text: impl Into<String>) {
        self.announcement.set(text.into());
    }
}

/// A reactive text in the current language. Every call site shares this one closure type,
/// which keeps the WebAssembly small (each distinct closure is compiled separately).
pub fn tr(m: crate::i18n::Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_app().lang();
    move || m.get(lang.get())
}

/// The shared state; every component runs under `App`, which provides it.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
