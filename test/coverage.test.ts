import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {readingReport} from "../src/lib/reader/coverage.js";
import {fixture, parse} from "./plan.js";

describe("measureCoverage", () => {
  test("a line outside the items whose names give the plan's links is read (a closing 会同 sentence covering the plan)", () => {
    const plan = (closing: string) =>
      parse(
        `某区工作方案\n一、工作内容\n(一)开展体检。开展区级体检。\n(二)搭建系统。搭建信息系统。\n二、组织保障\n${closing}\n`
      );
    expect(
      plan("区建设管理委会同区发展改革委、区财政局等部门共同推进城市体检工作。").coverage.linesNotUnderstood
    ).toEqual([]);
    // The same line naming no one is still not understood.
    expect(
      plan("各部门要加强协调配合,共同推进城市体检工作,确保各项任务落实。").coverage.linesNotUnderstood
    ).toHaveLength(1);
  });
  test("a plan that is one task table has its body in the table: its rows are counted, not 0 characters", () => {
    const model = parse(readFileSync(fixture("tester5/xian-2022-fenggong.txt")));
    expect(model.items.length).toBeGreaterThan(0);
    expect(model.coverage.bodyChars).toBeGreaterThan(300);
    expect(model.coverage.covered).toBeGreaterThan(0);
  });
  test("the body still starts at the first numbered line when no table comes before it", () => {
    const model = parse("各单位:\n现将方案印发给你们。\n一、任务\n(一)推进建设。(责任单位:区建设管理委)\n");
    expect(model.coverage.bodyChars).toBe("一、任务(一)推进建设。(责任单位:区建设管理委)".length);
  });
});

describe("pinyin glosses in the body", () => {
  test("a pinyin gloss is not the body's text: a repost read through its glosses is read in full", () => {
    const glossed = parse("一、深化重點(diǎn)領(lǐng)域改革\n(一)深化農村改革。開展確權登記頒證(zhèng)。\n");
    const plain = parse("一、深化重點領域改革\n(一)深化農村改革。開展確權登記頒證。\n");
    expect(glossed.coverage.bodyChars).toBe(plain.coverage.bodyChars);
    expect(glossed.coverage.covered).toBe(1);
  });
});

describe("framing: paragraphs that assign no work, set aside", () => {
  const plan = (chapter: string, intro = "") =>
    parse(
      `某区工作方案\n一、基本情况\n${chapter}\n二、主要任务\n${intro}(一)开展体检。开展区级体检。\n(二)搭建系统。搭建信息系统。\n`
    );
  test("a narrative paragraph (the situation, what was done before) is framing, not a line not understood", () => {
    const m = plan("近年来,本区城市建设取得明显成效。2023年全区新建住宅120万平方米,为历年最高。");
    expect(m.coverage.linesNotUnderstood).toEqual([]);
    expect(m.coverage.framingLines).toEqual([3]);
    expect(m.coverage.framingChars).toBe(
      "近年来,本区城市建设取得明显成效。2023年全区新建住宅120万平方米,为历年最高。".length
    );
    expect(m.coverage.covered).toBe(1);
  });
  test("a paragraph that assigns work (要, a verb of work, a body in charge) and that nothing holds stays not understood", () => {
    for (const work of [
      "各部门要加强协调配合,确保各项任务落实。",
      "加强统筹协调,建立工作专班。",
      "区政府是城市更新工作的第一责任主体。",
      // The imperative with no modal: a mark and adverbs before the verb, the disposal construction, a future year.
      "*加力推进检修段光伏设施建设。",
      "将消防救援队伍工作纳入绩效考评。",
      "5年内重点引进和培养1万名企业紧缺人才。"
    ]) {
      const m = plan(work);
      expect(m.coverage.linesNotUnderstood, work).toEqual([3]);
      expect(m.coverage.framingLines, work).toEqual([]);
      expect(m.coverage.covered, work).toBeLessThan(1);
    }
  });
  test("a paragraph where most sentences narrate and one holds a modal (the earthquake report's 一、) is framing", () => {
    const m = plan(
      "自70年代以来,我局每年都进行趋势会商。然而实践表明,两者有显著差别。因此在确定重点地区时,必须兼顾震情和灾情。鉴此,我局确定了重点监视防御区。"
    );
    expect(m.coverage.framingLines).toEqual([3]);
  });
  test("what was done (a verb of work in the perfective: 进行了, 确定了) is narrative, not work", () => {
    expect(plan("会议进行了深入的分析研究。会议确定了重点危险地区。").coverage.framingLines).toEqual([3]);
  });
  test("a lead-in to the list below it (…应切实抓好以下几方面工作:) is framing; one naming a body is not", () => {
    const lead = plan("近年来,本区城市建设取得明显成效。", "为此,应切实抓好以下几方面工作:\n");
    expect(lead.coverage.framingLines).toEqual([3, 5]);
    expect(lead.coverage.linesNotUnderstood).toEqual([]);
    const named = plan("近年来,本区城市建设取得明显成效。", "区建设管理委会同区发展改革委做好以下工作:\n");
    expect(named.coverage.framingLines).toEqual([3]);
  });
  test("a line of a table the reader did not rebuild (a number alone) is never framing", () => {
    const m = plan("近年来,本区城市建设取得明显成效。\n48");
    expect(m.coverage.linesNotUnderstood).toContain(4);
    expect(m.coverage.framingLines).not.toContain(4);
  });
  test("the earthquake report's narrative chapters and lead-in are framing: read 100% of the rest, said so", () => {
    const m = parse(readFileSync(fixture("real/nation-1996-earthquake.txt")));
    expect(m.coverage.framingLines).toEqual([18, 20, 21, 25]);
    expect(m.coverage.linesNotUnderstood).toEqual([]);
    expect(readingReport(m)).toMatch(
      /^read 100\.0% of the body less its framing \(1,760 characters, \d+ of them framing set aside: paragraphs that assign no work, lines 18, 20, 21, 25\): .*every line of the body that assigns work understood$/
    );
  });
});

describe("readingReport", () => {
  test("readingReport counts in the singular for one: 1 item, 1 link, 1 target", () => {
    const one = readingReport(parse("某市实施方案\n一、主要任务\n(一)建设绿地10公顷。(市绿化局负责)\n"));
    expect(one).toMatch(/: 1 item \(0 without a clause\), 1 link, 1 target; /);
    const two = readingReport(
      parse("某市实施方案\n一、主要任务\n(一)建设绿地。(市绿化局负责)\n(二)养护绿地。(市绿化局负责)\n")
    );
    expect(two).toMatch(/: 2 items \(0 without a clause\), 2 links, 0 targets; /);
  });
  test("readingReport never says every line was understood of a body it did not find", () => {
    const report = readingReport(parse("各单位:\n请认真贯彻执行。\n"));
    expect(report).not.toContain("every line understood");
    expect(report).toContain("no body found");
  });
  test("readingReport says so plainly, not every line understood, when the issuer holds the items by default", () => {
    const notice = (tasks: string) =>
      `上海市交通委员会关于印发《某行动方案》的通知\n委机关各处室,委属各单位:\n现印发给你们,请认真贯彻执行。\n上海市交通委员会\n2026年4月15日\n某行动方案\n${tasks}`;
    const report = readingReport(parse(notice("一、任务\n1.提高通达性。优化网络。\n2.促进集聚。推进建设。\n")));
    expect(report).not.toContain("understood");
    expect(report).toMatch(
      /every line read; no clause names who does any item: the issuer, 上海市交通委员会, holds them all by default$/
    );
    // With a clause, the lines are understood as before.
    expect(readingReport(parse(notice("一、任务\n1.提高通达性。优化网络。(责任单位:市交通委)\n")))).toMatch(
      /every line understood$/
    );
  });
});

describe("clauses read to no department", () => {
  test("a bracket at an item's end with a clause word that names no one is warned of at its line and not understood", () => {
    const model = parse(
      "某市行动方案\n一、任务\n(一)推进建设。推进项目建设。\n(牵头单位:另行明确)\n" +
        "(二)强化保障。加强资金保障。(具体分工另行通知,不再一一牵头)\n(三)优化服务。提升服务。(市发改委负责)\n"
    );
    expect(model.warnings.filter((w) => /names no department/.test(w.message))).toEqual([
      {line: 4, code: "clause", message: "T1: the clause names no department"},
      {line: 5, code: "clause", message: "T2: the clause names no department"}
    ]);
    expect(model.coverage.linesNotUnderstood).toEqual([4, 5]);
    expect(model.coverage.covered).toBeLessThan(1);
    expect(readingReport(model)).toContain("2 lines not understood (4, 5)");
  });
  test("a copy cut mid-clause (…(牵头单) names no department: its line is not understood", () => {
    const model = parse("一、任务\n(一)推进建设。(市发改委负责)\n(二)实施园区提升行动,加快推进建设。(牵头单\n");
    expect(model.coverage.linesNotUnderstood).toEqual([3]);
  });
  test("a task-table row whose 牵头单位 cell names no department (—, /, empty, words) is warned of at its line and not understood", () => {
    const model = parse(
      "某市2024年优化营商环境重点任务分工方案\n序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n" +
        "1 | 推行企业开办一日办结。 | 市市场监管局 | 市公安局 | 2024年9月底\n" +
        "2 | 深化工程建设项目审批改革。 | — | 市自然资源局 | 长期坚持\n" +
        "3 | 推进政务服务标准化。 | / | | 2024年底\n" +
        "4 | 建设一网通办平台。 |  | 市大数据局 | 2024年底\n" +
        "5 | 优化涉企服务。 | 加强宣传引导 | | 2024年底\n"
    );
    expect(model.warnings.filter((w) => /cell of its row/.test(w.message))).toEqual([
      {line: 4, code: "no-clause", message: 'R1.2: the 牵头单位 cell of its row names no department ("—")'},
      {line: 5, code: "no-clause", message: 'R1.3: the 牵头单位 cell of its row names no department ("/")'},
      {line: 6, code: "no-clause", message: "R1.4: the 牵头单位 cell of its row is empty: no department named"},
      {line: 7, code: "no-clause", message: 'R1.5: the 牵头单位 cell of its row names no department ("加强宣传引导")'}
    ]);
    expect(model.coverage.linesNotUnderstood).toEqual([4, 5, 6, 7]);
    // The bodies a row does name keep their links: no department is made of the mark or the words.
    expect(model.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "R1.1 lead:市市场监管局",
      "R1.1 support:市公安局",
      "R1.2 support:市自然资源局",
      "R1.4 support:市大数据局"
    ]);
  });
  test("a 责任单位 cell that only points elsewhere (详见附件, 待定) names no department either", () => {
    const model = parse(
      "某区2023年重点工作任务清单\n序号 | 工作任务 | 责任单位 | 完成时间\n" +
        "1 | 完成老旧小区改造。 | 区住房城乡建设局 | 2023年底\n" +
        "2 | 推进重点项目建设。 | 详见附件 | 2023年底\n" +
        "3 | 开展专项整治。 | 待定 | 2023年6月底\n"
    );
    expect(model.warnings.filter((w) => /cell of its row/.test(w.message)).map((w) => [w.line, w.message])).toEqual([
      [4, 'R1.2: the 责任单位 cell of its row names no department ("详见附件")'],
      [5, 'R1.3: the 责任单位 cell of its row names no department ("待定")']
    ]);
    expect(model.coverage.linesNotUnderstood).toEqual([4, 5]);
  });
  test("a task-table row that names its lead leaves its line understood, a blank 配合单位 cell (—, 无) with it", () => {
    const model = parse(
      "某市2024年优化营商环境重点任务分工方案\n序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n" +
        "1 | 推行企业开办一日办结。 | 市市场监管局 | — | 2024年9月底\n" +
        "2 | 深化工程建设项目审批改革。 | 市住建局 | 无 | 长期坚持\n" +
        "3 | 推进政务服务标准化。 | 市政务服务局 | | 2024年底\n"
    );
    expect(model.warnings.filter((w) => /cell of its row|names no role/.test(w.message))).toEqual([]);
    expect(model.coverage.linesNotUnderstood).toEqual([]);
    expect(model.responsibilities.map((r) => `${r.item} ${r.role}:${r.asWritten}`)).toEqual([
      "R1.1 lead:市市场监管局",
      "R1.2 lead:市住建局",
      "R1.3 lead:市政务服务局"
    ]);
  });
  test("a clause that names its bodies leaves every line understood", () => {
    const model = parse(
      "一、任务\n(一)推进建设。推进项目建设。(市发改委、市财政局组织实施)\n(二)强化保障。(市财政局负责)\n"
    );
    expect(model.coverage.linesNotUnderstood).toEqual([]);
    expect(model.coverage.covered).toBe(1);
  });
});

describe("unreadLabelLines: lines shaped like a clause's label that no rule read", () => {
  const clauseWarnings = (text: string) =>
    parse(text)
      .warnings.filter((w) => w.message.includes("but no rule read it"))
      .map((w) => w.line);
  test("a person's label beside the bodies' labels is read with them; alone, it names no department", () => {
    const read =
      "某市2020年重点工作及责任分解\n一、主要预期目标\n1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n" +
      "牵头责任单位:市发展改革委。\n协同责任单位:市经信局。\n2. 财政收入增长8%左右。\n牵头负责领导:金力。\n";
    // Lines 4 to 6 are one clause, read; line 8, a person alone, is a clause that names no department.
    expect(clauseWarnings(read)).toEqual([]);
    const model = parse(read);
    expect(model.warnings.filter((w) => w.code === "clause").map((w) => [w.line, w.message])).toEqual([
      [8, "T2: the clause names no department"]
    ]);
    expect(model.coverage.linesNotUnderstood).toEqual([8]);
  });
  test("a label no rule knows (督办单位:) is warned of; a read 牵头单位 line is not (counter-example)", () => {
    const text =
      "某县2024年工作要点\n一、重点任务\n1. 推进项目建设。\n督办单位:县政府办。\n2. 加强监管。\n牵头单位:县市场监管局\n";
    expect(clauseWarnings(text)).toEqual([4]);
  });
});
