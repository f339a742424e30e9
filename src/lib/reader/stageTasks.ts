/**
 * The tasks a stage of a schedule names (三、时间节点 / (三)2025年6月底前,完成第(二)项任务…): a stage says when, and where
 * it names a task without doubt its time is the task's. Named without doubt:
 * - by number: 第(二)项, 第二项任务, (二)项任务, 任务二, 任务(2), 第1、3项 (a list) — the one task of the plan's own
 *   outline with that number; where several tasks share it (三、(一) and 四、(一)), none;
 * - by heading: the task's heading (the words before its first full stop, four characters or more) written in the
 *   stage, when no other task has that heading.
 * Words that only describe the work (完成…岸电设施标准化建设) name no task: matching them would be a guess.
 */
import {chineseNumeral} from "../numerals.js";

export interface StageTask {
  id: string;
  /** The task's number in its outline (3 for (三) or 3.); null for a task with none. */
  seq: number | null;
  /** True for a task of the plan's own outline (a numbered line), the tasks a number in a stage refers to. */
  outlined: boolean;
  title: string;
}

const NUMERAL = "[一二三四五六七八九十\\d]{1,3}";
const ONE = `\\(?\\s*${NUMERAL}\\s*\\)?`;
/** 第(二)项, 第二、三项, (二)项任务, 第1、3项. */
const BY_ITEM = new RegExp(`(?:第\\s*)?(${ONE}(?:\\s*[、,和及]\\s*${ONE})*)\\s*项`, "g");
/** 任务二, 任务(2), 任务1、2. */
const BY_TASK = new RegExp(`任务\\s*(${ONE}(?:\\s*[、,和及]\\s*${ONE})*)(?![\\d项年月日个])`, "g");

function numbersIn(list: string): number[] {
  return [...list.matchAll(new RegExp(NUMERAL, "g"))]
    .map((m) => (/\d/.test(m[0]) ? +m[0] : chineseNumeral(m[0])))
    .filter((n): n is number => n !== null && n > 0);
}

/** The ids of the tasks a stage's text names without doubt (see the module's comment), in the tasks' order. */
export function stageTasks(stage: string, tasks: StageTask[]): string[] {
  const named = new Set<string>();
  const outlined = tasks.filter((t) => t.outlined && t.seq !== null);
  const numbers: number[] = [];
  for (const re of [BY_ITEM, BY_TASK]) {
    re.lastIndex = 0;
    for (const m of stage.matchAll(re)) {
      // 第3项 in 第3项指标 or 3项措施 counts things: only a number that is not a count (第…项, …项任务, 任务…).
      const count = re === BY_ITEM && !/^第/.test(m[0]) && !/^\s*任务/.test(stage.slice(m.index! + m[0].length));
      if (!count) numbers.push(...numbersIn(m[1]));
    }
  }
  for (const n of numbers) {
    const hits = outlined.filter((t) => t.seq === n);
    if (hits.length === 1) named.add(hits[0].id);
  }
  const titles = new Map<string, number>();
  for (const t of tasks) titles.set(t.title, (titles.get(t.title) ?? 0) + 1);
  for (const t of tasks)
    if (t.title.length >= 4 && titles.get(t.title) === 1 && stage.includes(t.title)) named.add(t.id);
  return tasks.filter((t) => named.has(t.id)).map((t) => t.id);
}
