/**
 * shareDialog(chart, options): the dialog a chart card opens (as Our World in Data's Grapher does): download the
 * chart as PNG (2×) or SVG (with its title, source line and date, see exportChart.ts), its data as CSV, copy a
 * link to this view (the page's URL, which keeps the view's state), and, for a chart with an embed page, copy
 * iframe code whose height is measured from a preview of that page at the chart's width.
 *
 *   const dialog = shareDialog(chart, {title, source, filename, data: rows, embed: "embed/matrix.html?…"});
 *   dialog.showModal();
 *
 * Nothing leaves the machine: files are made in the browser (blob: URLs); the preview loads this site's page.
 */
import {iframeTag} from "../embed/code.js";
import {csvForPeople} from "../lib/csv.js";
import {madeLine} from "../lib/citation.js";
import {elementMaker} from "./element.js";
import {chartSvg, svgToPng} from "./exportChart.js";
import {type Language, localize, pick} from "../page/language.js";

export interface ShareOptions {
  /** The chart's title, in the exports and the iframe code's title. */
  title: string;
  /** The source line the exports carry. */
  source: string;
  /** File name without extension. */
  filename: string;
  /** The rows the chart draws (or a function giving them when asked): the CSV download. None: no CSV. */
  data?: readonly object[] | (() => readonly object[]);
  /**
   * The CSV's columns (default: every key of the rows, in order of appearance). Give them when the rows may be
   * none: the CSV then still has its header.
   */
  columns?: readonly string[];
  /** What the dialog says when the chart has no rows yet (default: "No data yet: the CSV has its header only."). */
  noData?: string;
  /** A legend the chart shares with other charts, outside it on the page: the PNG and SVG carry it. */
  legend?: Element | null;
  /** The path of the chart's iframe embed page, e.g. "embed/matrix.html?department=…"; none: no iframe code. */
  embed?: string;
  /** Why there is no iframe code, when there is none (default: the chart has no embed page). */
  noEmbed?: string;
  /** What the embed page draws differently from the chart here (plans kept only in this browser), shown above the code. */
  embedNote?: string;
  /** The language of the dialog's words. */
  language: Language;
  /** The document the dialog is made in. */
  document: Document;
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

/** The CSV columns of rows: the given ones, else every key in order of first appearance. */
export function csvColumns(rows: readonly object[], columns?: readonly string[]): string[] {
  return columns ? [...columns] : [...new Set(rows.flatMap((r) => Object.keys(r)))];
}

/**
 * The height an embed page needs, as the page itself measures it once its fonts are loaded and its chart laid
 * out (src/embed/common.ts reportHeight, <html data-embed-height>): the iframe is set to it, and it is read again
 * until it no longer changes (a chart drawn again at the new size); null when the page reports nothing within
 * `timeout` ms (the code keeps its estimate).
 */
export async function measureEmbed(iframe: HTMLIFrameElement, {timeout = 20_000} = {}): Promise<number | null> {
  const start = Date.now();
  let last: number | null = null;
  while (Date.now() - start < timeout) {
    const height = Number(iframe.contentDocument?.documentElement.dataset.embedHeight);
    if (height > 0 && height === last) return height;
    if (height > 0) {
      last = height;
      iframe.height = String(height);
      // Two frames for the page to lay out at its new size, then a moment for its ResizeObserver to report.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return last;
}

export function shareDialog(
  chart: Element,
  {title, source, filename, data, columns, noData, legend, embed, noEmbed, embedNote, language, document}: ShareOptions
): HTMLDialogElement {
  const el = elementMaker(document);
  const t = (en: string, zh: string) => pick(en, zh, language);
  const shownTitle = localize(title, language);
  const dialog = el("dialog", {class: "share-dialog", "aria-label": `${t("Share", "分享")}: ${shownTitle}`});
  const status = el("p", {class: "muted small share-status", "aria-live": "polite"});
  const button = (label: string, key: string, hint: string, action: () => void | Promise<void>) => {
    const b = el("button", {type: "button", "data-share": key, title: hint}, label);
    b.addEventListener("click", async () => {
      try {
        await action();
      } catch (error) {
        status.textContent = `${hint}: ${t("failed", "失败")} (${(error as Error).message})`;
      }
    });
    return b;
  };
  /** Text to the clipboard, or, where the browser does not allow it, selected in its field for Ctrl+C. */
  const copy = async (field: HTMLInputElement | HTMLTextAreaElement) => {
    try {
      await globalThis.navigator.clipboard.writeText(field.value);
      status.textContent = t("Copied", "已复制");
    } catch {
      field.select();
      status.textContent = t("Selected: press Ctrl+C (⌘C) to copy", "已选中，请按 Ctrl+C（⌘C）复制");
    }
  };
  const svg = () => chartSvg(chart, {title: shownTitle, source, made: madeLine()}, {legend});
  const rows = () => (typeof data === "function" ? data() : (data ?? []));

  const close = button("×", "close", t("Close", "关闭"), () => dialog.close());
  close.classList.add("share-close");
  const downloads = el(
    "div",
    {class: "share-buttons"},
    button("PNG", "png", t("Download PNG at 2× (with title and source)", "下载2倍PNG（含标题与出处）"), async () =>
      save(await svgToPng(svg(), {scale: 2}), `${filename}.png`, document)
    ),
    button("SVG", "svg", t("Download SVG (with title and source)", "下载SVG（含标题与出处）"), () =>
      save(new Blob([svg()], {type: "image/svg+xml"}), `${filename}.svg`, document)
    )
  );
  const empty = el("p", {class: "muted small", "data-share-empty": ""});
  empty.hidden = true;
  if (data)
    downloads.append(
      button(
        t("CSV (data)", "CSV（数据）"),
        "csv",
        t("Download the chart's data as CSV", "下载图表数据（CSV）"),
        () => {
          const r = rows();
          save(
            new Blob([csvForPeople(r, csvColumns(r, columns))], {type: "text/csv;charset=utf-8"}),
            `${filename}.csv`,
            document
          );
        }
      )
    );
  const link = el("input", {type: "text", readonly: "", class: "share-field", "data-share-field": "link"});
  const sections: HTMLElement[] = [
    el("section", {}, el("h3", {}, t("Download", "下载")), downloads, empty),
    el(
      "section",
      {},
      el("h3", {}, t("Link to this view", "本视图链接")),
      el(
        "div",
        {class: "share-row"},
        link,
        button(t("Copy", "复制"), "copy-link", t("Copy the link", "复制链接"), () => copy(link))
      )
    )
  ];
  let openEmbed: (() => void) | null = null;
  if (embed) {
    const code = el("textarea", {readonly: "", rows: "3", class: "share-field", "data-share-field": "iframe"});
    const note = el("p", {class: "muted small", "data-share-height": ""});
    const preview = el("div", {class: "share-preview"});
    sections.push(
      el(
        "section",
        {},
        el("h3", {}, t("Embed (iframe)", "嵌入（iframe）")),
        ...(embedNote ? [el("p", {class: "small share-embed-note", "data-share-embed-note": ""}, embedNote)] : []),
        code,
        el(
          "div",
          {class: "share-row"},
          button(t("Copy", "复制"), "copy-iframe", t("Copy the iframe code", "复制iframe代码"), () => copy(code)),
          note
        ),
        preview
      )
    );
    openEmbed = () => {
      const url = new URL(embed, globalThis.location.href).href;
      // The chart's width on this page; until the preview is measured, its height here plus room for the caption.
      const box = chart.getBoundingClientRect();
      const width = Math.max(320, Math.round(box.width) + 16);
      const estimate = Math.ceil(box.height) + 80;
      code.value = iframeTag(url, shownTitle, {width, height: estimate});
      note.textContent = t(
        `Height ${estimate} px, estimated: measuring the preview…`,
        `高度${estimate}像素（估计），正在测量预览…`
      );
      note.dataset.shareHeight = "estimated";
      const frame = el("iframe", {
        src: url,
        width: String(width),
        height: String(estimate),
        title: shownTitle,
        sandbox: "allow-scripts allow-same-origin allow-popups",
        style: "border: 0; outline: 1px solid var(--theme-foreground-faintest); max-width: 100%;"
      });
      preview.replaceChildren(frame);
      frame.addEventListener("load", async () => {
        const height = await measureEmbed(frame);
        if (height === null) {
          note.textContent = t(
            `Height ${estimate} px, estimated (the preview did not finish drawing).`,
            `高度${estimate}像素（估计，预览未能完成）。`
          );
          return;
        }
        frame.height = String(height);
        code.value = iframeTag(url, shownTitle, {width, height});
        const shown = frame.clientWidth || width;
        note.textContent = t(
          `Height ${height} px, measured from the preview at ${shown} px wide (the code's script keeps it right at any width).`,
          `高度${height}像素，按宽${shown}像素的预览测得（代码中的脚本使其在任何宽度下都合适）。`
        );
        note.dataset.shareHeight = String(height);
      });
    };
  } else {
    sections.push(
      el(
        "p",
        {class: "muted small", "data-share-no-embed": ""},
        noEmbed ??
          t(
            "This chart has no embed page: use the PNG or SVG, or the link.",
            "此图表没有嵌入页面：请使用PNG、SVG或链接。"
          )
      )
    );
  }
  dialog.append(
    el(
      "header",
      {class: "share-head"},
      el("strong", {}, t("Share", "分享")),
      el("span", {class: "muted"}, shownTitle),
      close
    ),
    ...sections,
    status
  );
  // Filled each time it opens: the link is the view as it is now; the preview loads only when asked for.
  dialog.addEventListener("share-open", () => {
    link.value = globalThis.location.href;
    status.textContent = "";
    // A chart with no rows yet (an indicator nobody has reported): the CSV is its header, and the dialog says so.
    empty.hidden = !data || rows().length > 0;
    empty.textContent = empty.hidden
      ? ""
      : (noData ?? t("No data yet: the CSV has its header only.", "尚无数据：CSV仅含表头。"));
    openEmbed?.();
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener("click", (event) => {
    const r = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
    if (event.target === dialog && !inside) dialog.close();
  });
  return dialog;
}
