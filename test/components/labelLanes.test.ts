import {describe, expect, test} from "vitest";
import {labelLanes} from "../../src/components/labelLanes.js";

describe("labelLanes", () => {
  test("labelLanes(spans) puts labels far apart in the first lane", () => {
    expect(
      labelLanes([
        {left: 0, right: 50},
        {left: 100, right: 150},
        {left: 200, right: 250}
      ])
    ).toEqual([0, 0, 0]);
  });
  test("labelLanes(spans) gives overlapping labels lanes of their own, in the order given", () => {
    expect(
      labelLanes([
        {left: 60, right: 140},
        {left: 0, right: 80},
        {left: 40, right: 120}
      ])
    ).toEqual([2, 0, 1]);
  });
  test("labelLanes(spans) reuses a lane once its last label has ended (gap included)", () => {
    expect(
      labelLanes([
        {left: 0, right: 80},
        {left: 40, right: 120},
        {left: 84, right: 160},
        {left: 124, right: 200}
      ])
    ).toEqual([0, 1, 0, 1]);
    expect(
      labelLanes(
        [
          {left: 0, right: 80},
          {left: 83, right: 100}
        ],
        {gap: 4}
      )
    ).toEqual([0, 1]);
  });
  test("labelLanes(spans) never puts two overlapping labels in one lane (random spans)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 300;
    const spans = Array.from({length: 40}, () => {
      const left = random();
      return {left, right: left + random() / 3};
    });
    const lanes = labelLanes(spans);
    for (let i = 0; i < spans.length; ++i)
      for (let j = i + 1; j < spans.length; ++j)
        if (lanes[i] === lanes[j])
          expect(spans[i].right + 4 <= spans[j].left || spans[j].right + 4 <= spans[i].left).toBe(true);
  });
  test("labelLanes([]) is []", () => {
    expect(labelLanes([])).toEqual([]);
  });
});
