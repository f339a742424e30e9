import {describe, expect, test} from "vitest";
import {attachedOutlines} from "../src/lib/reader/outline.js";
import {parse} from "./plan.js";

/** The attached documents of a text whose lines, from the first 附件 on, are all attachments' lines no table holds. */
function documents(text: string) {
  const lines = text.split("\n").map((t) => t.trim());
  const from = lines.findIndex((t) => t.startsWith("附件"));
  const attached = lines.map((_, i) => i).filter((i) => i >= from);
  return attachedOutlines(lines, attached).map((d) => ({attachment: d.attachment, first: lines[d.lines[0]]}));
}

const MAIN = [
  "关于加快农村公路发展的实施方案",
  "一、主要任务",
  "(一)完善路网。推进农村公路提档升级。(责任单位:区交通委)",
  "(二)加强养护。落实养护资金。(责任单位:区财政局、区交通委)",
  "二、保障措施",
  "(一)加强组织领导。各街镇要落实主体责任。"
].join("\n");
const ATTACHED = [
  "附件2",
  "农村公路路长制实施方案",
  "为加强农村公路管理,制定本方案。",
  "一、工作目标",
  "到2025年,农村公路列养率达到100%。",
  "二、主要任务",
  "(一)建立组织体系",
  "1.设立区级路长。由区政府分管领导担任。(责任单位:区交通委)",
  "2.设立镇级路长。(牵头单位:各镇政府;配合单位:区交通委)",
  "(二)完善工作机制。建立巡查制度。(责任单位:区交通委)"
].join("\n");

describe("attachedOutlines", () => {
  test("finds an attachment with chapters 一、 二、 and a numbered line of another form below them", () => {
    expect(documents(`${MAIN}\n${ATTACHED}`)).toEqual([{attachment: 2, first: "农村公路路长制实施方案"}]);
  });
  test("a numbered list of one form, and the list of the attachments' titles, are no documents", () => {
    expect(documents("附件:1.任务清单\n2.分解表\n附件1\n示范场景\n1.甲场景。推进甲。\n2.乙场景。推进乙。")).toEqual([]);
  });
  test("chapters out of order (二、 before 一、) are no outline of its own", () => {
    expect(documents("附件\n二、甲\n(一)甲。推进。\n一、乙\n(一)乙。推进。")).toEqual([]);
  });
});

describe("an attached document with an outline of its own", () => {
  const model = parse(`${MAIN}\n${ATTACHED}\n`);
  test("its items are read with their clauses, ids prefixed by the attachment (F2 + outline path)", () => {
    const items = model.items.filter((i) => i.id.startsWith("F"));
    expect(items.map((i) => [i.id, i.title, i.group, i.chapter])).toEqual([
      ["F2.2.1.1", "设立区级路长", "SF2.2.1", null],
      ["F2.2.1.2", "设立镇级路长", "SF2.2.1", null],
      ["F2.2.2", "完善工作机制", "SF2.2", null]
    ]);
    expect(
      model.responsibilities.filter((r) => r.item.startsWith("F")).map((r) => `${r.item} ${r.role} ${r.asWritten}`)
    ).toEqual([
      "F2.2.1.1 lead 区交通委",
      "F2.2.1.2 lead 各镇政府",
      "F2.2.1.2 support 区交通委",
      "F2.2.2 lead 区交通委"
    ]);
  });
  test("the main plan's ids are those it has without the attachment", () => {
    const alone = parse(`${MAIN}\n`);
    expect(model.items.filter((i) => !i.id.startsWith("F")).map((i) => i.id)).toEqual(alone.items.map((i) => i.id));
    expect(model.chapters).toEqual(alone.chapters);
  });
  test("its title is a group above its chapters, which are groups; its framing sections are goals, with their targets", () => {
    expect(model.groups.filter((g) => g.id.startsWith("SF")).map((g) => [g.id, g.title, g.parent])).toEqual([
      ["SF2", "农村公路路长制实施方案", null],
      ["SF2.1", "工作目标", "SF2"],
      ["SF2.2", "主要任务", "SF2"],
      ["SF2.2.1", "建立组织体系", "SF2.2"]
    ]);
    expect(model.goals.filter((g) => g.id.startsWith("GF")).map((g) => [g.id, g.chapter])).toEqual([["GF2.1", null]]);
    expect(model.targets.filter((t) => t.item === "GF2.1").map((t) => [t.subject, t.value, t.year])).toEqual([
      ["农村公路列养率", 100, 2025]
    ]);
  });
  test("the reading report counts its lines as read", () => {
    expect(model.coverage.attachmentLinesNotRead).toEqual([]);
    expect(model.warnings.filter((w) => w.code === "attachment")).toEqual([]);
  });
});

describe("a notice whose plan is all in its attachment", () => {
  const notice = [
    "县人民政府办公室关于",
    "对县重点工作进行责任分解的通知",
    "各镇人民政府,县政府各部门:",
    "现将县重点工作及市重点事项责任分解给你们,请认真抓好落实。",
    "附件:1.县重点工作责任分解",
    "2.市涉及本县的重点事项责任分解",
    "2021年5月12日",
    "(此件公开发布)",
    "附件1",
    "县重点工作责任分解",
    "一、主要目标",
    "(一)地区生产总值增长11%。[牵头单位:县发改局;责任单位:各镇人民政府]",
    "(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局)"
  ].join("\n");
  const model = parse(notice);
  test("the notice's list of its attachments' titles (附件:1.… / 2.…) holds no item, and the attachment is the plan", () => {
    expect(model.items.map((i) => i.text)).toEqual(["地区生产总值增长11%。", "地方公共预算收入增长32%。"]);
    expect(model.responsibilities.map((r) => `${r.role} ${r.asWritten}`)).toEqual([
      "lead 县发改局",
      "support 各镇人民政府",
      "lead 县财政局",
      "support 县税务局"
    ]);
  });
  test("the attachment's own title (…责任分解) is the plan's, and no entry of the list is taken for its issuer", () => {
    expect(model.document.title).toBe("县重点工作责任分解");
    expect(model.document.issuer).toBe("县人民政府办公室");
  });
});
