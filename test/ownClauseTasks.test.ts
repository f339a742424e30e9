// A 分工方案 where a task line carries its own clause and its measures below it carry theirs (items.ts
// ownClauseTasks), and a named body written with the State Council's collective (collectives.ts etcCollective).
import {describe, expect, test} from "vitest";
import {etcCollective} from "../src/lib/reader/collectives.js";
import {parse} from "./plan.js";

const links = (text: string) => parse(text).responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`);

// Made-up wording in the form of 国办发〔2020〕43号's 分工方案: (一) a task with its clause, then `具体措施:` and the
// measures, each with its own clause.
const plan = [
  "某项改革重点任务分工方案",
  "一、把实施好宏观政策和深化改革结合起来",
  "(一)研究将好做法制度化,落实减税降费政策。(财政部、税务总局等国务院相关部门及各地区按职责分工负责)",
  "具体措施:",
  "1.完善资金直达机制,确保资金规范使用。(财政部牵头,国务院相关部门及各地区按职责分工负责)",
  "2.简化税费优惠政策适用程序。(税务总局牵头,财政部按职责分工负责)",
  "(二)推进政务服务标准化。(国务院办公厅牵头,各地区按职责分工负责)",
  ""
].join("\n");

describe("a task line that carries its own clause above measures that carry theirs", () => {
  test("the task line is an item beside its measures, not a group whose clause is lost", () => {
    const m = parse(plan);
    expect(m.items.map((i) => `${i.numbering} ${i.title.slice(0, 6)}`)).toEqual([
      "(一) 研究将好做法",
      "1. 完善资金直达",
      "2. 简化税费优惠",
      "(二) 推进政务服务"
    ]);
  });
  test("its clause is its own, read before the lead-in line 具体措施:", () => {
    const m = parse(plan);
    const first = m.items[0];
    expect(first.text.endsWith("具体措施:")).toBe(false);
    expect(links(plan).filter((l) => l.startsWith(first.id + " "))).toEqual([
      `${first.id} joint:财政部`,
      `${first.id} joint:税务总局`,
      `${first.id} joint:国务院相关部门`,
      `${first.id} joint:各地区`
    ]);
  });
  test("in a copy joined into one line, the lead-in glued after the clause is cut the same way", () => {
    const one = parse(plan.replace(/\n(?=.)/g, ""));
    expect(one.items.map((i) => i.numbering)).toEqual(["(一)", "1.", "2.", "(二)"]);
  });
  test("a task whose measures carry no clause of their own holds them within it, as before", () => {
    const m = parse(plan.replace(/\(财政部牵头[^)]*\)|\(税务总局牵头[^)]*\)/g, ""));
    expect(m.items.map((i) => i.numbering)).toEqual(["(一)", "(二)"]);
  });
});

describe("a named body and the State Council's collective, as 等 joins them", () => {
  test("etcCollective splits 银保监会等国务院相关部门 into the body and the collective", () => {
    expect(etcCollective("银保监会等国务院相关部门")).toEqual({body: "银保监会", collective: "国务院相关部门", at: 5});
    expect(etcCollective("商务部等国务院有关部门")?.collective).toBe("国务院有关部门");
    // Counter-example: a bare 等部门 only closes the list.
    expect(etcCollective("商务部等部门")).toBe(null);
  });
});

describe("a prefecture's (自治州's) collective of its own units", () => {
  test("州直相关单位 is a body, so a list joined by 及 splits before it", () => {
    const text =
      "某州2020年工作计划\n一、提升政务服务效能\n1.加大简政放权力度。推进改革试点。(牵头单位:州行政审批服务局;责任单位:州司法局、州委编办及州直相关单位,6月底完成)\n";
    expect(links(text)).toEqual([
      "T1 lead:州行政审批服务局",
      "T1 support:州司法局",
      "T1 support:州委编办",
      "T1 support:州直相关单位"
    ]);
  });
});
