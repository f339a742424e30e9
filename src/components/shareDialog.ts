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
  title: string;
  source: string;
  /** File name without extension. */
  filename: string;
  /** The rows the chart draws (or a function giving them when asked): the CSV download. None: no CSV. */
  data?: readonly object[] | (() => readonly object[]);
  /** The CSV's columns (default: every key of the rows, in order of appearance). */
  columns?: readonly string[];
  /** The path of the chart's iframe embed page, e.g. "embed/matrix.html?department=…"; none: no iframe code. */
  embed?: string;
  language: Language;
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
 * The height an embed page needs: once its figure and caption are drawn, the bottom of the figure plus the page's
 * margin (0.5rem each side); null when nothing is drawn within `timeout` ms (the code keeps its estimate).
 */
export async function measureEmbed(iframe: HTMLIFrameElement, {timeout = 20_000} = {}): Promise<number | null> {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    const doc = iframe.contentDocument;
    const figure = doc?.querySelector("figure.plan-embed");
    if (figure?.querySelector("figcaption")) {
      // Two frames: the chart's own layout (resize) settles before it is measured.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return Math.ceil(figure.getBoundingClientRect().bottom + 16);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

export function shareDialog(
  chart: Element,
  {title, source, filename, data, columns, embed, language, document}: ShareOptions
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
  const svg = () => chartSvg(chart, {title: shownTitle, source, made: madeLine()});
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
    el("section", {}, el("h3", {}, t("Download", "下载")), downloads),
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
        style: "border: 1px solid var(--theme-foreground-faintest);"
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
        note.textContent = t(
          `Height ${height} px, measured from the preview at ${width} px wide.`,
          `高度${height}像素，按宽${width}像素的预览测得。`
        );
        note.dataset.shareHeight = String(height);
      });
    };
  } else {
    sections.push(
      el(
        "p",
        {class: "muted small"},
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
