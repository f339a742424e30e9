/**
 * The colours of the product, defined once: every view, page and export uses these. Okabe–Ito hues, which
 * stay distinct for the common forms of colour blindness.
 */
import type {ItemKind, Role} from "../lib/model.js";

export const ROLES: Role[] = ["lead", "support", "joint", "implicit"];
export const ROLE_COLORS: Record<Role, string> = {
  lead: "#D55E00",
  support: "#0072B2",
  joint: "#009E73",
  implicit: "#BBBBBB"
};
export const ROLE_LABELS: Record<Role, string> = {
  lead: "牵头 lead",
  support: "配合 support",
  joint: "共同 joint",
  implicit: "默认 implicit"
};

export const KINDS: ItemKind[] = ["task", "action"];
export const KIND_COLORS: Record<ItemKind, string> = {task: "#0072B2", action: "#E69F00"};
export const KIND_LABELS: Record<ItemKind, string> = {task: "任务 tasks", action: "专栏行动 actions"};

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

/** Jurisdictions in the target comparison: the plan's own, the province's, the nation's. */
export const LEVELS = ["city", "province", "nation"] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_COLORS: Record<Level, string> = {city: "#D55E00", province: "#56B4E9", nation: "#000000"};
export const LEVEL_LABELS: Record<Level, string> = {
  city: "本市 this plan",
  province: "省 province",
  nation: "全国 nation"
};

/** Statuses of progress, from good to bad, and their colours (green → red, colour-blind safe with the labels). */
export const STATUS_COLORS: Record<string, string> = {
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
export const LEDGER_STATUS_COLORS: Record<string, string> = {
  overdue: "#D55E00",
  "at risk": "#E69F00",
  "not started": "#CC79A7",
  "in progress": "#0072B2",
  completed: "#009E73",
  "not reported": "#BBBBBB"
};

/** The statuses in Chinese, for the 中文 interface (the English status is the key, and what "both" shows). */
export const STATUS_LABELS_ZH: Record<string, string> = {
  achieved: "已实现",
  "on track": "进展顺利",
  "moderately improving": "稳步改善",
  "needs acceleration": "需加快",
  stagnating: "停滞",
  "limited progress": "进展有限",
  worsening: "恶化",
  deterioration: "退步",
  "not achieved": "未实现",
  "insufficient data": "数据不足"
};

/** Kinds of department, as labels ("中文 English", split with localize). */
export const DEPARTMENT_KIND_LABELS: Record<string, string> = {
  "national-department": "国家部委 national ministry or agency",
  "provincial-department": "省级部门 provincial department",
  "municipal-department": "市级部门 municipal department",
  "county-department": "县级部门 county department",
  office: "办公室/委员会 office or committee",
  "vertical-agency": "垂直管理机构 vertical agency",
  "management-committee": "管委会 management committee",
  "county-government": "县级政府 county governments",
  generic: "泛指 generic placeholder",
  unknown: "未知 unknown"
};

/** The levels of government that issue plans, from the top, and their colours (Okabe–Ito: no role's hue first). */
export const PLAN_LEVELS = ["nation", "province", "city", "county"] as const;
export const PLAN_LEVEL_COLORS: Record<string, string> = {
  nation: "#CC79A7",
  province: "#56B4E9",
  city: "#E69F00",
  county: "#009E73"
};
export const PLAN_LEVEL_LABELS: Record<string, string> = {
  nation: "国家 nation",
  province: "省级 province",
  city: "市级 city",
  county: "县区级 county"
};

/**
 * Lineage labels of a child plan's items (src/lib/compare/lineage.ts): the parent's text copied (vermillion),
 * adapted (orange), the child's own (blue). The label is always written beside the colour.
 */
export const LINEAGE_COLORS: Record<"copied" | "adapted" | "new", string> = {
  copied: "#D55E00",
  adapted: "#E69F00",
  new: "#0072B2"
};

/** The indicators compare page's dots: a plan's target, the nation's figures, the province's. */
export const FIGURE_COLORS: Record<"plan" | "nation" | "province", string> = {
  plan: "#D55E00",
  nation: "#000000",
  province: "#56B4E9"
};
