// The force layout without drawing (src/components/forceLayout.ts): nodes, links and positions, no DOM.
import {describe, expect, test} from "vitest";
import {
  DEPARTMENT_LABEL_WIDTH,
  FONT_SIZE,
  forceLayout,
  labelPlacer,
  LEGEND_HEIGHT
} from "../../src/components/forceLayout.js";
import {textWidth} from "../../src/components/labels.js";
import {syntheticModel} from "../../bench/synthetic.js";
import {YANAN} from "../plan.js";

const options = {
  showImplicit: false,
  width: 800,
  height: 600,
  ticks: 300,
  seed: 1,
  large: () => false,
  language: "both"
} as const;

describe("forceLayout", () => {
  test('forceLayout(model, {language: "en"}) cuts a long department name to DEPARTMENT_LABEL_WIDTH, whole in its title', () => {
    const departments = forceLayout(YANAN, {...options, language: "en"}).nodes.filter((n) => n.kind === "department");
    const cut = departments.filter((n) => n.label.endsWith("…"));
    // Yan'an's English names are long ("Municipal Bureau of Industry and Information Technology"): some are cut.
    expect(cut.length).toBeGreaterThan(0);
    for (const n of departments) expect(textWidth(n.label, FONT_SIZE)).toBeLessThanOrEqual(DEPARTMENT_LABEL_WIDTH);
    // What the label keeps is in the title, with the whole name.
    for (const n of cut) expect(n.title).toContain(n.label.slice(0, -1));
    // Chinese short names fit whole.
    const zh = forceLayout(YANAN, {...options, language: "zh"}).nodes.filter((n) => n.kind === "department");
    expect(zh.filter((n) => n.label.endsWith("…"))).toEqual([]);
  });

  test("forceLayout(model, {ticks}) gives a node per department holding a role and per item, a link per role", () => {
    const {nodes, links} = forceLayout(YANAN, options);
    const explicit = YANAN.responsibilities.filter((r) => r.role !== "implicit");
    expect(links).toHaveLength(explicit.length);
    expect(nodes.filter((n) => n.kind === "item")).toHaveLength(YANAN.items.length);
    expect(new Set(nodes.filter((n) => n.kind === "department").map((n) => n.key))).toEqual(
      new Set(explicit.map((r) => r.department))
    );
  });

  test("forceLayout(model, {ticks, seed}) is the same from run to run, and another seed gives another layout", () => {
    const at = (seed: number) => forceLayout(YANAN, {...options, seed}).nodes.map((n) => [n.x, n.y]);
    expect(at(1)).toEqual(at(1));
    expect(at(2)).not.toEqual(at(1));
  });

  test("forceLayout(model, {width, height}) keeps every node inside the box, below the legend band", () => {
    const {nodes} = forceLayout(YANAN, options);
    for (const n of nodes) {
      expect(n.x!).toBeGreaterThanOrEqual(0);
      expect(n.x!).toBeLessThanOrEqual(options.width);
      expect(n.y!).toBeGreaterThanOrEqual(LEGEND_HEIGHT);
      expect(n.y!).toBeLessThanOrEqual(options.height);
    }
  });

  test("forceLayout(model, {large}) labels no item of a large graph, and only its 30 best-connected departments", () => {
    const model = syntheticModel(100);
    const labelled = (large: boolean) =>
      forceLayout(model, {...options, ticks: 1, large: () => large}).nodes.filter((n) => n.labelled);
    expect(labelled(false).filter((n) => n.kind === "department").length).toBeGreaterThan(30);
    const top = labelled(true);
    expect(top.some((n) => n.kind === "item")).toBe(false);
    expect(top).toHaveLength(30);
    const degrees = forceLayout(model, {...options, ticks: 1, large: () => true})
      .nodes.filter((n) => n.kind === "department")
      .map((n) => n.degree)
      .sort((a, b) => b - a);
    expect(Math.min(...top.map((n) => n.degree))).toBe(degrees[29]);
  });

  test("forceLayout(model) keeps every node and label clear of the legend band at every tick, not only at rest", () => {
    // Animated in the browser, the layout is drawn after each tick, and first before any: a node or label that
    // crosses the legend for a few ticks shows. Ticked one at a time here, from the first drawing on.
    for (const [model, width, large] of [
      [YANAN, 800, false],
      [YANAN, 292, false],
      [syntheticModel(100), 800, true]
    ] as const) {
      const legendHeight = LEGEND_HEIGHT + 40;
      const {nodes, simulation, fontSize} = forceLayout(model, {
        ...options,
        width,
        legendHeight,
        ticks: 0,
        large: () => large
      });
      const placer = labelPlacer(fontSize);
      const outside: string[] = [];
      const check = (tick: number) => {
        for (const n of nodes) {
          // The node's square or circle, and its label (shown or on hover) at zoom 1.
          const label = placer.box(n, 1);
          const top = Math.min(n.y! - n.r, label.y);
          const [left, right] = [Math.min(n.x! - n.r, label.x), Math.max(n.x! + n.r, label.x + label.width)];
          const bottom = Math.max(n.y! + n.r, label.y + label.height);
          if (top < legendHeight - 1e-6 || left < -1e-6 || right > width + 1e-6 || bottom > options.height + 1e-6)
            outside.push(`${width} px, tick ${tick}: ${n.label} (${Math.round(n.x!)}, ${Math.round(n.y!)})`);
        }
      };
      check(0);
      for (let tick = 1; tick <= 120; tick++) {
        simulation.tick();
        check(tick);
      }
      // A node dragged onto the legend (held at fx, fy) stays below it.
      nodes[0].fx = 0;
      nodes[0].fy = 0;
      simulation.tick();
      check(121);
      expect(outside.slice(0, 5), `${outside.length} nodes or labels outside`).toEqual([]);
    }
  });
});
