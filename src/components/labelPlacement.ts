/**
 * placeLabels(boxes, {gap}): which labels of a drawing to show so that no two shown labels overlap: labels taken in
 * the order given (most important first: the caller sorts, e.g. by a node's degree), each shown when its box keeps at
 * least `gap` pixels from every label already shown and lies within `bounds` when given; the others are left for the
 * hover. A greedy pass, O(n²) in the labels: a few hundred labels (the SVG force network's limit) in well under a
 * frame.
 *
 *   placeLabels([{x: 0, y: 0, width: 40, height: 12}, {x: 10, y: 4, width: 40, height: 12}]) → [true, false]
 *
 * boxes: each label's box in pixels (x, y: its top-left corner; width, height ≥ 0), in priority order. Returns, in
 * the same order, whether each label is shown.
 */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function placeLabels(
  boxes: readonly LabelBox[],
  {gap = 1, bounds}: {gap?: number; bounds?: LabelBox} = {}
): boolean[] {
  const shown: LabelBox[] = [];
  return boxes.map((b) => {
    if (
      bounds &&
      (b.x < bounds.x ||
        b.y < bounds.y ||
        b.x + b.width > bounds.x + bounds.width ||
        b.y + b.height > bounds.y + bounds.height)
    )
      return false;
    const free = shown.every(
      (s) =>
        b.x + b.width + gap <= s.x ||
        s.x + s.width + gap <= b.x ||
        b.y + b.height + gap <= s.y ||
        s.y + s.height + gap <= b.y
    );
    if (free) shown.push(b);
    return free;
  });
}
