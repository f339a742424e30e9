// Items versus framing: a chapter's lead-in that assigns no work is framing, the plan's ending lines are no part of
// its last item, and no line the reading report sets aside as framing holds an item of the corpus.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {foldWidth} from "../src/lib/width.js";
import {isChapterLeadInFraming} from "../src/lib/reader/framing.js";
import {endingTail, isEndingLine} from "../src/lib/reader/ending.js";
import {looksLikeBody} from "../src/lib/reader/bodies.js";
import {readPlan} from "../src/lib/reader/parse.js";
import {realPlans} from "./corpus/score.js";
import {DIRECTORY, fixture, parse} from "./plan.js";

describe("a chapter's lead-in (its text under its heading, before its first numbered line)", () => {
  const plan = (leadIn: string) =>
    parse(
      `某市工作安排\n一、持续推进重点改革\n${leadIn}\n(一)深化审批制度改革。推行并联审批。(责任单位:市行政审批局)\n(二)优化纳税服务。压缩办税时间。(责任单位:市税务局)\n`
    );
  test("a chapter's lead-in that names no body and holds no modal is framing, not a line not understood", () => {
    for (const leadIn of [
      // Baoji's 一、持续推进七项重点改革: what the items below do together.
      "坚持统一性与特色性相结合、继承性与拓展性相结合,持续推动七项重点改革举措落实到位,以重点改革项目带动全市营商环境持续优化提升。",
      // Songjiang's 一、行动任务: a summary of the tasks below.
      "围绕城市更新“六大行动”,分类梳理共22项任务。在综合区域整体焕新方面,强调先行先试,加强全要素统筹协调;在人居环境品质提升方面,强调筑梦安居。"
    ]) {
      const m = plan(leadIn);
      expect(m.coverage.framingLines, leadIn).toEqual([3]);
      expect(m.coverage.linesNotUnderstood, leadIn).toEqual([]);
      expect(m.coverage.covered, leadIn).toBe(1);
      expect(m.items.map((i) => i.id)).toEqual(["T1", "T2"]);
    }
  });
  test("a chapter's lead-in that names a body or holds a modal (要, 应, 将, 确保) stays not understood", () => {
    for (const leadIn of [
      "各区要坚持统一性与特色性相结合,持续推动重点改革举措落实到位。",
      "市发展改革委牵头,持续推动重点改革举措落实到位。",
      "持续推动重点改革举措落实到位,确保改革取得实效。",
      "将重点改革举措落实情况纳入年度考核。",
      "坚持问题导向,各有关部门应持续推动重点改革举措落实到位。"
    ]) {
      const m = plan(leadIn);
      expect(m.coverage.linesNotUnderstood, leadIn).toEqual([3]);
      expect(m.coverage.framingLines, leadIn).toEqual([]);
    }
  });
  test("the same paragraph in a chapter with no numbered line below it is no lead-in: work stays not understood", () => {
    const m = parse(
      `某市工作安排\n一、深化审批制度改革\n(一)推行并联审批。(责任单位:市行政审批局)\n二、保障措施\n坚持统一性与特色性相结合,持续推动重点改革举措落实到位。\n`
    );
    expect(m.coverage.linesNotUnderstood).toEqual([5]);
    expect(m.coverage.framingLines).toEqual([]);
  });
  test("isChapterLeadInFraming: no body, no modal, no 将, no year to reach → framing; otherwise not", () => {
    expect(isChapterLeadInFraming("坚持系统集成,持续推动改革举措落实到位。", looksLikeBody)).toBe(true);
    expect(isChapterLeadInFraming("区水务局:按照规划要求推进河道绿地建设。", looksLikeBody)).toBe(false);
    expect(isChapterLeadInFraming("各职能部门建立健全公众参与机制。", looksLikeBody)).toBe(false);
    expect(isChapterLeadInFraming("到2025年,建成区绿化覆盖率达到40%。", looksLikeBody)).toBe(false);
    expect(isChapterLeadInFraming("本市将持续推动改革举措落实到位。", looksLikeBody)).toBe(false);
  });
  test("Baoji's and Songjiang's chapter lead-ins are framing: their bodies read at 100% less framing", () => {
    const baoji = parse(readFileSync(fixture("real/city-baoji-2022-fangguanfu.txt")));
    expect(baoji.coverage.framingLines).toEqual([28]);
    expect(baoji.coverage.covered).toBe(1);
    const songjiang = parse(readFileSync(fixture("real/songjiang-2025-urbanrenewal.txt")));
    expect(songjiang.coverage.framingLines).toEqual([8]);
    expect(songjiang.coverage.covered).toBe(1);
  });
});

describe("the corpus: no item is set aside as framing", () => {
  /** Lines set aside as framing that hold the first characters of an expected item, by plan (known misses: none). */
  const KNOWN_MISSES: Record<string, number[]> = {};
  const NUMBERING = /^(?:\(?[一二三四五六七八九十\d]+[)、.]|[①-⑳]|第[一二三四五六七八九十]+[章节条])/;
  test("no line the reading report sets aside as framing holds an item the corpus expects", () => {
    const misses: Record<string, number[]> = {};
    for (const p of realPlans()) {
      const {model: m, text} = readPlan(p.text, {departments: DIRECTORY});
      const lines = foldWidth(text).split("\n");
      const keys = p.expected.items.map((e) => foldWidth(e.key).replace(/\s+/g, "")).filter((k) => k.length >= 6);
      for (const line of m.coverage.framingLines ?? []) {
        // The line's text after its numbering, if any (an item's key is the first characters of its text).
        const own = (lines[line - 1] ?? "").replace(/\s+/g, "").replace(NUMBERING, "");
        if (keys.some((k) => own.startsWith(k))) (misses[p.slug] ??= []).push(line);
      }
    }
    expect(misses).toEqual(KNOWN_MISSES);
  });
});

describe("the plan's ending lines are never the last item's", () => {
  const plan = (last: string, ending: string) =>
    parse(
      `某市实施方案\n一、主要任务\n(一)推进老旧小区改造。完成改造100个。(责任单位:市住房城乡建设局)\n${last}\n${ending}\n某市人民政府办公室\n2024年3月1日\n`
    );
  const lastItem = (m: ReturnType<typeof parse>) => m.items[m.items.length - 1];
  test("an ending line after the last item (施行, 有效期, 负责解释, 同时废止, a report's request) is not its text, and its clause is read", () => {
    for (const ending of [
      "本方案自印发之日起施行。",
      "本意见自2024年7月1日起施行,有效期至2029年6月30日。",
      "本方案由市发展改革委负责解释。",
      "本实施方案自2022年1月1日起施行。《某市农村公路管理养护体制改革实施方案》(某府办发〔2008〕28号)同时废止。",
      "以上意见如无不妥,请批转各地、各部门贯彻执行。",
      "本方案自印发之日起施行。\n(此件公开发布)"
    ]) {
      const m = plan("(二)加强物业管理。推进物业服务全覆盖。(责任单位:市房管局)", ending);
      const item = lastItem(m);
      expect(item.id, ending).toBe("T2");
      expect(item.text, ending).toBe("加强物业管理。推进物业服务全覆盖。");
      expect(item.clause, ending).toBe("责任单位:市房管局");
      expect(
        m.responsibilities.filter((r) => r.item === "T2").map((r) => r.asWritten),
        ending
      ).toEqual(["市房管局"]);
      expect(m.coverage.linesNotUnderstood, ending).toEqual([]);
      expect(m.document.issuer, ending).toBe("某市人民政府办公室");
    }
  });
  test("an ending glued onto the last item's own line is cut from it, after its clause too", () => {
    for (const [last, text] of [
      [
        "(二)加强物业管理。推进物业服务全覆盖。(责任单位:市房管局)本方案自印发之日起施行。",
        "加强物业管理。推进物业服务全覆盖。"
      ],
      ["(二)加强物业管理。推进物业服务全覆盖。本方案由市发展改革委负责解释。", "加强物业管理。推进物业服务全覆盖。"]
    ]) {
      const m = plan(last, "");
      const item = lastItem(m);
      expect(item.text, last).toBe(text);
      expect(
        m.responsibilities.filter((r) => r.item === "T2").map((r) => r.asWritten),
        last
      ).not.toContain("市发展改革委");
    }
    const m = plan("(二)加强物业管理。推进物业服务全覆盖。(责任单位:市房管局)本方案自印发之日起施行。", "");
    expect(lastItem(m).clause).toBe("责任单位:市房管局");
  });
  test("a last line that assigns work, or names the plan in a sentence of work, stays the last item's", () => {
    for (const line of ["各区要认真贯彻执行本方案,于2024年底前完成。", "本方案实施情况纳入年度考核。"]) {
      const m = plan("(二)加强物业管理。推进物业服务全覆盖。", line);
      expect(lastItem(m).text, line).toContain(line);
    }
  });
  test("the corpus's last items keep no ending (earthquake, fireinfra, publicfire)", () => {
    for (const [slug, id] of [
      ["nation-1996-earthquake", "T6"],
      ["prov-shanghai-2023-fireinfra", "T2.4"],
      ["prov-shanghai-2024-publicfire", "T5"]
    ]) {
      const m = parse(readFileSync(fixture(`real/${slug}.txt`)));
      const item = lastItem(m);
      expect(item.id, slug).toBe(id);
      expect(item.text, slug).not.toMatch(/施行|如无不妥/);
      expect(item.text, slug).toMatch(/。$/);
    }
  });
  test("isEndingLine and endingTail: whole formula sentences only", () => {
    expect(isEndingLine("本方案自印发之日起施行。")).toBe(true);
    expect(isEndingLine("本办法的具体应用问题由市司法局负责解释。")).toBe(true);
    expect(isEndingLine("特此通知。")).toBe(true);
    expect(isEndingLine("此前本市有关规定与本方案不一致的,以本方案为准。")).toBe(true);
    expect(isEndingLine("各区要认真贯彻执行本方案。")).toBe(false);
    expect(isEndingLine("本方案自印发之日起施行。各区要于2024年底前完成。")).toBe(false);
    expect(endingTail("推进物业服务全覆盖。本方案自印发之日起施行。")).toBe("推进物业服务全覆盖。".length);
    expect(endingTail("推进物业服务全覆盖。")).toBe(-1);
    expect(endingTail("本方案自印发之日起施行。")).toBe(-1);
  });
});
