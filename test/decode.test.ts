import iconv from "iconv-lite";
import {describe, expect, test} from "vitest";
import {decodePlan, detectEncoding, looksBinary} from "../src/lib/reader/decode.js";

const TEXT = "延政发〔2024〕8号\n(一)提升优势产业质量引领力。";

describe("decodePlan", () => {
  test("reads UTF-8 with and without BOM", () => {
    expect(decodePlan(Buffer.from(TEXT))).toMatchObject({text: TEXT, encoding: "utf-8"});
    expect(decodePlan(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toMatchObject({text: TEXT});
  });
  test("reads UTF-16 with a BOM, little- and big-endian", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
    expect(decodePlan(le)).toMatchObject({text: TEXT, encoding: "utf-16le", binary: false});
    const be = Buffer.from(le);
    be.swap16();
    expect(decodePlan(be)).toMatchObject({text: TEXT, encoding: "utf-16be"});
  });
  test("reads UTF-16 without a BOM by its NUL bytes, little- and big-endian", () => {
    const le = Buffer.from(TEXT + "\n", "utf16le");
    expect(decodePlan(le)).toMatchObject({text: TEXT + "\n", encoding: "utf-16le", binary: false, replaced: 0});
    const be = Buffer.from(le);
    be.swap16();
    expect(decodePlan(be)).toMatchObject({text: TEXT + "\n", encoding: "utf-16be"});
  });
  test("UTF-8 with a few sequences of another encoding is read as UTF-8, and the replaced ones are counted", () => {
    const long = (TEXT + "\n").repeat(40);
    const bytes = Buffer.concat([Buffer.from(long), iconv.encode("质量", "gb18030"), Buffer.from("\n" + long)]);
    const d = decodePlan(bytes);
    expect(d.encoding).toBe("utf-8");
    expect(d.replaced).toBeGreaterThan(0);
    expect(d.text.startsWith(long)).toBe(true);
    expect(d.text.endsWith("\n" + long)).toBe(true);
  });
  test("reads GB18030 (and so GBK) when the bytes are not UTF-8", () => {
    const bytes = iconv.encode(TEXT, "gb18030");
    expect(detectEncoding(bytes)).toBe("gb18030");
    expect(decodePlan(bytes).text).toBe(TEXT);
  });
  test("takes an ArrayBuffer or a string", () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodePlan(bytes.buffer).text).toBe(TEXT);
    expect(decodePlan("\ufeff" + TEXT).text).toBe(TEXT);
  });
  test("marks bytes with NULs as binary", () => {
    expect(decodePlan(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x10, 0x00])).binary).toBe(true);
    expect(looksBinary(TEXT)).toBe(false);
  });
});
