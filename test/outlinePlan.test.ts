// A 规划纲要's cover and its first chapter (庐江县 十四五 纲要's shape): the issuer's name and the month of issue under
// the title (header.ts coverIssuer), the period a title writes out (deadline.ts planDeadline), and a section that
// reviews the period before the plan's (items.ts reviewsPastPeriod).
import {describe, expect, test} from "vitest";
import {planDeadline} from "../src/lib/reader/deadline.js";
import {coverIssuer, readHeader} from "../src/lib/reader/header.js";
import {reviewsPastPeriod} from "../src/lib/reader/items.js";
import {parse} from "./plan.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({text: t, line: i + 1, start: 0}));

// Made-up county, the cover as a 规划纲要 prints it.
const cover = [
  "某县国民经济和社会发展",
  "第十四个五年规划和2035 年",
  "远景目标纲要",
  "某县人民政府",
  "2021 年 5 月"
].join("\n");

describe("a cover page: the title, the issuer's name, the month of issue", () => {
  test("the title stops above the issuer's name; the name is the issuer; a month is no date of issue", () => {
    const h = readHeader(lines(cover));
    expect(h.title).toBe("某县国民经济和社会发展第十四个五年规划和2035 年远景目标纲要");
    expect(h.issuer).toBe("某县人民政府");
    expect(h.date).toBe(null);
  });
  test("coverIssuer finds the name only directly above a month with no day", () => {
    expect(coverIssuer(["某县人民政府", "2021 年 5 月"])).toBe(0);
    expect(coverIssuer(["规划", "某县人民政府", "二〇二一年五月"])).toBe(1);
    // Counter-examples: a full date (the signature's, read by the date's own rule), or a name with no date below.
    expect(coverIssuer(["某县人民政府", "2021年5月20日"])).toBe(-1);
    expect(coverIssuer(["某县人民政府", "远景目标纲要"])).toBe(-1);
  });
});

describe("the period a title writes out", () => {
  test("第十四个五年规划和2035年远景目标纲要 closes with the 十四五, not the vision's year", () => {
    expect(planDeadline("某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "", null)?.deadline).toEqual({
      raw: "第十四个五年规划",
      date: "2025-12-31"
    });
    expect(planDeadline("某市第十五个五年计划纲要", "", null)?.deadline.date).toBe("2030-12-31");
  });
});

describe("a section that reviews the period before the plan's", () => {
  const plan = [
    cover,
    "第一章 乘势而上迈向新征程",
    "第一节 如期全面建成小康社会",
    "“ 十三五 ” 时期,全县上下砥砺前行,规划目标任务基本完成。",
    "第二节 开启现代化建设新征程",
    "“十四五”时期,全县将加快推进高质量发展,实现新的跨越。",
    "第二章 推动产业升级",
    "第一节 壮大先进制造业",
    "加快培育新材料产业集群,建设一批重点项目。",
    ""
  ].join("\n");
  test("is a goal, not an item; the task sections after it stay items", () => {
    const m = parse(plan);
    expect(m.items.map((i) => i.title)).toEqual(["开启现代化建设新征程", "壮大先进制造业"]);
  });
  test("reviewsPastPeriod reads the first paragraph after the heading line", () => {
    const t = "如期全面建成小康社会“十三五”期间,经济发展取得显著成效。";
    expect(reviewsPastPeriod(t, [10])).toBe(true);
    expect(reviewsPastPeriod("回顾过去五年,成绩显著", [2])).toBe(true);
    // In a copy that lost its breaks, the heading's phrase runs into the paragraph.
    expect(reviewsPastPeriod(t, [])).toBe(true);
    // Counter-examples: a task paragraph, and a heading with nothing below it.
    expect(reviewsPastPeriod("壮大先进制造业加快培育新材料产业集群。", [7])).toBe(false);
    expect(reviewsPastPeriod("“十三五”时期回顾", [])).toBe(false);
    // A task of the plan's own period opens the same way but looks ahead.
    expect(reviewsPastPeriod("开启新征程“十四五”时期,全县将加快发展,取得新成效。", [5])).toBe(false);
  });
});
