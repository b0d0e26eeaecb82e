//! The shareable view state in the query string: parsed leniently, printed canonically.
//!
//! Unknown keys are ignored; a malformed, hostile or out-of-range value is dropped (its
//! default applies), never echoed. Whether an id exists in the data is the app's check:
//! this module only accepts the shape of an id.

use crate::data::{Kind, Region};
use crate::format::fixed_trimmed;
use crate::geo::viewport::{MAX_ZOOM, MIN_ZOOM};
use crate::lang::Lang;

/// The colour scheme asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn parse(s: &str) -> Option<Theme> {
        match s {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// The map's centre and zoom, as in `view=71.45,51.17,4`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapViewParam {
    pub lon: f64,
    pub lat: f64,
    pub zoom: f64,
}

/// An inclusive range of years, as in `years=2005-2017`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearRange {
    pub from: u16,
    pub to: u16,
}

impl YearRange {
    pub fn contains(&self, year: u16) -> bool {
        (self.from..=self.to).contains(&year)
    }
}

/// A part of the page that `show=` can ask for (meant for embeds: `?embed=1&show=map`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Map,
    Chart,
    Tables,
    Downloads,
    About,
}

impl Part {
    pub const ALL: [Part; 5] = [Part::Map, Part::Chart, Part::Tables, Part::Downloads, Part::About];

    pub fn slug(self) -> &'static str {
        match self {
            Part::Map => "map",
            Part::Chart => "chart",
            Part::Tables => "tables",
            Part::Downloads => "downloads",
            Part::About => "about",
        }
    }
}

/// The earliest and latest years a range may name.
pub const YEAR_BOUNDS: (u16, u16) = (1991, 2100);
/// Values longer than this are dropped unread.
const MAX_VALUE_LEN: usize = 512;

/// Everything a shared link can carry.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UrlState {
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub city: Option<String>,
    pub event: Option<String>,
    /// `country=tr`: the selected country's ISO alpha-2 code, kept upper-case (the app checks
    /// that it exists).
    pub country: Option<String>,
    pub view: Option<MapViewParam>,
    pub years: Option<YearRange>,
    /// Regions shown on the map; `None` means all.
    pub regions: Option<Vec<Region>>,
    /// Whether cities with an unknown year are shown (default yes).
    pub hide_undated: bool,
    /// Kinds of event shown on the chart; `None` means all.
    pub kinds: Option<Vec<Kind>>,
    /// Organizations shown on the chart; `None` means all.
    pub orgs: Option<Vec<String>>,
    pub embed: bool,
    /// `show=map,tables`: with `embed`, only these parts of the page (in the page's order);
    /// `None` shows everything.
    pub show: Option<Vec<Part>>,
}

/// An ISO alpha-2 code in either case, upper-cased: exactly two ASCII letters.
fn parse_country(s: &str) -> Option<String> {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic())).then(|| s.to_ascii_uppercase())
}

/// Whether `s` has the shape of a record id: 1 to 64 of `a-z`, `0-9` and `-`.
pub fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~,".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A plain decimal ("-71.45", "4"): no exponent, no "inf" or "NaN", at most 16 characters.
/// Parsed with integer arithmetic, so the wasm needs no general float parser.
fn parse_number(s: &str) -> Option<f64> {
    if s.is_empty() || s.len() > 16 {
        return None;
    }
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !all_digits(int) || !all_digits(frac) || (digits.contains('.') && frac.is_empty()) {
        return None;
    }
    let mantissa: u64 = format!("{int}{frac}").parse().ok()?;
    let value = mantissa as f64 / 10f64.powi(frac.len() as i32);
    Some(if negative { -value } else { value })
}

fn parse_view(s: &str) -> Option<MapViewParam> {
    let parts: Vec<&str> = s.split(',').collect();
    let [lon, lat, zoom] = parts.as_slice() else { return None };
    let (lon, lat, zoom) = (parse_number(lon)?, parse_number(lat)?, parse_number(zoom)?);
    let ok = (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat) && (MIN_ZOOM..=MAX_ZOOM).contains(&zoom);
    ok.then_some(MapViewParam { lon: round2(lon), lat: round2(lat), zoom: round2(zoom) })
}

fn round2(v: f64) -> f64 {
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

fn parse_year(s: &str) -> Option<u16> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

fn parse_years(s: &str) -> Option<YearRange> {
    let (from, to) = match s.split_once('-') {
        Some((a, b)) => (parse_year(a)?, parse_year(b)?),
        None => {
            let y = parse_year(s)?;
            (y, y)
        }
    };
    let (lo, hi) = YEAR_BOUNDS;
    (lo <= from && from <= to && to <= hi).then_some(YearRange { from, to })
}

/// A comma list of which every entry must parse; duplicates are dropped, order kept.
fn parse_list<T: PartialEq>(s: &str, item: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let mut out = Vec::new();
    for part in s.split(',') {
        let v = item(part)?;
        if !out.contains(&v) {
            out.push(v);
        }
    }
    (!out.is_empty() && out.len() <= 64).then_some(out)
}

fn parse_region(s: &str) -> Option<Region> {
    Region::ALL.into_iter().find(|r| r.slug() == s)
}

fn parse_kind(s: &str) -> Option<Kind> {
    Kind::ALL.into_iter().find(|k| k.slug() == s)
}

fn parse_part(s: &str) -> Option<Part> {
    Part::ALL.into_iter().find(|p| p.slug() == s)
}

fn parse_flag(s: &str) -> Option<bool> {
    match s {
        "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

impl UrlState {
    /// Reads a query string (with or without the leading `?`). Never fails: whatever cannot
    /// be read is left at its default. The first valid value of a repeated key wins.
    pub fn parse(query: &str) -> UrlState {
        let mut st = UrlState::default();
        let mut seen: Vec<&str> = Vec::new();
        for pair in query.trim_start_matches('?').split('&').take(64) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            if raw_value.len() > MAX_VALUE_LEN * 3 || raw_key.len() > 32 {
                continue;
            }
            let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else { continue };
            if value.len() > MAX_VALUE_LEN {
                continue;
            }
            let Some(key) = KEYS.iter().copied().find(|k| *k == key) else { continue };
            if seen.contains(&key) {
                continue;
            }
            let accepted = match key {
                "lang" => Lang::from_code(&value).map(|l| st.lang = Some(l)).is_some(),
                "theme" => Theme::parse(&value).map(|t| st.theme = t).is_some(),
                "city" => is_id(&value).then(|| st.city = Some(value.clone())).is_some(),
                "event" => is_id(&value).then(|| st.event = Some(value.clone())).is_some(),
                "country" => parse_country(&value).map(|c| st.country = Some(c)).is_some(),
                "view" => parse_view(&value).map(|v| st.view = Some(v)).is_some(),
                "years" => parse_years(&value).map(|y| st.years = Some(y)).is_some(),
                "regions" => parse_list(&value, parse_region).map(|r| st.regions = Some(r)).is_some(),
                "undated" => match value.as_str() {
                    "hide" => {
                        st.hide_undated = true;
                        true
                    }
                    "show" => true,
                    _ => false,
                },
                "kinds" => parse_list(&value, parse_kind).map(|k| st.kinds = Some(k)).is_some(),
                "orgs" => parse_list(&value, |s| is_id(s).then(|| s.to_string())).map(|o| st.orgs = Some(o)).is_some(),
                "embed" => parse_flag(&value).map(|e| st.embed = e).is_some(),
                "show" => parse_list(&value, parse_part)
                    .map(|mut p| {
                        p.sort_by_key(|x| Part::ALL.iter().position(|a| a == x));
                        st.show = Some(p);
                    })
                    .is_some(),
                _ => false,
            };
            if accepted {
                seen.push(key);
            }
        }
        st
    }

    /// The canonical query string (without `?`), leaving defaults out.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut add = |k: &str, v: String| parts.push(format!("{k}={}", percent_encode(&v)));
        if let Some(l) = self.lang {
            add("lang", l.code().to_string());
        }
        if self.theme != Theme::Auto {
            add("theme", self.theme.slug().to_string());
        }
        if let Some(c) = &self.city {
            add("city", c.clone());
        }
        if let Some(e) = &self.event {
            add("event", e.clone());
        }
        if let Some(c) = &self.country {
            add("country", c.clone());
        }
        if let Some(v) = self.view {
            add("view", format!("{},{},{}", fixed_trimmed(v.lon, 2), fixed_trimmed(v.lat, 2), fixed_trimmed(v.zoom, 2)));
        }
        if let Some(y) = self.years {
            add("years", if y.from == y.to { y.from.to_string() } else { format!("{}-{}", y.from, y.to) });
        }
        if let Some(r) = &self.regions {
            add("regions", r.iter().map(|r| r.slug()).collect::<Vec<_>>().join(","));
        }
        if self.hide_undated {
            add("undated", "hide".to_string());
        }
        if let Some(k) = &self.kinds {
            add("kinds", k.iter().map(|k| k.slug()).collect::<Vec<_>>().join(","));
        }
        if let Some(o) = &self.orgs {
            add("orgs", o.join(","));
        }
        if self.embed {
            add("embed", "1".to_string());
        }
        if let Some(p) = &self.show {
            add("show", p.iter().map(|p| p.slug()).collect::<Vec<_>>().join(","));
        }
        parts.join("&")
    }
}

/// The keys a link may carry.
const KEYS: [&str; 13] =
    ["lang", "theme", "city", "event", "country", "view", "years", "regions", "undated", "kinds", "orgs", "embed", "show"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_full_link() {
        let st = UrlState::parse("?lang=kk&theme=dark&city=doha&event=osce-summit-2010&view=51.53,25.29,4&years=2005-2017&regions=asia,europe&undated=hide&kinds=summit&orgs=sco,cis&embed=1");
        assert_eq!(st.lang, Some(Lang::Kk));
        assert_eq!(st.theme, Theme::Dark);
        assert_eq!(st.city.as_deref(), Some("doha"));
        assert_eq!(st.event.as_deref(), Some("osce-summit-2010"));
        assert_eq!(st.view, Some(MapViewParam { lon: 51.53, lat: 25.29, zoom: 4.0 }));
        assert_eq!(st.years, Some(YearRange { from: 2005, to: 2017 }));
        assert_eq!(st.regions, Some(vec![Region::Asia, Region::Europe]));
        assert!(st.hide_undated);
        assert_eq!(st.kinds, Some(vec![Kind::Summit]));
        assert_eq!(st.orgs, Some(vec!["sco".to_string(), "cis".to_string()]));
        assert!(st.embed);
    }

    #[test]
    fn a_country_code_is_read_in_either_case_and_printed_upper_case() {
        assert_eq!(UrlState::parse("country=tr").country.as_deref(), Some("TR"));
        assert_eq!(UrlState::parse("country=Tr&country=kz").country.as_deref(), Some("TR"));
        assert_eq!(UrlState::parse("country=tr&event=osce-summit-2010").to_query(), "event=osce-summit-2010&country=TR");
        for bad in ["country=", "country=t", "country=tur", "country=t1", "country=%C3%BC%C3%BC", "country=<s"] {
            assert_eq!(UrlState::parse(bad), UrlState::default(), "{bad}");
        }
    }

    #[test]
    fn show_lists_parts_in_the_page_order_and_drops_unknown_lists() {
        assert_eq!(UrlState::parse("show=map").show, Some(vec![Part::Map]));
        assert_eq!(UrlState::parse("show=tables,chart,chart").show, Some(vec![Part::Chart, Part::Tables]));
        assert_eq!(UrlState::parse("embed=1&show=chart,map").to_query(), "embed=1&show=map,chart");
        assert_eq!(UrlState::parse("show=map,errata&show=chart").show, Some(vec![Part::Chart]));
        for bad in ["show=", "show=Map", "show=map,,chart", "show=<b>", "show=all"] {
            assert_eq!(UrlState::parse(bad), UrlState::default(), "{bad}");
        }
    }

    #[test]
    fn reads_plain_decimals_only() {
        assert_eq!(parse_number("51.17"), Some(51.17));
        assert_eq!(parse_number("-71.5"), Some(-71.5));
        assert_eq!(parse_number("4"), Some(4.0));
        for bad in ["", "-", ".5", "5.", "1e5", "inf", "NaN", "1.2.3", "--1", "+1", "12345678901234567"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_single_year_is_a_range() {
        assert_eq!(UrlState::parse("years=2017").years, Some(YearRange { from: 2017, to: 2017 }));
        assert_eq!(UrlState { years: Some(YearRange { from: 2017, to: 2017 }), ..Default::default() }.to_query(), "years=2017");
    }

    #[test]
    fn drops_hostile_and_malformed_values() {
        let hostile = [
            "city=<script>alert(1)</script>",
            "city=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            "event=javascript:alert(1)",
            "lang=xx",
            "lang=EN",
            "theme=%00dark",
            "view=NaN,1,1",
            "view=1e308,0,1",
            "view=200,0,2",
            "view=10,20",
            "view=10,20,0.5",
            "years=2017-2005",
            "years=abcd-efgh",
            "years=0000-9999",
            "years=20170",
            "regions=mars",
            "kinds=summit,party",
            "embed=maybe",
            "show=map,sidebar",
            "city=%E0%A4%A",
            "city=%FF%FE",
            "undated=sometimes",
        ];
        for q in hostile {
            assert_eq!(UrlState::parse(q), UrlState::default(), "{q}");
        }
        let long = format!("city={}", "a".repeat(100_000));
        assert_eq!(UrlState::parse(&long), UrlState::default());
    }

    #[test]
    fn ignores_unknown_keys_and_keeps_the_first_valid_duplicate() {
        let st = UrlState::parse("foo=bar&lang=zz&lang=ru&lang=kk&&=&city");
        assert_eq!(st.lang, Some(Lang::Ru));
        assert_eq!(st.city, None);
    }

    #[test]
    fn prints_canonically_and_leaves_defaults_out() {
        assert_eq!(UrlState::default().to_query(), "");
        let st = UrlState::parse("embed=1&city=doha&lang=ru&theme=auto");
        assert_eq!(st.to_query(), "lang=ru&city=doha&embed=1");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn id() -> impl Strategy<Value = String> {
        "[a-z0-9-]{1,20}"
    }

    /// A value for any key: one that some key accepts, one that is hostile or malformed, or
    /// anything query-shaped.
    fn value() -> impl Strategy<Value = String> {
        let plausible = [
            "kk",
            "ru",
            "en",
            "auto",
            "light",
            "dark",
            "doha",
            "osce-summit-2010",
            "71.45,51.17,4",
            "-79.9959,40.4406,2.555",
            "0,0,1",
            "2005-2017",
            "2017",
            "europe",
            "asia,europe",
            "middle-east-africa,americas",
            "hide",
            "show",
            "summit",
            "forum,sport,expo",
            "sco",
            "sco,cis",
            "astana-process",
            "tr",
            "KZ",
            "zz",
            "1",
            "0",
            "true",
            "no",
            "map",
            "chart,map",
            "map,tables",
            "about,downloads,tables,chart,map",
        ];
        let hostile = [
            "",
            "<script>alert(1)</script>",
            "%3Cimg%20src%3Dx%3E",
            "\"'><svg/onload=1>",
            "%00",
            "%",
            "%E0%A4%A",
            "%FF%FE",
            "1e5,0,1",
            "NaN,1,1",
            "200,0,2",
            "10,20",
            "10,20,0.5",
            "europe,,asia",
            "2017-2005",
            "0000-9999",
            "20170",
            "EN",
            "Doha",
            "doha%00",
            "-",
            "--",
            ",",
            "summit,party",
            "javascript:alert(1)",
            "t",
            "tur",
            "t1",
        ];
        prop_oneof![
            proptest::sample::select(plausible.to_vec()).prop_map(String::from),
            proptest::sample::select(hostile.to_vec()).prop_map(String::from),
            "[%a-zA-Z0-9,.<>\"'-]{0,40}",
        ]
    }

    /// A query of known keys (and some unknown ones), repeated keys included.
    fn query() -> impl Strategy<Value = String> {
        let key = prop_oneof![9 => proptest::sample::select(KEYS.to_vec()).prop_map(String::from), 1 => "[a-z]{1,8}"];
        proptest::collection::vec((key, value()), 0..12)
            .prop_map(|pairs| pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"))
    }

    fn state() -> impl Strategy<Value = UrlState> {
        let lang = prop_oneof![Just(None), Just(Some(Lang::En)), Just(Some(Lang::Kk)), Just(Some(Lang::Ru))];
        let theme = prop_oneof![Just(Theme::Auto), Just(Theme::Light), Just(Theme::Dark)];
        let view = proptest::option::of((-18000i32..=18000, -9000i32..=9000, 100i32..=2400).prop_map(|(a, b, z)| MapViewParam {
            lon: f64::from(a) / 100.0,
            lat: f64::from(b) / 100.0,
            zoom: f64::from(z) / 100.0,
        }));
        let years = proptest::option::of((1991u16..=2100, 0u16..=30).prop_map(|(a, d)| YearRange { from: a, to: (a + d).min(2100) }));
        let regions = proptest::option::of(proptest::sample::subsequence(Region::ALL.to_vec(), 1..=4));
        let kinds = proptest::option::of(proptest::sample::subsequence(Kind::ALL.to_vec(), 1..=6));
        let orgs = proptest::option::of(proptest::collection::vec(id(), 1..4).prop_map(|mut v| {
            v.dedup();
            v
        }));
        (
            (lang, theme, proptest::option::of(id()), proptest::option::of(id()), view, years),
            (regions, any::<bool>(), kinds, orgs, any::<bool>(), proptest::option::of("[A-Z]{2}")),
            proptest::option::of(proptest::sample::subsequence(Part::ALL.to_vec(), 1..=5)),
        )
            .prop_map(|((lang, theme, city, event, view, years), (regions, hide_undated, kinds, orgs, embed, country), show)| {
                UrlState {
                    lang,
                    theme,
                    city,
                    event,
                    country,
                    view,
                    years,
                    regions,
                    hide_undated,
                    kinds,
                    orgs: orgs.map(|mut o| {
                        let mut seen = Vec::new();
                        o.retain(|x| {
                            if seen.contains(x) {
                                false
                            } else {
                                seen.push(x.clone());
                                true
                            }
                        });
                        o
                    }),
                    embed,
                    show,
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn never_panics_on_any_string(q in ".{0,300}") {
            let _ = UrlState::parse(&q);
        }

        #[test]
        fn whatever_was_accepted_prints_and_reparses(q in query()) {
            let st = UrlState::parse(&q);
            let printed = st.to_query();
            prop_assert_eq!(UrlState::parse(&printed), st);
            for part in printed.split('&').filter(|p| !p.is_empty()) {
                prop_assert!(KEYS.contains(&part.split('=').next().unwrap()), "{}", part);
            }
        }

        #[test]
        fn print_then_parse_is_identity(st in state()) {
            prop_assert_eq!(UrlState::parse(&st.to_query()), st);
        }

        #[test]
        fn printed_queries_need_no_escaping_in_html(st in state()) {
            let q = st.to_query();
            prop_assert!(!q.contains(['<', '>', '"', '\'', ' ']));
        }
    }
}
