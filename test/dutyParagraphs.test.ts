// A part listing each body's duties as an unnumbered paragraph of its own (四、责任分工 / 消防救援部门负责… / 街镇按照…),
// run into one text in a copy that lost its line breaks, gets its paragraphs back (dutyParagraphs.ts).
import {describe, expect, test} from "vitest";
import type {PlanModel} from "../src/lib/model.js";
import {dutyParagraphBreaks, opensWithDuty} from "../src/lib/reader/dutyParagraphs.js";
import {parse} from "./plan.js";

const items = (m: PlanModel) => m.items.map((i) => `${i.id} ${i.title}`);
const links = (m: PlanModel) => m.responsibilities.map((r) => `${r.item} ${r.role} ${r.asWritten}`);

describe("a part of bodies' duties, each body's paragraph run into the one before it", () => {
  test("a sentence opens with a body's duty: a body's name or a list of them, then the duty's word", () => {
    for (const s of [
      "消防救援部门负责指导养老机构履行消防安全主体责任。",
      "街镇按照“党政同责、一岗双责”要求,严格落实属地管理责任。",
      "区发展改革、财政、税务、国资等有关部门在各自职责范围内,制定落实相关政策措施。",
      "街道办事处、镇人民政府按照职责分工充分发挥属地职能。"
    ])
      expect(opensWithDuty(s), s).toBe(true);
    for (const s of ["区政府明确华泾镇关港地块为装修垃圾临时堆放点。", "重点打击非法承运装修垃圾的行为。"])
      expect(opensWithDuty(s), s).toBe(false);
  });
  test("breaks before each body's paragraph after the first, only in a part that opens with a body's duty", () => {
    const part = "市民政局负责监督检查。消防救援部门负责指导养老机构。街镇按照要求落实属地管理责任。";
    expect(dutyParagraphBreaks(part, [0]).map((p) => part.slice(p, p + 4))).toEqual(["消防救援", "街镇按照"]);
    // A task's paragraph: its first sentence is the task's, the bodies' sentences after it stay in it.
    const task = "推进装修垃圾分类处置。市民政局负责监督检查。消防救援部门负责指导。街镇按照要求落实责任。";
    expect(dutyParagraphBreaks(task, [0])).toEqual([]);
    // Two bodies' sentences are not yet a part of bodies' duties.
    const two = "市民政局负责监督检查。消防救援部门负责指导养老机构。";
    expect(dutyParagraphBreaks(two, [0])).toEqual([]);
  });
  test("a joined copy reads each body's paragraph as an item with its lead, as the copy with breaks does", () => {
    const kept =
      "某市养老机构消防安全整治方案\n为加强养老机构消防安全管理,制定本方案。\n一、工作任务\n(一)开展隐患排查\n" +
      "坚持全面排查养老机构消防安全隐患,建立隐患清单。\n(二)限期整改隐患\n按照排查建立的隐患清单,逐项整改销号。\n" +
      "二、责任分工\n" +
      "市民政局在监督检查中发现养老机构存在消防安全隐患的,要立即督促整改。\n" +
      "消防救援部门负责指导养老机构履行消防安全主体责任,依法实施消防监督检查。\n" +
      "街镇按照“党政同责、一岗双责”要求,严格落实养老机构消防安全属地管理责任。\n";
    const lost = kept.split("\n").join("");
    expect(items(parse(lost))).toEqual(items(parse(kept)));
    expect(links(parse(lost))).toEqual(links(parse(kept)));
  });
});
