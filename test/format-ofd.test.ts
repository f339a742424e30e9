// OFD (GB/T 33190): the text layer of each page in order, by the document's page list; templates are not read.
import {readFileSync} from "node:fs";
import JSZip from "jszip";
import {DOMParser} from "linkedom";
import {describe, expect, test} from "vitest";
import {readOfd} from "../src/lib/formats/ofd.js";
import type {DomParserLike} from "../src/lib/formats/result.js";
import {fixture} from "./plan.js";

const dom = new DOMParser() as unknown as DomParserLike;
const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

/** An OFD with the given pages (Content.xml layers), listed in Document.xml in the order given by `order`. */
async function ofd(pages: string[], order = pages.map((_, i) => i)): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "OFD.xml",
    `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`
  );
  zip.file(
    "Doc_0/Document.xml",
    `<ofd:Document ${NS}><ofd:Pages>${order.map((i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join("")}</ofd:Pages></ofd:Document>`
  );
  pages.forEach((layer, i) =>
    zip.file(
      `Doc_0/Pages/Page_${i}/Content.xml`,
      `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="9">${layer}</ofd:Layer></ofd:Content></ofd:Page>`
    )
  );
  return zip.generateAsync({type: "uint8array"});
}

describe("readOfd", () => {
  test("the Yan'an OFD: no running header (a template), no page number, the indicator table as rows", async () => {
    const read = await readOfd(readFileSync(fixture("formats/yanan.ofd")), dom);
    const lines = read.text.split("\n");
    expect(read.extent).toBe("13 of 13 pages with text");
    expect(lines[0]).toBe("延政发〔2024〕8号");
    expect(read.text).not.toContain("延安市人民政府文件");
    expect(lines.filter((l) => /^—\s*\d+\s*—$/.test(l))).toEqual([]);
    expect(lines).toContain("序号 | 指标名称 | 2025年 | 属性");
  });

  test("a TextObject as OFD writers give it (Boundary, Size, DeltaX with g), pages in the document's order", async () => {
    // The shape of a real OFD's text (an invoice's title, as quoted in ofdrw's sources): one TextCode, DeltaX "g 10 6.61".
    const title =
      '<ofd:TextObject ID="302" Boundary="68.5 7 80 6.35" Font="28" Size="6.61"><ofd:TextCode X="0" Y="5.683674" DeltaX="g 10 6.61">北京增值税电子普通发票</ofd:TextCode></ofd:TextObject>';
    // One character per TextObject, as some writers do, on one baseline.
    const chars = [..."一、总体要求"]
      .map(
        (c, i) =>
          `<ofd:TextObject ID="${10 + i}" Boundary="${30 + 5 * i} 40 5 6" Size="5"><ofd:TextCode X="0" Y="4.5">${c}</ofd:TextCode></ofd:TextObject>`
      )
      .join("");
    const read = await readOfd(await ofd([title, chars], [1, 0]), dom);
    expect(read.text).toBe("一、总体要求\n北京增值税电子普通发票");
    expect(read.extent).toBe("2 of 2 pages with text");
  });

  test("an archive without OFD.xml, a document without pages, pages without text", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a/>");
    expect((await readOfd(await zip.generateAsync({type: "uint8array"}), dom)).unreadable).toMatch(/without OFD\.xml/);
    expect((await readOfd(await ofd([]), dom)).unreadable).toBe("the OFD document has no pages");
    expect((await readOfd(await ofd(["", ""]), dom)).unreadable).toMatch(
      /^a scanned OFD: none of its 2 pages have a text layer/
    );
  });
});
