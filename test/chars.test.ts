import {describe, expect, test} from "vitest";
import {CJK, hasCode, isSpaceCode} from "../src/lib/chars.js";

describe("isSpaceCode", () => {
  test("agrees with /\\s/ on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; ++c) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
  test("agrees with trim()", () => {
    for (let c = 0; c <= 0xffff; ++c) {
      const s = String.fromCharCode(c);
      if (isSpaceCode(c) !== (s.trim() === "")) throw new Error(`code ${c.toString(16)}`);
    }
  });
});

describe("hasCode", () => {
  test("finds a character of the set by its code", () => {
    expect(hasCode(",;", ",".charCodeAt(0))).toBe(true);
    expect(hasCode("。;", "。".charCodeAt(0))).toBe(true);
    expect(hasCode(",;", "、".charCodeAt(0))).toBe(false);
    expect(hasCode("", 0x2c)).toBe(false);
    expect(hasCode(",", NaN)).toBe(false);
  });
});

describe("CJK", () => {
  test("matches Chinese characters, CJK punctuation and full-width forms, not Latin or ASCII digits", () => {
    expect([..."牵头、（１）丰"].every((c) => CJK.test(c))).toBe(true);
    expect([..."lead 1 é"].some((c) => CJK.test(c))).toBe(false);
  });
});
