import {describe, expect, test} from "vitest";
import {
  foldWidth,
  htmlToText,
  isPageNumberLine,
  looksLikeHtml,
  normalizePlanText
} from "../src/lib/reader/normalize.js";

describe("foldWidth", () => {
  test("folds full-width punctuation, digits and brackets to ASCII, one character for one", () => {
    const input = "（市发改委牵头，市科技局配合）：【责任单位；１２３】｜";
    const out = foldWidth(input);
    expect(out).toBe("(市发改委牵头,市科技局配合):[责任单位;123]|");
    expect(out.length).toBe(input.length);
  });
  test("leaves 、 。 “ ” 〔 〕 and CJK text alone", () => {
    expect(foldWidth("延政发〔2024〕8号,“四个最严”、。")).toBe("延政发〔2024〕8号,“四个最严”、。");
  });
});

describe("isPageNumberLine", () => {
  test("recognizes — 3 —, - 3 -, −12− and 第3页", () => {
    for (const line of ["— 3 —", "- 3 -", "—12—", " -- 7 -- ", "第3页", "第 3 页 共 12 页"])
      expect(isPageNumberLine(line)).toBe(true);
  });
  test("leaves text, table rows and numbered lines", () => {
    for (const line of ["3", "1 | 甲 | 3 |", "——开展行动", "(三)任务", "2025年"])
      expect(isPageNumberLine(line)).toBe(false);
  });
});

describe("normalizePlanText", () => {
  test("turns CRLF and CR into LF", () => {
    expect(normalizePlanText("甲\r\n乙\r丙").text).toBe("甲\n乙\n丙");
  });
  test("keeps the text as published beside the folded one, the same length, page-number lines emptied in both", () => {
    const n = normalizePlanText("三年行动计划（2019—2021）\r\n－ 3 －\r\n1．建立机制。（责任单位：区应急局）");
    expect(n.text).toBe("三年行动计划(2019—2021)\n\n1.建立机制。(责任单位:区应急局)");
    expect(n.published).toBe("三年行动计划（2019—2021）\n\n1．建立机制。（责任单位：区应急局）");
    expect(n.published).toHaveLength(n.text.length);
  });
  test("empties page-number lines and keeps the line count", () => {
    const n = normalizePlanText("甲\n— 3 —\n乙");
    expect(n.text).toBe("甲\n\n乙");
    expect(n.pageLines).toEqual([2]);
  });
  test("removes HTML tags, keeping paragraphs as lines and cells as | cells", () => {
    const n = normalizePlanText(
      "<html><body><p>(一)任务。</p><table><tr><td>1</td><td>甲</td></tr></table><script>alert(1)</script></body></html>"
    );
    expect(n.html).toBe(true);
    expect(n.text).toContain("(一)任务。\n");
    expect(n.text).toContain("1 | 甲 |");
    expect(n.text).not.toContain("alert");
  });
});

describe("htmlToText", () => {
  test("decodes entities", () => {
    expect(htmlToText("<p>甲&nbsp;&lt;乙&gt;&#20013;&#x6587;</p>")).toBe("甲 <乙>中文\n");
  });
  test("text with a stray < is not HTML", () => {
    expect(looksLikeHtml("a < b, 甲<乙")).toBe(false);
  });
});
