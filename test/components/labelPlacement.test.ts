// Which labels of a drawing show: the most important first, each only where it meets no label already shown.
import {describe, expect, test} from "vitest";
import {placeLabels} from "../../src/components/labelPlacement.js";

describe("placeLabels", () => {
  test("shows the first of two overlapping labels and leaves the second for the hover", () => {
    expect(
      placeLabels([
        {x: 0, y: 0, width: 40, height: 12},
        {x: 10, y: 4, width: 40, height: 12}
      ])
    ).toEqual([true, false]);
  });

  test("the order given decides which of two overlapping labels shows", () => {
    const a = {x: 0, y: 0, width: 40, height: 12};
    const b = {x: 30, y: 0, width: 40, height: 12};
    expect(placeLabels([b, a])).toEqual([true, false]);
  });

  test("shows labels side by side or one under another that keep the gap between them", () => {
    const boxes = [
      {x: 0, y: 0, width: 40, height: 12},
      {x: 42, y: 0, width: 40, height: 12},
      {x: 0, y: 14, width: 40, height: 12}
    ];
    expect(placeLabels(boxes, {gap: 2})).toEqual([true, true, true]);
    expect(placeLabels(boxes, {gap: 3})).toEqual([true, false, false]);
  });

  test("a label hidden for an overlap does not hide the labels after it", () => {
    expect(
      placeLabels([
        {x: 0, y: 0, width: 40, height: 12},
        {x: 20, y: 0, width: 40, height: 12},
        {x: 45, y: 0, width: 40, height: 12}
      ])
    ).toEqual([true, false, true]);
  });

  test("hides a label that would reach past the bounds", () => {
    const bounds = {x: 0, y: 0, width: 100, height: 50};
    expect(
      placeLabels(
        [
          {x: 70, y: 0, width: 40, height: 12},
          {x: 10, y: 40, width: 40, height: 12},
          {x: 10, y: 10, width: 40, height: 12}
        ],
        {bounds}
      )
    ).toEqual([false, false, true]);
  });
});
