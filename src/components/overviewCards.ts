/**
 * The overview's answers, each a card: who leads most, the items with no designated lead, the binding indicators
 * beside the national and provincial targets, progress and the ledger as reported, and where each user starts.
 * Data in (computed by src/lib/overview.ts and the ledger and progress modules), an element out; links are
 * relative to the site's root (the overview's folder).
 *
 *   leadersCard(leadRanking(plan), {language})
 *   noLeadCard(itemsWithoutLead(plan), plan.items.length, {language, issuer: issuerHolding(plan)})
 *   bindingCard(bindingSummary(monitoring.indicators), {language, reading: indicatorTableReading(plan)})
 */
import type {
  BindingSummary,
  ComparedIndicator,
  IndicatorTableReading,
  IssuerHolding,
  ItemWithoutLead,
  LeadRank,
  MonitoringSummary
} from "../lib/overview.js";
import {elementMaker, type ElementMaker} from "./element.js";
import {type Language} from "../page/language.js";
import type {PlanLevel} from "../lib/compare/planRow.js";
import {
  countEn as count,
  type Label,
  LEDGER_STATUS_LABELS,
  OUTSIDE_GOVERNMENT_LABEL,
  OWN_JURISDICTION_LABELS,
  PROGRESS_STATUS_LABELS
} from "../lib/vocabulary.js";
import {LEDGER_STATUS_COLORS, ROLE_COLORS, STATUS_COLORS} from "./palette.js";

export interface CardOptions {
  /** Interface language: "zh", "en" or "both" (default). */
  language?: Language;
  /** The document to render into (default globalThis.document). */
  document?: Document;
}

/** Text in the chosen language: one span, or for "both" an English and a Chinese span (the site's CSS joins them). */
function words(el: ElementMaker, language: Language, en: string, zh: string): Node[] {
  if (language === "en") return [el("span", {class: "en"}, en)];
  if (language === "zh") return [el("span", {class: "zh"}, zh)];
  return [el("span", {class: "en"}, en), el("span", {class: "zh"}, zh)];
}

function card(el: ElementMaker, id: string, heading: Node[], ...children: (Node | string)[]): HTMLElement {
  return el("section", {class: "card answer-card", id, "data-answer": id}, el("h2", {}, ...heading), ...children);
}

export interface LeadRanking {
  ranks: LeadRank[];
  leaders: number;
  leadItems: number;
}

/**
 * The issuer's default holdings in a sentence, whole in each language: "The issuer, 市交通委员会, answers for all 8
 * items: …", the name linked to its brief.
 */
function issuerSentence(el: ElementMaker, language: Language, issuer: IssuerHolding, total: number): HTMLElement {
  const n = issuer.items.length;
  const all = [issuer, ...(issuer.coIssuers ?? [])];
  const links = (name: (i: (typeof all)[number]) => string, and: string) =>
    all.flatMap((i, k) => [
      ...(k === 0 ? [] : [k === all.length - 1 ? and : ", "]),
      el("a", {href: `./departments/${i.slug}`, title: i.asWritten}, name(i))
    ]);
  const joint = all.length > 1;
  const en = el(
    "span",
    {class: "en"},
    joint ? "The issuers, " : "The issuer, ",
    ...links((i) => i.nameEn ?? i.shortName, " and "),
    joint
      ? `, answer jointly for ${n === total ? `all ${count(n, "item")}` : `${n} of the ${count(total, "item")}`}: the departments issued their own plan together and it names no other body, so each holds each item no body leads (by default, not by a clause).`
      : `, answers for ${n === total ? `all ${count(n, "item")}` : `${n} of the ${count(total, "item")}`}: it is a department's own plan that names no other body, so the issuer holds each item no body leads (by default, not by a clause).`
  );
  const zh = el(
    "span",
    {class: "zh"},
    "发文机关",
    ...links((i) => i.shortName, "、"),
    joint
      ? `共同对${n === total ? `全部${n}个条目` : `${total}个条目中的${n}个`}负责：这是这些部门联合印发的本部门方案，未点名其他单位，未指定牵头的条目均由各发文机关共同承担（默认如此，而非依据责任分工条款）。`
      : `对${n === total ? `全部${n}个条目` : `${total}个条目中的${n}个`}负责：这是部门自己的方案，未点名其他单位，未指定牵头的条目均由发文机关承担（默认如此，而非依据责任分工条款）。`
  );
  return el(
    "p",
    {class: "issuer-holds", "data-issuer": all.map((i) => i.name).join("、"), "data-items": String(n)},
    ...(language === "en" ? [en] : language === "zh" ? [zh] : [en, zh])
  );
}

/**
 * Who leads most: the top departments by items led, each linked to its brief, with a bar of its items led; a lead
 * outside government marked.
 */
export function leadersCard(
  {ranks, leaders, leadItems}: LeadRanking,
  {language = "both", document = globalThis.document}: CardOptions = {}
): HTMLElement {
  const el = elementMaker(document);
  const w = (en: string, zh: string) => words(el, language, en, zh);
  const most = Math.max(1, ...ranks.map((r) => r.led.length));
  const name = (r: LeadRank) => (language === "en" ? (r.nameEn ?? r.shortName) : r.shortName);
  const list = el(
    "ol",
    {class: "leaders"},
    ...ranks.map((r) =>
      el(
        "li",
        {"data-department": r.name},
        // The name and its mark in one cell of the row's grid (name, bar, count).
        el(
          "span",
          {class: "leader-name"},
          el("a", {href: `./departments/${r.slug}`, title: r.name}, name(r)),
          r.outsideGovernment
            ? el(
                "span",
                {class: "muted small", "data-outside-government": ""},
                " · ",
                ...words(el, language, OUTSIDE_GOVERNMENT_LABEL.en, OUTSIDE_GOVERNMENT_LABEL.zh)
              )
            : ""
        ),
        el(
          "span",
          {class: "lead-bar", "aria-hidden": "true"},
          el("span", {style: `width:${(100 * r.led.length) / most}%;background:${ROLE_COLORS.lead}`})
        ),
        el(
          "span",
          {class: "lead-count"},
          el("strong", {}, String(r.led.length)),
          r.joint ? el("span", {class: "muted"}, ` (${r.joint})`) : ""
        )
      )
    )
  );
  return card(
    el,
    "who-leads",
    w("Who leads most", "谁牵头最多"),
    el(
      "p",
      {class: "muted small"},
      ...w("Items led (牵头); in brackets, items held jointly (共同).", "牵头条目数；括号内为共同负责的条目数。")
    ),
    ranks.length
      ? list
      : el("p", {class: "muted"}, ...w("No department is named as lead (牵头).", "没有部门被明确为牵头单位。")),
    el(
      "p",
      {class: "muted small"},
      ...w(
        `${count(leaders, "department leads", "departments lead")} at least one item; ${count(leadItems, "item has", "items have")} a designated lead. Each name opens the department's one-page brief.`,
        `${leaders}个部门牵头至少一项；${leadItems}个条目有明确的牵头单位。点击部门名称打开其一页简报。`
      )
    )
  );
}

/** The items with no designated lead: the count of all items, and the list, each linked to its place in the source. */
export function noLeadCard(
  rows: ItemWithoutLead[],
  total: number,
  {language = "both", document = globalThis.document, issuer = null}: CardOptions & {issuer?: IssuerHolding | null} = {}
): HTMLElement {
  const el = elementMaker(document);
  const w = (en: string, zh: string) => words(el, language, en, zh);
  const item = ({item, reason}: ItemWithoutLead) =>
    el(
      "li",
      {"data-item": item.id},
      el("a", {href: `./source#${item.id}`}, el("code", {}, item.id)),
      " ",
      item.title,
      reason === "no one named"
        ? el("span", {class: "muted"}, " · ", ...w("no one named", "未点名责任单位"))
        : reason === "joint"
          ? el("span", {class: "muted"}, " · ", ...w("held jointly", "共同负责"))
          : ""
    );
  // Joint responsibility is responsibility: the bodies a 责任单位 list names answer together, with none in the lead;
  // only the others (support only, a placeholder, no one named) have no one who answers for them.
  const joint = rows.filter((r) => r.reason === "joint").length;
  const unanswered = rows.length - joint;
  return card(
    el,
    "no-lead",
    w("Items with no designated lead", "无明确牵头单位的条目"),
    el(
      "p",
      {class: "answer"},
      el("span", {class: "big"}, String(rows.length)),
      ` / ${total} `,
      // The noun alone in each language: a measure word (个) after the slash would count nothing (27 / 50 · 个条目).
      ...w("items", "条目")
    ),
    issuer ? issuerSentence(el, language, issuer, total) : "",
    el(
      "p",
      {class: "muted small"},
      ...(rows.length
        ? [
            ...(joint
              ? w(
                  `${count(joint, "item is", "items are")} held jointly by the bodies named (共同, a list of 责任单位): they answer for ${joint === 1 ? "it" : "them"} together, with none named to lead.`,
                  `${joint}个条目由所列单位共同负责（责任单位并列）：各单位共同承担责任，但未指定牵头单位。`
                )
              : []),
            ...(joint && unanswered ? [el("span", {}, " ")] : []),
            ...(unanswered
              ? w(
                  `${count(unanswered, "item names", "items name")} bodies in support only, a placeholder, or no one: no body answers for ${unanswered === 1 ? "it" : "them"}.`,
                  `${unanswered}个条目只列出配合单位、泛称单位，或未列出单位：没有承担责任的单位。`
                )
              : [])
          ]
        : w("Every item has a body that answers for it.", "每个条目都有承担责任的单位。")),
      " ",
      el("a", {href: "./responsibilities#accountability"}, ...w("See the accountability checks →", "查看责任检查 →"))
    ),
    rows.length
      ? el(
          "details",
          {class: "no-lead-items"},
          el("summary", {}, ...w(`The ${count(rows.length, "item")}`, `${rows.length}个条目`)),
          el("ol", {class: "items"}, ...rows.map(item))
        )
      : ""
  );
}

const TARGET: [string, string] = ["Target", "目标"];
const NATION: [string, string] = ["Nation", "全国"];
const PROVINCE: [string, string] = ["Province", "全省"];
const SIGN: Record<string, string> = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": ""};
const ALIGN: Record<string, [string, string]> = {
  stricter: ["stricter", "更严"],
  same: ["same", "相同"],
  looser: ["looser", "更宽"],
  "local only": ["local only", "本地独有"],
  "not comparable": ["not comparable", "无法比较"]
};

/** The binding indicators: each target beside the national and provincial ones, with the comparison's verdict. */
export function bindingCard(
  {indicators, tally}: BindingSummary,
  {
    language = "both",
    document = globalThis.document,
    reading = null
  }: CardOptions & {reading?: IndicatorTableReading | null} = {}
): HTMLElement {
  const el = elementMaker(document);
  const w = (en: string, zh: string) => words(el, language, en, zh);
  // A column's name for the phone layout, where each cell carries it (CSS content: attr(data-label)).
  const label = (en: string, zh: string) => (language === "en" ? en : language === "zh" ? zh : `${en} ${zh}`);
  const side = (i: ComparedIndicator, level: "nation" | "province") => {
    const {alignment, benchmark} = i[level];
    const key = alignment ?? "not comparable";
    return el(
      "td",
      {"data-level": level, "data-alignment": key, "data-label": label(...(level === "nation" ? NATION : PROVINCE))},
      benchmark
        ? el("span", {}, `${SIGN[benchmark.comparator] ?? ""}${benchmark.value}${benchmark.unit === "%" ? "%" : ""} `)
        : "",
      el("span", {class: `align align-${key.replace(" ", "-")}`}, ...w(...ALIGN[key]))
    );
  };
  const name = (i: ComparedIndicator) => (language === "en" ? (i.nameEn ?? i.name) : i.name);
  const table = el(
    "table",
    {class: "binding"},
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", {}, ...w("Indicator", "指标")),
        el("th", {}, ...w(...TARGET)),
        el("th", {}, ...w(...NATION)),
        el("th", {}, ...w(...PROVINCE))
      )
    ),
    el(
      "tbody",
      {},
      ...indicators.map((i) =>
        el(
          "tr",
          {"data-indicator": i.id},
          el("td", {}, el("a", {href: `./indicators#${i.id}`}, el("code", {}, i.id)), " ", name(i)),
          el(
            "td",
            {"data-label": label(...TARGET)},
            el("strong", {}, i.target.raw),
            i.unit ? el("span", {class: "muted"}, ` ${i.unit}`) : ""
          ),
          side(i, "nation"),
          side(i, "province")
        )
      )
    )
  );
  // "3 the same, 1 local only": the comparisons that occur, in the order stricter, same, looser, local only.
  const phrase = (level: "nation" | "province", zh: boolean) =>
    Object.entries(tally[level])
      .filter(([, k]) => k > 0)
      .map(([key, k]) => (zh ? `${ALIGN[key][1]}${k}项` : `${k} ${key === "same" ? "the same" : ALIGN[key][0]}`))
      .join(zh ? "、" : ", ");
  const n = indicators.length;
  return card(
    el,
    "binding",
    w("Binding indicators against national and provincial targets", "约束性指标与国家、省级目标对照"),
    n
      ? el(
          "p",
          {class: "answer"},
          ...w(
            `${count(n, "binding indicator")}. Against the national targets: ${phrase("nation", false)}. Against the provincial targets: ${phrase("province", false)}.`,
            `约束性指标${n}项。与国家目标相比：${phrase("nation", true)}；与省级目标相比：${phrase("province", true)}。`
          )
        )
      : reading && !reading.read
        ? notReadNote(el, language, reading)
        : el(
            "p",
            {class: "muted", "data-binding": "none"},
            ...w(
              reading
                ? `The plan's indicator table (${count(reading.indicators, "indicator")} read) marks none as binding.`
                : "The plan's indicator table marks no indicator as binding.",
              reading
                ? `方案指标表（已读取${reading.indicators}项指标）中没有约束性指标。`
                : "方案指标表中没有约束性指标。"
            )
          ),
    n ? el("div", {class: "table-scroll"}, table) : "",
    el(
      "p",
      {class: "muted small"},
      el("a", {href: "./indicators"}, ...w("All indicators with their sources →", "全部指标及对标来源 →"))
    )
  );
}

/**
 * "No indicator table was read": said when the reader read no indicator row, so that the absence of binding
 * indicators is never stated as a fact; with the lines the reader did not understand, where an unread table is.
 */
function notReadNote(el: ElementMaker, language: Language, reading: IndicatorTableReading): HTMLElement {
  const lines = reading.linesNotUnderstood;
  return el(
    "p",
    // A warning when lines were not understood (a table may be among them), else a plain note.
    {class: lines ? "warning" : "muted", "data-binding": "not-read"},
    ...words(
      el,
      language,
      `No indicator table was read from this plan, so whether any indicator is binding is not known.${lines ? ` The reader did not understand ${count(lines, "line")} of its body: a table may be among them.` : ""} `,
      `未能从本方案读取指标表，因此无法判断是否有约束性指标。${lines ? `正文中有${lines}行未能解析，指标表可能在其中。` : ""}`
    ),
    el("a", {href: "./data"}, ...words(el, language, "What the reader read →", "解析情况 →"))
  );
}

function tallyList(
  el: ElementMaker,
  counts: Record<string, number>,
  colors: Record<string, string>,
  labels: Record<string, Label>,
  language: Language
) {
  return el(
    "ul",
    {class: "tally"},
    ...Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([status, n]) =>
        el(
          "li",
          {"data-status": status},
          el("span", {class: "light", style: `color:${colors[status] ?? "#bbb"}`}, "●"),
          " ",
          ...words(el, language, labels[status]?.en ?? status, labels[status]?.zh ?? status),
          " ",
          el("strong", {"data-count": ""}, String(n))
        )
      )
  );
}

/**
 * Progress and the ledger as reported: the counts when data are loaded, else what to load and where. `level`: the
 * plan's level of government (planLevel), which names its own observations (city, county …; null: local).
 */
export function monitoringCard(
  {progress, ledger}: MonitoringSummary,
  {
    files,
    level = null,
    language = "both",
    document = globalThis.document
  }: CardOptions & {files: {observations: string; statuses: string}; level?: PlanLevel | null}
): HTMLElement {
  const el = elementMaker(document);
  const w = (en: string, zh: string) => words(el, language, en, zh);
  const own = OWN_JURISDICTION_LABELS[level ?? "unknown"];
  return card(
    el,
    "monitoring",
    w("Progress and the task ledger", "进展与任务台账"),
    el("h3", {}, el("a", {href: "./progress"}, ...w("Progress toward the targets", "指标进展"))),
    progress.observed
      ? el(
          "div",
          {"data-progress": String(progress.observed)},
          el(
            "p",
            {class: "small"},
            ...w(
              `${progress.observed} of ${count(progress.indicators, "indicator")} ${progress.observed === 1 ? "has" : "have"} ${own.en} observations (${files.observations}):`,
              `${progress.indicators}项指标中${progress.observed}项有${own.zh}观测值（${files.observations}）：`
            )
          ),
          tallyList(el, progress.counts as Record<string, number>, STATUS_COLORS, PROGRESS_STATUS_LABELS, language)
        )
      : el(
          "p",
          {class: "muted small", "data-progress": "0"},
          ...w(
            `No ${own.en} observations yet: load a monitoring file on the Progress page (it stays in this browser).`,
            `尚无${own.zh}观测值：请在“进展监测”页载入监测数据（文件只保存在本浏览器中）。`
          )
        ),
    el("h3", {}, el("a", {href: "./ledger"}, ...w("Task ledger", "任务台账"))),
    ledger.reported
      ? el(
          "div",
          {"data-ledger": String(ledger.reported)},
          el(
            "p",
            {class: "small"},
            ...w(
              `${count(ledger.items, "item")}, ${count(ledger.reported, "status row")} (${files.statuses}):`,
              `${ledger.items}个条目，进展记录${ledger.reported}行（${files.statuses}）：`
            )
          ),
          tallyList(el, ledger.counts as Record<string, number>, LEDGER_STATUS_COLORS, LEDGER_STATUS_LABELS, language)
        )
      : el(
          "p",
          {class: "muted small", "data-ledger": "0"},
          ...w(
            `No status reported yet for the ${count(ledger.items, "item")}: load a status file on the Task ledger page (it stays in this browser).`,
            `${ledger.items}个条目尚无进展报告：请在“任务台账”页载入进展文件（文件只保存在本浏览器中）。`
          )
        )
  );
}

/** Where each user starts: a planner, a researcher, a presenter, each with the pages for their job. */
export function startHere({language = "both", document = globalThis.document}: CardOptions = {}): HTMLElement {
  const el = elementMaker(document);
  const w = (en: string, zh: string) => words(el, language, en, zh);
  const link = (href: string, en: string, zh: string) => el("li", {}, el("a", {href}, ...w(en, zh)));
  // Pages that exist at the site's root only (the embeds, the compare pages): from a plan's own pages under
  // /plans/<name>/, two folders up.
  const root = /\/plans\/[^/]+\//.test(globalThis.location?.pathname ?? "") ? "../../" : "./";
  const user = (id: string, en: string, zh: string, ...links: HTMLElement[]) =>
    el("div", {class: "start", "data-user": id}, el("h3", {}, ...w(en, zh)), el("ul", {}, ...links));
  return card(
    el,
    "start-here",
    w("Start here", "从这里开始"),
    el(
      "div",
      {class: "start-grid"},
      user(
        "planner",
        "Planners: who answers for what",
        "规划人员：谁对什么负责",
        link("./responsibilities", "Responsibility matrix and accountability checks", "责任矩阵与责任检查"),
        link("./departments", "A department's items and its one-page brief", "部门条目与一页简报"),
        link("./ledger", "Task ledger: statuses and deadlines", "任务台账：进展与时限")
      ),
      user(
        "researcher",
        "Researchers: targets and structures",
        "研究人员：目标与责任结构",
        link("./indicators", "Indicators against national and provincial targets", "指标与国家、省级目标对照"),
        link("./network", "The responsibility network", "责任网络"),
        link("./data", "Every table, its counts and downloads", "全部数据表及下载"),
        link(`${root}compare/plans`, "Compare this plan with the others", "与其他方案比较")
      ),
      user(
        "presenter",
        "Presenters: charts for a briefing",
        "汇报人员：用于汇报的图表",
        link(`${root}embeds`, "Embed a chart in another page", "在其他网页嵌入图表"),
        link("./progress", "Progress charts toward the targets", "指标进展图"),
        link("./source", "The source text, every item marked", "方案原文及标注")
      )
    )
  );
}

/** The answers in one line each, for the top of the page (the first screen of a phone), each linked to its card. */
export function headlineAnswers(
  {
    top,
    tied = 1,
    noLead,
    joint = 0,
    items,
    binding,
    issuer = null,
    reading = null
  }: {
    top: LeadRank | null;
    /** Departments leading as many items as `top` (leadRanking's tiedAtTop), `top` included; default 1. */
    tied?: number;
    noLead: number;
    /** Of the `noLead` items, those named bodies hold jointly (itemsWithoutLead's reason "joint"); default 0. */
    joint?: number;
    items: number;
    binding: BindingSummary;
    /** The issuer's default holdings (issuerHolding), said when no department leads. */
    issuer?: IssuerHolding | null;
    /** What was read of the indicator table (indicatorTableReading): "no table read" rather than "0 binding". */
    reading?: IndicatorTableReading | null;
  },
  {language = "both", document = globalThis.document}: CardOptions = {}
): HTMLElement {
  const el = elementMaker(document);
  const w = (en: string, zh: string) => words(el, language, en, zh);
  const li = (href: string, big: string, ...text: Node[]) =>
    el("li", {}, el("a", {href}, el("strong", {class: "answer-figure"}, big), ...text));
  const n = binding.indicators.length;
  const matched = binding.indicators.filter((i) => i.nation.benchmark || i.province.benchmark).length;
  const topName = top ? (language === "en" ? (top.nameEn ?? top.shortName) : top.shortName) : "";
  // Each sentence whole in each language (the figure above it is repeated in the sentence).
  return el(
    "ul",
    {class: "answers", "data-answers": ""},
    top
      ? li(
          "#who-leads",
          String(top.led.length),
          ...(tied > 1
            ? w(
                `${topName} and ${count(tied - 1, "other department")} each lead ${count(top.led.length, "item")}, the most of any department`,
                `${topName}等${tied}个部门各牵头${top.led.length}项，并列最多`
              )
            : w(
                `${topName} leads ${count(top.led.length, "item")}, the most of any department`,
                `${topName}牵头${top.led.length}项，为各部门最多`
              ))
        )
      : issuer
        ? li(
            "#who-leads",
            String(issuer.items.length),
            ...(issuer.coIssuers?.length
              ? w(
                  `${[issuer, ...issuer.coIssuers].map((i) => (language === "en" ? (i.nameEn ?? i.shortName) : i.shortName)).join(" and ")}, the issuers, hold ${issuer.items.length === items ? `all ${count(items, "item")}` : count(issuer.items.length, "item")} jointly: their own plan names no other body`,
                  `发文机关${[issuer, ...issuer.coIssuers].map((i) => i.shortName).join("、")}共同承担${issuer.items.length === items ? `全部${items}个条目` : `${issuer.items.length}个条目`}：联合印发的本部门方案未点名其他单位`
                )
              : w(
                  `${language === "en" ? (issuer.nameEn ?? issuer.shortName) : issuer.shortName}, the issuer, holds ${issuer.items.length === items ? `all ${count(items, "item")}` : count(issuer.items.length, "item")}: its own plan names no other body`,
                  `发文机关${issuer.shortName}承担${issuer.items.length === items ? `全部${items}个条目` : `${issuer.items.length}个条目`}：本部门方案未点名其他单位`
                ))
          )
        : li("#who-leads", "0", ...w("No item has a designated lead", "没有条目有明确的牵头单位")),
    li(
      "#no-lead",
      `${noLead}/${items}`,
      // Items held jointly are answered for (together): said apart from the items no body answers for.
      ...(joint === 0
        ? w(
            `${noLead} of ${count(items, "item")} ${noLead === 1 ? "has" : "have"} no designated lead`,
            `${items}个条目中${noLead}个无明确牵头单位`
          )
        : joint === noLead
          ? w(
              `${noLead} of ${count(items, "item")} ${noLead === 1 ? "has no single lead: the bodies named hold it jointly" : "have no single lead: the bodies named hold them jointly"}`,
              `${items}个条目中${noLead}个无单一牵头单位，由所列单位共同负责`
            )
          : w(
              `${noLead} of ${count(items, "item")} ${noLead === 1 ? "has" : "have"} no designated lead: ${joint} held jointly by the bodies named, ${noLead - joint} with no body that answers`,
              `${items}个条目中${noLead}个无明确牵头单位：${joint}个由所列单位共同负责，${noLead - joint}个无承担责任的单位`
            ))
    ),
    reading && !reading.read
      ? li(
          "#binding",
          "—",
          ...w(
            "No indicator table was read from the plan: binding indicators unknown",
            "未能读取方案的指标表：约束性指标情况不明"
          )
        )
      : li(
          "#binding",
          String(n),
          ...w(
            `${count(n, "binding indicator")}, ${matched} with a national or provincial target to compare`,
            `约束性指标${n}项，其中${matched}项有国家或省级目标可对照`
          )
        )
  );
}
