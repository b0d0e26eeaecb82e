//! Citations of a city or an event, written at build time into the cards' texts: the
//! atlas (its title, the card's link) and the record's own sources, in the page's language.
//! The browser fills in only the card's address and the access date, in the spans
//! `data-fill="url"` and `data-fill="date"`.

use crate::data::{Atlas, Source};
use crate::format;
use crate::html::Html;
use crate::i18n::{relation_msg, Msg};
use crate::lang::Lang;
use crate::{html, write_html};

/// One piece of a citation.
#[derive(Clone, Debug, PartialEq)]
enum Piece {
    Text(String),
    /// The card's address, known only in the browser.
    Url,
    /// The day the reader copies it.
    Date,
}

/// The words of a citation in one language.
struct Words {
    copy_link: &'static str,
    /// After copying the link; where it cannot be copied, before the link itself.
    link_done: (&'static str, &'static str),
    /// After copying the citation; where it cannot be copied, with the text selected.
    cite_done: (&'static str, &'static str),
    cite: &'static str,
    heading: &'static str,
    online: &'static str,
    url: &'static str,
    accessed: (&'static str, &'static str),
    sources: &'static str,
    no_url: &'static str,
    quotes: (&'static str, &'static str),
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            copy_link: "Copy link",
            link_done: ("Link copied", "Copy this link:"),
            cite_done: ("Citation copied", "Selected: press Ctrl+C to copy"),
            cite: "Cite",
            heading: "How to cite",
            online: "[online]",
            url: "",
            accessed: ("(accessed ", ")"),
            sources: "Sources:",
            no_url: "no web address",
            quotes: ("“", "”"),
        },
        Lang::Kk => Words {
            copy_link: "Сілтемені көшіру",
            link_done: ("Сілтеме көшірілді", "Мына сілтемені көшіріңіз:"),
            cite_done: ("Библиографиялық сілтеме көшірілді", "Белгіленді: көшіру үшін Ctrl+C басыңыз"),
            cite: "Сілтеме жасау",
            heading: "Қалай сілтеме жасауға болады",
            online: "[Электрондық ресурс]",
            url: "URL: ",
            accessed: ("(қаралған күні: ", ")"),
            sources: "Дереккөздер:",
            no_url: "веб-мекенжайы жоқ",
            quotes: ("«", "»"),
        },
        Lang::Ru => Words {
            copy_link: "Копировать ссылку",
            link_done: ("Ссылка скопирована", "Скопируйте ссылку:"),
            cite_done: ("Библиографическая ссылка скопирована", "Выделено: нажмите Ctrl+C, чтобы скопировать"),
            cite: "Сослаться",
            heading: "Как сослаться",
            online: "[Электронный ресурс]",
            url: "URL: ",
            accessed: ("(дата обращения: ", ")"),
            sources: "Источники:",
            no_url: "без веб-адреса",
            quotes: ("«", "»"),
        },
    }
}

/// "no web address" (in `lang`), for a source that has none.
pub fn no_url(lang: Lang) -> &'static str {
    words(lang).no_url
}

/// The pieces: `“Subject” (detail). Astana in world politics [online]. URL (accessed DATE).
/// Sources: title, url; title (no web address).`
fn pieces(lang: Lang, subject: &str, detail: &str, sources: &[Source]) -> Vec<Piece> {
    let w = words(lang);
    let (open, close) = w.quotes;
    let mut out =
        vec![Piece::Text(format!("{open}{subject}{close} ({detail}). {} {}. {}", Msg::Title.get(lang), w.online, w.url)), Piece::Url];
    out.push(Piece::Text(format!(" {}", w.accessed.0)));
    out.push(Piece::Date);
    let list: Vec<String> = sources
        .iter()
        .map(|s| match &s.url {
            Some(u) => format!("{}, {u}", s.title),
            None => format!("{} ({})", s.title, w.no_url),
        })
        .collect();
    out.push(Piece::Text(format!("{}. {} {}.", w.accessed.1, w.sources, list.join("; "))));
    out
}

/// The citation as plain text, as the reader copies it (the browser reads it from the card).
#[cfg(test)]
fn text(pieces: &[Piece], url: &str, date: &str) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.as_str(),
            Piece::Url => url,
            Piece::Date => date,
        })
        .collect()
}

/// The card's "copy link" and "cite" buttons and the hidden citation. `link` is the card's
/// query (`city=doha`).
fn block(lang: Lang, link: &str, pieces: &[Piece]) -> Html {
    let w = words(lang);
    let mut s = html!(
        r#"<div class="card-actions" data-link="{}"><button type="button" class="button small" data-action="link" data-done="{}" data-fail="{}">{}</button><button type="button" class="button small" data-action="cite" aria-expanded="false" data-done="{}" data-fail="{}">{}</button><span class="card-status" role="status"></span></div><div class="citation" hidden><h4>{}</h4><p class="cite-text">"#,
        link,
        w.link_done.0,
        w.link_done.1,
        w.copy_link,
        w.cite_done.0,
        w.cite_done.1,
        w.cite,
        w.heading
    );
    for p in pieces {
        match p {
            Piece::Text(t) => s.push_text(t),
            Piece::Url => s.push_static(r#"<span data-fill="url"></span>"#),
            Piece::Date => s.push_static(r#"<span data-fill="date"></span>"#),
        }
    }
    s.push_static("</p></div>");
    s
}

/// City `i`'s pieces: its name, country, relation and year.
fn city_pieces(atlas: &Atlas, lang: Lang, i: usize) -> Vec<Piece> {
    let c = &atlas.twin.cities[i];
    let mut detail = format!("{}, {}", atlas.country_name(c, lang), relation_msg(c.relation).get(lang));
    if let Some(y) = c.year {
        detail.push_str(&format!(", {y}"));
    }
    pieces(lang, c.name.or_en(lang), &detail, &c.sources)
}

/// Event `i`'s pieces: its name and dates.
fn event_pieces(atlas: &Atlas, lang: Lang, i: usize) -> Vec<Piece> {
    let e = &atlas.summits.events[i];
    pieces(lang, e.name.or_en(lang), &format::date_range(lang, e.start, e.end), &e.sources)
}

/// The city card's actions and citation.
pub fn city_block(atlas: &Atlas, lang: Lang, i: usize) -> Html {
    block(lang, &format!("city={}", atlas.twin.cities[i].id), &city_pieces(atlas, lang, i))
}

/// The event card's actions and citation.
pub fn event_block(atlas: &Atlas, lang: Lang, i: usize) -> Html {
    block(lang, &format!("event={}", atlas.summits.events[i].id), &event_pieces(atlas, lang, i))
}

/// The About panel's "how to embed and cite" part, with the licences of the code and the data.
pub fn about_part(lang: Lang) -> Html {
    let (heading, embed, cite, licence) = match lang {
        Lang::En => (
            "Embed, cite, reuse",
            "To embed the atlas in another site, use Share: it gives the link to the view you see and the embed code (the map, the chart or both, with or without the tables) with its embed.js line, which fits the frame to its content under a strict Content-Security-Policy.",
            "To cite a city or an event, open its card and use Cite: the citation names the atlas, the card's address, the date you read it and the record's own sources. Cite the sources for the facts; the atlas for the selection and the presentation.",
            "Licences: the code is under the MIT licence. The data state facts from the sources they cite (each row lists its own) and carry no separate licence of the atlas: credit the atlas and those sources. Country shapes: Natural Earth (public domain), via world-atlas (ISC). Made with Natural Earth.",
        ),
        Lang::Kk => (
            "Сайтқа енгізу, сілтеме жасау, қайта пайдалану",
            "Атласты басқа сайтқа енгізу үшін «Бөлісу» батырмасын басыңыз: ол көріп тұрған көрінісіңізге сілтеме мен енгізу кодын береді (карта, диаграмма не екеуі де, кестелерімен не кестесіз) және embed.js жолын қосады; ол қатаң Content-Security-Policy жағдайында да фреймнің биіктігін мазмұнына сәйкестендіреді.",
            "Қалаға не іс-шараға сілтеме жасау үшін оның карточкасын ашып, «Сілтеме жасау» батырмасын басыңыз: онда атлас, карточканың мекенжайы, қаралған күні және жазбаның өз дереккөздері көрсетіледі. Деректер үшін дереккөздерге, іріктеу мен ұсыну үшін атласқа сілтеме жасаңыз.",
            "Лицензиялар: код MIT лицензиясымен таратылады. Деректер — көрсетілген дереккөздердегі фактілер (әр жолдың өз дереккөздері бар), атлас оларға жеке лицензия қоймайды: атлас пен сол дереккөздерді көрсетіңіз. Ел шекаралары: Natural Earth (қоғамдық игілік), world-atlas (ISC) арқылы. Made with Natural Earth.",
        ),
        Lang::Ru => (
            "Встраивание, цитирование, повторное использование",
            "Чтобы встроить атлас в другой сайт, нажмите «Поделиться»: там есть ссылка на текущий вид и код для встраивания (карта, диаграмма или обе, с таблицами или без) со строкой embed.js, которая подгоняет высоту фрейма под содержимое даже при строгой Content-Security-Policy.",
            "Чтобы сослаться на город или событие, откройте его карточку и нажмите «Сослаться»: в ссылке указаны атлас, адрес карточки, дата обращения и собственные источники записи. Факты цитируйте по источникам, а подборку и представление — по атласу.",
            "Лицензии: код распространяется по лицензии MIT. Данные — факты из указанных источников (у каждой строки свои), отдельной лицензии атлас на них не устанавливает: указывайте атлас и эти источники. Контуры стран: Natural Earth (общественное достояние), через world-atlas (ISC). Made with Natural Earth.",
        ),
    };
    html!(r#"<h3 id="about-reuse">{}</h3><p>{}</p><p>{}</p><p>{}</p>"#, heading, embed, cite, licence)
}

/// Adds " (no web address)" after a source without one, in a source list.
pub fn push_no_url(s: &mut Html, lang: Lang) {
    write_html!(s, r#" <span class="muted">({})</span>"#, no_url(lang));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    fn atlas() -> &'static Atlas {
        data::load().expect("embedded data")
    }

    #[test]
    fn an_event_citation_names_the_event_its_dates_the_atlas_and_every_source() {
        let a = atlas();
        let i = a.event_index("osce-summit-2010").unwrap();
        let e = &a.summits.events[i];
        for lang in Lang::ALL {
            let t = text(&event_pieces(a, lang, i), "https://example.org/?event=osce-summit-2010", "3 December 2026");
            assert!(t.contains(e.name.or_en(lang)), "{t}");
            assert!(t.contains(&format::date_range(lang, e.start, e.end)), "{t}");
            assert!(t.contains(Msg::Title.get(lang)), "{t}");
            assert!(t.contains("https://example.org/?event=osce-summit-2010 ") && t.contains("3 December 2026)"), "{t}");
            for s in &e.sources {
                assert!(t.contains(&s.title), "{t}");
                if let Some(u) = &s.url {
                    assert!(t.contains(u.as_str()), "{t}");
                }
            }
        }
        let ru = text(&event_pieces(a, Lang::Ru, i), "U", "D");
        assert!(ru.starts_with("«Саммит ОБСЕ") && ru.contains("(дата обращения: D). Источники: "), "{ru}");
    }

    #[test]
    fn a_source_without_a_url_says_so() {
        let sources =
            [Source { title: "Kazinform".into(), url: None }, Source { title: "OSCE".into(), url: Some("https://osce.org/".into()) }];
        let t = text(&pieces(Lang::Kk, "X", "Y", &sources), "U", "D");
        assert!(t.ends_with("Дереккөздер: Kazinform (веб-мекенжайы жоқ); OSCE, https://osce.org/."), "{t}");
        let en = text(&pieces(Lang::En, "X", "Y", &sources), "U", "D");
        assert_eq!(
            en,
            "“X” (Y). Astana in world politics [online]. U (accessed D). Sources: Kazinform (no web address); OSCE, https://osce.org/."
        );
    }

    #[test]
    fn a_city_citation_has_its_country_relation_and_year_and_the_html_keeps_the_blanks() {
        let a = atlas();
        let i = a.city_index("doha").unwrap();
        let c = &a.twin.cities[i];
        let t = text(&city_pieces(a, Lang::En, i), "U", "D");
        assert!(t.starts_with(&format!("“{}” ({}", c.name.en, a.country_name(c, Lang::En))), "{t}");
        if let Some(y) = c.year {
            assert!(t.contains(&format!(", {y})")), "{t}");
        }
        let h = city_block(a, Lang::Ru, i);
        let h = h.as_str();
        assert!(
            h.contains(r#"data-link="city=doha""#)
                && h.contains(r#"<span data-fill="url"></span>"#)
                && h.contains(r#"<span data-fill="date"></span>"#)
        );
        assert!(h.contains("Копировать ссылку") && h.contains("Сослаться"));
    }
}
