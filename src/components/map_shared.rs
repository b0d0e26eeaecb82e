//! What the map's parts (layers, markers, tooltip, the map itself) share: the model in
//! map units, the frame's size, the view and its transform, which cities are shown, the
//! declutter offsets and the marker focus. Built once per map and put in context.

use super::state::AppState;
use crate::geo::declutter::declutter;
use crate::geo::map_model::MapModel;
use crate::geo::viewport::{home, Size, Transform, View};
use leptos::prelude::*;

/// Above this many markers the declutter pass is skipped (it is for the real data's
/// dense clusters, not for stress fixtures).
pub const DECLUTTER_LIMIT: usize = 1500;

/// The map's derived state, in context under the map.
#[derive(Clone)]
pub struct MapShared {
    pub model: StoredValue<MapModel>,
    pub size: RwSignal<Size>,
    /// The view shown: the visitor's, or the first view for this size.
    pub view: Memo<View>,
    pub transform: Memo<Transform>,
    /// Whether each city passes the filters, by index.
    pub shown: Memo<Vec<bool>>,
    /// The indexes of the cities shown.
    pub visible: Memo<Vec<usize>>,
    /// Screen-space declutter offsets at this zoom, by index.
    pub offsets: Memo<Vec<(f64, f64)>>,
    pub hovered: RwSignal<Option<usize>>,
    /// The marker that takes Tab (roving tabindex).
    pub roving: RwSignal<Option<usize>>,
    /// Selectors notify only the two markers whose state changes, not all of them.
    pub tab: Selector<Option<usize>>,
    pub selected: Selector<Option<usize>>,
}

impl MapShared {
    /// The map's state for a frame of `size`; `coarse`: a finger, not a mouse (markers
    /// are kept further apart).
    pub fn new(state: AppState, size: RwSignal<Size>, coarse: bool) -> MapShared {
        let atlas = state.atlas;
        let cities = &atlas.twin.cities;
        let n = cities.len();
        let model = StoredValue::new(MapModel::new(
            (atlas.twin.origin.lon, atlas.twin.origin.lat),
            &cities.iter().map(|c| (c.lon, c.lat)).collect::<Vec<_>>(),
        ));
        let home_view = Memo::new(move |_| {
            let s = size.get();
            model.with_value(|m| {
                let mut pts = m.points.clone();
                pts.push(m.origin);
                home(&pts, s)
            })
        });
        let map_view = state.map_view();
        let view = Memo::new(move |_| map_view.get().unwrap_or_else(|| home_view.get()).clamped(size.get()));
        let transform = Memo::new(move |_| view.get().transform(size.get()));
        let shown = Memo::new(move |_| (0..n).map(|i| state.city_visible(i)).collect::<Vec<bool>>());
        let visible = Memo::new(move |_| shown.with(|s| (0..n).filter(|&i| s[i]).collect::<Vec<usize>>()));
        // The scale alone (pans leave it unchanged, so they do not re-run the declutter).
        let scale = Memo::new(move |_| (transform.get().k * 100.0).round() / 100.0);
        let offsets = Memo::new(move |_| {
            let k = scale.get();
            let vis = visible.get();
            let mut out = vec![(0.0, 0.0); n];
            if vis.len() <= DECLUTTER_LIMIT {
                let anchors: Vec<(f64, f64)> = model.with_value(|m| vis.iter().map(|&i| (m.points[i].0 * k, m.points[i].1 * k)).collect());
                for (j, off) in declutter(&anchors, if coarse { 22.0 } else { 17.0 }, 40.0).into_iter().enumerate() {
                    out[vis[j]] = off;
                }
            }
            out
        });
        let roving = RwSignal::new(None::<usize>);
        // The one marker that takes Tab: the last one stepped to, or the westernmost shown.
        let tab_target = Memo::new(move |_| {
            roving
                .get()
                .filter(|&r| shown.with(|s| s[r]))
                .or_else(|| shown.with(|s| model.with_value(|m| m.lon_order.iter().copied().find(|&x| s[x]))))
        });
        let city = state.city();
        MapShared {
            model,
            size,
            view,
            transform,
            shown,
            visible,
            offsets,
            hovered: RwSignal::new(None),
            roving,
            tab: Selector::new(move || tab_target.get()),
            selected: Selector::new(move || city.get()),
        }
    }
}
