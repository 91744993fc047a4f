// Figures in the words both report renderers (text and markdown) use.

/** "1 experiment", "2 experiments". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A share as a whole percentage: 0.666 → "67%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A median in days: medians can be halves; "–" when there was nothing to take it of. */
export function days(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
