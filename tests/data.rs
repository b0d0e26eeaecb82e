//! The embedded data set: every rule of the foundation issue, on the real files, and proof
//! that the validator catches broken rows.
#![cfg(not(target_arch = "wasm32"))]

use astana_atlas::data::{self, validate, Atlas, CityName, Confidence, PartialDate, Relation, SUMMITS_JSON, TWIN_CITIES_JSON};
use std::collections::HashSet;

fn atlas() -> &'static Atlas {
    data::load().expect("embedded data parses")
}

#[test]
fn embedded_data_passes_every_rule() {
    let problems = validate(atlas());
    assert!(problems.is_empty(), "data problems:\n{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"));
}

#[test]
fn holds_the_fact_sheets_rows_and_the_confirmed_additions() {
    assert_eq!(atlas().twin.cities.len(), 35, "33 from the fact sheets + Milan and Lugano");
    assert_eq!(atlas().summits.events.len(), 97, "81 from the fact sheets + 16 added in data-research.md");
    let countries: HashSet<_> = atlas().twin.cities.iter().map(|c| c.country.as_str()).collect();
    assert_eq!(countries.len(), 28, "the notes count 26 countries, + Italy and Switzerland");
}

#[test]
fn matches_the_fact_sheet_tallies() {
    let cities = &atlas().twin.cities;
    let count = |c: Confidence| cities.iter().filter(|x| x.confidence == c).count();
    assert_eq!((count(Confidence::High), count(Confidence::Medium), count(Confidence::Low)), (22, 8, 5));
    assert_eq!(cities.iter().filter(|c| c.year.is_some()).count(), 20);
    let events = &atlas().summits.events;
    assert_eq!(events.iter().filter(|e| e.in_article).count(), 17, "17 seed rows");
    let in_2017 = events.iter().filter(|e| e.start.year == 2017).count();
    assert_eq!(in_2017, 12);
    assert_eq!(events.iter().filter(|e| e.organization == "astana-process").count(), 21);
}

#[test]
fn astana_is_the_origin() {
    let o = &atlas().twin.origin;
    assert_eq!((o.lat, o.lon), (51.1694, 71.4491));
    assert_eq!(o.name.kk.as_deref(), Some("Астана"));
}

#[test]
fn doha_was_signed_in_2022_and_paris_is_cooperation_only() {
    let a = atlas();
    let doha = &a.twin.cities[a.city_index("doha").unwrap()];
    assert_eq!(doha.year, Some(2022));
    let paris = &a.twin.cities[a.city_index("paris").unwrap()];
    assert_eq!(paris.relation, Relation::Cooperation);
    assert_eq!(paris.year, None, "the source does not state the year");
}

#[test]
fn the_2013_iran_talks_are_a_correction_not_an_event() {
    let a = atlas();
    assert!(a.summits.events.iter().all(|e| !(e.start.year == 2013 && e.name.en.contains("Iran"))));
    let corr = a.summits.corrections.iter().find(|c| c.id == "iran-talks-2013").expect("correction listed");
    assert!(corr.text.en.contains("Almaty"));
}

#[test]
fn the_vii_congress_was_in_nur_sultan() {
    let a = atlas();
    let e = &a.summits.events[a.event_index("congress-religions-7").unwrap()];
    assert_eq!(e.start, PartialDate::ymd(2022, 9, 14));
    assert_eq!(e.city_name, CityName::NurSultan);
}

#[test]
fn every_event_speaks_three_languages_or_says_why_not() {
    for e in &atlas().summits.events {
        assert!(e.fact.ru.is_some() && e.fact.kk.is_some(), "{}: fact", e.id);
        if let Some(p) = &e.participants {
            assert!(p.ru.is_some() && p.kk.is_some(), "{}: participants", e.id);
        }
        let full = e.name.ru.is_some() && e.name.kk.is_some();
        assert_eq!(full, e.name_untranslated.is_none(), "{}: a name left in English says why", e.id);
    }
}

#[test]
fn every_organization_and_country_is_named_in_three_languages() {
    for o in &atlas().summits.organizations {
        assert!(o.name.ru.is_some() && o.name.kk.is_some(), "{}", o.id);
    }
    for c in &atlas().twin.countries {
        assert!(c.name.ru.is_some() && c.name.kk.is_some(), "{}", c.code);
    }
}

/// Parses the real files, lets `edit` break them, and returns the validator's messages.
fn problems_after(edit: impl FnOnce(&mut serde_json::Value, &mut serde_json::Value)) -> Vec<String> {
    let mut twin: serde_json::Value = serde_json::from_str(TWIN_CITIES_JSON).unwrap();
    let mut summits: serde_json::Value = serde_json::from_str(SUMMITS_JSON).unwrap();
    edit(&mut twin, &mut summits);
    match Atlas::parse(&twin.to_string(), &summits.to_string()) {
        Ok(a) => validate(&a).into_iter().map(|p| p.to_string()).collect(),
        Err(e) => vec![format!("parse error: {e}")],
    }
}

/// A change to the twin-cities and summits JSON.
type Edit = dyn FnOnce(&mut serde_json::Value, &mut serde_json::Value);

#[test]
fn validator_catches_broken_rows() {
    let cases: Vec<(&str, Box<Edit>)> = vec![
        ("duplicate id", Box::new(|t, _| t["cities"][1]["id"] = t["cities"][0]["id"].clone())),
        ("latitude", Box::new(|t, _| t["cities"][0]["lat"] = 91.0.into())),
        ("longitude", Box::new(|t, _| t["cities"][0]["lon"] = (-181.0).into())),
        ("no source", Box::new(|t, _| t["cities"][2]["sources"] = serde_json::json!([]))),
        ("no source", Box::new(|_, s| s["events"][5]["sources"] = serde_json::json!([]))),
        ("ends before it starts", Box::new(|_, s| s["events"][0]["end"] = "1998-01-01".into())),
        ("parse error", Box::new(|_, s| s["events"][0]["start"] = "1998-02-30".into())),
        ("parse error", Box::new(|t, _| t["cities"][0]["name"].as_object_mut().unwrap().remove("kk").map(|_| ()).unwrap())),
        ("ru is empty", Box::new(|t, _| t["cities"][0]["name"]["ru"] = "".into())),
        ("a city the article names is missing", Box::new(|t, _| t["cities"].as_array_mut().unwrap().retain(|c| c["id"] != "nice"))),
        (
            "Doha agreement 2022",
            Box::new(|t, _| {
                let doha = t["cities"].as_array_mut().unwrap().iter_mut().find(|c| c["id"] == "doha").unwrap();
                doha["year"] = 2021.into();
            }),
        ),
        ("does not match the date", Box::new(|_, s| s["events"][0]["city_name"] = "nur-sultan".into())),
        (
            "Almaty",
            Box::new(|_, s| {
                let mut e = s["events"][0].clone();
                e["id"] = "iran-talks-almaty".into();
                e["name"]["en"] = "P5+1 talks on the Iran nuclear programme".into();
                e["start"] = "2013-02-26".into();
                e["end"] = "2013-02-27".into();
                s["events"].as_array_mut().unwrap().push(e);
            }),
        ),
        ("unknown organization", Box::new(|_, s| s["events"][3]["organization"] = "nato".into())),
        ("unknown country", Box::new(|t, _| t["cities"][3]["country"] = "XX".into())),
        ("not kebab-case", Box::new(|t, _| t["cities"][3]["id"] = "New York".into())),
        ("bad source url", Box::new(|t, _| t["cities"][0]["sources"][0]["url"] = "javascript:alert(1)".into())),
        ("fact: kk is missing", Box::new(|_, s| s["events"][2]["fact"]["kk"] = serde_json::Value::Null)),
        ("participants: ru is missing", Box::new(|_, s| s["events"][0]["participants"]["ru"] = serde_json::Value::Null)),
        ("fact: ru is the English text", Box::new(|_, s| s["events"][1]["fact"]["ru"] = s["events"][1]["fact"]["en"].clone())),
        ("name: no kk or ru form", Box::new(|_, s| s["events"][4]["name"]["kk"] = serde_json::Value::Null)),
        ("name_untranslated is set but", Box::new(|_, s| s["events"][4]["name_untranslated"] = "no standard form found".into())),
        ("parse error", Box::new(|_, s| s["events"][4].as_object_mut().unwrap().remove("name_untranslated").map(|_| ()).unwrap())),
        (
            "low confidence without a note",
            Box::new(|t, _| {
                let c = t["cities"].as_array_mut().unwrap().iter_mut().find(|c| c["id"] == "pittsburgh").unwrap();
                c["note"] = serde_json::Value::Null;
            }),
        ),
    ];
    for (expected, edit) in cases {
        let problems = problems_after(edit);
        assert!(problems.iter().any(|p| p.contains(expected)), "expected a problem containing {expected:?}, got {problems:?}");
    }
}

#[test]
fn every_country_has_its_natural_earth_shape() {
    let shapes = astana_atlas::geo::world::countries();
    let topology = astana_atlas::geo::topojson::Topology::parse(include_str!("../src/data/countries-110m.json")).unwrap();
    let features = topology.features("countries").unwrap();
    for c in &atlas().twin.countries {
        assert!(shapes.iter().any(|s| s.numeric == c.numeric), "no shape for {} ({})", c.code, c.numeric);
        let feature = features.iter().find(|f| f.id.as_deref() == Some(c.numeric.as_str())).unwrap();
        let name = feature.name.as_deref().unwrap_or_default();
        // Natural Earth abbreviates a few names ("Bosnia and Herz.", "United States of America").
        let first_word = c.name.en.split_whitespace().next().unwrap();
        assert!(name.starts_with(first_word), "{} is {name} in Natural Earth", c.name.en);
    }
}

#[test]
fn the_embedded_compact_form_equals_the_json_files() {
    let from_json = Atlas::parse(TWIN_CITIES_JSON, SUMMITS_JSON).expect("the JSON files parse");
    assert_eq!(atlas(), &from_json);
}
