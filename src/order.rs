//! Sorting lists of indexes through one comparator type, so the WebAssembly carries one
//! copy of the sort routine instead of one per call site.

use std::cmp::Ordering;

/// Sorts `indexes` (stable) by `cmp`.
pub fn sort_indexes(indexes: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    indexes.sort_by(|&a, &b| cmp(a, b));
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_stably_by_the_comparator() {
        let keys = [3, 1, 2, 1];
        let mut idx = vec![0, 1, 2, 3];
        super::sort_indexes(&mut idx, &|a, b| keys[a].cmp(&keys[b]));
        assert_eq!(idx, vec![1, 3, 2, 0]);
    }
}
