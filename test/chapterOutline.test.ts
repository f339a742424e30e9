import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {chapterOutline, itemsPerChapter} from "../src/lib/summary.js";
import {fixture, parse, YANAN} from "./plan.js";

const tester5 = (name: string) => parse(readFileSync(fixture(`tester5/${name}.txt`)));

describe("chapterOutline", () => {
  test("chapterOutline gives each chapter with its tasks and actions, labelled 一、…", () => {
    const outline = chapterOutline(YANAN);
    expect(outline.map((s) => s.label)).toEqual(YANAN.chapters.map((c) => `${c.numeral}、${c.title}`));
    expect(outline.reduce((n, s) => n + s.tasks.length + s.actions.length, 0)).toBe(YANAN.items.length);
  });
  test("chapterOutline puts the items of a plan with no chapters in one section under no heading", () => {
    const model = parse(
      "各单位:\n现将任务印发给你们。\n1.推进建设。(区建设管理委牵头)\n2.完善机制。(区发展改革委牵头)\n"
    );
    expect(model.chapters).toEqual([]);
    const outline = chapterOutline(model);
    expect(outline).toHaveLength(1);
    expect(outline[0]).toMatchObject({chapter: null, label: null});
    expect(outline[0].tasks.map((t) => t.id)).toEqual(model.items.map((i) => i.id));
  });
  test("chapterOutline shows a task table's items under their top group (the table's 一、 rows)", () => {
    const model = tester5("xian-2022-fenggong");
    expect(model.chapters).toEqual([]);
    const outline = chapterOutline(model);
    const inOutline = outline.flatMap((s) => [...s.tasks, ...s.actions].map((i) => i.id));
    expect(inOutline.sort()).toEqual(model.items.map((i) => i.id).sort());
    for (const s of outline.filter((s) => s.label !== null))
      expect(model.groups.map((g) => `${g.numbering}${g.title}`)).toContain(s.label);
  });
  test("chapterOutline is empty for a plan with neither chapters nor items", () => {
    expect(chapterOutline(parse("各单位:\n请认真贯彻执行。\n"))).toEqual([]);
  });
});

describe("itemsPerChapter", () => {
  test("itemsPerChapter names the section under no heading as asked", () => {
    const model = parse("各单位:\n现将任务印发给你们。\n1.推进建设。(区建设管理委牵头)\n");
    expect(itemsPerChapter(model, {noHeading: "未分章"})).toEqual([
      {chapter: "未分章", kind: "task", count: 1},
      {chapter: "未分章", kind: "action", count: 0}
    ]);
    expect(itemsPerChapter(model)[0].chapter).toBe("未分章 under no chapter");
  });
});
