import {describe, expect, test} from "vitest";
import {findTargets, REACH, targetSentence, targetSentences} from "../src/lib/reader/targets.js";
import {realPlans} from "./corpus/score.js";
import {parse, YANAN} from "./plan.js";

const found = (text: string) =>
  findTargets(text).map((t) => `${t.subject}|${t.value}${t.unit}|${t.comparator}|${t.op}`);

describe("findTargets", () => {
  test("counts of the parts of an indicator system or an assessment describe it: no targets", () => {
    expect(found("N是市级层面新增了34个指标;增加体现本区特色的6个指标。")).toEqual([]);
    expect(found("围绕生态宜居、健康舒适等8个方面开展评估,沿用65个基础性指标。")).toEqual([]);
    expect(found("从6个维度开展评价。")).toEqual([]);
    // A count of indicators that reach a level is one.
    expect(found("力争5项指标达到国际先进水平。")).toHaveLength(1);
  });
  test("a count with any measure word of things counted is a target (具, 盏, 艘, 架, 宗, 栋, 例 …)", () => {
    expect(found("补建市政消火栓169具,增建天然水源消防取水设施24处。").map((t) => t.split("|")[1])).toEqual([
      "169具",
      "24处"
    ]);
    expect(found("新增路灯500盏,新造清洁能源船舶10艘,处置存量地块5宗。").map((t) => t.split("|")[1])).toEqual([
      "500盏",
      "10艘",
      "5宗"
    ]);
  });
  test("a policy's parameter is no target: a threshold relaxed to, a rate of a base paid back or out", () => {
    expect(found("放宽返还条件,裁员率放宽到不超过企业职工总数20%。")).toEqual([]);
    expect(found("对大型企业按企业及其职工上年度实际缴纳失业保险费的30%返还。")).toEqual([]);
    expect(found("按实际发生费用的50%给予补贴。")).toEqual([]);
    // A rate a goal raises is one.
    expect(found("失业保险参保率提高到95%。")).toHaveLength(1);
  });
  test("a sum a policy grants is no target (对首次认定的高新技术企业给予最高20万元奖励); a sum a goal raises is one", () => {
    // 建政函〔2025〕20号, 建德市关于推动经济高质量发展的若干政策 (2025年版), item 1.
    expect(found("对首次认定的高新技术企业给予最高20万元奖励;对首次上规模的高新技术企业,再给予 30万元奖励。")).toEqual(
      []
    );
    expect(found("对新认定为省级科技型中小企业的给予1万元补助。")).toEqual([]);
    expect(found("争取上级补助资金5000万元。")).toHaveLength(1);
  });
  test("a weight in 斤 or 公斤, with or without 万/亿, is a unit (粮食产量500亿斤左右)", () => {
    expect(found("粮食产量500亿斤左右,蔬菜产量增加20万斤,人均消费10公斤。").map((t) => t.split("|")[1])).toEqual([
      "500亿斤",
      "20万斤",
      "10公斤"
    ]);
  });
  test("a measure word that begins a word, a year or an ordinal makes no target (3具体, 2025年根据, 第3例)", () => {
    expect(found("按照2025年根据评估结果调整。")).toEqual([]);
    expect(found("落实第3例外情形的处置要求,执行12具体措施。")).toEqual([]);
    expect(found("做好第5批项目的资金安排。")).toEqual([]);
  });
  test("a count with its unit after the subject is a target", () => {
    expect(found("培育国家级和省级“专精特新”及“小巨人”企业20家。")).toEqual([
      "国家级和省级“专精特新”及“小巨人”企业|20家||="
    ]);
  });
  test("items of a list separated by 、 are separate targets", () => {
    expect(found("创建省级以上绿色工厂8家、绿色园区1个、绿色供应链管理示范企业8家以上。")).toEqual([
      "省级以上绿色工厂|8家||=",
      "绿色园区|1个||=",
      "绿色供应链管理示范企业|8家|以上|>="
    ]);
  });
  test("words of commitment or aspiration and their goal verb open no subject (努力实现地区生产总值增长6.2%左右)", () => {
    expect(found("努力实现地区生产总值增长6.2%左右。")).toEqual(["地区生产总值|6.2%|增长…左右|="]);
    expect(found("力争实现外贸进出口总额增长5%。")).toEqual(["外贸进出口总额|5%|增长|="]);
    expect(found("确保城镇新增就业人数达到1万人。")).toEqual(["城镇新增就业人数|1万人|达到|="]);
    expect(found("全力争取实现财政收入增长8%。")).toEqual(["财政收入|8%|增长|="]);
  });
  test("a count of things named one by one in a bracket after it lists the work, unless a goal verb sets it", () => {
    expect(found("加快推进4个干垃圾项目(奉贤二期、金山二期、浦东二期、宝山焚烧),力争今年一季度开工建设。")).toEqual([]);
    expect(found("年底前建成3个湿垃圾项目(金山、宝山、普陀)。")).toEqual(["湿垃圾项目|3个||="]);
    // A bracket that names fewer members than the count is no list of them.
    expect(found("推进5个示范项目(含奉贤、金山)建设。")).toEqual(["示范项目|5个||="]);
  });
  test("a count of the names listed before it (甲、乙、丙等3个项目) lists the work, unless a goal verb opens the list", () => {
    expect(found("重点聚焦颛桥中心村、浦江召稼楼、吴泾共和村星火村等3个城中村整体改造项目,坚持整体改造。")).toEqual([]);
    expect(found("有序开展柳岸街邻、王家场以及七宝教寺南侧地块等3个重点地块土地出让工作。")).toEqual([]);
    expect(found("建成甲公园、乙公园等2个公园。")).toEqual(["公园|2个||="]);
    // Fewer names than the count: no list of them.
    expect(found("配合推进示范区线、嘉闵线等7条轨交线路建设。")).toHaveLength(1);
  });
  test("a size before the name of a plan (形成1平方公里规划实施方案) is the plan's scope, no target", () => {
    expect(found("加快形成1平方公里规划实施方案,重点推进项目实施。")).toEqual([]);
    expect(found("编制10平方公里控制性详细规划。")).toEqual([]);
    expect(found("完成100公里规划道路建设。")).toHaveLength(1);
  });
  test("a unit per area or per population is one unit (4.15公里/平方公里)", () => {
    expect(found("至2030年,力争路网密度达4.15公里/平方公里。")).toEqual(["路网密度|4.15公里/平方公里|达|="]);
  });
  test("a 、 joining names that share the words after it does not cut the subject (县、乡、村道列养率)", () => {
    expect(found("县、乡、村道列养率保持100%。")).toEqual(["县、乡、村道列养率|100%|保持|="]);
    expect(found("城镇职工、城镇居民医保住院费用支付比例达到75%。")).toEqual([
      "城镇职工、城镇居民医保住院费用支付比例|75%|达到|="
    ]);
    expect(found("乡道、村道养护资金不低于50%。")).toEqual(["乡道、村道养护资金|50%|不低于|>="]);
    // A piece with a figure of its own, or a verb of doing, is a phrase of its own.
    expect(found("新建服务点670个、中转站12座。")).toEqual(["服务点|670个||=", "中转站|12座||="]);
    expect(found("县道不低于13%、乡、村道不低于8%。")).toEqual(["县道|13%|不低于|>=", "乡、村道|8%|不低于|>="]);
    expect(found("完成改造、新建绿道100公里。")).toEqual(["绿道|100公里||="]);
    expect(found("每年推广色叶、观花新优树种3个以上。")[0]).toMatch(/^色叶、观花新优树种\|3个\|/);
    // A verb of doing opening the earliest piece governs the whole list.
    expect(found("建设石油化工、水域救援队伍3支。")).toEqual(["石油化工、水域救援队伍|3支||="]);
    expect(found("着力建设石油化工、水域救援、危化品槽车处置3支。")).toEqual([
      "石油化工、水域救援、危化品槽车处置|3支||="
    ]);
  });
  test("a list after the words that lead to it is one subject, whole; with 分别 or 均 each part gets the words it shares", () => {
    // No 分别, no 均: one figure for the list, the whole phrase its subject (not 村道养护).
    expect(found("区级公共财政资金用于乡道、村道养护应不低于区和镇政府投入资金总额的50%。")).toEqual([
      "区级公共财政资金用于乡道、村道养护|50%|不低于|>="
    ]);
    // 均: every part, with the words before the list and the words after the last name (养护).
    expect(found("区级公共财政资金用于乡道、村道养护均不低于总额的50%。")).toEqual([
      "区级公共财政资金用于乡道养护|50%|不低于|>=",
      "区级公共财政资金用于村道养护|50%|不低于|>="
    ]);
    // 分别: names of one kind (乡道, 村道) share what follows the last one's head, measure noun or not.
    expect(found("乡道、村道养护资金分别不低于1万元和5000元。")).toEqual([
      "乡道养护资金|1万元|不低于|>=",
      "村道养护资金|5000元|不低于|>="
    ]);
  });
  test("verbs joined in a list before 分别 are its parts (新建、改建绿道长度分别…); without it they open the phrase", () => {
    expect(found("到2022年,新建、改建绿道长度分别达到100公里和50公里。")).toEqual([
      "新建绿道长度|100公里|达到|=",
      "改建绿道长度|50公里|达到|="
    ]);
    expect(found("新建、改建绿道长度分别不少于100公里、50公里。")).toEqual([
      "新建绿道长度|100公里|不少于|>=",
      "改建绿道长度|50公里|不少于|>="
    ]);
    expect(found("引进和培养人才分别达到100名和200名。")).toEqual(["引进人才|100名|达到|=", "培养人才|200名|达到|="]);
    expect(found("新建、改建绿道100公里。")).toEqual(["绿道|100公里||="]);
  });
  test("a subject never starts or ends with a mark of punctuation (、，,；:)", () => {
    for (const text of [
      "新建、改建绿道长度分别不少于100公里、50公里。",
      "新建、扩建停车场5个。",
      "改建、新建口袋公园9座。",
      "区级公共财政资金用于乡道、村道养护应不低于50%。"
    ])
      for (const t of findTargets(text)) expect(t.subject, text).not.toMatch(/^[、,，;；:：]|[、,，;；:：]$/);
  });
  test("a list of levels or bodies doing the work is no part of the subject; the noun counted goes on over a shared 、", () => {
    expect(found("5年内市、区(县级市)两级重点支持300名经营管理领军人才赴境外培训。")).toEqual([
      "经营管理领军人才赴境外培训|300名||="
    ]);
    expect(found("重点引进和培养1万名左右具有博士、硕士学位的企业紧缺人才。")).toEqual([
      "具有博士、硕士学位的企业紧缺人才|1万名|左右|="
    ]);
    // A piece after 、 with a figure of its own is the next target.
    expect(found("遴选50家中小微企业、30家龙头企业。")).toEqual(["中小微企业|50家||=", "龙头企业|30家||="]);
  });
  test("达到 … 以上 reads as at least", () => {
    expect(found("参数覆盖率达到95%以上")).toEqual(["参数覆盖率|95%|达到…以上|>="]);
  });
  test("突破 is a strict bound, as 超过 is: 突破2200家 is more than 2200 (新乡 2023)", () => {
    expect(found("规模以上工业企业力争突破2200家,年产值突破100亿元")).toEqual([
      "规模以上工业企业|2200家|突破|>",
      "年产值|100亿元|突破|>"
    ]);
  });
  test("不低于 and 不超过 give the direction", () => {
    expect(found("合格率不低于98%,能耗不超过3万吨")).toEqual(["合格率|98%|不低于|>=", "能耗|3万吨|不超过|<="]);
  });
  test("a scope and a batch before the number are no subject: the noun after it is (全市首批100个示范社区)", () => {
    // 成都市城市社区嵌入式服务设施建设工程实施方案 (test/fixtures/openings/chengdu-2024-qianrushi.txt).
    expect(found("到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成,实现协同布局。")).toEqual([
      "嵌入式服务设施建设示范社区|100个||="
    ]);
    expect(found("本区第二批20个示范街区基本建成。")).toEqual(["示范街区|20个||="]);
  });
  test("after a verb, the noun next to a counting unit is counted, not the owner before the number (潞讯精密电子30条生产线)", () => {
    // 沁县 2025年县政府工作报告任务清单 (test/fixtures/openings/qinxian-2025-renwuqingdan.txt).
    expect(found("推动潞讯精密电子30条生产线投产,培育服装加工产业园。")).toEqual(["生产线|30条||="]);
    expect(found("培育高新技术企业50家。")).toEqual(["高新技术企业|50家||="]);
  });
  test("a number before its noun takes the noun as subject", () => {
    expect(found("遴选50家中小微企业,发挥作用")).toEqual(["中小微企业|50家||="]);
  });
  test("words between the verb and the number stay out of the subject", () => {
    expect(found("处理能力达到总产的20%")).toEqual(["处理能力|20%|达到|="]);
  });
  test("the year named in the sentence is the target's year", () => {
    const [t] = findTargets("到2025年,全市放心消费示范单位达到4000家。");
    expect(t).toMatchObject({year: 2025, value: 4000, subject: "全市放心消费示范单位"});
    // The paragraph's 到2025年 holds for the sentences after it; a text that names no year gives none.
    expect(findTargets("到2025年,甲完成。乙达到3家")[0].year).toBe(2025);
    expect(findTargets("甲完成。乙达到3家")[0].year).toBeNull();
  });
  test("a year after 同比/较/比 is the base of a change, not the target's year: the sentence's leading year is", () => {
    expect(findTargets("2023年,国际集装箱靠港船舶岸电使用量同比2022年增长30%")[0]).toMatchObject({
      year: 2023,
      value: 30
    });
    expect(findTargets("到2025年,能耗较2020年下降10%")[0].year).toBe(2025);
    expect(findTargets("甲较2020年下降10%")[0].year).toBeNull();
  });
  test("a clause after ; keeps the year its sentence opens with (2023年,…;…达到90%以上)", () => {
    const t = findTargets("推进建设。2023年,码头实现全覆盖;集装箱码头泊位岸电覆盖率达到90%以上。另有泊位达到5个");
    expect(t.map((x) => `${x.value}:${x.year}`)).toEqual(["90:2023", "5:null"]);
  });
  test("a subject is the noun phrase counted: no ordinal of a list, leading verb of doing or preposition", () => {
    expect(found("四是完成应急避难场所建设144.45万平方米")[0]).toMatch(/^应急避难场所建设\|/);
    expect(found("加快推进3个既有园区和至少1个科创园区的提质增效")[0]).toMatch(/^既有园区\|3个/);
    expect(found("围绕本区建成区40%以上面积达到要求")[0]).toMatch(/^本区建成区\|/);
    expect(found("实施排水主管检测约123公里,对其中的约24公里进行修复或改造。")[1]).toMatch(/^修复或改造\|24公里/);
  });
  test("a rate per year (每年, 年均) is marked annual and a figure after 约 or before 左右 approximate", () => {
    const [a, b] = findTargets("每年完成80万平米屋面改造,年均新增就业人数24万人");
    expect([a.annual, b.annual]).toEqual([true, true]);
    const [c, d, e] = findTargets("完成整治约48公里,新建9座左右口袋公园,创建20个小区");
    expect([c.approximate, d.approximate, e.approximate]).toEqual([true, true, undefined]);
    expect(e.annual).toBeUndefined();
  });
  test("a number that scopes a rule is not a target", () => {
    expect(
      found("单体建筑面积1万(含)平方米或总建筑面积2万(含)平方米以上的新建公共建筑最低应达到绿色建筑一星级标准")
    ).toEqual([]);
    expect(found("面积5000平方米以上的商场")).toEqual([]);
  });
  test("a class bounded on both sides (N人以上M人以下的火灾) scopes the cases a rule covers, it sets no target", () => {
    expect(found("发生亡3人以上9人以下的火灾,按照规定提请市政府组织调查")).toEqual([]);
    expect(found("对年用电量100万千瓦时以上500万千瓦时以下的企业开展节能诊断")).toEqual([]);
  });
  test("a condition clause (发生…的, 出现…的) states a case, not a target", () => {
    expect(found("高层建筑发生亡3人以下的火灾,区政府组织开展调查处理工作")).toEqual([]);
    expect(found("一旦出现连续3天超标的,立即启动应急预案")).toEqual([]);
    expect(found("火灾发生率下降到5%以下")).toHaveLength(1);
  });
  test("a list of rates summed up by a quoted count of one level (…率、…率和…率“三个100%”) gives each rate at it", () => {
    expect(
      findTargets(
        "力争实现外保温材料排查率、高层公共建筑和高层住宅小区微型消防站建设率和“楼长”责任履行率“三个100%”,坚决预防火灾。"
      ).map((t) => [t.subject, t.value, t.unit])
    ).toEqual([
      ["外保温材料排查率", 100, "%"],
      ["高层公共建筑和高层住宅小区微型消防站建设率", 100, "%"],
      ["“楼长”责任履行率", 100, "%"]
    ]);
  });
  test("a quoted slogan after anything but a list of rates sets no target", () => {
    expect(findTargets("全面落实“两个100%”要求。")).toEqual([]);
  });
  test("a number with a short noun before 以上的 scopes the thing counted", () => {
    expect(found("各区至少有1所200张床位以上的养老机构")).toEqual(["各区|1所|至少|>="]);
    expect(found("1万名老人以上的街(镇)各建有1个中心")).toEqual(["中心|1个||="]);
  });
  test("a size before a later count in the same phrase qualifies that count", () => {
    expect(found("建成1000亩以上开放休闲林地5个")).toEqual(["开放休闲林地|5个||="]);
  });
  test("a second figure that is a threshold of the things counted (…达500亿元的企业) leaves the first the count", () => {
    expect(found("培育2家以上年销售收入达500亿元的高新技术企业")).toEqual([
      "年销售收入达500亿元的高新技术企业|2家|以上|>="
    ]);
  });
  test("a size that describes a thing named beside it is not a target", () => {
    expect(found("打造以杨浦滨江15.6平方公里滨水区域的文物资源、工业遗产为核心的文物主题游径")).toEqual([]);
    expect(found("依托长江沿岸30公里岸线的生态资源")).toEqual([]);
    expect(found("新建100公里绿道的工程")).toHaveLength(1);
    expect(found("累计完成造林5000亩")).toHaveLength(1);
  });
  test("a breakdown in brackets of a total repeats the total, it is no target of its own", () => {
    expect(found("公园建设项目共计9个(嘉定新城5个、其他区域4个)")).toEqual(["公园建设项目|9个||="]);
  });
  test("a standard a task follows names a level of design, not one to reach", () => {
    expect(found("按照流域100年一遇、区域50年一遇洪水标准,重要地区30年一遇除涝标准,推进防汛设施建设")).toEqual([]);
    expect(found("排水系统基本达到3-5年一遇排水能力")).toHaveLength(1);
    expect(found("堤防达到100年一遇防洪标准")).toHaveLength(1);
  });
  test("a count of major categories (11大类, 8大体系) is a target", () => {
    expect(found("基本公共卫生服务项目达到11大类37项")).toEqual([
      "基本公共卫生服务项目|11大类|达到|=",
      "基本公共卫生服务项目|37项|达到|="
    ]);
    expect(findTargets("完善食品安全监管等8大体系")[0]).toMatchObject({value: 8, unit: "大体系"});
  });
  test("组 counts sets, and is no unit at the start of a word (组织, 组建)", () => {
    expect(found("每户配置1组干湿垃圾投放桶")).toEqual(["每户配置|1组||="]);
    expect(found("市里2组织了评审")).toEqual([]);
  });
  test("按N户配M名: the number after 按 is the base the next one is set against", () => {
    expect(found("志愿者队伍(原则上按500户配1名)").map((t) => t.split("|")[1])).toEqual(["1名"]);
  });
  test("numbers that spell out a quoted formula explain it, they set nothing", () => {
    expect(found("实行“1+2+3”理念,即1名“黄马夹”与2名居委干部配合,由3名社区志愿者协助")).toEqual([]);
    expect(found("实行“1+2+3”理念,培训志愿者300名")).toHaveLength(1);
  });
  test("a count of what exists already is not a target", () => {
    expect(found("紧扣9个已开工项目施工周期")).toEqual([]);
  });
  test("an age names whom a task serves unless a verb sets it", () => {
    expect(found("注重0~3岁幼儿家庭教育,加大对35岁以下青年人才的支持")).toEqual([]);
    expect(found("人均预期寿命达到78岁")).toEqual(["人均预期寿命|78岁|达到|="]);
  });
  test("a range whose ends both carry the unit is one target", () => {
    const [t, ...rest] = findTargets("设置比例为5%-10%,其余");
    expect(rest).toEqual([]);
    expect(t).toMatchObject({value: 5, upper: 10, unit: "%"});
    expect(found("按面积5%-10%的比例设置场地")).toEqual([]);
  });
  test("平均 and 人均 are averages, not 均 sharing a value among names", () => {
    expect(found("城镇职工、城镇居民医保支付比例平均达到75%")).toHaveLength(1);
    expect(found("甲、乙均达到45%")).toEqual(["甲|45%|达到|=", "乙|45%|达到|="]);
  });
  test("a verb of making before N以上的 + noun makes it a target", () => {
    expect(found("建成230座以上的公园")).toEqual(["公园|230座|以上|>="]);
  });
  test("the share of a group that does something is a target", () => {
    expect(found("80%以上的驻社区单位和社区签订共建协议")).toEqual(["驻社区单位和社区|80%|以上|>="]);
    // or that an agent after 由 acts on (the share of patents enterprises file)
    expect(found("50%以上的专利由企业申请")).toEqual(["专利|50%|以上|>="]);
    expect(found("按面积5%以上的比例设置")).toEqual([]);
  });
  test("a count in 万 without a unit is a target only with words of comparison", () => {
    expect(found("城镇年均新增就业人数24万以上")).toEqual(["城镇年均新增就业人数|24万|以上|>="]);
    expect(found("惠及24万群众")).toEqual([]);
  });
  test("a mistyped or unclosed quote does not hide the numbers after it", () => {
    expect(found("把“四化“要求作为条件,彩化树种比率达到70%以上")).toEqual(["彩化树种比率|70%|达到…以上|>="]);
    expect(found("落实“四化要求。比率达到70%")).toEqual(["比率|70%|达到|="]);
  });
  test("a quotation that states the plan's goals is read; a quoted name is not", () => {
    expect(found("实现“高层次人才达到2000名左右,人才贡献率达到40%”的目标")).toEqual([
      "高层次人才|2000名|达到…左右|=",
      "人才贡献率|40%|达到|="
    ]);
    expect(found("打造“城市15分钟”品牌")).toEqual([]);
  });
  test("a distance or time before a word ending in 圈 names an area", () => {
    expect(found("构建15分钟社区卫生服务圈")).toEqual([]);
    expect(found("每个社区拥有3个以上的社区社会组织")).toEqual(["社区社会组织|3个|以上|>="]);
  });
  test("a size in brackets after a name, a base of a calculation, a campaign's time and a condition are not targets", () => {
    expect(found("推进远香湖南(4.73平方公里)、嘉北公园(约10.46平方公里)达标评估")).toEqual([]);
    expect(found("注:面积按照100.9平方公里计")).toEqual([]);
    expect(found("用3个月左右时间开展集中攻坚")).toEqual([]);
    expect(found("连接软管长度超过2米、私接“三通”的,要依法责令改正")).toEqual([]);
    expect(found("据统计,平均每日非法倾倒的垃圾近200吨")).toEqual([]);
  });
  test("幢 and 年一遇 are units", () => {
    expect(found("保护修缮15幢历史风貌建筑")).toEqual(["历史风貌建筑|15幢||="]);
    expect(found("排水系统基本达到3-5年一遇排水能力")).toEqual(["排水系统基本|3年一遇|达到|="]);
  });
  test("场次 is a unit of its own", () => {
    expect(found("举办专题培训50场次")).toEqual(["专题培训|50场次||="]);
  });
  test("numbers inside quotation marks and book titles are names", () => {
    expect(found("基本建成“城市15分钟、农村1.5小时”的基本公共服务圈,落实《十四五规划2号文件》")).toEqual([]);
  });
  test("years, ordinals, bare numbers, Chinese numerals and numbers glued to letters are not targets", () => {
    expect(found("到2035年,第3批试点,推进5G建设,落实“四个最严”,三品一标,二十大,共12")).toEqual([]);
  });
  test("an amount in 万亿元 (trillions of yuan) keeps its whole unit", () => {
    // State Council division-of-work texts (国发〔2020〕6号 quotes the government work report's figures).
    expect(
      found("财政赤字规模比去年增加1万亿元，发行抗疫特别国债1万亿元，新增地方政府专项债券3.75万亿元。").map(
        (t) => t.split("|")[1]
      )
    ).toEqual(["1万亿元", "1万亿元", "3.75万亿元"]);
    expect(found("全年为市场主体减负超过2.5万亿元").map((t) => t.split("|").slice(1).join("|"))).toEqual([
      "2.5万亿元|超过|>"
    ]);
  });
  test("达 inside a word is not the comparator", () => {
    expect(found("产品达标率95%")).toEqual(["产品达标率|95%||="]);
  });
  test("a count of times in a period is a frequency of work, not a target", () => {
    expect(found("每季度至少开展1次联合检查")).toEqual([]);
    expect(found("对道路设施15天完成1次全线机械清理")).toEqual([]);
    expect(found("每年为65周岁以上的老年人提供1次定点免费体检")).toEqual([]);
    // A period of several units, counted in Chinese numerals or digits (广州 2012 党建创新工程 3.).
    expect(found("市、区（县级市）党委中心组每两个月至少举办1次学习报告会")).toEqual([]);
    expect(found("坚持每两年集中开展1次党性分析活动")).toEqual([]);
    expect(found("每3年组织1次全面评估")).toEqual([]);
    // A count of times with no period is a count of events to hold.
    expect(found("组织2次全市性的培训")).toEqual(["全市性的培训|2次||="]);
  });
  test("a frequency the text raises is still a frequency of work, not a target", () => {
    expect(found("保洁频率提升至15天完成1次全线机械清理、冲洗,30天完成1次人工清洗")).toEqual([]);
  });
  test("a bound of space or time after a figure says where or when a task applies", () => {
    expect(found("强化轨道交通站点周边50米内配套公交基础设施建设")).toEqual([]);
    expect(found("收到申请后5个工作日内办结")).toEqual([]);
    expect(found("办理时限压缩至3个工作日以内")).toEqual(["办理时限|3个工作日|压缩至…以内|<="]);
  });
  test("a span of time is a target only where a verb sets it as a level", () => {
    expect(found("在住宅小区主要出入口处公示至少5个工作日")).toEqual([]);
    expect(found("企业开办时间缩短至2个工作日")).toEqual(["企业开办时间|2个工作日|缩短至|<="]);
    expect(found("保障性住房轮候时间不超过5年")).toEqual(["保障性住房轮候时间|5年|不超过|<="]);
    expect(found("5年内重点引进30名金融高级管理人才,分2年给予补助,连续3年每年给予经费,2024—2026年")).toEqual([
      "金融高级管理人才|30名||="
    ]);
  });
  test("对 counts pairs and ㎡ is a unit", () => {
    const [t] = findTargets("逐步释放金山铁路运能,至2026年金山铁路全天开行列车38对。");
    expect(t).toMatchObject({subject: "金山铁路全天开行列车", value: 38, unit: "对", year: 2026});
    expect(found("三年累计完成人行道断头贯通25400㎡")).toEqual(["人行道断头贯通|25400㎡||="]);
    expect(found("开展1对1帮扶")).toEqual([]);
  });
  test("a share with 以上 before its noun, after a verb of completion, is a target of that noun", () => {
    const [t] = findTargets("继续开展确权登记颁证,2015年完成75%以上的确权登记;");
    expect(t).toMatchObject({subject: "确权登记", value: 75, unit: "%", comparator: "以上", op: ">=", year: 2015});
  });
  test("the share of a group that reaches a state is a target of that group, with or without 的", () => {
    expect(found("到2015年,全市10%的城乡社区达标")).toEqual(["城乡社区|10%||="]);
    expect(found("全市实现全覆盖,70%以上居住区实现垃圾分类实效达标")).toEqual(["居住区|70%|以上|>="]);
    expect(found("全区100%实现达标标准")).toEqual(["全区|100%||="]);
  });
  test("a verb of making before N以上的 + noun makes the count a target", () => {
    expect(found("年均开发2万个以上的公益性公共服务岗位")).toEqual(["公益性公共服务岗位|2万个|以上|>="]);
  });
  test("the period before a cumulative count is not part of its subject", () => {
    expect(found("三年累计完成1990个积水点改造及28个空洞点位修复工作")).toEqual([
      "积水点改造|1990个||=",
      "空洞点位修复工作|28个||="
    ]);
    expect(found("“十四五”期间完成1000公里老化燃气管道改造")).toEqual(["老化燃气管道改造|1000公里||="]);
  });
  test("a measure stated of a thing, with no verb and no time to reach, describes what is", () => {
    expect(found("本区人工分拣,日分拣处置能力300吨/日。")).toEqual([]);
    expect(found("处置(市绿化市容局分配本区的残渣处置计划量为150吨/日)。")).toEqual([]);
    expect(found("范围东至金汇港,北至东方美谷大道,面积约8.6平方公里")).toEqual([]);
    expect(found("到2025年,日分拣处置能力900吨/日")).toHaveLength(1);
    expect(found("日分拣处置能力提升至900吨/日")).toHaveLength(1);
  });
  test("a figure of what is done or exists already is no target", () => {
    expect(found("全区已完成老旧小区改造120个。")).toEqual([]);
    expect(found("已实现行政村通客车率100%。")).toEqual([]);
    expect(found("现状公园绿地面积3000亩。")).toEqual([]);
    expect(found("现有养老床位5000张,到2025年新增养老床位1000张。")).toEqual(["养老床位|1000张||="]);
  });
  test("raw and offsets cover the phrase", () => {
    const text = "甲,获证人数达300名。";
    const [t] = findTargets(text);
    expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(t.raw).toBe("获证人数达300名");
  });
  test("a comparator and value that qualify the noun counted (节能率不低于15%的…改造) are a criterion, not a target", () => {
    expect(found("完成3万平方米节能率不低于15%的既有公共建筑节能改造。")).toEqual([
      "节能率不低于15%的既有公共建筑节能改造|3万平方米||="
    ]);
    expect(found("推进节能率不低于15%的既有公共建筑节能改造。")).toEqual([]);
  });
  test("a figure named as a goal (…50%的目标要求) is a target; one a sentence hands down (将…分解到) is not", () => {
    expect(found("落实海绵城市达标区面积占建成区50%的目标要求。")).toEqual(["海绵城市达标区面积占建成区|50%||="]);
    expect(found("将全市70%以上的源头实效比例要求分解到具体项目。")).toEqual([]);
  });
  test("a threshold that describes a set each member of which does something (10名以上…的行政村都建有) scopes it", () => {
    expect(found("10名以上“五保”、孤寡老人且有入住需求的行政村都建有互助式安居点")).toEqual([]);
    expect(found("培育10家以上具有影响力的企业")).toHaveLength(1);
  });
  test("a count set against a base in a planning ratio (按照每3至10万居民…设置1个) is a norm", () => {
    expect(found("原则上按照每3至10万居民或街道所辖范围规划设置1个社区卫生服务中心")).toEqual([]);
    expect(found("每万人拥有社会体育指导员20名以上")).toHaveLength(1);
  });
  test("a workload per person (每名专管员负责道路里程25-30公里) is a staffing ratio, not a target", () => {
    expect(found("每名专管员负责道路里程25-30公里左右。")).toEqual([]);
    expect(found("每县建设1到2个示范点")).toHaveLength(1);
  });
  test("the figures of a definition (…用地。指…不足25%) are criteria", () => {
    expect(found("1.闲置用地。指已投资额占总投资额不足25%,终止开发建设满一年的国有建设用地。")).toEqual([]);
  });
  test("the thresholds in a bracket of criteria that closes with 的 (三类大件运输(…超过4.5米,或者…的)) set a scope", () => {
    expect(
      found(
        "市公安交管部门负责反馈对公路三类大件运输(车货总高度从地面算起超过4.5米,或者总宽度超过3.75米,或者总长度超过28米," +
          "或者总质量超过100000千克的)许可通行时间、路线、速度的意见。"
      )
    ).toEqual([]);
    expect(found("对超限车辆(车货总质量超过49吨的)加强源头治理。")).toEqual([]);
    // A real goal with 超过 stays one.
    expect(found("到2025年,中心城区公共交通出行分担率超过50%。")).toHaveLength(1);
  });
  test("thresholds joined by 或者 (车长超过18米或者车宽超过2.55米) are criteria of what is covered, not goals", () => {
    expect(found("车长超过18米或者车宽超过2.55米,须提前办理通行许可。")).toEqual([]);
    expect(found("新建公园超过20个,新增绿地超过100公顷。")).toHaveLength(2);
  });
  test("the figures after a defining verb in the sentence (…,是指年产值达到5000万元…) are criteria", () => {
    expect(found("本方案所称重点企业,是指年产值达到5000万元、纳税超过500万元的工业企业。")).toEqual([]);
    expect(found("加强指导,年产值达到5000万元。")).toHaveLength(1);
  });
  test("a capacity in a project's name (推进…10万吨绿色甲醇项目稳产) describes the project unless a verb makes it", () => {
    expect(found("推进上海化工区10万吨绿色甲醇项目稳产达产")).toEqual([]);
    expect(found("建设10万吨绿色甲醇项目")).toHaveLength(1);
  });
  test("a size after a count in the same phrase (完成4个…站点50米公交配套站点改造) qualifies what is counted", () => {
    expect(found("完成4个既有城市轨道交通站点50米公交配套站点改造")).toEqual([
      "既有城市轨道交通站点50米公交配套站点改造|4个||="
    ]);
  });
  test("a count of the set things are chosen from (将23项…的事项中…全部纳入) is a scope", () => {
    expect(found("将23项涉及企业许可证、备案信息变更的事项中当场办结的业务项全部纳入改革")).toEqual([]);
    expect(found("逐步将19个以上康复训练项目纳入医保统筹")).toHaveLength(1);
  });
  test("片 counts tracts (连接10片楔形绿地), not in 片区", () => {
    expect(found("向内连接10片楔形绿地")).toEqual(["楔形绿地|10片||="]);
    expect(found("划分3片区推进")).toEqual([]);
  });
  test("a subject drops the period and rate words and the verbs that open it (5年内选拔资助…, 每年投运…, 筹建50家…)", () => {
    expect(found("5年内选拔资助高层次医疗卫生专家不少于100名")).toEqual(["高层次医疗卫生专家|100名|不少于|>="]);
    expect(found("每年投运中小车型公交车200辆")).toEqual(["中小车型公交车|200辆||="]);
    expect(found("筹建50家企业研发中心")).toEqual(["企业研发中心|50家||="]);
    expect(found("5年内组织和发动100家科技类社会组织")).toEqual(["科技类社会组织|100家||="]);
  });
  test("words that only scope or introduce a count (对全区, 争取将, 共计) leave the noun after it as the subject", () => {
    expect(found("对全区1918个垃圾箱房进行升级改造")).toEqual(["垃圾箱房|1918个||="]);
    expect(found("争取将60座社区公园纳入名录")).toEqual(["社区公园|60座||="]);
    expect(found("共计15.19平方公里海绵城市建设达标评估")).toEqual(["海绵城市建设达标评估|15.19平方公里||="]);
    // The total of the things listed before it: what it measures comes after it.
    expect(found("完成电四小区、鲁汇一村共计约1.4万平方米成套改造。")).toEqual(["成套改造|1.4万平方米||="]);
  });
  test("a bare figure after another target of its sentence measures the same thing, without the modal and verb", () => {
    expect(found("本区绿色账户要新增覆盖14.3万户,累计达到30.3万户")).toEqual([
      "本区绿色账户|14.3万户||=",
      "本区绿色账户|30.3万户|达到|="
    ]);
  });
  test("a bare count takes the noun after the last verb of the phrase before it (…增加电扶梯,三年累计新增19台)", () => {
    expect(found("既有运营车站出入口增加电扶梯,三年累计新增19台")).toEqual(["电扶梯|19台||="]);
  });
  test("words of change and comparison that touch the number, and the base of a change, join the comparator", () => {
    expect(found("国际集装箱靠港船舶岸电使用量同比2022年增长30%")).toEqual([
      "国际集装箱靠港船舶岸电使用量|30%|同比2022年增长|="
    ]);
    expect(found("全市消防救援站数量增长18%以上")).toEqual(["全市消防救援站数量|18%|增长…以上|>="]);
    expect(found("湿垃圾分类量日均高于5520吨,干垃圾日均控制量不高于21000吨")).toEqual([
      "湿垃圾分类量|5520吨|日均高于|>",
      "干垃圾日均控制量|21000吨|不高于|<="
    ]);
    expect(found("农村公路列养率保持100%,年度报销限额最高10万元")).toEqual([
      "农村公路列养率|100%|保持|=",
      "年度报销限额|10万元|最高|<="
    ]);
    // 占比 is a noun; a bare 提升 names works.
    expect(found("公办幼儿园占比30%")).toEqual(["公办幼儿园占比|30%||="]);
    expect(found("三年累计完成缓拥堵提升21个")[0]).toMatch(/^缓拥堵提升\|21个\|\|=/);
  });
  test("words up to 的 after a comparator name the whole a share is of, not the subject (…比例不低于各区养老机构数量的15%)", () => {
    expect(found("推选标杆示范单位比例不低于各区养老机构数量的15%")).toEqual(["推选标杆示范单位比例|15%|不低于|>="]);
    expect(found("村道养护应不低于区和镇政府投入资金总额的50%")).toEqual(["村道养护|50%|不低于|>="]);
    expect(found("其中租赁型保障房占60%")).toEqual(["租赁型保障房|60%|占|="]);
    expect(found("直接享受居家养老服务的老人占全市老人总数的6%以上")).toEqual([
      "直接享受居家养老服务的老人|6%|占…以上|>="
    ]);
  });
  test("a total over a period (三年累计, 5年内, “十四五”期间) is marked cumulative, not a rate per year", () => {
    const [a, b, c, d] = findTargets(
      "三年累计完成人行道断头贯通25400㎡。5年内引进100名专家。“十四五”期间,新增城市公园35座。每年新增20个"
    );
    expect([a.cumulative, b.cumulative, c.cumulative, d.cumulative]).toEqual([true, true, true, undefined]);
    expect(d.annual).toBe(true);
    expect(findTargets("建成20个小区")[0].cumulative).toBeUndefined();
  });
});

describe("findTargets: one subject with several values, verb and object, scope", () => {
  test("one subject with 分别 and several values gives each value that subject and the verb's comparator", () => {
    expect(found("城乡居民人均可支配收入分别增长6%、6.5%")).toEqual([
      "城乡居民人均可支配收入|6%|增长|=",
      "城乡居民人均可支配收入|6.5%|增长|="
    ]);
    expect(found("到2025年,培育省级专精特新企业分别达到10家、20家和30家以上。")).toEqual([
      "省级专精特新企业|10家|达到…以上|>=",
      "省级专精特新企业|20家|达到…以上|>=",
      "省级专精特新企业|30家|达到…以上|>="
    ]);
    // Several subjects, as many values: each pairs with its own (unchanged).
    expect(found("到2025年,农村生活污水治理率、垃圾分类覆盖率分别达到60%、80%。")).toEqual([
      "农村生活污水治理率|60%|达到|=",
      "垃圾分类覆盖率|80%|达到|="
    ]);
    // Without 分别 a second figure after 、 is a phrase of its own.
    expect(found("遴选50家中小微企业、30家龙头企业。")).toEqual(["中小微企业|50家||=", "龙头企业|30家||="]);
  });
  test("values by year after a list of years (2023年、2024年、2025年…分别…) take each its year", () => {
    const years = (text: string) => findTargets(text).map((t) => `${t.value}${t.unit} ${t.year}`);
    expect(years("2023年、2024年、2025年,全市新增高新技术企业分别达到10家、20家和30家。")).toEqual([
      "10家 2023",
      "20家 2024",
      "30家 2025"
    ]);
    expect(years("力争2025年和2027年数字经济核心产业增加值占比分别达到10%、12%。")).toEqual(["10% 2025", "12% 2027"]);
    // A list of years that does not match the values in number dates none of them apart.
    expect(years("2024年、2025年,高新技术企业分别达到10家、20家和30家。")).toEqual([
      "10家 2025",
      "20家 2025",
      "30家 2025"
    ]);
  });
  test("a verb of change, its object, then 至/到 and the value: the object is the subject, the verb the comparator", () => {
    expect(found("压缩企业开办时间至5个工作日以内。")).toEqual(["企业开办时间|5个工作日|压缩…至…以内|<="]);
    expect(found("进一步缩短工程建设项目审批时间至80个工作日以内。")).toEqual([
      "工程建设项目审批时间|80个工作日|缩短…至…以内|<="
    ]);
    expect(found("扩大试点范围到10个区。")).toEqual(["试点范围|10个|扩大…到|="]);
    // The verb touching 至 is read as before.
    expect(found("办理时限压缩至3个工作日以内")).toEqual(["办理时限|3个工作日|压缩至…以内|<="]);
    // No value after 至: nothing.
    expect(found("压缩企业开办时间,至年底前完成。")).toEqual([]);
  });
  test("将/把 bringing the object before its verb is no part of the subject", () => {
    expect(found("将城镇登记失业率控制在3.5%以内。")).toEqual(["城镇登记失业率|3.5%|控制在…以内|<="]);
    expect(found("把城镇调查失业率控制在5.5%以内。")).toEqual(["城镇调查失业率|5.5%|控制在…以内|<="]);
    expect(found("将全社会研发经费投入强度提高到2.5%以上。")).toEqual(["全社会研发经费投入强度|2.5%|提高到…以上|>="]);
    // 将 with nothing but the count after it leaves the noun counted (unchanged).
    expect(found("争取将60座社区公园纳入名录。")).toEqual(["社区公园|60座||="]);
  });
  test("a count a verb of scope introduces (聚焦, 围绕, 梳理出, 分为, 涉及; 包括 + parts) is the plan's scope, no target", () => {
    expect(found("聚焦城市更新、乡村振兴等领域102项重大工程,强化要素保障。")).toEqual([]);
    expect(found("重点围绕企业登记、印章制作和申领发票3个必备环节压缩企业开办时间。")).toEqual([]);
    expect(found("梳理出20项重点任务,逐项明确责任单位。")).toEqual([]);
    expect(found("主要任务包括基础设施、公共服务等3类。")).toEqual([]);
    expect(found("本方案涉及3000户居民。")).toEqual([]);
    expect(found("聚焦城市建设等3大领域。")).toEqual([]);
    // A verb of achievement sets the count: a target.
    expect(found("建成102个美丽乡村示范村。")).toEqual(["美丽乡村示范村|102个||="]);
    expect(found("聚焦重点领域新建10个示范项目。")).toEqual(["示范项目|10个||="]);
    // A share after 围绕 is the plan's commitment, not a scope (unchanged).
    expect(found("围绕本区建成区40%以上面积达到海绵城市建设要求。")).toEqual(["本区建成区|40%|以上|>="]);
    // 包括 before a count of things, not of parts: kept.
    expect(found("建设公园30座,包括口袋公园10座。")).toHaveLength(2);
  });
  test("a manner phrase (按…比例, 按照…标准, 以…为重点) opens no subject: the thing counted or measured is", () => {
    expect(found("按照二级公路标准改造农村公路50公里。")).toEqual(["农村公路|50公里||="]);
    expect(found("按照海绵城市建设要求新建公园绿地20座。")).toEqual(["公园绿地|20座||="]);
    expect(found("以农村公路为重点实施危桥改造50座。")).toEqual(["危桥改造|50座||="]);
    // 以…为重点的 + noun qualifies the noun: it stays.
    expect(found("以苹果为重点的鲜活农产品采后精细化处理能力达到总产的20%。")).toEqual([
      "以苹果为重点的鲜活农产品采后精细化处理能力|20%|达到|="
    ]);
  });
  test("a share bounded after 按 (按不低于30%的比例实施…) is a target of what the verb after 的比例 acts on", () => {
    expect(found("按不低于30%的比例实施县道专项养护工程。")).toEqual(["县道专项养护工程|30%|不低于|>="]);
    const [annual] = findTargets("按照每年不低于10%的比例推进农村公路安全生命防护工程建设。");
    expect([annual.subject, annual.value, annual.op, annual.annual]).toEqual([
      "农村公路安全生命防护工程建设",
      10,
      ">=",
      true
    ]);
    // The figure after it keeps its own subject, not the manner phrase.
    expect(found("按不低于30%的比例实施县道专项养护工程100公里。")).toEqual([
      "县道专项养护工程|30%|不低于|>=",
      "县道专项养护工程|100公里||="
    ]);
    // A bare ratio of a base (按园区陆地面积5%－10%的比例设置…) is a layout norm: no target.
    expect(found("按园区陆地面积5%-10%的比例设置儿童户外公共活动场地。")).toEqual([]);
  });
  test("a manner phrase between what is measured and a part's name makes the subject part·measure (县道·专项养护工程)", () => {
    expect(found("年均专项养护工程按道路总里程比例县道不低于13%、乡、村道不低于8%。")).toEqual([
      "县道·专项养护工程|13%|不低于|>=",
      "乡、村道·专项养护工程|8%|不低于|>="
    ]);
    expect(found("养护资金按照道路里程标准国道不低于20%。")).toEqual(["国道·养护资金|20%|不低于|>="]);
    // No manner phrase: the list's parts as before.
    expect(found("县、乡、村道列养率保持100%。")).toEqual(["县、乡、村道列养率|100%|保持|="]);
  });
  test("a subject never starts with a conjunction (并, 同时, 以及, 和) nor a scope word left before punctuation", () => {
    expect(found("并设置干湿垃圾储存点1处。")).toEqual(["设置干湿垃圾储存点|1处||="]);
    expect(found("同时新增停车泊位500个。")).toEqual(["停车泊位|500个||="]);
    expect(found("以及新建口袋公园10座。")).toEqual(["口袋公园|10座||="]);
    expect(found("和全市建成区绿化覆盖率达到40%。")).toEqual(["全市建成区绿化覆盖率|40%|达到|="]);
    expect(found("全市、新增养老床位1000张。")).toEqual(["养老床位|1000张||="]);
    // A word that starts with the same character is no conjunction.
    expect(found("和谐社区达到50个。")).toEqual(["和谐社区|50个|达到|="]);
    expect(found("并购重组企业达到10家。")).toEqual(["并购重组企业|10家|达到|="]);
  });
  test("建成区 is a place, not the verb 建成 and 区; a year between subject and verb is no part of the subject", () => {
    expect(found("建成区绿地率到2027年达到40%以上。")).toEqual(["建成区绿地率|40%|达到…以上|>="]);
    expect(found("建成区绿地率2027年达到40%。")).toEqual(["建成区绿地率|40%|达到|="]);
    // 建成 before a count is still the verb.
    expect(found("建成口袋公园20座。")).toEqual(["口袋公园|20座||="]);
  });
  test("a time limit later in the sentence (到2027年, 2027年底前) is the target's year", () => {
    const year = (text: string) => findTargets(text).map((t) => t.year);
    expect(year("全市新建充电桩5000个,到2027年实现全覆盖。")).toEqual([2027]);
    expect(year("新建充电桩5000个(2027年底前完成)。")).toEqual([2027]);
    // A year that is no limit (a year of a later step, an event's name) is not.
    expect(year("在6座市属公园先行启动试点工作,2028年逐步扩大至全市范围。")).toEqual([null]);
    expect(year("整合3000万元资金用于发放消费券,全力申办2023年夏季消费促进活动。")).toEqual([null]);
    // A year before the figure in its sentence wins.
    expect(year("到2025年新建充电桩5000个,到2027年实现全覆盖。")).toEqual([2025]);
  });
  test("a later value of a list whose phrase names only its year measures what the one before it does", () => {
    expect(found("到2018年底将企业开办时间压缩到3个工作日以内、2020年底压缩到2个工作日以内。")).toEqual([
      "企业开办时间|3个工作日|压缩到…以内|<=",
      "企业开办时间|2个工作日|压缩到…以内|<="
    ]);
  });
});

describe("findTargets: the population a goal addresses", () => {
  test("以…N名X为(主要)对象 / 为重点 names whom the work is for, not a target; the commitment after it is one", () => {
    const found = findTargets(
      "围绕“扩中”“提低”,以全市就业年龄段的7600多名持证残疾人为主要对象,力争新增残疾人就业800人。"
    ).map((t) => [t.value, t.unit]);
    expect(found).toEqual([[800, "人"]]);
    expect(findTargets("以3个省级园区为重点,推动产业集聚。")).toEqual([]);
    // Counter-examples: a count the work reaches is a target, and 以…为重点的 + noun qualifies what is counted.
    expect(findTargets("帮助7600名持证残疾人实现就业。").map((t) => t.value)).toEqual([7600]);
    expect(findTargets("以农村公路为重点实施危桥改造50座。").map((t) => t.value)).toEqual([50]);
  });
});

describe("findTargets: classifiers, status words, scopes (held-out plans of tester4)", () => {
  test("部 counts machines and vehicles (200部电梯, 救护车10部); a word 部 begins (部门, 部委) is no unit", () => {
    expect(found("开工建设200部电梯。").map((t) => t.split("|")[1])).toEqual(["200部"]);
    expect(found("新增救护车10部。").map((t) => t.split("|")[1])).toEqual(["10部"]);
    // A PDF copy's spaces around the figure change nothing.
    expect(found("继续推进既有住宅增设电梯,12 月底前开工建设 200部。").map((t) => t.split("|")[1])).toEqual(["200部"]);
    expect(found("联合12部门开展专项行动。")).toEqual([]);
    expect(found("由3部委联合印发。")).toEqual([]);
  });
  test("目前 and 现有 are status words only where they start a word: 项目前期 and 实现有效 state nothing", () => {
    expect(found("加大项目前期工作力度,区级财政安排4000万元重大项目前期费。").map((t) => t.split("|")[1])).toEqual([
      "4000万元"
    ]);
    expect(found("实现有效衔接,新增公园5个。").map((t) => t.split("|")[1])).toEqual(["5个"]);
    // Counter-examples: the words themselves still state what is.
    expect(found("目前全市已建成公园50个。")).toEqual([]);
    expect(found("全区现有养老床位5000张。")).toEqual([]);
  });
  test("a status word in an earlier clause that only qualifies a set (已达标的街镇) makes no figure after it a fact", () => {
    expect(
      found("对 2020 年已达标的部分无违建街(镇)进行提档升级,提档升级街(镇)比例达到 50%以上。").map(
        (t) => t.split("|")[1]
      )
    ).toEqual(["50%"]);
    // Counter-examples: a status word in the figure's own clause, or one that states a fact of its own.
    expect(found("对已达标的街镇,目前比例达到50%。")).toEqual([]);
    expect(found("截至2020年底,已完成改造的小区达到50个。")).toEqual([]);
  });
  test("a threshold with a bracket saying what it includes (6亩以下(不含6亩)的土地) is a scope: neither figure is a target", () => {
    expect(found("辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理土地登记。")).toEqual([]);
    expect(found("对10亩以上(含10亩)的项目开展审查。")).toEqual([]);
    // Counter-example: a commitment with 以上 and no 的 + noun after it is one.
    expect(found("完成土地整治10亩以上。").map((t) => t.split("|")[1])).toEqual(["10亩"]);
  });
});

describe("findTargets on long runs of figures (issue 16: linear in every input)", () => {
  // Each figure reads at most REACH characters around it: a run of n phrases reads as n times one phrase, and the
  // raw words kept stay within REACH of their figure (no output that grows with the square of the run).
  const line = (t: ReturnType<typeof findTargets>[number]) =>
    `${t.subject}|${t.value}${t.unit}|${t.comparator}|${t.op}|${t.year}|${t.raw}`;
  test("a run of n repeated phrases reads as n times the targets of one phrase", () => {
    for (const phrase of [
      "建成示范点达到10家、",
      "达到10家、",
      "新增停车泊位500个;",
      "到2025年,全市建成示范点达到10家。"
    ]) {
      const one = findTargets(phrase).map(line);
      expect(one).toHaveLength(1);
      expect(findTargets(phrase.repeat(2000)).map(line)).toEqual(Array(2000).fill(one[0]));
    }
  });
  test("a 分别 list of thousands of values gives each value the subject, with raw words within REACH of it", () => {
    const list = (n: number) =>
      "各区示范社区分别达到" + Array.from({length: n}, (_, k) => `${10 * (k + 1)}家`).join("、") + "。";
    const many = findTargets(list(3000));
    expect(many.map((t) => t.value)).toEqual(Array.from({length: 3000}, (_, k) => 10 * (k + 1)));
    expect(new Set(many.map((t) => `${t.subject}|${t.comparator}`))).toEqual(new Set(["各区示范社区|达到"]));
    for (const t of many) expect(t.raw.length).toBeLessThanOrEqual(REACH + 10);
    // A list within REACH keeps every value's raw words from its first value (the counter-example).
    expect(findTargets(list(3)).map((t) => t.raw)).toEqual([
      "各区示范社区分别达到10家",
      "各区示范社区分别达到10家、20家",
      "各区示范社区分别达到10家、20家、30家"
    ]);
  });
  test("a list before 等 and a verb of change before 至 are still read at the end of a long run", () => {
    // 甲、乙等2个项目 is the list's count (no target); 压缩…时间至5个工作日 a target of its object; after a long run.
    const run = "建成示范点达到10家、".repeat(500).replace(/、$/, "。");
    expect(findTargets(run + "重点推进甲村、乙村等2个项目。").map(line)).toHaveLength(500);
    expect(
      findTargets(run + "压缩企业开办时间至5个工作日以内。")
        .map(line)
        .at(-1)
    ).toBe("企业开办时间|5个工作日|压缩…至…以内|<=|null|压缩企业开办时间至5个工作日以内");
  });
});

describe("findTargets: a change from a stated start (由…降至/减至/提高到…)", () => {
  const change = (text: string) =>
    findTargets(text).map((t) => `${t.subject}|${t.value}${t.unit}|${t.comparator}|${t.op}|${t.baseline}`);
  test("由 and words of what the start is now (目前, 原来的, 法定的) before the start: the target and its baseline", () => {
    expect(change("工程建设项目审批时间由目前平均20天减至8.5天以内。")).toEqual([
      "工程建设项目审批时间|8.5天|减至…以内|<=|20"
    ]);
    expect(change("审批时间由目前的20天降至10天以下。")).toEqual(["审批时间|10天|降至…以下|<=|20"]);
    expect(change("将不动产登记办理时限由法定的30个工作日压缩至5个工作日以内。")).toEqual([
      "不动产登记办理时限|5个工作日|压缩至…以内|<=|30"
    ]);
    expect(change("将重点人群参保率由目前不足80%提高到95%以上。")).toEqual(["重点人群参保率|95%|提高到…以上|>=|80"]);
  });
  test("the words from 由 to the baseline (its measure, its own 以下) are not part of the subject", () => {
    // guangzhou-2012-livelihood, item 14.
    expect(change("2012年,将廉租住房保障收入线标准由家庭年人均可支配收入9600元以下提高到15600元以下。")).toEqual([
      "廉租住房保障收入线标准|15600元|提高到…以下|<=|9600"
    ]);
    expect(change("城乡居民最低生活保障标准由现行的每人每月500元提高到600元。")).toEqual([
      "城乡居民最低生活保障标准|600元|提高到|=|500"
    ]);
  });
  test("a change already made, or 由/从 inside a word, gives no baseline (counter-examples)", () => {
    // 已经 before 由: the state of things, no target.
    expect(change("已经由5000张增加到6000张。")).toEqual([]);
    // 从业人员: 从 is part of a word, not the start of a change.
    expect(change("从业人员5000人增加到6000人。").map((t) => t.split("|")[4])).toEqual(["null", "null"]);
  });
});

describe("targetSentences (one pass a plan)", () => {
  test("gives each target the sentence targetSentence gives it: the first place its phrase stands, the stops around it", () => {
    const texts = new Map([
      ["T1", "甲。到2025年,获证人数达300名;覆盖率达90%。获证人数达300名。"],
      ["T2", "没有句号的文字"],
      ["G1", "总体目标。新增20家。"]
    ]);
    const targets = [
      {item: "T1", raw: "覆盖率达90%"},
      {item: "T1", raw: "获证人数达300名"},
      {item: "T1", raw: "获证人数达300名"},
      {item: "T2", raw: "别的"},
      {item: "G1", raw: "新增20家"},
      {item: "T9", raw: "无此条目"},
      {item: "T2", raw: ""}
    ];
    const sentences = targetSentences(texts, targets);
    expect(sentences).toEqual([
      "覆盖率达90%。",
      "到2025年,获证人数达300名;",
      "到2025年,获证人数达300名;",
      "别的",
      "新增20家。",
      "无此条目",
      "没有句号的文字"
    ]);
    expect(sentences).toEqual(
      targets.map((t) => (texts.has(t.item) ? targetSentence(texts.get(t.item)!, t.raw) : t.raw))
    );
  });
  test("on every real plan, the same sentences as targetSentence, target by target", () => {
    const plans = [YANAN, ...realPlans().map((p) => parse(p.text))];
    for (const m of plans) {
      const texts = new Map([...m.goals, ...m.items].map((x) => [x.id, x.text]));
      expect(targetSentences(texts, m.targets)).toEqual(
        m.targets.map((t) => (texts.has(t.item) ? targetSentence(texts.get(t.item)!, t.raw) : t.raw))
      );
    }
  });
});

describe("targetSentence", () => {
  test("returns the sentence around the target's phrase", () => {
    expect(targetSentence("甲。到2025年,获证人数达300名。乙。", "获证人数达300名")).toBe("到2025年,获证人数达300名。");
    expect(targetSentence("没有句号的文字", "别的")).toBe("别的");
  });
});
