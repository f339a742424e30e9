/**
 * What the bipartite and force views share about responsibility links: their stroke by role (ROLE_STROKES),
 * their tooltip, and the legend of roles.
 */
import type {Selection} from "d3-selection";
import type {Department, Item, Role} from "../lib/model.js";
import {departmentOf, itemLabel, textWidth} from "./labels.js";
import {legendFlow, legendRows} from "./legendFlow.js";
import {type Language, localize} from "../page/language.js";
import {ROLE_COLORS, ROLE_STROKES} from "./palette.js";
import {ROLE_LABELS, ROLES} from "../lib/vocabulary.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelection = Selection<any, any, any, any>;

/** Colour, width, opacity and dash of a link of the given role. */
export function styleLink(selection: AnySelection, role: Role): void {
  const style = ROLE_STROKES[role];
  selection
    .attr("stroke", ROLE_COLORS[role])
    .attr("stroke-width", style.width)
    .attr("stroke-opacity", style.opacity)
    .attr("stroke-dasharray", style.dasharray);
}

/** "市发改委 → T1 提升…: 牵头 lead". */
export function linkTitle(
  departments: Map<string, Department>,
  items: Map<string, Item>,
  link: {department: string; item: string; role: Role},
  language: Language
): string {
  return `${departmentOf(departments, link.department).shortName} → ${itemLabel(items.get(link.item)!)}: ${localize(ROLE_LABELS[link.role], language)}`;
}

/**
 * A row of role swatches (a line and its label) appended to `legend`; with `maxWidth`, the row wraps onto further
 * rows `rowHeight` apart (legendFlow) instead of running past it. Returns the number of rows.
 */
export function roleLegend(
  legend: AnySelection,
  {
    showImplicit,
    language,
    fontSize,
    gap,
    maxWidth = Infinity,
    rowHeight = 20
  }: {showImplicit: boolean; language: Language; fontSize: number; gap: number; maxWidth?: number; rowHeight?: number}
): number {
  const roles = ROLES.filter((r) => showImplicit || r !== "implicit");
  const labels = roles.map((role) => localize(ROLE_LABELS[role], language));
  const places = legendFlow(
    labels.map((label) => ({width: 30 + textWidth(label, fontSize), gap})),
    maxWidth
  );
  roles.forEach((role, i) => {
    const g = legend.append("g").attr("transform", `translate(${places[i].x},${places[i].row * rowHeight})`);
    g.append("line").attr("x1", 0).attr("x2", 24).attr("y1", 0).attr("y2", 0).call(styleLink, role);
    g.append("text").attr("x", 30).attr("dy", "0.32em").text(labels[i]);
  });
  return legendRows(places);
}
