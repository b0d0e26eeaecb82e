//! The embedded data set: every rule of the foundation issue, on the real files, and proof
//! that the validator catches broken rows.
#![cfg(not(target_arch = "wasm32"))]

use astana_atlas::data::{self, validate, Atlas, CityName, Confidence, PartialDate, Relation, SUMMITS_JSON, TWIN_CITIES_JSON};
use astana_atlas::lang::Lang;
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
    assert_eq!(atlas().summits.events.len(), 125, "81 from the fact sheets + 16, 20 and 8 added in the three passes of data-research.md");
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
    assert_eq!(in_2017, 12 + 3, "12 in the fact sheets + the 2017 Eurasian Media Forum, Astana Club and SCO defence ministers' meeting");
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
fn a_citys_country_and_distance_come_from_one_helper_each() {
    let a = atlas();
    let city = |id: &str| &a.twin.cities[a.city_index(id).unwrap()];
    assert_eq!(a.country_name(city("doha"), Lang::Kk), "Катар");
    assert_eq!(a.country_name(city("pittsburgh"), Lang::Ru), "США");
    assert_eq!(a.country_name(city("pittsburgh"), Lang::En), "United States");
    // A country with no Kazakh name falls back to English.
    let mut edited = a.clone();
    let us = edited.twin.countries.iter_mut().find(|c| c.code == "US").unwrap();
    us.name.kk = None;
    assert_eq!(edited.country_name(city("pittsburgh"), Lang::Kk), "United States");
    // d3-geo's geoDistance for Astana-Pittsburgh, times the mean Earth radius.
    assert!((a.distance_km(city("pittsburgh")) - 9458.05).abs() < 0.01);
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

/// The real data with the annotations file broken by `edit`, and the validator's messages.
fn note_problems_after(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let mut notes: serde_json::Value = serde_json::from_str(data::ANNOTATIONS_JSON).unwrap();
    edit(&mut notes);
    match Atlas::parse_annotations(&notes.to_string()) {
        Ok(annotations) => validate(&Atlas { annotations, ..atlas().clone() }).into_iter().map(|p| p.to_string()).collect(),
        Err(e) => vec![format!("parse error: {e}")],
    }
}

#[test]
fn annotation_validator_catches_broken_rows() {
    type NoteEdit = dyn FnOnce(&mut serde_json::Value);
    let cases: Vec<(&str, Box<NoteEdit>)> = vec![
        ("text: kk is missing", Box::new(|n| n["annotations"][0]["text"]["kk"] = serde_json::Value::Null)),
        ("text: ru is empty", Box::new(|n| n["annotations"][1]["text"]["ru"] = "".into())),
        ("parse error", Box::new(|n| n["annotations"][2]["text"].as_object_mut().unwrap().remove("ru").map(|_| ()).unwrap())),
        ("text: English is empty", Box::new(|n| n["annotations"][2]["text"]["en"] = " ".into())),
        ("text: ru is the English text", Box::new(|n| n["annotations"][3]["text"]["ru"] = n["annotations"][3]["text"]["en"].clone())),
        ("no source", Box::new(|n| n["annotations"][4]["sources"] = serde_json::json!([]))),
        ("bad source url", Box::new(|n| n["annotations"][4]["sources"][0]["url"] = "ftp:x".into())),
        ("names unknown event", Box::new(|n| n["annotations"][2]["event"] = "osce-summit-2011".into())),
        ("is not the start of", Box::new(|n| n["annotations"][2]["date"] = "2010-12-02".into())),
        ("parse error", Box::new(|n| n["annotations"][5].as_object_mut().unwrap().remove("event").map(|_| ()).unwrap())),
        ("not in date order", Box::new(|n| n["annotations"].as_array_mut().unwrap().swap(0, 1))),
        ("duplicate id", Box::new(|n| n["annotations"][1]["id"] = n["annotations"][0]["id"].clone())),
        ("too long for a phone", Box::new(|n| n["annotations"][0]["text"]["en"] = "word ".repeat(20).into())),
        ("6 to 10 notes", Box::new(|n| n["annotations"].as_array_mut().unwrap().truncate(5))),
    ];
    assert!(note_problems_after(|_| ()).is_empty(), "the real file passes");
    for (expected, edit) in cases {
        let problems = note_problems_after(edit);
        assert!(problems.iter().any(|p| p.contains(expected)), "expected a problem containing {expected:?}, got {problems:?}");
    }
}

#[test]
fn the_capitals_renamings_are_noted_on_the_days_the_chart_uses() {
    // The notes with no event are the renamings; their dates are the name periods' edges.
    let edges: Vec<PartialDate> = atlas().annotations.iter().filter(|n| n.event.is_none()).map(|n| n.date).collect();
    assert!(!edges.is_empty());
    for d in edges {
        let before = PartialDate::ymd(d.year, d.month, d.day.unwrap() - 1);
        assert_ne!(CityName::on(before), CityName::on(d), "{d} is not a renaming day");
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

// ---- Participants (issue 12) ----

use astana_atlas::data::{
    participation, participation_bytes, validate_world, validate_world_files, world_files, Participation, Role, COUNTRIES_JSON,
    PARTICIPANTS_JSON,
};

/// The participation data (native builds embed it).
fn part() -> Participation<'static> {
    participation().expect("participation data installs")
}

/// The ISO codes of an event's participants.
fn participant_codes(id: &str) -> Vec<&'static str> {
    let a = part();
    let p = a.participants(a.atlas.event_index(id).unwrap_or_else(|| panic!("no event {id}")));
    p.iter().map(|(c, _)| a.country(c).unwrap().code.as_str()).collect()
}

/// The role of `code` at event `id`.
fn role(id: &str, code: &str) -> Option<Role> {
    let a = part();
    a.participants(a.atlas.event_index(id).unwrap()).role_of(a.atlas.country_by_alpha2(code).unwrap())
}

#[test]
fn the_participation_data_matches_the_first_load_and_the_json() {
    let problems = validate_world(atlas(), part().world);
    assert!(problems.is_empty(), "{problems:?}");
    let (from_json, world, _) = Atlas::parse_all(TWIN_CITIES_JSON, SUMMITS_JSON, COUNTRIES_JSON, PARTICIPANTS_JSON).unwrap();
    assert_eq!(&from_json, atlas());
    assert_eq!(&world, part().world, "build.rs and the native derivation agree (points included)");
}

/// `public/participation.bin` is what the browser fetches: it must be this build's bytes.
/// Regenerate with `UPDATE_PARTICIPATION=1 cargo test --test data` (or `make participation`).
#[test]
fn public_participation_bin_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/participation.bin");
    if std::env::var_os("UPDATE_PARTICIPATION").is_some() {
        std::fs::write(path, participation_bytes()).unwrap();
        return;
    }
    let committed = std::fs::read(path).unwrap_or_default();
    assert!(committed == participation_bytes(), "public/participation.bin is out of date: run `make participation`");
}

#[test]
fn participation_files_pass_every_rule() {
    let problems = validate_world_files(atlas(), world_files());
    assert!(problems.is_empty(), "participation problems:\n{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"));
}

#[test]
fn sco_members_before_and_after_the_astana_enlargement_of_june_2017() {
    // 2011: India and Pakistan were observers, not members (they attended as observers).
    for code in ["IN", "PK"] {
        assert_eq!(role("sco-summit-2011", code), Some(Role::Observer), "{code} in 2011");
        assert_eq!(role("sco-summit-2017", code), Some(Role::Member), "{code} in 2017");
    }
    let members = |id: &str| {
        let a = part();
        let p = a.participants(a.atlas.event_index(id).unwrap());
        p.iter().filter(|&(_, r)| r == Role::Member).map(|(c, _)| a.country(c).unwrap().code.as_str()).collect::<Vec<_>>()
    };
    assert_eq!(members("sco-summit-2005"), ["CN", "KG", "KZ", "RU", "TJ", "UZ"], "the six founders");
    assert_eq!(members("sco-summit-2011"), members("sco-summit-2005"));
    for code in ["CN", "RU", "IN", "PK"] {
        assert!(members("sco-summit-2017").contains(&code), "{code} in 2017");
    }
    // The fact sheet: 10 member states in 2024, Belarus admitted at the summit.
    assert_eq!(members("sco-summit-2024").len(), 10);
    assert!(members("sco-summit-2024").contains(&"BY") && !members("sco-summit-2017").contains(&"BY"));
}

#[test]
fn the_2010_osce_summit_had_the_56_participating_states() {
    // 56: the OSCE press release of 2010-11-30 and the fact sheet (summits_notes.md, item 6).
    let codes = participant_codes("osce-summit-2010");
    assert_eq!(codes.len(), 56);
    for code in ["US", "DE", "RU", "KZ", "VA", "ME"] {
        assert!(codes.contains(&code), "{code}");
    }
    for code in ["CN", "MN"] {
        assert!(!codes.contains(&code), "{code} was not a participating State in 2010");
    }
}

#[test]
fn turkey_has_its_cities_and_every_round_of_the_syria_talks() {
    let a = atlas();
    let cities: Vec<&str> = a.cities_of_country("tr").iter().map(|&i| a.twin.cities[i].id.as_str()).collect();
    assert_eq!(cities, ["ankara", "istanbul", "izmir"]);
    let events = part().events_of_country("tr");
    let syria: Vec<usize> = (0..a.summits.events.len()).filter(|&i| a.summits.events[i].organization == "astana-process").collect();
    assert!(!syria.is_empty());
    for i in &syria {
        assert!(events.contains(i), "{}", a.summits.events[*i].id);
        assert_eq!(part().participants(*i).role_of(a.country_by_alpha2("TR").unwrap()), Some(Role::Guarantor));
    }
    let starts: Vec<u32> = events.iter().map(|&i| a.summits.events[i].start.ordinal_key()).collect();
    assert!(starts.windows(2).all(|w| w[0] >= w[1]), "newest first");
    assert!(events.iter().any(|&i| a.summits.events[i].id == "ots-summit-2023"));
}

#[test]
fn memberships_change_where_the_sources_say() {
    // CSTO: Uzbekistan out in 2004 and 2018; Armenia froze its participation in 2024.
    assert_eq!(participant_codes("csto-summit-2004"), ["AM", "BY", "KG", "KZ", "RU", "TJ"]);
    assert_eq!(participant_codes("csto-summit-2018"), participant_codes("csto-summit-2004"));
    assert_eq!(participant_codes("csto-summit-2024"), ["BY", "KG", "KZ", "RU", "TJ"]);
    // CIS: Georgia and Ukraine in 2004; in 2022 neither, nor absent Moldova; Turkmenistan an associate.
    let cis2004 = participant_codes("cis-summit-2004");
    // 11 states of the Alma-Ata protocol and Georgia (PanARMENIAN.Net 2008, cited in the data).
    assert_eq!(cis2004.len(), 12);
    assert!(cis2004.contains(&"GE") && cis2004.contains(&"UA"));
    let cis2022 = participant_codes("cis-summit-2022");
    assert_eq!(cis2022.len(), 9, "the fact sheet counts 9 states");
    assert!(!cis2022.iter().any(|c| ["GE", "UA", "MD"].contains(c)));
    assert_eq!(role("cis-summit-2022", "TM"), Some(Role::Associate));
    assert_eq!(role("cis-summit-2004", "TM"), Some(Role::Member));
    // OIC: 57 members in 2011 (the fact sheet), Syria suspended in August 2012.
    assert_eq!(participant_codes("oic-cfm-2011").len(), 57);
    assert!(participant_codes("oic-cfm-2011").contains(&"SY") && !participant_codes("oic-st-summit-2017").contains(&"SY"));
    assert_eq!(participant_codes("oic-st-summit-2017").len(), 56);
    // CICA: 27 members before Kuwait, admitted at the 2022 summit as the 28th (Kazinform).
    assert_eq!(participant_codes("cica-ministerial-2021").len(), 27);
    assert!(participant_codes("cica-summit-2022").contains(&"KW") && !participant_codes("cica-ministerial-2021").contains(&"KW"));
    // EurAsEC without Uzbekistan (suspended 2008); EAEU with Armenia and Kyrgyzstan (2015).
    assert_eq!(participant_codes("eurasec-customs-union-2010"), ["BY", "KG", "KZ", "RU", "TJ"]);
    assert_eq!(participant_codes("seec-2016"), ["AM", "BY", "KG", "KZ", "RU"]);
    assert_eq!(role("seec-2019", "MD"), Some(Role::Observer));
    // Turkic Council: Uzbekistan from 2019, Hungary and Turkmenistan observers.
    assert_eq!(participant_codes("turkic-council-summit-2015"), ["AZ", "KG", "KZ", "TR"]);
    assert_eq!(role("ots-summit-2023", "UZ"), Some(Role::Member));
    assert_eq!(role("ots-summit-2023", "HU"), Some(Role::Observer));
}

#[test]
fn syria_rounds_have_guarantors_and_sourced_observers() {
    let a = atlas();
    for (i, e) in a.summits.events.iter().enumerate().filter(|(_, e)| e.organization == "astana-process") {
        let p = part().participants(i);
        assert!(p.recorded && !p.sources.is_empty(), "{}", e.id);
        for code in ["RU", "TR", "IR"] {
            assert_eq!(p.role_of(a.country_by_alpha2(code).unwrap()), Some(Role::Guarantor), "{} {code}", e.id);
        }
    }
    // Iraq and Lebanon first took part in round 13 (August 2019).
    assert_eq!(role("astana-syria-round-12", "IQ"), None);
    assert_eq!(role("astana-syria-round-13", "IQ"), Some(Role::Observer));
    assert_eq!(role("astana-syria-round-13", "LB"), Some(Role::Observer));
    assert_eq!(role("astana-syria-round-02", "JO"), Some(Role::Observer));
    assert_eq!(role("astana-syria-round-09", "US"), None, "the US sent no delegation to round 9");
}

#[test]
fn every_covered_event_has_a_record_and_other_events_are_not_recorded() {
    let a = atlas();
    for (i, e) in a.summits.events.iter().enumerate() {
        let p = part().participants(i);
        if !data::COVERED_ORGANIZATIONS.contains(&e.organization.as_str()) {
            assert!(!p.recorded, "{} is outside the covered organizations", e.id);
        } else if !p.recorded {
            assert!(p.note.is_some(), "{} says why it is not recorded", e.id);
        }
    }
}

#[test]
fn every_map_shape_has_a_country_or_is_listed_as_without_a_code() {
    let a = atlas();
    let shapes = astana_atlas::geo::world::countries();
    let mut without = 0;
    for s in shapes {
        match a.country_by_numeric(&s.numeric) {
            Some(i) => assert!(part().country(i).unwrap().point.is_some(), "{} has a shape but no point", s.numeric),
            None => {
                assert!(s.numeric.is_empty(), "shape {} has no country", s.numeric);
                without += 1;
            }
        }
    }
    assert_eq!(without, world_files().countries.unassigned.len());
    assert!(!part().country_sources().is_empty());
}

/// Parses the real files, lets `edit` break the participation files, and returns the
/// participation validator's messages.
fn world_problems_after(edit: impl FnOnce(&mut serde_json::Value, &mut serde_json::Value)) -> Vec<String> {
    let mut countries: serde_json::Value = serde_json::from_str(COUNTRIES_JSON).unwrap();
    let mut participants: serde_json::Value = serde_json::from_str(PARTICIPANTS_JSON).unwrap();
    edit(&mut countries, &mut participants);
    match Atlas::parse_all(TWIN_CITIES_JSON, SUMMITS_JSON, &countries.to_string(), &participants.to_string()) {
        Ok((a, _, files)) => validate_world_files(&a, &files).into_iter().map(|p| p.to_string()).collect(),
        Err(e) => vec![format!("parse error: {e}")],
    }
}

/// The entry of `id` in participants.json.
fn entry<'v>(p: &'v mut serde_json::Value, id: &str) -> &'v mut serde_json::Value {
    p["events"].as_array_mut().unwrap().iter_mut().find(|e| e["event"] == id).unwrap()
}

/// The membership of `org` in participants.json.
fn membership<'v>(p: &'v mut serde_json::Value, org: &str) -> &'v mut serde_json::Value {
    p["memberships"].as_array_mut().unwrap().iter_mut().find(|m| m["organization"] == org).unwrap()
}

#[test]
fn participation_validator_catches_broken_rows() {
    let cases: Vec<(&str, Box<Edit>)> = vec![
        ("unknown country XX", Box::new(|_, p| membership(p, "sco")["changes"][0]["states"][0] = "XX".into())),
        ("unknown country QQ", Box::new(|_, p| entry(p, "astana-syria-round-02")["states"][0]["code"] = "QQ".into())),
        ("not upper-case ISO alpha-2", Box::new(|c, _| c["countries"][0]["code"] = "ad".into())),
        (
            "IN is listed as a member but was not a member of sco on 2011-06-15",
            Box::new(|_, p| {
                let e = entry(p, "sco-summit-2011");
                e["statuses"] = serde_json::json!(["member"]);
                e["states"] = serde_json::json!([{"code": "IN", "role": "member"}]);
            }),
        ),
        ("before the first recorded membership of eaeu", Box::new(|_, p| entry(p, "eaeu-treaty-2014")["membership"] = "eaeu".into())),
        ("no participation record", Box::new(|_, p| p["events"].as_array_mut().unwrap().retain(|e| e["event"] != "csto-summit-2018"))),
        ("no source", Box::new(|_, p| entry(p, "astana-syria-round-05")["sources"] = serde_json::json!([]))),
        ("parse error", Box::new(|_, p| entry(p, "astana-syria-round-05")["states"][0]["role"] = "ally".into())),
        ("parse error", Box::new(|_, p| membership(p, "cis")["changes"][0]["status"] = "friend".into())),
        (
            "GE is marked absent but is not in the derived list",
            Box::new(|_, p| entry(p, "cis-summit-2022")["absent"] = serde_json::json!(["MD", "GE"])),
        ),
        (
            "ME did not exist on the event's date",
            Box::new(|_, p| entry(p, "turkic-speaking-summit-1998")["states"][0]["code"] = "ME".into()),
        ),
        ("SS did not exist on the change's date", Box::new(|_, p| membership(p, "oic")["changes"][0]["states"][0] = "SS".into())),
        ("leaves or is suspended without having joined", Box::new(|_, p| membership(p, "csto")["changes"][3]["states"][0] = "GE".into())),
        ("changes out of date order", Box::new(|_, p| membership(p, "sco")["changes"][1]["date"] = "2000-01-01".into())),
        ("only the first change can be a baseline", Box::new(|_, p| membership(p, "osce")["changes"][1]["baseline"] = true.into())),
        (
            "SY listed twice",
            Box::new(|_, p| {
                entry(p, "astana-syria-round-14")["states"]
                    .as_array_mut()
                    .unwrap()
                    .push(serde_json::json!({"code": "SY", "role": "observer"}))
            }),
        ),
        ("not recorded, yet participants", Box::new(|_, p| entry(p, "csto-summit-2018")["not_recorded"] = "why not".into())),
        ("unknown event", Box::new(|_, p| entry(p, "seec-2016")["event"] = "seec-2017".into())),
        (
            "derived from the membership of cis, but the event is csto's",
            Box::new(|_, p| entry(p, "csto-summit-2018")["membership"] = "cis".into()),
        ),
        (
            "disagree on this country",
            Box::new(|c, _| {
                let tr = c["countries"].as_array_mut().unwrap().iter_mut().find(|r| r["code"] == "TR").unwrap();
                tr["name"]["en"] = "Türkiye".into();
            }),
        ),
        ("a map shape has no row", Box::new(|c, _| c["countries"].as_array_mut().unwrap().retain(|r| r["code"] != "BR"))),
        ("not listed as unassigned", Box::new(|c, _| c["unassigned"].as_array_mut().unwrap().retain(|u| u["shape"] != "Kosovo"))),
        ("same month without both days known", Box::new(|_, p| membership(p, "eaeu")["changes"][2]["date"] = "2016-05".into())),
    ];
    for (expected, edit) in cases {
        let problems = world_problems_after(edit);
        assert!(problems.iter().any(|p| p.contains(expected)), "expected a problem containing {expected:?}, got {problems:?}");
    }
}
