/**
 * Task-division tables (任务分工表, 重点任务清单): a table whose header names the task (工作任务, 重点任务, 具体措施 …)
 * and who does it (牵头单位, 责任单位, 配合单位), often with a completion time (完成时限), or names the task and its
 * schedule or progress with no one responsible (序号 | 工作事项 | 进度安排 | 进展情况, a county's 重点工作清单). Each row
 * with a task is an item; a row whose only filled cell is a heading (一、全链条优化审批) is a group; the header row repeated at a page
 * break is no row. Many 分工方案 and 工作要点 are written this way, as tables rather than numbered paragraphs.
 */
import {labelRole} from "./clauses.js";
import {relativeAsDated} from "./deadline.js";
import type {Table, TableRow} from "./outline.js";

export type TaskColumn = "seq" | "task" | "lead" | "support" | "responsible" | "deadline" | "person" | "progress";

/**
 * A header cell's column, by its words (spaces between its characters read through: 工 作 任 务). The bodies' columns
 * are read by the labels of clauses (clauses.ts labelRole: 牵头单位, 牵头负责部门, 主办单位, 协同责任单位, 责任部门,
 * 牵头部门及责任人 …), and 实施主体 / 责任主体 name the bodies responsible.
 */
const HEADERS: [TaskColumn, (cell: string) => boolean][] = [
  ["seq", (c) => /^(?:序号|编号)$/.test(c)],
  ["lead", (c) => labelRole(c) === "lead"],
  ["support", (c) => labelRole(c) === "support"],
  ["responsible", (c) => labelRole(c) === "responsible" || /^(?:实施主体|责任主体)$/.test(c)],
  ["deadline", (c) => SCHEDULE_HEADER.test(c)],
  ["person", (c) => PERSON_HEADER.test(c)],
  ["progress", (c) => PROGRESS_HEADER.test(c)],
  ["task", (c) => TASK.test(c)]
];
/** A task's column: 重点工作任务, 工作内容, 具体措施 …, or a bare 内容 (序号 | 内容 | 牵头部门, a commission's 任务分解表). */
const TASK = /任务|工作内容|主要内容|措施|重点工作|事项|举措|改革内容|^内容$/;
/**
 * A column of the task's time: a completion time (完成时限, 完成时间, 时限要求) or a schedule of steps (进度安排,
 * 时间节点, 时间安排, 时间进度, 进度计划: ①2月上旬前,完成设计招标。②3月底前,…), read by scheduleDeadline (deadline.ts).
 */
const SCHEDULE_HEADER = /^(?:完成时限|完成时间|时间节点|时限要求|时间安排|进度安排|时间进度|进度计划|进度要求)$/;
/**
 * A column of progress reported on the task (进展情况, 完成情况, 推进情况, 落实情况, 工作进展): a report of what was done
 * (①已完成。2月10日,完成设计招标; 达序推进), not the plan's own words — never a target nor a deadline, and not the item's.
 */
const PROGRESS_HEADER = /^(?:(?:目前|当前)?(?:工作)?进展(?:情况)?|(?:推进|落实|完成|实施|执行|进度)情况)$/;
/**
 * A header naming the task itself, that makes a table a task table with no bodies' column (工作事项, 工作任务, 重点任务,
 * 主要任务, 具体措施, 重点工作 …); not a looser word of TASK (任务分类, 部署任务, 主要内容).
 */
const TASK_ALONE =
  /^(?:(?:工作|重点|主要|具体)(?:任务|事项)(?:内容|名称)?|任务(?:内容|名称)|(?:重点|主要)工作(?:内容|任务)?|工作内容|(?:具体|工作|主要)措施)$/;
/**
 * A column of the people responsible (牵头领导, 分管领导, 责任领导, 牵头负责领导, 责任人, 联系人): its cells name persons,
 * kept on the item (Item.persons), never bodies. The labels are a clause's person labels (clauses.ts PERSON_LABELS).
 */
const PERSON_HEADER = /^(?:(?:牵头|分管|责任|联系|包抓|包保|主要)?(?:负责)?(?:市|县|区)?领导(?:同志)?|责任人|联系人)$/;

/**
 * The bodies' column a header cell names (牵头单位, 牵头负责部门 lead; 配合单位 support; 责任单位, 实施主体
 * responsible), or null.
 */
export function bodyColumn(header: string): "lead" | "support" | "responsible" | null {
  const cell = header.replace(/\s+/g, "");
  for (const key of ["lead", "support", "responsible"] as const)
    if (HEADERS.find(([k]) => k === key)![1](cell)) return key;
  return null;
}
/**
 * The column a header cell names by its words (序号 seq, 重点工作任务 task, 主要责任单位 lead, 协同配合单位 support,
 * 完成时限 deadline …: the words taskColumns reads), or null for a cell that names no column of a task table.
 */
export function headerColumn(header: string): TaskColumn | null {
  const cell = header.replace(/\s+/g, "");
  return HEADERS.find(([, is]) => is(cell))?.[0] ?? null;
}
/** A column of the tasks a higher level set (国家/省/上级/《工作要点》部署任务), which this plan's measures carry out. */
const HIGHER = /部署|上级|国家|国务院|省|《/;
/** A column that sorts tasks (任务分类, 任务类型): the task column only when no other column names the task. */
const CATEGORY = /^(?:任务)?(?:分类|类型|类别)$/;

/**
 * A header cell whose words a narrow column wrapped over two lines (牵头 / 部门, 实施 / 主体, 任务 / 分类) is one cell:
 * two short lines are joined when together, and not alone, they make a header word of a task table. Returns the
 * cells and, for each, the indices (into `lines`) of the lines it is made of.
 */
export function joinSplitHeader(lines: string[]): {cells: string[]; lines: number[][]} {
  const exact = HEADERS.filter(([key]) => key !== "task").map(([, is]) => is);
  const isWord = (c: string) => exact.some((is) => is(c)) || CATEGORY.test(c);
  const cells: string[] = [];
  const at: number[][] = [];
  for (let i = 0; i < lines.length; ++i) {
    const [a, b] = [lines[i], lines[i + 1]];
    if (b !== undefined && a.length <= 4 && b.length <= 4 && !isWord(a) && isWord(a + b)) {
      cells.push(a + b);
      at.push([i, ++i]);
    } else {
      cells.push(a);
      at.push([i]);
    }
  }
  return {cells, lines: at};
}

export interface TaskTable {
  table: Table;
  /** The index of each column's cell in a row. */
  columns: Partial<Record<TaskColumn, number>>;
  /** The columns of one year's work (2024年工作项目, 2025年计划, 2026年目标), in order. */
  years: YearColumn[];
  /** Rows after the header. */
  rows: TableRow[];
  /** The header's cells (the shadow's). */
  header: string[];
  /** Columns before the task's that name a higher level's task (parentColumns). */
  parents: number[];
  /** Every column of progress reported (PROGRESS_HEADER: 进展情况, 完成情况 …), in order (progressColumns). */
  progress: number[];
}

/**
 * The roles of a header row's cells, or null when it is not a task table's header: a task and a body column, or a
 * column that names the task itself (TASK_ALONE: 工作事项, 重点任务) and a schedule or progress column with no bodies'.
 */
export function taskColumns(cells: string[]): Partial<Record<TaskColumn, number>> | null {
  const columns: Partial<Record<TaskColumn, number>> = {};
  cells.forEach((cell, i) => {
    const c = cell.replace(/\s+/g, "");
    const hit = HEADERS.find(([key, is]) => columns[key] === undefined && is(c));
    if (hit) columns[hit[0]] = i;
  });
  // 任务分类 | 主要方向 | 重点任务: the task is the column that names it, not the one that sorts the tasks.
  const task = columns.task;
  if (task !== undefined && CATEGORY.test(cells[task].replace(/\s+/g, ""))) {
    const named = cells.findIndex((c, i) => i > task && TASK.test(c.replace(/\s+/g, "")));
    if (named > 0) columns.task = named;
  }
  // 陕西省《工作要点》部署任务 | 西安市落实措施 | 牵头单位: a higher level's task, then this body's measure for it. The
  // task is the last column naming one before the bodies' columns; the higher level's are its groups (parentColumns).
  // A task's name and its content (任务名称 | 任务内容, 事项 | 工作措施) are one task's: the first stays the task.
  const firstBody = Math.min(...[columns.lead, columns.support, columns.responsible].filter((i) => i !== undefined));
  if (columns.task !== undefined && HIGHER.test(cells[columns.task].replace(/\s+/g, ""))) {
    const later = cells.findLastIndex(
      (c, i) => i > columns.task! && i < firstBody && TASK.test(c.replace(/\s+/g, "")) && !CATEGORY.test(c)
    );
    if (later > 0) columns.task = later;
  }
  const bodies = columns.lead !== undefined || columns.responsible !== undefined;
  // With no bodies' column, a header that names the task itself and its schedule or progress (序号 | 工作事项 |
  // 进度安排 | 进展情况 | 完成情况): its rows are tasks with no one named, as a plan's items with no clause. A 序号 and a
  // person's column (牵头领导) are not enough: that is a list of who leads, not of when.
  const alone =
    columns.task !== undefined &&
    TASK_ALONE.test(cells[columns.task].replace(/\s+/g, "")) &&
    (columns.deadline !== undefined || columns.progress !== undefined);
  return columns.task !== undefined && (bodies || alone) ? columns : null;
}

/**
 * The columns before the task column that name a higher level's task (陕西省《工作要点》部署任务 before 西安市落实措施):
 * the task the rows below carry out, written once over the rows it spans. A cell there opens a group.
 */
export function parentColumns(cells: string[], columns: Partial<Record<TaskColumn, number>>): number[] {
  const task = columns.task ?? -1;
  const taken = new Set(Object.values(columns));
  return cells.flatMap((c, i) => {
    const h = c.replace(/\s+/g, "");
    return i < task && !taken.has(i) && TASK.test(h) && HIGHER.test(h) ? [i] : [];
  });
}

/** What a cell holds, for placing the cells of a row that spans fewer columns than the header. */
export type CellKind = "date" | "bodies" | "text" | "empty";

/**
 * The kind of a cell: a time (2022年11月底, 2022年11, 长期坚持, 持续推进, 年内, 明年6月底前), bodies' names (each piece between 、 , ;
 * a body by `isBody`), other text, or nothing. A date is never a body.
 */
export function cellKind(cell: string, isBody: (name: string) => boolean): CellKind {
  // Words of relative time (年内, 当年, 明年6月底前, 年底前) are times as the years they stand for are (deadline.ts).
  const c = relativeAsDated(cell.replace(/\s+/g, ""));
  if (!c) return "empty";
  if (
    c.length <= 16 &&
    /^(?:(?:19|20)\d{2}年(?:\d{1,2}(?:月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?)?)?(?:前|底前|年底前|底)?|(?:长期|持续|常态化)(?:坚持|推进|开展)?|每年|每季度|每月|\d{1,2}月(?:底|末)?前?)(?:[\[\]月底前、,至—-]|(?:19|20)\d{2}|年|\d)*$/.test(
      c
    )
  )
    return "date";
  const names = c.split(/[、,;]/).filter(Boolean);
  return names.length && names.every((n) => isBody(n.replace(/等$/, ""))) ? "bodies" : "text";
}

/** What a header column is for, for placing a short row's cells. */
export type ColumnRole = TaskColumn | "parent" | "other";

/** How well a cell of a kind sits in a column of a role (higher is better; below 0, it does not belong there). */
function fit(kind: CellKind, role: ColumnRole): number {
  if (kind === "empty") return 0;
  const body = role === "lead" || role === "support" || role === "responsible";
  if (kind === "date") return role === "deadline" ? 3 : body ? -6 : role === "other" ? 0 : -2;
  if (kind === "bodies") return body ? 2 : role === "deadline" ? -6 : role === "other" ? 0 : -2;
  return role === "task"
    ? 2
    : role === "parent" || role === "person"
      ? 1
      : role === "seq" || role === "other" || role === "progress"
        ? 0
        : -3;
}

/**
 * The column of each cell of a row that has fewer cells than its header, because cells merged over several rows
 * (序号, a higher level's task) are written only on the first of them: each cell placed, in order, in the column its
 * content fits best (a time in 完成时限, names in 牵头单位/责任单位, a measure in the task column; a time is never a
 * department). Returns the column index of each cell.
 */
export function alignCells(kinds: CellKind[], roles: ColumnRole[]): number[] {
  const n = kinds.length;
  const w = roles.length;
  // best[i][j]: the best score placing cells i.. in columns j..; ties keep cells to the right (the spanned cells are
  // the leading ones).
  const best: number[][] = Array.from({length: n + 1}, () => new Array(w + 1).fill(-Infinity));
  for (let j = 0; j <= w; ++j) best[n][j] = 0;
  for (let i = n - 1; i >= 0; --i)
    for (let j = w - 1; j >= 0; --j)
      best[i][j] = Math.max(best[i][j + 1], fit(kinds[i], roles[j]) + best[i + 1][j + 1]);
  const out: number[] = [];
  for (let i = 0, j = 0; i < n; ++i) {
    while (j < w - 1 && best[i][j + 1] >= best[i][j]) ++j;
    while (fit(kinds[i], roles[j]) + best[i + 1][j + 1] !== best[i][j]) ++j;
    out.push(j++);
  }
  return out;
}

/** A column of one year's work in a task table: its cells are the task's plan, milestone or target for that year. */
export interface YearColumn {
  column: number;
  year: number;
  /** The header as written in the shadow (2025年计划). */
  header: string;
}

/** A header naming one year's work: 2024年工作项目, 2025年计划, 2026年目标, 2025年度, 2025年 (not a span, 2024-2026年). */
const YEAR_HEADER = /^((?:19|20)\d{2})\s*年度?\s*[\u4e00-\u9fff]{0,8}$/;

/** Whether a header cell names one year's work (2024年工作任务, 2025年工作计划, 2026年目标; not 2024-2026年). */
export function isYearHeader(cell: string): boolean {
  return YEAR_HEADER.test(cell.replace(/\s+/g, ""));
}

/** The columns of a task table's header that hold one year's work each, other than its task and bodies' columns. */
export function yearColumns(cells: string[], columns: Partial<Record<TaskColumn, number>>): YearColumn[] {
  const taken = new Set(Object.values(columns));
  const out: YearColumn[] = [];
  cells.forEach((cell, column) => {
    const header = cell.replace(/\s+/g, "");
    const m = YEAR_HEADER.exec(header);
    if (m && !taken.has(column)) out.push({column, year: +m[1], header});
  });
  return out;
}

/**
 * The columns of a header that report progress on the task (PROGRESS_HEADER: 进展情况, 完成情况, 推进情况, 工作进展 …),
 * every one in order (序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 → [3, 4]): their cells are the item's progress
 * (Item.progress), never its text, targets nor deadline.
 */
export function progressColumns(cells: string[]): number[] {
  return cells.flatMap((c, i) => (PROGRESS_HEADER.test(c.replace(/\s+/g, "")) ? [i] : []));
}

/** The task tables among a plan's tables (matched on the shadow text's cells). */
export function taskTables(tables: Table[]): TaskTable[] {
  const out: TaskTable[] = [];
  for (const table of tables) {
    const h = table.rows.findIndex((r) => taskColumns(r.cells) !== null);
    if (h < 0) continue;
    const columns = taskColumns(table.rows[h].cells)!;
    // The header repeated at a page break is the same table's, not a row: left out.
    const header = table.rows[h].cells.map((c) => c.replace(/\s+/g, "")).join("|");
    const rows = table.rows.slice(h + 1).filter((r) => r.cells.map((c) => c.replace(/\s+/g, "")).join("|") !== header);
    const cells = table.rows[h].cells;
    out.push({
      table,
      columns,
      years: yearColumns(cells, columns),
      rows,
      header: cells,
      parents: parentColumns(cells, columns),
      progress: progressColumns(cells)
    });
  }
  return out;
}

/** [start, end) of each cell of a row in the text, cut as tableCells cuts it (at | or tabs, trimmed). */
export function cellSpans(text: string, row: TableRow): [number, number][] {
  const line = text.slice(row.start, row.end);
  const sep = line.includes("|") ? "|" : "\t";
  const spans: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= line.length; ++i) {
    if (i < line.length && line[i] !== sep) continue;
    let a = from;
    let b = i;
    while (a < b && /\s/.test(line[a])) ++a;
    while (b > a && /\s/.test(line[b - 1])) --b;
    spans.push([row.start + a, row.start + b]);
    from = i + 1;
  }
  if (sep === "|" && line.slice(spans[0][0] - row.start, spans[0][1] - row.start) === "") spans.shift();
  return spans;
}

/** Each cell of a row as the [start, end) spans it is made of: one per cell, or a wrapped cell's lines. */
export function cellPieces(text: string, row: TableRow): [number, number][][] {
  return row.pieces ?? cellSpans(text, row).map((span) => [span]);
}

/**
 * Whether a name in a task table's bodies' cell is a fragment, not a department: no body by the reference nor by its
 * form (`isBody`; quotation marks read through, 区“两旧”专班 is a 专班), and standing for no body by a list's shared
 * 部门 (`full`, 公安、交通等部门). A cell cut short where a copy stops inside it (国办函〔2016〕38号's stored copy ends
 * inside row 10's 牵头负责部门 cell: 发展改革, for 发展改革委) gives one; so does a cell a copy split wrongly. Such a
 * name is no link: the row keeps it in its clause, with a warning (parse.ts).
 */
export function isCellFragment(name: string, isBody: (name: string) => boolean, full?: string): boolean {
  if (full !== undefined) return false;
  const n = name.trim();
  return !isBody(n) && !isBody(n.replace(/[“”‘’"']/g, ""));
}

/**
 * The bodies a fragment of a cell may be the start of, as written: the names of `named` (the plan's own bodies as it
 * writes them, first) that begin with it and are longer, else those of `known` (the reference's names), at most
 * `limit` of them, shortest first (发展改革 → 发展改革委). Empty when none begins with it.
 */
export function namesBeginningWith(
  fragment: string,
  named: Iterable<string>,
  known: Iterable<string>,
  limit = 3
): string[] {
  const f = fragment.trim();
  const pick = (names: Iterable<string>) =>
    [...new Set([...names].filter((n) => n.length > f.length && n.startsWith(f)))].sort(
      (a, b) => a.length - b.length || a.localeCompare(b)
    );
  const own = pick(named);
  return (own.length ? own : pick(known)).slice(0, limit);
}
