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

describe("readingReport", () => {
  test("readingReport never says every line was understood of a body it did not find", () => {
    const report = readingReport(parse("各单位:\n请认真贯彻执行。\n"));
    expect(report).not.toContain("every line understood");
    expect(report).toContain("no body found");
  });
  test("readingReport says so plainly, not every line understood, when the issuer holds the items by default", () => {
    const notice = (tasks: string) =>
      `上海市交通委员会关于印发《某行动方案》的通知\n委机关各处室,委属各单位:\n现印发给你们,请认真贯彻执行。\n上海市交通委员会\n2026年4月15日\n某行动方案\n${tasks}`;
    const report = readingReport(parse(notice("一、任务\n1.提高通达性。优化网络。\n2.促进集聚。推进建设。\n")));
    expect(report).not.toContain("understood");
    expect(report).toMatch(
      /every line read; no clause names who does any item: the issuer, 上海市交通委员会, holds them all by default$/
    );
    // With a clause, the lines are understood as before.
    expect(readingReport(parse(notice("一、任务\n1.提高通达性。优化网络。(责任单位:市交通委)\n")))).toMatch(
      /every line understood$/
    );
  });
});
