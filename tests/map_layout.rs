//! The real cities on the map: at several zooms, on a desktop and a phone, markers keep
//! apart (or move no further than the declutter limit), and the first view shows them.
#![cfg(not(target_arch = "wasm32"))]

use astana_atlas::data;
use astana_atlas::geo::declutter::declutter;
use astana_atlas::geo::map_model::MapModel;
use astana_atlas::geo::viewport::{home, Size, View};

fn model() -> MapModel {
    let atlas = data::load().unwrap();
    let cities: Vec<(f64, f64)> = atlas.twin.cities.iter().map(|c| (c.lon, c.lat)).collect();
    MapModel::new((atlas.twin.origin.lon, atlas.twin.origin.lat), &cities)
}

#[test]
fn markers_keep_apart_at_every_zoom() {
    let m = model();
    // Desktop (fine pointer, 17 px apart) and phone (coarse pointer, 22 px apart).
    for (size, min_dist) in [(Size { w: 1174.0, h: 640.0 }, 17.0), (Size { w: 344.0, h: 359.0 }, 22.0)] {
        for zoom in [1.0, 1.5, 2.0, 4.0, 8.0] {
            let k = View { zoom, ..View::world() }.transform(size).k;
            let anchors: Vec<(f64, f64)> = m.points.iter().map(|p| (p.0 * k, p.1 * k)).collect();
            let offsets = declutter(&anchors, min_dist, 40.0);
            let placed: Vec<(f64, f64)> = anchors.iter().zip(&offsets).map(|(a, o)| (a.0 + o.0, a.1 + o.1)).collect();
            let mut closest = f64::MAX;
            for i in 0..placed.len() {
                for j in i + 1..placed.len() {
                    let d = ((placed[i].0 - placed[j].0).powi(2) + (placed[i].1 - placed[j].1).powi(2)).sqrt();
                    closest = closest.min(d);
                }
            }
            for o in &offsets {
                assert!((o.0 * o.0 + o.1 * o.1).sqrt() <= 40.0 + 1e-9);
            }
            // Dubai and Abu Dhabi are 1.2° apart: at world zoom on a phone they need the
            // full separation the declutter gives them.
            assert!(closest >= min_dist * 0.9, "{}x{} zoom {zoom}: markers {closest:.1} px apart", size.w, size.h);
        }
    }
}

#[test]
fn the_first_view_shows_the_cities() {
    let m = model();
    for size in [Size { w: 1174.0, h: 640.0 }, Size { w: 344.0, h: 359.0 }, Size { w: 296.0, h: 280.0 }] {
        let t = home(&m.points, size).transform(size);
        let inside = m.points.iter().filter(|&&p| {
            let (x, y) = t.apply(p);
            (0.0..=size.w).contains(&x) && (0.0..=size.h).contains(&y)
        });
        let expected = if size.w >= 600.0 { m.points.len() } else { m.points.len() - 2 };
        assert!(inside.count() >= expected, "at {}x{}", size.w, size.h);
    }
}
