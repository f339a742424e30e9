/**
 * parsePlan: the text (or bytes) of a plan in, the data model out. It never throws: whatever it cannot read
 * becomes a warning with the line it stands on, and everything it can read is kept.
 *
 * The stages, one file each: decode (bytes → text) → normalize (one character for one) → simplified (a shadow
 * that the rules match) → outline (numbered lines as a tree) → header → items (chapters, groups, items, goals) →
 * clauses (who does each item) → departments (names resolved) → deadline → targets → indicators → coverage.
 */
import type {PageHeaderField} from "../model.js";
import type {DepartmentDirectory} from "../departments.js";
import {emptyDirectory, entryFitsPlace} from "../departments.js";
import type {
  Chapter,
  Deadline,
  Department,
  Goal,
  Group,
  Item,
  PlanModel,
  Responsibility,
  SourceSpan,
  Target,
  Warning
} from "../model.js";
import {bodyKind, collectiveName, isBareOffice, looksLikeBody, namesRunOn, officeOf} from "./bodies.js";
import {collectiveOfOtherLevel} from "./collectives.js";
import {
  blanketNotes,
  cutLastName,
  findItemClause,
  joinParts,
  firstListedNotes,
  inTextAssignment,
  type ItemClause,
  leadingDuty,
  openingBodies,
  readClause,
  sentenceSubjects,
  splitTopLevel
} from "./clauses.js";
import {measureCoverage, unreadLabelLines} from "./coverage.js";
import {preambleGoals} from "./framing.js";
import {decodePlan} from "./decode.js";
import {
  deadlineInText,
  headingDeadline,
  planDeadline,
  readDeadline,
  relativeTimes,
  relativeYears,
  scheduleDeadline
} from "./deadline.js";
import {OFFICE_WORDS, shortBodies, shortNamesOfThings} from "./abbreviations.js";
import {readDate, readHeader} from "./header.js";
import {pageHeader} from "./pageFields.js";
import {planLevel} from "../planHeader.js";
import {notePeriod, readIndicators} from "./indicators.js";
import {
  type Allocation,
  attachmentLabel,
  captionAbove,
  readAllocation,
  readFigure,
  totalFigures,
  totalLabel
} from "./allocationTables.js";
import {issuingDepartments, placeOf, referenceName} from "./issuer.js";
import {centralBody, isCentralIssuer, ownLevelBody} from "./nationalNames.js";
import {classify, CLOSING, headingOf, preambleHeadingClause, sameCut, tableHeadings, type Unit} from "./items.js";
import {markerLabel, readMarker} from "./numbering.js";
import {normalizePlanText} from "./normalize.js";
import {foldWidth} from "../width.js";
import {type Outline, type OutlineNode, outline} from "./outline.js";
import {simplifiedShadow} from "./simplified.js";
import {stageTasks} from "./stageTasks.js";
import {Joined, lineOf} from "./spans.js";
import {
  alignCells,
  bodyColumn,
  cellKind,
  cellPieces,
  type ColumnRole,
  type TaskColumn,
  isCellFragment,
  namesBeginningWith,
  taskTables
} from "./taskTables.js";
import {findTargets} from "./targets.js";
import {mainHorizon, undatedYear} from "./horizon.js";
import {countEn} from "../vocabulary.js";

export interface ParseOptions {
  /** The department reference; without it every name is kept as written and reported unknown. */
  departments?: DepartmentDirectory;
  /**
   * Called as each stage begins, with the share of the work done before it (0 to 1, by the usual cost of each
   * stage): for a progress bar where the reader runs apart from the page (the load page's Web Worker).
   */
  onStage?: (stage: ReadStage, done: number) => void;
}

/** The stages reported to onStage, in order. */
export type ReadStage = "decode" | "outline" | "items" | "tables" | "targets" | "coverage";

/** The share of a parse done before each stage begins, from profiles of the real plans (bench/parser.ts). */
const STAGE_DONE: Record<ReadStage, number> = {
  decode: 0,
  outline: 0.15,
  items: 0.3,
  tables: 0.75,
  targets: 0.8,
  coverage: 0.95
};

/** A parse with the text every source position refers to. */
export interface Reading {
  model: PlanModel;
  /** The normalized text: source spans are offsets into it. */
  text: string;
}

export function emptyModel(): PlanModel {
  return {
    document: {title: null, docNumber: null, issuer: null, date: null, targetYear: null, baselineYear: null},
    chapters: [],
    groups: [],
    items: [],
    goals: [],
    departments: [],
    responsibilities: [],
    indicators: [],
    targets: [],
    warnings: [],
    coverage: {
      bodyChars: 0,
      covered: 0,
      itemsWithoutClause: 0,
      linesNotUnderstood: [],
      framingChars: 0,
      framingLines: [],
      attachmentLinesNotRead: [],
      encoding: "text"
    }
  };
}

/**
 * Reads a plan: bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030) or text. Returns the model; never
 * throws (an internal error becomes a warning, and what was read before it is kept).
 */
export function parsePlan(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): PlanModel {
  return readPlan(input, options).model;
}

/** parsePlan, with the normalized text that the model's source spans point into. */
export function readPlan(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): Reading {
  const model = emptyModel();
  const reading: Reading = {model, text: ""};
  try {
    const onStage = options.onStage;
    const stage = onStage ? (s: ReadStage) => onStage(s, STAGE_DONE[s]) : () => {};
    read(input, options.departments ?? emptyDirectory, reading, stage);
  } catch (error) {
    model.warnings.push({line: null, code: "internal", message: `the reader stopped early: ${String(error)}`});
  }
  return reading;
}

/** Gives a repeated id a suffix (T3, T3#2), so ids stay unique when a document repeats a number. */
function uniqueIds() {
  const seen = new Map<string, number>();
  return (id: string) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  };
}

/** A schedule chapter's heading (三、时间节点, 实施步骤, 进度安排): its sections are stages, each with its time. */
/** The words after a body's name in a heading over the work it leads: 牵头工作(8项), 负责的任务, 牵头事项. */
/** A body speaking of itself: 我局, 我委, 本厅 … (the word it ends with, to find the author by). */
const SELF_REFERENCE = /^(?:我|本)(局|委|厅|部|办|署)$/;
const HEADING_LEAD = /(?:牵头|负责|主责|承担)的?(?:工作|任务|事项|项目)(?:清单)?(?:\(\s*共?\d+\s*项\s*\))?$/;
const SCHEDULE = /时间节点|时间进度|进度|步骤|阶段|时间安排|工作安排|时间表/;
/** A time set with 前 in a stage's text: 10月15日前, 2023年9月底前, 11月底前 (a month without a year: the stage's). */
/** A word of relative time right before a month (明年6月底前, 今年10月15日前): the month is that word's year's. */
const RELATIVE_BEFORE = /(?:明年|今年|本年|当年)度?\s*$/;
const BY_DATE = /((?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)?\s*(?:之前|以前|前)/g;

const STYLE_NAMES: Record<string, string> = {
  chapter: "第一章",
  section: "第一节",
  article: "第一条",
  cn: "一、",
  "paren-cn": "(一)",
  arabic: "1.",
  "paren-arabic": "(1)",
  circled: "①"
};

// Small steps of `read` that take arrays of whatever elements kind (empty, small integers, strings): written as loops
// in functions of their own. Inside `read` (one long function, compiled as a whole), a spread, `new Set(array)` or a
// destructuring `map` met an array of another kind than before and threw its optimized code away (V8's "wrong map"
// deoptimization, hundreds of times over a corpus: `node --trace-deopt`), and compiling `read` again costs more CPU
// time than a parse.

/** How many distinct values an array holds (new Set(values).size). */
function distinctCount(values: readonly unknown[]): number {
  const seen = new Set<unknown>();
  for (let k = 0; k < values.length; ++k) seen.add(values[k]);
  return seen.size;
}

/** The last column of a task table's header that holds a task's field (not other, not parent): -1 if none, and
 * -Infinity for no column at all (as Math.max of nothing). */
function lastAssigned(roles: readonly ColumnRole[]): number {
  let last = -Infinity;
  for (let i = 0; i < roles.length; ++i) last = Math.max(last, roles[i] === "other" || roles[i] === "parent" ? -1 : i);
  return last;
}

/** The text of a cell's pieces ([start, end) ranges of source), joined without a separator. */
function piecesText(pieces: readonly (readonly [number, number])[], source: string): string {
  let out = "";
  for (let k = 0; k < pieces.length; ++k) out += source.slice(pieces[k][0], pieces[k][1]);
  return out;
}

/**
 * The caption of an attachment's numbered list: its lines as written, each without the 附件N: before it, cut where
 * the shadow has the label.
 */
function captionOf(caption: readonly {start: number; text: string}[], text: string, shadowText: string): string {
  let out = "";
  for (const h of caption) {
    const cut = /^附件\s*\d*\s*:\s*/.exec(shadowText.slice(h.start, h.start + h.text.length))?.[0].length ?? 0;
    out += text.slice(h.start + cut, h.start + h.text.length);
  }
  return out;
}

/** The numbering forms of an outline's nodes, each once, in order of first use (一、, (一) …). */
function formsOf(nodes: readonly OutlineNode[]): string[] {
  const forms = new Set<string>();
  for (const n of nodes) if (STYLE_NAMES[n.style]) forms.add(STYLE_NAMES[n.style]);
  return [...forms];
}

function read(
  input: string | Uint8Array | ArrayBuffer,
  directory: DepartmentDirectory,
  reading: Reading,
  stage: (s: ReadStage) => void
): void {
  stage("decode");
  const model = reading.model;
  const warnings: Warning[] = model.warnings;
  const decoded = decodePlan(input);
  model.coverage.encoding = typeof input === "string" ? "text" : decoded.encoding;
  if (decoded.binary) warnings.push({line: null, code: "not-text", message: "the input does not look like text"});
  else if (decoded.replaced) {
    const at = decoded.text.indexOf("\ufffd");
    const line = at < 0 ? null : decoded.text.slice(0, at).split("\n").length;
    warnings.push({
      line,
      code: "noise",
      message: `${decoded.replaced} byte sequence${decoded.replaced === 1 ? "" : "s"} could not be read as ${decoded.encoding} and ${decoded.replaced === 1 ? "was" : "were"} replaced by � (the file mixes encodings or is damaged)${line ? `, the first on line ${line}` : ""}`
    });
  }
  // Whether any character is not white space (trim() === "", without copying the whole text).
  if (!/\S/.test(decoded.text)) {
    warnings.push({line: null, code: "empty", message: "the input is empty"});
    return;
  }
  const norm = normalizePlanText(decoded.text);
  // The text as published (full-width ，（）； kept), which every name and text shown is taken from; the rules match a
  // shadow of it of the same length: full-width forms folded (normalize.ts) and traditional characters simplified.
  const text = norm.published;
  reading.text = text;
  if (norm.html)
    warnings.push({line: null, code: "html", message: "the input looked like HTML: its tags were removed"});
  if (norm.restoredLines.length)
    warnings.push({
      line: norm.restoredLines[0],
      code: "noise",
      message: `line breaks were restored before ${countEn(norm.restoredLines.length, "numbered heading")} that stood mid-line (the copy had lost its line breaks)`
    });
  // Lines a web copy decoded one byte out of step (mojibake.ts): each said, repaired or left garbled.
  for (const l of norm.shiftedLines)
    warnings.push({
      line: l.line,
      code: "noise",
      message: l.repaired
        ? `line ${l.line} was decoded one byte out of step (GBK pairs shifted, e.g. ?。ǘ┩ for （二）) and was read again in step${l.lost ? "; the copy had lost some of its bytes, so some characters are missing or wrong" : ""}`
        : `line ${l.line} is garbled: it was decoded one byte out of step (GBK pairs shifted) and could not be read again; its text may be unreadable`
    });
  const shadowText = simplifiedShadow(norm.text);
  const traditional = shadowText !== text;
  // Texts as written, from joined texts built over the shadow.
  const written = (j: Joined): string => (traditional ? j.textIn(text) : j.text);
  const shadowOf = (j: Joined): string => j.text;
  stage("outline");
  const o = outline(shadowText);
  for (const line of o.glossLines.slice(0, 1))
    warnings.push({
      line,
      code: "noise",
      message: `pinyin glosses such as (diǎn) after characters were read through on ${countEn(o.glossLines.length, "line")}`
    });
  if (o.furniture.length)
    warnings.push({
      line: o.furniture[0].line,
      code: "noise",
      message: `${countEn(o.furniture.length, "line")} of a web page's furniture (navigation, share or print buttons) ${o.furniture.length === 1 ? "was" : "were"} skipped`
    });
  const mojibake = /(?:锟斤拷|烫烫烫|Ã.|â€|ï¿½|\ufffd)/.exec(text);
  if (mojibake)
    warnings.push({
      line: lineOf(o.starts, mojibake.index),
      code: "noise",
      message: `garbled characters ("${mojibake[0]}") from a wrong encoding: the text around them may be unreadable`
    });

  // Header.
  const asWritten = (h: {text: string; line: number; start: number}) => ({
    text: text.slice(h.start, h.start + h.text.length),
    match: h.text,
    line: h.line,
    start: h.start
  });
  const header = readHeader(o.header.map(asWritten), o.signature.map(asWritten));
  Object.assign(model.document, {
    title: header.title,
    docNumber: header.docNumber,
    issuer: header.issuer,
    date: header.date
  });
  // A web page's 信息公开 record above the plan (索引号, 文号, 成文日期 …): the number, the issuer and the date of issue
  // where the text gives none, marked as the page's.
  if (o.page.length) {
    const fields = o.page.flatMap((l) => l.fields.map((f) => ({...f, at: l.start + f.offset})));
    const page = pageHeader(fields);
    const asWrittenAt = (f: (typeof fields)[number]) => text.slice(f.at, f.at + f.value.length).replace(/\s+/g, "");
    const fromPage: PageHeaderField[] = [];
    if (!model.document.docNumber && page.docNumber) {
      model.document.docNumber = asWrittenAt(page.docNumber);
      fromPage.push("docNumber");
    }
    // The record's issuer also wins where it names in full the body the text writes without its place
    // (市人民政府办公厅 in the notice's title, 武汉市人民政府办公厅 in the record).
    const pageIssuer = page.issuer ? asWrittenAt(page.issuer) : null;
    const abbreviated = (name: string, full: string) =>
      full.length > name.length && full.endsWith(name) && /^[省市区县]/.test(name);
    if (pageIssuer && (!model.document.issuer || abbreviated(model.document.issuer, pageIssuer))) {
      model.document.issuer = pageIssuer;
      fromPage.push("issuer");
    }
    if (!model.document.date && page.date) {
      model.document.date = page.date;
      fromPage.push("date");
    }
    // A copy whose text has no title line (a notice that is itself the plan, its title only in the page's record):
    // the record's 标题 (名称) read as the header's one line, so that a carrying notice's name gives the plan's.
    if (!model.document.title && page.title) {
      const f = page.title;
      const title = readHeader([
        {text: text.slice(f.at, f.at + f.value.length), match: f.value, line: 0, start: f.at}
      ]).title;
      if (title) {
        model.document.title = title;
        fromPage.push("title");
      }
    }
    if (fromPage.length) model.document.fromPage = fromPage;
    warnings.push({
      line: o.page[0].line,
      code: "noise",
      message: `${countEn(o.page.length, "line")} of the web page's 信息公开 record (${[...new Set(fields.map((f) => f.label))].slice(0, 4).join(", ")} …) ${o.page.length === 1 ? "was" : "were"} set aside: the page's, not the plan's${fromPage.length ? `; the header takes its ${fromPage.join(", ")} from it` : ""}`
    });
  }
  for (const w of header.warnings) warnings.push({line: w.line, code: "header", message: w.message});
  // The plan's own closing date (实施期限, 有效期至…, the title's period): the header's, never an item's (an item with no
  // time of its own does not take it).
  const closing = planDeadline(model.document.title, shadowText, model.document.date);
  // The years words of relative time (今年, 明年, 年内) count from: the date's, the title's (deadline.ts).
  const years = relativeYears(model.document.title, model.document.date);
  // A relative time whose year is unknown: kept with no date, and said where it stands.
  const unresolvedTime = (id: string, raw: string, line: number) =>
    warnings.push({
      line,
      code: "deadline",
      message: `${id}: "${raw}" counts from the plan's year, which the plan does not state: kept with no date`
    });
  if (closing)
    model.document.deadline = {
      raw: closing.where === "text" ? text.slice(closing.start, closing.end) : closing.deadline.raw,
      date: closing.deadline.date
    };

  // Departments: names as written, resolved once each.
  // Remembered per name: the stages ask about the same names many times (each clause, sentence and bracket).
  const bodies = new Map<string, boolean>();
  const isBody = (name: string) => {
    let known = bodies.get(name);
    if (known === undefined) bodies.set(name, (known = directory.lookup(name) !== undefined || looksLikeBody(name)));
    return known;
  };
  // Short names the text gives things that are no body (接入…数据平台(以下简称“市级平台”)): never a department, wherever
  // a list names them (abbreviations.ts); said once a record that names one.
  const things = shortNamesOfThings(shadowText, isBody);
  const namesAThing = (name: string, line: number, holder: string) => {
    if (!things.size || !things.has(simplifiedShadow(name))) return false;
    warnings.push({
      line,
      code: "clause",
      message: `${holder}: "${name}" is the short name the text gives a thing that is no body (以下简称); not read as a department`
    });
    return true;
  };
  const departments = new Map<string, Department>();
  const resolved = new Map<string, string>();
  // The State Council's plan names the central bodies bare (统计局, 国资委, 气象局): each is the national body.
  const central = isCentralIssuer(header.issuer);
  // The plan's own level, from its issuer (planLevel): a body named with no jurisdiction is of it (bodyKind).
  const ownLevel = planLevel(null, header);
  // A district's plan names its bodies 区…, a county's 县… (ownLevelBody).
  const local = ownLevel !== null && ownLevel !== "nation";
  const district = /^(?:[\u4e00-\u9fff]{1,8}?[省市])*[\u4e00-\u9fff]{1,6}?区/.test(header.issuer ?? "");
  // The plan's place, from its issuer or title (滁州市): the reference's bodies of another place are not its bodies.
  const place = placeOf(header.issuer) ?? placeOf(header.title);
  const resolve = (name: string, match: string, line: number): string => {
    // Keyed by the name as written and the name it stands for (a bare office of a parent named before it).
    const key = match.length > name.length ? `${name}\u0000${match}` : name;
    const known = resolved.get(key);
    if (known !== undefined) return known;
    // A body speaking of itself (我局, 本委) is the document's author: the signatory after the mention whose name ends
    // with the same word (a report's 国家地震局 / date at its end), else the header's issuer; the name as written stays
    // an alias and in each link's asWritten.
    const self = SELF_REFERENCE.exec(match);
    if (self) {
      const signed = o.signature.find((h) => h.line >= line && h.text.endsWith(self[1]) && readDate(h.text) === null);
      const author =
        signed?.text.trim() ?? (header.issuer ?? "").split("、").find((n) => n.endsWith(self[1]) && n !== match);
      if (author && !SELF_REFERENCE.test(author)) {
        const canonical = resolve(author, author, line);
        const d = departments.get(canonical)!;
        if (!d.aliasesSeen.includes(name)) d.aliasesSeen.push(name);
        resolved.set(key, canonical);
        return canonical;
      }
    }
    // A bare name in a local plan is the body of the plan's own jurisdiction (能源局 in a province's plan → 省能源局),
    // before any other reading of it (发展改革委 is also the national commission's short name).
    // A central body's short name that only drops its 国家/国务院/中国 (发展改革委, 统计局) is no national body in a
    // local plan (nationalNames.ts): a body of the plan's level, kept as written where the reference has none.
    const direct = directory.lookup(name) ?? directory.lookup(match);
    const bareCentral = !central && local && direct !== undefined && centralBody(match, directory) === direct;
    const listed =
      (central ? undefined : ownLevelBody(match, ownLevel, directory, district)) ??
      (bareCentral ? undefined : direct) ??
      (central ? centralBody(match, directory) : undefined);
    // 各有关部门 is the reference's 市级有关部门 only in a city's plan (collectiveOfOtherLevel); a body of one place
    // (延安's 市税务局) only in that place's plans (entryFitsPlace).
    const entry =
      listed && (collectiveOfOtherLevel(listed, match, ownLevel) || !entryFitsPlace(listed, match, place))
        ? undefined
        : listed;
    // A body not in the reference is named by its simplified form (the name as written stays an alias and in each
    // link's asWritten): a traditional-character copy names the same departments as the simplified text.
    const canonical = entry ? entry.name : collectiveName(match);
    let d = departments.get(canonical);
    if (!d) {
      d = entry
        ? {
            name: canonical,
            shortName: entry.shortName,
            aliasesSeen: [],
            nameEn: entry.nameEn || null,
            kind: entry.kind,
            known: true
          }
        : {
            name: canonical,
            shortName: canonical,
            aliasesSeen: [],
            nameEn: null,
            kind: bodyKind(match, ownLevel),
            known: false
          };
      departments.set(canonical, d);
      // A catch-all that names no body one could hold to account (省有关部门, 各相关单位: kind generic) is kept with
      // its kind; the reference lists bodies, so its absence there is no fault to warn of.
      if (!entry && d.kind !== "generic")
        warnings.push({
          line,
          code: "unknown-department",
          message: `department "${name}" is not in the department reference; kept as written`
        });
    }
    // A name that differs only in its full-width forms (街镇（园区）for 街镇(园区)) is the same name, no alias.
    if (foldWidth(name) !== canonical && !d.aliasesSeen.includes(name)) d.aliasesSeen.push(name);
    resolved.set(key, canonical);
    return canonical;
  };

  // Units.
  stage("items");
  // A district or county named bare (金山区加快…) in the plan of a city or province (its issuer 上海市交通委员会, no
  // district in it) lies below the plan's jurisdiction: a body the plan gives work to, unless its header names it.
  const cityIssuer = /^[\u4e00-\u9fff]{2,6}?[省市](?![\u4e00-\u9fff]{1,6}?(?:区|县)(?!域))/.test(header.issuer ?? "");
  const lowerPlace = (name: string) =>
    cityIssuer &&
    /^(?:[\u4e00-\u9fff]{1,3}[区县]|[\u4e00-\u9fff]{2,3}新片?区)$/.test(name) &&
    !/^(?:本|全|该|我|此)|各|(?:居住|功能|示范|开发|保护|核心|(?<!新)片|园|社|小|城|景|街|辖)区$/.test(name) &&
    !header.title?.includes(name);
  const {units, noClauses} = classify(o.roots, o.nodes, shadowOf, isBody, {
    tableHeads: tableHeadings(o.nodes, o.tables)
  });
  const stepNodes = new Set(units.filter((u) => u.step).map((u) => u.node));
  // Items with no clause (but duty paragraphs, held by the bodies that open them), warned about at the end.
  const unassigned: {line: number | null; id: string}[] = [];
  // The year of the last stage of a schedule read, per chapter: a stage's month without a year takes it; the first
  // stage's, the year of the plan's period, else its date's (undatedYear).
  const stageYear = new Map<Unit["chapter"], number>();
  const planYear = undatedYear(header.title, shadowOf(o.preamble), header.date);
  // The year of each stage's time, by the id of its item or goal: the year of the targets its text states.
  const stageYears = new Map<string, number>();
  const chapterSeq = (n: OutlineNode | null) => (n ? n.number : null);
  const chapterId = uniqueIds();
  const chapterOf = new Map<OutlineNode, Chapter>();
  const groupIds = new Map<OutlineNode, string>();
  // The completion time a heading states, by the id of its group or chapter (any kind: an outline group's or chapter's
  // introduction, (三)到2025年底前完成以下工作。; a task table's group row; the heading above an attachment's list): the
  // time of the items under it that state none (see the pass after the tables).
  const headingTimes = new Map<string, Deadline>();
  const noteHeadingTime = (id: string, body: Joined) => {
    const stated = headingDeadline(shadowOf(body), years);
    if (stated) headingTimes.set(id, {raw: written(body.slice(stated.start, stated.end)), date: stated.deadline.date});
    if (stated?.unresolved)
      unresolvedTime(id, written(body.slice(stated.start, stated.end)), body.span(stated.start, stated.end).line);
  };
  // A heading's own text: its line and introduction, not the paragraphs of duties it holds (items of their own).
  const headingOwn = (unit: Unit) =>
    unit.duties.length ? unit.node.body.slice(0, unit.duties[0].start) : unit.node.body;
  // The chapter of each outline item, by the item's id: a chapter's heading gives its time as a group's does.
  const itemChapter = new Map<string, string>();
  const groupId = uniqueIds();
  const goalId = uniqueIds();
  const itemId = uniqueIds();
  const span = (n: OutlineNode): SourceSpan => ({line: n.line, start: n.start, end: n.lineEnd});
  const fullSpan = (n: OutlineNode, j: Joined): SourceSpan => {
    const end = j.text.length ? j.span(0, j.text.length).end : n.lineEnd;
    return {line: n.line, start: n.start, end: Math.max(end, n.lineEnd)};
  };
  const itemUnits = units.filter((u) => u.role === "item" && u.node.parent?.style !== "column");
  const taskNumbers = itemUnits.map((u) => u.node.number);
  // Ids from the document's numbering, one scheme a plan: T + the number where every task is a numbered line of one
  // form numbered once through (Yan'an: (一)…(三十) → T1…T30); else T + the outline path for every task, an unnumbered
  // paragraph of work or duties taking its heading's path and its place (T3.1, T3.2 under 三、). A plan numbered once
  // through that also has such paragraphs is read by paths: T3.1 under 三、 never stands beside a T3 that is the
  // third task of 二、 (docs/parsing.md §6, Ids).
  const numberedOnce =
    distinctCount(itemUnits.map((u) => u.node.style)) === 1 &&
    distinctCount(taskNumbers) === taskNumbers.length &&
    units.every((u) => !u.duties.length);
  const firstLeads = firstListedNotes(shadowText);
  // Clauses read to no department, where they stand in the text: not understood (the reading report says so).
  const unreadClauses: {start: number; end: number}[] = [];
  /**
   * Items whose clause names persons only (牵头责任人:涂娟): no body, so no clause for who holds the plan; the clause's
   * spans and its warning, said only where the issuer does not hold the items (below).
   */
  const personsOnly = new Map<string, {spans: SourceSpan[]; warning: Warning}>();

  // Each item's text and clause, in the order of model.items, for the stages below.
  const itemBodies: Joined[] = [];
  const goalBodies: Joined[] = [];
  const held: Set<string>[] = [];
  // The key of a name's place among an item's holdings: a name read once is not read again by another rule.
  const mention = (source: SourceSpan) => `\u0000${source.line}:${source.start}`;
  const mentioned = (k: number, source: SourceSpan) => held[k].has(mention(source));
  const addResponsibility = (item: Item, k: number, r: Omit<Responsibility, "item">) => {
    if (namesAThing(r.asWritten, r.source.line, item.id)) return;
    if (held[k].has(r.department)) return;
    held[k].add(r.department);
    // One mention, one link: a name two rules read (a duty paragraph's opening list, then its sentence's subject)
    // keeps the first reading, whatever department each resolved it to.
    if (mentioned(k, r.source)) return;
    held[k].add(mention(r.source));
    model.responsibilities.push({
      item: item.id,
      department: r.department,
      role: r.role,
      asWritten: r.asWritten,
      source: r.source
    });
  };

  // The rule of implicit roles, one for every item with no clause (a numbered paragraph, a task table's row): the
  // bodies named as the subjects of its text's sentences (县经贸、统计等部门要… → 县经贸, 统计; clauses.ts
  // sentenceSubjects), each an implicit role, unless a rule before read the same mention.
  const implicitSubjects = (item: Item, k: number, own: Joined) => {
    for (const n of sentenceSubjects(shadowOf(own), isBody, own.lineBreaks(), lowerPlace)) {
      const src = own.span(n.offset, n.offset + n.text.length);
      if (mentioned(k, src)) continue;
      const name = written(own.slice(n.offset, n.offset + n.text.length));
      addResponsibility(item, k, {
        department: resolve(name, n.full ?? n.text, src.line),
        role: "implicit",
        asWritten: name,
        source: src
      });
    }
  };

  // A labelled clause line the whole text ends on, with no full stop, is where a cut copy stops: its last name, cut
  // short (责任单位:县财), is left out (cutLastName), never a department.
  const cutAtTextEnd = (body: Joined, clause: ItemClause): ItemClause => {
    if (clause.form !== "lines" || clause.cut) return clause;
    const last = clause.parts[clause.parts.length - 1];
    if (shadowText.slice(body.offset(last.end - 1) + 1).trim()) return clause;
    const cut = cutLastName(shadowOf(body).slice(last.start, last.end), isBody);
    if (!cut) return clause;
    const parts = [...clause.parts.slice(0, -1), {start: last.start, end: last.start + cut.at}];
    return {...clause, parts, cut: true, cutName: cut.name};
  };
  const addItem = (
    unit: Unit | null,
    node: OutlineNode,
    props: Pick<Item, "id" | "kind" | "seq" | "column">,
    body: Joined,
    source: SourceSpan
  ) => {
    const ownClause = unit?.clause ?? null;
    const own = ownClause ? body.slice(0, ownClause.textEnd) : body.slice(0, body.text.length);
    const ownText = written(own);
    const k = model.items.length;
    // Written out, not spread from props: V8 builds {...props, more} on a slow path (tens of µs an item).
    const item: Item = {
      id: props.id,
      kind: props.kind,
      seq: props.seq,
      column: props.column,
      chapter: chapterSeq(unit?.chapter ?? chapterNode(node)),
      group: unit?.group ? (groupIds.get(unit.group) ?? null) : null,
      numbering: props.kind === "action" && node.style === "column" ? "——" : markerLabel(node.style, node.numeral),
      order: k + 1,
      title: unit && unit.node === node && node.style !== "column" ? sameCut(unit.title, ownText) : headingOf(ownText),
      text: ownText,
      clause: null,
      deadline: null,
      source
    };
    model.items.push(item);
    itemBodies.push(own);
    held.push(new Set());
    const chapter = unit?.chapter ? chapterOf.get(unit.chapter) : undefined;
    if (chapter) itemChapter.set(item.id, chapter.id);
    // The item's own clause, else the one a heading above it carries for the work under it (handedClause).
    const from = ownClause ? {body, clause: ownClause} : handedClause(unit?.node ?? node, unit?.duty);
    if (from) {
      const {body} = from;
      const clause = cutAtTextEnd(body, from.clause);
      // The clause's parts read as one: labelled lines and a bracket share their roles.
      const {text: joined, toSource: toBody} = joinParts(shadowOf(body), clause.parts);
      const parts = clause.parts.map((p) => written(body.slice(p.start, p.end)));
      item.clause = parts.join(";");
      const clauseEnd = body.offset(clause.parts[clause.parts.length - 1].end - 1);
      const r = readClause(joined, {isBody, years, firstListedLeads: firstLeads.some((p) => p < clauseEnd)});
      if (clause.cut)
        warnings.push({
          line: body.span(clause.parts[0].start, clause.parts[0].start + 1).line,
          code: "clause",
          message: clause.cutName
            ? clause.form === "lines"
              ? `${item.id}: the text ends inside the clause (the copy is cut mid-name); only its whole names are read ("${clause.cutName}", cut short, is no department)`
              : `${item.id}: the clause's bracket is never closed (the text is cut mid-clause); only its whole names are read ("${clause.cutName}", cut short, is no department)`
            : `${item.id}: the clause's bracket is never closed (the text is cut mid-clause); only its whole names are read`
        });
      // A clause cut where the text ends has said so above: its last part, a label whose names were cut
      // (牵头单位:市发 → 牵头单位), is no part without a role, and a clause left with no name is that same fault.
      const cutPart = (u: {offset: number; text: string}) =>
        clause.cut && u.offset + u.text.length >= joined.trimEnd().length - 1;
      for (const u of r.unread)
        if (!cutPart(u))
          warnings.push({
            line: body.span(toBody(u.offset), toBody(u.offset) + 1).line,
            code: "clause",
            message: `${item.id}: clause part "${u.text}" names no role`
          });
      // A clause that names persons only (牵头责任人:涂娟,具体责任人:王勇): read, but it names no body; where every clause
      // of the plan is such, the issuer holds the items as where it has none (below).
      if (!r.named.length) {
        const spans = clause.parts.map((p) => body.span(p.start, p.end));
        const warning: Warning = {
          line: spans[0].line,
          code: "clause",
          message: `${item.id}: the clause names no department`
        };
        if (r.persons.length && !r.unread.length) personsOnly.set(item.id, {spans, warning});
        else {
          unreadClauses.push(...spans);
          if (!clause.cut) warnings.push(warning);
        }
      }
      for (const n of r.named) {
        const i = toBody(n.offset);
        const src = body.span(i, i + n.name.length);
        const name = written(body.slice(i, i + n.name.length));
        addResponsibility(item, k, {
          department: resolve(name, n.full ?? n.name, src.line),
          role: n.role,
          asWritten: name,
          source: src
        });
      }
      // The people named under a person's label (牵头负责领导:金力): the item's, no department.
      for (const p of r.persons) {
        const i = toBody(p.offset);
        const name = written(body.slice(i, i + p.name.length));
        (item.persons ??= []).push({role: p.role, name, line: body.span(i, i + 1).line});
      }
      if (r.deadline) {
        const i = toBody(r.deadline.offset);
        // Words of relative time (年内完成, 明年6月底前) as the item's text's are read (deadline.ts).
        const d = readDeadline(r.deadline.text, years);
        const raw = written(body.slice(i, i + r.deadline.text.length));
        if (d) item.deadline = {raw, date: d.date};
        if (d?.unresolved) unresolvedTime(item.id, raw, body.span(i, i + r.deadline.text.length).line);
      }
    } else {
      // In a plan with no clause in its body, said once the whole plan is read: whether its task tables have
      // clauses decides.
      let unsaid: Warning | null = null;
      if (!unit?.dutyParagraph) {
        if (noClauses) unassigned.push({line: source.line, id: item.id});
        else {
          unsaid = {line: source.line, code: "no-clause", message: `${item.id} has no responsibility clause`};
          warnings.push(unsaid);
        }
      }
      // Bodies that open the item as the holders of its duties (区发展改革委:负责…), or that a sentence of it
      // assigns (由区交通委牵头,区公安分局配合).
      // A paragraph of duties (三、职责分工 / 区绿化市容局负责…): the bodies opening it hold it.
      const opening = unit?.dutyParagraph ? openingBodies(shadowOf(own), isBody) : [];
      // Or an abbreviated list of bodies (区交通、生态环境…等相关部门) or a working body (…专班) opening it: each named
      // with the level written once, resolved to the department the reference knows with an office word after it.
      const short = unit?.dutyParagraph && !opening.length ? shortBodies(shadowOf(own)) : [];
      for (const b of short) {
        const src = own.span(b.start, b.end);
        const asWritten = written(own.slice(b.start, b.end));
        const full = b.abbreviated ? OFFICE_WORDS.map((w) => b.name + w).find((f) => directory.lookup(f)) : undefined;
        addResponsibility(item, k, {
          department: resolve(full ?? b.name, full ?? b.name, src.line),
          role: short.length === 1 ? "lead" : "joint",
          asWritten,
          source: src
        });
      }
      // A sentence inside a paragraph of duties that hands a piece of work on (原则上由本区环卫企业负责清运) names its
      // agent, not the paragraph's holder: an implicit role.
      const inText = inTextAssignment(shadowOf(own), isBody, own.lineBreaks()).map((n) =>
        opening.length ? {...n, role: "implicit" as const} : n
      );
      for (const n of [...opening, ...leadingDuty(shadowOf(own), isBody), ...inText]) {
        const src = own.span(n.offset, n.offset + n.name.length);
        if (mentioned(k, src)) continue;
        const name = written(own.slice(n.offset, n.offset + n.name.length));
        addResponsibility(item, k, {
          department: resolve(name, n.full ?? n.name, src.line),
          role: n.role,
          asWritten: name,
          source: src
        });
      }
      // A heading that only names a body (四、职责分工 / (二)区公安分局 / 1.… 2.…) holds the items under it, and
      // the item it heads.
      if (!held[k].size && unit) {
        for (let p: OutlineNode | null = unit.node; p && !held[k].size; p = p.parent) {
          const name = headingBody(p, unit.duty);
          if (!name) continue;
          const src = p.body.span(0, name.length);
          const asWritten = written(p.body.slice(0, name.length));
          addResponsibility(item, k, {
            department: resolve(asWritten, name, src.line),
            role: "lead",
            asWritten,
            source: src
          });
          // Led by its heading's body (一、县示范区管委会牵头工作(8项)): the item is assigned, not unassigned.
          if (!unit.dutyParagraph) {
            if (noClauses && unassigned[unassigned.length - 1]?.id === item.id) unassigned.pop();
            else if (unsaid) warnings.splice(warnings.indexOf(unsaid), 1);
          }
        }
      }
      implicitSubjects(item, k, own);
    }
    // The time the text states, unless the clause states one as late or with no date (长期坚持): the latest day the
    // item's own times allow.
    const d = deadlineInText(shadowOf(own), years);
    if (d?.unresolved) {
      unresolvedTime(item.id, written(own.slice(d.start, d.end)), own.span(d.start, d.end).line);
      if (!item.deadline) item.deadline = {raw: written(own.slice(d.start, d.end)), date: null};
    } else if (d && !(item.deadline && (!item.deadline.date || item.deadline.date >= d.deadline.date!)))
      item.deadline = {raw: written(own.slice(d.start, d.end)), date: d.deadline.date};
  };
  // The clause a heading carries for the work under it (一、能源提升工程(分管领导:…;牵头部门:…), items.ts
  // headingClauses; or the plan's unnumbered heading over its first numbered line, preambleHeadingClause): the nearest
  // heading's above the node, with the text it is found in. One rule with a heading that names a body (headingBody):
  // the nearest heading that says who does the work under it holds it, so a body's heading nearer stops the search.
  const headingClauseOf = new Map<OutlineNode, {body: Joined; clause: ItemClause}>();
  for (const u of units) if (u.headingClause) headingClauseOf.set(u.node, {body: u.node.body, clause: u.headingClause});
  const preambleHead = preambleHeadingClause(shadowOf(o.preamble), o.preamble.lineBreaks(), isBody);
  const handedClause = (n: OutlineNode, duty = false): {body: Joined; clause: ItemClause} | null => {
    let p: OutlineNode = n;
    for (; p.parent; p = p.parent) {
      const h = headingClauseOf.get(p.parent);
      if (h) return h;
      if (headingBody(p.parent, duty)) return null;
    }
    return preambleHead && o.roots.includes(p) ? {body: o.preamble, clause: preambleHead} : null;
  };
  // The body a heading line names when the line is only that name, (二)区公安分局, or that name and the work it leads,
  // 一、县示范区管委会牵头工作(8项). Under a heading that divides
  // duties, 各建设单位 is one of the bodies it names too. Read once a node: every item under a heading asks about it.
  const headingNames = new Map<OutlineNode, string | null>();
  const headingBody = (n: OutlineNode, duty = false): string | null => {
    let name = headingNames.get(n);
    if (name === undefined) {
      const t = shadowOf(n.body);
      let first = (n.breaks.length ? t.slice(0, n.breaks[0]) : n.children.length ? t : "").replace(/[\s:]+$/, "");
      // A heading that names the body leading the work under it: 一、县示范区管委会牵头工作(8项), 市发改委负责事项.
      if (n.children.length) first = first.replace(HEADING_LEAD, "");
      name = first && first.length <= 30 && isBody(first) ? first : null;
      headingNames.set(n, name);
    }
    return name !== null && (duty || !/^各/.test(name)) ? name : null;
  };
  // The paragraphs of a chapter or group that each list one body's duties (三、职责分工 / 区绿化市容局负责…): items
  // with no numbering of their own, T + the heading's path + their position.
  const addDuties = (unit: Unit) => {
    unit.duties.forEach((d, k) => {
      let end = d.end;
      while (end > d.start && /\s/.test(unit.node.body.text[end - 1])) --end;
      const body = unit.node.body.slice(d.start, end);
      // A paragraph of work with its own clause (二、主要任务 / 加强设施建设。…(区交通委牵头)): the clause assigns it.
      const inner = unit.node.breaks.filter((b) => b > d.start && b < end).map((b) => b - d.start);
      const dutyUnit: Unit = {
        ...unit,
        role: "item",
        title: headingOf(shadowOf(body)),
        text: body,
        // A task paragraph under its run-in heading (突出工业主体地位。…) is read as a numbered line's text is.
        clause: d.clause || d.runIn ? findItemClause(shadowOf(body), inner, isBody) : null,
        group: unit.role === "group" ? unit.node : unit.group,
        duty: d.clause || d.runIn ? unit.duty : true,
        dutyParagraph: d.clause || d.runIn ? undefined : true,
        duties: []
      };
      const id = itemId(`T${unit.path.join(".")}.${k + 1}`);
      const first = body.span(0, 1);
      const source = {line: first.line, start: first.start, end: body.span(0, body.text.length).end};
      addItem(dutyUnit, unit.node, {id, kind: "task", seq: k + 1, column: null}, body, source);
      model.items[model.items.length - 1].numbering = "";
    });
  };
  const chapterNode = (n: OutlineNode): OutlineNode | null => {
    let p: OutlineNode | null = n;
    while (p && p.depth > 0) p = p.parent;
    return p && chapterOf.has(p) ? p : null;
  };

  // The numbered lines under each column (its actions), and the columns that hold a table: one pass each.
  const actionsOf = new Map<OutlineNode, Unit[]>();
  for (const u of units)
    if (u.role === "item" && u.node.parent?.style === "column") {
      const list = actionsOf.get(u.node.parent);
      if (list) list.push(u);
      else actionsOf.set(u.node.parent, [u]);
    }
  // A paragraph before the first numbered line that states the plan's goals (2023年经济社会发展的主要预期目标是:…):
  // a goal, G0, of no chapter, its targets kept (framing.ts: preambleGoals).
  for (const p of preambleGoals(shadowOf(o.preamble), o.preamble.lineBreaks(), isBody)) {
    let end = p.end;
    while (end > p.start && /\s/.test(o.preamble.text[end - 1])) --end;
    const body = o.preamble.slice(p.start, end);
    const first = body.span(0, 1);
    const source = {line: first.line, start: first.start, end: body.span(0, body.text.length).end};
    const text = written(body);
    // Titled by its subject (2023年经济社会发展的主要预期目标), else by its first sentence.
    const title = /[^。;!?:,]*?目标(?=(?:是|为)?\s*:|是|为)/.exec(text)?.[0].trim() || headingOf(text);
    model.goals.push({id: goalId("G0"), title, text, chapter: null, source});
    goalBodies.push(body);
  }
  const tableColumns = new Set(o.tables.map((tb) => tb.column));
  for (const unit of units) {
    const n = unit.node;
    if (unit.role === "chapter") {
      const chapter: Chapter = {
        id: chapterId(`C${n.number}`),
        seq: n.number,
        numeral: n.numeral,
        // A heading that carries the clause of the work under it is titled without it (道路提升工程).
        title: headingOf(
          written(n.body.slice(0, unit.headingClause?.textEnd ?? n.breaks[0] ?? n.body.text.length)).replace(
            /[\s|]+$/,
            ""
          )
        ),
        columns: [],
        source: span(n)
      };
      model.chapters.push(chapter);
      chapterOf.set(n, chapter);
      noteHeadingTime(chapter.id, headingOwn(unit));
      if (unit.goal && n.breaks.length) {
        const own = n.body.slice(n.breaks[0], n.body.text.length);
        addGoal(goalId(`G${n.number}`), chapter.title, own, n, unit);
      } else if (unit.goal && /。\s*\S/.test(shadowOf(n.body))) {
        // A goal written on its heading's line (1.三年目标。…新增油气管道里程378公里…): the line is the goal.
        addGoal(goalId(`G${n.number}`), chapter.title, n.body.slice(0, n.body.text.length), n, unit);
      }
      // A paragraph of a task chapter's own text that states its goal (…工作的目标是: / 到2025年,…): a goal, its source
      // the paragraph's own lines.
      for (const p of unit.goalParagraphs ?? []) {
        let end = p.end;
        while (end > p.start && /\s/.test(n.body.text[end - 1])) --end;
        const body = n.body.slice(p.start, end);
        const first = body.span(0, 1);
        const source = {line: first.line, start: first.start, end: body.span(0, body.text.length).end};
        addGoal(goalId(`G${n.number}`), sameCut(headingOf(shadowOf(body)), written(body)), body, n, unit, source);
      }
      addDuties(unit);
    } else if (unit.role === "group") {
      const id = groupId(`S${unit.path.join(".")}`);
      groupIds.set(n, id);
      const group: Group = {
        id,
        numbering: markerLabel(n.style, n.numeral),
        title: sameCut(unit.title, written(n.body)),
        text: written(n.body),
        parent: unit.group ? (groupIds.get(unit.group) ?? null) : null,
        chapter: chapterSeq(unit.chapter),
        source: fullSpan(n, n.body)
      };
      model.groups.push(group);
      noteHeadingTime(id, headingOwn(unit));
      // A stage whose steps are items (二、工作步骤 / (二)排查整治阶段(9月1日至11月30日) / 1.9月30日前,…): its time is
      // theirs where they state none.
      if (!headingTimes.has(id) && n.children.some((c) => stepNodes.has(c))) {
        const time = stageTime(n.body, n, unit);
        if (time) headingTimes.set(id, time);
      }
      addDuties(unit);
    } else if (unit.role === "goal") {
      addGoal(goalId(`G${unit.path.join(".")}`), sameCut(unit.title, written(unit.text)), unit.text, n, unit);
    } else if (unit.role === "column") {
      readColumn(unit);
    } else if (unit.role === "item" && n.parent?.style !== "column") {
      const id = itemId(numberedOnce ? `T${n.number}` : `T${unit.path.join(".")}`);
      addItem(unit, n, {id, kind: "task", seq: n.number, column: null}, unit.text, fullSpan(n, unit.text));
      if (unit.stage) stageItemTime(unit, model.items[model.items.length - 1]);
      if (unit.closing) addClosing(unit);
    }
  }

  /**
   * The plan's closing paragraph of report-back duties (各有关委、办、局在9月8日前…报送…;12月18日前报送工作总结), cut
   * from its last item: an item of its own after it, with no numbering, its id the next in the last item's place; its
   * deadline the latest time it sets with 前 (a month without a year taking the plan's).
   */
  function addClosing(unit: Unit) {
    const n = unit.node;
    let end = unit.closing!.end;
    while (end > unit.closing!.start && /\s/.test(n.body.text[end - 1])) --end;
    const body = n.body.slice(unit.closing!.start, end);
    const path = [...unit.path];
    path[path.length - 1] += 1;
    const id = itemId(numberedOnce ? `T${n.number + 1}` : `T${path.join(".")}`);
    const first = body.span(0, 1);
    const source = {line: first.line, start: first.start, end: body.span(0, body.text.length).end};
    const closing: Unit = {...unit, title: headingOf(shadowOf(body)), text: body, clause: null, duties: []};
    delete closing.closing;
    addItem(closing, n, {id, kind: "task", seq: n.number + 1, column: null}, body, source);
    const item = model.items[model.items.length - 1];
    item.numbering = "";
    item.deadline = stageDeadline(body, null, stageYear.get(unit.chapter) ?? planYear) ?? item.deadline;
  }

  /**
   * A stage of a schedule read as an item (in the body or in an attached document's own outline: one rule for both)
   * takes its deadline (stageDeadline), and its year is the year of the targets its text states.
   */
  function stageItemTime(unit: Unit, item: Item) {
    // A step under a stage (1.9月30日前,…): the time it opens with, else the latest its text sets with 前 (a month
    // without a year taking the stage's), else none here: it takes its stage's as a group's (headingTimes).
    const heading = unit.step ? stepTime(unit) : stageTime(unit.text, unit.node, unit);
    item.deadline =
      stageDeadline(unit.text, heading, unit.step ? (stageYear.get(unit.chapter) ?? planYear) : null) ?? item.deadline;
    if (item.deadline?.date) stageYears.set(item.id, +item.deadline.date.slice(0, 4));
  }

  /**
   * A stage's deadline when it is an item: the latest time its text sets with 前 (10月15日前, 2023年9月底前; a month
   * without a year takes the stage's), the exact day; else the time its heading states (2021年10月 → 10-31).
   */
  function stageDeadline(body: Joined, heading: Deadline | null, carried: number | null = null): Deadline | null {
    const t = shadowOf(body);
    const year = heading?.date ? heading.date.slice(0, 4) : carried;
    let best: Deadline | null = null;
    for (const m of t.matchAll(BY_DATE)) {
      // A month after a word of relative time (明年6月底前) is that word's year's (below), not the stage's.
      if (!m[1] && (!year || RELATIVE_BEFORE.test(t.slice(0, m.index!)))) continue;
      const d = readDeadline(m[1] ? m[0] : `${year}年${m[0]}`);
      if (d?.date && (!best?.date || d.date > best.date))
        best = {raw: written(body.slice(m.index!, m.index! + m[0].length)), date: d.date};
    }
    // Times with 前 in words of relative time (明年6月底前完成), the plan's year being the stage's.
    for (const r of relativeTimes(t, {...years, plan: year === null ? null : +year}))
      if (/前$/.test(r.deadline.raw) && r.deadline.date && (!best?.date || r.deadline.date > best.date))
        best = {raw: written(body.slice(r.start, r.end)), date: r.deadline.date};
    return best ?? heading;
  }

  /** The time a step opens with (9月30日前,…; 2017年11月底前…), a month without a year taking its stage's; or null. */
  function stepTime(unit: Unit): Deadline | null {
    const t = shadowOf(unit.text);
    const m = /^\s*((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月[^,。;:]{0,6}?(?:之前|以前|前))/.exec(t);
    if (!m) return null;
    const year = stageYear.get(unit.chapter) ?? planYear;
    const d = /年/.test(m[1]) ? readDeadline(m[1]) : year ? readDeadline(`${year}年${m[1]}`) : null;
    if (!d?.date) return null;
    const at = m[0].length - m[1].length;
    return {raw: written(unit.text.slice(at, at + m[1].length)), date: d.date};
  }

  function addGoal(id: string, title: string, body: Joined, n: OutlineNode, unit: Unit, source = fullSpan(n, body)) {
    const goal: Goal = {id, title, text: written(body), chapter: chapterSeq(unit.chapter), source};
    const time = stageTime(body, n, unit);
    if (time) goal.deadline = time;
    if (time?.date) stageYears.set(id, +time.date.slice(0, 4));
    model.goals.push(goal);
    goalBodies.push(body);
  }

  /**
   * The time a stage of a schedule states in its heading ((一)2023年4月底前, (二)6月底前, 第一阶段(2024年3月底前),
   * (一)建立工作机制(2021年8月)), or null. A span of months (2024年4月—11月) ends with its last month; a month
   * without a year takes the year of the stage before it in its chapter.
   */
  function stageTime(body: Joined, n: OutlineNode, unit: Unit): Deadline | null {
    const heading = /^[^。;]*/
      .exec(shadowOf(body))![0]
      .replace(/\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?\s*[—–\-~至到]\s*(?=\d{1,2}\s*月)/, (m) => " ".repeat(m.length));
    const carried = stageYear.get(unit.chapter) ?? planYear;
    const above = n.parent ? shadowOf(n.parent.body).split(/[。\n]/)[0] : "";
    if (!(n.depth > 0 && (SCHEDULE.test(above) || /阶段/.test(heading)))) return null;
    // Words of relative time (明年6月底前, 年底前) as prose reads them (deadline.ts), the plan's year being the stage's:
    // the year of the stage before it, else the plan's (as a month without a year takes it); the latest of them.
    const relative = relativeTimes(heading, {...years, plan: carried}).reduce<Deadline | null>(
      (best, r) =>
        r.deadline.date && (!best?.date || r.deadline.date > best.date)
          ? {raw: written(body.slice(r.start, r.end)), date: r.deadline.date}
          : best,
      null
    );
    if (relative) {
      stageYear.set(unit.chapter, +relative.date!.slice(0, 4));
      return relative;
    }
    const month = /\d{1,2}\s*月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?前?/.exec(heading);
    const own = readDeadline(heading);
    const stated = own ?? (carried && month ? readDeadline(`${carried}年${month[0]}`) : null);
    if (!stated?.date) return null;
    const raw = own ? own.raw : month![0];
    const at = heading.indexOf(raw);
    stageYear.set(unit.chapter, +stated.date.slice(0, 4));
    return {raw: at >= 0 ? written(body.slice(at, at + raw.length)) : raw, date: stated.date};
  }

  function readColumn(unit: Unit) {
    const n = unit.node;
    const chapter = unit.chapter ? chapterOf.get(unit.chapter) : undefined;
    const headEnd = n.breaks[0] ?? n.body.text.length;
    const headLine = n.body.text.slice(0, headEnd);
    const dash = headLine.indexOf("——");
    const titleEnd = dash >= 0 ? dash : headEnd;
    const col = {
      number: n.number,
      title: written(n.body.slice(0, titleEnd)).replace(/[\s|]+$/, ""),
      chapter: chapter ? chapter.seq : null,
      source: span(n)
    };
    if (dash >= 0) col.source = {...col.source, end: n.body.offset(dash)};
    if (chapter) chapter.columns.push(col);
    const body = n.body;
    const t = shadowOf(body);
    const dashes: number[] = [];
    for (let at = t.indexOf("——", titleEnd); at >= 0; at = t.indexOf("——", at + 2)) dashes.push(at);
    const intro = t.slice(titleEnd, dashes[0] ?? t.length).replace(/[\s|]/g, "");
    if (intro && dashes.length)
      warnings.push({
        line: n.line,
        code: "no-structure",
        message: `专栏${n.numeral}: text before its first —— action is not read: "${intro.slice(0, 30)}"`
      });
    const actionChildren = actionsOf.get(n) ?? [];
    if (!dashes.length && !actionChildren.length && intro && !tableColumns.has(n.number))
      warnings.push({line: n.line, code: "no-structure", message: `专栏${n.numeral} has text but no —— actions`});
    let k = 0;
    dashes.forEach((at, d) => {
      let end = d + 1 < dashes.length ? dashes[d + 1] : t.length;
      while (end > at && /[\s|]/.test(t[end - 1])) --end;
      const actionBody = body.slice(at + 2, end);
      if (!actionBody.text) return;
      const clause = findActionClause(actionBody);
      const actionUnit: Unit = {...unit, role: "item", text: actionBody, clause};
      addItem(
        actionUnit,
        n,
        {id: itemId(`A${n.number}.${++k}`), kind: "action", seq: k, column: n.number},
        actionBody,
        body.span(at, end)
      );
    });
    for (const u of actionChildren) {
      const clause = findActionClause(u.text);
      addItem(
        {...u, clause},
        u.node,
        {id: itemId(`A${n.number}.${++k}`), kind: "action", seq: k, column: n.number},
        u.text,
        fullSpan(u.node, u.text)
      );
    }
  }

  stage("tables");
  // Task-division tables: a row is an item, its 牵头/配合/责任单位 cells its clause, its 完成时限 its deadline.
  const tableIds = new Map(o.tables.map((tb, k) => [tb, k + 1]));
  // Task tables' cells of one year's work, with their item and year, for the targets below.
  const yearCells: {id: string; text: Joined; year: number | null}[] = [];
  // A cell's text (its pieces: one, or a wrapped cell's lines) joined over the shadow.
  const cellBody = (pieces: [number, number][]) => {
    const body = new Joined(o.starts);
    for (const [a, b] of pieces) body.append(shadowText.slice(a, b), a);
    return body;
  };
  // One table at a time, in a function of its own: compiled apart from the rest of `read` (see distinctCount).
  // Names in task tables' bodies' cells that are no body (isCellFragment), with their warnings, completed at the end.
  const cellFragments: {name: string; warning: Warning}[] = [];
  const readTaskTable = (tt: ReturnType<typeof taskTables>[number]) => {
    let group: string | null = null;
    // The heading open in each column (任务分类, then 主要方向 under it): a heading nests under those of earlier columns.
    const headings: (string | null)[] = [];
    // The groups of merged cells that span rows (a heading in 序号, a higher level's task), by level: 0 the heading
    // row's group.
    const spans: (string | null)[] = [];
    const tableId = tableIds.get(tt.table)!;
    // What each header column is for, for placing the cells of a row shorter than the header (alignCells).
    const roles: ColumnRole[] = tt.header.map((_, i) => {
      const role = (Object.keys(tt.columns) as TaskColumn[]).find((key) => tt.columns[key] === i);
      return role ?? (tt.parents.includes(i) ? "parent" : "other");
    });
    const lastRole = lastAssigned(roles);
    // A table that names no one responsible (序号 | 工作事项 | 进度安排 | 进展情况): said once, at its header's line.
    const unnamed = tt.columns.lead === undefined && tt.columns.responsible === undefined;
    const rowsBefore = model.items.length;
    for (const [rowIndex, row] of tt.rows.entries()) {
      let pieces = cellPieces(shadowText, row);
      const cellAt = (p: [number, number][]) => piecesText(p, shadowText);
      // A row whose merged cells (序号, a higher level's task) were written only on the row above has fewer cells:
      // each is placed in the column its content fits (a time in 完成时限, names in 牵头单位 …).
      // A progress cell the row writes empty (nothing reported yet: `| 3 | 任务 | 进度 |  |  |`) is a cell in its place,
      // not a missing one: the row is not short for it.
      const whole = pieces.length >= roles.length;
      let width = pieces.length;
      while (width > 0 && !pieces[width - 1].some(([a, b]) => b > a) && !(whole && tt.progress.includes(width - 1)))
        --width;
      // Not in a table cut by its header's width (headedCellRows.ts): its cells are in their columns' order.
      if (
        !tt.table.misfits &&
        width <= lastRole &&
        pieces.slice(0, width).filter((p) => p.some(([a, b]) => b > a)).length >= 2
      ) {
        const placed = alignCells(
          pieces.slice(0, width).map((p) => cellKind(cellAt(p), isBody)),
          roles
        );
        const aligned: [number, number][][] = roles.map(() => []);
        placed.forEach((column, i) => (aligned[column] = pieces[i]));
        pieces = aligned;
      }
      // A cell: its pieces (one, or a wrapped cell's lines), start and end; null when the column is missing.
      const cell = (key: TaskColumn) => {
        const i = tt.columns[key];
        const p = i === undefined ? undefined : pieces[i]?.filter(([a, b]) => b > a);
        return !p ? null : {pieces: p, start: p[0]?.[0] ?? 0, end: p[p.length - 1]?.[1] ?? 0};
      };
      const cellText = (c: {pieces: [number, number][]}, source: string) => piecesText(c.pieces, source);
      const taskCell = cell("task");
      const filled = pieces.filter((p) => p.some(([a, b]) => b > a));
      if (!taskCell || !taskCell.pieces.length) {
        // A heading row: 一、全链条优化审批 in the first cell, the others empty; its cell may be a marker and its
        // text on two lines ((一) / 提升交通设施环境品质).
        if (filled.length === 1) {
          const column = pieces.indexOf(filled[0]);
          const [a, b] = [filled[0][0][0], filled[0][filled[0].length - 1][1]];
          const headingText = piecesText(filled[0], text);
          const id = groupId(`S${tableId}.${model.groups.length + 1}`);
          headings.length = column;
          model.groups.push({
            id,
            numbering: "",
            title: headingOf(headingText),
            text: headingText,
            parent: headings.findLast((h) => h !== null && h !== undefined) ?? null,
            chapter: null,
            source: {line: row.line, start: a, end: b}
          });
          headings[column] = id;
          group = id;
          spans.length = 0;
          spans[0] = id;
          noteHeadingTime(id, cellBody(filled[0]));
        }
        continue;
      }
      const seqCell = cell("seq");
      let seqText = seqCell ? shadowText.slice(seqCell.start, seqCell.end) : "";
      let seq = /^\d+$/.test(seqText) ? +seqText : rowIndex + 1;
      // A higher level's task in a column before the task's (parentColumns), or a heading written in the 序号 cell
      // ((一)全面实施…): a group over this row and the rows after it that span it, nested as the columns are.
      const spanning = [...(seqCell && !/^\d*$/.test(seqText) ? [tt.columns.seq!] : []), ...tt.parents];
      for (const [level, column] of spanning.entries()) {
        const p = pieces[column]?.filter(([a, b]) => b > a);
        if (!p?.length) continue;
        const headingText = p.map(([x, y]) => text.slice(x, y)).join("");
        const id = groupId(`S${tableId}.${model.groups.length + 1}`);
        // Under the heading row's group (level 0), then one another's, in the order of their columns.
        spans.length = level + 1;
        model.groups.push({
          id,
          numbering: "",
          title: headingOf(headingText),
          text: headingText,
          parent: spans.findLast((h) => h !== null && h !== undefined) ?? null,
          chapter: null,
          source: {line: row.line, start: p[0][0], end: p[p.length - 1][1]}
        });
        spans[level + 1] = id;
        group = id;
        noteHeadingTime(id, cellBody(p));
      }
      // With no 序号 column (or no number in it), a task cell that opens with its number ((1)建设精品道路300条) is
      // numbered by it.
      const [taskStart, taskEnd] = taskCell.pieces[0];
      const numbered = seqCell && /^\d+$/.test(seqText) ? null : readMarker(shadowText.slice(taskStart, taskEnd));
      if (numbered) {
        seq = numbered.number;
        seqText = markerLabel(numbered.style, numbered.numeral);
      }
      const k = model.items.length;
      const body = new Joined(o.starts);
      for (const [n, [a, b]] of taskCell.pieces.entries()) {
        const from = n === 0 && numbered ? a + numbered.length : a;
        body.append(shadowText.slice(from, b), from);
      }
      const ownText = written(body);
      const item: Item = {
        id: itemId(`R${tableId}.${seq}`),
        kind: "task",
        seq,
        column: null,
        chapter: null,
        group,
        numbering: seqText,
        order: k + 1,
        title: headingOf(ownText),
        text: ownText,
        clause: null,
        deadline: null,
        source: {line: row.line, start: row.start, end: row.end}
      };
      model.items.push(item);
      itemBodies.push(body);
      held.push(new Set());
      // The body cells read as one clause, each under its label, so that 牵头 makes the 责任单位 support.
      const labels: [TaskColumn, string][] = [
        ["lead", "牵头单位:"],
        ["support", "配合单位:"],
        ["responsible", "责任单位:"]
      ];
      // A wrapped cell's lines join with nothing between them, or with 、 where a line ends with a whole name
      // (区商务委 / 区绿化市容局: a list written one name a line; not 县农业农 / 村局, a name cut at the line's end:
      // namesRunOn); cells with ; under their labels.
      const listedAfter = (pieces: [number, number][], n: number) => {
        const above = shadowText.slice(pieces[n - 1][0], pieces[n - 1][1]);
        return !/[、,;]\s*$/.test(above) && !namesRunOn(above, shadowText.slice(pieces[n][0], pieces[n][1]), isBody);
      };
      const bodyCells = labels.flatMap(([key, label]) => {
        const c = cell(key);
        const listed = (n: number) => listedAfter(c!.pieces, n);
        return c && c.pieces.length
          ? c.pieces.map(([start, end], n) => (n ? {start, end, glue: listed(n) ? "、" : ""} : {start, end, label}))
          : [];
      });
      const {text: joined, toSource} = joinParts(shadowText, bodyCells);
      const parts = labels.flatMap(([key, label]) => {
        const c = cell(key);
        // As written, with the same 、 between names written one a line as the clause read (设施运行处、设施养护处).
        const written = c?.pieces.map(([a, b], n) =>
          n && listedAfter(c.pieces, n) ? "、" + text.slice(a, b) : text.slice(a, b)
        );
        return written?.length ? [label + written.join("")] : [];
      });
      // A column of the people responsible (牵头领导, 责任人): each name of its cell a person of the item, no body.
      const personCell = cell("person");
      for (const [a, b] of personCell?.pieces ?? [])
        for (const p of splitTopLevel(shadowText.slice(a, b), "、,;"))
          (item.persons ??= []).push({
            role: tt.header[tt.columns.person!].replace(/\s+/g, ""),
            name: text.slice(a + p.offset, a + p.offset + p.text.length),
            line: lineOf(o.starts, a + p.offset)
          });
      // The cells of progress reported (进展情况, 完成情况): kept on the item as written, each under its header (never
      // its text, targets or deadline).
      for (const column of tt.progress) {
        const p = pieces[column]?.filter(([a, b]) => b > a);
        if (!p?.length) continue;
        (item.progress ??= []).push({
          column: tt.header[column].replace(/\s+/g, ""),
          raw: written(cellBody(p)),
          line: lineOf(o.starts, p[0][0])
        });
      }
      // The 完成时限 or 进度安排 cell: its steps (①2月上旬前,…③5月底前,…) each read with its time, the latest the
      // item's (scheduleDeadline); a cell of work as well as times (a schedule's steps) is kept in the item's text
      // under its header, and its figures are the item's targets, as a year's cell's are.
      const deadlineCell = cell("deadline");
      if (deadlineCell && deadlineCell.pieces.length) {
        const scheduleBody = cellBody(deadlineCell.pieces);
        const shadow = shadowOf(scheduleBody);
        const d = scheduleDeadline(shadow, years);
        // A cell of steps of work (not a time alone, nor a time and its verb: 2023年底前完成) is kept in the item's
        // text, its deadline the words of its latest step's time; a cell of a time, the cell's words.
        const prose = cellKind(shadow, isBody) === "text";
        const rest = d ? (shadow.slice(0, d.start) + shadow.slice(d.end)).replace(/[\s,。;、.]/g, "") : shadow;
        const schedule = prose && rest.length > 4;
        const whole = !d || !schedule;
        const raw = whole ? cellText(deadlineCell, text) : written(scheduleBody.slice(d.start, d.end));
        // A cell with no time: its words (待定), unless it is a schedule's work with none (每月上报…: routine steps).
        if (d || !prose) item.deadline = {raw, date: d?.deadline.date ?? null};
        if (d?.unresolved)
          unresolvedTime(
            item.id,
            raw,
            whole ? lineOf(o.starts, deadlineCell.pieces[0][0]) : scheduleBody.span(d.start, d.end).line
          );
        if (schedule) {
          const header = tt.header[tt.columns.deadline!].replace(/\s+/g, "");
          item.text += `${/[。;!?]$/.test(item.text) ? "" : "。"}${header}:${written(scheduleBody)}`;
          yearCells.push({id: item.id, text: scheduleBody, year: null});
        }
      }
      // The cells of one year's work (2024年工作项目, 2025年计划): kept in the item's text under their headers, their
      // targets dated by the column's year, and the time a cell states (2025年6月底前完成, or a cell that is only a
      // time) the item's deadline where its row gives none or an earlier one: the latest of them.
      let yearDeadline: {raw: string; date: string} | null = null;
      for (const y of tt.years) {
        const p = pieces[y.column]?.filter(([a, b]) => b > a);
        if (!p?.length) continue;
        const yearBody = new Joined(o.starts);
        for (const [a, b] of p) yearBody.append(shadowText.slice(a, b), a);
        item.text += `${/[。;!?]$/.test(item.text) ? "" : "。"}${y.header}:${written(yearBody)}`;
        yearCells.push({id: item.id, text: yearBody, year: y.year});
        const shadow = shadowOf(yearBody);
        // In a year's column, 年内 and 年底前 are that year's; 今年, 明年 count from the writing's, as anywhere.
        const inText = deadlineInText(shadow, {...years, plan: y.year});
        const alone = inText ? null : /^(?:19|20)\d{2}\s*年[^,。;]{0,10}$/.test(shadow) ? readDeadline(shadow) : null;
        const date = inText?.deadline.date ?? alone?.date;
        if (!date || (yearDeadline && yearDeadline.date >= date)) continue;
        const raw = inText ? written(yearBody.slice(inText.start, inText.end)) : written(yearBody);
        yearDeadline = {raw, date};
      }
      // The latest day the row's times allow: its 完成时限 cell's, unless a year's cell sets a later one.
      if (yearDeadline && !(item.deadline && (!item.deadline.date || item.deadline.date >= yearDeadline.date)))
        item.deadline = yearDeadline;
      const r = joined ? readClause(joined, {isBody}) : null;
      // A row whose 牵头单位 / 责任单位 cell names no department (empty, —, /, 待定, words that are no body): said at the
      // row's line with what the cell holds, and its cells not understood (coverage), as a clause naming no one is.
      // A name no body by form nor by the reference (a cell cut short: 发展改革) leads nothing (cellFragments, below).
      const fragment = (n: {name: string; full?: string}) => isCellFragment(n.name, isBody, n.full);
      const leads =
        r?.named.filter((n) => n.role !== "support" && cellKind(n.name, isBody) !== "date" && !fragment(n)) ?? [];
      // The warning said of each bodies' cell that names no department, by the cell's pieces: a fragment in it is
      // said there, not again.
      const saidOf: {pieces: [number, number][]; warning: Warning}[] = [];
      if (!leads.length)
        for (const key of ["lead", "responsible"] as const) {
          const i = tt.columns[key];
          if (i === undefined) continue;
          const c = cell(key);
          const column = tt.header[i].replace(/\s+/g, "");
          const holds = c?.pieces.length ? cellText(c, text) : "";
          const warning: Warning = {
            line: row.line,
            code: "no-clause",
            message: holds
              ? `${item.id}: the ${column} cell of its row names no department ("${holds}")`
              : `${item.id}: the ${column} cell of its row is empty: no department named`
          };
          warnings.push(warning);
          if (c?.pieces.length) saidOf.push({pieces: c.pieces, warning});
          if (c?.pieces.length) unreadClauses.push(...c.pieces.map(([start, end]) => ({start, end})));
          else unreadClauses.push({start: row.start, end: row.start});
        }
      // A row with no clause (no bodies' column, or one that names no department): its task cell's sentences name
      // who does the work as a prose item's do (县经贸、统计等部门要…): implicit roles, by the same rule.
      if (!r) {
        implicitSubjects(item, k, body);
        continue;
      }
      item.clause = parts.join(";");
      for (const n of r.named) {
        const start = toSource(n.offset);
        // Its end by the joined text too: a name wrapped over a cell's two lines (县农业农 / 村局) is written whole.
        const end = toSource(n.offset + n.name.length - 1) + 1;
        const src = {line: row.line, start, end};
        // A time in a bodies' column (a cell moved by a merged cell the copy lost) is never a department.
        if (cellKind(n.name, isBody) === "date") {
          warnings.push({
            line: row.line,
            code: "clause",
            message: `${item.id}: "${n.name}" in a bodies' column is a time, not a department`
          });
          continue;
        }
        const name =
          end - start === n.name.length
            ? text.slice(start, end)
            : Array.from(n.name, (_, q) => text[toSource(n.offset + q)]).join("");
        if (fragment(n)) {
          const said = saidOf.find((x) => x.pieces.some(([a, b]) => a <= start && start < b))?.warning;
          const why = `: "${name}" is no department's name by its form nor in the reference (a cell cut short?)`;
          if (said) said.message += why;
          const warning: Warning = said ?? {
            line: row.line,
            code: "clause",
            message: `${item.id} (row ${seqText || seq})${why}; not linked`
          };
          if (!said) {
            warnings.push(warning);
            unreadClauses.push({start, end: start + n.name.length});
          }
          cellFragments.push({name: n.name, warning});
          continue;
        }
        addResponsibility(item, k, {
          department: resolve(name, n.full ?? n.name, row.line),
          role: n.role,
          asWritten: name,
          source: src
        });
      }
    }
    if (unnamed && model.items.length > rowsBefore) {
      const [first, last] = [model.items[rowsBefore].id, model.items[model.items.length - 1].id];
      const rows = model.items.length - rowsBefore;
      const header = tt.header.map((c) => c.replace(/\s+/g, "")).join(" | ");
      warnings.push({
        line: tt.table.rows[tt.table.rows.indexOf(tt.rows[0]) - 1].line,
        code: "no-clause",
        message: `the table of ${first}–${last} has no column naming who is responsible (${header}): its ${countEn(rows, "row names", "rows name")} no one`
      });
    }
  };
  for (const tt of taskTables(o.tables.filter((tb) => !tb.allocation))) {
    readTaskTable(tt);
    // Rows of a table cut by its header's width that miss a cell (headedCellRows.ts): kept as read, and said.
    for (const m of tt.table.misfits ?? []) warnings.push({line: m.line, code: "table-row", message: m.message});
  }

  // Numbered lists of the attachments (attachmentLists.ts: 附件 / 示范场景 / 1.… 2.…): each entry an item, F + the
  // attachment's number + . + its own (F1.3), under a group of the attachment's caption (SF1).
  // Each list and each attached document read by a function of its own, as each task table is (readTaskTable).
  const readAttachmentList = (list: Outline["attachmentLists"][number]) => {
    let group: string | null = null;
    if (list.caption.length) {
      const first = list.caption[0];
      const last = list.caption[list.caption.length - 1];
      // The label 附件N: is cut where the shadow has it (the text as published may write ：).
      const captionText = captionOf(list.caption, text, shadowText);
      group = groupId(`SF${list.attachment}`);
      model.groups.push({
        id: group,
        numbering: "",
        title: headingOf(captionText),
        text: captionText,
        parent: null,
        chapter: null,
        source: {line: first.line, start: first.start, end: last.start + last.text.length}
      });
      noteHeadingTime(group, cellBody(list.caption.map((h) => [h.start, h.start + h.text.length])));
    }
    for (const n of list.entries) {
      const body = n.body;
      const unit: Unit = {
        node: n,
        role: "item",
        goal: false,
        title: headingOf(shadowOf(body)),
        text: body,
        clause: findItemClause(shadowOf(body), n.breaks, isBody),
        path: [n.number],
        chapter: null,
        group: null,
        duty: false,
        duties: []
      };
      const id = itemId(`F${list.attachment}.${n.number}`);
      addItem(unit, n, {id, kind: "task", seq: n.number, column: null}, body, fullSpan(n, body));
      model.items[model.items.length - 1].group = group;
    }
  };
  for (const list of o.attachmentLists) readAttachmentList(list);

  // Attached documents with an outline of their own (附件2 / …实施方案(试行) / 为… / 一、指导思想 / 二、… (一)… 1.…): read
  // as the body is, under a group of the document's title (SF2), ids prefixed by the attachment's number: items F2 +
  // their outline path (五、(一)3. → F2.5.1.3), groups SF2.5.1, goals GF2.1; its chapters are groups (the plan's
  // chapters and ids stay its own).
  const attachedUnits: Unit[] = [];
  const readAttachedDocument = (doc: Outline["attachedDocuments"][number]) => {
    const a = doc.attachment;
    const sub = doc.outline;
    const head = sub.header.filter((h) => !sub.furniture.includes(h));
    const top = groupId(`SF${a}`);
    const first = head[0] ?? {line: sub.nodes[0]?.line ?? 1, start: sub.nodes[0]?.start ?? 0, text: ""};
    const last = head[head.length - 1] ?? first;
    model.groups.push({
      id: top,
      numbering: "",
      title: first.text
        ? sameCut(
            headingOf(shadowText.slice(first.start, first.start + first.text.length)),
            text.slice(first.start, first.start + first.text.length)
          )
        : `附件${a}`,
      text: written(sub.preamble),
      parent: null,
      chapter: null,
      source: {line: first.line, start: first.start, end: last.start + last.text.length}
    });
    const docUnits = classify(sub.roots, sub.nodes, shadowOf, isBody, {stages: noClauses}).units;
    for (const u of docUnits)
      if (u.headingClause) headingClauseOf.set(u.node, {body: u.node.body, clause: u.headingClause});
    for (const unit of docUnits) {
      const n = unit.node;
      const path = unit.path.join(".");
      const above = unit.group ?? (unit.chapter !== n ? unit.chapter : null);
      const parent = (above && groupIds.get(above)) || top;
      if (unit.role === "chapter" || unit.role === "group") {
        attachedUnits.push(unit);
        const id = groupId(`SF${a}.${path}`);
        groupIds.set(n, id);
        const heading = written(n.body.slice(0, n.breaks[0] ?? n.body.text.length)).replace(/[\s|]+$/, "");
        model.groups.push({
          id,
          numbering: markerLabel(n.style, n.numeral),
          title: unit.role === "chapter" ? headingOf(heading) : sameCut(unit.title, written(n.body)),
          text: written(n.body),
          parent: unit.role === "chapter" ? top : parent,
          chapter: null,
          source: fullSpan(n, n.body)
        });
        noteHeadingTime(id, headingOwn(unit));
        if (unit.role === "chapter" && unit.goal && n.breaks.length) {
          addGoal(
            goalId(`GF${a}.${n.number}`),
            headingOf(heading),
            n.body.slice(n.breaks[0], n.body.text.length),
            n,
            unit
          );
          model.goals[model.goals.length - 1].chapter = null;
        }
      } else if (unit.role === "goal") {
        attachedUnits.push(unit);
        addGoal(goalId(`GF${a}.${path}`), sameCut(unit.title, written(unit.text)), unit.text, n, unit);
        model.goals[model.goals.length - 1].chapter = null;
      } else if (unit.role === "item") {
        attachedUnits.push(unit);
        const id = itemId(`F${a}.${path}`);
        addItem(unit, n, {id, kind: "task", seq: n.number, column: null}, unit.text, fullSpan(n, unit.text));
        const item = model.items[model.items.length - 1];
        item.chapter = null;
        item.group = parent;
        if (unit.stage) stageItemTime(unit, item);
      }
    }
  };
  for (const doc of o.attachedDocuments) readAttachedDocument(doc);

  function findActionClause(body: Joined) {
    return findItemClause(shadowOf(body), [], isBody);
  }

  // A stage of a schedule that names tasks without doubt (by number or heading: stageTasks.ts) gives them its time,
  // where they state none; the stage keeps it too.
  if (model.goals.some((g) => g.deadline?.date)) {
    const tasks = model.items.map((item, k) => ({
      id: item.id,
      seq: item.seq,
      outlined: item.id.startsWith("T"),
      title: headingOf(shadowOf(itemBodies[k])).replace(/[\s,.:;!?]+$/, "")
    }));
    const byId = new Map(model.items.map((i) => [i.id, i]));
    model.goals.forEach((g, k) => {
      // An attached document's stages (GF2.3.1) name its own tasks, not the plan's.
      if (!g.deadline?.date || g.id.startsWith("GF")) return;
      for (const id of stageTasks(shadowOf(goalBodies[k]), tasks)) {
        const item = byId.get(id)!;
        if (!item.deadline) item.deadline = {raw: g.deadline.raw, date: g.deadline.date, inheritedFrom: g.id};
      }
    });
  }

  // A heading that states a time (`(三)到2025年底前完成以下工作。`, `…,2024年6月底前完成。` above 1. 2., a task table's
  // group row `一、优化审批服务(2024年底前完成)`, the heading above an attachment's list) gives it to each item under it
  // that states none: the nearest group's first, then the item's chapter's. One rule for every kind of group.
  if (headingTimes.size) {
    const parentOf = new Map(model.groups.map((g) => [g.id, g.parent]));
    for (const item of model.items) {
      if (item.deadline) continue;
      const chapter = itemChapter.get(item.id);
      for (let g = item.group ?? chapter ?? null; g; g = parentOf.get(g) ?? (g !== chapter ? chapter : null) ?? null) {
        const d = headingTimes.get(g);
        if (d) {
          item.deadline = {raw: d.raw, date: d.date, inheritedFrom: g};
          break;
        }
      }
    }
  }

  if (!model.items.length && !o.tables.length) {
    const forms = formsOf(o.nodes);
    warnings.push({
      line: o.nodes[0]?.line ?? null,
      code: "no-structure",
      message: `no task items were found (${countEn(model.chapters.length, "chapter was", "chapters were")} read${
        forms.length ? `, numbered ${forms.join(" ")}` : ""
      }): the reader expects tasks numbered 一、 (一) 1. (1) ① or 第一条, each ending with its responsibility clause`
    });
  }

  // Numbering: a gap or a repeat among siblings; a restart under a new parent, or a numbering that runs on
  // through the document ((一) … (三十) across chapters), is normal.
  const lastGlobal = new Map<string, number>();
  // The previous sibling of the same form, per parent (null for the roots): one pass over the nodes.
  const lastSibling = new Map<OutlineNode | null, Map<string, OutlineNode>>();
  for (const n of o.nodes) {
    if (n.style === "column") continue;
    let siblings = lastSibling.get(n.parent);
    if (!siblings) lastSibling.set(n.parent, (siblings = new Map()));
    const prev = siblings.get(n.style);
    siblings.set(n.style, n);
    if (prev && n.number !== prev.number + 1) {
      const label = markerLabel(n.style, n.numeral);
      warnings.push({
        line: n.line,
        code: "numbering",
        message:
          n.number === prev.number
            ? `${label} appears twice`
            : `numbering gap: ${label} after ${markerLabel(prev.style, prev.numeral)}`
      });
    } else if (!prev && n.number !== 1 && n.number !== (lastGlobal.get(n.style) ?? 0) + 1)
      warnings.push({
        line: n.line,
        code: "numbering",
        message: `numbering starts at ${markerLabel(n.style, n.numeral)}`
      });
    lastGlobal.set(n.style, n.number);
  }

  // Blanket notes (以下任务均需X落实,不再列出; a clause's …,不再做分工,下同), searched in each unit's text so that a note
  // hard-wrapped over lines still reads: an implicit role in every later item (and, for 下同, in its own).
  // In loops, not a spread of a map (see targetOwners below).
  const notes: {note: ReturnType<typeof blanketNotes>[number]; body: Joined}[] = [];
  const noted = (body: Joined) => {
    for (const note of blanketNotes(shadowOf(body))) notes.push({note, body});
  };
  noted(o.preamble);
  for (const u of units) noted(u.node.body);
  const notedAt = new Map<string, number>();
  const blankets: {department: string; at: number; here: boolean; asWritten: string; source: SourceSpan}[] = [];
  for (const {note, body} of notes) {
    const source = body.span(note.nameOffset, note.nameOffset + note.department.length);
    const name = written(body.slice(note.nameOffset, note.nameOffset + note.department.length));
    const department = resolve(name, note.department, source.line);
    const at = body.offset(note.start);
    if ((notedAt.get(department) ?? Infinity) <= at) continue;
    notedAt.set(department, at);
    blankets.push({department, at, here: note.here === true, asWritten: name, source});
  }
  if (blankets.length) {
    const named = model.responsibilities;
    model.responsibilities = [];
    let r = 0;
    for (let k = 0; k < model.items.length; ++k) {
      const item = model.items[k];
      while (r < named.length && named[r].item === item.id) model.responsibilities.push(named[r++]);
      for (const {department, at, here, asWritten, source} of blankets) {
        // A 下同 note covers the item it stands in too; a 以下 note the items after it.
        if ((here ? item.source.end <= at : item.source.start <= at) || held[k].has(department)) continue;
        held[k].add(department);
        model.responsibilities.push({item: item.id, department, role: "implicit", asWritten, source});
      }
    }
  }
  // A plan that assigns no item to anybody (no clause anywhere, no lead, support or joint read from an item's text)
  // and whose closing chapter assigns its work by a prose role verb (四、组织保障 / …,区建设管理委会同区发展改革委、…
  // 等部门共同推进城市体检工作): that sentence covers the whole plan's work, and gives its roles to every item.
  if (!model.items.some((i) => i.clause !== null) && model.responsibilities.every((r) => r.role === "implicit")) {
    // A closing chapter by its heading alone (四、组织保障, 保障措施, 工作要求), not a task chapter whose long heading
    // ends with a word of it (五、加强消防救援队伍职业保障,发挥应急救援主力军作用).
    const closingHeading = (n: OutlineNode) => {
      const t = shadowOf(n.body);
      const heading = (n.breaks.length ? t.slice(0, n.breaks[0]) : t).trim();
      return heading.length <= 10 && CLOSING.test(heading);
    };
    const closing = units.filter(
      (u) => (u.role === "chapter" || u.role === "group") && u.chapter && closingHeading(u.chapter)
    );
    // The paragraphs after the heading's line (四、组织保障 / 区政府是…).
    const roles = closing.flatMap((u) => {
      const n = u.node;
      if (!n.breaks.length) return [];
      const body = n.body.slice(n.breaks[0], n.body.text.length);
      const breaks = n.breaks.map((b) => b - n.breaks[0]);
      return inTextAssignment(shadowOf(body), isBody, breaks).map((r) => ({...r, body}));
    });
    model.items.forEach((item, k) => {
      for (const n of roles) {
        const src = n.body.span(n.offset, n.offset + n.name.length);
        const name = written(n.body.slice(n.offset, n.offset + n.name.length));
        addResponsibility(item, k, {
          department: resolve(name, n.name, src.line),
          role: n.role,
          asWritten: name,
          source: src
        });
      }
    });
  }
  // A department's own plan that names nobody anywhere (no clause in its body or its task tables, or clauses that name
  // persons only: 牵头责任人:涂娟): the issuer holds
  // each item that no body leads, by default; a plan several departments issue jointly, each of them (issuer.ts).
  const issuers = model.items.some((i) => i.clause !== null && !personsOnly.has(i.id))
    ? []
    : issuingDepartments(header.issuer, header.jointly, directory);
  // Each issuer's name where the header gives the issuer, else the first header or signature line that writes it
  // (issuers jointly stand on lines of their own above the date).
  const headerLines = [...o.header, ...o.signature];
  const issuerLine = headerLines.filter((h) => h.line === header.lines.issuer);
  const holders = issuers.flatMap((name) => {
    const written = (h: {start: number; text: string}) => text.slice(h.start, h.start + h.text.length).indexOf(name);
    const line = [...issuerLine, ...headerLines].find((h) => written(h) >= 0);
    const at = line ? written(line) : -1;
    if (!line || at < 0) return [];
    const start = line.start + at;
    const source = {line: line.line, start, end: start + name.length};
    const match = shadowText.slice(source.start, source.end);
    return [{asWritten: name, source, department: resolve(name, referenceName(match, directory) ?? match, line.line)}];
  });
  const issuerHolds = holders.length === issuers.length && holders.length > 0;
  // A clause of persons only names no department, unless the issuer holds the item (a bureau's own plan).
  if (!issuerHolds)
    for (const {spans, warning} of personsOnly.values()) {
      unreadClauses.push(...spans);
      warnings.push(warning);
    }
  if (issuerHolds) {
    // A support beside no lead (会同空中交通管理机构制定…) supports the item's holder: the issuer still holds it.
    const led = new Set(
      model.responsibilities.filter((r) => r.role === "lead" || r.role === "joint").map((r) => r.item)
    );
    const byItem = new Map<string, Responsibility[]>();
    for (const r of model.responsibilities) byItem.set(r.item, [...(byItem.get(r.item) ?? []), r]);
    model.responsibilities = [];
    for (const item of model.items) {
      const own = byItem.get(item.id) ?? [];
      model.responsibilities.push(...own);
      if (led.has(item.id)) continue;
      for (const {asWritten, source, department} of holders)
        if (!own.some((r) => r.department === department))
          model.responsibilities.push({item: item.id, department, role: "implicit", asWritten, source, byIssuer: true});
    }
  }

  // Indicators.
  const ind = readIndicators(o.tables, o.starts);
  model.indicators = ind.indicators;
  warnings.push(...ind.warnings);
  const first = ind.indicators.find((i) => i.year !== null);
  // The target year: the indicator table's; else the end of a period in the title ((2023—2025年), (2019—2021) with
  // no 年, or a five-year
  // plan's: 城市更新“十五五”规划 → 2030); else the
  // year the goals name most often (到2025年), a long-term vision's (远期目标:到2035年) only when they name no other;
  // else the one year an annual plan's title names (2026年…行动方案,
  // …工作要点(2026年)): the work of that year; else the year of the schedule's last stage.
  // The period may be written without 年 ((2019—2021), 2019-2021): two years joined by a dash, the later the end.
  const titleYears = /((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})(?!\d)\s*年?/.exec(
    model.document.title ?? ""
  );
  const goalYear = mainHorizon(model.goals.map((g) => g.text));
  const yearsInTitle = [...(model.document.title ?? "").matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => +m[1]);
  const titleYear = distinctCount(yearsInTitle) === 1 ? yearsInTitle[0] : null;
  const titlePeriod = /十[一二三四五六七八九]?五/.test(model.document.title ?? "")
    ? (notePeriod(model.document.title!)?.to ?? null)
    : null;
  // A plan whose horizon only its schedule gives (实施步骤 / (三)优化提升阶段(2027年年底前)): its last stage's year.
  const stageYearsSeen = [...stageYears.values()];
  const lastStageYear = stageYearsSeen.length ? Math.max(...stageYearsSeen) : null;
  model.document.targetYear =
    first?.year ?? (titleYears ? +titleYears[2] : (titlePeriod ?? goalYear ?? titleYear ?? lastStageYear));
  model.document.baselineYear = ind.indicators.find((i) => i.baseline)?.baseline?.year ?? null;

  // Targets, in items and in goals.
  stage("targets");
  // Pushed in a loop, not spread from two maps: the spread of an array that may be empty made V8 drop its compiled
  // code for this function in about a third of the parses (a "wrong map" deoptimization, seen with --trace-deopt).
  // A year cell's targets are its item's, dated by the cell's column (2025年计划) unless a sentence names a year.
  const targetOwners: {id: string; text: Joined; year: number | null}[] = [];
  let nextCell = 0;
  for (let k = 0; k < model.items.length; ++k) {
    targetOwners.push({id: model.items[k].id, text: itemBodies[k], year: stageYears.get(model.items[k].id) ?? null});
    while (nextCell < yearCells.length && yearCells[nextCell].id === model.items[k].id)
      targetOwners.push(yearCells[nextCell++]);
  }
  for (let k = 0; k < model.goals.length; ++k)
    targetOwners.push({id: model.goals[k].id, text: goalBodies[k], year: stageYears.get(model.goals[k].id) ?? null});
  const targetCount = new Map<string, number>();
  // The subject as written: one run of the text, or a list's part and the words the list shares (乡土适生树种 +
  // 在…的应用比例, findTargets' subjectTail), each as written.
  // A part's name and what a bound measures, joined (县道·用于农村公路日常养护的总额: subjectTail.join).
  // A later part of a list after the words every part shares (区级公共财政资金用于 + 村道 + 养护: subjectHead).
  const subjectAsWritten = (
    body: Joined,
    start: number,
    subject: string,
    tail?: {start: number; length: number; join?: string},
    shared?: {start: number; length: number}
  ) => {
    const lead = shared ? written(body.slice(shared.start, shared.start + shared.length)) : "";
    const length = subject.length - (shared?.length ?? 0);
    if (!tail) return lead + written(body.slice(start, start + length)) || subject;
    const join = tail.join ?? "";
    const head = written(body.slice(start, start + length - tail.length - join.length));
    return lead + head + join + written(body.slice(tail.start, tail.start + tail.length)) || subject;
  };
  for (const {id, text: body, year} of targetOwners) {
    findTargets(shadowOf(body)).forEach((f) => {
      const source = body.span(f.start, f.end);
      const n = (targetCount.get(id) ?? 0) + 1;
      targetCount.set(id, n);
      const t: Target = {
        id: `${id}-${n}`,
        item: id,
        subject: subjectAsWritten(body, f.subjectStart, f.subject, f.subjectTail, f.subjectHead),
        value: f.value,
        unit: f.unit,
        comparator: f.comparator,
        op: f.op,
        // A standing rule (原则上不超过5年) holds at all times: it takes no year from the plan or a cell's column.
        year: f.year ?? (f.standing ? null : (year ?? model.document.targetYear)),
        yearStated: f.year !== null || (year !== null && !f.standing),
        baseline: f.baseline,
        upper: f.upper,
        raw: written(body.slice(f.start, f.end)),
        source
      };
      if (f.annual) t.annual = true;
      if (f.approximate) t.approximate = true;
      if (f.cumulative) t.cumulative = true;
      if (f.increase) t.increase = true;
      if (f.stretch) t.stretch = true;
      if (f.standing) t.standing = true;
      model.targets.push(t);
    });
  }

  // The bodies an allocation table's row names (its 责任单位/牵头单位 cells) hold the table's goal: one record a body a row.
  const holdAllocation = (r: Responsibility, full: string, rowKey: string) => {
    if (namesAThing(r.asWritten, r.source.line, r.item)) return;
    // A name in the bodies' cell that is no body (a cell cut short: isCellFragment) holds nothing, as in a task table.
    if (full === r.department && isCellFragment(r.department, isBody)) {
      const warning: Warning = {
        line: r.source.line,
        code: "clause",
        message: `${r.item} (row ${rowKey.slice(r.item.length + 1)}): "${r.asWritten}" is no department's name by its form nor in the reference (a cell cut short?); not linked`
      };
      warnings.push(warning);
      cellFragments.push({name: r.department, warning});
      unreadClauses.push({start: r.source.start, end: r.source.end});
      return;
    }
    const key = `${rowKey} ${r.department}`;
    if (allocationHeld.has(key)) return;
    allocationHeld.add(key);
    model.responsibilities.push({...r, department: resolve(r.asWritten, full, r.source.line)});
  };
  const allocationHeld = new Set<string>();
  readAllocations(text, shadowText, o, model, goalId, warnings, isBody, holdAllocation);
  mergeBareOffices(departments, model.responsibilities, warnings);
  // A fragment of a task or allocation table's bodies' cell (发展改革): the bodies it may be the start of, the plan's own as it writes
  // them first (发展改革委), else the reference's, said in its warning; none is linked (taskTables.ts namesBeginningWith).
  if (cellFragments.length) {
    const named = model.responsibilities.map((r) => simplifiedShadow(r.asWritten));
    const known = directory.entries.flatMap((e) => [e.name, e.shortName, ...e.aliases]);
    for (const {name, warning} of cellFragments) {
      const may = namesBeginningWith(name, named, known);
      if (may.length) warning.message += `; it may be ${may.join(" or ")}`;
    }
  }
  model.departments = [...departments.values()];

  stage("coverage");
  // Lines shaped like a clause's label that no rule read (牵头责任单位:X on a line of its own): warned of, not understood.
  const unreadLabels = unreadLabelLines(shadowText, o, model).filter(
    (l) => !unreadClauses.some((c) => c.start < l.end && c.end > l.start)
  );
  for (const l of unreadLabels) {
    unreadClauses.push(l);
    warnings.push({
      line: l.line,
      code: "clause",
      message: `line ${l.line} opens with the clause label "${l.label}:" but no rule read it: nobody is linked from it`
    });
  }
  // The counts kept here added to measureCoverage's own record (not a spread into a new one: see addItem).
  // It reads the shadow (full-width forms folded, simplified), as every rule does: its patterns (附件: alone) are folded.
  model.coverage = Object.assign(
    measureCoverage(
      shadowText,
      o,
      model,
      [...units, ...attachedUnits],
      isBody,
      unreadClauses,
      norm.shiftedLines.filter((l) => !l.repaired).map((l) => l.line)
    ),
    {
      itemsWithoutClause: model.items.filter((i) => i.clause === null).length,
      encoding: model.coverage.encoding
    }
  );
  // Items without a clause: one warning each in a plan that has clauses anywhere (its body or its task tables); in a
  // plan with none, one warning for them all (its items are its lowest numbered lines, and say who only in their text).
  if (model.items.some((i) => i.clause !== null))
    for (const u of unassigned)
      warnings.push({line: u.line, code: "no-clause", message: `${u.id} has no responsibility clause`});
  else if (unassigned.length) {
    const holders = [...new Set(model.responsibilities.filter((r) => r.byIssuer).map((r) => r.asWritten))];
    const holder =
      holders.length > 1
        ? `; the issuers, ${holders.join(" and ")}, hold jointly by default each item no body leads (implicit roles, not leads)`
        : holders.length
          ? `; the issuer, ${holders[0]}, holds by default each item no body leads (an implicit role, not a lead)`
          : "";
    warnings.push({
      line: unassigned[0].line,
      code: "no-clause",
      message: `no item has a responsibility clause (${unassigned.length} item${unassigned.length === 1 ? "" : "s"}): who does what is read only from bodies named in their text${holder}`
    });
  }
  // Lines of the attachments that are not read are said in the warnings too, not only in the reading report.
  const skipped = model.coverage.attachmentLinesNotRead;
  if (skipped.length)
    warnings.push({
      line: skipped[0],
      code: "attachment",
      message: `${skipped.length} line${skipped.length === 1 ? "" : "s"} of the attachments not read (from line ${skipped[0]}): only their tables and numbered lists are read`
    });
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Allocation tables (allocationTables.ts: 附表3 各区…任务分配表, a named unit a row, a quantity a column, a total row):
 * each a goal of its own, `GF` + the attachment's number (附表3 → GF3; `GT` + the table's place when no attachment's
 * line stands over it), titled by its caption; each filled quantity cell a target of it, its subject the row's name and
 * the column's header (黄浦区·新增装机容量), its year the period or year its caption or header names (“十四五” → 2025)
 * else the plan's target year. A total that is not the sum of its column is warned about (`table-row`). A bodies'
 * column (`责任单位`, `牵头单位`, `配合单位`: bodyColumn) makes each unit row's bodies holders of the table's goal, read
 * as a task table's cells are (one name lead, several joint; 牵头 beside 配合 lead and support), one record a body a
 * row, its source the name in the row (so a target's holders are those whose source lies in its row): `hold`.
 */
function readAllocations(
  text: string,
  shadowText: string,
  o: ReturnType<typeof outline>,
  model: PlanModel,
  goalId: (id: string) => string,
  warnings: Warning[],
  isBody: (name: string) => boolean,
  hold: (r: Responsibility, full: string, rowKey: string) => void
): void {
  const lineText = (i: number) => text.slice(o.starts[i], o.starts[i + 1] ?? text.length).trim();
  // Lines as matched (full-width forms folded, simplified): what the rules read.
  const lineShadow = (i: number) => shadowText.slice(o.starts[i], o.starts[i + 1] ?? shadowText.length).trim();
  // A cell as written: the cells are read from the simplified shadow, which has the text's length, character for
  // character (a cell wrapped over two lines is kept as read).
  const written = (row: {start: number; end: number}, cell: string) => {
    const at = shadowText.indexOf(cell, row.start);
    return at >= 0 && at + cell.length <= row.end ? text.slice(at, at + cell.length) : cell;
  };
  o.tables.forEach((table, k) => {
    if (!table.rows.length) return;
    const rows = table.rows.map((r) => r.cells);
    const allocation: Allocation | null = readAllocation(rows);
    if (!allocation) return;
    const first = table.rows[0].line - 1;
    const above = captionAbove(lineShadow, first);
    const label = above.attachment !== null ? attachmentLabel(lineShadow(above.attachment)) : null;
    const caption = above.caption !== null ? lineText(above.caption) : null;
    const at = above.caption ?? above.attachment ?? first;
    const start = o.starts[at] + (text.slice(o.starts[at]).length - text.slice(o.starts[at]).trimStart().length);
    const id = goalId(label?.number != null ? `GF${label.number}` : `GT${k + 1}`);
    const title = caption ?? label?.label ?? rows[0].join(" ");
    model.goals.push({
      id,
      title,
      text: [label?.label, caption].filter(Boolean).join(" "),
      chapter: null,
      source: {line: at + 1, start, end: start + lineText(at).length}
    });
    let n = 0;
    const add = (
      subject: string,
      figure: {value: number; upper: number | null},
      unit: string,
      row: number,
      header: string
    ) => {
      const words = `${caption ?? ""} ${header}`;
      const period = notePeriod(words);
      const years = [...(caption ?? "").matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => +m[1]);
      const year = period ? period.to : years.length ? years[years.length - 1] : null;
      const r = table.rows[row];
      const t: Target = {
        id: `${id}-${++n}`,
        item: id,
        subject,
        value: figure.value,
        unit,
        comparator: "",
        op: "=",
        year: year ?? model.document.targetYear,
        yearStated: year !== null,
        baseline: null,
        upper: figure.upper,
        raw: `${rows[row].filter(Boolean).join(" | ")}`,
        source: {line: r.line, start: r.start, end: r.end}
      };
      if (/新增|新建|增加/.test(header)) t.increase = true;
      if (period) t.cumulative = true;
      model.targets.push(t);
    };
    const head = table.rows[0];
    const labels = allocation.quantities.map((q) => written(head, q.label));
    const bodyColumns = head.cells.flatMap((c, column) => {
      const key = bodyColumn(c);
      return key ? [{key, column}] : [];
    });
    const LABELS = {lead: "牵头单位:", support: "配合单位:", responsible: "责任单位:"};
    for (const row of allocation.rows) {
      const name = written(table.rows[row], rows[row][allocation.name.column]);
      allocation.quantities.forEach((q, c) => {
        const figure = readFigure(rows[row][q.column] ?? "");
        if (figure) add(`${name}·${labels[c]}`, figure, q.unit || figure.unit, row, q.label);
      });
      if (!bodyColumns.length) continue;
      // The row's bodies' cells read as one clause under their labels; a cell wrapped over lines (申通地铁 / 集团) one name.
      const pieces = cellPieces(shadowText, table.rows[row]);
      const parts = bodyColumns.flatMap(({key, column}) =>
        (pieces[column] ?? [])
          .filter(([a, b]) => b > a)
          .map(([start, end], n) => (n ? {start, end, glue: ""} : {start, end, label: LABELS[key]}))
      );
      if (!parts.length) continue;
      const {text: joined, toSource} = joinParts(shadowText, parts);
      for (const n of readClause(joined, {isBody}).named) {
        const at = Array.from({length: n.name.length}, (_, i) => toSource(n.offset + i));
        const start = at[0];
        const line = lineOf(o.starts, start);
        hold(
          {
            item: id,
            department: n.name,
            role: n.role,
            asWritten: at.map((i) => text[i]).join(""),
            source: {line, start, end: at[at.length - 1] + 1}
          },
          n.full ?? n.name,
          `${id} ${row}`
        );
      }
    }
    if (allocation.total !== null) {
      const cells = rows[allocation.total];
      for (const {quantity: q, figure, cell} of totalFigures(allocation, cells)) {
        const c = allocation.quantities.indexOf(q);
        add(
          `${written(table.rows[allocation.total], totalLabel(cells))}·${labels[c]}`,
          figure,
          q.unit || figure.unit,
          allocation.total,
          q.label
        );
        // The total against the sum of its column (each end of a range apart), to the second decimal.
        const sum = (pick: (f: {value: number; upper: number | null}) => number) =>
          allocation.rows.reduce(
            (a, row) => a + pick(readFigure(rows[row][q.column] ?? "") ?? {value: 0, upper: null}),
            0
          );
        const low = sum((f) => f.value);
        const high = sum((f) => f.upper ?? f.value);
        const off = (a: number, b: number) => Math.abs(a - b) > 0.005;
        if (off(low, figure.value) || off(high, figure.upper ?? figure.value))
          warnings.push({
            line: table.rows[allocation.total].line,
            code: "table-row",
            message: `the ${totalLabel(cells)} of ${q.label} (${cell}) is not the sum of its column (${+low.toFixed(2)}${high !== low ? `-${+high.toFixed(2)}` : ""})`
          });
      }
    }
  });
}

/**
 * A 处/科 named bare (科技信息处) is the office of that name the plan names in full elsewhere (市交通委科技信息处), when
 * only one parent has an office of that name: its links move to the full name, the bare name becomes an alias
 * seen, and its unknown-department warning goes.
 */
function mergeBareOffices(
  departments: Map<string, Department>,
  responsibilities: Responsibility[],
  warnings: Warning[]
): void {
  const full = new Map<string, string[]>();
  for (const d of departments.values()) {
    const o = d.known ? null : officeOf(d.name);
    if (o) full.set(o.office, [...(full.get(o.office) ?? []), d.name]);
  }
  if (!full.size) return;
  for (const d of [...departments.values()]) {
    const to = !d.known && isBareOffice(d.name) ? full.get(d.name) : undefined;
    if (to?.length !== 1) continue;
    const target = departments.get(to[0])!;
    departments.delete(d.name);
    for (const a of [d.name, ...d.aliasesSeen]) if (!target.aliasesSeen.includes(a)) target.aliasesSeen.push(a);
    const seen = new Set<string>();
    for (let i = 0; i < responsibilities.length; ++i) {
      const r = responsibilities[i];
      if (r.department === d.name) r.department = target.name;
      const k = `${r.item}\u0000${r.department}`;
      if (r.department === target.name && seen.has(k)) responsibilities.splice(i--, 1);
      else seen.add(k);
    }
    const w = warnings.findIndex(
      (x) => x.code === "unknown-department" && x.message.startsWith(`department "${d.name}" `)
    );
    if (w >= 0) warnings.splice(w, 1);
  }
}
