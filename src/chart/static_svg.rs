//! The chart drawn at build time for the static page: `draw.rs`, the code that draws the
//! live canvas, through plotters' SVG backend, once per reference width.
//!
//! Each SVG is the layout of one reference width (`model::REFERENCE_WIDTHS`) in its own
//! coordinates (`viewBox="0 0 W H"`), shown at the container's width by CSS, so its box is
//! the live canvas's box (width × H / W) and the canvas replaces it without a jump.
//! [`container_css`] (kept in `style/main.css` by a test) shows the SVG of the width the
//! live chart will use. The colours are the page's CSS custom properties (`fill="var(--text)"`):
//! the chart is drawn with a palette of sentinel colours, and each sentinel is replaced by
//! its variable, so the static chart follows the light and dark themes as the canvas does.
//!
//! Native only (the wasm never draws SVG): the page generator calls [`static_chart`] and
//! [`static_summary`].

use super::annotations;
use super::draw::{draw_part, ChartColors, DrawState, Part, FONT_FAMILY};
use super::model::{ChartLayout, REFERENCE_WIDTHS};
use crate::data::Atlas;
use crate::html::Html;

/// Text escaped for markup (plotters' SVG is post-processed as text here).
fn esc(text: &str) -> String {
    Html::text(text).into_string()
}
use crate::format::fixed_trimmed;
use crate::i18n::Msg;
use crate::lang::Lang;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, IntoDrawingArea, RGBColor, SVGBackend};
use std::fmt::Write as _;

/// The id of the text description the static SVGs point to with `aria-describedby` (the
/// live chart's summary paragraph has it too).
pub const SUMMARY_ID: &str = "chart-summary";

/// The static chart: a `<div class="chart-static">` holding one `<svg class="w-<W>">`
/// per reference width (all events, no filters), to be placed inside the page's
/// `.chart-frame`; CSS ([`container_css`]) shows one, and the live chart removes the box
/// after its first draw. Each SVG has `role="img"`, the live chart's accessible name, and
/// `aria-describedby` pointing at the summary paragraph (`id="chart-summary"`, text from
/// [`static_summary`]) that the page puts next to it. Deterministic: the axis ends with
/// the data's last year, never the clock's.
pub fn static_chart(atlas: &Atlas, lang: Lang) -> Html {
    let svgs: String = REFERENCE_WIDTHS.iter().map(|&w| chart_svg(atlas, lang, w)).collect();
    Html::from_chart_svg(format!("<div class=\"chart-static\">\n{svgs}</div>\n"))
}

/// The chart's text description for the static page, the sentence the live chart shows
/// in `#chart-summary` when nothing is filtered: "81 events, 1998 to 2026, most in 2017 (12)."
pub fn static_summary(atlas: &Atlas, lang: Lang) -> String {
    static_layout(atlas, REFERENCE_WIDTHS[0]).summary(lang)
}

/// The layout the static chart draws at a reference width: every event, as the live chart
/// lays it out with no filter.
pub fn static_layout(atlas: &Atlas, width: f64) -> ChartLayout {
    ChartLayout::of_events(&atlas.summits.events, |_| true, width)
}

/// The CSS that shows, in a `.chart-static` box of any width, the SVG of the reference
/// width the live chart lays out at in that width (`model::logical_width`); where container
/// queries are not supported, the middle width shows, scaled. (The box, not `.chart-frame`,
/// is the query container, so the live chart's event card keeps its fixed position.)
pub fn container_css() -> String {
    let w = REFERENCE_WIDTHS;
    let mut css = String::from(".chart-static { container-type: inline-size; }\n");
    css.push_str(".chart-static > svg { display: none; width: 100%; height: auto; border-radius: 8px; }\n");
    let _ = writeln!(css, "@supports not (container-type: inline-size) {{ .chart-static > .w-{} {{ display: block; }} }}", w[w.len() / 2]);
    for (i, &width) in w.iter().enumerate() {
        let query = match (i, w.get(i + 1)) {
            (0, Some(next)) => format!("(width < {next}px)"),
            (_, Some(next)) => format!("({width}px <= width < {next}px)"),
            (_, None) => format!("(width >= {width}px)"),
        };
        let _ = writeln!(css, "@container {query} {{ .chart-static > .w-{width} {{ display: block; }} }}");
    }
    css
}

/// The palette the static chart is drawn with: colour `i` of `ChartColors::slots_mut` is
/// `#0102<i>`, which [`paint`] turns back into `ChartColors::CSS_VARS[i]`.
fn sentinels() -> ChartColors {
    let mut colors = ChartColors::light();
    for (i, slot) in colors.slots_mut().into_iter().enumerate() {
        *slot = RGBColor(1, 2, i as u8);
    }
    colors
}

/// A fill or stroke of plotters' SVG as a reference to the page's custom property.
fn paint(value: &str) -> String {
    value
        .strip_prefix("#0102")
        .and_then(|i| u8::from_str_radix(i, 16).ok())
        .and_then(|i| ChartColors::CSS_VARS.get(usize::from(i)))
        .map_or_else(|| value.to_string(), |name| format!("var({name})"))
}

/// SVG units per layout pixel: plotters draws in whole units, so half a pixel is the
/// precision (a mark's radius of 4.5 stays 4.5, as on a canvas of two or more device
/// pixels per layout pixel); a `scale` brings the drawing back to the layout's viewBox.
const RATIO: f64 = 2.0;

/// One reference width's SVG.
fn chart_svg(atlas: &Atlas, lang: Lang, width: f64) -> String {
    let layout = static_layout(atlas, width);
    let colors = sentinels();
    let notes = annotations::place(&layout, &annotations::inputs(atlas, lang));
    let state = DrawState { lang, years: None, notes: Some(notes) };
    let (w, h) = (layout.width, layout.height);
    let size = ((w * RATIO).round() as u32, (h * RATIO).round() as u32);
    let mut out = format!(
        r#"<svg class="w-{w}" viewBox="0 0 {w} {h}" role="img" aria-label="{label}" aria-describedby="{SUMMARY_ID}" font-family="{FONT_FAMILY}"><g transform="scale({scale})">"#,
        label = esc(Msg::ChartLabel.get(lang)),
        scale = fixed_trimmed(1.0 / RATIO, 4),
    );
    let part = |part: Part| render(size, |root| draw_part(root, &layout, &state, &colors, RATIO, part));
    out.push_str(&compact(&part(Part::Frame), None));
    for (i, mark) in layout.marks.iter().enumerate() {
        let id = &atlas.summits.events[layout.items[mark.item].event].id;
        out.push_str(&compact(&part(Part::Marks(i..i + 1)), Some(("data-id", id))));
    }
    out.push_str(&compact(&part(Part::Axis), None));
    for (i, note) in state.notes.iter().flat_map(|n| &n.notes).enumerate() {
        out.push_str(&compact(&part(Part::Notes(i..i + 1)), Some(("data-note", &atlas.annotations[note.note].id))));
    }
    out.push_str("</g></svg>\n");
    out
}

type SvgResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// The SVG text plotters writes for one drawing call.
fn render(size: (u32, u32), f: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> SvgResult) -> String {
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        // Writing into a string cannot fail.
        let _ = f(&root);
        let _ = root.present();
    }
    buf
}

/// One element of plotters' SVG output: the tag, its attributes and, for `<text>`, its
/// (escaped) content.
#[derive(Debug, PartialEq)]
struct Element<'a> {
    tag: &'a str,
    attrs: Vec<(&'a str, &'a str)>,
    text: Option<&'a str>,
}

/// Reads plotters' SVG output (one element a line; a text's content on the line after its
/// start tag), without the `<svg>` root.
fn parse(svg: &str) -> Vec<Element<'_>> {
    let mut elements = Vec::new();
    let mut lines = svg.lines();
    while let Some(line) = lines.next() {
        let Some(rest) = line.trim().strip_prefix('<') else { continue };
        let (inner, closed) = match rest.strip_suffix("/>") {
            Some(inner) => (inner, true),
            None => (rest.strip_suffix('>').unwrap_or(rest), false),
        };
        let (tag, mut attrs_text) = inner.split_once(' ').unwrap_or((inner, ""));
        if tag.starts_with('/') || tag == "svg" {
            continue;
        }
        let mut attrs = Vec::new();
        while let Some((name, rest)) = attrs_text.split_once("=\"") {
            let Some((value, rest)) = rest.split_once('"') else { break };
            attrs.push((name.trim(), value));
            attrs_text = rest;
        }
        let text = if closed { None } else { lines.next() };
        elements.push(Element { tag, attrs, text });
    }
    elements
}

/// An element ready to write: attributes already cleaned, or made by merging.
#[derive(Clone, Debug, PartialEq)]
struct Node<'a> {
    tag: &'a str,
    attrs: Vec<(&'a str, String)>,
    text: Option<&'a str>,
    children: Vec<Node<'a>>,
}

impl<'a> Node<'a> {
    fn get(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }

    fn write(&self, out: &mut String, tag: Option<(&str, &str)>) {
        let _ = write!(out, "<{}", self.tag);
        if let Some((name, id)) = tag {
            let _ = write!(out, r#" {name}="{}""#, esc(id));
        }
        for (name, value) in &self.attrs {
            let _ = write!(out, r#" {name}="{value}""#);
        }
        if let Some(text) = self.text {
            let _ = write!(out, ">{text}</{}>", self.tag);
        } else if self.children.is_empty() {
            out.push_str("/>");
        } else {
            out.push('>');
            for child in &self.children {
                child.write(out, None);
            }
            let _ = write!(out, "</{}>", self.tag);
        }
    }

    /// The outline as path data, and the attributes other than geometry, for the shapes
    /// that can join a `<path>` with others.
    fn as_path(&self) -> Option<(String, Vec<(&'a str, String)>)> {
        let num = |name: &str| self.get(name).and_then(|v| v.parse::<i32>().ok());
        let points = || -> Option<Vec<(i32, i32)>> {
            self.get("points")?
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect()
        };
        let (d, geometry): (String, &[&str]) = match self.tag {
            "rect" => {
                let (x, y, w, h) = (num("x")?, num("y")?, num("width")?, num("height")?);
                (format!("M{x} {y}h{w}v{h}h{}z", -w), &["x", "y", "width", "height"])
            }
            "polyline" => {
                let pts = points()?;
                let (&(x0, y0), rest) = pts.split_first()?;
                let mut d = format!("M{x0} {y0}");
                let mut prev = (x0, y0);
                for &(x, y) in rest {
                    let _ = match (x == prev.0, y == prev.1) {
                        (true, _) => write!(d, "V{y}"),
                        (false, true) => write!(d, "H{x}"),
                        _ => write!(d, "L{x} {y}"),
                    };
                    prev = (x, y);
                }
                (d, &["points"])
            }
            "polygon" => {
                // Relative steps: every mark of a kind has nearly the same ones, which
                // compress far better than absolute points.
                let pts = points()?;
                let (&(x0, y0), rest) = pts.split_first()?;
                let mut d = format!("M{x0} {y0}l");
                let mut prev = (x0, y0);
                for (i, &(x, y)) in rest.iter().enumerate() {
                    for (k, v) in [x - prev.0, y - prev.1].into_iter().enumerate() {
                        if (i > 0 || k > 0) && v >= 0 {
                            d.push(' ');
                        }
                        let _ = write!(d, "{v}");
                    }
                    prev = (x, y);
                }
                d.push('z');
                (d, &["points"])
            }
            _ => return None,
        };
        let style = self.attrs.iter().filter(|(k, _)| !geometry.contains(k)).cloned().collect();
        Some((d, style))
    }
}

/// Plotters' attributes made small and themeable: colours become custom properties,
/// defaults and the hoisted font family are dropped, and font sizes are undone from
/// plotters' SVG scaling (it writes `size / 1.24`; the canvas uses `size`).
fn clean<'a>(el: &Element<'a>) -> Node<'a> {
    let stroked = el.attrs.iter().any(|&(k, v)| k == "stroke" && v != "none");
    let mut attrs = Vec::with_capacity(el.attrs.len());
    for &(name, value) in &el.attrs {
        let value = match name {
            "opacity" => match value.parse::<f64>() {
                Ok(v) if v >= 1.0 => continue,
                Ok(v) => fixed_trimmed(v, 2).to_string(),
                Err(_) => value.to_string(),
            },
            "stroke" if value == "none" => continue,
            "stroke-width" if !stroked || value == "1" => continue,
            "fill" | "stroke" => paint(value),
            "font-family" if value == FONT_FAMILY => continue,
            "font-size" => value.parse::<f64>().map_or(value.to_string(), |v| fixed_trimmed(v * 1.24, 2).to_string()),
            "text-anchor" if value == "start" => continue,
            "points" => value.trim().to_string(),
            _ => value.to_string(),
        };
        attrs.push((name, value));
    }
    Node { tag: el.tag, attrs, text: el.text, children: Vec::new() }
}

/// A shape with its path data and its attributes other than geometry.
type PathRun<'a> = Vec<(Node<'a>, String, Vec<(&'a str, String)>)>;

/// Joins each run of opaque shapes with the same paint into one `<path>` (same picture:
/// one colour, no transparency to add up where they touch).
fn merge_paths(nodes: Vec<Node<'_>>) -> Vec<Node<'_>> {
    fn flush<'a>(run: &mut PathRun<'a>, out: &mut Vec<Node<'a>>) {
        if run.len() > 1 || run.first().is_some_and(|r| r.0.tag == "polygon") {
            let d: String = run.iter().map(|r| r.1.as_str()).collect();
            let mut attrs = vec![("d", d)];
            attrs.extend(run[0].2.iter().cloned());
            out.push(Node { tag: "path", attrs, text: None, children: Vec::new() });
            run.clear();
        } else {
            out.extend(run.drain(..).map(|r| r.0));
        }
    }
    let mut out = Vec::with_capacity(nodes.len());
    let mut run: PathRun<'_> = Vec::new();
    for node in nodes {
        match node.as_path().filter(|_| node.get("opacity").is_none()) {
            Some((d, style)) => {
                if run.first().is_some_and(|r| r.2 != style) {
                    flush(&mut run, &mut out);
                }
                run.push((node, d, style));
            }
            None => {
                flush(&mut run, &mut out);
                out.push(node);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Puts each run of texts in a `<g>` carrying the inherited attributes they share.
fn group_texts(nodes: Vec<Node<'_>>) -> Vec<Node<'_>> {
    fn flush<'a>(run: &mut Vec<Node<'a>>, out: &mut Vec<Node<'a>>) {
        const INHERITED: [&str; 3] = ["font-size", "fill", "text-anchor"];
        let shared: Vec<(&'a str, String)> = match run.first() {
            Some(first) if run.len() > 1 => first
                .attrs
                .iter()
                .filter(|(k, v)| INHERITED.contains(k) && run.iter().all(|n| n.get(k) == Some(v.as_str())))
                .cloned()
                .collect(),
            _ => Vec::new(),
        };
        if shared.is_empty() {
            out.append(run);
            return;
        }
        let children = run
            .drain(..)
            .map(|mut n| {
                n.attrs.retain(|a| !shared.contains(a));
                n
            })
            .collect();
        out.push(Node { tag: "g", attrs: shared, text: None, children });
    }
    let mut out = Vec::with_capacity(nodes.len());
    let mut run = Vec::new();
    for node in nodes {
        if node.tag == "text" {
            run.push(node);
        } else {
            flush(&mut run, &mut out);
            out.push(node);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Plotters' SVG for one part of the chart as small, themeable markup (see [`clean`],
/// [`merge_paths`], [`group_texts`]). With `tag` (an attribute and a value), the part is
/// one mark or note: its element (or a `<g>` of its elements) gets that attribute.
fn compact(svg: &str, id: Option<(&str, &str)>) -> String {
    let nodes = group_texts(merge_paths(parse(svg).iter().map(clean).collect()));
    let mut out = String::new();
    match (id, nodes.as_slice()) {
        (Some(id), [one]) => one.write(&mut out, Some(id)),
        (Some(id), _) => Node { tag: "g", attrs: Vec::new(), text: None, children: nodes }.write(&mut out, Some(id)),
        (None, _) => nodes.iter().for_each(|n| n.write(&mut out, None)),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::model::logical_width;
    use crate::data;

    fn svgs(lang: Lang) -> Vec<String> {
        let all = static_chart(data::load().unwrap(), lang);
        let inner = all.strip_prefix("<div class=\"chart-static\">\n").and_then(|s| s.strip_suffix("</div>\n")).unwrap();
        inner.split_inclusive("</svg>\n").map(str::to_string).collect()
    }

    /// The value of attribute `name` in the first tag of `s`.
    fn attr<'a>(s: &'a str, name: &str) -> Option<&'a str> {
        let tag_end = s.find('>')?;
        let tag = &s[..tag_end];
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[start..].split('"').next()
    }

    #[test]
    fn one_svg_per_reference_width_with_the_layouts_aspect() {
        let atlas = data::load().unwrap();
        for lang in Lang::ALL {
            let svgs = svgs(lang);
            assert_eq!(svgs.len(), REFERENCE_WIDTHS.len());
            for (svg, &width) in svgs.iter().zip(&REFERENCE_WIDTHS) {
                assert!(svg.starts_with("<svg "), "{}", &svg[..40]);
                assert_eq!(attr(svg, "class"), Some(format!("w-{width}").as_str()));
                let layout = static_layout(atlas, width);
                // The live chart's box is width × H / W: the SVG's viewBox is W by H exactly.
                assert_eq!(attr(svg, "viewBox"), Some(format!("0 0 {} {}", layout.width, layout.height).as_str()));
                assert_eq!(layout.height.fract(), 0.0);
                assert_eq!(attr(svg, "role"), Some("img"));
                assert_eq!(attr(svg, "aria-label"), Some(esc(Msg::ChartLabel.get(lang)).as_str()));
                assert_eq!(attr(svg, "aria-describedby"), Some(SUMMARY_ID));
                assert_eq!(svg.matches("<svg").count(), 1, "no nested roots left from the parts");
            }
        }
    }

    #[test]
    fn the_static_layout_is_the_live_one_with_no_filter() {
        let atlas = data::load().unwrap();
        for container in [300.0, 344.0, 700.0, 958.0, 1174.0, 2000.0] {
            let w = logical_width(container);
            let live = ChartLayout::of_events(&atlas.summits.events, |_| true, w);
            assert_eq!(live, static_layout(atlas, w));
        }
    }

    #[test]
    fn every_event_is_a_mark_with_its_id() {
        let atlas = data::load().unwrap();
        for svg in svgs(Lang::Kk) {
            for e in &atlas.summits.events {
                assert_eq!(svg.matches(&format!(r#" data-id="{}""#, e.id)).count(), 1, "{}", e.id);
            }
            assert_eq!(svg.matches(" data-id=").count(), atlas.summits.events.len());
        }
    }

    #[test]
    fn colours_are_the_themes_custom_properties() {
        for svg in svgs(Lang::En) {
            assert!(!svg.contains('#'), "a colour left as hex");
            for name in ["--chart-bg", "--text", "--muted", "--grid", "--lane", "--bar", "--kind-summit", "--kind-expo"] {
                assert!(svg.contains(&format!(r#"="var({name})""#)), "{name}");
            }
            assert!(!svg.contains("var(--accent)"), "no year range, so no highlighted bar");
        }
        assert_eq!(paint("#01020D"), "var(--kind-expo)");
        assert_eq!(paint("none"), "none");
        assert_eq!(paint("#010299"), "#010299", "not a sentinel: kept, and caught above");
    }

    #[test]
    fn the_text_is_the_canvas_text_in_the_chosen_language() {
        let atlas = data::load().unwrap();
        let en = &svgs(Lang::En)[REFERENCE_WIDTHS.len() - 1];
        assert!(en.contains(">Syria talks</text>"), "{en}");
        let (_, most) = crate::chart::tests::busiest_year();
        assert!(en.contains(&format!(">{most}</text>")), "the busiest year's total");
        // Font sizes in layout pixels (in the drawing's units), as on the canvas, not
        // plotters' SVG size / 1.24.
        assert!(en.contains(&format!(r#" font-size="{}""#, 12.5 * RATIO)));
        assert!(en.contains(&format!(r#" font-size="{}""#, 10.5 * RATIO)));
        assert!(!en.contains("font-family=\"sans-serif\" "), "the family is set once, on the root");
        let kk = &svgs(Lang::Kk)[0];
        assert!(kk.contains(">Сирия келіссөздері</text>"));
        assert!(kk.contains(">Нұр-Сұлтан</text>") || kk.contains(">Н</text>"));
        let (year, peak) = crate::chart::tests::busiest_year();
        assert_eq!(
            static_summary(atlas, Lang::En),
            format!("{} events, 1998 to 2026, most in {year} ({peak}).", atlas.summits.events.len())
        );
    }

    #[test]
    fn plotters_output_is_read_and_compacted() {
        let svg = "<svg width=\"10\" height=\"10\" viewBox=\"0 0 10 10\" xmlns=\"http://www.w3.org/2000/svg\">\n\
            <circle cx=\"5\" cy=\"5\" r=\"2\" opacity=\"1\" fill=\"#010208\" stroke=\"none\" stroke-width=\"1\"/>\n\
            <polyline fill=\"none\" opacity=\"0.35\" stroke=\"#010202\" stroke-width=\"1\" points=\"1,2 3,4 \"/>\n\
            <text x=\"1\" y=\"2\" dy=\"0.76em\" text-anchor=\"start\" font-family=\"sans-serif\" font-size=\"10.080645161290322\" opacity=\"1\" fill=\"#010201\">\n\
            A &amp; B\n\
            </text>\n\
            </svg>\n";
        assert_eq!(
            compact(svg, None),
            "<circle cx=\"5\" cy=\"5\" r=\"2\" fill=\"var(--kind-summit)\"/>\
             <polyline fill=\"none\" opacity=\"0.35\" stroke=\"var(--muted)\" points=\"1,2 3,4\"/>\
             <text x=\"1\" y=\"2\" dy=\"0.76em\" font-size=\"12.5\" fill=\"var(--text)\">A &amp; B</text>"
        );
        let one = "<circle cx=\"5\" cy=\"5\" r=\"2\" opacity=\"1\" fill=\"#010208\" stroke=\"none\" stroke-width=\"1\"/>\n";
        assert_eq!(compact(one, Some(("data-id", "a"))), "<circle data-id=\"a\" cx=\"5\" cy=\"5\" r=\"2\" fill=\"var(--kind-summit)\"/>");
        assert!(compact(svg, Some(("data-id", "b"))).starts_with("<g data-id=\"b\"><circle cx="));
    }

    #[test]
    fn container_queries_pick_the_logical_width_and_are_in_the_stylesheet() {
        let css = container_css();
        assert!(css.contains("@container (640px <= width < 860px) { .chart-static > .w-640 { display: block; } }"), "{css}");
        assert!(css.contains("@container (width < 440px) { .chart-static > .w-320 { display: block; } }"), "{css}");
        assert!(css.contains("@container (width >= 1100px) {"), "{css}");
        let stylesheet = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
        assert!(stylesheet.contains(&css), "style/main.css must contain, verbatim:\n{css}");
    }

    /// Writes each language's static chart where the end-to-end test injects it into the
    /// live page (`tests/e2e/chart-static.test.mjs`), to compare the two in Chromium.
    #[test]
    fn writes_the_markup_for_the_end_to_end_test() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/e2e");
        std::fs::create_dir_all(dir).unwrap();
        for lang in Lang::ALL {
            let path = format!("{dir}/static-chart-{}.html", lang.code());
            std::fs::write(path, static_chart(data::load().unwrap(), lang).as_str()).unwrap();
        }
    }

    #[test]
    fn the_svg_is_small() {
        for lang in Lang::ALL {
            let all = static_chart(data::load().unwrap(), lang);
            assert!(all.len() < 150_000, "{lang:?}: {} bytes", all.len());
        }
    }
}
