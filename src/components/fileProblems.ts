/**
 * fileProblems(problems, options): the bad rows of data files, each with its file, line and what is wrong, in a
 * warning box; or, when there are none, one quiet line naming the files, with how many rows were read.
 *
 *   fileProblems([{file: "data/reference/functions.csv", line: 4, message: "empty match"}],
 *     {files: ["data/reference/functions.csv"], rows: 70, language})
 *
 * The element carries data-problems (the count). options.document for jsdom. Each row's message (a comparison
 * reference file's reasons: reference.ts, compare/functions.ts) is shown in Chinese where it has a Chinese form
 * (referenceMessageZh), in English otherwise.
 */
import {elementMaker} from "./element.js";
import {countLabel, type Language} from "../lib/vocabulary.js";
import {referenceMessageZh} from "../lib/fileMessagesZh.js";

export interface FileProblem {
  file: string;
  line: number;
  message: string;
}

export function fileProblems(
  problems: FileProblem[],
  {
    files,
    rows = null,
    language = "both",
    document = globalThis.document
  }: {files: string[]; rows?: number | null; language?: Language; document?: Document}
): HTMLElement {
  const el = elementMaker(document);
  const say = (en: string, zh: string) => (language === "en" ? en : language === "zh" ? zh : `${zh} ${en}`);
  if (!problems.length)
    return el(
      "p",
      {class: "muted small", "data-problems": "0"},
      `${files.join(", ")}: `,
      rows === null
        ? say("no bad row.", "无错误行。")
        : say(`${countLabel(rows, "row").en} read, none bad.`, `读取${rows}行，无错误行。`)
    );
  const n = problems.length;
  const message = (en: string) => {
    const zh = language === "en" ? null : referenceMessageZh(en);
    return zh === null ? en : language === "zh" ? zh : `${zh} (${en})`;
  };
  return el(
    "div",
    {class: "warning", "data-problems": String(n)},
    el(
      "strong",
      {},
      say(
        `${countLabel(n, "bad row").en}, left out (the good rows are used):`,
        `${n}行有误，已略去（其余正确行照常使用）：`
      )
    ),
    el(
      "ul",
      {},
      ...problems.map((p) =>
        el(
          "li",
          {},
          el("code", {}, p.file),
          ` ${say(`line ${p.line}`, `第${p.line}行`)}${language === "en" ? ": " : "："}${message(p.message)}`
        )
      )
    )
  );
}
