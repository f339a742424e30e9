/**
 * Synthetic plans for the benchmarks, made on the fly (never stored, never shown as data): n departments and
 * 3n items in 9 chapters; each item names 1–4 departments, popular ones more often (a Zipf-like draw), with a
 * lead in half of the items and joint departments in the rest. Deterministic for a given seed.
 */
import type {Department, Item, PlanModel, Responsibility, Role} from "../src/lib/model.js";
import {emptyModel} from "../src/lib/reader/parse.js";

/**
 * A plan model of `departments` departments with about `itemsPerDepartment` items each, the departments' shares of
 * items skewed as in real plans (a few lead much); the same model for the same seed.
 */
export function syntheticModel(departments: number, {itemsPerDepartment = 3, seed = 1} = {}): PlanModel {
  let s = seed >>> 0 || 1;
  const random = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const zipf = () => Math.min(departments - 1, Math.floor(departments * random() ** 2.2));
  const m = emptyModel();
  const span = {line: 1, start: 0, end: 0};
  m.departments = Array.from({length: departments}, (_, i): Department => ({
    name: `部门${String(i + 1).padStart(5, "0")}`,
    shortName: `部门${i + 1}`,
    aliasesSeen: [],
    nameEn: `Department ${i + 1}`,
    kind: "municipal-department",
    known: true
  }));
  const n = departments * itemsPerDepartment;
  for (let k = 0; k < n; ++k) {
    const chapter = 1 + Math.floor((9 * k) / n);
    const id = `T${k + 1}`;
    m.items.push({
      id,
      kind: "task",
      seq: k + 1,
      column: null,
      chapter,
      order: k + 1,
      title: `任务${k + 1}`,
      text: "",
      clause: null,
      source: span
    } as Item);
    const count = 1 + Math.floor(random() * 4);
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(zipf());
    const withLead = random() < 0.5;
    [...chosen].forEach((d, j) => {
      const role: Role = withLead ? (j === 0 ? "lead" : "support") : count === 1 ? "lead" : "joint";
      m.responsibilities.push({
        item: id,
        department: m.departments[d].name,
        role,
        asWritten: m.departments[d].name,
        source: span
      } as Responsibility);
    });
  }
  // Keep only departments that hold an item, in order of first appearance, as the parser would.
  const used = new Set(m.responsibilities.map((r) => r.department));
  m.departments = m.departments.filter((d) => used.has(d.name));
  m.chapters = Array.from({length: 9}, (_, i) => ({
    id: `C${i + 1}`,
    seq: i + 1,
    numeral: "一二三四五六七八九"[i],
    title: `第${i + 1}章`,
    columns: [],
    source: span
  }));
  return m;
}
