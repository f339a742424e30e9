// A property of the reader on the real-plan corpus (test/fixtures/real): a plan copied from a web page that lost all
// its line breaks (the whole plan on one line) reads as the plan with its breaks — the same items (ids) and the same
// clause links (item, role, name as written), and the same header (title, number, issuer, date). restoreBreaks and
// signatureBreaks (normalize.ts) rebuild the lines; what they cannot yet rebuild is listed below as a ratchet: each
// listed plan keeps at least the items and links it keeps now, a listed plan that reads the same must be taken off
// the list, and a plan not listed must read the same. Tables (| rows) joined into one line are not rebuilt, so plans
// whose items are table rows are expected to stay listed.
import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import type {PlanModel} from "../src/lib/model.js";
import {fixture, parse} from "./plan.js";

/** The copy a web page gives when its line breaks are lost: every line trimmed, all joined into one. */
export const joinedCopy = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .join("");

/**
 * Plans whose joined copy does not yet give the same items and links: how many of the items (ids) and links of the
 * copy with breaks the joined copy keeps (measured; a floor that only rises).
 */
const NOT_YET: Record<string, {items: number; links: number}> = {
  "baoshan-2019-wastesorting": {items: 12, links: 9},
  "chongming-2017-highrise": {items: 30, links: 12},
  // Its garbled item lines (one byte out of step, mojibake.ts) are repaired only where they open a line.
  "city-guangzhou-2006-gzbg-trad": {items: 0, links: 0},
  "city-qianjiang-2017-gzbg-fenjie": {items: 0, links: 0},
  "city-yuncheng-2017-yingji": {items: 0, links: 0},
  "county-kaihua-2023-qingdan": {items: 0, links: 0},
  // Held out (tables4): a table copied one cell per line; joined, its cells run into one line and no row is cut.
  "county-qiaocheng-2025-jiaoyu-fenjie": {items: 0, links: 0},
  // Held out (tester5): joined, its info record's label/value lines run into the 一、 heading and its 1. items.
  "county-shengsi-2023-zerenfenjie": {items: 0, links: 0},
  // Its clauses name persons only, so its issuer holds the items; joined, the issuer's header line is not read (see
  // HEADER_NOT_YET), so the issuer's links are lost.
  "county-huarong-2021-wenlv": {items: 3, links: 0},
  "district-caidian-2023-fenjie": {items: 1, links: 0},
  "district-lishan-2023-fengong": {items: 1, links: 0},
  "fengxian-2021-ruralroads": {items: 9, links: 38},
  "fengxian-2023-eldergas": {items: 0, links: 0},
  "jiading-2023-renewal-opinion": {items: 22, links: 34},
  "jiading-2024-sponge": {items: 0, links: 0},
  "jingan-2023-renewal": {items: 11, links: 1},
  "minhang-2026-renewal15": {items: 0, links: 0},
  "nation-2016-lianghua-fengong": {items: 0, links: 0},
  "prov-shanghai-2026-renewalplanning": {items: 10, links: 10},
  "prov-sichuan-2015-xianyu-trad": {items: 0, links: 0},
  "prov-sichuan-2022-liutong": {items: 1, links: 1},
  "putuo-2025-sponge": {items: 21, links: 3},
  "sh-jtw-2023-pv": {items: 25, links: 55},
  "sh-jtw-2024-jingxihua": {items: 23, links: 0},
  // Held out (tester6): joined, a stage's clause runs into the next stage; the one-cell-a-line 任务分解表 runs into
  // one line.
  "sh-jtw-2025-dajian": {items: 5, links: 7},
  // Its 任务分解表 (one cell a line) gives 28 of the 30 links of the copy with breaks; joined, its cells run into one
  // line and no row is cut (as Qiaocheng's): the links kept are the body's two (the issuer's 11 default holdings the
  // floor of 15 counted went when the table was read).
  "sh-jtw-2024-zonghejiaotong": {items: 13, links: 2}
};

/** Plans whose joined copy does not yet give the same header (title, number, issuer, date). */
const HEADER_NOT_YET = new Set([
  // A cover page (shapes7): title lines, the issuer's name, the month; joined, the cover's lines run together.
  "county-lujiang-2021-shisiwu",
  // Held-out plans added on 2026-12-02 (tester4) whose joined header is not yet read as the copy with breaks.
  "nation-2014-nongye-fengong-trad",
  "county-kaihua-2023-qingdan",
  "county-dawa-2021-fenjie-notice",
  "city-beijing-2016-zhengwu-yaodian",
  "city-bozhou-2025-gzbg-fenjie",
  "city-chengdu-2024-qianrushi",
  // Its bordered title line (| … |) reads since hdrtgt; joined, the borders run into the notice and are not cut.
  "city-changzhou-2023-fenjie-trad",
  // Its copy with breaks reads its ○ date and its own title line since hdrtgt; joined, the notice's signature and the
  // plan's title run on into one line that is not yet cut.
  "city-guangzhou-2006-gzbg-trad",
  "city-huaihua-2023-jingji-trad",
  "city-liupanshui-2022-xinjijian",
  "city-qianjiang-2017-gzbg-fenjie",
  "city-yueyang-2017-zhengwugongkai",
  "city-yuncheng-2017-yingji",
  "county-jiangxian-2023-zhuanyezhen-trad",
  "county-jiayu-2021-fenjie",
  "county-jinxiang-2025-fengong",
  "district-xialu-2023-fenjie",
  "hongkou-2014-heritagedisaster",
  "huangpu-2025-renewables",
  "jingan-2019-firerescue",
  "minhang-2026-renewal15",
  "nation-1996-earthquake",
  "prov-guangdong-2021-gzbg-fengong",
  "prov-shanxi-2017-zhongbu",
  "prov-sichuan-2015-xianyu-trad",
  "sh-jtw-2024-lowaltitude",
  // Held-out plans added on 2026-12-02 (tester5) whose joined header is not yet read as the copy with breaks.
  "county-shengsi-2023-zerenfenjie",
  "prov-liaoning-2025-gzbg-fengong",
  "county-huarong-2021-wenlv",
  // Held out (tables4): joined, the 信息公开 record, the title twice and the table's cells run into one line.
  "county-qiaocheng-2025-jiaoyu-fenjie",
  // Held out (tester6): joined, a site's title line runs into the plan's title (Shandong); the issuers in the notice
  // title behind a page label are lost (Jing'an).
  "prov-shandong-2014-yusuan",
  "jingan-2018-shanghaifuwu"
]);

const ids = (m: PlanModel) => m.items.map((i) => i.id);
const links = (m: PlanModel) => m.responsibilities.map((r) => `${r.item} ${r.role} ${r.asWritten}`);
const header = (m: PlanModel) => [m.document.title, m.document.docNumber, m.document.issuer, m.document.date];
/** Each item as its id and title: a heading run into its body gives the same id with a longer title. */
const titles = (m: PlanModel) => m.items.map((i) => `${i.id} ${i.title}`);
const kept = (a: string[], b: string[]) => {
  const seen = new Set(b);
  return a.filter((x) => seen.has(x)).length;
};

const real = fixture("real/");
const plans = readdirSync(real)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const text = readFileSync(new URL(f, real), "utf8");
    return {slug: f.replace(/\.txt$/, ""), lines: parse(text), one: parse(joinedCopy(text))};
  });

describe("a plan joined into one line reads as the plan with its line breaks (ratchet)", () => {
  test("the whole corpus: how many plans, items and links the joined copies keep", () => {
    const same = plans.filter((p) => !(p.slug in NOT_YET));
    const items = plans.reduce((n, p) => n + kept(ids(p.lines), ids(p.one)), 0);
    const all = plans.reduce((n, p) => n + ids(p.lines).length, 0);
    const linked = plans.reduce((n, p) => n + kept(links(p.lines), links(p.one)), 0);
    const allLinks = plans.reduce((n, p) => n + links(p.lines).length, 0);
    const titled = plans.reduce((n, p) => n + kept(titles(p.lines), titles(p.one)), 0);
    console.log(
      `joined copies: ${same.length} of ${plans.length} plans read the same; items kept ${items}/${all}, links ${linked}/${allLinks}; ` +
        `headers the same ${plans.length - HEADER_NOT_YET.size}/${plans.length}; titles the same ${titled}/${all}`
    );
    expect(same.length).toBeGreaterThanOrEqual(62);
    // Items the joined copy keeps with the title of the copy with breaks (722 before headings run into their bodies
    // got their breaks back; 807 before a part's standard name, a verb's heading before a verb's body and a doer the
    // plan names elsewhere did; 852 before a preposition's phrase, a list of bodies, a lead's bracket and verbs in a
    // row did; 867 before an attachment's label glued after the last sentence got its lines back; 875 before a heading
    // naming a place and a stage's heading with its colon did; 878 before a part of bodies' duties got its paragraphs
    // back).
    expect(titled).toBeGreaterThanOrEqual(891);
    expect(Object.keys(NOT_YET).every((s) => plans.some((p) => p.slug === s))).toBe(true);
  });
  for (const p of plans)
    test(`${p.slug}: the joined copy's items and links`, () => {
      const floor = NOT_YET[p.slug];
      const same = JSON.stringify([ids(p.one), links(p.one)]) === JSON.stringify([ids(p.lines), links(p.lines)]);
      if (!floor) {
        expect(ids(p.one)).toEqual(ids(p.lines));
        expect(links(p.one)).toEqual(links(p.lines));
        return;
      }
      expect(same, `${p.slug} reads the same when joined: take it off NOT_YET`).toBe(false);
      expect(kept(ids(p.lines), ids(p.one))).toBeGreaterThanOrEqual(floor.items);
      expect(kept(links(p.lines), links(p.one))).toBeGreaterThanOrEqual(floor.links);
    });
  test("the joined copies' headers: the same title, number, issuer and date, but for the plans listed", () => {
    // Every plan whose joined header differs, listed at once: the plans to add to HEADER_NOT_YET, or to take off it.
    const differing = plans
      .filter((p) => JSON.stringify(header(p.one)) !== JSON.stringify(header(p.lines)))
      .map((p) => p.slug);
    expect(differing).toEqual(plans.map((p) => p.slug).filter((s) => HEADER_NOT_YET.has(s)));
  });
});
