import {describe, expect, test} from "vitest";
import {
  blanketNotes,
  cutLastName,
  isFirstListedNote,
  findClause,
  labelRole,
  inTextAssignment,
  PROSE_ROLE_VERBS,
  readClause,
  sentenceSubjects,
  splitTopLevel,
  trailingBracket,
  unclosedBracket
} from "../src/lib/reader/clauses.js";
import {bodyKind, looksLikeBody} from "../src/lib/reader/bodies.js";
import {parse} from "./plan.js";

const roles = (content: string) => readClause(content).named.map((n) => `${n.role}:${n.name}`);

describe("readClause", () => {
  test("names run together in a cell are each a name (市行政审批局市司法局)", () => {
    expect(readClause("牵头单位:市行政审批局市司法局").named.map((n) => [n.name, n.role, n.offset])).toEqual([
      ["市行政审批局", "lead", 5],
      ["市司法局", "lead", 11]
    ]);
  });
  test("a 牵头 clause makes one lead and the rest support", () => {
    expect(roles("市科技局牵头,延安高新区管委会、市市场监管局按职责分工负责")).toEqual([
      "lead:市科技局",
      "support:延安高新区管委会",
      "support:市市场监管局"
    ]);
  });
  test("departments sharing 按职责分工负责 with no lead are joint", () => {
    expect(roles("市发改委、市科技局按职责分工负责")).toEqual(["joint:市发改委", "joint:市科技局"]);
  });
  test("the only department of a 负责 clause is the lead", () => {
    expect(roles("市市场监管局负责")).toEqual(["lead:市市场监管局"]);
    expect(roles("市质量强市办按职责分工负责")).toEqual(["lead:市质量强市办"]);
  });
  test("责任单位 beside 配合单位 (or 协办/参与单位) makes the responsible bodies co-leads and the others support", () => {
    expect(roles("责任单位:区应急局、区消防支队,配合单位:区财政局")).toEqual([
      "lead:区应急局",
      "lead:区消防支队",
      "support:区财政局"
    ]);
    expect(roles("责任单位:市商务委;协办单位:市财政局、市税务局")).toEqual([
      "lead:市商务委",
      "support:市财政局",
      "support:市税务局"
    ]);
    expect(roles("市发展改革委、市财政局负责,市统计局配合")).toEqual([
      "lead:市发展改革委",
      "lead:市财政局",
      "support:市统计局"
    ]);
  });
  test("责任单位: with several departments makes them joint, with one makes it lead", () => {
    expect(roles("责任单位:市农业农村局、市市场监管局")).toEqual(["joint:市农业农村局", "joint:市市场监管局"]);
    expect(roles("责任单位:市文旅局")).toEqual(["lead:市文旅局"]);
  });
  test("牵头单位 and 配合单位 labels make lead and support", () => {
    expect(roles("牵头单位:市发改委;配合单位:市科技局、市财政局")).toEqual([
      "lead:市发改委",
      "support:市科技局",
      "support:市财政局"
    ]);
  });
  test("labels naming implementers (实施部门, 实施主体, 推进单位 …) support a lead, and are joint with none", () => {
    expect(roles("牵头部门:市交通委科技信息处;实施部门:市港航中心、各区交通主管部门")).toEqual([
      "lead:市交通委科技信息处",
      "support:市港航中心",
      "support:各区交通主管部门"
    ]);
    expect(roles("推进单位:区建设管理委、区房管局")).toEqual(["joint:区建设管理委", "joint:区房管局"]);
    expect(roles("实施主体:各街道")).toEqual(["lead:各街道"]);
    expect(readClause("牵头部门:市交通委;实施部门:市港航中心").unread).toEqual([]);
  });
  test("配合 and 参与 make support", () => {
    expect(roles("市发改委牵头,市科技局、市财政局配合")).toEqual([
      "lead:市发改委",
      "support:市科技局",
      "support:市财政局"
    ]);
    expect(roles("市发改委牵头,市科技局参与")).toEqual(["lead:市发改委", "support:市科技局"]);
  });
  test("参加 makes support as 参与 does (the State Council's division-of-work lists)", () => {
    expect(roles("市场监管总局牵头,公安部、人力资源社会保障部、税务总局、人民银行参加,2019年底前完成")).toEqual([
      "lead:市场监管总局",
      "support:公安部",
      "support:人力资源社会保障部",
      "support:税务总局",
      "support:人民银行"
    ]);
  });
  test("several departments before 牵头 are co-leads", () => {
    expect(roles("市发改委、市科技局牵头,市财政局按职责分工负责")).toEqual([
      "lead:市发改委",
      "lead:市科技局",
      "support:市财政局"
    ]);
  });
  test("组织落实 and 组织配合 after a lead make support", () => {
    expect(roles("市公安局牵头负责,市市场监管局、各区政府组织落实")).toEqual([
      "lead:市公安局",
      "support:市市场监管局",
      "support:各区政府"
    ]);
    expect(roles("市应急局牵头负责,市民政局按职责组织配合")).toEqual(["lead:市应急局", "support:市民政局"]);
  });
  test("、 after a role phrase ends a part, as , does", () => {
    expect(roles("市交通委牵头负责、各区政府组织落实")).toEqual(["lead:市交通委", "support:各区政府"]);
    expect(roles("市住建委、市商务委牵头负责、市教委、市房管局按职责牵头负责,各区政府组织落实")).toEqual([
      "lead:市住建委",
      "lead:市商务委",
      "lead:市教委",
      "lead:市房管局",
      "support:各区政府"
    ]);
  });
  test("a clause of role phrases with no 牵头 makes every body joint", () => {
    expect(roles("市市场监管局、市公安局按职责分工负责落实、各区政府组织落实")).toEqual([
      "joint:市市场监管局",
      "joint:市公安局",
      "joint:各区政府"
    ]);
  });
  test("a name with parentheses inside stays whole", () => {
    expect(roles("市发改委、各县(市、区)人民政府按职责分工负责")).toEqual([
      "joint:市发改委",
      "joint:各县(市、区)人民政府"
    ]);
  });
  test("a blanket note in the clause is not read as a department", () => {
    expect(roles("市发改委、市科技局按职责分工负责。以下任务均需各县(市、区)人民政府落实,不再列出")).toEqual([
      "joint:市发改委",
      "joint:市科技局"
    ]);
  });
  test("only names are bodies: a sentence after the names in a clause is a note, reported, never departments", () => {
    const reading = readClause("责任单位:省发展改革委、省市场监管局按职责分工负责。具体任务另行明确,不再做分工");
    expect(reading.named.map((n) => `${n.role}:${n.name}`)).toEqual(["joint:省发展改革委", "joint:省市场监管局"]);
    expect(reading.unread.map((p) => p.text)).toEqual(["具体任务另行明确,不再做分工"]);
    // A sentence that ends like a body (…人民政府) but says something of it is no name either.
    expect(roles("牵头单位:市发改委。具体任务均涉及各区人民政府,请认真落实")).toEqual(["lead:市发改委"]);
    // A labelled list goes on after a comma (责任单位:X,Y), not after a full stop.
    expect(roles("责任单位:立山经济开发区,全区经济运行各专班")).toEqual([
      "joint:立山经济开发区",
      "joint:全区经济运行各专班"
    ]);
    expect(roles("责任单位:市发改委、市财政局。确保按期")).toEqual(["joint:市发改委", "joint:市财政局"]);
    // A later sentence that is all clause is read: 牵头单位:X。配合单位:Y.
    expect(roles("牵头单位:市发改委。配合单位:市财政局")).toEqual(["lead:市发改委", "support:市财政局"]);
    // A clause cut off after its first sentence keeps its names, not the cut sentence's first word.
    expect(
      parse(
        "某省方案\n一、任务\n(一)推进建设。〔责任单位:省发展改革委、省市场监管局按职责分工负责。具体\n"
      ).responsibilities.map((r) => `${r.role}:${r.asWritten}`)
    ).toEqual(["joint:省发展改革委", "joint:省市场监管局"]);
  });
  test("a part that names no role is reported, not guessed", () => {
    const r = readClause("市发改委牵头,另行通知");
    expect(r.named.map((n) => n.name)).toEqual(["市发改委"]);
    expect(r.unread.map((u) => u.text)).toEqual(["另行通知"]);
  });
  test("offsets point at each name", () => {
    const content = "市科技局牵头,市财政局按职责分工负责";
    for (const n of readClause(content).named) expect(content.slice(n.offset, n.offset + n.name.length)).toBe(n.name);
  });
});

describe("findClause", () => {
  test("finds the clause in ( ) at the end of a task, before a full stop", () => {
    expect(findClause("推动质量提升。(市发改委负责)。")?.content).toBe("市发改委负责");
  });
  test("finds a clause in [ ] with nested parentheses", () => {
    expect(findClause("培育壮大。[市发改委、各县(市、区)人民政府按职责分工负责]")?.content).toBe(
      "市发改委、各县(市、区)人民政府按职责分工负责"
    );
  });
  test("ignores a trailing parenthesis that names no one", () => {
    expect(findClause("建设服务站点(试行)")).toBeNull();
    expect(trailingBracket("建设服务站点(试行)")?.content).toBe("试行");
  });
  test("returns null for unbalanced brackets", () => {
    expect(findClause("市发改委负责)")).toBeNull();
  });
});

describe("clause brackets (brackets.ts)", () => {
  const links = (text: string) =>
    parse(text).responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}${r.byIssuer ? " (issuer)" : ""}`);
  const plan = (open: string, close: string) =>
    `某省方案\n一、任务\n(一)加强市场体系建设。推进建设。${open}责任单位:省发展改革委、省市场监管局按职责分工负责${close}\n(二)优化市场准入环境。推进改革。${open}责任单位:省市场监管局${close}\n`;
  test("a clause is read in every bracket pair of the set: 〔〕, 【】, ［］, full- and half-width ( ) and [ ]", () => {
    const expected = ["T1 joint:省发展改革委", "T1 joint:省市场监管局", "T2 lead:省市场监管局"];
    for (const [open, close] of [
      ["〔", "〕"],
      ["【", "】"],
      ["［", "］"],
      ["（", "）"],
      ["(", ")"],
      ["[", "]"]
    ])
      expect(links(plan(open, close)), `${open}${close}`).toEqual(expected);
  });
  test("a clause in 〔〕 is found at the end of an item, on its own line and cut off, as in ( )", () => {
    expect(findClause("推进建设。〔市发改委牵头,市财政局配合〕。")?.content).toBe("市发改委牵头,市财政局配合");
    expect(unclosedBracket("推进建设。〔市发改委牵头,市财政局、市", 22)).toEqual({open: 5, start: 6, end: 22});
    expect(links("某方案\n一、任务\n1.推进建设。\n〔牵头单位:市发改委〕\n")).toEqual(["T1 lead:市发改委"]);
    // A document number's bracket is no clause: 〔2023〕 holds no name and no time.
    expect(findClause("按照国发〔2023〕")).toBeNull();
  });
});

describe("splitTopLevel", () => {
  test("splits outside brackets only", () => {
    expect(splitTopLevel("甲、各县(市、区)人民政府、乙", "、").map((p) => p.text)).toEqual([
      "甲",
      "各县(市、区)人民政府",
      "乙"
    ]);
  });
});

describe("blanketNotes", () => {
  test("以下任务均需X落实,不再列出 names X", () => {
    expect(blanketNotes("。以下任务均需各县(市、区)人民政府落实,不再列出]").map((n) => n.department)).toEqual([
      "各县(市、区)人民政府"
    ]);
  });
  test("a blanket note gives its department an implicit role in later items only", () => {
    const m = parse(
      "一、任务\n(一)甲任务。(市发改委负责)\n以下任务均需各县(市、区)人民政府落实,不再列出。\n(二)乙任务。(市科技局负责)\n(三)丙任务。(市科技局、各县(市、区)人民政府按职责分工负责)\n"
    );
    const implicit = m.responsibilities.filter((r) => r.role === "implicit").map((r) => r.item);
    expect(implicit).toEqual(["T2"]);
    expect(m.responsibilities.filter((r) => r.item === "T3").map((r) => r.role)).toEqual(["joint", "joint"]);
  });
  test("a standing note in a clause (…,不再做分工,下同) gives its body an implicit role in its own item and every later one", () => {
    const note = "具体任务均涉及相关市(州)人民政府,不再做分工,下同";
    expect(blanketNotes(`负责。${note}。`)).toEqual([
      {department: "相关市(州)人民政府", start: 3, end: 3 + note.length, nameOffset: 10, here: true}
    ]);
    const m = parse(
      `某省方案\n一、任务\n(一)甲任务。〔责任单位:省发展改革委、省市场监管局按职责分工负责。${note}。〕\n(二)乙任务。〔责任单位:省市场监管局〕\n(三)丙任务。\n`
    );
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T1 joint:省发展改革委",
      "T1 joint:省市场监管局",
      "T1 implicit:相关市(州)人民政府",
      "T2 lead:省市场监管局",
      "T2 implicit:相关市(州)人民政府",
      "T3 implicit:相关市(州)人民政府"
    ]);
    // The note is no clause part that names no role: it is read as the note it is.
    expect(m.warnings.filter((w) => w.code === "clause")).toEqual([]);
  });
});

describe("sentenceSubjects", () => {
  const subjects = (text: string) => sentenceSubjects(text).map((p) => p.text);
  test("a bare jurisdiction is the plan's own government, unless it lies below the plan's (a district in a city's plan)", () => {
    const text =
      "依托示范区,金山区加快机制创新。杨浦区加快打造示范场景。青浦区重点推进载人飞行试验。临港新片区加快设施建设。";
    expect(subjects(text)).toEqual([]);
    const lower = (name: string) => name !== "本区";
    expect(sentenceSubjects(text, undefined, [], lower).map((p) => p.text)).toEqual([
      "金山区",
      "杨浦区",
      "青浦区",
      "临港新片区"
    ]);
  });
  test("bodies before a modal or a verb of assignment are the subject", () => {
    expect(subjects("市发改委、市财政局要加强资金保障。")).toEqual(["市发改委", "市财政局"]);
    expect(subjects("县经贸、统计、工商等部门要做好统计。")).toEqual(["县经贸", "统计", "工商"]);
  });
  test("fields before 以及, then bodies, before a modal each give their 部门; the bodies after keep their own form", () => {
    // 沪府办发〔2019〕10号, 六(三).
    const names = sentenceSubjects(
      "公安、应急管理、交通以及轨道交通企业、街道、社区要密切协同联动,提高应急现场处置能力。"
    );
    expect(names.map((p) => [p.text, p.full ?? null])).toEqual([
      ["公安", "公安部门"],
      ["应急管理", "应急管理部门"],
      ["交通", "交通部门"],
      ["轨道交通企业", null],
      ["街道", null]
    ]);
    expect(bodyKind("轨道交通企业")).toBe("enterprise");
    // 和 joins a name's own words: no fields before it.
    expect(subjects("市经济、工业和信息化局要加强监管。")).toEqual([]);
    // Words that are no bodies after the joiner: no subject.
    expect(subjects("资金、土地以及人才要素要得到保障。")).toEqual([]);
  });
  test("a 社区 (a residents' self-governing organisation) in a subject list is no government body: no role, the list still read", () => {
    expect(subjects("街道、社区要加强日常巡查。")).toEqual(["街道"]);
    expect(subjects("社区要加强日常巡查。")).toEqual([]);
  });
  test("各 shared over the provincial levels (各省、自治区、直辖市人民政府) is one collective body", () => {
    expect(subjects("各省、自治区、直辖市人民政府要抓紧地方立法工作。")).toEqual(["各省、自治区、直辖市人民政府"]);
    expect(subjects("各省、自治区、直辖市要抓紧地方立法工作。")).toEqual(["各省、自治区、直辖市"]);
  });
  test("a subject stressed after a comma (X,特别是Y,也要…) is both X and Y", () => {
    expect(
      subjects("各省、自治区、直辖市,特别是重点监视防御区所在地人民政府,也要抓紧地方的防震减灾立法工作。")
    ).toEqual(["各省、自治区、直辖市", "重点监视防御区所在地人民政府"]);
    // A sentence that goes on after 特别是 with no modal names no subject that way.
    expect(subjects("加强各类工程建设项目,特别是重大工程的抗震设防工作。")).toEqual([]);
  });
  test("an adverb between the subject and its modal (也要, 还应, 均须) is no part of the name", () => {
    expect(subjects("重点监视防御区所在地人民政府也要抓紧地方立法工作。")).toEqual(["重点监视防御区所在地人民政府"]);
    expect(subjects("区财政局还应保障资金。")).toEqual(["区财政局"]);
  });
  test("a body named bare before a verb of doing is the subject", () => {
    expect(subjects("市文旅局组织实施文化惠民工程。")).toEqual(["市文旅局"]);
    // An ordinal of a list (一是, 同时 …) opens the piece, not the name.
    expect(subjects("一是各街镇(园区)完成再生资源回收网络布局,区商务委对接企业做好数据统计。")).toEqual([
      "各街镇(园区)",
      "区商务委"
    ]);
    expect(subjects("二是区交通委要加强监管。")).toEqual(["区交通委"]);
    expect(subjects("三要与环卫部门联合开展检查。")).toEqual([]);
    expect(subjects("各街镇(园区)完成再生资源回收网络布局,区商务委对接企业做好数据统计。")).toEqual([
      "各街镇(园区)",
      "区商务委"
    ]);
    expect(subjects("各行业管理部门指导相关建设单位落实要求。")).toEqual(["各行业管理部门"]);
    // 统筹 is a verb of doing: the body before it is the actor.
    expect(subjects("市发展改革委统筹零碳园区建设与本市新能源规划布局。")).toEqual(["市发展改革委"]);
  });
  test("a body declared the responsible subject (是…主体, 作为…主体) is the subject", () => {
    expect(subjects("各街镇是停车共享工作的责任主体,负责协调。")).toEqual(["各街镇"]);
    expect(subjects("各街镇政府作为公园城市建设的责任主体。")).toEqual(["各街镇政府"]);
    expect(subjects("区政府是本区的一级政府。")).toEqual([]);
  });
  test("a sentence fragment before a verb names no body", () => {
    expect(subjects("完善跨部门联合检查机制,建立健全消防安全检查制度。")).toEqual([]);
    expect(subjects("本着原则,联合区消防救援支队等部门共同研究制定监管措施。")).toEqual([]);
    expect(subjects("深化部门协同,强化联合执法。")).toEqual([]);
    // 在 opens a place where the work is done, not its doer.
    expect(subjects("在重点监视防御区要加强震情跟踪,抓好短临预报。")).toEqual([]);
  });
  test("a name inside a sentence is a passing mention, not its subject", () => {
    expect(subjects("编制养护计划,报送区发展改革委。")).toEqual([]);
    expect(subjects("对街镇(园区)试点工作实施情况进行梳理排摸。")).toEqual([]);
    // A body's name that qualifies a noun is no subject: 区政府投资项目计划.
    expect(subjects("区政府投资项目计划按年度编制。")).toEqual([]);
  });
});

describe("sentenceSubjects: agents inside a sentence", () => {
  const subjects = (text: string) => sentenceSubjects(text).map((p) => p.text);
  test("the bodies after 由 before a verb of doing are its agents (由区公安分局、交通部门梳理资源)", () => {
    expect(subjects("南桥新城范围内,由区公安分局、交通部门梳理资源,制定道路停车方案。")).toEqual([
      "区公安分局",
      "交通部门"
    ]);
    expect(subjects("区更新办实行实体化运作机制,由区建设管理委、区规划资源局安排专职人员。")).toEqual([
      "区更新办",
      "区建设管理委",
      "区规划资源局"
    ]);
    expect(subjects("依法保障自由由于各种原因。")).toEqual([]);
  });
  test("the bodies after 会同 act with the subject (…会同机管局、房管局、南桥镇选择…), and 部门 after a list is shared", () => {
    expect(subjects("由区静态交通领导小组办公室会同机管局、房管局、南桥镇选择住宅小区,开展示范。")).toEqual([
      "区静态交通领导小组办公室",
      "机管局",
      "房管局",
      "南桥镇"
    ]);
    expect(subjects("新城范围内,由公安、交通部门梳理资源。")).toEqual(["公安", "交通部门"]);
  });
  test("fields before a last name in 部门 share it at a sentence's head (公安、应急管理部门负责…)", () => {
    // 上海市人民政府办公厅关于本市保障轨道交通安全运行的实施意见 (沪府办发〔2019〕10号), 二(一).
    expect(subjects("公安、应急管理部门负责本市轨道交通的治安和消防监督管理。")).toEqual(["公安", "应急管理部门"]);
    // Without the shared 部门 a field alone is no body.
    expect(subjects("公安、应急管理负责本市轨道交通的治安和消防监督管理。")).toEqual([]);
  });
  test("the bodies a matter is handed to for review (报…审核/批准) are agents of the review", () => {
    expect(subjects("编制养护计划,报区发展改革委、区财政局等相关部门审核后纳入预算。")).toEqual([
      "区发展改革委",
      "区财政局"
    ]);
    expect(subjects("编制停车方案,报区交通委批准后实施。")).toEqual(["区交通委"]);
    expect(subjects("按要求报送区交通委。")).toEqual([]);
  });
  test("a list of bodies closed by 等部门和单位 heads its piece whatever the verb (…等部门和单位组成的工作专班)", () => {
    expect(subjects("本市成立由副秘书长牵头,市应急局、市公安局等部门和单位组成的工作专班。")).toEqual([
      "市应急局",
      "市公安局"
    ]);
  });
  test("fields sharing one 部门 name bodies before a verb of doing, with no modal (市规划资源、交通部门编制…)", () => {
    // 沪府办发〔2019〕10号, 三(一): each field as written, the body it stands for with the level written once.
    const read = (text: string) => sentenceSubjects(text).map((p) => `${p.text}=${p.full ?? ""}`);
    expect(read("市规划资源、交通部门编制新一轮轨道交通规划时,要加强城区轨道交通线网密度覆盖。")).toEqual([
      "市规划资源=市规划资源部门",
      "交通部门=市交通部门"
    ]);
    expect(read("区发展改革、财政、税务等部门研究制定支持政策。")).toEqual([
      "区发展改革=区发展改革部门",
      "财政=区财政部门",
      "税务=区税务部门"
    ]);
    // A body by its own form keeps its name; a field alone, with no 部门 shared, is no body.
    expect(read("区财政局、税务等部门研究制定支持政策。")).toEqual(["区财政局=", "税务=区税务部门"]);
    expect(subjects("规划资源、交通编制新一轮轨道交通规划。")).toEqual([]);
    // Two levels written together (市区两级) are no one level to share.
    expect(read("市区两级发改、建设、交通管理部门在立项审批中落实要求。")).toEqual([
      "市区两级发改=市区两级发改部门",
      "建设=建设部门",
      "交通管理部门="
    ]);
  });
  test("a list closed by 等部门 and joined to another body names each (…规划资源等部门和相关区政府要…)", () => {
    // 沪府办发〔2019〕10号, 三(二).
    expect(
      subjects("市发展改革、住房城乡建设管理、交通、规划资源等部门和相关区政府要严格执行轨道交通项目建设程序。")
    ).toEqual(["市发展改革", "住房城乡建设管理", "交通", "规划资源", "相关区政府"]);
  });
  test("负责人, 负责制, 负责类 are nouns, no verb: a list before …负责人为成员 names members, not subjects", () => {
    expect(subjects("一是主管部门负责类。包括生活垃圾处理设施专项规划等。")).toEqual([]);
    expect(subjects("区交通委负责本区停车管理。")).toEqual(["区交通委"]);
    expect(subjects("区政府办公室、应急管理、城运中心等相关部门负责人为成员。")).toEqual([]);
    expect(subjects("定期组织各级领导干部、行业部门和居(村)委负责人开展培训。")).toEqual([]);
  });
  test("a verb phrase opened by an adverb is no subject (充分发挥企业作为…主体的作用)", () => {
    expect(subjects("充分发挥企业作为科技创新主体的作用。")).toEqual([]);
  });
  test("a body named bare before a preposition or modal that opens its predicate is the subject (市民政局将…纳入)", () => {
    expect(subjects("市民政局将消防安全纳入养老机构服务质量监测。")).toEqual(["市民政局"]);
    expect(subjects("各区民政局对未获得消防审验的养老机构加强管理。")).toEqual(["各区民政局"]);
    expect(subjects("各成员单位按节点目标有序推进项目实施。")).toEqual(["各成员单位"]);
  });
  test("a catch-all (各部门, 各级政府, 各有关部门和单位) is no implicit role; one with a field or level is", () => {
    expect(subjects("各区政府、各有关部门和单位要加强分工协作。")).toEqual(["各区政府"]);
    expect(subjects("各部门要将防范化解消防安全重大风险纳入规划。")).toEqual([]);
    expect(subjects("各区要在分析排查风险隐患的基础上挂牌督改。")).toEqual(["各区"]);
    expect(subjects("各职能部门要各司其职。")).toEqual(["各职能部门"]);
  });
});

describe("sentenceSubjects: cited documents", () => {
  const subjects = (text: string) => sentenceSubjects(text).map((n) => n.text);
  test("the issuers of a cited document (X、Y印发的《…》, X《…》) are no actors of the sentence", () => {
    expect(subjects("中央办公厅、国务院办公厅印发的《健全落实领导责任制规定》明确,区综治办要落实责任。")).toEqual([
      "区综治办"
    ]);
    expect(subjects("国务院办公厅《关于加强消防工作的意见》要求,区应急局要组织检查。")).toEqual(["区应急局"]);
  });
  test("a body that is to issue a document (X印发《…》, no 的) acts", () => {
    expect(subjects("区应急局要印发《工作指引》。")).toEqual(["区应急局"]);
  });
});

describe("inTextAssignment", () => {
  const roles = (text: string) => inTextAssignment(text).map((n) => `${n.role}:${n.name}`);
  test("X会同Y、Z等部门共同推进 names X lead and every body of the list support, its closing 等部门 dropped", () => {
    expect(roles("区建设管理委会同区发展改革委、区财政局、区城运中心等部门共同推进城市体检工作。")).toEqual([
      "lead:区建设管理委",
      "support:区发展改革委",
      "support:区财政局",
      "support:区城运中心"
    ]);
  });
  test("会同Y opening a sentence with no subject names Y support (the item's holder acts with it)", () => {
    expect(roles("推动立法工作。会同空中交通管理机构制定本市低空空域使用管理办法。")).toEqual([
      "support:空中交通管理机构"
    ]);
    expect(roles("要会同市财政局研究出台支持政策。")).toEqual(["support:市财政局"]);
  });
  test("X可在…中,会同Y: a modal between the subject and 会同 in a later piece leaves X lead and Y support, as X会同Y does", () => {
    expect(roles("各区民政局可在达标的养老机构中,会同消防救援支队推选示范单位。")).toEqual([
      "lead:各区民政局",
      "support:消防救援支队"
    ]);
    expect(roles("推动立法工作。各区可结合实际,会同市财政局研究出台支持政策。")).toEqual([
      "lead:各区",
      "support:市财政局"
    ]);
    expect(roles("市交通委要在年度计划中,积极会同市财政局安排资金。")).toEqual(["lead:市交通委", "support:市财政局"]);
  });
  test("会同Y after a subject whose verb only names it as the actor (X负责…,会同Y…) gives no role", () => {
    expect(roles("区建设管理委负责指导推进海绵城市建设工作,会同各行业主管部门协同制定年度计划。")).toEqual([]);
  });
  test("会同Y after the sentence's subject in an earlier piece (X和Y列出…,会同Z将…) names the subject lead and Z support", () => {
    expect(
      roles("区公安分局和区公安消防支队列出责任人清单,会同区发展改革委、区市场监管局等部门将相关信息纳入征信体系。")
    ).toEqual(["lead:区公安分局", "lead:区公安消防支队", "support:区发展改革委", "support:区市场监管局"]);
  });
  test("a body that leads one sentence and supports in another (X会同Z…;Z会同W…) leads the item", () => {
    expect(roles("区建设委会同区公安分局开展分析。区公安分局会同行业主管部门制定整改计划。")).toEqual([
      "lead:区建设委",
      "lead:区公安分局",
      "support:行业主管部门"
    ]);
  });
  test("由X牵头,Y配合 names the lead and the support", () => {
    expect(roles("由区交通委牵头,区公安分局、区城管执法局配合,开展整治。")).toEqual([
      "lead:区交通委",
      "support:区公安分局",
      "support:区城管执法局"
    ]);
  });
  test("X牵头,各地、各部门配合 records the catch-alls beside the lead as supports, 各地 too", () => {
    expect(roles("部门分工:省发展改革委牵头,各地、各部门配合。")).toEqual([
      "lead:省发展改革委",
      "support:各地",
      "support:各部门"
    ]);
    expect(readClause("责任单位:省发展改革委牵头,各地、各部门配合").named.map((n) => `${n.role}:${n.name}`)).toEqual([
      "lead:省发展改革委",
      "support:各地",
      "support:各部门"
    ]);
    // Counter-example: 各地 alone before a verb, with no lead named, is no body (具体工作由各地组织实施).
    expect(roles("具体工作由各地组织实施。")).toEqual([]);
  });
  test("X牵头 at the head of a sentence names the lead without 由", () => {
    expect(roles("加强统筹指导,国家发展改革委牵头设立工作专班。")).toEqual(["lead:国家发展改革委"]);
    expect(roles("市发改委牵头,市财政局配合,制定实施细则。")).toEqual(["lead:市发改委", "support:市财政局"]);
    // 牵头 inside a phrase that is no body's name names no one.
    expect(roles("完善部门牵头协调机制。")).toEqual([]);
  });
  test("X牵头 after a heading on a line of its own names the lead, as after a heading that ends with a stop", () => {
    const text = "支持技术集成应用和项目建设市科委牵头开展零碳园区关键技术研发应用。";
    expect(inTextAssignment(text, undefined, [13]).map((n) => `${n.role}:${n.name}`)).toEqual(["lead:市科委"]);
    expect(roles("技术攻关。市科委牵头开展零碳园区关键技术研发应用。")).toEqual(["lead:市科委"]);
  });
  test("X会同Y names X the lead and Y the support", () => {
    expect(roles("市发展改革委会同市经济信息化委发布零碳园区申报通知。")).toEqual([
      "lead:市发展改革委",
      "support:市经济信息化委"
    ]);
    expect(roles("由区静态交通领导小组办公室会同机管局、房管局、南桥镇选择住宅小区。")).toEqual([
      "lead:区静态交通领导小组办公室",
      "support:机管局",
      "support:房管局",
      "support:南桥镇"
    ]);
    expect(roles("市发展改革委会同相关部门统筹国家和本市相关资金。")).toEqual([
      "lead:市发展改革委",
      "support:相关部门"
    ]);
  });
  test("a subject list that 会同s a party after a modal leads, the party supports (…等部门要会同轨道交通企业…)", () => {
    // 沪府办发〔2019〕10号, 六(一) and 二(二): fields sharing a 部门 are bodies, the enterprise a party outside government.
    expect(roles("市应急管理、交通、公安等部门要会同轨道交通企业制定和完善运营突发事件应急预案体系。")).toEqual([
      "lead:市应急管理",
      "lead:交通",
      "lead:公安",
      "support:轨道交通企业"
    ]);
    expect(roles("公安、应急管理部门会同轨道交通企业以防范处置为重点,完善标准。")).toEqual([
      "lead:公安",
      "lead:应急管理部门",
      "support:轨道交通企业"
    ]);
    expect(roles("市发展改革委会同市规划资源、交通等部门编制规划。")).toEqual([
      "lead:市发展改革委",
      "support:市规划资源",
      "support:交通"
    ]);
    expect(
      inTextAssignment("市发展改革、规划资源等部门要会同轨道交通企业,研究建立长效机制。").map((n) => n.full)
    ).toEqual(["市发展改革部门", "市规划资源部门", undefined]);
  });
  test("X和Y联合 and X、Y共同 name X and Y joint", () => {
    expect(roles("市经济信息化委和市生态环境局联合推进“无废园区”建设。")).toEqual([
      "joint:市经济信息化委",
      "joint:市生态环境局"
    ]);
    expect(roles("市民政局、市消防救援总队联合制订指引。")).toEqual(["joint:市民政局", "joint:市消防救援总队"]);
    expect(roles("市教委、市卫生健康委共同推进。")).toEqual(["joint:市教委", "joint:市卫生健康委"]);
    // One body 共同 with no one named: no assignment.
    expect(roles("市教委共同推进。")).toEqual([]);
  });
  test("由X组织, 由X负责 name X the lead; X负责, X组织, X统筹 without 由 name the actor only", () => {
    expect(roles("园区完成实施方案建设任务后,由市发展改革委组织验收。")).toEqual(["lead:市发展改革委"]);
    expect(roles("由属地政府负责站点建设,区消防救援支队派员进驻。")).toEqual(["lead:属地政府"]);
    expect(roles("市发展改革委负责零碳园区申报。市发展改革委统筹零碳园区建设。")).toEqual([]);
    expect(roles("由于市场变化,理由充分。")).toEqual([]);
    // Asked about the heads of pieces only, a 由 inside a piece is not read.
    const inside = "其中在项目筹划阶段由街镇负责项目方案编制。";
    expect(roles(inside)).toEqual(["lead:街镇"]);
    expect(inTextAssignment(inside, undefined, [], {heads: true})).toEqual([]);
  });
  test("由X、Y分别负责/牵头 in a sentence makes each body a lead, as the bracketed X、Y分别负责 does", () => {
    expect(roles("加快项目审批。由市发展改革委、市财政局分别负责项目审核和资金拨付。")).toEqual([
      "lead:市发展改革委",
      "lead:市财政局"
    ]);
    expect(roles("由区民政局、区教育局分别牵头推进养老和托育服务设施建设,定期通报进展。")).toEqual([
      "lead:区民政局",
      "lead:区教育局"
    ]);
    // Without 由 a list before 分别牵头 leads too; the bodies a 配合 after it names support.
    expect(roles("市教育局、市卫生健康委分别牵头推进校园和医院建设。")).toEqual(["lead:市教育局", "lead:市卫生健康委"]);
    expect(roles("由市商务局、市文广旅局分别负责,各区政府配合,办好消费季活动。")).toEqual([
      "lead:市商务局",
      "lead:市文广旅局",
      "support:各区政府"
    ]);
  });
  test("an item whose sentence says 由X、Y分别负责… has X and Y as leads, not as implicit subjects", () => {
    const m = parse(
      "某市实施方案\n一、主要任务\n(一)完善政策。由市发展改革委、市财政局分别负责项目审核和资金拨付,做好保障。\n(二)加强宣传。市委宣传部、市文广旅局分别牵头开展宣传活动,营造氛围。\n"
    );
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T1 lead:市发展改革委",
      "T1 lead:市财政局",
      "T2 lead:市委宣传部",
      "T2 lead:市文广旅局"
    ]);
  });
  test("without 分别 several bodies 由…负责 share the work (joint), and X、Y分别负责 without 由 names the actors only", () => {
    expect(roles("由市发展改革委、市财政局负责项目审核和资金拨付。")).toEqual(["joint:市发展改革委", "joint:市财政局"]);
    expect(roles("市发展改革委、市财政局分别负责项目审核和资金拨付。")).toEqual([]);
  });
  test("由X和Y(统一)归口管理 puts the work under X and Y: joint, as 由X负责 names X the lead", () => {
    expect(roles("这项工作由外交部和总参谋部统一归口管理。")).toEqual(["joint:外交部", "joint:总参谋部"]);
    expect(roles("由市应急管理局归口管理。")).toEqual(["lead:市应急管理局"]);
  });
  test("the prose role verbs are one list", () => {
    expect(Object.values(PROSE_ROLE_VERBS).flat()).toEqual(
      expect.arrayContaining(["牵头", "会同", "联合", "共同", "负责", "统筹"])
    );
  });
});

describe("departments of shared-部门 lists", () => {
  test("a field of a list sharing one 部门 resolves to the body it stands for, named as written", () => {
    const m = parse(
      "某市实施意见\n一、主要任务\n(一)科学编制规划。市规划资源、交通部门编制新一轮规划。\n(二)完善预案。市应急管理、交通等部门要会同轨道交通企业制定预案。\n"
    );
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}=${r.department}`)).toEqual([
      "T1 implicit:市规划资源=市规划资源部门",
      "T1 implicit:交通部门=市交通部门",
      "T2 lead:市应急管理=市应急管理部门",
      "T2 lead:交通=市交通部门",
      "T2 support:轨道交通企业=轨道交通企业"
    ]);
  });
  test("one mention is one link: a name two rules read keeps the first reading", () => {
    // A paragraph of duties held by an abbreviated list (joint), whose names are also its sentence's subjects.
    const m = parse(
      "某区意见\n一、主要职责\n区更新办负责统筹协调。\n区发展改革、财政、税务等有关部门在各自职责范围内,制定落实相关政策措施。\n"
    );
    const links = m.responsibilities.map((r) => `${r.role}:${r.asWritten}`);
    expect(links.filter((l) => l.endsWith(":财政"))).toEqual(["joint:财政"]);
    // And the second reading names no department of its own.
    expect(m.departments.filter((d) => !m.responsibilities.some((r) => r.department === d.name))).toEqual([]);
  });
});

describe("parties outside government", () => {
  test("an enterprise acting with a body is kept, as a body of kind enterprise (市交通委会同停车经营服务企业…)", () => {
    const m = parse(
      "某区实施方案\n一、主要任务\n(一)公示停车资源。市交通委会同停车经营服务企业对可共享的停车资源予以公示。\n(二)建设充电设施。(城投集团牵头,市电力公司配合)\n"
    );
    const rs = m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`);
    expect(rs).toEqual([
      "T1 lead:市交通委",
      "T1 support:停车经营服务企业",
      "T2 lead:城投集团",
      "T2 support:市电力公司"
    ]);
    const kind = (name: string) => m.departments.find((d) => d.name === name)?.kind;
    expect(["停车经营服务企业", "城投集团", "市电力公司"].map(kind)).toEqual([
      "enterprise",
      "enterprise",
      "enterprise"
    ]);
  });
  test("a sentence inside a paragraph of duties that hands work on names its agent implicitly, not a second lead", () => {
    const m = parse(
      "某区工作方案\n一、职责分工\n各街道、镇作为本辖区内装修垃圾处理工作的责任主体,负责日常监管。居民区装修垃圾原则上由本区环卫企业负责清运。\n区城管执法局负责查处违法行为。\n"
    );
    const first = m.responsibilities.filter((r) => r.item === m.items[0].id).map((r) => `${r.role}:${r.asWritten}`);
    expect(first).toEqual(["lead:各街道、镇", "implicit:本区环卫企业"]);
  });
});

describe("names a labelled list holds", () => {
  test("a name the body rules do not know, continuing a labelled list after a comma, is kept as a body with a warning", () => {
    const m = parse(
      "某区分工方案\n一、主要预期目标\n1.努力实现地区生产总值增长6.2%左右。\n牵头单位:区发改局\n责任单位:立山经济开发区,全区经济运行各专班\n2.固定资产投资增长15%左右。\n牵头单位:区发改局\n责任单位:立山经济开发区,各有关单位\n"
    );
    expect(m.responsibilities.filter((r) => r.item === "T1").map((r) => `${r.role}:${r.asWritten}`)).toEqual([
      "lead:区发改局",
      "support:立山经济开发区",
      "support:全区经济运行各专班"
    ]);
    expect(m.departments.find((d) => d.name === "全区经济运行各专班")?.kind).toBe("office");
    expect(m.warnings.some((w) => w.code === "unknown-department" && w.message.includes("全区经济运行各专班"))).toBe(
      true
    );
    expect(m.warnings.filter((w) => w.code === "clause")).toEqual([]);
  });
  test("a sentence after a labelled list is no name: it is reported, not read as a body", () => {
    const r = readClause("责任单位:市交通委,确保按期完成");
    expect(r.named.map((n) => n.name)).toEqual(["市交通委"]);
    expect(r.unread.map((u) => u.text)).toEqual(["确保按期完成"]);
  });
  test("专班 and 工作组 of a named scope are bodies; 各专班 alone is a catch-all", () => {
    expect(looksLikeBody("全区经济运行各专班")).toBe(true);
    expect(bodyKind("全区经济运行各专班")).toBe("office");
    expect(bodyKind("各专班")).toBe("generic");
    expect(bodyKind("各工作组")).toBe("generic");
  });
});

describe("unclosedBracket", () => {
  test("a bracket opened in the last sentence and never closed is a clause cut short", () => {
    const text = "同步落实监管责任和措施。(市政府办公室、市";
    expect(unclosedBracket(text, text.length)).toEqual({open: 12, start: 13, end: text.length});
    expect(unclosedBracket("(市政府办公室牵头)", 10)).toBeNull();
    expect(unclosedBracket("建立(长效机制。推进工作", 12)).toBeNull();
  });
  test("an unclosed clause of several parts keeps every labelled part with its role, as the closed bracket would, and warns", () => {
    const item = "(一)提高市场开放程度。全面开放市场。(牵头单位:省发展改革委;责任单位:省编办、省国土资源厅、省环保厅、";
    const read = (text: string) => {
      const m = parse(`某省意见\n一、主要任务\n${text}\n`);
      return {
        links: m.responsibilities.map((r) => `${r.role}:${r.asWritten}`),
        cut: m.warnings.some((w) => w.code === "clause" && /never closed/.test(w.message))
      };
    };
    const closed = read(item.replace(/、$/, ")"));
    expect(closed.links).toEqual(["lead:省发展改革委", "support:省编办", "support:省国土资源厅", "support:省环保厅"]);
    expect(read(item)).toEqual({links: closed.links, cut: true});
    // A role, not a label, opens it just as well (市发改委牵头;…).
    expect(read("(一)推进建设。(市发改委牵头;市财政局、市").links).toEqual(["lead:市发改委", "support:市财政局"]);
    // A bracket opened in an earlier sentence that reads as no clause is still none.
    expect(unclosedBracket("建立(长效机制;推进工作", 12)).toBeNull();
  });
  test("a bracket closed inside a clause cut short (its last name's alias) is part of the cut clause, never a clause of its own", () => {
    // prov-liaoning-2025-gzbg-fengong's 二: 〔省委军民融合办、…、省数据局(省营商局), the page cut before the verb.
    const m = parse("某省分工方案\n一、加快推进重大项目建设。〔省发展改革委、省科技厅、省数据局(省营商局)\n");
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T1 joint:省发展改革委",
      "T1 joint:省科技厅",
      "T1 joint:省数据局(省营商局)"
    ]);
    expect(m.warnings.some((w) => w.code === "clause" && /never closed/.test(w.message))).toBe(true);
  });
  test("a cut clause's last name that is no body (县农业农, the text ends inside it) is left out and named in the warning, never a department", () => {
    // county-jiayu-2021-fenjie's (六), cut where its copy ends: [牵头单位:县发改局(粮食局)、县农业农
    const m = parse("县工作任务分解\n一、主要目标\n(一)居民收入与经济增长同步。[牵头单位:县发改局(粮食局)、县农业农\n");
    expect(m.responsibilities.map((r) => `${r.role}:${r.asWritten}`)).toEqual(["lead:县发改局(粮食局)"]);
    expect(m.items[0].clause).toBe("牵头单位:县发改局(粮食局)");
    expect(m.warnings.find((w) => /never closed/.test(w.message))?.message).toContain('"县农业农"');
    expect(m.warnings.some((w) => /县农业农/.test(w.message) && w.code === "unknown-department")).toBe(false);
    // Unlabelled, the whole names before it still make the bracket a clause (the item stays a task).
    const u = parse("县工作任务分解\n一、主要目标\n(一)居民收入与经济增长同步。(县发改局、县农业农\n");
    expect(u.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual(["T1 lead:县发改局"]);
  });
  test("a cut clause whose only name was cut short is one warning, not three (no 'names no role' for its label)", () => {
    // 菏政办字〔2023〕1号's item 1, cut where its web copy ends: (牵头单位:市发
    const m = parse("某市分工落实方案\n一、主要任务\n1.形成一批可复制可推广的成功经验。(牵头单位:市发\n");
    expect(m.responsibilities).toEqual([]);
    expect(m.warnings.filter((w) => w.code === "clause").map((w) => w.message)).toEqual([
      'T1: the clause\'s bracket is never closed (the text is cut mid-clause); only its whole names are read ("市发", cut short, is no department)'
    ]);
  });
});

describe("a list of names wrapped at a line's end", () => {
  test("a labelled line whose name runs on into the next line reads as one name (牵头单位:县发改局、县农业农 / 村局)", () => {
    const m = parse(
      "县工作任务分解\n一、主要目标\n1.地区生产总值增长11%。\n牵头单位:县发改局、县农业农\n村局\n配合单位:各镇人民政府\n" +
        "2.地方财政收入增长5%。\n牵头单位:县财政局、\n县税务局\n"
    );
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T1 lead:县发改局",
      "T1 lead:县农业农村局",
      "T1 support:各镇人民政府",
      "T2 lead:县财政局",
      "T2 lead:县税务局"
    ]);
    expect(m.items[0].clause).toBe("牵头单位:县发改局、县农业农村局;配合单位:各镇人民政府");
    expect(m.warnings.filter((w) => w.code === "clause")).toEqual([]);
  });
});

describe("first-listed notes beside a clause", () => {
  const links = (text: string) => parse(text).responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`);
  test("a note in brackets after a labelled list leaves every name read, the first one leading (丽水's 责任单位 lines)", () => {
    const model = parse(
      "一、主要预期目标\n1.生产总值增长6%以上。\n责任单位:市发改委\n2.固定资产投资增长10%。\n" +
        "责任单位:市发改委、市经信局、市科技局、市财政局、市自然资源局、市生态环境局、市建设局、市交通运输局、" +
        "市水利局、市农业农村局、市文广旅体局、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n" +
        "3.社会消费品零售总额增长5%。\n责任单位:市商务局、市统计局\n"
    );
    const t2 = model.responsibilities.filter((r) => r.item === "T2");
    expect(t2.map((r) => `${r.role}:${r.asWritten}`)).toEqual([
      "lead:市发改委",
      ...["市经信局", "市科技局", "市财政局", "市自然资源局", "市生态环境局", "市建设局", "市交通运输局"].map(
        (n) => `support:${n}`
      ),
      ...["市水利局", "市农业农村局", "市文广旅体局", "市卫生健康委"].map((n) => `support:${n}`)
    ]);
    // The note's 下同: the clause after it too.
    expect(
      links("一、任务\n" + "(一)甲。(市发改委、市财政局(列第一位者为牵头单位,下同))\n(二)乙。(市商务局、市科技局)\n")
    ).toEqual(["T1 lead:市发改委", "T1 support:市财政局", "T2 lead:市商务局", "T2 support:市科技局"]);
    expect(model.warnings.filter((w) => w.code === "clause")).toEqual([]);
  });
  test("a note in a bracket of its own after the clause's bracket is no clause: the names before it are read", () => {
    expect(links("一、任务\n(一)甲。推进建设。(县财政局、县发改局)(列第一位者为牵头单位)\n")).toEqual([
      "T1 lead:县财政局",
      "T1 support:县发改局"
    ]);
    expect(links("一、任务\n(一)甲。推进建设。(县财政局、县发改局)\n(排在第一位的部门为牵头部门)\n")).toEqual([
      "T1 lead:县财政局",
      "T1 support:县发改局"
    ]);
  });
  test("a note on its own line at a chapter's start makes every later clause's first name the lead", () => {
    const model = parse(
      "一、重点任务\n(排在第一位的部门为牵头部门)\n(一)推进项目建设。推进项目。(县发改局、县财政局、县自然资源局)\n" +
        "(二)优化营商环境。深化改革。(县政务服务中心、县司法局)\n"
    );
    expect(model.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "T1 lead:县发改局",
      "T1 support:县财政局",
      "T1 support:县自然资源局",
      "T2 lead:县政务服务中心",
      "T2 support:县司法局"
    ]);
    // The note's line is read, not a line the reader did not understand.
    expect(model.coverage.linesNotUnderstood).toEqual([]);
  });
  test("a name with a bracket of its own is no note (各县(市、区)人民政府); a clause with no note stays joint", () => {
    expect(links("一、任务\n(一)甲。(市发改委、各县(市、区)人民政府)\n")).toEqual([
      "T1 joint:市发改委",
      "T1 joint:各县(市、区)人民政府"
    ]);
    expect(isFirstListedNote("县政务服务中心、县司法局(排在第一位的部门为牵头部门,下同)")).toBe(false);
    expect(isFirstListedNote("除标注“分别牵头”外,列第一位为牵头或汇总单位,下同")).toBe(true);
  });
});

describe("分别: each body its own part", () => {
  test("X、Y分别牵头 makes every listed body a lead, with no 分别 glued to a name", () => {
    expect(roles("市发改委、市财政局、市商务局分别牵头")).toEqual(["lead:市发改委", "lead:市财政局", "lead:市商务局"]);
    expect(roles("由市自然资源和规划局、市人力社保局分别牵头")).toEqual([
      "lead:市自然资源和规划局",
      "lead:市人力社保局"
    ]);
    expect(roles("责任单位:市人力社保局、市农业农村局分别牵头")).toEqual(["lead:市人力社保局", "lead:市农业农村局"]);
  });
  test("X、Y分别负责 makes each a lead; beside a lead, 分别配合 supports", () => {
    expect(roles("市商务局、市文广旅体局分别负责")).toEqual(["lead:市商务局", "lead:市文广旅体局"]);
    expect(roles("市发改委牵头,市财政局、市商务局分别配合")).toEqual([
      "lead:市发改委",
      "support:市财政局",
      "support:市商务局"
    ]);
  });
  test("a first-listed note does not override 分别 (除标注“分别牵头”外)", () => {
    expect(readClause("市人力社保局、市发改委分别牵头", {firstListedLeads: true}).named.map((n) => n.role)).toEqual([
      "lead",
      "lead"
    ]);
    // Without 分别 the note applies.
    expect(readClause("市人力社保局、市发改委", {firstListedLeads: true}).named.map((n) => n.role)).toEqual([
      "lead",
      "support"
    ]);
  });
});

describe("the role phrases that end a clause", () => {
  const links = (text: string) => parse(text).responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`);
  test("words of manner before a verb of doing (按职责分工抓好落实, 按照职责分工认真抓好落实, 分工协作、抓好落实)", () => {
    expect(roles("市发改委、市财政局按职责分工抓好落实")).toEqual(["joint:市发改委", "joint:市财政局"]);
    expect(roles("市发改委、市财政局按照职责分工认真抓好落实")).toEqual(["joint:市发改委", "joint:市财政局"]);
    expect(roles("市委组织部、市人社局分工协作、抓好落实")).toEqual(["joint:市委组织部", "joint:市人社局"]);
    expect(roles("市委组织部、市人社局按职责分工做好落实")).toEqual(["joint:市委组织部", "joint:市人社局"]);
    expect(roles("市监委、市审计局按职责分工推进落实")).toEqual(["joint:市监委", "joint:市审计局"]);
  });
  test("verbs of doing the work (组织实施, 共同推进, 负责落实, 牵头落实) make a bracket a clause", () => {
    expect(links("一、任务\n(一)甲。推进建设。(市自然资源局、市人力社保局组织实施)\n")).toEqual([
      "T1 joint:市自然资源局",
      "T1 joint:市人力社保局"
    ]);
    expect(links("一、任务\n(一)甲。加强保护。(市生态环境局、市水利局共同推进)\n")).toEqual([
      "T1 joint:市生态环境局",
      "T1 joint:市水利局"
    ]);
    expect(roles("市财政局负责落实")).toEqual(["lead:市财政局"]);
    expect(roles("市商务局牵头落实,市文旅局配合")).toEqual(["lead:市商务局", "support:市文旅局"]);
  });
  test("a last sentence that only says who, with such an ending, is the clause", () => {
    expect(links("一、任务\n(一)强化执法。加强执法。市公安局、市司法局按职责分工抓好落实。\n")).toEqual([
      "T1 joint:市公安局",
      "T1 joint:市司法局"
    ]);
  });
  test("a sentence ending with 抓好落实 that names no body is no clause", () => {
    const model = parse("一、任务\n(一)加强宣传。各地要加强宣传引导,抓好落实。\n(二)加强统筹。(市发改委负责)\n");
    expect(model.items[0].clause).toBeNull();
    expect(model.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual(["T2 lead:市发改委"]);
    // Nor a bracket whose words before the verb are a sentence: no clause, no link.
    expect(findClause("完善机制。(具体工作由各地组织实施)")).toBeNull();
    expect(roles("要抓好落实")).toEqual([]);
  });
});

describe("labels of offices and of 主办/协办/承办 (责任科室, 责任股室, 责任处室, 主办单位, 协办单位, 承办单位)", () => {
  const links = (text: string) => parse(text).responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`);
  test("a bureau's own offices after 责任科室, 责任股室, 责任处室 are read as after 责任单位", () => {
    expect(
      links(
        "某县市场监督管理局2024年工作要点\n一、重点工作\n(一)加强内部管理。规范财务制度。(责任科室:办公室、财务科)\n" +
          "(二)推进食品安全。开展专项检查。(责任股室:食品安全监管股、法规股)\n" +
          "(三)强化执法。开展执法行动。\n责任处室:执法稽查处\n"
      )
    ).toEqual([
      "T1 joint:办公室",
      "T1 joint:财务科",
      "T2 joint:食品安全监管股",
      "T2 joint:法规股",
      "T3 lead:执法稽查处"
    ]);
  });
  test("主办 leads and 协办 supports, in 单位 and 部门 labels alike; 承办单位 names the responsible", () => {
    expect(roles("主办单位:县市场监管局;协办单位:县教育局、县卫健局")).toEqual([
      "lead:县市场监管局",
      "support:县教育局",
      "support:县卫健局"
    ]);
    expect(roles("主办部门:县政务服务中心,协办部门:县司法局")).toEqual(["lead:县政务服务中心", "support:县司法局"]);
    expect(roles("牵头科室:法规股;配合科室:办公室")).toEqual(["lead:法规股", "support:办公室"]);
    expect(roles("承办单位:县发改局、县财政局")).toEqual(["joint:县发改局", "joint:县财政局"]);
  });
  test("a bracket that only mentions offices, with no label, is no clause; a label that names no one yet names no one", () => {
    expect(findClause("加强科室建设。(含各科室)")).toBeNull();
    expect(readClause("牵头单位:另行明确").named).toEqual([]);
    expect(readClause("责任单位:待定").named).toEqual([]);
  });
  test("a labelled list of a blank mark, a pointer elsewhere or a phrase of doing names no one; an unknown name still does", () => {
    for (const clause of ["牵头单位:—", "牵头单位:/", "责任单位:详见附件", "牵头单位:加强宣传引导"]) {
      expect(readClause(clause).named).toEqual([]);
      expect(readClause(clause).unread.map((u) => u.text)).toEqual([clause]);
    }
    // A name the body rules do not know (quotation marks, a place's word) is kept, as any unknown department is.
    expect(roles("牵头单位:市“两新”组织党工委;配合单位:各园区")).toEqual(["lead:市“两新”组织党工委", "support:各园区"]);
    // 配合单位:— or 无 says no body supports: nothing unread.
    expect(readClause("牵头单位:市住建局;配合单位:—").unread).toEqual([]);
    expect(roles("牵头单位:市住建局;配合单位:无")).toEqual(["lead:市住建局"]);
  });
});

describe("labelRole: a label of bodies by role and kind (a table's column header or a clause's label)", () => {
  test("role words then a kind: several role words read by the strongest (牵头负责部门, 牵头责任单位, 协同责任单位)", () => {
    expect(["牵头负责部门", "牵头责任单位", "主办单位", "牵头单位"].map(labelRole)).toEqual([
      "lead",
      "lead",
      "lead",
      "lead"
    ]);
    expect(["协同责任单位", "协办单位", "配合部门"].map(labelRole)).toEqual(["support", "support", "support"]);
    expect(["责任部门", "承办单位", "责任处室"].map(labelRole)).toEqual(["responsible", "responsible", "responsible"]);
  });
  test("the spaces a copy puts between a heading's characters and the person beside the body are read through", () => {
    expect(["牵 头 单 位", "责 任 部 门", "牵头部门及责任人", "责任单位(责任人)"].map(labelRole)).toEqual([
      "lead",
      "responsible",
      "lead",
      "responsible"
    ]);
  });
  test("a person, a kind alone, a task or a time is no label of bodies", () => {
    expect(["牵头领导", "单位", "工作任务", "完成时限", "责任人", "牵头单位工作任务"].map(labelRole)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null
    ]);
  });
});

describe("labels that say the role twice, and labels of persons (牵头责任单位, 协同责任单位, 牵头负责领导)", () => {
  const links = (text: string) => parse(text).responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`);
  test("牵头责任单位 leads and 协同责任单位 / 配合责任单位 support, in brackets and on lines of their own", () => {
    expect(roles("牵头责任单位:市财政局;协同责任单位:市税务局、滁州海关")).toEqual([
      "lead:市财政局",
      "support:市税务局",
      "support:滁州海关"
    ]);
    expect(roles("牵头负责部门:县发改局,配合责任单位:县统计局")).toEqual(["lead:县发改局", "support:县统计局"]);
    expect(
      links(
        "某市2020年重点工作及责任分解\n一、主要预期目标\n1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n" +
          "协同责任单位:市经信局、市商务局。\n2. 财政收入增长8%左右。\n牵头负责领导:金力。\n牵头责任单位:市财政局。\n"
      )
    ).toEqual(["T1 lead:市发展改革委", "T1 support:市经信局", "T1 support:市商务局", "T2 lead:市财政局"]);
  });
  test("a person's label (牵头负责领导, 责任领导, 分管领导, 责任人) is read and names no department", () => {
    expect(roles("责任领导:张三;牵头单位:县教育局")).toEqual(["lead:县教育局"]);
    expect(roles("分管领导:李四,责任单位:区民政局、区财政局")).toEqual(["joint:区民政局", "joint:区财政局"]);
    expect(readClause("责任人:王五").named).toEqual([]);
  });
  test("the people a person's label names are kept with the label and their offsets, one a name of a 、 list", () => {
    expect(readClause("牵头负责领导:金力;牵头责任单位:市财政局").persons).toEqual([
      {role: "牵头负责领导", name: "金力", offset: 7}
    ]);
    expect(readClause("责任单位:区民政局,责任人:李四、王五").persons).toEqual([
      {role: "责任人", name: "李四", offset: 14},
      {role: "责任人", name: "王五", offset: 17}
    ]);
    expect(readClause("牵头单位:市发改委").persons).toEqual([]);
  });
  test("the people of an item are the item's (Item.persons, with their lines); no link is made of them", () => {
    const m = parse(
      "某市2020年重点工作及责任分解\n一、主要预期目标\n1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n" +
        "2. 财政收入增长8%左右。(牵头单位:市财政局;分管领导:姚志、李明)\n3. 招商引资。(牵头单位:市商务局)\n"
    );
    expect(m.items.map((i) => [i.id, i.persons])).toEqual([
      ["T1", [{role: "牵头负责领导", name: "金力", line: 4}]],
      [
        "T2",
        [
          {role: "分管领导", name: "姚志", line: 6},
          {role: "分管领导", name: "李明", line: 6}
        ]
      ],
      ["T3", undefined]
    ]);
    expect(m.departments.map((d) => d.name)).not.toContain("金力");
  });
  test("牵头责任人 and 具体责任人 name persons; a department's plan whose clauses name persons only is held by its issuer", () => {
    expect(readClause("牵头责任人:涂娟,具体责任人:王勇、张伟").persons.map((p) => `${p.role}:${p.name}`)).toEqual([
      "牵头责任人:涂娟",
      "具体责任人:王勇",
      "具体责任人:张伟"
    ]);
    const m = parse(
      "关于落实2021年重点工作任务的实施方案\n一、工作任务\n(一)建设乡镇图书分馆。(牵头责任人:涂娟,具体责任人:王勇、张伟)\n" +
        "(二)完善景区服务设施。(牵头责任人:徐勋红)\n华容县文旅广电局\n2021年3月22日\n"
    );
    expect(m.items.map((i) => (i.persons ?? []).map((p) => p.name).join("、"))).toEqual(["涂娟、王勇、张伟", "徐勋红"]);
    expect(m.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}${r.byIssuer ? " (issuer)" : ""}`)).toEqual(
      ["T1 implicit:华容县文旅广电局 (issuer)", "T2 implicit:华容县文旅广电局 (issuer)"]
    );
    expect(m.warnings.some((w) => /names no (?:role|department)/.test(w.message))).toBe(false);
  });
  test("a label of a body is no label of a person: 责任单位 keeps naming the responsible (counter-example)", () => {
    expect(roles("责任单位:市发展改革委、市财政局")).toEqual(["joint:市发展改革委", "joint:市财政局"]);
  });
});

describe("各 shared over a list of bare levels", () => {
  test("各县、市、区政府 is one collective; 各县(市、区)人民政府 too", () => {
    expect(roles("牵头单位:市发改委;配合单位:市商务局,各县、市、区政府")).toEqual([
      "lead:市发改委",
      "support:市商务局",
      "support:各县、市、区政府"
    ]);
    expect(roles("市发改委、各县(市、区)人民政府按职责分工负责")).toEqual([
      "joint:市发改委",
      "joint:各县(市、区)人民政府"
    ]);
  });
  test("a bare level not after 各 still shares the next name (市、区民政局 is one name as written)", () => {
    expect(roles("责任单位:市、区民政局")).toEqual(["lead:市、区民政局"]);
  });
});

describe("cutLastName", () => {
  test("cutLastName(content) gives the name a cut copy ends on when it is no body's, and where the whole names end", () => {
    expect(cutLastName("责任单位:县发改局、县财")).toEqual({at: 9, name: "县财"});
    expect(cutLastName("市政府办公室、市")).toEqual({at: 6, name: "市"});
  });
  test("cutLastName(content) is null when the last name is whole: a copy may end on a clause with no full stop", () => {
    expect(cutLastName("责任单位:县发改局、县财政局")).toBeNull();
    expect(cutLastName("责任单位:县发改局、各乡镇(街道)")).toBeNull();
  });
  test("cutLastName(content) leaves a person's or a time's label alone: only a list of bodies is cut", () => {
    expect(cutLastName("县发改局;责任人:张三")).toBeNull();
    expect(cutLastName("县发改局;牵头负责领导:金力")).toBeNull();
    expect(cutLastName("完成时限:长期坚持")).toBeNull();
  });
  test("a labelled clause line the whole text ends on loses its cut name, with a warning; one before more text keeps it", () => {
    const plan = (last: string) =>
      parse(
        `某县方案\n一、重点工作\n1.稳定经济增长。\n责任单位:县财政局。\n2.防范化解风险。\n责任单位:县发改局、${last}`
      );
    const cut = plan("县财\n");
    expect(cut.responsibilities.filter((r) => r.item === "T2").map((r) => r.asWritten)).toEqual(["县发改局"]);
    expect(cut.warnings.some((w) => /text ends inside the clause.*"县财"/.test(w.message))).toBe(true);
    const whole = plan("县财政局\n");
    expect(whole.responsibilities.filter((r) => r.item === "T2").map((r) => r.asWritten)).toEqual([
      "县发改局",
      "县财政局"
    ]);
    expect(whole.warnings.some((w) => /text ends inside the clause/.test(w.message))).toBe(false);
  });
});
