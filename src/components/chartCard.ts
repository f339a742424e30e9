/**
 * chartCard(chart, {title, source, filename, data, embed}): a card holding a chart, with a header row above it:
 * the chart's title (or a heading given) and a Share button that opens the share dialog (shareDialog.ts: PNG,
 * SVG, the data as CSV, a link to this view, iframe code). The header is a row of its own, so the button never
 * covers the chart's legend or title at any width. The exports carry the title, the source line and the date
 * they were made (see exportChart.ts). The chart may re-render (e.g. inside Framework's resize): the dialog
 * exports what is shown when it is used.
 *
 *   chartCard(resize((width) => chapterBars(rows, {width})), {title: "Tasks per chapter", source: sourceLine(plan.document), filename: "chapters", data: rows})
 */
import {currentLanguage, type Language, localize} from "../page/language.js";
import {shareDialog, type ShareOptions} from "./shareDialog.js";
import {exportBaseName} from "../lib/exportName.js";
import {planOnPage} from "../page/planOnPage.js";

export interface ChartCardOptions {
  /** The chart's title: the card's heading and the exports' title. */
  title: string;
  /** The source line the exports carry (sourceLine of the plan). */
  source: string;
  /**
   * File name without extension: the view ("responsibility-matrix"). The exports are named after the page's plan
   * and the view (exportBaseName: "jingan-2019-firerescue-responsibility-matrix.png"), the plan as `plan` gives
   * it, else as the header's plan picker names it (planOnPage).
   */
  filename: string;
  /** The plan the chart shows (its name on the site); default the page's (planOnPage), none on a compare page. */
  plan?: string | null;
  /** The rows the chart draws (or a function giving them): the dialog's CSV download. */
  data?: ShareOptions["data"];
  /** The CSV's columns (default: every key of the rows); give them when there may be no rows. */
  columns?: readonly string[];
  /** What the share dialog says when there are no rows (shareDialog's noData). */
  noData?: string;
  /** A legend the chart shares with others, outside the card (small multiples): the exports carry it. */
  legend?: Element | null;
  /**
   * The path of the chart's iframe embed, e.g. "embed/matrix.html?department=…"; no iframe code without it. A
   * function is asked each time the dialog opens (a chart that changes in place, as the matrix re-ordered, keeps
   * its card).
   */
  embed?: string | (() => string);
  /** Why there is no iframe code, when there is no `embed` (shareDialog's noEmbed). */
  noEmbed?: string;
  /** What the embed page draws differently from this chart (shareDialog's embedNote). */
  embedNote?: string;
  /** What the header shows on the left (default: the title, in the page's language). */
  heading?: Node;
  /** The language of the buttons and their hints (default: the page's, currentLanguage()). */
  language?: Language;
  /** The document to render into (default globalThis.document). */
  document?: Document;
}

/** A card holding `chart` under a header row with its title and a Share button (see above). Returns the card element. */
export function chartCard(
  chart: Element,
  {
    title,
    source,
    filename,
    data,
    columns,
    noData,
    legend,
    embed,
    noEmbed,
    embedNote,
    heading,
    document = globalThis.document,
    plan = planOnPage(document),
    language = currentLanguage(document)
  }: ChartCardOptions
): HTMLElement {
  const zh = language === "zh";
  const card = document.createElement("figure");
  card.className = "card chart-card";
  card.setAttribute("data-export", filename);
  const head = document.createElement("div");
  head.className = "chart-head";
  const caption = document.createElement("div");
  caption.className = "chart-title";
  if (heading) caption.append(heading);
  else caption.textContent = localize(title, language);
  const menu = document.createElement("div");
  menu.className = "chart-menu";
  const embedPath = () => {
    const path = typeof embed === "function" ? embed() : embed;
    return path && planEmbed(path, globalThis.location?.pathname ?? "");
  };
  const share = document.createElement("button");
  share.type = "button";
  share.className = "share-button";
  share.textContent = zh ? "分享 / 下载" : language === "en" ? "Share / download" : "Share 分享";
  share.title = zh
    ? "下载PNG、SVG或数据，复制链接或嵌入代码"
    : "Download PNG, SVG or the data; copy a link or embed code";
  share.setAttribute("aria-haspopup", "dialog");
  let dialog: HTMLDialogElement | null = null;
  share.addEventListener("click", () => {
    // Made again when the embed path may have changed since (given as a function).
    if (dialog && typeof embed === "function") {
      dialog.remove();
      dialog = null;
    }
    // Made on first use: a page of small multiples does not build a dialog per chart up front.
    dialog ??= card.appendChild(
      shareDialog(chart, {
        title,
        source,
        filename: exportBaseName(plan, filename),
        data,
        columns,
        noData,
        legend,
        embed: embedPath(),
        noEmbed,
        embedNote,
        language,
        document
      })
    );
    dialog.dispatchEvent(new Event("share-open"));
    dialog.showModal();
  });
  menu.append(share);
  head.append(caption, menu);
  card.append(head, chart);
  return card;
}

/**
 * The embed page of a chart on the page at `pathname`: as given on the root pages ("embed/matrix.html?…",
 * relative to them); on a plan's own pages (/plans/<name>/…) the site's embed page with that plan chosen
 * ("/<base>/embed/matrix.html?…&plan=<name>", src/embed/common.ts), so that every plan's charts can be embedded.
 */
export function planEmbed(embed: string, pathname: string): string {
  const match = /^(.*\/)plans\/([^/]+)\//.exec(pathname);
  if (!match) return embed;
  const [path, query = ""] = embed.split("?");
  const params = new URLSearchParams(query);
  params.set("plan", decodeURIComponent(match[2]));
  return `${match[1]}${path}?${params}`;
}
