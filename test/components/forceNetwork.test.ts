// The force-directed network, laid out synchronously (ticks) so that the result is reproducible.
import {JSDOM, VirtualConsole} from "jsdom";
import {afterAll, beforeAll, describe, expect, test, vi} from "vitest";
import {forceNetwork} from "../../src/components/forceNetwork.js";
import {textWidth} from "../../src/components/labels.js";
import {chapterColor, ROLE_COLORS} from "../../src/components/palette.js";
import type {Role} from "../../src/lib/model.js";
import {YANAN} from "../plan.js";
import {COUNTIES, FDRC, FIXTURE, fire, MOST, newDocument} from "./fixture.js";

// d3-drag and d3-zoom read navigator.maxTouchPoints, which Node 20 (unlike a browser) does not define.
beforeAll(() => {
  if (!("navigator" in globalThis)) vi.stubGlobal("navigator", {maxTouchPoints: 0});
});
afterAll(() => vi.unstubAllGlobals());

const document = newDocument();
const links = (svg: Element) => [...svg.querySelectorAll("g[aria-label='links'] line")];
const nodes = (svg: Element) => [...svg.querySelectorAll("g[aria-label='nodes'] > g")];
const labels = (svg: Element) => [...svg.querySelectorAll("g[aria-label='labels'] text")];
const position = (g: Element) =>
  g
    .getAttribute("transform")!
    .match(/translate\(([-\d.]+),([-\d.]+)\)/)!
    .slice(1)
    .map(Number);

describe("forceNetwork", () => {
  test("draws departments as squares, items as circles coloured by chapter, explicit links by default", () => {
    const svg = forceNetwork(FIXTURE, {ticks: 200, document});
    expect(svg.getAttribute("data-view")).toBe("force");
    const departments = nodes(svg).filter((g) => g.hasAttribute("data-department"));
    const items = nodes(svg).filter((g) => g.hasAttribute("data-item"));
    // Five departments with explicit roles (not the county governments), all seven items.
    expect(departments.map((g) => g.getAttribute("data-department"))).not.toContain(COUNTIES);
    expect(departments).toHaveLength(5);
    expect(items).toHaveLength(7);
    expect(departments.every((g) => g.querySelector("rect") && !g.querySelector("circle"))).toBe(true);
    expect(items.map((g) => g.querySelector("circle")!.getAttribute("fill"))).toEqual(
      [1, 1, 1, 1, 2, 2, 2].map(chapterColor)
    );
    expect(links(svg)).toHaveLength(12);
    for (const line of links(svg)) {
      const role = line.getAttribute("data-role") as Role;
      expect(line.getAttribute("stroke")).toBe(ROLE_COLORS[role]);
      expect(line.getAttribute("stroke-dasharray")).toBe(role === "joint" ? "4,3" : null);
    }
    expect(svg.outerHTML).toMatchSnapshot();
  });

  test("is reproducible: the same model and ticks give the same drawing", () => {
    const a = forceNetwork(FIXTURE, {ticks: 120, document}).outerHTML;
    const b = forceNetwork(FIXTURE, {ticks: 120, document}).outerHTML;
    expect(a).toBe(b);
    expect(forceNetwork(FIXTURE, {ticks: 120, seed: 7, document}).outerHTML).toBe(
      forceNetwork(FIXTURE, {ticks: 120, seed: 7, document}).outerHTML
    );
  });

  test("keeps nodes inside the drawing and links attached to their nodes", () => {
    const svg = forceNetwork(FIXTURE, {ticks: 300, width: 500, height: 400, document});
    const at = new Map(
      nodes(svg).map((g) => [g.getAttribute("data-department") ?? g.getAttribute("data-item"), position(g)])
    );
    for (const [x, y] of at.values()) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(500);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(400);
    }
    for (const line of links(svg)) {
      expect([Number(line.getAttribute("x1")), Number(line.getAttribute("y1"))]).toEqual(
        at.get(line.getAttribute("data-department"))
      );
      expect([Number(line.getAttribute("x2")), Number(line.getAttribute("y2"))]).toEqual(
        at.get(line.getAttribute("data-item"))
      );
    }
  });

  test("labels departments in Chinese always, low-degree items only on hover, with English in tooltips", () => {
    const svg = forceNetwork(FIXTURE, {ticks: 50, document});
    const shown = labels(svg)
      .filter((t) => t.getAttribute("display") !== "none")
      .map((t) => t.textContent);
    expect(shown).toEqual(["市发改委", "市科技局", "市财政局", "市市场监管局", "市商务局", "T1", "T4"]);
    const fdrc = nodes(svg).find((g) => g.getAttribute("data-department") === FDRC)!;
    expect(fdrc.querySelector("title")!.textContent).toBe(
      "市发改委 · 市发展和改革委员会 · Municipal Development and Reform Commission\n3 items 条: 1 牵头 lead, 1 配合 support, 1 共同 joint"
    );
    const t2 = nodes(svg).find((g) => g.getAttribute("data-item") === "T2")!;
    expect(t2.querySelector("title")!.textContent).toBe(
      "T2 乙任务\n一、产业\n市发改委 (共同 joint), 市市场监管局 (共同 joint)"
    );
    const label = (key: string) =>
      labels(svg)[
        nodes(svg).findIndex((g) => (g.getAttribute("data-item") ?? g.getAttribute("data-department")) === key)
      ];
    expect(label("T2").getAttribute("display")).toBe("none");
    fire(t2, "mouseenter");
    expect(label("T2").getAttribute("display")).toBeNull();
    expect(label("T3").getAttribute("opacity")).toBe("0.15");
    fire(t2, "mouseleave");
    expect(label("T2").getAttribute("display")).toBe("none");
    expect(label("T3").getAttribute("opacity")).toBeNull();
    for (const t of labels(svg)) expect(Number(t.getAttribute("font-size"))).toBeGreaterThanOrEqual(11);
  });

  test("shows implicit roles when asked, faintly", () => {
    const svg = forceNetwork(FIXTURE, {ticks: 50, showImplicit: true, document});
    expect(links(svg)).toHaveLength(17);
    const implicit = links(svg).filter((l) => l.getAttribute("data-role") === "implicit");
    expect(implicit).toHaveLength(5);
    expect(
      implicit.every((l) => l.getAttribute("stroke-opacity") === "0.25" && l.getAttribute("stroke-width") === "0.5")
    ).toBe(true);
    expect(nodes(svg).map((g) => g.getAttribute("data-department"))).toContain(COUNTIES);
  });

  test("the highlight option fades what is not the node or its neighbours", () => {
    const svg = forceNetwork(FIXTURE, {ticks: 50, highlight: {department: MOST}, document});
    const lit = nodes(svg).filter((g) => g.getAttribute("opacity") === null);
    expect(lit.map((g) => g.getAttribute("data-department") ?? g.getAttribute("data-item"))).toEqual([
      MOST,
      "T1",
      "A1.1"
    ]);
    expect(
      links(svg)
        .filter((l) => l.getAttribute("opacity") === null)
        .map((l) => l.getAttribute("data-item"))
    ).toEqual(["T1", "A1.1"]);
  });

  test("exposes the simulation, and stops it when the invalidation promise resolves", async () => {
    let invalidate!: () => void;
    const invalidation = new Promise<void>((resolve) => (invalidate = resolve));
    const svg = forceNetwork(FIXTURE, {document, invalidation});
    expect(svg.simulation.nodes()).toHaveLength(12);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(svg.simulation.alpha()).toBeLessThan(1); // animating
    invalidate();
    await invalidation;
    const alpha = svg.simulation.alpha();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(svg.simulation.alpha()).toBe(alpha);
  });

  test("renders the Yan'an plan", () => {
    const svg = forceNetwork(YANAN, {ticks: 300, document});
    const explicit = YANAN.responsibilities.filter((r) => r.role !== "implicit");
    expect(links(svg)).toHaveLength(explicit.length);
    expect(nodes(svg).filter((g) => g.hasAttribute("data-item"))).toHaveLength(YANAN.items.length);
    expect(nodes(svg).filter((g) => g.hasAttribute("data-department"))).toHaveLength(
      new Set(explicit.map((r) => r.department)).size
    );
    const all = forceNetwork(YANAN, {ticks: 10, showImplicit: true, document});
    expect(links(all)).toHaveLength(YANAN.responsibilities.length);
  });

  test("on a phone, shows only labels that meet no other, the best-connected department's first, the rest on hover", () => {
    // The card's width on a 390 px phone, where the layout cannot give every label room.
    const width = 292;
    const svg = forceNetwork(YANAN, {ticks: 300, width, height: 620, document});
    const texts = labels(svg);
    const drawn = nodes(svg);
    // Each shown label's box from its position, offset and estimated width (labels.ts textWidth).
    const box = (t: Element) => {
      const size = Number(t.getAttribute("font-size"));
      const w = textWidth(t.textContent!, size);
      const baseline = Number(t.getAttribute("y")) + Number(t.getAttribute("dy"));
      return {
        left: Number(t.getAttribute("x")) - w / 2,
        right: Number(t.getAttribute("x")) + w / 2,
        top: baseline - 0.88 * size,
        bottom: baseline + 0.12 * size
      };
    };
    const shown = texts.filter((t) => t.getAttribute("display") !== "none");
    const overlaps: string[] = [];
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1)) {
        const [p, q] = [box(a), box(b)];
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
          overlaps.push(`${a.textContent} × ${b.textContent}`);
      }
    expect(overlaps).toEqual([]);
    // Hidden for room, not for want of labels: most departments keep theirs, the best-connected among them.
    const departments = shown.filter((t) => t.getAttribute("font-weight") === "bold");
    expect(departments.length).toBeGreaterThanOrEqual(15);
    expect(texts.some((t) => t.getAttribute("font-weight") === "bold" && t.getAttribute("display") === "none")).toBe(
      true
    );
    const degree = (g: Element) => g.querySelector("title")!.textContent!.match(/\n(\d+) items/)?.[1];
    const best = drawn
      .filter((g) => g.hasAttribute("data-department"))
      .sort((a, b) => Number(degree(b)) - Number(degree(a)))[0];
    expect(texts[drawn.indexOf(best)].getAttribute("display")).toBeNull();
    // A department whose label had no room shows it while hovered.
    const hidden = drawn.find(
      (g, i) => g.hasAttribute("data-department") && texts[i].getAttribute("display") === "none"
    )!;
    fire(hidden, "mouseenter");
    expect(texts[drawn.indexOf(hidden)].getAttribute("display")).toBeNull();
    fire(hidden, "mouseleave");
    expect(texts[drawn.indexOf(hidden)].getAttribute("display")).toBe("none");
  });

  test("wraps its legend within a phone's width, and lays the nodes out below it", () => {
    const width = 340;
    const svg = forceNetwork(YANAN, {ticks: 50, showImplicit: true, language: "both", width, document});
    const legend = svg.querySelector("g[aria-label='legend']")!;
    // Each entry's right end, from the transforms of its groups and the estimated width of its text.
    const offset = (el: Element | null): number[] => {
      if (!el || el === svg) return [0, 0];
      const [x, y] = el
        .getAttribute("transform")
        ?.match(/translate\(([-\d.]+),([-\d.]+)\)/)
        ?.slice(1)
        .map(Number) ?? [0, 0];
      const [px, py] = offset(el.parentElement);
      return [px + x, py + y];
    };
    const entries = [...legend.querySelectorAll("text")].map((text) => {
      const [x, y] = offset(text.parentElement);
      return {
        text: text.textContent!,
        right: x + Number(text.getAttribute("x") ?? 0) + textWidth(text.textContent!, 12),
        y
      };
    });
    expect(entries.map((e) => e.text)).toContain("九");
    for (const e of entries) expect(e.right, e.text).toBeLessThanOrEqual(width - 8);
    const bottom = Math.max(...entries.map((e) => e.y));
    expect(bottom, "the legend wraps onto more than two rows").toBeGreaterThan(14 + 20);
    for (const g of nodes(svg)) expect(position(g)[1]).toBeGreaterThan(bottom + 10);
  });
});

describe("forceNetwork on canvas", () => {
  // jsdom has no 2D context: the canvas renderer then draws nothing but must still build the view.
  const quiet = () => {
    const {window} = new JSDOM("", {virtualConsole: new VirtualConsole()});
    return window.document as unknown as Document;
  };

  test("auto draws on canvas above the threshold and in SVG below it", () => {
    const small = forceNetwork(FIXTURE, {ticks: 1, document: quiet()});
    expect(small.tagName.toLowerCase()).toBe("svg");
    const large = forceNetwork(FIXTURE, {ticks: 1, canvasThreshold: 3, document: quiet()});
    expect(large.tagName.toLowerCase()).toBe("div");
    expect(large.getAttribute("data-view")).toBe("force");
    expect(large.getAttribute("data-renderer")).toBe("canvas");
    expect(large.querySelector("canvas")).not.toBeNull();
    expect(large.simulation.nodes().length).toBe(small.simulation.nodes().length);
  });

  /** A jsdom document whose canvases draw into a recorder: each fillText, with the font it was drawn in. */
  const recording = () => {
    const document = quiet();
    const texts: {text: string; x: number; y: number; font: string}[] = [];
    const context = () => {
      const state: Record<string | symbol, unknown> = {font: "10px sans-serif"};
      return new Proxy(state, {
        get: (target, key) =>
          key in target
            ? target[key]
            : key === "fillText"
              ? (text: string, x: number, y: number) => texts.push({text, x, y, font: String(target.font)})
              : () => {},
        set: (target, key, value) => {
          target[key] = value;
          return true;
        }
      });
    };
    const view = document.defaultView as unknown as typeof globalThis;
    view.HTMLCanvasElement.prototype.getContext = context as never;
    return {document, texts};
  };

  test("labels on canvas meet no other label, the best-connected department's first (placeLabels, as in SVG)", () => {
    // A phone's card, where the layout cannot give each of the 30 labelled departments room.
    const {document, texts} = recording();
    const el = forceNetwork(YANAN, {ticks: 300, width: 292, height: 620, renderer: "canvas", document});
    expect(el.getAttribute("data-renderer")).toBe("canvas");
    const nodes = el.simulation.nodes();
    const labelled = nodes.filter((n) => n.labelled);
    // The labels of the first drawing (the scene), in the layout's coordinates (no zoom: scale 1, device pixels 1).
    const drawn = texts.filter((t) => labelled.some((n) => n.label === t.text));
    expect(drawn.length).toBeGreaterThan(0);
    const boxes = drawn.map((t) => {
      const size = Number(t.font.match(/([\d.]+)px/)![1]);
      const w = textWidth(t.text, size);
      return {text: t.text, left: t.x - w / 2, right: t.x + w / 2, top: t.y - 0.88 * size, bottom: t.y + 0.12 * size};
    });
    const overlaps: string[] = [];
    for (const [i, p] of boxes.entries())
      for (const q of boxes.slice(i + 1))
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
          overlaps.push(`${p.text} × ${q.text}`);
    expect(overlaps).toEqual([]);
    // Hidden for room only: the best-connected department keeps its label, and most of the 30 keep theirs.
    const best = labelled.reduce((a, b) => (b.degree > a.degree ? b : a));
    expect(drawn.map((t) => t.text)).toContain(best.label);
    expect(new Set(drawn.map((t) => t.text)).size).toBeGreaterThanOrEqual(10);
  });

  test("labels only the 30 best-connected departments of a large graph", () => {
    const el = forceNetwork(YANAN, {ticks: 1, renderer: "canvas", document: quiet()});
    const labelled = el.simulation.nodes().filter((n) => n.labelled);
    expect(labelled.length).toBe(Math.min(30, YANAN.departments.length));
    expect(labelled.every((n) => n.kind === "department")).toBe(true);
  });
});
