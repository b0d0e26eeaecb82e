//! Parts of the page written whole as HTML strings, for a language: the bodies of the city
//! and event cards, source lists and the About panel. They are written at build time
//! (native only) into `public/cards/<lang>.json` ([`card_texts_json`]), which the browser
//! fetches when a card is first wanted and sets as `inner_html`. Buttons carry a `data-key`
//! (`r:<event index>`) that the component's one click handler reads.

use crate::data::{Atlas, Confidence, Names, Source, ARTICLE_URL};
use crate::format;
use crate::html::Html;
use crate::i18n::{city_name_msg, confidence_msg, kind_msg, relation_msg, Msg};
use crate::lang::Lang;
use crate::tables::in_english_html;
use crate::{html, write_html};

/// The rest of an element's start tag and its content: the text in `lang`, or the English
/// text with its `lang` and the "in English" mark where there is no translation.
pub(crate) fn text_in(names: &Names, lang: Lang) -> Html {
    match names.get(lang) {
        Some(t) => html!(r#" lang="{}">{}"#, lang.code(), t),
        None => html!(r#" lang="en">{} {}"#, names.en, in_english_html(lang)),
    }
}

/// A record's sources: a heading and a list of links (titles only where no page is known).
pub fn sources_html(sources: &[Source], lang: Lang) -> Html {
    source_list(Msg::Sources, sources.iter(), lang)
}

/// Sources under a given heading (see `sources_html`).
pub fn source_list<'a>(heading: Msg, sources: impl Iterator<Item = &'a Source>, lang: Lang) -> Html {
    let mut s = html!(r#"<div class="sources"><h4>{}</h4><ul>"#, heading.get(lang));
    for src in sources {
        match &src.url {
            Some(url) => write_html!(&mut s, r#"<li><a href="{}" rel="noopener noreferrer" target="_blank">{}</a></li>"#, url, src.title),
            None => {
                write_html!(&mut s, "<li>{}", src.title);
                crate::cite::push_no_url(&mut s, lang);
                s.push_static("</li>");
            }
        }
    }
    s.push_static("</ul></div>");
    s
}

/// One `<div class="name-row"><dt>…</dt><dd>…</dd></div>`.
fn fact_row(s: &mut Html, label: &str, value: &Html) {
    write_html!(s, r#"<div class="name-row"><dt>{}</dt><dd>{}</dd></div>"#, label, value);
}

/// The city card below its title: country, relation, year, badges, the names in the three
/// languages (unknown ones said so), the distance, the note and the sources.
pub fn city_card_body(atlas: &Atlas, lang: Lang, i: usize, distance_km: f64) -> Html {
    let c = &atlas.twin.cities[i];
    let year = match c.year {
        Some(y) => html!("<span>{}</span>", y),
        None => html!(r#"<span class="unknown">{}</span>"#, Msg::YearUnknown.get(lang)),
    };
    let mut s = html!(
        r#"<p class="card-sub"><span>{}</span> · <span>{}</span> · {}</p><p class="badges"><span class="badge confidence-{}">{}</span>"#,
        atlas.country_name(c, lang),
        relation_msg(c.relation).get(lang),
        year,
        c.confidence.slug(),
        confidence_msg(c.confidence).get(lang)
    );
    if c.in_article {
        write_html!(&mut s, r#" <span class="badge article">{}</span>"#, Msg::NamedInArticle.get(lang));
    }
    s.push_static(r#"</p><dl class="facts">"#);
    for nl in Lang::ALL {
        let value = match c.name.get(nl) {
            Some(v) => html!(r#"<span lang="{}">{}</span>"#, nl.code(), v),
            None => html!(r#"<em class="unknown">{}</em>"#, Msg::NameUnknown.get(lang)),
        };
        fact_row(&mut s, nl.native_name(), &value);
    }
    // Plain words in the card, the term in the label's tooltip.
    write_html!(
        &mut s,
        r#"<div class="name-row"><dt title="{}">{}</dt><dd>{}</dd></div>"#,
        Msg::DistanceTerm.get(lang),
        Msg::DistanceFromAstana.get(lang),
        format::km(lang, distance_km)
    );
    s.push_static("</dl>");
    if let Some(note) = &c.note {
        let (class, heading) =
            if c.confidence == Confidence::High { ("card-note", Msg::Note) } else { ("card-note warn", Msg::WhyUncertain) };
        write_html!(&mut s, r#"<div class="{}"><strong>{}</strong><p>{}</p></div>"#, class, heading.get(lang), note.or_en(lang));
    }
    s.push(&sources_html(&c.sources, lang));
    s.push(&crate::cite::city_block(atlas, lang, i));
    s
}

/// The event card below its title: the English mark when the name has no translation,
/// badges, the one-line fact, dates, the city's name then, organization, participants and
/// the sources.
pub fn event_card_body(atlas: &Atlas, lang: Lang, i: usize) -> Html {
    let e = &atlas.summits.events[i];
    let mut s = Html::new();
    if e.name.is_fallback(lang) {
        write_html!(&mut s, r#"<p class="card-sub">{}</p>"#, in_english_html(lang));
    }
    write_html!(&mut s, r#"<p class="badges"><span class="badge kind kind-{}">{}</span>"#, e.kind.slug(), kind_msg(e.kind).get(lang));
    if e.confidence != Confidence::High {
        write_html!(&mut s, r#" <span class="badge confidence-low">{}</span>"#, confidence_msg(e.confidence).get(lang));
    }
    if e.in_article {
        write_html!(&mut s, r#" <span class="badge article">{}</span>"#, Msg::NamedInArticle.get(lang));
    }
    write_html!(&mut s, r#"</p><p class="fact"{}</p><dl class="facts">"#, text_in(&e.fact, lang));
    fact_row(&mut s, Msg::ColDates.get(lang), &Html::text(&format::date_range(lang, e.start, e.end)));
    fact_row(&mut s, Msg::CityNameAtTime.get(lang), &Html::text(city_name_msg(e.city_name).get(lang)));
    let org = atlas.organization(&e.organization).map(|o| o.name.or_en(lang)).unwrap_or_default();
    fact_row(&mut s, Msg::ColOrganization.get(lang), &Html::text(org));
    if let Some(p) = &e.participants {
        fact_row(&mut s, Msg::Participants.get(lang), &html!("<span{}</span>", text_in(p, lang)));
    }
    s.push_static("</dl>");
    s.push(&sources_html(&e.sources, lang));
    s.push(&crate::cite::event_block(atlas, lang, i));
    s
}

/// The About panel: where the data comes from, what it leaves out, the corrections to the
/// article (each with a button to its event on the chart) and the credits.
pub fn about_html(atlas: &Atlas, lang: Lang) -> Html {
    let mut s = html!(
        r#"<h2 id="about-heading">{}</h2><p>{}</p><p>{}</p><p><a href="{}" rel="noopener">{}</a></p><h3>{}</h3><ul class="corrections">"#,
        Msg::AboutHeading.get(lang),
        Msg::AboutText.get(lang),
        crate::i18n::not_exhaustive(lang, atlas.twin.cities.len()),
        ARTICLE_URL,
        Msg::ArticleLink.get(lang),
        Msg::CorrectionsHeading.get(lang)
    );
    for c in &atlas.summits.corrections {
        write_html!(&mut s, "<li><p>{}</p>", c.text.or_en(lang));
        if let Some(i) = c.event.as_deref().and_then(|id| atlas.event_index(id)) {
            write_html!(&mut s, r#"<button type="button" class="link-button" data-key="r:{}">{}</button>"#, i, Msg::ShowOnChart.get(lang));
        }
        s.push(&sources_html(&c.sources, lang));
        s.push_static("</li>");
    }
    s.push_static("</ul>");
    s.push(&crate::cite::about_part(lang));
    write_html!(&mut s, r#"<p class="credit">{}</p>"#, Msg::Credits.get(lang));
    s
}

/// Every card body and the About panel in `lang`, as the JSON object the browser fetches:
/// `{"city": {id: html}, "event": {id: html}, "about": html}`.
pub fn card_texts_json(atlas: &Atlas, lang: Lang) -> String {
    use crate::export::json_str;
    let entries = |ids: Vec<(&str, Html)>| {
        ids.iter().map(|(id, h)| format!("{}:{}", json_str(id), json_str(h.as_str()))).collect::<Vec<_>>().join(",\n")
    };
    let cities =
        atlas.twin.cities.iter().enumerate().map(|(i, c)| (c.id.as_str(), city_card_body(atlas, lang, i, atlas.distance_km(c)))).collect();
    let events = atlas.summits.events.iter().enumerate().map(|(i, e)| (e.id.as_str(), event_card_body(atlas, lang, i))).collect();
    // Who took part: per event, per country (by code), and the country list.
    use crate::participant_html as who;
    let p = crate::data::participation().expect("native builds embed the participation data");
    let participants =
        atlas.summits.events.iter().enumerate().map(|(i, e)| (e.id.as_str(), who::event_participants_html(&p, lang, i))).collect();
    let countries = p.countries().iter().enumerate().map(|(c, k)| (k.code.as_str(), who::country_card_body(&p, lang, c))).collect();
    let list = who::country_list_html(&p, lang, &who::listed_countries(&p, lang));
    format!(
        "{{\"city\":{{\n{}}},\n\"event\":{{\n{}}},\n\"participants\":{{\n{}}},\n\"country\":{{\n{}}},\n\"countries\":{},\n\"about\":{},\n\"share\":{}}}\n",
        entries(cities),
        entries(events),
        entries(participants),
        entries(countries),
        json_str(list.as_str()),
        json_str(about_html(atlas, lang).as_str()),
        json_str(crate::share_html::share_dialog_html(lang).as_str())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    fn atlas() -> &'static Atlas {
        data::load().expect("embedded data")
    }

    /// Text with the tags and entities taken out, to check what a reader sees.
    fn text(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for ch in html.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&amp;", "&").replace("&quot;", "\"").replace("&apos;", "'")
    }

    fn balanced(html: &str) {
        for tag in ["p", "div", "dl", "ul", "li", "span", "a", "dt", "dd"] {
            let open = html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
            assert_eq!(open, html.matches(&format!("</{tag}>")).count(), "<{tag}> in {html}");
        }
    }

    #[test]
    fn sources_are_links_with_escaped_titles_or_plain_titles() {
        let sources = vec![
            Source { title: "A & B <report>".into(), url: Some("https://example.org/?a=1&b=\"2\"".into()) },
            Source { title: "Undated list".into(), url: None },
        ];
        let html = sources_html(&sources, Lang::Ru);
        assert!(html.contains(r#"<a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer" target="_blank">A &amp; B &lt;report&gt;</a>"#), "{html}");
        assert!(html.contains(r#"<li>Undated list <span class="muted">(без веб-адреса)</span></li>"#), "{html}");
        assert!(html.contains(Msg::Sources.get(Lang::Ru)));
        balanced(&html);
    }

    #[test]
    fn city_card_says_unknown_names_and_years_and_why_it_is_uncertain() {
        // Every city has a Kazakh name now: take Izmir's away to see the card say so.
        let mut a = atlas().clone();
        let izmir = a.twin.cities.iter().position(|c| c.id == "izmir").unwrap();
        a.twin.cities[izmir].name.kk = None;
        let a = &a;
        let html = city_card_body(a, Lang::En, izmir, 3456.0);
        assert!(html.contains(&format!(r#"<em class="unknown">{}</em>"#, Msg::NameUnknown.get(Lang::En))), "{html}");
        assert!(html.contains(&format!(r#"<span class="unknown">{}</span>"#, Msg::YearUnknown.get(Lang::En))));
        assert!(html.contains(r#"<div class="card-note warn">"#), "medium confidence explains why");
        assert!(text(&html).contains("3,460"), "{}", text(&html));
        assert_eq!(html.matches("<li>").count(), a.twin.cities[izmir].sources.len());
        balanced(&html);
    }

    #[test]
    fn city_card_is_in_the_page_language() {
        let a = atlas();
        let ankara = a.twin.cities.iter().position(|c| c.id == "ankara").unwrap();
        let html = city_card_body(a, Lang::Kk, ankara, 3210.0);
        let t = text(&html);
        assert!(t.contains(Msg::RelationTwin.get(Lang::Kk)) && t.contains("2001"), "{t}");
        assert!(t.contains(Msg::NamedInArticle.get(Lang::Kk)));
        assert!(!html.contains("card-note"), "Ankara has no note");
        balanced(&html);
    }

    #[test]
    fn event_card_is_in_the_page_language_and_marks_english_text() {
        let a = atlas();
        let i = a.summits.events.iter().position(|e| e.id == "turkic-speaking-summit-1998").unwrap();
        let e = &a.summits.events[i];
        let kk = event_card_body(a, Lang::Kk, i);
        assert!(kk.contains(&format!(r#"<p class="fact" lang="kk">{}</p>"#, Html::text(e.fact.kk.as_deref().unwrap()))), "{kk}");
        assert!(text(&kk).contains(e.participants.as_ref().unwrap().kk.as_deref().unwrap()));
        assert!(!kk.contains("in-english"), "{kk}");
        balanced(&kk);
        let en = event_card_body(a, Lang::En, i);
        assert!(!en.contains("in-english"));
        assert!(text(&en).contains("9 June 1998"), "{}", text(&en));
        assert!(text(&en).contains("6 states"));

        // A name or text with no Russian form is shown in English and marked.
        let mut untranslated = a.clone();
        let e = &mut untranslated.summits.events[i];
        e.name.ru = None;
        e.fact.ru = None;
        let ru = event_card_body(&untranslated, Lang::Ru, i);
        assert!(ru.starts_with(r#"<p class="card-sub"><abbr class="in-english""#), "{ru}");
        assert!(ru.contains(r#"<p class="fact" lang="en">"#));
        balanced(&ru);
    }

    #[test]
    fn card_texts_hold_every_city_and_event_with_its_sources_in_valid_json() {
        let a = atlas();
        for lang in Lang::ALL {
            let v: serde_json::Value = serde_json::from_str(&card_texts_json(a, lang)).unwrap();
            let (cities, events) = (v["city"].as_object().unwrap(), v["event"].as_object().unwrap());
            assert_eq!(cities.len(), a.twin.cities.len());
            assert_eq!(events.len(), a.summits.events.len());
            for c in &a.twin.cities {
                let body = cities[&c.id].as_str().unwrap();
                assert!(c.sources.iter().all(|s| body.contains(Html::text(&s.title).as_str())), "{} {lang}", c.id);
            }
            for e in &a.summits.events {
                let body = events[&e.id].as_str().unwrap();
                assert!(body.contains(Html::text(e.fact.or_en(lang)).as_str()), "{} {lang}", e.id);
            }
            assert!(v["about"].as_str().unwrap().contains(Msg::AboutHeading.get(lang)));
        }
    }

    #[test]
    fn every_text_from_the_data_is_escaped() {
        use crate::data::{hostile_atlas, HOSTILE};
        use crate::html::assert_escaped;
        let a = &hostile_atlas();
        // Each source's title and page.
        let sources = |s: &[Source]| s.iter().map(|s| 1 + usize::from(s.url.is_some())).sum::<usize>();
        for lang in Lang::ALL {
            for (i, c) in a.twin.cities.iter().enumerate() {
                // The country, the names that are known, the note and the sources.
                let texts = 1 + c.name.forms().count() + usize::from(c.note.is_some()) + sources(&c.sources);
                assert_escaped(&city_card_body(a, lang, i, 1.0), HOSTILE, texts);
            }
            for (i, e) in a.summits.events.iter().enumerate() {
                // The fact, the organization, the participants and the sources.
                let texts = 2 + usize::from(e.participants.is_some()) + sources(&e.sources);
                assert_escaped(&event_card_body(a, lang, i), HOSTILE, texts);
            }
            assert_escaped(&about_html(a, lang), HOSTILE, a.summits.corrections.len());
        }
    }

    #[test]
    fn about_lists_every_correction_with_a_button_to_its_event() {
        let a = atlas();
        let html = about_html(a, Lang::Kk);
        let corrections = &a.summits.corrections;
        assert_eq!(html.matches("<li><p>").count(), corrections.len());
        let with_event = corrections.iter().filter(|c| c.event.as_deref().and_then(|id| a.event_index(id)).is_some()).count();
        assert!(with_event > 0);
        assert_eq!(html.matches(r#"data-key="r:"#).count(), with_event);
        assert!(html.contains(Msg::AboutHeading.get(Lang::Kk)));
        balanced(&html);
        // The coverage statement counts the cities shown, next to the city's own 2016 count.
        let en = text(&about_html(a, Lang::En));
        assert!(en.contains(&format!("43 twin towns in 29 countries; the atlas shows the {} ties", a.twin.cities.len())), "{en}");
    }
}
