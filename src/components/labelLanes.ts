/**
 * labelLanes(spans, {gap}): the lane of each label of a row of dots, so that no two labels of a lane overlap:
 * labels taken from left to right, each in the first lane, in order of preference (0 above the dots, 1 below, 2
 * above that, 3 below that …), whose last label ends at least `gap` pixels before this one begins. A greedy
 * interval packing: few lanes where labels are far apart (one above, one below), as many as labels that overlap
 * where plans were issued weeks apart.
 *
 *   labelLanes([{left: 0, right: 80}, {left: 40, right: 120}, {left: 60, right: 140}]) → [0, 1, 2]
 *
 * spans: each label's horizontal extent in pixels (left ≤ right), in any order; returns the lanes in that order.
 */
export function labelLanes(spans: readonly {left: number; right: number}[], {gap = 4} = {}): number[] {
  const lanes: number[] = new Array(spans.length);
  const ends: number[] = [];
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].left - spans[b].left || a - b);
  for (const i of order) {
    let lane = ends.findIndex((end) => end + gap <= spans[i].left);
    if (lane < 0) lane = ends.length;
    ends[lane] = spans[i].right;
    lanes[i] = lane;
  }
  return lanes;
}
