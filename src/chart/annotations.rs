//! Where the chart's notes on key moments go, in layout pixels: pure geometry, tested
//! natively at every reference width.
//!
//! A note points at its event's mark, or (with no event: the capital's renamings) at its
//! date on the strip of the city's names. Wide layouts put its text in a box, in the free
//! space nearest that point with a leader line to it: among the lanes for a mark, in the
//! strip under the names for a date. Narrower layouts (under [`NUMBERED_BELOW`], where
//! the boxes do not all fit) put a numbered badge there instead, and the page lists the
//! notes under the chart. A box never meets another box, a leader, a mark, a lane label, the totals strip
//! or the axis, and a leader never crosses a mark, a box or another leader.

use super::model::ChartLayout;
use crate::data::Atlas;
use crate::lang::Lang;

pub use crate::geo::home::Rect;

/// The tests notes need of a rectangle (in layout pixels here).
impl Rect {
    /// Whether the two rectangles share any area.
    pub fn intersects(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    /// The rectangle grown by `d` on every side.
    pub fn inflate(&self, d: f64) -> Rect {
        Rect { x: self.x - d, y: self.y - d, w: self.w + 2.0 * d, h: self.h + 2.0 * d }
    }

    /// Whether `o` lies wholly inside.
    pub fn contains(&self, o: &Rect) -> bool {
        o.x >= self.x && o.y >= self.y && o.x + o.w <= self.x + self.w && o.y + o.h <= self.y + self.h
    }

    /// The point of the rectangle nearest to `p`.
    pub fn nearest(&self, p: (f64, f64)) -> (f64, f64) {
        (p.0.clamp(self.x, self.x + self.w), p.1.clamp(self.y, self.y + self.h))
    }

    /// Whether the segment from `a` to `b` meets the rectangle.
    pub fn meets_segment(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        // Liang–Barsky clipping.
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [(-dx, a.0 - self.x), (dx, self.x + self.w - a.0), (-dy, a.1 - self.y), (dy, self.y + self.h - a.1)] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
            }
        }
        t0 <= t1
    }
}

/// What a note points at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Anchor {
    /// An event (index into the caller's event list): its mark, if it is on the chart.
    Event(usize),
    /// A day on the time axis, as a fractional year.
    Date(f64),
}

/// One note to place: its text (already in the page's language) and what it points at.
#[derive(Clone, Debug, PartialEq)]
pub struct NoteInput {
    pub text: String,
    pub anchor: Anchor,
}

/// A note placed on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedNote {
    /// Index into the inputs (and the data's notes); its number is `note + 1`.
    pub note: usize,
    /// The text box, or the numbered badge's box.
    pub rect: Rect,
    /// The text's lines; empty for a badge.
    pub lines: Vec<String>,
    /// The point the note is about: a mark's centre, or its date on the axis.
    pub anchor: (f64, f64),
    /// From the anchor's edge to the box, when the box is not against it.
    pub leader: Option<((f64, f64), (f64, f64))>,
}

impl PlacedNote {
    /// Whether this note is a numbered badge (its text is in the list under the chart).
    pub fn is_badge(&self) -> bool {
        self.lines.is_empty()
    }
}

/// The data's notes as inputs in `lang` ("2010: First OSCE summit…"), each pointing at
/// its event, or at its date when it names none.
pub fn inputs(atlas: &Atlas, lang: Lang) -> Vec<NoteInput> {
    atlas
        .annotations
        .iter()
        .map(|n| NoteInput {
            text: format!("{}: {}", n.date.year, n.text.or_en(lang)),
            anchor: n.event.as_deref().and_then(|id| atlas.event_index(id)).map_or(Anchor::Date(n.date.fractional_year()), Anchor::Event),
        })
        .collect()
}

/// The notes of one chart layout.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct NotesLayout {
    pub notes: Vec<PlacedNote>,
}

/// The notes' font size, line height and padding inside their box (layout px).
pub const FONT: f64 = 11.0;
pub const LINE: f64 = 13.5;
pub const PAD_X: f64 = 5.0;
pub const PAD_Y: f64 = 3.5;
/// Layouts narrower than this (CSS px) number their notes and list them under the chart.
pub const NUMBERED_BELOW: f64 = 1100.0;
/// A numbered badge's diameter and its number's size.
pub const BADGE: f64 = 14.0;
pub const BADGE_FONT: f64 = 10.0;
/// The text widths tried for a box, narrowest first.
const BOX_WIDTHS: [f64; 5] = [110.0, 132.0, 172.0, 224.0, 280.0];
/// The longest leader from a date on the strip to its note (the note's box lies under its
/// date, so the leader is short and upright).
const DATE_LEADER: f64 = 60.0;
/// How far (layout px) a box on the strip keeps from another note's date.
const DATE_CLEAR: f64 = 6.0;
/// Free space kept around marks and labels, and between notes.
const GAP: f64 = 3.0;

/// A generous estimate of a text's width in `size` px sans-serif (no font metrics here):
/// per-character widths at or above those of DejaVu Sans, the widest common sans-serif.
/// The end-to-end test measures the drawn lines against their boxes in the browser.
pub fn text_width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            ' ' => 0.33,
            '.' | ',' | ':' | ';' | '\'' | '’' | '(' | ')' | '!' | '|' | 'i' | 'l' | 'j' | 'і' | '-' => 0.4,
            't' | 'f' | 'r' | 'I' => 0.46,
            '0'..='9' => 0.65,
            'm' | 'w' | 'ж' | 'ш' | 'щ' | 'ю' | 'ы' | 'м' | 'ф' => 0.98,
            'W' | 'M' | 'Ш' | 'Щ' | 'Ж' | 'Ю' | 'Ы' | 'Ф' => 1.02,
            '“' | '”' | '«' | '»' | '—' | '–' => 0.6,
            c if c.is_uppercase() => 0.8,
            _ => 0.64,
        })
        .sum();
    em * size
}

/// `text` broken at spaces into lines at most `width` px wide (a word longer than that
/// gets a line of its own).
pub fn wrap(text: &str, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if line.is_empty() || text_width(&candidate, FONT) <= width {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The area the notes on marks may occupy: the lanes, between the plot's edges.
pub fn region(layout: &ChartLayout) -> Rect {
    let top = layout.lanes.first().map_or(layout.totals_bottom, |l| l.top) + 1.0;
    let bottom = layout.lanes.last().map_or(layout.axis_top, |l| l.bottom) - 1.0;
    Rect { x: layout.plot_left, y: top, w: layout.plot_right - layout.plot_left, h: (bottom - top).max(0.0) }
}

/// The area the notes on dates occupy: the strip under the city's names, across the chart.
pub fn date_region(layout: &ChartLayout) -> Rect {
    Rect { x: 6.0, y: layout.notes_top, w: layout.width - 12.0, h: layout.metrics.notes_height }
}

/// The half-size of a mark's drawing: its shape (`draw::kind_polygon`), or the ring of an
/// event the article names.
pub fn mark_extent(layout: &ChartLayout, item: usize) -> f64 {
    let r = layout.metrics.radius;
    let it = &layout.items[item];
    let shape = super::draw::kind_polygon(it.kind, r).map_or(r, |pts| pts.iter().map(|&(x, y)| x.hypot(y)).fold(0.0, f64::max));
    if it.in_article {
        shape.max(r + 3.8)
    } else {
        shape
    }
}

/// Whether a layout numbers its notes (and the page lists them under the chart).
pub fn numbered(layout: &ChartLayout) -> bool {
    layout.width < NUMBERED_BELOW
}

/// A mark's box (its drawing, spans included) grown by `gap`.
pub fn mark_box(layout: &ChartLayout, mark: usize, gap: f64) -> Rect {
    let m = &layout.marks[mark];
    let reach = mark_extent(layout, m.item) + gap;
    Rect { x: m.x - reach, y: m.y - reach, w: m.x_end.unwrap_or(m.x) - m.x + 2.0 * reach, h: 2.0 * reach }
}

/// What no note may cover: every mark (and span) with a gap around it, then the lane
/// labels drawn above narrow lanes. (The totals strip and the axis are outside `region`.)
pub fn obstacles(layout: &ChartLayout) -> Vec<Rect> {
    let mut out: Vec<Rect> = (0..layout.marks.len()).map(|m| mark_box(layout, m, GAP)).collect();
    if layout.metrics.label_above {
        for band in &layout.lanes {
            // The label in its longest language (the layout does not depend on the language).
            let width = Lang::ALL.iter().map(|&l| text_width(band.lane.label().get(l), 11.5)).fold(0.0, f64::max);
            out.push(Rect { x: layout.plot_left - 4.0, y: band.top, w: width + 12.0 + GAP, h: 18.0 + GAP });
        }
    }
    out
}

/// Distance from point `p` to the segment `a`–`b`.
fn segment_distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0) };
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

/// Whether segments `a`–`b` and `c`–`d` cross.
fn segments_cross(a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64)) -> bool {
    let orient = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0);
    let (d1, d2, d3, d4) = (orient(c, d, a), orient(c, d, b), orient(a, b, c), orient(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// Places `notes` on `layout` (notes whose event is not on the chart are left out), notes on
/// dates first. A note on a mark goes among the lanes near it; where no room is left there
/// (a mark inside a dense cluster), it goes in the strip under the city's names at the
/// event's date, as the notes on dates do. The whole work of a [`Placer`], at once.
pub fn place(layout: &ChartLayout, notes: &[NoteInput]) -> NotesLayout {
    let mut placer = Placer::new(layout, notes.to_vec());
    while !placer.step(layout) {}
    placer.result()
}

/// The placing of [`place`] a step at a time (a step is one box shape tried for one note,
/// a millisecond or so), so that a page can spread it over several tasks and keep its
/// main thread free for input. Each run places the notes one by one, each in the room the
/// earlier ones left; a note left out gets the first choice in the next run, while that
/// places more. Every step is given the layout the placer was made for.
pub struct Placer {
    notes: Vec<NoteInput>,
    blocked: Vec<Rect>,
    /// The dates the notes on dates point at: no other box on the strip may cover them.
    dates: Vec<f64>,
    /// The current run: its order, how far it has come, what it has placed.
    order: Vec<usize>,
    next: usize,
    placed: Vec<PlacedNote>,
    /// The note being placed: its attempts, its shapes, which are being tried, the best box.
    current: Option<NoteSearch>,
    /// The best finished run, and how many more runs may be tried.
    best: Option<Vec<PlacedNote>>,
    runs_left: usize,
    done: bool,
}

/// One note's search: the areas to try (the first that holds a box wins), the box shapes,
/// and among the current area's shapes tried so far the best box with its cost.
struct NoteSearch {
    note: usize,
    attempts: Vec<Attempt>,
    /// The marks, nearest to the current attempt's point first.
    near_first: Vec<usize>,
    shapes: Vec<(f64, f64, Vec<String>)>,
    attempt: usize,
    shape: usize,
    best: Option<(f64, PlacedNote)>,
}

impl Placer {
    /// A placer for `notes` on `layout`; nothing is placed until [`Placer::step`].
    pub fn new(layout: &ChartLayout, notes: Vec<NoteInput>) -> Placer {
        let blocked = obstacles(layout);
        // Notes on dates have only the strip: they choose first, then the notes on marks.
        let mut order: Vec<usize> = (0..notes.len()).collect();
        crate::order::sort_indexes(&mut order, &|a, b| {
            matches!(notes[a].anchor, Anchor::Event(_)).cmp(&matches!(notes[b].anchor, Anchor::Event(_)))
        });
        let dates = notes
            .iter()
            .filter_map(|n| match n.anchor {
                Anchor::Date(t) if in_domain(layout, t) => Some(layout.x_of(t)),
                _ => None,
            })
            .collect();
        let runs_left = notes.len();
        Placer { notes, blocked, dates, order, next: 0, placed: Vec::new(), current: None, best: None, runs_left, done: false }
    }

    /// Does one step on `layout`; true once every note is placed or left out.
    pub fn step(&mut self, layout: &ChartLayout) -> bool {
        if self.done {
            return true;
        }
        match self.current.take() {
            Some(search) => self.try_shape(layout, search),
            None if self.next < self.order.len() => {
                let i = self.order[self.next];
                self.next += 1;
                self.current = self.search_for(layout, i);
            }
            None => self.end_run(),
        }
        self.done
    }

    /// The notes placed (what is placed so far, before the last step).
    pub fn result(&self) -> NotesLayout {
        let mut notes = self.best.clone().unwrap_or_default();
        crate::order::sort_items(&mut notes, &|a, b| a.note.cmp(&b.note));
        NotesLayout { notes }
    }

    /// The search for note `i`: where it may go and the shapes of its box (none where its
    /// event or date is not on the chart).
    fn search_for(&self, layout: &ChartLayout, i: usize) -> Option<NoteSearch> {
        let note = &self.notes[i];
        let narrow = numbered(layout);
        let names_bottom = layout.names_top + layout.metrics.names_height;
        let attempts: Vec<Attempt> = match note.anchor {
            Anchor::Date(t) if !in_domain(layout, t) => return None,
            Anchor::Event(e) => {
                let m = layout.mark_of_event(e)?;
                let mark = &layout.marks[m];
                let date = (mark.x, names_bottom);
                let near_mark = if narrow { 70.0 } else { 300.0 };
                vec![
                    (region(layout), (mark.x, mark.y), Some(m), mark_extent(layout, mark.item) + 1.5, near_mark),
                    (date_region(layout), date, None, 0.0, DATE_LEADER),
                ]
            }
            Anchor::Date(t) => vec![(date_region(layout), (layout.x_of(t), names_bottom), None, 0.0, DATE_LEADER)],
        };
        // Boxes to try: text boxes of each width (wide layouts), else a badge.
        let shapes: Vec<(f64, f64, Vec<String>)> = if narrow {
            vec![(BADGE, BADGE, Vec::new())]
        } else {
            BOX_WIDTHS
                .iter()
                .map(|&w| {
                    let lines = wrap(&note.text, w - 2.0 * PAD_X);
                    let text_w = lines.iter().map(|l| text_width(l, FONT)).fold(0.0, f64::max);
                    ((text_w + 2.0 * PAD_X).ceil(), lines.len() as f64 * LINE + 2.0 * PAD_Y, lines)
                })
                .collect()
        };
        let near_first = marks_nearest_first(layout, &attempts[0]);
        Some(NoteSearch { note: i, attempts, near_first, shapes, attempt: 0, shape: 0, best: None })
    }

    /// Tries the search's next shape in its current area. Of each shape's nearest free
    /// place, the one nearest counting its height among the lanes (a short wide box reads
    /// better than a tall narrow one), its width in the strip (where width is what the
    /// other notes on dates need); a shape is only searched for places that would beat the
    /// best so far. The first area that holds a box wins.
    fn try_shape(&mut self, layout: &ChartLayout, mut search: NoteSearch) {
        let (area, anchor, own, start_at, max_leader) = search.attempts[search.attempt];
        let (w, h, lines) = &search.shapes[search.shape];
        let cost = if own.is_some() { 0.6 * h } else { 0.5 * w };
        let bound = search.best.as_ref().map_or(f64::INFINITY, |b| b.0);
        let query = Search { area, anchor, own, start_at, size: (*w, *h), max_leader, cost, bound, near_first: &search.near_first };
        if let Some((d, rect, leader)) = nearest_free(layout, &self.blocked, &self.placed, &self.dates, &query) {
            search.best = Some((d + cost, PlacedNote { note: search.note, rect, lines: lines.clone(), anchor, leader }));
        }
        search.shape += 1;
        if search.shape < search.shapes.len() {
            self.current = Some(search);
        } else if let Some((_, placed)) = search.best {
            self.placed.push(placed);
        } else if search.attempt + 1 < search.attempts.len() {
            (search.attempt, search.shape) = (search.attempt + 1, 0);
            search.near_first = marks_nearest_first(layout, &search.attempts[search.attempt]);
            self.current = Some(search);
        }
    }

    /// Ends a run: keeps it if it placed more than the best so far, and starts the next run
    /// with the notes it left out first (or ends).
    fn end_run(&mut self) {
        let run = std::mem::take(&mut self.placed);
        match &self.best {
            Some(best) if run.len() <= best.len() => {
                self.done = true;
                return;
            }
            _ => self.best = Some(run),
        }
        let best = self.best.as_deref().unwrap_or_default();
        let left_out: Vec<usize> = self.order.iter().copied().filter(|&i| best.iter().all(|p| p.note != i)).collect();
        if left_out.is_empty() || self.runs_left == 0 {
            self.done = true;
            return;
        }
        self.runs_left -= 1;
        self.order = left_out.iter().copied().chain(self.order.iter().copied().filter(|i| !left_out.contains(i))).collect();
        self.next = 0;
    }
}

/// Whether the date `t` lies on the axis (a narrowed year range leaves some out).
fn in_domain(layout: &ChartLayout, t: f64) -> bool {
    (layout.domain.0..=layout.domain.1).contains(&t)
}

/// Where to try a note: the area, the point, the mark at the point, how far from the
/// point the leader starts, and its longest length.
type Attempt = (Rect, (f64, f64), Option<usize>, f64, f64);

/// A leader: from a point's edge to a box.
type Leader = Option<((f64, f64), (f64, f64))>;

/// What [`nearest_free`] looks for: a box of `size` in `area` whose distance to `anchor`
/// is at most `max_leader` and, with `cost` added, under `bound`; its leader starts
/// `start_at` from the anchor; `own` is the mark the note is on (which may come closer);
/// `near_first` lists the other marks, nearest to the anchor first.
struct Search<'a> {
    area: Rect,
    anchor: (f64, f64),
    own: Option<usize>,
    start_at: f64,
    size: (f64, f64),
    max_leader: f64,
    cost: f64,
    bound: f64,
    near_first: &'a [usize],
}

/// The marks but the attempt's own, nearest to its point first: a leader from the point
/// meets those first.
fn marks_nearest_first(layout: &ChartLayout, &(_, anchor, own, _, _): &Attempt) -> Vec<usize> {
    let mut marks: Vec<usize> = (0..layout.marks.len()).filter(|&k| Some(k) != own).collect();
    let gap_to = |k: usize| (layout.marks[k].x - anchor.0).hypot(layout.marks[k].y - anchor.1);
    crate::order::sort_indexes(&mut marks, &|a, b| gap_to(a).total_cmp(&gap_to(b)));
    marks
}

/// The free box of `search` nearest to its anchor, with its distance and leader, clear of
/// the marks and labels `blocked`, the notes `placed` so far and their leaders; on the
/// strip, under its date and clear of the other `dates`.
fn nearest_free(
    layout: &ChartLayout,
    blocked: &[Rect],
    placed: &[PlacedNote],
    dates: &[f64],
    search: &Search,
) -> Option<(f64, Rect, Leader)> {
    let &Search { area, anchor, own, start_at, size: (w, h), max_leader, cost, bound, near_first } = search;
    // Clear of the marks, labels and own mark is checked as the boxes are listed (a row
    // at a time, against what lies beside that row); the rest once they are in order.
    let own_box = own.map(|m| mark_box(layout, m, 1.0));
    let fits = |rect: &Rect, leader: Leader| {
        placed.iter().all(|p| !p.rect.inflate(GAP).intersects(rect) && p.leader.is_none_or(|(a, b)| !rect.inflate(GAP).meets_segment(a, b)))
            && leader.is_none_or(|(a, b)| {
                near_first.iter().all(|&k| {
                    let m = &layout.marks[k];
                    let r = mark_extent(layout, m.item) + 1.0;
                    let beyond = m.x < a.0.min(b.0) - r || m.x > a.0.max(b.0) + r || m.y < a.1.min(b.1) - r || m.y > a.1.max(b.1) + r;
                    beyond || segment_distance((m.x, m.y), a, b) > r
                }) && placed
                    .iter()
                    .all(|p| !p.rect.inflate(1.0).meets_segment(a, b) && p.leader.is_none_or(|(c, d)| !segments_cross(a, b, c, d)))
            })
    };
    // On the strip, a box lies under its own date and clear of the others' dates, so
    // each date points at one box.
    let on_strip = own.is_none();
    // A note on a date sits centred under it; a note on a mark that came to the strip
    // takes the first free box that holds its date, leaving room for its neighbours.
    let centred = on_strip && dates.contains(&anchor.0);
    let dates: Vec<f64> = placed
        .iter()
        .filter(|p| p.anchor.1 == anchor.1)
        .map(|p| p.anchor.0)
        .chain(dates.iter().copied().filter(|&x| x != anchor.0))
        .collect();
    let under_date = |rect: &Rect| {
        !on_strip
            || (rect.x <= anchor.0
                && anchor.0 <= rect.x + rect.w
                && dates.iter().all(|&x| x < rect.x - DATE_CLEAR || x > rect.x + rect.w + DATE_CLEAR)
                && placed
                    .iter()
                    .filter(|p| p.anchor.1 == anchor.1)
                    .all(|p| anchor.0 < p.rect.x - DATE_CLEAR || anchor.0 > p.rect.x + p.rect.w + DATE_CLEAR))
    };
    let leader_to = |rect: &Rect| {
        let q = rect.nearest(anchor);
        let len = (q.0 - anchor.0).hypot(q.1 - anchor.1);
        (len > start_at + 2.0).then(|| {
            let k = start_at / len;
            ((anchor.0 + (q.0 - anchor.0) * k, anchor.1 + (q.1 - anchor.1) * k), q)
        })
    };
    // The boxes lie on a grid of rows 3 px apart. A box's distance (its key) is at least its
    // row's height from the anchor, so the rows are searched nearest first, and the search
    // ends at the first row that cannot hold a box nearer than the best found. The result is
    // the box a full sort of all boxes by key (in row order on a tie) would give.
    let lower_bound = |y: f64| (anchor.1.clamp(y, y + h) - anchor.1).abs() + 0.05 * (y + h / 2.0 - anchor.1).abs();
    let mut rows: Vec<f64> = Vec::new();
    let mut y = area.y;
    while y + h <= area.y + area.h {
        // No box on a row beyond the longest leader (in height) is near enough.
        if (anchor.1.clamp(y, y + h) - anchor.1).abs() <= max_leader {
            rows.push(y);
        }
        y += 3.0;
    }
    let mut order: Vec<usize> = (0..rows.len()).collect();
    crate::order::sort_indexes(&mut order, &|a, b| lower_bound(rows[a]).total_cmp(&lower_bound(rows[b])));
    let step = if on_strip { 1.0 } else { 4.0 };
    // The best box so far: its key, its row, the box and its leader.
    let mut best: Option<(f64, usize, Rect, Leader)> = None;
    for row_index in order {
        let y = rows[row_index];
        let floor = lower_bound(y);
        if floor + cost >= bound || best.is_some_and(|b| floor > b.0) {
            break;
        }
        let row = Rect { x: area.x, y, w: area.w, h };
        let beside: Vec<&Rect> =
            blocked.iter().enumerate().filter(|&(k, o)| Some(k) != own && o.intersects(&row)).map(|(_, o)| o).collect();
        let mut in_row: Vec<(f64, Rect)> = Vec::new();
        // A box that meets one of these meets it until the box's left edge has passed it.
        let mut blocked_until = f64::NEG_INFINITY;
        let mut x = area.x;
        while x + w <= area.x + area.w {
            if x < blocked_until || (anchor.0.clamp(x, x + w) - anchor.0).abs() > max_leader {
                x += step;
                continue;
            }
            let rect = Rect { x, y, w, h };
            let q = rect.nearest(anchor);
            let d = (q.0 - anchor.0).hypot(q.1 - anchor.1);
            // Nearest first; then boxes level with the point, read beside it; on the
            // strip, boxes centred under their date.
            let centring = if centred { 0.01 * (x + w / 2.0 - anchor.0).abs() } else { 0.0 };
            let key = d + 0.05 * (y + h / 2.0 - anchor.1).abs() + centring;
            if d <= max_leader
                && key + cost < bound
                && best.is_none_or(|b| key < b.0 || (key == b.0 && row_index < b.1))
                && under_date(&rect)
                && own_box.is_none_or(|b| !b.intersects(&rect))
            {
                match beside.iter().find(|o| o.intersects(&rect)) {
                    Some(o) => blocked_until = o.x + o.w,
                    None => in_row.push((key, rect)),
                }
            }
            x += step;
        }
        crate::order::sort_items(&mut in_row, &|a, b| a.0.total_cmp(&b.0));
        if let Some((key, rect, leader)) = in_row.into_iter().find_map(|(key, rect)| {
            let leader = leader_to(&rect);
            fits(&rect, leader).then_some((key, rect, leader))
        }) {
            best = Some((key, row_index, rect, leader));
        }
    }
    best.map(|(key, _, rect, leader)| (key, rect, leader))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::chart::model::REFERENCE_WIDTHS;
    use crate::chart::static_svg::static_layout;
    use crate::data;

    fn notes_at(width: f64, lang: Lang) -> (ChartLayout, NotesLayout) {
        let atlas = data::load().unwrap();
        let layout = static_layout(atlas, width);
        let notes = place(&layout, &inputs(atlas, lang));
        (layout, notes)
    }

    #[test]
    fn the_placer_step_by_step_places_what_place_does_in_many_small_steps() {
        let atlas = data::load().unwrap();
        for w in [640.0, 1100.0] {
            let layout = static_layout(atlas, w);
            let inputs = inputs(atlas, Lang::Kk);
            let mut placer = Placer::new(&layout, inputs.clone());
            let mut steps = 1;
            while !placer.step(&layout) {
                steps += 1;
            }
            assert_eq!(placer.result(), place(&layout, &inputs), "at {w}");
            assert!(placer.step(&layout), "a finished placer stays finished");
            // A step tries one shape for one note: at least one step per note, and per
            // shape where there are several.
            let shapes = if numbered(&layout) { 1 } else { BOX_WIDTHS.len() };
            assert!(steps > inputs.len() * shapes, "{steps} steps at {w}");
        }
    }

    #[test]
    fn a_narrowed_axis_leaves_out_the_notes_off_it_and_places_the_rest() {
        let atlas = data::load().unwrap();
        let events = &atlas.summits.events;
        let layout = ChartLayout::of_events_in(events, |_| true, 1100.0, Some((2016, 2018)));
        let notes = place(&layout, &inputs(atlas, Lang::En));
        let on_axis = atlas
            .annotations
            .iter()
            .filter(|n| match n.event.as_deref().and_then(|id| atlas.event_index(id)) {
                Some(e) => layout.mark_of_event(e).is_some(),
                None => in_domain(&layout, n.date.fractional_year()),
            })
            .count();
        assert!(on_axis > 0 && on_axis < atlas.annotations.len(), "{on_axis} notes on a 2016-2018 axis");
        assert_eq!(notes.notes.len(), on_axis);
    }

    #[test]
    fn every_note_is_placed_at_every_reference_width_in_every_language() {
        let count = data::load().unwrap().annotations.len();
        for lang in Lang::ALL {
            for w in REFERENCE_WIDTHS {
                let (_, notes) = notes_at(w, lang);
                assert_eq!(notes.notes.len(), count, "{lang:?} at {w}: {:?}", notes.notes.iter().map(|n| n.note).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn no_two_notes_meet_and_no_note_covers_a_mark_a_label_the_totals_or_the_axis() {
        for lang in Lang::ALL {
            for w in REFERENCE_WIDTHS {
                let (layout, notes) = notes_at(w, lang);
                for (i, a) in notes.notes.iter().enumerate() {
                    for b in &notes.notes[i + 1..] {
                        assert!(!a.rect.intersects(&b.rect), "{lang:?} {w}: notes {} and {} meet", a.note, b.note);
                        if let (Some((p, q)), Some((r, s))) = (a.leader, b.leader) {
                            assert!(!segments_cross(p, q, r, s), "{lang:?} {w}: leaders {} and {} cross", a.note, b.note);
                        }
                    }
                    for m in &layout.marks {
                        let reach = mark_extent(&layout, m.item);
                        let mark = Rect { x: m.x - reach, y: m.y - reach, w: m.x_end.unwrap_or(m.x) - m.x + 2.0 * reach, h: 2.0 * reach };
                        assert!(!a.rect.intersects(&mark), "{lang:?} {w}: note {} covers a mark at {}, {}", a.note, m.x, m.y);
                    }
                    // Between the totals strip and the axis, or under the city's names.
                    let in_lanes = a.rect.y > layout.totals_bottom && a.rect.y + a.rect.h < layout.axis_top;
                    let under_names = a.rect.y >= layout.names_top + layout.metrics.names_height && a.rect.y + a.rect.h <= layout.height;
                    assert!(in_lanes || under_names, "{lang:?} {w}: note {} at {:?}", a.note, a.rect);
                    assert!(region(&layout).contains(&a.rect) || date_region(&layout).contains(&a.rect));
                    for o in &obstacles(&layout)[layout.marks.len()..] {
                        assert!(!a.rect.intersects(o), "{lang:?} {w}: note {} covers a lane label", a.note);
                    }
                }
            }
        }
    }

    #[test]
    fn phones_get_numbered_badges_and_wide_layouts_text_with_leaders() {
        for w in REFERENCE_WIDTHS {
            let (layout, notes) = notes_at(w, Lang::Kk);
            for n in &notes.notes {
                assert_eq!(n.is_badge(), numbered(&layout), "{w}: note {}", n.note);
                if !n.is_badge() {
                    // Each line fits its box, as estimated.
                    assert!(n.lines.iter().all(|l| text_width(l, FONT) <= n.rect.w - 2.0 * PAD_X + 0.01));
                    assert_eq!(n.rect.h, n.lines.len() as f64 * LINE + 2.0 * PAD_Y);
                }
                // A leader runs from the anchor's edge to the box.
                if let Some((_, end)) = n.leader {
                    assert_eq!(n.rect.nearest(end), end);
                }
            }
        }
        assert!(REFERENCE_WIDTHS.iter().any(|&w| !numbered(&notes_at(w, Lang::En).0)), "a wide width exists");
        assert!(numbered(&notes_at(REFERENCE_WIDTHS[0], Lang::En).0), "phones number their notes");
    }

    #[test]
    fn a_note_about_a_filtered_out_event_is_left_out() {
        let atlas = data::load().unwrap();
        let osce = atlas.event_index("osce-summit-2010").unwrap();
        let layout = ChartLayout::of_events(&atlas.summits.events, |i| i != osce, 1100.0);
        let notes = place(&layout, &inputs(atlas, Lang::En));
        let about_osce = atlas.annotations.iter().position(|n| n.event.as_deref() == Some("osce-summit-2010")).unwrap();
        assert!(notes.notes.iter().all(|n| n.note != about_osce));
        assert_eq!(notes.notes.len(), atlas.annotations.len() - 1);
    }

    #[test]
    fn the_stylesheet_lists_the_notes_where_the_chart_numbers_them() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
        assert!(css.contains(&format!("@container (width >= {NUMBERED_BELOW}px) {{ .chart-notes > * {{ position: absolute")));
        assert!(crate::chart::model::REFERENCE_WIDTHS.contains(&NUMBERED_BELOW), "a reference width, so static and live agree");
    }

    #[test]
    fn geometry_helpers() {
        let r = Rect { x: 0.0, y: 0.0, w: 10.0, h: 10.0 };
        assert!(r.intersects(&Rect { x: 9.0, y: 9.0, w: 5.0, h: 5.0 }));
        assert!(!r.intersects(&Rect { x: 10.0, y: 0.0, w: 5.0, h: 5.0 }), "touching edges do not overlap");
        assert!(r.meets_segment((-5.0, 5.0), (15.0, 5.0)));
        assert!(!r.meets_segment((-5.0, 15.0), (15.0, 12.0)));
        assert!(segments_cross((0.0, 0.0), (10.0, 10.0), (0.0, 10.0), (10.0, 0.0)));
        assert!(!segments_cross((0.0, 0.0), (1.0, 1.0), (5.0, 0.0), (6.0, 1.0)));
        assert_eq!(wrap("a bb ccc", 1.0), vec!["a", "bb", "ccc"]);
        assert_eq!(wrap("a bb ccc", 500.0), vec!["a bb ccc"]);
        assert!(text_width("ШШ", FONT) > text_width("ii", FONT));
    }
}
