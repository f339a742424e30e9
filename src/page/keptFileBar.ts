/**
 * keptFileBar(chosen, {plan, language}): the line under a page's file input that says which loaded file is in
 * use and that it is kept in this browser only, with a "Clear loaded files" button (forgets every file kept for
 * the plan, then reloads the page so that it shows the site's own data). browserStorage() is the page's
 * localStorage, or null where the browser does not allow it (a sandboxed iframe, storage turned off).
 *
 *   const chosen = chooseFile(browserStorage(), plan.plan, "observations", fresh);
 *   display(keptFileBar(chosen, {plan: plan.plan, language}));
 *
 * With any file kept, a "Save both as one workbook" button writes the plan's kept files (observations and task
 * statuses) to one .xlsx with a sheet each (monitoringWorkbook.ts), which either page loads back, both at once.
 */
import {forgetFiles, type KeptFile, type KeptKind, keptFiles, type KeptStorage} from "../lib/keptFiles.js";
import {workbookName, workbookSheets} from "../lib/monitoringWorkbook.js";
import {elementMaker} from "../components/element.js";
import {currentLanguage, type Language, pick} from "./language.js";

export function browserStorage(): KeptStorage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export interface KeptFileBarOptions {
  /** The plan's name (plan.json's `plan`): the files kept are the plan's. */
  plan: string;
  /** Interface language: "zh", "en" or "both" (default). */
  language?: Language;
  /** Where files are kept (default the browser's localStorage; null: nothing is kept). */
  storage?: KeptStorage | null;
  /** The document to render into (default globalThis.document). */
  document?: Document;
  /** What happens after clearing (default: reload the page). */
  afterClear?: () => void;
}

/** The page each kind of file is used on (for the note naming the sheets kept with a workbook). */
const KIND_PAGES: Record<KeptKind, {en: string; zh: string}> = {
  observations: {en: "Progress", zh: "进展监测"},
  "task-status": {en: "Task ledger", zh: "任务台账"}
};

/** Writes the plan's kept files as one workbook and saves it (write-excel-file, loaded on the first click). */
async function saveWorkbook(storage: KeptStorage | null, plan: string, document: Document): Promise<void> {
  const kept = keptFiles(storage, plan);
  const sheets = workbookSheets({observations: kept.observations?.text, "task-status": kept["task-status"]?.text});
  const {default: writeXlsxFile} = await import("write-excel-file/universal");
  const blob = await writeXlsxFile(sheets as never).toBlob();
  const a = document.createElement("a");
  a.download = workbookName(plan);
  a.href = URL.createObjectURL(blob);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

export function keptFileBar(
  {
    file,
    fresh,
    problem,
    alsoKept = []
  }: {file: KeptFile | null; fresh: boolean; problem: string | null; alsoKept?: KeptKind[]},
  {
    plan,
    document = globalThis.document,
    language = currentLanguage(document),
    storage = browserStorage(),
    afterClear = () => globalThis.location.reload()
  }: KeptFileBarOptions
): HTMLElement {
  const el = elementMaker(document);
  const t = (en: string, zh: string) => pick(en, zh, language);
  const when = file ? file.keptAt.slice(0, 16).replace("T", " ") : "";
  const text = !file
    ? t(
        "A file you load is read in this browser and kept here (in its storage) until you clear it: nothing leaves this machine.",
        "载入的文件只在本浏览器中读取，并保存在本浏览器中，直到清除为止：不会离开本机。"
      )
    : problem
      ? t(`Using ${file.name} for this visit only: ${problem}.`, `本次使用${file.name}，但未能保存：${problem}。`)
      : fresh
        ? t(
            `Using ${file.name}, kept in this browser (nothing leaves this machine): it is here again after a reload.`,
            `正在使用${file.name}，已保存在本浏览器中（不会离开本机），刷新后仍在。`
          )
        : t(
            `Using ${file.name}, kept in this browser since ${when} UTC (nothing leaves this machine).`,
            `正在使用${file.name}，自${when}（UTC）起保存在本浏览器中（不会离开本机）。`
          );
  const bar = el(
    "div",
    {class: "kept-file no-print", "data-kept": file ? file.name : ""},
    el("span", {class: "small"}, text)
  );
  if (file && !problem) {
    const button = el("button", {type: "button", class: "kept-clear"}, t("Clear loaded files", "清除已载入的文件"));
    button.title = t(
      "Forget the progress and ledger files kept in this browser for this plan, and show the site's own data",
      "删除本浏览器为本方案保存的监测与台账文件，恢复显示网站自带的数据"
    );
    button.addEventListener("click", () => {
      forgetFiles(storage, plan);
      afterClear();
    });
    bar.append(" ", button);
  }
  if (alsoKept.length)
    bar.append(
      " ",
      el(
        "span",
        {class: "small", "data-also-kept": alsoKept.join(" ")},
        t(
          `Also kept from this workbook: ${alsoKept.map((k) => `${k} (the ${KIND_PAGES[k].en} page)`).join(", ")}.`,
          `同时保存了该工作簿中的${alsoKept.map((k) => `${k}（用于${KIND_PAGES[k].zh}页）`).join("、")}。`
        )
      )
    );
  if (Object.keys(keptFiles(storage, plan)).length) {
    const save = el(
      "button",
      {type: "button", class: "kept-save"},
      t("Save both as one workbook (.xlsx)", "将两个文件另存为一个工作簿（.xlsx）")
    );
    save.title = t(
      "The observations and the task statuses kept for this plan, one sheet each (observations, task-status); load it again on the Progress or Task ledger page",
      "本方案保存的观测数据和任务进展，各占一个工作表（observations、task-status）；可在进展监测或任务台账页再次载入"
    );
    save.addEventListener("click", () => void saveWorkbook(storage, plan, document));
    bar.append(" ", save);
  }
  return bar;
}
