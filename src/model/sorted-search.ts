// Binary search in a sorted list of strings (paths, days), shared by the code index, the glob
// suggestion (which must not load the index's picomatch: it runs on the path of a cached
// `hypo check`) and the report's days from an idea to its code.

/** The first position whose value is not below `value` (the length when every one is). */
export function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
