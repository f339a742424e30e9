/**
 * The colours of the product, defined once: every view, page and export uses these. Okabe–Ito hues, which
 * stay distinct for the common forms of colour blindness. Labels live in src/lib/vocabulary.ts.
 */
import type {ItemKind, Role} from "../lib/model.js";
import type {Level, ProgressStatus} from "../lib/vocabulary.js";
import type {LedgerStatus} from "../lib/ledger.js";
import type {PlanLevel} from "../lib/compare/planRow.js";

export const ROLE_COLORS: Record<Role, string> = {
  lead: "#D55E00",
  support: "#0072B2",
  joint: "#009E73",
  implicit: "#BBBBBB"
};
export const KIND_COLORS: Record<ItemKind, string> = {task: "#0072B2", action: "#E69F00"};

/** The source text's highlighter for quantitative targets (Okabe–Ito yellow) and tint of indicator rows (sky blue). */
export const TARGET_COLOR = "#F0E442";
export const INDICATOR_COLOR = "#56B4E9";

/**
 * Chapter colours, by chapter seq: a sequential purple ramp (chapter 一 lightest, 九 darkest), a hue no role
 * uses, so that a chapter is never read as a role (orange is lead, blue support, green joint, grey implicit).
 * Chapters are in an order, so a ramp says "earlier / later" without claiming a category of its own; a plan with
 * more than nine chapters starts again. A chapter keeps its colour whichever of its neighbours are shown.
 */
export const CHAPTER_COLORS: string[] = [
  "#DCD9EC",
  "#C7C3E0",
  "#B0AAD3",
  "#9A92C6",
  "#857BB9",
  "#7064AB",
  "#5C4D9C",
  "#48378C",
  "#35227A"
];
/** The colour of items that stand in no chapter. */
export const NO_CHAPTER_COLOR = "#FFFFFF";

/** chapterColor(2) → "#C7C3E0"; null (no chapter) → white. */
export function chapterColor(seq: number | null | undefined): string {
  if (seq == null || !(seq >= 1)) return NO_CHAPTER_COLOR;
  return CHAPTER_COLORS[(Math.floor(seq) - 1) % CHAPTER_COLORS.length];
}

/**
 * How the network views draw a link of each role: leads solid and thick, supports thin, joints dashed,
 * implicit roles faint. The colour is ROLE_COLORS[role].
 */
export const ROLE_STROKES: Record<Role, {width: number; dasharray: string | null; opacity: number}> = {
  lead: {width: 2.5, dasharray: null, opacity: 0.85},
  support: {width: 1, dasharray: null, opacity: 0.85},
  joint: {width: 1.2, dasharray: "4,3", opacity: 0.85},
  implicit: {width: 0.5, dasharray: null, opacity: 0.25}
};

/** Jurisdictions in the target comparison: the plan's own (vermillion), the province's (sky blue), the nation's. */
export const LEVEL_COLORS: Record<Level, string> = {city: "#D55E00", province: "#56B4E9", nation: "#000000"};

/** Statuses of progress, from good to bad, and their colours (green → red, colour-blind safe with the labels). */
export const STATUS_COLORS: Record<ProgressStatus, string> = {
  achieved: "#009E73",
  "on track": "#009E73",
  "moderately improving": "#F0E442",
  "needs acceleration": "#F0E442",
  stagnating: "#E69F00",
  "limited progress": "#E69F00",
  worsening: "#D55E00",
  deterioration: "#D55E00",
  "not achieved": "#D55E00",
  "insufficient data": "#BBBBBB"
};

/**
 * The task ledger's statuses (src/lib/ledger.ts), worst first. Overdue vermillion and at risk orange (the two
 * that need a supervisor), not started reddish purple, in progress blue, completed green, not reported grey;
 * the status is always written beside its dot, so no reading rests on the colour alone.
 */
export const LEDGER_STATUS_COLORS: Record<LedgerStatus, string> = {
  overdue: "#D55E00",
  "at risk": "#E69F00",
  "not started": "#CC79A7",
  "in progress": "#0072B2",
  completed: "#009E73",
  "not reported": "#BBBBBB"
};

/** The levels of government that issue plans (PLAN_LEVELS in src/lib/compare/planRow.ts): colours, Okabe–Ito, no role's hue first. */
export const PLAN_LEVEL_COLORS: Record<PlanLevel, string> = {
  nation: "#CC79A7",
  province: "#56B4E9",
  city: "#E69F00",
  county: "#009E73"
};
