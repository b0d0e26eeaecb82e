//! The map's view: zoom and centre, the screen transform they give, and the gestures that
//! change them (zoom about a point, pan, clamp, fly).

use super::home::Rect;
use super::projection::{from_map, map_height, to_map, MAP_WIDTH};

/// The least zoom: the whole map fits the container.
pub const MIN_ZOOM: f64 = 1.0;
/// The greatest zoom.
pub const MAX_ZOOM: f64 = 24.0;

/// A container's size in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    pub w: f64,
    pub h: f64,
}

/// Map units to screen pixels: `screen = map * k + t`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transform {
    pub k: f64,
    pub tx: f64,
    pub ty: f64,
}

impl Transform {
    pub fn apply(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x * self.k + self.tx, y * self.k + self.ty)
    }

    pub fn invert(&self, (sx, sy): (f64, f64)) -> (f64, f64) {
        ((sx - self.tx) / self.k, (sy - self.ty) / self.k)
    }
}

/// What the map shows: a zoom (1 = whole map) and the map point at the centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub zoom: f64,
    pub cx: f64,
    pub cy: f64,
}

/// The whole map, in map units.
pub fn map_rect() -> Rect {
    Rect { x: 0.0, y: 0.0, w: MAP_WIDTH, h: map_height() }
}

/// Pixels per map unit at zoom 1: the whole map fits.
pub fn fit_scale(size: Size) -> f64 {
    (size.w / MAP_WIDTH).min(size.h / map_height()).max(1e-6)
}

impl Default for View {
    fn default() -> View {
        View::world()
    }
}

impl View {
    /// The whole map.
    pub fn world() -> View {
        View { zoom: MIN_ZOOM, cx: MAP_WIDTH / 2.0, cy: map_height() / 2.0 }
    }

    /// A view centred on a longitude and latitude.
    pub fn at_lonlat(lon: f64, lat: f64, zoom: f64) -> View {
        let (cx, cy) = to_map(lon, lat);
        View { zoom: zoom.clamp(MIN_ZOOM, MAX_ZOOM), cx, cy }
    }

    /// The centre as longitude and latitude, with the zoom (for the URL).
    pub fn lonlat_zoom(&self) -> (f64, f64, f64) {
        let (lon, lat) = from_map(self.cx, self.cy);
        (lon, lat, self.zoom)
    }

    pub fn transform(&self, size: Size) -> Transform {
        let k = fit_scale(size) * self.zoom;
        Transform { k, tx: size.w / 2.0 - self.cx * k, ty: size.h / 2.0 - self.cy * k }
    }

    /// Keeps the zoom in range and the map covering the view (centred where it is smaller).
    pub fn clamped(self, size: Size) -> View {
        self.clamped_within(size, map_rect(), MIN_ZOOM)
    }

    /// Keeps the zoom between `min_zoom` and `MAX_ZOOM` and the view inside `extent` (map
    /// units; centred on it along an axis where the view is larger).
    pub fn clamped_within(self, size: Size, extent: Rect, min_zoom: f64) -> View {
        let zoom = if self.zoom.is_finite() { self.zoom.clamp(min_zoom.min(MIN_ZOOM), MAX_ZOOM) } else { MIN_ZOOM };
        let k = fit_scale(size) * zoom;
        let clamp_axis = |c: f64, start: f64, len: f64, view: f64| {
            let half = view / (2.0 * k);
            let c = if c.is_finite() { c } else { start + len / 2.0 };
            if len <= 2.0 * half {
                start + len / 2.0
            } else {
                c.clamp(start + half, start + len - half)
            }
        };
        View { zoom, cx: clamp_axis(self.cx, extent.x, extent.w, size.w), cy: clamp_axis(self.cy, extent.y, extent.h, size.h) }
    }

    /// Zooms by `factor` keeping the map point under `anchor` (screen px) still.
    pub fn zoom_at(self, size: Size, anchor: (f64, f64), factor: f64) -> View {
        let t = self.transform(size);
        let under = t.invert(anchor);
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let k = fit_scale(size) * zoom;
        View { zoom, cx: under.0 - (anchor.0 - size.w / 2.0) / k, cy: under.1 - (anchor.1 - size.h / 2.0) / k }.clamped(size)
    }

    /// Moves the map by a screen-pixel drag.
    pub fn pan_by(self, size: Size, dx: f64, dy: f64) -> View {
        let k = fit_scale(size) * self.zoom;
        View { cx: self.cx - dx / k, cy: self.cy - dy / k, ..self }.clamped(size)
    }

    /// The view part way (`t` in 0..=1) from `self` to `to`; zoom changes geometrically.
    pub fn lerp(self, to: View, t: f64) -> View {
        let t = t.clamp(0.0, 1.0);
        View { zoom: self.zoom * (to.zoom / self.zoom).powf(t), cx: self.cx + (to.cx - self.cx) * t, cy: self.cy + (to.cy - self.cy) * t }
    }
}

/// Ease in and out, for flights.
pub fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: Size = Size { w: 1000.0, h: 500.0 };

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6
    }

    #[test]
    fn world_view_centres_the_map() {
        let t = View::world().transform(SIZE);
        let (left, _) = t.apply((0.0, 0.0));
        let (right, _) = t.apply((MAP_WIDTH, 0.0));
        assert!((left + right - SIZE.w).abs() < 1e-6, "centred horizontally");
        assert!(right - left <= SIZE.w + 1e-6);
    }

    #[test]
    fn zoom_keeps_the_anchor_still() {
        let v = View::world().zoom_at(SIZE, (500.0, 250.0), 4.0);
        let anchor = (620.0, 180.0);
        let before = v.transform(SIZE).invert(anchor);
        let after_view = v.zoom_at(SIZE, anchor, 1.5);
        let after = after_view.transform(SIZE).invert(anchor);
        assert!(close(before, after), "{before:?} vs {after:?}");
        assert!((after_view.zoom - 6.0).abs() < 1e-9);
    }

    #[test]
    fn zoom_is_clamped() {
        let v = View::world().zoom_at(SIZE, (0.0, 0.0), 1e6);
        assert_eq!(v.zoom, MAX_ZOOM);
        let v = v.zoom_at(SIZE, (0.0, 0.0), 1e-9);
        assert_eq!(v.zoom, MIN_ZOOM);
        let bad = View { zoom: f64::NAN, cx: f64::INFINITY, cy: 3.0 }.clamped(SIZE);
        assert_eq!(bad.zoom, MIN_ZOOM);
        assert!(bad.cx.is_finite());
    }

    #[test]
    fn pan_moves_by_screen_pixels_and_stops_at_edges() {
        let v = View::at_lonlat(71.4, 51.2, 4.0).clamped(SIZE);
        let moved = v.pan_by(SIZE, 40.0, -20.0);
        let a = v.transform(SIZE).apply((v.cx, v.cy));
        let b = moved.transform(SIZE).apply((v.cx, v.cy));
        assert!(close((b.0 - a.0, b.1 - a.1), (40.0, -20.0)));
        let far = v.pan_by(SIZE, 1e7, 1e7);
        let t = far.transform(SIZE);
        assert!(t.apply((0.0, 0.0)).0 <= 1e-6, "the map still covers the left edge");
    }

    #[test]
    fn lonlat_round_trips() {
        let v = View::at_lonlat(51.531, 25.2854, 3.0);
        let (lon, lat, z) = v.lonlat_zoom();
        assert!((lon - 51.531).abs() < 1e-6 && (lat - 25.2854).abs() < 1e-6 && z == 3.0);
    }
}
