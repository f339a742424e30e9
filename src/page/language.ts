/**
 * The interface language: 中文 (zh), English (en) or both (the default), chosen with the switch in the sidebar,
 * kept in the URL (?lang=en) and remembered in the browser (localStorage). The switch and the first reading
 * run in the page's head (see languageScript), before anything renders.
 *
 * Interface text is written in both languages: in Markdown as <span class="en">…</span><span class="zh">…</span>,
 * in code with pick(en, zh, language); labels ({en, zh}, src/lib/vocabulary.ts) are shown with localize(label, language). The plan's own
 * text stays Chinese in every language.
 */
import {CJK} from "../lib/chars.js";
import {type Language, LANGUAGES} from "../lib/vocabulary.js";

// The pure half (the Language type, localize, pick, splitBilingual) lives in src/lib/vocabulary.ts; re-exported
// here because every page imports it with the switch.
export {type Language, LANGUAGES, localize, pick, splitBilingual} from "../lib/vocabulary.js";
export const STORAGE_KEY = "plan-explorer-lang";

/** The language in force on this page (set on <html data-lang> by the head script). */
export function currentLanguage(document: Document | undefined = globalThis.document): Language {
  const lang = document?.documentElement?.dataset?.lang as Language | undefined;
  return lang && LANGUAGES.includes(lang) ? lang : "both";
}

/**
 * The script the site's <head> runs: reads ?lang= (and remembers it) or the remembered choice, sets
 * <html data-lang>, splits the page names of the sidebar and the pager ("English · 中文") into spans (the
 * site's title, with the document number, stays whole), and adds the switch.
 */
export function languageScript(): string {
  return `<script>(() => {
const key = ${JSON.stringify(STORAGE_KEY)}, langs = ${JSON.stringify(LANGUAGES)};
const url = new URL(location.href);
let lang = url.searchParams.get("lang");
try { if (langs.includes(lang)) localStorage.setItem(key, lang); else lang = localStorage.getItem(key); } catch {}
if (!langs.includes(lang)) lang = "both";
document.documentElement.dataset.lang = lang;
document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
addEventListener("DOMContentLoaded", () => {
  for (const a of document.querySelectorAll("#observablehq-sidebar ol:not(:first-of-type) a, a[rel=next] > span, a[rel=prev] > span")) {
    const t = a.childNodes.length === 1 && a.firstChild.nodeType === 3 ? a.textContent : null;
    if (!t || !t.includes(" · ")) continue;
    const [en, zh] = t.split(" · ");
    if (!/${CJK.source}/.test(zh ?? "")) continue;
    a.textContent = "";
    const e = document.createElement("span"); e.className = "en"; e.textContent = en;
    const s = document.createElement("span"); s.className = "sep"; s.textContent = " · ";
    const z = document.createElement("span"); z.className = "zh"; z.textContent = zh;
    a.append(e, s, z);
  }
  const nav = document.createElement("div");
  nav.className = "language-switch";
  nav.setAttribute("role", "group");
  nav.setAttribute("aria-label", "Language 语言");
  for (const [value, label] of [["zh", "中文"], ["en", "English"], ["both", "双语"]]) {
    const b = document.createElement("a");
    const next = new URL(location.href);
    next.searchParams.set("lang", value);
    b.href = next.href;
    b.textContent = label;
    b.dataset.lang = value;
    if (value === lang) b.setAttribute("aria-current", "true");
    b.addEventListener("click", () => { try { localStorage.setItem(key, value); } catch {} });
    nav.append(b);
  }
  const sidebar = document.querySelector("#observablehq-sidebar");
  (sidebar ?? document.body).prepend(nav);
  if (lang !== "both") for (const a of document.querySelectorAll("#observablehq-sidebar a[href], .observablehq-pager a[href]")) {
    const u = new URL(a.href, location.href);
    if (u.origin === location.origin && !u.searchParams.has("lang")) { u.searchParams.set("lang", lang); a.href = u.pathname + u.search + u.hash; }
  }
});
})();</script>`;
}
