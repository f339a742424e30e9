// What a target means, beyond its number: Latin and compound units, strict comparators, the kind of figure (an
// increase, a stretch beyond a guaranteed floor, a standing rule) and 分别 lists (docs/parsing.md §9).
import {describe, expect, test} from "vitest";
import {comparatorOp, findTargets} from "../src/lib/reader/targets.js";
import {targetGoal} from "../src/lib/vocabulary.js";
import {parse} from "./plan.js";

const found = (text: string) =>
  findTargets(text).map((t) => `${t.subject}|${t.value}${t.unit}|${t.comparator}|${t.op}`);
const kinds = (text: string) =>
  findTargets(text).map((t) =>
    [`${t.value}${t.unit}`, t.increase && "increase", t.stretch && "stretch", t.standing && "standing"]
      .filter(Boolean)
      .join(" ")
  );

describe("findTargets: units", () => {
  test("Latin units of power, energy, length, area and data are units", () => {
    expect(found("新增光伏装机容量达到120MW。")).toEqual(["光伏装机容量|120MW|达到|="]);
    expect(
      found("储能规模达到3GW,年发电量达到500万kWh,建成绿道20km,屋顶面积1000m²以上。").map((t) => t.split("|")[1])
    ).toEqual(["3GW", "500万kWh", "20km", "1000m²"]);
    expect(found("数据存储能力达到10GB以上。")).toEqual(["数据存储能力|10GB|达到…以上|>="]);
    // A letter after the unit makes none (5G, 120MWp); nor does a number glued to letters before it.
    expect(found("建成5G基站。")).toEqual([]);
    expect(found("装机120MWp。")).toEqual([]);
  });
  test("吨标准煤 is one compound unit, and 不小于 reads as at least", () => {
    expect(found("零碳工业园区建成期的年综合能耗原则上应不小于5万吨标准煤。")).toEqual([
      "零碳工业园区建成期的年综合能耗|5万吨标准煤|不小于|>="
    ]);
    expect(found("单位能耗不大于0.5吨标准煤。")).toEqual(["单位能耗|0.5吨标准煤|不大于|<="]);
  });
});

describe("comparatorOp", () => {
  test("超过, 高于, 大于 are more than; 低于, 少于, 不足 less than; their negations are inclusive", () => {
    expect(["超过", "高于", "大于", "日均高于"].map(comparatorOp)).toEqual([">", ">", ">", ">"]);
    expect(["低于", "少于", "不足"].map(comparatorOp)).toEqual(["<", "<", "<"]);
    expect(["不超过", "不高于", "不大于", "以下"].map(comparatorOp)).toEqual(["<=", "<=", "<=", "<="]);
    expect(["不低于", "不少于", "不小于", "达到…以上"].map(comparatorOp)).toEqual([">=", ">=", ">=", ">="]);
    expect(comparatorOp("达到")).toBe("=");
  });
  test("超过50% is more than 50%, not at least", () => {
    expect(found("新建或改建公交办公和停保场等建筑屋顶光伏覆盖率超过50%")).toEqual([
      "新建或改建公交办公和停保场等建筑屋顶光伏覆盖率|50%|超过|>"
    ]);
  });
});

describe("findTargets: kinds of figure", () => {
  test("新增, 新建 mark an increase, not a total; a share is never one", () => {
    expect(kinds("到2028年底,新增各类公园300座以上,全市公园总数达到1400座以上。")).toEqual([
      "300座 increase",
      "1400座"
    ]);
    expect(kinds("新建道路全影形隔音棚覆盖率达到50%。")).toEqual(["50%"]);
  });
  test("确保…力争: the 力争 figure shares the subject and is the stretch", () => {
    expect(found("新增光伏装机容量确保达到120MW,力争达到180MW。")).toEqual([
      "光伏装机容量|120MW|达到|=",
      "光伏装机容量|180MW|达到|="
    ]);
    expect(kinds("新增光伏装机容量确保达到120MW,力争达到180MW。")).toEqual(["120MW increase", "180MW stretch"]);
    // A lone 力争 target is the plan's target, not a stretch of another.
    expect(kinds("力争到2025年建成绿道100公里。")).toEqual(["100公里"]);
  });
  test("a bound with no year in a sentence of a norm is a standing rule", () => {
    expect(kinds("新建公园绿地地下空间应优先用于公园停车配套,开发比例不超过50%。")).toEqual(["50% standing"]);
    expect(kinds("市级零碳园区建设周期一般为3至5年,原则上不超过5年。")).toEqual(["5年 standing"]);
    // A year or a word of the future makes it a level to reach; 供应链 holds no 应.
    expect(kinds("到2025年,开发比例不超过50%。")).toEqual(["50%"]);
    expect(kinds("创建绿色供应链管理示范企业8家以上。")).toEqual(["8家"]);
  });
});

describe("findTargets: 分别", () => {
  test("the comparator after the last value compares every value, and the list's shared words go with each part", () => {
    expect(found("乡土适生树种和地产草种在新建、改建公园绿地的应用比例分别达到80%、50%以上。")).toEqual([
      "乡土适生树种在新建、改建公园绿地的应用比例|80%|达到…以上|>=",
      "地产草种在新建、改建公园绿地的应用比例|50%|达到…以上|>="
    ]);
  });
  test("the measure a list's last part runs on into goes with every part (县道和乡村道年均养护工程比例分别不低于13%和8%)", () => {
    expect(found("县道和乡村道年均养护工程比例分别不低于13%和8%。")).toEqual([
      "县道年均养护工程比例|13%|不低于|>=",
      "乡村道年均养护工程比例|8%|不低于|>="
    ]);
    expect(found("学校、医院、养老机构覆盖率分别达到90%、80%和70%。")).toEqual([
      "学校覆盖率|90%|达到|=",
      "医院覆盖率|80%|达到|=",
      "养老机构覆盖率|70%|达到|="
    ]);
    expect(found("城镇和农村居民人均可支配收入分别增长6%和8%。")).toEqual([
      "城镇人均可支配收入|6%|增长|=",
      "农村居民人均可支配收入|8%|增长|="
    ]);
    // With 均 as with 分别.
    expect(found("县道、乡道和村道列养率均达到100%。")).toEqual([
      "县道列养率|100%|达到|=",
      "乡道列养率|100%|达到|=",
      "村道列养率|100%|达到|="
    ]);
    // A last part that is a name like the others shares nothing; parts that each state their measure keep their own.
    expect(found("县级医院和乡镇卫生院分别达到10家和20个。")).toEqual([
      "县级医院|10家|达到|=",
      "乡镇卫生院|20个|达到|="
    ]);
    expect(found("县道列养率和乡道优良率分别达到100%和80%。")).toEqual([
      "县道列养率|100%|达到|=",
      "乡道优良率|80%|达到|="
    ]);
  });
});

describe("findTargets: rates per unit", () => {
  test("a bound apart from its figure by a part's name and a rate per unit holds for every part of the list (不得低于县道每年每公里1万元,乡道每年每公里5000元)", () => {
    expect(
      found("其中用于农村公路日常养护的总额不得低于县道每年每公里1万元,乡道每年每公里5000元,村道每年每公里3000元。")
    ).toEqual([
      "县道·用于农村公路日常养护的总额|1万元/公里|不得低于|>=",
      "乡道·用于农村公路日常养护的总额|5000元/公里|不得低于|>=",
      "村道·用于农村公路日常养护的总额|3000元/公里|不得低于|>="
    ]);
    // What the bound measures runs over a 、 of its own; a modal before the bound (要求) is not part of it.
    expect(
      found("其中:镇级配套资金用于乡道、村道日常养护经费总额要求不得低于乡道每年每公里5000元,村道每年每公里3000元;")
    ).toEqual([
      "乡道·镇级配套资金用于乡道、村道日常养护经费总额|5000元/公里|不得低于|>=",
      "村道·镇级配套资金用于乡道、村道日常养护经费总额|3000元/公里|不得低于|>="
    ]);
    // 每年 makes the rate annual.
    expect(findTargets("补助不少于县道每年每公里1万元。").map((t) => !!t.annual)).toEqual([true]);
  });
  test("a rate per unit right before the figure keeps what it is per in its unit (每户500元 → 元/户)", () => {
    expect(found("困难家庭补贴标准提高到每户500元。")).toEqual(["困难家庭补贴标准|500元/户|提高到|="]);
    // A rate's denominator with its own figure (每25公里) is none.
    expect(found("每25公里配备1名专管员。").map((t) => t.split("|")[1])).not.toContain("25公里");
  });
  test("the model keeps a part's name and what the bound measures as written, joined by ·", () => {
    const m = parse(
      "某市农村公路实施方案\n一、主要任务\n(一)资金保障。日常养护的总额不得低于县道每年每公里1万元，乡道每年每公里5000元。(责任单位:市交通委)\n"
    );
    expect(m.targets.map((t) => [t.subject, t.value, t.unit, t.op, !!t.annual])).toEqual([
      ["县道·日常养护的总额", 1, "万元/公里", ">=", true],
      ["乡道·日常养护的总额", 5000, "元/公里", ">=", true]
    ]);
  });
});

describe("findTargets: subjects", () => {
  test("after a verb before the count, the noun after it is what is counted", () => {
    expect(found("梳理适生树种,修复30座公园水体水生态。")).toEqual(["公园水体水生态|30座||="]);
    expect(found("试点推动30座公园与周边地区融合发展。")).toEqual(["公园与周边地区融合发展|30座||="]);
  });
  test("a list closed by 等 is part of the subject", () => {
    expect(found("新建高架车站、地面车站、基地库房等要求屋顶光伏覆盖面积达到50%。")).toEqual([
      "高架车站、地面车站、基地库房等要求屋顶光伏覆盖面积|50%|达到|="
    ]);
  });
});

describe("the model's targets", () => {
  test("a standing rule takes no year from the plan; a dated target keeps its own", () => {
    const m = parse(
      "某市公园实施方案\n一、工作目标\n到2028年底,新增各类公园300座以上。\n二、主要任务\n(一)用地保障。新建公园绿地地下空间应优先用于停车,开发比例不超过50%。(责任单位:市规划资源局)\n(二)光伏推广。新建屋顶光伏覆盖率超过50%。(责任单位:市交通委)\n"
    );
    expect(m.targets.map((t) => [t.id, t.year, t.yearStated, t.op, !!t.increase, !!t.standing])).toEqual([
      ["T1-1", null, false, "<=", false, true],
      ["T2-1", 2028, false, ">", false, false],
      ["G1-1", 2028, true, ">=", true, false]
    ]);
  });
});

describe("the model's targets, traditional characters", () => {
  test("a 分别 list's parts and the words they share are kept as written", () => {
    const m = parse(
      "某市公園實施方案\n一、主要任務\n(一)改善生態。鄉土適生樹種和地產草種在新建、改建公園綠地的應用比例分別達到80%、50%以上。(責任單位:市綠化市容局)\n"
    );
    expect(m.targets.map((t) => [t.subject, t.value, t.op])).toEqual([
      ["鄉土適生樹種在新建、改建公園綠地的應用比例", 80, ">="],
      ["地產草種在新建、改建公園綠地的應用比例", 50, ">="]
    ]);
  });
});

describe("targetGoal", () => {
  test("says more than for 超过, add for an increase, stretch for 力争, at all times for a standing rule", () => {
    expect(targetGoal({op: ">", value: 50, unit: "%"})).toEqual({en: "more than 50%", zh: "超过 50%"});
    expect(targetGoal({op: ">=", value: 300, unit: "座", increase: true})).toEqual({
      en: "add at least 300座",
      zh: "新增 不少于 300座"
    });
    expect(targetGoal({op: "=", value: 180, unit: "MW", stretch: true})).toEqual({
      en: "stretch: 180MW",
      zh: "力争 180MW"
    });
    expect(targetGoal({op: "<=", value: 50, unit: "%", standing: true}).en).toBe("at most 50% at all times");
    expect(targetGoal({op: "=", value: 80, unit: "万平米", annual: true})).toEqual({
      en: "80万平米 a year",
      zh: "80万平米/年"
    });
  });
});

describe("findTargets: ranges in Latin units", () => {
  test("a range of MW is one target with its upper end", () => {
    expect(findTargets("新增光伏装机容量82-130MW。").map((t) => [t.value, t.upper, t.unit])).toEqual([[82, 130, "MW"]]);
  });
});
