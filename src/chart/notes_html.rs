//! The chart's notes on key moments as HTML, for a language: each note's date, text and
//! sources (the static page's list under the chart, and the app's).

use crate::data::Atlas;
use crate::format;
use crate::html::Html;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::{html, write_html};

/// A site's name in a URL ("osce.org" of "https://www.osce.org/cio/74232").
fn site(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// A note on a key moment as the list under the chart shows it: its date, its text and its
/// sources, each a link named by its site (the title where no page is known).
pub fn note_html(atlas: &Atlas, lang: Lang, i: usize) -> Html {
    let n = &atlas.annotations[i];
    let mut s =
        html!(r#"<span class="note-date">{}</span> {} <span class="note-sources">("#, format::date(lang, n.date), n.text.or_en(lang));
    for (k, src) in n.sources.iter().enumerate() {
        s.push_static(if k > 0 { ", " } else { "" });
        match &src.url {
            Some(url) => write_html!(
                &mut s,
                r#"<a href="{}" title="{}" rel="noopener noreferrer" target="_blank">{}</a>"#,
                url,
                src.title,
                site(url)
            ),
            None => write_html!(&mut s, "{}", src.title),
        }
    }
    s.push_static(")</span>");
    s
}

/// The list of the chart's notes, numbered as on the chart, each item's content from
/// [`note_html`] (the static page's; the app writes the same list, with each drawn box).
pub fn notes_list_html(atlas: &Atlas, lang: Lang) -> Html {
    let mut s = html!(
        r#"<div class="chart-notes"><h3 class="chart-notes-title" id="chart-notes-title">{}</h3><ol class="chart-notes-list" aria-labelledby="chart-notes-title">"#,
        Msg::KeyMoments.get(lang)
    );
    for (i, n) in atlas.annotations.iter().enumerate() {
        write_html!(&mut s, r#"<li data-annotation="{}">{}</li>"#, n.id, note_html(atlas, lang, i));
    }
    s.push_static("</ol></div>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    #[test]
    fn notes_are_listed_with_their_date_text_and_sites() {
        let a = data::load().unwrap();
        let list = notes_list_html(a, Lang::Ru).into_string();
        assert_eq!(list.matches("<li data-annotation=").count(), a.annotations.len());
        let osce = a.annotations.iter().position(|n| n.event.as_deref() == Some("osce-summit-2010")).unwrap();
        let item = note_html(a, Lang::Ru, osce).into_string();
        assert!(item.starts_with(r#"<span class="note-date">1 декабря 2010"#), "{item}");
        assert!(item.contains(a.annotations[osce].text.ru.as_deref().unwrap()));
        assert!(item.contains(">osce.org</a>"), "{item}");
        assert_eq!(site("http://eng.sectsco.org/news/20170609/289274.html"), "eng.sectsco.org");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn notes_are_escaped() {
        let hostile = crate::data::hostile_atlas();
        let list = notes_list_html(&hostile, Lang::En).into_string();
        assert!(!list.contains(crate::data::HOSTILE) && list.contains("&lt;&amp;"), "escaped");
    }
}
