import {describe, expect, test} from "vitest";
import {
  htmlToText,
  isPageNumberLine,
  looksLikeHtml,
  normalizePlanText,
  restoreBreaks,
  signatureBreaks
} from "../src/lib/reader/normalize.js";
import {foldWidth} from "../src/lib/width.js";
import {readdirSync, readFileSync} from "node:fs";
import {fixture, parse, YANAN_TEXT} from "./plan.js";

describe("foldWidth", () => {
  test("folds full-width punctuation, digits and brackets to ASCII, one character for one", () => {
    const input = "（市发改委牵头，市科技局配合）：【责任单位；１２３】｜";
    const out = foldWidth(input);
    expect(out).toBe("(市发改委牵头,市科技局配合):[责任单位;123]|");
    expect(out.length).toBe(input.length);
  });
  test("folds the small form variants and the half-width CJK stops, one character for one", () => {
    const input = "1﹒增长7﹪﹐﹙省发展改革委﹚﹔｡､";
    const out = foldWidth(input);
    expect(out).toBe("1.增长7%,(省发展改革委);。、");
    expect(out.length).toBe(input.length);
  });
  test("items numbered 1﹒ 2﹒ (small full stop) are items under their heading, not its text", () => {
    const m = parse(
      "某省2022年重点工作\n一、确保完成全年主要预期目标\n1﹒全省生产总值增长7%以上。\n牵头责任单位:省发展改革委。\n2﹒一般公共预算收入增长7%左右。\n牵头责任单位:省财政厅。\n"
    );
    const texts = m.items.map((i) => i.text);
    expect(texts.some((t) => t.startsWith("全省生产总值增长7%以上"))).toBe(true);
    expect(texts.some((t) => t.startsWith("一般公共预算收入增长7%左右"))).toBe(true);
  });
  test("leaves 、 。 “ ” 〔 〕 and CJK text alone", () => {
    expect(foldWidth("延政发〔2024〕8号,“四个最严”、。")).toBe("延政发〔2024〕8号,“四个最严”、。");
  });
});

describe("isPageNumberLine", () => {
  test("recognizes — 3 —, - 3 -, −12− and 第3页", () => {
    for (const line of ["— 3 —", "- 3 -", "—12—", " -- 7 -- ", "第3页", "第 3 页 共 12 页"])
      expect(isPageNumberLine(line)).toBe(true);
  });
  test("leaves text, table rows and numbered lines", () => {
    for (const line of ["3", "1 | 甲 | 3 |", "——开展行动", "(三)任务", "2025年"])
      expect(isPageNumberLine(line)).toBe(false);
  });
});

describe("normalizePlanText", () => {
  test("turns CRLF and CR into LF", () => {
    expect(normalizePlanText("甲\r\n乙\r丙").text).toBe("甲\n乙\n丙");
  });
  test("keeps the text as published beside the folded one, the same length, page-number lines emptied in both", () => {
    const n = normalizePlanText("三年行动计划（2019—2021）\r\n－ 3 －\r\n1．建立机制。（责任单位：区应急局）");
    expect(n.text).toBe("三年行动计划(2019—2021)\n\n1.建立机制。(责任单位:区应急局)");
    expect(n.published).toBe("三年行动计划（2019—2021）\n\n1．建立机制。（责任单位：区应急局）");
    expect(n.published).toHaveLength(n.text.length);
  });
  test("empties page-number lines and keeps the line count", () => {
    const n = normalizePlanText("甲\n— 3 —\n乙");
    expect(n.text).toBe("甲\n\n乙");
    expect(n.pageLines).toEqual([2]);
  });
  test("removes HTML tags, keeping paragraphs as lines and cells as | cells", () => {
    const n = normalizePlanText(
      "<html><body><p>(一)任务。</p><table><tr><td>1</td><td>甲</td></tr></table><script>alert(1)</script></body></html>"
    );
    expect(n.html).toBe(true);
    expect(n.text).toContain("(一)任务。\n");
    expect(n.text).toContain("1 | 甲 |");
    expect(n.text).not.toContain("alert");
  });
});

describe("htmlToText", () => {
  test("decodes entities", () => {
    expect(htmlToText("<p>甲&nbsp;&lt;乙&gt;&#20013;&#x6587;</p>")).toBe("甲 <乙>中文\n");
  });
  test("text with a stray < is not HTML", () => {
    expect(looksLikeHtml("a < b, 甲<乙")).toBe(false);
  });
});

// Copies whose line breaks were lost (a web page copied as one line): a State Council 通知 of 2006 and a city's
// action plan, in their words (shortened, the city's made up).
const STATE_COUNCIL = readFileSync(fixture("shapes/state-council-2006-runon.txt"), "utf8");
const XIANGTAN = readFileSync(fixture("shapes/xiangtan-runon.txt"), "utf8");
const heads = (text: string) =>
  normalizePlanText(text)
    .published.split("\n")
    .map((l) => l.slice(0, 8));

describe("restoreBreaks", () => {
  test("a break goes back before 一、 (一) 1. mid-line after a sentence's end, a clause's bracket or a glued heading", () => {
    expect(heads(STATE_COUNCIL)).toEqual([
      "国务院关于落实《",
      "一、分工原则实现",
      "（一）明确政府职",
      "（二）落实责任主",
      "（三）突出工作重",
      "二、主要目标和任",
      "（一）推进社会主",
      "（二）推进产业结",
      "（三）促进区域协",
      "三、工作要求",
      "各地区、各部门要",
      "国务院",
      "2006年8月2",
      ""
    ]);
    expect(heads(XIANGTAN)).toEqual([
      "湘潭市优化营商环",
      "一、总体目标",
      "到2025年，全",
      "二、重点任务",
      "（一）提升政务服",
      "1.压缩企业开办",
      "2.优化工程建设",
      "（二）优化市场准",
      "1.全面实施市场",
      "2.清理妨碍公平",
      "三、保障措施",
      "各县市区、各有关",
      ""
    ]);
  });
  test("the text and the text as published get the same breaks, and the lines after them are listed", () => {
    const n = normalizePlanText(XIANGTAN);
    expect(n.text.length).toBe(n.published.length);
    expect(n.text.split("\n").map((l) => l.length)).toEqual(n.published.split("\n").map((l) => l.length));
    expect(n.restoredLines).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  test("no break in a date, a decimal, 第一、二条, 一是…二是…, nor before a number out of its sequence", () => {
    const line =
      "(一)完善机制。按照第一、二条的要求，于2024年1月底前完成，投资增长1.5倍。一是加强领导，二是压实责任。(三)强化考核。3.开展评估。(二)落实保障。";
    // (二) continues (一); (三) before it and 3. after nothing do not.
    expect(restoreBreaks(line.replace(/\(二\)落实保障。$/, "(二)落实保障。(三)加强宣传。"))).toEqual([
      line.indexOf("(二)"),
      line.indexOf("(二)") + "(二)落实保障。".length
    ]);
    expect(restoreBreaks(line)).toEqual([]);
  });
  test("a line with one marker mid-line is left as it is; a text with its line breaks is unchanged", () => {
    expect(restoreBreaks("一、任务\n(一)推进建设。具体要求如下:(二)号文件另行印发。\n(二)完善机制。")).toEqual([]);
    expect(normalizePlanText(YANAN_TEXT).restoredLines).toEqual([]);
    const real = new URL("./fixtures/real/", import.meta.url);
    for (const f of readdirSync(real).filter((f) => f.endsWith(".txt")))
      expect([f, normalizePlanText(readFileSync(new URL(f, real), "utf8")).restoredLines]).toEqual([f, []]);
  });
});

describe("restoreBreaks: every numbering form the outline reads", () => {
  const OPENING = "为优化营商环境,制定本方案。";
  test("(1) and ① under 1., a heading glued to its first child, the next chapter: each a line of its own", () => {
    expect(
      heads(
        OPENING +
          "一、重点任务(一)优化审批。1.推行并联审批。(1)压缩办理时限。(区政务服务局牵头)(2)精简申请材料。(区政务服务局牵头)" +
          "2.强化用地保障。①开展用地评估。(区规划资源局牵头)②盘活存量用地。(区规划资源局牵头)二、保障措施(一)加强组织领导。"
      )
    ).toEqual([
      "为优化营商环境,",
      "一、重点任务",
      "(一)优化审批。",
      "1.推行并联审批",
      "(1)压缩办理时",
      "(2)精简申请材",
      "2.强化用地保障",
      "①开展用地评估。",
      "②盘活存量用地。",
      "二、保障措施",
      "(一)加强组织领"
    ]);
  });
  test("第一章 and 第一条, an article numbered on under the next chapter glued to its heading; 专栏2 after 专栏1", () => {
    expect(
      heads(
        "为了规范管理,制定本办法。第一章总则第一条为了规范管理。第二条本办法适用于本市。第二章管理第三条市政府负责管理。"
      )
    ).toEqual([
      "为了规范管理,制",
      "第一章总则",
      "第一条为了规范管",
      "第二条本办法适用",
      "第二章管理",
      "第三条市政府负责"
    ]);
    expect(heads("为加快建设,制定本方案。专栏1重点项目建设。新建公园5处。专栏2重点改造工程。改造道路10公里。")).toEqual(
      ["为加快建设,制定", "专栏1重点项目建", "专栏2重点改造工"]
    );
  });
  test("a 1. numbered on under the next (二) glued to its heading ((二)强化保障3.…, 1. 2. under (一))", () => {
    expect(
      heads(
        OPENING + "一、重点任务(一)优化审批1.推行并联审批。2.压缩时限。(二)强化保障3.落实资金。4.加强考核。二、保障措施"
      )
    ).toEqual([
      "为优化营商环境,",
      "一、重点任务",
      "(一)优化审批",
      "1.推行并联审批",
      "2.压缩时限。",
      "(二)强化保障",
      "3.落实资金。",
      "4.加强考核。",
      "二、保障措施"
    ]);
  });
  test("a 1. glued to a title that starts with digits, where its number comes next (2.…。3.121人才梯队项目。, as 11.121人才梯队项目 in a 2012 plan)", () => {
    expect(
      heads(
        OPENING +
          "一、人才行动(一)科技创新人才。1.百人计划项目。深入实施。2.特聘岗位项目。继续实施。3.121人才梯队项目。重点培养。"
      )
    ).toEqual(["为优化营商环境,", "一、人才行动", "(一)科技创新人", "1.百人计划项目", "2.特聘岗位项目", "3.121人才梯"]);
    // Not a marker: a table's cells run together (4.74需动迁7…), a figure out of the sequence (12.5亿元).
    expect(
      heads(
        OPENING +
          "一、绿化建设(一)加强建设。1.完善公园。新建公园。2.加强管理。落实养护。3.74需动迁7航南公路。13.5亿元投入。"
      )
    ).toEqual(["为优化营商环境,", "一、绿化建设", "(一)加强建设。", "1.完善公园。新", "2.加强管理。落"]);
  });
  test("not restored: a (1);(2) list inside a sentence, a cross-reference (按照(1)的要求, 第(二)项), a (3) out of sequence", () => {
    expect(
      heads(
        OPENING +
          "一、重点任务(一)优化审批。工作内容:(1)压缩时限;(2)精简材料;(3)推行并联审批。(区政务服务局牵头)" +
          "(二)强化保障。按照(1)的要求,落实第(二)项任务。(3)号文件另行印发。(区财政局牵头)二、保障措施"
      )
    ).toEqual(["为优化营商环境,", "一、重点任务", "(一)优化审批。", "(二)强化保障。", "二、保障措施"]);
  });
  test("a list inside a paragraph of a copy with its breaks (…包括:(1)…。(2)…。(3)…。) stays in its paragraph", () => {
    const text =
      "一、重点任务\n(一)完善设施\n行动内容包括:(1)开展排水普查。(2)推进积水点改造。(3)评估泵站截流设施。\n(二)强化保障";
    expect(normalizePlanText(text).restoredLines).toEqual([]);
  });
});

/** A fixture's lines joined into one, as a web page copied whole gives it. */
const joined = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .join("");
const REAL = (slug: string) => readFileSync(fixture(`real/${slug}.txt`), "utf8");

describe("a signature glued to the text of a copy that lost its line breaks", () => {
  test("issuer, date and note glued after the last sentence are lines of their own again", () => {
    const line = "(三)加强考核评价。各地区要将工作纳入考核。国务院办公厅2018年12月7日(此件公开发布)";
    expect(signatureBreaks(line).map((p) => line.slice(p, p + 5))).toEqual(["国务院办公", "2018年", "(此件公开"]);
    // The State Council's own name; joint issuers side by side; a date in Chinese numerals.
    expect(signatureBreaks("报国务院。国务院2006年8月24日").length).toBe(2);
    expect(signatureBreaks("。国务院办公厅 中央军委办公厅一九九六年六月二十九日").length).toBe(2);
    // A date alone after the last sentence, at the end or before the plan's title after its notice's date.
    expect(signatureBreaks("请认真贯彻执行。2016年12月20日")).toEqual(["请认真贯彻执行。".length]);
    const notice = "请认真贯彻执行。2021年7月24日崇明区某某实施方案为推进本区工作,制定本方案。";
    expect(signatureBreaks(notice).map((p) => notice.slice(p, p + 3))).toEqual(["202", "崇明区"]);
  });
  test("a date and its note after the notice's list of attachments, no signatory above it: the date and the note alone", () => {
    const line =
      "请抓好落实。附件:1.县《政府工作报告》确定的重点工作责任分解2.市《政府工作报告》涉及本县的重点事项责任分解2021年5月12日(此件公开发布)附件1县重点工作责任分解";
    expect(signatureBreaks(line).map((p) => line.slice(p, p + 4))).toEqual(["2021", "(此件公", "附件1县"]);
    // Without its note the entry is no signatory and the date no signature's.
    expect(
      signatureBreaks("请抓好落实。附件:1.市《政府工作报告》涉及本县的重点事项责任分解2021年5月12日前完成")
    ).toEqual([]);
  });
  test("a signatory, date and note glued to the last entry of the attachments' list, and the attachment's label to a title opening with a year", () => {
    const line =
      "请抓好落实。附件:1.2025年县《政府工作报告》任务清单2.2025年县政府重点工作任务分解沁县人民政府办公室2025年5月18日(此件公开发布)附件12025年县政府工作报告任务清单";
    expect(signatureBreaks(line).map((p) => line.slice(p, p + 4))).toEqual([
      "沁县人民",
      "2025",
      "(此件公",
      "附件12",
      "2025"
    ]);
    // The entry must end with a document's name (…任务分解) and what follows it read as a signatory.
    expect(signatureBreaks("请抓好落实。附件:1.2025年重点工作明细各镇统一报送2025年5月18日(此件公开发布)")).toEqual([]);
  });
  test("a notice whose annex opens its outline after a signature glued to its list of attachments, joined into one line", () => {
    const KEPT =
      "各乡、镇人民政府,县直各有关单位:\n现将任务分解印发给你们,请抓好落实。\n附件:1.2025年县《政府工作报告》任务清单\n" +
      "2.2025年县政府重点工作任务分解\n沁县人民政府办公室\n2025年5月18日\n(此件公开发布)\n附件1\n2025年县政府工作报告任务清单\n" +
      "一、县示范区管委会牵头工作(2项)\n1.投资3000万元建设养殖基地。\n2.打造食用菌酵素生产基地。\n";
    const LOST = KEPT.split("\n").join("");
    const read = (text: string) => {
      const m = parse(text);
      return [
        m.document.title,
        m.document.issuer,
        m.document.date,
        m.responsibilities.map((r) => `${r.item} ${r.role} ${r.asWritten}`)
      ];
    };
    expect(read(KEPT)[3]).toEqual(["T1 lead 县示范区管委会", "T2 lead 县示范区管委会"]);
    expect(read(LOST)).toEqual(read(KEPT));
  });
  test("a notice whose plan is all in its attachment, joined into one line: the attachment's outline after its title ending 责任分解", () => {
    const KEPT =
      "县人民政府办公室关于重点工作进行责任分解的通知\n各镇人民政府,县政府各部门:\n现将重点工作责任分解给你们,请抓好落实。\n" +
      "附件:1.县《政府工作报告》确定的重点工作责任分解\n2.市《政府工作报告》涉及本县的重点事项责任分解\n2021年5月12日\n(此件公开发布)\n" +
      "附件1\n县《政府工作报告》确定的重点工作责任分解\n" +
      "一、主要目标\n(一)地区生产总值增长11%。(牵头单位:县发改局;责任单位:各镇人民政府)\n" +
      "(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局)\n";
    const LOST = KEPT.split("\n").join("");
    const ids = (text: string) => {
      const m = parse(text);
      return [
        m.items.map((i) => `${i.id} ${i.title}`),
        m.responsibilities.map((r) => `${r.item} ${r.role} ${r.asWritten}`)
      ];
    };
    expect(ids(KEPT)[0]).toEqual(["T1 地区生产总值增长11%", "T2 地方公共预算收入增长32%"]);
    expect(ids(LOST)).toEqual(ids(KEPT));
  });
  test("a signatory and date glued after the notice's one attachment named on its 附件: line, the next 附件 label alone", () => {
    const line =
      "三、加强跟踪督办。市政府督查室将跟踪督办。附件:《政府工作报告》确定的2021年重点工作责任分解某市人民政府办公室2021年1月27日附件《政府工作报告》确定的2021年重点工作责任分解一、主要预期目标";
    expect(signatureBreaks(line).map((p) => line.slice(p, p + 4))).toEqual([
      "某市人民",
      "2021",
      "附件《政",
      "《政府工"
    ]);
    // An attachment named with no signatory after it, and a date inside its name, are none.
    expect(signatureBreaks("附件:2021年重点工作责任分解某市人民政府办公室要抓好落实。")).toEqual([]);
  });
  test("not a signature: a body and a date inside a sentence, a date a sentence goes on from", () => {
    expect(signatureBreaks("(一)完成清理。市发改委2024年3月5日前完成。")).toEqual([]);
    expect(signatureBreaks("加强领导。2024年3月5日,市政府召开会议。")).toEqual([]);
    expect(signatureBreaks("加强领导。各部门要于2024年3月5日报送。")).toEqual([]);
    expect(signatureBreaks("加强领导。2024年3月5日市政府召开会议。")).toEqual([]);
  });
  test("a State Council copy joined into one line gives the header date and issuer, items and clauses of the copy with its breaks", () => {
    const text = REAL("nation-2018-govnewmedia");
    const [lines, one] = [parse(text), parse(joined(text))];
    expect(one.document).toEqual(lines.document);
    expect(one.document.date).toBe("2018-12-07");
    expect(one.items.map((i) => [i.id, i.title, i.text])).toEqual(lines.items.map((i) => [i.id, i.title, i.text]));
    const links = (m: typeof one) => m.responsibilities.map((r) => [r.item, r.role, r.asWritten]);
    expect(links(one)).toEqual(links(lines));
  });
  test("the 2006 run-on copy: signed 国务院 2006年8月24日, its last item without the signature", () => {
    const m = parse(STATE_COUNCIL);
    expect([m.document.issuer, m.document.date]).toEqual(["国务院", "2006-08-24"]);
    expect(m.items.every((i) => !i.text.includes("2006年8月24日"))).toBe(true);
  });
  test("a signature whose date the plan's title follows with its year (…2023年1月3日2023年区…方案) is split off", () => {
    const line = "情况。蔡甸区人民政府办公室2023年1月3日2023年区重点工作责任分解方案一、主要目标";
    expect(signatureBreaks(line).map((p) => line.slice(p, p + 4))).toEqual(["蔡甸区人", "2023", "2023"]);
    // Counter-example: a day after the date (3日-5日) still goes on.
    expect(signatureBreaks("加强领导。2024年3月3日-5日举办。")).toEqual([]);
  });
  test("past a glued signature the plan numbers its outline afresh: its 一、 is restored after the notice's 三、", () => {
    const notice =
      "各单位:现将方案印发给你们,并就有关事项通知如下:一、高度重视。各单位要抓好落实。二、加强考核。纳入考核。三、按时报送。每季度报送。";
    const plan =
      "蔡甸区人民政府办公室2023年1月3日2023年区重点工作责任分解方案一、主要目标(一)地区生产总值增长7%。(责任单位:区发展和改革局)";
    const text = notice + plan;
    const at = restoreBreaks(text).map((p) => text.slice(p, p + 2));
    expect(at.filter((s) => s === "一、")).toHaveLength(2);
  });
  test("a notice whose lead hands its plan out on a line that goes on with the plan's preamble: the plan's 一、 are items", () => {
    const m = parse(joined(REAL("hongkou-2014-heritagedisaster")));
    expect(m.items).toHaveLength(10);
  });
  test("a notice's run-on title gives its issuer when the plan's own title stands on a line after the notice's date", () => {
    const text = REAL("sh-zjw-2026-yingshang");
    const [lines, one] = [parse(text), parse(joined(text))];
    expect(one.document).toEqual(lines.document);
    expect(one.document.issuer).toBe("上海市住房和城乡建设管理委员会、上海市规划和自然资源局");
  });
});

describe("plans whose line breaks were lost", () => {
  test("read as the plan with its breaks: items, groups, clauses and deadlines, and one warning with the count", () => {
    const m = parse(XIANGTAN);
    const groups = new Map(m.groups.map((g) => [g.id, g.title]));
    expect(m.items.map((i) => [i.id, i.title, groups.get(i.group!), i.deadline?.raw ?? null])).toEqual([
      ["T2.1.1", "压缩企业开办时间", "提升政务服务效能", null],
      ["T2.1.2", "优化工程建设项目审批", "提升政务服务效能", null],
      ["T2.2.1", "全面实施市场准入负面清单制度", "优化市场准入环境", null],
      ["T2.2.2", "清理妨碍公平竞争的规定", "优化市场准入环境", "2024年6月底前"]
    ]);
    expect(m.responsibilities.filter((r) => r.role === "lead").map((r) => `${r.item}:${r.asWritten}`)).toEqual([
      "T2.1.1:市市场监管局",
      "T2.1.2:市住房城乡建设局",
      "T2.2.1:市发展改革委",
      "T2.2.2:市市场监管局"
    ]);
    const restored = m.warnings.filter((w) => w.message.startsWith("line breaks were restored"));
    expect(restored).toEqual([
      {
        line: 2,
        code: "noise",
        message:
          "line breaks were restored before 11 numbered headings that stood mid-line (the copy had lost its line breaks)"
      }
    ]);
  });
  test("the State Council's copy: each (一) under 二、 an item with its bodies, named where the text holds them", () => {
    const m = parse(STATE_COUNCIL);
    expect(m.items.map((i) => [i.id, i.title])).toEqual([
      ["T1.1", "明确政府职责和市场功能"],
      ["T1.2", "落实责任主体"],
      ["T1.3", "突出工作重点"],
      ["T2.1", "推进社会主义新农村建设"],
      ["T2.2", "推进产业结构优化升级"],
      ["T2.3", "促进区域协调发展"]
    ]);
    const links = m.responsibilities.filter((r) => r.item === "T2.1");
    expect(links.map((r) => r.asWritten)).toEqual(["农业部", "发展改革委", "国土资源部"]);
    const text = normalizePlanText(STATE_COUNCIL).published;
    for (const r of links) expect(text.slice(r.source.start, r.source.end)).toBe(r.asWritten);
  });
});
