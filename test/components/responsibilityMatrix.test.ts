// The responsibility matrix, rendered in jsdom on the fixture plan and on the Yan'an plan.
import {JSDOM, VirtualConsole} from "jsdom";
import {describe, expect, test} from "vitest";
import {chartSvg} from "../../src/components/exportChart.js";
import {type MatrixElement, responsibilityMatrix} from "../../src/components/responsibilityMatrix.js";
import {chapterColor, ROLE_COLORS} from "../../src/components/palette.js";
import type {Role} from "../../src/lib/model.js";
import {orderMatrix} from "../../src/lib/ordering.js";
import {YANAN} from "../plan.js";
import {syntheticModel} from "../../bench/synthetic.js";
import {COUNTIES, FDRC, FIXTURE, MOST, newDocument} from "./fixture.js";

const document = newDocument();
const plot = (root: Element) =>
  [...root.querySelectorAll("svg")].find((s) => s.getAttribute("aria-label") === "responsibility matrix")!;
const cells = (root: Element) => [...plot(root).querySelectorAll("g[aria-label='cell'] rect")];
const rowLabels = (root: Element) =>
  [...plot(root).querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.firstChild!.textContent);

describe("responsibilityMatrix", () => {
  test("labels the item axis with the id and the title's first characters by default", () => {
    const figure = responsibilityMatrix(FIXTURE, {order, document});
    const ticks = [...plot(figure).querySelectorAll("g[aria-label='x-axis tick label'] text")];
    expect(ticks.map((t) => t.firstChild!.textContent)[0]).toBe("T1 甲任务");
  });

  test("moves a cursor with the arrow keys, reads each position, and selects it with Enter", () => {
    const figure = responsibilityMatrix(FIXTURE, {order, document});
    const svg = plot(figure);
    expect(svg.getAttribute("tabindex")).toBe("0");
    const key = (k: string) => svg.dispatchEvent(new document.defaultView!.KeyboardEvent("keydown", {key: k}));
    svg.dispatchEvent(new document.defaultView!.FocusEvent("focus"));
    const cursor = svg.querySelector("rect[data-cursor]")!;
    const live = figure.querySelector("[data-matrix-cursor]")!;
    expect([cursor.getAttribute("data-department"), cursor.getAttribute("data-item")]).toEqual([
      "市发展和改革委员会",
      "T1"
    ]);
    expect(live.textContent).toMatch(/^T1 甲任务 · 市发改委 · /);
    key("ArrowDown");
    key("End");
    expect([cursor.getAttribute("data-department"), cursor.getAttribute("data-item")]).toEqual(["市科学技术局", "T5"]);
    key("PageDown");
    key("Home");
    expect(cursor.getAttribute("data-item")).toBe("T1");
    let clicked: unknown = null;
    figure.addEventListener("click", () => (clicked = (figure as unknown as {value: unknown}).value));
    key("Enter");
    expect(clicked).toMatchObject({item: "T1", department: "各县(市、区)人民政府"});
  });

  const order = orderMatrix(FIXTURE, "document");

  test("draws one cell per responsibility, coloured by role, with a role legend", () => {
    const figure = responsibilityMatrix(FIXTURE, {order, document});
    expect(figure.getAttribute("data-view")).toBe("matrix");
    expect(plot(figure)).toBeDefined();
    const rects = cells(figure);
    expect(rects).toHaveLength(FIXTURE.responsibilities.length);
    expect(rects).toHaveLength(17);
    for (const rect of rects) {
      expect(rect.getAttribute("fill")).toBe(ROLE_COLORS[rect.getAttribute("data-role") as Role]);
    }
    const t1 = rects.filter((r) => r.getAttribute("data-item") === "T1").map((r) => r.getAttribute("data-role"));
    expect(t1).toEqual(["lead", "support", "support"]);
    expect([...figure.querySelectorAll("span[class$='-swatch']")].map((s) => s.textContent)).toEqual([
      "牵头 lead",
      "配合 support",
      "共同 joint",
      "默认 implicit"
    ]);
  });

  test("labels rows by short name, in the order's rows, with the Chinese name and English gloss in tooltips", () => {
    const figure = responsibilityMatrix(FIXTURE, {order, document});
    // The order was computed without implicit roles: the county governments, shown, are added at the bottom.
    expect(rowLabels(figure)).toEqual([
      "市发改委",
      "市科技局",
      "市财政局",
      "市市场监管局",
      "市商务局",
      "各县(市、区)政府"
    ]);
    const titles = [...plot(figure).querySelectorAll("g[aria-label='y-axis tick label'] title")].map(
      (t) => t.textContent
    );
    expect(titles[0]).toBe("市发改委 · 市发展和改革委员会 · Municipal Development and Reform Commission");
    expect(titles[2]).toBe("市财政局 · Municipal Finance Bureau");
    const font = Number(plot(figure).querySelector("g[aria-label='y-axis tick label']")!.getAttribute("font-size"));
    expect(font).toBeGreaterThanOrEqual(11);
  });

  test("rotates item ids and labels chapters and 专栏 in document order", () => {
    const figure = responsibilityMatrix(FIXTURE, {order, document, itemLabels: "id"});
    const ticks = [...plot(figure).querySelectorAll("g[aria-label='x-axis tick label'] text")];
    expect(ticks.map((t) => t.firstChild!.textContent)).toEqual(["T1", "T2", "A1.1", "A1.2", "T3", "T4", "T5"]);
    expect(ticks.every((t) => t.getAttribute("transform")!.includes("rotate(-90)"))).toBe(true);
    expect(ticks[0].querySelector("title")!.textContent).toBe("T1 甲任务");
    const groups = [...plot(figure).querySelectorAll("g[aria-label='column groups'] text")];
    expect(groups.map((t) => t.firstChild!.textContent)).toEqual(["一、产业", "二、保障", "专栏1"]);
    expect(groups.map((t) => t.querySelector("title")!.textContent)).toEqual([
      "一、产业",
      "二、保障",
      "专栏1 质量行动"
    ]);
    const strip = [...plot(figure).querySelectorAll("g[aria-label='chapter strip'] rect")].map((r) =>
      r.getAttribute("fill")
    );
    expect(strip).toEqual([1, 1, 1, 1, 2, 2, 2].map(chapterColor));
    // One rule between the two chapters.
    expect(plot(figure).querySelectorAll("g[aria-label='group separators'] line[stroke='#888']")).toHaveLength(1);
    expect(figure.outerHTML).toMatchSnapshot();
  });

  test("in another order, columns keep only the chapter strip", () => {
    const similarity = orderMatrix(FIXTURE, "similarity");
    const figure = responsibilityMatrix(FIXTURE, {order: similarity, document});
    expect(plot(figure).querySelector("g[aria-label='column groups']")).toBeNull();
    const strip = [...plot(figure).querySelectorAll("g[aria-label='chapter strip'] rect")];
    expect(strip.map((r) => r.getAttribute("data-item"))).toEqual(similarity.columns);
    expect(strip.map((r) => r.getAttribute("fill"))).toEqual(
      similarity.columns.map((id) => chapterColor(FIXTURE.items.find((i) => i.id === id)!.chapter))
    );
    expect(rowLabels(figure).slice(0, 5)).toEqual(
      similarity.rows.map((d) => FIXTURE.departments.find((x) => x.name === d)!.shortName)
    );
  });

  test("hides implicit roles, and the departments left without a cell, when showImplicit is false", () => {
    const figure = responsibilityMatrix(FIXTURE, {order, showImplicit: false, document});
    const rects = cells(figure);
    expect(rects).toHaveLength(12);
    expect(rects.some((r) => r.getAttribute("data-role") === "implicit")).toBe(false);
    expect(rects.some((r) => r.getAttribute("data-department") === COUNTIES)).toBe(false);
    expect(rowLabels(figure)).not.toContain("各县(市、区)政府");
    expect([...figure.querySelectorAll("span[class$='-swatch']")].map((s) => s.textContent)).not.toContain(
      "默认 implicit"
    );
  });

  test("fades the other rows and outlines the highlighted department", () => {
    const figure = responsibilityMatrix(FIXTURE, {order, highlight: {department: MOST}, document});
    for (const rect of cells(figure)) {
      const lit = rect.getAttribute("data-department") === MOST;
      expect(rect.getAttribute("fill-opacity")).toBe(lit ? "1" : "0.25");
    }
    const outline = plot(figure).querySelectorAll("g[aria-label='highlight'] rect");
    expect(outline).toHaveLength(1);
    expect(outline[0].getAttribute("data-department")).toBe(MOST);
    expect(figure.outerHTML).toMatchSnapshot();
  });

  test("fades the other columns and outlines the highlighted item", () => {
    const figure = responsibilityMatrix(FIXTURE, {order, highlight: {item: "T4"}, document});
    const lit = cells(figure).filter((r) => r.getAttribute("fill-opacity") === "1");
    expect(lit.map((r) => r.getAttribute("data-department"))).toEqual(["市商务局", FDRC, "市市场监督管理局", COUNTIES]);
    expect(plot(figure).querySelector("g[aria-label='highlight'] rect")!.getAttribute("data-item")).toBe("T4");
  });

  test("puts the item, the department in Chinese and English, the role and the clause in each cell's tip", async () => {
    const doc = newDocument();
    const view = doc.defaultView! as unknown as typeof globalThis;
    // jsdom has no layout: Plot's tip measures its text with getBBox once shown.
    (view.SVGElement.prototype as SVGGraphicsElement).getBBox = () => ({x: 0, y: 0, width: 200, height: 60}) as DOMRect;
    const figure = responsibilityMatrix(FIXTURE, {order, document: doc});
    doc.body.append(figure);
    const svg = plot(figure);
    const rect = cells(figure).find(
      (r) => r.getAttribute("data-item") === "T4" && r.getAttribute("data-role") === "support"
    )!;
    const [x, y] = [Number(rect.getAttribute("x")) + 4, Number(rect.getAttribute("y")) + 4];
    // Plot's pointer reads clientX/Y relative to the svg's bounding box, which jsdom puts at 0, 0.
    svg.dispatchEvent(new view.MouseEvent("pointerenter", {clientX: x, clientY: y}));
    svg.dispatchEvent(new view.MouseEvent("pointermove", {clientX: x, clientY: y}));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const lines = figure.querySelector("[data-tip]")!.textContent!.split("\n");
    expect(lines.join(" ")).toBe(
      "T4 丁任务 市发改委 · 市发展和改革委员会 · Municipal Development and Reform Commission 职责 role: 配合 support " +
        "条款 clause: 市商务局牵头,市发改委、市市场监管局配合"
    );
  });

  test("reorder(order) moves the drawn matrix to another order: the same as drawing it in that order", () => {
    // Each element's place, by what it stands for: cells, strip, tick labels, outlines.
    const places = (root: Element) => {
      const svg = plot(root);
      const attrs = (selector: string, ...names: string[]) =>
        [...svg.querySelectorAll(selector)].map((e) => names.map((n) => e.getAttribute(n)).join(" ")).sort();
      return {
        cells: attrs("g[aria-label='cell'] rect", "data-item", "data-department", "x", "y"),
        strip: attrs("g[aria-label='chapter strip'] rect", "data-item", "x"),
        // Each tick label is placed by the <g> around it.
        columns: [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")]
          .map((t) => `${t.getAttribute("data-item")} ${t.parentElement!.getAttribute("transform")}`)
          .sort(),
        rows: [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")]
          .map((t) => `${t.getAttribute("data-department")} ${t.parentElement!.getAttribute("transform")}`)
          .sort(),
        outlines: attrs("g[aria-label='highlight'] rect", "data-item", "data-department", "x", "y"),
        groups: [...svg.querySelectorAll("g[aria-label='column groups'], g[aria-label='group separators']")].map(
          (g) => g.outerHTML
        )
      };
    };
    const similarity = orderMatrix(FIXTURE, "similarity");
    const highlight = {department: MOST, item: "T4"};
    const figure = responsibilityMatrix(FIXTURE, {order, highlight, document});
    const before = figure.outerHTML;
    const cellsBefore = cells(figure);
    figure.reorder(similarity);
    expect(places(figure)).toEqual(places(responsibilityMatrix(FIXTURE, {order: similarity, highlight, document})));
    expect(plot(figure).querySelector("g[aria-label='column groups']")).toBeNull();
    // Moved, not drawn again: the same cell elements.
    expect(cells(figure).every((c, k) => c === cellsBefore[k])).toBe(true);
    figure.reorder(order);
    expect(figure.outerHTML).toBe(before);
  });

  test("after reorder, the tip and the keyboard find cells where they now are", () => {
    const similarity = orderMatrix(FIXTURE, "similarity");
    const figure = responsibilityMatrix(FIXTURE, {order, document});
    const svg = plot(figure);
    figure.reorder(similarity);
    const rect = cells(figure).find(
      (r) => r.getAttribute("data-item") === "T4" && r.getAttribute("data-role") === "support"
    )!;
    const [x, y] = [Number(rect.getAttribute("x")) + 4, Number(rect.getAttribute("y")) + 4];
    svg.dispatchEvent(new document.defaultView!.MouseEvent("pointermove", {clientX: x, clientY: y}));
    expect((figure as unknown as {value: unknown}).value).toMatchObject({
      item: "T4",
      department: rect.getAttribute("data-department")
    });
    expect(figure.querySelector("[data-tip]")!.textContent!.split("\n")[0]).toBe("T4 丁任务");
    svg.dispatchEvent(new document.defaultView!.FocusEvent("focus"));
    const cursor = svg.querySelector("rect[data-cursor]")!;
    // The cursor stays on its cell (the first of the document order), and moves in the new order.
    expect(cursor.getAttribute("data-item")).toBe("T1");
    svg.dispatchEvent(new document.defaultView!.KeyboardEvent("keydown", {key: "ArrowRight"}));
    const next = similarity.columns[similarity.columns.indexOf("T1") + 1];
    expect(next).not.toBe("T2");
    expect(cursor.getAttribute("data-item")).toBe(next);
    // Back in document order, the cursor stays on its department and item, where that item now is.
    figure.reorder(order);
    expect(cursor.getAttribute("data-item")).toBe(next);
    const column = cells(figure).find((r) => r.getAttribute("data-item") === next)!;
    expect(Number(cursor.getAttribute("x")) + 1).toBeCloseTo(Number(column.getAttribute("x")));
  });

  test("renders the Yan'an plan: every responsibility a cell, every department a row", () => {
    const figure = responsibilityMatrix(YANAN, {
      order: orderMatrix(YANAN, "document", {includeImplicit: true}),
      document
    });
    expect(cells(figure)).toHaveLength(YANAN.responsibilities.length);
    expect(rowLabels(figure)).toHaveLength(YANAN.departments.length);
    const groups = [...plot(figure).querySelectorAll("g[aria-label='column groups'] text")].map(
      (t) => t.firstChild!.textContent
    );
    expect(groups.filter((g) => g!.startsWith("专栏"))).toEqual([
      "专栏2",
      "专栏3",
      "专栏4",
      "专栏5",
      "专栏6",
      "专栏7",
      "专栏8"
    ]);
    const explicit = responsibilityMatrix(YANAN, {
      order: orderMatrix(YANAN, "similarity"),
      showImplicit: false,
      document
    });
    expect(cells(explicit)).toHaveLength(YANAN.responsibilities.filter((r) => r.role !== "implicit").length);
  });
});

describe("responsibilityMatrix on canvas", () => {
  // jsdom has no 2D context (a quiet console: it reports each getContext): the canvas draws nothing, the rest is built.
  const quiet = () => new JSDOM("", {virtualConsole: new VirtualConsole()}).window.document as unknown as Document;
  const yanan = orderMatrix(YANAN, "document");
  const similarity = orderMatrix(YANAN, "similarity");
  const highlight = {department: "市科学技术局", item: "T3"};
  /** The cells as an export draws them (exportChart's chartSvg): each rect's data and geometry, sorted. */
  const exported = (figure: Element) => {
    const svg = chartSvg(figure, {title: "T", source: "S", made: "M"});
    const doc = new JSDOM("").window.document;
    const parsed = new doc.defaultView!.DOMParser().parseFromString(svg, "image/svg+xml");
    return [...parsed.querySelectorAll("svg[aria-label='responsibility matrix'] g[aria-label='cell'] rect")]
      .map((r) =>
        ["data-item", "data-department", "data-role", "x", "y", "width", "height", "fill", "fill-opacity"]
          .map((n) => Number(r.getAttribute(n)) || r.getAttribute(n))
          .map((v) => (typeof v === "number" ? v.toFixed(3) : v))
          .join(" ")
      )
      .sort();
  };

  test("auto draws the cells on canvas above canvasThreshold cells and in SVG below it", () => {
    const doc = quiet();
    const small = responsibilityMatrix(YANAN, {order: yanan, document: doc});
    expect(plot(small).querySelector("foreignObject")).toBeNull();
    expect(cells(small)).toHaveLength(YANAN.responsibilities.length);
    const large = responsibilityMatrix(YANAN, {order: yanan, canvasThreshold: 100, document: doc});
    const layer = plot(large).querySelector("g[aria-label='cell'] > foreignObject[data-canvas-layer]");
    expect(layer).not.toBeNull();
    expect(layer!.querySelectorAll("canvas").length).toBeGreaterThan(0);
    expect(plot(large).querySelectorAll("rect[data-item][data-role]")).toHaveLength(0);
  });

  test("its export draws the same cells as the SVG matrix's, highlighted, and after a re-ordering", () => {
    const doc = quiet();
    const svg = responsibilityMatrix(YANAN, {order: yanan, highlight, document: doc});
    const canvas = responsibilityMatrix(YANAN, {order: yanan, highlight, renderer: "canvas", document: doc});
    const before = exported(svg);
    expect(before).toHaveLength(YANAN.responsibilities.length);
    expect(before.filter((c) => c.endsWith(" 0.250")).length).toBeGreaterThan(0);
    expect(exported(canvas)).toEqual(before);
    svg.reorder(similarity);
    canvas.reorder(similarity);
    expect(exported(canvas)).toEqual(exported(svg));
    expect(exported(canvas)).not.toEqual(before);
  });

  test("on canvas, only the column labels that fit are drawn, each naming the column now in its slot", () => {
    const doc = quiet();
    // 50 columns in 400 px: about 5 px a column, a label every third column.
    const figure = responsibilityMatrix(YANAN, {order: yanan, renderer: "canvas", width: 400, document: doc});
    const labels = () => [...plot(figure).querySelectorAll("g[aria-label='x-axis tick label'] text")];
    const every = Math.round(yanan.columns.length / labels().length);
    expect(every).toBeGreaterThan(1);
    const check = (columns: string[]) =>
      labels().forEach((t, k) => {
        const id = columns[k * every];
        expect(t.getAttribute("data-item")).toBe(id);
        expect(t.textContent).toMatch(new RegExp(`^${id} `));
        expect(t.querySelector("title")!.textContent).toBe(`${id} ${YANAN.items.find((i) => i.id === id)!.title}`);
      });
    check(yanan.columns);
    figure.reorder(similarity);
    check(similarity.columns);
    // Where they fit (the default width), every column keeps its label, as in SVG.
    const wide = responsibilityMatrix(YANAN, {order: yanan, renderer: "canvas", document: doc});
    expect(plot(wide).querySelectorAll("g[aria-label='x-axis tick label'] text")).toHaveLength(yanan.columns.length);
  });

  test("on canvas, the chapter strip is a canvas layer whose export is the SVG strip, after a re-ordering too", () => {
    const doc = quiet();
    const strip = (figure: Element) => {
      const svg = chartSvg(figure, {title: "T", source: "S", made: "M"});
      const parsed = new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml");
      return [...parsed.querySelectorAll("g[aria-label='chapter strip'] rect")]
        .map(
          (r) =>
            ["data-item", "x", "y", "width", "height", "fill"].map((n) => r.getAttribute(n)).join(" ") + r.textContent
        )
        .sort();
    };
    const svg = responsibilityMatrix(YANAN, {order: yanan, document: doc});
    const canvas = responsibilityMatrix(YANAN, {order: yanan, renderer: "canvas", document: doc});
    expect(plot(canvas).querySelectorAll("g[aria-label='chapter strip'] > rect")).toHaveLength(0);
    expect(
      plot(canvas).querySelector("g[aria-label='chapter strip'] > foreignObject[data-canvas-layer]")
    ).not.toBeNull();
    expect(strip(svg)).toHaveLength(yanan.columns.length);
    expect(strip(canvas)).toEqual(strip(svg));
    svg.reorder(similarity);
    canvas.reorder(similarity);
    expect(strip(canvas)).toEqual(strip(svg));
  });

  test("on canvas, a re-ordering moves the row labels on screen at once and the others in idle time", () => {
    const doc = quiet();
    const view = doc.defaultView as unknown as Record<string, unknown>;
    // The browser's observers and idle callbacks, played by hand: the first tile of cells on screen, the others not.
    const observers: {callback: (entries: unknown[]) => void; targets: Element[]}[] = [];
    view.IntersectionObserver = class {
      o: (typeof observers)[number];
      constructor(callback: (entries: unknown[]) => void) {
        observers.push((this.o = {callback, targets: []}));
      }
      observe(target: Element) {
        this.o.targets.push(target);
      }
    };
    const idle: ((deadline: IdleDeadline) => void)[] = [];
    view.requestIdleCallback = (f: (deadline: IdleDeadline) => void) => idle.push(f);
    const model = syntheticModel(100);
    const order = orderMatrix(model, "document");
    const similar = orderMatrix(model, "similarity");
    const figure = responsibilityMatrix(model, {order, renderer: "canvas", document: doc});
    const layer = plot(figure).querySelector("g[aria-label='cell'] > foreignObject")!;
    const tiles = [...layer.querySelectorAll("canvas")];
    expect(tiles.length).toBeGreaterThan(2);
    for (const {callback, targets} of observers)
      callback(
        targets.map((target) => ({
          target,
          isIntersecting: !tiles.includes(target as HTMLCanvasElement) || target === tiles[0],
          boundingClientRect: {width: 0}
        }))
      );
    const places = (root: Element) =>
      new Map(
        [...plot(root).querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => [
          t.getAttribute("data-department")!,
          t.parentElement!.getAttribute("transform")!
        ])
      );
    const before = places(figure);
    const after = places(responsibilityMatrix(model, {order: similar, renderer: "canvas", document: doc}));
    figure.reorder(similar);
    const now = places(figure);
    // On screen: the first tile, 512 px from the cells' top, and the labels whose row was or is there moved.
    const top = Number(layer.getAttribute("y"));
    const yOf = (transform: string) => Number(/,([^)]+)\)/.exec(transform)![1]);
    const near = (transform: string) => yOf(transform) <= top + 512;
    const moved = [...now].filter(([d, t]) => t !== before.get(d)).map(([d]) => d);
    const shown = [...before.keys()].filter((d) => near(before.get(d)!) || near(after.get(d)!));
    expect(moved.length).toBeGreaterThan(10);
    expect(moved.length).toBeLessThan(before.size / 2);
    for (const d of shown) expect(now.get(d)).toBe(after.get(d));
    // An export settles the drawing first (chartSvg calls settle): every label moves at once.
    const svg = plot(figure) as Element & {settle?: () => void};
    expect(typeof svg.settle).toBe("function");
    svg.settle!();
    expect(places(figure)).toEqual(after);
    // Back to the document order: the rest in idle time, a hundred at a time, then every label is where a drawing in
    // that order puts it.
    idle.length = 0;
    figure.reorder(order);
    expect(places(figure)).not.toEqual(before);
    while (idle.length) idle.shift()!({didTimeout: false, timeRemaining: () => 50});
    expect(places(figure)).toEqual(before);
  });

  test("on canvas, the tip is a canvas whose fallback content is the tip's text", () => {
    const doc = quiet();
    const figure = responsibilityMatrix(YANAN, {order: yanan, renderer: "canvas", document: doc});
    const tip = figure.querySelector("[data-tip]")!;
    expect(tip.tagName.toLowerCase()).toBe("canvas");
    const r = YANAN.responsibilities[0];
    const box = figure.cellBox(r.department, r.item)!;
    const view = doc.defaultView!;
    plot(figure).dispatchEvent(new view.MouseEvent("pointermove", {clientX: box.x + 1, clientY: box.y + 1}));
    expect(tip.textContent).toMatch(new RegExp(`^${r.item} `));
    plot(figure).dispatchEvent(new view.MouseEvent("pointerleave"));
    expect(tip.textContent).toBe("");
  });

  test("the tip, the value and the keyboard are the SVG matrix's, before and after a re-ordering", () => {
    const doc = quiet();
    const view = doc.defaultView!;
    const figures = [
      responsibilityMatrix(YANAN, {order: yanan, document: doc}),
      responsibilityMatrix(YANAN, {order: yanan, renderer: "canvas", document: doc})
    ];
    const read = (figure: MatrixElement, r: {department: string; item: string}) => {
      const box = figure.cellBox(r.department, r.item)!;
      plot(figure).dispatchEvent(new view.MouseEvent("pointermove", {clientX: box.x + 1, clientY: box.y + 1}));
      return [figure.querySelector("[data-tip]")!.textContent, JSON.stringify((figure as {value?: unknown}).value)];
    };
    const sample = YANAN.responsibilities.filter((_, k) => k % 17 === 0);
    for (const order of [yanan, similarity]) {
      for (const f of figures) f.reorder(order);
      for (const r of sample) {
        const [tip, value] = read(figures[1], r);
        expect(tip).toContain(r.item);
        expect([tip, value]).toEqual(read(figures[0], r));
      }
    }
    const keys = figures.map((f) => {
      const svg = plot(f);
      svg.dispatchEvent(new view.FocusEvent("focus"));
      for (const key of ["ArrowDown", "ArrowRight", "ArrowRight"])
        svg.dispatchEvent(new view.KeyboardEvent("keydown", {key}));
      return f.querySelector("[data-matrix-cursor]")!.textContent;
    });
    expect(keys[1]).toBe(keys[0]);
  });
});
