#pragma once
/// Putting in order what is nearly always in order already: a log is written in date order, so its
/// workouts and niggles are sorted once they are read, and a stable sort of them would only move
/// every one.

#include <algorithm>

namespace recover {

/// `std::stable_sort` of [first, last) by `before`, after one look that finds it unsorted.
template <class Iterator, class Before>
void stable_sort_unsorted(Iterator first, Iterator last, Before before) {
    if (!std::is_sorted(first, last, before)) std::stable_sort(first, last, before);
}

/// `stable_sort_unsorted` of all of `range`.
template <class Range, class Before>
void stable_sort_unsorted(Range& range, Before before) {
    stable_sort_unsorted(std::begin(range), std::end(range), before);
}

} // namespace recover
