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
