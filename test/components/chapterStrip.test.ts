// The chapter strip mark on its own: a plot over a band of item ids, in jsdom.
import * as Plot from "@observablehq/plot";
import {describe, expect, test} from "vitest";
import {chapterStrip, inDocumentOrder} from "../../src/components/chapterStrip.js";
import {textWidth} from "../../src/components/labels.js";
import {chapterColor} from "../../src/components/palette.js";
import {parse, YANAN} from "../plan.js";
import {newDocument} from "./fixture.js";

const document = newDocument();
const items = new Map(YANAN.items.map((i) => [i.id, i]));
const chapters = new Map(YANAN.chapters.map((c) => [c.seq, c]));
const draw = (columns: string[], groups: boolean) =>
  Plot.plot({
    document,
    width: 1200,
    height: 120,
    marginTop: 60,
    x: {domain: columns, axis: null},
    marks: [chapterStrip(columns, {items, chapters, top: 40, groups})]
  });

describe("chapterStrip", () => {
  test("chapterStrip(columns, …) colours one strip cell per column by its item's chapter, with data-item", () => {
    const columns = YANAN.items.map((i) => i.id);
    const rects = [...draw(columns, false).querySelectorAll("g[aria-label='chapter strip'] rect")];
    expect(rects.map((r) => r.getAttribute("data-item"))).toEqual(columns);
    expect(rects.map((r) => r.getAttribute("fill"))).toEqual(YANAN.items.map((i) => chapterColor(i.chapter)));
  });

  test("chapterStrip(columns, {groups: true}) labels each chapter once and each 专栏 box, with a rule between chapters", () => {
    const columns = YANAN.items.map((i) => i.id);
    const svg = draw(columns, true);
    const labels = [...svg.querySelectorAll("g[aria-label='column groups'] text")].map(
      (t) => t.firstChild!.textContent
    );
    const withItems = YANAN.chapters.filter((c) => YANAN.items.some((i) => i.chapter === c.seq));
    for (const c of withItems)
      expect(
        labels.some((l) => l!.startsWith(c.numeral)),
        c.numeral
      ).toBe(true);
    expect(labels.some((l) => /^(专栏)?\d+$/.test(l!))).toBe(true);
    expect(svg.querySelectorAll("g[aria-label='group separators'] line[stroke='#888']")).toHaveLength(
      withItems.length - 1
    );
  });

  test("chapterStrip(columns, {groups: true, outline}) titles each chapter and labels its groups (一)…, the full title in a tip", () => {
    // A district plan's shape (not data about any real plan): one chapter of tasks, in two groups.
    const plan = parse(
      [
        "一、指导思想",
        "坚持安全发展。",
        "二、工作任务",
        "（一）加强消防安全防灾减灾体系建设",
        "1.建立工作机制。（责任单位：区应急局）",
        "2.完善考评办法。（责任单位：区应急局）",
        "3.健全责任体系。（责任单位：区应急局）",
        "（二）进一步夯实公共消防基础",
        "4.推进消防站建设。（责任单位：区消防支队）",
        "5.加强水源建设。（责任单位：区消防支队）",
        ""
      ].join("\n")
    );
    const columns = plan.items.map((i) => i.id);
    const svg = Plot.plot({
      document,
      width: 1200,
      height: 120,
      marginTop: 60,
      x: {domain: columns, axis: null},
      marks: [
        chapterStrip(columns, {
          items: new Map(plan.items.map((i) => [i.id, i])),
          chapters: new Map(plan.chapters.map((c) => [c.seq, c])),
          outline: new Map(plan.groups.map((g) => [g.id, g])),
          top: 40,
          groups: true
        })
      ]
    });
    const texts = [...svg.querySelectorAll("g[aria-label='column groups'] text")];
    const labels = texts.map((t) => t.firstChild!.textContent);
    const tips = texts.map((t) => t.querySelector("title")!.textContent);
    expect(labels[0]).toBe("二、工作任务");
    expect(labels.slice(1)).toEqual(
      ["(一)加强消防安全防灾减灾体系建设", "(二)进一步夯实公共消防基础"].map((l) =>
        expect.stringMatching(new RegExp(`^${l.slice(0, 4).replace(/[()]/g, "\\$&")}`))
      )
    );
    expect(tips).toEqual(["二、工作任务", "(一)加强消防安全防灾减灾体系建设", "(二)进一步夯实公共消防基础"]);
    // Narrow columns: the chapter's title is cut with "…", its numeral kept; the tip keeps it whole.
    const narrow = Plot.plot({
      document,
      width: 50,
      height: 120,
      marginTop: 60,
      marginLeft: 0,
      marginRight: 0,
      x: {domain: columns, axis: null},
      marks: [
        chapterStrip(columns, {
          items: new Map(plan.items.map((i) => [i.id, i])),
          chapters: new Map(plan.chapters.map((c) => [c.seq, c])),
          outline: new Map(plan.groups.map((g) => [g.id, g])),
          top: 40,
          groups: true
        })
      ]
    });
    const first = narrow.querySelector("g[aria-label='column groups'] text")!;
    expect(first.firstChild!.textContent).toMatch(/^二、.*…$/);
    expect(first.querySelector("title")!.textContent).toBe("二、工作任务");
  });

  test("chapterStrip(columns, {groups: true}) keeps each label within its run of columns: two side by side never overlap", () => {
    const columns = YANAN.items.map((i) => i.id);
    // At a phone's matrix width the chapters' titles are cut (四、强化工程质量… met 五、增加优质服务… by 3 px).
    const svg = Plot.plot({
      document,
      width: 924,
      height: 120,
      marginTop: 60,
      x: {domain: columns, axis: null},
      marks: [chapterStrip(columns, {items, chapters, top: 40, groups: true})]
    });
    const bands = new Map<string, {text: string; left: number; right: number}[]>();
    for (const t of svg.querySelectorAll("g[aria-label='column groups'] text")) {
      const text = t.firstChild!.textContent!;
      const half = textWidth(text, Number(t.closest("[font-size]")!.getAttribute("font-size"))) / 2;
      const x = Number(t.getAttribute("x"));
      const band = bands.get(t.getAttribute("y")!) ?? [];
      band.push({text, left: x - half, right: x + half});
      bands.set(t.getAttribute("y")!, band);
    }
    expect([...bands.values()].flat().some((l) => l.text.endsWith("…"))).toBe(true);
    const overlaps = [...bands.values()].flatMap((band) =>
      band
        .sort((a, b) => a.left - b.left)
        .slice(1)
        .flatMap((l, i) => (band[i].right > l.left + 0.5 ? [`${band[i].text} × ${l.text}`] : []))
    );
    expect(overlaps).toEqual([]);
  });

  test("chapterStrip(columns, {groups: false}) draws no labels or rules", () => {
    const svg = draw(YANAN.items.map((i) => i.id).reverse(), false);
    expect(svg.querySelector("g[aria-label='column groups']")).toBeNull();
    expect(svg.querySelector("g[aria-label='group separators']")).toBeNull();
  });

  test("inDocumentOrder(columns, items) is true for the plan's order only", () => {
    const columns = YANAN.items.map((i) => i.id);
    expect(inDocumentOrder(columns, items)).toBe(true);
    expect(inDocumentOrder([...columns].reverse(), items)).toBe(false);
  });
});
