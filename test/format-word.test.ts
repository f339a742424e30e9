// Word 97–2003 .doc and WPS .wps: the OLE container (cfb), the piece table ([MS-DOC] 2.4.1), Word's marks as lines.
import {readFileSync} from "node:fs";
import * as cfbModule from "cfb";
import {describe, expect, test} from "vitest";
import {paragraphs, readWord} from "../src/lib/formats/word.js";
import {fixture, YANAN_TEXT} from "./plan.js";

const CFB = ((cfbModule as unknown as {default?: typeof cfbModule}).default ?? cfbModule) as typeof cfbModule;

describe("paragraphs", () => {
  test("\\r ends a paragraph; \\x07 ends a cell and a second \\x07 the row; a one-cell row gives its paragraphs", () => {
    const text =
      "一、主要目标\r序号\x07指标名称\x07属性\x07\x07" +
      "1\x07制造业产品\r质量合格率(%)\x07约束性\x07\x07" +
      "专栏2 行动\r——开展甲行动。(责任单位:市工信局)\x07\x07二、主要任务\r";
    expect(paragraphs(text)).toEqual([
      "一、主要目标",
      "序号 | 指标名称 | 属性",
      "1 | 制造业产品质量合格率(%) | 约束性",
      "专栏2 行动",
      "——开展甲行动。(责任单位:市工信局)",
      "二、主要任务"
    ]);
  });

  test("a field keeps its result, not its instructions; line and page breaks end lines; anchors are dropped", () => {
    expect(paragraphs('见\x13 HYPERLINK "http://x" \x14附件1\x15。\x0b第二行\x0c第三页\x01\r')).toEqual([
      "见附件1。",
      "第二行",
      "第三页"
    ]);
  });
});

describe("readWord", () => {
  test("the Yan'an plan saved by LibreOffice as Word 97–2003: the .txt's lines, tables as rows", () => {
    const read = readWord(readFileSync(fixture("formats/yanan.doc")));
    expect(read).toMatchObject({format: "doc", messages: []});
    const lines = read.text.split("\n");
    // Every line of the .txt, in order; a row of cells is written without the .txt's trailing empty cells.
    const expected = YANAN_TEXT.split("\n")
      .filter((l) => l.trim())
      .map((l) =>
        l.includes("|")
          ? l
              .split("|")
              .map((c) => c.trim())
              .filter((c, i, all) => c || all.slice(i).some(Boolean))
              .join(" | ")
          : l
      );
    expect(lines).toEqual(expected);
  });

  test("an OLE file without a WordDocument stream (an Excel workbook) says what it is", () => {
    const book = CFB.utils.cfb_new();
    CFB.utils.cfb_add(book, "Workbook", new Uint8Array(600));
    const bytes = CFB.write(book, {type: "array"}) as number[];
    expect(readWord(Uint8Array.from(bytes)).unreadable).toBe(
      "an Office file but an Excel workbook (no WordDocument stream)"
    );
  });

  test("a damaged container is unreadable", () => {
    const bytes = readFileSync(fixture("formats/yanan.doc")).subarray(0, 1000);
    expect(readWord(bytes).unreadable).toMatch(/could not be (opened|read)/);
  });
});
