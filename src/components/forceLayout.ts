/**
 * forceLayout(model, options): the force-directed layout of the responsibility network, without drawing: the
 * nodes (departments and items, sized by degree), the links by role, the d3-force simulation that places them in
 * a width × height box under a legend band, and each node's neighbours. forceNetwork draws it in SVG, forceCanvas
 * on a canvas; both import only this module's types and function, so neither imports the other.
 *
 *   const {nodes, links, simulation} = forceLayout(plan, {width: 800, height: 600, ticks: 300});
 *
 * Deterministic: the simulation's random source is a linear congruential generator seeded with `seed`, so the same
 * model and options give the same positions (after `ticks` synchronous ticks; without ticks the caller animates).
 * No DOM: labels are measured with the width estimate of labels.ts.
 */
import {group} from "d3-array";
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum
} from "d3-force";
import {randomLcg} from "d3-random";
import {scaleSqrt} from "d3-scale";
import type {Department, Item, PlanModel, Role} from "../lib/model.js";
import {chapterLabel, countLabel, type Language, localize, ROLE_LABELS, ROLES} from "../lib/vocabulary.js";
import {departmentOf, departmentTitle, graphLabel, itemLabel, textWidth} from "./labels.js";
import {type LabelBox, placeLabels} from "./labelPlacement.js";

export interface ForceNode extends SimulationNodeDatum {
  /** "d:" + department name or "i:" + item id. */
  id: string;
  kind: "department" | "item";
  /** The department's canonical name or the item's id. */
  key: string;
  label: string;
  title: string;
  chapter: number | null;
  degree: number;
  /** Radius in pixels (3 to 14, by the square root of the degree). */
  r: number;
  /** Whether the label may show without a hover: where it has room (forceNetwork places labels) or, on canvas, always. */
  labelled: boolean;
}

export interface ForceLink extends SimulationLinkDatum<ForceNode> {
  role: Role;
  department: string;
  item: string;
}

export interface ForceLayoutOptions {
  /** Lay out implicit roles too (they tie the county governments to most items). */
  showImplicit: boolean;
  /** The box, in pixels. */
  width: number;
  /** Height of the box, in pixels. */
  height: number;
  /** Synchronous ticks to run now; none: the simulation runs (animates) on its own timer. */
  ticks?: number;
  /** Seed of the simulation's random source. */
  seed: number;
  /** The least degree at which an item is labelled (default: the larger of 3 and the 8th item's degree). */
  itemLabelDegree?: number;
  /**
   * Whether a graph of that many nodes is large (drawn on a canvas): then only the 30 best-connected departments
   * are labelled, and the layout settles in fewer ticks.
   */
  large: (nodes: number) => boolean;
  /** The language of the labels and titles. */
  language: Language;
  /** The height of the legend band above the layout, in pixels (default LEGEND_HEIGHT: two rows). */
  legendHeight?: number;
}

export interface ForceLayout {
  nodes: ForceNode[];
  links: ForceLink[];
  simulation: Simulation<ForceNode, ForceLink>;
  /** Node id → the ids of the node and its neighbours. */
  neighbours: Map<string, Set<string>>;
  byId: Map<string, ForceNode>;
  /** Whether the graph is large (see the option). */
  large: boolean;
  /** The font size of a node's label (departments 12, items 11). */
  fontSize: (n: ForceNode) => number;
}

/** Label sizes, in pixels. */
export const FONT_SIZE = 12;
export const ITEM_FONT_SIZE = 11;
/** The widest a department's label is drawn, in px (about ten Chinese characters at FONT_SIZE). */
export const DEPARTMENT_LABEL_WIDTH = 120;
/** The height of the legend band above the layout, in pixels. */
export const LEGEND_HEIGHT = 44;
/** The order links are drawn in: the lead roles last, on top. */
export const DRAW_ORDER: Role[] = ["implicit", "support", "joint", "lead"];

/** Lays out the network of `model` (see above). */
export function forceLayout(
  model: PlanModel,
  {
    showImplicit,
    width,
    height,
    ticks,
    seed,
    itemLabelDegree,
    large,
    language,
    legendHeight = LEGEND_HEIGHT
  }: ForceLayoutOptions
): ForceLayout {
  const departments = new Map<string, Department>(model.departments.map((d) => [d.name, d]));
  const items = new Map<string, Item>(model.items.map((i) => [i.id, i]));
  const chapters = new Map(model.chapters.map((c) => [c.seq, c]));
  const responsibilities = model.responsibilities
    .filter((r) => (showImplicit || r.role !== "implicit") && items.has(r.item))
    .sort((a, b) => DRAW_ORDER.indexOf(a.role) - DRAW_ORDER.indexOf(b.role));

  const degree = new Map<string, number>();
  for (const r of responsibilities) {
    degree.set(`d:${r.department}`, (degree.get(`d:${r.department}`) ?? 0) + 1);
    degree.set(`i:${r.item}`, (degree.get(`i:${r.item}`) ?? 0) + 1);
  }
  const radius = scaleSqrt()
    .domain([0, Math.max(1, ...degree.values())])
    .range([3, 14]);
  const itemDegrees = model.items.map((i) => degree.get(`i:${i.id}`) ?? 0).sort((a, b) => b - a);
  const labelDegree = itemLabelDegree ?? Math.max(3, itemDegrees[Math.min(7, itemDegrees.length - 1)] ?? 0);

  const byDepartment = group(responsibilities, (r) => r.department);
  const byItem = group(responsibilities, (r) => r.item);
  const nodes: ForceNode[] = [
    ...model.departments
      .filter((d) => byDepartment.has(d.name))
      .map((d): ForceNode => {
        const id = `d:${d.name}`;
        const own = byDepartment.get(d.name)!;
        const counts = ROLES.map((role) => [role, own.filter((r) => r.role === role).length] as const)
          .filter(([, n]) => n > 0)
          .map(([role, n]) => `${n} ${localize(ROLE_LABELS[role], language)}`);
        return {
          id,
          kind: "department",
          key: d.name,
          // At most DEPARTMENT_LABEL_WIDTH (graphLabel): a node's collision circle covers its label, and whole English
          // names pushed every item to the corners. The full name is in the node's title.
          label: graphLabel(d, language, DEPARTMENT_LABEL_WIDTH, FONT_SIZE),
          title: `${departmentTitle(d)}\n${countLabel(own.length, "item").en} 条: ${counts.join(", ")}`,
          chapter: null,
          degree: degree.get(id) ?? 0,
          r: radius(degree.get(id) ?? 0),
          labelled: true
        };
      }),
    ...model.items.map((item): ForceNode => {
      const id = `i:${item.id}`;
      const chapter = chapters.get(item.chapter ?? -1);
      const holders = [...(byItem.get(item.id) ?? [])]
        .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role))
        .map(
          (r) => `${departmentOf(departments, r.department).shortName} (${localize(ROLE_LABELS[r.role], language)})`
        );
      return {
        id,
        kind: "item",
        key: item.id,
        label: item.id,
        title: [
          itemLabel(item),
          ...(chapter ? [chapterLabel(chapter)] : []),
          holders.length ? holders.join(", ") : "no department 无责任单位"
        ].join("\n"),
        chapter: item.chapter,
        degree: degree.get(id) ?? 0,
        r: radius(degree.get(id) ?? 0),
        labelled: (degree.get(id) ?? 0) >= labelDegree
      };
    })
  ];
  const isLarge = large(nodes.length);
  if (isLarge) {
    // Thousands of labels would hide the graph: label the 30 best-connected departments only.
    const top = new Set(
      nodes
        .filter((n) => n.kind === "department")
        .sort((a, b) => b.degree - a.degree)
        .slice(0, 30)
    );
    for (const n of nodes) n.labelled = top.has(n);
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: ForceLink[] = responsibilities.map((r) => ({
    source: byId.get(`d:${r.department}`)!,
    target: byId.get(`i:${r.item}`)!,
    role: r.role,
    department: r.department,
    item: r.item
  }));
  const fontSize = (n: ForceNode) => (n.kind === "department" ? FONT_SIZE : ITEM_FONT_SIZE);
  const collideRadius = (n: ForceNode) =>
    n.labelled ? Math.max(n.r + 2, textWidth(n.label, fontSize(n)) / 2 + 3, n.r + fontSize(n) / 2 + 3) : n.r + 2;

  const margin = 16;
  /**
   * The box a node's centre keeps to: its collision circle (which covers its label, drawn below it) inside the
   * width × height box and below the legend band. Where the box is too small for the circle, its middle.
   */
  const box = (n: ForceNode) => {
    const r = collideRadius(n);
    const [x0, x1] = [margin + r, width - margin - r];
    const [y0, y1] = [legendHeight + margin + r, height - margin - r];
    return x0 <= x1 && y0 <= y1
      ? {x0, x1, y0, y1}
      : {
          x0: Math.min(x0, (x0 + x1) / 2),
          x1: Math.max(x1, (x0 + x1) / 2),
          y0: Math.min(y0, (y0 + y1) / 2),
          y1: Math.max(y1, (y0 + y1) / 2)
        };
  };
  const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v)));
  const simulation = forceSimulation<ForceNode, ForceLink>(nodes)
    .randomSource(randomLcg(seed))
    // A large graph settles in about 120 ticks instead of 300: each of its ticks costs more.
    .alphaDecay(isLarge ? 1 - Math.pow(0.001, 1 / 120) : 1 - Math.pow(0.001, 1 / 300))
    .force(
      "link",
      forceLink<ForceNode, ForceLink>(links)
        .id((n) => n.id)
        .distance((l) => (l.role === "implicit" ? 100 : 60))
        .strength((l) => (l.role === "implicit" ? 0.03 : 0.25))
    )
    .force(
      "charge",
      forceManyBody<ForceNode>().strength((n) => (n.kind === "department" ? -260 : -80))
    )
    .force("collide", forceCollide<ForceNode>(collideRadius).iterations(isLarge ? 1 : 3))
    .force("x", forceX<ForceNode>(width / 2).strength(0.04))
    .force("y", forceY<ForceNode>((height + legendHeight) / 2).strength(0.06))
    // Last of the forces: every node ends each tick inside its box (below the legend), not only once the layout
    // settles. d3-force moves a node by its velocity times (1 − velocityDecay) after the forces, so the velocity is
    // set for that step to land inside; a node held by a drag (fx, fy) is held inside too.
    .force("bounds", () => {
      const keep = 1 - simulation.velocityDecay();
      for (const n of nodes) {
        const {x0, x1, y0, y1} = box(n);
        if (n.fx != null) n.fx = clamp(n.fx, x0, x1);
        if (n.fy != null) n.fy = clamp(n.fy, y0, y1);
        n.vx = (clamp(n.x! + n.vx! * keep, x0, x1) - n.x!) / keep;
        n.vy = (clamp(n.y! + n.vy! * keep, y0, y1) - n.y!) / keep;
      }
    });
  // d3-force starts the nodes on a spiral around (0, 0), the legend's corner: the spiral is moved to the middle of
  // the box and shrunk to fit it, so that the first drawing (before any tick) is clear of the legend too.
  const spiral = Math.max(1, ...nodes.map((n) => Math.hypot(n.x!, n.y!)));
  const fit = Math.min(1, (width / 2 - margin) / spiral, ((height - legendHeight) / 2 - margin) / spiral);
  for (const n of nodes) {
    const {x0, x1, y0, y1} = box(n);
    n.x = clamp(width / 2 + fit * n.x!, x0, x1);
    n.y = clamp((height + legendHeight) / 2 + fit * n.y!, y0, y1);
  }
  if (ticks !== undefined) {
    simulation.stop();
    simulation.tick(ticks);
  }

  // Focus: the node, its links and neighbours; the others fade.
  const neighbours = new Map<string, Set<string>>(nodes.map((n) => [n.id, new Set([n.id])]));
  for (const l of links) {
    const [s, t] = [(l.source as ForceNode).id, (l.target as ForceNode).id];
    neighbours.get(s)!.add(t);
    neighbours.get(t)!.add(s);
  }
  return {nodes, links, simulation, neighbours, byId, large: isLarge, fontSize};
}

/**
 * The labels of a force layout that show without a hover, decided the same way in SVG (forceNetwork) and on canvas
 * (forceCanvas): `candidates` taken most important first (byImportance), each label shown where its box keeps clear
 * of the labels already shown (placeLabels). Labels keep their size on screen: at zoom `scale` a label of
 * fontSize(n) px takes fontSize(n) / scale of the layout, below its node (baseline at r + size), with a 1.5 px
 * halo. Widths are the estimate of labels.ts (textWidth), cached per node.
 *
 *   const placer = labelPlacer(fontSize);
 *   placer.place(byImportance(nodes).filter((n) => n.labelled), 1) → Set of the nodes whose label shows
 */
export function labelPlacer(fontSize: (n: ForceNode) => number): {
  /** The box of a node's label in layout coordinates at zoom `scale`. */
  box: (n: ForceNode, scale: number) => LabelBox;
  /** The candidates whose label shows at zoom `scale`. */
  place: (candidates: readonly ForceNode[], scale: number) => Set<ForceNode>;
} {
  const widths = new Map<ForceNode, number>();
  const box = (n: ForceNode, scale: number): LabelBox => {
    let w = widths.get(n);
    if (w === undefined) widths.set(n, (w = textWidth(n.label, fontSize(n))));
    const size = fontSize(n) / scale;
    const halo = 1.5 / scale;
    const width = w / scale + 2 * halo;
    const baseline = n.y! + n.r + size;
    return {x: n.x! - width / 2, y: baseline - 0.88 * size - halo, width, height: size + 2 * halo};
  };
  const place = (candidates: readonly ForceNode[], scale: number) => {
    const placed = placeLabels(
      candidates.map((n) => box(n, scale)),
      {gap: 1 / scale}
    );
    return new Set(candidates.filter((_, i) => placed[i]));
  };
  return {box, place};
}

/** The nodes best-connected first, departments before items of the same degree, else in the order given. */
export function byImportance(nodes: readonly ForceNode[]): ForceNode[] {
  return nodes
    .map((n, i) => ({n, i}))
    .sort((a, b) => b.n.degree - a.n.degree || +(a.n.kind === "item") - +(b.n.kind === "item") || a.i - b.i)
    .map(({n}) => n);
}
