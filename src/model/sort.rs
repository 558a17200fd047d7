//! A small stable sort for the few dozen items the widget sorts at a time.

/// Sorts `items` in place, stably, with `before(a, b)` true when `a` goes first. An insertion
/// sort: the widget sorts a few dozen items at a time, and this spares it the standard
/// library's sorting code, which is large in wasm.
pub fn sort_small<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
