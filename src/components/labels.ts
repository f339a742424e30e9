/**
 * Helpers shared by the network and matrix components: how a department or an item is named in a label and
 * in a tooltip, and a rough measure of a label's width (no layout engine is needed, so it works in jsdom).
 *
 *   departmentTitle(d) → "市发改委 · 市发展和改革委员会 · Municipal Development and Reform Commission"
 */
import {CJK} from "../lib/chars.js";
import type {Department, Item} from "../lib/model.js";
import type {Language} from "../page/language.js";

/**
 * The short label, the full Chinese name when it differs, and the English gloss:
 * "市发改委 · 市发展和改革委员会 · Municipal Development and Reform Commission".
 */
export function departmentTitle(d: Pick<Department, "name" | "shortName" | "nameEn">): string {
  const parts = d.shortName && d.shortName !== d.name ? [d.shortName, d.name] : [d.name];
  if (d.nameEn) parts.push(d.nameEn);
  return parts.join(" · ");
}

/** A department record for a name the model does not list (should not happen; keeps views total). */
export function departmentOf(departments: Map<string, Department>, name: string): Department {
  return (
    departments.get(name) ?? {
      name,
      shortName: name,
      aliasesSeen: [],
      nameEn: null,
      kind: "unknown",
      known: false
    }
  );
}

/** "T1 提升优势产业质量引领力", cut to `max` characters of title with an ellipsis. */
export function itemLabel(item: Pick<Item, "id" | "title">, max = Infinity): string {
  const title = [...(item.title ?? "")];
  return `${item.id} ${title.length > max ? title.slice(0, max - 1).join("") + "…" : title.join("")}`.trim();
}

/** General punctuation (dashes, “quotes”, …), which a CJK font draws 1em wide. */
const WIDE_PUNCTUATION = /[\u2010-\u206f]/;

/** An estimate of a label's width in pixels: CJK characters, full-width forms and general punctuation 1em, others 0.6em. */
export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const c of text) em += CJK.test(c) || WIDE_PUNCTUATION.test(c) ? 1 : 0.6;
  return em * fontSize;
}

/** The text as it is when its estimated width (textWidth) is at most `maxWidth` pixels, else cut to fit with "…". */
export function fitText(text: string, maxWidth: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join("").trimEnd()}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

/** Rounds a coordinate to 0.1px, so that snapshots do not record floating-point noise. */
export function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Words of an English body name that say what kind of body it is, not which (dropped in graph labels). */
const BODY_KIND_WORDS = /\b(?:Municipal|Bureau|Commission|Administration|Ministry)\b/g;

/**
 * A department's label on a graph, at most `maxWidth` px at `fontSize`: the short Chinese name, or in English the
 * name without the words of its kind ("Municipal Bureau of Industry and Information Technology" → "Industry and
 * Information Technology"), cut with "…" when still too wide. Most English names share "Municipal … Bureau", which
 * a cut would keep and the distinguishing words lose. The full name belongs in the node's title.
 */
export function graphLabel(
  d: Pick<Department, "shortName" | "nameEn">,
  language: Language,
  maxWidth: number,
  fontSize = 12
): string {
  const name = departmentName(d, language);
  const which =
    language === "en"
      ? name
          .replace(BODY_KIND_WORDS, "")
          .replace(/\s+/g, " ")
          .trim()
          .replace(/^(?:(?:of|for|the)\s+)+/i, "")
      : name;
  return fitText(which || name, maxWidth, fontSize);
}

/** A department's visible label in a language: the short Chinese name, or the English name in English. */
export function departmentName(d: Pick<Department, "shortName" | "nameEn">, language: Language = "both"): string {
  return language === "en" ? (d.nameEn ?? d.shortName) : d.shortName;
}
