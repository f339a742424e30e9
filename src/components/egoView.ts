/**
 * egoView(ego, options): one department's place in the plan — its items, grouped by role, and the
 * departments it shares items with.
 *
 *   egoView(egoNetwork(plan, "市科学技术局"), {width, departments: plan.departments})
 *
 * The element is a div (data-view="ego") with:
 * - a heading: the department's short name, its full Chinese name and its English gloss (looked up in
 *   `departments`; without it the canonical name stands alone);
 * - four lists, one per role (牵头 lead, 配合 support, 共同 joint, 默认 implicit), each under a header in the
 *   role's colour giving the count; each item reads "T1 title";
 * - a Plot bar chart of the partner departments, longest bar first, by the number of items shared, labelled by
 *   short name; each bar's tip gives the full name, the English gloss and the shared item ids. A department
 *   with no partner gets a line of text instead.
 *
 * Options: width (default 640; clamped by chartWidth to fit the labels, at most 4096) for the chart; document (default globalThis.document); departments (the
 * model's departments, for names); any other Plot.plot option for the chart (height, marginLeft, …).
 */
import * as Plot from "@observablehq/plot";
import type {EgoNetwork, Partner} from "../lib/ego.js";
import type {Department} from "../lib/model.js";
import {departmentName, departmentTitle, textWidth} from "./labels.js";
import {type Language, localize} from "../page/language.js";
import {ROLE_COLORS} from "./palette.js";
import {ROLE_LABELS, ROLES} from "../lib/vocabulary.js";
import {elementMaker} from "./element.js";
import {chartWidth} from "./chartWidth.js";
import {endLabelRoom} from "./axisRoom.js";

export interface EgoViewOptions extends Omit<Plot.PlotOptions, "document"> {
  /** Width of the partners chart in pixels (default 640; clamped by chartWidth to fit the labels, at most 4096). */
  width?: number;
  /** The document to render into (default globalThis.document; a jsdom document in tests). */
  document?: Document;
  /** The plan's departments, for short and English names (without them the canonical name stands alone). */
  departments?: Department[];
  /** Interface language of labels: "zh", "en" or "both" (default). */
  language?: Language;
}

const FONT_SIZE = 12;
const BAR_FILL = "#8c8c8c";

/**
 * One department's neighbourhood (egoNetwork, src/lib/ego.ts): its items by role on one side, its partners weighted
 * by shared items on the other; an SVG element.
 */
export function egoView(
  ego: EgoNetwork,
  {
    width: widthOption,
    document = globalThis.document,
    departments = [],
    language = "both",
    ...options
  }: EgoViewOptions = {}
): HTMLDivElement {
  const self = departments.find((d) => d.name === ego.department);
  const el = elementMaker(document);

  const root = el("div", {"data-view": "ego", "data-department": ego.department, style: "font-size: 13px;"});
  const zh = self && self.shortName !== self.name ? `${self.shortName} · ${self.name}` : ego.department;
  root.append(
    el(
      "h3",
      {style: "margin: 0 0 0.5rem;"},
      zh,
      ...(self?.nameEn ? [" ", el("span", {lang: "en", style: "font-weight: normal; opacity: 0.7;"}, self.nameEn)] : [])
    )
  );

  const lists = el("div", {
    class: "ego-roles",
    style: "display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 0.75rem;"
  });
  for (const role of ROLES) {
    const items = ego.byRole[role];
    const section = el("section", {"data-role": role});
    section.append(
      el(
        "h4",
        {
          style: `margin: 0 0 0.25rem; padding-left: 0.5rem; border-left: 6px solid ${ROLE_COLORS[role]}; font-size: 13px;`
        },
        `${localize(ROLE_LABELS[role], language)} (${items.length})`
      )
    );
    if (items.length) {
      const list = el("ul", {style: "margin: 0; padding-left: 1.25rem; font-size: 12px;"});
      for (const item of items) {
        list.append(el("li", {"data-item": item.id}, el("code", {}, item.id), " ", item.title));
      }
      section.append(list);
    } else {
      section.append(el("div", {style: "font-size: 12px; opacity: 0.6; padding-left: 0.75rem;"}, "none 无"));
    }
    lists.append(section);
  }
  root.append(lists);

  root.append(
    el("h4", {style: "margin: 1rem 0 0.25rem; font-size: 13px;"}, `Partners 协作部门 (${ego.partners.length})`)
  );
  if (ego.partners.length === 0) {
    root.append(
      el("div", {style: "font-size: 12px; opacity: 0.6;"}, "shares no item with another department 无共担条目")
    );
    return root;
  }
  const byName = new Map(ego.partners.map((p) => [p.name, p]));
  const labelWidth = Math.max(40, ...ego.partners.map((p) => textWidth(departmentName(p, language), FONT_SIZE)));
  // Room for the labels, the margins and the bars with their counts: never a bar of negative length.
  const width = chartWidth(widthOption, {min: labelWidth + 14 + 24 + 80, fallback: 640});
  const maxWeight = Math.max(...ego.partners.map((p) => p.weight));
  const itemsTitle = (p: Partner) => p.items.join(", ");
  const chart = Plot.plot({
    width,
    height: 22 * ego.partners.length + 40,
    marginLeft: labelWidth + 14,
    marginRight: 24,
    style: {fontSize: `${FONT_SIZE}px`},
    ariaLabel: "partner departments",
    marginBottom: 40,
    x: {
      label: localize("shared items 共担条目", language),
      labelAnchor: "center",
      labelArrow: "none",
      grid: true,
      tickFormat: "d",
      // Room right of the longest bar for its count (axisRoom.ts): the count is never cut at the chart's edge.
      insetRight: endLabelRoom(
        ego.partners.map((p) => String(p.weight)),
        11,
        4
      ),
      ...(maxWeight <= 12 ? {ticks: Array.from({length: maxWeight + 1}, (_, i) => i)} : {})
    },
    y: {domain: ego.partners.map((p) => p.name), axis: null},
    marks: [
      Plot.axisY({
        tickSize: 0,
        label: null,
        fontSize: FONT_SIZE,
        tickFormat: (name: string) => (byName.has(name) ? departmentName(byName.get(name)!, language) : name),
        title: (name: string) => (byName.has(name) ? departmentTitle(byName.get(name)!) : name)
      }),
      Plot.barX(ego.partners, {
        x: "weight",
        y: "name",
        fill: BAR_FILL,
        title: (p: Partner) => `${departmentTitle(p)}\n${p.weight} shared items 共担条目: ${itemsTitle(p)}`,
        tip: {lineWidth: 30}
      }),
      // The count as endLabelRoom measured it (Plot would write 1000 as "1,000").
      Plot.text(ego.partners, {
        x: "weight",
        y: "name",
        text: (p: Partner) => String(p.weight),
        textAnchor: "start",
        dx: 4,
        fontSize: 11,
        fontVariant: "tabular-nums"
      }),
      Plot.ruleX([0])
    ],
    document,
    ...options
  } as Plot.PlotOptions);
  chart.setAttribute("data-chart", "partners");
  root.append(chart);
  return root;
}
