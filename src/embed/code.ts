/**
 * The code a presenter copies to embed a chart (the "Embed a chart" page, src/embeds.md): a module snippet that
 * imports the embed from this site, or an iframe of the embed's own page with its options in the address.
 * Strings only: no DOM, no data, so it is tested in Node (test/embed-code.test.ts).
 *
 *   moduleCode(site, "matrix", "Matrix", {chapter: 3, width: 900})
 *     → <script type="module">\n  import {Matrix} from "https://<site>/embed/matrix.js"; … Matrix({chapter: 3, width: 900}) …
 *   iframeCode(site, "matrix", "责任矩阵", {chapter: 3}, {width: 916, height: 640})
 *     → <iframe src="https://<site>/embed/matrix.html?chapter=3" width="916" height="640" title="责任矩阵" … sandbox=…>
 *
 * `site` is the site's address with its base path (the folder of the site's root pages).
 */

/**
 * The iframe pages' margin around the figure, in pixels (src/embed/*.md: #observablehq-center's 0.5rem, the
 * display blocks' margins set to 0): an iframe is the figure's size plus twice this.
 */
export const EMBED_MARGIN = 8;

/**
 * What an iframe page posts to the page that embeds it, each time its height changes once its fonts are loaded
 * (src/embed/common.ts reportHeight): {type: EMBED_HEIGHT_MESSAGE, height} in CSS pixels.
 */
export const EMBED_HEIGHT_MESSAGE = "plan-embed-height";

/**
 * The script that goes with the iframe code: it sets each embed's height to the one its page posts, so that an
 * embed drawn narrower (a phone) is never clipped nor left with a gap. Without it (a host that strips scripts),
 * the iframe keeps the height measured for the width given.
 */
export const EMBED_RESIZE_SCRIPT = `<script>addEventListener("message",function(e){var d=e.data;if(d&&d.type==="${EMBED_HEIGHT_MESSAGE}"&&d.height>0)document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.height=String(Math.ceil(d.height))})})<\/script>`;

/** The sandbox of every iframe code the site gives: its own scripts, its data from this site, links in new tabs. */
export const EMBED_SANDBOX = `sandbox="allow-scripts allow-same-origin allow-popups"`;

type EmbedOptionValue = string | number | boolean | null | undefined;

/** A query string for an iframe embed: embedQuery({department, width: 900}) → "?department=…&width=900" ("" for none). */
export function embedQuery(options: Record<string, EmbedOptionValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) {
    if (value === null || value === undefined || value === "") continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** An options object as JavaScript: {department: "…", width: 900}; empty values left out ("" when none is left). */
export function optionsLiteral(options: Record<string, EmbedOptionValue>): string {
  const entries = Object.entries(options).filter(([, v]) => v !== null && v !== undefined && v !== "");
  return entries.length ? `{${entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ")}}` : "";
}

/**
 * The module embed: an empty element where the chart goes, then a script that imports `exportName` from
 * <site>/embed/<name>.js and puts what it returns in that element, so the chart lands where the presenter pastes the
 * code (under their heading), and two embeds on one page keep their order whichever loads first. The element's id is
 * moduleSlotId's.
 */
export function moduleCode(
  site: URL | string,
  name: string,
  exportName: string,
  options: Record<string, EmbedOptionValue>
): string {
  const url = new URL(`embed/${name}.js`, site).href;
  const literal = optionsLiteral(options);
  const id = moduleSlotId(name, literal);
  // Written <\/script> (the same string) so that this source may stand inside a script element of a page.
  return (
    `<div id="${id}"></div>\n<script type="module">\n  import {${exportName}} from "${url}";\n` +
    `  document.getElementById("${id}").append(await ${exportName}(${literal}));\n<\/script>`
  );
}

/**
 * The id of a module embed's element: `plan-<name>`, then, when options are given, a hash of them in base 36
 * (32-bit FNV-1a of the options' JavaScript), so that the same chart embedded twice with other options on one page
 * gets two elements. Same name and options, same id.
 */
export function moduleSlotId(name: string, literal: string): string {
  if (!literal) return `plan-${name}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < literal.length; i++) hash = Math.imul(hash ^ literal.charCodeAt(i), 0x01000193) >>> 0;
  return `plan-${name}-${hash.toString(36)}`;
}

/** The address of an embed's own page with its options: <site>/embed/<name>.html?… */
export function iframeUrl(site: URL | string, name: string, options: Record<string, EmbedOptionValue>): string {
  return new URL(`embed/${name}.html${embedQuery(options)}`, site).href;
}

/**
 * An iframe of `url` at `size` in pixels, sandboxed (EMBED_SANDBOX), never wider than its host (the chart is drawn
 * again at the iframe's width), `title` (quotes escaped) for screen readers; then EMBED_RESIZE_SCRIPT, which
 * keeps its height to the content's at any width.
 */
export function iframeTag(url: string, title: string, {width, height}: {width: number; height: number}): string {
  return `<iframe src="${url}" width="${width}" height="${height}" title="${title.replace(/"/g, "&quot;")}" style="border: 0; width: 100%; max-width: ${width}px;" loading="lazy" ${EMBED_SANDBOX}></iframe>\n${EMBED_RESIZE_SCRIPT}`;
}

/** The iframe embed of `iframeUrl` (see iframeTag). */
export function iframeCode(
  site: URL | string,
  name: string,
  title: string,
  options: Record<string, EmbedOptionValue>,
  size: {width: number; height: number}
): string {
  return iframeTag(iframeUrl(site, name, options), title, size);
}

/**
 * The charts of the generic embed page (src/embed/[chart].md, one built page each: the config's dynamicPaths),
 * named like the chart cards' exports: /embed/<name>.html?plan=…&language=…&width=… and each chart's own options
 * (src/embed/charts.ts). The matrix, bipartite, ego and progress embeds have pages of their own (and modules).
 */
export const CHART_EMBEDS = [
  "tasks-per-chapter",
  "target-comparison",
  "force-network",
  "co-assignment",
  "plans-timeline",
  "indicator",
  "kinds-by-plan",
  "functions-by-plan",
  "accountability-by-plan",
  "lineage"
] as const;

export type ChartEmbed = (typeof CHART_EMBEDS)[number];
