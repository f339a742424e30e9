import fc from "fast-check";
import iconv from "iconv-lite";
import {describe, expect, test} from "vitest";
import {encodeGb18030, repairShifted, repairShiftedLines} from "../src/lib/reader/mojibake.js";
import {normalizePlanText} from "../src/lib/reader/normalize.js";
import {readingReport} from "../src/lib/reader/coverage.js";
import {parse} from "./plan.js";

/**
 * What a web page shows for a line whose GBK bytes it read one byte late: the byte before the line (the second of an
 * ideographic space's pair) read with its first byte, every pair after it shifted, the pairs GBK leaves unmapped
 * dropped (the page shows nothing for them). `cut`: a byte of the line's own removed as well (a damaged copy).
 * Encoded by iconv-lite, not by the reader's own table.
 */
function garble(line: string, cut?: number): string {
  const bytes = [0xa1, ...iconv.encode(line, "gb18030")];
  if (cut !== undefined) bytes.splice(cut, 1);
  return new TextDecoder("gb18030").decode(new Uint8Array(bytes)).replace(/[\ue000-\uf8ff]/g, "");
}

const SEVEN = "（七）抓緊推進廣州國際會展中心二期建設。(牽頭單位:市經貿委;配合單位:市建委)";
const TWO = "（二）推進東部石化基地建設。(牽頭單位:市發改委;配合單位:市經貿委、規劃局)";
const SIX = "（六）啟動舊機場商品交易市場建設。(牽頭單位:市經貿委)";

describe("repairShifted", () => {
  test("reads a line decoded one byte out of step again in step, up to where the copy came back in step", () => {
    const garbled = garble(SEVEN);
    expect(garbled).toMatch(/^。ㄆ撸┳/);
    expect(repairShifted(garbled)).toEqual({text: SEVEN, lost: false});
  });
  test("rebuilds a marker whose shifted pairs the page dropped (二 B6FE read with ）'s A3: unmapped in GBK)", () => {
    const garbled = garble(TWO);
    expect(garbled).not.toContain("二");
    expect(repairShifted(garbled)).toEqual({text: TWO, lost: true});
  });
  test("rebuilds a marker the page dropped whole, from the one numeral that leaves what is left; the characters after it stay lost", () => {
    const repaired = repairShifted(garble(SIX));
    expect(repaired?.text).toMatch(/^（六）/);
    expect(repaired?.text).toContain("舊機場商品交易市場建設。(牽頭單位:市經貿委)");
    expect(repaired?.lost).toBe(true);
  });
  test("a line read in step, with Greek letters, box drawing or pinyin of its own, is left alone", () => {
    for (const line of [SEVEN, "α-淀粉酶和β-葡聚糖項目", "┌──┬──┐", "│序号│任务│", "ǘ ǚ ǜ拼音", "。ㄅㄆㄇ注音"])
      expect(repairShifted(line)).toBeNull();
  });
});

describe("repairShiftedLines", () => {
  test("repairs the lines that open shifted, keeps the others and their number, and says which", () => {
    const text = ["（一）加快建設。", garble(TWO), "（三）加快建設物流園區。", garble(SEVEN)].join("\n");
    const out = repairShiftedLines(text);
    expect(out.text.split("\n")).toEqual(["（一）加快建設。", TWO, "（三）加快建設物流園區。", SEVEN]);
    expect(out.lines).toEqual([
      {index: 1, repaired: true, lost: true},
      {index: 3, repaired: true, lost: false}
    ]);
  });
  test("a line that opens shifted but reads no better again (a byte of its own lost inside the run) is found and left garbled", () => {
    const garbled = garble(SEVEN, 6);
    const out = repairShiftedLines(garbled);
    expect(out.text).toBe(garbled);
    expect(out.lines).toEqual([{index: 0, repaired: false, lost: true}]);
  });
  test("encodes with the platform decoder's table: the bytes iconv-lite gives", () => {
    expect(encodeGb18030(TWO)).toEqual([...iconv.encode(TWO, "gb18030")]);
  });
});

describe("normalizePlanText", () => {
  test("repairs a shifted line before restoring lost breaks, and numbers it as the restored text does", () => {
    const n = normalizePlanText(["標題", garble(SEVEN)].join("\n"));
    expect(n.published.split("\n")[1]).toBe(SEVEN);
    expect(n.text.split("\n")[1]).toBe("(七)抓緊推進廣州國際會展中心二期建設。(牽頭單位:市經貿委;配合單位:市建委)");
    expect(n.shiftedLines).toEqual([{line: 2, repaired: true, lost: false}]);
  });
});

const PLAN = (two: string) =>
  [
    "某市重點工作實施方案",
    "一、總體任務",
    "（一）加快建設東部汽車產業基地。(牽頭單位:市經貿委;配合單位:市發改委)",
    two,
    "（三）加快建設物流園區。(牽頭單位:市交委;配合單位:市經貿委)"
  ].join("\n");

describe("the reader on a plan with a shifted line", () => {
  test("reads the repaired line as its item, with its number, lead and supports, and warns with the line's number", () => {
    const model = parse(PLAN(garble(TWO)));
    expect(model.items.map((i) => i.numbering)).toEqual(["(一)", "(二)", "(三)"]);
    const two = model.items[1];
    expect(two.text.startsWith("推進東部石化基地建設")).toBe(true);
    const roles = model.responsibilities.filter((r) => r.item === two.id).map((r) => `${r.role}:${r.asWritten}`);
    expect(roles).toEqual(["lead:市發改委", "support:市經貿委", "support:規劃局"]);
    const w = model.warnings.find((w) => w.message.includes("out of step"));
    expect(w).toMatchObject({line: 4, code: "noise"});
    expect(w!.message).toMatch(/^line 4 was decoded one byte out of step .* read again in step; the copy had lost/);
  });
  test("a line left garbled is warned about, numbered by its place, and not understood: the report does not say every line understood", () => {
    const model = parse(PLAN(garble(TWO, 6)));
    expect(model.items.map((i) => i.numbering)).toEqual(["(一)", "(二)", "(三)"]);
    const roles = model.responsibilities.filter((r) => r.item === model.items[1].id);
    expect(roles.map((r) => `${r.role}:${r.asWritten}`)).toEqual([
      "lead:市發改委",
      "support:市經貿委",
      "support:規劃局"
    ]);
    expect(model.warnings.some((w) => w.line === 4 && /^line 4 is garbled/.test(w.message))).toBe(true);
    expect(model.coverage.linesNotUnderstood).toContain(4);
    expect(readingReport(model)).not.toContain("every line understood");
  });
});

describe("repairShifted", () => {
  test("repairShifted leaves a run too short to hold a marker and a line's words (。┐α reads again as (六)处)", () => {
    expect(repairShifted("。┐α")).toBe(null);
    expect(repairShiftedLines("。┐α").text).toBe("。┐α");
  });
});

describe("repairShiftedLines (properties)", () => {
  const plainChar = fc.oneof(
    {weight: 8, arbitrary: fc.integer({min: 0x4e00, max: 0x9fa5}).map((c) => String.fromCharCode(c))},
    {weight: 2, arbitrary: fc.constantFrom(..."（）、，。：；“”《》0123456789()abc ?\ufffd")},
    {weight: 1, arbitrary: fc.constantFrom(..."αβ┌─┐│ǘㄆ﹩ゾ")}
  );
  test("never throws, on any text", () => {
    fc.assert(
      fc.property(fc.string({unit: "binary", maxLength: 60}), (text) => {
        repairShiftedLines(text);
      })
    );
  });
  test("never changes a clean line: ideographs and punctuation, now and then a Greek letter, box drawing or pinyin", () => {
    fc.assert(
      fc.property(fc.string({unit: plainChar, maxLength: 40}), (line) => {
        const out = repairShiftedLines(line);
        expect(out.text).toBe(line);
        expect(out.lines.every((l) => !l.repaired)).toBe(true);
      }),
      {examples: [["。┐α"]]}
    );
  });
  test("never throws on a garbled line, damaged or not, and keeps its lines", () => {
    fc.assert(
      fc.property(fc.string({unit: plainChar, minLength: 1, maxLength: 40}), fc.nat(20), (line, cut) => {
        const text = `${garble(line, cut + 1)}\n${garble(line)}`;
        expect(repairShiftedLines(text).text.split("\n")).toHaveLength(2);
      })
    );
  });
});
