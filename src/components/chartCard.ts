/**
 * chartCard(chart, {title, source, filename, embed}): a card holding a chart with a small menu: download SVG,
 * download PNG (2×), copy embed code. The exports carry the title, the source line and the date they were
 * made (see exportChart.ts). The chart may re-render (e.g. inside Framework's resize): the menu exports what
 * is shown when it is used.
 *
 *   chartCard(resize((width) => chapterBars(rows, {width})), {title: "Tasks per chapter", source: sourceLine(plan.document), filename: "chapters"})
 */
import {madeLine} from "../lib/citation.js";
import {chartSvg, svgToPng} from "./exportChart.js";
import {currentLanguage, type Language, localize} from "./language.js";

export interface ChartCardOptions {
  title: string;
  source: string;
  /** File name without extension. */
  filename: string;
  /** The path of the chart's iframe embed, e.g. "embed/matrix?department=…"; no embed button without it. */
  embed?: string;
  /** The language of the buttons and their hints (default: the page's, currentLanguage()). */
  language?: Language;
  document?: Document;
}

function save(blob: Blob, name: string, document: Document) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The sandbox of every iframe embed code the site gives (see src/embeds.md for what a host needs). */
export const EMBED_SANDBOX = `sandbox="allow-scripts allow-same-origin allow-popups"`;

export function chartCard(
  chart: Element,
  {
    title,
    source,
    filename,
    embed,
    document = globalThis.document,
    language = currentLanguage(document)
  }: ChartCardOptions
): HTMLElement {
  const zh = language === "zh";
  const card = document.createElement("figure");
  card.className = "card chart-card";
  card.setAttribute("data-export", filename);
  const menu = document.createElement("div");
  menu.className = "chart-menu";
  const button = (label: string, hint: string, action: () => void | Promise<void>) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.title = hint;
    b.addEventListener("click", async () => {
      try {
        await action();
      } catch (error) {
        b.title = `${hint}: ${zh ? "失败" : "failed"} (${(error as Error).message})`;
      }
    });
    menu.append(b);
    return b;
  };
  // The exported title and the iframe's title in the chosen language ("English 中文" titles are split).
  const shownTitle = localize(title, language);
  const svg = () => chartSvg(chart, {title: shownTitle, source, made: madeLine()});
  button("SVG", zh ? "下载SVG（含标题与出处）" : "Download SVG (with title and source)", () =>
    save(new Blob([svg()], {type: "image/svg+xml"}), `${filename}.svg`, document)
  );
  button("PNG", zh ? "下载2倍PNG（含标题与出处）" : "Download PNG at 2× (with title and source)", async () =>
    save(await svgToPng(svg(), {scale: 2}), `${filename}.png`, document)
  );
  // The embeds (src/embed/) draw the plan the site opens on: a page under /plans/<name>/ offers none.
  const planFolder = /\/plans\/[^/]+\//.test(globalThis.location?.pathname ?? "");
  if (embed && !planFolder) {
    const b = button(
      zh ? "嵌入" : "Embed",
      zh ? "复制嵌入代码（iframe）" : "Copy the embed code (iframe)",
      async () => {
        const url = new URL(embed, globalThis.location.href).href;
        // Sandboxed: the chart runs its scripts and opens its source link in a new tab, nothing more.
        const code = `<iframe src="${url}" width="960" height="640" style="border:0" title="${shownTitle.replace(/"/g, "&quot;")}" ${EMBED_SANDBOX}></iframe>`;
        await globalThis.navigator.clipboard.writeText(code);
        b.textContent = zh ? "已复制" : "Copied";
        setTimeout(() => (b.textContent = zh ? "嵌入" : "Embed"), 1500);
      }
    );
  }
  card.append(menu, chart);
  return card;
}
