//! The chart's model in CSS pixels: lanes, time scale, mark positions, yearly totals,
//! hit-testing and keyboard order. Drawing reads it; pointer and keyboard code query it.

use crate::data::{Event, Kind, PartialDate};
use crate::i18n::{self, Msg};
use crate::lang::Lang;
use crate::order::sort_indexes;

/// The time axis starts at the beginning of 1998 (the capital moved to Astana in 1997-98).
pub const FIRST_YEAR: u16 = 1998;

/// The widths (CSS px) the chart is laid out at. A container shows the layout of the
/// largest of them not above its width (the smallest below that), scaled to fit: the
/// static page, which cannot know the width, draws one SVG per reference width and CSS
/// container queries pick the one the live canvas will draw, so the hand-over shifts
/// nothing. Neighbours are at most about 1.45 apart (640 is where lane labels move beside
/// the lanes), so text is never shown much larger than drawn.
pub const REFERENCE_WIDTHS: [f64; 5] = [320.0, 440.0, 640.0, 860.0, 1100.0];

/// The reference width a container `container` CSS px wide lays the chart out at.
pub fn logical_width(container: f64) -> f64 {
    REFERENCE_WIDTHS.iter().copied().filter(|&w| w <= container).fold(REFERENCE_WIDTHS[0], f64::max)
}

/// The last year the axis covers: the year of the data's last event (its end), never the
/// clock, so the static chart and the live one have the same axis on any day.
pub fn last_year(events: &[Event]) -> u16 {
    events.iter().map(|e| e.last().year).max().unwrap_or(FIRST_YEAR).max(FIRST_YEAR)
}

/// The axis (fractional years) for the years `from` to `to`: the start of the first to
/// the end of the last (a single year is one year wide, not a point).
pub fn axis_span(from: u16, to: u16) -> (f64, f64) {
    let (a, b) = (from.min(to), from.max(to));
    (f64::from(a), f64::from(b) + 1.0)
}

/// A horizontal lane of the chart: one family of organizers.
///
/// Lanes follow organizations rather than kinds because the story is in the families
/// (the Syria rounds, the religious congresses, the SCO years); kind is shown by colour and
/// shape inside each lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    AstanaProcess,
    Religions,
    Sco,
    Eurasian,
    CentralAsia,
    Multilateral,
    Forums,
    SportExpo,
}

impl Lane {
    pub const ALL: [Lane; 8] = [
        Lane::AstanaProcess,
        Lane::Religions,
        Lane::Sco,
        Lane::Eurasian,
        Lane::CentralAsia,
        Lane::Multilateral,
        Lane::Forums,
        Lane::SportExpo,
    ];

    /// The lane of an event, from its organization (and, for "other", its kind).
    pub fn of(organization: &str, kind: Kind) -> Lane {
        match organization {
            "astana-process" | "syrian-opposition" => Lane::AstanaProcess,
            "congress-of-religions" => Lane::Religions,
            "sco" => Lane::Sco,
            "cis" | "csto" | "eurasec" | "eaeu" => Lane::Eurasian,
            // "Central Asia + partner" formats: every `c5-…` organization (C5+Japan, C5+EU, …).
            o if o == "c5" || o.starts_with("c5-") => Lane::CentralAsia,
            "osce" | "oic" | "cica" | "un" | "ots" => Lane::Multilateral,
            "oca" | "bie" => Lane::SportExpo,
            _ if matches!(kind, Kind::Sport | Kind::Expo) => Lane::SportExpo,
            _ => Lane::Forums,
        }
    }

    pub fn label(self) -> Msg {
        match self {
            Lane::AstanaProcess => Msg::LaneAstanaProcess,
            Lane::Religions => Msg::LaneReligions,
            Lane::Sco => Msg::LaneSco,
            Lane::Eurasian => Msg::LaneEurasian,
            Lane::CentralAsia => Msg::LaneCentralAsia,
            Lane::Multilateral => Msg::LaneMultilateral,
            Lane::Forums => Msg::LaneForums,
            Lane::SportExpo => Msg::LaneSportExpo,
        }
    }
}

/// What the model needs of one event.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartItem {
    /// Index into the caller's event list.
    pub event: usize,
    pub start: f64,
    pub end: f64,
    pub year: u16,
    pub lane: Lane,
    pub kind: Kind,
    pub in_article: bool,
    /// Scheduled or thinly sourced: drawn hollow.
    pub hollow: bool,
}

impl ChartItem {
    /// An item from an event of the data set.
    pub fn from_event(index: usize, e: &Event) -> ChartItem {
        ChartItem {
            event: index,
            start: e.start.fractional_year(),
            end: e.last().fractional_year(),
            year: e.start.year,
            lane: Lane::of(&e.organization, e.kind),
            kind: e.kind,
            in_article: e.in_article,
            hollow: e.confidence == crate::data::Confidence::Low,
        }
    }
}

/// Sizes that depend on the container: narrow screens put lane labels above the lanes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    pub width: f64,
    pub radius: f64,
    pub label_column: f64,
    pub label_above: bool,
    pub totals_height: f64,
    pub axis_height: f64,
    pub names_height: f64,
    /// The strip under the city's names where the notes on its renamings go (see
    /// `annotations`): a numbered badge on narrow screens, two lines of text on wide ones.
    pub notes_height: f64,
    pub max_rows: usize,
    /// Space between stacked marks in a lane.
    pub row_gap: f64,
}

impl Metrics {
    /// Metrics for a container `width` CSS pixels wide.
    pub fn for_width(width: f64) -> Metrics {
        let width = width.clamp(240.0, 4000.0);
        let narrow = width < 640.0;
        Metrics {
            width,
            radius: if narrow { 4.5 } else { 5.5 },
            label_column: if narrow { 0.0 } else { 200.0 },
            label_above: narrow,
            totals_height: if narrow { 46.0 } else { 56.0 },
            axis_height: 26.0,
            names_height: if narrow { 20.0 } else { 22.0 },
            // Boxed notes on dates need three lines; numbered ones a badge.
            notes_height: if width >= super::annotations::NUMBERED_BELOW {
                56.0
            } else if narrow {
                22.0
            } else {
                40.0
            },
            max_rows: 10,
            row_gap: if narrow { 1.5 } else { 3.0 },
        }
    }
}

/// One lane's band on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneBand {
    pub lane: Lane,
    pub top: f64,
    pub bottom: f64,
    /// Where the marks start (below the label on narrow screens).
    pub marks_top: f64,
    pub rows: usize,
}

/// A mark's place on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Index into `ChartLayout::items`.
    pub item: usize,
    pub x: f64,
    pub y: f64,
    /// The end of a multi-day span worth drawing (EXPO's three months).
    pub x_end: Option<f64>,
    pub lane_index: usize,
}

/// The whole chart laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLayout {
    pub metrics: Metrics,
    pub items: Vec<ChartItem>,
    pub marks: Vec<Mark>,
    pub lanes: Vec<LaneBand>,
    pub width: f64,
    pub height: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub domain: (f64, f64),
    pub time: TimeScale,
    pub totals_top: f64,
    pub totals_bottom: f64,
    pub axis_top: f64,
    pub names_top: f64,
    /// The top of the strip for the notes on dates (`Metrics::notes_height` tall).
    pub notes_top: f64,
    /// Events per start year over the domain, zeros included.
    pub totals: Vec<(u16, usize)>,
    /// Mark indexes in time order (then lane order), for keyboard stepping.
    pub time_order: Vec<usize>,
}

/// The linear map between fractional years and x (CSS px), both ways.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    pub left: f64,
    pub right: f64,
    pub domain: (f64, f64),
}

impl TimeScale {
    pub fn x(&self, t: f64) -> f64 {
        self.left + (t - self.domain.0) / (self.domain.1 - self.domain.0) * (self.right - self.left)
    }

    pub fn t(&self, x: f64) -> f64 {
        self.domain.0 + (x - self.left) / (self.right - self.left) * (self.domain.1 - self.domain.0)
    }
}

/// Periods of the city's official names, as fractional years.
pub fn name_periods(end: f64) -> Vec<(crate::data::CityName, f64, f64)> {
    use crate::data::CityName::*;
    let d = |y, m, dd| PartialDate::ymd(y, m, dd).fractional_year();
    vec![
        (Akmola, f64::from(FIRST_YEAR), d(1998, 5, 6)),
        (Astana, d(1998, 5, 6), d(2019, 3, 23)),
        (NurSultan, d(2019, 3, 23), d(2022, 9, 17)),
        (Astana, d(2022, 9, 17), end),
    ]
}

impl ChartLayout {
    /// Lays out `items` for a container of the given metrics. Lanes with no items are kept
    /// (so that the chart's shape does not jump while filtering) only when `keep_empty`.
    pub fn new(items: Vec<ChartItem>, metrics: Metrics, last_year: u16, keep_empty: bool) -> ChartLayout {
        ChartLayout::spanning(items, metrics, last_year, keep_empty, None)
    }

    /// `new`, with the axis spanning the years `span` (first and last, whole years) when
    /// given: the axis follows a narrowed year range, and marks reaching out of it are drawn
    /// from (or to) its edge.
    pub fn spanning(items: Vec<ChartItem>, metrics: Metrics, last_year: u16, keep_empty: bool, span: Option<(u16, u16)>) -> ChartLayout {
        let m = metrics;
        let pad = 10.0;
        let plot_left = if m.label_above { pad + 2.0 } else { m.label_column };
        let plot_right = m.width - pad - 6.0;
        let domain = match span {
            Some((from, to)) => axis_span(from, to),
            // From the start of 1998 to the end of `last_year` (or of the last event).
            None => (f64::from(FIRST_YEAR), items.iter().map(|i| i.end).fold(f64::from(last_year.max(FIRST_YEAR)) + 1.0, f64::max).ceil()),
        };
        let time = TimeScale { left: plot_left, right: plot_right, domain };
        let scale = |t: f64| time.x(t.clamp(domain.0, domain.1));

        let totals_top = if m.label_above { 34.0 } else { 18.0 };
        let totals_bottom = totals_top + m.totals_height - 18.0;
        let step = 2.0 * m.radius + m.row_gap;
        let label_h = if m.label_above { 17.0 } else { 0.0 };

        let mut lanes = Vec::new();
        let mut marks = Vec::new();
        let mut y = totals_bottom + 10.0;
        for lane in Lane::ALL {
            let mut idx: Vec<usize> = (0..items.len()).filter(|&i| items[i].lane == lane).collect();
            if idx.is_empty() && !keep_empty {
                continue;
            }
            sort_indexes(&mut idx, &|a, b| items[a].start.total_cmp(&items[b].start));
            // Greedy packing into rows: a mark goes to the first row it does not overlap.
            let mut row_end: Vec<f64> = Vec::new();
            let mut placed = Vec::with_capacity(idx.len());
            for &i in &idx {
                let x = scale(items[i].start);
                let x_end = scale(items[i].end);
                let free = row_end.iter().position(|&end| end + 2.0 * m.radius + m.row_gap <= x);
                let row = match free {
                    Some(r) => r,
                    None if row_end.len() < m.max_rows => {
                        row_end.push(f64::MIN);
                        row_end.len() - 1
                    }
                    // Past the row limit marks overlap on the row that frees up first.
                    None => row_end.iter().enumerate().min_by(|a, b| a.1.total_cmp(b.1)).map(|(r, _)| r).unwrap_or(0),
                };
                row_end[row] = x_end.max(x);
                placed.push((i, x, x_end, row));
            }
            let rows = row_end.len().max(1);
            let top = y;
            let marks_top = top + label_h + if m.label_above { 3.0 } else { 6.0 };
            let bottom = marks_top + rows as f64 * step + 4.0;
            let lane_index = lanes.len();
            for (i, x, x_end, row) in placed {
                let span = (x_end - x > m.radius).then_some(x_end);
                marks.push(Mark { item: i, x, y: marks_top + step * (row as f64 + 0.5), x_end: span, lane_index });
            }
            lanes.push(LaneBand { lane, top, bottom, marks_top, rows });
            y = bottom;
        }
        let axis_top = y + 4.0;
        let names_top = axis_top + m.axis_height;
        // Whole pixels: the static SVG's viewBox and the canvas's aspect ratio are exact.
        let notes_top = names_top + m.names_height + 3.0;
        let height = (notes_top + m.notes_height + 3.0).ceil();

        let first = domain.0 as u16;
        let last_y = (domain.1.floor() as u16).max(first);
        let mut totals: Vec<(u16, usize)> = (first..last_y).map(|y| (y, 0)).collect();
        for it in &items {
            if let Some(t) = totals.iter_mut().find(|(y, _)| *y == it.year) {
                t.1 += 1;
            }
        }

        let mut time_order: Vec<usize> = (0..marks.len()).collect();
        sort_indexes(&mut time_order, &|a, b| {
            let (ia, ib) = (&items[marks[a].item], &items[marks[b].item]);
            ia.start.total_cmp(&ib.start).then(marks[a].lane_index.cmp(&marks[b].lane_index)).then(marks[a].y.total_cmp(&marks[b].y))
        });

        ChartLayout {
            metrics: m,
            items,
            marks,
            lanes,
            width: m.width,
            height,
            plot_left,
            plot_right,
            domain,
            time,
            totals_top,
            totals_bottom,
            axis_top,
            names_top,
            notes_top,
            totals,
            time_order,
        }
    }

    /// The chart of the `shown` events of `events` laid out at `width` (a reference width),
    /// its axis ending with the data's last year whatever is shown: the one way the live
    /// chart and the static one lay out, so both have the same geometry.
    pub fn of_events(events: &[Event], shown: impl Fn(usize) -> bool, width: f64) -> ChartLayout {
        ChartLayout::of_events_in(events, shown, width, None)
    }

    /// `of_events` with the axis spanning the years `span` (a narrowed year range), or all
    /// of them (`None`, what the static page draws); only events overlapping it are laid out.
    pub fn of_events_in(events: &[Event], shown: impl Fn(usize) -> bool, width: f64, span: Option<(u16, u16)>) -> ChartLayout {
        let overlaps = |e: &Event| span.is_none_or(|(from, to)| e.start.year <= to && e.last().year >= from);
        let items = (0..events.len()).filter(|&i| shown(i) && overlaps(&events[i])).map(|i| ChartItem::from_event(i, &events[i])).collect();
        ChartLayout::spanning(items, Metrics::for_width(width), last_year(events), false, span)
    }

    /// The chart's text description: "81 events, 1998 to 2026, most in 2017 (12)."
    pub fn summary(&self, lang: Lang) -> String {
        let first = self.items.iter().map(|i| i.year).min().unwrap_or(0);
        let last = self.items.iter().map(|i| i.year).max().unwrap_or(0);
        i18n::chart_summary(lang, self.items.len(), first, last, self.peak_year())
    }

    /// Fractional year to x.
    pub fn x_of(&self, t: f64) -> f64 {
        self.time.x(t)
    }

    /// x back to a fractional year.
    pub fn t_of(&self, x: f64) -> f64 {
        self.time.t(x)
    }

    /// The mark nearest to a point (CSS px) within `radius` of its edge, if any.
    /// Spans count along their whole length.
    pub fn hit(&self, x: f64, y: f64, radius: f64) -> Option<usize> {
        let reach = radius + self.metrics.radius;
        let mut best: Option<(usize, f64)> = None;
        for (i, m) in self.marks.iter().enumerate() {
            if (m.y - y).abs() > reach {
                continue;
            }
            let nearest_x = match m.x_end {
                Some(end) => x.clamp(m.x, end),
                None => m.x,
            };
            let d2 = (nearest_x - x).powi(2) + (m.y - y).powi(2);
            if d2 <= reach * reach && best.is_none_or(|(_, b)| d2 < b) {
                best = Some((i, d2));
            }
        }
        best.map(|(i, _)| i)
    }

    /// The year whose bar in the totals strip is under a point, if any.
    pub fn hit_year(&self, x: f64, y: f64) -> Option<u16> {
        if y < self.totals_top - 14.0 || y > self.totals_bottom + 2.0 || x < self.plot_left || x > self.plot_right {
            return None;
        }
        let year = self.t_of(x).floor();
        (year >= f64::from(FIRST_YEAR)).then_some(year as u16).filter(|y| self.totals.iter().any(|(ty, _)| ty == y))
    }

    /// The year with the most events, and its count (the earliest on a tie).
    pub fn peak_year(&self) -> Option<(u16, usize)> {
        self.totals.iter().copied().filter(|(_, n)| *n > 0).fold(None, |best, (y, n)| match best {
            Some((_, bn)) if bn >= n => best,
            _ => Some((y, n)),
        })
    }

    /// The mark a key press moves to from `current` (a mark index); `None` keeps the place.
    pub fn step(&self, current: Option<usize>, key: StepKey) -> Option<usize> {
        if self.marks.is_empty() {
            return None;
        }
        let pos = current.and_then(|c| self.time_order.iter().position(|&m| m == c));
        match (key, pos) {
            (StepKey::First, _) | (StepKey::Next | StepKey::Up | StepKey::Down, None) => self.time_order.first().copied(),
            (StepKey::Last, _) | (StepKey::Previous, None) => self.time_order.last().copied(),
            (StepKey::Next, Some(p)) => self.time_order.get(p + 1).or(self.time_order.last()).copied(),
            (StepKey::Previous, Some(p)) => self.time_order.get(p.saturating_sub(1)).copied(),
            (StepKey::Up | StepKey::Down, Some(_)) => {
                let cur = &self.marks[current?];
                let lane_count = self.lanes.len();
                let mut lane = cur.lane_index;
                loop {
                    lane = match key {
                        StepKey::Up if lane > 0 => lane - 1,
                        StepKey::Down if lane + 1 < lane_count => lane + 1,
                        _ => return current,
                    };
                    let nearest = self
                        .marks
                        .iter()
                        .enumerate()
                        .filter(|(_, m)| m.lane_index == lane)
                        .min_by(|(_, a), (_, b)| (a.x - cur.x).abs().total_cmp(&(b.x - cur.x).abs()))
                        .map(|(i, _)| i);
                    if nearest.is_some() {
                        return nearest;
                    }
                }
            }
        }
    }

    /// The mark showing a given event, if it is on the chart.
    pub fn mark_of_event(&self, event: usize) -> Option<usize> {
        self.marks.iter().position(|m| self.items[m.item].event == event)
    }

    /// The marks (indexes, in mark order) of the given events that are on the chart: those a
    /// selected country took part in, which the chart rings. Events filtered out have none.
    pub fn marks_of_events(&self, events: &[usize]) -> Vec<usize> {
        let mut wanted = events.to_vec();
        crate::order::sort_dedup(&mut wanted);
        (0..self.marks.len()).filter(|&m| wanted.binary_search(&self.items[self.marks[m].item].event).is_ok()).collect()
    }
}

/// Keys that move the chart's focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKey {
    Next,
    Previous,
    Up,
    Down,
    First,
    Last,
}

impl StepKey {
    /// The step for a `KeyboardEvent.key`, if it is one.
    pub fn from_key(key: &str) -> Option<StepKey> {
        match key {
            "ArrowRight" => Some(StepKey::Next),
            "ArrowLeft" => Some(StepKey::Previous),
            "ArrowUp" => Some(StepKey::Up),
            "ArrowDown" => Some(StepKey::Down),
            "Home" => Some(StepKey::First),
            "End" => Some(StepKey::Last),
            _ => None,
        }
    }
}
