// A numbered heading run into its body (a copy that lost its line breaks) gets its break back where the body opens
// with a preposition's phrase, a duty's 要, a list of bodies closed by the kind they share, or after a bracket of the
// heading's lead (headings.ts runInHeadingEnd); and no break where the same words are a sentence's.
import {describe, expect, test} from "vitest";
import type {PlanModel} from "../src/lib/model.js";
import {nounHeadingEnd, runInHeadingEnd} from "../src/lib/reader/headings.js";
import {parse} from "./plan.js";

const links = (m: PlanModel) => m.responsibilities.map((r) => `${r.item} ${r.role} ${r.asWritten}`);
const titles = (m: PlanModel) => m.items.map((i) => `${i.id} ${i.title}`);

describe("a body that opens with a list of bodies closed by the kind they share (市发展改革、…等部门要)", () => {
  test("the heading ends where the list begins", () => {
    for (const [heading, body] of [
      ["确保工程建设质量", "市发展改革、住房城乡建设管理、交通、规划资源等部门和相关区政府要严格执行基本建设程序。"],
      ["加大综合政策扶持力度", "市发展改革、规划资源、交通、财政、国资等部门要会同轨道交通企业,制定政策。"]
    ])
      expect(runInHeadingEnd(heading + body), heading).toBe(heading.length);
  });
  test("a joined copy reads the list's bodies as the item's leads, as the copy with breaks does", () => {
    const kept =
      "某市轨道交通安全发展实施意见\n为加强管理,制定本意见。\n一、主要任务\n(一)确保工程建设质量\n" +
      "市发展改革、住房城乡建设管理、交通、规划资源等部门和相关区政府要严格执行基本建设程序,落实质量责任。\n" +
      "(二)加大综合政策扶持力度\n市发展改革、规划资源、交通、财政、国资等部门要会同轨道交通企业,制定扶持政策。\n";
    const lost = kept.split("\n").join("");
    expect(links(parse(lost))).toEqual(links(parse(kept)));
    expect(titles(parse(lost))).toEqual(titles(parse(kept)));
  });
});

describe("a body that opens with a preposition's phrase or a duty's 要", () => {
  test("the heading ends where the phrase begins", () => {
    for (const [heading, body] of [
      ["推进实施光伏示范工程", "按照高水平设计、高标准建设的原则,重点利用地铁、机场等交通设施。"],
      ["加强养护绩效考核", "为落实乡村振兴战略,进一步提升我区农村公路服务功能。"],
      ["进一步推进责任清单公开", "对权力清单进行动态调整,公布市政府部门权力清单。"],
      ["推进老旧小区整治改造", "以2000年前建成的公房、动迁房为重点,实施综合修缮。"],
      ["以五大新城建设为契机,优化生态空间环境", "一是聚焦奉贤新城建设,完善绿地系统结构。"],
      ["强化工作落实", "要按照工作要求,细化目标任务,落实责任分工。"],
      ["加强宣传引导", "要充分运用电视、网络、报刊等新媒体,加强安全宣传。"]
    ])
      expect(runInHeadingEnd(heading + body), heading).toBe(heading.length);
  });
  test("no break where the phrase follows its subject, a doer or a negation, or is a verb's object", () => {
    for (const text of [
      // 由 follows its subject: 县道 is the sentence's, not a heading.
      "提升燃气专业指导检查水平由政府牵头、企业支持的专业化燃气安全服务体系。",
      // A doer or a negation before the phrase: the sentence's subject.
      "各有关部门要按照办理要求和时间节点,及时报送。",
      "区绩效考评机构要将重点工作纳入考核,加强督查。",
      "物业服务企业未按照合同约定,对共用消防设施进行维护的,依法处理。",
      // 为 as "is": 建筑屋面为平屋面时,….
      "建筑屋面为平屋面(包括有女儿墙的平屋面)时,建筑高度计算。",
      // 落实 wants its object: 对…加强监管的要求 is it.
      "认真落实对涉及公共安全领域依法依规加强监管的要求,完善标准。"
    ])
      expect(runInHeadingEnd(text), text).toBe(-1);
  });
});

describe("a heading closed by a bracket of its lead (强化用工保障(市人社局牵头))", () => {
  test("the heading ends after the bracket, the body's first verb after it", () => {
    const heading = "强化用工保障(市人社局牵头)";
    expect(runInHeadingEnd(heading + "组织开展技能培训,保障企业用工。")).toBe(heading.length);
    expect(runInHeadingEnd("完善养老服务设施(区民政局负责),新建社区养老服务站10个。")).toBe(-1);
  });
  test("a joined copy reads the heading's title and its lead as the copy with breaks", () => {
    const kept =
      "某市稳就业工作方案\n为稳定就业,制定本方案。\n一、主要任务\n(一)强化要素保障(市发改委牵头)\n1.加快用地保障。\n" +
      "2.加强资金保障。\n(二)强化用工保障(市人社局牵头)\n组织开展技能培训,保障企业用工。\n(三)强化督查考核\n" +
      "定期开展专项督查,通报工作进展情况。(市政府办牵头)\n";
    const lost = kept.split("\n").join("");
    expect(titles(parse(lost))).toEqual(titles(parse(kept)));
    expect(links(parse(lost))).toEqual(links(parse(kept)));
  });
});

describe("a verb's heading before a body whose first clause holds more than one verb (verbHeadingEnd)", () => {
  test("verbs in a row led by 建立, 优化, 推动 … are one place, and a verb at the clause's end is none", () => {
    for (const [heading, body] of [
      ["坚持规划总体引领", "建立完善规划实施体系,在空间布局上进行整体统筹。"],
      ["健全项目生成机制", "优化完善城市更新项目库管理办法,结合年度报告推进。"],
      ["完善法规标准配套支撑", "推动开展本市低空飞行服务管理立法工作。"],
      ["推进老旧街区更新改造", "推动街区活力提升。依托老街入选标准化试点,打造特色街区。"],
      ["增强科技信息创新应用", "促进科技创新与轨道交通发展紧密结合,发挥科技支撑作用。"],
      ["搭建体检信息系统", "整合利用现有数字化建设工作基础,逐步搭建信息系统。"]
    ])
      expect(runInHeadingEnd(heading + body), heading).toBe(heading.length);
  });
  test("no break where a heading's noun ends with a verb before another (项目推进 | 梳理…): two places", () => {
    expect(runInHeadingEnd("加强重点项目推进梳理形成六大类重点任务清单,各推进主体加快开展前期工作。")).toBe(-1);
    expect(runInHeadingEnd("强化督促落实坚持市区联动,加强系统谋划。")).toBe(-1);
  });
});

describe("a heading that names a place or an action's field, before a body that opens with a verb (nounHeadingEnd)", () => {
  test("the heading ends where the body's one verb opens", () => {
    for (const [heading, body] of [
      ["大零号湾", "推动存量空间转型提升。以高校为核心,加快推进建设。"],
      ["莘庄副中心", "打造功能更加集聚的活力副中心。围绕莘庄枢纽,加快建设。"],
      ["七宝老街", "加强文化传承,推动老街焕新。"],
      ["滨江中北段", "推进中北段规划落地和公共空间延伸贯通,分步骤开展土地收储。"],
      ["再造发展新极行动——综合区域整体焕新", "提升发展能级,统筹推进综合区域更新。"]
    ])
      expect(runInHeadingEnd(heading + body), heading).toBe(heading.length);
  });
  test("no break in a sentence: a set phrase before its verb, a doer, a verb in the heading, a list after the verb", () => {
    for (const text of [
      // A set phrase is the sentence's adverbial, no heading of a place.
      "多措并举推动土地高效使用。",
      "综合施策提升本质安全水平。",
      // A doer before its verb: the sentence's subject.
      "区市场监管部门加强对燃气企业的监管。",
      // The heading's own verb before the body's (…品质提升 | 增进…), or the same verb twice (…优化 | 优化…).
      "重塑美丽新居行动——人居环境品质提升增进民生福祉,推动人居环境品质提升。",
      "智创和谐新境行动——公共空间设施优化优化功能品质,推进公共空间升级。",
      // The verb's object a list of things: a subject's phrase, not a body's clause.
      "海绵设施移交维护建筑与小区、道路与广场等各类项目的海绵设施建成后移交。"
    ])
      expect(nounHeadingEnd(text), text).toBe(-1);
  });
});

describe("a stage's heading with its colon (第一阶段:集中攻坚) before a body that opens with its time", () => {
  test("the heading ends where the time begins, a verb at the heading's end or not", () => {
    for (const [heading, body] of [
      ["第一阶段:集中攻坚", "2023年9月底前,对城镇燃气全链条风险隐患深挖细查。"],
      ["第二阶段:全面巩固提升", "2024年3月底前,盯牢风险隐患整改,全面完成整治。"]
    ])
      expect(runInHeadingEnd(heading + body), heading).toBe(heading.length);
    // A time inside a sentence goes on with its verb: no comma after it, no break.
    expect(runInHeadingEnd("第一阶段:集中攻坚2023年9月底前完成全部隐患排查。")).toBe(-1);
  });
});
