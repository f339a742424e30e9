// Lineage of a plan against its parent: nearest item by TF-IDF cosine of character n-grams, the labels and their
// thresholds, the share of the child that is new, and the character diff.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {ADAPTED, COPIED, lineage, lineageLabel} from "../src/lib/compare/lineage.js";
import {cosine, nearest, shingles, shingleText, tfidfVectors} from "../src/lib/compare/similarity.js";
import {addedShare, textDiff} from "../src/lib/compare/textDiff.js";
import {parse, YANAN} from "./plan.js";

describe("shingles", () => {
  test("2- and 3-character grams of the text without punctuation or spaces, width-folded", () => {
    expect(shingleText("加强 监管,（全面）")).toBe("加强监管全面");
    expect(shingles("质量强市")).toEqual(["质量", "量强", "强市", "质量强", "量强市"]);
    expect(shingles("市")).toEqual(["市"]);
    expect(shingles("。 ")).toEqual([]);
  });
});

describe("tfidfVectors and cosine", () => {
  test("identical texts have cosine 1, texts with no shared gram 0", () => {
    const [a, b, c] = tfidfVectors(["推进质量强市", "推进质量强市", "完善标准体系"]);
    expect(cosine(a, b)).toBeCloseTo(1, 12);
    expect(cosine(a, c)).toBe(0);
  });

  test("hand-computed case: two of three bigram-and-trigram weights shared", () => {
    // Documents 甲乙丙 and 甲乙丁 (N = 2). Grams: 甲乙 (df 2, idf 1), 乙丙 / 乙丁 (df 1, idf ln(3/2)+1), 甲乙丙 / 甲乙丁
    // (df 1, same idf). Each vector: 1 for 甲乙 and w = ln 1.5 + 1 twice; cosine = 1 / (1 + 2w²).
    const [a, b] = tfidfVectors(["甲乙丙", "甲乙丁"]);
    const w = Math.log(1.5) + 1;
    expect(cosine(a, b)).toBeCloseTo(1 / (1 + 2 * w * w), 12);
  });

  test("nearest: the most similar pool text for each query, -1 when none shares a gram; ties to the first", () => {
    expect(nearest(["加强食品安全监管", "星辰大海"], ["完善标准体系", "加强食品安全", "加强食品安全"])).toEqual([
      {index: 1, similarity: expect.any(Number)},
      {index: -1, similarity: 0}
    ]);
  });
});

describe("lineageLabel: the documented thresholds", () => {
  test("copied from 0.8, adapted from 0.3, new below", () => {
    expect([COPIED, ADAPTED]).toEqual([0.8, 0.3]);
    expect(lineageLabel(1)).toBe("copied");
    expect(lineageLabel(0.8)).toBe("copied");
    expect(lineageLabel(0.7999)).toBe("adapted");
    expect(lineageLabel(0.3)).toBe("adapted");
    expect(lineageLabel(0.2999)).toBe("new");
    expect(lineageLabel(0.5, {copied: 0.4})).toBe("copied");
  });
});

describe("lineage", () => {
  const parent = YANAN.items.slice(0, 12).map((i) => ({id: i.id, text: i.text}));

  test("a child that copies the parent's items with the city's name and years changed: copied, nothing new", () => {
    const child = parent.map((p) => ({
      id: `B-${p.id}`,
      text: p.text.replaceAll("延安", "榆林").replaceAll("2025", "2026")
    }));
    const l = lineage(parent, child);
    expect(l.matches.map((m) => m.parent?.id)).toEqual(parent.map((p) => p.id));
    expect(l.counts).toEqual({copied: 12, adapted: 0, new: 0});
    expect(l.newShareItems).toBe(0);
    expect(l.newShareChars).toBe(0);
  });

  test("an item rewritten around the parent's sentences is adapted; a text of its own is new", () => {
    const source = parent[0].text;
    const half = source.slice(0, Math.floor(source.length / 2));
    const child = [
      {id: "B1", text: `${half}同时,推动县域特色产业集群发展,打造一批区域公用品牌,培育龙头企业。`},
      {id: "B2", text: "组织开展全民健身运动会,建设社区健身步道和多功能运动场地,推动学校体育场馆向社会开放。"}
    ];
    const l = lineage(parent, child);
    expect(l.matches[0].parent?.id).toBe(parent[0].id);
    expect(l.matches[0].label).toBe("adapted");
    expect(l.matches[1].label).toBe("new");
    expect(l.counts).toEqual({copied: 0, adapted: 1, new: 1});
    expect(l.newShareItems).toBe(0.5);
    const chars = (s: string) => s.replace(/\s/g, "").length;
    expect(l.newShareChars).toBeCloseTo(chars(child[1].text) / (chars(child[0].text) + chars(child[1].text)), 12);
  });

  test("real plans: two districts' rural-road plans of 2021 share adapted items; unrelated plans share none", () => {
    const items = (slug: string) =>
      parse(readFileSync(new URL(`./fixtures/real/${slug}.txt`, import.meta.url))).items.map((i) => ({
        id: i.id,
        text: i.text
      }));
    const roads = lineage(items("fengxian-2021-ruralroads"), items("chongming-2021-ruralroads"));
    // Read by hand: 投融资机制, 养护市场化, 安全质量和信用管理 and 资金使用监督 follow the same city model text.
    expect(roads.counts.copied).toBe(0);
    expect(roads.counts.adapted).toBeGreaterThanOrEqual(4);
    const unrelated = lineage(items("guangzhou-2012-talent"), items("chongming-2021-ruralroads"));
    expect(unrelated.counts).toEqual({copied: 0, adapted: 0, new: 11});
    expect(Math.max(...unrelated.matches.map((m) => m.similarity))).toBeLessThan(ADAPTED);
  });

  test("an empty child has no shares", () => {
    expect(lineage(parent, [])).toMatchObject({matches: [], newShareItems: null, newShareChars: null});
  });
});

describe("textDiff", () => {
  test("marks kept, removed and added characters; the parts rebuild both texts", () => {
    const a = "到2025年,省级质量奖达到5个";
    const b = "到2026年,市级质量奖达到8个";
    const d = textDiff(a, b);
    expect(
      d
        .filter((s) => s.op !== "+")
        .map((s) => s.text)
        .join("")
    ).toBe(a);
    expect(
      d
        .filter((s) => s.op !== "-")
        .map((s) => s.text)
        .join("")
    ).toBe(b);
    expect(d.filter((s) => s.op === "+").map((s) => s.text)).toEqual(["6", "市", "8"]);
    expect(addedShare(d)).toBeCloseTo(3 / b.length, 12);
    expect(addedShare(textDiff("", ""))).toBe(0);
  });
});
