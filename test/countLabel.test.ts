// Count labels ("1 item", "2 items", "1个条目") come from the vocabulary (src/lib/vocabulary.ts, countLabel), and
// no page writes one by hand: a label written `${n} items` said "1 items" on the load page's reading report. Nor
// does a message of src/lib (the reader's warnings, the files' messages): "3 line(s)" is countEn's "3 lines".
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {COUNTED_NOUNS, countEn, countLabel, type CountedNoun} from "../src/lib/vocabulary.js";

const ROOT = new URL("..", import.meta.url).pathname;

describe("countLabel", () => {
  it("says 1 item, 0 items, 2 items", () => {
    expect(countLabel(1, "item")).toEqual({en: "1 item", zh: "1个条目"});
    expect(countLabel(0, "item").en).toBe("0 items");
    expect(countLabel(2, "item").en).toBe("2 items");
    expect(countLabel(1, "column")).toEqual({en: "1 专栏 box", zh: "1个专栏"});
    expect(countLabel(3, "column").en).toBe("3 专栏 boxes");
  });
  it("groups thousands in both languages", () => {
    expect(countLabel(13304, "character")).toEqual({en: "13,304 characters", zh: "13,304字"});
  });
  it("gives every noun a singular, a plural and a Chinese form with no English in it", () => {
    for (const noun of Object.keys(COUNTED_NOUNS) as CountedNoun[]) {
      const {one, other, zh} = COUNTED_NOUNS[noun];
      expect(one, noun).not.toBe(other);
      expect(countLabel(1, noun).en, noun).toBe(`1 ${one}`);
      expect(countLabel(2, noun).en, noun).toBe(`2 ${other}`);
      expect(zh, noun).not.toMatch(/[A-Za-z]/);
    }
  });
  it("countEn takes the forms of a phrase with its verb", () => {
    expect(countEn(1, "item is", "items are")).toBe("1 item is");
    expect(countEn(4, "item is", "items are")).toBe("4 items are");
    expect(countEn(1, "plan")).toBe("1 plan");
  });
});

/**
 * The pages (src/**\/*.md), the modules that draw them (src/components, src/page, src/embed) and the modules that
 * write the messages they show (src/lib: the reader's warnings, the files' messages).
 */
function pageSources(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []
    );
  const src = join(ROOT, "src");
  return walk(src).filter((f) => {
    const r = relative(src, f);
    return r.endsWith(".md") || /^(components|page|embed|lib)\/.*\.ts$/.test(r);
  });
}

describe("count labels on the pages", () => {
  const plural = Object.values(COUNTED_NOUNS)
    .map((n) => n.other)
    .join("|");
  // `${n} items` (a count, then a plural written out), and "plan(s)" (before a word or a stop, not code's get(s) ??):
  // both are wrong for one. A year is no count (`${targetYear} targets`), nor the COUNT of the translators' patterns
  // of the English messages (warningsZh.ts: `${COUNT} items?`); comments are not messages.
  const byHand = new RegExp(`\\$\\{([^{}]*)\\} (?:${plural})\\b|[a-z]\\(s\\)(?: [a-z]|[.,:"'\\\`])`, "g");
  it("are made by countLabel, never written by hand", () => {
    const found: string[] = [];
    for (const file of pageSources()) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/^\s*(\/\/|\/?\*)/.test(line)) return;
          for (const m of line.matchAll(byHand))
            if (!/year/i.test(m[1] ?? "") && m[1] !== "COUNT") found.push(`${relative(ROOT, file)}:${i + 1}: ${m[0]}`);
        });
    }
    expect(found).toEqual([]);
  });
});
