//! Shared arcs, as TopoJSON writes them: a ring is a list of arc references, each `i` for
//! arc i or `-1 - i` (`!i`) for arc i reversed.
//!
//! Shared with `build.rs`; `std` only.

/// The arc a reference names, and whether it runs backwards.
pub fn reference(r: i64) -> (usize, bool) {
    if r >= 0 {
        (r as usize, false)
    } else {
        ((!r) as usize, true)
    }
}

/// Stitches the referenced arcs into one ring; each arc after the first repeats the
/// previous arc's last point, which is dropped. `None` if a reference is out of range.
pub fn stitch<T: Copy>(refs: impl IntoIterator<Item = i64>, arcs: &[Vec<T>]) -> Option<Vec<T>> {
    let mut out = Vec::new();
    for r in refs {
        let (idx, reversed) = reference(r);
        let arc = arcs.get(idx)?;
        let skip = usize::from(!out.is_empty());
        if reversed {
            out.extend(arc.iter().rev().skip(skip));
        } else {
            out.extend(arc.iter().skip(skip));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_name_arcs_forwards_and_backwards() {
        assert_eq!(reference(0), (0, false));
        assert_eq!(reference(3), (3, false));
        assert_eq!(reference(-1), (0, true));
        assert_eq!(reference(-4), (3, true));
    }

    #[test]
    fn stitching_drops_the_shared_points_and_rejects_missing_arcs() {
        let arcs = vec![vec![1, 2, 3], vec![3, 4, 5]];
        assert_eq!(stitch([0, 1], &arcs), Some(vec![1, 2, 3, 4, 5]));
        assert_eq!(stitch([-2, -1], &arcs), Some(vec![5, 4, 3, 2, 1]));
        assert_eq!(stitch([0, 2], &arcs), None);
    }
}
