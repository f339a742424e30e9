// An attachment's label run on after the plan's last sentence (a copy that lost its line breaks) gets its lines back:
// the label, its caption and its list's first entry, and the outline starts again there (attachmentBreaks.ts).
import {describe, expect, test} from "vitest";
import type {PlanModel} from "../src/lib/model.js";
import {attachmentBreaks} from "../src/lib/reader/attachmentBreaks.js";
import {parse} from "./plan.js";

const ids = (m: PlanModel) => m.items.map((i) => `${i.id} ${i.title}`);
const links = (m: PlanModel) => m.responsibilities.map((r) => `${r.item} ${r.role} ${r.asWritten}`);

describe("an attachment's label glued after the last sentence (…。附件示范场景1.…)", () => {
  test("breaks before the label, before its caption and before its first entry", () => {
    const line = "凝聚行业共建合力。附件示范场景1.简政提效:深化行政审批改革。持续推进。2.协同联建:推进一体互联。";
    expect(attachmentBreaks(line).map((p) => line.slice(p, p + 4))).toEqual(["附件示范", "示范场景", "1.简政"]);
    const list = "支持其申请国家级零碳园区验收。附件:1.上海市零碳园区建设基本条件2.上海市零碳园区评价指标";
    expect(attachmentBreaks(list).map((p) => list.slice(p, p + 4))).toEqual(["附件:1", "1.上海"]);
  });
  test("none where 附件 is a sentence's word or no entry numbered 1 follows", () => {
    for (const line of [
      "项目清单详见附件1。各区按要求报送。",
      "按时完成。附件1、2所列项目由各区负责。",
      "按时完成。附件:《某区重点项目推进方案》",
      "按时完成。附件2.某区重点项目清单"
    ])
      expect(attachmentBreaks(line), line).toEqual([]);
  });
  test("a joined copy reads the attachment's list as the copy with breaks: its entries items of their own", () => {
    const kept =
      "某市优化营商环境行动方案\n为优化营商环境,制定本方案。\n一、提升服务效能\n1.优化审批服务。推行一件事办理。\n" +
      "2.强化行业组织作用。充分发挥行业协会作用,凝聚行业合力。\n附件\n示范场景\n" +
      "1.简政提效:深化行政审批改革集成增效。持续推进一件事改革。\n2.协同联建:推进长三角交通一体互联。持续推进长三角公路建设。\n";
    const lost = kept.split("\n").join("");
    expect(ids(parse(lost))).toEqual(ids(parse(kept)));
    expect(links(parse(lost))).toEqual(links(parse(kept)));
  });
});
