//! Sharing a view: the link, and the embed code (an iframe of the chosen parts and the
//! `embed.js` line) that the Share dialog offers. Pure: the browser gives the page's
//! address and the measured height.

use crate::url_state::{Part, UrlState};

/// What the embed shows, as the dialog's choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Map,
    Chart,
    Both,
}

impl Choice {
    pub const ALL: [Choice; 3] = [Choice::Map, Choice::Chart, Choice::Both];

    /// The parts a choice asks for, with the tables or not.
    pub fn parts(self, tables: bool) -> Vec<Part> {
        let mut parts = match self {
            Choice::Map => vec![Part::Map],
            Choice::Chart => vec![Part::Chart],
            Choice::Both => vec![Part::Map, Part::Chart],
        };
        if tables {
            parts.push(Part::Tables);
        }
        parts
    }

    pub fn slug(self) -> &'static str {
        match self {
            Choice::Map => "map",
            Choice::Chart => "chart",
            Choice::Both => "map,chart",
        }
    }
}

/// The address of the view `state` on the language page at `page` (origin and path, no
/// query), embedded or not.
pub fn view_url(page: &str, state: &UrlState) -> String {
    let q = state.to_query();
    if q.is_empty() {
        page.to_string()
    } else {
        format!("{page}?{q}")
    }
}

/// The iframe's address: the view with `embed=1` and the chosen parts. The theme is left
/// to the visitor's system unless one was chosen.
pub fn embed_url(page: &str, state: &UrlState, choice: Choice, tables: bool) -> String {
    let st = UrlState { embed: true, show: Some(choice.parts(tables)), ..state.clone() };
    view_url(page, &st)
}

/// The compact header of an embed, px.
const EMBED_HEADER: f64 = 56.0;
/// The gap between the parts of an embed, px.
const EMBED_GAP: f64 = 10.0;

/// The height an embed starts at (px, rounded up to 10): its header and the measured
/// heights of its parts with the gaps between them (an absent part measures 0).
pub fn embed_height(parts: &[f64]) -> u32 {
    let shown: Vec<f64> = parts.iter().copied().filter(|h| h.is_finite() && *h > 0.0).collect();
    let total = EMBED_HEADER + shown.iter().sum::<f64>() + EMBED_GAP * shown.len() as f64;
    ((total / 10.0).ceil() * 10.0) as u32
}

/// `s` for an HTML attribute value in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The code to paste into the host page: the iframe (starting at `height` px, then sized to
/// its content by `embed.js`) and the listener script.
pub fn embed_snippet(src: &str, script: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" height=\"{height}\" style=\"width:100%;border:0\"></iframe>\n<script src=\"{}\"></script>",
        attr(src),
        attr(title),
        attr(script)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://example.org/atlas/ru/";

    #[test]
    fn the_embed_url_keeps_the_view_and_adds_embed_and_the_parts() {
        let st = UrlState::parse("lang=ru&years=2010-2017&event=osce-summit-2010&kinds=summit");
        let url = embed_url(PAGE, &st, Choice::Chart, false);
        assert_eq!(url, "https://example.org/atlas/ru/?lang=ru&event=osce-summit-2010&years=2010-2017&kinds=summit&embed=1&show=chart");
        let back = UrlState::parse(url.split_once('?').unwrap().1);
        assert_eq!(back.show, Some(vec![Part::Chart]));
        assert_eq!(back.years, st.years);
        assert!(back.embed);
        assert_eq!(embed_url(PAGE, &UrlState::default(), Choice::Both, true), format!("{PAGE}?embed=1&show=map,chart,tables"));
        assert_eq!(embed_url(PAGE, &UrlState::default(), Choice::Map, false), format!("{PAGE}?embed=1&show=map"));
    }

    #[test]
    fn the_height_adds_the_header_and_the_gaps_of_the_parts_shown() {
        assert_eq!(embed_height(&[]), 60);
        assert_eq!(embed_height(&[500.0, 0.0, 40.0]), 620);
        assert_eq!(embed_height(&[500.4, f64::NAN]), 570);
    }

    #[test]
    fn the_view_url_has_no_question_mark_without_a_query() {
        assert_eq!(view_url(PAGE, &UrlState::default()), PAGE);
        assert_eq!(view_url(PAGE, &UrlState::parse("city=doha")), format!("{PAGE}?city=doha"));
    }

    #[test]
    fn the_snippet_escapes_its_attributes_and_loads_embed_js() {
        let s = embed_snippet("https://e.org/?a=1&b=\"2\"", "https://e.org/public/embed.js", "Астана <атлас>", 612);
        assert_eq!(
            s,
            "<iframe src=\"https://e.org/?a=1&amp;b=&quot;2&quot;\" title=\"Астана &lt;атлас&gt;\" loading=\"lazy\" height=\"612\" style=\"width:100%;border:0\"></iframe>\n<script src=\"https://e.org/public/embed.js\"></script>"
        );
    }
}
