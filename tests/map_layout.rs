//! The real cities on the map: at several zooms, on a desktop and a phone, markers keep
//! apart (or move no further than the declutter limit), and the first view shows them.
#![cfg(not(target_arch = "wasm32"))]

use astana_atlas::data;
use astana_atlas::geo::home::{home_scale, home_view, screen_offsets, Layout, Rect};
use astana_atlas::geo::map_model::MapModel;
use astana_atlas::geo::viewport::Size;

fn model() -> MapModel {
    let atlas = data::load().unwrap();
    let cities: Vec<(f64, f64)> = atlas.twin.cities.iter().map(|c| (c.lon, c.lat)).collect();
    MapModel::new((atlas.twin.origin.lon, atlas.twin.origin.lat), &cities)
}

#[test]
fn markers_keep_apart_at_every_zoom() {
    let m = model();
    let rect = Rect::bounding(&m.points);
    // Desktop (17 px apart) and phone (22 px apart), at and around their reference frames.
    for size in [Size { w: 1174.0, h: 640.0 }, Size { w: 1136.0, h: 600.0 }, Size { w: 344.0, h: 359.0 }, Size { w: 390.0, h: 340.0 }] {
        let min_dist =
            Layout::of(size).marker_spacing() * (home_scale(rect, size) / home_scale(rect, Layout::of(size).reference_size())).min(1.0);
        for zoom in [1.0, 1.5, 2.0, 4.0, 8.0] {
            let k = home_scale(rect, size) * zoom;
            let anchors: Vec<(f64, f64)> = m.points.iter().map(|p| (p.0 * k, p.1 * k)).collect();
            let offsets = screen_offsets(&m.points, rect, size, k);
            let placed: Vec<(f64, f64)> = anchors.iter().zip(&offsets).map(|(a, o)| (a.0 + o.0, a.1 + o.1)).collect();
            let mut closest = f64::MAX;
            for i in 0..placed.len() {
                for j in i + 1..placed.len() {
                    let d = ((placed[i].0 - placed[j].0).powi(2) + (placed[i].1 - placed[j].1).powi(2)).sqrt();
                    closest = closest.min(d);
                }
            }
            let reach = 40.0 * (home_scale(rect, size) / home_scale(rect, Layout::of(size).reference_size())).max(1.0);
            for o in &offsets {
                assert!((o.0 * o.0 + o.1 * o.1).sqrt() <= reach + 1e-9);
            }
            // Dubai and Abu Dhabi are 1.2° apart: at world zoom on a phone they need the
            // full separation the declutter gives them.
            assert!(closest >= min_dist * 0.9, "{}x{} zoom {zoom}: markers {closest:.1} px apart", size.w, size.h);
        }
    }
}

#[test]
fn the_first_view_shows_every_city_clear_of_the_controls() {
    let m = model();
    let rect = Rect::bounding(&m.points);
    for size in [Size { w: 1174.0, h: 640.0 }, Size { w: 344.0, h: 359.0 }, Size { w: 296.0, h: 280.0 }] {
        let t = home_view(rect, size).transform(size);
        let pad = Layout::of(size).padding();
        for &p in &m.points {
            let (x, y) = t.apply(p);
            assert!(x >= pad.left - 1e-6 && x <= size.w - pad.right + 1e-6, "at {}x{}: x {x}", size.w, size.h);
            assert!(y >= pad.top - 1e-6 && y <= size.h - pad.bottom + 1e-6, "at {}x{}: y {y}", size.w, size.h);
        }
    }
}
