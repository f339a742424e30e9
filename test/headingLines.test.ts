// Headings and what follows them: a numbered heading with a comma in it (以规划为引领,构建区域绿色网络体系) is a heading,
// not the start of its body's sentence, in a copy with its line breaks and in one that lost them; a list numbered
// inside one sentence (包括:1.…;2.…;3.…。) stays in its paragraph.
import {describe, expect, test} from "vitest";
import {
  isHeadingPhrase,
  namedDoerEnd,
  runInHeadingEnd,
  sectionNameEnd,
  verbHeadingEnd
} from "../src/lib/reader/headings.js";
import {isHeadingText} from "../src/lib/reader/items.js";
import {normalizePlanText, restoreBreaks} from "../src/lib/reader/normalize.js";
import type {PlanModel} from "../src/lib/model.js";
import {parse} from "./plan.js";

/** Each item as [id, title, its group's title, its links as role:name]. */
function items(m: PlanModel): [string, string, string | null, string[]][] {
  const groups = new Map(m.groups.map((g) => [g.id, g.title]));
  return m.items.map((i) => [
    i.id,
    i.title,
    i.group ? (groups.get(i.group) ?? null) : null,
    m.responsibilities.filter((r) => r.item === i.id).map((r) => `${r.role}:${r.asWritten}`)
  ]);
}

describe("a heading's phrase", () => {
  test("a short phrase is a heading's, with a comma in it or none", () => {
    for (const t of [
      "强化属地责任",
      "以规划为引领,构建区域绿色网络体系",
      "开展停车共享示范,推进停车共享工作",
      "聚力强产业、壮集群,构筑经济增长新引擎",
      "落实规划保护清单,持续推进全方面摸底,筑牢文物事业“强基石”"
    ])
      expect(isHeadingPhrase(t), t).toBe(true);
  });
  test("a sentence, a piece of one and a lead-in are not", () => {
    for (const t of [
      "加强组织领导。发挥区绿化委员会的作用",
      "区交通委建立协调机制,负责推进停车共享工作;",
      "加快推进老旧小区改造,",
      "各单位按以下职能分工牵头定期组织开展防灾及风险排查工作,原则上每年不少于2次:",
      "按照上海市生态网络空间规划纲要,加快编制公园城市规划、林地保护规划等一批生态专项规划,完善区域生态空间格局"
    ])
      expect(isHeadingPhrase(t), t).toBe(false);
  });
  test("a first line is a heading when it is narrower than the line after it, not a line a page's width cut", () => {
    const body = "按照上海市生态网络空间规划纲要,加快编制公园城市规划、林地保护规划等一批生态专项规划。";
    expect(isHeadingText("以规划为引领,构建区域绿色网络体系", "(一)", body)).toBe(true);
    // A PDF copy cut at 28 characters: the first line is as wide as the next.
    const cut = [
      "加快推进老旧小区改造,完善配套设施,全面提升居民",
      "居住品质,到2025年完成改造100个小区,新增停车泊位500"
    ];
    expect(isHeadingText(cut[0], "(一)", cut[1])).toBe(false);
    expect(isHeadingText("以规划为引领,构建区域绿色网络体系", "(一)", "详见附件。")).toBe(false);
  });
});

describe("a numbered heading with a comma, its body on the lines below", () => {
  test("the heading is the item's title and the body its text, with its clause (Fengxian's 公园城市 shape)", () => {
    const m = parse(
      "某区公园城市建设实施意见\n一、主要任务\n(一)以规划为引领,构建区域绿色网络体系\n按照生态网络空间规划纲要,加快编制公园城市规划、林地保护规划等一批生态专项规划,完善区域生态空间格局。(牵头单位:区绿化市容局;配合单位:区规划资源局)\n(二)以新城建设为契机,优化生态空间环境\n一是聚焦新城建设,完善绿地系统结构。二是推进市政道路配套绿化建设。(牵头单位:区绿化市容局)\n"
    );
    expect(items(m)).toEqual([
      ["T1", "以规划为引领,构建区域绿色网络体系", null, ["lead:区绿化市容局", "support:区规划资源局"]],
      ["T2", "以新城建设为契机,优化生态空间环境", null, ["lead:区绿化市容局"]]
    ]);
    expect(m.items[0].text).toContain("按照生态网络空间规划纲要");
  });
  test("a heading with a comma after a group of 1. items is an item titled by it (Fengxian's 停车共享 shape)", () => {
    const m = parse(
      "某区停车资源共享利用实施意见\n一、加强组织保障\n(一)明确责任主体和职责分工\n1.区交通委建立协调机制,负责推进停车共享工作。\n2.各街镇负责开展本区域停车共享实施工作。\n(二)开展停车共享示范,推进停车共享工作\n由区交通委会同区房管局选择停车矛盾突出的住宅小区,开展停车资源共享示范项目创建,持续推广应用。\n"
    );
    expect(items(m).map(([id, title, group]) => [id, title, group])).toEqual([
      ["T1.1.1", "区交通委建立协调机制,负责推进停车共享工作", "明确责任主体和职责分工"],
      ["T1.1.2", "各街镇负责开展本区域停车共享实施工作", "明确责任主体和职责分工"],
      ["T1.2", "开展停车共享示范,推进停车共享工作", null]
    ]);
  });
  test("a first line a PDF's width cut, or one that ends a sentence, is no heading: the title is the first sentence", () => {
    const m = parse(
      "某区老旧小区改造方案\n一、主要任务\n(一)加快推进老旧小区改造,完善配套设施,全面提升居民\n居住品质,到2025年完成改造100个小区,新增停车泊位500\n个。\n(责任单位:区房管局)\n(二)推进加装电梯。\n按照居民意愿,成熟一个推进一个。(责任单位:区建设管理委)\n"
    );
    expect(m.items.map((i) => i.title)).toEqual([
      "加快推进老旧小区改造,完善配套设施,全面提升居民居住品质,到2025年完成改造100个小区,新增停车泊位500个",
      "推进加装电梯"
    ]);
  });
});

describe("a copy that lost its line breaks: a heading with a comma glued to its first 1.", () => {
  test("the 1. items under it are found, each with its clause", () => {
    const m = parse(
      "某区公园城市建设实施意见为建设公园城市,制定本意见。一、主要任务(一)以规划为引领,构建区域绿色网络体系。加快编制公园城市规划。(牵头单位:区绿化市容局)(二)以人民城市为理念,完善城乡公园体系1.完善城乡公园体系。构建城乡公园体系。(牵头单位:区绿化市容局;配合单位:区水务局)2.推进生态资源的共建共享。开放单位绿地。(牵头单位:区绿委办)二、保障措施加强组织领导。"
    );
    expect(items(m)).toEqual([
      ["T1.1", "以规划为引领,构建区域绿色网络体系", null, ["lead:区绿化市容局"]],
      ["T1.2.1", "完善城乡公园体系", "以人民城市为理念,完善城乡公园体系", ["lead:区绿化市容局", "support:区水务局"]],
      ["T1.2.2", "推进生态资源的共建共享", "以人民城市为理念,完善城乡公园体系", ["lead:区绿委办"]]
    ]);
  });
  test("a heading with commas and 、 before its first child in a State Council run-on copy", () => {
    const text =
      "为推动高质量发展,现提出如下意见。一、聚力强产业、壮集群,构筑经济增长新引擎(一)培育先进制造业集群。实施集群培育工程。(工业和信息化部负责)(二)发展数字经济。推进数字产业化。(国家发展改革委负责)二、保障措施加强组织领导。";
    expect(restoreBreaks(text).map((p) => text.slice(p, p + 4))).toEqual([
      "一、聚力",
      "(一)培",
      "(二)发",
      "二、保障",
      // The part's standard name, its text after it (sectionNameEnd).
      "加强组织"
    ]);
  });
  test("a glued text that is a sentence, or longer than a heading, opens no list", () => {
    // 1. after a sentence's piece that runs on (…包括) and after a text of more than 40 characters stays in its line.
    const text =
      "为推动高质量发展,现提出如下意见。一、主要任务。(一)培育先进制造业集群,实施集群培育工程,推动产业链上下游企业协同发展并逐步形成具有较强竞争力的规模效应1.开展试点。2.总结推广。(二)发展数字经济。";
    expect(restoreBreaks(text).map((p) => text.slice(p, p + 4))).toEqual(["一、主要", "(一)培", "(二)发"]);
  });
});

describe("a list numbered inside one sentence stays in its paragraph", () => {
  const LOST =
    "某区停车设施建设方案为缓解停车难,制定本方案。一、主要任务(一)加强设施建设。主要内容包括:1.新建公共停车场5处;2.改造老旧小区停车位200个;3.推广智能停车系统。(区交通委牵头)(二)完善管理机制。建立长效管理制度。(区城管局负责)二、保障措施加强组织领导。";
  const KEPT =
    "某区停车设施建设方案\n一、主要任务\n(一)加强设施建设。主要内容包括:1.新建公共停车场5处;2.改造老旧小区停车位200个;3.推广智能停车系统。(区交通委牵头)\n(二)完善管理机制。建立长效管理制度。(区城管局负责)\n";
  test("in a copy that lost its breaks: breaks before 一、 (一) (二) 二、, none inside the list", () => {
    expect(restoreBreaks(LOST).map((p) => LOST.slice(p, p + 4))).toEqual([
      "一、主要",
      "(一)加",
      "(二)完",
      "二、保障",
      "加强组织"
    ]);
    const m = parse(LOST);
    expect(items(m)).toEqual([
      ["T1", "加强设施建设", null, ["lead:区交通委"]],
      ["T2", "完善管理机制", null, ["lead:区城管局"]]
    ]);
    expect(m.items[0].text).toContain("1.新建公共停车场5处;2.改造老旧小区停车位200个;3.推广智能停车系统。");
  });
  test("in a copy that kept its breaks: no break at all, and the list is the item's text", () => {
    expect(normalizePlanText(KEPT).restoredLines).toEqual([]);
    const m = parse(KEPT);
    expect(items(m)).toEqual([
      ["T1", "加强设施建设", null, ["lead:区交通委"]],
      ["T2", "完善管理机制", null, ["lead:区城管局"]]
    ]);
    expect(m.items[0].text).toContain("2.改造老旧小区停车位200个");
  });
  test("a list in 、 inside an item, and one that starts again at 1. inside an item numbered 1. 2.", () => {
    // The item's own 1. is open: the text's 1. does not continue it; the item's 2. after it still does.
    const text =
      "为推进工作,制定本方案。一、主要任务(一)提升服务1.加强管理。内容包括:1.建立台账、2.定期巡查、3.通报结果。(区城管局负责)2.强化考核。每年考核一次。(区委督查室负责)(二)保障经费。(区财政局负责)";
    expect(restoreBreaks(text).map((p) => text.slice(p, p + 4))).toEqual([
      "一、主要",
      "(一)提",
      "1.加强",
      "2.强化",
      "(二)保"
    ]);
    const restarts =
      "为推进工作,制定本方案。一、主要任务(一)提升服务1.加强管理。具体做法:1.建立台账。2.定期巡查。(区城管局负责)2.强化考核。(区委督查室负责)";
    expect(restoreBreaks(restarts).map((p) => restarts.slice(p, p + 4))).toEqual([
      "一、主要",
      "(一)提",
      "1.加强",
      "2.强化"
    ]);
  });
  test("a list of whole sentences after a lead-in is the outline's own and is split", () => {
    // The counter-example: each entry ends with 。 and its clause, so 1. 2. are items under (一).
    const text =
      "为优化营商环境,制定本方案。一、重点任务(一)提升政务服务效能。具体措施如下:1.压缩企业开办时间。全面推行一网通办。(市市场监管局牵头)2.优化工程建设项目审批。(市住房城乡建设局牵头)二、保障措施加强组织领导。";
    expect(restoreBreaks(text).map((p) => text.slice(p, p + 4))).toEqual([
      "一、重点",
      "(一)提",
      "1.压缩",
      "2.优化",
      "二、保障",
      "加强组织"
    ]);
  });
});

describe("a numbered heading over a table only", () => {
  test("a chapter that holds only a table of projects is a chapter, not an item without a clause", () => {
    const m = parse(
      "某区停车设施建设工作要点\n一、加强设施建设。新建公共停车场。(区交通委牵头)\n二、完善管理机制。建立长效管理制度。(区城管局负责)\n三、重点项目\n序号 | 项目名称 | 建设内容 | 责任单位 |\n1 | 南桥停车场 | 新建泊位200个 | 区交通委 |\n2 | 金海停车楼 | 新建泊位300个 | 区建管委 |\n"
    );
    expect(m.items.map((i) => i.id)).toEqual(["T1", "T2"]);
    expect(m.chapters.map((c) => c.title)).toEqual(["重点项目"]);
    expect(m.warnings.filter((w) => w.code === "no-clause")).toEqual([]);
  });
  test("a group that holds only a task table is a group, its rows the items, each with its clause", () => {
    const m = parse(
      "某区停车设施建设实施方案\n一、主要任务\n(一)加强设施建设。新建公共停车场。(区交通委牵头)\n(二)完善管理机制。建立长效管理制度。(区城管局负责)\n(三)年度建设计划\n序号 | 重点任务 | 牵头单位 | 完成时限 |\n1 | 新建南桥停车场 | 区交通委 | 2025年底 |\n2 | 改造金海停车楼 | 区建管委 | 2026年底 |\n二、保障措施\n(一)加强组织领导。(区政府办负责)\n"
    );
    expect(items(m).map(([id, title, , links]) => [id, title, links])).toEqual([
      ["T1.1", "加强设施建设", ["lead:区交通委"]],
      ["T1.2", "完善管理机制", ["lead:区城管局"]],
      ["T2.1", "加强组织领导", ["lead:区政府办"]],
      ["R1.1", "新建南桥停车场", ["lead:区交通委"]],
      ["R1.2", "改造金海停车楼", ["lead:区建管委"]]
    ]);
    expect(m.groups.map((g) => [g.id, g.title])).toEqual([["S1.3", "年度建设计划"]]);
  });
  test("an item whose sentence a table follows stays an item", () => {
    const m = parse(
      "某区停车设施建设实施方案\n一、主要任务\n(一)加强设施建设。新建公共停车场。(区交通委牵头)\n(二)推进停车楼建设。建设项目见下表。\n序号 | 项目名称 | 泊位数 |\n1 | 南桥停车楼 | 200 |\n2 | 金海停车楼 | 300 |\n(三)完善管理机制。建立长效管理制度。(区城管局负责)\n"
    );
    expect(m.items.map((i) => [i.id, i.title])).toEqual([
      ["T1", "加强设施建设"],
      ["T2", "推进停车楼建设"],
      ["T3", "完善管理机制"]
    ]);
  });
});

describe("a chapter of unnumbered paragraphs of work, each with its own clause", () => {
  test("each paragraph with its clause in a bracket is an item, and the closing chapter is none", () => {
    const m = parse(
      "某区停车治理工作方案\n一、总体要求\n以缓解停车难为目标,制定本方案。\n二、主要任务\n加强设施建设。新建公共停车场5处,改造老旧小区停车位200个。(区交通委牵头,区建管委配合)\n完善管理机制。建立停车收费动态调整机制。(区发展改革委牵头)\n强化执法监管。严查违法停车行为。(区公安分局负责)\n三、保障措施\n各部门要高度重视,确保各项任务落到实处。\n"
    );
    expect(items(m)).toEqual([
      ["T2.1", "加强设施建设", null, ["lead:区交通委", "support:区建管委"]],
      ["T2.2", "完善管理机制", null, ["lead:区发展改革委"]],
      ["T2.3", "强化执法监管", null, ["lead:区公安分局"]]
    ]);
    expect(m.warnings.filter((w) => w.code === "no-clause")).toEqual([]);
  });
  test("a lead-in, then paragraphs each with its clause on lines of its own", () => {
    const m = parse(
      "某区停车治理工作方案\n一、主要任务\n为缓解停车难,重点抓好以下工作:\n加强设施建设。新建公共停车场5处。\n牵头单位:区交通委\n配合单位:区建管委\n完善管理机制。建立停车收费动态调整机制。\n牵头单位:区发展改革委\n二、保障措施\n(一)加强组织领导。(区政府办负责)\n"
    );
    expect(items(m).map(([, title, , links]) => [title, links])).toEqual([
      ["加强设施建设", ["lead:区交通委", "support:区建管委"]],
      ["完善管理机制", ["lead:区发展改革委"]],
      ["加强组织领导", ["lead:区政府办"]]
    ]);
    expect(m.items[0].text).not.toContain("重点抓好以下工作");
  });
  test("paragraphs that name bodies only in prose, or a paragraph with no clause after one, leave the chapter as it was", () => {
    // sh-2026-zerocarbon's convention: a chapter's unnumbered prose (市发展改革委负责…) is its own text, not items.
    const prose = parse(
      "某市零碳园区建设工作方案\n一、工作机制\n市发展改革委负责零碳园区申报、评审和验收。\n市经济信息化委支持推广以绿制绿模式,推动园区布局低能耗产业。\n二、主要任务\n(一)加快园区用能结构转型。推动分布式光伏应建尽建。(市发展改革委牵头)\n(二)深入实施园区节能降碳。推进能效诊断。(市经济信息化委牵头)\n"
    );
    expect(prose.items.map((i) => i.title)).toEqual(["加快园区用能结构转型", "深入实施园区节能降碳"]);
    const mixed = parse(
      "某区停车治理工作方案\n一、主要任务\n加强设施建设。新建公共停车场5处。(区交通委牵头)\n完善管理机制。建立停车收费动态调整机制。(区发展改革委牵头)\n各街镇要结合实际,抓好落实。\n"
    );
    expect(mixed.items.map((i) => [i.id, i.title])).toEqual([["T1", "主要任务"]]);
  });
});

describe("unnumbered task paragraphs under a run-in heading (突出工业主体地位。…)", () => {
  const PLAN =
    "《政府工作报告》重点工作责任分解\n为确保完成重点工作,现就各项工作提出如下责任分工:\n一、加快转型升级,提升产业竞争力\n" +
    "坚持调优调强,推进产业高端化、集群化、绿色化发展,加快构筑现代产业高地。\n" +
    "突出工业主体地位。投资200亿元,实施工业项目“155”工程。改造提升五大传统产业。\n" +
    "加快发展现代服务业。新增限上商贸企业30家。(牵头单位:市商务局)\n二、深化改革开放,增强发展活力\n" +
    "坚持以改革促发展。\n推进简政放权。再取消一批行政审批事项。\n";
  const m = parse(PLAN);
  test("each paragraph is an item of its own, the chapter's lead-in its text, the paragraph's figure its target", () => {
    expect(m.items.map((i) => [i.id, i.title, i.numbering])).toEqual([
      ["T1.1", "突出工业主体地位", ""],
      ["T1.2", "加快发展现代服务业", ""],
      ["T2.1", "推进简政放权", ""]
    ]);
    expect(m.chapters.map((c) => c.title)).toEqual(["加快转型升级,提升产业竞争力", "深化改革开放,增强发展活力"]);
    expect(m.targets.filter((t) => t.item === "T1.1").map((t) => [t.value, t.unit])).toEqual([[200, "亿元"]]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role} ${r.asWritten}`)).toEqual(["T1.2 lead 市商务局"]);
  });
  test("a chapter that opens with its run-in heading on its first line (no lead-in), or a closing chapter, stays one", () => {
    const one = parse(
      "某区工作要点\n一、加快转型升级\n突出工业主体地位。投资200亿元。\n加快发展服务业。新增企业30家。\n"
    );
    expect(one.items.map((i) => [i.id, i.numbering])).toEqual([["T1", "一、"]]);
    const closing = parse(
      "某区工作要点\n一、加快转型升级\n1.突出工业主体地位。投资200亿元。\n二、保障措施\n各部门要加强协同配合。\n加强组织领导。各部门要落实责任。\n"
    );
    expect(closing.items.map((i) => i.id)).not.toContain("T2.1");
  });
});

describe("a numbered heading run into its body in a copy that lost its line breaks", () => {
  const KEPT =
    "某区农村公路管理实施方案\n为加强管理,制定本方案。\n一、总体要求\n坚持以人民为中心,统筹推进农村公路建设。\n二、主要任务\n" +
    "(一)强化区级主体责任\n区交通委要加强统筹,制定年度计划。(牵头单位:区交通委)\n" +
    "(二)开展区级城市体检\n区级城市体检主要从生态宜居、安全韧性等方面开展。(牵头单位:区建管委)\n" +
    "(三)加强组织领导\n各街镇要落实属地责任,细化工作措施。(牵头单位:各街镇)\n" +
    "(四)完善养护资金保障\n到2025年,养护资金全部纳入预算。(牵头单位:区财政局)\n";
  const LOST = KEPT.split("\n").join("");
  test("the body gets its line back where it begins: a body and its duty, the heading's words restated, a collective, a time, a basis", () => {
    expect(restoreBreaks(LOST).map((p) => LOST.slice(p, p + 5))).toEqual([
      "一、总体要",
      "坚持以人民",
      "二、主要任",
      "(一)强化",
      "区交通委要",
      "(二)开展",
      "区级城市体",
      "(三)加强",
      "各街镇要落",
      "(四)完善",
      "到2025"
    ]);
    expect(items(parse(LOST))).toEqual(items(parse(KEPT)));
    expect(parse(LOST).items.map((i) => i.title)).toEqual([
      "强化区级主体责任",
      "开展区级城市体检",
      "加强组织领导",
      "完善养护资金保障"
    ]);
  });
  test("where the body begins, read from the heading's text on (runInHeadingEnd)", () => {
    for (const [heading, body] of [
      ["全面摸清底数", "坚持“先排查、后整治”,摸清全区高层建筑的数量。"],
      ["健全管理体制机制", "市政府指导本市轨道交通安全运行,负责应对工作。"],
      ["开展统筹推进与顶层设计", "市发展改革委负责零碳园区申报、评估和管理。"],
      ["施工监管", "建设单位应严格按照审查通过的施工图施工。"],
      ["建设筹备阶段(2024年年底前)", "持续推进服务中心等建设前期工作。"],
      ["加强资金使用监管", "区发展改革委、区财政局要做好资金的使用监管。"],
      ["以规划为引领,构建区域绿色网络体系", "依托生态网络空间规划纲要,加快编制公园城市规划。"],
      ["指导思想", "以习近平新时代中国特色社会主义思想为指导,全面贯彻落实。"],
      ["地区生产总值增长7%以上", "责任单位:区发展和改革局"]
    ])
      expect(runInHeadingEnd(heading + body), heading).toBe(heading.length);
  });
  test("no break where the body's start is unsure: a sentence with no heading, a verb wanting its object, two places a body could start", () => {
    for (const text of [
      // A paragraph with no heading of its own: its first sentence is its title, whole.
      "区发改委负责牵头协调,市、区两级财政共同承担。",
      "对违规采用易燃可燃外保温材料的高层建筑,结合改建工程拆除。",
      // 深入推进 wants its object: 市、县、乡… is no body's sentence.
      "深入推进市、县、乡三级政府应急管理办事机构建设。",
      // 相关区政府: the heading's last word takes the body's first character.
      "加强组织领导相关区政府要加强统筹和指导。",
      // Either 开展专项评估考核 | 配合… or 开展专项评估考核配合 | 市级部门…: not sure, no break.
      "开展专项评估考核配合市级部门落实城市更新评估体系。",
      // A sentence's subject, its list of names going on with no body's: 高层公共建筑 | 各产权单位、委托管理单位… is none.
      "高层公共建筑各产权单位、委托管理单位以及各经营主体应签订消防安全责任书。",
      // A figure cut at a conjunction's second name: 广州路西延和苏 | 州路西延….
      "发挥广州路西延和苏州路西延建成通车带动作用。"
    ])
      expect(runInHeadingEnd(text), text).toBe(-1);
  });
  test("a copy that kept its line breaks gets none: the headings on lines of their own read as before", () => {
    expect(restoreBreaks(KEPT)).toEqual([]);
    expect(normalizePlanText(KEPT).text).toBe(KEPT);
  });
});

describe("a part's standard name run into its text (sectionNameEnd)", () => {
  test("the name ends where its text begins, whatever word opens the text", () => {
    for (const [name, body] of [
      ["适用范围", "本实施意见所称城市更新,是指在本区建成区内开展的活动。"],
      ["工作目标", "全市养老机构建立消防安全标准化管理机制。"],
      ["基本原则", "——坚持政府引导、市场主体。"],
      ["總體要求", "全面貫徹黨的二十大精神。"]
    ])
      expect(runInHeadingEnd(name + body), name).toBe(name.length);
  });
  test("no break where the name goes on (主要任务和措施), stops (工作目标。) or its text is too short to be one", () => {
    for (const text of ["主要任务和措施", "工作目标。到2025年,全面完成。", "工作要求(试行)", "资金保障到位。"])
      expect(sectionNameEnd(text), text).toBe(-1);
  });
});

describe("a task's heading opening with a verb, run into a body that opens with a verb (verbHeadingEnd)", () => {
  test("the heading ends at the one verb of its first clause that opens a sentence", () => {
    for (const [heading, body] of [
      ["全面摸清底数", "摸清全区高层建筑的数量、性质、高度、规模。"],
      ["加强消防宣传和应急演练", "制作高层建筑消防公益宣传片和宣传海报。"],
      ["探索农村公路发展投融资机制", "运用好市级资金的引导激励作用,借助市级建设财力。"],
      ["促进农村公路转型发展", "严守生态保护红线,推进农村公路绿色发展。"],
      ["推动基础设施融合发展", "按照全市低空飞行起降点规划布局,稳步推进。"]
    ])
      expect(runInHeadingEnd(heading + body), heading).toBe(heading.length);
  });
  test("no break in a sentence's first clause that is one task: two verbs' places, a pivot verb, a doer, a noun's phrase, a count", () => {
    for (const text of [
      // Two places a verb opens: 强化督促 | 落实… or 强化督促落实 | 坚持…: not sure.
      "强化督促落实坚持市区联动,加强系统谋划。",
      // A pivot verb: its object does the next verb.
      "支持相关企业加快探索跨区域干线物流,拓展应用。",
      "推动燃气经营企业完善液化石油气配送信息系统,对用户建档。",
      // The heading would end with a doer or an adverb wanting its verb.
      "培育绿色低碳产业集群市经济信息化委支持推广“以绿制绿”模式。",
      "加强分类指导和考核定期组织开展相关培训,重点抓好物业企业。",
      // The verb is a noun's: 维护更新机制, 加强监管的要求.
      "健全建筑消防设施维护更新机制。健全完善高层住宅消防设施。",
      "认真落实对涉及公共安全领域依法依规加强监管的要求,完善标准。",
      // A count ends the clause: one target.
      "完成慢行交通专项提升项目300项。"
    ])
      expect(verbHeadingEnd(text), text).toBe(-1);
  });
  test("a joined copy reads its verb headings as the copy with breaks", () => {
    const kept =
      "某区高层建筑消防安全治理方案\n为加强管理,制定本方案。\n一、指导思想\n全面贯彻落实消防安全责任制,压实各方责任。\n" +
      "二、主要任务\n(一)全面摸清底数\n摸清全区高层建筑的数量、性质和规模。(牵头单位:区消防救援支队)\n" +
      "(二)加强消防宣传和应急演练\n制作高层建筑消防公益宣传片和宣传海报。(牵头单位:区融媒体中心)\n";
    const lost = kept.split("\n").join("");
    expect(items(parse(lost))).toEqual(items(parse(kept)));
    expect(restoreBreaks(lost).map((p) => lost.slice(p, p + 4))).toEqual([
      "一、指导",
      "全面贯彻",
      "二、主要",
      "(一)全",
      "摸清全区",
      "(二)加",
      "制作高层"
    ]);
    expect(parse(lost).items.map((i) => i.title)).toEqual(["全面摸清底数", "加强消防宣传和应急演练"]);
  });
});

describe("a heading run into a body that opens with a doer the plan names elsewhere (namedDoerEnd)", () => {
  const CONTEXT = "。轨道交通企业要落实主体责任。市交通管理部门要加强监管,建设单位应落实要求。";
  test("the heading ends where the doer's name begins, the name the plan uses at a sentence's start", () => {
    for (const [heading, body] of [
      ["加强大客流安全管控", "轨道交通企业要加强大客流风险预防工作,总结经验。"],
      ["夯实运营安全管理基础", "轨道交通企业承担轨道交通运营安全生产主体责任。"],
      ["加强安全保护区管理", "市交通管理部门要根据相关法规要求,加强管理。"],
      ["建设项目设计方案审批", "建设单位应委托项目设计单位编制设计方案。"]
    ])
      expect(runInHeadingEnd(heading + body, CONTEXT + heading + body), heading).toBe(heading.length);
  });
  test("no break when the plan names the doer nowhere else, with no context, or where no doer's name stands", () => {
    // Where 管控 | 轨道交通企业 or 管控轨道 | 交通企业 is unsure from the words alone; the plan does not say.
    expect(namedDoerEnd("加强大客流安全管控轨道交通企业要加强风险预防工作。", "。各单位要落实责任。")).toBe(-1);
    expect(namedDoerEnd("加强大客流安全管控轨道交通企业要加强风险预防工作。", "")).toBe(-1);
    expect(runInHeadingEnd("加强大客流安全管控轨道交通企业要加强风险预防工作。")).toBe(-1);
    // 督促…单位 | 按照: the duty's word is no doer's (按照 is none), the clause a sentence.
    expect(namedDoerEnd("督促高层建筑使用管理单位按照要求配备专业电工,严格落实。", "。管理单位要落实责任。")).toBe(-1);
  });
});

describe("a clause's label on a line of its own, joined after its item's last sentence", () => {
  const KEPT =
    "某市重点工作实施方案\n一、确保完成主要目标\n1.地区生产总值增长8%以上。\n牵头负责领导:张三。\n牵头责任单位:市发展改革委。\n" +
    "协同责任单位:市经信局、市商务局,各县、市、区政府。\n2.财政收入增长8%左右。\n责任单位:市财政局、市税务局。\n" +
    "3.推进绿带建设。(牵头单位:市绿化市容局。配合单位:市水务局)\n";
  const LOST = KEPT.split("\n").join("");
  test("gets its line back: the item's clause and persons read as in the copy with its breaks", () => {
    const at = restoreBreaks(LOST).map((p) => LOST.slice(p, p + 6));
    expect(at).toContain("牵头负责领导");
    expect(at).toContain("协同责任单位");
    expect(at).toContain("责任单位:市");
    const one = parse(LOST);
    const lines = parse(KEPT);
    expect(items(one)).toEqual(items(lines));
    expect(one.items.map((i) => i.persons)).toEqual(lines.items.map((i) => i.persons));
  });
  test("a label inside a bracket's clause stays in it (…。配合单位: after 牵头单位: in one bracket)", () => {
    expect(restoreBreaks(LOST).map((p) => LOST.slice(p, p + 4))).not.toContain("配合单位");
    expect(items(parse(LOST))[2]).toEqual(["T3", "推进绿带建设", null, ["lead:市绿化市容局", "support:市水务局"]]);
  });
});
