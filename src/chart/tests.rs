//! The chart model on the real data and on a synthetic 10,000-event fixture, and the
//! drawing checked through a recording plotters backend.

use super::draw::{draw, draw_highlights, draw_marked, parse_hex, ChartColors, DrawState, Highlights};
use super::model::*;
use crate::data::{self, Kind};
use plotters::prelude::*;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

fn real_items() -> Vec<ChartItem> {
    let atlas = data::load().unwrap();
    atlas.summits.events.iter().enumerate().map(|(i, e)| ChartItem::from_event(i, e)).collect()
}

/// The year with the most events (the earliest of equals) and its count, counted from the
/// data's start years, apart from the model's totals.
pub fn busiest_year() -> (u16, usize) {
    let atlas = data::load().unwrap();
    let mut counts = std::collections::BTreeMap::new();
    for e in &atlas.summits.events {
        *counts.entry(e.start.year).or_insert(0usize) += 1;
    }
    counts.into_iter().fold((0, 0), |best, (y, n)| if n > best.1 { (y, n) } else { best })
}

fn layout(width: f64) -> ChartLayout {
    ChartLayout::new(real_items(), Metrics::for_width(width), 2026, false)
}

/// A deterministic fixture of `n` events spread over the domain and all lanes.
pub fn synthetic_items(n: usize) -> Vec<ChartItem> {
    let mut seed: u64 = 42;
    let mut next = move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as f64 / f64::from(1u32 << 31)
    };
    (0..n)
        .map(|i| {
            let start = 1998.0 + next() * 29.0;
            ChartItem {
                event: i,
                start,
                end: start + next() * 0.02,
                year: start.floor() as u16,
                lane: Lane::ALL[(next() * 8.0) as usize % 8],
                kind: Kind::ALL[(next() * 6.0) as usize % 6],
                in_article: next() < 0.2,
                hollow: next() < 0.05,
            }
        })
        .collect()
}

#[test]
fn every_event_gets_one_mark_in_its_lane() {
    let l = layout(1280.0);
    assert_eq!(l.marks.len(), data::load().unwrap().summits.events.len());
    for m in &l.marks {
        let band = &l.lanes[m.lane_index];
        assert_eq!(band.lane, l.items[m.item].lane);
        assert!(m.y > band.marks_top && m.y < band.bottom, "mark inside its band");
        assert!(m.x >= l.plot_left && m.x <= l.plot_right);
    }
    assert_eq!(l.lanes.len(), Lane::ALL.len(), "every lane has events in the real data");
}

#[test]
fn the_axis_runs_from_1998_to_the_end_of_the_current_year() {
    let l = layout(1280.0);
    assert_eq!(l.domain, (1998.0, 2027.0));
    assert!((l.x_of(1998.0) - l.plot_left).abs() < 1e-9);
    assert!((l.x_of(2027.0) - l.plot_right).abs() < 1e-9);
    assert!((l.t_of(l.x_of(2010.92)) - 2010.92).abs() < 1e-9);
}

#[test]
fn marks_in_a_row_do_not_overlap() {
    for width in [320.0, 390.0, 800.0, 1280.0, 2560.0] {
        let l = layout(width);
        let r = l.metrics.radius;
        for (i, a) in l.marks.iter().enumerate() {
            for b in &l.marks[i + 1..] {
                if a.lane_index == b.lane_index && (a.y - b.y).abs() < 1e-9 {
                    let a_end = a.x_end.unwrap_or(a.x);
                    let b_end = b.x_end.unwrap_or(b.x);
                    let gap = if a.x <= b.x { b.x - a_end } else { a.x - b_end };
                    assert!(gap >= 2.0 * r + l.metrics.row_gap - 0.1, "overlap at width {width}: {a:?} {b:?}");
                }
            }
        }
    }
}

#[test]
fn expo_2017_shows_its_three_month_span() {
    let atlas = data::load().unwrap();
    let l = layout(1280.0);
    let expo = l.mark_of_event(atlas.event_index("expo-2017").unwrap()).unwrap();
    let m = &l.marks[expo];
    let span = m.x_end.expect("a span") - m.x;
    let quarter_year = l.x_of(2017.25) - l.x_of(2017.0);
    assert!((span - quarter_year).abs() < quarter_year * 0.1, "{span} vs {quarter_year}");
    let one_day = l.mark_of_event(atlas.event_index("osce-summit-2010").unwrap()).unwrap();
    assert_eq!(l.marks[one_day].x_end, None);
}

#[test]
fn yearly_totals_count_events_by_start_year() {
    let l = layout(1280.0);
    let events = &data::load().unwrap().summits.events;
    let starting = |y: u16| events.iter().filter(|e| e.start.year == y).count();
    for &(year, total) in &l.totals {
        assert_eq!(total, starting(year), "{year}");
    }
    assert_eq!(l.totals.iter().map(|t| t.1).sum::<usize>(), events.len());
    assert!(l.totals.iter().any(|t| t.1 == 0), "years with no event have a zero bar");
    // The peak: the most events, the earliest such year.
    let (year, n) = l.peak_year().unwrap();
    assert_eq!(n, starting(year));
    assert!(l.totals.iter().all(|&(y, t)| t < n || (t == n && y >= year)));
}

#[test]
fn hit_test_finds_the_mark_under_the_pointer_and_nothing_far_away() {
    let l = layout(1280.0);
    for (i, m) in l.marks.iter().enumerate() {
        // Dead centre of a mark finds that mark (or a twin exactly on top of it).
        let hit = l.hit(m.x, m.y, 0.0).unwrap();
        assert!((l.marks[hit].x - m.x).abs() < 1e-9 && (l.marks[hit].y - m.y).abs() < 1e-9, "mark {i}");
    }
    // A mark with no other within three pointer reaches: found from just inside its reach,
    // not from just outside it.
    let reach = l.metrics.radius + 4.0;
    let (lonely, m) = l
        .marks
        .iter()
        .enumerate()
        .find(|(i, m)| {
            m.x_end.is_none()
                && l.marks.iter().enumerate().all(|(j, o)| {
                    let gap = (o.x - m.x).max(m.x - o.x_end.unwrap_or(o.x)).max(0.0);
                    j == *i || (o.y - m.y).abs() > 3.0 * reach || gap > 3.0 * reach
                })
        })
        .expect("an isolated mark");
    assert_eq!(l.hit(m.x + reach - 1.0, m.y, 4.0), Some(lonely));
    assert_eq!(l.hit(m.x, m.y - reach + 1.0, 4.0), Some(lonely));
    assert_eq!(l.hit(m.x + reach + 1.0, m.y, 4.0), None);
    assert_eq!(l.hit(m.x - reach * 0.75, m.y + reach * 0.75, 4.0), None, "out of reach on the diagonal");
    assert_eq!(l.hit(m.x, l.height + 100.0, 12.0), None);
    assert_eq!(l.hit(-50.0, m.y, 12.0), None);
    // A touch radius reaches a mark a finger's width away.
    assert_eq!(l.hit(m.x + 15.0, m.y, 16.0), Some(lonely));
}

#[test]
fn hit_test_covers_a_span_along_its_length() {
    let atlas = data::load().unwrap();
    let l = layout(1280.0);
    let expo = l.mark_of_event(atlas.event_index("expo-2017").unwrap()).unwrap();
    let m = &l.marks[expo];
    let mid = (m.x + m.x_end.unwrap()) / 2.0;
    let hit = l.hit(mid, m.y, 2.0).unwrap();
    assert_eq!(l.items[l.marks[hit].item].event, atlas.event_index("expo-2017").unwrap());
}

#[test]
fn year_bars_are_hit_by_x() {
    let l = layout(1280.0);
    let x = l.x_of(2017.5);
    assert_eq!(l.hit_year(x, l.totals_bottom - 2.0), Some(2017));
    assert_eq!(l.hit_year(x, l.axis_top + 40.0), None);
}

#[test]
fn keyboard_steps_in_time_order_and_across_lanes() {
    let atlas = data::load().unwrap();
    let l = layout(1280.0);
    let first = l.step(None, StepKey::Next).unwrap();
    assert_eq!(atlas.summits.events[l.items[l.marks[first].item].event].id, "turkic-speaking-summit-1998");
    let mut cur = first;
    let mut seen = vec![cur];
    while let Some(next) = l.step(Some(cur), StepKey::Next).filter(|&n| n != cur) {
        let (a, b) = (&l.items[l.marks[cur].item], &l.items[l.marks[next].item]);
        assert!(a.start <= b.start, "time order");
        cur = next;
        seen.push(cur);
    }
    assert_eq!(seen.len(), atlas.summits.events.len(), "Right reaches every event");
    assert_eq!(l.step(Some(cur), StepKey::Previous), Some(seen[seen.len() - 2]));
    assert_eq!(l.step(Some(first), StepKey::Last), Some(cur));
    // Down moves to the nearest mark in the next lane; Up comes back to the first lane.
    let syria = l.marks.iter().position(|m| l.items[m.item].lane == Lane::AstanaProcess).unwrap();
    let down = l.step(Some(syria), StepKey::Down).unwrap();
    assert_eq!(l.marks[down].lane_index, l.marks[syria].lane_index + 1);
    let up = l.step(Some(down), StepKey::Up).unwrap();
    assert_eq!(l.marks[up].lane_index, l.marks[syria].lane_index);
    assert_eq!(l.step(Some(up), StepKey::Up), Some(up), "no lane above the first");
}

#[test]
fn narrow_screens_put_labels_above_lanes() {
    let l = layout(390.0);
    assert!(l.metrics.label_above);
    assert!(l.plot_left < 20.0);
    assert!(l.lanes.iter().all(|b| b.marks_top - b.top >= 16.0), "room for the label above the marks");
}

#[test]
fn the_synthetic_fixture_lays_out_with_capped_rows() {
    let l = ChartLayout::new(synthetic_items(10_000), Metrics::for_width(1280.0), 2026, false);
    assert_eq!(l.marks.len(), 10_000);
    assert!(l.lanes.iter().all(|b| b.rows <= l.metrics.max_rows));
    assert!(l.height < 1500.0, "{}", l.height);
    let m = &l.marks[1234];
    assert!(l.hit(m.x, m.y, 1.0).is_some());
}

#[test]
fn parses_css_colours() {
    assert_eq!(parse_hex("#0072b2"), Some(RGBColor(0, 114, 178)));
    assert_eq!(parse_hex(" #fff "), Some(RGBColor(255, 255, 255)));
    assert_eq!(parse_hex("red"), None);
    assert_eq!(parse_hex("#12345"), None);
}

/// Records what the drawing asks of a backend.
#[derive(Default)]
struct Recorder {
    size: (u32, u32),
    circles: Vec<(BackendCoord, u32, bool)>,
    polygons: usize,
    rects: usize,
    texts: Vec<(String, f64)>,
    presented: bool,
}

impl DrawingBackend for Recorder {
    type ErrorType = std::io::Error;
    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.presented = true;
        Ok(())
    }
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        _: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.circles.push((c, r, fill));
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        _: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.rects += 1;
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        _: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.polygons += 1;
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        _: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, _: BackendCoord) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.texts.push((text.to_string(), style.size()));
        Ok(())
    }
}

fn record(width: f64, dpr: f64, state: &DrawState) -> (ChartLayout, Recorder) {
    let l = layout(width);
    let size = ((l.width * dpr) as u32, (l.height * dpr) as u32);
    let rec = std::rc::Rc::new(std::cell::RefCell::new(Recorder { size, ..Default::default() }));
    {
        let backend = SharedRecorder(rec.clone());
        let root = backend.into_drawing_area();
        draw(&root, &l, state, &ChartColors::light(), dpr).unwrap();
    }
    let rec = std::rc::Rc::try_unwrap(rec).ok().unwrap().into_inner();
    (l, rec)
}

/// Lets the test read the recorder after plotters consumed the backend.
struct SharedRecorder(std::rc::Rc<std::cell::RefCell<Recorder>>);

impl DrawingBackend for SharedRecorder {
    type ErrorType = std::io::Error;
    fn get_size(&self) -> (u32, u32) {
        self.0.borrow().get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.borrow_mut().present()
    }
    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.borrow_mut().draw_pixel(p, c)
    }
    fn draw_circle<S: BackendStyle>(&mut self, c: BackendCoord, r: u32, s: &S, f: bool) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.borrow_mut().draw_circle(c, r, s, f)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        f: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.borrow_mut().draw_rect(a, b, s, f)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        p: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.borrow_mut().fill_polygon(p, s)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        p: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.borrow_mut().draw_path(p, s)
    }
    fn draw_text<T: BackendTextStyle>(&mut self, t: &str, s: &T, p: BackendCoord) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.borrow_mut().draw_text(t, s, p)
    }
}

#[test]
fn draws_every_mark_and_scales_with_the_pixel_ratio() {
    let (l, one) = record(1280.0, 1.0, &DrawState::default());
    assert!(one.presented);
    let summits = l.items.iter().filter(|i| i.kind == Kind::Summit).count();
    let filled_circles = one.circles.iter().filter(|c| c.2).count();
    assert_eq!(filled_circles, summits, "one filled circle per summit (hollow ones are outlines)");
    let rings = one.circles.iter().filter(|c| !c.2).count();
    assert_eq!(
        rings,
        l.items.iter().filter(|i| i.in_article).count() + l.items.iter().filter(|i| i.kind == Kind::Summit && i.hollow).count()
    );
    assert!(one.polygons >= l.items.iter().filter(|i| i.kind != Kind::Summit && !i.hollow).count());

    let (_, two) = record(1280.0, 2.0, &DrawState::default());
    assert_eq!(two.circles.len(), one.circles.len());
    let r1 = one.circles[0].1 as f64;
    let r2 = two.circles[0].1 as f64;
    assert!((r2 / r1 - 2.0).abs() < 0.25, "radius scales with dpr: {r1} {r2}");
    let f1 = one.texts.iter().find(|t| t.0 == "2000").unwrap().1;
    let f2 = two.texts.iter().find(|t| t.0 == "2000").unwrap().1;
    assert!((f2 / f1 - 2.0).abs() < 1e-9, "fonts scale with dpr");
}

#[test]
fn draws_labels_in_the_chosen_language() {
    let (_, rec) = record(1280.0, 1.0, &DrawState { lang: crate::lang::Lang::Kk, ..Default::default() });
    let texts: Vec<&str> = rec.texts.iter().map(|t| t.0.as_str()).collect();
    assert!(texts.contains(&"Сирия келіссөздері"), "{texts:?}");
    assert!(texts.contains(&"Нұр-Сұлтан"));
    let (_, peak) = busiest_year();
    assert!(texts.contains(&peak.to_string().as_str()), "the busiest year's total is labelled");
}

#[test]
fn highlights_draw_only_the_highlighted_marks_and_their_rings() {
    let l = layout(1280.0);
    let rec = std::rc::Rc::new(std::cell::RefCell::new(Recorder { size: (1280, 800), ..Default::default() }));
    {
        let root = SharedRecorder(rec.clone()).into_drawing_area();
        let h = Highlights { focused: Some(3), selected: Some(5), hovered: Some(5) };
        draw_highlights(&root, &l, &h, &ChartColors::light(), 1.0).unwrap();
    }
    let rec = std::rc::Rc::try_unwrap(rec).ok().unwrap().into_inner();
    let shapes = rec.circles.iter().filter(|c| c.2).count() + rec.polygons;
    let rings = rec.circles.iter().filter(|c| !c.2).count();
    let article_rings = [3, 5].iter().filter(|&&i| l.items[l.marks[i].item].in_article).count();
    assert!(shapes <= 4, "two marks redrawn ({shapes} shapes)");
    assert_eq!(rings, 2 + article_rings, "a selection ring and a focus ring");
    assert!(rec.texts.is_empty(), "no text on the overlay");
}

#[test]
fn a_countrys_events_are_framed_and_only_those_on_the_chart() {
    let atlas = data::load().unwrap();
    let p = data::participation().unwrap();
    let events = p.events_of_country("TR");
    assert!(!events.is_empty());
    let l = layout(1280.0);
    let marks = l.marks_of_events(&events);
    assert_eq!(marks.len(), events.len(), "every event is on the unfiltered chart");
    for &m in &marks {
        assert!(events.contains(&l.items[l.marks[m].item].event));
    }
    assert!(marks.windows(2).all(|w| w[0] < w[1]), "in mark order, each once");
    let syria = atlas.event_index("astana-syria-round-01").unwrap();
    assert!(marks.contains(&l.mark_of_event(syria).unwrap()), "Turkey, a guarantor of the Syria talks");
    assert!(l.marks_of_events(&[]).is_empty());
    // Filtered out: no mark.
    let shown_without_syria = ChartLayout::of_events(&atlas.summits.events, |i| i != syria, 1280.0);
    assert_eq!(shown_without_syria.marks_of_events(&events).len(), events.len() - 1);

    let rec = std::rc::Rc::new(std::cell::RefCell::new(Recorder { size: (1280, 800), ..Default::default() }));
    draw_marked(&SharedRecorder(rec.clone()).into_drawing_area(), &l, &marks, &ChartColors::light(), 1.0).unwrap();
    let rec = std::rc::Rc::try_unwrap(rec).ok().unwrap().into_inner();
    assert_eq!(rec.rects, marks.len(), "one square frame per event");
    assert!(rec.circles.is_empty() && rec.texts.is_empty());
}

#[test]
fn the_chart_fits_a_phone_screen_in_height() {
    // 320x640 and 390x844 phones, less the page and panel padding, a tablet and a desktop:
    // the chart, laid out at its reference width and shown at the container's, must fit.
    for (container, viewport) in [(274.0, 640.0), (344.0, 844.0), (702.0, 1024.0), (1174.0, 800.0)] {
        let l = layout(logical_width(container));
        let shown = container * l.height / l.width;
        assert!(shown <= viewport * 0.95, "in a {container} px container the chart is {shown} px tall");
    }
}

#[test]
fn the_logical_width_is_the_largest_reference_width_that_fits() {
    assert_eq!(logical_width(0.0), 320.0);
    assert_eq!(logical_width(274.0), 320.0, "below the smallest: the smallest, scaled down");
    assert_eq!(logical_width(344.0), 320.0);
    assert_eq!(logical_width(439.9), 320.0);
    assert_eq!(logical_width(440.0), 440.0);
    assert_eq!(logical_width(702.0), 640.0);
    assert_eq!(logical_width(859.5), 640.0);
    assert_eq!(logical_width(958.0), 860.0);
    assert_eq!(logical_width(1174.0), 1100.0);
    assert_eq!(logical_width(5000.0), 1100.0);
    assert_eq!(logical_width(f64::NAN), 320.0);
    // Neighbours are not far apart, so from 320 px (a small phone) up to the widest
    // reference width text is never shown more than ~1.45 times its size.
    assert!(REFERENCE_WIDTHS.windows(2).all(|w| w[0] < w[1] && w[1] / w[0] <= 1.46), "{REFERENCE_WIDTHS:?}");
    for w in 240..1400 {
        let (c, l) = (f64::from(w), logical_width(f64::from(w)));
        assert!(REFERENCE_WIDTHS.contains(&l));
        assert!(l <= c || l == REFERENCE_WIDTHS[0], "{c} -> {l}");
    }
}

#[test]
fn the_axis_ends_with_the_datas_last_year_whatever_is_shown() {
    let atlas = data::load().unwrap();
    let events = &atlas.summits.events;
    assert_eq!(last_year(events), 2026);
    assert_eq!(last_year(&[]), FIRST_YEAR);
    let all = ChartLayout::of_events(events, |_| true, 640.0);
    let sco_only = ChartLayout::of_events(events, |i| events[i].organization == "sco", 640.0);
    assert_eq!(all.domain, (1998.0, 2027.0));
    assert_eq!(sco_only.domain, all.domain, "filtering does not move the axis");
    assert_eq!(sco_only.marks.len(), events.iter().filter(|e| e.organization == "sco").count());
    assert!(sco_only.height < all.height);
    for w in REFERENCE_WIDTHS {
        let l = ChartLayout::of_events(events, |_| true, w);
        assert_eq!(l.width, w);
        assert_eq!(l.height.fract(), 0.0, "whole pixels: {}", l.height);
    }
    let (year, peak) = busiest_year();
    assert_eq!(all.summary(crate::lang::Lang::En), format!("{} events, 1998 to 2026, most in {year} ({peak}).", events.len()));
}

#[test]
fn css_variables_name_every_colour_in_order() {
    let mut c = ChartColors::light();
    let kinds = c.kinds;
    let slots = c.slots_mut();
    assert_eq!(slots.len(), ChartColors::CSS_VARS.len());
    for (i, kind) in Kind::ALL.iter().enumerate() {
        assert_eq!(ChartColors::CSS_VARS[8 + i], format!("--kind-{}", kind.slug()));
        assert_eq!(*slots[8 + i], kinds[i]);
    }
    let stylesheet = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    for name in ChartColors::CSS_VARS {
        assert!(stylesheet.contains(&format!("{name}: #")), "{name} is defined in the stylesheet");
    }
}

#[test]
fn every_central_asia_format_is_drawn_in_the_central_asia_lane() {
    let atlas = data::load().unwrap();
    let formats: Vec<_> = atlas.summits.organizations.iter().filter(|o| o.id == "c5" || o.id.starts_with("c5-")).collect();
    assert!(formats.len() > 1, "the data has Central Asia + partner formats");
    for o in formats {
        assert_eq!(Lane::of(&o.id, Kind::Negotiations), Lane::CentralAsia, "{}", o.id);
    }
    assert_eq!(Lane::of("turkpa", Kind::Forum), Lane::Forums, "a parliamentary assembly outside the listed lanes is a forum");
}

#[test]
fn the_axis_follows_a_narrowed_year_range() {
    let atlas = data::load().unwrap();
    let events = &atlas.summits.events;
    let all = ChartLayout::of_events_in(events, |_| true, 640.0, None);
    assert_eq!(all, ChartLayout::of_events(events, |_| true, 640.0), "no range: the static page's layout");
    let y2017 = ChartLayout::of_events_in(events, |_| true, 640.0, Some((2017, 2017)));
    assert_eq!(y2017.domain, (2017.0, 2018.0));
    assert_eq!(y2017.totals.iter().map(|t| t.0).collect::<Vec<_>>(), vec![2017]);
    let held = events.iter().filter(|e| e.start.year <= 2017 && e.last().year >= 2017).count();
    assert!(held > 0);
    assert_eq!(y2017.marks.len(), held, "only the events of 2017 are laid out");
    for m in &y2017.marks {
        assert!(m.x >= y2017.plot_left - 1e-9 && m.x <= y2017.plot_right + 1e-9, "{m:?}");
    }
    // The year takes the whole plot, not a 1/29 column of it.
    assert!(y2017.x_of(2018.0) - y2017.x_of(2017.0) > 20.0 * (all.x_of(2018.0) - all.x_of(2017.0)));
    assert_eq!(axis_span(2010, 2017), (2010.0, 2018.0));
    assert_eq!(axis_span(2017, 2010), (2010.0, 2018.0));
}
