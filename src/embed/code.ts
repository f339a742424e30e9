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

/** The module embed: a script that imports `exportName` from <site>/embed/<name>.js and appends what it returns. */
export function moduleCode(
  site: URL | string,
  name: string,
  exportName: string,
  options: Record<string, EmbedOptionValue>
): string {
  const url = new URL(`embed/${name}.js`, site).href;
  // Written <\/script> (the same string) so that this source may stand inside a script element of a page.
  return `<script type="module">\n  import {${exportName}} from "${url}";\n  document.body.append(await ${exportName}(${optionsLiteral(options)}));\n<\/script>`;
}

/** The address of an embed's own page with its options: <site>/embed/<name>.html?… */
export function iframeUrl(site: URL | string, name: string, options: Record<string, EmbedOptionValue>): string {
  return new URL(`embed/${name}.html${embedQuery(options)}`, site).href;
}

/** An iframe of `url` at `size` in pixels, sandboxed (EMBED_SANDBOX), never wider than its host, `title` (quotes escaped) for screen readers. */
export function iframeTag(url: string, title: string, {width, height}: {width: number; height: number}): string {
  return `<iframe src="${url}" width="${width}" height="${height}" title="${title.replace(/"/g, "&quot;")}" style="border: 0; max-width: 100%;" loading="lazy" ${EMBED_SANDBOX}></iframe>`;
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
