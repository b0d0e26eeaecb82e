//! What the map's parts (layers, markers, tooltip, the map itself) share: the model in
//! map units, the frame's size, the view and its transform, which cities are shown, the
//! declutter offsets and the marker focus. Built once per map and put in context.

use super::state::AppState;
use crate::geo::home::{extent, home_view, screen_labels, screen_offsets, Rect};
use crate::geo::map_model::MapModel;
use crate::geo::viewport::{map_rect, Size, Transform, View};
use leptos::prelude::*;

/// Above this many markers the declutter pass is skipped (it is for the real data's
/// dense clusters, not for stress fixtures).
pub const DECLUTTER_LIMIT: usize = 1500;

/// The map's derived state, in context under the map.
#[derive(Clone)]
pub struct MapShared {
    pub model: StoredValue<MapModel>,
    pub size: RwSignal<Size>,
    /// The first view for this size.
    pub home: Memo<View>,
    /// The view shown: the visitor's, or the first view for this size.
    pub view: Memo<View>,
    pub transform: Memo<Transform>,
    /// Whether each city passes the filters, by index.
    pub shown: Memo<Vec<bool>>,
    /// The indexes of the cities shown.
    pub visible: Memo<Vec<usize>>,
    /// Screen-space declutter offsets at this zoom, by index.
    pub offsets: Memo<Vec<(f64, f64)>>,
    /// Whether each city is named on the map (where there is room), by index.
    pub labels: Memo<Vec<bool>>,
    pub hovered: RwSignal<Option<usize>>,
    /// The marker that takes Tab (roving tabindex).
    pub roving: RwSignal<Option<usize>>,
    /// Selectors notify only the two markers whose state changes, not all of them.
    pub tab: Selector<Option<usize>>,
    pub selected: Selector<Option<usize>>,
}

/// A view kept in range: zoomed out no further than the first view, and within the map
/// and the first view (so that a pan from the first view does not jump).
pub fn clamp(v: View, home: View, size: Size) -> View {
    v.clamped_within(size, extent(map_rect(), home, size), home.zoom)
}

impl MapShared {
    /// The map's state for a frame of `size`.
    pub fn new(state: AppState, size: RwSignal<Size>) -> MapShared {
        let atlas = state.atlas;
        let cities = &atlas.twin.cities;
        let n = cities.len();
        let model = StoredValue::new(MapModel::new(
            (atlas.twin.origin.lon, atlas.twin.origin.lat),
            &cities.iter().map(|c| (c.lon, c.lat)).collect::<Vec<_>>(),
        ));
        let shown = Memo::new(move |_| (0..n).map(|i| state.city_visible(i)).collect::<Vec<bool>>());
        let visible = Memo::new(move |_| shown.with(|s| (0..n).filter(|&i| s[i]).collect::<Vec<usize>>()));
        // The first view frames the cities shown and Astana ("show all").
        let home_rect = Memo::new(move |_| {
            model.with_value(|m| {
                let mut pts: Vec<(f64, f64)> = visible.with(|v| v.iter().map(|&i| m.points[i]).collect());
                pts.push(m.origin);
                Rect::bounding(&pts)
            })
        });
        let home = Memo::new(move |_| home_view(home_rect.get(), size.get()));
        let map_view = state.map_view();
        let view = Memo::new(move |_| map_view.get().map_or_else(|| home.get(), |v| clamp(v, home.get(), size.get())));
        let transform = Memo::new(move |_| view.get().transform(size.get()));
        // The scale alone (pans leave it unchanged, so they do not re-run the declutter).
        let scale = Memo::new(move |_| transform.get().k);
        let offsets = Memo::new(move |_| {
            let vis = visible.get();
            let mut out = vec![(0.0, 0.0); n];
            if vis.len() <= DECLUTTER_LIMIT {
                let pts: Vec<(f64, f64)> = model.with_value(|m| vis.iter().map(|&i| m.points[i]).collect());
                for (j, off) in screen_offsets(&pts, home_rect.get(), size.get(), scale.get()).into_iter().enumerate() {
                    out[vis[j]] = off;
                }
            }
            out
        });
        let lang = state.lang();
        let labels = Memo::new(move |_| {
            let vis = visible.get();
            let mut out = vec![false; n];
            if vis.len() <= DECLUTTER_LIMIT {
                let l = lang.get();
                let (pts, origin): (Vec<(f64, f64)>, _) = model.with_value(|m| (vis.iter().map(|&i| m.points[i]).collect(), m.origin));
                let offs: Vec<(f64, f64)> = offsets.with(|o| vis.iter().map(|&i| o[i]).collect());
                let chars: Vec<usize> = vis.iter().map(|&i| cities[i].name.or_en(l).chars().count()).collect();
                for (j, named) in
                    screen_labels(&pts, &offs, origin, home_rect.get(), size.get(), scale.get(), &chars).into_iter().enumerate()
                {
                    out[vis[j]] = named;
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
            home,
            size,
            view,
            transform,
            shown,
            visible,
            offsets,
            labels,
            hovered: RwSignal::new(None),
            roving,
            tab: Selector::new(move || tab_target.try_get().flatten()),
            selected: Selector::new(move || city.try_get().flatten()),
        }
    }
}
