/**
 * Exports of a chart as a standalone file that carries its title, the source line and the date it was made,
 * so that a slide shows where the figure came from.
 *
 *   const svg = chartSvg(chart, {title, source: sourceLine(plan.document), made: madeLine()});
 *   const png = await svgToPng(svg, {scale: 2});
 *
 * chartSvg reads the chart element as it is on the page: Plot figures (legend swatches included, each drawn as
 * the page draws it) and plain SVG charts are copied as vector graphics; a canvas is embedded as an image. A layer
 * of marks that a large chart draws on canvases inside its SVG (canvasLayer.ts: <foreignObject data-canvas-layer>)
 * is exported as the SVG elements its `toSvg()` gives, so the file is the same vector drawing as a small chart's.
 */
import {CJK} from "../lib/chars.js";
const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = `"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

export interface ExportText {
  title: string;
  source: string;
  made: string;
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]!);

function size(el: Element): {width: number; height: number} {
  const w = Number(el.getAttribute("width")) || (el as HTMLElement).clientWidth || 640;
  const h = Number(el.getAttribute("height")) || (el as HTMLElement).clientHeight || 400;
  return {width: w, height: h};
}

/** A legend entry as the export draws it: the swatch's own <svg> (cloned, its colours as the page paints them), or a square of its colour. */
interface LegendEntry {
  label: string;
  /** The swatch's <svg> (Plot's swatch, the progress legend's line and dot); null for a swatch coloured by CSS. */
  svg: SVGSVGElement | null;
  color: string;
  width: number;
  height: number;
}

/**
 * Legend entries of swatch legends (Plot's `<span class="plot-…-swatch"><svg fill="#0072B2"><rect …/></svg>label</span>`,
 * the progress legend's progress-legend-swatch): every element whose class ends in -swatch, in `roots` (the chart,
 * then any legend it shares with other charts). Each keeps its own svg, drawn as on the page; the colour (the first
 * that is not "none", shape before svg, fill before stroke) is the fallback for a swatch without one.
 */
function swatches(roots: readonly Element[]): LegendEntry[] {
  const paint = (el: Element | null, name: "fill" | "stroke") => {
    const value = el?.getAttribute(name) || (el as SVGElement | null)?.style?.getPropertyValue(name) || "";
    return value && value !== "none" ? value : null;
  };
  return roots
    .flatMap((root) => [...root.querySelectorAll("[class$='-swatch']")])
    .map((s) => {
      const svg = s.querySelector("svg");
      const shape = svg?.querySelector("rect, circle, path, line") ?? null;
      const color =
        paint(shape, "fill") ?? paint(svg, "fill") ?? paint(shape, "stroke") ?? paint(svg, "stroke") ?? "#888";
      const width = Number(svg?.getAttribute("width")) || 10;
      const height = Number(svg?.getAttribute("height")) || 10;
      return {label: (s.textContent ?? "").trim(), svg, color, width, height};
    });
}

/** The estimated width of a line of text at 11 px: CJK characters 11 px, the others 6.6 px. */
function textWidth(text: string): number {
  return [...text].reduce((n, c) => n + (CJK.test(c) ? 11 : 6.6), 0);
}

/** A CJK character, a run of other non-space characters, or spaces. */
const WORDS = new RegExp(`${CJK.source}|[^\\s${CJK.source.slice(1, -1)}]+|\\s+`, "g");

/** Text cut into lines no wider than maxWidth (estimated at 11 px), at spaces or between CJK characters. */
export function wrapLines(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  // Words: a run of non-CJK, non-space characters, a CJK character, or spaces.
  for (const token of text.match(WORDS) ?? []) {
    if (line && textWidth(line + token) > maxWidth && !/^\s+$/.test(token)) {
      lines.push(line.trimEnd());
      line = "";
    }
    if (!line && /^\s+$/.test(token)) continue;
    line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [""];
}

/**
 * A standalone SVG document of the chart with a title above, its legend, and the source line and date below.
 * `legend`: a legend the chart shares with others and that stands outside it on the page (the progress page's
 * small multiples share one), drawn in the export as the chart's own.
 */
export function chartSvg(chart: Element, text: ExportText, {legend: shared}: {legend?: Element | null} = {}): string {
  const svgs =
    chart.tagName.toLowerCase() === "svg"
      ? [chart]
      : [...chart.querySelectorAll("svg")].filter((s) => !s.closest("[class$='-swatch']"));
  const canvas =
    chart.tagName.toLowerCase() === "canvas" ? (chart as HTMLCanvasElement) : chart.querySelector("canvas");
  const legend = swatches(shared ? [chart, shared] : [chart]);
  const Serializer = chart.ownerDocument.defaultView?.XMLSerializer ?? XMLSerializer;
  const parts: string[] = [];
  let y = 30;
  let width = 480;
  parts.push(`<text x="12" y="${y}" font-size="16" font-weight="bold">${escape(text.title)}</text>`);
  y += 14;
  if (legend.length) {
    // One row, or more when it is wider than the chart: each swatch as the page draws it, then its label.
    const chartWidth = Math.max(480, ...svgs.map((svg) => size(svg).width));
    let x = 12;
    let row = 0;
    y += 6;
    for (const {label, svg, color, width: w, height: h} of legend) {
      const advance = w + 4 + textWidth(label) + 14;
      if (x > 12 && x + advance > chartWidth) {
        y += row + 6;
        x = 12;
        row = 0;
      }
      row = Math.max(row, h, 12);
      if (svg) {
        const clone = svg.cloneNode(true) as Element;
        clone.setAttribute("x", String(x));
        clone.setAttribute("y", String(y));
        clone.setAttribute("width", String(w));
        clone.setAttribute("height", String(h));
        clone.setAttribute("data-legend-swatch", label);
        parts.push(new Serializer().serializeToString(clone));
      } else {
        parts.push(
          `<rect x="${x}" y="${y + (h - 10) / 2}" width="10" height="10" fill="${escape(color)}" data-legend-swatch="${escape(label)}"/>`
        );
      }
      parts.push(`<text x="${x + w + 4}" y="${y + h / 2 + 4}" font-size="11">${escape(label)}</text>`);
      x += advance;
      width = Math.max(width, x);
    }
    y += row + 8;
  }
  for (const svg of svgs) {
    // A chart that draws part of itself in idle time (the matrix's row labels after a re-order) settles first.
    (svg as Element & {settle?: () => void}).settle?.();
    const {width: w, height: h} = size(svg);
    const clone = svg.cloneNode(true) as Element;
    const layers = [...svg.querySelectorAll("foreignObject[data-canvas-layer]")];
    [...clone.querySelectorAll("foreignObject[data-canvas-layer]")].forEach((copy, k) => {
      const toSvg = (layers[k] as Element & {toSvg?: () => Element}).toSvg;
      if (typeof toSvg === "function") copy.replaceWith(toSvg());
      else copy.remove();
    });
    clone.setAttribute("x", "0");
    clone.setAttribute("y", String(y));
    clone.setAttribute("width", String(w));
    clone.setAttribute("height", String(h));
    parts.push(new Serializer().serializeToString(clone));
    y += h + 4;
    width = Math.max(width, w);
  }
  if (canvas && !svgs.length) {
    const w = canvas.clientWidth || canvas.width;
    const h = canvas.clientHeight || canvas.height;
    parts.push(`<image x="0" y="${y}" width="${w}" height="${h}" href="${canvas.toDataURL("image/png")}"/>`);
    y += h + 4;
    width = Math.max(width, w);
  }
  y += 16;
  // The source line wraps to the width of the chart (one <text>, a <tspan> per line), never cut.
  const sourceLines = wrapLines(`Source: ${text.source}`, width - 24);
  parts.push(
    `<text x="12" y="${y}" font-size="11" fill="#555">${sourceLines.map((l, i) => `<tspan x="12" dy="${i ? 14 : 0}">${escape(l)}</tspan>`).join("")}</text>`
  );
  y += 16 + 14 * (sourceLines.length - 1);
  parts.push(`<text x="12" y="${y}" font-size="11" fill="#555">${escape(text.made)}</text>`);
  y += 10;
  return `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family='${FONT}'><rect width="100%" height="100%" fill="white"/>${parts.join("")}</svg>`;
}

/** The SVG drawn at `scale` times its size into a PNG (in the browser). */
export async function svgToPng(svg: string, {scale = 2}: {scale?: number} = {}): Promise<Blob> {
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 640);
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 400);
  const url = URL.createObjectURL(new Blob([svg], {type: "image/svg+xml;charset=utf-8"}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext("2d")!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export failed"))), "image/png")
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
