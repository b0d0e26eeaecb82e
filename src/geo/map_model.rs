//! The map's static model: every city projected once, its arc from the origin, and the
//! west-to-east order in which the keyboard steps through markers.

use super::great_circle::LonLat;
use super::projection::to_map;
use super::world::arc_path;
use crate::order::sort_indexes;

/// Above this many cities, arcs are not drawn all at once (only the one in focus): ten
/// thousand great circles would be both unreadable and slow to repaint on every zoom.
pub const ARC_LIMIT: usize = 1000;

/// Projected cities and their arcs, in map units.
#[derive(Clone, Debug, PartialEq)]
pub struct MapModel {
    pub origin: (f64, f64),
    pub points: Vec<(f64, f64)>,
    /// Every city's arc as SVG path data, computed up front up to `ARC_LIMIT` cities.
    pub arcs: Vec<String>,
    origin_lonlat: LonLat,
    cities: Vec<LonLat>,
    /// City indexes from west to east (then north to south).
    pub lon_order: Vec<usize>,
}

impl MapModel {
    pub fn new(origin: LonLat, cities: &[LonLat]) -> MapModel {
        let mut lon_order: Vec<usize> = (0..cities.len()).collect();
        sort_indexes(&mut lon_order, &|a, b| cities[a].0.total_cmp(&cities[b].0).then(cities[b].1.total_cmp(&cities[a].1)));
        let arcs = if cities.len() <= ARC_LIMIT { cities.iter().map(|&c| arc_path(origin, c)).collect() } else { Vec::new() };
        MapModel {
            origin: to_map(origin.0, origin.1),
            points: cities.iter().map(|&(lon, lat)| to_map(lon, lat)).collect(),
            arcs,
            origin_lonlat: origin,
            cities: cities.to_vec(),
            lon_order,
        }
    }

    /// Whether every arc is drawn (few cities) or only the one in focus (many).
    pub fn draws_all_arcs(&self) -> bool {
        self.cities.len() <= ARC_LIMIT
    }

    /// The arc from the origin to city `i`, as SVG path data.
    pub fn arc(&self, i: usize) -> String {
        self.arcs.get(i).cloned().unwrap_or_else(|| arc_path(self.origin_lonlat, self.cities[i]))
    }

    /// The next (or previous) city in west-to-east order among those `visible`.
    pub fn step(&self, from: usize, forward: bool, visible: &[usize]) -> Option<usize> {
        let order: Vec<usize> = self.lon_order.iter().copied().filter(|i| visible.contains(i)).collect();
        let pos = order.iter().position(|&i| i == from)?;
        let next = if forward { pos + 1 } else { pos.checked_sub(1)? };
        order.get(next).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_cities_west_to_east_and_steps_among_visible_ones() {
        let cities = [(71.0, 51.0), (-80.0, 40.0), (37.6, 55.7), (116.4, 39.9)];
        let m = MapModel::new((71.4491, 51.1694), &cities);
        assert_eq!(m.lon_order, vec![1, 2, 0, 3]);
        assert_eq!(m.step(1, true, &[0, 1, 2, 3]), Some(2));
        assert_eq!(m.step(1, true, &[0, 1, 3]), Some(0), "hidden cities are skipped");
        assert_eq!(m.step(1, false, &[0, 1, 2, 3]), None);
        assert_eq!(m.step(3, true, &[0, 1, 2, 3]), None);
        assert_eq!(m.arcs.len(), 4);
        assert!(m.draws_all_arcs());
        assert_eq!(m.arc(2), m.arcs[2]);
        assert!(m.points.iter().all(|p| p.0 > 0.0 && p.1 > 0.0));
    }

    #[test]
    fn many_cities_get_arcs_on_demand() {
        let cities: Vec<LonLat> = (0..ARC_LIMIT + 1).map(|i| (-170.0 + (i % 340) as f64, (i % 60) as f64)).collect();
        let m = MapModel::new((71.4491, 51.1694), &cities);
        assert!(!m.draws_all_arcs());
        assert!(m.arcs.is_empty());
        assert!(m.arc(5).starts_with('M'));
    }
}
