//! Keeps markers apart on screen: each marker is pushed out of its neighbours' way (up to a
//! limit) and a leader line joins it to its true position.

/// Screen-space offsets for markers at `anchors` so that no two are closer than `min_dist`
/// where that is possible within `max_shift` of their true positions. Deterministic.
pub fn declutter(anchors: &[(f64, f64)], min_dist: f64, max_shift: f64) -> Vec<(f64, f64)> {
    let inf = f64::INFINITY;
    declutter_in(anchors, min_dist, max_shift, (-inf, -inf, inf, inf))
}

/// `declutter`, with every marker kept inside `bounds` (min x, min y, max x, max y), which
/// should hold the anchors (a marker is then never pushed out of the box).
pub fn declutter_in(anchors: &[(f64, f64)], min_dist: f64, max_shift: f64, bounds: (f64, f64, f64, f64)) -> Vec<(f64, f64)> {
    let n = anchors.len();
    let inside = |(x, y): (f64, f64)| (x.clamp(bounds.0, bounds.2.max(bounds.0)), y.clamp(bounds.1, bounds.3.max(bounds.1)));
    let mut pos: Vec<(f64, f64)> = anchors.to_vec();
    if n < 2 || min_dist <= 0.0 {
        return vec![(0.0, 0.0); n];
    }
    let cell = min_dist;
    for _ in 0..120 {
        let mut moved = false;
        let grid = Grid::new(&pos, cell);
        let mut push = vec![(0.0, 0.0); n];
        for i in 0..n {
            for j in grid.near(pos[i]) {
                if j <= i {
                    continue;
                }
                let (dx, dy) = (pos[j].0 - pos[i].0, pos[j].1 - pos[i].1);
                let d = (dx * dx + dy * dy).sqrt();
                if d >= min_dist {
                    continue;
                }
                // Coincident markers part along a direction fixed by their indexes.
                let (ux, uy) = if d > 1e-9 {
                    (dx / d, dy / d)
                } else {
                    let a = (i * 7 + j * 13) as f64 * 2.399_963;
                    (a.cos(), a.sin())
                };
                let s = (min_dist - d) / 2.0 + 0.01;
                push[i].0 -= ux * s;
                push[i].1 -= uy * s;
                push[j].0 += ux * s;
                push[j].1 += uy * s;
                moved = true;
            }
        }
        if !moved {
            break;
        }
        for i in 0..n {
            let (mut ox, mut oy) = (pos[i].0 + push[i].0 * 0.5 - anchors[i].0, pos[i].1 + push[i].1 * 0.5 - anchors[i].1);
            let len = (ox * ox + oy * oy).sqrt();
            if len > max_shift {
                ox *= max_shift / len;
                oy *= max_shift / len;
            }
            pos[i] = inside((anchors[i].0 + ox, anchors[i].1 + oy));
        }
    }
    pos.iter().zip(anchors).map(|(p, a)| (p.0 - a.0, p.1 - a.1)).collect()
}

/// A uniform grid over points for neighbour queries: cells sorted by key, found by binary
/// search (no hash map, so the wasm stays small).
struct Grid {
    cell: f64,
    cells: Vec<((i64, i64), usize)>,
}

impl Grid {
    fn new(points: &[(f64, f64)], cell: f64) -> Grid {
        let mut cells: Vec<((i64, i64), usize)> = points.iter().enumerate().map(|(i, p)| (Self::key(*p, cell), i)).collect();
        crate::order::sort_items(&mut cells, &|a, b| a.cmp(b));
        Grid { cell, cells }
    }

    fn key(p: (f64, f64), cell: f64) -> (i64, i64) {
        ((p.0 / cell).floor() as i64, (p.1 / cell).floor() as i64)
    }

    fn near(&self, p: (f64, f64)) -> impl Iterator<Item = usize> + '_ {
        let (cx, cy) = Self::key(p, self.cell);
        (-1..=1).flat_map(move |dx| (-1..=1).map(move |dy| (cx + dx, cy + dy))).flat_map(move |k| {
            let start = self.cells.partition_point(|(ck, _)| *ck < k);
            self.cells[start..].iter().take_while(move |(ck, _)| *ck == k).map(|&(_, i)| i)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn min_gap(anchors: &[(f64, f64)], offsets: &[(f64, f64)]) -> f64 {
        let p: Vec<_> = anchors.iter().zip(offsets).map(|(a, o)| (a.0 + o.0, a.1 + o.1)).collect();
        let mut best = f64::MAX;
        for i in 0..p.len() {
            for j in i + 1..p.len() {
                best = best.min(((p[i].0 - p[j].0).powi(2) + (p[i].1 - p[j].1).powi(2)).sqrt());
            }
        }
        best
    }

    #[test]
    fn separates_coincident_and_close_markers() {
        let anchors = [(100.0, 100.0), (100.0, 100.0), (103.0, 101.0), (300.0, 300.0)];
        let off = declutter(&anchors, 20.0, 40.0);
        assert!(min_gap(&anchors, &off) >= 19.5, "{off:?}");
        assert_eq!(off[3], (0.0, 0.0), "a lone marker stays put");
    }

    #[test]
    fn never_moves_a_marker_further_than_the_limit() {
        let anchors: Vec<_> = (0..50).map(|i| (200.0 + (i % 3) as f64, 200.0 + (i / 3) as f64)).collect();
        let off = declutter(&anchors, 20.0, 30.0);
        for o in off {
            assert!((o.0 * o.0 + o.1 * o.1).sqrt() <= 30.0 + 1e-9);
        }
    }

    #[test]
    fn is_deterministic() {
        let anchors = [(1.0, 1.0), (1.5, 1.0), (2.0, 1.2)];
        assert_eq!(declutter(&anchors, 10.0, 20.0), declutter(&anchors, 10.0, 20.0));
    }

    #[test]
    fn markers_at_the_edge_stay_inside_the_bounds() {
        // A cluster on the box's right edge: pushed apart, but none out of the box.
        let anchors = [(100.0, 50.0), (100.0, 51.0), (99.0, 50.0), (98.0, 52.0)];
        let bounds = (0.0, 0.0, 100.0, 100.0);
        let off = declutter_in(&anchors, 20.0, 40.0, bounds);
        for (a, o) in anchors.iter().zip(&off) {
            let (x, y) = (a.0 + o.0, a.1 + o.1);
            assert!((0.0..=100.0).contains(&x) && (0.0..=100.0).contains(&y), "{x} {y}");
        }
        assert!(min_gap(&anchors, &off) >= 19.5, "{off:?}");
        let free = declutter(&anchors, 20.0, 40.0);
        assert!(free.iter().zip(&anchors).any(|(o, a)| a.0 + o.0 > 100.0), "without bounds one would leave: {free:?}");
    }
}
