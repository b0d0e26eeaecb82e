//! Draws a `ChartLayout` with plotters onto any backend, in device pixels.
//!
//! plotters-canvas neither knows the device pixel ratio nor redraws on resize: the caller
//! sizes the backing store to CSS size × `dpr`, and every coordinate, stroke and font size
//! here is multiplied by `dpr`, so the chart is crisp on any screen.

use super::annotations::{self as notes, NotesLayout};
use super::model::{name_periods, ChartLayout};
use crate::data::{CityName, Kind};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::url_state::YearRange;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The chart's colours, read from the page's CSS custom properties so themes apply.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartColors {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub lane: RGBColor,
    pub bar: RGBColor,
    pub bar_highlight: RGBColor,
    pub focus: RGBColor,
    /// By `Kind` order: summit, negotiations, forum, congress, sport, expo.
    pub kinds: [RGBColor; 6],
}

impl ChartColors {
    /// Light-theme defaults (the Okabe–Ito palette, safe for colour-blind readers).
    pub fn light() -> ChartColors {
        ChartColors {
            background: RGBColor(255, 255, 255),
            text: RGBColor(28, 33, 40),
            muted: RGBColor(87, 96, 106),
            grid: RGBColor(226, 230, 235),
            lane: RGBColor(246, 248, 250),
            bar: RGBColor(154, 164, 176),
            bar_highlight: RGBColor(0, 94, 162),
            focus: RGBColor(0, 94, 162),
            kinds: [
                RGBColor(0, 114, 178),
                RGBColor(213, 94, 0),
                RGBColor(0, 158, 115),
                RGBColor(204, 121, 167),
                RGBColor(230, 159, 0),
                RGBColor(86, 180, 233),
            ],
        }
    }

    /// The CSS custom property each colour is read from, in the order of `slots_mut`
    /// (the kinds' as `--kind-<slug>`, by `Kind::ALL`).
    pub const CSS_VARS: [&'static str; 14] = [
        "--chart-bg",
        "--text",
        "--muted",
        "--grid",
        "--lane",
        "--bar",
        "--accent",
        "--focus",
        "--kind-summit",
        "--kind-negotiations",
        "--kind-forum",
        "--kind-congress",
        "--kind-sport",
        "--kind-expo",
    ];

    /// Every colour, in the order of `CSS_VARS`.
    pub fn slots_mut(&mut self) -> [&mut RGBColor; 14] {
        let [k0, k1, k2, k3, k4, k5] = &mut self.kinds;
        [
            &mut self.background,
            &mut self.text,
            &mut self.muted,
            &mut self.grid,
            &mut self.lane,
            &mut self.bar,
            &mut self.bar_highlight,
            &mut self.focus,
            k0,
            k1,
            k2,
            k3,
            k4,
            k5,
        ]
    }

    /// The colour of a kind's marks.
    pub fn kind(&self, kind: Kind) -> RGBColor {
        self.kinds[Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)]
    }
}

/// Parses `#rrggbb` (or `#rgb`), as read from a CSS custom property.
pub fn parse_hex(s: &str) -> Option<RGBColor> {
    let h = s.trim().strip_prefix('#')?;
    let v = |i: usize, n: usize| u8::from_str_radix(h.get(i..i + n)?, 16).ok();
    match h.len() {
        6 => Some(RGBColor(v(0, 2)?, v(2, 2)?, v(4, 2)?)),
        3 => Some(RGBColor(v(0, 1)? * 17, v(1, 1)? * 17, v(2, 1)? * 17)),
        _ => None,
    }
}

/// What the base drawing depends on besides the layout.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DrawState {
    pub lang: Lang,
    /// Events outside the range are faded; bars inside it are highlighted.
    pub years: Option<YearRange>,
    /// The notes on key moments, placed for this layout; `None` hides them.
    pub notes: Option<NotesLayout>,
}

/// The marks drawn on the overlay canvas (mark indexes): redrawing these on a pointer move
/// costs a few canvas calls, whatever the number of events.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Highlights {
    pub selected: Option<usize>,
    pub focused: Option<usize>,
    pub hovered: Option<usize>,
}

/// The marker outline for a kind, as points around (0, 0) for radius `r` (circles aside).
pub fn kind_polygon(kind: Kind, r: f64) -> Option<Vec<(f64, f64)>> {
    let regular = |n: usize, rot: f64, rr: f64| -> Vec<(f64, f64)> {
        (0..n)
            .map(|i| {
                let a = rot + i as f64 * std::f64::consts::TAU / n as f64;
                (rr * a.cos(), rr * a.sin())
            })
            .collect()
    };
    use std::f64::consts::FRAC_PI_2;
    match kind {
        Kind::Summit => None,
        Kind::Negotiations => Some(regular(4, 0.0, r * 1.25)),
        Kind::Forum => Some(regular(4, std::f64::consts::FRAC_PI_4, r * 1.2)),
        Kind::Congress => Some(regular(3, -FRAC_PI_2, r * 1.3)),
        Kind::Sport => Some(regular(6, 0.0, r * 1.1)),
        Kind::Expo => Some({
            // A five-pointed star.
            (0..10)
                .map(|i| {
                    let a = -FRAC_PI_2 + i as f64 * std::f64::consts::PI / 5.0;
                    let rr = if i % 2 == 0 { r * 1.45 } else { r * 0.6 };
                    (rr * a.cos(), rr * a.sin())
                })
                .collect()
        }),
    }
}

/// A length in CSS pixels as device pixels.
fn device(v: f64, dpr: f64) -> i32 {
    (v * dpr).round() as i32
}

/// A point in CSS pixels as device pixels.
fn device_point(x: f64, y: f64, dpr: f64) -> (i32, i32) {
    (device(x, dpr), device(y, dpr))
}

/// A one-CSS-pixel stroke width, never under one device pixel.
fn hairline(dpr: f64) -> u32 {
    device(1.0, dpr).max(1) as u32
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// The font family of every text of the chart, on the canvas and in the static SVG alike.
pub const FONT_FAMILY: &str = "sans-serif";

/// Draws the chart. `dpr` is the device pixels per layout pixel the backing store was
/// sized with (the device pixel ratio times the display scale of the layout).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &ChartLayout,
    state: &DrawState,
    colors: &ChartColors,
    dpr: f64,
) -> DrawResult<DB> {
    let notes = state.notes.as_ref().map_or(0, |n| n.notes.len());
    for part in [Part::Frame, Part::Marks(0..layout.marks.len()), Part::Axis, Part::Notes(0..notes)] {
        draw_part(root, layout, state, colors, dpr, part)?;
    }
    root.present()?;
    Ok(())
}

/// Text of `size` layout pixels.
fn font(size: f64, dpr: f64) -> FontDesc<'static> {
    (FONT_FAMILY, size * dpr).into_font()
}

/// The year bars' width in layout pixels.
fn year_width(layout: &ChartLayout) -> f64 {
    layout.x_of(layout.domain.0 + 1.0) - layout.x_of(layout.domain.0)
}

/// A part of the chart. `draw` draws them in this order; the static SVG draws each mark on
/// its own, to tag it with its event.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// What lies under the marks: background, lane bands, year grid, lane labels and the
    /// yearly totals strip.
    Frame,
    /// These marks (mark indexes): spans, then shapes, faded outside the year range.
    Marks(std::ops::Range<usize>),
    /// The time axis and the city's name over time, below the lanes.
    Axis,
    /// These notes (indexes into `DrawState::notes`): leader, then box and text, or badge.
    Notes(std::ops::Range<usize>),
}

/// Draws one part of the chart (see `draw`).
pub fn draw_part<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &ChartLayout,
    state: &DrawState,
    colors: &ChartColors,
    dpr: f64,
    part: Part,
) -> DrawResult<DB> {
    let lang = state.lang;
    let pt = |x: f64, y: f64| device_point(x, y, dpr);
    let font = |size: f64| font(size, dpr);
    let m = &layout.metrics;
    let (left, right) = (layout.plot_left, layout.plot_right);
    let in_range = |year: u16| state.years.is_none_or(|r| r.contains(year));
    let year_w = year_width(layout);
    match part {
        Part::Frame => {
            root.fill(&colors.background)?;

            // Lanes: alternate bands.
            for (i, band) in layout.lanes.iter().enumerate() {
                if i % 2 == 0 {
                    root.draw(&Rectangle::new([pt(0.0, band.top), pt(layout.width, band.bottom)], colors.lane.filled()))?;
                }
            }

            // Year grid over the lanes.
            let lanes_top = layout.lanes.first().map_or(layout.axis_top, |l| l.top);
            let lanes_bottom = layout.lanes.last().map_or(layout.axis_top, |l| l.bottom);
            // One colour at a time (the lines never cross): the static SVG writes each as one path.
            for strong in [false, true] {
                for &(year, _) in layout.totals.iter().filter(|(year, _)| (year % 5 == 0) == strong) {
                    let x = layout.x_of(f64::from(year));
                    let color = if strong { colors.muted.mix(0.35) } else { colors.grid.mix(1.0) };
                    root.draw(&PathElement::new(vec![pt(x, lanes_top), pt(x, lanes_bottom)], color.stroke_width(hairline(dpr))))?;
                }
            }

            // Lane labels, over the grid (on narrow screens, above each lane on a patch of its colour).
            for (i, band) in layout.lanes.iter().enumerate() {
                let label = band.lane.label().get(lang);
                if m.label_above {
                    let fill = if i % 2 == 0 { colors.lane } else { colors.background };
                    let width = label.chars().count() as f64 * 6.4 + 8.0;
                    root.draw(&Rectangle::new([pt(left - 4.0, band.top + 1.0), pt(left + width, band.top + 17.0)], fill.filled()))?;
                    root.draw(&Text::new(
                        label,
                        pt(left, band.top + 9.0),
                        font(11.5).color(&colors.muted).pos(Pos::new(HPos::Left, VPos::Center)),
                    ))?;
                } else {
                    let style = font(12.5).color(&colors.text).pos(Pos::new(HPos::Right, VPos::Center));
                    root.draw(&Text::new(label, pt(left - 12.0, (band.top + band.bottom) / 2.0), style))?;
                }
            }

            // Yearly totals strip.
            let max_total = layout.totals.iter().map(|t| t.1).max().unwrap_or(0).max(1) as f64;
            let bar_area = layout.totals_bottom - layout.totals_top;
            if m.label_above {
                let style = font(11.5).color(&colors.muted).pos(Pos::new(HPos::Left, VPos::Top));
                root.draw(&Text::new(Msg::EventsPerYear.get(lang), pt(left, 2.0), style))?;
            } else {
                let style = font(12.5).color(&colors.text).pos(Pos::new(HPos::Right, VPos::Center));
                root.draw(&Text::new(Msg::EventsPerYear.get(lang), pt(left - 12.0, layout.totals_bottom - bar_area / 2.0), style))?;
            }
            let inset = (year_w * 0.12).min(3.0);
            // The bars, then their counts over them.
            for counts in [false, true] {
                if counts && year_w < 14.0 {
                    break;
                }
                for &(year, n) in layout.totals.iter().filter(|t| t.1 > 0) {
                    let (x0, x1) = (layout.x_of(f64::from(year)) + inset, layout.x_of(f64::from(year) + 1.0) - inset);
                    let y = layout.totals_bottom - bar_area * n as f64 / max_total;
                    if counts {
                        let style = font(10.5).color(&colors.muted).pos(Pos::new(HPos::Center, VPos::Bottom));
                        root.draw(&Text::new(n.to_string(), pt((x0 + x1) / 2.0, y - 2.0), style))?;
                    } else {
                        let color = if state.years.is_some() && in_range(year) { colors.bar_highlight } else { colors.bar };
                        root.draw(&Rectangle::new([pt(x0, y), pt(x1, layout.totals_bottom)], color.filled()))?;
                    }
                }
            }
            root.draw(&PathElement::new(
                vec![pt(left, layout.totals_bottom), pt(right, layout.totals_bottom)],
                colors.muted.stroke_width(hairline(dpr)),
            ))?;
        }
        Part::Marks(range) => {
            let r = layout.metrics.radius;
            let range = range.start.min(layout.marks.len())..range.end.min(layout.marks.len());
            for mark in &layout.marks[range.clone()] {
                let item = &layout.items[mark.item];
                let faded = !in_range(item.year);
                let color = colors.kind(item.kind).mix(if faded { 0.22 } else { 1.0 });
                if let Some(x_end) = mark.x_end {
                    root.draw(&Rectangle::new(
                        [pt(mark.x, mark.y - r * 0.45), pt(x_end, mark.y + r * 0.45)],
                        color.mix(if faded { 0.22 } else { 0.55 }).filled(),
                    ))?;
                }
            }
            for i in range {
                let alpha = if in_range(layout.items[layout.marks[i].item].year) { 1.0 } else { 0.22 };
                draw_mark(root, layout, i, r, alpha, colors, dpr)?;
            }
        }
        Part::Axis => {
            // Time axis.
            let axis_y = layout.axis_top;
            root.draw(&PathElement::new(vec![pt(left, axis_y), pt(right, axis_y)], colors.muted.stroke_width(hairline(dpr))))?;
            let label_every = if year_w >= 36.0 {
                1
            } else if year_w >= 17.0 {
                2
            } else {
                5
            };
            // The ticks, then the labels under them.
            for &(year, _) in &layout.totals {
                let x = layout.x_of(f64::from(year));
                let tick = if year % 5 == 0 { 6.0 } else { 3.5 };
                root.draw(&PathElement::new(vec![pt(x, axis_y), pt(x, axis_y + tick)], colors.muted.stroke_width(hairline(dpr))))?;
            }
            for &(year, _) in layout.totals.iter().filter(|(year, _)| year % label_every == 0) {
                let label =
                    if label_every == 1 && year % 5 != 0 && year_w < 44.0 { format!("’{:02}", year % 100) } else { year.to_string() };
                let style = font(11.5).color(&colors.muted).pos(Pos::new(HPos::Center, VPos::Top));
                root.draw(&Text::new(label, pt(layout.x_of(f64::from(year) + 0.5), axis_y + 7.0), style))?;
            }

            // The city's name over time.
            let top = layout.names_top;
            let h = m.names_height;
            for (k, (name, t0, t1)) in name_periods(layout.domain.1).into_iter().enumerate() {
                let (x0, x1) = (layout.x_of(t0).max(left), layout.x_of(t1).min(right));
                if x1 <= x0 {
                    continue;
                }
                let fill = if k % 2 == 0 { colors.lane } else { colors.grid };
                root.draw(&Rectangle::new([pt(x0, top), pt(x1, top + h)], fill.filled()))?;
                let label = match name {
                    CityName::Akmola => Msg::Akmola,
                    CityName::Astana => Msg::Astana,
                    CityName::NurSultan => Msg::NurSultan,
                }
                .get(lang);
                let room = x1 - x0;
                let text = if room >= label.chars().count() as f64 * 7.0 + 8.0 {
                    Some(label.to_string())
                } else if room >= 14.0 {
                    label.chars().next().map(|c| c.to_string())
                } else {
                    None
                };
                if let Some(text) = text {
                    let style = font(11.0).color(&colors.text).pos(Pos::new(HPos::Center, VPos::Center));
                    root.draw(&Text::new(text, pt((x0 + x1) / 2.0, top + h / 2.0), style))?;
                }
            }
        }
        Part::Notes(range) => {
            let placed = state.notes.as_ref().map_or(&[][..], |n| &n.notes[..]);
            let line = colors.muted.stroke_width(hairline(dpr));
            for note in placed.get(range).unwrap_or_default() {
                if let Some((a, b)) = note.leader {
                    root.draw(&PathElement::new(vec![pt(a.0, a.1), pt(b.0, b.1)], line))?;
                }
                if note.anchor.1 >= layout.axis_top {
                    // A date on the axis: a dot where the leader ends.
                    root.draw(&Circle::new(pt(note.anchor.0, note.anchor.1), device(2.5, dpr), colors.text.filled()))?;
                }
                let r = note.rect;
                if note.is_badge() {
                    let c = pt(r.x + r.w / 2.0, r.y + r.h / 2.0);
                    root.draw(&Circle::new(c, device(r.w / 2.0, dpr), colors.text.filled()))?;
                    let style = font(notes::BADGE_FONT).color(&colors.background).pos(Pos::new(HPos::Center, VPos::Center));
                    root.draw(&Text::new((note.note + 1).to_string(), c, style))?;
                    continue;
                }
                let corners = [pt(r.x, r.y), pt(r.x + r.w, r.y + r.h)];
                root.draw(&Rectangle::new(corners, colors.background.filled()))?;
                root.draw(&Rectangle::new(corners, line))?;
                let style = font(notes::FONT).color(&colors.text).pos(Pos::new(HPos::Left, VPos::Center));
                for (k, text) in note.lines.iter().enumerate() {
                    let y = r.y + notes::PAD_Y + notes::LINE * (k as f64 + 0.5);
                    root.draw(&Text::new(text.as_str(), pt(r.x + notes::PAD_X, y), style.clone()))?;
                }
            }
        }
    }
    Ok(())
}

/// One mark: its shape in its kind's colour (hollow when thinly sourced) and, for events
/// the article names, a ring.
fn draw_mark<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &ChartLayout,
    i: usize,
    radius: f64,
    alpha: f64,
    colors: &ChartColors,
    dpr: f64,
) -> DrawResult<DB> {
    let mark = &layout.marks[i];
    let item = &layout.items[mark.item];
    let color = colors.kind(item.kind).mix(alpha);
    let px = |v: f64| device(v, dpr);
    if item.hollow {
        draw_shape(root, item.kind, mark.x, mark.y, radius, colors.background.filled(), dpr)?;
        draw_shape(root, item.kind, mark.x, mark.y, radius, color.stroke_width(px(1.6).max(1) as u32), dpr)?;
    } else {
        draw_shape(root, item.kind, mark.x, mark.y, radius, color.filled(), dpr)?;
    }
    if item.in_article {
        root.draw(&Circle::new(
            (px(mark.x), px(mark.y)),
            px(radius + 3.2),
            colors.text.mix(alpha * 0.85).stroke_width(px(1.2).max(1) as u32),
        ))?;
    }
    Ok(())
}

/// Draws the highlighted marks, enlarged and ringed, on a transparent overlay of the same
/// size as the chart (the caller clears it first).
pub fn draw_highlights<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &ChartLayout,
    h: &Highlights,
    colors: &ChartColors,
    dpr: f64,
) -> DrawResult<DB> {
    let r = layout.metrics.radius;
    let px = |v: f64| device(v, dpr);
    let mut drawn: Vec<usize> = Vec::new();
    for i in [h.hovered, h.selected, h.focused].into_iter().flatten() {
        if i < layout.marks.len() && !drawn.contains(&i) {
            draw_mark(root, layout, i, r * 1.35, 1.0, colors, dpr)?;
            drawn.push(i);
        }
    }
    for (which, color, extra) in [(h.selected, colors.text, 6.0), (h.focused, colors.focus, 8.5)] {
        if let Some(mark) = which.and_then(|i| layout.marks.get(i)) {
            root.draw(&Circle::new((px(mark.x), px(mark.y)), px(r + extra), color.stroke_width(px(2.0) as u32)))?;
        }
    }
    root.present()?;
    Ok(())
}

/// Frames the given marks with a square (a shape, not only a colour) on the overlay: the
/// events a selected country took part in. Draw before `draw_highlights`, which presents.
pub fn draw_marked<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &ChartLayout,
    marks: &[usize],
    colors: &ChartColors,
    dpr: f64,
) -> DrawResult<DB> {
    let d = layout.metrics.radius + 3.5;
    for mark in marks.iter().filter_map(|&i| layout.marks.get(i)) {
        let corners = [device_point(mark.x - d, mark.y - d, dpr), device_point(mark.x + d, mark.y + d, dpr)];
        root.draw(&Rectangle::new(corners, colors.bar_highlight.stroke_width(device(2.0, dpr).max(1) as u32)))?;
    }
    Ok(())
}

fn draw_shape<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    kind: Kind,
    x: f64,
    y: f64,
    r: f64,
    style: ShapeStyle,
    dpr: f64,
) -> DrawResult<DB> {
    let pt = |x: f64, y: f64| device_point(x, y, dpr);
    match kind_polygon(kind, r) {
        None => root.draw(&Circle::new(pt(x, y), device(r, dpr), style)),
        Some(points) => {
            let pts: Vec<(i32, i32)> = points.iter().map(|&(dx, dy)| pt(x + dx, y + dy)).collect();
            if style.filled {
                root.draw(&Polygon::new(pts, style))
            } else {
                let mut closed = pts.clone();
                closed.push(pts[0]);
                root.draw(&PathElement::new(closed, style))
            }
        }
    }
}
