import {readFileSync} from "node:fs";
import {Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType} from "docx";
import iconv from "iconv-lite";
import {describe, expect, test} from "vitest";
import {departmentDirectory, parseDepartmentsCsv} from "../src/lib/departments.js";
import {parsePlan} from "../src/lib/reader/parse.js";
import {readPlanFile} from "../src/lib/readPlanFile.js";

const departments = departmentDirectory(
  parseDepartmentsCsv(readFileSync(new URL("fixtures/departments.csv", import.meta.url), "utf8")).entries
);

const cell = (text: string, options: {rowSpan?: boolean; continued?: boolean} = {}) =>
  new TableCell({
    children: [new Paragraph(options.continued ? "" : text)],
    verticalMerge: options.rowSpan
      ? VerticalMergeType.RESTART
      : options.continued
        ? VerticalMergeType.CONTINUE
        : undefined
  });

/** A small plan as a Word document: header, chapters, tasks, a 专栏 box drawn as a one-cell table, an indicator table. */
async function planDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph("示政发〔2024〕3号"),
          new Paragraph("示例市人民政府"),
          new Paragraph("2024年5月6日"),
          new Paragraph("示例市质量提升实施方案"),
          new Paragraph(""),
          new Paragraph("一、主要目标"),
          new Table({
            rows: [
              new TableRow({children: ["序号", "指标名称", "2025年", "属性"].map((t) => cell(t))}),
              new TableRow({
                children: [cell("1"), cell("制造业产品质量合格率(%)"), cell("≥94"), cell("约束性", {rowSpan: true})]
              }),
              new TableRow({
                children: [cell("2"), cell("食品评价性抽检合格率(%)"), cell("≥98"), cell("", {continued: true})]
              })
            ]
          }),
          new Paragraph("二、主要任务"),
          new Paragraph("(一)甲任务。推动质量提升。(市发改委牵头,市科技局配合)"),
          // A paragraph with a line break and two runs: one paragraph, two lines, joined again by the parser.
          new Paragraph({
            children: [
              new TextRun("(二)乙任务。到2025年培育质量标杆企业20家。"),
              new TextRun({text: "(市工信局负责)", break: 1})
            ]
          }),
          new Paragraph("三、保障措施"),
          new Paragraph("(三)丙任务。加强组织领导。(市市场监管局、市科技局按职责分工负责)"),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({
                    children: [
                      new Paragraph("专栏1 质量提升行动"),
                      new Paragraph("——开展质量标杆行动。(责任单位:市工信局)"),
                      new Paragraph("——开展品牌培育行动。(责任单位:市市场监管局)")
                    ]
                  })
                ]
              })
            ]
          })
        ]
      }
    ]
  });
  return Packer.toBuffer(doc);
}

describe("readPlanFile", () => {
  test("reads a .docx: one paragraph a line, table rows with | cells, a one-cell box as lines", async () => {
    const bytes = await planDocx();
    const file = await readPlanFile("plan.docx", new Uint8Array(bytes));
    expect(file.format).toBe("docx");
    expect(file.messages).toEqual([]);
    const lines = file.text.split("\n");
    expect(lines).toContain("一、主要目标");
    expect(lines).toContain("(一)甲任务。推动质量提升。(市发改委牵头,市科技局配合)");
    expect(lines).toContain("序号 | 指标名称 | 2025年 | 属性");
    // The merged 属性 cell is repeated in the row below.
    expect(lines).toContain("2 | 食品评价性抽检合格率(%) | ≥98 | 约束性");
    expect(lines).toContain("专栏1 质量提升行动");
    expect(lines).not.toContain("");
  });

  test("the .docx text parses into items, responsibilities, indicators and targets", async () => {
    const bytes = await planDocx();
    // An ArrayBuffer, as File.arrayBuffer() gives in the browser.
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const {text} = await readPlanFile("示例方案.DOCX", ab);
    const model = parsePlan(text, {departments});
    expect(model.document).toMatchObject({docNumber: "示政发〔2024〕3号", date: "2024-05-06"});
    expect(model.chapters.map((c) => c.title)).toEqual(["主要目标", "主要任务", "保障措施"]);
    expect(model.items.map((i) => i.id)).toEqual(["T1", "T2", "T3", "A1.1", "A1.2"]);
    expect(model.responsibilities.map((r) => [r.item, r.department, r.role])).toEqual([
      ["T1", "市发展和改革委员会", "lead"],
      ["T1", "市科学技术局", "support"],
      ["T2", "市工业和信息化局", "lead"],
      ["T3", "市市场监督管理局", "joint"],
      ["T3", "市科学技术局", "joint"],
      ["A1.1", "市工业和信息化局", "lead"],
      ["A1.2", "市市场监督管理局", "lead"]
    ]);
    expect(model.indicators.map((i) => [i.name, i.target.value, i.attribute])).toEqual([
      ["制造业产品质量合格率", 94, "binding"],
      ["食品评价性抽检合格率", 98, "binding"]
    ]);
    expect(model.targets.map((t) => [t.item, t.value, t.unit])).toEqual([["T2", 20, "家"]]);
    expect(model.warnings).toEqual([]);
  });

  test("reads a GB18030 text file", async () => {
    const text = "一、主要任务\n(一)甲任务。(市发改委牵头,市科技局配合)\n";
    const file = await readPlanFile("plan.txt", iconv.encode(text, "gb18030"));
    expect(file).toEqual({text, format: "text", encoding: "gb18030", messages: []});
    expect(parsePlan(file.text, {departments}).responsibilities).toHaveLength(2);
  });

  test("reads UTF-8 with a BOM and UTF-16", async () => {
    const text = "(一)甲任务。(市发改委负责)";
    expect(await readPlanFile("a.txt", new TextEncoder().encode("\ufeff" + text))).toMatchObject({
      text,
      encoding: "utf-8"
    });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(await readPlanFile("a.txt", le)).toMatchObject({text, encoding: "utf-16le"});
  });

  test("binary noise, a damaged .doc, a damaged PDF, a damaged ZIP: one message naming the file and no text", async () => {
    let seed = 7;
    const noise = Uint8Array.from({length: 4096}, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    const cases: [string, Uint8Array, RegExp][] = [
      ["noise.bin", noise, /^noise\.bin: not a text file/],
      [
        "old.doc",
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise]),
        /^old\.doc: the Office file could not be opened .*damaged/
      ],
      ["plan.pdf", new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n"), /^plan\.pdf: the PDF could not be read .*damaged/],
      [
        "broken.docx",
        Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...noise]),
        /^broken\.docx: could not be read as a Word document/
      ],
      ["empty.txt", new Uint8Array(0), /empty/]
    ];
    for (const [name, bytes, message] of cases) {
      const file = await readPlanFile(name, bytes);
      expect(file.text, name).toBe("");
      expect(file.messages, name).toHaveLength(1);
      expect(file.messages[0], name).toMatch(message);
    }
  });

  test("a plain-text file named .docx is read as text, with a message", async () => {
    const file = await readPlanFile("plan.docx", new TextEncoder().encode("(一)甲任务。(市发改委负责)"));
    expect(file).toMatchObject({format: "text", text: "(一)甲任务。(市发改委负责)"});
    expect(file.messages[0]).toMatch(/plain text/);
  });

  test("Word's automatic numbering is reported", async () => {
    const doc = new Document({
      numbering: {
        config: [{reference: "n", levels: [{level: 0, format: "chineseCounting", text: "%1、", alignment: "left"}]}]
      },
      sections: [{children: [new Paragraph({text: "主要任务", numbering: {reference: "n", level: 0}})]}]
    });
    const file = await readPlanFile("n.docx", await Packer.toBuffer(doc));
    expect(file.text).toBe("主要任务");
    expect(file.messages[0]).toMatch(/automatic numbering/);
  });
});
