//! The map's view: zoom and centre, the screen transform they give, and the gestures that
//! change them (zoom about a point, pan, clamp, fly).

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
        let zoom = if self.zoom.is_finite() { self.zoom.clamp(MIN_ZOOM, MAX_ZOOM) } else { MIN_ZOOM };
        let k = fit_scale(size) * zoom;
        let clamp_axis = |c: f64, extent: f64, view: f64| {
            let half = view / (2.0 * k);
            let c = if c.is_finite() { c } else { extent / 2.0 };
            if extent <= 2.0 * half {
                extent / 2.0
            } else {
                c.clamp(half, extent - half)
            }
        };
        View { zoom, cx: clamp_axis(self.cx, MAP_WIDTH, size.w), cy: clamp_axis(self.cy, map_height(), size.h) }
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

/// The view that fits map points (map units) into `size` with `padding` CSS px around them.
pub fn fit(points: &[(f64, f64)], size: Size, padding: f64) -> View {
    let Some((x0, y0, x1, y1)) = super::label::bounds(points) else { return View::world() };
    let avail = ((size.w - 2.0 * padding).max(1.0), (size.h - 2.0 * padding).max(1.0));
    let k = (avail.0 / (x1 - x0).max(1e-6)).min(avail.1 / (y1 - y0).max(1e-6));
    View { zoom: k / fit_scale(size), cx: (x0 + x1) / 2.0, cy: (y0 + y1) / 2.0 }.clamped(size)
}

/// Narrower than this, the first view leaves the two outermost points (west and east) off
/// screen, so that the dense middle of the map is not shrunk to fit them.
pub const NARROW: f64 = 600.0;

/// The first view of a map: every point on a wide screen; on a narrow one, all but the
/// westernmost and easternmost, which a pan or "zoom out" brings in.
pub fn home(points: &[(f64, f64)], size: Size) -> View {
    if size.w >= NARROW || points.len() <= 8 {
        return fit(points, size, 36.0);
    }
    let mut by_x = points.to_vec();
    by_x.sort_by(|a, b| a.0.total_cmp(&b.0));
    fit(&by_x[1..by_x.len() - 1], size, 14.0)
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
    fn fit_shows_every_point() {
        let pts = [to_map(-80.0, 40.4), to_map(126.9, 37.6), to_map(25.5, 65.0), to_map(116.7, -0.97)];
        for size in [SIZE, Size { w: 390.0, h: 320.0 }] {
            let v = fit(&pts, size, 24.0);
            let t = v.transform(size);
            for p in pts {
                let (sx, sy) = t.apply(p);
                assert!(sx >= -1e-6 && sx <= size.w + 1e-6 && sy >= -1e-6 && sy <= size.h + 1e-6, "{p:?} -> {sx},{sy} in {size:?}");
            }
        }
        assert_eq!(fit(&[], SIZE, 10.0), View::world());
    }

    #[test]
    fn home_shows_all_on_wide_screens_and_the_core_on_narrow_ones() {
        let pts: Vec<(f64, f64)> = [
            (-80.0, 40.4),
            (-6.8, 34.0),
            (21.0, 52.2),
            (37.6, 55.8),
            (71.4, 51.2),
            (116.4, 39.9),
            (120.9, 14.6),
            (126.9, 37.6),
            (100.5, 13.8),
            (28.9, 41.0),
        ]
        .iter()
        .map(|&(lon, lat)| to_map(lon, lat))
        .collect();
        let inside = |v: View, size: Size| {
            pts.iter()
                .filter(|&&p| {
                    let (x, y) = v.transform(size).apply(p);
                    (0.0..=size.w).contains(&x) && (0.0..=size.h).contains(&y)
                })
                .count()
        };
        let wide = Size { w: 1200.0, h: 600.0 };
        assert_eq!(inside(home(&pts, wide), wide), pts.len());
        let phone = Size { w: 344.0, h: 359.0 };
        let v = home(&pts, phone);
        assert!(inside(v, phone) >= pts.len() - 2);
        assert!(v.zoom > fit(&pts, phone, 14.0).zoom, "the core is shown larger than the whole");
    }

    #[test]
    fn lonlat_round_trips() {
        let v = View::at_lonlat(51.531, 25.2854, 3.0);
        let (lon, lat, z) = v.lonlat_zoom();
        assert!((lon - 51.531).abs() < 1e-6 && (lat - 25.2854).abs() < 1e-6 && z == 3.0);
    }
}
