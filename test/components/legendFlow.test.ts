// Where a legend's entries go when its row may wrap.
import {describe, expect, test} from "vitest";
import {legendFlow, legendRows} from "../../src/components/legendFlow.js";

describe("legendFlow", () => {
  test("legendFlow(entries) puts every entry on one row, each after the one before and its gap", () => {
    expect(
      legendFlow([
        {width: 50, gap: 10},
        {width: 30, gap: 5},
        {width: 20, gap: 0}
      ])
    ).toEqual([
      {x: 0, row: 0},
      {x: 60, row: 0},
      {x: 95, row: 0}
    ]);
  });

  test("legendFlow(entries, maxWidth) starts a new row at 0 for an entry that would end past maxWidth", () => {
    const places = legendFlow(
      [
        {width: 50, gap: 10},
        {width: 50, gap: 10},
        {width: 50, gap: 10},
        {width: 10, gap: 10}
      ],
      120
    );
    expect(places).toEqual([
      {x: 0, row: 0},
      {x: 60, row: 0},
      {x: 0, row: 1},
      {x: 60, row: 1}
    ]);
    expect(legendRows(places)).toBe(2);
  });

  test("legendFlow(entries, maxWidth) keeps an entry wider than the row alone on its row", () => {
    expect(
      legendFlow(
        [
          {width: 200, gap: 10},
          {width: 20, gap: 10}
        ],
        100
      )
    ).toEqual([
      {x: 0, row: 0},
      {x: 0, row: 1}
    ]);
  });

  test("legendRows(places) is 0 for no entry", () => {
    expect(legendRows(legendFlow([], 100))).toBe(0);
  });
});
