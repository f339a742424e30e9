import {describe, expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {
  codeStart,
  columnLabel,
  numberAfterTitle,
  numberedTitle,
  quotedTitle,
  readDate,
  readHeader,
  repeatsTitle,
  repostSentence,
  runOnSpans,
  spacedIssuerTitle,
  siteSuffix,
  titleIssuer,
  unbordered
} from "../src/lib/reader/header.js";
import {isBreadcrumb} from "../src/lib/reader/outline.js";
import {parse} from "./plan.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({text: t, line: i + 1, start: 0}));

describe("readDate", () => {
  test("reads 2024年3月26日 and 二〇二四年三月二十六日", () => {
    expect(readDate("2024年3月26日")).toBe("2024-03-26");
    expect(readDate("二〇二四年三月二十六日")).toBe("2024-03-26");
  });
  test("reads a numeral date whose year writes 〇 with a look-alike (○ ◯ O О ０ 0 零), the source kept as written", () => {
    for (const zero of ["○", "◯", "O", "o", "О", "Ο", "０", "0", "零"])
      expect(readDate(`二${zero}${zero}六年四月二十八日`), zero).toBe("2006-04-28");
    expect(readDate("二○二四年三月二十六日")).toBe("2024-03-26");
    // Counter-examples: look-alikes alone make no year of the plans' centuries.
    expect(readDate("OOOO年四月二十八日")).toBeNull();
    const h = readHeader(lines("穗府办〔2006〕19号\n广州市人民政府办公厅\n二○○六年四月二十八日"));
    expect(h).toMatchObject({date: "2006-04-28", issuer: "广州市人民政府办公厅"});
  });
  test("rejects impossible dates and other text", () => {
    expect(readDate("2024年2月30日")).toBeNull();
    expect(readDate("到2025年")).toBeNull();
  });
});

describe("readHeader", () => {
  test("reads number, issuer above the date, and a title over two lines", () => {
    const h = readHeader(
      lines("西政发〔2023〕12号\n各区县人民政府:\n西安市人民政府\n2023年5月4日\n西安市关于推进\n质量强市建设的实施意见")
    );
    expect(h).toMatchObject({
      docNumber: "西政发〔2023〕12号",
      issuer: "西安市人民政府",
      date: "2023-05-04",
      title: "西安市关于推进质量强市建设的实施意见"
    });
  });
  test("a notice that forwards without 关于 (X转发Y制定的《…》的通知) names its issuer before 转发: the forwarding office", () => {
    const h = readHeader(
      lines(
        "上海市崇明区人民政府办公室转发区消防安全委员会制定的《上海市崇明区高层建筑消防安全综合治理工作方案》的通知\n" +
          "各乡、镇人民政府:\n2017年9月6日\n上海市崇明区高层建筑消防安全综合治理工作方案"
      )
    );
    expect(h).toMatchObject({
      issuer: "上海市崇明区人民政府办公室",
      title: "上海市崇明区高层建筑消防安全综合治理工作方案",
      date: "2017-09-06"
    });
  });
  test("a copy with a blank line after every line: a title wrapped over lines two apart is one title, its issuer above", () => {
    const h = readHeader(
      lines(
        "某区人民政府办公室印发关于建立某机制实施意见的通知\n\n各街道办事处:\n\n某区人民政府办公室\n\n" +
          "关于建立某区历史风貌区\n\n防灾及风险排查机制的实施意见"
      ).filter((l) => l.text)
    );
    expect(h).toMatchObject({
      title: "关于建立某区历史风貌区防灾及风险排查机制的实施意见",
      issuer: "某区人民政府办公室"
    });
    // Lines next to each other elsewhere in the header: a blank line ends a title.
    expect(readHeader(lines("某市人民政府\n2024年1月2日\n某某实施方案\n\n附录说明").filter((l) => l.text)).title).toBe(
      "某某实施方案"
    );
  });
  test("jointly issued: every issuer written above the date, two to a line or one a line, in the order listed, joined with 、", () => {
    const h = readHeader(
      lines(
        "关于印发《黄浦区可再生能源发展行动方案》的通知\n特此通知。\n黄浦区发展和改革委员会黄浦区建设和管理委员会\n" +
          "黄浦区教育局黄浦区文化和旅游局\n黄浦区投资促进办公室\n2025年2月24日\n黄浦区可再生能源发展行动方案"
      )
    );
    expect(h).toMatchObject({
      issuer: "黄浦区发展和改革委员会、黄浦区建设和管理委员会、黄浦区教育局、黄浦区文化和旅游局、黄浦区投资促进办公室",
      date: "2025-02-24"
    });
    // Two issuers apart on one line (the signature of 沪交科〔2023〕429号), or on two lines.
    expect(
      readHeader(
        lines("关于印发《某方案》的通知\n特此通知。\n上海市交通委员会    上海市发展和改革委员会\n2023年6月15日\n某方案")
      ).issuer
    ).toBe("上海市交通委员会、上海市发展和改革委员会");
    expect(
      readHeader(
        lines(
          "关于印发《某方案》的通知\n特此通知。\n上海市发展和改革委员会\n上海市经济和信息化委员会\n2026年9月7日\n某方案"
        )
      ).issuer
    ).toBe("上海市发展和改革委员会、上海市经济和信息化委员会");
  });
  test("says whether the document was issued jointly: several issuer lines, two on a line, or names together before 关于", () => {
    const jointly = (text: string) => readHeader(lines(text)).jointly;
    expect(jointly("某市交通委员会关于印发《某方案》的通知\n特此通知。\n某市交通委员会\n2026年4月15日\n某方案")).toBe(
      false
    );
    expect(
      jointly(
        "关于印发《某方案》的通知\n特此通知。\n黄浦区发展和改革委员会黄浦区建设和管理委员会\n2025年2月24日\n某方案"
      )
    ).toBe(true);
    expect(
      jointly("关于印发《某方案》的通知\n特此通知。\n上海市民政局\n上海市消防救援总队\n2023年6月1日\n某方案")
    ).toBe(true);
    expect(jointly("上海市交通委员会 上海海事局关于印发《某方案》的通知\n特此通知。\n2023年6月1日\n某方案")).toBe(true);
    // Names listed with 、 before 关于 are the issuers, jointly.
    const h = readHeader(lines("上海市交通委员会、上海市公安局关于印发《某方案》的通知\n某方案"));
    expect(h).toMatchObject({issuer: "上海市交通委员会、上海市公安局", jointly: true});
  });
  test("reads a document number written with [ ] brackets", () => {
    expect(readHeader(lines("延政办发[2022]3号")).docNumber).toBe("延政办发[2022]3号");
  });
  test("a notice's title that wraps its number in a bracket at its end gives the number, and the plan's own title wins", () => {
    // The shape of 岳办发〔2017〕2号 (a city's web copy): the number stands only in the notice's title line.
    const h = readHeader(
      lines(
        "某市委办公室某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(某办发〔2017〕2号)\n" +
          "各县市区委、人民政府:\n某市委办公室\n某市人民政府办公室\n2017年1月10日\n关于全面推进政务公开工作的实施意见"
      )
    );
    expect(h).toMatchObject({docNumber: "某办发〔2017〕2号", title: "关于全面推进政务公开工作的实施意见"});
    // A number cited in a title (not in a bracket at its end) is still not the document's.
    expect(readHeader(lines("关于贯彻落实国发〔2023〕5号文件的实施意见")).docNumber).toBeNull();
  });
  test("reads the title, number and issuer through pinyin glosses, as the outline reads the body", () => {
    const h = readHeader(
      lines(
        "川办函〔2015〕54号(hào)\n四川省人民政府辦公廳\n2015年3月20日\n2015年縣域經(jīng)濟(jì)改革發(fā)展重點(diǎn)工作推進(jìn)方案"
      )
    );
    expect(h).toMatchObject({
      docNumber: "川办函〔2015〕54号",
      title: "2015年縣域經濟改革發展重點工作推進方案",
      issuer: "四川省人民政府辦公廳"
    });
    expect(h.warnings).toEqual([]);
  });
  test("the issuer named before 关于 in the plan's own title, alone or jointly, when no line names one", () => {
    expect(readHeader(lines("国务院关于落实《政府工作报告》重点工作部门分工的意见\n国发〔2020〕6号")).issuer).toBe(
      "国务院"
    );
    expect(readHeader(lines("某区人民政府关于促进本区停车资源共享利用的实施意见")).issuer).toBe("某区人民政府");
    expect(readHeader(lines("中共中央 国务院关于支持高质量发展的意见")).issuer).toBe("中共中央、国务院");
    // Words before 关于 that are not a body's name are no issuer.
    expect(readHeader(lines("进一步关于加强管理的实施意见")).issuer).toBeNull();
  });
  test("a date in brackets on its own line under the title is the date of issue, with no issuer above it", () => {
    const h = readHeader(
      lines("中共中央 国务院关于支持高质量发展的意见\n(2021年5月20日)\n共同富裕是社会主义的本质要求。")
    );
    expect(h).toMatchObject({
      date: "2021-05-20",
      issuer: "中共中央、国务院",
      title: "中共中央 国务院关于支持高质量发展的意见"
    });
    expect(readHeader(lines("某市实施方案\n(2023—2025年)")).date).toBeNull();
  });
  test("a header with none of these gives nulls", () => {
    expect(readHeader(lines("为深入贯彻,制定本方案。"))).toMatchObject({
      docNumber: null,
      issuer: null,
      date: null,
      title: null
    });
  });
});

describe("readHeader: copies without a title line", () => {
  test("an encyclopaedia copy's section headings give way to the lead sentence's issued title (發布信息 / 內容全文)", () => {
    const m = parse(
      "發布信息\n2023年12月,中共山西省委辦公廳、山西省人民政府辦公廳發布《山西省鄉村振興責任制實施細則》,自發布之日起施行。\n內容全文\n第一章 總 則\n第一條 為了全面落實鄉村振興責任制,制定本實施細則。\n"
    );
    expect(m.document.title).toBe("山西省鄉村振興責任制實施細則");
  });
  test("a page label (全文, 正文, 打印本页) or a section's heading (发布信息, 内容全文) is never the title", () => {
    for (const label of ["全文", "正文", "打印本页", "字号:大 中 小", "发布信息", "内容全文", "基本信息"])
      expect(readHeader(lines(`${label}\n以习近平新时代中国特色社会主义思想为指导,坚持稳中求进。`)).title).toBeNull();
  });
  test("a notice wrapper that is the only title gives the plan's own title inside it (关于印发X的通知 → X)", () => {
    const h = readHeader(
      lines("成都市发展和改革委员会 成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知")
    );
    expect(h.title).toBe("成都市城市社区嵌入式服务设施建设工程实施方案");
    expect(h.issuer).toBe("成都市发展和改革委员会、成都市住房和城乡建设局");
  });
  test("with no title line, the title and issuers come from a lead sentence (…印发了《X》, 现将《X》印发给你们)", () => {
    const h = readHeader(
      lines(
        "近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进以区县城为重要载体的城镇化建设实施方案》,并发出通知。\n" +
          "《重庆市推进以区县城为重要载体的城镇化建设实施方案》全文如下。"
      )
    );
    expect(h).toMatchObject({
      title: "重庆市推进以区县城为重要载体的城镇化建设实施方案",
      issuer: "中共重庆市委办公厅、重庆市人民政府办公厅",
      jointly: true,
      lines: {title: 1, issuer: 1}
    });
    expect(
      readHeader(lines("各区县:\n经市领导同意,现将《某市城市更新实施方案》印发给你们,请认真贯彻落实。")).title
    ).toBe("某市城市更新实施方案");
  });
  test("a web copy's spaces before 《 and 〔 and a short name after the title change nothing (菏政办字 〔2023〕1号, 现将 《X》(以下简称 《方案》)印发)", () => {
    const h = readHeader(
      lines(
        "菏政办字 〔2023〕1号\n各县区人民政府:\n为贯彻落实《国务院关于…的意见》(国发 〔2022〕18号),经市政府同意,现将 《菏泽市某某分工落实方案》(以下简称 《方案》)印发给你们,请认真贯彻实施。"
      )
    );
    expect(h).toMatchObject({title: "菏泽市某某分工落实方案", docNumber: "菏政办字〔2023〕1号"});
    expect(h.warnings).toEqual([]);
  });
  test("a lead sentence naming several documents gives no title (现将《A》《B》印发给你们)", () => {
    expect(readHeader(lines("现将《2025年任务分解》《2025年实事任务分解》印发给你们。")).title).toBeNull();
  });
  test("a task list's heading line is a title (2025年县政府工作报告任务清单); an attachment's label is not part of it", () => {
    expect(readHeader(lines("附件1\n2025年县政府工作报告任务清单")).title).toBe("2025年县政府工作报告任务清单");
  });
});

describe("readHeader: web copies that repeat the title or open with the site's path", () => {
  const BODY =
    "为加快推进制造业数字化转型,制定本方案。\n一、主要任务\n(一)加强组织领导\n建立工作专班。(责任单位:市经信局)\n";
  test("a title written two or three times in a row (page title, heading, document title) is the title once", () => {
    expect(
      readHeader(lines("芜湖市推进制造业数字化转型实施方案\n芜湖市推进制造业数字化转型实施方案\n芜湖市人民政府办公室"))
        .title
    ).toBe("芜湖市推进制造业数字化转型实施方案");
    // Wrapped over two lines, then written whole: the same title twice.
    expect(
      readHeader(lines("成都市城市社区嵌入式服务设施\n建设工程实施方案\n成都市城市社区嵌入式服务设施建设工程实施方案"))
        .title
    ).toBe("成都市城市社区嵌入式服务设施建设工程实施方案");
    // Three copies of a 工作要点.
    expect(
      readHeader(lines("芜湖市教育局2024年工作要点\n芜湖市教育局2024年工作要点\n芜湖市教育局2024年工作要点")).title
    ).toBe("芜湖市教育局2024年工作要点");
  });
  test("a wrapped title whose first line ends on a word that ends a plan's name goes on (关于加快城市规划 / 建设管理的实施意见)", () => {
    expect(readHeader(lines("关于加快推进城市规划\n建设管理的实施意见")).title).toBe(
      "关于加快推进城市规划建设管理的实施意见"
    );
    expect(repeatsTitle("关于加快推进城市规划", "建设管理的实施意见")).toBe(false);
  });
  test("a page title with the site's name after it (X方案_某市人民政府, X方案 - 某某门户网站) is the title alone", () => {
    expect(
      readHeader(lines("芜湖市推进制造业数字化转型实施方案_芜湖市人民政府\n芜湖市推进制造业数字化转型实施方案")).title
    ).toBe("芜湖市推进制造业数字化转型实施方案");
    expect(readHeader(lines("上海市公园城市建设实施方案 - 上海市人民政府门户网站")).title).toBe(
      "上海市公园城市建设实施方案"
    );
    // A dash inside a title that names no site stays: (2024 - 2026年) is the plan's period.
    expect(siteSuffix("某市行动方案 - 2024年修订")).toBe(-1);
  });
  test("a breadcrumb (首页 > 政务公开 > 政策文件 > …) is the page's furniture, never the title", () => {
    for (const crumb of [
      "首页 > 政务公开 > 政策文件 > 市政府办文件",
      "网站首页>>信息公开>>政策文件>>正文",
      "当前位置:首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规",
      "首页 - 政务公开 - 政策文件",
      "政务公开 > 政策文件 > 规范性文件",
      "所在位置 首页 政务公开 政策文件",
      "首页 > 政务公开 > 政策文件 > 芜湖市推进制造业数字化转型实施方案"
    ]) {
      expect(isBreadcrumb(crumb), crumb).toBe(true);
      expect(parse(`${crumb}\n芜湖市推进制造业数字化转型实施方案\n${BODY}`).document.title, crumb).toBe(
        "芜湖市推进制造业数字化转型实施方案"
      );
    }
  });
  test("a process written with arrows or a scale of levels is no breadcrumb", () => {
    expect(isBreadcrumb("申请 → 受理 → 审核 → 办结")).toBe(false);
    expect(isBreadcrumb("一般 > 较大 > 重大 > 特别重大")).toBe(false);
    expect(isBreadcrumb("各区要在2024年底前完成 > 90%的改造任务")).toBe(false);
  });
});

describe("readHeader: the 关于印发…的通知 wrapper in every position", () => {
  test("on the title line, with 《》, with the plan's own title after it or not", () => {
    for (const text of [
      "芜湖市人民政府办公室关于印发《芜湖市推进制造业数字化转型实施方案》的通知\n芜政办〔2024〕5号",
      "芜湖市人民政府办公室关于印发《芜湖市推进制造业数字化转型实施方案》的通知\n芜湖市推进制造业数字化转型实施方案"
    ])
      expect(readHeader(lines(text)), text).toMatchObject({
        title: "芜湖市推进制造业数字化转型实施方案",
        issuer: "芜湖市人民政府办公室"
      });
  });
  test("without 《》, with the plan's period in brackets: the plan's title is the text between 印发 and 的通知", () => {
    expect(readHeader(lines("关于印发芜湖市推进制造业数字化转型实施方案的通知")).title).toBe(
      "芜湖市推进制造业数字化转型实施方案"
    );
    expect(readHeader(lines("芜湖市人民政府办公室关于印发芜湖市数字经济发展规划(2024—2026年)的通知")).title).toBe(
      "芜湖市数字经济发展规划(2024—2026年)"
    );
  });
  test("spread over two or three lines, a line opening with the period's bracket inside 《》 included", () => {
    expect(
      readHeader(lines("芜湖市人民政府办公室关于印发芜湖市推进制造业\n数字化转型实施方案的通知\n芜政办〔2024〕5号"))
    ).toMatchObject({title: "芜湖市推进制造业数字化转型实施方案", issuer: "芜湖市人民政府办公室"});
    expect(readHeader(lines("芜湖市人民政府关于印发\n《芜湖市推进制造业数字化转型实施方案》\n的通知")).title).toBe(
      "芜湖市推进制造业数字化转型实施方案"
    );
    expect(readHeader(lines("关于印发《芜湖市数字经济发展规划\n(2024—2026年)》的通知")).title).toBe(
      "芜湖市数字经济发展规划(2024—2026年)"
    );
  });
  test("a title that only cites a notice (…关于印发…的通知 inside 《》 of a plan's name) keeps the plan's name", () => {
    expect(readHeader(lines("关于贯彻落实《某省关于印发数字政府建设方案的通知》的实施意见")).title).toBe(
      "关于贯彻落实《某省关于印发数字政府建设方案的通知》的实施意见"
    );
  });
});

describe("readHeader: the notice's title never taken for the plan's own", () => {
  test("a carrying notice's name cut before its 的通知, its number glued before it, gives way to the plan's own title line", () => {
    const h = readHeader(
      lines(
        "晋政办发〔2017〕55号 山西省人民政府办公厅关于印发山西省贯彻落实《某规划》工作方案\n" +
          "山西省人民政府办公厅关于印发山西省贯彻落实《某规划》工作方案\n晋政办发〔2017〕55号\n各市、县人民政府:\n" +
          "山西省人民政府办公厅\n2017年5月15日\n山西省贯彻落实《某规划》工作方案\n为深入贯彻落实《某规划》,制定本方案。"
      )
    );
    expect([h.title, h.lines.title, h.docNumber]).toEqual([
      "山西省贯彻落实《某规划》工作方案",
      7,
      "晋政办发〔2017〕55号"
    ]);
    // Alone, the cut name still gives the plan's name it carries.
    expect(readHeader(lines("山西省人民政府办公厅关于印发山西省贯彻落实《某规划》工作方案")).title).toBe(
      "山西省贯彻落实《某规划》工作方案"
    );
  });
  test("a number before a title on its line, a space between, is cut off; a number before a sentence is not", () => {
    expect(numberedTitle("晋政办发〔2017〕55号 山西省人民政府办公厅关于印发某工作方案的通知")).toBe(14);
    expect(numberedTitle("晋政办发〔2017〕55号")).toBe(-1);
    expect(numberedTitle("晋政办发〔2017〕55号 各市、县人民政府:")).toBe(-1);
  });
  test("an issuer in front of the title, a space between, is the issuer and no part of the title", () => {
    const h = readHeader(
      lines("某县文旅广电局 关于落实2021年县政府重点工作任务的实施方案\n为确保任务圆满完成,制定本方案。")
    );
    expect([h.title, h.issuer]).toEqual(["关于落实2021年县政府重点工作任务的实施方案", "某县文旅广电局"]);
    expect(spacedIssuerTitle("某市发展和改革委员会 某市财政局 关于推进乡村振兴的实施意见")).toBe(17);
    // Counter-examples: a glued issuer stays (国务院关于…), and words in front that are no body's name are kept.
    expect(spacedIssuerTitle("国务院关于推进乡村振兴的意见")).toBe(-1);
    expect(spacedIssuerTitle("2021年 关于推进乡村振兴的实施意见")).toBe(-1);
  });
  test("a plan's own title ending in 责任分解 wins over the notice's title above it", () => {
    const h = readHeader(
      lines(
        "市人民政府办公室关于分解落实《政府工作报告》的通知\n各区、镇、办事处:\n做好工作意义重大。\n2017年1月13日\n" +
          "《政府工作报告》重点工作责任分解\n为确保完成《政府工作报告》重点工作,现就各项工作提出如下责任分工:"
      )
    );
    expect([h.title, h.issuer, h.date]).toEqual(["《政府工作报告》重点工作责任分解", "市人民政府办公室", "2017-01-13"]);
  });
  test("a notice whose name quotes the plan's in 〈〉, with no title line of the plan's own, gives the quoted name", () => {
    expect(readHeader(lines("北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知")).title).toBe(
      "北京市2016年政务公开工作要点"
    );
  });
});

describe("readHeader: a title only from a notice that says it issues the document", () => {
  test("现将《X》印发给你们 names the plan; 现将《Y》提出的任务予以分解 only cites a document", () => {
    expect(readHeader(lines("各县人民政府:\n现将《某市2020年重点工作方案》印发给你们,请认真贯彻执行。")).title).toBe(
      "某市2020年重点工作方案"
    );
    expect(readHeader(lines("各县人民政府:\n现将《某市2020年重点工作方案》予以印发。")).title).toBe(
      "某市2020年重点工作方案"
    );
    expect(
      readHeader(
        lines(
          "许政 [2020] 20号\n各县(市、区)人民政府:\n现将《政府工作报告》提出的2020年重点工作任务予以分解并明确到各责任单位。"
        )
      ).title
    ).toBeNull();
  });
});

describe("readHeader: a body's own 工作要点", () => {
  test("the body named at the head of the title before the year is the issuer (芜湖市教育局2024年工作要点)", () => {
    expect(titleIssuer("芜湖市教育局2024年工作要点")).toBe("芜湖市教育局");
    expect(titleIssuer("上海市交通委员会2025年度工作计划")).toBe("上海市交通委员会");
    expect(titleIssuer("某区人民政府2024年政务公开工作要点")).toBe("某区人民政府");
    const h = readHeader(
      lines(
        "关于印发《芜湖市教育局2024年工作要点》的通知\n各县市区教育局,各直属学校:\n" +
          "现将《芜湖市教育局2024年工作要点》印发给你们,请结合实际认真贯彻落实。\n2024年3月27日\n(此件主动公开)\n" +
          "芜湖市教育局2024年工作要点"
      )
    );
    expect(h).toMatchObject({title: "芜湖市教育局2024年工作要点", issuer: "芜湖市教育局", date: "2024-03-27"});
  });
  test("a place with no body before the year is no issuer (芜湖市2024年…, 2024年…)", () => {
    expect(titleIssuer("芜湖市2024年推进制造业数字化转型实施方案")).toBeNull();
    expect(titleIssuer("2025年县政府工作报告任务清单")).toBeNull();
    expect(titleIssuer("全市教育系统2024年工作要点")).toBeNull();
  });
  test("an issuer over the date at the end wins over the title's; the date is read after the number or at the end, in either form", () => {
    const BODY = "一、加强党的领导\n1.加强思想理论武装。深化学习培训。(责任科室:组干科)\n";
    const atEnd = parse(`芜湖市教育局2024年工作要点\n${BODY}芜湖市教育局办公室\n二〇二四年三月五日\n`).document;
    expect(atEnd).toMatchObject({issuer: "芜湖市教育局办公室", date: "2024-03-05"});
    const dateOnly = parse(`芜湖市教育局2024年工作要点\n${BODY}二〇二四年三月五日\n`).document;
    expect(dateOnly).toMatchObject({issuer: "芜湖市教育局", date: "2024-03-05"});
    const afterNumber = parse(`芜湖市教育局2024年工作要点\n芜教〔2024〕12号\n2024年3月5日\n${BODY}`).document;
    expect(afterNumber).toMatchObject({issuer: "芜湖市教育局", date: "2024-03-05", docNumber: "芜教〔2024〕12号"});
  });
});

describe("a carried name the plan repeats as its own title line", () => {
  test("a space a web page leaves after 关于印发 is no part of the carried title", () => {
    const doc = parse(
      "县人民政府办公室关于印发 2024年县重点工作责任分解方案的通知\n各镇人民政府:\n现印发给你们,请认真贯彻执行。\n县人民政府办公室\n2024年2月22日\n一、重点工作\n1.财政收入与经济增长基本同步。\n责任单位:县财政局。\n"
    ).document;
    expect(doc.title).toBe("2024年县重点工作责任分解方案");
  });
  test("is the title though it does not end as a plan's name does", () => {
    const head =
      "长兴县人民政府办公室关于印发2023年政府工作报告重点工作目标任务的通知\n长政办发〔2023〕7号\n各乡镇人民政府:\n现印发给你们,请认真贯彻执行。\n长兴县人民政府办公室\n2023年2月24日\n";
    const doc = (own: string) =>
      parse(`${head}${own}一、重点工作\n1.财政收入与经济增长基本同步。\n责任单位:县财政局。\n`).document;
    expect(doc("2023年政府工作报告重点工作目标任务\n").title).toBe("2023年政府工作报告重点工作目标任务");
    expect(doc("2023年政府工作报告重点工作目标任务\n").docNumber).toBe("长政办发〔2023〕7号");
    // Counter-example: without the plan's own title line the notice stays the title (nothing confirms the name).
    expect(doc("").title).toBe("长兴县人民政府办公室关于印发2023年政府工作报告重点工作目标任务的通知");
  });
  test("a name ending 责任分解 ends as a plan's name does (a work report's division of duties): carried, it is the title", () => {
    const doc = parse(
      "长兴县人民政府办公室关于印发2023年政府工作报告重点工作责任分解的通知\n各乡镇人民政府:\n现印发给你们,请认真贯彻执行。\n长兴县人民政府办公室\n2023年2月24日\n一、重点工作\n1.财政收入与经济增长基本同步。\n责任单位:县财政局。\n"
    ).document;
    expect(doc.title).toBe("2023年政府工作报告重点工作责任分解");
  });
  test("a leading 【label】 glued before the title (a site's column name) is page furniture: the title alone, its issuer before 关于", () => {
    const h = readHeader(
      lines(
        "【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n发布时间:2020-02-03 17:29"
      )
    );
    expect([h.title, h.issuer]).toEqual(["滁州市人民政府关于2020年市政府重点工作及责任分解的通知", "滁州市人民政府"]);
    const other = readHeader(
      lines("【政策文件】某县农业农村局关于印发某县2024年农村人居环境整治实施方案的通知\n各乡镇:")
    );
    expect(other.title).toBe("某县2024年农村人居环境整治实施方案");
    expect(columnLabel("[政策文件]某县实施方案")).toBe(6);
    // Counter-examples: a bracket inside a title, and a line of labels only ([大][中][小]), are left as they are.
    expect(columnLabel("关于印发【2024】实施方案的通知")).toBe(-1);
    expect(columnLabel("【大】【中】【小】")).toBe(-1);
    expect(columnLabel("【打印】")).toBe(-1);
  });
  test("a page label in quotation marks set off by a space before joint issuers (“党政混合信息公开” 中共…办公室 …印发) is furniture: the issuers read", () => {
    const h = readHeader(
      lines(
        "“党政混合信息公开” 中共静安区委办公室 静安区人民政府办公室印发《静安区某三年行动计划(2018—2020年)》的通知\n静安区某三年行动计划\n(2018—2020年)"
      )
    );
    expect(h.issuer).toBe("中共静安区委办公室、静安区人民政府办公室");
    expect(columnLabel("“党政混合信息公开” 中共静安区委办公室")).toBe(11);
    // Counter-example: a title's own quoted words, not set off by a space, are the title's.
    expect(columnLabel("“十四五”规划实施方案")).toBe(-1);
  });
  test("a date printed twice (the signature's, then again) is no title's line: the plan's own title below it wins", () => {
    const notice = "运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知";
    const h = readHeader(
      lines(
        `${notice}\n经市人民政府同意,现将《规划》责任分解印发给你们。\n运城市人民政府办公厅\n2017年4月13日\n2017年4月13日\n运城市突发事件应急体系建设“十三五”规划责任分解\n为提高能力,现将任务进行责任分解。`
      )
    );
    expect([h.title, h.issuer, h.date]).toEqual([
      "运城市突发事件应急体系建设“十三五”规划责任分解",
      "运城市人民政府办公厅",
      "2017-04-13"
    ]);
    const cn = readHeader(
      lines(
        "某市人民政府关于印发某市养老服务体系建设责任分工的通知\n某市人民政府\n二〇二三年五月八日\n(2023年5月8日)\n某市养老服务体系建设责任分工\n为推进工作,制定本分工。"
      )
    );
    expect(cn.title).toBe("某市养老服务体系建设责任分工");
    // Counter-example: a title whose words hold a date is still a title (the line is not only a date).
    expect(readHeader(lines("2017年4月13日市政府常务会议审议通过的实施方案\n为推进工作。")).title).toBe(
      "2017年4月13日市政府常务会议审议通过的实施方案"
    );
  });
});

describe("a header run on into the body on one line (a copy that lost its line breaks)", () => {
  test("the State Council's notice: title, 文号 glued to it and the addressees on one line", () => {
    const m = parse(readFileSync(new URL("./fixtures/shapes/state-council-2006-runon.txt", import.meta.url)));
    expect(m.document).toMatchObject({
      title: "国务院关于落实《中华人民共和国国民经济和社会发展第十一个五年规划纲要》主要目标和任务工作分工的通知",
      docNumber: "国发[2006]29号",
      issuer: "国务院"
    });
  });
  test("a city's plan: the title, then the body's first sentence (为深入推进…)", () => {
    const m = parse(readFileSync(new URL("./fixtures/shapes/xiangtan-runon.txt", import.meta.url)));
    expect(m.document).toMatchObject({title: "湘潭市优化营商环境三年行动实施方案", docNumber: null});
  });
  test("a notice's title, 文号 and date run together, then the addressees: each read, the plan's title carried", () => {
    const m = parse(
      "某市人民政府办公室关于印发某市优化营商环境行动方案的通知某政办发〔2023〕12号2023年5月6日各县区人民政府，市政府各部门：现将《某市优化营商环境行动方案》印发给你们，请认真贯彻执行。一、总体要求坚持问题导向。二、重点任务（一）压缩开办时间。推行一网通办。（市市场监管局牵头）（二）优化审批服务。推行并联审批。（市政务服务局牵头）"
    );
    expect(m.document).toMatchObject({
      title: "某市优化营商环境行动方案",
      docNumber: "某政办发〔2023〕12号",
      issuer: "某市人民政府办公室",
      date: "2023-05-06"
    });
  });
  test("a title with its period's bracket, then the body: the period stays in the title", () => {
    const m = parse(
      "长沙市数字经济发展三年行动计划（2023—2025年）为加快数字经济发展，制定本计划。一、总体目标到2025年，数字经济规模突破6000亿元。二、重点任务（一）夯实数字基础设施。建设5G基站1万个。（市工信局牵头）（二）培育数字产业集群。（市发改委牵头）"
    );
    expect(m.document.title).toBe("长沙市数字经济发展三年行动计划（2023—2025年）");
  });
  test("a title with its edition's bracket (试行, 2025年版), then the body: the edition stays in the title", () => {
    expect(runOnSpans(lines("某市企业合规经营指引(试行)为引导企业合规经营,制定本指引。")).map((h) => h.text)).toEqual([
      "某市企业合规经营指引(试行)",
      "为引导企业合规经营,制定本指引。"
    ]);
    expect(
      readHeader(
        lines("建德市关于推动经济高质量发展的若干政策(2025年版)为深入贯彻落实中央经济工作会议精神,制定以下政策。")
      ).title
    ).toBe("建德市关于推动经济高质量发展的若干政策(2025年版)");
  });
  test("the body's first sentence run on after the plan's own title is no part of it, nor is a number it cites", () => {
    const h = readHeader(
      lines(
        "某市人民政府办公厅\n2020年8月21日\n某市深化农村公路管理养护体制改革实施方案为深入贯彻《国务院办公厅关于深化农村公路管理养护体制改革的意见》(国办发〔2019〕45号),全面推进农村公路高质量发展,制定本方案。"
      )
    );
    expect(h).toMatchObject({title: "某市深化农村公路管理养护体制改革实施方案", docNumber: null, date: "2020-08-21"});
  });
  test("a number or a date in brackets right after a run-on title is the document's (…的通知(岳办发〔2017〕2号), …的意见(2021年5月20日))", () => {
    expect(
      readHeader(
        lines(
          "某市委办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)各县市区委、人民政府:现将…印发给你们。"
        )
      ).docNumber
    ).toBe("岳办发〔2017〕2号");
    expect(
      readHeader(
        lines(
          "中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见(2021年5月20日)共同富裕是社会主义的本质要求,是人民群众的共同期盼。"
        )
      )
    ).toMatchObject({
      title: "中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见",
      date: "2021-05-20",
      issuer: "中共中央、国务院"
    });
  });
  test("a run-on line that opens with its number, then the addressees, gives the number (许政 [2020] 20号各县(市、区)人民政府,…)", () => {
    expect(
      readHeader(
        lines("许政 [2020] 20号各县(市、区)人民政府,市人民政府各部门:现将《政府工作报告》提出的重点工作任务予以分解。")
      ).docNumber
    ).toBe("许政[2020]20号");
    // Counter-example: a number that opens a sentence going on otherwise is not cut out of it.
    expect(runOnSpans(lines("国发〔2019〕45号文件提出,要加快推进农村公路建设。")).length).toBe(1);
  });
  test("a web page's label after a run-on title (发布时间:, 来源:, 访问次数:) ends the title as a body's opening does", () => {
    expect(
      readHeader(
        lines(
          "[市政府重点工作及责任分解]滁州市人民政府关于2020年市政府重点工作及责任分解的通知发布时间:2020-02-03 17:29各县、市、区人民政府,市政府各部门:2020年是全面建成小康社会之年。"
        )
      )
    ).toMatchObject({title: "滁州市人民政府关于2020年市政府重点工作及责任分解的通知", issuer: "滁州市人民政府"});
    expect(
      runOnSpans(
        lines("某县文旅广电局关于落实2021年重点工作任务的实施方案来源:某县文旅广电局为确保任务完成,制定本方案。")
      ).map((h) => h.text)[0]
    ).toBe("某县文旅广电局关于落实2021年重点工作任务的实施方案");
  });
  test("a number glued to what stands before it starts its 机关代字 after a masthead's 文件 or a notice's 通知, not after 规划 inside it", () => {
    expect(codeStart("山区人民政府文件鞍立政发")).toBe(8);
    expect(codeStart("的通知沪规划资源更")).toBe(3);
    expect(codeStart("工作分工的通知国发")).toBe(7);
    expect(codeStart("行动实施方案国发")).toBe(6);
    expect(codeStart("国发")).toBe(0);
    const h = readHeader(
      lines(
        "鞍山市立山区人民政府文件鞍立政发〔2023〕2号立山区人民政府关于印发某方案的通知各街道办事处:现印发给你们。\n关于印发《2026年上海市城市更新规划资源行动方案》的通知沪规划资源更〔2026〕83号各区规划资源局:现印发给你们。"
      )
    );
    expect(h.docNumber).toBe("鞍立政发〔2023〕2号");
    expect(
      readHeader(
        lines(
          "关于印发《2026年上海市城市更新规划资源行动方案》的通知沪规划资源更〔2026〕83号各区规划资源局:现印发给你们。"
        )
      )
    ).toMatchObject({title: "2026年上海市城市更新规划资源行动方案", docNumber: "沪规划资源更〔2026〕83号"});
  });
  test("a number after its label (文号:, 文件编号:) is the document's wherever it stands on a line that names titles", () => {
    expect(
      readHeader(
        lines(
          "名  称:宝鸡市人民政府办公室关于印发2022年深化“放管服”改革优化营商环境重点工作安排的通知有 效 性:有效   文  号:宝政办函〔2022〕21号宝鸡市人民政府办公室关于印发2022年深化“放管服”改革优化营商环境重点工作安排的通知各县、区人民政府:《宝鸡市2022年深化“放管服”改革优化营商环境重点工作安排》已经市政府同意,现印发给你们。"
        )
      ).docNumber
    ).toBe("宝政办函〔2022〕21号");
    expect(
      readHeader(
        lines(
          "公开方式:   主动公开 文件编号:  长政办发〔2023〕7号 发布机构:  长兴县政府办公室长兴县人民政府办公室关于印发某方案的通知"
        )
      ).docNumber
    ).toBe("长政办发〔2023〕7号");
  });
  test("a title a web copy writes twice in a row, run on into the body, is the title once", () => {
    expect(
      readHeader(lines("魅力文明城市创建行动方案魅力文明城市创建行动方案为全面落实省委提出的新目标,制定本方案。")).title
    ).toBe("魅力文明城市创建行动方案");
  });
  test("not cut: a sentence that names a plan and goes on, a line opening as a body does, a header with its breaks", () => {
    expect(runOnSpans(lines("市政府同意市发改委制定的方案,现转发给你们,请认真贯彻执行。")).map((h) => h.text)).toEqual([
      "市政府同意市发改委制定的方案,现转发给你们,请认真贯彻执行。"
    ]);
    expect(runOnSpans(lines("为落实某市实施方案为推进工作,制定本方案。")).length).toBe(1);
    const broken = lines("某市优化营商环境行动方案\n某政办发〔2023〕12号某市人民政府办公室2023年5月6日");
    expect(runOnSpans(broken)).toEqual(broken);
    expect(readHeader(lines("市政府同意市发改委制定的方案,现转发给你们,请认真贯彻执行。")).title).toBeNull();
  });
  test("each span keeps its line and its own start in the line", () => {
    const spans = runOnSpans([
      {text: "某区停车管理实施方案某府发〔2024〕3号为加强停车管理,制定本方案。", line: 1, start: 10}
    ]);
    expect(spans.map((s) => [s.text, s.line, s.start])).toEqual([
      ["某区停车管理实施方案", 1, 10],
      ["某府发〔2024〕3号", 1, 20],
      ["为加强停车管理,制定本方案。", 1, 31]
    ]);
  });
});

describe("a repost whose header is one sentence: the notice's name, its number, then the repost's own words", () => {
  test("the notice's name gives the plan's title and issuer, the number is read, and the title's period closes the plan", () => {
    const m = parse(
      "某市人民政府关于印发某市交通提升三年行动方案(2021—2023年)的通知,某政发〔2021〕7号,在道路工程中,全市拟实施项目12个。\n一、加快道路建设\n(一)建设东环路。新建道路10公里。(市交通局牵头)\n"
    );
    expect(m.document).toMatchObject({
      title: "某市交通提升三年行动方案(2021—2023年)",
      docNumber: "某政发〔2021〕7号",
      issuer: "某市人民政府",
      deadline: {raw: "2021—2023年", date: "2023-12-31"}
    });
  });
  test("repostSentence cuts the line into the notice's name, the number and the rest, each with its own start", () => {
    const spans = repostSentence([
      {
        text: "某市人民政府关于印发某市行动方案的通知,某政发〔2021〕7号,在道路工程中,拟实施项目12个。",
        line: 1,
        start: 5
      }
    ]);
    expect(spans.map((s) => [s.text, s.line, s.start])).toEqual([
      ["某市人民政府关于印发某市行动方案的通知", 1, 5],
      ["某政发〔2021〕7号", 1, 25],
      ["在道路工程中,拟实施项目12个。", 1, 37]
    ]);
  });
  test("repostSentence keeps a line with no number right after the notice's name, and a notice's title alone (counter-examples)", () => {
    for (const line of [
      "某市人民政府关于印发某市行动方案的通知,在道路工程中,拟实施项目12个。",
      "某市人民政府关于印发某市行动方案的通知",
      "根据某政发〔2021〕7号,制定本方案。"
    ]) {
      const h = lines(line);
      expect(repostSentence(h)).toEqual(h);
    }
  });
});

describe("a title a web page wraps in 《》", () => {
  test("quotedTitle(a name in 《》, or a number glued before one) is the name's span", () => {
    const a = "《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》";
    expect(quotedTitle(a)).toEqual([1, a.length - 1]);
    const b = "京政办发〔2016〕26号《某市人民政府关于印发某市优化营商环境行动方案的通知》";
    const [s, e] = quotedTitle(b)!;
    expect(b.slice(s, e)).toBe("某市人民政府关于印发某市优化营商环境行动方案的通知");
  });
  test("quotedTitle(a sentence quoting a document, a quoted name that is no plan's) is null (counter-example)", () => {
    expect(quotedTitle("根据《中华人民共和国预算法》,制定本方案")).toBeNull();
    expect(quotedTitle("《中华人民共和国预算法》")).toBeNull();
  });
  test("a header whose title lines are wrapped in 《》, the first with its number glued on, reads one title", () => {
    const header = readHeader(
      lines(
        "京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n" +
          "《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n京政办发〔2016〕26号"
      )
    );
    // The notice carries the plan: its title is the name inside 〈〉.
    expect(header.title).toBe("北京市2016年政务公开工作要点");
    expect(header.docNumber).toBe("京政办发〔2016〕26号");
  });
});

describe("a 工作要点 its 印发 notice carries: the title is the plan's, its closing date the end of its year", () => {
  const BODY = "一、加强党建\n(一)强化理论武装。(局办公室牵头)\n(二)加强队伍建设。(局人事科牵头)\n";
  const read = (text: string) => {
    const m = parse(text);
    return [m.document.title, m.document.issuer, m.document.deadline ?? null];
  };
  test("关于印发〈X〉的通知, 关于印发《X》的通知 and 关于印发X的通知 (X = 2024年工作要点) give X, due the end of 2024", () => {
    for (const wrapper of ["〈2024年工作要点〉", "《2024年工作要点》", "2024年工作要点"])
      expect(read(`芜湖市教育局关于印发${wrapper}的通知\n各科室:\n现将工作要点印发给你们。\n${BODY}`)).toEqual([
        "2024年工作要点",
        "芜湖市教育局",
        {raw: "2024年", date: "2024-12-31"}
      ]);
    expect(
      read(
        "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知\n京政办发〔2016〕26号\n北京市人民政府办公厅\n2016年4月1日\n" +
          BODY
      )
    ).toEqual(["北京市2016年政务公开工作要点", "北京市人民政府办公厅", {raw: "2016年", date: "2016-12-31"}]);
  });
  test("the same in a copy that lost its line breaks: the title run on into the first chapter, the signature glued", () => {
    const one = (text: string) => parse(text.replace(/\n/g, ""));
    const ids = parse(`某市人民政府办公室关于印发某市2024年政务公开工作要点的通知\n${BODY}`).items.map((i) => i.id);
    expect(ids.length).toBe(2);
    const m = one(`某市人民政府办公室关于印发某市2024年政务公开工作要点的通知\n${BODY}`);
    expect([m.document.title, m.document.deadline?.date, m.items.map((i) => i.id)]).toEqual([
      "某市2024年政务公开工作要点",
      "2024-12-31",
      ids
    ]);
    const bj = one(
      "《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n各区人民政府:\n现将《北京市2016年政务公开工作要点》印发给你们,请认真贯彻落实。\n北京市人民政府办公厅\n2016年4月1日\n" +
        BODY
    );
    expect([bj.document.title, bj.document.issuer, bj.document.date, bj.document.deadline?.date]).toEqual([
      "北京市2016年政务公开工作要点",
      "北京市人民政府办公厅",
      "2016-04-01",
      "2016-12-31"
    ]);
    expect(bj.items.map((i) => i.id)).toEqual(ids);
  });
  test("a notice that carries no plan keeps its own title (关于做好2024年工作要点落实工作的通知: no 印发)", () => {
    expect(read(`芜湖市教育局关于做好2024年工作要点落实工作的通知\n各科室:\n${BODY}`)[0]).toBe(
      "芜湖市教育局关于做好2024年工作要点落实工作的通知"
    );
  });
});

describe("readHeader: held-out header shapes (tester4)", () => {
  test("a numeral date with ○ for 〇 ends the notice: the plan's own title line below it is the title", () => {
    const h = readHeader(
      lines(
        "穗府辦〔2006〕19號\n關于印發2006年政府工作報告要求重點做好的工作事項的通知\n各區、縣級市人民政府:\n現將《2006年〈政府工作報告〉要求重點做好的工作事項》印發給你們。\n廣州市人民政府辦公廳\n二○○六年四月二十八日\n2006年《政府工作報告》要求重點做好的工作事項"
      ).map((h) => ({...h, match: h.text.replace(/關/g, "关").replace(/發/g, "发").replace(/號/g, "号")}))
    );
    expect(h).toMatchObject({
      title: "2006年《政府工作報告》要求重點做好的工作事項",
      docNumber: "穗府辦〔2006〕19號",
      issuer: "廣州市人民政府辦公廳",
      date: "2006-04-28"
    });
  });
  test("a carried name the plan's own line repeats with quotes the notice's title leaves out: the plan's line as written", () => {
    const h = readHeader(
      lines(
        "关于印发2006年政府工作报告要求重点做好的工作事项的通知\n各区政府:\n2006年《政府工作报告》要求重点做好的工作事项"
      )
    );
    expect(h.title).toBe("2006年《政府工作报告》要求重点做好的工作事项");
    // Counter-example: a name no line repeats and that does not end as a plan's does stays the notice's title.
    expect(readHeader(lines("关于印发重点做好的工作事项的通知\n各区政府:")).title).toBe(
      "关于印发重点做好的工作事项的通知"
    );
  });
  test("table borders around the title line are no part of it; a number after the title, a space between, is the document's", () => {
    const h = readHeader(
      lines(
        "|\n|||||||||\n关于印发2023年《政府工作报告》重点任务分解落实方案的通知 常政发〔2023〕1号 |\n|||||||||\n各辖市、区人民政府:"
      )
    );
    expect(h).toMatchObject({title: "2023年《政府工作报告》重点任务分解落实方案", docNumber: "常政发〔2023〕1号"});
    expect(unbordered({text: "|||||||||", line: 1, start: 0})).toEqual([]);
    expect(unbordered({text: "某方案 |", line: 1, start: 5})).toEqual([
      {text: "某方案", match: "某方案", line: 1, start: 5}
    ]);
    // A row of several cells (a 信息公开 record) is left as it is.
    const record = {text: "索引号 | 123 | 公开方式 | 主动公开 |", line: 1, start: 0};
    expect(unbordered(record)).toEqual([record]);
    expect(numberAfterTitle("关于印发某实施方案的通知 常政发〔2023〕1号")).toBe(13);
    // Counter-examples: a number cited inside a title, or after a sentence, is not the document's.
    expect(numberAfterTitle("关于贯彻国发〔2020〕1号精神的通知")).toBe(-1);
    expect(numberAfterTitle("根据文件要求,现转发 常政发〔2023〕1号")).toBe(-1);
  });
  test("a notice alone that issues one attachment: the attachment's name as its 附件 line writes it is the title", () => {
    const h = readHeader(
      lines(
        "各镇人民政府:\n现将《<政府工作报告>任务分解表》印发给你们。\n请各牵头单位抓好落实。\n附件:《政府工作报告》任务分解表\n盘锦市大洼区人民政府办公室\n2021年1月25日"
      )
    );
    expect(h).toMatchObject({
      title: "《政府工作报告》任务分解表",
      issuer: "盘锦市大洼区人民政府办公室",
      date: "2021-01-25"
    });
    // Counter-examples: an attachment the notice's sentence does not name, or a list of attachments, gives no title.
    expect(
      readHeader(
        lines("各镇人民政府:\n现将《工作任务表》印发给你们。\n附件:其他表格\n某区人民政府办公室\n2021年1月25日")
      ).title
    ).toBeNull();
    expect(
      readHeader(
        lines(
          "各镇人民政府:\n现将《<报告>任务分解表》印发给你们。\n附件:1.《报告》任务分解表\n某区人民政府办公室\n2021年1月25日"
        )
      ).title
    ).toBeNull();
  });
});

describe("readHeader: a plan's own title ending in any genre word, its edition's bracket with it", () => {
  test("a policy's own title (若干政策, 政策举措) with its edition on the next line wins over the notice that carries it", () => {
    // 建政函〔2025〕20号: the notice names the plan without its place; the plan's own title names it, its edition below.
    const jiande = readHeader(
      lines(
        "建德市人民政府印发关于推动经济高质量发展的若干政策(2025年版)的通知\n建政函〔2025〕20号\n各镇、乡人民政府,各街道办事处,市政府各部门、单位:\n《关于推动经济高质量发展的若干政策(2025年版)》已经市政府常务会议审议通过,现印发给你们,请结合实际认真组织实施。\n建德市人民政府\n2025年3月31日\n(此件公开发布)\n建德市关于推动经济高质量发展的若干政策\n(2025年版)"
      )
    );
    expect(jiande).toMatchObject({
      title: "建德市关于推动经济高质量发展的若干政策(2025年版)",
      docNumber: "建政函〔2025〕20号",
      issuer: "建德市人民政府",
      date: "2025-03-31"
    });
    // 婺城 2025: 政策举措, the notice's name carrying the plan's without 《》.
    expect(
      readHeader(
        lines(
          "金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知\n各乡镇人民政府、街道办事处,区直属有关单位:\n金华市婺城区人民政府\n2025年4月1日\n婺城区关于推动经济高质量发展若干政策举措\n(2025年版)"
        )
      ).title
    ).toBe("婺城区关于推动经济高质量发展若干政策举措(2025年版)");
  });
  test("a trial's or a revision's bracket on the title's next line is part of the title: (试行), (修订), (2024年修订)", () => {
    for (const edition of ["(试行)", "(修订)", "(2024年修订)", "(暂行)"])
      expect(
        readHeader(lines(`某政发〔2024〕3号\n某市数据资源管理办法\n${edition}\n第一条 为规范数据资源管理,制定本办法。`))
          .title,
        edition
      ).toBe(`某市数据资源管理办法${edition}`);
    // A bracket that is no edition (a line of its own in brackets that says something else) is no part of it.
    expect(readHeader(lines("某市数据资源管理办法\n(此件公开发布)")).title).toBe("某市数据资源管理办法");
  });
  test("a list's or a guide's own title (清单, 指南, 指引) wins over the notice that carries it under a shorter name", () => {
    for (const [notice, own] of [
      ["某县人民政府办公室关于印发重点工作清单的通知", "某县2024年重点工作清单"],
      ["某市人民政府办公室关于印发企业合规经营指引的通知", "某市企业合规经营指引(试行)"],
      ["某区人民政府关于印发项目申报指南的通知", "某区产业扶持项目申报指南"]
    ])
      expect(readHeader(lines(`${notice}\n某县人民政府办公室\n2024年1月5日\n${own}`)).title, own).toBe(own);
  });
});

describe("readHeader: the imprint line at the very end (版记)", () => {
  test("gives the issuer and the date where the copy has no signature (延安市人民政府办公室  2024年3月28日印发)", () => {
    const end = lines("抄送:市委各部门,市人大常委会办公室。\n延安市人民政府办公室    2024年3月28日印发");
    expect(readHeader(lines("延政发(2024)8号\n某某实施方案"), end)).toMatchObject({
      title: "某某实施方案",
      docNumber: "延政发(2024)8号",
      issuer: "延安市人民政府办公室",
      date: "2024-03-28"
    });
    expect(readHeader(lines("某某实施方案"), lines("某县人民政府办公室 二〇二四年五月六日印发")).date).toBe(
      "2024-05-06"
    );
  });
  test("never over the signature's issuer and date, nor from a line that names no body", () => {
    const signed = lines("延政发〔2024〕8号\n某某实施方案\n延安市人民政府\n2024年3月26日");
    const end = lines("延安市人民政府办公室    2024年3月28日印发");
    expect(readHeader(signed, end)).toMatchObject({issuer: "延安市人民政府", date: "2024-03-26"});
    expect(readHeader(lines("某某实施方案"), lines("本方案 2024年3月28日印发")).issuer).toBeNull();
  });
});
