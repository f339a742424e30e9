/**
 * Quantitative targets in the text of tasks and actions: a number in Arabic digits with a unit of count or
 * measure (20家, 95%, 300名, 1万亩), its subject (what is counted), its words of comparison and its year.
 *
 * Not targets:
 * - numbers inside quotation marks or book titles (“城市15分钟” names a concept, 《…》 a document);
 * - a number that scopes a rule rather than sets a goal: one marked (含), or followed by 以上的 / 以下的 +
 *   noun, as in 单体建筑面积1万(含)平方米或总建筑面积2万(含)平方米以上的新建公共建筑;
 * - years (2025年), dates, ordinals (第3), numbers with no unit, numbers glued to Latin letters (5G);
 * - Chinese numerals: plans write names and slogans with them (二十大, 十四五, 四个最严, 一老一小, 三品一标)
 *   and targets in digits.
 */
import {hasCode} from "../chars.js";
import type {Comparator} from "../model.js";
import {definesScope} from "./scopeDefinitions.js";

export interface FoundTarget {
  subject: string;
  /** Where the subject starts in the text searched. */
  subjectStart: number;
  /**
   * Where the words a list's parts share start, when the subject is a part and those words (乡土适生树种 + 在…的应用比例);
   * `join`: what stands between the part and those words in the subject (县道·用于农村公路日常养护的总额), if anything.
   */
  subjectTail?: {start: number; length: number; join?: string};
  /**
   * The words before a list every part shares, when the subject is a later part (区级公共财政资金用于 + 村道 + 养护);
   * the subject is those words, then the run from subjectStart, then the tail.
   */
  subjectHead?: {start: number; length: number};
  /** The value a 由…降至/提高到 sentence starts from, or null. */
  baseline: number | null;
  /** The upper end of a range (1到2个), or null. */
  upper: number | null;
  value: number;
  unit: string;
  comparator: string;
  op: Comparator;
  /** The year the sentence names, if any. */
  year: number | null;
  /** A rate per year: 每年完成80万平米, 年均新增… */
  annual?: true;
  /** An approximate figure: 约48公里, 9座左右. */
  approximate?: true;
  /** An amount added (新增300座, 新建100公里), not the total reached. */
  increase?: true;
  /** The figure the plan strives for (力争达到180MW) beyond the one it guarantees before it (确保达到120MW). */
  stretch?: true;
  /** A bound that holds at all times (开发比例不超过50%, 原则上不超过5年): a standing rule, not a level for a year. */
  standing?: true;
  /** A total over a period: 三年累计新增19台, 5年内引进100名, “十四五”期间…增长18%. */
  cumulative?: true;
  raw: string;
  /** [start, end) of raw in the text searched. */
  start: number;
  end: number;
}

/** Latin units of power, energy, length, area, volume, mass and data a plan writes after a figure. */
export const LATIN_UNITS = [
  "GWh",
  "MWh",
  "kWh",
  "KWh",
  "GW",
  "MW",
  "kW",
  "KW",
  "km²",
  "km2",
  "km",
  "m²",
  "m³",
  "TB",
  "GB",
  "PB",
  "t"
];
const UNITS = [
  "个百分点",
  "个月",
  "年一遇",
  "个工作日",
  "工作日",
  "平米",
  "平方公里",
  "平方米",
  "立方米",
  "公里",
  "千米",
  "公顷",
  "千瓦时",
  "千瓦",
  "兆瓦",
  "人次",
  "台次",
  "架次",
  "小时",
  "分钟",
  "亩",
  // 5万吨标准煤: a compound unit of energy (tonnes of standard coal equivalent), not 吨 and a noun.
  "吨标准煤",
  "吨标煤",
  "吨二氧化碳",
  "吨",
  // 粮食产量500亿斤左右, 人均10公斤: weights of grain and produce (亿斤, 万斤 with the multiplier).
  "公斤",
  "斤",
  "米",
  "家",
  "个",
  "名",
  "项",
  "张",
  "件",
  "处",
  "所",
  "座",
  "幢",
  "条",
  "人",
  "次",
  "台",
  "套",
  "组",
  "户",
  "株",
  "头",
  "只",
  "辆",
  "床",
  "间",
  "元",
  "批",
  "类",
  "种",
  "份",
  "场次",
  "场",
  "天",
  "支",
  "岁",
  // 连接10片楔形绿地: a count of tracts.
  "片",
  // 开行列车38对: a count of pairs.
  "对",
  // Measure words of things a plan counts (补建市政消火栓169具, 新增路灯500盏, 新造船舶10艘, 新增无人机20架, 处置
  // 地块5宗, 改造12栋, 出版图书3册, 报告病例10例 …); a word they begin (具体, 根据, 把握, 宗旨, 例如, 架构, 列入) is no
  // unit (UNIT_WORD).
  "具",
  // 开工建设200部电梯, 新增救护车10部: 部 counts machines and vehicles (a word it begins, 部门 or 部署, is none: UNIT_WORD).
  "部",
  "艘",
  "盏",
  "把",
  "根",
  "块",
  "栋",
  "册",
  "宗",
  "例",
  "架",
  "列",
  "棵",
  "枚",
  "颗",
  "篇",
  // 25400㎡, 3㎞: the square metre and kilometre as one character.
  "㎡",
  "㎞",
  // Latin units (SI and trade), as plans print them after full-width forms are folded: 120MW, 3GW, 500kWh, 20km,
  // 1000m², 10GB. Longer first (kWh before kW); a letter after the unit makes none (120MWp is no MW, 5G no unit).
  ...LATIN_UNITS,
  // 11大类, 8大体系: a count of major categories.
  "大(?:类|体系|工程|行动|平台|领域|板块)",
  "%"
];
const NUMBER_UNIT = new RegExp(
  // A number starts where no digit stands before it, and its digits are taken whole ((?=(\d+))\1 is atomic):
  // a long run of digits is tried once, not once per position.
  `(?<![\\d.])(?=(\\d{1,15}))\\1(?![\\d])((?:\\.\\d+)?)(?:\\s*(?:到|至|-|—|~)\\s*(\\d+(?:\\.\\d+)?))?\\s*(?:余|多)?(万亿|万|亿|千)?(?:余|多)?\\s*(\\(含\\))?\\s*(${UNITS.join("|")}|年(?!一遇)|(?<=[万亿]))((?:/|每)(?:日|天|年|月|小时)|\\/(?:平方公里|公顷|万人|千人|百人))?`,
  "g"
);
/** A unit that is the first character of a word: 121人才梯队, 3个一批 are names, not counts. */
const UNIT_WORD =
  /^(?:人才|人员|人口|人民|人群|人工|人居|人文|家庭|家园|家居|家政|家乡|家电|名牌|名优(?!秀)|对(?:口|接|标|象|于|照|比|应|\d)|名片|名称|名录|项目|条件|条例|件事|处理|处置|所有|所在|座谈|台账|台阶|套餐|户籍|户外|场景|场所|场地|天然|天气|种植|种业|种类|种养|批发|批次|类型|份额|米面|元素|吨位|次数|间隔|个人|个体|个性|头部|只有|床位|组织|组建|组团|组合|组成|组长|组员|片区|片面|片段|片长|具体|具有|具备|把握|把关|根据|根本|根源|根治|块状|栋梁|宗旨|宗教|例如|例外|例行|架构|架空|架设|列入|列为|列出|列车|列表|篇章|篇幅|颗粒|枚举|部门|部署|部分|部位|部件|部长|部委|部队|部落|部属|部级|部省|部际|部市)/;
const CONCEPT_AFTER =
  /^(?:[\u4e00-\u9fff]{0,6}?圈|(?:社区|城市|便民|健康|文化|居民|服务)?(?:见绿|见园|见景|见水|范围内|半径|步行|车程|通勤))/;
/**
 * Words that state the state of things (截至, 目前, 已建成 …). 目前 and 现有 are words only where they start one: not the
 * end of 项目/题目/节目 before 前期 (加大项目前期工作力度), nor 实现/发现/体现 before 有 or 已 (实现有效衔接).
 */
const STATUS =
  /截至|截止|(?<![项题科节栏条细书名剧数盲心耳面账瞩注醒夺满纲篇])目前|(?<![实发体表出呈展再重])现(?:有|已|状)|已有|已建成|已完成|已实现|已达到|已达|已形成|已投运|已覆盖|已创建|已培育|已经|已累计|累计已|据统计|统计显示/;
const STATUS_ALL = new RegExp(STATUS.source, "g");
/** A status word's clause that closes with 的 and a noun: it only qualifies what that noun names (已达标的街镇). */
const QUALIFYING = /^[^,。;:\d的]{0,12}的[^,。;:\d]{1,24}?[,;:]/;

/**
 * Where the last word that states the state of things stands in the text of a sentence up to a figure, or -1. A
 * status word in an earlier clause that describes a set (对2020年已达标的街镇进行提档升级,提档升级街(镇)比例达到50%以上:
 * the streets that have met the standard, the figure is a goal) is a qualifier, not a statement of what is: only one
 * in the figure's own clause, or one that states a fact of its own (目前,全区…), counts.
 */
function statusAt(head: string): number {
  let last = -1;
  for (const s of head.matchAll(STATUS_ALL)) {
    const rest = head.slice(s.index!);
    if (QUALIFYING.test(rest)) continue;
    last = s.index!;
  }
  return last;
}
/**
 * A verb of change to a level right after a figure (由7%降至6%, 由20天减至8.5天, 由…9600元以下提高到…), the figure's own
 * words of comparison before it: the figure is where the change starts from.
 */
const CHANGE_TO =
  /^\s*(?:及以上|以上|以下|以内)?\s*(?:降至|降低到|降低至|降低为|降到|下降到|下降至|下降为|降为|提高到|提高至|提高为|提升到|提升至|增长到|增长至|增加到|增加至|增至|上升到|上升至|减少到|减少至|减少为|减至|减到|减为|压减到|压减至|压减为|缩减到|缩减至|缩减为|压缩到|压缩至|压缩为|缩短到|缩短至|缩短为|扩大到|扩大至)\s*(?=\d)/;
/**
 * 由 or 从 and the words between it and the figure a change starts from: what the figure is now (由目前平均20天, 由现行
 * 的…) or the measure it is stated in (由家庭年人均可支配收入9600元以下): up to 12 characters, no digit, no mark of
 * punctuation. Not 由 or 从 inside a word (由于, 理由, 从业, 从事, 从严, 从而).
 */
const BASELINE_OPEN = /(?<![理自缘事因经])(?:由(?!于|此)|从(?!业|事|严|而|源|优|重|快|紧|实))[^,。;:、\d由从]{0,12}$/;
const BEFORE =
  /^(降至|降到|降为|降低为|下降为|减至|减到|减为|减少到|减少至|减少为|压减到|压减至|压减为|缩减到|缩减至|缩减为|提高到|提高至|提升到|提升至|增长到|增加到|降低到|降低至|压缩到|压缩至|缩短到|缩短至|控制在|保持在|稳定在|不得低于|不得少于|不得超过|不得小于|不得大于|不低于|不少于|不高于|不超过|不小于|不大于|至少|最少|最多|超过|突破|大于|小于|达到|高于|低于|增长|提高|下降|降低|减少|增加|上升|保持|最高|最低|占|达)([^,。;:、]{0,6}|[^,。;:、]{6,24}的)$/;
/** The verbs of change that take their object before 至/到 (压缩企业开办时间至…): two characters each. */
const CHANGE_VERBS = ["压缩", "缩短", "降低", "提高", "提升", "减少", "增加", "扩大", "延长", "控制"];
/** A character of a verb's object: no mark of punctuation, no digit. */
const OBJECT_CHAR = /^[^,。;:、\d]$/;
const isSpace = (c: string) => /^\s$/.test(c);

/**
 * A verb of change, its object, then 至/到 (控制 … 在) right before the value: 压缩企业开办时间至5个工作日, 将…提高到…,
 * 把…控制在…: what opens the phrase (将, 进一步; no , 。 ; : in it), the verb, the object (what is measured: 2 to 24
 * characters, no mark of punctuation, no digit, no verb of change starting in it) and 至/到/在 (在 only after 控制 and 2
 * to 24 such characters), then only spaces; the earliest verb that fits. Null when the phrase has none. Read from the
 * end (the pattern this replaces, /^([^,。;:]*?…)(压缩|…)(…{2,24})(至|到|…在)\s*$/, backtracked over every start of a
 * long phrase).
 */
function verbObjectTo(before: string): {opening: string; verb: string; object: string; to: string} | null {
  let q = before.length;
  while (q > 0 && isSpace(before[q - 1])) --q;
  const to = before[--q];
  if (to !== "至" && to !== "到" && to !== "在") return null;
  if (to === "在") {
    // 控制, then 2 to 24 characters of an object, right before 在.
    let control = false;
    for (let k = 1; k <= 24 && q - k >= 0 && OBJECT_CHAR.test(before[q - k]) && !control; ++k)
      control = k >= 2 && q - k - 2 >= 0 && before.startsWith("控制", q - k - 2);
    if (!control) return null;
  }
  const stop = before.search(/[,。;:]/);
  const last = Math.min(q - 4, stop < 0 ? before.length : stop);
  for (let v = Math.max(0, q - 26); v <= last; ++v) {
    const verb = CHANGE_VERBS.find((w) => before.startsWith(w, v));
    if (!verb) continue;
    let object = true;
    for (let p = v + 2; p < q && object; ++p)
      object = OBJECT_CHAR.test(before[p]) && !CHANGE_VERBS.some((w) => before.startsWith(w, p));
    if (object) return {opening: before.slice(0, v), verb, object: before.slice(v + 2, q), to};
  }
  return null;
}
/** Words of comparison or change that are one only where they touch the number (保持100%, 增长30%, 日均高于5520吨):
 * 提高项目300个 is a subject, not 提高 by 300. A bare 提升 is none at all: it names works (缓拥堵提升21个). */
const TOUCHING = /^(?:达|高于|低于|增长|提高|下降|降低|减少|增加|上升|保持|最高|最低|占)$/;
/** A base of comparison at the end of a subject (…使用量同比2022年 增长30%): words of comparison, not what is counted. */
const BASE_OF_CHANGE =
  /(?:(?:同比|较|相比|相较|对比)(?:于)?\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?)?|比(?:于)?\s*(?:19|20)\d{2}\s*年(?:底|末)?|日均|年均|月均)$/;
const AFTER = /^(及以上|以上|以下|以内|左右)/;
/** The rest of a range whose ends both carry the unit: 5%-10%, 3万吨至5万吨. */
const RANGE_REST = /^\s*(?:到|至|-|—|~)\s*(\d+(?:\.\d+)?)\s*(万亿|万|亿|千)?/;
/** What follows a number that scopes a rule: (以上)的 + noun, or a short noun and then 以上的 (200张床位以上的养老机构). */
const SCOPE_AFTER =
  /^(?:(?:及以上|以上|以下|以内)?(?:\s*\((?:不含|含|包含|不包含|包括|不包括)[^()]{0,12}\))?\s*的|[^,。;:、\d]{1,6}?(?:及以上|以上|以下|以内)的|(?:及以上|以上)\s*\d+(?:\.\d+)?\s*(?:万亿|万|亿|千)?[^,。;:、\d]{0,6}?(?:以下|以内|(?<!不)以上)的)/;
/** A phrase that states an event as a condition (发生亡3人以上的火灾,…; 如出现…的): what it counts is a case, not a goal. */
const CONDITION_OPEN = /(?:发生|出现)(?![率数量])[^,。;:]*$/;
/** …and closes with 的 (+ a short noun) before the clause that says what follows: 发生…的火灾,按照规定提请…. */
const CONDITION_CLOSE = /^[^,。;:]{0,24}?的[^,。;:、]{0,8}[,;]/;
/** 均 that shares a number among names, not the 均 of 平均 / 人均 / 年均 (an average). */
const SHARED = /(分别|(?<![平人年户日月亩])均|都)/;
const SHARED_END = /(分别|(?<![平人年户日月亩])均|都)\s*$/;
const AT_LEAST = /以上|不低于|不少于|不小于|不得低于|不得少于|不得小于|至少|最少|最低/;
const AT_MOST = /以下|以内|不超过|不高于|不大于|不得超过|不得大于|最多|最高|控制在|压缩|缩短/;
/** Strict comparisons: 超过50% is more than 50%, not at least, as is 突破2200家 (breaks through); 低于5% less than 5%. */
const MORE_THAN = /(?<!不|不得)(?:超过|突破|高于|大于)/;
const LESS_THAN = /(?<!不|不得)(?:低于|小于|少于|不足)/;
/** What words of comparison mean: more than, less than, at least, at most, or the number itself. */
export function comparatorOp(words: string): Comparator {
  return MORE_THAN.test(words)
    ? ">"
    : LESS_THAN.test(words)
      ? "<"
      : AT_LEAST.test(words)
        ? ">="
        : AT_MOST.test(words)
          ? "<="
          : "=";
}
/** An amount added, not the total reached: 新增300座, 新建100公里, 增加… (not 增加到). */
const INCREASE = /新增|新建|新开|新培育|新改建|增设|增加(?!到|至)/;
/** Words of a norm that holds at all times (原则上, 应, 不得): with no year and no word of the future, a bound is a rule. */
const NORM = /原则上|(?<![响适反供对相理])应(?![用急对])|(?<!无)须|不得|一律/;
/** A second count later in the same phrase (…林地5个): the number before it qualifies what that one counts. */
const QUALIFIED_COUNT = new RegExp(
  `^[^,。;:、\\d]{1,12}?\\d+(?:\\.\\d+)?\\s*(?:万亿|万|亿|千)?\\s*(?:${UNITS.join("|")})`
);
/**
 * The group whose share a percentage gives, and the verb after it: 80%(以上)的区(县级市)达到…; or the agent that acts
 * on the group, after 由: 50%以上的专利由企业申请.
 */
const SHARE_OF =
  /^((?:及以上|以上|以下)?的)([^,。;:\d]{1,20}?)(?=达到|实现|完成|签订|建成|建立|具备|配备|拥有|通过|开展|纳入|覆盖|达标|由)/;
/** The same without 的, where the share opens its phrase: 70%以上居住区实现垃圾分类实效达标. */
const SHARE_OF_BARE =
  /^((?:及以上|以上|以下)?)(?!达到|实现|完成|签订|建成|建立|具备|配备|拥有|通过|开展|纳入|覆盖|达标|由)([^,。;:、\d的]{1,12}?)(?=达到|实现|完成|签订|建成|建立|具备|配备|拥有|通过|开展|纳入|覆盖|达标|由)/;
/** A figure the plan names as a goal or a requirement: 50%的目标要求, 70%以上的…比例要求. */
const GOAL_NAMED = /^(?:及以上|以上|以下)?的[^,。;:、\d]{0,8}?(?:目标|要求|指标)/;
/** A verb that hands a figure down to others (分解到, 下达至, 分配给). */
const HANDED_DOWN = /^[^,。;:]{0,24}?(?:分解|下达|分配)(?:到|至|给)/;
/** After a threshold: a description ending in 的, the set it describes, and 都/均/各 (…的行政村都建有). */
const EACH_OF_SET = /^[^,。;:\d]{0,24}?的[^,。;:、\d]{1,8}?(?:都|均|各)/;
/** A verb that puts the count before its noun: 每县建设1到2个示范点, 各建有1个中心. */
const VERB_BEFORE_COUNT =
  /(?:完成|开发|提供|建设|建成|建有|设有|拥有|新建|修缮|修复|治理|推动|整治|培育|培养|选拔|扶持|支持|资助|认定|新增|打造|创建|设立|引进|组建|评选|培训|遴选|实施|开展|举办|推出|发布|制定|形成|布局|改造|配备|选树|命名|连接)$/;
const LEADING_SIZE = new RegExp(
  `^\\d+(?:\\.\\d+)?\\s*(?:万亿|万|亿|千)?\\s*(?:${UNITS.join("|")})(?:及以上|以上|以下)?`
);
const LEADING_VERB_WORD =
  "推进|推动|推广|创建|建成|建设|新建|改扩建|新改建|改建|扩建|建立|健全|设立|培育|认定|遴选|新增|打造|实现|争创|引进|组建|评选|培训|完成|举办|举行|开展|组织|选拔|培养|扶持|资助|落实|启动|发放|成立|筹建|选派|发动|评定|投运|更新|产生|推荐|募集|筹集|销售";
/** Verbs of doing that open a phrase, alone or joined (选拔资助, 引进和培养, 更新投运), after an adverb (重点, 全面). */
const LEADING_VERB = new RegExp(
  `^(?:(?:高标准|高质量|加快|积极|力争|持续|累计|重点|全面|直接|逐步|着力|大力|新)?(?:${LEADING_VERB_WORD})(?:(?:和|及|与|、)(?:${LEADING_VERB_WORD})|(?!新)(?:${LEADING_VERB_WORD})){0,2})(?![率面量额或]|(?<=建成)区)`
);
/**
 * Words of commitment or aspiration and the goal verb after them, at the head of a target's phrase (努力实现地区生产总值
 * 增长6.2% → 地区生产总值; 确保达到120MW; 力争完成…): they say how firmly the plan means it, not what is measured.
 */
const ASPIRATION = /^(?:努力|力争|确保|争取|力求|全力|奋力|务必)+(?:实现|达到|完成)?/;
const YEAR = /((?:19|20)\d{2})\s*年/g;
/** A size (an area, a length, a volume) … */
const SIZE_UNIT = /^(?:平方公里|平方米|平米|立方米|公里|千米|公顷|亩|米)$/;
/** … followed by the noun it measures and 的: 15.6平方公里滨水区域的文物资源 describes a place, it sets no goal. */
const SIZE_OF_NOUN = /^[\u4e00-\u9fff]{1,8}?的/;
/** A unit of capacity or size (吨, 千瓦, 立方米 …) that may stand in a project's name. */
const MEASURE_UNIT = /^(?:吨|千瓦|兆瓦|立方米|平方米|平米|公顷|亩|公里|千米|米|吨\/日|吨\/年)$/;
/** The rest of a project's name after its capacity, up to 项目/工程/装置/生产线/基地, with no 的 or stop between. */
const PROJECT_NAMED = /^[^,。;:、\d的]{1,10}?(?:项目|工程|装置|生产线|基地)/;
/** A count earlier in the same phrase, then the noun it counts (完成4个既有城市轨道交通站点 | 50米). */
const COUNT_BEFORE = new RegExp(`\\d\\s*(?:万亿|万|亿|千)?\\s*(?:个|座|处|条|家|所|项|批|组)[^,。;:、\\d]{1,20}$`);
/** After a count: its noun described up to 的, then the set it names, then 中 (among). */
const AMONG = /^[^,。;:]{0,30}?的[\u4e00-\u9fff]{1,6}?中(?![心国央小期长间等标级学])/;
/** The total a bracket breaks down: 共计9个(嘉定新城5个、其他区域4个) counts 9, not 5 and 4. */
/** After a count: the noun counted, then a bracket naming its members one by one (4个干垃圾项目(奉贤二期、金山二期…)). */
const NAMED_MEMBERS = /^[\u4e00-\u9fff“”]{1,12}?\(([^()\d]+、[^()\d]+)\)/;
/** A goal verb that sets a count as a level to reach: 建成4个…, 完成3个…, 新开工2个…. */
const GOAL_VERB_BEFORE = /(?:建成|完成|新建|建设|新增|开工|竣工|投运|投产|打造|创建|达到|实现)\s*$/;
/**
 * A list of names before 等 and the count (颛桥中心村、浦江召稼楼…等8个项目; its members apart at 、 or 以及): the words
 * before 等 at the end of a phrase (and spaces), when they hold no , 。 ; : and a 、 with words either side; else null.
 * Read from the end (the pattern /^([^,。;:]+、[^,。;:]+?)等\s*$/ backtracked over every 、 of a long phrase).
 */
function listedBefore(phrase: string): string | null {
  let k = phrase.length;
  while (k > 0 && isSpace(phrase[k - 1])) --k;
  if (phrase[k - 1] !== "等") return null;
  const list = phrase.slice(0, k - 1);
  if (/[,。;:]/.test(list)) return null;
  const joint = list.indexOf("、", 1);
  return joint >= 1 && joint <= list.length - 2 ? list : null;
}
/** A size before the name of a plan it scopes (形成1平方公里规划实施方案, 编制10平方公里控制性详细规划). */
const DOCUMENT_NAMED = /^[^,。;:、\d的]{0,8}?(?:规划|方案|计划|设计|研究)(?=[,。;:、]|$)/;
const TOTAL_BEFORE_BRACKET = new RegExp(`\\d\\s*(?:万亿|万|亿|千)?\\s*(?:${UNITS.join("|")})\\s*\\($`);
/** A verb that sets a level to reach, in a phrase that names a standard. */
const ATTAIN = /达到|提高|提升|增至|实现|不低于|不少于|以上/;
/** A verb right before a size makes it something to do (新建100公里绿道的…, 完成5000亩的…). */
const VERB_BEFORE_SIZE =
  /(?:建设|建成|新建|改建|扩建|修建|改造|整治|治理|修复|完成|实现|新增|增加|打造|达到|达|提高到|提升到|控制在|超过|不少于|不低于|不超过|累计|共|约)$/;

/** A span of time: the period of a frequency, a procedure's period or a time limit. */
const DURATION_UNIT = /^(?:个工作日|工作日|天|个月|小时|分钟|年)$/;
/** A verb that sets a span of time as a level to reach (办结时限压缩至3个工作日): a duration is a target only after one. */
const SETS_DURATION =
  /^(?:提高|提升|增长|增加|降低|降至|降到|降为|下降|减至|减到|减为|减少|压减|缩减|压缩|缩短|控制在|保持在|稳定在|不得超过|不超过|不高于|最多)/;
/**
 * A period and the count of times in it: 每季度(至少开展)1次, 15天完成1次; a period of several units, its count in
 * Chinese numerals or digits, is one too (每两个月至少举办1次, 每两年集中开展1次, 每3年…1次).
 */
const EVERY =
  /每\s*(?:[一二三四五六七八九十两半]{1,2}|\d+)?\s*(?:个)?(?:日|天|周|旬|月|季度|季|半年|年|学期)|\d+(?:\.\d+)?\s*(?:天|日|周|个月|月|年|小时)[^,。;:、\d]{0,8}$/;
/** Words of a rate per year before a figure in its phrase: 每年完成, 年均新增, 每年度. */
/**
 * A rate per unit written right before the figure (县道每年每公里1万元, 每户500元, 每人每年200元): group 1 is what the
 * figure is per (公里, 户, 万人); 每年 around it makes the rate annual (ANNUAL).
 */
const PER_UNIT =
  /(?:每\s*(?:年度?|月|日|天)\s*)?每\s*((?:[万千百])?(?:公里|千米|平方公里|平方米|亩|公顷|户|人|床|辆|吨))\s*(?:每\s*(?:年度?|月|日|天)\s*)?$/;
/** A bound a rate per unit is held to (不得低于县道每年每公里1万元): the words of comparison it may stand apart from. */
const PER_BOUND = /不得低于|不低于|不得少于|不少于|不得超过|不超过|不得高于|不高于|至少|最低|最高|达到/;
/** The name of a part a rate per unit is given for (县道, 乡道, 村道): short, with no figure and no verb of its own. */
const PER_PART = /^[\u4e00-\u9fff]{1,6}$/;
const ANNUAL = /(?:每年|年均|每年度|年平均|平均每年)[^,。;:\d]{0,10}$/;
/** A span of time followed by the count of times in it (15天完成1次): the period of a frequency. */
const PERIOD_OF_COUNT = /^[^,。;:、\d]{0,8}?\d+\s*次/;
/** A bound of space or time after a figure (周边50米内, 5个工作日内办结): where or when a task applies. */
const WITHIN = /^(?:以内|之内|内|范围内)/;
/** A measure stated of a thing (日分拣处置能力300吨/日, 计划量为150吨/日, 面积约8.6平方公里): the figure is its value. */
const MEASURE_STATED = /(?:能力|量|面积|规模|长度|里程|人口|容量|总数|人数|户数)\s*(?:为|是|约|共|计)?\s*$/;
/** Verbs of doing, making or attaining: a figure with none of them in its clause may only describe what is. */
const DOING =
  /建设|建成|新建|改建|扩建|完成|实现|达到|达|新增|增加|提高|提升|降低|降至|减少|压缩|缩短|控制|保持|稳定|培育|培养|打造|创建|设立|引进|组建|评选|培训|遴选|开展|举办|推出|发布|制定|形成|改造|整治|治理|修复|配备|投运|开行|覆盖|确保|力争|争取|不低于|不少于|不超过|超过|至少|累计/;
/** Words that commit a sentence to the future: a figure in it is a goal even without a verb. */
const WILL = /要|将|力争|确保|争取|目标|到\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*年(?:底|末)?(?:前|内|起)|计划(?!量)/;
/** The period before a cumulative count (三年累计, “十四五”期间, 全年共): not part of what is counted. */
const LEADING_PERIOD =
  /^(?:(?:(?:[一二三四五六七八九十两]|\d+)(?:年|个月)|全年|年内)(?:内)?(?:累计|共|合计|总计)|(?:[一二三四五六七八九十两]|\d+)(?:年|个月)内|累计|“[^”]{1,6}”期间|[^,。;:“”]{1,6}?期间)/;
/** A rate word that opens a phrase (每年投运…, 年均销售…): the figure is marked annual, the words are not what is counted. */
const LEADING_RATE = /^(?:每年度|每年|年均|平均每年)/;
/** After a counted noun: 、, a piece with no figure and no stop, 的 and the noun's head (、硕士学位的企业紧缺人才). */
const NOUN_GOES_ON = /^、[^,。;:、(\d]{1,12}?的[^,。;:、(\d]{1,12}/;
/**
 * A piece of a list before 、 that names what the words after it qualify as well (a level, 市 of 市、区(县级市)两级; a
 * kind, 乡道 of 乡道、村道养护; 城镇职工 of 城镇职工、城镇居民医保…支付比例): a short noun with no figure and no verb.
 */
const SHARED_NAME = /^\s*(?:\d+年内|(?:19|20)\d{2}年\s*,?)?[\u4e00-\u9fff()]{1,8}$/;
/** Words before a count that only scope or introduce it (对全区1918个垃圾箱房, 争取将60座社区公园, 共计15.19平方公里…,
 * the total of the things listed before it: 电四小区、鲁汇一村共计约1.4万平方米成套改造): the noun after the count is what
 * it counts. */
const BARE_SCOPE =
  /^(?:(?:争取|力争|逐步)?(?:将|把)|(?:(?:全|本)(?:市|区|县|省|镇))?(?:首批|第[一二三四五六七八九十\d]+批)|(?:全|本)(?:市|区|县|省|镇)|[^,。;:]*?(?:共计|合计|总计))$/;
/**
 * A unit that counts things (个, 条, 家, 座 …): the noun right after it is what is counted. After a verb that opened the
 * phrase, the words between the verb and the number own or place the things (推动潞讯精密电子30条生产线投产: a
 * company's lines), they are not counted.
 */
const CLASSIFIER =
  /^(?:个|条|家|座|所|处|台|部|辆|艘|套|张|批|项|件|栋|幢|支|只|片|间|块|具|盏|把|根|册|宗|例|架|列|棵|枚|颗|篇)$/;
/** A verb after which the previous phrase names what a bare count counts (…出入口增加电扶梯,三年累计新增19台). */
const PREVIOUS_VERB = new RegExp(`(?:${LEADING_VERB_WORD}|增加|增设|配置|配备|安装)`, "g");
/** Words of a total over a period before a figure in its phrase (三年累计, 5年内, “十四五”期间, 累计达到). */
const CUMULATIVE = /累计|期间|(?:[一二三四五六七八九十两]|\d+)(?:年|个月)内/;

/** A quotation that states goals, not a name: a verb of comparison before a number with its unit. */
const QUOTED_GOAL = /(?:达到|提高到|提升到|增长到|降低到|降至|控制在|不低于|不少于|不超过)\s*\d/;

/** The closing quote of an opening one (“” ‘’ 《》 〈〉 and ASCII ""), by character code; -1 for any other character. */
function closingQuote(c: number): number {
  switch (c) {
    case 0x201c:
      return 0x201d;
    case 0x2018:
      return 0x2019;
    case 0x300a:
      return 0x300b;
    case 0x3008:
      return 0x3009;
    case 0x22:
      return 0x22;
    default:
      return -1;
  }
}

/** One buffer for every quotedMask: a typed array is costly to allocate, and findTargets runs on every item. */
let maskBuffer = new Uint8Array(4096);

/**
 * Marks characters inside “” ‘’ 《》 〈〉 (1 = quoted): numbers there are names, not targets. A quote ends at the
 * end of its sentence at the latest, and “ closes a “ (a common typo of web copies). The mask is valid for indices
 * below text.length, until the next call.
 */
function quotedMask(text: string): Uint8Array {
  if (maskBuffer.length < text.length) maskBuffer = new Uint8Array(Math.max(text.length, 2 * maskBuffer.length));
  const mask = maskBuffer;
  let close = -1;
  let open = -1;
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if (close !== -1 && (c === 0x3002 /* 。 */ || c === 0x3b /* ; */ || c === 0x0a)) {
      // A quote never spans a sentence: an unclosed or mistyped one (“四化“) ends with it.
      mask[i] = 0;
      close = -1;
    } else if (close !== -1) {
      mask[i] = 1;
      // “四化“: a second opening quote where the closing one belongs closes the quote.
      if (c === close || (close === 0x201d && c === 0x201c)) {
        close = -1;
        // 实现“人才达到2000名左右,人才贡献率达到40%”的目标 quotes the plan's own goals: they are read.
        if (i - open > 12 && QUOTED_GOAL.test(text.slice(open, i))) mask.fill(0, open, i + 1);
      }
    } else if ((close = closingQuote(c)) !== -1) {
      mask[i] = 1;
      open = i;
    } else mask[i] = 0;
  }
  return mask;
}

/**
 * How far (characters) the reader looks back from a number for its phrase or its sentence, and ahead for the rest of
 * them: a phrase starts at most REACH characters before its number. No plan writes a phrase this long (the corpus's
 * longest sentence before a number is 151 characters, a phrase between commas 114: a citation of two documents'
 * titles); the bound keeps the reading of a run of thousands of figures with no mark between them (分别达到10家、20家、
 * …, 达到10家达到10家…) linear: every rule reads at most REACH characters around each number.
 */
export const REACH = 400;

/** The kinds of phrase a number's rules read: up to , 。 ; : (CLAUSE), and 、 too (PIECE), 。 ; (SENTENCE), , 。 ; (COMMA). */
const CLAUSE = 0;
const PIECE = 1;
const SENTENCE = 2;
const COMMA = 3;
const KINDS = 4;

/** One buffer for every phraseStarts: four starts a position, reused as maskBuffer is. */
let startsBuffer = new Int32Array(KINDS * 4096);

/**
 * The start of the phrase of each kind holding each index i (0 ≤ i ≤ text.length): after the last separator of the
 * kind before i outside quotes, else 0; at starts[KINDS * i + kind]. One pass over the text, so that finding a
 * number's phrase costs the same at any distance from its start. Valid until the next call.
 */
function phraseStarts(text: string, mask: Uint8Array): Int32Array {
  const size = KINDS * (text.length + 1);
  if (startsBuffer.length < size) startsBuffer = new Int32Array(Math.max(size, 2 * startsBuffer.length));
  const starts = startsBuffer;
  let clause = 0;
  let piece = 0;
  let sentence = 0;
  let comma = 0;
  for (let i = 0; ; ++i) {
    starts[KINDS * i + CLAUSE] = clause;
    starts[KINDS * i + PIECE] = piece;
    starts[KINDS * i + SENTENCE] = sentence;
    starts[KINDS * i + COMMA] = comma;
    if (i === text.length) break;
    if (mask[i]) continue;
    switch (text.charCodeAt(i)) {
      case 0x3002 /* 。 */:
      case 0x3b /* ; */:
        sentence = i + 1;
      // falls through
      case 0x2c /* , */:
        comma = i + 1;
        clause = i + 1;
        piece = i + 1;
        break;
      case 0x3a /* : */:
        clause = i + 1;
        piece = i + 1;
        break;
      case 0x3001 /* 、 */:
        piece = i + 1;
        break;
    }
  }
  return starts;
}

/** The start of the phrase of a kind holding index i (from phraseStarts), at most REACH characters before i. */
function phraseStart(starts: Int32Array, i: number, kind: number): number {
  return i <= 0 ? 0 : Math.max(starts[KINDS * i + kind], i - REACH);
}

/** The last index before `at` of a character of `chars`, looking back at most REACH characters; -1 if none. */
function lastOf(text: string, chars: string, at: number): number {
  for (let j = at - 1, stop = Math.max(0, at - REACH); j >= stop; --j) if (hasCode(chars, text.charCodeAt(j))) return j;
  return -1;
}

/** The first index at or after `at` of a character of `chars`, looking ahead at most REACH characters; -1 if none. */
function nextOf(text: string, chars: string, at: number): number {
  for (let j = at, stop = Math.min(text.length, at + REACH); j < stop; ++j)
    if (hasCode(chars, text.charCodeAt(j))) return j;
  return -1;
}

/**
 * lastOf and nextOf for one text and one set of characters, at positions that move forward as findTargets reads on:
 * each character is looked at about once however many numbers ask (a run of figures with no 。 in it would make
 * lastOf and nextOf look at REACH characters for each). A position behind the last one asked is looked up afresh.
 */
class Marks {
  /** The last index before backAt of a character of the set, or -1. */
  private back = -1;
  private backAt = 0;
  /** The first index at or after aheadFrom of a character of the set, or the text's length. */
  private ahead = -1;
  private aheadFrom = 0;
  constructor(
    private readonly text: string,
    private readonly chars: string
  ) {}
  /** As lastOf(text, chars, at). */
  last(at: number): number {
    if (at < this.backAt) return lastOf(this.text, this.chars, at);
    for (let j = this.backAt; j < at; ++j) if (hasCode(this.chars, this.text.charCodeAt(j))) this.back = j;
    this.backAt = at;
    return this.back >= 0 && this.back >= at - REACH ? this.back : -1;
  }
  /** As nextOf(text, chars, at). */
  next(at: number): number {
    if (at < this.aheadFrom) return nextOf(this.text, this.chars, at);
    if (this.ahead < at) {
      let j = at;
      while (j < this.text.length && !hasCode(this.chars, this.text.charCodeAt(j))) ++j;
      this.ahead = j;
      this.aheadFrom = at;
    }
    return this.ahead < this.text.length && this.ahead < at + REACH ? this.ahead : -1;
  }
}

/** The noun after a count of the parts of an indicator system or an assessment: 指标, 方面, 维度, not reaching a level. */
const SYSTEM_PARTS =
  /^[\u4e00-\u9fff]{0,6}?(?:指标|方面|维度)(?![\u4e00-\u9fff]{0,4}(?:达到|实现|位居|处于|保持|进入))/;

/**
 * Verbs that say what a plan covers (its scope), not what it commits to, before a count: 聚焦…102项重大工程, 围绕…3个必备
 * 环节, 梳理出20项任务, 分为3类, 涵盖, 涉及, 从以下5个方面. Found in the corpus's plans and their genre's web copies.
 */
const SCOPING =
  /(?:聚焦|围绕|梳理出|梳理形成|梳理了|分为|分成|划分为|归纳为|概括为|细化为|细分为|分解为|涵盖|涉及|列出|从(?:以下|下列|如下))/;
/** How a clause that opens with 以 ends when it names whom or what a goal addresses: 为(主要)对象, 为重点, 为主体. */
const ADDRESSED = /为(?:主要|重点|服务|工作)?(?:对象|重点|主体|群体)\s*$/;
/** …and verbs of containing, which scope only a count of parts (包括…3类, 主要有5个方面, 包含8项任务). */
const SCOPING_PARTS = /(?:包括|包含|主要有|共有)/;
/** The parts of a plan a count after 包括 may count: 方面, 领域, 环节, 任务, 措施, 工程 … */
const PARTS_NOUN =
  /^[\u4e00-\u9fff]{0,4}?(?:方面|领域|板块|环节|部分|方向|维度|任务|措施|举措|行动|工程|重点|事项|内容|清单|体系|类别)/;

/** 按 and words of comparison right before a share (按不低于30%, 按照每年不低于10%): the bound of a proportion. */
const MANNER_BOUND =
  /按(?:照)?\s*(?:每年)?\s*(?:不低于|不少于|不得低于|不得少于|不超过|不高于|不得超过|至少|最低|最高)\s*$/;
/** …then 的比例, a verb of doing, and what it acts on (group 2): 的比例实施县道专项养护工程. */
const MANNER_SHARE =
  /^((?:及以上|以上|以下)?的比例\s*(?:实施|开展|推进|进行|完成|安排|建设|改造|配置|配建|设置|落实|用于)\s*)([^,。;:、\d]{2,30})/;
/**
 * A manner phrase at the head of a phrase (按不低于30%的比例, 按照二级公路标准, 以农村公路为重点): how the work is done, not
 * what it counts. 以…为重点的 + noun qualifies the noun and stays (以苹果为重点的鲜活农产品).
 */
const MANNER_HEAD =
  /^(?:(?:按照|按|依照|依据|参照)[^,。;:]{1,24}?(?:比例|标准|要求|规定|规划|原则|方式|模式|规范)|以[^,。;:]{1,16}?为(?:重点|主|核心|抓手|引领|导向|主体|依托|载体|突破口))(?![的率化])(?=[\u4e00-\u9fff])/;
/** A threshold a rule is relaxed to (裁员率放宽到不超过企业职工总数20%): a policy's condition, not a goal. */
const POLICY_THRESHOLD = /放宽(?:到|至)[^,。;:]{0,20}$/;
/** The base a rate is taken of, right before it (按…实际缴纳失业保险费的30%): see POLICY_PAYMENT. */
const POLICY_BASE = /按(?:照)?[^,。;:]{1,30}的\s*$/;
/** A sum paid back or out at the rate before it (30%返还, 50%给予补贴): a policy's parameter. */
const POLICY_PAYMENT =
  /^\s*(?:的?(?:比例|标准))?\s*(?:给予|予以|进行)?(?:返还|退还|补贴|补助|奖励|奖补|资助|报销|发放|减免|征收|缴纳)/;
/** A sum a policy grants, its word of granting right before it (给予最高20万元奖励, 再给予 30万元奖励): see POLICY_PAYMENT. */
const POLICY_GRANT = /给予\s*(?:最高|最多|不超过|一次性)?\s*$/;
/** A manner phrase inside a subject, between what is measured and a part's name (专项养护工程 按道路总里程比例 县道). */
const MANNER_MID = /^([^,。;:]{2,24}?)(按(?:照)?[^,。;:、\d]{1,12}?(?:比例|标准))([\u4e00-\u9fff]{1,6})$/;

/** A time limit after a figure in its sentence: 到2027年, 2027年底前, 2027年前完成 (not 2028年逐步…, a year alone). */
const LATER_LIMIT =
  /(?:到|至)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年\s*(?:年底|年末|底|末)?\s*(?:前|以前|之前)(?!\d)/;

/** A conjunction that opens a phrase (并, 同时, 以及, 和 …), not the first character of a word (并购, 和谐, 及时, 与会). */
const CONJUNCTION =
  /^(?:并且|并(?![购网联轨行发列重存])|而且|且|以及|同时|另外|此外|还(?![原款贷建])|和(?![谐美平睦])|及(?![时早格])|与(?![会])|或者|或(?![许]))(?=[\u4e00-\u9fff“])/;

/** Words before a year that make it the base of a change (同比2022年增长30%, 较2020年下降), not the target's year. */
const BASE_YEAR = /(?:同比|较|比|相比|相较|对比)(?:于)?\s*$/;

/** The last year (2025年) a text names, or null; a year after 同比/较/比 is the base of a change and is skipped. */
function lastYear(text: string): number | null {
  let year: number | null = null;
  YEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR.exec(text));)
    if (!BASE_YEAR.test(text.slice(Math.max(0, m.index - 4), m.index))) year = +m[1];
  return year;
}

/**
 * The year a target's sentence names; else the year that opens its sentence up to 。 (2023年,…;集装箱码头泊位岸电覆盖率
 * 达到90%以上: a clause after ; keeps the year its sentence opens with); else the last 到2025年 of the text before
 * it; else null. A time limit later in the sentence (新建充电桩5000个(2027年底前完成), …,到2027年实现全覆盖) comes
 * before the text's earlier 到…年: the sentence's own year beats the paragraph's and the plan's.
 */
function targetYear(
  text: string,
  sentenceStart: number,
  i: number,
  end = i,
  marks?: {stop: Marks; stopOrBreak: Marks}
): number | null {
  const inSentence = lastYear(text.slice(sentenceStart, i));
  if (inSentence !== null) return inSentence;
  if (sentenceStart > 0) {
    const full = Math.max(
      (marks ? marks.stop.last(sentenceStart) : lastOf(text, "。", sentenceStart)) + 1,
      sentenceStart - REACH,
      0
    );
    const opening = /^\s*(?:力争)?(?:到|至|在)?\s*((?:19|20)\d{2})\s*年(?:底|末)?(?:前)?\s*[,:]/.exec(
      text.slice(full, sentenceStart)
    );
    if (opening) return +opening[1];
  }
  {
    const stop = marks ? marks.stopOrBreak.next(end) : nextOf(text, "。;\n", end);
    const rest = text.slice(end, stop < 0 ? Math.min(text.length, end + REACH) : stop);
    const limit = LATER_LIMIT.exec(rest);
    if (limit) return +(limit[1] ?? limit[2]);
  }
  // The 到2025年 of the whole text, found once per text: those that end before the sentence are the matches of the
  // text before it (the pattern has no look-around, and no match can start inside another).
  if (text !== yearsOf.text) {
    yearsOf.text = text;
    yearsOf.found = [];
    for (const m of text.matchAll(/到\s*((?:19|20)\d{2})\s*年/g))
      yearsOf.found.push({end: m.index! + m[0].length, year: +m[1]});
  }
  let year: number | null = null;
  for (const f of yearsOf.found) if (f.end <= sentenceStart) year = f.year;
  return year;
}

/** The 到…年 of the last text targetYear read, with where each ends. */
const yearsOf: {text: string | null; found: {end: number; year: number}[]} = {text: null, found: []};

/**
 * Splits a subject that names several things (A、B和C) into its parts, with their offsets; [] when it is one. A list
 * followed by what it shares (乡土适生树种和地产草种在新建、改建公园绿地的应用比例: 在, 对, 的 after the list) gives each
 * part the shared words: 乡土适生树种在新建、改建公园绿地的应用比例, 地产草种在….
 */
type Part = {
  text: string;
  start: number;
  tail?: {start: number; length: number};
  head?: {start: number; length: number};
};
function subjectParts(subject: string, start: number): Part[] {
  const shared = /^((?:[^、和及与在对的]{1,12}[、和及与])+[^、和及与在对的]{1,12}?)((?:在|对|的)[^]*)$/.exec(subject);
  if (shared) {
    const list = subjectParts(shared[1], start);
    const tail = {start: start + shared[1].length, length: shared[2].length};
    if (list.length > 1) return list.map((p) => ({text: p.text + shared[2], start: p.start, tail}));
  }
  const parts: Part[] = [];
  let from = 0;
  for (let k = 0; k <= subject.length; ++k) {
    if (k < subject.length && !/[、和及与]/.test(subject[k])) continue;
    const piece = subject.slice(from, k).trim();
    if (piece)
      parts.push({
        text: piece,
        start: start + from + (subject.slice(from, k).length - subject.slice(from, k).trimStart().length)
      });
    from = k + 1;
  }
  if (parts.length < 2) return [];
  // 区级公共财政资金用于乡道、村道养护: the words before the first part's name (up to 用于, 对, 在 …) are every part's.
  const lead = LIST_HEAD.exec(parts[0].text);
  const head = lead ? {start: parts[0].start, length: lead[1].length} : undefined;
  if (lead) parts[0] = {text: lead[2], start: parts[0].start + lead[1].length};
  // 县道和乡村道年均养护工程比例, 学校、医院、养老机构覆盖率: the last part runs on into what every part's value measures.
  const last = parts[parts.length - 1];
  const cut = sharedMeasure(
    parts.slice(0, -1).map((p) => p.text),
    last.text
  );
  const words = lead ? lead[1] : "";
  if (cut === null) return parts.map((p) => ({text: words + p.text, start: p.start, ...(head && {head})}));
  const tail = {start: last.start + cut, length: last.text.length - cut};
  const measure = last.text.slice(cut);
  return parts.map((p, k) =>
    k === parts.length - 1
      ? {text: words + p.text, start: p.start, ...(head && {head})}
      : {text: words + p.text + measure, start: p.start, tail, ...(head && {head})}
  );
}

/** A list part as a target's subject: its words, where its run starts, the words it shares after and before it. */
function partSubject(part: Part): Pick<FoundTarget, "subject" | "subjectStart" | "subjectTail" | "subjectHead"> {
  // The first part's run starts with the shared words themselves: no head apart.
  const head = part.head && part.head.start + part.head.length !== part.start ? part.head : undefined;
  return {
    subject: part.text,
    subjectStart: head ? part.start : (part.head?.start ?? part.start),
    subjectTail: part.tail,
    ...(head && {subjectHead: head})
  };
}

/** Marks of punctuation (and spaces) at a subject's edges, which are the sentence's, not the subject's. */
const SUBJECT_EDGE = /^[\s、,，;；:：。]+/;
const SUBJECT_EDGE_END = /[\s、,，;；:：。]+$/;

/** The words before a list's first name that every part shares: a phrase up to 用于, 对, 在 … and a short name after it. */
const LIST_HEAD = /^([^、和及与]{2,16}?(?:用于|对于|针对|关于|对|在))([\u4e00-\u9fff]{1,4})$/;

/** A measure noun ending a subject: what a value measures (覆盖率, 比例, 占比, 收入 …). */
const MEASURE_NOUN =
  /(?:率|比例|占比|比重|指数|面积|总量|数量|规模|里程|长度|收入|总额|金额|人数|户数|个数|数|量|水平|能力|满意度|增速|密度)$/;
/** Words that open what a figure measures, after the name of the thing measured: 年均养护工程比例, 人均可支配收入. */
const MEASURE_OPENER = /年均|平均|人均|日均|户均|年度|每年/;

/**
 * Where the words a list's parts share start in its last part (县道和乡村道年均养护工程比例 → 3: 乡村道 | 年均养护工程比例),
 * or null when the last part is a name like the others. The earlier parts must be bare names (no measure noun, no
 * opener of one, at most 8 characters); the shared words must measure something (end in a measure noun); they start
 * after the last part's name: at the character the first part ends with (县道 / 乡村道), else at an opener (年均,
 * 人均 …), else at the measure noun itself (学校、医院、养老机构覆盖率 → 覆盖率).
 */
function sharedMeasure(names: string[], last: string): number | null {
  // 新建、改建绿道长度, 引进和培养人才: a list of verbs shares what the last one is done to.
  const verb = new RegExp(`^(?:${LEADING_VERB_WORD})`);
  const lastVerb = verb.exec(last)?.[0];
  if (lastVerb && lastVerb.length < last.length && names.every((n) => new RegExp(`^(?:${LEADING_VERB_WORD})$`).test(n)))
    return lastVerb.length;
  // 乡道、村道养护: names of one kind (their head the same character) share the words after the last one's head.
  const end = names[0].at(-1)!;
  const same = last.indexOf(end);
  if (
    same >= 1 &&
    same + 1 < last.length &&
    same + 1 <= 8 &&
    names.every((n) => n.length >= 2 && n.length <= 8 && n.endsWith(end) && !/\d/.test(n)) &&
    !/[的在对]/.test(last.slice(0, same + 1))
  )
    return same + 1;
  if (!MEASURE_NOUN.test(last)) return null;
  if (names.some((n) => n.length > 8 || MEASURE_NOUN.test(n) || MEASURE_OPENER.test(n) || /\d/.test(n))) return null;
  const cuts: number[] = [];
  if (same >= 0 && same + 1 <= 8) cuts.push(same + 1);
  const opener = MEASURE_OPENER.exec(last);
  if (opener && opener.index > 0) cuts.push(opener.index);
  const noun =
    /(?:[\u4e00-\u9fff]{2}率|比例|占比|比重|指数|面积|总量|数量|规模|里程|长度|收入|总额|金额|人数|户数|个数|水平|能力|满意度|增速|密度)$/.exec(
      last
    );
  if (noun && noun.index > 0) cuts.push(noun.index);
  // The first cut that leaves a name before it and a measure after it.
  for (const cut of cuts)
    if (
      cut >= 1 &&
      last.length - cut >= 1 &&
      MEASURE_NOUN.test(last.slice(cut)) &&
      !MEASURE_NOUN.test(last.slice(0, cut))
    )
      return cut;
  return null;
}

/**
 * The quantitative targets of a text: one per number with a unit that the text commits to. 由7%降至6% is one
 * target (6 %, baseline 7 %); 1到2个 one range; A、B分别达到65%和55% pairs each subject with its value and A、B均达到
 * 45% gives each subject the value.
 */
export function findTargets(text: string): FoundTarget[] {
  const found: FoundTarget[] = [];
  // Made at the first number with a unit: most items have none.
  let mask: Uint8Array | null = null;
  let starts: Int32Array = startsBuffer;
  // Where the marks a rule looks for stand around each number (see Marks), made with the mask.
  let marks!: {
    stopBefore: Marks;
    open: Marks;
    close: Marks;
    phraseEnd: Marks;
    year: {stop: Marks; stopOrBreak: Marks};
  };
  // The last ) of the text, found once when a rule needs it.
  let closeAt: number | null = null;
  const lastClose = () => (closeAt ??= text.lastIndexOf(")"));
  // The figure a change starts from (由7%降至6%), where it ends and where its 由 stands, for the figure after it.
  let baseline: {value: number; end: number; open: number} | null = null;
  // 分别达到65%和55%: the parts of the list still to pair with a value. One subject with several values (…分别达到10家、
  // 20家和30家, by year or by kind): `repeat`, every value is that subject's; `years`, a list of years the sentence
  // names before it (2023年、2024年、2025年), each value's year when there are as many.
  let respectively: {
    parts: Part[];
    next: number;
    end: number;
    first: number;
    /** The first value of the stretch of the list whose raw words later values share (see REACH). */
    stretch: number;
    repeat?: boolean;
    years?: number[];
  } | null = null;
  const pairYears = () => {
    if (respectively?.years && respectively.years.length === found.length - respectively.first)
      respectively.years.forEach((y, k) => (found[respectively!.first + k].year = y));
  };
  // 不得低于县道每年每公里1万元,乡道每年每公里5000元: the bound and what it measures, for the parts after the first.
  let perList: {pre: string; tail: {start: number; length: number; join: string}; end: number} | null = null;
  // 年均专项养护工程按道路总里程比例县道不低于13%、乡、村道不低于8%: what the first part's bound measures, for the next.
  let mannerList: {tail: NonNullable<FoundTarget["subjectTail"]>; end: number} | null = null;
  // exec with lastIndex rather than matchAll, which makes a new RegExp on every call. A number starts at a digit: the
  // search starts at the first one (the pattern opens with a look-behind, tried at every position; many texts have
  // no digit at all).
  const firstDigit = text.search(/\d/);
  NUMBER_UNIT.lastIndex = firstDigit < 0 ? text.length : firstDigit;
  for (let m: RegExpExecArray | null; (m = NUMBER_UNIT.exec(text));) {
    const i = m.index!;
    let end = i + m[0].length;
    // 5%-10%: a range whose ends both carry the unit is one target; the loop goes on after its upper end.
    let rangeUpper: number | null = null;
    const rest = m[3] === undefined ? RANGE_REST.exec(text.slice(end, end + 24)) : null;
    if (rest && (rest[2] ?? "") === (m[4] ?? "") && text.startsWith(m[6], end + rest[0].length)) {
      rangeUpper = +rest[1];
      end += rest[0].length + m[6].length;
      NUMBER_UNIT.lastIndex = end;
    }
    if (!mask) {
      mask = quotedMask(text);
      starts = phraseStarts(text, mask);
      marks = {
        stopBefore: new Marks(text, "。"),
        open: new Marks(text, "(。;"),
        close: new Marks(text, ")"),
        phraseEnd: new Marks(text, ",。;"),
        year: {stop: new Marks(text, "。"), stopOrBreak: new Marks(text, "。;\n")}
      };
    }
    if (mask[i]) continue;
    // 年 is a unit of a span of time (轮候时间不超过5年), never of a year or a period of years (2025年, 2024—2026年).
    if (m[6] === "年" && (+m[1] >= 1900 || (m[3] !== undefined && +m[3] >= 1900) || m[7])) continue;
    if (i > 0 && /[\dA-Za-z.第]/.test(text[i - 1])) continue;
    if (/[A-Za-z]/.test(text[end] ?? "")) continue;
    const after = text.slice(end, end + 40);
    if (m[6].length === 1 && UNIT_WORD.test(m[6] + after)) continue;
    // A distance or time that names a concept or an area (15分钟生活圈, 300米见绿, 500米范围内) is not a count.
    if (CONCEPT_AFTER.test(after)) continue;
    // 15天完成1次: the span is the period of the count after it (read there), not a figure of its own.
    if (DURATION_UNIT.test(m[6]) && !m[7] && PERIOD_OF_COUNT.test(after)) continue;
    const post = AFTER.exec(after)?.[1] ?? "";
    // 由7%降至6%, 由目前平均20天减至8.5天以内: the first figure is where the change starts from, whatever else it reads as.
    {
      const window = text.slice(Math.max(phraseStart(starts, i, CLAUSE), i - 14), i);
      const open = BASELINE_OPEN.exec(window);
      if (open && CHANGE_TO.test(after)) {
        baseline = {value: +(m[1] + m[2]), end, open: i - window.length + open.index};
        continue;
      }
    }
    // A number that scopes a rule: 1万(含)平方米, 2万平方米以上的新建公共建筑, 1所200张床位以上的养老机构.
    // Unless a verb of making stands right before it (建成230座以上的公园), or it is the share of a group that
    // does something (80%以上的驻社区单位签订共建协议).
    const share =
      m[6] !== "%"
        ? null
        : (SHARE_OF.exec(after) ??
          (/^\s*$/.test(text.slice(phraseStart(starts, i, PIECE), i)) ? SHARE_OF_BARE.exec(after) : null));
    // A figure the plan names as its goal (占建成区50%的目标要求) is one, though 的 and a noun follow it; but a share
    // that a sentence hands down (将全市70%以上的…比例要求分解到…项目) restates a goal, it sets none.
    const named = GOAL_NAMED.test(after);
    if (named && /将[^,。;:]*$/.test(text.slice(phraseStart(starts, i, CLAUSE), i)) && HANDED_DOWN.test(after))
      continue;
    // 按不低于30%的比例实施县道专项养护工程: a share bounded by words of comparison, the proportion of the thing the verb
    // after 的比例 acts on, is a target of that thing (县道专项养护工程 ≥ 30 %). A bare ratio (按园区陆地面积5%-10%的比例
    // 设置…) is a layout norm: none.
    const manner =
      m[6] === "%" && MANNER_BOUND.test(text.slice(Math.max(0, i - 12), i)) ? MANNER_SHARE.exec(after) : null;
    // The bound a scope's bracket states (6亩以下(不含6亩)的土地: the second 6) scopes as the first does.
    if (/\((?:不含|含|包含|不包含|包括|不包括)\s*$/.test(text.slice(Math.max(0, i - 4), i))) continue;
    if (
      (m[5] || SCOPE_AFTER.test(after)) &&
      !share &&
      !named &&
      !manner &&
      !VERB_BEFORE_COUNT.test(text.slice(Math.max(0, i - 4), i))
    )
      continue;
    // A condition clause (高层建筑发生亡3人以上9人以下的火灾,按照规定提请…) states the cases a rule covers.
    if (CONDITION_OPEN.test(text.slice(phraseStart(starts, i, CLAUSE), i)) && CONDITION_CLOSE.test(after)) continue;
    // A threshold that opens the description of a set each of which does something (10名以上…老人…的行政村都建有…)
    // scopes the set.
    if (post && post !== "左右" && EACH_OF_SET.test(after.slice(post.length))) continue;
    // A planning ratio (按照每3至10万居民…设置1个中心): the count set against a base is a norm, not a quantity to reach;
    // so is a workload per person (每名专管员负责道路里程25-30公里左右: a staffing ratio).
    if (
      /按(?:照)?每\s*\d|^\s*每\s*(?:名|位|人)[^,。;:\d]{0,10}负责/.test(text.slice(phraseStart(starts, i, CLAUSE), i))
    )
      continue;
    // A policy's parameter, not a commitment: a threshold a rule is relaxed to (裁员率放宽到不超过企业职工总数20%), the
    // rate a sum is paid back or out at, of a base (按…实际缴纳失业保险费的30%返还, 按…费用的50%给予补贴), or a sum
    // it grants (对首次认定的高新技术企业给予最高20万元奖励).
    const clauseBefore = text.slice(phraseStart(starts, i, CLAUSE), i);
    if (
      POLICY_THRESHOLD.test(clauseBefore) ||
      ((POLICY_BASE.test(clauseBefore) || POLICY_GRANT.test(clauseBefore)) && POLICY_PAYMENT.test(after))
    )
      continue;
    // A definition (…用地。指…;或…已投资额占总投资额不足25%…) says what a term covers: its figures are criteria.
    if (/^\s*(?:指|是指|系指)/.test(text.slice(Math.max(marks.stopBefore.last(i) + 1, i - REACH, 0), i))) continue;
    // So does a bracket of criteria after a term (三类大件运输(…超过4.5米,或者总宽度超过3.75米…的)), thresholds joined
    // by 或者, or a clause a defining verb opens (是指…的): scopeDefinitions.ts.
    if (definesScope(text, i, end)) continue;
    // A size that qualifies the thing counted next: 建成1000亩以上开放休闲林地5个 counts 林地, not 亩. But a second
    // figure that is itself a threshold of the things counted (培育2家以上年销售收入达500亿元的企业: 的 + noun after it)
    // qualifies them: the first is the count.
    if (post && post !== "左右") {
      const rest = after.slice(post.length);
      const second = QUALIFIED_COUNT.exec(rest);
      if (second && !/^(?:及以上|以上|以下|以内)?的/.test(rest.slice(second[0].length))) continue;
    }
    // A size that describes a thing named beside it (打造以杨浦滨江15.6平方公里滨水区域的…为核心的游径) is not a
    // commitment: the size, then the noun it measures, then 的, with no verb of doing right before the number.
    if (
      SIZE_UNIT.test(m[6]) &&
      !post &&
      SIZE_OF_NOUN.test(after) &&
      !VERB_BEFORE_SIZE.test(text.slice(Math.max(0, i - 4), i))
    )
      continue;
    // A capacity or size inside a project's name (推进上海化工区10万吨绿色甲醇项目稳产达产), with no verb of making right
    // before it, describes the project; and a size after a count in the same phrase (完成4个既有…站点50米公交配套站点改造)
    // qualifies what that count counts.
    if (
      !m[3] &&
      !post &&
      !VERB_BEFORE_SIZE.test(text.slice(Math.max(0, i - 4), i)) &&
      ((MEASURE_UNIT.test(m[6]) && PROJECT_NAMED.test(after)) ||
        (SIZE_UNIT.test(m[6]) && COUNT_BEFORE.test(text.slice(phraseStart(starts, i, PIECE), i))))
    )
      continue;
    // A count of the set things are chosen from (将23项涉及企业许可证…的事项中当场办结的业务项全部纳入…) is a scope.
    if (!post && AMONG.test(after)) continue;
    // The population or field a goal addresses (以全市…7600多名持证残疾人为主要对象, 以3个园区为重点,): whom or what
    // the work is for, not a quantity it commits to. 以…为重点的 + noun goes on inside its phrase and is read as usual.
    if (!post && /^\s*以/.test(text.slice(phraseStart(starts, i, CLAUSE), i))) {
      const stop = marks.phraseEnd.next(end);
      const clauseRest = text.slice(end, stop < 0 ? Math.min(text.length, end + 60) : stop);
      if (ADDRESSED.test(clauseRest)) continue;
    }
    // The parts of an indicator system or an assessment (新增了34个指标, 65个基础性指标, 围绕…等8个方面开展评估, 6个维度)
    // describe how the plan measures, not a quantity it commits to; a count of indicators that reach a level
    // (5项指标达到国际先进水平) is one.
    if (!post && /^[个项]$/.test(m[6]) && !m[7] && SYSTEM_PARTS.test(after)) continue;
    // A count a verb of scope introduces (聚焦…102项重大工程, 围绕…3个必备环节, 梳理出20项任务, 分为3类; 包括…3类 and
    // 主要有…5个方面 before a count of parts) says what the plan covers, not what it commits to: unless a verb of doing
    // or achievement stands right before the count (聚焦重点领域新建10个示范项目, 建成102个…).
    // A verb inside a name the scope lists (聚焦城市建设等3大领域) is no verb of the count: only what follows 等 counts.
    if (m[6] !== "%" && m[6] !== "个百分点") {
      const phrase = text.slice(phraseStart(starts, i, CLAUSE), i);
      const scope =
        SCOPING.exec(phrase) ?? (/^(?:类|大)/.test(m[6]) || PARTS_NOUN.test(after) ? SCOPING_PARTS.exec(phrase) : null);
      if (scope && !DOING.test(phrase.slice(scope.index + scope[0].length).replace(/^[^]*等/, ""))) continue;
    }
    // A breakdown in brackets of the total before it (共计9个(嘉定新城5个、其他区域4个)) repeats that target.
    {
      // The last ( before the number with no 。 or ; after it, no ) closing it before the number, and a ) after it.
      const open = marks.open.last(i);
      if (open >= 0 && text[open] === "(" && marks.close.last(i + 1) < open && lastClose() > i) {
        if (TOTAL_BEFORE_BRACKET.test(text.slice(Math.max(0, open - 16), open + 1))) continue;
      }
    }
    // A standard a task follows (按照…100年一遇、区域50年一遇洪水标准) names a level of design, not one to reach: the
    // figure's phrase ends with 标准 and no verb of attaining stands before the figure in it.
    {
      const stop = marks.phraseEnd.next(end);
      const phraseEnd = stop < 0 ? Math.min(text.length, end + REACH) : stop;
      const start = phraseStart(starts, i, COMMA);
      if (/标准\s*$/.test(text.slice(end, phraseEnd)) && !ATTAIN.test(text.slice(start, i))) {
        const sentence = text.slice(phraseStart(starts, i, SENTENCE), i);
        if (/按照|依照|依据|按/.test(sentence)) continue;
      }
    }
    // Numbers that spell out a quoted formula (实行“1+2+3”理念,即1名…与2名…由3名…) explain it, they set nothing.
    if (/“\d+(?:\+\d+)+[^”]{0,6}”[^。;]{0,12}即[^。;]*$/.test(text.slice(phraseStart(starts, i, SENTENCE), i)))
      continue;
    // A count of things the plan names one by one in a bracket after them (加快推进4个干垃圾项目(奉贤二期、金山二期、浦东
    // 二期、宝山焚烧)) lists the work, it sets no goal: unless a goal verb sets the count (建成4个…项目(…)).
    if (!post && !m[3] && NAMED_MEMBERS.test(after)) {
      const members = NAMED_MEMBERS.exec(after)![1]
        .split(/[、,]/)
        .filter((s) => s.trim());
      if (!m[4] && members.length === +(m[1] + m[2]) && !GOAL_VERB_BEFORE.test(text.slice(Math.max(0, i - 4), i)))
        continue;
    }
    // The same, the names written before the count (重点聚焦颛桥中心村、浦江召稼楼…等8个城中村整体改造项目): the count
    // of the list is the list's, unless a goal verb opens it (建成甲、乙、丙等3个公园).
    if (!post && !m[3] && !m[4]) {
      const listed = listedBefore(text.slice(phraseStart(starts, i, CLAUSE), i));
      const members = listed ? listed.split(/、|以及/).filter((s) => s.trim()) : [];
      if (
        members.length >= 2 &&
        members.length === +(m[1] + m[2]) &&
        members.every((s) => s.length <= 24) &&
        !/(?:建成|完成|新建|建设|新增|开工|竣工|投运|投产|打造|创建|达到|实现)/.test(members[0])
      )
        continue;
    }
    // A size before the name of a plan (形成1平方公里规划实施方案) is the scope the plan covers, not a quantity to reach.
    if (SIZE_UNIT.test(m[6]) && !m[7] && !post && DOCUMENT_NAMED.test(after)) continue;
    // What exists already (紧扣9个已开工项目) is not a commitment.
    if (/^(?:已|现有)/.test(after)) continue;
    // A size noted in brackets after a name (远香湖南(4.73平方公里)), a base of a calculation (按照100.9平方公里计),
    // the time a campaign takes (用3个月左右时间), a condition (长度超过2米、私接…的,要依法…) are not targets.
    if (text[i - 1] === "(" || (text[i - 1] === "约" && text[i - 2] === "(")) {
      if (/^\s*\)/.test(after)) continue;
    }
    if (/^(?:计|计算)/.test(after) && /按(?:照)?[^,。;]{0,12}$/.test(text.slice(Math.max(0, i - 14), i))) continue;
    if (/^(?:左右)?(?:的)?时间/.test(after)) continue;
    if (/^[^,。;:]{0,40}的,/.test(after) && /超过|低于|少于|高于|不足/.test(text.slice(Math.max(0, i - 4), i)))
      continue;
    if (/^[^,。;:]*?(?:以上|以下)的/.test(after) && /^或/.test(after)) continue;
    const value = +(m[1] + m[2]);
    // A rate's denominator (每25公里) or the state of things now (截至2020年底, 目前, 已建成) is not a commitment.
    if (text.charCodeAt(i - 1) === 0x6bcf /* 每 */) continue;
    // 按500户配1名: the number after 按 is the base the next one is set against.
    if (/按(?:照)?\s*$/.test(text.slice(Math.max(0, i - 3), i)) && /^[^,。;]{0,4}?(?:配|设|安排|计)/.test(after))
      continue;
    // The state of things is that of the sentence up to the number, unless words of the future follow the status word
    // (现有养老床位5000张,到2025年新增1000张: the 1000 is a target); the words of a change's start (由目前平均20天减至…)
    // state where the change starts, not what the figure after them is.
    {
      const head = text.slice(phraseStart(starts, i, SENTENCE), baseline && i - baseline.end <= 12 ? baseline.open : i);
      const last = statusAt(head);
      if (last >= 0 && !WILL.test(head.slice(last))) continue;
    }
    // A phrase ends at 、 too, except where 分别 or 均 shares the number among the names before it.
    const wide = phraseStart(starts, i, CLAUSE);
    // And except where 等 closes the list the phrase opens with (新建高架车站、地面车站、基地库房等要求屋顶光伏覆盖面积达到
    // 50%): the list is part of the subject.
    const piece = phraseStart(starts, i, PIECE);
    let narrow = piece;
    // A 、 that joins names sharing the words after them (县、乡、村道列养率; 5年内市、区(县级市)两级…; 乡道、村道养护) is
    // no end of the phrase: a piece before it with no figure of its own, a short name, belongs to the subject.
    // A verb of doing opening the earliest piece governs the whole list (建设石油化工、水域救援队伍3支); a piece that opens
    // with one of its own (完成改造、新建绿道100公里) is a phrase of its own.
    if (!LEADING_VERB.test(text.slice(narrow, i).trim()))
      while (narrow > wide && text[narrow - 1] === "、") {
        const start = phraseStart(starts, narrow - 1, PIECE);
        const before = text.slice(start, narrow - 1).trim();
        const opened = LEADING_VERB.exec(before)?.[0] ?? "";
        const name = before.slice(opened.length);
        // 区级公共财政资金用于乡道、村道养护: the list's first name after the words that lead to it; the whole is the subject.
        if (!opened && LIST_HEAD.test(name) && !DOING.test(name) && !/\d/.test(name)) {
          narrow = start;
          break;
        }
        if (!SHARED_NAME.test(name) || DOING.test(name)) break;
        narrow = start;
        if (opened) break;
      }
    // 县道每年每公里1万元: a rate per unit; after a bound (其中:镇级配套资金用于乡道、村道日常养护经费总额要求不得低于乡道
    // 每年每公里5000元) the whole phrase, 、 and all, is what it measures.
    const per = PER_UNIT.exec(text.slice(Math.max(wide, i - 16), i));
    const from =
      /(?:分别|(?<![平人年户日月亩])均|都)[^,。;:]{0,6}$/.test(text.slice(wide, i)) ||
      (piece > wide && /^[^\d]{0,12}?等/.test(text.slice(piece, i))) ||
      (per && PER_BOUND.test(text.slice(wide, i)) && !/\d/.test(text.slice(wide, i)))
        ? wide
        : narrow;
    const sentenceStart = phraseStart(starts, i, SENTENCE);
    const year = targetYear(text, sentenceStart, i, end, marks.year);
    // A rate per unit keeps what it is per in its unit (每公里1万元 → 万元/公里), as 张/千人 does.
    const unit = (m[4] ?? "") + m[6] + (m[7] ?? "") + (per && !m[7] ? `/${per[1]}` : "");
    // A count of times in a period (每季度至少开展1次, 15天完成1次, 保洁频率提升至15天完成1次) is how often work is
    // done: a frequency, not a quantity to reach, even where the text raises it. A plan that sets a frequency as a
    // target does so in its indicator table (a row 巡查频次 | 次/年 | 12, read by indicators.ts).
    if (m[6] === "次" && !m[7] && EVERY.test(text.slice(wide, i))) continue;
    // A figure stated as a fact (本区人工分拣,日分拣处置能力300吨/日): no verb of doing or attaining in its clause,
    // no words of comparison, in a sentence with no year and no word of the future. It describes what is.
    if (
      !post &&
      year === null &&
      MEASURE_STATED.test(text.slice(from, i)) &&
      !DOING.test(text.slice(wide, i)) &&
      !WILL.test(text.slice(sentenceStart, i))
    )
      continue;
    const upper = m[3] !== undefined ? +m[3] : rangeUpper;
    const base = baseline && i - baseline.end <= 12 ? baseline.value : null;
    const baseOpen = base !== null ? baseline!.open : null;
    baseline = null;
    // The second and later values of 分别达到65%和55%.
    if (
      respectively &&
      (respectively.repeat
        ? LIST_JOINER.test(text.slice(respectively.end, i))
        : i <= respectively.end + 4 && respectively.next < respectively.parts.length)
    ) {
      const part = respectively.repeat ? null : respectively.parts[respectively.next++];
      const prev = found[found.length - 1];
      // A value's raw words run from the list's first value; in a list that runs on more than REACH characters from
      // there, from the value itself, which starts a new stretch of the list (so that a list of thousands of values
      // does not give raw words of every length).
      const fresh = end - found[respectively.stretch].start > REACH;
      if (fresh) respectively.stretch = found.length;
      const start = fresh ? i : prev.start;
      found.push({
        ...prev,
        ...(part && {subjectTail: undefined, subjectHead: undefined, ...partSubject(part)}),
        value,
        unit,
        upper,
        baseline: base,
        raw: text.slice(start, end + post.length),
        start,
        end: end + post.length
      });
      // 分别达到80%、50%以上: the words after the last value (以上) compare every value of the list (of its stretch).
      if (post && post !== "左右")
        for (let k = respectively.stretch; k < found.length; ++k)
          if (!found[k].comparator.endsWith(post)) {
            found[k].comparator = [found[k].comparator, post].filter(Boolean).join("…");
            found[k].op = comparatorOp(found[k].comparator);
          }
      respectively.end = end;
      continue;
    }
    pairYears();
    respectively = null;

    let before = text.slice(from, per ? i - per[0].length : i);
    let pre = "";
    // The name of a part between a bound and its rate per unit (不得低于县道每年每公里1万元 → 县道).
    let perPart: {text: string; start: number} | null = null;
    // The verb before the number: the first of the last few positions where one starts (不超过, not 超过). 达
    // alone must touch the number: in 达标率95% it is part of a word.
    let verb: {index: number; 0: string} | null = null;
    for (let p = Math.max(0, before.length - 32); p < before.length && !verb; ++p) {
      const v = BEFORE.exec(before.slice(p));
      // …比例不低于各区养老机构数量的15%, …老人占全市老人总数的6%: the words up to 的 name the whole a share is of.
      if (v && !(TOUCHING.test(v[1]) && v[2] && !/的$/.test(v[2]))) {
        verb = {index: p, 0: v[0]};
        pre = v[1];
        if (per && PER_PART.test(v[2])) perPart = {text: v[2], start: from + p + v[1].length};
      }
    }
    if (verb) before = before.slice(0, verb.index);
    // 压缩企业开办时间至5个工作日以内, 把…控制在…: a verb of change, its object, then 至/到/在 and the value. The object
    // is what is measured (企业开办时间), the verb and 至 the words of comparison (压缩…至, with 以内 after: ≤).
    let objectAt = 0;
    if (!verb) {
      const change = verbObjectTo(before);
      if (change) {
        pre = `${change.verb}…${change.to}`;
        objectAt = change.opening.length + change.verb.length;
        before = change.object;
      }
    }
    // …使用量同比2022年增长30%: the base of the change joins the words of comparison.
    const changeBase = BASE_OF_CHANGE.exec(before);
    if (changeBase && (pre || /均$/.test(changeBase[0]))) {
      pre = changeBase[0].trim() + pre;
      before = before.slice(0, changeBase.index);
    }
    let subjectStart = from + objectAt;
    let subject = before;
    const trim = (re: RegExp) => {
      const t = re.exec(subject);
      if (t) {
        subject = subject.slice(t[0].length);
        subjectStart += t[0].length;
      }
    };
    // The subject starts after a bracketed qualifier, a year, a leading verb.
    const close = subject.lastIndexOf(")");
    if (close >= 0 && close < subject.length - 1) {
      subjectStart += close + 1;
      subject = subject.slice(close + 1);
    }
    trim(/^\s+/);
    // The levels that do the work (5年内市、区(县级市)两级重点支持300名…) are its actors, not what is counted.
    trim(/^(?:[两三四]级)(?=[\u4e00-\u9fff])/);
    // An ordinal of a list (四是完成…, 其三) opens the sentence, not the subject.
    trim(/^(?:[一二三四五六七八九十]+(?:是|要)|其[一二三四五六七八九十]+,?|第[一二三四五六七八九十]+,|其中[,:]?)/);
    trim(/^(?:力争)?(?:到|至)?(?:19|20)\d{2}年(?:底|末)?(?:前)?,?/);
    // 并设置干湿垃圾储存点1处, 同时新增停车泊位500个: a conjunction joins the phrase to the one before, it is no part of
    // what is counted; nor is a scope word left alone before a mark of punctuation (全市、…).
    trim(CONJUNCTION);
    trim(/^(?:全市|全县|全区|全省|全镇|本市|本县|本区)[、,;:\s]+(?=[\u4e00-\u9fff])/);
    // 确保达到120MW, 努力实现地区生产总值增长6.2%: words of commitment or aspiration open the phrase, not the noun.
    trim(ASPIRATION);
    trim(LEADING_PERIOD);
    trim(LEADING_RATE);
    // 将城镇登记失业率控制在3.5%以内, 把…: 将/把 brings the object before its verb, it is no part of the object.
    trim(/^(?:进一步|逐步)?(?:将|把)(?![来近军握关手])(?=[\u4e00-\u9fff“])/);
    // 按照二级公路标准改造农村公路50公里, 以农村公路为重点实施危桥改造50座: the manner phrase, then its verb, open the phrase.
    {
      const head = MANNER_HEAD.exec(subject);
      if (head) {
        trim(MANNER_HEAD);
        trim(/^(?:实施|开展|进行|改造|推进)(?=[\u4e00-\u9fff])/);
      }
    }
    const unverbed = subject;
    // 新建、改建绿道长度分别达到…: with 分别 or 均, verbs joined in a list are the list's parts (新建绿道长度, 改建绿道长度),
    // not a verb that opens the phrase.
    const marker =
      SHARED_END.exec(text.slice(from, i).slice(0, verb ? verb.index : undefined)) ?? SHARED.exec(verb?.[0] ?? "");
    if (!(marker && /[、和及与]/.test(LEADING_VERB.exec(subject)?.[0] ?? ""))) trim(LEADING_VERB);
    const verbLed = subject !== unverbed;
    // A preposition that opens the phrase (围绕本区建成区40%…, 对其中的约24公里…) is not part of what is counted.
    trim(/^(?:围绕|对于|对(?!外)|针对|在|按照|按)(?:其中的?)?/);
    // A size that qualifies the thing counted (1000亩以上开放休闲林地5个) is not part of its name.
    trim(LEADING_SIZE);
    // The opening quote of a quoted goal (实现“人才达到2000名) is not part of its subject.
    if (/^[“‘]/.test(subject) && !/[”’]/.test(subject)) trim(/^[“‘]\s*/);
    trim(/^\s+/);
    // The words from 由 on state where the change starts (由家庭年人均可支配收入9600元以下), not what is measured.
    if (baseOpen !== null && baseOpen >= subjectStart && baseOpen < subjectStart + subject.length)
      subject = subject.slice(0, baseOpen - subjectStart);
    subject = subject
      .replace(/(?:由|从)\s*[\d.]+\s*[^\s\d]{0,4}$/, "")
      .replace(/(?:分别|(?<![平人年户日月亩])均|都|各|约|共计|合计|共|总计|累计)$/, "")
      // 建成区绿地率到2027年达到40%: the year between the subject and its verb is the target's year, not the subject's.
      .replace(/(?:到|至|在)?\s*(?:19|20)\d{2}\s*年(?:底|末)?(?:前)?$/, "")
      // A modal and the verb after it (本区绿色账户要新增覆盖14.3万户) say what is done, not what is counted.
      .replace(
        /(?:(?<![主重需必纪摘概提简首只])要|应当|必须)[\u4e00-\u9fff]{1,4}$|(?<![供相对适反效响回感理呼答])应$/,
        ""
      )
      // …年综合能耗原则上应 不小于5万吨标准煤, …装机容量确保 达到120MW: a norm or a commitment, not the noun.
      .replace(/(?:原则上(?:应当|应|须|必须)?|(?<![响适反供])应当|必须|确保|力争|争取)$/, "")
      .trimEnd();
    // 年均专项养护工程按道路总里程比例县道不低于13%: a manner phrase between what is measured and a part's name; the
    // subject is the part's name and the measure, joined by · as a rate per unit's part is (县道·专项养护工程).
    let mannerTail: FoundTarget["subjectTail"];
    {
      const mid = MANNER_MID.exec(subject);
      if (mid && !/\d/.test(subject)) {
        mannerTail = {start: subjectStart, length: mid[1].length, join: "·"};
        subjectStart += mid[1].length + mid[2].length;
        subject = `${mid[3]}·${mid[1]}`;
      } else if (
        mannerList &&
        /^\s*[,、]\s*$/.test(text.slice(mannerList.end, from)) &&
        /^[\u4e00-\u9fff、]{1,6}$/.test(subject)
      ) {
        // …县道不低于13%、乡、村道不低于8%: the next part of the list measures the same thing (乡、村道·专项养护工程).
        mannerTail = mannerList.tail;
        subject = `${subject}·${text.slice(mannerTail.start, mannerTail.start + mannerTail.length)}`;
      }
    }
    let rawEnd = end + post.length;
    let subjectTail: FoundTarget["subjectTail"] = mannerTail;
    // A verb before the number makes the noun after it the subject: 每县建设1到2个示范点.
    // The number comes first (遴选50家中小微企业): the noun after it is the subject, when there is one.
    // The noun ends before a second count joined to it (1990个积水点改造及28个空洞点位修复), before the verb of
    // what is done to it (对300个公交站台进行适老化改造, 将60座社区公园纳入名录), and before the outcome it reaches
    // (100个示范社区全面建成, 30条生产线投产).
    let noun =
      /^的?\s*(?:进行|开展|实施)?(?:(?![及和与]\s*(?:至少|不少于)?\s*\d|进行|纳入|(?:全面|基本|全部|如期)?(?:建成(?!区)|投产|达产|投用|投运|开工|完工|落地))[^,。;:、(])+/.exec(
        after.slice(post.length)
      )?.[0] ?? "";
    // The noun goes on over a 、 that joins words sharing its head (1万名左右具有博士、硕士学位的企业紧缺人才): the piece
    // after it has no figure, no verb of its own, and runs on to 的 and the noun.
    if (noun) {
      const shared = NOUN_GOES_ON.exec(
        text.slice(end + post.length + noun.length, end + post.length + noun.length + 30)
      );
      if (shared) noun += shared[0];
    }
    if (share) {
      subject = share[2];
      subjectStart = end + share[1].length;
      rawEnd = subjectStart + share[2].length;
    } else if (
      !subject ||
      // A second count joined to the first (…1990个积水点改造及28个空洞点位修复), or one after a preposition (对300个
      // 公交站台进行…): the noun after it is what it counts.
      ((/[及和与]$/.test(subject) ||
        /^(?:对|为|给|向|有)$/.test(subject) ||
        (BARE_SCOPE.test(subject) && m[6] !== "%") ||
        VERB_BEFORE_COUNT.test(subject) ||
        // 推动潞讯精密电子30条生产线投产: a verb opened the phrase, a counting unit, a noun right after it.
        (verbLed && !post && CLASSIFIER.test(m[6]) && /^[\u4e00-\u9fff]{2}/.test(after))) &&
        noun.trim())
    ) {
      const lead = noun.length - noun.replace(/^的?\s*(?:进行|开展|实施)?/, "").length;
      subject = noun.slice(lead).trim();
      subjectStart = end + post.length + lead;
      rawEnd += noun.length;
    }
    if (manner) {
      subjectStart = end + manner[1].length;
      subject = manner[2];
      rawEnd = subjectStart + subject.length;
    }
    // Nothing left of the phrase and no noun after the number (…出入口增加电扶梯,三年累计新增19台): the noun after the
    // last verb of the phrase before it, in the same sentence and with no figure of its own, is what is counted.
    // A bare figure after another target of its sentence (…要新增覆盖14.3万户,累计达到30.3万户) measures the same thing.
    const previous = found[found.length - 1];
    if (!subject.trim() && /[,、]/.test(text[from - 1] ?? "") && previous && previous.end >= sentenceStart) {
      subject = previous.subject;
      subjectStart = previous.subjectStart;
    }
    if (!subject.trim() && text[from - 1] === ",") {
      const prevStart = phraseStart(starts, from - 1, CLAUSE);
      const prev = text.slice(prevStart, from - 1);
      let last: RegExpExecArray | null = null;
      if (!/\d/.test(prev)) for (const v of prev.matchAll(PREVIOUS_VERB)) last = v;
      const noun = last ? prev.slice(last.index + last[0].length) : "";
      if (noun.trim() && noun.length <= 20) {
        subjectStart = prevStart + last!.index + last![0].length + (noun.length - noun.trimStart().length);
        subject = noun.trim();
      }
    }
    // Else the phrase as written is kept.
    if (!subject.trim()) {
      subjectStart = from + (before.length - before.trimStart().length);
      subject = before.trim();
    }
    // A subject never starts or ends with a mark of punctuation (、改建绿道长度 after a verb trimmed off, 村道养护,):
    // a list's 、 or a clause's comma belongs to the sentence, not to what is measured.
    trim(SUBJECT_EDGE);
    subject = subject.replace(SUBJECT_EDGE_END, "");
    // An age (35岁以下青年, 0~3岁幼儿) names whom a task serves; it is a target only when a verb sets it (达到78岁).
    if (m[6] === "岁" && !pre) continue;
    // A bound of space or time (周边50米内, 5个工作日内办结) says where or when a task applies, unless a verb sets it.
    if ((SIZE_UNIT.test(m[6]) || DURATION_UNIT.test(m[6])) && !m[7] && !pre && WITHIN.test(after)) continue;
    // A span of time is a target only where a verb sets it as a level (压缩至3个工作日, 不超过5个月): the period a step
    // of a procedure lasts (公示至少5个工作日) or the time a task takes is not a quantity to reach.
    if (DURATION_UNIT.test(m[6]) && !m[7] && !SETS_DURATION.test(pre)) continue;
    // 24万以上: a count in 万 with no unit after it is a target only with words of comparison.
    if (!m[6] && !pre && !post) continue;
    // A rate per unit given for parts (不得低于县道每年每公里1万元,乡道每年每公里5000元): each part's subject is its
    // name and what the bound measures (县道·用于农村公路日常养护的总额), and each keeps the bound.
    let perTail: {start: number; length: number; join: string} | undefined;
    if (per && perPart && subject.trim()) {
      perTail = {start: subjectStart, length: subject.length, join: "·"};
      subject = `${perPart.text}·${subject}`;
      subjectStart = perPart.start;
    } else if (
      per &&
      !pre &&
      perList &&
      /^\s*[,、]\s*$/.test(text.slice(perList.end, from)) &&
      PER_PART.test(subject.trim())
    ) {
      pre = perList.pre;
      perTail = perList.tail;
      subject = `${subject.trim()}·${text.slice(perTail.start, perTail.start + perTail.length)}`;
    }
    perList = perTail ? {pre, tail: perTail, end: rawEnd} : null;
    mannerList = mannerTail ? {tail: mannerTail, end: rawEnd} : null;
    if (perTail) subjectTail = perTail;
    const comparator = [pre, post].filter(Boolean).join("…");
    const op = comparatorOp(comparator);
    const rawStart = from + (text.slice(from, rawEnd).length - text.slice(from, rawEnd).trimStart().length);
    const target: FoundTarget = {
      subject,
      subjectStart,
      ...(subjectTail && {subjectTail}),
      value,
      unit,
      comparator,
      op,
      year,
      baseline: base,
      upper,
      raw: text.slice(rawStart, rawEnd).trim(),
      start: rawStart,
      end: rawEnd
    };
    // A rate per year (每年完成80万平米, 年均新增2万个) and an approximate figure (约48公里, 9座左右) are marked so.
    if (ANNUAL.test(text.slice(wide, i))) target.annual = true;
    // A total over a period (三年累计新增19台, 5年内引进100名, “十四五”期间,…增长18%) is marked cumulative.
    else if (CUMULATIVE.test(text.slice(wide, i)) || /^\s*[^,。;:]{0,10}期间\s*,/.test(text.slice(sentenceStart, i)))
      target.cumulative = true;
    if (/约\s*$/.test(text.slice(Math.max(from, i - 3), i)) || post === "左右") target.approximate = true;
    // 新增各类公园300座: an increase, not the stock (全市公园总数1400座); a share (%) is a level whatever its verb.
    if (m[6] !== "%" && m[6] !== "个百分点" && INCREASE.test(text.slice(wide, i))) target.increase = true;
    // 确保达到120MW,力争达到180MW: the 力争 figure after a figure of the same sentence and unit is its stretch.
    {
      const prev = found[found.length - 1];
      if (/^\s*(?:力争|争取)/.test(text.slice(wide, i)) && prev && prev.end >= sentenceStart && prev.unit === unit)
        target.stretch = true;
    }
    // A bound with no year, no word of the future and no verb of doing, in a sentence of a norm (新建公园绿地…应优先
    // 用于…,开发比例不超过50%; 原则上不超过5年) holds at all times: a standing rule, given no year.
    if (
      op !== "=" &&
      year === null &&
      !WILL.test(text.slice(sentenceStart, i)) &&
      NORM.test(text.slice(sentenceStart, i)) &&
      !DOING.test(before)
    )
      target.standing = true;
    const parts = marker ? subjectParts(subject, subjectStart) : [];
    if (parts.length && marker![1] === "分别") {
      found.push({...target, ...partSubject(parts[0])});
      respectively = {parts, next: 1, end, first: found.length - 1, stretch: found.length - 1};
    } else if (parts.length) {
      for (const part of parts) found.push({...target, ...partSubject(part)});
    } else {
      found.push(target);
      // One subject and 分别 (城乡居民人均可支配收入分别增长6%、6.5%; …分别达到10家、20家和30家): every value listed
      // after this one is the same subject's, with the same words of comparison.
      if (marker?.[1] === "分别" && LIST_JOINER.test(after.slice(post.length).replace(/\d[^]*$/, "")))
        respectively = {
          parts: [],
          next: 0,
          end,
          first: found.length - 1,
          stretch: found.length - 1,
          repeat: true,
          years: listedYears(text.slice(sentenceStart, i))
        };
    }
  }
  pairYears();
  // A list of rates summed up by a quoted count of one level (…排查率、…建设率和…履行率“六个100%”): each rate at it.
  if (text.includes("个") && text.includes("“")) {
    const rates = listedRates(text);
    if (rates.length) return [...found, ...rates].sort((a, b) => a.start - b.start);
  }
  return found;
}

/** What stands between two values of a list: 、 or 和/及/与/以及, after the first value's words of comparison (以上). */
const LIST_JOINER = /^(?:及以上|以上|以下|以内|左右)?\s*(?:、|和|及|与|以及)\s*$/;

/** The years a sentence lists (2023年、2024年、2025年 / 2023、2024和2025年), in order; [] for fewer than two. */
function listedYears(text: string): number[] {
  const list = /((?:19|20)\d{2})\s*年?(?:\s*(?:、|和|及|与|,)\s*(?:19|20)\d{2}\s*年?)+/.exec(text);
  return list ? [...list[0].matchAll(/(?:19|20)\d{2}/g)].map((y) => +y[0]) : [];
}

/** A quoted count of one level after a list: “六个100%”, “三个100%”, “5个100%”. */
const QUOTED_LEVELS = /“\s*(?:[一二两三四五六七八九十]{1,3}|\d{1,2})\s*个\s*(\d+(?:\.\d+)?)\s*%\s*”/g;

/**
 * The rates a quoted count of one level sums up (力争实现易燃可燃外保温材料排查率、…和高层住宅“楼长”消防安全责任履行率
 * “六个100%”): each rate of the list before it, back to the sentence's verb (实现, 达到) or its start, a target at the
 * level (100 %), the raw words the quote. The count written is not checked against the list (a plan may count two rates
 * as one). Rates are names ending in 率; a list with one is none.
 */
function listedRates(text: string): FoundTarget[] {
  const out: FoundTarget[] = [];
  for (const m of text.matchAll(QUOTED_LEVELS)) {
    const at = m.index!;
    const from = Math.max(lastOf(text, "。;:,", at) + 1, at - REACH, 0);
    const verb = /^.*?(?:实现|达到|确保|做到)/.exec(text.slice(from, at));
    const listStart = from + (verb ? verb[0].length : 0);
    const list = text.slice(listStart, at);
    if (!/率\s*$/.test(list)) continue;
    const parts: {text: string; start: number}[] = [];
    // Split at 、 and at a 和 before the last rate (not the 和 inside a rate's name: 高层公共建筑和高层住宅小区…建设率).
    let offset = 0;
    for (const piece of list.split(/、|和(?=[^、和]*率\s*$)/)) {
      const start = listStart + list.indexOf(piece, offset);
      offset = start - listStart + piece.length;
      parts.push({text: piece.trim(), start});
    }
    if (parts.length < 2 || !parts.every((p) => /率$/.test(p.text) && p.text.length <= 30)) continue;
    const value = +m[1];
    const year = /到\s*((?:19|20)\d{2})\s*年/.exec(text.slice(from, at));
    for (const p of parts)
      out.push({
        subject: p.text,
        subjectStart: p.start,
        baseline: null,
        upper: null,
        value,
        unit: "%",
        comparator: "",
        op: "=",
        year: year ? +year[1] : null,
        raw: m[0],
        start: at,
        end: at + m[0].length
      });
  }
  return out;
}

/**
 * The sentence of the text of its item (or goal) that holds each target's phrase, as targetSentence gives it, for
 * all the targets of a plan at once: each text is read once, in one pass that notes its sentence stops (。 ;) and the
 * first place each of its targets' phrases stands (candidates looked up by their first character), then each target's
 * sentence is cut between the stops around it (binary search). `texts`: the text of each item or goal by id.
 * Returns one sentence per target, in order; a target whose phrase its text does not hold (or whose item is not in
 * `texts`) gets the phrase itself.
 */
export function targetSentences(
  texts: ReadonlyMap<string, string>,
  targets: readonly {item: string; raw: string}[]
): string[] {
  const out: string[] = targets.map((t) => t.raw);
  const byItem = new Map<string, number[]>();
  targets.forEach((t, k) => {
    if (texts.has(t.item)) byItem.set(t.item, [...(byItem.get(t.item) ?? []), k]);
  });
  for (const [item, ks] of byItem) {
    const text = texts.get(item)!;
    // The phrases to find, by their first character; where each first stands.
    const wanted = new Map<string, string[]>();
    const first = new Map<string, number>();
    for (const k of ks) {
      const raw = targets[k].raw;
      if (raw === "") first.set(raw, 0);
      else if (!wanted.get(raw[0])?.includes(raw)) wanted.set(raw[0], [...(wanted.get(raw[0]) ?? []), raw]);
    }
    const stops: number[] = [];
    for (let i = 0; i < text.length; ++i) {
      const c = text[i];
      if (c === "。" || c === ";") stops.push(i);
      const here = wanted.get(c);
      if (!here) continue;
      for (const raw of here) if (!first.has(raw) && text.startsWith(raw, i)) first.set(raw, i);
    }
    // The index of the first stop at or after `at` (stops.length when none).
    const stopFrom = (at: number) => {
      let lo = 0;
      let hi = stops.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (stops[mid] < at) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (const k of ks) {
      const raw = targets[k].raw;
      const at = first.get(raw);
      if (at === undefined) continue;
      // The last stop at or before `at`, and the first at or after the phrase's end.
      const j = stopFrom(at + 1) - 1;
      const before = j >= 0 ? stops[j] : -1;
      const e = stopFrom(at + raw.length);
      const end = e < stops.length ? stops[e] + 1 : text.length;
      out[k] = text.slice(before + 1, end).trim();
    }
  }
  return out;
}

/** The sentence of an item's text that holds a target's phrase (up to the 。 or ; around it). */
export function targetSentence(text: string, raw: string): string {
  const at = text.indexOf(raw);
  if (at < 0) return raw;
  const before = Math.max(text.lastIndexOf("。", at), text.lastIndexOf(";", at));
  const stops = [text.indexOf("。", at + raw.length), text.indexOf(";", at + raw.length)].filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) + 1 : text.length;
  return text.slice(before + 1, end).trim();
}
