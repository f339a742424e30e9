/**
 * legendFlow(entries, maxWidth): where the entries of a legend row go when the row may wrap, as text wraps: each
 * entry (its width, then the gap before the next) follows the one before it, and one that would end past
 * `maxWidth` starts a new row at x = 0 (unless it is the first of its row: an entry wider than the row stays,
 * alone). Widths are in pixels (estimated with textWidth in the charts).
 *
 *   legendFlow([{width: 60, gap: 18}, {width: 80, gap: 18}], 120)   // [{x: 0, row: 0}, {x: 0, row: 1}]
 */
export interface LegendEntry {
  /** The entry's width (swatch and label), in pixels. */
  width: number;
  /** The space after it, before the next entry of its row, in pixels. */
  gap: number;
}

/** Each entry's x (pixels from the row's start) and row (0, 1, …); see above. */
export function legendFlow(entries: readonly LegendEntry[], maxWidth: number = Infinity): {x: number; row: number}[] {
  let x = 0;
  let row = 0;
  return entries.map(({width, gap}) => {
    if (x > 0 && x + width > maxWidth) {
      row += 1;
      x = 0;
    }
    const place = {x, row};
    x += width + gap;
    return place;
  });
}

/** The number of rows legendFlow gives the entries (0 for none). */
export function legendRows(places: readonly {row: number}[]): number {
  return places.length ? places[places.length - 1].row + 1 : 0;
}
