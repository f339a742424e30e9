import {describe, expect, test} from "vitest";
import {
  bodyKind,
  bracketedOffice,
  bracketsBalance,
  collectiveName,
  gluedNames,
  isFragment,
  isGenericBody,
  looksLikeBody,
  namesRunOn
} from "../src/lib/reader/bodies.js";
import {parse} from "./plan.js";

describe("bracketedOffice", () => {
  test("an office in brackets after its parent is that parent's office; other names or a scope in brackets are none", () => {
    expect(bracketedOffice("市交通委(计划财务处)")).toEqual({parent: "市交通委", office: "计划财务处"});
    expect(bracketedOffice("区教育局(基教科)")).toEqual({parent: "区教育局", office: "基教科"});
    for (const name of [
      "区委组织部(区公务员局)",
      "街镇(园区)",
      "区委宣传部(区文明办、区政府新闻办)",
      "市交通委",
      "好处(之处)"
    ])
      expect(bracketedOffice(name), name).toBeNull();
  });
});

describe("looksLikeBody", () => {
  test("looksLikeBody takes a collective of governments for one body, a bare 各地 for none", () => {
    for (const n of ["各地区", "各级人民政府", "县级以上地方各级人民政府", "各市(州)人民政府"])
      expect(looksLikeBody(n)).toBe(true);
    for (const n of ["各地", "地区", "有关地区"]) expect(looksLikeBody(n)).toBe(false);
  });
  test("the implementing or responsible parties of projects are a generic group of bodies (各项目实施主体)", () => {
    for (const name of ["各项目实施主体", "各责任主体"]) expect(looksLikeBody(name), name).toBe(true);
    for (const name of ["各类市场主体", "主体"]) expect(looksLikeBody(name), name).toBe(false);
  });
  test("the government of wherever the work is (属地政府, 属地街镇) is a generic body, like 各区政府", () => {
    for (const name of ["属地政府", "属地街镇", "属地部门"]) expect(isGenericBody(name), name).toBe(true);
    for (const name of ["属地", "促进街镇属地政府"]) expect(isGenericBody(name), name).toBe(false);
  });
  test("every office, or every office concerned, within a commission (委内各相关处室, 局内各处室) is a generic body", () => {
    for (const name of ["委内各相关处室", "局内各处室", "委内有关处室"]) expect(isGenericBody(name), name).toBe(true);
    for (const name of ["委内", "综合规划处"]) expect(isGenericBody(name), name).toBe(false);
  });
  test("a bare 街道, 街镇 or 乡镇 (every sub-district office or township, no one of them) is a generic body", () => {
    for (const name of ["街道", "街镇", "乡镇"]) expect(isGenericBody(name), name).toBe(true);
    for (const name of ["永丰街道", "南京西路街道办事处"]) expect(isGenericBody(name), name).toBe(false);
  });
  test("an internal office (处, 科, 室) of a named parent is a body, and a 处 or 科 named bare; 好处, 实验室 are none", () => {
    for (const name of ["市交通委科技信息处", "区教育局基教科", "市交通委办公室", "港务监管处", "设施养护处", "客运处"])
      expect(looksLikeBody(name), name).toBe(true);
    for (const name of ["好处", "不足之处", "实验室", "村卫生室", "本科"])
      expect(looksLikeBody(name), name).toBe(false);
  });
  test("a name ending like a body, with or without a jurisdiction, is a body", () => {
    for (const name of [
      "市发改委",
      "发展改革委",
      "区消防救援支队",
      "各行业管理部门",
      "区属国有企业",
      "应急管理局",
      "和平区"
    ])
      expect(looksLikeBody(name), name).toBe(true);
  });
  test("a sentence fragment that ends like a body is none: it opens with a verb, a modal or an ordinal", () => {
    for (const name of [
      "完善跨部门",
      "完善行业部门",
      "深化部门",
      "促进街镇属地政府",
      "建立亡人火灾和较大以上火灾事故区政府",
      "应按照所在区交通主管部门",
      "一是主管部门",
      "三要与环卫部门",
      "联合区消防救援支队",
      "协同市更新办",
      "报区发展改革委",
      "跨部门",
      "与环卫部门",
      "以市司法局",
      "在重点监视防御区"
    ])
      expect(looksLikeBody(name), name).toBe(false);
  });
  test("a name holding a verb of basis or a copula is a fragment", () => {
    expect(looksLikeBody("区属国有企业根据区政府")).toBe(false);
    expect(looksLikeBody("南京西路功能区是静安区")).toBe(false);
    expect(isFragment("区属国有企业根据区政府")).toBe(true);
    expect(isFragment("区住房保障房屋管理局")).toBe(false);
  });
  test("a place is no body, whatever it ends with: an area, a 副中心, a 古镇 or 小镇, a 老街", () => {
    for (const name of [
      "重点片区",
      "虹桥国际中央商务区核心区",
      "莘庄副中心",
      "召稼楼古镇",
      "网球小镇",
      "七宝老街",
      "锦江乐园及周边区域"
    ])
      expect(looksLikeBody(name), name).toBe(false);
    for (const name of ["浦东新区", "七宝镇", "区房屋急修中心", "闵行区"]) expect(looksLikeBody(name), name).toBe(true);
  });
  test("a 新片区 (临港新片区) is a jurisdiction with its own administration, as a 新区 is: a body; a 片区 is a place", () => {
    expect(looksLikeBody("临港新片区")).toBe(true);
    expect(looksLikeBody("浦东新区")).toBe(true);
    expect(looksLikeBody("重点片区")).toBe(false);
  });
  test("a management body (管理机构) is a body: 空中交通管理机构", () => {
    expect(looksLikeBody("空中交通管理机构")).toBe(true);
  });
  test("a phrase opened by an adverb of manner is a fragment (充分发挥企业)", () => {
    expect(isFragment("充分发挥企业")).toBe(true);
    expect(looksLikeBody("积极引导企业")).toBe(false);
    expect(looksLikeBody("轨道交通企业")).toBe(true);
  });
  test("a joint conference (联席会议) that leads work is a body", () => {
    expect(looksLikeBody("市生活垃圾分类减量推进工作联席会议")).toBe(true);
  });
  test("the 机关 of a field is a body (公安机关); 机关 alone is none, and 行政机关 a generic group", () => {
    expect(looksLikeBody("公安机关")).toBe(true);
    expect(looksLikeBody("机关")).toBe(false);
    expect(isGenericBody("行政机关")).toBe(true);
  });
});

describe("bodyKind", () => {
  test("a ministry's own departments (法制司), research office and units (部属各单位) have the kinds of what they are", () => {
    // A ministry's 工作要点 names its 司 and offices bare: (法制司牵头，综合规划司、政策研究室配合).
    for (const name of ["法制司", "综合规划司", "运输服务司"]) {
      expect(looksLikeBody(name), name).toBe(true);
      expect(bodyKind(name), name).toBe("national-department");
    }
    expect(bodyKind("政策研究室")).toBe("office");
    for (const name of ["部属各单位", "部内各司局", "委机关各处室", "委属各单位"])
      expect(bodyKind(name), name).toBe("generic");
    // A company, a superior and a lawsuit end in 司 and are no department of a ministry.
    expect(bodyKind("城投公司")).toBe("enterprise");
    expect(looksLikeBody("打官司")).toBe(false);
  });
  test("a body named with no jurisdiction is of the plan's level; a 厅 is a province's; a 市… body stays the city's", () => {
    expect(bodyKind("商务厅")).toBe("provincial-department");
    expect(bodyKind("商务厅", "county")).toBe("provincial-department");
    expect(bodyKind("市委办公厅", "province")).toBe("municipal-department");
    expect(bodyKind("机管局", "county")).toBe("county-department");
    expect(bodyKind("大数据中心", "province")).toBe("provincial-department");
    expect(bodyKind("机管局", "city")).toBe("municipal-department");
    expect(bodyKind("机管局")).toBe("municipal-department");
    expect(bodyKind("市机管局", "county")).toBe("municipal-department");
    // A government or a catch-all of several is no department of the plan's level.
    expect(bodyKind("重点监视防御区所在地人民政府", "nation")).not.toBe("national-department");
    // Through the reader: the issuer's level.
    const kinds = (issuer: string) =>
      Object.fromEntries(
        parse(`${issuer}关于某方案的通知\n一、任务\n1.推进建设。(牵头单位:机管局;责任单位:商务厅)\n`).departments.map(
          (d) => [d.name, d.kind]
        )
      );
    // 机管局 has no form of the county's or the province's in the reference: kept as written, of the plan's level; a
    // 厅 is the province's own body, the reference's 省商务厅 (nationalNames.ts, ownLevelBody).
    expect(kinds("某县人民政府")).toEqual({机管局: "county-department", 省商务厅: "provincial-department"});
    expect(kinds("某省人民政府")).toEqual({机管局: "provincial-department", 省商务厅: "provincial-department"});
  });
  test("an industrial or development park named as a body (产业园, 开发区, 经开区) is a management committee, not a department", () => {
    for (const name of [
      "新材料产业园",
      "高端装备产业园",
      "商贸物流园",
      "经济技术开发区",
      "经开区",
      "立山经济开发区",
      "开发区"
    ])
      expect(bodyKind(name, "county"), name).toBe("management-committee");
    // A park's scope in brackets after a catch-all stays generic; so does every 街道 or 镇.
    expect(bodyKind("各工业园区(开发区)")).toBe("generic");
    for (const name of ["街镇(园区)", "各街道办事处", "各街道、镇"])
      expect(bodyKind(name, "county"), name).toBe("generic");
  });
  test("a residents' or villagers' committee (居村委, 居委会, 居(村)委) is a self-governing organisation, not a department", () => {
    for (const name of ["居村委", "各居村委", "居委会", "村委会", "居(村)委", "村民委员会"])
      expect(bodyKind(name), name).toBe("society");
  });
  test("a district's or county's people's government (区政府, 静安区人民政府) is a county government, its office a department", () => {
    for (const name of ["区政府", "区人民政府", "静安区人民政府", "崇明区政府", "县政府"])
      expect(bodyKind(name), name).toBe("county-government");
    expect(bodyKind("区政府办公室")).toBe("county-department");
    expect(bodyKind("广西壮族自治区人民政府")).not.toBe("county-government");
  });
  test("a 街道 office or a 乡/镇 government is a township body, not a municipal department; 各街镇 stays generic", () => {
    for (const name of ["街道办事处", "南京西路街道办事处", "镇人民政府", "马陆镇人民政府", "泗泾镇", "永丰街道"])
      expect(bodyKind(name), name).toBe("township");
    expect(bodyKind("各街镇")).toBe("generic");
    expect(bodyKind("城乡")).not.toBe("township");
  });
  test("a party outside government is an enterprise or a society, never a government department", () => {
    for (const name of ["停车经营服务企业", "区属停车经营服务公司", "城投集团", "市电力公司", "中国工商银行"])
      expect(bodyKind(name), name).toBe("enterprise");
    for (const name of ["区餐饮行业协会", "农民专业合作社", "律师事务所"]) expect(bodyKind(name), name).toBe("society");
    expect(bodyKind("中国人民银行")).not.toBe("enterprise");
    expect(bodyKind("区属国有企业")).toBe("generic");
    expect(looksLikeBody("停车经营服务企业")).toBe(true);
    expect(looksLikeBody("企业")).toBe(false);
    expect(looksLikeBody("培育企业")).toBe(false);
    expect(looksLikeBody("成立工作专班")).toBe(false);
  });
  test("a body of a vertically managed national system is a vertical agency whatever place names it", () => {
    for (const name of [
      "上海海事局",
      "市税务局",
      "上海海关",
      "国家税务总局上海市税务局",
      "国家金融监督管理总局上海监管局",
      "中国船级社上海分社"
    ])
      expect(bodyKind(name), name).toBe("vertical-agency");
    for (const name of ["海关总署", "国家税务总局", "国家统计局"])
      expect(bodyKind(name), name).toBe("national-department");
  });
});

describe("collectiveName", () => {
  test("a collective body written with or without 各 is one generic body, named without 各", () => {
    expect(collectiveName("各行业主管部门")).toBe("行业主管部门");
    expect(collectiveName("行业主管部门")).toBe("行业主管部门");
    expect(isGenericBody("行业主管部门")).toBe(true);
    expect(bodyKind("行业主管部门")).toBe("generic");
  });
  test("a name of another form is kept as it is", () => {
    expect(collectiveName("各区政府")).toBe("各区政府");
    expect(collectiveName("各乡镇")).toBe("各乡镇");
    expect(collectiveName("区公安分局")).toBe("区公安分局");
  });
});

describe("bracketsBalance", () => {
  test("a name with a bracket never closed (a clause cut mid-bracket) is no body", () => {
    expect(bracketsBalance("各县(市、区)人民政府")).toBe(true);
    expect(bracketsBalance("(市政府办公室、市")).toBe(false);
    expect(bracketsBalance("市政府办公室)")).toBe(false);
    expect(looksLikeBody("(市政府办公室、市")).toBe(false);
    expect(looksLikeBody("各县(市")).toBe(false);
  });
});

describe("gluedNames", () => {
  test("names run together with no separator split where the jurisdiction is written again", () => {
    // 西安市…分工方案 (test/fixtures/openings/xian-2022-fenggong.txt): a cell's line break lost in the web copy.
    expect(gluedNames("市行政审批局市司法局")).toEqual([
      [0, 6],
      [6, 10]
    ]);
    expect(gluedNames("县发展和改革局县财政局县自然资源局")).toEqual([
      [0, 7],
      [7, 11],
      [11, 17]
    ]);
    expect(gluedNames("西安市行政审批局西安市司法局")).toEqual([
      [0, 8],
      [8, 14]
    ]);
  });
  test("one body's name, its jurisdiction written once, is not split", () => {
    for (const name of ["市委宣传部", "市政府办公室", "市委市政府督查室", "市发展改革委市场处", "市行政审批局"])
      expect(gluedNames(name)).toBeNull();
  });
});

describe("a county bureau's 股", () => {
  test("a 股 named bare is an internal office (法规股, 食品安全监管股), as a 科 is", () => {
    expect(looksLikeBody("法规股")).toBe(true);
    expect(looksLikeBody("食品安全监管股")).toBe(true);
  });
  test("a share is no office (控股, 参股, 龙头股)", () => {
    expect(looksLikeBody("国有控股")).toBe(false);
    expect(looksLikeBody("龙头股")).toBe(false);
  });
});

describe("namesRunOn", () => {
  test("a list of names cut inside a name at a line's end runs on into the next line; a whole name does not", () => {
    // 县农业农 is no body; joined to 村局 it is 县农业农村局.
    expect(namesRunOn("县发改局、县农业农", "村局")).toBe(true);
    expect(namesRunOn("县农业农", "村局、县财政局")).toBe(true);
    // A list cut after its separator goes on with a line of names.
    expect(namesRunOn("县发改局、", "县财政局、县税务局")).toBe(true);
    // A whole name at the line's end: the next line is no piece of it.
    expect(namesRunOn("县发改局", "县财政局")).toBe(false);
    // The next line holds more than names, or the line is no list: no run-on.
    expect(namesRunOn("县发改局、县农业农", "村局牵头,县财政局配合。")).toBe(false);
    expect(namesRunOn("推进农村物流建设,支持县农业农", "村局")).toBe(false);
    expect(namesRunOn("县发改局、县农业农", "完成时限:2024年底")).toBe(false);
  });
});
