//! HTML (and the SVG download's XML) built as a type, so that text cannot reach markup
//! unescaped.
//!
//! An [`Html`] holds markup. Markup comes only from string literals: the template of
//! [`html!`] and [`write_html!`] must be a literal, and [`Html::trusted_static`] takes a
//! `&'static str`. Everything interpolated into a template's `{}` holes goes through
//! [`Render`]: text (`str`, `String`) is escaped, an `Html` is inserted as it is, and
//! numbers are written as digits. There is no way to turn a runtime `String` into `Html`
//! without escaping it, so forgetting to escape does not compile:
//!
//! ```
//! # use astana_atlas::html;
//! let name = String::from("Tom & <Jerry>");
//! assert_eq!(html!("<li>{}</li>", name).as_str(), "<li>Tom &amp; &lt;Jerry&gt;</li>");
//! ```
//!
//! ```compile_fail
//! # use astana_atlas::html::Html;
//! let name = String::from("<script>");
//! let h: Html = Html::from(name); // no such conversion
//! ```
//!
//! ```compile_fail
//! # use astana_atlas::html;
//! let template = String::from("<p>{}</p>");
//! let h = html!(template, "text"); // the template must be a literal
//! ```
//!
//! ```compile_fail
//! # use astana_atlas::html;
//! let h = html!("<p>{}</p><p>{}</p>", "one"); // two holes, one value
//! ```
//!
//! A hole is exactly `{}`; any other brace is literal text (as in the SVG's CSS).

use std::fmt::Write as _;

/// A piece of markup in which every interpolated text was escaped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// No markup.
    pub const fn new() -> Html {
        Html(String::new())
    }

    /// Markup written in the source code (a literal or a constant): the one way in for
    /// markup that is not escaped.
    pub fn trusted_static(markup: &'static str) -> Html {
        Html(markup.to_string())
    }

    /// Markup that plotters' SVG backend wrote and `chart::static_svg` rewrote, escaping
    /// every text it put in: the one other way in, for build-time SVG only.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn from_chart_svg(svg: String) -> Html {
        Html(svg)
    }

    /// A `<script type="application/json" id="…">` block holding `json`, a JSON text, with
    /// every `<` written `\u003c` (JSON has `<` only inside strings), so nothing in it can
    /// close the element or open a comment. Not run by the browser: the CSP is unaffected.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn json_script(id: &'static str, json: &str) -> Html {
        Html(format!(r#"<script type="application/json" id="{id}">{}</script>"#, json.replace('<', "\\u003c")))
    }

    /// Text, escaped.
    pub fn text(text: &str) -> Html {
        let mut h = Html::new();
        escape_into(&mut h.0, text);
        h
    }

    /// Appends text, escaped.
    pub fn push_text(&mut self, text: &str) {
        escape_into(&mut self.0, text);
    }

    /// Appends markup.
    pub fn push(&mut self, part: &Html) {
        self.0.push_str(&part.0);
    }

    /// Appends markup written in the source code.
    pub fn push_static(&mut self, markup: &'static str) {
        self.0.push_str(markup);
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Appends `template` with its `{}` holes filled by `args`, in order. Called by
    /// [`html!`] and [`write_html!`], which check at compile time that the template is a
    /// literal with one hole per value.
    #[doc(hidden)]
    pub fn fill(&mut self, template: &'static str, args: &[&dyn Render]) {
        let mut rest = template;
        let mut args = args.iter();
        while let Some(at) = rest.find("{}") {
            self.0.push_str(&rest[..at]);
            if let Some(arg) = args.next() {
                arg.render(&mut self.0);
            }
            rest = &rest[at + 2..];
        }
        self.0.push_str(rest);
    }
}

/// Read-only access to the markup, as a `str`.
impl std::ops::Deref for Html {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Html {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A value that can fill a hole of a template: text is escaped, markup and numbers are
/// written as they are.
pub trait Render {
    fn render(&self, out: &mut String);
}

impl Render for str {
    fn render(&self, out: &mut String) {
        escape_into(out, self);
    }
}

impl Render for String {
    fn render(&self, out: &mut String) {
        escape_into(out, self);
    }
}

impl Render for Html {
    fn render(&self, out: &mut String) {
        out.push_str(&self.0);
    }
}

impl<T: Render + ?Sized> Render for &T {
    fn render(&self, out: &mut String) {
        (**self).render(out);
    }
}

/// Digits only: numbers need no escaping.
macro_rules! render_number {
    ($($t:ty),*) => {$(
        impl Render for $t {
            fn render(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
render_number!(u8, u16, u32, usize, crate::format::Fixed);

/// A float with a fixed count of decimals, as `{:.N}` writes it (the SVG download's
/// coordinates).
pub struct Decimals(pub f64, pub usize);

impl Render for Decimals {
    fn render(&self, out: &mut String) {
        let _ = write!(out, "{:.*}", self.1, self.0);
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'`, which makes text safe in element content and in
/// quoted attribute values, in HTML and in XML.
fn escape_into(out: &mut String, text: &str) {
    let mut last = 0;
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&apos;",
            _ => continue,
        };
        out.push_str(&text[last..i]);
        out.push_str(entity);
        last = i + 1;
    }
    out.push_str(&text[last..]);
}

/// How many `{}` holes a template has (evaluated at compile time by the macros).
#[doc(hidden)]
pub const fn holes(template: &str) -> usize {
    let b = template.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i + 1 < b.len() {
        if b[i] == b'{' && b[i + 1] == b'}' {
            n += 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    n
}

/// Counts one macro argument.
#[doc(hidden)]
pub const fn one(_: &str) -> usize {
    1
}

/// New markup from a literal template whose `{}` holes are filled, in order, by values
/// that implement [`Render`] (text is escaped): `html!("<li>{}</li>", title)`.
#[macro_export]
macro_rules! html {
    ($template:literal $(, $arg:expr)* $(,)?) => {{
        let mut out = $crate::html::Html::new();
        $crate::write_html!(&mut out, $template $(, $arg)*);
        out
    }};
}

/// Appends a literal template with its `{}` holes filled to an `Html`:
/// `write_html!(&mut out, "<td>{}</td>", name)`.
#[macro_export]
macro_rules! write_html {
    ($out:expr, $template:literal $(, $arg:expr)* $(,)?) => {{
        const _: () = assert!(
            $crate::html::holes($template) == 0 $(+ $crate::html::one(stringify!($arg)))*,
            "a template needs one value per hole"
        );
        $crate::html::Html::fill($out, $template, &[$(&$arg as &dyn $crate::html::Render),*]);
    }};
}

/// Checks that text in `markup` was escaped: every `<` opens or closes a tag, every `&`
/// starts an entity, and `marker` (a text holding every character that must be escaped)
/// stands escaped at least `times` times.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn assert_escaped(markup: &str, marker: &str, times: usize) {
    for (i, _) in markup.match_indices('<') {
        let rest = &markup[i + 1..];
        let name: String = rest.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let after = rest.trim_start_matches('/')[name.len()..].chars().next();
        assert!(
            !name.is_empty() && name.starts_with(|c: char| c.is_ascii_lowercase()) && matches!(after, Some(' ' | '>' | '/')),
            "a raw '<' at byte {i}: {}",
            &markup[i.saturating_sub(40)..(i + 40).min(markup.len())]
        );
    }
    for (i, _) in markup.match_indices('&') {
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].iter().any(|e| markup[i..].starts_with(e)),
            "a raw '&' at byte {i}: {}",
            &markup[i.saturating_sub(40)..(i + 40).min(markup.len())]
        );
    }
    let escaped = Html::text(marker);
    let found = markup.matches(escaped.as_str()).count();
    assert!(found >= times, "the escaped marker {escaped} stands {found} times, expected at least {times}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::fixed;

    #[test]
    fn text_is_escaped_and_markup_is_not() {
        let name = String::from("<a href='x'>Tom & \"Jerry\"</a>");
        let h = html!(r#"<td title="{}">{}</td>"#, name, Html::trusted_static("<b>bold</b>"));
        assert_eq!(h.as_str(), r#"<td title="&lt;a href=&apos;x&apos;&gt;Tom &amp; &quot;Jerry&quot;&lt;/a&gt;"><b>bold</b></td>"#);
        assert_eq!(Html::text("<&>\"'").as_str(), "&lt;&amp;&gt;&quot;&apos;");
        assert_eq!(Html::text("Gdańsk «Ақмола»").as_str(), "Gdańsk «Ақмола»");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn a_json_script_cannot_end_early() {
        let h = Html::json_script("t", r#"["</script><!--", "a"]"#);
        assert_eq!(h.as_str(), r#"<script type="application/json" id="t">["\u003c/script>\u003c!--", "a"]</script>"#);
        assert_eq!(h.as_str().matches("</script>").count(), 1);
    }

    #[test]
    fn holes_are_filled_in_order_and_other_braces_stay() {
        let mut h = Html::trusted_static("<style>.a{fill:red}</style>");
        write_html!(&mut h, "<p>{}-{}:{} {}</p>{x}", 7u16, 12usize, fixed(2.5, 2), Decimals(0.25, 1));
        assert_eq!(h.as_str(), "<style>.a{fill:red}</style><p>7-12:2.50 0.2</p>{x}");
        assert_eq!(holes("{}{}.c{fill:{}}"), 3);
        assert_eq!(holes("{{}"), 1);
    }
}
