// sniffFormat: the format from the first bytes, whatever the file is called.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {sniffFormat} from "../src/lib/formats/sniff.js";
import {nodeReadOptions} from "../src/lib/formats/node.js";
import {readPlanFile} from "../src/lib/readPlanFile.js";
import {fixture} from "./plan.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("sniffFormat", () => {
  test("each fixture by its bytes", () => {
    const cases: [string, string][] = [
      ["yanan.pdf", "pdf"],
      ["scanned.pdf", "pdf"],
      ["yanan.doc", "ole"],
      ["yanan.wps", "ole"],
      ["yanan.docx", "zip"],
      ["yanan.ofd", "zip"],
      ["yanan.html", "html"],
      ["yanan.mhtml", "mhtml"]
    ];
    for (const [file, format] of cases)
      expect(sniffFormat(readFileSync(fixture(`formats/${file}`))), file).toBe(format);
    expect(sniffFormat(readFileSync(fixture("yanan-2024-8.txt")))).toBe("text");
  });

  test("a PDF signature after some junk (within 1 KB), RTF, images", () => {
    expect(sniffFormat(bytes("\r\n%PDF-1.4\n"))).toBe("pdf");
    expect(sniffFormat(bytes("{\\rtf1\\ansi"))).toBe("rtf");
    expect(sniffFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe("image");
    expect(sniffFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image");
  });

  test("HTML: a doctype or an <html>, <head>, <body> tag first, after a BOM, comments or an XML declaration", () => {
    expect(sniffFormat(bytes("\ufeff<!DOCTYPE html><html>"))).toBe("html");
    expect(sniffFormat(bytes("<!-- saved from url=(0042)http://www.example.gov.cn/ -->\n<html lang=zh>"))).toBe("html");
    expect(sniffFormat(bytes('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">'))).toBe(
      "html"
    );
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([..."<html><body>"].map((c) => c.charCodeAt(0))).buffer)
    ]);
    expect(sniffFormat(utf16)).toBe("html");
    // Text that mentions a tag is text; the reader strips HTML pasted into a plan.
    expect(sniffFormat(bytes("一、总体要求\n<p>(一)甲任务</p>"))).toBe("text");
  });

  test("MHTML: MIME headers with multipart/related before the first blank line", () => {
    expect(
      sniffFormat(
        bytes(
          'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\r\n'
        )
      )
    ).toBe("mhtml");
    expect(sniffFormat(bytes("MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n"))).toBe("text");
  });

  test("the bytes decide, not the name: a PDF named .txt is read as a PDF, with a message", async () => {
    const file = await readPlanFile("plan.txt", readFileSync(fixture("formats/yanan.pdf")), nodeReadOptions());
    expect(file.format).toBe("pdf");
    expect(file.messages[0]).toBe("plan.txt is named .txt but is a PDF: it was read as such");
    const html = await readPlanFile("plan.doc", readFileSync(fixture("formats/yanan.html")), nodeReadOptions());
    expect(html.format).toBe("html");
    expect(html.messages[0]).toMatch(/^plan\.doc is named \.doc but is a web page/);
  });
});
