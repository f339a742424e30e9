// The responsibility matrix's cells of a small plan: a matrix of small cells, not bars stretched across the page.
import {describe, expect, test} from "vitest";
import {responsibilityMatrix} from "../../src/components/responsibilityMatrix.js";
import {orderMatrix} from "../../src/lib/ordering.js";
import {YANAN} from "../plan.js";
import {FIXTURE, newDocument} from "./fixture.js";

const document = newDocument();
const cellWidths = (root: Element) =>
  [...root.querySelectorAll("svg[aria-label='responsibility matrix'] g[aria-label='cell'] rect")].map((r) =>
    Number(r.getAttribute("width"))
  );
const svgWidth = (root: Element) =>
  Number(root.querySelector("svg[aria-label='responsibility matrix']")!.getAttribute("width"));

describe("responsibilityMatrix cell size", () => {
  test("a plan of a few items draws cells no wider than maxCellWidth however wide the page", () => {
    const order = orderMatrix(FIXTURE, "document", {includeImplicit: true});
    const figure = responsibilityMatrix(FIXTURE, {order, document, width: 1400});
    const widths = cellWidths(figure);
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w).toBeLessThanOrEqual(32);
    expect(svgWidth(figure)).toBeLessThan(1400);
    const narrow = responsibilityMatrix(FIXTURE, {order, document, width: 1400, maxCellWidth: 20});
    for (const w of cellWidths(narrow)) expect(w).toBeLessThanOrEqual(20);
  });
  test("a plan of many items still fills the width it is given", () => {
    const order = orderMatrix(YANAN, "document", {includeImplicit: true});
    expect(svgWidth(responsibilityMatrix(YANAN, {order, document, width: 1000}))).toBe(1000);
  });
});
