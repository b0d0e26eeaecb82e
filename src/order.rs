//! Sorting lists of indexes through one comparator type, so the WebAssembly carries one
//! copy of the sort routine instead of one per call site.

use std::cmp::Ordering;

/// Sorts `indexes` (stable) by `cmp`.
pub fn sort_indexes(indexes: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    indexes.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts `items` (stable) by `cmp`, through [`sort_indexes`]: the call site adds only a
/// permutation, not another copy of the sort routine.
pub fn sort_items<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indexes(&mut order, &|a, b| cmp(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

/// Sorts `items` in their natural order and drops repeats.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_items(items, &|a, b| a.cmp(b));
    items.dedup();
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

    #[test]
    fn sorts_items_stably_and_dedups() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
        super::sort_items(&mut items, &|a, b| a.0.cmp(&b.0));
        assert_eq!(items, vec![(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
        let mut codes = vec!["kz", "tr", "kz", "cn", "tr"];
        super::sort_dedup(&mut codes);
        assert_eq!(codes, vec!["cn", "kz", "tr"]);
    }
}
