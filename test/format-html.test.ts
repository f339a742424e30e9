// Saved web pages (.html, .mhtml): the article body by Readability, the page's header when the body lacks it.
import {readFileSync} from "node:fs";
import {DOMParser} from "linkedom";
import {describe, expect, test} from "vitest";
import {readHtml} from "../src/lib/formats/html.js";
import {readMhtml} from "../src/lib/formats/mhtml.js";
import type {DomParserLike} from "../src/lib/formats/result.js";
import {fixture} from "./plan.js";

const dom = new DOMParser() as unknown as DomParserLike;
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FURNITURE = [
  "首页",
  "政务公开",
  "当前位置",
  "分享到",
  "微信",
  "打印本页",
  "相关文件",
  "网站地图",
  "陕ICP备",
  "索引号",
  "浏览次数"
];

describe("readHtml", () => {
  test("the saved government page: the article only, no menus, breadcrumbs, share buttons, related links, footer", () => {
    const read = readHtml(readFileSync(fixture("formats/yanan.html"), "utf8"), dom);
    for (const word of FURNITURE) expect(read.text, word).not.toContain(word);
    expect(read.text).toContain("| 2025年 | 属性");
    // The 发文字号 stands only in the page's panel: it is put back as the first line, with a message.
    expect(read.text.split("\n").slice(0, 2)).toEqual([
      "延政发〔2024〕8号",
      "各县(市、区)人民政府,市人民政府各工作部门、各直属机构:"
    ]);
    expect(read.messages).toEqual(["from the page around the article: 延政发〔2024〕8号"]);
    expect(read.extent).toMatch(/^the article body \(13,\d{3} of the page's 13,\d{3} characters\)$/);
  });

  test("title, 发文字号 and date from the page become the header when the article lacks them", () => {
    const article = Array.from(
      {length: 8},
      (_, i) =>
        `<p>(${"一二三四五六七八"[i]})第${i + 1}项任务。推动质量提升，加强标准建设，完善工作机制，确保各项措施落到实处。(市发改委牵头，市科技局配合)</p>`
    ).join("");
    const html = page(
      '<title>示例市质量提升实施方案_示例市人民政府门户网站</title><meta name="PubDate" content="2024-05-08 09:30">',
      `<nav><a href="/">首页</a></nav><div class="meta">发文字号：示政发〔2024〕3号 成文日期：2024-05-06</div><article><p>一、主要任务</p>${article}</article><footer>网站地图</footer>`
    );
    const read = readHtml(html, dom);
    expect(read.text.split("\n").slice(0, 4)).toEqual([
      "示政发〔2024〕3号",
      "示例市质量提升实施方案",
      "2024年5月6日",
      "一、主要任务"
    ]);
    // The title in the article (its <h1>) is not repeated.
    const withTitle = readHtml(html.replace("<article>", "<article><h1>示例市质量提升实施方案</h1>"), dom);
    expect(withTitle.text.match(/示例市质量提升实施方案/g)).toHaveLength(1);
  });

  test("a page with no article (links only) is unreadable", () => {
    const links = Array.from({length: 30}, (_, i) => `<li><a href="/${i}">通知${i}</a></li>`).join("");
    expect(readHtml(page("<title>列表</title>", `<ul>${links}</ul>`), dom).unreadable).toMatch(
      /no article|has no text/
    );
  });
});

describe("readMhtml", () => {
  test("the page saved by Chromium as one MHTML file reads as the page does", async () => {
    const mhtml = await readMhtml(readFileSync(fixture("formats/yanan.mhtml")), dom);
    const html = readHtml(readFileSync(fixture("formats/yanan.html"), "utf8"), dom);
    expect(mhtml.format).toBe("mhtml");
    expect(mhtml.text).toBe(html.text);
  });

  test("a MIME message without an HTML part is unreadable", async () => {
    const message =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\np{}\r\n--b--\r\n';
    expect((await readMhtml(new TextEncoder().encode(message), dom)).unreadable).toMatch(/no web page|text\/html/);
  });
});
