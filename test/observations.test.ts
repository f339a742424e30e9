// The validators of the progress files (observations, task status), their templates, and the national
// observations joined from the benchmarks.
import {readFileSync} from "node:fs";
import {csvParse} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {
  nationObservations,
  observationTemplate,
  parseNumber,
  readDate,
  taskStatusTemplate,
  validateObservations,
  validateTaskStatus
} from "../src/lib/observations.js";
import {matchBenchmarks, parseBenchmarks, parseIndicatorGlossary} from "../src/lib/reference.js";
import {fixture, YANAN} from "./plan.js";

const read = (name: string) => readFileSync(fixture(name), "utf8");
const reference = (name: string) => readFileSync(new URL(`../data/reference/${name}`, import.meta.url), "utf8");
const HEADER = "id,year,value,level,source,note";
const SOURCE = '"test fixture, not real data"';

describe("validateObservations", () => {
  const {rows, problems, checked} = validateObservations(read("observations-bad.csv"), YANAN);

  test("reports each bad row once, with its spreadsheet row number and its reason", () => {
    const expected: [number, RegExp][] = [
      [3, /^unknown id "I99"/],
      [4, /^value "n\/a" is not a number$/],
      [5, /^value "" is not a number$/],
      [6, /^value "约98" is not a number$/],
      [7, /^duplicate of row 2 \(I7, 2024, city\)$/],
      [8, /^year "2040" is not an integer in 2015–2035$/],
      [9, /^year "2024\.5" is not an integer in 2015–2035$/],
      [10, /^level "county" is not one of city, province, nation$/],
      [11, /^unit "件" differs from the unit of I9 \(%\)$/],
      [12, /^unit "%" differs from the unit of I3 \(件\)$/],
      [13, /^empty source/],
      [14, /^value "abc" is not a number; year "2013" is not an integer in 2015–2035$/]
    ];
    expect(problems.map((p) => p.row)).toEqual(expected.map(([row]) => row));
    for (const [row, pattern] of expected) expect(problems.find((p) => p.row === row)?.message).toMatch(pattern);
  });

  test("keeps the good rows, typed, and skips the blank row", () => {
    expect(rows).toEqual([
      {
        id: "I7",
        year: 2024,
        value: 11.1,
        level: "city",
        source: "test fixture, not real data",
        note: "good",
        kind: "indicator"
      },
      {
        id: "A8.2-1",
        year: 2024,
        value: 1234,
        level: "city",
        source: "test fixture, not real data",
        note: "good",
        kind: "target"
      },
      {
        id: "I9",
        year: 2022,
        value: 33.3,
        level: "city",
        source: "test fixture, not real data",
        note: "good",
        kind: "indicator"
      },
      {
        id: "T7-1",
        year: 2025,
        value: 44.4,
        level: "nation",
        source: "test fixture, not real data",
        note: "good",
        kind: "target"
      }
    ]);
    expect(checked).toBe(rows.length + problems.length);
  });

  test("a good file has no problems", () => {
    const good = validateObservations(read("observations-good.csv"), YANAN);
    expect(good.problems).toEqual([]);
    expect(good.rows.map((r) => [r.id, r.value])).toEqual([
      ["I9", 11.1],
      ["I7", 22.2],
      ["A8.2-1", 1234],
      ["I5", 33.3]
    ]);
  });

  test("reads a BOM and CRLF line ends, and allows extra columns", () => {
    const text =
      "\ufeff" +
      [HEADER + ",extra", `I8,2024,97.5%,city,${SOURCE},,x`, `I9,2024,95,City,${SOURCE},,`].join("\r\n") +
      "\r\n";
    const result = validateObservations(text, YANAN);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.id, r.value, r.level, r.note])).toEqual([
      ["I8", 97.5, "city", ""],
      ["I9", 95, "city", ""]
    ]);
  });

  test("a header without the required columns is reported on row 1 and nothing else", () => {
    const result = validateObservations(`id,year,value\nI8,2024,98\nI99,x,y\n`, YANAN);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([{row: 1, message: "missing 3 columns: level, source, note"}]);
  });

  test("the duplicate check is on id, year and level: another level or year is not a duplicate", () => {
    const text = [HEADER, `I8,2024,98,city,${SOURCE},`, `I8,2024,98,province,${SOURCE},`, `I8,2023,98,city,${SOURCE},`];
    expect(validateObservations(text.join("\n"), YANAN).problems).toEqual([]);
  });

  test("rows the template left unfilled are skipped, not reported", () => {
    const template = observationTemplate(YANAN);
    const result = validateObservations(template, YANAN);
    expect(result).toEqual({rows: [], problems: [], warnings: [], checked: 0});
  });
});

describe("parseNumber", () => {
  test("accepts plain numbers, a % suffix and thousands separators; rejects words", () => {
    expect(parseNumber("98")).toEqual({value: 98, percent: false});
    expect(parseNumber("98.5")).toEqual({value: 98.5, percent: false});
    expect(parseNumber("98%")).toEqual({value: 98, percent: true});
    expect(parseNumber("4,000")).toEqual({value: 4000, percent: false});
    expect(parseNumber("-1.5")).toEqual({value: -1.5, percent: false});
    for (const bad of ["", "n/a", "约98", "98家", "4,00", "1.2.3", "%"]) expect(parseNumber(bad), bad).toBeNull();
  });
});

describe("readDate", () => {
  test("reads a date as spreadsheets write it, as ISO yyyy-mm-dd", () => {
    for (const text of ["2025-06-30", "2025/6/30", "2025/06/30", "2025.6.30", "2025年6月30日", " 2025 / 6 / 30 "])
      expect(readDate(text), text).toBe("2025-06-30");
  });
  test("rejects a day the calendar lacks, a day-first date and a month alone", () => {
    for (const text of ["2025/2/30", "30/06/2025", "2025年6月", "2025-6", "", "June 30"])
      expect(readDate(text), text).toBeNull();
  });
});

describe("validateTaskStatus", () => {
  const {rows, problems} = validateTaskStatus(read("task-status-bad.csv"), YANAN);

  test("reports each bad row once with its row number and reason", () => {
    const expected: [number, RegExp][] = [
      [3, /^unknown item "T99"/],
      [4, /^status "done" is not one of not started, in progress, completed, at risk/],
      [5, /^as_of "2024-02-30" is not a date/],
      [6, /^as_of "30\/06\/2024" is not a date/],
      [7, /^duplicate of row 2 \(T1, 2024-06-30\)$/],
      [8, /^empty source/],
      [10, /^unknown item "A9\.9".*; as_of "2024-13-01" is not a date/]
    ];
    expect(problems.map((p) => p.row)).toEqual(expected.map(([row]) => row));
    for (const [row, pattern] of expected) expect(problems.find((p) => p.row === row)?.message).toMatch(pattern);
  });

  test("reads an item id typed in lower case or full-width characters as the plan's, with a warning", () => {
    const csv =
      "item,as_of,status,evidence,source\nt1,2025-06-30,completed,,督查通报\nＴ２,2025-06-30,completed,,督查通报\n";
    const read = validateTaskStatus(csv, YANAN);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => r.item)).toEqual(["T1", "T2"]);
    expect(read.warnings.map((w) => [w.row, w.message])).toEqual([
      [2, 'item "t1" read as "T1"'],
      [3, 'item "Ｔ２" read as "T2"']
    ]);
  });
  test("keeps the good rows and maps the Chinese status to English", () => {
    expect(rows).toEqual([
      {
        item: "T1",
        asOf: "2024-06-30",
        status: "in progress",
        evidence: "fixture evidence",
        source: "test fixture, not real data"
      },
      {
        item: "A8.2",
        asOf: "2024-12-31",
        status: "completed",
        evidence: "Chinese status",
        source: "test fixture, not real data"
      }
    ]);
  });

  test("accepts every status in English and Chinese, with a BOM and CRLF", () => {
    const statuses = ["not started", "in progress", "completed", "at risk", "未开始", "进行中", "已完成", "有风险"];
    const text =
      "\ufeffitem,as_of,status,evidence,source\r\n" +
      statuses.map((s, i) => `T${i + 1},2024-01-3${i % 2},${s},,${SOURCE}`).join("\r\n");
    const result = validateTaskStatus(text, YANAN);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.status)).toEqual([...statuses.slice(0, 4), ...statuses.slice(0, 4)]);
  });

  test("reads the optional person (责任人) and next step (下一步) columns, and several dated rows per item", () => {
    const text =
      "item,as_of,status,evidence,source,责任人,下一步\n" +
      `T1,2024-06-30,in progress,,${SOURCE},张三,招标\n` +
      `T1,2024-12-31,completed,验收报告,${SOURCE},,\n` +
      "T2,,,,,王五,\n";
    const result = validateTaskStatus(text, YANAN);
    expect(result.rows).toEqual([
      {
        item: "T1",
        asOf: "2024-06-30",
        status: "in progress",
        evidence: "",
        source: "test fixture, not real data",
        person: "张三",
        nextStep: "招标"
      },
      {item: "T1", asOf: "2024-12-31", status: "completed", evidence: "验收报告", source: "test fixture, not real data"}
    ]);
    // A row with only a person is not an unfilled template row: it is reported, not dropped.
    expect(result.problems.map((p) => p.row)).toEqual([4]);
    expect(
      validateTaskStatus(
        `item,as_of,status,evidence,source,person,next_step\nT3,2024-01-01,未开始,,${SOURCE},赵六,立项\n`,
        YANAN
      ).rows[0]
    ).toMatchObject({person: "赵六", nextStep: "立项"});
  });

  test("a header without the required columns is reported on row 1", () => {
    expect(validateTaskStatus("item,status\nT1,completed\n", YANAN).problems).toEqual([
      {row: 1, message: "missing 3 columns: as_of, evidence, source"}
    ]);
  });
});

describe("templates", () => {
  const {entries: glossary} = parseIndicatorGlossary(reference("indicators.csv"));

  test("the observation template has a BOM, the header, and one city row per indicator and per target", () => {
    const text = observationTemplate(YANAN, glossary);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParse(text.slice(1));
    expect(rows.columns).toEqual(["id", "year", "value", "level", "source", "note", "name", "unit", "target"]);
    expect(rows.map((r) => r.id)).toEqual([...YANAN.indicators.map((i) => i.id), ...YANAN.targets.map((t) => t.id)]);
    expect(rows.every((r) => r.level === "city" && !r.year && !r.value && !r.source && !r.note)).toBe(true);
    const i8 = rows.find((r) => r.id === "I8")!;
    expect(i8).toMatchObject({
      name: "食品评价性抽检合格率 · Pass rate of evaluative food sampling inspections",
      unit: "%",
      target: "≥98"
    });
    const a82 = rows.find((r) => r.id === "A8.2-1")!;
    expect(a82).toMatchObject({name: "全市放心消费示范单位", unit: "家", target: "全市放心消费示范单位达到4000家"});
    expect(rows.find((r) => r.id === "I5")!.unit).toBe("");
  });

  test("without a glossary the name is the plan's", () => {
    const rows = csvParse(observationTemplate(YANAN).slice(1));
    expect(rows.find((r) => r.id === "I8")!.name).toBe("食品评价性抽检合格率");
  });

  test("the task status template has one row per item with its title", () => {
    const text = taskStatusTemplate(YANAN);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParse(text.slice(1));
    expect(rows.columns).toEqual(["item", "as_of", "status", "evidence", "source", "person", "next_step", "title"]);
    expect(rows.map((r) => r.item)).toEqual(YANAN.items.map((i) => i.id));
    expect(rows).toHaveLength(50);
    expect(rows[0].title).toBe(YANAN.items[0].title);
    expect(validateTaskStatus(text, YANAN)).toEqual({rows: [], problems: [], warnings: [], checked: 0});
  });
});

describe("nationObservations", () => {
  test("the national observations of the benchmarks, joined to the plan's indicators, with source and date", () => {
    const {entries: glossary} = parseIndicatorGlossary(reference("indicators.csv"));
    const {rows: benchmarks} = parseBenchmarks(reference("benchmarks.csv"));
    const rows = nationObservations(matchBenchmarks(YANAN.indicators, glossary, benchmarks));
    expect(rows.every((r) => r.level === "nation" && r.kind === "indicator" && r.source.length > 0)).toBe(true);
    const expected = benchmarks.filter((b) => b.level === "nation" && b.kind === "observation");
    expect(rows).toHaveLength(expected.length);
    const i9 = rows.filter((r) => r.id === "I9").map((r) => [r.year, r.value]);
    expect(i9).toEqual(expected.filter((b) => b.indicatorZh === "制造业产品质量合格率").map((b) => [b.year, b.value]));
    const i8 = rows.find((r) => r.id === "I8")!;
    const b8 = expected.find((b) => b.indicatorZh === "食品评价性抽检合格率")!;
    expect(i8).toMatchObject({year: b8.year, value: b8.value, comparator: b8.comparator, note: b8.note});
    expect(i8.source).toBe(`${b8.source}, ${b8.published}`);
  });
});

describe("what a user entered is kept as meant", () => {
  test("years and dates typed with full-width digits are read", () => {
    const observations = validateObservations([HEADER, `I8,２０２４,98,city,${SOURCE},`].join("\n"), YANAN);
    expect(observations.problems).toEqual([]);
    expect(observations.rows.map((r) => [r.id, r.year, r.value])).toEqual([["I8", 2024, 98]]);
    const status = validateTaskStatus(
      `item,as_of,status,evidence,source\nT1,２０２４－０６－３０,已完成,,${SOURCE}\n`,
      YANAN
    );
    expect(status.problems).toEqual([]);
    expect(status.rows.map((r) => r.asOf)).toEqual(["2024-06-30"]);
  });

  test("a fraction for a % indicator (a cell Excel shows as 95 %) is kept with a warning naming the row", () => {
    const text = [HEADER, `I8,2024,0.95,city,${SOURCE},`, `I9,2024,95,city,${SOURCE},`, `I3,2024,0.5,city,${SOURCE},`];
    const result = validateObservations(text.join("\n"), YANAN);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.value)).toEqual([0.95, 95, 0.5]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].row).toBe(2);
    expect(result.warnings[0].message).toMatch(/I8, whose unit is %.*95 %/);
  });

  test("free-text cells a spreadsheet would run as a formula are kept with a warning", () => {
    const observations = validateObservations(
      [HEADER, `I8,2024,98,city,=HYPERLINK("http://x"),`, `I9,2024,-1,city,${SOURCE},@SUM(A1)`].join("\n"),
      YANAN
    );
    expect(observations.problems).toEqual([]);
    expect(observations.rows.map((r) => r.source)).toEqual(['=HYPERLINK("http://x")', "test fixture, not real data"]);
    expect(observations.warnings.map((w) => [w.row, w.message.split(",")[0]])).toEqual([
      [2, 'source begins with "="'],
      [3, 'note begins with "@"']
    ]);
    const status = validateTaskStatus(
      `item,as_of,status,evidence,source\nT1,2024-06-30,已完成,+cmd|x,${SOURCE}\n`,
      YANAN
    );
    expect(status.warnings.map((w) => w.row)).toEqual([2]);
    expect(status.warnings[0].message).toMatch(/^evidence begins with "\+"/);
  });
});
