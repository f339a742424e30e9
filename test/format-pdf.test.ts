// PDF: pdf.js's text runs laid out as lines (layout.ts), running headers, footers and page numbers removed, table
// rows kept, scans reported; radicals from fonts' character maps unified (radicals.ts).
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {laidOutText, type TextRun} from "../src/lib/formats/layout.js";
import {nodeReadOptions} from "../src/lib/formats/node.js";
import {readPdf} from "../src/lib/formats/pdf.js";
import {unifyRadicals} from "../src/lib/formats/radicals.js";
import {fixture} from "./plan.js";

/** A line of runs at baseline y: [x, text] pairs, 12 pt, each character 12 pt wide. */
const line = (y: number, ...cells: [number, string][]): TextRun[] =>
  cells.map(([x, str]) => ({str, x, y, width: 12 * [...str].length, size: 12}));

describe("laidOutText", () => {
  test("running headers, footers and page numbers go; the body stays, page after page", () => {
    const page = (n: number, body: string) => [
      ...line(800, [250, "延安市人民政府文件"]),
      ...line(700, [90, body]),
      ...line(680, [90, "加强组织领导。"]),
      ...line(40, [280, `— ${n} —`])
    ];
    const read = laidOutText([page(1, "一、总体要求"), page(2, "二、主要任务"), page(3, "三、保障措施")], "pdf");
    // The same sentence at the same place on every page is furniture too; at another height it is text.
    expect(read.text.split("\n")).toEqual(["一、总体要求", "二、主要任务", "三、保障措施"]);
    const moved = laidOutText(
      [page(1, "一、总体要求"), [...line(800, [250, "延安市人民政府文件"]), ...line(700, [90, "加强组织领导。"])]],
      "pdf"
    );
    expect(moved.text.split("\n")).toEqual(["一、总体要求", "加强组织领导。", "加强组织领导。"]);
    expect(read.extent).toBe("3 of 3 pages with text");
  });

  test("a line seen on one page only is kept, even at the top; a page number alone goes on a single page too", () => {
    const read = laidOutText(
      [[...line(800, [90, "延政发〔2024〕8号"]), ...line(700, [90, "正文"]), ...line(40, [280, "3"])]],
      "pdf"
    );
    expect(read.text).toBe("延政发〔2024〕8号\n正文");
  });

  test("a table: cells apart become a row; a cell wrapped inside its column joins its row", () => {
    const read = laidOutText(
      [
        [
          ...line(700, [90, "序号"], [125, "指标名称"], [418, "2025年"], [490, "属性"]),
          ...line(676, [90, "1"], [125, "工业战略性新兴产业总产值"], [418, "3"], [490, "预期性"]),
          ...line(660, [125, "占工业总产值比重(%)"]),
          ...line(636, [90, "2"], [125, "数字经济核心产业增加值"], [418, "5"], [490, "预期性"]),
          ...line(600, [90, "注:[]为累计数。"])
        ]
      ],
      "pdf"
    );
    expect(read.text.split("\n")).toEqual([
      "序号 | 指标名称 | 2025年 | 属性",
      "1 | 工业战略性新兴产业总产值占工业总产值比重(%) | 3 | 预期性",
      "2 | 数字经济核心产业增加值 | 5 | 预期性",
      "注:[]为累计数。"
    ]);
  });

  test("runs of one line in any order are read left to right; Latin words keep their space", () => {
    const runs = [...line(700, [138, "质量"]), ...line(700, [90, "提升"]), ...line(700, [114, "产品"])];
    runs.push({str: "ISO", x: 163, y: 700, width: 18, size: 12}, {str: "9001", x: 185, y: 700, width: 24, size: 12});
    expect(laidOutText([runs], "pdf").text).toBe("提升产品质量ISO 9001");
    // Runs far apart: two cells are joined by a space, three or more make a table row.
    expect(laidOutText([line(700, [90, "延安市人民政府"], [400, "2024年3月26日"])], "pdf").text).toBe(
      "延安市人民政府 2024年3月26日"
    );
  });

  test("pages without text: all of them, unreadable (scanned); some of them, named in a message", () => {
    expect(laidOutText([[], []], "pdf").unreadable).toMatch(/^a scanned PDF: none of its 2 pages have a text layer/);
    const some = laidOutText([line(700, [90, "正文"]), [], line(700, [90, "正文二"])], "pdf");
    expect(some.extent).toBe("2 of 3 pages with text");
    expect(some.messages).toEqual(["page 2 of the PDF has no text layer (scanned images): its text is missing"]);
  });
});

describe("unifyRadicals", () => {
  test("Kangxi and supplement radicals that fonts give for ideographs, and 〈〉, one character for one", () => {
    const text = "各县⼈⺠政府,市⼈⺠政府各⼯作部⻔,《延安市关于贯彻落实〈质量强国建设纲要〉》⻓效";
    const unified = unifyRadicals(text);
    expect(unified).toBe("各县人民政府,市人民政府各工作部门,《延安市关于贯彻落实〈质量强国建设纲要〉》长效");
    expect(unified.length).toBe(text.length);
    expect(unifyRadicals("户戶亻")).toBe("户戶亻");
  });
});

describe("readPdf", () => {
  test("the Yan'an plan printed by Chromium: no running header, no page number, the indicator table as rows", async () => {
    const read = await readPdf(readFileSync(fixture("formats/yanan.pdf")), nodeReadOptions().pdf);
    const lines = read.text.split("\n");
    expect(lines[0]).toBe("延政发〔2024〕8号");
    expect(lines.filter((l) => l.includes("延安市人民政府文件") || /^—\s*\d+\s*—$/.test(l))).toEqual([]);
    expect(lines).toContain("序号 | 指标名称 | 2025年 | 属性");
    expect(lines).toContain("6 | 制造业全员劳动生产率增长(%) | 6.5年均 | 预期性");
    expect(read.text).not.toMatch(/[\u2e80-\u2fdf]/);
  });

  test("a scanned PDF (drawings, no text) is unreadable, saying so", async () => {
    const read = await readPdf(readFileSync(fixture("formats/scanned.pdf")), nodeReadOptions().pdf);
    expect(read).toMatchObject({text: "", format: "pdf"});
    expect(read.unreadable).toMatch(/^a scanned PDF: none of its 1 page has a text layer \(only images\)/);
  });

  test("a damaged PDF is unreadable, with the reason", async () => {
    const pdf = readFileSync(fixture("formats/yanan.pdf")).subarray(0, 2000);
    expect((await readPdf(pdf, nodeReadOptions().pdf)).unreadable).toMatch(/^the PDF could not be read .* damaged$/);
  });
});
