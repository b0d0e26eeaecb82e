//! The map's first view ("home") and marker decluttering, defined so that the static page
//! can draw them with nothing but SVG and CSS at any frame size, and the app gives the
//! same pixels when it takes over:
//!
//! - home fits a rectangle of map units into the frame less a padding, centred, exactly as
//!   SVG's `preserveAspectRatio="xMidYMid meet"` does in the padded box (no clamping);
//! - markers are decluttered at a fixed reference scale per layout (wide or narrow), so
//!   their offsets are constants the page can hold, scaled with the map.

use super::declutter::declutter_in;
use super::viewport::{fit_scale, Size, View};

/// Frames narrower than this (CSS px) use the narrow layout (a phone).
pub const NARROW: f64 = 600.0;

/// A rectangle in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// The smallest rectangle holding `points` (a tiny one around the origin without any).
    pub fn bounding(points: &[(f64, f64)]) -> Rect {
        match super::label::bounds(points) {
            Some((x0, y0, x1, y1)) => Rect { x: x0, y: y0, w: (x1 - x0).max(1.0), h: (y1 - y0).max(1.0) },
            None => Rect { x: 0.0, y: 0.0, w: 1.0, h: 1.0 },
        }
    }

    /// The smallest rectangle holding both.
    pub fn union(self, o: Rect) -> Rect {
        let (x0, y0) = (self.x.min(o.x), self.y.min(o.y));
        let (x1, y1) = ((self.x + self.w).max(o.x + o.w), (self.y + self.h).max(o.y + o.h));
        Rect { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }
    }
}

/// Space kept free around the first view, CSS px, clear of the map's controls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Padding {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

/// Wide frames: the controls are at the top right.
pub const WIDE_PADDING: Padding = Padding { top: 36.0, right: 64.0, bottom: 36.0, left: 36.0 };
/// Narrow frames: the controls are a row at the bottom right (phones have height to spare
/// under a wide first view, not width).
pub const NARROW_PADDING: Padding = Padding { top: 18.0, right: 18.0, bottom: 66.0, left: 18.0 };

/// The two layouts of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Wide,
    Narrow,
}

impl Layout {
    pub fn of(size: Size) -> Layout {
        if size.w < NARROW {
            Layout::Narrow
        } else {
            Layout::Wide
        }
    }

    pub fn padding(self) -> Padding {
        match self {
            Layout::Wide => WIDE_PADDING,
            Layout::Narrow => NARROW_PADDING,
        }
    }

    /// A typical frame of this layout (a desktop's, a phone's), where decluttering is done.
    pub fn reference_size(self) -> Size {
        match self {
            Layout::Wide => Size { w: 1136.0, h: 600.0 },
            Layout::Narrow => Size { w: 346.0, h: 340.0 },
        }
    }

    /// The least distance between markers, CSS px (fingers need more room).
    pub fn marker_spacing(self) -> f64 {
        match self {
            Layout::Wide => 17.0,
            Layout::Narrow => 22.0,
        }
    }
}

/// The furthest a marker is pushed from its place, CSS px.
pub const MAX_SHIFT: f64 = 40.0;

/// Pixels per map unit of the first view of `rect` in `size`.
pub fn home_scale(rect: Rect, size: Size) -> f64 {
    let p = Layout::of(size).padding();
    ((size.w - p.left - p.right).max(1.0) / rect.w).min((size.h - p.top - p.bottom).max(1.0) / rect.h).max(1e-6)
}

/// The first view: `rect` fitted into the frame less its padding, centred in that box.
pub fn home_view(rect: Rect, size: Size) -> View {
    let p = Layout::of(size).padding();
    let k = home_scale(rect, size);
    let cx = rect.x + rect.w / 2.0 - (p.left - p.right) / (2.0 * k);
    let cy = rect.y + rect.h / 2.0 - (p.top - p.bottom) / (2.0 * k);
    View { zoom: k / fit_scale(size), cx, cy }
}

/// What the view may show: the whole map, and the first view where it reaches further
/// (so that a pan from it never jumps).
pub fn extent(map: Rect, home: View, size: Size) -> Rect {
    let k = fit_scale(size) * home.zoom;
    let (hw, hh) = (size.w / k, size.h / k);
    map.union(Rect { x: home.cx - hw / 2.0, y: home.cy - hh / 2.0, w: hw, h: hh })
}

/// Marker offsets in map units at the first view of `rect` for `layout`: the declutter
/// at the layout's reference scale, divided by that scale. The static page draws a
/// marker at its point plus this offset; the app, at the same view, agrees.
pub fn home_offsets(points: &[(f64, f64)], rect: Rect, layout: Layout) -> Vec<(f64, f64)> {
    let k = home_scale(rect, layout.reference_size());
    let anchors: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x * k, y * k)).collect();
    declutter_in(&anchors, layout.marker_spacing(), MAX_SHIFT, scaled(rect, k)).into_iter().map(|(dx, dy)| (dx / k, dy / k)).collect()
}

/// `rect` at `k` pixels per unit as bounds: markers pushed apart stay inside the first
/// view's rectangle, so inside the padded box (clear of the controls) at any frame size.
fn scaled(rect: Rect, k: f64) -> (f64, f64, f64, f64) {
    (rect.x * k, rect.y * k, (rect.x + rect.w) * k, (rect.y + rect.h) * k)
}

/// Marker offsets in screen pixels for the view `k` (pixels per map unit) in `size`:
/// decluttered at the layout's reference scale times the zoom relative to the first
/// view, then scaled to `k`. At the first view this is `home_offsets` times `k`.
pub fn screen_offsets(points: &[(f64, f64)], rect: Rect, size: Size, k: f64) -> Vec<(f64, f64)> {
    let layout = Layout::of(size);
    let relative = k / home_scale(rect, size);
    let kd = home_scale(rect, layout.reference_size()) * relative;
    let anchors: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x * kd, y * kd)).collect();
    let r = k / kd;
    declutter_in(&anchors, layout.marker_spacing(), MAX_SHIFT, scaled(rect, kd)).into_iter().map(|(dx, dy)| (dx * r, dy * r)).collect()
}

/// Width of one character of a city's label, CSS px (11 px type; an estimate that errs wide).
pub const LABEL_CHAR: f64 = 6.8;
/// At most this many cities are named on the map (the names are in the tables and cards).
pub const MAX_LABELS: usize = 8;

/// How far a label keeps from other markers' centres, px (a finger's hit area).
const LABEL_CLEARANCE: f64 = 20.0;

/// Which markers get their name beside them (to the right): in order, a label is kept when
/// its box lies inside `bounds` (min x, min y, max x, max y), clear of every marker (`pos`,
/// as drawn) and Astana's star and name at `origin`, and of the labels kept before it;
/// `chars` are the names' lengths. Where there is no room, no name.
pub fn labels(pos: &[(f64, f64)], chars: &[usize], bounds: (f64, f64, f64, f64), origin: (f64, f64)) -> Vec<bool> {
    let (ox, oy) = origin;
    let mut kept: Vec<(f64, f64, f64, f64)> = vec![(ox - 12.0, oy - 12.0, ox + 12.0 + 7.0 * LABEL_CHAR, oy + 12.0)];
    let mut out = vec![false; pos.len()];
    for (i, &(x, y)) in pos.iter().enumerate() {
        if kept.len() > MAX_LABELS {
            break;
        }
        let b = (x + 9.0, y - 8.0, x + 11.0 + chars[i] as f64 * LABEL_CHAR, y + 8.0);
        let inside = b.0 >= bounds.0 && b.1 >= bounds.1 && b.2 <= bounds.2 && b.3 <= bounds.3;
        let c = LABEL_CLEARANCE;
        let clear = pos.iter().enumerate().all(|(j, &(mx, my))| j == i || mx + c < b.0 || mx - c > b.2 || my + c < b.1 || my - c > b.3);
        if inside && clear && kept.iter().all(|k| k.2 < b.0 || k.0 > b.2 || k.3 < b.1 || k.1 > b.3) {
            kept.push(b);
            out[i] = true;
        }
    }
    out
}

/// The labels of the first view for `layout`: `labels` at its reference scale, markers
/// where `home_offsets` (map units) puts them. The static page writes these.
pub fn home_labels(
    points: &[(f64, f64)],
    offsets: &[(f64, f64)],
    origin: (f64, f64),
    rect: Rect,
    layout: Layout,
    chars: &[usize],
) -> Vec<bool> {
    let k = home_scale(rect, layout.reference_size());
    let pos: Vec<(f64, f64)> = points.iter().zip(offsets).map(|(p, o)| ((p.0 + o.0) * k, (p.1 + o.1) * k)).collect();
    labels(&pos, chars, scaled(rect, k), (origin.0 * k, origin.1 * k))
}

/// The labels at scale `k`, with `offsets` from `screen_offsets` (px): chosen in the same
/// space as the declutter (the reference scale times the zoom), so at the first view they
/// are `home_labels`.
pub fn screen_labels(
    points: &[(f64, f64)],
    offsets: &[(f64, f64)],
    origin: (f64, f64),
    rect: Rect,
    size: Size,
    k: f64,
    chars: &[usize],
) -> Vec<bool> {
    let kd = home_scale(rect, Layout::of(size).reference_size()) * k / home_scale(rect, size);
    let r = kd / k;
    let pos: Vec<(f64, f64)> = points.iter().zip(offsets).map(|(p, o)| (p.0 * kd + o.0 * r, p.1 * kd + o.1 * r)).collect();
    labels(&pos, chars, scaled(rect, kd), (origin.0 * kd, origin.1 * kd))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::projection::to_map;

    fn cities() -> Vec<(f64, f64)> {
        [(-80.0, 40.4), (-6.8, 34.0), (21.0, 52.2), (25.5, 65.0), (37.6, 55.8), (71.4, 51.2), (116.7, -0.97), (126.9, 37.6)]
            .iter()
            .map(|&(lon, lat)| to_map(lon, lat))
            .collect()
    }

    /// Where SVG's `xMidYMid meet` puts map point `p` of viewBox `r` in the padded box.
    fn svg_meet(r: Rect, size: Size, p: (f64, f64)) -> (f64, f64) {
        let pad = Layout::of(size).padding();
        let (bw, bh) = (size.w - pad.left - pad.right, size.h - pad.top - pad.bottom);
        let s = (bw / r.w).min(bh / r.h);
        let (ox, oy) = (pad.left + (bw - r.w * s) / 2.0, pad.top + (bh - r.h * s) / 2.0);
        (ox + (p.0 - r.x) * s, oy + (p.1 - r.y) * s)
    }

    #[test]
    fn the_first_view_puts_every_point_where_svg_meet_does() {
        let pts = cities();
        let r = Rect::bounding(&pts);
        for size in [Size { w: 1136.0, h: 600.0 }, Size { w: 1280.0, h: 420.0 }, Size { w: 346.0, h: 359.0 }, Size { w: 375.0, h: 600.0 }] {
            let t = home_view(r, size).transform(size);
            for &p in &pts {
                let (a, b) = (t.apply(p), svg_meet(r, size, p));
                assert!((a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6, "{size:?}: {a:?} vs {b:?}");
            }
        }
    }

    #[test]
    fn the_first_view_keeps_every_point_inside_the_padded_box() {
        let pts = cities();
        let r = Rect::bounding(&pts);
        for size in [Size { w: 1136.0, h: 600.0 }, Size { w: 346.0, h: 300.0 }, Size { w: 599.0, h: 800.0 }] {
            let p = Layout::of(size).padding();
            let t = home_view(r, size).transform(size);
            for &pt in &pts {
                let (x, y) = t.apply(pt);
                assert!(x >= p.left - 1e-6 && x <= size.w - p.right + 1e-6, "{size:?} x={x}");
                assert!(y >= p.top - 1e-6 && y <= size.h - p.bottom + 1e-6, "{size:?} y={y}");
            }
        }
    }

    #[test]
    fn decluttered_markers_stay_inside_the_padded_box_at_any_aspect() {
        // Crowded ends (Nusantara and Putrajaya at the bottom right, Pittsburgh at the left).
        let mut pts = cities();
        pts.extend([(101.7, 2.9), (116.8, -1.2), (-79.9, 40.5), (-80.1, 40.3)].iter().map(|&(lon, lat)| to_map(lon, lat)));
        let r = Rect::bounding(&pts);
        for size in [
            Size { w: 346.0, h: 250.0 },
            Size { w: 346.0, h: 600.0 },
            Size { w: 1136.0, h: 500.0 },
            Size { w: 560.0, h: 900.0 },
            Size { w: 1900.0, h: 300.0 },
        ] {
            let p = Layout::of(size).padding();
            let t = home_view(r, size).transform(size);
            let off = screen_offsets(&pts, r, size, t.k);
            for (&pt, o) in pts.iter().zip(&off) {
                let (x, y) = t.apply(pt);
                let (x, y) = (x + o.0, y + o.1);
                assert!(x >= p.left - 1e-6 && x <= size.w - p.right + 1e-6, "{size:?} x={x}");
                assert!(y >= p.top - 1e-6 && y <= size.h - p.bottom + 1e-6, "{size:?} y={y}");
            }
        }
    }

    #[test]
    fn a_few_labels_where_there_is_room_and_the_same_in_the_page_and_the_app() {
        let pts = cities();
        let origin = to_map(71.4, 51.2);
        let chars = vec![10; pts.len()];
        let r = Rect::bounding(&pts).union(Rect::bounding(&[origin]));
        for layout in [Layout::Wide, Layout::Narrow] {
            let home = home_labels(&pts, &home_offsets(&pts, r, layout), origin, r, layout, &chars);
            let n = home.iter().filter(|&&l| l).count();
            assert!((1..=MAX_LABELS).contains(&n), "{layout:?}: {n}");
            let size = layout.reference_size();
            let k = home_scale(r, size);
            let live = screen_labels(&pts, &screen_offsets(&pts, r, size, k), origin, r, size, k, &chars);
            assert_eq!(live, home, "{layout:?}");
        }
        // Two markers side by side: the left one has no room for its name.
        let l = labels(&[(100.0, 100.0), (130.0, 100.0)], &[6, 6], (0.0, 0.0, 400.0, 400.0), (300.0, 300.0));
        assert_eq!(l, vec![false, true]);
        // A name that would cross the edge is left out.
        assert_eq!(labels(&[(380.0, 100.0)], &[6], (0.0, 0.0, 400.0, 400.0), (300.0, 300.0)), vec![false]);
    }

    #[test]
    fn the_extent_holds_the_map_and_the_first_view() {
        let pts = cities();
        let r = Rect::bounding(&pts);
        let map = Rect { x: 0.0, y: 0.0, w: 1000.0, h: 487.0 };
        let size = Size { w: 346.0, h: 600.0 };
        let e = extent(map, home_view(r, size), size);
        assert!(e.x <= 0.0 && e.y <= 0.0 && e.x + e.w >= 1000.0 && e.y + e.h >= 487.0);
        assert!(e.h > map.h, "a tall phone frame shows more than the map's height");
    }

    #[test]
    fn offsets_at_the_first_view_are_the_static_ones_scaled() {
        let pts = cities();
        let r = Rect::bounding(&pts);
        for layout in [Layout::Wide, Layout::Narrow] {
            let size = Size { w: layout.reference_size().w * 0.9, h: layout.reference_size().h * 1.1 };
            assert_eq!(Layout::of(size), layout);
            let k = home_scale(r, size);
            let screen = screen_offsets(&pts, r, size, k);
            for (s, h) in screen.iter().zip(home_offsets(&pts, r, layout)) {
                assert!((s.0 - h.0 * k).abs() < 1e-6 && (s.1 - h.1 * k).abs() < 1e-6, "{s:?} vs {h:?}*{k}");
            }
        }
    }

    #[test]
    fn close_markers_are_pushed_apart_on_screen() {
        // Warsaw and a point 3 km away: on top of each other at world scale.
        let pts = vec![to_map(21.0, 52.2), to_map(21.03, 52.21)];
        let r = Rect::bounding(&[to_map(-80.0, 40.0), to_map(127.0, -1.0), to_map(25.0, 65.0)]);
        let size = Size { w: 1136.0, h: 600.0 };
        let k = home_scale(r, size);
        let off = screen_offsets(&pts, r, size, k);
        let a = (pts[0].0 * k + off[0].0, pts[0].1 * k + off[0].1);
        let b = (pts[1].0 * k + off[1].0, pts[1].1 * k + off[1].1);
        let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        assert!(d >= Layout::Wide.marker_spacing() - 0.5, "{d}");
    }
}
