// The two-column network of departments and items, rendered in jsdom.
import {JSDOM, VirtualConsole} from "jsdom";
import {describe, expect, test} from "vitest";
import {bipartiteNetwork} from "../../src/components/bipartiteNetwork.js";
import {chartSvg} from "../../src/components/exportChart.js";
import {ROLE_COLORS} from "../../src/components/palette.js";
import type {Role} from "../../src/lib/model.js";
import {orderMatrix} from "../../src/lib/ordering.js";
import {YANAN} from "../plan.js";
import {COUNTIES, FDRC, FIXTURE, fire, MARKET, MOST, newDocument, recordingDocument} from "./fixture.js";

const document = newDocument();
const order = orderMatrix(FIXTURE, "document");
const links = (svg: Element) => [...svg.querySelectorAll("g[aria-label='links'] path")];
const departmentNodes = (svg: Element) => [...svg.querySelectorAll("g[aria-label='departments'] > g")];
const itemNodes = (svg: Element) => [...svg.querySelectorAll("g[aria-label='items'] > g")];

describe("bipartiteNetwork", () => {
  test("draws departments on the left in the order's rows, items on the right, a link per responsibility", () => {
    const svg = bipartiteNetwork(FIXTURE, {order, document});
    expect(svg.tagName).toBe("svg");
    expect(svg.getAttribute("data-view")).toBe("bipartite");
    expect(links(svg)).toHaveLength(17);
    expect(departmentNodes(svg).map((g) => g.getAttribute("data-department"))).toEqual([...order.rows, COUNTIES]);
    expect(itemNodes(svg).map((g) => g.getAttribute("data-item"))).toEqual(order.columns);
    const lefts = departmentNodes(svg).map((g) => g.getAttribute("transform")!.match(/translate\(([\d.]+),/)![1]);
    const rights = itemNodes(svg).map((g) => g.getAttribute("transform")!.match(/translate\(([\d.]+),/)![1]);
    expect(new Set(lefts).size).toBe(1);
    expect(new Set(rights).size).toBe(1);
    expect(Number(lefts[0])).toBeLessThan(Number(rights[0]));
    expect(svg.outerHTML).toMatchSnapshot();
  });

  test("styles links by role: leads thick, supports thin, joints dashed, implicit faint", () => {
    const svg = bipartiteNetwork(FIXTURE, {order, document});
    for (const path of links(svg)) {
      const role = path.getAttribute("data-role") as Role;
      expect(path.getAttribute("stroke")).toBe(ROLE_COLORS[role]);
      const width = path.getAttribute("stroke-width");
      const dash = path.getAttribute("stroke-dasharray");
      if (role === "lead") expect([width, dash]).toEqual(["2.5", null]);
      if (role === "support") expect([width, dash]).toEqual(["1", null]);
      if (role === "joint") expect([width, dash]).toEqual(["1.2", "4,3"]);
      if (role === "implicit") expect([width, path.getAttribute("stroke-opacity")]).toEqual(["0.5", "0.25"]);
    }
    expect(links(svg).filter((p) => p.getAttribute("stroke-dasharray") === "4,3")).toHaveLength(4);
    // Leads are drawn last, on top.
    expect(links(svg).at(-1)!.getAttribute("data-role")).toBe("lead");
    expect([...svg.querySelectorAll("g[aria-label='legend'] text")].map((t) => t.textContent)).toEqual([
      "牵头 lead",
      "配合 support",
      "共同 joint",
      "默认 implicit"
    ]);
  });

  test("sizes nodes by degree and labels them in Chinese, with English glosses and item titles in tooltips", () => {
    const svg = bipartiteNetwork(FIXTURE, {order, document});
    const r = (g: Element) => Number(g.querySelector("circle")!.getAttribute("r"));
    const byName = new Map(departmentNodes(svg).map((g) => [g.getAttribute("data-department"), g]));
    expect(r(byName.get(COUNTIES)!)).toBeGreaterThan(r(byName.get(MOST)!)); // 5 links against 2
    expect(r(byName.get(FDRC)!)).toBe(r(byName.get(MARKET)!)); // 3 and 3
    const fdrc = byName.get(FDRC)!;
    expect(fdrc.querySelector("text")!.textContent).toBe("市发改委");
    expect(fdrc.querySelector(":scope > title")!.textContent).toBe(
      "市发改委 · 市发展和改革委员会 · Municipal Development and Reform Commission\n3 items 条: 1 牵头 lead, 1 配合 support, 1 共同 joint"
    );
    const t1 = itemNodes(svg)[0];
    expect(t1.querySelector("text")!.textContent).toBe("T1 甲任务");
    expect(t1.querySelector("title")!.textContent).toBe(
      "T1 甲任务\n市发改委 (牵头 lead), 市科技局 (配合 support), 市财政局 (配合 support)"
    );
    const t5 = itemNodes(svg).at(-1)!;
    expect(Number(t5.querySelector("circle")!.getAttribute("r"))).toBeGreaterThan(0);
    for (const text of svg.querySelectorAll("text")) {
      const size = Number(text.closest("[font-size]")!.getAttribute("font-size"));
      expect(size).toBeGreaterThanOrEqual(11);
    }
  });

  test("hides implicit roles when showImplicit is false", () => {
    const svg = bipartiteNetwork(FIXTURE, {order, showImplicit: false, document});
    expect(links(svg)).toHaveLength(12);
    expect(links(svg).some((p) => p.getAttribute("data-role") === "implicit")).toBe(false);
    expect(departmentNodes(svg).map((g) => g.getAttribute("data-department"))).toEqual(order.rows);
    expect(itemNodes(svg)).toHaveLength(7); // T5, without a department, stays
  });

  // What is in focus: drawn again above the veil (copies, their data-* named data-focus-*); the rest is veiled.
  const veiled = (svg: Element) => (svg.querySelector("rect[data-veil]") as SVGElement).style.display !== "none";
  const litLinks = (svg: Element) =>
    [...svg.querySelectorAll("g[aria-label='focus'] path")].map((p) => p.getAttribute("data-focus-item"));
  const litNodes = (svg: Element, key: "department" | "item") =>
    [...svg.querySelectorAll(`g[aria-label='focus'] > g[data-focus-${key}]`)].map((g) =>
      g.getAttribute(`data-focus-${key}`)
    );

  test("the highlight option fades everything but the node, its links and neighbours", () => {
    const svg = bipartiteNetwork(FIXTURE, {order, highlight: {department: MOST}, document});
    expect(veiled(svg)).toBe(true);
    expect(litLinks(svg)).toEqual(["T1", "A1.1"]);
    expect(litNodes(svg, "item")).toEqual(["T1", "A1.1"]);
    expect(litNodes(svg, "department")).toEqual([MOST]);
    // The drawing itself is not restyled, and its data-* stay unique.
    expect(links(svg).every((p) => p.getAttribute("opacity") === null)).toBe(true);
    expect(svg.querySelectorAll(`[data-department="${MOST}"]`)).toHaveLength(1 + 2);
    expect(svg.querySelector("g[aria-label='focus'] > g")!.getAttribute("font-weight")).toBe("bold");
    expect(svg.outerHTML).toMatchSnapshot();
  });

  test("hovering a node focuses it; leaving restores the highlight", () => {
    const svg = bipartiteNetwork(FIXTURE, {order, highlight: {item: "T3"}, document});
    expect(litLinks(svg)).toEqual(["T3", "T3"]);
    const t1 = itemNodes(svg).find((g) => g.getAttribute("data-item") === "T1")!;
    fire(t1, "mouseenter");
    expect(litLinks(svg)).toEqual(["T1", "T1", "T1"]);
    const copy = svg.querySelector("g[aria-label='focus'] > g[data-focus-item='T1']")!;
    expect(copy.getAttribute("font-weight")).toBe("bold");
    fire(t1, "mouseleave");
    expect(litLinks(svg)).toEqual(["T3", "T3"]);
    const plain = bipartiteNetwork(FIXTURE, {order, document});
    expect(veiled(plain)).toBe(false);
    const node = departmentNodes(plain)[0];
    fire(node, "mouseenter");
    expect(veiled(plain)).toBe(true);
    expect(litLinks(plain)).toHaveLength(3);
    fire(node, "mouseleave");
    expect(veiled(plain)).toBe(false);
    expect(litLinks(plain)).toHaveLength(0);
  });

  test("renders the Yan'an plan: a link per responsibility", () => {
    const svg = bipartiteNetwork(YANAN, {order: orderMatrix(YANAN, "similarity"), document});
    expect(links(svg)).toHaveLength(YANAN.responsibilities.length);
    expect(departmentNodes(svg)).toHaveLength(YANAN.departments.length);
    expect(itemNodes(svg)).toHaveLength(YANAN.items.length);
    const explicit = bipartiteNetwork(YANAN, {order: orderMatrix(YANAN, "document"), showImplicit: false, document});
    expect(links(explicit)).toHaveLength(YANAN.responsibilities.filter((r) => r.role !== "implicit").length);
  });
});

describe("bipartiteNetwork on canvas", () => {
  // jsdom has no 2D context (a quiet console: it reports each getContext): the canvas draws nothing, the rest is built.
  const quiet = () => new JSDOM("", {virtualConsole: new VirtualConsole()}).window.document as unknown as Document;
  const yanan = orderMatrix(YANAN, "similarity");
  const exportedLinks = (svg: Element) => {
    const text = chartSvg(svg, {title: "T", source: "S", made: "M"});
    const parsed = new new JSDOM("").window.DOMParser().parseFromString(text, "image/svg+xml");
    return [...parsed.querySelectorAll("g[aria-label='links'] path")].map((p) =>
      p.outerHTML.replace(/ xmlns="[^"]*"/, "")
    );
  };

  test("auto draws the links on canvas above canvasThreshold links, the nodes in SVG as before", () => {
    const doc = quiet();
    const small = bipartiteNetwork(YANAN, {order: yanan, document: doc});
    expect(small.querySelector("foreignObject")).toBeNull();
    const large = bipartiteNetwork(YANAN, {order: yanan, canvasThreshold: 100, document: doc});
    expect(large.querySelector("g[aria-label='links'] > foreignObject[data-canvas-layer] canvas")).not.toBeNull();
    expect(links(large)).toHaveLength(0);
    expect(departmentNodes(large).map((g) => g.outerHTML)).toEqual(departmentNodes(small).map((g) => g.outerHTML));
    expect(itemNodes(large).map((g) => g.outerHTML)).toEqual(itemNodes(small).map((g) => g.outerHTML));
  });

  test("its export draws the same links as the SVG view's, each with its tooltip", () => {
    const doc = quiet();
    const svg = exportedLinks(bipartiteNetwork(YANAN, {order: yanan, document: doc}));
    expect(svg).toHaveLength(YANAN.responsibilities.length);
    expect(exportedLinks(bipartiteNetwork(YANAN, {order: yanan, renderer: "canvas", document: doc}))).toEqual(svg);
  });

  test("a hover and the highlight export the same focus as the SVG view's, and draw it without a DOM change", () => {
    const doc = quiet();
    const highlight = {department: FDRC};
    expect(YANAN.departments.some((d) => d.name === FDRC)).toBe(true);
    const [a, b] = (["svg", "canvas"] as const).map((renderer) =>
      bipartiteNetwork(YANAN, {order: yanan, renderer, highlight, document: doc})
    );
    // On canvas the veil and the focus are a canvas layer above the nodes: no veil, no focus group in the drawing.
    expect(b.querySelector("rect[data-veil], g[aria-label='focus']")).toBeNull();
    expect(b.lastElementChild!.matches("foreignObject[data-canvas-layer][data-focus-layer]")).toBe(true);
    expect(b.lastElementChild!.getAttribute("pointer-events")).toBe("none");
    // Its export is the SVG view's veil and focus, copy for copy.
    const exported = (svg: Element, selector: string) => {
      const text = chartSvg(svg, {title: "T", source: "S", made: "M"});
      const parsed = new new JSDOM("").window.DOMParser().parseFromString(text, "image/svg+xml");
      return [...parsed.querySelectorAll(selector)].map((e) => e.outerHTML.replace(/ xmlns="[^"]*"/g, ""));
    };
    const focusAndVeil = "rect[data-veil], g[aria-label='focus']";
    expect(exported(b, focusAndVeil)).toEqual(exported(a, focusAndVeil));
    expect(exported(b, "g[aria-label='focus'] path").length).toBeGreaterThan(0);
    const node = (svg: Element) => svg.querySelector("g[aria-label='items'] > g[data-item='T3']")!;
    const before = b.outerHTML;
    fire(node(a), "mouseenter");
    fire(node(b), "mouseenter");
    expect(b.outerHTML).toBe(before);
    expect(exported(b, focusAndVeil)).toEqual(exported(a, focusAndVeil));
    fire(node(a), "mouseleave");
    fire(node(b), "mouseleave");
    expect(exported(b, focusAndVeil)).toEqual(exported(a, focusAndVeil));
  });

  test("on canvas a hover veils the drawing and draws the node's links and neighbours, leaving draws nothing", () => {
    const {document: doc, calls} = recordingDocument();
    const svg = bipartiteNetwork(FIXTURE, {order, renderer: "canvas", document: doc});
    const drawn = () => calls.splice(0);
    drawn();
    const most = departmentNodes(svg).find((g) => g.getAttribute("data-department") === MOST)!;
    fire(most, "mouseenter");
    const hover = drawn();
    // The veil (the page's colour, translucent) over the whole tile, then MOST's two links, then the nodes near.
    expect(hover.filter((c) => c.startsWith("fillRect(")).map((c) => c.split(" ").at(-1))).toEqual(["white"]);
    expect(hover.filter((c) => c.startsWith("bezierCurveTo("))).toHaveLength(2);
    // The labels of the nodes the SVG view draws again above its veil, in the same order.
    const plain = bipartiteNetwork(FIXTURE, {order, highlight: {department: MOST}, document});
    const labels = [...plain.querySelectorAll("g[aria-label='focus'] text")].map((t) => `fillText(${t.textContent}`);
    expect(labels).toEqual(["fillText(市科技局", "fillText(T1 甲任务", "fillText(A1.1 开展甲行动"]);
    expect(hover.filter((c) => c.startsWith("fillText(")).map((c) => c.split(",")[0])).toEqual(labels);
    fire(most, "mouseleave");
    const left = drawn();
    expect(left.some((c) => c.startsWith("clearRect("))).toBe(true);
    expect(left.filter((c) => /^(fillRect|fillText|stroke)\(/.test(c))).toEqual([]);
  });
});
