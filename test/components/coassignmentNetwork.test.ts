// The department projection on a circle.
import {JSDOM, VirtualConsole} from "jsdom";
import {describe, expect, test} from "vitest";
import {coassignmentNetwork} from "../../src/components/coassignmentNetwork.js";
import {chartSvg} from "../../src/components/exportChart.js";
import {textWidth} from "../../src/components/labels.js";
import {projection} from "../../src/lib/network.js";
import {orderMatrix} from "../../src/lib/ordering.js";
import {YANAN} from "../plan.js";
import {COUNTIES, FDRC, FIXTURE, fire, MARKET, newDocument, recordingDocument} from "./fixture.js";

const document = newDocument();
const edges = (svg: Element) => [...svg.querySelectorAll("g[aria-label='edges'] path")];
const nodes = (svg: Element) => [...svg.querySelectorAll("g[aria-label='departments'] > g")];

describe("coassignmentNetwork", () => {
  test("places the departments on a circle in the similarity ordering, one edge per pair sharing items", () => {
    const svg = coassignmentNetwork(FIXTURE, {document, width: 500});
    expect(svg.getAttribute("data-view")).toBe("coassignment");
    const names = nodes(svg).map((g) => g.getAttribute("data-department"));
    expect(names).toEqual(orderMatrix(FIXTURE, "similarity").rows);
    expect(names).not.toContain(COUNTIES); // implicit roles stay out of the projection
    const radii = nodes(svg).map((g) => {
      const c = g.querySelector("circle")!;
      return Math.hypot(Number(c.getAttribute("cx")), Number(c.getAttribute("cy")));
    });
    for (const r of radii) expect(r).toBeCloseTo(radii[0], 0);
    expect(edges(svg)).toHaveLength(6);
    expect(svg.outerHTML).toMatchSnapshot();
  });

  test("draws edges as wide as their weight, with the shared items in their titles", () => {
    const svg = coassignmentNetwork(FIXTURE, {document, width: 500});
    const heavy = edges(svg).filter((p) => p.getAttribute("data-weight") === "2");
    expect(heavy.map((p) => p.getAttribute("stroke-width"))).toEqual(["2.1", "2.1"]);
    expect(
      edges(svg)
        .filter((p) => p.getAttribute("data-weight") === "1")
        .map((p) => p.getAttribute("stroke-width"))
    ).toEqual(["1.3", "1.3", "1.3", "1.3"]);
    expect(heavy.map((p) => p.querySelector("title")!.textContent).sort()).toEqual([
      "市发改委 — 市市场监管局: 2 items (T2, T4)",
      "市市场监管局 — 市商务局: 2 items (A1.2, T4)"
    ]);
    // Heavier edges are drawn last, on top.
    expect(edges(svg).slice(-2)).toEqual(heavy);
  });

  test("a threshold removes the lighter edges but keeps every department in its place", () => {
    const all = coassignmentNetwork(FIXTURE, {document, width: 500});
    const svg = coassignmentNetwork(FIXTURE, {threshold: 2, document, width: 500});
    expect(edges(svg)).toHaveLength(2);
    expect(edges(svg).every((p) => Number(p.getAttribute("data-weight")) >= 2)).toBe(true);
    const circles = (s: Element) => nodes(s).map((g) => g.querySelector("circle")!.outerHTML);
    expect(circles(svg)).toEqual(circles(all));
    expect(
      coassignmentNetwork(FIXTURE, {threshold: 3, document}).querySelectorAll("g[aria-label='edges'] path")
    ).toHaveLength(0);
  });

  test("labels departments in Chinese outside the circle, readable on both sides, English in tooltips", () => {
    const svg = coassignmentNetwork(FIXTURE, {document, width: 500});
    const texts = nodes(svg).map((g) => g.querySelector("text")!);
    expect(texts.map((t) => t.textContent)).toEqual(
      orderMatrix(FIXTURE, "similarity").rows.map((d) => FIXTURE.departments.find((x) => x.name === d)!.shortName)
    );
    // Labels on the left half are flipped and anchored at their end.
    const flipped = texts.filter((t) => t.getAttribute("transform")!.endsWith("rotate(180)"));
    expect(flipped.length).toBeGreaterThan(0);
    expect(flipped.every((t) => t.getAttribute("text-anchor") === "end")).toBe(true);
    expect(Number(svg.getAttribute("font-size"))).toBeGreaterThanOrEqual(11);
    const fdrc = nodes(svg).find((g) => g.getAttribute("data-department") === FDRC)!;
    expect(fdrc.querySelector("title")!.textContent).toBe(
      "市发改委 · 市发展和改革委员会 · Municipal Development and Reform Commission\n4 partners 协作部门, 5 shared items 共担条目"
    );
    // Node size grows with weighted degree: 市场监管局 (2 + 2 + … = 4) against 市财政局 (2).
    const r = (name: string) =>
      Number(
        nodes(svg)
          .find((g) => g.getAttribute("data-department") === name)!
          .querySelector("circle")!
          .getAttribute("r")
      );
    expect(r(FDRC)).toBeGreaterThan(r("市财政局"));
    expect(r(MARKET)).toBeGreaterThan(r("市财政局"));
  });

  test("highlights a department's edges and partners, statically or on hover", () => {
    const svg = coassignmentNetwork(FIXTURE, {document, highlight: {department: "市财政局"}});
    const lit = () =>
      edges(svg)
        .filter((p) => p.getAttribute("opacity") === null)
        .map((p) => p.querySelector("title")!.textContent!.split(":")[0]);
    expect(lit()).toEqual(["市发改委 — 市财政局", "市科技局 — 市财政局"]);
    const faded = nodes(svg)
      .filter((g) => g.getAttribute("opacity") === "0.3")
      .map((g) => g.getAttribute("data-department"));
    expect(faded.sort()).toEqual([MARKET, "市商务局"].sort());
    const market = nodes(svg).find((g) => g.getAttribute("data-department") === MARKET)!;
    fire(market, "mouseenter");
    expect(lit()).toEqual(["市发改委 — 市市场监管局", "市市场监管局 — 市商务局"]);
    expect(market.getAttribute("font-weight")).toBe("bold");
    fire(market, "mouseleave");
    expect(lit()).toEqual(["市发改委 — 市财政局", "市科技局 — 市财政局"]);
  });

  test("renders the Yan'an plan", () => {
    const svg = coassignmentNetwork(YANAN, {document});
    expect(edges(svg)).toHaveLength(projection(YANAN).length);
    expect(nodes(svg)).toHaveLength(orderMatrix(YANAN, "similarity").rows.length);
    const strong = coassignmentNetwork(YANAN, {threshold: 3, document});
    expect(edges(strong)).toHaveLength(projection(YANAN).filter((e) => e.weight >= 3).length);
  });
});

describe("coassignmentNetwork on canvas", () => {
  // jsdom has no 2D context (a quiet console: it reports each getContext): the canvas draws nothing, the rest is built.
  const quiet = () => new JSDOM("", {virtualConsole: new VirtualConsole()}).window.document as unknown as Document;
  const exported = (svg: Element, selector: string) => {
    const text = chartSvg(svg, {title: "T", source: "S", made: "M"});
    const parsed = new new JSDOM("").window.DOMParser().parseFromString(text, "image/svg+xml");
    return [...parsed.querySelectorAll(selector)].map((e) => e.outerHTML.replace(/ xmlns="[^"]*"/g, ""));
  };

  test("auto draws the edges on canvas above canvasThreshold edges, the nodes in SVG as before", () => {
    const doc = quiet();
    const small = coassignmentNetwork(YANAN, {document: doc});
    expect(small.querySelector("foreignObject")).toBeNull();
    const large = coassignmentNetwork(YANAN, {canvasThreshold: 10, document: doc});
    expect(large.querySelector("g[aria-label='edges'] > foreignObject[data-canvas-layer] canvas")).not.toBeNull();
    expect(edges(large)).toHaveLength(0);
    expect(nodes(large).map((g) => g.outerHTML)).toEqual(nodes(small).map((g) => g.outerHTML));
    // Its export draws the same edges as the SVG view's, each with its tooltip.
    const paths = "g[aria-label='edges'] path";
    expect(exported(large, paths)).toHaveLength(projection(YANAN).length);
    expect(exported(large, paths)).toEqual(exported(small, paths));
  });

  test("a hover changes no element; the focus is drawn above the nodes and exported as a veil and copies", () => {
    const doc = quiet();
    const svg = coassignmentNetwork(FIXTURE, {renderer: "canvas", highlight: {department: "市财政局"}, document: doc});
    expect(svg.lastElementChild!.matches("foreignObject[data-canvas-layer][data-focus-layer]")).toBe(true);
    expect(svg.lastElementChild!.getAttribute("pointer-events")).toBe("none");
    const focus = () => ({
      veil: exported(svg, "g[aria-label='focus'] rect[data-veil]").length,
      edges: exported(svg, "g[aria-label='focus'] path").map((p) => p.match(/data-focus-source="([^"]*)"/)![1]),
      nodes: exported(svg, "g[aria-label='focus'] > g[data-focus-department]").map(
        (g) => g.match(/data-focus-department="([^"]*)"/)![1]
      )
    });
    expect(focus()).toEqual({veil: 1, edges: [FDRC, "市科学技术局"], nodes: ["市财政局", FDRC, "市科学技术局"]});
    const market = nodes(svg).find((g) => g.getAttribute("data-department") === MARKET)!;
    const before = svg.outerHTML;
    fire(market, "mouseenter");
    expect(svg.outerHTML).toBe(before);
    expect(focus().nodes.sort()).toEqual([MARKET, FDRC, "市商务局"].sort());
    fire(market, "mouseleave");
    expect(focus().nodes).toEqual(["市财政局", FDRC, "市科学技术局"]);
    const plain = coassignmentNetwork(FIXTURE, {renderer: "canvas", document: doc});
    expect(exported(plain, "g[aria-label='focus'] *")).toEqual([]);
  });

  test("on canvas a hover veils the drawing and draws the department's edges and partners' labels", () => {
    const {document: doc, calls} = recordingDocument();
    const svg = coassignmentNetwork(FIXTURE, {renderer: "canvas", document: doc});
    calls.splice(0);
    const market = nodes(svg).find((g) => g.getAttribute("data-department") === MARKET)!;
    fire(market, "mouseenter");
    const hover = calls.splice(0);
    expect(hover.filter((c) => c.startsWith("fillRect(")).map((c) => c.split(" ").at(-1))).toEqual(["white"]);
    expect(hover.filter((c) => c.startsWith("quadraticCurveTo("))).toHaveLength(2);
    const labels = hover.filter((c) => c.startsWith("fillText(")).map((c) => c.split(",")[0].slice(9));
    const svgLabels = new Map(
      nodes(svg).map((g) => [g.getAttribute("data-department"), g.querySelector("text")!.textContent])
    );
    expect(labels.sort()).toEqual([MARKET, FDRC, "市商务局"].map((d) => svgLabels.get(d)).sort());
    fire(market, "mouseleave");
    expect(calls.filter((c) => /^(fillRect|fillText|stroke)\(/.test(c))).toEqual([]);
  });
});

describe("coassignmentNetwork on a phone", () => {
  test("is drawn at the card's width, its labels cut to a fifth of it, never wider and scaled down", () => {
    const width = 292;
    const svg = coassignmentNetwork(YANAN, {document, width, language: "both"});
    expect(Number(svg.getAttribute("width"))).toBe(width);
    expect(Number(svg.getAttribute("font-size"))).toBe(10);
    const labels = nodes(svg).map((g) => g.querySelector("text")!.textContent!);
    expect(labels.length).toBeGreaterThan(20);
    for (const label of labels) expect(textWidth(label, 10)).toBeLessThanOrEqual(Math.floor(width * 0.22));
    // The full name stays in the node's tip.
    expect(labels.some((l) => l.endsWith("…"))).toBe(true);
  });
});

describe("coassignmentNetwork in English", () => {
  test("on a desktop card, is drawn at the card's width, its labels cut, never wider and scaled down", () => {
    // The card's width on a 1280 px window; whole English names asked for 1,141 px and left a small circle in blank.
    const width = 606;
    const svg = coassignmentNetwork(YANAN, {document, width, language: "en"});
    expect(Number(svg.getAttribute("width"))).toBe(width);
    expect(svg.getAttribute("viewBox")).toBe(`${-width / 2} ${-width / 2} ${width} ${width}`);
    const labels = nodes(svg).map((g) => g.querySelector("text")!.textContent!);
    for (const label of labels) expect(textWidth(label, 12)).toBeLessThanOrEqual(Math.floor(width * 0.22));
    expect(labels).toContain("Market Regulation");
  });
});
