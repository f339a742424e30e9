import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {readingReport} from "../src/lib/reader/coverage.js";
import {fixture, parse} from "./plan.js";

describe("measureCoverage", () => {
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
});
