// The source view's marks and segments, on the Yan'an fixture: every record's mark covers what the record says,
// and the segments cut the text into non-overlapping pieces that cover it exactly once.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {decodePlan} from "../src/lib/reader/decode.js";
import type {PlanModel} from "../src/lib/model.js";
import {normalizePlanText} from "../src/lib/reader/normalize.js";
import {departmentSlug} from "../src/lib/slug.js";
import {
  itemHeadingEnd,
  type Mark,
  responsibilityIds,
  type Segment,
  segmentText,
  sourceMarks
} from "../src/lib/sourceMarks.js";
import {fixture, parse, YANAN, YANAN_BYTES, YANAN_TEXT} from "./plan.js";

const TEXT = normalizePlanText(YANAN_TEXT).text;
const MARKS = sourceMarks(YANAN, TEXT);
const SEGMENTS = segmentText(TEXT, MARKS);
const byId = new Map(MARKS.map((m) => [m.id, m]));
const slice = (m: {start: number; end: number}, text = TEXT) => text.slice(m.start, m.end);

/** The invariants of a segmentation, whatever the text and the marks. */
function checkSegments(text: string, marks: Mark[], segments: Segment[]) {
  // Line by line, the segments put back together are the text: every character but the line breaks once.
  const lines = text.split("\n");
  expect(segments.at(-1)!.line).toBe(lines.length);
  lines.forEach((line, k) => {
    const own = segments.filter((s) => s.line === k + 1);
    expect(own.length).toBeGreaterThan(0);
    expect(own.map((s) => s.text).join("")).toBe(line);
  });
  let at = 0;
  for (const s of segments) {
    if (s.start !== at) {
      expect(text[at], `gap before ${s.start}`).toBe("\n");
      expect(s.start).toBe(at + 1);
    }
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end > s.start || text.split("\n")[s.line - 1] === "").toBe(true);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.text).not.toContain("\n");
    // A marked segment lies inside its mark.
    if (s.mark) expect(s.start >= s.mark.start && s.end <= s.mark.end).toBe(true);
    at = s.end;
  }
  expect(at).toBe(text.length);
  // Every mark's id is on the page exactly once: on the first segment that shows it, or as an anchor.
  const ids = segments.flatMap((s) => [...(s.id ? [s.id] : []), ...s.anchors.map((a) => a.id)]);
  expect(ids.sort()).toEqual(marks.map((m) => m.id).sort());
  for (const s of segments) if (s.id) expect(s.id).toBe(s.mark!.id);
}

describe("sourceMarks on the Yan'an plan", () => {
  test("one mark per record, with unique ids", () => {
    const columns = YANAN.chapters.flatMap((c) => c.columns);
    expect(MARKS.length).toBe(
      YANAN.chapters.length +
        columns.length +
        YANAN.items.length +
        YANAN.responsibilities.length +
        YANAN.targets.length +
        YANAN.indicators.length
    );
    expect(new Set(MARKS.map((m) => m.id)).size).toBe(MARKS.length);
    const ids = [
      ...YANAN.chapters.map((c) => c.id),
      ...columns.map((c) => `col-${c.number}`),
      ...YANAN.items.map((i) => i.id),
      ...responsibilityIds(YANAN.responsibilities),
      ...YANAN.targets.map((t) => t.id),
      ...YANAN.indicators.map((i) => i.id)
    ];
    expect(MARKS.map((m) => m.id).sort()).toEqual(ids.sort());
    expect(byId.get("T7")?.kind).toBe("item");
    expect(byId.get("T7-1")?.kind).toBe("target");
    expect(byId.get("I4")?.kind).toBe("indicator");
    expect(byId.get("C2")?.kind).toBe("heading");
    expect(byId.get("r-T3-1")).toMatchObject({kind: "department", role: "lead"});
  });

  test("a responsibility's mark is the department's name as written", () => {
    const ids = responsibilityIds(YANAN.responsibilities);
    YANAN.responsibilities.forEach((r, k) => {
      const m = byId.get(ids[k])!;
      expect(slice(m)).toBe(r.asWritten);
      expect(m.role).toBe(r.role);
      const d = YANAN.departments.find((d) => d.name === r.department)!;
      expect(m.href).toBe(`./departments/${departmentSlug(d)}.html`);
    });
    expect(ids.slice(0, 3)).toEqual(["r-T1-1", "r-T1-2", "r-T1-3"]);
  });

  test("a target's mark is its phrase", () => {
    for (const t of YANAN.targets) {
      expect(slice(byId.get(t.id)!)).toBe(t.raw);
      expect(byId.get(t.id)!.href).toBe(`./targets.html#${t.id}`);
    }
    expect(slice(byId.get("T7-1")!)).toBe("以苹果为重点的鲜活农产品采后精细化处理能力达到总产的20%");
  });

  test("an item's mark is its heading: numbering, title and the sentence stop", () => {
    for (const i of YANAN.items) {
      const m = byId.get(i.id)!;
      expect(m.start).toBe(i.source.start);
      expect(m.end).toBeLessThanOrEqual(i.source.end);
      expect(slice(m)).toMatch(new RegExp(`^(\\([一二三四五六七八九十]+\\)|——)${i.title.replace(/[()]/g, "\\$&")}。$`));
      expect(m.href).toBe(`./responsibilities.html?item=${encodeURIComponent(i.id)}`);
    }
    expect(slice(byId.get("T7")!)).toBe("(七)提高农产品质量安全水平。");
    expect(slice(byId.get("A7.2")!)).toBe("——积极创建“省级有机产品认证示范县(区)”。");
  });

  test("chapters, columns and indicator rows", () => {
    for (const c of YANAN.chapters) {
      expect(slice(byId.get(c.id)!)).toBe(`${c.numeral}、${c.title}`);
      for (const col of c.columns) expect(slice(byId.get(`col-${col.number}`)!)).toBe(`专栏${col.number} ${col.title}`);
    }
    for (const i of YANAN.indicators) {
      const row = slice(byId.get(i.id)!);
      expect(row).toContain(i.target.raw);
      expect(row.startsWith(`${i.seq} |`)).toBe(true);
      expect(byId.get(i.id)!.href).toBe(`./indicators.html#${i.id}`);
    }
    expect(slice(byId.get("I4")!)).toContain("[10]");
  });

  test("the loader's text is the text the model's offsets refer to", () => {
    expect(normalizePlanText(decodePlan(YANAN_BYTES).text).text).toBe(TEXT);
  });
});

describe("segmentText", () => {
  test("the Yan'an segments cover the text once, without overlap", () => {
    checkSegments(TEXT, MARKS, SEGMENTS);
  });

  test("every department name, target and indicator row is shown whole, by its own mark", () => {
    for (const m of MARKS.filter((m) => m.kind === "target" || m.kind === "indicator")) {
      const shown = SEGMENTS.filter((s) => s.mark === m);
      expect(shown.map((s) => s.text).join("")).toBe(slice(m));
    }
    // The implicit roles all point to one blanket note: the first shows it, the others are anchors there.
    const implicit = MARKS.filter((m) => m.kind === "department" && m.role === "implicit");
    expect(implicit.length).toBeGreaterThan(1);
    const home = SEGMENTS.find((s) => s.id === implicit[0].id)!;
    expect(home.text).toBe("各县(市、区)人民政府");
    expect(home.anchors.map((a) => a.id)).toEqual(implicit.slice(1).map((m) => m.id));
    for (const m of MARKS.filter((m) => m.kind === "department" && m.role !== "implicit"))
      expect(SEGMENTS.find((s) => s.id === m.id)?.text).toBe(slice(m));
  });

  test("item headings are shown on their line, ids on their first segment", () => {
    const t7 = SEGMENTS.find((s) => s.id === "T7")!;
    expect(t7.text).toBe("(七)提高农产品质量安全水平。");
    expect(t7.line).toBe(YANAN.items.find((i) => i.id === "T7")!.source.line);
  });

  const mark = (id: string, kind: Mark["kind"], start: number, end: number): Mark => ({
    id,
    kind,
    start,
    end,
    line: 1,
    title: id,
    href: "#"
  });

  test("the narrower mark wins: a department name inside a heading splits the heading around it", () => {
    const text = "(一)市发改委提升质量。正文";
    const segments = segmentText(text, [mark("T1", "item", 0, 12), mark("r-T1-1", "department", 3, 7)]);
    expect(segments.map((s) => [s.text, s.mark?.id ?? null, s.id])).toEqual([
      ["(一)", "T1", "T1"],
      ["市发改委", "r-T1-1", "r-T1-1"],
      ["提升质量。", "T1", null],
      ["正文", null, null]
    ]);
  });

  test("equal widths: department before target before indicator before item before heading, then order", () => {
    const text = "abcdef";
    const both = segmentText(text, [mark("H", "heading", 0, 3), mark("D", "department", 0, 3)]);
    expect(both[0]).toMatchObject({text: "abc", id: "D"});
    expect(both[0].anchors.map((a) => a.id)).toEqual(["H"]);
    const same = segmentText(text, [mark("a", "target", 2, 4), mark("b", "target", 2, 4)]);
    expect(same.map((s) => [s.text, s.id, s.anchors.map((a) => a.id)])).toEqual([
      ["ab", null, []],
      ["cd", "a", ["b"]],
      ["ef", null, []]
    ]);
  });

  test("lines: marks across a line break are cut there; empty lines are one empty segment", () => {
    const text = "ab\n\ncd";
    const segments = segmentText(text, [mark("X", "target", 1, 6)]);
    expect(segments.map((s) => [s.line, s.text, s.id])).toEqual([
      [1, "a", null],
      [1, "b", "X"],
      [2, "", null],
      [3, "cd", null]
    ]);
    checkSegments(text, [mark("X", "target", 1, 6)], segments);
    checkSegments("", [], segmentText("", []));
    checkSegments("\n", [], segmentText("\n", []));
  });

  test("itemHeadingEnd falls back to the first sentence stop when the title is not found as written", () => {
    const text = "(一)一个很长的\n标题。正文。";
    expect(itemHeadingEnd(text, {title: "一个很长的标题", source: {start: 0, end: text.length}})).toBe(12);
    expect(itemHeadingEnd("——开展行动", {title: "开展行动", source: {start: 0, end: 6}})).toBe(6);
  });

  test("on a PDF-wrapped copy, marks cut at the line breaks still cover every record", () => {
    const bytes = readFileSync(fixture("variants/pdf-wrapped.txt"));
    const model: PlanModel = parse(bytes);
    const text = normalizePlanText(decodePlan(bytes).text).text;
    const marks = sourceMarks(model, text);
    checkSegments(text, marks, segmentText(text, marks));
    const unwrap = (s: string) => s.replace(/\n/g, "");
    for (const t of model.targets) expect(unwrap(slice(t.source, text))).toBe(t.raw);
    for (const i of model.items)
      expect(
        unwrap(
          slice(
            marks.find((m) => m.id === i.id)!,
            text
          )
        )
      ).toContain(i.title);
  });
});
