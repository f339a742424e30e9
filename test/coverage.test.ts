import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {readingReport} from "../src/lib/reader/coverage.js";
import {fixture, parse} from "./plan.js";

describe("measureCoverage", () => {
  test("a line outside the items whose names give the plan's links is read (a closing 会同 sentence covering the plan)", () => {
    const plan = (closing: string) =>
      parse(
        `某区工作方案\n一、工作内容\n(一)开展体检。开展区级体检。\n(二)搭建系统。搭建信息系统。\n二、组织保障\n${closing}\n`
      );
    expect(
      plan("区建设管理委会同区发展改革委、区财政局等部门共同推进城市体检工作。").coverage.linesNotUnderstood
    ).toEqual([]);
    // The same line naming no one is still not understood.
    expect(
      plan("各部门要加强协调配合,共同推进城市体检工作,确保各项任务落实。").coverage.linesNotUnderstood
    ).toHaveLength(1);
  });
  test("a plan that is one task table has its body in the table: its rows are counted, not 0 characters", () => {
    const model = parse(readFileSync(fixture("tester5/xian-2022-fenggong.txt")));
    expect(model.items.length).toBeGreaterThan(0);
    expect(model.coverage.bodyChars).toBeGreaterThan(300);
    expect(model.coverage.covered).toBeGreaterThan(0);
  });
  test("the body still starts at the first numbered line when no table comes before it", () => {
    const model = parse("各单位:\n现将方案印发给你们。\n一、任务\n(一)推进建设。(责任单位:区建设管理委)\n");
    expect(model.coverage.bodyChars).toBe("一、任务(一)推进建设。(责任单位:区建设管理委)".length);
  });
});

describe("pinyin glosses in the body", () => {
  test("a pinyin gloss is not the body's text: a repost read through its glosses is read in full", () => {
    const glossed = parse("一、深化重點(diǎn)領(lǐng)域改革\n(一)深化農村改革。開展確權登記頒證(zhèng)。\n");
    const plain = parse("一、深化重點領域改革\n(一)深化農村改革。開展確權登記頒證。\n");
    expect(glossed.coverage.bodyChars).toBe(plain.coverage.bodyChars);
    expect(glossed.coverage.covered).toBe(1);
  });
});

describe("readingReport", () => {
  test("readingReport never says every line was understood of a body it did not find", () => {
    const report = readingReport(parse("各单位:\n请认真贯彻执行。\n"));
    expect(report).not.toContain("every line understood");
    expect(report).toContain("no body found");
  });
});
