/**
 * Pathological inputs for the reader (issue 15, "Nothing may take super-linear time"): each is the Yan'an plan with
 * one hostile shape added, made here in memory and never stored. A reader that is linear in every input parses
 * each of them at about the cost per KB of the plan itself; a quadratic pattern (a regular expression that scans
 * to the end of the text from each of many starting points, a string built by repeated concatenation) shows as a
 * cost per KB that grows with the size of the shape.
 */

export interface Shape {
  name: string;
  /** What the shape is, for the table. */
  about: string;
  text: string;
}

/** The first task of the plan: its line, found by its marker, so that a shape can be put inside a task. */
function firstTaskLine(plan: string): {start: number; end: number} {
  const start = plan.search(/^\(一\)/m);
  if (start < 0) throw new Error("the plan has no (一) task line");
  const end = plan.indexOf("\n", start);
  return {start, end: end < 0 ? plan.length : end};
}

/** The plan with `insert` put in its first task, just after the task's first sentence. */
function inFirstTask(plan: string, insert: string): string {
  const {start} = firstTaskLine(plan);
  const at = plan.indexOf("。", start) + 1;
  return plan.slice(0, at) + insert + plan.slice(at);
}

/** The plan with a line of its own after its first task's line. */
function afterFirstTask(plan: string, line: string): string {
  const {end} = firstTaskLine(plan);
  return plan.slice(0, end) + "\n" + line + plan.slice(end);
}

/** Repeats a string to about `bytes` bytes of UTF-8 (3 bytes a CJK character, 1 an ASCII one). */
function repeatTo(unit: string, bytes: number): string {
  const size = new TextEncoder().encode(unit).length;
  return unit.repeat(Math.max(1, Math.round(bytes / size)));
}

/** One subject and a list of values to about `bytes` bytes of UTF-8: 各区示范社区分别达到10家、20家、…。 */
function respectivelyTo(bytes: number): string {
  const values: string[] = [];
  let size = new TextEncoder().encode("各区示范社区分别达到。").length;
  for (let k = 1; size < bytes; ++k) {
    values.push(`${10 * k}家`);
    size += new TextEncoder().encode(`${10 * k}家、`).length;
  }
  return `各区示范社区分别达到${values.join("、")}。`;
}

/** The plan as a web page: a paragraph a line, the tags the load page's paste box strips. */
function asHtml(plan: string, line: (text: string, k: number) => string = (t) => t): string {
  const body = plan
    .split("\n")
    .map((t, k) => `<p>${line(t, k)}</p>`)
    .join("\n");
  return `<html><head><title>plan</title></head><body>\n${body}\n</body></html>\n`;
}

/**
 * The shapes of issue 15, each built on `plan` (the Yan'an text):
 * - digits: a 40 KB run of digits inside a task;
 * - blanket words: a 120 KB line repeating 以下均 (the start of a blanket note that never ends);
 * - stray <: a web page's head, then the plan ×10 with a < that no > follows in every sentence;
 * - unclosed tags: the plan as HTML ×10 with an unclosed <script> and <!-- on every line;
 * - one 5 MB line: the plan's header, then its body (from 一、) without line breaks, repeated to 5 MB on one line;
 * - nested brackets: 10,000 brackets opened and closed around a name, inside a task;
 * - repeated targets: a 40 KB run of 建成示范点达到10家、 inside a task (issue 16: every figure's phrase ran back to
 *   the start of the run, and a list pattern backtracked over every 、 of it);
 * - a 分别 list: 各区示范社区分别达到10家、20家、… to 40 KB inside a task (one subject and thousands of values).
 */
export function pathologicalShapes(plan: string): Shape[] {
  const bodyAt = plan.search(/^一、/m);
  const tenTimes = Array.from({length: 10}, () => plan).join("\n");
  // A web page's head, then the text with a stray < in each sentence and no > after it: <[^>]*> from each
  // would scan to the end of the text.
  const stray = `<html><head><title>plan</title></head><body>\n${tenTimes.replace(/。/g, "。a<b ")}`;
  return [
    {name: "digits", about: "a 40 KB run of digits inside a task", text: inFirstTask(plan, repeatTo("7", 40 * 1024))},
    {
      name: "blanket words",
      about: "a 120 KB line repeating 以下均",
      text: afterFirstTask(plan, repeatTo("以下均", 120 * 1024))
    },
    {
      name: "stray <",
      about: "a web page's head, then the plan ×10 with a < no > follows in every sentence",
      text: stray
    },
    {
      name: "unclosed tags",
      about: "the plan as HTML ×10, an unclosed <script> and <!-- on every line",
      text: asHtml(tenTimes, (t) => `<script>${t}<!--`)
    },
    {
      name: "one 5 MB line",
      about: "the plan's header, then its body without line breaks, repeated to 5 MB on one line",
      text: plan.slice(0, bodyAt) + repeatTo(plan.slice(bodyAt).replace(/\n/g, ""), 5 * 1024 * 1024) + "\n"
    },
    {
      name: "nested brackets",
      about: "10,000 nested brackets around a name inside a task",
      text: inFirstTask(plan, "(".repeat(10000) + "市发改委" + ")".repeat(10000) + "。")
    },
    {
      name: "repeated targets",
      about: "a 40 KB run of 建成示范点达到10家、 inside a task",
      text: inFirstTask(plan, repeatTo("建成示范点达到10家、", 40 * 1024).replace(/、$/, "。"))
    },
    {
      name: "a 分别 list",
      about: "各区示范社区分别达到10家、20家、… to 40 KB inside a task",
      text: inFirstTask(plan, respectivelyTo(40 * 1024))
    }
  ];
}
